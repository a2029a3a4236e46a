// SPDX-License-Identifier: Apache-2.0
// pcie::next_completion_end: where each completion of a split read ends.

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "pcie_tlp.h"

namespace pcie {
namespace {

// The ends of every completion for a read of [first, end).
std::vector<uint64_t> split(uint64_t first, uint64_t end, uint64_t rcb, uint64_t max_payload) {
  std::vector<uint64_t> ends;
  for (uint64_t cursor = first; cursor < end;) {
    cursor = next_completion_end(cursor, end, rcb, max_payload);
    ends.push_back(cursor);
  }
  return ends;
}

TEST(CompletionSplit, AlignedReadSplitsAtMaxPayload) {
  EXPECT_EQ(split(0x1000, 0x1200, 64, 128),
            (std::vector<uint64_t>{0x1080, 0x1100, 0x1180, 0x1200}));
}

TEST(CompletionSplit, ReadThatFitsIsOneCompletion) {
  EXPECT_EQ(split(0x1004, 0x1044, 64, 128), (std::vector<uint64_t>{0x1044}));
}

TEST(CompletionSplit, UnalignedStartEndsOnRcbBoundaries) {
  // 0x103C + 128 = 0x10BC: the last 64-byte boundary that fits is 0x1080; from there, MPS-sized.
  EXPECT_EQ(split(0x103C, 0x1200, 64, 128),
            (std::vector<uint64_t>{0x1080, 0x1100, 0x1180, 0x1200}));
  // A 128-byte RCB and 256-byte payloads: 0x103C + 256 = 0x113C rounds down to 0x1100.
  EXPECT_EQ(split(0x103C, 0x1200, 128, 256), (std::vector<uint64_t>{0x1100, 0x1200}));
}

TEST(CompletionSplit, PayloadCountsFromTheStartingDw) {
  // Cursor 0x1002 starts in the DW at 0x1000: 0x1000 + 64 = 0x1040 fits exactly.
  EXPECT_EQ(next_completion_end(0x1002, 0x1100, 64, 64), 0x1040u);
}

TEST(CompletionSplit, NoBoundaryPastTheCursorFitsTakesTheNextOne) {
  // Max payload below the RCB: the completion still runs to the next RCB boundary.
  EXPECT_EQ(next_completion_end(0x1000, 0x1200, 128, 64), 0x1080u);
  EXPECT_EQ(next_completion_end(0x1180, 0x11A0, 128, 4), 0x11A0u) << "but never past the end";
}

}  // namespace
}  // namespace pcie
