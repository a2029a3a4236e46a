// SPDX-License-Identifier: Apache-2.0
// The seed mixer is splitmix64: its published first outputs, and independent streams.

#include "seed_mix.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>

namespace common {
namespace {

TEST(SeedMix, DeriveSeedIsTheSplitmix64Sequence) {
  // splitmix64 seeded with 0: the first two outputs of the reference implementation.
  EXPECT_EQ(derive_seed(0, 0), 0xE220A8397B1DCDAFull);
  EXPECT_EQ(derive_seed(0, 1), 0x6E789E6AA1B965F4ull);
  static_assert(derive_seed(0, 0) == mix64(kGoldenGamma), "usable at compile time");
}

TEST(SeedMix, StreamsAndSeedsDoNotCollide) {
  std::set<uint64_t> seen;
  for (uint64_t seed = 0; seed < 64; ++seed) {
    for (uint64_t stream = 0; stream < 8; ++stream) seen.insert(derive_seed(seed, stream));
  }
  EXPECT_EQ(seen.size(), 64u * 8u);
}

}  // namespace
}  // namespace common
