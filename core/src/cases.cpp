#include "bailiff/cases.hpp"

#include <set>

#include "bailiff/error.hpp"
#include "bailiff/json_reader.hpp"

namespace bailiff {
namespace {

using detail::JsonNode;

bool looks_like_iin(std::string_view text) {
  if (text.size() != 12) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

Fine parse_fine(const JsonNode& node) {
  Fine fine;
  const JsonNode id = node.at("id");
  fine.id = id.as_string("a non-empty case id (string)");
  if (fine.id.empty()) id.fail("a non-empty case id (string)");
  if (const auto debtor = node.find("debtor")) {
    fine.debtor = debtor->as_string("a debtor pseudonym (string)");
    if (looks_like_iin(fine.debtor)) {
      throw InputError(node.file(), debtor->pointer(), "debtor",
                       "a pseudonym, not a clear IIN (replace IINs with keyed pseudonyms "
                       "before use)",
                       "12 digits (not shown)");
    }
  }
  if (const auto region = node.find("region")) fine.region = region->as_string();
  if (const auto article = node.find("article")) fine.article = article->as_string();
  const JsonNode amount = node.at("amount_tenge");
  fine.amount = amount.as_tenge();
  if (fine.amount <= 0) amount.fail("an amount above zero");
  fine.in_force = node.at("in_force").as_date();
  if (const auto eligible = node.find("discount_eligible")) fine.discount_eligible = eligible->as_bool();
  if (const auto payments = node.find("payments")) {
    for (std::size_t i = 0; i < payments->array_size(); ++i) {
      const JsonNode entry = payments->element(i);
      const JsonNode date_node = entry.at("date");
      Payment payment{date_node.as_date(), 0};
      if (payment.date < fine.in_force) {
        date_node.fail("a date on or after in_force " + to_iso(fine.in_force));
      }
      if (!fine.payments.empty() && payment.date < fine.payments.back().date) {
        date_node.fail("payments in date order (on or after " + to_iso(fine.payments.back().date) +
                       ")");
      }
      const JsonNode paid = entry.at("amount_tenge");
      payment.amount = paid.as_tenge();
      if (payment.amount <= 0) paid.fail("an amount above zero");
      fine.payments.push_back(payment);
    }
  }
  return fine;
}

}  // namespace

std::vector<Fine> parse_cases(std::string_view bytes, const std::string& file) {
  const nlohmann::json document = detail::parse_json_document(bytes, file);
  const JsonNode root(document, file, "");
  const JsonNode list = root.at("cases");
  std::vector<Fine> fines;
  std::set<std::string> ids;
  fines.reserve(list.array_size());
  for (std::size_t i = 0; i < list.array_size(); ++i) {
    const JsonNode node = list.element(i);
    Fine fine = parse_fine(node);
    if (!ids.insert(fine.id).second) node.at("id").fail("a case id not used before in the file");
    fines.push_back(std::move(fine));
  }
  return fines;
}

}  // namespace bailiff
