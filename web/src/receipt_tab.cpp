// The receipt tab: a citizen or a court opens a receipt from `bailiff receipt` and the
// signer's public key; the page checks it offline (the same audit::check_receipt as
// `bailiff verify-receipt`) and shows the case's decisions and what the receipt proves.

#include <exception>
#include <optional>
#include <string>

#include "app_state.hpp"
#include "bailiff/audit/receipt.hpp"
#include "bailiff/audit/signature.hpp"
#include "bailiff/report/receipt_report.hpp"
#include "i18n.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "ui.hpp"

namespace bailiff::web {
namespace {

void check(ReceiptSource& r) {
  r.verified = false;
  r.authentic = false;
  if (r.receipt_name.empty()) return;
  try {
    const audit::Receipt receipt = audit::parse_receipt(r.receipt_bytes, r.receipt_name);
    std::optional<audit::PublicKey> key;
    if (!r.key_name.empty()) key = audit::read_public_key(r.key_text, r.key_name);
    const audit::ReceiptCheck c = audit::check_receipt(receipt, key);
    r.report = report::receipt_report_words(receipt, c, r.receipt_name, r.receipt_bytes.size(),
                                            language());
    r.verified = c.ok();
    r.authentic = c.ok() && c.authenticity == audit::Authenticity::kAuthentic;
  } catch (const std::exception& e) {
    r.report = report::fill("receipt.verdict.not_verified", language(), {{"problem", e.what()}});
  }
}

}  // namespace

void receipt_file_opened(AppState& s, std::string bytes, const std::string& file_name) {
  if (audit::is_public_key_file(bytes)) {
    s.receipt.key_name = file_name;
    s.receipt.key_text = std::move(bytes);
  } else {
    s.receipt.receipt_name = file_name;
    s.receipt.receipt_bytes = std::move(bytes);
  }
  s.receipt.language = language();
  check(s.receipt);
  s.status = file_name;
}

void refresh_receipt(AppState& s) {
  if (s.receipt.language == language()) return;
  s.receipt.language = language();
  check(s.receipt);
}

void draw_receipt_tab(AppState& s) {
  ImGui::TextWrapped("%s", tr("receipt.help"));
  if (ImGui::Button(tr("receipt.open"))) {
    if (!open_receipt_picker())
      s.status = "native build: use `bailiff verify-receipt FILE --public-key K`";
  }
  remember_item("receipt.open");
  if (!s.receipt.key_name.empty())
    ImGui::Text("%s: %s", tr("receipt.key"), s.receipt.key_name.c_str());
  ImGui::Separator();
  if (s.receipt.report.empty()) {
    ImGui::TextUnformatted(tr("receipt.none"));
    return;
  }
  const ImVec4 colour = s.receipt.authentic  ? ImVec4(0.1f, 0.45f, 0.1f, 1)
                        : s.receipt.verified ? ImVec4(0.45f, 0.35f, 0.0f, 1)
                                             : ImVec4(0.7f, 0.1f, 0.1f, 1);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", s.receipt.report.c_str());
  ImGui::PopStyleColor();
}

}  // namespace bailiff::web
