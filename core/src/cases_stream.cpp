#include "cases_stream.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include "bailiff/iin.hpp"
#include "bailiff/safe_text.hpp"
#include "json_scanner.hpp"

namespace bailiff::detail {
namespace {

/// A case's keys, one bit each.
enum CaseKey : unsigned {
  kId = 1u << 0,
  kDebtor = 1u << 1,
  kRegion = 1u << 2,
  kArticle = 1u << 3,
  kAmount = 1u << 4,
  kInForce = 1u << 5,
  kDiscount = 1u << 6,
  kPayments = 1u << 7,
};

/// The bit of \p key, 0 for a key a case does not have.
unsigned case_key(std::string_view key) {
  if (key == "id") return kId;
  if (key == "debtor") return kDebtor;
  if (key == "region") return kRegion;
  if (key == "article") return kArticle;
  if (key == "amount_tenge") return kAmount;
  if (key == "in_force") return kInForce;
  if (key == "discount_eligible") return kDiscount;
  if (key == "payments") return kPayments;
  return 0;
}

/// Text a report may print (what cases.cpp's free_text takes): no IIN anywhere in it, and no
/// character that could spoof a report.
bool clean_text(std::string_view text) {
  return !contains_valid_iin(text) && !unsafe_character(text);
}

/// An amount_tenge (JsonNode::as_tenge, then amount_of in cases.cpp): a whole number of tenge
/// below kAmountLimit / kTiynPerTenge (at most 11 digits), or a decimal string; above zero and
/// below kAmountLimit.
std::optional<Tiyn> amount(JsonScanner& in) {
  if (in.peek() == '"') {
    const std::optional<std::string_view> text = in.string();
    const std::optional<Tiyn> value = text ? parse_tenge(*text) : std::nullopt;
    if (!value || *value <= 0 || *value >= kAmountLimit) return std::nullopt;
    return value;
  }
  const std::optional<std::uint64_t> whole = in.positive_integer(11);
  if (!whole) return std::nullopt;
  return tenge(static_cast<std::int64_t>(*whole));
}

std::optional<Date> date(JsonScanner& in) {
  const std::optional<std::string_view> text = in.string();
  return text ? parse_iso_date(*text) : std::nullopt;
}

/// A payment {"date": ..., "amount_tenge": ...}, both keys once and nothing else.
bool payment(JsonScanner& in, std::vector<Payment>& out) {
  if (!in.take('{')) return false;
  std::optional<Date> day;
  std::optional<Tiyn> paid;
  do {
    const std::optional<std::string_view> key = in.string();
    if (!key || !in.take(':')) return false;
    if (*key == "date" && !day) {
      if (!(day = date(in))) return false;
    } else if (*key == "amount_tenge" && !paid) {
      if (!(paid = amount(in))) return false;
    } else {
      return false;
    }
  } while (in.take(','));
  if (!in.take('}') || !day || !paid) return false;
  out.push_back(Payment{*day, *paid});
  return true;
}

bool payments(JsonScanner& in, std::vector<Payment>& out) {
  if (!in.take('[')) return false;
  if (in.take(']')) return true;
  do {
    if (!payment(in, out)) return false;
  } while (in.take(','));
  return in.take(']');
}

/// The value of \p key (one bit of CaseKey) into \p fine.
bool case_value(JsonScanner& in, unsigned key, Fine& fine) {
  switch (key) {
    case kId:
    case kDebtor:
    case kRegion:
    case kArticle: {
      const std::optional<std::string_view> text = in.string();
      if (!text || !clean_text(*text)) return false;
      (key == kId       ? fine.id
       : key == kDebtor ? fine.debtor
       : key == kRegion ? fine.region
                        : fine.article) = *text;
      return true;
    }
    case kAmount: {
      const std::optional<Tiyn> value = amount(in);
      if (value) fine.amount = *value;
      return value.has_value();
    }
    case kInForce: {
      const std::optional<Date> day = date(in);
      if (day) fine.in_force = *day;
      return day.has_value();
    }
    case kDiscount: {
      const std::optional<bool> eligible = in.boolean();
      if (eligible) fine.discount_eligible = *eligible;
      return eligible.has_value();
    }
    default:
      return payments(in, fine.payments);
  }
}

/// One case (parse_fine in cases.cpp): each key once, id, amount_tenge and in_force given, a
/// non-empty id, a debtor that is not 12 digits, the payments from in_force on in date order.
bool case_object(JsonScanner& in, Fine& fine) {
  if (!in.take('{')) return false;
  unsigned seen = 0;
  do {
    const std::optional<std::string_view> key = in.string();
    if (!key || !in.take(':')) return false;
    const unsigned bit = case_key(*key);
    if (bit == 0 || (seen & bit) != 0) return false;
    seen |= bit;
    if (!case_value(in, bit, fine)) return false;
  } while (in.take(','));
  constexpr unsigned kRequired = kId | kAmount | kInForce;
  if (!in.take('}') || (seen & kRequired) != kRequired || fine.id.empty() ||
      looks_like_iin(fine.debtor)) {
    return false;
  }
  Date earliest = fine.in_force;
  for (const Payment& p : fine.payments) {
    if (p.date < earliest) return false;
    earliest = p.date;
  }
  return true;
}

/// True when no two of \p fines have one id. The ids are sorted by their hashes first, so that
/// only ids of one hash are compared, not the long common prefixes the ids of a file often
/// share.
bool ids_all_different(const std::vector<Fine>& fines) {
  using HashedId = std::pair<std::size_t, const std::string*>;
  std::vector<HashedId> ids;
  ids.reserve(fines.size());
  for (const Fine& fine : fines) ids.emplace_back(std::hash<std::string>{}(fine.id), &fine.id);
  std::sort(ids.begin(), ids.end(), [](const HashedId& a, const HashedId& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  return std::adjacent_find(ids.begin(), ids.end(), [](const HashedId& a, const HashedId& b) {
           return a.first == b.first && *a.second == *b.second;
         }) == ids.end();
}

}  // namespace

bool looks_like_iin(std::string_view text) {
  if (text.size() != 12) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<std::vector<Fine>> stream_cases(std::string_view bytes) {
  JsonScanner in(bytes);
  if (!in.take('{') || in.string() != "cases" || !in.take(':') || !in.take('[')) {
    return std::nullopt;
  }
  std::vector<Fine> fines;
  if (!in.take(']')) {
    do {
      Fine fine;
      if (!case_object(in, fine)) return std::nullopt;
      fines.push_back(std::move(fine));
    } while (in.take(','));
    if (!in.take(']')) return std::nullopt;
  }
  if (!in.take('}') || !in.at_end() || !ids_all_different(fines)) return std::nullopt;
  return fines;
}

}  // namespace bailiff::detail
