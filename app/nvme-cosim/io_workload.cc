// SPDX-License-Identifier: Apache-2.0
// nvme-cosim io's workers, latency statistics and verify pattern.

#include "io_workload.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <numeric>

#include "nvme_spec.h"
#include "seed_mix.h"

namespace cli {

namespace {

// Worker streams: queue << 10 | worker, unique while iodepth stays below 1024.
static_assert(kMaxIoDepth < 1024, "worker streams need iodepth below 1024");
constexpr unsigned kWorkerStreamBits = 10;

// A splitmix64 sequence: cheap, and its numbers are fixed by the seed on every host.
class Random {
 public:
  explicit Random(uint64_t seed) : m_state(seed) {}
  uint64_t next() {
    m_state += common::kGoldenGamma;
    return common::mix64(m_state);
  }
  // Uniform in [0, n): the high half of a 64x64-bit product, without the bias of a modulo.
  uint64_t below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
  }

 private:
  uint64_t m_state;
};

std::string hex(uint64_t value) {
  char text[24];
  std::snprintf(text, sizeof text, "0x%" PRIx64, value);
  return text;
}

std::string word_text(uint64_t value) {
  char text[24];
  std::snprintf(text, sizeof text, "0x%016" PRIx64, value);
  return text;
}

uint64_t load64(const uint8_t* bytes) {
  uint64_t value;
  std::memcpy(&value, bytes, sizeof value);
  return value;
}

}  // namespace

uint64_t io_pattern_word(uint32_t seed, uint64_t lba, uint64_t word) {
  return common::derive_seed(common::derive_seed(seed, lba), word);
}

uint64_t nearest_rank(const std::vector<uint64_t>& sorted, unsigned per_mille) {
  const uint64_t n = sorted.size();
  const uint64_t rank = std::max<uint64_t>(1, (n * per_mille + 999) / 1000);
  return sorted[rank - 1];
}

LatencySummary summarize_latencies(std::vector<uint64_t> samples) {
  std::sort(samples.begin(), samples.end());
  LatencySummary s;
  s.min = samples.front();
  s.max = samples.back();
  s.mean = static_cast<double>(std::accumulate(samples.begin(), samples.end(), uint64_t{0})) /
           static_cast<double>(samples.size());
  s.p50 = nearest_rank(samples, 500);
  s.p90 = nearest_rank(samples, 900);
  s.p99 = nearest_rank(samples, 990);
  s.p99_9 = nearest_rank(samples, 999);
  return s;
}

const char* io_error_kind_name(IoError::Kind kind) {
  switch (kind) {
    case IoError::Kind::kStatus:
      return "status";
    case IoError::Kind::kTimeout:
      return "timeout";
    case IoError::Kind::kVerify:
      return "verify";
  }
  return "?";
}

const char* io_phase_name(IoPhase phase) {
  switch (phase) {
    case IoPhase::kPrefill:
      return "prefill";
    case IoPhase::kWorkload:
      return "workload";
    case IoPhase::kReadback:
      return "readback";
  }
  return "?";
}

std::string describe(const IoError& error) {
  char when[32];
  std::snprintf(when, sizeof when, "%.6f ms", static_cast<double>(error.at_ns) / 1e6);
  const std::string phase =
      error.phase == IoPhase::kWorkload ? "" : std::string(io_phase_name(error.phase)) + " ";
  return phase + (error.write ? "write" : "read") + " qid " + std::to_string(error.qid) + " LBA " +
         hex(error.lba) + " (" + std::to_string(error.blocks) + " block" +
         (error.blocks == 1 ? "" : "s") + ") at " + when + ": " + error.what;
}

struct IoJob::Worker {
  unsigned queue = 0;  // index into the controller's I/O queues
  std::unique_ptr<nvme::BlockIo> io;
  nvme::DmaBuffer buffer;     // bs bytes
  std::vector<uint8_t> data;  // with verify: the pattern to write, the data read
  Random random{0};
  // A command given up on (no recovery ended it) may still move the buffer's data: the
  // worker does no more I/O and its buffer is never freed.
  bool retired = false;
};

// The I/Os of one queue's workers in a phase: `budget` of them; sequential offsets from
// `first_slot` on, in bs steps (slot k is bytes [k bs, (k + 1) bs) of the region).
struct IoJob::Group {
  uint64_t first_slot = 0;
  uint64_t budget = 0;
  uint64_t issued = 0;
};

IoJob::IoJob(nvme::Platform& platform, nvme::Controller& controller, IoJobSettings settings)
    : m_platform(platform), m_controller(controller), m_settings(std::move(settings)) {
  const IoWorkload& w = m_settings.workload;
  const nvme::Nanoseconds timeout = w.io_timeout / kNs;
  for (unsigned q = 0; q < w.queues; ++q) {
    for (unsigned i = 0; i < w.iodepth; ++i) {
      auto worker = std::make_unique<Worker>();
      worker->queue = q;
      worker->io = std::make_unique<nvme::BlockIo>(m_platform, *m_controller.io_queue(q),
                                                   m_settings.max_transfer_bytes, timeout);
      worker->buffer = m_platform.alloc_dma(w.bs, 4096);
      if (w.verify) worker->data.resize(w.bs);
      worker->random = Random(common::derive_seed(m_settings.seed, q << kWorkerStreamBits | i));
      m_workers.push_back(std::move(worker));
    }
  }
}

IoJob::~IoJob() {
  for (const auto& worker : m_workers) {
    if (!worker->retired) m_platform.free_dma(worker->buffer);
  }
}

IoResult IoJob::run() {
  const IoWorkload& w = m_settings.workload;
  m_result.planned_ios = w.size / w.bs;
  // Reads have nothing to be checked against until the region is written; writes are checked
  // by reading them back.
  if (w.verify && !io_pattern_writes(w.pattern)) {
    m_result.prefilled = true;
    run_phase(IoPhase::kPrefill);
  }
  run_phase(IoPhase::kWorkload);
  if (w.verify && !io_pattern_reads(w.pattern)) {
    m_result.read_back = true;
    run_phase(IoPhase::kReadback);
  }
  return m_result;
}

void IoJob::run_phase(IoPhase phase) {
  const IoWorkload& w = m_settings.workload;
  m_phase = phase == IoPhase::kPrefill    ? &m_result.prefill
            : phase == IoPhase::kWorkload ? &m_result.workload
                                          : &m_result.readback;
  m_phase_planned = w.size / w.bs;
  m_phase_done = 0;
  // Each queue takes an equal share of the I/Os (the first ones one more when they do not
  // divide), and its sequential offsets start where the previous queue's share ends: the
  // sequential patterns cover the region exactly once.
  m_groups.assign(w.queues, Group());
  uint64_t first = 0;
  for (unsigned q = 0; q < w.queues; ++q) {
    m_groups[q].first_slot = first;
    m_groups[q].budget = m_phase_planned / w.queues + (q < m_phase_planned % w.queues ? 1 : 0);
    first += m_groups[q].budget;
  }
  uint64_t commands_before = 0;
  for (const auto& worker : m_workers) commands_before += worker->io->commands();

  m_phase->started_ns = m_platform.now();
  const uint64_t deadline = phase == IoPhase::kWorkload && w.runtime
                                ? m_phase->started_ns + (*w.runtime + kNs - 1) / kNs
                                : UINT64_MAX;
  std::vector<std::unique_ptr<nvme::Completion>> ended;
  for (const auto& worker : m_workers) {
    if (worker->retired) continue;
    ended.push_back(m_platform.make_completion());
    nvme::Completion* done = ended.back().get();
    Worker* const self = worker.get();
    m_platform.spawn("io_worker", [this, self, phase, deadline, done] {
      work(*self, m_groups[self->queue], phase, deadline);
      done->complete();
    });
  }
  for (const auto& done : ended) done->wait();
  m_phase->finished_ns = m_platform.now();
  uint64_t commands_after = 0;
  for (const auto& worker : m_workers) commands_after += worker->io->commands();
  m_phase->commands = commands_after - commands_before;
}

void IoJob::work(Worker& worker, Group& group, IoPhase phase, uint64_t deadline_ns) {
  const IoWorkload& w = m_settings.workload;
  const nvme::NamespaceFormat& ns = m_settings.ns;
  const uint32_t blocks = static_cast<uint32_t>(w.bs >> ns.lba_shift);
  const uint64_t slots = w.size / w.bs;
  const bool random = phase == IoPhase::kWorkload && io_pattern_random(w.pattern);
  const uint16_t qid = m_controller.io_queue(worker.queue)->qid();
  std::vector<bool> written_before;
  while (group.issued < group.budget) {
    if (m_platform.now() >= deadline_ns) {
      m_result.runtime_reached = true;
      break;
    }
    const uint64_t k = group.issued++;
    uint64_t slot = 0;
    bool write = false;
    if (random) {
      slot = worker.random.below(slots);
      write = w.pattern == IoPattern::kRandWrite ||
              (w.pattern == IoPattern::kRandRw && worker.random.below(100) >= w.read_percent);
    } else {
      slot = (group.first_slot + k) % slots;
      write = phase == IoPhase::kPrefill ||
              (phase == IoPhase::kWorkload && w.pattern == IoPattern::kWrite);
    }
    const uint64_t lba = slot * blocks;

    nvme::CommandResult result;
    if (write) {
      if (w.verify) {
        fill_pattern(worker, lba, blocks);
        // A written block stays written (emplace leaves it): every write of a block carries
        // the same pattern.
        for (uint32_t b = 0; b < blocks; ++b) m_blocks.emplace(lba + b, BlockState::kInFlight);
      }
      result = worker.io->write(ns, lba, blocks, worker.buffer.bus_address);
      if (w.verify && result.ok()) {
        for (uint32_t b = 0; b < blocks; ++b) m_blocks[lba + b] = BlockState::kWritten;
      }
    } else {
      if (w.verify) {
        // Blocks written before the read was submitted must read as their pattern; a write
        // that was in flight meanwhile may or may not be seen.
        written_before.assign(blocks, false);
        for (uint32_t b = 0; b < blocks; ++b) {
          const auto it = m_blocks.find(lba + b);
          written_before[b] = it != m_blocks.end() && it->second == BlockState::kWritten;
        }
      }
      result = worker.io->read(ns, lba, blocks, worker.buffer.bus_address);
    }

    if (result.ok()) {
      IoDirectionStats& stats = write ? m_phase->write : m_phase->read;
      ++stats.ios;
      stats.bytes += w.bs;
      stats.latencies_ns.push_back(result.completed - result.submitted);
      if (!write && w.verify) check_read(worker, qid, phase, lba, blocks, written_before);
    } else {
      IoError error;
      error.kind = result.timed_out ? IoError::Kind::kTimeout : IoError::Kind::kStatus;
      error.at_ns = m_platform.now();
      error.qid = qid;
      error.write = write;
      error.phase = phase;
      error.lba = lba;
      error.blocks = blocks;
      error.what = result.timed_out
                       ? "timed out, recovery ended it with " + nvme::status_name(result.status)
                       : nvme::status_name(result.status);
      add_error(std::move(error));
      if (result.timed_out && result.status == nvme::kStatusHostTimeout) {
        worker.retired = true;
        break;
      }
    }
    ++m_phase_done;
    if (m_progress &&
        m_phase_done * 10 / m_phase_planned != (m_phase_done - 1) * 10 / m_phase_planned)
      m_progress(phase, m_phase_done, m_phase_planned);
  }
}

void IoJob::fill_pattern(Worker& worker, uint64_t lba, uint32_t blocks) {
  const uint32_t block_bytes = m_settings.ns.block_bytes();
  for (uint32_t b = 0; b < blocks; ++b) {
    uint8_t* block = worker.data.data() + size_t{b} * block_bytes;
    for (uint32_t i = 0; i < block_bytes / 8; ++i) {
      const uint64_t value = io_pattern_word(m_settings.seed, lba + b, i);
      std::memcpy(block + 8 * i, &value, sizeof value);
    }
  }
  m_platform.write_dma(worker.buffer.bus_address, worker.data.data(), worker.data.size());
}

void IoJob::check_read(Worker& worker, uint16_t qid, IoPhase phase, uint64_t lba, uint32_t blocks,
                       const std::vector<bool>& written_before) {
  const uint32_t block_bytes = m_settings.ns.block_bytes();
  m_platform.read_dma(worker.buffer.bus_address, worker.data.data(), worker.data.size());
  for (uint32_t b = 0; b < blocks; ++b) {
    const uint64_t block = lba + b;
    const uint8_t* data = worker.data.data() + size_t{b} * block_bytes;
    ++m_result.checked_blocks;
    const bool must_be_pattern = written_before[b];
    const bool may_be_pattern = must_be_pattern || m_blocks.count(block) != 0;
    uint32_t first_bad = block_bytes / 8;  // the first word that is not the pattern
    if (may_be_pattern) {
      for (uint32_t i = 0; i < block_bytes / 8; ++i) {
        if (load64(data + 8 * i) != io_pattern_word(m_settings.seed, block, i)) {
          first_bad = i;
          break;
        }
      }
      if (first_bad == block_bytes / 8) continue;
    }
    uint32_t first_nonzero = block_bytes / 8;
    if (!must_be_pattern) {
      for (uint32_t i = 0; i < block_bytes / 8; ++i) {
        if (load64(data + 8 * i) != 0) {
          first_nonzero = i;
          break;
        }
      }
      if (first_nonzero == block_bytes / 8) continue;
    }
    const uint32_t word = may_be_pattern ? first_bad : first_nonzero;
    const std::string held = "word " + std::to_string(word) + " (byte " + std::to_string(8 * word) +
                             ") holds " + word_text(load64(data + 8 * word));
    const std::string pattern = word_text(io_pattern_word(m_settings.seed, block, word));
    IoError error;
    error.kind = IoError::Kind::kVerify;
    error.at_ns = m_platform.now();
    error.qid = qid;
    error.phase = phase;
    error.lba = lba;
    error.blocks = blocks;
    error.what =
        "block " + hex(block) +
        (must_be_pattern ? " written before this read: " + held + ", its pattern " + pattern
         : may_be_pattern
             ? " (a write of it in flight): " + held + ", neither zero nor its pattern " + pattern
             : " never written: " + held + ", not zero");
    add_error(std::move(error));
  }
}

void IoJob::add_error(IoError error) {
  if (error.kind == IoError::Kind::kStatus) ++m_result.status_errors;
  if (error.kind == IoError::Kind::kTimeout) ++m_result.timeouts;
  if (error.kind == IoError::Kind::kVerify) ++m_result.verify_mismatches;
  if (m_result.first_errors.size() < IoResult::kErrorsDescribed)
    m_result.first_errors.push_back(std::move(error));
}

}  // namespace cli
