#pragma once
/// \file The wheel and a finger scroll the panel under them, then the panel around it once the
/// inner one is at its end, as a browser scrolls nested boxes. ImGui 1.86 scrolls only the
/// innermost panel that can scroll, so a stacked page of panels a screen high could not be
/// scrolled past one of them; and it does not scroll by touch at all.

namespace bailiff::web {

/// Scroll what is under the pointer by \p dy CSS px (positive: the content moves up), from
/// the wheel or from a finger sliding on the canvas; applied by the next frame.
void scroll_under_pointer(float dy);

/// After ImGui::NewFrame(): apply what scroll_under_pointer asked since the last frame.
void apply_scrolling();

}  // namespace bailiff::web
