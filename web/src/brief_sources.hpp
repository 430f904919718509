#pragma once
/// \file The sources a comparison rests on, in the words of its data files: the legal bases
/// of both policies' parameters, and the published figures (targets) the behaviour file was
/// calibrated to, each with its source.

#include <string>
#include <vector>

#include "bailiff/sim/scenario.hpp"

namespace bailiff::web {

/// The legal bases of the policy's and the baseline's parameters in the page's language, as
/// the policy files give them (`basis`: the act and article first), each once, in the files'
/// order; a parameter whose file gives no basis adds its `reference`.
std::vector<std::string> legal_bases(const sim::Scenario& scenario);

/// One published figure's source and the targets it backs ("rus.baq.kz: camera-2025-jan-aug").
struct PublishedSource {
  std::string source;                ///< as the target file names it
  std::vector<std::string> targets;  ///< the target ids, in the calibration's order
};

/// The sources of the targets listed in the behaviour file's "calibration" (empty for a
/// behaviour that was not calibrated); a target not shipped is named with its id only.
std::vector<PublishedSource> published_sources(const sim::Scenario& scenario);

/// Whether the behaviour file was written by `bailiff calibrate` (it has a "calibration").
bool behaviour_calibrated(const sim::Scenario& scenario);

}  // namespace bailiff::web
