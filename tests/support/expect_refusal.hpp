#pragma once
/// \file A test's check that a call is refused with a DomainError naming what it must.

#include <gtest/gtest.h>

#include <string>

#include "bailiff/error.hpp"

namespace bailiff::test {

/// Expects \p call to throw a DomainError whose message contains \p text.
template <class Call>
void expect_refusal(Call call, const std::string& text) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one with: " << text;
  } catch (const DomainError& e) {
    EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
  }
}

}  // namespace bailiff::test
