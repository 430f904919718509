#pragma once
/// \file No exception escapes a frame: each part of the page (a policy parameter's widgets, a
/// panel, a tab) is drawn inside a guard. When it throws, the guard closes what the part had
/// opened (windows, popups, tree nodes, IDs, colours, style), remembers the error under the
/// part's name and, from then on, draws in its place what went wrong in the page's language
/// with a button to try again; the rest of the page goes on. The frame itself is guarded too
/// (main.cpp: recover_frame), for what no part catches.

#include <functional>
#include <string>

namespace bailiff::web {

/// Draw \p draw as the part \p place ("A/robot_window", "tab.charts"). Returns false when
/// the part failed, now or in an earlier frame (its error is drawn instead).
bool guarded(const std::string& place, const std::function<void()>& draw);

/// The error remembered for \p place ("" = none).
std::string guard_error(const std::string& place);

/// Forget every remembered error whose place starts with \p prefix (e.g. when the document
/// it drew changed): the part is drawn again.
void clear_guard_errors(const std::string& prefix);

/// How many parts have failed since the page loaded (for the browser tests).
int guard_failures();

/// After an exception escaped the drawing of a frame: close every window, popup and stack the
/// frame left open and end the frame, so the next one starts clean. Safe outside a frame.
void recover_frame();

}  // namespace bailiff::web
