// SPDX-License-Identifier: Apache-2.0
// PCIe root complex: CPU config/memory accesses become TLPs; device DMA TLPs reach host memory.

#include "root_complex.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace cosim {

namespace {

constexpr uint64_t k4KiB = 4096;

// The DWs a memory request covers and its first and last DW byte enables.
struct DwSpan {
  uint64_t first_dw;
  unsigned dws;
  uint8_t first_be;
  uint8_t last_be;
};

// Whether byte i of the transaction is enabled (TLM byte-enable array, repeating, if any).
bool byte_enabled(const tlm::tlm_generic_payload& trans, unsigned i) {
  const uint8_t* be = trans.get_byte_enable_ptr();
  const unsigned be_len = trans.get_byte_enable_length();
  return !be || !be_len || be[i % be_len] == TLM_BYTE_ENABLED;
}

// The DWs and byte enables of an access to bytes [addr, addr + len), 1 <= len <= 8, with the
// transaction's byte enables applied. False if a TLP cannot carry that pattern: a multi-DW
// request needs a first and a last byte enabled in its end DWs and all bytes of a middle DW.
bool dw_span(const tlm::tlm_generic_payload& trans, uint64_t addr, unsigned len, DwSpan* span) {
  span->first_dw = addr & ~uint64_t{3};
  span->dws = static_cast<unsigned>((addr + len - span->first_dw + 3) / 4);
  uint8_t dw_be[3] = {0, 0, 0};
  const unsigned skip = static_cast<unsigned>(addr - span->first_dw);
  for (unsigned i = 0; i < len; ++i) {
    if (byte_enabled(trans, i)) {
      dw_be[(skip + i) / 4] |= static_cast<uint8_t>(1u << ((skip + i) % 4));
    }
  }
  span->first_be = dw_be[0];
  span->last_be = span->dws > 1 ? dw_be[span->dws - 1] : 0;
  if (span->dws == 1) return true;
  return span->first_be && span->last_be && (span->dws < 3 || dw_be[1] == 0xF);
}

// The common start of the CPU-side b_transports: the initiator's delay is spent here, as the
// request goes out; an ignore command is answered at once. False: nothing more to do.
bool begin_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  if (delay != sc_core::SC_ZERO_TIME) sc_core::wait(delay);
  delay = sc_core::SC_ZERO_TIME;
  if (trans.get_command() == tlm::TLM_IGNORE_COMMAND) {
    trans.set_response_status(tlm::TLM_OK_RESPONSE);
    return false;
  }
  return true;
}

void reject(tlm::tlm_generic_payload& trans, tlm::tlm_response_status status) {
  trans.set_response_status(status);
}

}  // namespace

RootComplex::RootComplex(sc_core::sc_module_name name, PcieLink& link, MsiController& msi,
                         sc_core::sc_time completion_timeout)
    : sc_core::sc_module(name),
      cfg_socket("cfg_socket"),
      mmio_socket("mmio_socket"),
      dma_socket("dma_socket"),
      m_link(link),
      m_msi(msi),
      m_completion_timeout(completion_timeout),
      m_tag_freed("tag_freed"),
      m_device_request_queued("device_request_queued"),
      m_completion_queued("completion_queued") {
  cfg_socket.register_b_transport(this, &RootComplex::cfg_b_transport);
  mmio_socket.register_b_transport(this, &RootComplex::mmio_b_transport);
  dma_socket.register_invalidate_direct_mem_ptr(this, &RootComplex::invalidate_direct_mem_ptr);
  m_link.bind_upstream(*this);
  SC_THREAD(device_request_thread);
  SC_THREAD(completion_thread);
}

void RootComplex::set_read_completion_boundary(unsigned bytes) {
  if (bytes != 64 && bytes != 128) {
    SC_REPORT_ERROR(name(), "read completion boundary must be 64 or 128 bytes");
    return;
  }
  m_rcb_bytes = bytes;
}

void RootComplex::set_device_max_payload(unsigned bytes) {
  if (bytes < 128 || bytes > 4096 || (bytes & (bytes - 1))) {
    SC_REPORT_ERROR(name(), "max payload size must be a power of two from 128 to 4096 bytes");
    return;
  }
  m_mps_override = bytes;
}

unsigned RootComplex::device_max_payload() const {
  return m_mps_override ? *m_mps_override : m_snooped_mps;
}

unsigned RootComplex::tags_in_use() const {
  return static_cast<unsigned>(
      std::count_if(m_tags.begin(), m_tags.end(), [](const Outstanding& t) { return t.busy; }));
}

void RootComplex::log(LinkDirection direction, const pcie::Tlp& tlp) {
  if (m_observers.empty()) return;
  const LoggedTlp entry{sc_core::sc_time_stamp(), direction, tlp};
  for (const auto& observer : m_observers) observer(entry);
}

std::string RootComplex::log_line(const LoggedTlp& entry) {
  char time[32];
  std::snprintf(time, sizeof time, "%14.3f ns", entry.time.to_seconds() * 1e9);
  return std::string(time) + " " + (entry.direction == LinkDirection::kUpstream ? "up  " : "down") +
         " " + pcie::describe(entry.tlp);
}

void RootComplex::send_downstream(const pcie::Tlp& tlp) {
  log(LinkDirection::kDownstream, tlp);
  m_link.send_downstream(tlp);
}

// ---- CPU side ------------------------------------------------------------------------------

unsigned RootComplex::allocate_tag() {
  for (;;) {
    for (unsigned i = 0; i < kNumTags; ++i) {
      const unsigned tag = (m_next_tag + i) % kNumTags;
      Outstanding& slot = m_tags[tag];
      if (slot.busy) continue;
      m_next_tag = (tag + 1) % kNumTags;
      slot.busy = true;
      slot.done = false;
      slot.error = false;
      slot.data.fill(0);
      return tag;
    }
    wait(m_tag_freed);
  }
}

RootComplex::Result RootComplex::await_completion(unsigned tag) {
  Outstanding& slot = m_tags[tag];
  const sc_core::sc_time deadline = sc_core::sc_time_stamp() + m_completion_timeout;
  while (!slot.done && sc_core::sc_time_stamp() < deadline) {
    wait(deadline - sc_core::sc_time_stamp(), slot.completed);
  }
  Result result;
  if (slot.done) {
    result.ok = !slot.error;
    result.data = slot.data;
  } else {
    m_stats.completion_timeouts++;
  }
  slot.busy = false;
  slot.completed.cancel();
  m_tag_freed.notify(sc_core::SC_ZERO_TIME);
  return result;
}

void RootComplex::cfg_b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  if (!begin_transport(trans, delay)) return;
  const uint64_t addr = trans.get_address();
  const unsigned len = trans.get_data_length();
  const unsigned offset = addr & 3;
  if (addr >= (uint64_t{1} << 28)) return reject(trans, tlm::TLM_ADDRESS_ERROR_RESPONSE);
  if (len == 0 || offset + len > 4 || trans.get_streaming_width() < len) {
    return reject(trans, tlm::TLM_BURST_ERROR_RESPONSE);
  }

  const auto bdf = static_cast<uint16_t>(addr >> 12);
  const auto reg = static_cast<uint16_t>(addr & 0xFFC);
  uint8_t be = 0;  // any pattern, even none, is legal on a configuration request
  for (unsigned i = 0; i < len; ++i) {
    if (byte_enabled(trans, i)) be |= static_cast<uint8_t>(1u << (offset + i));
  }
  uint8_t* data = trans.get_data_ptr();
  const bool is_read = trans.is_read();
  uint32_t wdata = 0;
  for (unsigned i = 0; !is_read && i < len; ++i) wdata |= uint32_t{data[i]} << (8 * (offset + i));

  const unsigned tag = allocate_tag();
  const auto tlp_tag = static_cast<uint8_t>(tag);
  m_tags[tag].kind = is_read ? RequestKind::kCfgRead : RequestKind::kCfgWrite;
  if (is_read) {
    m_stats.cfg_reads++;
    send_downstream(pcie::cfg_rd0(kRootPortId, tlp_tag, bdf, reg, be));
  } else {
    m_stats.cfg_writes++;
    send_downstream(pcie::cfg_wr0(kRootPortId, tlp_tag, bdf, reg, wdata, be));
  }
  const Result result = await_completion(tag);

  if (is_read) {
    for (unsigned i = 0; i < len; ++i) {
      if (byte_enabled(trans, i)) data[i] = result.ok ? result.data[offset + i] : 0xFF;
    }
  } else if (result.ok && reg == kDeviceControlOffset && (be & 1)) {
    const unsigned mps_field = (wdata >> 5) & 7;  // Device Control bits 7:5
    if (mps_field <= 5) m_snooped_mps = 128u << mps_field;
  }
  trans.set_response_status(result.ok ? tlm::TLM_OK_RESPONSE : tlm::TLM_GENERIC_ERROR_RESPONSE);
}

void RootComplex::mmio_b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  if (!begin_transport(trans, delay)) return;
  const uint64_t addr = trans.get_address();
  const unsigned len = trans.get_data_length();
  if (len == 0 || len > 8 || trans.get_streaming_width() < len || (addr % k4KiB) + len > k4KiB ||
      addr + len < addr) {
    return reject(trans, tlm::TLM_BURST_ERROR_RESPONSE);
  }
  DwSpan span;
  if (!dw_span(trans, addr, len, &span)) {
    return reject(trans, tlm::TLM_BYTE_ENABLE_ERROR_RESPONSE);
  }
  const unsigned skip = static_cast<unsigned>(addr - span.first_dw);  // bytes before addr
  uint8_t* data = trans.get_data_ptr();

  if (trans.is_write()) {
    std::vector<uint32_t> payload(span.dws, 0);
    for (unsigned i = 0; i < len; ++i) {
      payload[(skip + i) / 4] |= uint32_t{data[i]} << (8 * ((skip + i) % 4));
    }
    m_stats.mem_writes++;
    send_downstream(pcie::mem_wr(kRootPortId, span.first_dw, payload, span.first_be, span.last_be));
    trans.set_response_status(tlm::TLM_OK_RESPONSE);
    return;
  }

  // The completions carry the bytes from the first to the last enabled one (PCIe Byte Count).
  const pcie::Tlp request =
      pcie::mem_rd(kRootPortId, 0, span.first_dw, span.dws, span.first_be, span.last_be);
  const pcie::ByteRange range = pcie::requested_bytes(request);
  const unsigned tag = allocate_tag();
  Outstanding& slot = m_tags[tag];
  slot.kind = RequestKind::kMemRead;
  slot.first_byte = range.first;
  slot.total_bytes = range.size();
  m_stats.mem_reads++;
  send_downstream(pcie::Tlp(request).set_tag(static_cast<uint8_t>(tag)));
  const Result result = await_completion(tag);
  for (unsigned i = 0; i < len; ++i) {
    if (byte_enabled(trans, i)) data[i] = result.ok ? result.data[addr + i - range.first] : 0xFF;
  }
  trans.set_response_status(result.ok ? tlm::TLM_OK_RESPONSE : tlm::TLM_GENERIC_ERROR_RESPONSE);
}

void RootComplex::handle_completion(const pcie::Tlp& tlp) {
  const unsigned tag = tlp.cpl_tag();
  if (tlp.cpl_requester_id() != kRootPortId || tag >= kNumTags || !m_tags[tag].busy ||
      m_tags[tag].done) {
    m_stats.unexpected_completions++;
    return;
  }
  Outstanding& slot = m_tags[tag];
  const auto finish = [&](bool error) {
    if (error) m_stats.error_completions++;
    slot.done = true;
    slot.error = error;
    slot.completed.notify(sc_core::SC_ZERO_TIME);
  };
  if (tlp.cpl_status() != pcie::CplStatus::kSc || tlp.poisoned()) return finish(true);

  const std::vector<uint32_t> payload = tlp.payload();
  switch (slot.kind) {
    case RequestKind::kCfgWrite:
      return finish(tlp.has_data());
    case RequestKind::kCfgRead:
      if (payload.size() != 1) return finish(true);
      for (unsigned i = 0; i < 4; ++i) slot.data[i] = static_cast<uint8_t>(payload[0] >> (8 * i));
      return finish(false);
    case RequestKind::kMemRead: {
      // This CplD carries the request's bytes from offset (total - byte count) on, starting at
      // byte (lower address & 3) of its first DW.
      const unsigned byte_count = tlp.byte_count();
      if (!tlp.has_data() || byte_count > slot.total_bytes) return finish(true);
      const unsigned offset = slot.total_bytes - byte_count;
      if (tlp.lower_address() != ((slot.first_byte + offset) & 0x7F)) return finish(true);
      const unsigned skip = tlp.lower_address() & 3;
      const unsigned carried = static_cast<unsigned>(payload.size() * 4) - skip;
      const unsigned count = std::min(byte_count, carried);
      for (unsigned i = 0; i < count; ++i) {
        slot.data[offset + i] =
            static_cast<uint8_t>(payload[(skip + i) / 4] >> (8 * ((skip + i) % 4)));
      }
      if (byte_count <= carried) finish(false);  // else more CplDs follow
      return;
    }
  }
}

// ---- Device side ---------------------------------------------------------------------------

void RootComplex::receive_tlp(const pcie::Tlp& tlp) {
  log(LinkDirection::kUpstream, tlp);
  if (tlp.dw.empty() || tlp.fmt() > pcie::kFmt4DwData || tlp.dw.size() != tlp.expected_dw_count()) {
    m_stats.dropped_tlps++;
    return;
  }
  if (tlp.is_cpl()) {
    handle_completion(tlp);
    return;
  }
  if ((tlp.is_mem_rd() || tlp.is_mem_wr()) && well_formed_request(tlp)) {
    m_device_requests.push_back(
        DeviceRequest{tlp, tlp.is_mem_rd() ? select_read_fault() : std::nullopt});
    m_device_request_queued.notify(sc_core::SC_ZERO_TIME);
    return;
  }
  m_stats.dropped_tlps++;
}

bool RootComplex::well_formed_request(const pcie::Tlp& tlp) const {
  const uint64_t addr = tlp.address();
  const uint64_t bytes = uint64_t{tlp.length_dw()} * 4;
  if (addr / k4KiB != (addr + bytes - 1) / k4KiB) return false;  // crosses a 4 KiB boundary
  if (tlp.length_dw() > 1 && tlp.last_be() == 0) return false;
  if (tlp.length_dw() == 1 && tlp.last_be() != 0) return false;
  if (tlp.is_mem_wr() && (tlp.poisoned() || bytes > device_max_payload())) return false;
  return true;
}

void RootComplex::inject_read_fault(const ReadFault& fault) {
  if (fault.count == 0) {
    m_read_fault.reset();
    return;
  }
  m_read_fault = ArmedReadFault{fault, 0};
}

// Called for each well-formed device read as it arrives, in arrival order.
std::optional<RootComplex::ReadFaultKind> RootComplex::select_read_fault() {
  if (!m_read_fault || sc_core::sc_time_stamp() < m_read_fault->fault.from) return std::nullopt;
  const ReadFault& fault = m_read_fault->fault;
  const uint64_t index = m_read_fault->seen++;
  if (index < fault.skip) return std::nullopt;
  const ReadFaultKind kind = fault.kind;
  if (fault.count != ReadFault::kEveryRead && index - fault.skip + 1 >= fault.count) {
    m_read_fault.reset();  // that was the last read it hits
  }
  return kind;
}

void RootComplex::device_request_thread() {
  for (;;) {
    while (m_device_requests.empty()) wait(m_device_request_queued);
    const DeviceRequest request = std::move(m_device_requests.front());
    m_device_requests.pop_front();
    const pcie::Tlp& tlp = request.tlp;
    if (tlp.is_mem_wr()) {
      handle_dma_write(tlp);
    } else if (!request.fault) {
      handle_dma_read(tlp);
    } else {
      m_stats.dma_reads++;
      m_stats.dma_read_bytes += pcie::requested_bytes(tlp).size();
      if (*request.fault == ReadFaultKind::kUnsupportedRequest) {
        m_stats.injected_unsupported_requests++;
        answer_unsupported(tlp, sc_core::sc_time_stamp());
      } else {
        m_stats.injected_completion_timeouts++;  // dropped: no completion
      }
    }
  }
}

void RootComplex::handle_dma_write(const pcie::Tlp& tlp) {
  const uint64_t addr = tlp.address();
  const std::vector<uint32_t> payload = tlp.payload();
  if (m_msi.in_window(addr)) {
    if (payload.size() != 1 || tlp.first_be() != 0xF) {  // an MSI message is one whole DW
      m_stats.dropped_tlps++;
      return;
    }
    m_stats.msi_messages++;
    m_msi.write(addr, payload[0]);
    return;
  }

  const auto len = static_cast<unsigned>(payload.size() * 4);
  std::vector<uint8_t> bytes(len);
  std::memcpy(bytes.data(), payload.data(), len);  // DW lanes in memory order: little endian
  // Byte enables only when a DW is partly enabled; the writes a device streams have none.
  const bool whole = tlp.first_be() == 0xF && (payload.size() == 1 || tlp.last_be() == 0xF);
  std::vector<uint8_t> enables;
  if (!whole) {
    enables.resize(len);
    for (unsigned i = 0; i < len; ++i) {
      const unsigned dw = i / 4;
      const uint8_t be =
          dw == 0 ? tlp.first_be() : (dw + 1 == payload.size() ? tlp.last_be() : 0xF);
      enables[i] = (be >> (i % 4)) & 1 ? TLM_BYTE_ENABLED : TLM_BYTE_DISABLED;
    }
  }
  m_stats.dma_writes++;
  m_stats.dma_write_bytes +=
      whole ? len
            : static_cast<uint64_t>(std::count(enables.begin(), enables.end(),
                                               static_cast<uint8_t>(TLM_BYTE_ENABLED)));
  sc_core::sc_time latency;  // posted: the write is visible at once, nobody waits for it
  if (!memory_access(tlm::TLM_WRITE_COMMAND, addr, bytes.data(), len,
                     whole ? nullptr : enables.data(), &latency)) {
    m_stats.dropped_tlps++;
  }
}

void RootComplex::handle_dma_read(const pcie::Tlp& request) {
  const pcie::ByteRange range = pcie::requested_bytes(request);
  const uint64_t first_dw = request.address();
  std::vector<uint8_t> bytes(request.length_dw() * 4);
  m_stats.dma_reads++;
  m_stats.dma_read_bytes += range.size();
  sc_core::sc_time latency;
  const bool ok = memory_access(tlm::TLM_READ_COMMAND, first_dw, bytes.data(),
                                static_cast<unsigned>(bytes.size()), nullptr, &latency);
  const sc_core::sc_time release = sc_core::sc_time_stamp() + latency;
  const auto lower_address = [](uint64_t a) { return static_cast<uint8_t>(a & 0x7F); };
  const auto with_request_attributes = [&](pcie::Tlp tlp) {
    tlp.set_traffic_class(request.traffic_class()).set_attr(request.attr());
    return tlp;
  };

  if (!ok) {
    answer_unsupported(request, release);
    return;
  }
  // CplDs of at most the device's MPS, split at the read completion boundary.
  const uint64_t rcb = m_rcb_bytes;
  const uint64_t max_payload = device_max_payload();
  for (uint64_t cursor = range.first; cursor < range.end;) {
    const uint64_t dw_start = cursor & ~uint64_t{3};
    const uint64_t chunk_end = pcie::next_completion_end(cursor, range.end, rcb, max_payload);
    const uint64_t dw_end = (chunk_end + 3) & ~uint64_t{3};
    std::vector<uint32_t> payload((dw_end - dw_start) / 4, 0);
    for (size_t i = 0; i < payload.size() * 4; ++i) {
      payload[i / 4] |= uint32_t{bytes[dw_start - first_dw + i]} << (8 * (i % 4));
    }
    const auto remaining = static_cast<unsigned>(range.end - cursor);
    queue_completion(with_request_attributes(pcie::cpld(
                         kRootPortId, pcie::CplStatus::kSc, remaining, request.requester_id(),
                         request.tag(), lower_address(cursor), payload)),
                     release);
    cursor = chunk_end;
  }
}

// One Cpl with status UR for the whole request (PCIe: Byte Count = the bytes asked for).
void RootComplex::answer_unsupported(const pcie::Tlp& request, sc_core::sc_time release) {
  const pcie::ByteRange range = pcie::requested_bytes(request);
  queue_completion(pcie::cpl(kRootPortId, pcie::CplStatus::kUr, request.requester_id(),
                             request.tag(), range.size(), static_cast<uint8_t>(range.first & 0x7F))
                       .set_traffic_class(request.traffic_class())
                       .set_attr(request.attr()),
                   release);
}

void RootComplex::queue_completion(pcie::Tlp tlp, sc_core::sc_time release) {
  release = std::max(release, m_last_release);  // completions leave in the order they were made
  m_last_release = release;
  m_completions.push_back(PendingCompletion{release, std::move(tlp)});
  m_completion_queued.notify(sc_core::SC_ZERO_TIME);
}

void RootComplex::completion_thread() {
  for (;;) {
    while (m_completions.empty()) wait(m_completion_queued);
    const sc_core::sc_time now = sc_core::sc_time_stamp();
    if (m_completions.front().release > now) {
      wait(m_completions.front().release - now);
      continue;
    }
    m_stats.completions_sent++;
    send_downstream(m_completions.front().tlp);
    m_completions.pop_front();
  }
}

bool RootComplex::memory_access(tlm::tlm_command command, uint64_t addr, uint8_t* data,
                                unsigned len, const uint8_t* be, sc_core::sc_time* latency) {
  if (const tlm::tlm_dmi* dmi = m_use_dmi ? dmi_region(command, addr, len) : nullptr) {
    uint8_t* mem = dmi->get_dmi_ptr() + (addr - dmi->get_start_address());
    if (!be) {
      if (command == tlm::TLM_WRITE_COMMAND) {
        std::memcpy(mem, data, len);
      } else {
        std::memcpy(data, mem, len);
      }
    }
    for (unsigned i = 0; be && i < len; ++i) {
      if (be && be[i] != TLM_BYTE_ENABLED) continue;
      if (command == tlm::TLM_WRITE_COMMAND) {
        mem[i] = data[i];
      } else {
        data[i] = mem[i];
      }
    }
    *latency =
        command == tlm::TLM_WRITE_COMMAND ? dmi->get_write_latency() : dmi->get_read_latency();
    return true;
  }
  tlm::tlm_generic_payload trans;
  trans.set_command(command);
  trans.set_address(addr);
  trans.set_data_ptr(data);
  trans.set_data_length(len);
  trans.set_streaming_width(len);
  trans.set_byte_enable_ptr(const_cast<uint8_t*>(be));  // the target only reads it
  trans.set_byte_enable_length(be ? len : 0);
  trans.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
  *latency = sc_core::SC_ZERO_TIME;
  dma_socket->b_transport(trans, *latency);
  return trans.is_response_ok();
}

const tlm::tlm_dmi* RootComplex::dmi_region(tlm::tlm_command command, uint64_t addr, unsigned len) {
  const uint64_t last = addr + len - 1;
  const auto fits = [&](const tlm::tlm_dmi& dmi) {
    const bool allowed =
        command == tlm::TLM_WRITE_COMMAND ? dmi.is_write_allowed() : dmi.is_read_allowed();
    return allowed && dmi.get_start_address() <= addr && last <= dmi.get_end_address();
  };
  auto it = m_dmi.upper_bound(addr);  // the region starting at or below addr, if any
  if (it != m_dmi.begin() && fits(std::prev(it)->second)) return &std::prev(it)->second;

  tlm::tlm_generic_payload trans;
  trans.set_command(command);
  trans.set_address(addr);
  tlm::tlm_dmi dmi;
  if (!dma_socket->get_direct_mem_ptr(trans, dmi) || !fits(dmi)) return nullptr;
  return &(m_dmi[dmi.get_start_address()] = dmi);
}

void RootComplex::invalidate_direct_mem_ptr(sc_dt::uint64 start, sc_dt::uint64 end) {
  for (auto it = m_dmi.begin(); it != m_dmi.end();) {
    const bool overlaps =
        it->second.get_start_address() <= end && start <= it->second.get_end_address();
    it = overlaps ? m_dmi.erase(it) : std::next(it);
  }
}

}  // namespace cosim
