#include "url_state.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <exception>
#include <optional>

#include "app_state.hpp"
#include "bailiff/byte_codec.hpp"
#include "bailiff/error.hpp"
#include "i18n.hpp"

namespace bailiff::web {
namespace {

std::string percent_encode(const std::string& in) {
  std::string out;
  for (const unsigned char c : in) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%' + hex_digits(c, 2, HexCase::kUpper);
    }
  }
  return out;
}

std::string percent_decode(const std::string& in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    std::uint8_t byte = 0;
    if (in[i] == '%' && i + 2 < in.size() &&
        hex_decode(std::string_view(in).substr(i + 1, 2), {&byte, 1}, HexLetters::kEitherCase)) {
      out += static_cast<char>(byte);
      i += 2;
      continue;
    }
    out += in[i] == '+' ? ' ' : in[i];
  }
  return out;
}

template <typename T>
bool parse_number(const std::string& text, T& out) {
  T v{};
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return false;
  out = v;
  return true;
}

/// The index of a saved scenario's name or key ("s1".."s4", "k1".."k4"), or kMaxSaved.
std::size_t saved_index(const std::string& key) {
  if (key.size() != 2 || (key[0] != 's' && key[0] != 'k') || key[1] < '1') return kMaxSaved;
  return std::min<std::size_t>(static_cast<std::size_t>(key[1] - '1'), kMaxSaved);
}

/// The saved scenarios of a hash (those with a key, in order), keeping the figures of those
/// the page holds already under the same name and key.
void restore_saved(AppState& s, const std::array<std::string, kMaxSaved>& names,
                   const std::array<std::string, kMaxSaved>& keys) {
  std::vector<SavedScenario> saved;
  for (std::size_t i = 0; i < kMaxSaved; ++i) {
    if (keys[i].empty()) continue;
    SavedScenario next{names[i], keys[i], std::nullopt};
    for (const SavedScenario& held : s.saved) {
      if (held.name == next.name && held.key == next.key) next.summary = held.summary;
    }
    saved.push_back(std::move(next));
  }
  s.saved = std::move(saved);
}

}  // namespace

bool is_tab(const std::string& name) {
  return std::any_of(std::begin(kTabs), std::end(kTabs), [&](const char* t) { return name == t; });
}

std::string encode_hash(const AppState& s) {
  std::string h = std::string("lang=") + report::language_code(language());
  if (s.tab != "charts") h += "&tab=" + s.tab;
  h += "&" + scenario_key(s);
  // A CSV's bytes never leave this computer, so a link cannot carry them: it names the file,
  // and the page that opens it says so rather than show another population as if shared.
  if (s.csv.active) h += "&csv=" + percent_encode(s.csv.file_name);
  for (std::size_t i = 0; i < s.saved.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    h += "&s" + n + "=" + percent_encode(s.saved[i].name);
    h += "&k" + n + "=" + percent_encode(s.saved[i].key);
  }
  return h;
}

std::string scenario_key(const AppState& s) {
  std::string h = "a=" + percent_encode(s.policy_a.name());
  h += "&b=" + percent_encode(s.policy_b.name());
  h += "&pop=" + percent_encode(s.settings.population);
  h += "&n=" + std::to_string(s.settings.cases);
  h += "&seed=" + std::to_string(s.settings.seed);
  h += "&m=" + std::string(sim::method_name(s.settings.method));
  h += "&r=" + std::to_string(s.settings.replications);
  if (s.policy_a.edited()) h += "&ea=" + percent_encode(s.policy_a.edits().dump());
  if (s.policy_b.edited()) h += "&eb=" + percent_encode(s.policy_b.edits().dump());
  if (s.behaviour.edited()) h += "&eh=" + percent_encode(s.behaviour.edits().dump());
  return h;
}

void apply_hash(AppState& s, const std::string& hash) {
  std::string ea, eb, eh;
  std::array<std::string, kMaxSaved> saved_names, saved_keys;
  bool has_scenario = false, has_method = false;
  std::size_t start = 0;
  while (start <= hash.size()) {
    std::size_t end = hash.find('&', start);
    if (end == std::string::npos) end = hash.size();
    const std::string part = hash.substr(start, end - start);
    start = end + 1;
    const std::size_t eq = part.find('=');
    if (eq == std::string::npos) continue;
    const std::string key = part.substr(0, eq), value = percent_decode(part.substr(eq + 1));
    try {
      if (key == "lang") {
        if (const std::optional<Language> l = report::parse_language(value)) set_language(*l);
      } else if (key == "csv") {
        if (!s.csv.active || s.csv.file_name != value) {
          s.notice = report::fill("share.csv_not_shared", language(), {{"file", value}});
        }
      } else if (key == "tab") {
        if (is_tab(value)) s.select_tab = s.tab = value;
      } else if (key == "a") {
        s.policy_a.load(value);
      } else if (key == "b") {
        s.policy_b.load(value);
      } else if (key == "pop") {
        s.settings.population = value;
      } else if (key == "n") {
        parse_number(value, s.settings.cases);
        has_scenario = true;
      } else if (key == "m") {
        if (value != "exact" && value != "mc")
          throw DomainError("m: \"exact\" or \"mc\", not \"" + value + "\"");
        s.settings.method = value == "exact" ? sim::Method::kExact : sim::Method::kMonteCarlo;
        has_method = true;
      } else if (key == "seed") {
        parse_number(value, s.settings.seed);
      } else if (key == "r") {
        std::uint32_t r = 0;
        if (parse_number(value, r) && r <= 1000) s.settings.replications = r;
      } else if (key == "ea") {
        ea = value;
      } else if (key == "eb") {
        eb = value;
      } else if (key == "eh") {
        eh = value;
      } else if (const std::size_t i = saved_index(key); i < kMaxSaved) {
        (key[0] == 's' ? saved_names : saved_keys)[i] = value;
      }
    } catch (const std::exception& e) {
      s.error = e.what();
    }
    if (end == hash.size()) break;
  }
  // A scenario's link written before the exact method was the page's default has no "m":
  // it meant a Monte Carlo, and opens as one, bit for bit.
  if (has_scenario && !has_method) s.settings.method = sim::Method::kMonteCarlo;
  restore_saved(s, saved_names, saved_keys);
  // Edits after the documents are chosen.
  const std::pair<EditableDoc*, std::string*> edits[] = {
      {&s.policy_a, &ea}, {&s.policy_b, &eb}, {&s.behaviour, &eh}};
  for (auto [doc, text] : edits) {
    if (text->empty()) continue;
    const nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, false);
    if (!parsed.is_discarded()) doc->apply(parsed);
  }
}

}  // namespace bailiff::web
