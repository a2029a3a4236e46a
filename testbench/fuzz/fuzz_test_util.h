// SPDX-License-Identifier: Apache-2.0
// The seeded fuzzer's GoogleTest loop: every seed, every case, stop at the first failure and
// print how to replay it.

#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "fuzz_support.h"

namespace fuzz {

// Runs `one_case(rng)` for cases 0..iterations(default_count)-1 of every seed; the case returns
// an empty string when its properties hold, else the input and what went wrong. Returns true
// when every case ran and at least the default count per seed did, so that a test may then
// check that its generator reached every outcome (a replay of a few cases would not).
template <typename Case>
bool run_cases(uint64_t default_count, Case one_case) {
  const uint64_t count = iterations(default_count);
  uint64_t done = 0;
  for (const uint64_t seed : seeds()) {
    for (uint64_t index = 0; index < count; ++index) {
      Rng rng = case_rng(seed, index);
      const std::string failure = one_case(rng);
      ++done;
      if (!failure.empty()) {
        ADD_FAILURE() << replay_hint(seed, index) << "\n" << failure;
        return false;
      }
    }
  }
  ::testing::Test::RecordProperty("cases", static_cast<int>(done));
  return count >= default_count;
}

// "input: ...\nproblem: ..." when `problem` is not empty, else "".
inline std::string failure(const std::string& input, const std::string& problem) {
  return problem.empty() ? std::string() : "input: " + input + "\nproblem: " + problem;
}

}  // namespace fuzz
