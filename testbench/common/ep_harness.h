// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated pcie_ep: clock, reset, trace, host and NVMe-core side models.

#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "Vpcie_ep.h"
#include "host_memory.h"
#include "tlp.h"

class VerilatedContext;
class VerilatedFstC;

namespace tb {

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
  // send oversized completions on purpose (the device must drop them as malformed).
  bool obey_device_mps = true;
};

struct EpHarnessOptions {
  uint64_t seed = 1;                         // all random choices derive from this
  double tx_ready_probability = 1.0;         // per cycle, tx_tlp_ready_i
  double rx_idle_probability = 0.0;          // per beat, an idle cycle before presenting it
  unsigned reg_read_latency = 1;             // cycles from grant to rvalid, >= 1
  double reg_grant_stall_probability = 0.0;  // per cycle, withhold reg_gnt_i from a request
  double dma_wr_gap_probability = 0.0;       // per DW, an idle cycle on dma_wr_data_valid_i
  CompleterOptions completer;
  uint16_t host_id = 0x0000;               // root port requester/completer ID
  uint16_t device_bdf = 0x0100;            // 01:00.0, target of configuration requests
  uint64_t msi_window_first = 0xFEE00000;  // device MWr in this window are MSI(-X) messages
  uint64_t msi_window_last = 0xFEEFFFFF;
  uint64_t timeout_cycles = 20000;  // default limit for blocking helpers
  unsigned reset_cycles = 8;
  bool fail_on_violation = true;  // protocol violations by the DUT -> ADD_FAILURE
  bool verbose = false;           // print every TLP (also NVME_COSIM_VERBOSE=1)
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

struct RegAccess {
  uint64_t cycle;  // the grant cycle
  bool we;
  uint32_t addr;  // BAR0 byte offset
  uint8_t be;
  uint32_t data;  // written data, or the data the read returns
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

struct DmaReadBuffer {
  uint64_t addr = 0;
  unsigned len_bytes = 0;
  bool outstanding = false;      // accepted, done not yet seen
  std::vector<uint32_t> data;    // by DW offset inside the request
  std::vector<unsigned> writes;  // how often each DW offset was delivered

  bool each_dw_exactly_once() const;
};

struct DmaReadDone {
  uint64_t cycle;
  unsigned id;
  bool err;
};

struct DmaWriteDone {
  uint64_t cycle;
  bool err;
};

// Answers device memory reads from HostMemory with CplDs split at the RCB and the max payload.
// Deterministic for a given seed.
class HostMemoryCompleter {
 public:
  HostMemoryCompleter(HostMemory& memory, const CompleterOptions& options, uint64_t seed,
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

  HostMemory& memory_;
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

class EpHarness {
 public:
  static constexpr unsigned kNumMsixVectors = 8;
  static constexpr unsigned kNumDmaIds = 8;
  static constexpr unsigned kNumHostTags = 32;
  static constexpr unsigned kRegDws = 2048;  // BAR0 0000h-1FFFh behind the register port
  static constexpr uint64_t kClockPeriodPs = 4000;

  explicit EpHarness(const EpHarnessOptions& options = EpHarnessOptions());
  ~EpHarness();
  EpHarness(const EpHarness&) = delete;
  EpHarness& operator=(const EpHarness&) = delete;

  // ---- Clock and control --------------------------------------------------------------
  // One clock period: inputs driven with clk low, handshakes sampled, rising edge.
  void tick();
  void idle(uint64_t cycles);
  // Ticks until `done` holds. On timeout records a failure naming `what` and returns false.
  bool run_until(const std::function<bool()>& done, uint64_t max_cycles, const std::string& what);
  bool run_until(const std::function<bool()>& done, const std::string& what) {
    return run_until(done, options_.timeout_cycles, what);
  }
  // Reset pulse; drops everything in flight in the harness (logs are kept).
  void reset();
  uint64_t cycle() const { return cycle_; }         // ticks since construction, reset included
  EpHarnessOptions& options() { return options_; }  // changes apply from the next tick
  // Raw model access, e.g. dut().bus_master_en_o. Inputs are overwritten every tick.
  Vpcie_ep& dut() { return *model_; }
  // Called every tick at the sampling point (this cycle's inputs and outputs settled).
  void add_monitor(std::function<void(uint64_t cycle)> monitor);
  // DUT protocol violations found by the monitors (also reported as failures by default).
  const std::vector<std::string>& violations() const { return violations_; }

  // ---- RX stream: TLPs to the device -----------------------------------------------------
  // Queue a TLP; returns a ticket for wait_sent(). Non-posted requests reserve their tag, and
  // a Device Control write sets the MPS the host-memory completer obeys.
  uint64_t send(const Tlp& tlp);
  // For malformed streams; the TLPs the beats form are treated as send() treats them.
  uint64_t send_raw_beats(std::vector<Beat> beats);
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
  HostMemory& host_memory() { return memory_; }
  CompleterOptions& completer_options() { return options_.completer; }
  void add_completion_fault(uint64_t first, uint64_t last, CompletionFault fault, int count = -1) {
    completer_.add_fault(first, last, fault, count);
  }
  void clear_completion_faults() { completer_.clear_faults(); }
  const std::vector<DeviceRead>& device_reads() const { return completer_.reads(); }
  size_t pending_device_reads() const { return completer_.pending_reads(); }
  const std::vector<MsiEvent>& msi_events() const { return msi_events_; }
  bool wait_msi_count(size_t count, const std::string& what = "MSI-X messages");

  // ---- Register block behind reg_* -------------------------------------------------------
  uint32_t& reg(uint32_t byte_offset) { return regs_[(byte_offset >> 2) % kRegDws]; }
  const std::vector<RegAccess>& reg_log() const { return reg_log_; }
  // Sees each access before it is logged; may change a read's data (side-effect registers).
  void set_reg_hook(std::function<void(RegAccess&)> hook) { reg_hook_ = std::move(hook); }

  // ---- NVMe-core side: DMA and MSI-X requests --------------------------------------------
  void queue_dma_read(unsigned id, uint64_t addr, unsigned len_bytes);
  bool dma_read(unsigned id, uint64_t addr, unsigned len_bytes);  // returns once accepted
  const DmaReadBuffer& dma_read_buffer(unsigned id) const { return dma_rd_buffers_.at(id); }
  // Waits for (and consumes) the next done pulse for `id`.
  std::optional<DmaReadDone> wait_dma_read_done(unsigned id);
  std::optional<DmaReadDone> wait_dma_read_done(unsigned id, uint64_t max_cycles);
  const std::vector<DmaReadDone>& dma_read_done_events() const { return dma_rd_done_log_; }

  void queue_dma_write(uint64_t addr, std::vector<uint32_t> data);
  bool dma_write(uint64_t addr, std::vector<uint32_t> data);  // returns once accepted
  std::optional<DmaWriteDone> wait_dma_write_done();
  std::optional<DmaWriteDone> wait_dma_write_done(uint64_t max_cycles);
  const std::vector<DmaWriteDone>& dma_write_done_events() const { return dma_wr_done_log_; }

  // Pulses msix_req_i for one cycle on the next tick (several calls: consecutive cycles).
  void raise_msix(unsigned vector) { msix_queue_.push_back(vector); }

  // ---- Simulation control sideband -------------------------------------------------------
  void sim_write(uint8_t addr, uint32_t data);  // one tick
  uint32_t sim_read(uint8_t addr);              // combinational, no tick

 private:
  struct RxPacket {
    std::vector<Beat> beats;
    std::optional<Tlp> tlp;  // absent for raw beats
    uint64_t ticket = 0;     // 0 for completer traffic
  };
  struct PendingRegRead {
    uint64_t due_cycle;
    uint32_t data;
  };
  struct DmaReadRequest {
    unsigned id;
    uint64_t addr;
    unsigned len_bytes;
  };
  struct DmaWriteRequest {
    uint64_t addr;
    std::vector<uint32_t> data;
  };
  // Outputs seen on a cycle where valid/req waited: they must hold until the handshake.
  struct HeldTx {
    bool waiting = false;
    uint64_t data = 0;
    uint8_t keep = 0;
    bool last = false;
  };
  struct HeldReg {
    bool waiting = false;
    bool we = false;
    uint32_t addr = 0;
    uint32_t wdata = 0;
    uint8_t be = 0;
  };

  void open_trace();
  void drive_inputs();
  void drive_rx();
  void drive_dma();
  void drive_reg_grant();
  void sample();
  void sample_rx();
  void sample_tx();
  void sample_reg();
  void sample_dma();
  void on_device_tlp(const Tlp& tlp);
  void on_device_completion(const Tlp& tlp);
  void on_device_write(const Tlp& tlp);
  void check_device_request(const Tlp& tlp);
  void violation(const std::string& what);
  bool chance(std::mt19937_64& rng, double probability);
  void drop_in_flight();
  void note_host_request(const Tlp& tlp);

  EpHarnessOptions options_;
  std::unique_ptr<VerilatedContext> context_;
  std::unique_ptr<Vpcie_ep> model_;
  std::unique_ptr<VerilatedFstC> trace_;
  uint64_t cycle_ = 0;
  bool in_reset_ = false;
  std::vector<std::function<void(uint64_t)>> monitors_;
  std::vector<std::string> violations_;

  // Independent random streams, so changing one knob does not reshuffle the others.
  std::mt19937_64 rng_rx_, rng_tx_, rng_reg_, rng_dma_;

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
  HostMemory memory_;
  HostMemoryCompleter completer_;

  // Register block.
  std::array<uint32_t, kRegDws> regs_{};
  std::deque<PendingRegRead> reg_reads_;
  std::vector<RegAccess> reg_log_;
  std::function<void(RegAccess&)> reg_hook_;
  bool reg_stall_ = false;
  HeldReg reg_held_;

  // DMA and MSI-X requests from the core side.
  std::deque<DmaReadRequest> dma_rd_queue_;
  std::array<DmaReadBuffer, kNumDmaIds> dma_rd_buffers_;
  std::array<std::deque<DmaReadDone>, kNumDmaIds> dma_rd_done_unclaimed_;
  std::vector<DmaReadDone> dma_rd_done_log_;
  std::deque<DmaWriteRequest> dma_wr_queue_;
  std::deque<uint32_t> dma_wr_data_;  // data of accepted write requests, in order
  bool dma_wr_presenting_ = false;
  std::deque<DmaWriteDone> dma_wr_done_unclaimed_;
  std::vector<DmaWriteDone> dma_wr_done_log_;
  uint64_t dma_rd_accepted_ = 0, dma_wr_accepted_ = 0;
  std::deque<unsigned> msix_queue_;

  // Simulation control write for the next tick.
  std::optional<std::pair<uint8_t, uint32_t>> sim_write_;
};

}  // namespace tb
