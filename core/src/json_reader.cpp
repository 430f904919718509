#include "bailiff/json_reader.hpp"

#include "bailiff/error.hpp"

namespace bailiff::detail {
namespace {

std::string line_and_column(std::string_view bytes, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < byte && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string escape_pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

nlohmann::json parse_json_document(std::string_view bytes, const std::string& file) {
  try {
    return nlohmann::json::parse(bytes.begin(), bytes.end());
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann: "[json.exception.parse_error.101] parse error at line L, column C: REASON";
    // keep REASON whole (it may itself contain ": ").
    std::string reason = e.what();
    const std::size_t column = reason.find(", column ");
    const std::size_t colon = reason.find(": ", column == std::string::npos ? 0 : column);
    if (colon != std::string::npos) reason = reason.substr(colon + 2);
    throw InputError(file, line_and_column(bytes, e.byte), "(document)", "valid JSON", reason);
  }
}

std::string JsonNode::field_name() const {
  const std::size_t slash = pointer_.rfind('/');
  return slash == std::string::npos || pointer_.empty() ? "(document)" : pointer_.substr(slash + 1);
}

std::string JsonNode::found() const {
  // Containers are named, not dumped: dump() recurses and a hostile nesting depth would
  // exhaust the stack inside an error message.
  if (value_->is_object()) return value_->empty() ? "{}" : "an object";
  if (value_->is_array()) return value_->empty() ? "[]" : "an array";
  std::string text = value_->dump();
  if (text.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return text;
}

void JsonNode::fail(std::string_view expected) const {
  throw InputError(*file_, pointer_.empty() ? "/" : pointer_, field_name(), std::string(expected),
                   found());
}

JsonNode JsonNode::at(std::string_view key) const {
  std::optional<JsonNode> member = find(key);
  if (!member) {
    throw InputError(*file_, pointer_.empty() ? "/" : pointer_, std::string(key),
                     "a field \"" + std::string(key) + "\"", "none");
  }
  return *member;
}

std::optional<JsonNode> JsonNode::find(std::string_view key) const {
  if (!value_->is_object()) fail("an object");
  const auto it = value_->find(key);
  if (it == value_->end()) return std::nullopt;
  return JsonNode(*it, *file_, pointer_ + "/" + escape_pointer_token(key));
}

JsonNode JsonNode::element(std::size_t index) const {
  return JsonNode((*value_)[index], *file_, pointer_ + "/" + std::to_string(index));
}

std::size_t JsonNode::array_size() const {
  if (!value_->is_array()) fail("an array");
  return value_->size();
}

std::vector<std::string> JsonNode::keys() const {
  if (!value_->is_object()) fail("an object");
  std::vector<std::string> names;
  for (const auto& item : value_->items()) names.push_back(item.key());
  return names;
}

std::string JsonNode::as_string(std::string_view expected) const {
  if (!value_->is_string()) fail(expected);
  return value_->get<std::string>();
}

std::int64_t JsonNode::as_integer(std::int64_t min, std::int64_t max) const {
  const std::string expected =
      "an integer from " + std::to_string(min) + " to " + std::to_string(max);
  if (!value_->is_number_integer()) fail(expected);
  if (value_->is_number_unsigned()) {
    const std::uint64_t u = value_->get<std::uint64_t>();
    if (max < 0 || u > static_cast<std::uint64_t>(max)) fail(expected);
    if (static_cast<std::int64_t>(u) < min) fail(expected);
    return static_cast<std::int64_t>(u);
  }
  const std::int64_t v = value_->get<std::int64_t>();
  if (v < min || v > max) fail(expected);
  return v;
}

bool JsonNode::as_bool() const {
  if (!value_->is_boolean()) fail("true or false");
  return value_->get<bool>();
}

Date JsonNode::as_date() const {
  static constexpr std::string_view kExpected = "a date \"YYYY-MM-DD\"";
  if (!value_->is_string()) fail(kExpected);
  const std::optional<Date> date = parse_iso_date(value_->get_ref<const std::string&>());
  if (!date) fail(kExpected);
  return *date;
}

Tiyn JsonNode::as_tenge() const {
  static constexpr std::string_view kExpected =
      "an amount in tenge: an integer, or a string such as \"19660.50\"";
  if (value_->is_number_integer()) {
    const std::int64_t whole = as_integer(0, 90'000'000'000'000'000 / kTiynPerTenge);
    return tenge(whole);
  }
  if (!value_->is_string()) fail(kExpected);
  const std::optional<Tiyn> amount = parse_tenge(value_->get_ref<const std::string&>());
  if (!amount) fail(kExpected);
  return *amount;
}

}  // namespace bailiff::detail
