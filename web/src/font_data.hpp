#pragma once
/// \file The UI font (embedded at build time from a Debian font package, cut to the page's
/// characters: web/CMakeLists.txt).

#include <span>

namespace bailiff::web {

/// The TTF bytes.
std::span<const unsigned char> ui_font_ttf();

}  // namespace bailiff::web
