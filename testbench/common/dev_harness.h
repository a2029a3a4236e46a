// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated nvme_ctrl_top: the whole device, seen only through its PCIe ports.

#pragma once

#include "Vnvme_ctrl_top.h"
#include "pcie_bench.h"

namespace tb {

using DevHarnessOptions = PcieBenchOptions;  // the endpoint-side model options are ignored

// The device has only the streams and the sim-control port, so the host side is all there is.
// NVMe-level helpers live in NvmeHost (nvme_host.h).
class DevHarness : public PcieBench<Vnvme_ctrl_top> {
 public:
  explicit DevHarness(const DevHarnessOptions& options = DevHarnessOptions());
};

}  // namespace tb
