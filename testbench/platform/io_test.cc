// SPDX-License-Identifier: Apache-2.0
// Block I/O through the host driver on the whole co-simulation: several I/O queue pairs with
// their own vectors, tasks writing, reading back, deallocating and flushing at random, and the
// data checked against the test's own model of every block.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "block_io.h"
#include "controller.h"
#include "media_store.h"
#include "seed_mix.h"
#include "sim_control.h"

namespace cosim::test {
namespace {

constexpr uint32_t kNsBlocks = 1u << 20;  // 512 MiB of 512-byte blocks
constexpr uint32_t kWorkerBlocks = 1024;  // each worker owns 512 KiB of LBAs

// The 8 bytes at `offset` of a block written with `version` (0: never written, reads zeros).
uint64_t block_word(uint64_t lba, uint32_t version, unsigned offset, uint32_t seed) {
  if (version == 0) return 0;
  return common::derive_seed(common::derive_seed(seed, lba), version * 4096 + offset) | 1;
}

struct IoCase {
  uint32_t seed;
  unsigned queues;
  unsigned workers_per_queue;
};

class DriverIo : public ::testing::TestWithParam<IoCase> {};

// Each worker owns a range of LBAs and tracks which version of data each of its blocks holds;
// random transfers (1..256 blocks, any DW offset into the buffer's first page, so PRP1 alone,
// PRP1 + PRP2 and PRP lists all occur) are written, read back and compared, and ranges are
// deallocated or zeroed, with a Flush now and then. At the end every block of every worker is
// read and checked, and the media holds what the model says.
TEST_P(DriverIo, EveryBlockHoldsWhatWasLastWritten) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  const IoCase param = GetParam();
  CosimOptions options;
  options.platform.msix_vectors = param.queues + 1;
  options.bridge.media.latency_cycles = 500;  // 2 us
  simulate(options, [&](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    sim_control::add_namespaces(s.bridge, {1}, kNsBlocks,
                                [](uint32_t) { return sim_control::kNsActive; });
    nvme::ControllerOptions copts;
    copts.io_queues = param.queues;
    nvme::Controller ctrl(s.platform, 0, copts);
    ASSERT_TRUE(ctrl.bring_up());
    ASSERT_EQ(ctrl.io_queue_count(), param.queues);
    for (unsigned q = 0; q < param.queues; ++q) {
      EXPECT_EQ(ctrl.io_queue(q)->vector(), q + 1) << "each queue has its own vector";
    }

    const nvme::NamespaceFormat ns{1, 9, kNsBlocks};
    const unsigned workers = param.queues * param.workers_per_queue;
    std::vector<std::vector<uint32_t>> versions(workers, std::vector<uint32_t>(kWorkerBlocks));
    unsigned finished = 0;
    uint64_t mismatches = 0, failures = 0, reads = 0;
    auto done = s.platform.make_completion();

    for (unsigned w = 0; w < workers; ++w) {
      s.platform.spawn("worker" + std::to_string(w), [&, w] {
        nvme::BlockIo io(s.platform, *ctrl.io_queue(w % param.queues), 128 * 1024, 1'000'000'000);
        std::mt19937_64 rng(common::derive_seed(param.seed, w));
        const uint64_t base = uint64_t{w} * kWorkerBlocks;
        const nvme::DmaBuffer buf = s.platform.alloc_dma(132 * 1024, 4096);
        std::vector<uint32_t>& version = versions[w];
        uint32_t next_version = 1;

        auto check = [&](uint32_t first, uint32_t count, uint64_t at) {
          std::vector<uint64_t> got(count * 64);
          s.platform.read_dma(at, got.data(), got.size() * 8);
          for (uint32_t b = 0; b < count; ++b) {
            for (unsigned i = 0; i < 64; ++i) {
              const uint64_t want = block_word(base + first + b, version[first + b], i, param.seed);
              if (got[b * 64 + i] != want && mismatches++ < 5) {
                ADD_FAILURE() << "worker " << w << " LBA " << base + first + b << " word " << i
                              << ": got " << got[b * 64 + i] << ", want " << want;
              }
            }
          }
          ++reads;
        };

        for (int op = 0; op < 24; ++op) {
          const uint32_t count = 1 + rng() % 256;  // up to MDTS
          const uint32_t first = rng() % (kWorkerBlocks - count);
          const uint64_t at = buf.bus_address + (rng() % 1024) * 4;
          const unsigned kind = rng() % 10;
          nvme::CommandResult r;
          if (kind < 5) {
            const uint32_t v = next_version++;
            std::vector<uint64_t> data(count * 64);
            for (uint32_t b = 0; b < count; ++b) {
              for (unsigned i = 0; i < 64; ++i) {
                data[b * 64 + i] = block_word(base + first + b, v, i, param.seed);
              }
            }
            s.platform.write_dma(at, data.data(), data.size() * 8);
            r = io.write(ns, base + first, count, at, /*fua=*/kind == 0);
            if (r.ok()) std::fill(version.begin() + first, version.begin() + first + count, v);
          } else if (kind < 8) {
            r = io.read(ns, base + first, count, at);
            if (r.ok()) check(first, count, at);
          } else if (kind == 8) {
            const std::vector<nvme::DsmRange> ranges = {{0, count / 2 + 1, base + first},
                                                        {0, 1, base + first + count - 1}};
            r = io.deallocate(ns, ranges);
            if (r.ok()) {
              std::fill(version.begin() + first, version.begin() + first + count / 2 + 1, 0);
              version[first + count - 1] = 0;
            }
          } else if (rng() & 1) {
            r = io.write_zeroes(ns, base + first, count, /*deallocate=*/rng() & 1);
            if (r.ok()) std::fill(version.begin() + first, version.begin() + first + count, 0);
          } else {
            r = io.flush(1);
          }
          if (!r.ok() && failures++ < 5) {
            ADD_FAILURE() << "worker " << w << " op " << op << ": status " << r.status;
          }
        }
        // Every block of the worker, read back.
        for (uint32_t first = 0; first < kWorkerBlocks; first += 256) {
          const nvme::CommandResult r = io.read(ns, base + first, 256, buf.bus_address);
          if (r.ok()) check(first, 256, buf.bus_address);
        }
        s.platform.free_dma(buf);
        if (++finished == workers) done->complete();
      });
    }
    done->wait();
    EXPECT_EQ(mismatches, 0u);
    EXPECT_EQ(failures, 0u);
    EXPECT_GT(reads, workers * 4u);
    // The media agrees with the model (Flush or not, nothing was lost: no power loss here).
    for (unsigned w = 0; w < workers; ++w) {
      for (uint32_t b = 0; b < kWorkerBlocks; b += 97) {
        const uint64_t lba = uint64_t{w} * kWorkerBlocks + b;
        uint64_t word = 0;
        s.bridge.media().read(common::media_address(1, lba, 9) + 8, &word, 8);
        EXPECT_EQ(word, block_word(lba, versions[w][b], 1, param.seed)) << "LBA " << lba;
      }
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Seeds, DriverIo,
                         ::testing::Values(IoCase{1, 1, 4}, IoCase{2, 4, 2}, IoCase{3, 16, 1},
                                           IoCase{4, 2, 8}, IoCase{5, 16, 1}),
                         [](const ::testing::TestParamInfo<IoCase>& info) {
                           return "Seed" + std::to_string(info.param.seed) + "Queues" +
                                  std::to_string(info.param.queues) + "x" +
                                  std::to_string(info.param.workers_per_queue);
                         });

// An I/O command that outlives its timeout feeds the recovery: the controller's Abort does not
// reach I/O commands (it looks among the admin slots), so the driver resets the controller; the
// reset waits for the device to finish with the media read, the command ends aborted, and the
// re-created queues carry I/O again.
TEST(DriverIoTimeout, RecoveredByAResetThenIoGoesOn) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  CosimOptions options;
  options.bridge.media.latency_cycles = 250'000;  // 1 ms at 4 ns
  simulate(options, [&](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    sim_control::add_namespaces(s.bridge, {1}, kNsBlocks,
                                [](uint32_t) { return sim_control::kNsActive; });
    nvme::ControllerOptions copts;
    copts.io_timeout = 200'000;  // 200 us: the wait after a refused Abort
    nvme::Controller ctrl(s.platform, 0, copts);
    ASSERT_TRUE(ctrl.bring_up());
    const nvme::NamespaceFormat ns{1, 9, kNsBlocks};
    const nvme::DmaBuffer buf = s.platform.alloc_dma(4096, 4096);
    nvme::BlockIo hasty(s.platform, *ctrl.io_queue(), 128 * 1024, 200'000);  // 200 us
    const nvme::CommandResult r = hasty.read(ns, 8, 8, buf.bus_address);
    EXPECT_TRUE(r.timed_out);
    EXPECT_EQ(r.status, nvme::kStatusHostAborted) << "ended by the reset";
    EXPECT_EQ(ctrl.aborts_sent(), 1u);
    EXPECT_EQ(ctrl.aborts_taken(), 0u) << "Abort does not reach I/O commands";
    EXPECT_EQ(ctrl.resets(), 1u);
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    nvme::BlockIo patient(s.platform, *ctrl.io_queue(), 128 * 1024, 10'000'000);  // 10 ms
    EXPECT_TRUE(patient.write(ns, 8, 8, buf.bus_address).ok());
    EXPECT_TRUE(patient.read(ns, 8, 8, buf.bus_address).ok());
    s.platform.free_dma(buf);
  });
}

}  // namespace
}  // namespace cosim::test
