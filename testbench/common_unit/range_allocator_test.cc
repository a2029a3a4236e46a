// SPDX-License-Identifier: Apache-2.0
// RangeAllocator: first fit, alignment, the boundary no range crosses, and what it refuses.

#include "range_allocator.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

using common::RangeAllocator;

TEST(RangeAllocator, FirstFitReusesFreedHolesAndHonoursAlignment) {
  RangeAllocator ranges(0x10000, 0x10000);
  EXPECT_EQ(ranges.allocate(0x1000, 0x1000), 0x10000u);
  EXPECT_EQ(ranges.allocate(0x10, 0x40), 0x11000u);
  EXPECT_EQ(ranges.allocate(0x1000, 0x1000), 0x12000u);
  EXPECT_TRUE(ranges.free(0x10000));
  // The hole at the base fits a smaller range; a larger one goes after the last.
  EXPECT_EQ(ranges.allocate(0x800, 0x100), 0x10000u);
  EXPECT_EQ(ranges.allocate(0x2000, 0x1000), 0x13000u);
  EXPECT_EQ(ranges.allocated(), 4u);
}

TEST(RangeAllocator, RefusesWhatDoesNotFit) {
  RangeAllocator ranges(0x1000, 0x2000);
  EXPECT_FALSE(ranges.allocate(0, 8));
  EXPECT_FALSE(ranges.allocate(0x2001, 8));
  EXPECT_EQ(ranges.allocate(0x2000, 8), 0x1000u);
  EXPECT_FALSE(ranges.allocate(1, 1));
  EXPECT_THROW(ranges.allocate(8, 3), std::invalid_argument);
  EXPECT_FALSE(ranges.free(0x1001));
  EXPECT_TRUE(ranges.free(0x1000));
  EXPECT_FALSE(ranges.free(0x1000));
}

TEST(RangeAllocator, NoRangeCrossesTheBoundary) {
  RangeAllocator ranges(0, 0x8000, 0x2000);
  EXPECT_EQ(ranges.allocate(0x1800, 0x100), 0x0u);
  // 0x1800 + 0x1000 would cross 0x2000: the range starts at the boundary instead.
  EXPECT_EQ(ranges.allocate(0x1000, 0x100), 0x2000u);
  EXPECT_EQ(ranges.allocate(0x800, 0x100), 0x1800u);  // the hole before the boundary
  EXPECT_FALSE(ranges.allocate(0x2001, 1));           // larger than one piece
  EXPECT_EQ(ranges.allocate(0x2000, 0x1000), 0x4000u);
  EXPECT_THROW(RangeAllocator(0, 0x1000, 0x300), std::invalid_argument);
}

TEST(RangeAllocator, OwnerFindsTheRangeHoldingAnAccess) {
  RangeAllocator ranges(0x1000, 0x4000);
  const uint64_t a = *ranges.allocate(0x1000, 0x1000);
  const uint64_t b = *ranges.allocate(0x100, 0x1000);
  EXPECT_EQ(ranges.owner(a + 0xFF0, 0x10), a);
  EXPECT_FALSE(ranges.owner(a + 0xFF0, 0x11));  // runs past its end
  EXPECT_EQ(ranges.owner(b, 0x100), b);
  EXPECT_FALSE(ranges.owner(b + 0x100, 1));  // freed space after it
  EXPECT_FALSE(ranges.owner(0, 1));
}

}  // namespace
