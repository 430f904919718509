#pragma once
/// \file Reading JSON input with errors that name the file, the JSON pointer, the field and
/// what was expected. Shared by every parser of user files (core and sim).

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff::detail {

/// Deepest nesting of arrays and objects a document may have (the root object is level 1;
/// the shipped files go 8 levels deep). Deeper documents are refused while parsing, so that
/// no recursive walk of the result (serialisation, destruction, a parser) can exhaust the stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// Parse \p bytes as JSON, strictly. Every problem is an InputError: a syntax error names
/// line and column with nlohmann's reason, and so does a number too large for a double
/// ("a finite number"); a key given twice in one object and nesting deeper than
/// kMaxJsonDepth name the JSON pointer of the object. No nlohmann exception escapes.
nlohmann::json parse_json_document(std::string_view bytes, const std::string& file);

/// \p key as one reference token of a JSON pointer (RFC 6901): "~" written "~0" and "/"
/// written "~1", everything else kept.
std::string escape_pointer_token(std::string_view key);

/// Levenshtein distance between \p a and \p b (byte-wise: insertions, deletions and
/// substitutions each cost 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// A JSON value together with where it sits (file and JSON pointer), so that each typed
/// accessor can name the exact place of a bad value.
class JsonNode {
 public:
  JsonNode(const nlohmann::json& value, const std::string& file, std::string pointer)
      : value_(&value), file_(&file), pointer_(std::move(pointer)) {}

  const nlohmann::json& raw() const { return *value_; }    ///< The JSON value itself.
  const std::string& pointer() const { return pointer_; }  ///< Its JSON pointer.
  const std::string& file() const { return *file_; }       ///< The file it came from.

  /// The member \p key of an object; InputError when this is not an object or it is absent.
  JsonNode at(std::string_view key) const;
  /// The member \p key, or nullopt when absent (InputError when this is not an object).
  std::optional<JsonNode> find(std::string_view key) const;
  /// Element \p index of an array.
  JsonNode element(std::size_t index) const;
  /// Number of elements; InputError when this is not an array.
  std::size_t array_size() const;
  /// InputError at the first member (in sorted order) whose name is not in \p known: it
  /// names the member's pointer and key, says \p expected (by default "one of the known
  /// keys: ..." listing \p known) and suggests the nearest known key when it is a likely
  /// typo ("\"paymnets\" (did you mean \"payments\"?)"). A key holding an IIN is not shown.
  /// InputError when this is not an object.
  void expect_only(std::span<const std::string_view> known, std::string_view expected = {}) const;
  /// expect_only for a list written in place: `node.expect_only({"date", "amount_tenge"})`.
  void expect_only(std::initializer_list<std::string_view> known) const {
    expect_only(std::span<const std::string_view>(known.begin(), known.size()));
  }

  /// A string; InputError saying \p expected otherwise.
  std::string as_string(std::string_view expected = "a string") const;
  /// A name or title a report prints (a policy's title, a behaviour segment's name): a
  /// string without an IIN (iin.hpp: any run of 12 or more digits holding one) and without
  /// a character that could spoof a report (safe_text.hpp); InputError otherwise.
  std::string as_name(std::string_view expected = "a string") const;
  /// An integer in [min, max].
  std::int64_t as_integer(std::int64_t min, std::int64_t max) const;
  /// true or false.
  bool as_bool() const;
  /// A date "YYYY-MM-DD".
  Date as_date() const;
  /// A tenge amount: an integer number of tenge below 10^11 (kAmountLimit, fine.hpp) or a
  /// decimal string with up to 2 decimals.
  Tiyn as_tenge() const;

  /// Throw an InputError about this node (a string holding an IIN is not shown).
  [[noreturn]] void fail(std::string_view expected) const;

 private:
  std::string location() const;  ///< The pointer, "/" for the root.
  std::string field_name() const;
  std::string found() const;

  const nlohmann::json* value_;
  const std::string* file_;
  std::string pointer_;
};

}  // namespace bailiff::detail
