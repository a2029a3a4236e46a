// SPDX-License-Identifier: Apache-2.0
// One seed mixer for every C++ random stream and data pattern: the splitmix64 finalizer (Steele,
// Lea and Flood, 2014), which turns nearby inputs (seed 1, 2, 3; adjacent addresses) into
// unrelated 64-bit values.

#pragma once

#include <cstdint>

namespace common {

constexpr uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;  // splitmix64's increment

constexpr uint64_t mix64(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The seed of stream `stream` (0, 1, 2, ...) derived from one run seed: the splitmix64 sequence
// of `seed`, entry stream + 1.
constexpr uint64_t derive_seed(uint64_t seed, uint64_t stream) {
  return mix64(seed + kGoldenGamma * (stream + 1));
}

}  // namespace common
