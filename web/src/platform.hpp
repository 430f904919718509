#pragma once
/// \file What differs between the browser and the native window: downloads, the file
/// picker, the URL hash, the clock. Everything else is shared.

#include <string>
#include <string_view>

namespace bailiff::web {

/// Milliseconds from an arbitrary origin (monotonic).
double now_ms();

/// Offer \p bytes as a download named \p name (browser) or write it to the working
/// directory (native). Returns where it went, for the status line.
std::string offer_download(const std::string& name, std::string_view mime, std::string_view bytes);

/// Open the browser's file picker for a CSV (the file is read in the page, never uploaded).
/// Natively: returns false (use the path field instead).
bool open_csv_picker();

/// Open the browser's file picker for a receipt and its public key (read in the page).
/// Natively: returns false.
bool open_receipt_picker();

/// The URL's hash without '#', or "" natively.
std::string url_hash();

/// Replace the URL's hash (no navigation, no request).
void set_url_hash(const std::string& hash);

/// A directory for files written for the run (MEMFS in the browser).
std::string scratch_dir();

/// The browser viewport size in CSS pixels; false natively.
bool viewport_size(int& width, int& height);

}  // namespace bailiff::web
