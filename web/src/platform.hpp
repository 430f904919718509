#pragma once
/// \file What differs between the browser and the native window: downloads, the file
/// picker, the URL hash, the clock. Everything else is shared.

#include <string>
#include <string_view>
#include <vector>

namespace bailiff::web {

/// Milliseconds from an arbitrary origin (monotonic).
double now_ms();

/// Offer \p bytes as a download named \p name (browser) or write it to the working
/// directory (native). Returns where it went, for the status line.
std::string offer_download(const std::string& name, std::string_view mime, std::string_view bytes);

/// Offer an image of \p width x \p height RGBA pixels, rows bottom-up as OpenGL reads
/// them, as the PNG download \p name (browser only: natively nothing is written and the
/// result says so). Returns where it went.
std::string offer_png(const std::string& name, int width, int height,
                      const std::vector<unsigned char>& rgba);

/// Keep the chart \p name's pixels (\p width x \p height RGBA, rows bottom-up, as offer_png
/// takes them) as a PNG image for the brief (browser only).
void keep_brief_chart(const std::string& name, int width, int height,
                      const std::vector<unsigned char>& rgba);

/// Fill the page's brief section from \p json (brief_content) and the charts kept for it;
/// then open the print dialog when \p print (browser only).
void show_brief_html(const std::string& json, bool print);

/// Open the browser's file picker for a CSV (the file is read in the page, never uploaded).
/// Natively: returns false (use the path field instead).
bool open_csv_picker();

/// Open the browser's file picker for a receipt and its public key (read in the page).
/// Natively: returns false.
bool open_receipt_picker();

/// Open the browser's file picker for a recorded log (read in the page, never uploaded);
/// false in the native build.
bool open_records_picker();

/// The URL's hash without '#', or "" natively.
std::string url_hash();

/// Replace the URL's hash (no navigation, no request).
void set_url_hash(const std::string& hash);

/// Make \p hash the URL's hash as a new history entry (so Back returns to the one before);
/// nothing when it is the current hash already.
void push_url_hash(const std::string& hash);

/// The page's language for the browser and assistive technology (`lang` of <html>).
void set_document_language(const char* code);

/// Show \p json ({lang, headline, note, columns, rows}) as the page's HTML text beside the
/// canvas (built with textContent by shell/post.js: selectable, read by screen readers).
void set_page_text(const std::string& json);

/// Draw the next few frames (an input event, a file read, a test call): the page draws only
/// then or while a run is going, never when nothing changes.
void wake_frames();

/// Whether a frame is due for input (counts the woken frames down).
bool take_woken_frame();

/// The mouse left the canvas (\p outside) or came back: while outside, the page sees no mouse,
/// so a tooltip or chart readout it left goes (the browser's GLFW keeps the last position).
void set_mouse_outside(bool outside);
bool mouse_outside();

/// A directory for files written for the run (MEMFS in the browser).
std::string scratch_dir();

/// The browser viewport size in CSS pixels (less the HTML text strip); false natively.
bool viewport_size(int& width, int& height);

/// Device pixels per CSS pixel (window.devicePixelRatio; 1 natively).
double device_pixel_ratio();

/// Show the canvas at \p css_width x \p css_height CSS pixels with a backing store of
/// \p pixel_width x \p pixel_height device pixels (no blur at any ratio).
void size_canvas(int css_width, int css_height, int pixel_width, int pixel_height);

}  // namespace bailiff::web
