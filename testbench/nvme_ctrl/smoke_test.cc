// SPDX-License-Identifier: Apache-2.0
// Smoke test: the whole-device bench builds, resets nvme_ctrl_top and reaches its endpoint.

#include <gtest/gtest.h>

#include "dev_harness.h"

namespace tb {
namespace {

// The endpoint inside nvme_ctrl_top answers a configuration read of Vendor/Device ID. This
// fails (completion timeout) for as long as the top's body does not wire u_pcie_ep to the
// streams; it passes once it does.
TEST(NvmeCtrlSmoke, EndpointAnswersConfigurationRead) {
  DevHarness h;
  const HostCompletion id = h.cfg_read(0x00);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id.data(), 0x9038'10EEu);  // Device ID 9038h, Vendor ID 10EEh
  EXPECT_TRUE(h.violations().empty());
}

}  // namespace
}  // namespace tb
