// SPDX-License-Identifier: Apache-2.0
#include "virt_pci_device.h"

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace cosim {

namespace {

constexpr uint16_t kBarRegisters = 0x10;  // BAR0..BAR5: 10h-27h
constexpr uint16_t kBarRegistersEnd = 0x28;
// How long the device blocks on the guest's sockets before it asks the watchdog.
constexpr int kWatchdogPeriodMs = 100;
// How far the guest may run without asking while the simulation has nothing scheduled. Any
// bound is correct (a kick always brings the device in); a larger one saves round trips.
constexpr uint64_t kFreeRunNs = 1'000'000'000;

uint64_t ns_unit() { return sc_core::sc_time(1, sc_core::SC_NS).value(); }

sc_core::sc_time time_at_ns(uint64_t ns) { return sc_core::sc_time::from_value(ns * ns_unit()); }

}  // namespace

VirtPciDevice::VirtPciDevice(sc_core::sc_module_name name, MsiController& msi,
                             const VirtPciOptions& options)
    : sc_core::sc_module(name),
      cfg_socket("cfg_socket"),
      mmio_socket("mmio_socket"),
      m_msi(msi),
      m_options(options),
      m_server(options.socket_path) {
  m_server.set_kick_handler([this](unsigned queue) { on_kick(queue); });
  if (!options.clock_socket_path.empty()) {
    m_clock = std::make_unique<vhost::TimeTravelController>(
        options.clock_socket_path, [this] { return now_ns(); }, options.epoch_ns);
  }
  m_msi.add_callback([this](unsigned, const MsiController::Message& message) {
    m_msi_backlog.push_back(message);
    if (m_msi_backlog.size() > 1) ++m_stats.msis_waited;
    m_stats.most_msis_waiting = std::max(m_stats.most_msis_waiting, m_msi_backlog.size());
    deliver_msis();
  });
  if (m_clock) {
    SC_THREAD(clock_thread);
  } else {
    SC_THREAD(service_thread);
  }
  SC_THREAD(request_thread);
  SC_METHOD(deliver_msis);
  sensitive << m_irq_buffers_returned;
  dont_initialize();
}

VirtPciDevice::Stats VirtPciDevice::stats() const {
  Stats stats = m_stats;
  if (m_clock) {
    stats.guest_runs = m_clock->runs();
    stats.clock_messages = m_clock->messages();
  }
  return stats;
}

// Simulated time in whole nanoseconds, rounded up: the guest may not be told a time before one
// the simulation has reached.
uint64_t VirtPciDevice::now_ns() const {
  const uint64_t unit = ns_unit();
  return (sc_core::sc_time_stamp().value() + unit - 1) / unit;
}

void VirtPciDevice::serve_guest(std::function<bool()> keep_waiting) {
  m_keep_waiting = std::move(keep_waiting);
  m_guest_started.notify(sc_core::SC_ZERO_TIME);
}

void VirtPciDevice::give_up_guest() {
  if (m_gone) return;
  m_gone = true;
  m_guest_gone.notify(sc_core::SC_ZERO_TIME);
}

// Serves the socket, and keeps simulated time from running ahead of wall time: the guest's
// clock is the host's, so its timeouts and sleeps are wall time too. While ahead, it waits for
// the guest's next message instead of sleeping blind, so a kick is answered at once.
void VirtPciDevice::service_thread() {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point wall_start = Clock::now();
  const sc_core::sc_time sim_start = sc_core::sc_time_stamp();
  while (!m_stopping) {
    if (!m_server.service()) give_up_guest();  // the front end has gone
    if (m_options.pace) {
      const double sim_ns = (sc_core::sc_time_stamp() - sim_start).to_seconds() * 1e9;
      const double wall_ns =
          std::chrono::duration<double, std::nano>(Clock::now() - wall_start).count();
      if (sim_ns > wall_ns) {
        const long ahead = static_cast<long>(sim_ns - wall_ns);
        const timespec timeout{ahead / 1000000000, ahead % 1000000000};
        pollfd p{m_server.poll_fd(), POLLIN, 0};
        if (ppoll(&p, 1, &timeout, nullptr) > 0) continue;  // a message: serve it now
      }
    }
    wait(m_options.step);
  }
}

// The guest's clock is the simulation's: it runs only while the simulation stands still, and
// the simulation runs only while the guest waits, up to the time the guest asked for. Before
// the guest runs it is told how far it may go without asking: up to the simulation's next
// event. Kicks carry the guest's time; the device handles them at that time.
void VirtPciDevice::clock_thread() {
  sc_core::wait(m_guest_started);
  while (!m_stopping) {
    if (!serve_guest_until([this] { return m_clock->waiting(); }, true)) break;
    bool keep_waiting = true;
    while (now_ns() < m_clock->request() && !m_stopping && keep_waiting) {
      const uint64_t until = std::min(m_clock->request(), now_ns() + kFreeRunNs);
      sc_core::wait(time_at_ns(until) - sc_core::sc_time_stamp(), m_guest_request);
      keep_waiting = !m_keep_waiting || m_keep_waiting();
    }
    if (!keep_waiting || m_gone || !run_guest()) break;
  }
  give_up_guest();
}

bool VirtPciDevice::run_guest() {
  // All that happens at this instant happens before the guest goes on (an MSI, say).
  while (sc_core::sc_pending_activity_at_current_time()) sc_core::wait(sc_core::SC_ZERO_TIME);
  uint64_t free_until = now_ns() + kFreeRunNs;
  if (sc_core::sc_pending_activity()) {
    const uint64_t next_event =
        (sc_core::sc_time_stamp() + sc_core::sc_time_to_pending_activity()).value() / ns_unit();
    free_until = std::min(free_until, next_event);
  }
  auto acked = [this] { return !m_clock->awaiting_ack(); };
  // The guest forgets FREE_UNTIL whenever it waits: it is sent before every RUN.
  return m_clock->send_free_until(free_until) && serve_guest_until(acked, false) &&
         m_clock->send_run(now_ns()) && serve_guest_until(acked, false);
}

// Serves the guest's clock (and vhost-user socket, when `with_vhost`) until `done` holds.
// Blocks on the sockets; asks the watchdog whenever they stay quiet. False once the guest has
// gone or was given up.
bool VirtPciDevice::serve_guest_until(const std::function<bool()>& done, bool with_vhost) {
  for (;;) {
    if (!m_clock->service()) return false;
    if (with_vhost && !m_server.service()) return false;
    // UML connects its clock while it parses its command line, long before any device.
    if (m_server.connected() && !m_clock->started()) {
      m_clock_error =
          "the guest's devices came up without its clock: the kernel lacks time travel "
          "(CONFIG_UML_TIME_TRAVEL_SUPPORT)";
      return false;
    }
    if (m_server.replies_due() > 0 && !m_server.read_replies()) return false;
    if (done()) return true;
    if (m_stopping) return false;
    pollfd fds[3];
    nfds_t count = 0;
    fds[count++] = {m_clock->poll_fd(), POLLIN, 0};
    if (with_vhost) fds[count++] = {m_server.poll_fd(), POLLIN, 0};
    if (m_server.replies_due() > 0) fds[count++] = {m_server.notification_fd(), POLLIN, 0};
    if (poll(fds, count, kWatchdogPeriodMs) == 0 && m_keep_waiting && !m_keep_waiting()) {
      return false;
    }
  }
}

void VirtPciDevice::on_kick(unsigned queue) {
  // The guest's time of the kick; under the host's clock, now.
  const sc_core::sc_time at =
      m_clock ? time_at_ns(m_clock->guest_time()) : sc_core::sc_time_stamp();
  const sc_core::sc_time delay = at - sc_core::sc_time_stamp();
  bool work = false;
  if (queue == vhost::kIrqQueue) {  // the guest gave irq buffers back
    work = !m_msi_backlog.empty();
    if (work) m_irq_buffers_returned.notify(delay);
  } else {
    vhost::Virtqueue& cmd = m_server.queue(vhost::kCmdQueue);
    while (std::optional<vhost::Chain> chain = cmd.pop(m_server.memory())) {
      vhost::PciRequest request;
      std::string why;
      if (!vhost::decode_request(*chain, &request, &why)) {
        ++m_stats.malformed;
        SC_REPORT_WARNING("/nvme-cosim/virt-pci", why.c_str());
        cmd.push(m_server.memory(), chain->head, 0);  // every buffer goes back
        continue;
      }
      m_requests.push_back({std::move(request), at});
      work = true;
    }
    if (work) m_request_queued.notify(delay);
  }
  // The guest must stop for the device at the time of the kick: its next step of time asks.
  if (work && m_clock && m_clock->free_until() > m_clock->guest_time()) {
    if (!m_clock->send_free_until(m_clock->guest_time()) ||
        !serve_guest_until([this] { return !m_clock->awaiting_ack(); }, false)) {
      give_up_guest();
    }
  }
}

// Each MSI-X message goes into a free irq buffer; with none free (the guest posts ten and
// recycles each after handling it) it waits for the guest's next irq-queue kick.
void VirtPciDevice::deliver_msis() {
  if (!m_server.ready()) return;
  vhost::Virtqueue& irq = m_server.queue(vhost::kIrqQueue);
  bool delivered = false;
  while (!m_msi_backlog.empty()) {
    std::optional<vhost::Chain> chain = irq.pop(m_server.memory());
    if (!chain) break;
    const vhost::Buffer* buffer = chain->writable();
    const MsiController::Message& message = m_msi_backlog.front();
    const uint32_t written =
        buffer ? vhost::encode_msi(buffer->data, buffer->size, message.address, message.data) : 0;
    irq.push(m_server.memory(), chain->head, written);
    if (written == 0) continue;  // an unusable buffer: returned, the message stays
    m_msi_backlog.pop_front();
    ++m_stats.msis;
    delivered = true;
  }
  if (delivered) notify_guest(vhost::kIrqQueue);
}

// Under the simulation's clock the guest waits while the device runs; it takes the
// notification in its wait loop, asking the clock for the time and to run now, then replies.
// No clock message is ever unacknowledged here (run_guest() waits for each ACK).
bool VirtPciDevice::notify_guest(unsigned queue) {
  if (!m_clock) return m_server.notify(queue);
  if (m_gone) return false;
  const bool ok = m_server.notify(queue, true) &&
                  serve_guest_until([this] { return m_server.replies_due() == 0; }, false);
  if (!ok) give_up_guest();
  m_guest_request.notify(sc_core::SC_ZERO_TIME);
  return ok;
}

void VirtPciDevice::request_thread() {
  for (;;) {
    while (m_requests.empty()) wait(m_request_queued);
    TimedRequest next = std::move(m_requests.front());
    m_requests.pop_front();
    if (next.at > sc_core::sc_time_stamp()) wait(next.at - sc_core::sc_time_stamp());
    answer(next.request);
    // Posted writes wait in the ring for the guest to free them; tell it once the queue drains.
    if (m_requests.empty() && m_server.ready()) notify_guest(vhost::kCmdQueue);
  }
}

void VirtPciDevice::answer(vhost::PciRequest& r) {
  using vhost::PciOp;
  const sc_core::sc_time issued = sc_core::sc_time_stamp();
  std::vector<uint8_t> bytes;
  bool ok = true;
  switch (r.op) {
    case PciOp::kCfgRead:
      ++m_stats.cfg_reads;
      bytes.assign(r.size, 0xFF);
      ok = config_access(false, r.addr, bytes.data(), r.size);
      break;
    case PciOp::kCfgWrite:
      ++m_stats.cfg_writes;
      bytes = r.data;
      ok = config_access(true, r.addr, bytes.data(), r.size);
      // BAR sizing and assignment: keep the addresses the function now decodes.
      if (r.addr < kBarRegistersEnd && r.addr + r.size > kBarRegisters) refresh_bars();
      break;
    case PciOp::kMmioRead:
    case PciOp::kMmioWrite:
    case PciOp::kMmioMemset: {
      const bool write = r.op != PciOp::kMmioRead;
      ++(write ? m_stats.mmio_writes : m_stats.mmio_reads);
      if (r.op == PciOp::kMmioMemset) {
        bytes.assign(r.size, r.data.at(0));
      } else if (write) {
        bytes = r.data;
      } else {
        bytes.assign(r.size, 0xFF);
      }
      if (r.bar >= m_bar_base.size() || m_bar_base[r.bar] == 0) {
        ok = false;  // no such BAR, or not assigned: nothing on the bus answers
      } else {
        ok = memory_access(write, m_bar_base[r.bar] + r.addr, bytes.data(), r.size);
      }
      break;
    }
    default:
      ok = false;
      break;
  }
  if (!ok) {
    ++m_stats.failed_accesses;
    if (r.is_read()) std::fill(bytes.begin(), bytes.end(), 0xFF);  // as a root port answers
  }
  uint32_t written = 0;
  if (r.is_read()) {
    written = std::min<uint32_t>(r.size, r.reply_size);
    std::memcpy(r.reply, bytes.data(), written);
  }
  if (m_server.ready()) m_server.queue(vhost::kCmdQueue).push(m_server.memory(), r.head, written);
  if (m_observer) {
    uint64_t value = 0;
    std::memcpy(&value, bytes.data(), std::min<size_t>(bytes.size(), 8));
    m_observer({issued, sc_core::sc_time_stamp(), r.op, r.bar, r.addr, r.size, value, ok});
  }
}

// Configuration accesses as the root complex takes them: 1-4 bytes inside one DW.
bool VirtPciDevice::config_access(bool write, uint64_t offset, uint8_t* data, unsigned size) {
  if (offset >= 4096 || size > 4096 - offset) return false;
  bool ok = true;
  for (unsigned done = 0; done < size;) {
    const uint64_t at = offset + done;
    const unsigned piece = std::min<unsigned>(size - done, 4 - static_cast<unsigned>(at % 4));
    ok = transport(cfg_socket, write, uint64_t{m_options.device_bdf} << 12 | at, data + done,
                   piece) &&
         ok;
    done += piece;
  }
  return ok;
}

// Memory accesses in pieces the root complex turns into one TLP each: at most 8 bytes, inside
// one aligned QW (so never across 4 KiB).
bool VirtPciDevice::memory_access(bool write, uint64_t address, uint8_t* data, unsigned size) {
  bool ok = true;
  for (unsigned done = 0; done < size;) {
    const uint64_t at = address + done;
    const unsigned piece = std::min<unsigned>(size - done, 8 - static_cast<unsigned>(at % 8));
    ok = transport(mmio_socket, write, at, data + done, piece) && ok;
    done += piece;
  }
  return ok;
}

bool VirtPciDevice::transport(tlm_utils::simple_initiator_socket<VirtPciDevice>& socket, bool write,
                              uint64_t address, uint8_t* data, unsigned size) {
  tlm::tlm_generic_payload payload;
  payload.set_command(write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
  payload.set_address(address);
  payload.set_data_ptr(data);
  payload.set_data_length(size);
  payload.set_streaming_width(size);
  payload.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
  sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
  socket->b_transport(payload, delay);
  if (delay > sc_core::SC_ZERO_TIME) wait(delay);
  return payload.is_response_ok();
}

// Reads the six BAR registers back from the function (they hold what it decodes: the size
// mask while the guest sizes a BAR, the address once assigned).
void VirtPciDevice::refresh_bars() {
  std::array<uint32_t, 6> regs{};
  for (unsigned i = 0; i < regs.size(); ++i) {
    uint8_t bytes[4];
    if (!config_access(false, kBarRegisters + 4 * i, bytes, 4)) return;
    std::memcpy(&regs[i], bytes, 4);
  }
  m_bar_base.fill(0);
  for (unsigned i = 0; i < regs.size(); ++i) {
    const uint32_t low = regs[i];
    if (low & 1) continue;  // I/O space: the guest has no I/O window
    const bool is64 = ((low >> 1) & 3) == 2;
    uint64_t base = low & ~0xFu;
    if (is64 && i + 1 < regs.size()) base |= uint64_t{regs[i + 1]} << 32;
    m_bar_base[i] = base;  // mid-sizing this is the size mask; nobody accesses it then
    if (is64) ++i;
  }
}

}  // namespace cosim
