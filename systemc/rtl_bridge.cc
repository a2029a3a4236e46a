// SPDX-License-Identifier: Apache-2.0
// Owns the Verilated controller: clocking, TLP beats, idle skipping and the waveform.

#include "rtl_bridge.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "beat_port.h"
#include "media_port_verilated.h"
#include "output_file.h"
#include "sim_time.h"

namespace cosim {

namespace {
constexpr uint64_t kNoWake = 0xFFFF'FFFF'FFFFull;  // sim_wake_o when nothing is scheduled
}  // namespace

RtlBridge::RtlBridge(sc_core::sc_module_name name, PcieLink& link, const RtlBridgeOptions& options)
    : sc_core::sc_module(name),
      m_link(link),
      m_options(options),
      m_context(std::make_unique<VerilatedContext>()),
      m_media_store(options.volatile_write_cache),
      m_media(m_media_store, common::media_word_dw<Vcosim_top>(), options.media),
      m_tx(beat_dw()) {
  if (!m_options.waveform.file.empty()) m_context->traceEverOn(true);
  m_context->fatalOnError(false);  // a failed RTL assertion stops the run (check_assertions)
  m_model = std::make_unique<Vcosim_top>(m_context.get(), "cosim");
  if (!m_options.waveform.file.empty()) open_waveform();
  SC_THREAD(run);
}

RtlBridge::~RtlBridge() {
  if (m_fst) {
    std::string error;
    if (!finish_waveform(&error)) std::fprintf(stderr, "RtlBridge: %s\n", error.c_str());
  }
  m_model->final();
}

// The FST writer unlinks its file and renames temporaries into place, so it writes into a
// private directory; the result is copied through the user's path at the end (output_file.h).
void RtlBridge::open_waveform() {
  const WaveformOptions& w = m_options.waveform;
  m_wave_dir = std::make_unique<common::TempDir>();
  if (!m_wave_dir->ok()) {
    throw std::runtime_error("RtlBridge: no temporary directory for the waveform: " +
                             std::string(std::strerror(errno)));
  }
  m_fst = std::make_unique<VerilatedFstC>();
  m_model->trace(m_fst.get(), w.depth);
  m_fst->set_time_unit("1ps");
  m_fst->set_time_resolution("1ps");
  m_fst->open(m_wave_dir->file("wave.fst").c_str());
}

bool RtlBridge::finish_waveform(std::string* error) {
  if (!m_fst) return m_waveform_error.empty();
  stamp_end_of_run();
  flush_waveform();
  m_fst->close();
  m_fst.reset();  // nothing more is dumped
  const WaveformOptions& w = m_options.waveform;
  std::string written = m_wave_dir->file("wave.fst");
  if (w.vcd) {
    // Verilator builds a model for one trace format; VCD comes from GTKWave's converter, run
    // directly: a file name is an argument, never shell text.
    const std::string vcd = m_wave_dir->file("wave.vcd");
    if (!common::run_program({"fst2vcd", "-f", written, "-o", vcd}, &m_waveform_error)) {
      m_waveform_error = "cannot convert the waveform to VCD: " + m_waveform_error;
    }
    written = vcd;
  }
  if (m_waveform_error.empty()) common::copy_through(written, w.file, &m_waveform_error);
  m_wave_dir.reset();
  if (error) *error = m_waveform_error;
  return m_waveform_error.empty();
}

void RtlBridge::dump(const sc_core::sc_time& t) {
  if (!m_fst) return;
  const WaveformOptions& w = m_options.waveform;
  if (t < w.start || t >= w.stop) return;
  uint64_t ps = to_picoseconds(t);
  // A change at the time of the previous dump (a later delta) goes 1 ps after it: the same
  // in every run, skipping or not.
  if (m_dumped_any && ps <= m_last_dump_ps) ps = m_last_dump_ps + 1;
  m_dumped_any = true;
  m_last_dump_ps = ps;
  if (m_fst) m_fst->dump(ps);
}

static_assert(pcie::kPortDw<decltype(Vcosim_top::rx_tlp_data_i)> ==
                  pcie::kPortDw<decltype(Vcosim_top::tx_tlp_data_o)>,
              "both TLP streams have one width");

unsigned RtlBridge::beat_dw() { return pcie::kPortDw<decltype(Vcosim_top::rx_tlp_data_i)>; }

void RtlBridge::receive_tlp(const pcie::Tlp& tlp) {
  m_rx.push_back(Arrival{sc_core::sc_time_stamp(), pcie::to_beats(tlp, beat_dw())});
  m_input_event.notify(sc_core::SC_ZERO_TIME);
}

void RtlBridge::sim_write(uint16_t addr, uint32_t data) {
  sc_core::sc_event done;
  m_sim.push_back(SimAccess{addr, data, &done});
  m_input_event.notify(sc_core::SC_ZERO_TIME);
  sc_core::wait(done);
}

uint32_t RtlBridge::sim_read(uint16_t addr) {
  // The read port is combinational; the address goes back to zero before anything is dumped,
  // so reads leave no trace in the waveform.
  m_model->sim_addr_i = addr;
  m_model->eval();
  const uint32_t value = m_model->sim_rdata_o;
  m_model->sim_addr_i = 0;
  m_model->eval();
  return value;
}

void RtlBridge::annotate(const std::string& signal, uint64_t value) {
  m_annotations.push_back(Annotation{sc_core::sc_time_stamp(), signal, value});
}

void RtlBridge::apply_annotations_before(const sc_core::sc_time& t, bool inclusive) {
  Vcosim_top& m = *m_model;
  while (!m_annotations.empty()) {
    const Annotation a = m_annotations.front();
    if (a.time > t || (a.time == t && !inclusive)) break;
    m_annotations.pop_front();
    if (a.signal == "admin_inflight")
      m.host_admin_inflight_i = a.value;
    else if (a.signal == "identify_inflight")
      m.host_identify_inflight_i = a.value;
    else if (a.signal == "scan_phase")
      m.host_scan_phase_i = a.value;
    else if (a.signal == "registering_nsid")
      m.host_registering_nsid_i = a.value;
    else if (a.signal == "registered")
      m.host_registered_i = a.value;
    else if (a.signal == "interrupts")
      m.host_interrupts_i = a.value;
    else if (a.signal == "resets")
      m.host_resets_i = a.value;
    else
      throw std::invalid_argument("RtlBridge: no waveform signal '" + a.signal + "'");
    // Several changes at one time become one dump; the edge at t dumps its own.
    const bool last_at_this_time = m_annotations.empty() || m_annotations.front().time != a.time;
    if (last_at_this_time && a.time < t) {
      m.eval();
      dump(a.time);
    }
  }
}

void RtlBridge::flush_waveform() {
  apply_annotations_before(sc_core::sc_max_time(), false);
  if (m_fst) m_fst->flush();
}

// The waveform lasts as long as the simulation did, even if the device was quiet at the end.
// Only once the simulation is over: a dump at "now" mid-run could precede the next edge's.
void RtlBridge::stamp_end_of_run() {
  apply_annotations_before(sc_core::sc_max_time(), false);
  const sc_core::sc_time now = sc_core::sc_time_stamp();
  if (m_fst && m_dumped_any && to_picoseconds(now) > m_last_dump_ps) dump(now);
}

uint64_t RtlBridge::first_edge_after(const sc_core::sc_time& t) const {
  return static_cast<uint64_t>(t.value() / m_options.clock_period.value()) + 1;
}

bool RtlBridge::device_quiet() const {
  return m_model->sim_idle_o && m_rx.empty() && !m_tx.mid_packet() && m_sim.empty();
}

// The media port changes its outputs by itself too (a read word due, a write done): the edge
// of that cycle must be evaluated.
uint64_t RtlBridge::next_wake() const {
  const uint64_t wake = m_model->sim_wake_o;
  const std::optional<uint64_t> media = m_media.next_event(m_cycle - 1);
  return media ? std::min(wake, *media) : wake;
}

void RtlBridge::run() {
  const sc_core::sc_time period = m_options.clock_period;
  // Edge c happens at c * period; edge 0 would be at time 0, so the first edge is edge 1.
  m_cycle = 1;
  sc_core::wait(period);
  for (;;) {
    // The first edge out of reset is always evaluated: reset values settle on it.
    if (m_options.skip_idle && m_cycle > m_options.reset_cycles + 1 && device_quiet()) {
      const uint64_t wake = next_wake();
      if (wake > m_cycle) {
        // Sleep until the device's own next event or until input arrives, whichever is first.
        if (wake == kNoWake) {
          sc_core::wait(m_input_event);
        } else {
          sc_core::wait(period * static_cast<double>(wake) - sc_core::sc_time_stamp(),
                        m_input_event);
        }
        // Input arriving at t is taken by the first edge after t, as without skipping.
        const uint64_t next = std::min(wake, first_edge_after(sc_core::sc_time_stamp()));
        if (next > m_cycle) {
          m_skipped += next - m_cycle;
          m_cycle = next;
        }
        const sc_core::sc_time edge_time = period * static_cast<double>(m_cycle);
        if (edge_time > sc_core::sc_time_stamp()) {
          sc_core::wait(edge_time - sc_core::sc_time_stamp());
        }
        continue;
      }
    }
    edge(sc_core::sc_time_stamp());
    deliver_outputs();
    ++m_cycle;
    // Run ahead: edges before anything else in the platform is due to run cannot see new input,
    // so they are evaluated here, without a round trip through the SystemC kernel each, until
    // one has output for the platform (delivered at its own time) or the device goes quiet.
    while (m_assertion_failures == 0 && !(m_options.skip_idle && device_quiet())) {
      const sc_core::sc_time next_edge = period * static_cast<double>(m_cycle);
      if (next_edge >= sc_core::sc_time_stamp() + sc_core::sc_time_to_pending_activity()) break;
      const bool output = edge(next_edge);
      ++m_cycle;
      if (output) {
        sc_core::wait(next_edge - sc_core::sc_time_stamp());
        deliver_outputs();
        break;
      }
    }
    sc_core::wait(period * static_cast<double>(m_cycle) - sc_core::sc_time_stamp());
  }
}

void RtlBridge::deliver_outputs() {
  if (m_tlp_out) m_link.send_upstream(*m_tlp_out);
  m_tlp_out.reset();
  if (m_sim_done) m_sim_done->notify(sc_core::SC_ZERO_TIME);
  m_sim_done = nullptr;
}

// Inputs are driven half a period before the rising edge that samples them and return to their
// idle values right after it, so the model looks the same whether or not cycles are skipped
// next. Each half is dumped at its own time.
bool RtlBridge::edge(const sc_core::sc_time& now) {
  Vcosim_top& m = *m_model;
  const sc_core::sc_time half = now - m_options.clock_period / 2.0;

  const bool rx_drive = !in_reset() && !m_rx.empty() && (m_rx_beat > 0 || m_rx.front().time < now);
  const bool sim_access = !in_reset() && !m_sim.empty();

  apply_annotations_before(half, /*inclusive=*/true);
  m.clk_i = 0;
  m.rst_ni = !in_reset();
  m.time_i = m_cycle;
  m.tx_tlp_ready_i = 1;  // the link takes every beat; it models bandwidth itself
  if (rx_drive) {
    const pcie::Beat& beat = m_rx.front().beats[m_rx_beat];
    m.rx_tlp_valid_i = 1;
    pcie::write_beat(m.rx_tlp_data_i, m.rx_tlp_keep_i, beat);
    m.rx_tlp_last_i = beat.last;
  }
  if (sim_access) {
    m.sim_req_i = 1;
    m.sim_we_i = 1;
    m.sim_addr_i = m_sim.front().addr;
    m.sim_wdata_i = m_sim.front().data;
  }
  common::drive_media(m, in_reset() ? common::MediaPortOut{} : m_media.outputs(m_cycle));
  m.eval();
  dump(half);
  const common::MediaPortIn media_in = common::sample_media(m);

  apply_annotations_before(now, /*inclusive=*/true);
  const bool rx_taken = rx_drive && m.rx_tlp_ready_o;
  const bool tx_beat = m.tx_tlp_valid_o;
  const pcie::Beat out =
      pcie::read_beat(m.tx_tlp_data_o, m.tx_tlp_keep_o, static_cast<bool>(m.tx_tlp_last_o));
  m.clk_i = 1;
  m.eval();  // concurrent assertions are checked on this edge
  ++m_evaluated;
  check_assertions();

  if (!in_reset()) {
    m_media.edge(m_cycle, media_in);
    if (!m_media.violation().empty() && !m_media_violation_reported) {
      m_media_violation_reported = true;
      SC_REPORT_ERROR(name(), ("media port: " + m_media.violation()).c_str());
    }
  }
  if (rx_taken && ++m_rx_beat == m_rx.front().beats.size()) {
    m_rx.pop_front();
    m_rx_beat = 0;
  }
  if (tx_beat) {
    std::string error;
    m_tlp_out = m_tx.push(out, &error);
    if (!error.empty()) SC_REPORT_ERROR(name(), ("malformed TX beat: " + error).c_str());
  }
  if (sim_access) {
    m_sim_done = m_sim.front().done;
    m_sim.pop_front();
  }
  m.rx_tlp_valid_i = 0;
  pcie::write_idle(m.rx_tlp_data_i, m.rx_tlp_keep_i);
  m.rx_tlp_last_i = 0;
  m.sim_req_i = 0;
  m.sim_we_i = 0;
  m.sim_addr_i = 0;
  m.sim_wdata_i = 0;
  // Settle the idle inputs only when they changed or a waveform shows them: the edge's own
  // eval already settled everything else (a third eval per cycle costs about a tenth).
  if (rx_drive || sim_access || m_fst) m.eval();
  dump(now);
  if (m_slot_observer) watch_slots(now);
  return m_tlp_out || m_sim_done;
}

void RtlBridge::check_assertions() {
  if (!m_context->gotError()) return;
  m_context->gotError(false);  // $error sets both; clear them for the next failure
  m_context->gotFinish(false);
  if (m_assertion_failures++ == 0) {
    m_first_assertion_cycle = m_cycle;
    sc_core::sc_stop();
  }
}

// A slot's busy bit rises on the edge that dispatches a fetched command into it, with the
// command and its deadline already in place; it falls on the edge the command leaves.
void RtlBridge::watch_slots(const sc_core::sc_time& now) {
  Vcosim_top& m = *m_model;
  const uint32_t busy = m.obs_slots_busy_o;
  const uint32_t changed = busy ^ m_slots_busy;
  if (changed == 0) return;
  const uint64_t now_ns = to_nanoseconds(now);
  for (unsigned slot = 0; slot < m_occupancy.size(); ++slot) {
    const uint32_t bit = 1u << slot;
    if ((changed & bit) == 0) continue;
    common::SlotOccupancy& o = m_occupancy[slot];
    if (busy & bit) {
      // The read port is combinational and untraced: reading it leaves the waveform alone.
      m.obs_slot_i = slot;
      m.eval();
      o = common::SlotOccupancy{};
      o.slot = slot;
      o.cdw0 = m.obs_slot_cmd_o[0];
      o.nsid = m.obs_slot_cmd_o[1];
      o.cdw10 = m.obs_slot_cmd_o[2];
      o.filled_ns = now_ns;
      const uint64_t deadline = m.obs_slot_deadline_o;
      o.ready_ns =
          std::max(now_ns, to_nanoseconds(m_options.clock_period * static_cast<double>(deadline)));
    } else {
      o.freed_ns = now_ns;
      o.ready_ns = std::min(o.ready_ns, now_ns);  // a reset empties slots still waiting
      m_slot_observer(o);
    }
  }
  m.obs_slot_i = 0;
  m.eval();
  m_slots_busy = busy;
}

void RtlBridge::report_occupied_slots() {
  if (!m_slot_observer) return;
  const uint64_t now_ns = to_nanoseconds(sc_core::sc_time_stamp());
  for (unsigned slot = 0; slot < m_occupancy.size(); ++slot) {
    if ((m_slots_busy >> slot & 1u) == 0) continue;
    common::SlotOccupancy o = m_occupancy[slot];
    o.freed_ns = now_ns;
    o.ready_ns = std::min(o.ready_ns, now_ns);
    o.still_in_slot = true;
    m_slot_observer(o);
  }
}

}  // namespace cosim
