// SPDX-License-Identifier: Apache-2.0
// The namespace scan on the full stack: each strategy's naming, with failures, rescans, and at
// fabric and local latencies. The long sweeps are in scan_sweep_test.cc.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "scan_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <vector>

namespace cosim::test {
namespace {

TEST(Scan, AsyncNamesFollowCompletionOrder) {
  REQUIRE_FRESH_SYSTEMC();
  const ScanSetup setup{range(1, 19)};
  with_controller(setup, [&](auto scan) {
    unsigned out_of_order = 0;
    for (uint32_t seed = 1; seed <= 20; ++seed) {
      const ScanResult r = scan(ScanStrategy::kAsync, seed);
      expect_all_registered(r, setup);
      if (!r.names_follow_nsid_order()) ++out_of_order;
    }
    EXPECT_GT(out_of_order, 0u) << "the regression: names follow Identify completion order";
  });
}

// One boot per process: testbench/scripts/check_same_log.sh runs this twice and compares the
// naming it writes to $NVME_COSIM_TLP_LOG. The same seed gives the same names.
TEST(Scan, AsyncNamingForComparison) {
  REQUIRE_FRESH_SYSTEMC();
  const ScanSetup setup{range(1, 19)};
  with_controller(setup, [&](auto scan) {
    const ScanResult r = scan(ScanStrategy::kAsync, 3);
    expect_all_registered(r, setup);
    if (const char* path = std::getenv("NVME_COSIM_TLP_LOG")) {
      std::ofstream out(path);
      for (const auto& [nsid, node] : naming(r)) out << nsid << ' ' << node << '\n';
    }
  });
}

TEST(Scan, NsidStrategyNamesEqualNsids) {
  REQUIRE_FRESH_SYSTEMC();
  const ScanSetup setup = sparse();
  with_controller(setup, [&](auto scan) {
    const ScanResult r = scan(ScanStrategy::kNsid, 5);
    expect_all_registered(r, setup);
    for (const auto& ns : r.namespaces) {
      EXPECT_EQ(ns.instance, ns.nsid);
      EXPECT_EQ(ns.node, "/dev/nvme0n" + std::to_string(ns.nsid));
      EXPECT_EQ(ns.generic, "/dev/ng0n" + std::to_string(ns.nsid));
    }
  });
}

TEST(Scan, SequentialRegistersInOrder) {
  REQUIRE_FRESH_SYSTEMC();
  const ScanSetup setup = sparse();
  with_controller(setup, [&](auto scan) {
    const ScanResult r = scan(ScanStrategy::kSequential, 9);
    expect_all_registered(r, setup);
    EXPECT_TRUE(r.names_follow_nsid_order());
    EXPECT_EQ(r.max_identify_inflight, 1u);
  });
}

TEST(Scan, FailedNamespacesAreSkippedAndTheRestRegisteredInOrder) {
  REQUIRE_FRESH_SYSTEMC();
  ScanSetup setup{range(1, 19)};
  setup.failing = {3, 10};
  setup.zero_capacity = {7};
  with_controller(setup, [&](auto scan) {
    for (ScanStrategy strategy : nvme::kAllStrategies) {
      const ScanResult r = scan(strategy, 4);
      std::vector<uint32_t> skipped = r.skipped;
      std::sort(skipped.begin(), skipped.end());
      EXPECT_EQ(skipped, (std::vector<uint32_t>{3, 7, 10})) << nvme::strategy_name(strategy);
      EXPECT_EQ(r.namespaces.size(), 16u);
      if (strategy != ScanStrategy::kAsync) {
        EXPECT_TRUE(r.names_follow_nsid_order()) << nvme::strategy_name(strategy);
      }
    }
  });
}

// A rescan keeps the names of namespaces still listed, names new ones, and removes the ones
// that are gone at the end of the scan, freeing their numbers.
TEST(Scan, RescanRemovesNamespacesNoLongerListed) {
  REQUIRE_FRESH_SYSTEMC();
  CosimSystem system("cosim", CosimOptions());
  bool finished = false;
  TestThread thread("test", [&] {
    CosimSystem& s = system;
    ASSERT_TRUE(s.platform.enumerate().present);
    nvme::Controller controller(s.platform, 0, nvme::ControllerOptions());
    ASSERT_TRUE(controller.bring_up());
    ScanSetup setup{range(1, 5)};
    configure(s, setup);
    nvme::InstanceAllocator names(1);
    nvme::NamespaceScanner scanner(controller, ScanStrategy::kOrdered, setup.cost, names);
    ASSERT_EQ(scanner.scan().namespaces.size(), 5u);

    setup.nsids = {1, 2, 4, 5, 9};  // 3 detached, 9 attached
    configure(s, setup);
    const ScanResult again = scanner.scan();
    EXPECT_EQ(again.removed, (std::vector<uint32_t>{3}));
    ASSERT_EQ(again.namespaces.size(), 1u) << "only NSID 9 is new";
    EXPECT_EQ(again.namespaces[0].nsid, 9u);
    std::map<uint32_t, std::string> names_now;
    for (const auto& ns : scanner.registered()) names_now[ns.nsid] = ns.node;
    EXPECT_EQ(names_now, (std::map<uint32_t, std::string>{{1, "/dev/nvme0n1"},
                                                          {2, "/dev/nvme0n2"},
                                                          {4, "/dev/nvme0n4"},
                                                          {5, "/dev/nvme0n5"},
                                                          {9, "/dev/nvme0n6"}}))
        << "kept names unchanged; the new namespace named while 3 was still registered";
    EXPECT_FALSE(names.in_use(3)) << "removal freed NSID 3's number";
    finished = true;
    sc_core::sc_stop();
  });
  sc_core::sc_start(sc_core::sc_time(1000, sc_core::SC_SEC));
  EXPECT_TRUE(finished);
}

// The fix's cover-letter setups: 100 namespaces at about 150 ms and about 0.2 ms of latency.
// `ordered` keeps the speed of `async` (within 5 %); `sequential` is far slower.
struct LatencySetup {
  const char* name;
  uint64_t min_ns, max_ns;
};

void PrintTo(const LatencySetup& s, std::ostream* os) { *os << s.name; }

class ScanTiming : public testing::TestWithParam<LatencySetup> {};

TEST_P(ScanTiming, OrderedKeepsAsyncSpeed) {
  REQUIRE_FRESH_SYSTEMC();
  ScanSetup setup{range(1, 100)};
  setup.latency_min_ns = GetParam().min_ns;
  setup.latency_max_ns = GetParam().max_ns;
  with_controller(setup, [&](auto scan) {
    const ScanResult async = scan(ScanStrategy::kAsync, 1);
    const ScanResult ordered = scan(ScanStrategy::kOrdered, 1);
    const ScanResult sequential = scan(ScanStrategy::kSequential, 1);
    for (const ScanResult* r : {&async, &ordered, &sequential}) expect_all_registered(*r, setup);
    const double a = async.scan_time(), o = ordered.scan_time(), q = sequential.scan_time();
    std::printf("%s: async %.3f ms, ordered %.3f ms (%.3fx), sequential %.3f ms (%.1fx)\n",
                GetParam().name, a / 1e6, o / 1e6, o / a, q / 1e6, q / a);
    EXPECT_LE(o, 1.05 * a) << "ordered within 5 % of async";
    EXPECT_EQ(async.max_identify_inflight, 30u) << "bounded by the admin tag pool";
    EXPECT_EQ(sequential.max_identify_inflight, 1u);
    EXPECT_GE(q, 5.0 * a) << "sequential far slower";
  });
}

INSTANTIATE_TEST_SUITE_P(CoverLetter, ScanTiming,
                         testing::Values(LatencySetup{"Fabric150ms", 140'000'000, 160'000'000},
                                         LatencySetup{"Local200us", 150'000, 250'000}),
                         [](const testing::TestParamInfo<LatencySetup>& info) {
                           return info.param.name;
                         });

// 4096 active namespaces, four list pages, in every strategy (one process each).

}  // namespace
}  // namespace cosim::test
