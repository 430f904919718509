#pragma once
// Reading JSON input with errors that name the file, the JSON pointer, the field and what
// was expected. Private to core: the public API takes bytes and a file name.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

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

  const nlohmann::json& raw() const { return *value_; }
  const std::string& pointer() const { return pointer_; }
  const std::string& file() const { return *file_; }

  /// The member \p key of an object; InputError when this is not an object or it is absent.
  JsonNode at(std::string_view key) const;
  /// The member \p key, or nullopt when absent (InputError when this is not an object).
  std::optional<JsonNode> find(std::string_view key) const;
  /// Element \p index of an array.
  JsonNode element(std::size_t index) const;
  /// Number of elements; InputError when this is not an array.
  std::size_t array_size() const;
  /// Member names in document order is not kept by nlohmann; sorted names.
  std::vector<std::string> keys() const;

  std::string as_string(std::string_view expected = "a string") const;
  std::int64_t as_integer(std::int64_t min, std::int64_t max) const;
  bool as_bool() const;
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
