// SPDX-License-Identifier: Apache-2.0
// Host side of a bench around a Verilated PCIe device: clock, reset, trace, TLP streams, root port.

#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "beat_port.h"
#include "pci_config.h"
#include "pcie_tlp.h"
#include "seed_mix.h"
#include "sparse_memory.h"
#include "verilated.h"
#include "verilated_fst_c.h"

namespace tb {

// This endpoint's configuration layout (docs/pcie-endpoint.md): its capabilities sit at fixed
// offsets, and the MSI-X table and PBA in BAR0.
constexpr uint16_t kCfgPcieCap = 0x40;
constexpr uint16_t kCfgDevCtl = kCfgPcieCap + pci::kPcieDevCtl;
constexpr uint16_t kCfgMsixCap = 0x80;
constexpr uint32_t kMsixTable = 0x2000;
constexpr uint32_t kMsixPba = 0x3000;

// The TLP codec is common/pcie_tlp.h; the benches use it unqualified.
using namespace pcie;

// Waveforms on request: `--trace` on the test command line (test_main.cc defines these) or
// NVME_COSIM_TRACE=1 in the environment.
bool trace_requested();
void set_trace_requested(bool on);

// How the host answers a device memory read that matches a fault rule.
enum class CompletionFault {
  kUnsupportedRequest,  // one Cpl, status UR
  kCompleterAbort,      // one Cpl, status CA
  kPoisoned,            // the normal CplDs with EP set
  kNoCompletion,        // never answered (device completion timeout)
};

struct CompleterOptions {
  unsigned rcb_bytes = 64;           // read completion boundary, 64 or 128
  unsigned max_payload_bytes = 128;  // largest CplD payload; a multiple of rcb_bytes
  unsigned delay_cycles = 0;         // from the MRd leaving the device to its first CplD
  unsigned delay_jitter_cycles = 0;  // plus a seeded random 0..jitter per read
  bool interleave = false;           // round-robin one CplD at a time among ready reads
  // Cap CplDs at the Max Payload Size the host programmed, as a root complex does. Clear it to
  // send oversized completions on purpose (the device must drop it as malformed).
  bool obey_device_mps = true;
};

// One options struct for every bench (EpHarnessOptions and DevHarnessOptions name it too).
struct PcieBenchOptions {
  uint64_t seed = 1;                  // all random choices derive from this
  double tx_ready_probability = 1.0;  // per cycle, tx_tlp_ready_i
  double rx_idle_probability = 0.0;   // per beat, an idle cycle before presenting it
  CompleterOptions completer;
  uint16_t host_id = 0x0000;               // root port requester/completer ID
  uint16_t device_bdf = 0x0100;            // 01:00.0, target of configuration requests
  uint64_t msi_window_first = 0xFEE00000;  // device MWr in this window are MSI(-X) messages
  uint64_t msi_window_last = 0xFEEFFFFF;
  uint64_t timeout_cycles = 20000;  // default limit for blocking helpers
  unsigned reset_cycles = 8;
  bool fail_on_violation = true;  // protocol violations by the DUT -> ADD_FAILURE
  bool verbose = false;           // print every TLP (also NVME_COSIM_VERBOSE=1)

  // Models of the NVMe-core side of a bare endpoint (EpHarness only; DevHarness ignores them).
  unsigned reg_read_latency = 1;             // cycles from grant to rvalid, >= 1
  double reg_grant_stall_probability = 0.0;  // per cycle, withhold reg_gnt_i from a request
  double dma_wr_gap_probability = 0.0;       // per word, an idle cycle on dma_wr_data_valid_i
};

struct TlpLogEntry {
  uint64_t cycle;  // cycle of the last beat's handshake
  Tlp tlp;
};

struct MsiEvent {
  uint64_t cycle;
  uint64_t address;
  uint32_t data;
};

// A memory read the device sent, as the host-memory completer saw it.
struct DeviceRead {
  uint64_t cycle;
  uint64_t address;
  unsigned length_dw;
  uint8_t tag;
  uint8_t first_be;
  uint8_t last_be;
  bool header_4dw;
  std::optional<CompletionFault> fault;  // set when a fault rule matched
};

// The answer to a host request: all its completions, payloads concatenated.
struct HostCompletion {
  bool received = false;  // false: timed out (already reported as a failure)
  CplStatus status = CplStatus::kSc;
  std::vector<uint32_t> payload;
  std::vector<Tlp> tlps;  // each completion, for Byte Count / Lower Address checks
  uint64_t cycle = 0;     // when the last completion arrived

  bool ok() const { return received && status == CplStatus::kSc; }
  uint32_t data() const { return payload.empty() ? 0 : payload[0]; }
};

struct BarInfo {
  bool ok = false;  // every configuration access completed with SC
  uint64_t size = 0;
  bool is_64bit = false;
  bool prefetchable = false;
  bool is_io = false;
};

// Answers device memory reads from HostMemory with CplDs split at the RCB and the max payload.
// Deterministic for a given seed.
class HostMemoryCompleter {
 public:
  HostMemoryCompleter(common::SparseMemory& memory, const CompleterOptions& options, uint64_t seed,
                      uint16_t completer_id);

  void accept(const Tlp& mrd, uint64_t cycle);
  // The next completion to put on the RX stream at `cycle`, if any is due.
  std::optional<Tlp> next_completion(uint64_t cycle);
  bool tag_busy(uint8_t tag) const;
  size_t pending_reads() const { return pending_.size(); }
  // The device's Max Payload Size: a root complex never sends a larger CplD (the device would
  // have to drop it as malformed), so payloads are capped at it.
  void set_device_mps(unsigned bytes) { device_mps_ = bytes; }
  unsigned device_mps() const { return device_mps_; }
  // True once a completion was capped below options.max_payload_bytes (obey_device_mps).
  bool capped_by_mps() const { return capped_by_mps_; }

  // Reads whose start address lies in [first, last] get `fault`; `count` < 0 means forever.
  void add_fault(uint64_t first, uint64_t last, CompletionFault fault, int count = -1);
  void clear_faults() { faults_.clear(); }
  void clear() {
    pending_.clear();
    active_.reset();
    device_mps_ = 128;
  }

  const std::vector<DeviceRead>& reads() const { return reads_; }

 private:
  struct Pending {
    Tlp request;
    uint64_t ready_cycle;
    uint64_t cursor;  // address of the next byte to complete
    uint64_t end;     // one past the last requested byte
    std::optional<CompletionFault> fault;
  };
  struct FaultRule {
    uint64_t first;
    uint64_t last;
    CompletionFault fault;
    int remaining;
  };

  Tlp make_completion(Pending& read);

  common::SparseMemory& memory_;
  const CompleterOptions& options_;
  std::mt19937_64 rng_;
  uint16_t completer_id_;
  std::deque<Pending> pending_;    // arrival order
  std::optional<uint8_t> active_;  // tag being completed when not interleaving
  size_t round_robin_ = 0;
  unsigned device_mps_ = 128;  // Device Control reset value
  bool capped_by_mps_ = false;
  std::vector<FaultRule> faults_;
  std::vector<DeviceRead> reads_;
};

// Everything a bench does through clk/rst, the two TLP streams and the sim-control port, with no
// knowledge of the model's type: the root port (requests, tags, completions, enumeration), host
// memory answering the device's DMA, MSI-X capture, the device-side TLP checks and the logs.
// PcieBench<Model> below binds it to a Verilated model; a bench for a particular device derives
// from that and overrides the device hooks for any further ports.
class PcieBenchBase {
 public:
  static constexpr unsigned kNumHostTags = 32;
  static constexpr uint64_t kClockPeriodPs = 4000;

  virtual ~PcieBenchBase() = default;
  PcieBenchBase(const PcieBenchBase&) = delete;
  PcieBenchBase& operator=(const PcieBenchBase&) = delete;

  // ---- Clock and control --------------------------------------------------------------
  // One clock period: inputs driven with clk low, handshakes sampled, rising edge.
  virtual void tick() = 0;
  void idle(uint64_t cycles);
  // Ticks until `done` holds. On timeout records a failure naming `what` and returns false.
  bool run_until(const std::function<bool()>& done, uint64_t max_cycles, const std::string& what);
  bool run_until(const std::function<bool()>& done, const std::string& what) {
    return run_until(done, options_.timeout_cycles, what);
  }
  // Reset pulse; drops everything in flight in the bench (logs are kept).
  void reset();
  uint64_t cycle() const { return cycle_; }         // ticks since construction, reset included
  PcieBenchOptions& options() { return options_; }  // changes apply from the next tick
  // Called every tick at the sampling point (this cycle's inputs and outputs settled). A monitor
  // may send() TLPs but must not tick. Returns an ID for remove_monitor().
  uint64_t add_monitor(std::function<void(uint64_t cycle)> monitor);
  void remove_monitor(uint64_t id) { monitors_.erase(id); }
  // DUT protocol violations found by the monitors (also reported as failures by default).
  const std::vector<std::string>& violations() const { return violations_; }
  // Cycles on which an RTL assertion (rtl/assert.svh) or a unique-case check failed. Each one
  // prints its own %Error line; the first one fails the running test.
  const std::vector<uint64_t>& rtl_assertion_cycles() const { return rtl_assertion_cycles_; }

  // ---- RX stream: TLPs to the device -----------------------------------------------------
  // Queue a TLP; returns a ticket for wait_sent(). Non-posted requests reserve their tag, and
  // a Device Control write sets the MPS the host-memory completer obeys.
  uint64_t send(const Tlp& tlp);
  // For malformed streams; the TLPs the beats form are treated as send() treats them. Beats of
  // beat_dw() lanes: a keep past them does not fit the model's port (std::invalid_argument).
  uint64_t send_raw_beats(std::vector<Beat> beats);
  // DWs per beat on the model's TLP streams: 2, 4 or 8 (its TlpDataWidth / 32).
  unsigned beat_dw() const { return beat_dw_; }
  // `tlp` split into beats of beat_dw() DWs, as send() puts it on the RX stream.
  std::vector<Beat> beats_of(const Tlp& tlp) const { return to_beats(tlp, beat_dw_); }
  bool wait_sent(uint64_t ticket);
  bool wait_all_sent() { return wait_sent(tickets_issued_); }
  const std::vector<TlpLogEntry>& rx_log() const { return rx_log_; }  // sent TLPs (not raw beats)

  // ---- TX stream: TLPs from the device ---------------------------------------------------
  const std::vector<TlpLogEntry>& tx_log() const { return tx_log_; }

  // ---- Host requester (root port) --------------------------------------------------------
  // Blocking; a timeout is reported as a failure and returns received == false.
  HostCompletion cfg_read(uint16_t offset);
  HostCompletion cfg_write(uint16_t offset, uint32_t data, uint8_t be = 0xF);
  HostCompletion mem_read(uint64_t addr, unsigned len_dw = 1, uint8_t first_be = 0xF,
                          uint8_t last_be = kAutoLastBe, bool force_4dw = false);
  // Posted: returns once the TLP's last beat was accepted.
  bool mem_write(uint64_t addr, const std::vector<uint32_t>& payload, uint8_t first_be = 0xF,
                 uint8_t last_be = kAutoLastBe, bool force_4dw = false);
  // BAR0-relative 1-DW helpers (after enumerate()); a non-SC read fails the test and reads 0.
  uint32_t bar0_read32(uint32_t offset);
  bool bar0_write32(uint32_t offset, uint32_t data, uint8_t be = 0xF);

  // Split-phase form: pick a tag, build the request yourself, send() it, then wait.
  uint8_t alloc_tag();            // round robin over 0..31, skipping tags still in use
  void release_tag(uint8_t tag);  // give up on a request that will never complete
  bool has_completion(uint8_t tag) const { return !mailbox_[tag].empty(); }
  HostCompletion wait_completion(uint8_t tag, const std::string& what = "completion");
  HostCompletion wait_completion(uint8_t tag, uint64_t max_cycles, const std::string& what);
  // Idles `cycles` and checks that `tag` got no completion; releases the tag either way.
  bool expect_no_completion(uint8_t tag, uint64_t cycles);

  // Sizes BAR0 (all-ones to 10h/14h), assigns bar0_addr, sets Memory Space and Bus Master.
  BarInfo enumerate(uint64_t bar0_addr);
  uint64_t bar0() const { return bar0_; }
  // Device Control (PCIe capability + 8h): Max Payload Size and Max Read Request Size in bytes.
  bool set_max_payload_and_read_request(unsigned mps_bytes, unsigned mrrs_bytes);
  // MSI-X table entry `vector` (BAR0 + 2000h + 16 * vector) and Message Control (cfg 82h).
  bool program_msix_vector(unsigned vector, uint64_t address, uint32_t data, bool masked = false);
  bool set_msix_control(bool enable, bool function_mask = false);

  // ---- Host memory and the completer for device reads ------------------------------------
  common::SparseMemory& host_memory() { return memory_; }
  CompleterOptions& completer_options() { return options_.completer; }
  void add_completion_fault(uint64_t first, uint64_t last, CompletionFault fault, int count = -1) {
    completer_.add_fault(first, last, fault, count);
  }
  void clear_completion_faults() { completer_.clear_faults(); }
  const std::vector<DeviceRead>& device_reads() const { return completer_.reads(); }
  size_t pending_device_reads() const { return completer_.pending_reads(); }
  const std::vector<MsiEvent>& msi_events() const { return msi_events_; }
  bool wait_msi_count(size_t count, const std::string& what = "MSI-X messages");

  // ---- Simulation control sideband -------------------------------------------------------
  // 16-bit addresses; a model with a narrower sim_addr_i (pcie_ep: 8 bits) gets them truncated,
  // and an address that does not fit fails the test.
  void sim_write(uint16_t addr, uint32_t data);  // one tick
  virtual uint32_t sim_read(uint16_t addr) = 0;  // combinational, no tick

 protected:
  // `beat_dw`: DWs per beat of the model's TLP streams (2, 4 or 8).
  PcieBenchBase(const PcieBenchOptions& options, unsigned beat_dw);

  // ---- Hooks for a device's own ports (none by default) ----------------------------------
  // Drive them with clk low, after the streams; in reset, drive idle values only.
  virtual void drive_device_inputs() {}
  // Inputs that answer this cycle's outputs (a grant); return true if the model needs another
  // eval() before sampling.
  virtual bool drive_device_after_eval() { return false; }
  // Sample them just before the rising edge, after the streams and before the monitors.
  virtual void sample_device() {}
  // reset(): forget requests in flight on them.
  virtual void drop_device_in_flight() {}

  // Values for the stream and sim-control inputs this cycle (clk low).
  struct StreamInputs {
    bool rst_n = false;
    bool rx_valid = false;
    Beat rx_beat = idle_beat();  // data, keep and last
    bool tx_ready = false;
    bool sim_req = false;
    bool sim_we = false;
    uint16_t sim_addr = 0;
    uint32_t sim_wdata = 0;
  };
  // The stream signals at the sampling point.
  struct StreamSample {
    bool rx_valid, rx_ready;
    bool tx_valid, tx_ready;
    Beat tx_beat;  // data, keep and last
  };
  StreamInputs next_stream_inputs();
  // Streams, then sample_device(), then the monitors.
  void sample_cycle(const StreamSample& sample);
  void end_cycle() { ++cycle_; }
  bool in_reset() const { return in_reset_; }

  void violation(const std::string& what);
  // The model reported an assertion failure during this cycle's evaluation.
  void rtl_assertion_failed();
  // Independent random streams per bench component (common::derive_seed), so changing one knob
  // does not reshuffle the others. Streams in use: 1 RX, 2 TX, 3 register port, 4 DMA,
  // 5 completer.
  static bool chance(std::mt19937_64& rng, double probability);
  // <dir>/<Suite>.<Test>.fst (NVME_COSIM_TRACE_DIR, default "."), or <fallback>.fst outside a
  // test; creates the directory.
  static std::string trace_path(const std::string& fallback);
  // Reports (and returns false) when `addr` does not survive narrowing to the model's port.
  bool check_sim_addr(uint16_t addr, uint16_t narrowed);

  // Driven on data inputs while their valid is low, so a DUT that samples data without valid
  // shows it in the waveform and in wrong results rather than reading harmless zeros.
  static constexpr uint32_t kIdleData32 = 0xDEADBEEFu;
  // The RX stream while valid is low: kIdleData32 in every lane, nothing kept.
  static Beat idle_beat() {
    Beat beat;
    beat.dw.fill(kIdleData32);
    beat.keep = 0;
    return beat;
  }

 private:
  struct RxPacket {
    std::vector<Beat> beats;
    std::optional<Tlp> tlp;  // absent for raw beats
    uint64_t ticket = 0;     // 0 for completer traffic
  };
  // Outputs seen on a cycle where valid waited: they must hold until the handshake.
  struct HeldTx {
    bool waiting = false;
    Beat beat;
  };

  void drive_rx(StreamInputs& in);
  void sample_rx(const StreamSample& sample);
  void sample_tx(const StreamSample& sample);
  void on_device_tlp(const Tlp& tlp);
  void on_device_completion(const Tlp& tlp);
  void on_device_write(const Tlp& tlp);
  void check_device_request(const Tlp& tlp);
  void drop_in_flight();
  void note_host_request(const Tlp& tlp);

  PcieBenchOptions options_;
  unsigned beat_dw_;
  uint64_t cycle_ = 0;
  bool in_reset_ = false;
  std::map<uint64_t, std::function<void(uint64_t)>> monitors_;  // by ID: insertion order
  uint64_t next_monitor_id_ = 0;
  std::vector<std::string> violations_;
  std::vector<uint64_t> rtl_assertion_cycles_;

  std::mt19937_64 rng_rx_, rng_tx_;

  // RX driver.
  std::deque<RxPacket> host_queue_;
  std::optional<RxPacket> rx_current_;
  size_t rx_beat_ = 0;
  bool rx_presenting_ = false;  // valid is up and must stay up until accepted
  bool rx_last_was_completion_ = false;
  uint64_t tickets_issued_ = 0;
  uint64_t tickets_sent_ = 0;
  std::vector<TlpLogEntry> rx_log_;

  // TX monitor.
  TlpAssembler tx_assembler_;
  HeldTx tx_held_;
  std::vector<TlpLogEntry> tx_log_;
  std::vector<MsiEvent> msi_events_;

  // Host requester.
  std::array<std::deque<TlpLogEntry>, 256> mailbox_;  // device completions by tag
  std::array<bool, 256> tag_in_use_{};
  unsigned next_tag_ = 0;
  bool reported_mps_cap_ = false;
  uint64_t bar0_ = 0;

  // Host memory and its completer.
  common::SparseMemory memory_;
  HostMemoryCompleter completer_;

  // Simulation control write for the next tick.
  std::optional<std::pair<uint16_t, uint32_t>> sim_write_;
};

// PcieBenchBase bound to a Verilated model with clk_i, rst_ni, rx_tlp_*, tx_tlp_* and sim_*
// ports: owns the context, the model and the optional FST trace. Its constructor leaves the
// model before reset: a derived bench's constructor calls reset() last, once its hooks exist.
template <class Model>
class PcieBench : public PcieBenchBase {
 public:
  ~PcieBench() override {
    model_->final();
    if (trace_) trace_->close();
  }

  // Raw model access, e.g. dut().tx_tlp_valid_o. Inputs are overwritten every tick.
  Model& dut() { return *model_; }

  void tick() override {
    Model& m = *model_;
    m.clk_i = 0;
    const StreamInputs in = next_stream_inputs();
    m.rst_ni = in.rst_n;
    m.time_i = cycle();  // the platform cycle counter: this cycle's rising edge
    m.rx_tlp_valid_i = in.rx_valid;
    write_beat(m.rx_tlp_data_i, m.rx_tlp_keep_i, in.rx_beat);
    m.rx_tlp_last_i = in.rx_beat.last;
    m.tx_tlp_ready_i = in.tx_ready;
    if (in.sim_req) check_sim_addr(in.sim_addr, static_cast<SimAddr>(in.sim_addr));
    m.sim_req_i = in.sim_req;
    m.sim_we_i = in.sim_we;
    m.sim_addr_i = static_cast<SimAddr>(in.sim_addr);
    m.sim_wdata_i = in.sim_wdata;
    drive_device_inputs();
    m.eval();
    if (drive_device_after_eval()) m.eval();
    check_rtl_assertions();
    if (trace_) trace_->dump(context_->time());
    if (!in_reset()) {
      sample_cycle(
          StreamSample{bool(m.rx_tlp_valid_i), bool(m.rx_tlp_ready_o), bool(m.tx_tlp_valid_o),
                       bool(m.tx_tlp_ready_i),
                       read_beat(m.tx_tlp_data_o, m.tx_tlp_keep_o, bool(m.tx_tlp_last_o))});
    }
    context_->timeInc(kClockPeriodPs / 2);
    m.clk_i = 1;
    m.eval();  // concurrent assertions are checked on this edge
    check_rtl_assertions();
    if (trace_) trace_->dump(context_->time());
    context_->timeInc(kClockPeriodPs / 2);
    end_cycle();
  }

  uint32_t sim_read(uint16_t addr) override {
    const auto narrowed = static_cast<SimAddr>(addr);
    check_sim_addr(addr, narrowed);
    model_->sim_req_i = 1;
    model_->sim_we_i = 0;
    model_->sim_addr_i = narrowed;
    model_->eval();
    const uint32_t value = model_->sim_rdata_o;
    model_->sim_req_i = 0;
    model_->eval();
    return value;
  }

 protected:
  // `trace_name`: the waveform's name when no test is running.
  PcieBench(const PcieBenchOptions& options, const std::string& trace_name)
      : PcieBenchBase(options, kPortDw<decltype(std::declval<Model&>().rx_tlp_data_i)>),
        context_(std::make_unique<VerilatedContext>()) {
    static_assert(kPortDw<decltype(std::declval<Model&>().rx_tlp_data_i)> ==
                      kPortDw<decltype(std::declval<Model&>().tx_tlp_data_o)>,
                  "both TLP streams have one width");
    // A failed assertion ($error, --assert) sets gotError() instead of aborting the process, so
    // it can fail the test that caused it and the rest of the run goes on.
    context_->fatalOnError(false);
    const bool tracing = trace_requested();
    if (tracing) context_->traceEverOn(true);  // must precede the model's construction
    model_ = std::make_unique<Model>(context_.get(), "TOP");
    if (tracing) {
      const std::string path = trace_path(trace_name);
      trace_ = std::make_unique<VerilatedFstC>();
      model_->trace(trace_.get(), 99);
      trace_->open(path.c_str());
      std::printf("[  TRACE   ] %s\n", path.c_str());
    }
    model_->clk_i = 0;
    model_->rst_ni = 0;
    model_->eval();
  }

 private:
  using SimAddr = std::remove_reference_t<decltype(std::declval<Model&>().sim_addr_i)>;

  void check_rtl_assertions() {
    if (!context_->gotError()) return;
    context_->gotError(false);  // $error also sets these; clear them for the next failure
    context_->gotFinish(false);
    rtl_assertion_failed();
  }

  std::unique_ptr<VerilatedContext> context_;
  std::unique_ptr<Model> model_;
  std::unique_ptr<VerilatedFstC> trace_;
};

}  // namespace tb
