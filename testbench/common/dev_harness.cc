// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated nvme_ctrl_top: the whole device, seen only through its PCIe ports.

#include "dev_harness.h"

namespace tb {

DevHarness::DevHarness(const DevHarnessOptions& options) : PcieBench(options, "nvme_ctrl_top") {
  reset();
}

}  // namespace tb
