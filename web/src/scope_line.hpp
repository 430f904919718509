#pragma once
/// \file What the figures are of, said under the headline and in the page's text: which
/// fines (the whole preset, a sample of it and its share, or a CSV's), entering into force
/// over which period, followed to which horizon; and how they were computed (the exact
/// expectation at one draw, over every draw of the behaviour's ensemble, or a Monte Carlo).

#include <string>

#include "runner.hpp"

namespace bailiff::web {

/// "All 25,500,000 fines in force in 2025, followed to 31 December 2026." in the page's
/// language; a sample says its share of the preset's fines.
std::string scope_text(const Outcome& outcome);

/// How \p outcome was computed, in one sentence in the page's language: the exact preview
/// (\p preview), the exact ensemble with its draws, or a Monte Carlo with its replications.
std::string method_text(const Outcome& outcome, bool preview);

}  // namespace bailiff::web
