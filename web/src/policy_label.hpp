#pragma once
/// \file A policy as the page names it: in words, from its file's title, and each edit in
/// words in the page's language ("Current law (since 20.08.2024), robot's window 60 days"), so
/// an edited A is never taken for the shipped policy; ids only in tooltips and files.

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

/// A policy file named in words in the page's language: the message table's name for a
/// shipped id (from the file's title: "Current law (since 20.08.2024)", "Before the robot"),
/// else the file's own title, else its id \p id.
std::string policy_name(const std::string& id, const nlohmann::json& doc);

/// \p doc named in words, followed by its edits in words ("Current law (since 20.08.2024),
/// robot's window 60 days").
std::string policy_label(const EditableDoc& doc);

/// What identifies \p doc exactly, for tooltips and files: its id and its edits as JSON
/// ("kz-2024-08-20 {"/parameters/robot_window/unit":"calendar_days", ...}").
std::string policy_ids(const EditableDoc& doc);

}  // namespace bailiff::web
