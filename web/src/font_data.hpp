#pragma once
/// \file The UI font (embedded at build time from a Debian font package).

#include <span>

namespace bailiff::web {

/// The TTF bytes.
std::span<const unsigned char> ui_font_ttf();
/// The font file's name, e.g. "DejaVuSans.ttf".
const char* ui_font_name();

}  // namespace bailiff::web
