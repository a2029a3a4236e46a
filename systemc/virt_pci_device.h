// SPDX-License-Identifier: Apache-2.0
// The Verilated controller as a User-Mode Linux PCI device: a vhost-user back end speaking
// virt-pci, whose requests become TLPs through the root complex, and whose MSI-X messages go
// back to the guest. Simulated time is paced to wall time (docs/linux.md, "The device side").

#pragma once

#include <tlm_utils/simple_initiator_socket.h>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <systemc>
#include <tlm>

#include "msi_controller.h"
#include "vhost_user.h"
#include "virt_pci.h"

namespace cosim {

struct VirtPciOptions {
  std::string socket_path;
  uint16_t device_bdf = 0x0100;  // the RTL function below the root port; the guest sees 00:00.0
  // Simulated time never runs ahead of wall time (the guest's clock) by more than a step.
  bool pace = true;
  sc_core::sc_time step = sc_core::sc_time(20, sc_core::SC_US);
};

class VirtPciDevice : public sc_core::sc_module {
 public:
  struct Stats {
    uint64_t cfg_reads = 0;
    uint64_t cfg_writes = 0;
    uint64_t mmio_reads = 0;
    uint64_t mmio_writes = 0;      // memsets included
    uint64_t failed_accesses = 0;  // the root complex answered with an error (reads: all ones)
    uint64_t malformed = 0;        // requests handed back unanswered
    uint64_t msis = 0;             // delivered to the guest
    uint64_t msis_waited = 0;      // had to wait for a free irq buffer
    size_t most_msis_waiting = 0;
  };
  // One answered request, for the virt-pci log.
  struct LoggedRequest {
    sc_core::sc_time issued;
    sc_core::sc_time answered;
    vhost::PciOp op;
    uint8_t bar;
    uint64_t addr;
    uint32_t size;
    uint64_t value;  // the first 8 bytes read or written, little-endian
    bool ok;
  };

  tlm_utils::simple_initiator_socket<VirtPciDevice> cfg_socket;   // to the root complex
  tlm_utils::simple_initiator_socket<VirtPciDevice> mmio_socket;  // to the root complex

  // Listens on options.socket_path at once (throws std::runtime_error if it cannot).
  SC_HAS_PROCESS(VirtPciDevice);
  VirtPciDevice(sc_core::sc_module_name name, MsiController& msi, const VirtPciOptions& options);

  const vhost::GuestMemory& memory() const { return m_server.memory(); }
  // A front end connected at some point (it may have gone since).
  bool was_connected() const { return m_server.connected() || m_server.closed(); }
  // Why the front end went away (empty while connected or never connected).
  const std::string& error() const { return m_server.error(); }
  // Ends the service loop at its next step.
  void stop() { m_stopping = true; }
  const Stats& stats() const { return m_stats; }
  void set_request_observer(std::function<void(const LoggedRequest&)> observer) {
    m_observer = std::move(observer);
  }

 private:
  void service_thread();
  void request_thread();
  void on_kick(unsigned queue);
  void deliver_msis();
  void answer(vhost::PciRequest& request);
  bool config_access(bool write, uint64_t offset, uint8_t* data, unsigned size);
  bool memory_access(bool write, uint64_t address, uint8_t* data, unsigned size);
  bool transport(tlm_utils::simple_initiator_socket<VirtPciDevice>& socket, bool write,
                 uint64_t address, uint8_t* data, unsigned size);
  void refresh_bars();

  MsiController& m_msi;
  VirtPciOptions m_options;
  vhost::VhostUserServer m_server;
  bool m_stopping = false;
  std::deque<vhost::PciRequest> m_requests;  // in cmd-queue order
  sc_core::sc_event m_request_queued;
  std::deque<MsiController::Message> m_msi_backlog;  // waiting for an irq buffer
  std::array<uint64_t, 6> m_bar_base{};  // from the function's BAR registers, 0: unassigned
  Stats m_stats;
  std::function<void(const LoggedRequest&)> m_observer;
};

}  // namespace cosim
