#include "bailiff/cases.hpp"

#include <set>

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/json_reader.hpp"
#include "bailiff/safe_text.hpp"
#include "cases_stream.hpp"

namespace bailiff {
namespace {

using detail::JsonNode;

constexpr std::string_view kReplaceIins = "replace IINs with keyed pseudonyms before use";

/// The amount_tenge at \p node, in (0, kAmountLimit): the largest amount is refused without being
/// echoed, as it may be an IIN in the wrong field.
Tiyn amount_of(const JsonNode& node) {
  const Tiyn amount = node.as_tenge();
  if (amount <= 0) node.fail("an amount above zero");
  if (amount >= kAmountLimit) {
    throw InputError(node.file(), node.pointer(), "amount_tenge",
                     "an amount below 100000000000 tenge (a 12-digit amount may be an IIN)",
                     "12 digits or more (not shown)");
  }
  return amount;
}

/// The string at \p node (field \p field), refused without echoing it when it holds a valid
/// IIN anywhere; \p iin_expected says what was expected instead.
std::string free_text(const JsonNode& node, std::string_view field, std::string_view expected,
                      std::string_view iin_expected) {
  std::string text = node.as_string(expected);
  if (contains_valid_iin(text)) {
    throw InputError(node.file(), node.pointer(), std::string(field), std::string(iin_expected),
                     "12 digits passing the IIN check digit (not shown)");
  }
  if (const auto bad = unsafe_character(text)) {  // nothing that could spoof a report
    throw InputError(node.file(), node.pointer(), std::string(field),
                     std::string(kSafeTextExpected), *bad);
  }
  return text;
}

/// A free-text field other than the debtor: any string without an IIN in it.
std::string plain_text(const JsonNode& node, std::string_view field,
                       std::string_view expected = "a string") {
  return free_text(node, field, expected,
                   "text without an IIN (" + std::string(kReplaceIins) + ")");
}

std::string parse_debtor(const JsonNode& debtor) {
  static constexpr std::string_view kExpected = "a debtor pseudonym (string)";
  const std::string not_iin = "a pseudonym, not a clear IIN (" + std::string(kReplaceIins) + ")";
  if (detail::looks_like_iin(debtor.as_string(kExpected))) {
    throw InputError(debtor.file(), debtor.pointer(), "debtor", not_iin, "12 digits (not shown)");
  }
  return free_text(debtor, "debtor", kExpected, not_iin);
}

Payment parse_payment(const JsonNode& entry, const Fine& fine) {
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
  payment.amount = amount_of(paid);
  entry.expect_only({"date", "amount_tenge"});
  return payment;
}

Fine parse_fine(const JsonNode& node) {
  static constexpr std::string_view kId = "a non-empty case id (string)";
  Fine fine;
  const JsonNode id = node.at("id");
  fine.id = plain_text(id, "id", kId);
  if (fine.id.empty()) id.fail(kId);
  if (const auto debtor = node.find("debtor")) fine.debtor = parse_debtor(*debtor);
  if (const auto region = node.find("region")) fine.region = plain_text(*region, "region");
  if (const auto article = node.find("article")) fine.article = plain_text(*article, "article");
  const JsonNode amount = node.at("amount_tenge");
  fine.amount = amount_of(amount);
  fine.in_force = node.at("in_force").as_date();
  if (const auto eligible = node.find("discount_eligible")) fine.discount_eligible = eligible->as_bool();
  if (const auto payments = node.find("payments")) {
    for (std::size_t i = 0; i < payments->array_size(); ++i) {
      fine.payments.push_back(parse_payment(payments->element(i), fine));
    }
  }
  node.expect_only({"id", "debtor", "region", "article", "amount_tenge", "in_force",
                    "discount_eligible", "payments"});
  return fine;
}

}  // namespace

std::vector<Fine> detail::parse_cases_document(std::string_view bytes, const std::string& file) {
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
  root.expect_only({"cases"});
  return fines;
}

std::vector<Fine> parse_cases(std::string_view bytes, const std::string& file) {
  // The streaming reader takes the usual document; any other, valid or not, is read through
  // the DOM, which gives the same fines or the exact error.
  if (std::optional<std::vector<Fine>> fines = detail::stream_cases(bytes)) {
    return std::move(*fines);
  }
  return detail::parse_cases_document(bytes, file);
}

}  // namespace bailiff
