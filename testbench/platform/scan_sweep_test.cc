// SPDX-License-Identifier: Apache-2.0
// The namespace scan's long sweeps on the full stack (label `slow`): the ordered scan's naming
// over 200 seeds in five configurations, and every strategy at 4096 namespaces.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "scan_test_util.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace cosim::test {
namespace {

struct SeedSweep {
  const char* name;
  ScanSetup setup;
  unsigned seeds;
};

void PrintTo(const SeedSweep& s, std::ostream* os) { *os << s.name; }

class OrderedScan : public testing::TestWithParam<SeedSweep> {};

// The completion chain's promise, over 200 seeds in all: names follow NSID-list order.
TEST_P(OrderedScan, NamesFollowNsidOrderForEverySeed) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  const SeedSweep& sweep = GetParam();
  with_controller(sweep.setup, [&](auto scan) {
    for (uint32_t seed = 1; seed <= sweep.seeds; ++seed) {
      const ScanResult r = scan(ScanStrategy::kOrdered, seed);
      expect_all_registered(r, sweep.setup);
      ASSERT_TRUE(r.names_follow_nsid_order()) << "seed " << seed;
      // Dense instance numbers from 1, in list order.
      const auto nodes = r.by_node();
      for (size_t i = 0; i < nodes.size(); ++i) {
        ASSERT_EQ(nodes[i].instance, i + 1) << "seed " << seed;
        ASSERT_EQ(nodes[i].nsid, sweep.setup.nsids[i]) << "seed " << seed;
      }
    }
  });
}

ScanSetup one_very_slow() {
  ScanSetup s;
  s.nsids = range(1, 19);
  s.slow_ns[3] = 40'000'000;  // 40 ms against 0.1-2 ms for the others
  return s;
}
ScanSetup uniform_wide() {
  ScanSetup s;
  s.nsids = range(1, 40);
  s.latency_min_ns = 1'000;
  s.latency_max_ns = 10'000'000;
  return s;
}
ScanSetup beyond_one_page() {
  ScanSetup s;
  s.nsids = range(1, 1100);
  s.latency_min_ns = 1'000;
  s.latency_max_ns = 200'000;
  return s;
}

INSTANTIATE_TEST_SUITE_P(Configurations, OrderedScan,
                         testing::Values(SeedSweep{"Dense19", ScanSetup{range(1, 19)}, 60},
                                         SeedSweep{"Sparse", sparse(), 60},
                                         SeedSweep{"UniformWide", uniform_wide(), 40},
                                         SeedSweep{"OneVerySlow", one_very_slow(), 40},
                                         SeedSweep{"MoreThan1024", beyond_one_page(), 3}),
                         [](const testing::TestParamInfo<SeedSweep>& info) {
                           return info.param.name;
                         });

class ScanScale : public testing::TestWithParam<ScanStrategy> {};

// Every NSID registered once with the strategy's name: the k-th smallest NSID (sequential,
// ordered), the NSID itself (nsid), the k-th Identify Namespace completion (async); every
// registration time as the reference model has it.
TEST_P(ScanScale, FourThousandNamespaces) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  ScanSetup setup{range(1, 4096)};
  setup.latency_min_ns = 1'000;
  setup.latency_max_ns = 50'000;
  with_recording_controller(setup, [&](auto scan) {
    const RecordedScan rec = scan(GetParam(), 1);
    const ScanResult& r = rec.result;
    expect_all_registered(r, setup);
    EXPECT_EQ(r.list_pages, 5u) << "four full pages and an empty one";
    switch (GetParam()) {
      case ScanStrategy::kSequential:
      case ScanStrategy::kOrdered:
        expect_names_by_nsid_rank(r);
        break;
      case ScanStrategy::kNsid:
        for (const auto& ns : r.namespaces) {
          ASSERT_EQ(ns.node, "/dev/nvme0n" + std::to_string(ns.nsid));
        }
        break;
      case ScanStrategy::kAsync: {
        std::map<uint32_t, std::string> by_completion;
        for (size_t k = 0; k < rec.identify_ns_completion_order.size(); ++k) {
          by_completion[rec.identify_ns_completion_order[k]] =
              "/dev/nvme0n" + std::to_string(k + 1);
        }
        EXPECT_EQ(naming(r), by_completion);
        break;
      }
    }
    expect_registration_schedule(r, setup.cost, rec.last_list_page_completed);
    if (GetParam() != ScanStrategy::kOrdered) {
      EXPECT_GT(r.finished, r.namespaces.back().registration_finished)
          << "the empty fifth page is asked for once the fourth page's namespaces are added";
    }
    EXPECT_EQ(r.max_identify_inflight, rec.identify_most_in_flight);
  });
}

INSTANTIATE_TEST_SUITE_P(Strategies, ScanScale, testing::ValuesIn(nvme::kAllStrategies),
                         [](const testing::TestParamInfo<ScanStrategy>& info) {
                           return std::string(nvme::strategy_name(info.param));
                         });

}  // namespace
}  // namespace cosim::test
