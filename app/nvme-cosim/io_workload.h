// SPDX-License-Identifier: Apache-2.0
// The workload of `nvme-cosim io` (docs/cli.md), on the driver alone: per I/O queue pair a group
// of iodepth workers, each a platform task with one I/O in flight through a BlockIo of its own,
// the latency of every I/O, the errors, and the verify pattern. Plain C++ over nvme::Platform
// and nvme::Controller: no SystemC, and nothing that depends on the wall clock or host threads,
// so a seed fixes the whole run.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "block_io.h"
#include "cli_options.h"
#include "controller.h"
#include "platform.h"

namespace cli {

// The verify pattern: 8-byte word `word` (0, 1, ...) of logical block `lba`. A block written
// to the wrong LBA, or a word moved within its block, reads as a mismatch.
uint64_t io_pattern_word(uint32_t seed, uint64_t lba, uint64_t word);

// Latency statistics of a set of samples, percentiles by nearest rank (the smallest sample with
// at least p% of the samples at or below it), exact: every sample is kept.
struct LatencySummary {
  uint64_t min = 0;
  double mean = 0;
  uint64_t max = 0;
  uint64_t p50 = 0;
  uint64_t p90 = 0;
  uint64_t p99 = 0;
  uint64_t p99_9 = 0;
};
// `samples` not empty.
LatencySummary summarize_latencies(std::vector<uint64_t> samples);
// The `per_mille`/1000 quantile of `sorted` (ascending, not empty) by nearest rank.
uint64_t nearest_rank(const std::vector<uint64_t>& sorted, unsigned per_mille);

// One direction of a phase: the I/Os that succeeded.
struct IoDirectionStats {
  uint64_t ios = 0;
  uint64_t bytes = 0;
  std::vector<uint64_t> latencies_ns;  // SQ doorbell to CQE reaped, one per I/O
};

// The phases of a run: with verify, a workload that does not write has the region written with
// the pattern first (prefill), and one that does not read has the region read back and
// checked afterwards (readback); neither is counted in the workload's statistics.
enum class IoPhase { kPrefill, kWorkload, kReadback };
const char* io_phase_name(IoPhase phase);  // "prefill", "workload", "readback"

struct IoPhaseStats {
  IoDirectionStats read;
  IoDirectionStats write;
  uint64_t started_ns = 0;   // the workers were started
  uint64_t finished_ns = 0;  // the last worker ended
  uint64_t commands = 0;     // NVMe commands (an I/O above MDTS takes several)
  uint64_t elapsed_ns() const { return finished_ns - started_ns; }
};

struct IoError {
  enum class Kind { kStatus, kTimeout, kVerify };
  Kind kind = Kind::kStatus;
  uint64_t at_ns = 0;  // when it was found (the I/O completed)
  uint16_t qid = 0;
  bool write = false;
  IoPhase phase = IoPhase::kWorkload;
  uint64_t lba = 0;     // the I/O's first block, or the mismatching block (kVerify)
  uint32_t blocks = 0;  // the I/O's
  std::string what;     // the status, or the mismatch
};
const char* io_error_kind_name(IoError::Kind kind);  // "status", "timeout", "verify"
// "read qid 1 LBA 0x800 (8 blocks) at 1.234567 ms: Invalid Field in Command (...)"
std::string describe(const IoError& error);

struct IoResult {
  bool prefilled = false;
  IoPhaseStats prefill;  // verify on a pattern that does not write: the region written first
  IoPhaseStats workload;
  bool read_back = false;
  IoPhaseStats readback;  // verify on a pattern that does not read: the region read afterwards
  bool runtime_reached = false;  // --runtime stopped the workload before its last I/O
  uint64_t planned_ios = 0;      // size / bs

  // Errors, each counted, of every phase.
  uint64_t status_errors = 0;         // a CQE with a status other than success
  uint64_t timeouts = 0;              // an I/O outlived --io-timeout (and was recovered)
  uint64_t verify_mismatches = 0;     // blocks that read other than they must
  uint64_t checked_blocks = 0;        // blocks verified
  std::vector<IoError> first_errors;  // the first kErrorsDescribed, in the order found
  static constexpr size_t kErrorsDescribed = 5;

  uint64_t errors() const { return status_errors + timeouts + verify_mismatches; }
};

struct IoJobSettings {
  IoWorkload workload;
  uint32_t seed = 1;
  nvme::NamespaceFormat ns;
  uint32_t max_transfer_bytes = 0;  // MDTS in bytes, 0: no limit
};

// Runs in a platform task, once the controller is LIVE with its I/O queues. Shared state: the
// workers are cooperative tasks of one platform, so the groups' cursors, the block states and
// the result are touched only between waits, never concurrently.
class IoJob {
 public:
  // Workers use controller.io_queue(0 .. workload.queues - 1): that many must exist.
  IoJob(nvme::Platform& platform, nvme::Controller& controller, IoJobSettings settings);
  ~IoJob();
  IoJob(const IoJob&) = delete;
  IoJob& operator=(const IoJob&) = delete;

  // Called each time another tenth of a phase's planned I/Os has completed.
  using Progress = std::function<void(IoPhase phase, uint64_t done, uint64_t planned)>;
  void set_progress(Progress progress) { m_progress = std::move(progress); }

  // The prefill, the workload, the readback; returns when every worker has ended.
  IoResult run();

 private:
  struct Worker;
  struct Group;
  enum class BlockState : uint8_t { kInFlight, kWritten };  // no entry: never written

  void run_phase(IoPhase phase);
  void work(Worker& worker, Group& group, IoPhase phase, uint64_t deadline_ns);
  void fill_pattern(Worker& worker, uint64_t lba, uint32_t blocks);
  void check_read(Worker& worker, uint16_t qid, IoPhase phase, uint64_t lba, uint32_t blocks,
                  const std::vector<bool>& written_before);
  void add_error(IoError error);

  nvme::Platform& m_platform;
  nvme::Controller& m_controller;
  const IoJobSettings m_settings;
  std::vector<std::unique_ptr<Worker>> m_workers;
  std::vector<Group> m_groups;
  std::unordered_map<uint64_t, BlockState> m_blocks;  // by LBA, with verify
  IoResult m_result;
  IoPhaseStats* m_phase = nullptr;
  uint64_t m_phase_planned = 0;
  uint64_t m_phase_done = 0;
  Progress m_progress;
};

}  // namespace cli
