#include "bailiff/json_reader.hpp"

#include <algorithm>
#include <vector>

#include "bailiff/error.hpp"
#include "bailiff/fine.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/safe_text.hpp"

namespace bailiff::detail {
namespace {

/// Shown instead of any text from the input that holds a valid IIN.
constexpr std::string_view kNotShown = kIinNotShown;

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

/// \p text cut to at most 60 bytes ("..." at the end), never inside a UTF-8 character.
std::string shorten(std::string text) {
  if (text.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return text;
}

/// \p text from the input as it may appear in a message: kNotShown when it holds an IIN.
std::string shown(std::string_view text) {
  return contains_valid_iin(text) ? std::string(kNotShown) : shorten(std::string(text));
}

/// \p text in double quotes, or kNotShown when it holds an IIN.
std::string in_quotes(std::string_view text) {
  if (contains_valid_iin(text)) return std::string(kNotShown);
  std::string out(1, '"');
  out.append(shorten(std::string(text))).push_back('"');
  return out;
}

/// The JSON pointer made of \p tokens (already escaped), "/" for the root; a token holding
/// an IIN is replaced by kNotShown.
std::string pointer_of(const std::vector<std::string>& tokens) {
  if (tokens.empty()) return "/";
  std::string pointer;
  for (const std::string& token : tokens) pointer += "/" + shown(token);
  return pointer;
}

/// The reason in nlohmann's message "[json.exception.parse_error.101] parse error at line L,
/// column C: REASON", kept whole (it may itself contain ": ").
std::string syntax_reason(const nlohmann::json::exception& error) {
  std::string reason = error.what();
  const std::size_t column = reason.find(", column ");
  const std::size_t colon = reason.find(": ", column == std::string::npos ? 0 : column);
  if (colon != std::string::npos) reason = reason.substr(colon + 2);
  return reason;
}

/// Bytes of the text nlohmann last read that a syntax error quotes: a file given in the
/// wrong place (a secret key file as a cases file) must not have its key echoed.
constexpr std::size_t kQuotedTokenBytes = 6;

/// \p token (the text nlohmann last read) as a message may quote it: kNotShown when it holds
/// an IIN, its first kQuotedTokenBytes bytes (cut at a character's start) and "..." when
/// longer, else whole.
std::string quoted_token(const std::string& token) {
  if (contains_valid_iin(token)) return std::string(kNotShown);
  if (token.size() <= kQuotedTokenBytes) return token;
  std::size_t cut = kQuotedTokenBytes;
  while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0u) == 0x80u) --cut;
  return token.substr(0, cut) + "...";
}

/// \p reason with every copy of \p token replaced by quoted_token(token).
std::string without_secrets(std::string reason, const std::string& token) {
  if (token.empty()) return reason;
  const std::string shown_token = quoted_token(token);
  if (shown_token == token) return reason;
  for (std::size_t at = reason.find(token); at != std::string::npos; at = reason.find(token, at)) {
    reason.replace(at, token.size(), shown_token);
    at += shown_token.size();
  }
  return reason;
}

/// nlohmann SAX handler that builds the same DOM as nlohmann::json::parse while tracking
/// the JSON pointer of the value being read, and refuses duplicate keys, nesting deeper
/// than kMaxJsonDepth and numbers out of a double's range with an InputError.
class StrictDomBuilder {
 public:
  StrictDomBuilder(std::string_view bytes, const std::string& file) : bytes_(bytes), file_(file) {}

  bool null() { return add(nullptr); }
  bool boolean(bool value) { return add(value); }
  bool number_integer(nlohmann::json::number_integer_t value) { return add(value); }
  bool number_unsigned(nlohmann::json::number_unsigned_t value) { return add(value); }
  bool number_float(nlohmann::json::number_float_t value, const std::string&) { return add(value); }
  bool string(nlohmann::json::string_t& value) { return add(std::move(value)); }
  bool binary(nlohmann::json::binary_t& value) { return add(std::move(value)); }
  bool start_object(std::size_t) { return open(nlohmann::json::object()); }
  bool key(nlohmann::json::string_t& name);
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(nlohmann::json::array()); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::json::exception& error);

  /// The document read (whole once sax_parse has returned).
  nlohmann::json& result() { return root_; }

 private:
  /// Place \p value where the parser is (root, next array element or the pending key)
  /// and return it.
  nlohmann::json* add(nlohmann::json value);
  /// Place a new container and descend into it.
  bool open(nlohmann::json container);
  bool close();
  /// The field name of the value being read: its key, its index, or "(document)".
  std::string current_field() const;

  std::string_view bytes_;
  const std::string& file_;
  nlohmann::json root_;
  std::vector<nlohmann::json*> open_;  ///< the containers being filled, outermost first
  std::vector<std::string> tokens_;    ///< pointer tokens of open_ (without the root)
  std::string pending_key_;            ///< the key of the next value in an object
};

nlohmann::json* StrictDomBuilder::add(nlohmann::json value) {
  if (open_.empty()) {
    root_ = std::move(value);
    return &root_;
  }
  nlohmann::json& parent = *open_.back();
  if (parent.is_array()) {
    parent.push_back(std::move(value));
    return &parent.back();
  }
  nlohmann::json& slot = parent[pending_key_];
  slot = std::move(value);
  return &slot;
}

bool StrictDomBuilder::open(nlohmann::json container) {
  if (!open_.empty()) {
    const nlohmann::json& parent = *open_.back();
    tokens_.push_back(parent.is_array() ? std::to_string(parent.size())
                                        : escape_pointer_token(pending_key_));
  }
  if (open_.size() == kMaxJsonDepth) {
    throw InputError(
        file_, pointer_of(tokens_), current_field(),
        "at most " + std::to_string(kMaxJsonDepth) + " levels of nested arrays and objects",
        "level " + std::to_string(kMaxJsonDepth + 1));
  }
  open_.push_back(add(std::move(container)));
  return true;
}

bool StrictDomBuilder::close() {
  if (open_.size() > 1) tokens_.pop_back();  // the root has no token
  open_.pop_back();
  return true;
}

bool StrictDomBuilder::key(nlohmann::json::string_t& name) {
  if (open_.back()->contains(name)) {
    throw InputError(file_, pointer_of(tokens_), shown(name), "each key once in an object",
                     "a second " + in_quotes(name));
  }
  pending_key_ = std::move(name);
  return true;
}

std::string StrictDomBuilder::current_field() const {
  if (open_.empty()) return "(document)";
  const nlohmann::json& parent = *open_.back();
  return parent.is_array() ? std::to_string(parent.size()) : shown(pending_key_);
}

bool StrictDomBuilder::parse_error(std::size_t position, const std::string& last_token,
                                   const nlohmann::json::exception& error) {
  if (error.id == 406) {  // out_of_range.406: a number beyond a double's range, e.g. 1e400
    const std::size_t start = position + 1 - std::min(position, last_token.size());
    throw InputError(file_, line_and_column(bytes_, start), current_field(), "a finite number",
                     quoted_token(last_token));
  }
  throw InputError(file_, line_and_column(bytes_, position), "(document)", "valid JSON",
                   without_secrets(syntax_reason(error), last_token));
}

/// Index of the entry of \p known nearest to \p key when close enough to be a likely typo:
/// at most 2 edits, or a third of the key's length for long keys, and fewer edits than the
/// key has bytes.
std::optional<std::size_t> nearest_known(std::string_view key,
                                         std::span<const std::string_view> known) {
  std::optional<std::size_t> best;
  std::size_t best_distance = 0;
  for (std::size_t i = 0; i < known.size(); ++i) {
    const std::size_t distance = edit_distance(key, known[i]);
    if (!best || distance < best_distance) {
      best = i;
      best_distance = distance;
    }
  }
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  if (!best || best_distance > limit || best_distance >= key.size()) return std::nullopt;
  return best;
}

/// "one of the known keys: a, b, c".
std::string known_keys_text(std::span<const std::string_view> known) {
  std::string text = "one of the known keys: ";
  for (std::size_t i = 0; i < known.size(); ++i) {
    if (i != 0) text += ", ";
    text += known[i];
  }
  return text;
}

}  // namespace

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

nlohmann::json parse_json_document(std::string_view bytes, const std::string& file) {
  // nlohmann's parser reports every problem (syntax, number overflow) through the
  // handler's parse_error, which throws: sax_parse returns only when the document is whole.
  StrictDomBuilder builder(bytes, file);
  nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &builder);
  return std::move(builder.result());
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string JsonNode::location() const {
  return pointer_.empty() ? "/" : pointer_;
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
  const std::string text = value_->dump();  // escaped: check the string itself as well
  if (contains_valid_iin(text) ||
      (value_->is_string() && contains_valid_iin(value_->get_ref<const std::string&>()))) {
    return std::string(kNotShown);
  }
  return shorten(text);
}

void JsonNode::fail(std::string_view expected) const {
  throw InputError(*file_, location(), field_name(), std::string(expected), found());
}

JsonNode JsonNode::at(std::string_view key) const {
  std::optional<JsonNode> member = find(key);
  if (!member) {
    throw InputError(*file_, location(), std::string(key), "a field \"" + std::string(key) + "\"",
                     "none");
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

void JsonNode::expect_only(std::span<const std::string_view> known,
                           std::string_view expected) const {
  if (!value_->is_object()) fail("an object");
  for (const auto& item : value_->items()) {
    const std::string& key = item.key();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    const bool hidden = contains_valid_iin(key);
    std::string found = in_quotes(key);
    if (const std::optional<std::size_t> near = nearest_known(key, known)) {
      found += " (did you mean \"" + std::string(known[*near]) + "\"?)";
    }
    throw InputError(*file_, hidden ? location() : pointer_ + "/" + escape_pointer_token(key),
                     shown(key), expected.empty() ? known_keys_text(known) : std::string(expected),
                     found);
  }
}

std::string JsonNode::as_string(std::string_view expected) const {
  if (!value_->is_string()) fail(expected);
  return value_->get<std::string>();
}

std::string JsonNode::as_name(std::string_view expected) const {
  std::string text = as_string(expected);
  if (contains_valid_iin(text)) {
    throw InputError(
        *file_, location(), field_name(),
        std::string(expected) + " without an IIN (no run of 12 or more digits holding one)",
        "digits holding a valid IIN (not shown)");
  }
  if (const std::optional<std::string> bad = unsafe_character(text)) {
    throw InputError(*file_, location(), field_name(), std::string(kSafeTextExpected), *bad);
  }
  return text;
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
    // Below kAmountLimit (fine.hpp): the bound in the message is 11 digits, never an IIN.
    const std::int64_t whole = as_integer(0, kAmountLimit / kTiynPerTenge - 1);
    return tenge(whole);
  }
  if (!value_->is_string()) fail(kExpected);
  const std::optional<Tiyn> amount = parse_tenge(value_->get_ref<const std::string&>());
  if (!amount) fail(kExpected);
  return *amount;
}

}  // namespace bailiff::detail
