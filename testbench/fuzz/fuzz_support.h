// SPDX-License-Identifier: Apache-2.0
// The seeded fuzzer's plumbing: a deterministic random stream (splitmix64, the same on every
// platform and standard library, unlike std:: distributions), the seed list and the iteration
// count (both overridable from the environment), and printable forms of failing inputs.
//
// Every case draws from its own stream, derived from (seed, case index), so a failure is
// replayed by running that seed up to that case:
//   NVME_COSIM_FUZZ_SEEDS=<seed> NVME_COSIM_FUZZ_ITERATIONS=<case + 1>
//     build/testbench/fuzz/fuzz_tests --gtest_filter=<Suite.Test>

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "seed_mix.h"

namespace fuzz {

class Rng {
 public:
  explicit Rng(uint64_t seed) : m_state(seed) {}
  uint64_t next() {
    m_state += common::kGoldenGamma;
    return common::mix64(m_state);
  }
  uint32_t u32() { return static_cast<uint32_t>(next() >> 32); }
  uint8_t byte() { return static_cast<uint8_t>(next() >> 56); }
  // Uniform enough in [0, n) for n far below 2^64; 0 when n is 0.
  uint64_t below(uint64_t n) { return n == 0 ? 0 : next() % n; }
  uint64_t between(uint64_t lo, uint64_t hi) { return lo + below(hi - lo + 1); }  // [lo, hi]
  bool one_in(uint64_t n) { return below(n) == 0; }
  template <typename T, size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(N)];
  }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }
  // A value with a bias towards the edges: 0, 1, powers of two and their neighbours, the top.
  uint64_t edgy(unsigned bits);

 private:
  uint64_t m_state;
};

// The fixed seeds (or NVME_COSIM_FUZZ_SEEDS, comma-separated decimal or 0x-hex).
std::vector<uint64_t> seeds();
// Cases per seed: NVME_COSIM_FUZZ_ITERATIONS, else `default_count` (small, for CI).
uint64_t iterations(uint64_t default_count);
// The stream of case `index` of `seed`.
inline Rng case_rng(uint64_t seed, uint64_t index) { return Rng(common::derive_seed(seed, index)); }
// How to replay one case, for failure messages.
std::string replay_hint(uint64_t seed, uint64_t index);

// Printable forms of inputs: C-escaped and quoted text, argv as a shell-like list, hex dumps.
std::string quoted(const std::string& text);
std::string quoted_argv(const std::vector<std::string>& args);
std::string hex_words(const std::vector<uint32_t>& words, size_t limit = 64);
// The nonzero bytes of a structure, as "offset:value" pairs (Identify data is mostly zeros).
std::string nonzero_bytes(const void* data, size_t size, size_t limit = 96);

}  // namespace fuzz
