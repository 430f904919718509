#pragma once
/// \file The shipped example cases (data/cases/example.json) decided under one of the page's
/// policies, as `bailiff decide` decides them, and one of them explained in the page's
/// language, as `bailiff explain` words it.

#include <memory>
#include <string>
#include <string_view>

#include "bailiff/report/explain.hpp"
#include "bailiff/sim/decide_run.hpp"
#include "editable_doc.hpp"

namespace bailiff::web {

/// The example cases decided under a policy document, or why they could not be.
struct ExampleRun {
  std::unique_ptr<sim::DecideRun> run;  ///< null when the policy or a case was refused
  std::string error;
};

/// The example cases under \p policy as it stands (edits included); kept until the document
/// changes.
const ExampleRun& example_run(const EditableDoc& policy);

/// Example case \p case_id under \p policy, explained in the page's language. Throws
/// InputError when there is no such case, or the run's error when the cases were refused.
report::Explanation explain_example(const EditableDoc& policy, std::string_view case_id);

}  // namespace bailiff::web
