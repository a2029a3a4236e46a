// SPDX-License-Identifier: Apache-2.0
// Owns the Verilated controller: clocks it in step with SystemC time, moves TLP beats between
// the model and the PCIe link, and skips the cycles in which the device only waits.

#pragma once

// Verilator headers first (docs/platform.md, "Build rules").
#include "Vcosim_top.h"
#include "verilated.h"
#include "verilated_fst_c.h"

#include <systemc>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "media_port.h"
#include "media_store.h"
#include "output_file.h"
#include "pcie_link.h"
#include "pcie_tlp.h"
#include "slot_occupancy.h"
#include "tlp_sink.h"

namespace cosim {

struct WaveformOptions {
  std::string file;  // empty: no waveform
  bool vcd = false;  // FST unless set (VCD is converted from the FST with fst2vcd on close)
  sc_core::sc_time start = sc_core::SC_ZERO_TIME;  // dump only inside [start, stop)
  sc_core::sc_time stop = sc_core::sc_max_time();
  int depth = 99;  // hierarchy levels
};

struct RtlBridgeOptions {
  sc_core::sc_time clock_period = sc_core::sc_time(4, sc_core::SC_NS);
  bool skip_idle = true;  // jump over cycles in which the device only waits
  unsigned reset_cycles = 16;
  WaveformOptions waveform;
  common::MediaTiming media;         // the controller's media port (common/media_port.h)
  bool volatile_write_cache = true;  // the media store keeps unflushed writes apart
};

class RtlBridge : public sc_core::sc_module, public TlpSink {
 public:
  SC_HAS_PROCESS(RtlBridge);
  RtlBridge(sc_core::sc_module_name name, PcieLink& link, const RtlBridgeOptions& options);
  ~RtlBridge() override;

  // A TLP from the root complex arrives (downstream); it enters the RTL at the next edge.
  void receive_tlp(const pcie::Tlp& tlp) override;

  // Simulation-control sideband. sim_write is applied on a clock edge and waits for it, so it
  // must be called from an SC_THREAD; sim_read samples the combinational read port.
  void sim_write(uint16_t addr, uint32_t data);
  uint32_t sim_read(uint16_t addr);

  // Host-level activity shown in the waveform (names in docs/platform.md). Recorded with the
  // current time and written before the next edge, so skipping changes nothing in the file.
  void annotate(const std::string& signal, uint64_t value);
  // Writes pending annotations and flushes the waveform (also done on destruction).
  void flush_waveform();
  // Ends the waveform at the current time and writes it to WaveformOptions::file, through the
  // path as a shell redirection would (a symlink's target, a device node), converted to VCD if
  // asked. False, with `error` saying why, if the conversion or a write failed. Done on
  // destruction if not before (an error is then printed on stderr); nothing is dumped after.
  bool finish_waveform(std::string* error);

  // Called each time a command leaves an execution slot of the admin engine. Watching costs a
  // comparison per evaluated edge; nothing while no observer is set.
  void set_slot_observer(std::function<void(const common::SlotOccupancy&)> observer) {
    m_slot_observer = std::move(observer);
  }
  // Reports, as still_in_slot, the commands in a slot now (a timed-out command the device is
  // still working on, say); call it where the observed run ends.
  void report_occupied_slots();

  // The controller's media: the store behind its media port, and the port's model.
  common::MediaStore& media() { return m_media_store; }
  const common::MediaPort& media_port() const { return m_media; }

  // The cycle the next rising edge belongs to; edge c happens at c * clock_period.
  uint64_t cycle() const { return m_cycle; }
  uint64_t evaluated_cycles() const { return m_evaluated; }
  // RTL assertions (rtl/assert.svh) that failed. Verilator prints each one's %Error line; the
  // first stops the simulation (sc_stop) instead of aborting the process, so the caller can
  // report it.
  uint64_t rtl_assertion_failures() const { return m_assertion_failures; }
  uint64_t first_assertion_cycle() const { return m_first_assertion_cycle; }
  uint64_t skipped_cycles() const { return m_skipped; }
  bool in_reset() const { return m_cycle <= m_options.reset_cycles; }
  const sc_core::sc_time& clock_period() const { return m_options.clock_period; }
  // DWs per TLP stream beat of the Verilated model: 2, 4 or 8 (NVME_COSIM_TLP_WIDTH / 32).
  static unsigned beat_dw();

 private:
  struct Arrival {
    sc_core::sc_time time;  // when the link delivered it
    std::vector<pcie::Beat> beats;
  };
  struct Annotation {
    sc_core::sc_time time;
    std::string signal;
    uint64_t value;
  };
  struct SimAccess {
    uint16_t addr;
    uint32_t data;
    sc_core::sc_event* done;
  };

  void run();
  // One rising edge at `now`, m_cycle * period (SystemC's time, or later when running ahead).
  // True if it left output for the platform, which deliver_outputs() hands over at `now`.
  bool edge(const sc_core::sc_time& now);
  void deliver_outputs();
  bool device_quiet() const;   // nothing would change on the next edge without new input
  uint64_t next_wake() const;  // the device's or the media's next self-timed change
  void open_waveform();
  void dump(const sc_core::sc_time& t);
  void apply_annotations_before(const sc_core::sc_time& t, bool inclusive);
  uint64_t first_edge_after(const sc_core::sc_time& t) const;
  void watch_slots(const sc_core::sc_time& now);  // after a rising edge
  void check_assertions();                        // after a rising edge
  void stamp_end_of_run();                        // the waveform's last time: now

  PcieLink& m_link;
  RtlBridgeOptions m_options;
  std::unique_ptr<VerilatedContext> m_context;
  std::unique_ptr<Vcosim_top> m_model;
  std::unique_ptr<VerilatedFstC> m_fst;
  std::unique_ptr<common::TempDir> m_wave_dir;  // where the FST is written first
  std::string m_waveform_error;

  uint64_t m_cycle = 0;
  bool m_dumped_any = false;
  uint64_t m_last_dump_ps = 0;
  uint64_t m_evaluated = 0;
  uint64_t m_assertion_failures = 0;
  uint64_t m_first_assertion_cycle = 0;
  uint64_t m_skipped = 0;

  common::MediaStore m_media_store;
  common::MediaPort m_media;
  bool m_media_violation_reported = false;

  std::deque<Arrival> m_rx;                 // downstream TLPs not yet fully in the RTL
  size_t m_rx_beat = 0;                     // next beat of m_rx.front()
  pcie::TlpAssembler m_tx;                  // upstream beats into TLPs, at the model's stream width
  std::deque<SimAccess> m_sim;              // sideband writes waiting for an edge
  std::optional<pcie::Tlp> m_tlp_out;       // the last edge completed this upstream TLP
  sc_core::sc_event* m_sim_done = nullptr;  // the last edge applied this sideband write
  std::deque<Annotation> m_annotations;
  sc_core::sc_event m_input_event;  // a TLP, a sideband write or an annotation arrived

  std::function<void(const common::SlotOccupancy&)> m_slot_observer;
  uint32_t m_slots_busy = 0;                            // obs_slots_busy_o after the last edge
  std::array<common::SlotOccupancy, 32> m_occupancy{};  // per busy slot, since it was filled
};

}  // namespace cosim
