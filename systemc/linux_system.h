// SPDX-License-Identifier: Apache-2.0
// The co-simulation with a User-Mode Linux guest as the host: the guest's RAM, an MSI window at
// virt-pci's interrupt address, root complex, link and the bridge with the Verilated controller,
// and the virt-pci device the guest's PCI traffic enters through. Instantiates and binds only.

#pragma once

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "rtl_bridge.h"

#include <systemc>

#include "guest_ram.h"
#include "msi_controller.h"
#include "pcie_link.h"
#include "root_complex.h"
#include "virt_pci_device.h"

namespace cosim {

struct LinuxSystemOptions {
  RtlBridgeOptions bridge;
  VirtPciOptions device;
  sc_core::sc_time link_latency = sc_core::sc_time(300, sc_core::SC_NS);
  double link_bandwidth_bytes_per_ns = PcieLink::kGen3x4BytesPerNs;
};

class LinuxSystem : public sc_core::sc_module {
 public:
  // virt-pci programs every MSI-X vector with this address and data = the guest's IRQ number
  // (arch/um/drivers/virt-pci.c); the window takes the DW the function writes there.
  static constexpr uint64_t kMsiAddress = 0xA0000;
  static constexpr unsigned kGuestIrqs = 256;  // UML's NR_IRQS is 128

  LinuxSystem(sc_core::sc_module_name name, const LinuxSystemOptions& options)
      : sc_core::sc_module(name),
        msi("msi", kGuestIrqs, kMsiAddress, 4),
        link("link", options.link_latency, options.link_bandwidth_bytes_per_ns),
        root_complex("root_complex", link, msi),
        bridge("bridge", link, options.bridge),
        device("device", msi, options.device),
        memory("memory", device.memory()) {
    link.bind_downstream(bridge);
    link.bind_upstream(root_complex);
    root_complex.dma_socket.bind(memory.mem_socket);
    device.cfg_socket.bind(root_complex.cfg_socket);
    device.mmio_socket.bind(root_complex.mmio_socket);
  }

  MsiController msi;
  PcieLink link;
  RootComplex root_complex;
  RtlBridge bridge;
  VirtPciDevice device;
  GuestRam memory;
};

}  // namespace cosim
