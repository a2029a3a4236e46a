// SPDX-License-Identifier: Apache-2.0
// The whole co-simulation: host memory, MSI controller, root complex, link, the bridge with the
// Verilated controller, and the platform the driver runs on. Instantiates and binds only.

#pragma once

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "rtl_bridge.h"

#include <systemc>

#include "cosim_platform.h"
#include "host_memory.h"
#include "msi_controller.h"
#include "pcie_link.h"
#include "root_complex.h"

namespace cosim {

struct CosimOptions {
  RtlBridgeOptions bridge;
  PlatformOptions platform;
  sc_core::sc_time link_latency = sc_core::sc_time(300, sc_core::SC_NS);  // per direction
  double link_bandwidth_bytes_per_ns = PcieLink::kGen3x4BytesPerNs;
  sc_core::sc_time completion_timeout = sc_core::sc_time(50, sc_core::SC_MS);
};

class CosimSystem : public sc_core::sc_module {
 public:
  CosimSystem(sc_core::sc_module_name name, const CosimOptions& options)
      : sc_core::sc_module(name),
        memory("memory"),
        msi("msi"),
        link("link", options.link_latency, options.link_bandwidth_bytes_per_ns),
        root_complex("root_complex", link, msi, options.completion_timeout),
        bridge("bridge", link, options.bridge),
        platform("platform", memory, msi, options.platform, &bridge) {
    link.bind_downstream(bridge);
    link.bind_upstream(root_complex);
    root_complex.dma_socket.bind(memory.mem_socket);
    platform.cfg_socket.bind(root_complex.cfg_socket);
    platform.mmio_socket.bind(root_complex.mmio_socket);
  }

  HostMemory memory;
  MsiController msi;
  PcieLink link;
  RootComplex root_complex;
  RtlBridge bridge;
  CosimPlatform platform;
};

}  // namespace cosim
