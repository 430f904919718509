#include "bailiff/policy_schema.hpp"

#include "bailiff/money.hpp"

namespace bailiff {

const std::vector<std::string_view>& policy_choices(std::string_view field) {
  static const std::vector<std::string_view> mrp_reference = {"action_date", "entry_into_force"};
  static const std::vector<std::string_view> rounding = {
      rounding_name(Rounding::kHalfUp), rounding_name(Rounding::kDown), rounding_name(Rounding::kUp)};
  static const std::vector<std::string_view> fee_mode = {"whole", "marginal"};
  static const std::vector<std::string_view> none;
  if (field == "mrp_reference_date") return mrp_reference;
  if (field == "rounding") return rounding;
  if (field == "mode") return fee_mode;
  return none;
}

std::string quoted_choices(std::string_view field) {
  const std::vector<std::string_view>& choices = policy_choices(field);
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
    out.append("\"").append(choices[i]).append("\"");
  }
  return out;
}

}  // namespace bailiff
