#pragma once
// Test helpers: shipped inputs (embedded) and fixture files (tests/fixtures/).

#include <string>
#include <vector>

#include "bailiff/calendar.hpp"
#include "bailiff/fine.hpp"
#include "bailiff/tasks/thread_pool.hpp"
#include "bailiff/policy.hpp"
#include "bailiff/sim/scenario.hpp"

namespace bailiff::test {

/// Bytes of a file under tests/fixtures/.
std::string fixture(const std::string& relative);

/// Bytes of a shipped data file, e.g. "policies/kz-2024-08-20.json".
std::string shipped(const std::string& relative);

/// The shipped Kazakh calendar.
const Calendar& kz_calendar();

/// The shipped Kazakh calendar without its provisional years (so it ends 2026-12-31): the
/// behaviour at a calendar's last day, whatever years are added later.
const Calendar& kz_calendar_final_years();

/// A shipped policy by name, e.g. "kz-2024-08-20".
const Policy& shipped_policy(const std::string& name);

/// The Taraz pilot's population of \p cases fines under kz-2024-pilot against the default
/// baseline (a small real scenario).
sim::Scenario taraz_pilot(std::uint64_t cases);

/// Every field of every fine read, in one line: id|debtor|region|article|amount (tiyn)|
/// in_force|discount_eligible, then |date:amount per payment, and ";" after each fine.
std::string fines_summary(const std::vector<Fine>& fines);

/// A task system of \p n threads, kept for the test binary's life.
tasks::ThreadPool& threads(unsigned n);

}  // namespace bailiff::test
