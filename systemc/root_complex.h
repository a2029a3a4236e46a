// SPDX-License-Identifier: Apache-2.0
// PCIe root complex: CPU config/memory accesses become TLPs; device DMA TLPs reach host memory.

#pragma once

#include <tlm_utils/simple_initiator_socket.h>
#include <tlm_utils/simple_target_socket.h>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <systemc>
#include <tlm>
#include <vector>

#include "msi_controller.h"
#include "pcie_link.h"
#include "pcie_tlp.h"
#include "tlp_sink.h"

namespace cosim {

// One root port (00:00.0) with one device below it, reached through a PcieLink.
//
// CPU side (call b_transport from an SC_THREAD: it waits):
//  - cfg_socket: address = BDF << 12 | register offset (ECAM layout). 1-4 byte accesses inside
//    one DW become CfgRd0/CfgWr0 with byte enables.
//  - mmio_socket: address = PCI memory address. 1-8 byte accesses (not crossing 4 KiB) become
//    MRd/MWr of 1-3 DWs with first/last byte enables; 3-DW headers below 4 GiB, else 4-DW.
//  A TLM byte-enable array, if given, clears byte enables in the TLP (a read leaves disabled
//  bytes of the data untouched); a pattern no memory TLP can carry (a multi-DW access with no
//  byte enabled in its first or last DW, a hole in a middle DW) is a TLM_BYTE_ENABLE_ERROR.
//  Non-posted requests (configuration reads and writes, memory reads) take one of 32 tags
//  (waiting while none is free), go downstream and wait for their completion(s). UR, CA, CRS,
//  poisoned or inconsistent completions answer TLM_GENERIC_ERROR_RESPONSE; no completion within
//  the completion timeout answers the same and frees the tag (a completion arriving later is
//  counted and dropped). Failed reads return all-ones data, as a root port does. Posted memory
//  writes return once handed to the link. An incoming delay annotation is waited out first and
//  the delay comes back zero: the caller sees the real elapsed time.
//
// Device side (receive_tlp, bound as the link's upstream sink):
//  - MWr into the MSI controller's window: one whole DW = one MSI message.
//  - other MWr: written to host memory through dma_socket (DMI when granted, else b_transport).
//  - MRd: read from host memory; answered with CplDs split at the read completion boundary
//    and the device's Max Payload Size, released after the memory's access latency (reads are
//    pipelined: the latency delays completions, not the next request). A read host memory
//    refuses is answered with one Cpl with status UR. An injected read fault (below) may answer
//    a read with UR or drop it instead.
//  - Cpl/CplD: matched to the waiting CPU request by tag.
//  - anything else, or malformed (DW count not matching the header, a request crossing 4 KiB, a
//    MWr above the device's MPS, a poisoned MWr): counted in dropped_tlps and dropped.
//  The device's MPS is snooped from successful CfgWr0s to the PCIe capability's Device Control
//  register (kDeviceControlOffset, this endpoint's capability is at 40h); set_device_max_payload()
//  overrides the snooped value for good.
//
// Device requests are handled in arrival order by one thread, so a read sees every earlier
// write and an MSI message is ordered behind the data written before it.
//
// Read faults (inject_read_fault): make the device's memory reads fail, deterministically.
// A "device read" is one well-formed MRd TLP from the device (a 64-byte SQE fetch is one; a
// longer DMA read is one per Max Read Request Size chunk); malformed TLPs are not counted. One
// fault is armed at a time. From the call on, every device read reaching the root complex at
// or after `from` is eligible and numbered 0, 1, 2, ... in arrival order; eligible reads
// `skip` to `skip + count - 1` are hit, then the fault is spent. So {skip = N - 1, count = 1}
// hits the Nth read from now, {skip = 0, count = K} the next K, and `from` delays the start to
// a simulated time (reads before it are neither hit nor numbered). A fault campaign draws the
// kind, skip (and from) from its seed; the selection depends only on the order and time in
// which reads arrive, which the co-simulation reproduces exactly.
//  - kUnsupportedRequest: host memory is not read; the read is answered by one Cpl with status
//    UR (no data, Byte Count = the bytes asked for), in order with the other completions.
//  - kCompletionTimeout: the read is dropped: no completion ever comes and the device's own
//    completion timeout has to end it (the endpoint's CPL_TIMEOUT, docs/pcie-endpoint.md).
// Hit reads still count in dma_reads/dma_read_bytes; stats().injected_unsupported_requests and
// injected_completion_timeouts count the hits.
class RootComplex : public sc_core::sc_module, public TlpSink {
 public:
  static constexpr uint16_t kRootPortId = 0x0000;  // requester and completer ID, 00:00.0
  static constexpr unsigned kNumTags = 32;
  static constexpr uint16_t kDeviceControlOffset = 0x48;
  static constexpr unsigned kResetMaxPayload = 128;  // Device Control's reset value

  enum class ReadFaultKind {
    kUnsupportedRequest,  // a Cpl with status UR, no data
    kCompletionTimeout,   // no completion at all: the request is dropped
  };
  struct ReadFault {
    static constexpr uint64_t kEveryRead = ~uint64_t{0};  // count: every eligible read on
    ReadFaultKind kind = ReadFaultKind::kUnsupportedRequest;
    uint64_t skip = 0;   // eligible reads let through before the first hit
    uint64_t count = 1;  // eligible reads hit after those; 0 arms nothing
    sc_core::sc_time from = sc_core::SC_ZERO_TIME;  // reads arriving earlier are not eligible
  };

  struct Stats {
    // CPU side.
    uint64_t cfg_reads = 0;
    uint64_t cfg_writes = 0;
    uint64_t mem_reads = 0;
    uint64_t mem_writes = 0;
    uint64_t error_completions = 0;  // UR, CA, CRS, poisoned or inconsistent
    uint64_t completion_timeouts = 0;
    uint64_t unexpected_completions = 0;  // no request waiting on the tag (late or unknown)
    // Device side.
    uint64_t dma_reads = 0;
    uint64_t dma_read_bytes = 0;  // bytes requested
    uint64_t dma_writes = 0;
    uint64_t dma_write_bytes = 0;  // bytes enabled
    uint64_t completions_sent = 0;
    uint64_t msi_messages = 0;
    uint64_t dropped_tlps = 0;                   // malformed or unsupported
    uint64_t injected_unsupported_requests = 0;  // device reads answered UR by a read fault
    uint64_t injected_completion_timeouts = 0;   // device reads dropped by a read fault
  };

  // Every TLP the root complex sends (when handed to the link) or receives (on arrival).
  struct LoggedTlp {
    sc_core::sc_time time;
    LinkDirection direction;
    pcie::Tlp tlp;
  };
  using TlpObserver = std::function<void(const LoggedTlp&)>;

  tlm_utils::simple_target_socket<RootComplex> cfg_socket;
  tlm_utils::simple_target_socket<RootComplex> mmio_socket;
  tlm_utils::simple_initiator_socket<RootComplex> dma_socket;

  // Binds itself as the link's upstream sink.
  SC_HAS_PROCESS(RootComplex);
  RootComplex(sc_core::sc_module_name name, PcieLink& link, MsiController& msi,
              sc_core::sc_time completion_timeout = sc_core::sc_time(50, sc_core::SC_MS));

  void receive_tlp(const pcie::Tlp& tlp) override;

  void set_completion_timeout(sc_core::sc_time timeout) { m_completion_timeout = timeout; }
  sc_core::sc_time completion_timeout() const { return m_completion_timeout; }
  void set_read_completion_boundary(unsigned bytes);  // 64 (default) or 128
  unsigned read_completion_boundary() const { return m_rcb_bytes; }
  void set_device_max_payload(unsigned bytes);  // 128..4096, a power of two
  unsigned device_max_payload() const;
  void set_use_dmi(bool on) { m_use_dmi = on; }  // off: every DMA access is a b_transport

  // Arms `fault` (see "Read faults" above), replacing any armed one; its numbering starts now.
  void inject_read_fault(const ReadFault& fault);
  void clear_read_fault() { m_read_fault.reset(); }
  // A fault is armed and has reads left to hit.
  bool read_fault_armed() const { return m_read_fault.has_value(); }

  void add_tlp_observer(TlpObserver observer) { m_observers.push_back(std::move(observer)); }
  // "    1234.567 ns down CfgRd0 req=00:00.0 ...": a protocol-analyzer line for logs.
  static std::string log_line(const LoggedTlp& entry);

  const Stats& stats() const { return m_stats; }
  unsigned tags_in_use() const;

 private:
  enum class RequestKind { kCfgRead, kCfgWrite, kMemRead };
  struct Outstanding {
    bool busy = false;
    bool done = false;
    bool error = false;
    RequestKind kind = RequestKind::kCfgRead;
    uint64_t first_byte = 0;         // memory read: address of the first byte asked for
    unsigned total_bytes = 0;        // memory read: bytes asked for
    std::array<uint8_t, 12> data{};  // configuration read: the DW; memory read: the bytes
    sc_core::sc_event completed;
  };
  struct Result {
    bool ok = false;
    std::array<uint8_t, 12> data{};
  };
  struct PendingCompletion {
    sc_core::sc_time release;
    pcie::Tlp tlp;
  };
  struct DeviceRequest {
    pcie::Tlp tlp;
    std::optional<ReadFaultKind> fault;  // a read hit by the armed read fault
  };
  struct ArmedReadFault {
    ReadFault fault;
    uint64_t seen = 0;  // eligible reads so far
  };

  // CPU side.
  void cfg_b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  void mmio_b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  unsigned allocate_tag();
  Result await_completion(unsigned tag);
  void handle_completion(const pcie::Tlp& tlp);
  void send_downstream(const pcie::Tlp& tlp);

  // Device side.
  bool well_formed_request(const pcie::Tlp& tlp) const;
  void device_request_thread();
  void completion_thread();
  void handle_dma_write(const pcie::Tlp& tlp);
  std::optional<ReadFaultKind> select_read_fault();
  void handle_dma_read(const pcie::Tlp& tlp);
  void answer_unsupported(const pcie::Tlp& request, sc_core::sc_time release);
  void queue_completion(pcie::Tlp tlp, sc_core::sc_time release);
  // Reads or writes host memory; be (one flag per byte, TLM_BYTE_ENABLED) may be null. Returns
  // false on an error response; *latency gets the access's latency.
  bool memory_access(tlm::tlm_command command, uint64_t addr, uint8_t* data, unsigned len,
                     const uint8_t* be, sc_core::sc_time* latency);
  const tlm::tlm_dmi* dmi_region(tlm::tlm_command command, uint64_t addr, unsigned len);
  void invalidate_direct_mem_ptr(sc_dt::uint64 start, sc_dt::uint64 end);

  void log(LinkDirection direction, const pcie::Tlp& tlp);

  PcieLink& m_link;
  MsiController& m_msi;
  sc_core::sc_time m_completion_timeout;
  unsigned m_rcb_bytes = 64;
  unsigned m_snooped_mps = kResetMaxPayload;
  std::optional<unsigned> m_mps_override;
  bool m_use_dmi = true;

  std::array<Outstanding, kNumTags> m_tags;
  unsigned m_next_tag = 0;  // tags are handed out round robin
  sc_core::sc_event m_tag_freed;

  std::deque<DeviceRequest> m_device_requests;
  std::optional<ArmedReadFault> m_read_fault;
  sc_core::sc_event m_device_request_queued;
  std::deque<PendingCompletion> m_completions;  // release times never decrease
  sc_core::sc_time m_last_release;
  sc_core::sc_event m_completion_queued;
  std::map<uint64_t, tlm::tlm_dmi> m_dmi;  // granted regions by start address

  std::vector<TlpObserver> m_observers;
  Stats m_stats;
};

}  // namespace cosim
