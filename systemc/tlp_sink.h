// SPDX-License-Identifier: Apache-2.0
// Where a PCIe link delivers TLPs: the root complex upstream, the device bridge downstream.

#pragma once

#include "pcie_tlp.h"

namespace cosim {

// Called by PcieLink from its own method process at the TLP's arrival time. An implementation
// must not wait (it runs in an SC_METHOD): it acts at once or queues the TLP for a thread.
class TlpSink {
 public:
  virtual ~TlpSink() = default;
  virtual void receive_tlp(const pcie::Tlp& tlp) = 0;
};

}  // namespace cosim
