// SPDX-License-Identifier: Apache-2.0
// The Verilated controller as a User-Mode Linux PCI device: a vhost-user back end speaking
// virt-pci, whose requests become TLPs through the root complex, and whose MSI-X messages go
// back to the guest. The guest's clock is either the simulation's (UML's external time travel:
// one time base) or the host's, with simulated time paced to wall time (docs/linux.md).

#pragma once

#include <tlm_utils/simple_initiator_socket.h>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <systemc>
#include <tlm>

#include "msi_controller.h"
#include "time_travel.h"
#include "vhost_user.h"
#include "virt_pci.h"

namespace cosim {

struct VirtPciOptions {
  std::string socket_path;
  uint16_t device_bdf = 0x0100;  // the RTL function below the root port; the guest sees 00:00.0
  // Non-empty: the guest's clock (`time-travel=ext:` this path). Its time is simulated time,
  // and its time of day `epoch_ns` plus simulated time.
  std::string clock_socket_path;
  uint64_t epoch_ns = 0;
  // Without a clock socket the guest's clock is the host's: simulated time never runs ahead of
  // wall time by more than a step.
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
    uint64_t guest_runs = 0;      // times the clock let the waiting guest run
    uint64_t clock_messages = 0;  // time-travel messages handled
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
  // Under the simulation's clock: the guest has been started, serve it. `keep_waiting` is
  // asked while the device waits for the guest (every 100 ms of wall time at most); false
  // gives the guest up, as if it had gone.
  void serve_guest(std::function<bool()> keep_waiting);
  // Notified once the guest has gone (its clock or vhost-user socket closed) or was given up.
  const sc_core::sc_event& guest_gone() const { return m_guest_gone; }
  // Why the guest's clock failed (empty if it did not).
  std::string clock_error() const {
    return !m_clock_error.empty() ? m_clock_error : m_clock ? m_clock->error() : std::string();
  }
  Stats stats() const;
  void set_request_observer(std::function<void(const LoggedRequest&)> observer) {
    m_observer = std::move(observer);
  }

 private:
  void service_thread();
  void clock_thread();
  void request_thread();
  void on_kick(unsigned queue);
  void deliver_msis();
  bool notify_guest(unsigned queue);
  bool serve_guest_until(const std::function<bool()>& done, bool with_vhost);
  bool run_guest();
  void give_up_guest();
  uint64_t now_ns() const;
  void answer(vhost::PciRequest& request);
  bool config_access(bool write, uint64_t offset, uint8_t* data, unsigned size);
  bool memory_access(bool write, uint64_t address, uint8_t* data, unsigned size);
  bool transport(tlm_utils::simple_initiator_socket<VirtPciDevice>& socket, bool write,
                 uint64_t address, uint8_t* data, unsigned size);
  void refresh_bars();

  MsiController& m_msi;
  VirtPciOptions m_options;
  vhost::VhostUserServer m_server;
  std::unique_ptr<vhost::TimeTravelController> m_clock;  // null: the host's clock
  std::function<bool()> m_keep_waiting;
  std::string m_clock_error;  // the guest could not be run on the simulation's clock
  bool m_stopping = false;
  bool m_gone = false;
  sc_core::sc_event m_guest_started;
  sc_core::sc_event m_guest_gone;
  sc_core::sc_event m_guest_request;  // the waiting guest asked for an earlier time
  struct TimedRequest {
    vhost::PciRequest request;
    sc_core::sc_time at;  // the guest's time when it kicked
  };
  std::deque<TimedRequest> m_requests;  // in cmd-queue order
  sc_core::sc_event m_request_queued;
  sc_core::sc_event m_irq_buffers_returned;
  std::deque<MsiController::Message> m_msi_backlog;  // waiting for an irq buffer
  std::array<uint64_t, 6> m_bar_base{};  // from the function's BAR registers, 0: unassigned
  Stats m_stats;
  std::function<void(const LoggedRequest&)> m_observer;
};

}  // namespace cosim
