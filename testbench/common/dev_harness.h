// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated nvme_ctrl_top: the whole device, seen through its PCIe ports, with
// its media port served by the media model (common/media_port.h).

#pragma once

#include <string>

#include "Vnvme_ctrl_top.h"
#include "media_port.h"
#include "media_store.h"
#include "pcie_bench.h"

namespace tb {

// The endpoint-side model options of PcieBenchOptions are ignored; the media has its own.
struct DevHarnessOptions : PcieBenchOptions {
  common::MediaTiming media;
  bool volatile_write_cache = true;  // the store keeps unflushed writes apart (MediaStore)
};

// NVMe-level helpers live in NvmeHost (nvme_host.h). A media protocol violation by the device
// fails the running test.
class DevHarness : public PcieBench<Vnvme_ctrl_top> {
 public:
  explicit DevHarness(const DevHarnessOptions& options = DevHarnessOptions());
  ~DevHarness() override;

  common::MediaStore& media() { return media_store_; }
  common::MediaPort& media_port() { return media_port_; }

 protected:
  void drive_device_inputs() override;
  void sample_device() override;
  void drop_device_in_flight() override;

 private:
  common::MediaStore media_store_;
  common::MediaPort media_port_;
  std::string reported_violation_;
};

}  // namespace tb
