#pragma once
/// \file A shipped JSON input (policy or behaviour) with the user's edits: the page edits the
/// document, re-parses it with the core's own parser, and runs on the edited bytes.

#include <string>

#include <nlohmann/json.hpp>

namespace bailiff::web {

/// One editable input document.
class EditableDoc {
 public:
  /// \p kind is "policies" or "behaviour" (the embedded folder).
  explicit EditableDoc(std::string kind) : kind_(std::move(kind)) {}

  /// Load the shipped file \p name (e.g. "kz-2024-08-20"), dropping every edit.
  void load(const std::string& name);
  /// Set the value at JSON pointer \p pointer and re-validate. Returns false (and keeps the
  /// edit, with error() set) when the edited document does not parse.
  bool set(const std::string& pointer, const nlohmann::json& value);
  /// Apply a set of edits {pointer: value} (e.g. from the URL) over the shipped document.
  bool apply(const nlohmann::json& edits);
  /// Drop the edits.
  void reset() { load(name_); }

  const std::string& kind() const { return kind_; }
  const std::string& name() const { return name_; }
  const nlohmann::json& doc() const { return doc_; }
  const nlohmann::json& edits() const { return edits_; }
  bool edited() const { return !edits_.empty(); }
  /// The parse error of the edited document ("" when it is valid).
  const std::string& error() const { return error_; }
  /// Where the parser refused the document (a JSON pointer, "" when valid or unknown).
  const std::string& error_location() const { return error_location_; }
  /// What it expected there and found, without file and pointer ("expected ..., found ...").
  const std::string& error_detail() const { return error_detail_; }
  /// The bytes to run on: the shipped bytes when unedited, else the edited document.
  const std::string& bytes() const { return bytes_; }
  /// Incremented on every change (for caches).
  unsigned revision() const { return revision_; }

 private:
  void rebuild();
  std::string kind_, name_, shipped_, bytes_, error_, error_location_, error_detail_;
  nlohmann::json doc_, edits_ = nlohmann::json::object();
  unsigned revision_ = 0;
};

}  // namespace bailiff::web
