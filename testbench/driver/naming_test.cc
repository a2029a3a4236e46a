// SPDX-License-Identifier: Apache-2.0
// Instance numbers and device node names (naming.h): plain units, no host needed.

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "naming.h"

namespace driver_test {
namespace {

TEST(InstanceAllocator, HandsOutTheLowestFree) {
  nvme::InstanceAllocator names(1);
  EXPECT_EQ(names.allocate(), 1u);
  EXPECT_EQ(names.allocate(), 2u);
  EXPECT_EQ(names.allocate(), 3u);
  EXPECT_EQ(names.count(), 3u);
  nvme::InstanceAllocator from_zero;
  EXPECT_EQ(from_zero.allocate(), 0u);
}

TEST(InstanceAllocator, ReleasedNumbersAreReusedLowestFirst) {
  nvme::InstanceAllocator names(1);
  for (int i = 0; i < 4; ++i) names.allocate();  // 1..4
  names.release(3);
  names.release(1);
  EXPECT_FALSE(names.in_use(1));
  EXPECT_EQ(names.allocate(), 1u);
  EXPECT_EQ(names.allocate(), 3u);
  EXPECT_EQ(names.allocate(), 5u);
  names.release(42);  // not in use: nothing happens
  EXPECT_EQ(names.count(), 5u);
}

// Random allocate, claim and release against the definition: the lowest number not in use.
TEST(InstanceAllocator, MatchesTheLowestFreeUnderRandomUse) {
  std::mt19937 rng(7);
  nvme::InstanceAllocator names(1);
  std::set<unsigned> used;
  for (int step = 0; step < 20000; ++step) {
    const unsigned n = 1 + rng() % 64;
    switch (rng() % 3) {
      case 0: {
        unsigned lowest = 1;
        while (used.count(lowest)) ++lowest;
        ASSERT_EQ(names.allocate(), lowest) << "step " << step;
        used.insert(lowest);
        break;
      }
      case 1:
        ASSERT_EQ(names.claim(n), used.insert(n).second) << "step " << step;
        break;
      default:
        names.release(n);
        used.erase(n);
        break;
    }
    ASSERT_EQ(names.count(), used.size()) << "step " << step;
  }
}

TEST(InstanceAllocator, ClaimTakesASpecificNumber) {
  nvme::InstanceAllocator names(1);
  EXPECT_TRUE(names.claim(3));
  EXPECT_FALSE(names.claim(3)) << "taken";
  EXPECT_FALSE(names.claim(0)) << "below the first number";
  EXPECT_TRUE(names.in_use(3));
  EXPECT_EQ(names.allocate(), 1u);
  EXPECT_EQ(names.allocate(), 2u);
  EXPECT_EQ(names.allocate(), 4u) << "the claimed number is skipped";
}

TEST(Naming, NodeNamesCarryControllerAndInstance) {
  EXPECT_EQ(nvme::block_device_node(0, 12), "/dev/nvme0n12");
  EXPECT_EQ(nvme::generic_device_node(3, 1), "/dev/ng3n1");
}

}  // namespace
}  // namespace driver_test
