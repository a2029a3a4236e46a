// SPDX-License-Identifier: Apache-2.0
// A PCIe link between the root complex and the device: per-direction latency and bandwidth.

#pragma once

#include <cstdint>
#include <deque>
#include <systemc>

#include "pcie_tlp.h"
#include "tlp_sink.h"

namespace cosim {

enum class LinkDirection { kDownstream, kUpstream };  // root complex -> device, device -> RC
const char* direction_name(LinkDirection direction);  // "down", "up"

// Each direction is a store-and-forward pipe. A TLP handed to send_*() at time t (complete, ready
// to go) starts on the wire when the previous TLP of that direction has finished,
//   start = max(t, previous finish),  finish = start + wire_bytes / bandwidth,
// and reaches its sink at finish + latency, delivered from this module's own method process.
// Same inputs, same delivery order and times: nothing depends on wall clock or thread timing.
//
// Defaults (modelling choices, change them per direction with the setters):
//  - bandwidth: PCIe Gen3 x4, 8 GT/s x 4 lanes with 128b/130b encoding = 3.938 bytes/ns.
//  - latency: 300 ns per direction, the TLP's trip through both ends' transaction, data-link
//    and physical layers (PHY serdes, LCRC, replay buffer) plus the root port. Published
//    measurements of a small device DMA read on Xeon hosts are of the order of 0.5-1 us round
//    trip including DRAM (e.g. Neugebauer et al., "Understanding PCIe performance for end host
//    networking", SIGCOMM 2018); 2 x 300 ns + HostMemory's 80 ns lands in that range.
//  - wire size of a TLP: its DWs (header, payload, ECRC digest if TD) + 24 bytes of overhead:
//    4 bytes STP token carrying the sequence number, 4 bytes LCRC, and 16 bytes standing for
//    the data-link packets each TLP costs (one Ack and one UpdateFC DLLP, 8 bytes each with
//    their SDP token and CRC). A rule of thumb, not a DLLP-by-DLLP model.
// Raising the latency emulates a slow fabric; a bandwidth of 0 means no serialisation delay.
class PcieLink : public sc_core::sc_module {
 public:
  static constexpr double kGen3x4BytesPerNs = 8.0 * 4 * 128.0 / 130.0 / 8.0;  // 3.938
  static constexpr unsigned kDefaultOverheadBytes = 24;

  // Per-direction counters, for utilisation reports: busy / elapsed time.
  struct Stats {
    uint64_t tlps = 0;
    uint64_t wire_bytes = 0;     // including the per-TLP overhead
    uint64_t payload_bytes = 0;  // data payload only (Length DWs of TLPs with data)
    sc_core::sc_time busy;       // sum of serialisation times
  };

  SC_HAS_PROCESS(PcieLink);
  explicit PcieLink(sc_core::sc_module_name name,
                    sc_core::sc_time latency_per_direction = sc_core::sc_time(300, sc_core::SC_NS),
                    double bandwidth_bytes_per_ns = kGen3x4BytesPerNs);

  void bind_downstream(TlpSink& sink) { m_down.sink = &sink; }  // the device side
  void bind_upstream(TlpSink& sink) { m_up.sink = &sink; }      // the root complex

  // Call from any process at the current simulated time; never waits.
  void send_downstream(const pcie::Tlp& tlp) { send(m_down, tlp); }
  void send_upstream(const pcie::Tlp& tlp) { send(m_up, tlp); }

  // Settings per direction; they apply to TLPs sent afterwards.
  void set_latency(LinkDirection direction, sc_core::sc_time latency);
  void set_bandwidth(LinkDirection direction, double bytes_per_ns);
  void set_overhead_bytes(unsigned bytes) { m_overhead_bytes = bytes; }
  sc_core::sc_time latency(LinkDirection direction) const;
  double bandwidth(LinkDirection direction) const;

  unsigned wire_bytes(const pcie::Tlp& tlp) const;
  // Time `bytes` occupy the wire in `direction`, rounded to the picosecond.
  sc_core::sc_time serialization_time(LinkDirection direction, unsigned bytes) const;

  const Stats& stats(LinkDirection direction) const;
  size_t in_flight(LinkDirection direction) const;  // sent, not yet delivered

 private:
  struct Delivery {
    sc_core::sc_time at;
    pcie::Tlp tlp;
  };
  struct Pipe {
    Pipe(LinkDirection which, const char* event_name) : which(which), wake(event_name) {}
    LinkDirection which;
    TlpSink* sink = nullptr;
    sc_core::sc_time latency;
    double bytes_per_ns = 0;
    sc_core::sc_time wire_free;  // when the last TLP handed over finishes serialising
    sc_core::sc_time last_arrival;
    std::deque<Delivery> queue;  // arrival times never decrease
    sc_core::sc_event wake;
    Stats stats;
  };

  void send(Pipe& dir, const pcie::Tlp& tlp);
  void deliver(Pipe& dir);
  void deliver_downstream() { deliver(m_down); }
  void deliver_upstream() { deliver(m_up); }
  Pipe& pipe(LinkDirection which) { return which == LinkDirection::kUpstream ? m_up : m_down; }
  const Pipe& pipe(LinkDirection which) const {
    return which == LinkDirection::kUpstream ? m_up : m_down;
  }

  Pipe m_down;
  Pipe m_up;
  unsigned m_overhead_bytes = kDefaultOverheadBytes;
};

}  // namespace cosim
