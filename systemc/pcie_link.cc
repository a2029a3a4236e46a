// SPDX-License-Identifier: Apache-2.0
// A PCIe link between the root complex and the device: per-direction latency and bandwidth.

#include "pcie_link.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cosim {

const char* direction_name(LinkDirection direction) {
  return direction == LinkDirection::kUpstream ? "up" : "down";
}

PcieLink::PcieLink(sc_core::sc_module_name name, sc_core::sc_time latency_per_direction,
                   double bandwidth_bytes_per_ns)
    : sc_core::sc_module(name),
      m_down(LinkDirection::kDownstream, "down_wake"),
      m_up(LinkDirection::kUpstream, "up_wake") {
  for (Pipe* dir : {&m_down, &m_up}) {
    dir->latency = latency_per_direction;
    dir->bytes_per_ns = bandwidth_bytes_per_ns;
  }
  SC_METHOD(deliver_downstream);
  sensitive << m_down.wake;
  dont_initialize();
  SC_METHOD(deliver_upstream);
  sensitive << m_up.wake;
  dont_initialize();
}

void PcieLink::set_latency(LinkDirection which, sc_core::sc_time latency) {
  pipe(which).latency = latency;
}

void PcieLink::set_bandwidth(LinkDirection which, double bytes_per_ns) {
  pipe(which).bytes_per_ns = bytes_per_ns;
}

sc_core::sc_time PcieLink::latency(LinkDirection which) const { return pipe(which).latency; }

double PcieLink::bandwidth(LinkDirection which) const { return pipe(which).bytes_per_ns; }

const PcieLink::Stats& PcieLink::stats(LinkDirection which) const { return pipe(which).stats; }

size_t PcieLink::in_flight(LinkDirection which) const { return pipe(which).queue.size(); }

unsigned PcieLink::wire_bytes(const pcie::Tlp& tlp) const {
  return static_cast<unsigned>(tlp.dw.size() * 4) + m_overhead_bytes;
}

sc_core::sc_time PcieLink::serialization_time(LinkDirection which, unsigned bytes) const {
  const double bytes_per_ns = pipe(which).bytes_per_ns;
  if (bytes_per_ns <= 0) return sc_core::SC_ZERO_TIME;
  const double ps = std::llround(bytes * 1000.0 / bytes_per_ns);
  return sc_core::sc_time(ps, sc_core::SC_PS);
}

void PcieLink::send(Pipe& dir, const pcie::Tlp& tlp) {
  if (!dir.sink) {
    SC_REPORT_ERROR(
        name(),
        (std::string("TLP sent on a direction with no sink: ") + pcie::describe(tlp)).c_str());
    return;
  }
  const sc_core::sc_time now = sc_core::sc_time_stamp();
  const unsigned bytes = wire_bytes(tlp);
  const sc_core::sc_time serialization = serialization_time(dir.which, bytes);
  const sc_core::sc_time start = std::max(now, dir.wire_free);
  dir.wire_free = start + serialization;
  // A latency lowered between two TLPs must not let the second overtake the first.
  const sc_core::sc_time arrival = std::max(dir.wire_free + dir.latency, dir.last_arrival);
  dir.last_arrival = arrival;

  dir.stats.tlps++;
  dir.stats.wire_bytes += bytes;
  if (tlp.has_data()) dir.stats.payload_bytes += uint64_t{tlp.length_dw()} * 4;
  dir.stats.busy += serialization;

  dir.queue.push_back(Delivery{arrival, tlp});
  // The first in the queue sets the wake-up; later ones are scheduled by deliver().
  if (dir.queue.size() == 1) dir.wake.notify(arrival - now);
}

void PcieLink::deliver(Pipe& dir) {
  const sc_core::sc_time now = sc_core::sc_time_stamp();
  while (!dir.queue.empty() && dir.queue.front().at <= now) {
    const pcie::Tlp tlp = std::move(dir.queue.front().tlp);
    dir.queue.pop_front();
    dir.sink->receive_tlp(tlp);  // may send more TLPs (on either direction)
  }
  if (!dir.queue.empty()) dir.wake.notify(dir.queue.front().at - now);
}

}  // namespace cosim
