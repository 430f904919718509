#pragma once
/// \file Reading JSON input with errors that name the file, the JSON pointer, the field and
/// what was expected. Shared by every parser of user files (core and sim).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bailiff/date.hpp"
#include "bailiff/money.hpp"

namespace bailiff::detail {

/// Parse \p bytes as JSON; a syntax error becomes an InputError naming line and column.
nlohmann::json parse_json_document(std::string_view bytes, const std::string& file);

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
  /// Member names, sorted (nlohmann::json does not keep document order).
  std::vector<std::string> keys() const;

  /// A string; InputError saying \p expected otherwise.
  std::string as_string(std::string_view expected = "a string") const;
  /// An integer in [min, max].
  std::int64_t as_integer(std::int64_t min, std::int64_t max) const;
  /// true or false.
  bool as_bool() const;
  /// A date "YYYY-MM-DD".
  Date as_date() const;
  /// A tenge amount: an integer number of tenge or a decimal string with up to 2 decimals.
  Tiyn as_tenge() const;

  /// Throw an InputError about this node.
  [[noreturn]] void fail(std::string_view expected) const;

 private:
  std::string field_name() const;
  std::string found() const;

  const nlohmann::json* value_;
  const std::string* file_;
  std::string pointer_;
};

}  // namespace bailiff::detail
