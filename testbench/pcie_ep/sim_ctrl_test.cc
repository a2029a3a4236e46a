// SPDX-License-Identifier: Apache-2.0
// Simulation-control sideband: identification, seed, and completion dropping.

#include <gtest/gtest.h>

#include "ep_test_util.h"

namespace tb {
namespace {

TEST(SimCtrl, IdentifiesItselfAndHoldsTheSeed) {
  EpHarness h;
  EXPECT_EQ(h.sim_read(sim_control::kId), 0x4E56'4353u);  // "NVCS"
  EXPECT_EQ(h.sim_read(sim_control::kVersion), 1u);
  EXPECT_EQ(h.sim_read(sim_control::kCompletionTimeout), 64u);
  h.sim_write(sim_control::kSeed, 0xC0FFEE);
  EXPECT_EQ(h.sim_read(sim_control::kSeed), 0xC0FFEEu);
  EXPECT_EQ(h.dut().sim_seed_o, 0xC0FFEEu);
}

TEST(SimCtrl, DropCplSwallowsTheNextNonPostedCompletions) {
  EpHarness h;
  bring_up(h);
  h.reg(0x40) = 0x1234;
  h.sim_write(sim_control::kDropCompletions, 2);
  uint8_t first = h.alloc_tag();
  h.send(mem_rd(kHostId, first, kBar0Base + 0x40, 1));
  EXPECT_TRUE(h.expect_no_completion(first, 300));
  uint8_t second = h.alloc_tag();
  h.send(cfg_rd0(kHostId, second, h.options().device_bdf, kCfgId));
  EXPECT_TRUE(h.expect_no_completion(second, 300));
  EXPECT_EQ(h.sim_read(sim_control::kDropCompletions), 0u);

  // Posted writes are not counted and the third request is answered again.
  ASSERT_TRUE(h.mem_write(kBar0Base + 0x44, {0x9}));
  HostCompletion read = h.mem_read(kBar0Base + 0x40);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.data(), 0x1234u);
}

}  // namespace
}  // namespace tb
