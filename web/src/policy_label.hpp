#pragma once
/// \file A policy as the page names it: its id, and each edit in words in the page's
/// language ("kz-2024-08-20, window 60 days"), so an edited A is never taken for the shipped
/// policy of the same id.

#include <string>

#include <nlohmann/json.hpp>

namespace bailiff::web {

class EditableDoc;

/// A text the policy file gives in each language (\p texts: {"ru", "kk", "en"}) in the
/// page's language; "" when the file gives none.
std::string policy_text(const nlohmann::json& texts);

/// The short label of parameter \p param (named \p name) in the page's language, as its
/// policy file gives it ("robot's window"); the file's key when the file gives no label.
std::string param_label(const nlohmann::json& param, const std::string& name);

/// The unit \p unit of a policy file in words ("days", "working days", "MRP").
std::string unit_label(const std::string& unit);

/// A value of a parameter in words: "60 days", "on", "half_up".
std::string value_label(const nlohmann::json& value, const std::string& unit);

/// \p doc's id followed by its edits in words.
std::string policy_label(const EditableDoc& doc);

}  // namespace bailiff::web
