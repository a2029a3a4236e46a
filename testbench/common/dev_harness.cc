// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated nvme_ctrl_top: the whole device, seen through its PCIe ports.

#include "dev_harness.h"

#include "media_port_verilated.h"

namespace tb {

DevHarness::DevHarness(const DevHarnessOptions& options)
    : PcieBench(options, "nvme_ctrl_top"),
      media_store_(options.volatile_write_cache),
      media_port_(media_store_, common::media_word_dw<Vnvme_ctrl_top>(), options.media) {
  reset();
}

DevHarness::~DevHarness() = default;

void DevHarness::drive_device_inputs() {
  common::drive_media(dut(), in_reset() ? common::MediaPortOut{} : media_port_.outputs(cycle()));
}

void DevHarness::sample_device() {
  media_port_.edge(cycle(), common::sample_media(dut()));
  if (!media_port_.violation().empty() && reported_violation_.empty()) {
    reported_violation_ = media_port_.violation();
    ADD_FAILURE() << "media port protocol violation: " << reported_violation_;
  }
}

void DevHarness::drop_device_in_flight() { media_port_.reset(); }

}  // namespace tb
