#pragma once
/// \file The scenario in the URL hash, so that a shared link reproduces it exactly:
/// #lang=kk&a=kz-2024-08-20&b=kz-pre-robot&pop=national&n=1000000&seed=20240820&r=10
/// &ea=<edits of A>&eb=<edits of B>&eh=<edits of the behaviour> (edits: percent-encoded
/// JSON objects {JSON pointer: value}), then each saved scenario's name and key (its own
/// hash without the language, percent-encoded): &s1=<name>&k1=<key> ... &s4=&k4=. A CSV
/// population is not in the link (it never leaves the page).

#include <string>

namespace bailiff::web {

/// The tabs a link can open on, by the name the URL gives them (tab=NAME).
inline constexpr const char* kTabs[] = {"charts", "explorer", "about", "saved", "receipt", "records"};

/// \p name is one of kTabs.
bool is_tab(const std::string& name);

struct AppState;

/// The hash (without '#') for the current state.
std::string encode_hash(const AppState& s);
/// The hash without its language: what decides the figures.
std::string scenario_key(const AppState& s);
/// Apply a hash; unknown keys and bad values are ignored (the page keeps its defaults). The
/// saved scenarios become the hash's (those already held keep their figures).
void apply_hash(AppState& s, const std::string& hash);

}  // namespace bailiff::web
