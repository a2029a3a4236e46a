// SPDX-License-Identifier: Apache-2.0
// nvme-cosim io's pure parts: latency percentiles by nearest rank and the verify pattern. The
// workers themselves run on the co-simulation (cli.Program.Io*).

#include "io_workload.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace cli {
namespace {

TEST(IoStats, NearestRankPicksTheSmallestSampleCoveringThePercentile) {
  std::vector<uint64_t> hundred;
  for (uint64_t v = 1; v <= 100; ++v) hundred.push_back(v);
  EXPECT_EQ(nearest_rank(hundred, 500), 50u);
  EXPECT_EQ(nearest_rank(hundred, 900), 90u);
  EXPECT_EQ(nearest_rank(hundred, 990), 99u);
  EXPECT_EQ(nearest_rank(hundred, 999), 100u) << "99.9% of 100 samples: rank 99.9, rounded up";
  EXPECT_EQ(nearest_rank({7}, 500), 7u);
  EXPECT_EQ(nearest_rank({1, 2}, 500), 1u);
  EXPECT_EQ(nearest_rank({1, 2, 3}, 500), 2u);
  EXPECT_EQ(nearest_rank({1, 2, 3}, 0), 1u) << "rank at least 1";
}

TEST(IoStats, SummaryOfUnsortedSamples) {
  std::vector<uint64_t> samples;
  for (uint64_t v = 2000; v >= 1; --v) samples.push_back(v * 10);  // 10 .. 20000, descending
  const LatencySummary s = summarize_latencies(samples);
  EXPECT_EQ(s.min, 10u);
  EXPECT_EQ(s.max, 20000u);
  EXPECT_DOUBLE_EQ(s.mean, 10005.0);
  EXPECT_EQ(s.p50, 10000u);
  EXPECT_EQ(s.p90, 18000u);
  EXPECT_EQ(s.p99, 19800u);
  EXPECT_EQ(s.p99_9, 19980u);
}

TEST(IoVerify, PatternDependsOnSeedLbaAndWord) {
  std::set<uint64_t> words;
  for (uint32_t seed : {1u, 2u}) {
    for (uint64_t lba : {uint64_t{0}, uint64_t{1}, uint64_t{2}, uint64_t{1} << 32}) {
      for (uint64_t word = 0; word < 64; ++word) words.insert(io_pattern_word(seed, lba, word));
    }
  }
  EXPECT_EQ(words.size(), 2u * 4 * 64) << "every (seed, LBA, word) its own value";
  EXPECT_EQ(words.count(0), 0u) << "a pattern word of zero would pass for a block never written";
  EXPECT_EQ(io_pattern_word(1, 5, 3), io_pattern_word(1, 5, 3)) << "the same on every run";
}

TEST(IoErrors, DescriptionNamesTheIo) {
  IoError error;
  error.kind = IoError::Kind::kVerify;
  error.at_ns = 1'234'567;
  error.qid = 2;
  error.lba = 0x800;
  error.blocks = 8;
  error.what = "block 0x803 never written: word 0 (byte 0) holds 0x1, not zero";
  EXPECT_EQ(describe(error),
            "read qid 2 LBA 0x800 (8 blocks) at 1.234567 ms: block 0x803 never written: word 0 "
            "(byte 0) holds 0x1, not zero");
  error.phase = IoPhase::kPrefill;
  error.write = true;
  error.blocks = 1;
  EXPECT_EQ(describe(error).substr(0, 39), "prefill write qid 2 LBA 0x800 (1 block)");
  EXPECT_STREQ(io_error_kind_name(IoError::Kind::kTimeout), "timeout");
  EXPECT_STREQ(io_phase_name(IoPhase::kReadback), "readback");
}

}  // namespace
}  // namespace cli
