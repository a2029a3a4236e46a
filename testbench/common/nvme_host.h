// SPDX-License-Identifier: Apache-2.0
// A small NVMe host for RTL benches of the device: registers, queues in host memory, CQ reaping.

#pragma once

#include <nvme/types.h>  // register offsets and fields, opcodes, CNS/FID/LID values

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "nvme_spec.h"
#include "pcie_bench.h"
#include "sim_control.h"

namespace tb {

// Queue entries and admin command builders are the host driver's (cpp-host/nvme_spec.h); the
// tests name them unqualified.
using nvme::async_event_request_sqe;
using nvme::create_io_cq_sqe;
using nvme::create_io_sq_sqe;
using nvme::delete_io_cq_sqe;
using nvme::delete_io_sq_sqe;
using nvme::get_features_sqe;
using nvme::get_log_page_sqe;
using nvme::identify_sqe;
using nvme::set_features_sqe;
using nvme::Sqe;

// A CQE as the host reaped it.
struct NvmeCompletion {
  uint64_t cycle = 0;  // the cycle the entry appeared in host memory with the expected phase
  uint16_t cqid = 0;
  uint16_t cid = 0;
  uint16_t sqhd = 0;
  uint16_t sqid = 0;
  uint16_t status = 0;  // 15 bits: SC 7:0, SCT 10:8, CRD 12:11, M 13, DNR 14
  bool phase = false;
  uint32_t dw0 = 0;
  uint32_t dw1 = 0;

  uint8_t sc() const { return status & 0xFF; }
  uint8_t sct() const { return (status >> 8) & 0x7; }
  uint8_t crd() const { return (status >> 11) & 0x3; }
  bool more() const { return (status >> 13) & 1; }
  bool dnr() const { return (status >> 14) & 1; }
  bool ok() const { return status == 0; }
};

// Protocol-analyzer lines: the driver's for an SQE ("Identify cid 3 nsid 0x1 CNS 00h ..."),
// "CQE cq=0 sqid=0 cid=3 ..." for a completion.
using nvme::admin_opcode_name;
using nvme::describe;
std::string describe(const NvmeCompletion& completion);
std::ostream& operator<<(std::ostream& os, const NvmeCompletion& completion);

// Only the opcode, NSID and PRPs set: for opcodes the driver has no builder for.
Sqe make_sqe(uint8_t opcode, uint32_t nsid = 0, uint64_t prp1 = 0, uint64_t prp2 = 0);

struct NvmeHostOptions {
  uint64_t command_timeout_cycles = 200000;  // default limit of the wait_* helpers
  uint64_t ready_timeout_cycles = 200000;    // default limit of enable/disable/shutdown
  unsigned csts_poll_interval = 16;          // idle cycles between two CSTS reads
  // CQ head doorbell: written this many cycles after a batch of CQEs was reaped (0: at once),
  // or never while withheld (back-pressure tests; ring_cq_doorbell() writes it by hand).
  unsigned cq_doorbell_delay_cycles = 0;
  bool withhold_cq_doorbell = false;
  // A CQE whose CID is not outstanding on its SQ, or that lands on a CQ other than its SQ's,
  // fails the test.
  bool check_cids = true;
};

// Drives the NVMe controller through a bench's root port, with queues in the bench's host memory.
// It reaps completions every cycle from a bench monitor (so each CQE carries the cycle it
// appeared), and writes the CQ head doorbell as a host driver would. Meant for DevHarness; it
// only uses the PcieBenchBase interface. This is a test driver, not cpp-host's driver: no PRP
// lists, no namespaces, no error recovery.
class NvmeHost {
 public:
  static constexpr uint64_t kDefaultBar0 = 0xF000'0000;
  static constexpr uint16_t kAdminQid = 0;
  static constexpr uint32_t kCcIoQueueSizes =  // IOSQES = 6 (64 B), IOCQES = 4 (16 B)
      (6u << NVME_CC_IOSQES_SHIFT) | (4u << NVME_CC_IOCQES_SHIFT);
  // max_cycles arguments: 0 means the default from NvmeHostOptions.
  static constexpr uint64_t kDefaultTimeout = 0;
  enum class Cid { kAssign, kKeep };  // submit(): next free CID, or the SQE's own

  explicit NvmeHost(PcieBenchBase& bench, const NvmeHostOptions& options = NvmeHostOptions());
  ~NvmeHost();
  NvmeHost(const NvmeHost&) = delete;
  NvmeHost& operator=(const NvmeHost&) = delete;

  PcieBenchBase& bench() { return bench_; }
  NvmeHostOptions& options() { return options_; }

  // ---- PCIe bring-up ---------------------------------------------------------------------
  // Enumerates BAR0 at `bar0` (memory space and bus master on), points MSI-X vectors
  // 0..msix_vectors-1 at the bench's MSI window with data = vector number, enables MSI-X.
  bool init_pcie(uint64_t bar0 = kDefaultBar0, unsigned msix_vectors = 1);

  // ---- Controller registers (BAR0; 64-bit ones as two DW accesses, low DW first) ----------
  uint32_t read_reg32(uint32_t offset) { return bench_.bar0_read32(offset); }
  bool write_reg32(uint32_t offset, uint32_t value) { return bench_.bar0_write32(offset, value); }
  uint64_t read_reg64(uint32_t offset);
  bool write_reg64(uint32_t offset, uint64_t value);
  uint64_t read_cap() { return read_reg64(NVME_REG_CAP); }
  uint32_t read_vs() { return read_reg32(NVME_REG_VS); }
  bool write_intms(uint32_t mask) { return write_reg32(NVME_REG_INTMS, mask); }
  bool write_intmc(uint32_t mask) { return write_reg32(NVME_REG_INTMC, mask); }
  uint32_t read_cc() { return read_reg32(NVME_REG_CC); }
  bool write_cc(uint32_t value) { return write_reg32(NVME_REG_CC, value); }
  uint32_t read_csts() { return read_reg32(NVME_REG_CSTS); }
  uint32_t read_aqa() { return read_reg32(NVME_REG_AQA); }
  uint64_t read_asq() { return read_reg64(NVME_REG_ASQ); }
  uint64_t read_acq() { return read_reg64(NVME_REG_ACQ); }

  // ---- Controller state ------------------------------------------------------------------
  // Writes AQA/ASQ/ACQ and sets up the host side of the admin queue pair (CQ memory cleared).
  bool setup_admin_queue(uint16_t sq_entries, uint16_t cq_entries, uint64_t sq_addr,
                         uint64_t cq_addr);
  // CC = EN | IOSQES 6 | IOCQES 4 (CSS 0, MPS 0, AMS 0, SHN 0), then waits for CSTS.RDY = 1.
  // The admin queues restart empty at index 0.
  bool enable(uint64_t max_cycles = kDefaultTimeout);
  // Clears CC.EN and waits for CSTS.RDY = 0; the host forgets I/O queues and outstanding
  // commands (the controller reset deleted them) and clears the admin CQ.
  bool disable(uint64_t max_cycles = kDefaultTimeout);
  // CC.SHN = 01b (normal shutdown, EN kept), waits for CSTS.SHST = 10b.
  bool shutdown(uint64_t max_cycles = kDefaultTimeout);
  // Reads CSTS every csts_poll_interval cycles until (CSTS & mask) == value. CSTS.CFS fails.
  bool wait_csts(uint32_t mask, uint32_t value, uint64_t max_cycles, const std::string& what);

  // ---- Submission ------------------------------------------------------------------------
  // Writes the SQE at the tail of SQ `qid`, advances the tail and rings the SQ doorbell.
  // Waits (up to command_timeout_cycles) while the SQ is full. Returns the CID.
  uint16_t submit(Sqe sqe, uint16_t qid = kAdminQid, Cid cid = Cid::kAssign);
  // All SQEs, then one doorbell write.
  std::vector<uint16_t> submit_many(const std::vector<Sqe>& sqes, uint16_t qid = kAdminQid,
                                    Cid cid = Cid::kAssign);
  // The two halves of submit(): place an SQE without telling the device, then ring.
  uint16_t write_sqe(Sqe sqe, uint16_t qid = kAdminQid, Cid cid = Cid::kAssign);
  bool ring_sq_doorbell(uint16_t qid = kAdminQid);
  size_t outstanding(uint16_t sqid = kAdminQid) const;  // submitted, no CQE seen yet

  // ---- Completions -----------------------------------------------------------------------
  // Waits for the CQE of `cid` on SQ `sqid` and claims it (each CQE is claimed once).
  std::optional<NvmeCompletion> wait_completion(uint16_t cid, uint64_t max_cycles = kDefaultTimeout,
                                                uint16_t sqid = kAdminQid);
  // Waits until `count` unclaimed CQEs exist and claims the oldest `count` (fewer on timeout).
  std::vector<NvmeCompletion> wait_completions(size_t count, uint64_t max_cycles = kDefaultTimeout);
  size_t unclaimed_completions() const { return unclaimed_.size(); }
  // Every CQE reaped, claimed or not, in arrival order.
  const std::vector<NvmeCompletion>& completions() const { return log_; }
  // Writes CQ `qid`'s current head to its doorbell now (returns once the write was sent).
  bool ring_cq_doorbell(uint16_t qid = kAdminQid);
  uint16_t cq_head(uint16_t qid = kAdminQid) const;

  // ---- Interrupts (MSI-X vectors as programmed by init_pcie) ----------------------------
  std::vector<MsiEvent> interrupts(unsigned vector = 0) const;
  size_t interrupt_count(unsigned vector = 0) const { return interrupts(vector).size(); }
  bool wait_interrupts(size_t count, unsigned vector = 0, uint64_t max_cycles = kDefaultTimeout);

  // ---- I/O queues on the host side ------------------------------------------------------
  // create_io_cq/create_io_sq below call these; tests that submit the builders themselves call
  // them before submitting. Both clear nothing on the device.
  void add_io_cq(uint16_t qid, uint16_t entries, uint64_t addr);
  void add_io_sq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t cqid);
  void remove_io_cq(uint16_t qid) { cqs_.erase(qid); }
  void remove_io_sq(uint16_t qid) { sqs_.erase(qid); }

  // ---- Admin commands: submit on the admin SQ and return the CID -------------------------
  uint16_t identify(uint8_t cns, uint32_t nsid, uint64_t prp1, uint64_t prp2 = 0,
                    uint16_t cntid = 0);
  uint16_t get_features(uint8_t fid, uint32_t dw11 = 0,
                        nvme_get_features_sel sel = NVME_GET_FEATURES_SEL_CURRENT);
  uint16_t set_features(uint8_t fid, uint32_t dw11, bool save = false);
  // The create commands register the queue on the host side at once (dropped again if the
  // command fails); the delete commands unregister it when they complete successfully.
  uint16_t create_io_cq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t iv, bool ien);
  uint16_t create_io_sq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t cqid);
  uint16_t delete_io_sq(uint16_t qid);
  uint16_t delete_io_cq(uint16_t qid);
  uint16_t get_log_page(uint8_t lid, uint32_t bytes, uint64_t prp1, uint64_t prp2 = 0,
                        uint64_t offset = 0, bool rae = false, uint32_t nsid = NVME_NSID_ALL);
  uint16_t async_event_request();

  // ---- Simulation control of the NVMe core (common/sim_control.h) ----------------------------
  // One namespace entry; `lba_4k` selects 4 KiB blocks, `zero_capacity` makes NCAP read 0,
  // `fail_identify` makes its Identify commands fail (fault injection).
  void set_namespace(uint32_t nsid, uint64_t blocks, bool active = true, bool lba_4k = false,
                     bool zero_capacity = false, bool fail_identify = false);
  // These NSIDs active with `blocks` each (ascending runs are written without reselecting).
  void set_namespaces(const std::vector<uint32_t>& nsids, uint64_t blocks = 0x20'0000);
  void clear_namespaces();
  uint32_t namespace_count();
  void set_nn(uint32_t nn) { bench_.sim_write(sim_control::kNn, nn); }
  void set_ready_delay(uint32_t cycles) { bench_.sim_write(sim_control::kReadyDelay, cycles); }
  void set_slots(unsigned slots) { bench_.sim_write(sim_control::kSlots, slots); }
  void set_seed(uint32_t seed) { bench_.sim_write(sim_control::kSeed, seed); }
  // Every command's execution time in cycles: fixed, or uniform in [min, max].
  void set_latency(uint64_t min_cycles, uint64_t max_cycles, bool uniform);
  void set_latency_fixed(uint64_t cycles) { set_latency(cycles, cycles, false); }
  // Commands naming `nsid` use this distribution instead (index < sim_control::kLatencyOverrides).
  void set_latency_override(unsigned index, uint32_t nsid, uint64_t min_cycles, uint64_t max_cycles,
                            bool uniform);
  void raise_namespace_changed(uint32_t nsid) { bench_.sim_write(sim_control::kNsChanged, nsid); }
  uint64_t sim_now();
  uint64_t sim_wake();  // earliest self-timed event; all ones in 48 bits if none
  unsigned busy_slots() { return bench_.sim_read(sim_control::kBusySlots); }
  bool controller_idle() { return bench_.sim_read(sim_control::kIdle) & 1; }

 private:
  struct SqState {
    uint64_t addr = 0;
    uint16_t entries = 0;
    uint16_t cqid = 0;
    uint16_t tail = 0;
    uint16_t head = 0;  // from the SQHD of this SQ's CQEs
    uint16_t next_cid = 0;
    std::map<uint16_t, unsigned> outstanding;  // CID -> commands in flight with it
  };
  struct CqState {
    uint64_t addr = 0;
    uint16_t entries = 0;
    uint16_t head = 0;
    bool phase = true;  // the phase tag of a new entry at head
  };
  struct PendingDoorbell {
    uint64_t due_cycle;
    uint16_t qid;
    uint16_t head;
  };

  void reap(uint64_t cycle);  // the bench monitor
  void on_completion(const NvmeCompletion& completion);
  void send_cq_doorbell(uint16_t qid, uint16_t head);
  uint16_t assign_cid(SqState& sq);
  SqState* sq(uint16_t qid);
  uint64_t limit(uint64_t max_cycles, uint64_t fallback) const {
    return max_cycles ? max_cycles : fallback;
  }

  PcieBenchBase& bench_;
  NvmeHostOptions options_;
  uint64_t monitor_id_;
  std::map<uint16_t, SqState> sqs_;
  std::map<uint16_t, CqState> cqs_;
  std::deque<PendingDoorbell> doorbells_;
  std::vector<NvmeCompletion> log_;
  std::deque<size_t> unclaimed_;  // indices into log_, arrival order
  // Admin CID -> what to do with the host-side queues when that command completes.
  std::map<uint16_t, std::function<void(const NvmeCompletion&)>> on_admin_completion_;
  uint32_t cc_ = 0;  // the last value written to CC
};

}  // namespace tb
