// SPDX-License-Identifier: Apache-2.0
// The namespace scan on the full stack: each strategy's naming, over many seeds, with failures,
// at fabric and local latencies, and at 4096 namespaces.

// Verilator headers before SystemC (design.md), through the bridge.
#include "cosim_system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

#include "controller.h"
#include "platform_test_util.h"
#include "scan.h"
#include "sim_control.h"

namespace platform_test {
namespace {

using nvme::ScanResult;
using nvme::ScanStrategy;

constexpr double kCyclesPerNs = 0.25;  // 4 ns clock

struct ScanSetup {
  std::vector<uint32_t> nsids;
  uint64_t latency_min_ns = 100'000;
  uint64_t latency_max_ns = 2'000'000;
  std::map<uint32_t, uint64_t> slow_ns;  // NSID -> fixed latency in ns
  std::set<uint32_t> failing;            // Identify fails
  std::set<uint32_t> zero_capacity;      // NCAP = 0
  nvme::RegistrationCost cost;
};

std::vector<uint32_t> range(uint32_t first, uint32_t last) {
  std::vector<uint32_t> v;
  for (uint32_t n = first; n <= last; ++n) v.push_back(n);
  return v;
}

// Namespace set and latency model through the simulation-control sideband.
void configure(CosimSystem& s, const ScanSetup& setup) {
  namespace sim = sim_control;
  s.bridge.sim_write(sim::kNsClear, 1);
  sim::add_namespaces(s.bridge, setup.nsids, 0x20'0000, [&](uint32_t nsid) {
    return sim::kNsActive | (setup.zero_capacity.count(nsid) ? sim::kNsZeroCapacity : 0) |
           (setup.failing.count(nsid) ? sim::kNsFailIdentify : 0);
  });
  uint32_t nn = 1;
  for (uint32_t nsid : setup.nsids) nn = std::max(nn, nsid);
  s.bridge.sim_write(sim::kNn, nn);
  sim::set_latency(s.bridge, static_cast<uint64_t>(setup.latency_min_ns * kCyclesPerNs),
                   static_cast<uint64_t>(setup.latency_max_ns * kCyclesPerNs), true);
  unsigned i = 0;
  for (const auto& [nsid, ns] : setup.slow_ns) {
    const auto cycles = static_cast<uint64_t>(ns * kCyclesPerNs);
    sim::set_latency_override(s.bridge, i++, nsid, cycles, cycles, false);
  }
}

// Runs scans on one brought-up controller. `body(scan)` gets a function that scans with a
// strategy and seed, each scan as on a fresh boot (new names).
void with_controller(const ScanSetup& setup,
                     std::function<void(std::function<ScanResult(ScanStrategy, uint32_t)>)> body) {
  CosimOptions options;
  CosimSystem system("cosim", options);
  bool finished = false;
  TestThread thread("test", [&] {
    CosimSystem& s = system;
    ASSERT_TRUE(s.platform.enumerate().present);
    nvme::Controller controller(s.platform, 0, nvme::ControllerOptions());
    ASSERT_TRUE(controller.bring_up());
    configure(s, setup);
    body([&](ScanStrategy strategy, uint32_t seed) {
      s.bridge.sim_write(sim_control::kSeed, seed);
      nvme::InstanceAllocator names(1);
      nvme::NamespaceScanner scanner(controller, strategy, setup.cost, names);
      return scanner.scan();
    });
    finished = true;
    sc_core::sc_stop();
  });
  sc_core::sc_start(sc_core::sc_time(100'000, sc_core::SC_SEC));
  EXPECT_TRUE(finished);
}

// NSID -> node, the naming a boot produced.
std::map<uint32_t, std::string> naming(const ScanResult& r) {
  std::map<uint32_t, std::string> m;
  for (const auto& ns : r.namespaces) m[ns.nsid] = ns.node;
  return m;
}

void expect_all_registered(const ScanResult& r, const ScanSetup& setup) {
  EXPECT_EQ(r.namespaces.size() + r.skipped.size(), setup.nsids.size());
  EXPECT_FALSE(r.list_failed);
}

struct SeedSweep {
  const char* name;
  ScanSetup setup;
  unsigned seeds;
};

void PrintTo(const SeedSweep& s, std::ostream* os) { *os << s.name; }

class OrderedScan : public testing::TestWithParam<SeedSweep> {};

// The completion chain's promise, over 200 seeds in all: names follow NSID-list order.
TEST_P(OrderedScan, NamesFollowNsidOrderForEverySeed) {
  REQUIRE_FRESH_SYSTEMC();
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

ScanSetup sparse() {
  ScanSetup s;
  s.nsids = {1, 10, 333};
  for (uint32_t n = 400; n <= 420; ++n) s.nsids.push_back(n);
  return s;
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
class ScanScale : public testing::TestWithParam<ScanStrategy> {};

TEST_P(ScanScale, FourThousandNamespaces) {
  REQUIRE_FRESH_SYSTEMC();
  ScanSetup setup{range(1, 4096)};
  setup.latency_min_ns = 1'000;
  setup.latency_max_ns = 50'000;
  with_controller(setup, [&](auto scan) {
    const ScanResult r = scan(GetParam(), 1);
    EXPECT_EQ(r.namespaces.size(), 4096u);
    EXPECT_EQ(r.list_pages, 5u) << "four full pages and an empty one";
    if (GetParam() != ScanStrategy::kAsync) EXPECT_TRUE(r.names_follow_nsid_order());
    std::set<std::string> nodes;
    for (const auto& ns : r.namespaces) nodes.insert(ns.node);
    EXPECT_EQ(nodes.size(), 4096u) << "every name unique";
  });
}

INSTANTIATE_TEST_SUITE_P(Strategies, ScanScale, testing::ValuesIn(nvme::kAllStrategies),
                         [](const testing::TestParamInfo<ScanStrategy>& info) {
                           return std::string(nvme::strategy_name(info.param));
                         });

}  // namespace
}  // namespace platform_test
