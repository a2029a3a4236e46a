// SPDX-License-Identifier: Apache-2.0
// SparseMemory: the fill byte, accesses across pages, byte enables, and pages only on write.

#include "sparse_memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace common {
namespace {

TEST(SparseMemory, UnwrittenBytesReadAsTheFillByteAndAllocateNothing) {
  SparseMemory zero;
  SparseMemory poisoned(0xA5);
  EXPECT_EQ(zero.read32(0x1234), 0u);
  EXPECT_EQ(poisoned.read32(0x1234), 0xA5A5'A5A5u);
  EXPECT_EQ(poisoned.read(0xFFFF'FFFF'FFFF'FFF0ull, 3), (std::vector<uint8_t>{0xA5, 0xA5, 0xA5}));
  EXPECT_EQ(zero.page_count(), 0u);
  EXPECT_EQ(poisoned.page_count(), 0u);
}

TEST(SparseMemory, AccessesStraddlePagesLittleEndian) {
  SparseMemory memory(0xEE);
  memory.write64(0x1FFC, 0x1122'3344'5566'7788ull);  // four bytes in each page
  EXPECT_EQ(memory.page_count(), 2u);
  EXPECT_EQ(memory.read32(0x1FFC), 0x5566'7788u);
  EXPECT_EQ(memory.read32(0x2000), 0x1122'3344u);
  EXPECT_EQ(memory.read8(0x1FFC), 0x88u) << "lowest address holds bits 7:0";
  // The rest of a newly allocated page holds the fill byte, as unwritten memory reads.
  EXPECT_EQ(memory.read8(0x1FFB), 0xEEu);
  EXPECT_EQ(memory.read8(0x2004), 0xEEu);
}

TEST(SparseMemory, Write32WritesOnlyEnabledBytes) {
  SparseMemory memory;
  memory.write32(0x100, 0xFFFF'FFFF);
  memory.write32(0x100, 0x1122'3344, 0b0101);
  EXPECT_EQ(memory.read32(0x100), 0xFF22'FF44u);
}

TEST(SparseMemory, DwsAndFillCoverWholeRanges) {
  SparseMemory memory;
  memory.write_dws(0xFF8, {1, 2, 3, 4});
  EXPECT_EQ(memory.read_dws(0xFF8, 4), (std::vector<uint32_t>{1, 2, 3, 4}));
  memory.fill(0xFFE, 4, 0x5A);
  EXPECT_EQ(memory.read_dws(0xFFC, 2), (std::vector<uint32_t>{0x5A5A'0002u, 0x0000'5A5Au}));
}

TEST(SparseMemory, PagePointersStayValidAndSeeTheHelpers) {
  SparseMemory memory;
  uint8_t* page = memory.page(0x5123);
  for (uint64_t a = 0; a < 64; ++a) memory.write8(0x10'0000 + a * SparseMemory::kPageSize, 1);
  page[0x123] = 0x42;  // through the pointer, after 64 more pages were allocated
  EXPECT_EQ(memory.read8(0x5123), 0x42u);
  EXPECT_EQ(memory.page(0x5FFF), page);
}

}  // namespace
}  // namespace common
