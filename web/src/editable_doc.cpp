#include "editable_doc.hpp"

#include <exception>

#include "bailiff/error.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/behaviour.hpp"
#include "bailiff/sim/scenarios.hpp"

namespace bailiff::web {

void EditableDoc::load(const std::string& name) {
  name_ = name;
  shipped_ = sim::load_input(name, kind_).bytes;
  edits_ = nlohmann::json::object();
  rebuild();
}

bool EditableDoc::set(const std::string& pointer, const nlohmann::json& value) {
  edits_[pointer] = value;
  rebuild();
  return error_.empty();
}

bool EditableDoc::apply(const nlohmann::json& edits) {
  edits_ = nlohmann::json::object();
  if (edits.is_object()) {
    for (const auto& [pointer, value] : edits.items()) edits_[pointer] = value;
  }
  rebuild();
  return error_.empty();
}

void EditableDoc::rebuild() {
  ++revision_;
  error_.clear();
  error_location_.clear();
  error_detail_.clear();
  doc_ = nlohmann::json::parse(shipped_);
  try {
    for (const auto& [pointer, value] : edits_.items()) {
      doc_.at(nlohmann::json::json_pointer(pointer)) = value;
    }
  } catch (const std::exception& e) {
    error_ = e.what();
  }
  bytes_ = edits_.empty() ? shipped_ : doc_.dump(2) + "\n";
  if (!error_.empty()) return;
  const std::string file = edits_.empty() ? name_ : name_ + " (edited)";
  try {
    if (kind_ == "policies") {
      (void)Policy::parse(bytes_, file);
    } else {
      (void)sim::BehaviourParams::parse(bytes_, file);
    }
  } catch (const InputError& e) {
    error_ = e.what();
    error_location_ = e.location();
    // The message is "file:location: field: expected ..., found ...".
    const std::string head = e.location() + ": " + e.field() + ": ";
    const std::size_t at = error_.find(head);
    error_detail_ = at == std::string::npos ? error_ : error_.substr(at + head.size());
  } catch (const std::exception& e) {
    error_ = e.what();
  }
}

}  // namespace bailiff::web
