// SPDX-License-Identifier: Apache-2.0
// Smoke test: the bench builds, resets the endpoint and clocks it.

#include <gtest/gtest.h>

#include "ep_harness.h"

namespace tb {
namespace {

// Out of reset and with no traffic, the endpoint has nothing to say: the TX stream stays idle.
TEST(PcieEpSmoke, TxStaysIdleWithoutTraffic) {
  EpHarness ep;
  uint64_t tx_valid_cycles = 0;
  ep.add_monitor([&](uint64_t) { tx_valid_cycles += ep.dut().tx_tlp_valid_o; });

  ep.idle(10);

  EXPECT_EQ(tx_valid_cycles, 0u);
  EXPECT_TRUE(ep.tx_log().empty());
  EXPECT_TRUE(ep.violations().empty());
}

}  // namespace
}  // namespace tb
