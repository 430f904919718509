#pragma once
/// \file Text from an input that a report prints (case ids, debtors, regions, articles, file
/// names): refused by every reader when it could spoof a report, and escaped by every
/// writer. A control character (C0, DEL, C1: a newline, ESC[8m that hides what follows, NUL)
/// or a bidirectional formatting character (U+061C, U+200E, U+200F, U+202A-U+202E,
/// U+2066-U+2069: text that reads backwards) could forge a line such as "AUTHENTIC ...
/// nothing is due" or hide the real verdict; bytes that are not UTF-8 could do the same on
/// another terminal.

#include <optional>
#include <string>
#include <string_view>

namespace bailiff {

/// The first character of \p text that an identifier or name may not hold, described
/// ("a control character U+001B at byte 4", "a bidirectional formatting character U+202E
/// at byte 0", "a byte that is not UTF-8 at byte 7"); nullopt when there is none.
std::optional<std::string> unsafe_character(std::string_view text);

/// What a reader expects of an identifier or a name, for its InputError.
inline constexpr std::string_view kSafeTextExpected =
    "text without control or bidirectional formatting characters (UTF-8)";

/// \p text as a report may print it: every control character, bidirectional formatting
/// character and non-UTF-8 byte written as an escape (`\x1b`, `\u{202e}`), and digits that
/// may be an IIN not shown (hide_iins, iin.hpp); everything else kept.
std::string printable(std::string_view text);

}  // namespace bailiff
