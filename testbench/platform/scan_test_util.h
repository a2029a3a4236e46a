// SPDX-License-Identifier: Apache-2.0
// Helpers for the namespace-scan tests on the full stack: a namespace set and latency model
// through the simulation-control sideband, and scans on one brought-up controller.

#pragma once

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "controller.h"
#include "platform_test_util.h"
#include "scan.h"
#include "sim_control.h"

namespace cosim::test {

using nvme::ScanResult;
using nvme::ScanStrategy;

constexpr double kCyclesPerNs = 0.25;  // 4 ns clock

struct ScanSetup {
  explicit ScanSetup(std::vector<uint32_t> active = {}) : nsids(std::move(active)) {}

  std::vector<uint32_t> nsids;
  uint64_t latency_min_ns = 100'000;
  uint64_t latency_max_ns = 2'000'000;
  std::map<uint32_t, uint64_t> slow_ns;  // NSID -> fixed latency in ns
  std::set<uint32_t> failing;            // Identify fails
  std::set<uint32_t> zero_capacity;      // NCAP = 0
  nvme::RegistrationCost cost;
};

inline std::vector<uint32_t> range(uint32_t first, uint32_t last) {
  std::vector<uint32_t> v;
  for (uint32_t n = first; n <= last; ++n) v.push_back(n);
  return v;
}

// Namespace set and latency model through the simulation-control sideband.
inline void configure(CosimSystem& s, const ScanSetup& setup) {
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
inline void with_controller(
    const ScanSetup& setup,
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
  EXPECT_EQ(system.bridge.rtl_assertion_failures(), 0u)
      << "first at cycle " << system.bridge.first_assertion_cycle();
  EXPECT_TRUE(finished);
}

// NSID -> node, the naming a boot produced.
inline std::map<uint32_t, std::string> naming(const ScanResult& r) {
  std::map<uint32_t, std::string> m;
  for (const auto& ns : r.namespaces) m[ns.nsid] = ns.node;
  return m;
}

inline void expect_all_registered(const ScanResult& r, const ScanSetup& setup) {
  EXPECT_EQ(r.namespaces.size() + r.skipped.size(), setup.nsids.size());
  EXPECT_FALSE(r.list_failed);
}

// NSIDs 1, 10, 333 and 400-420: sparse, and past one byte.
inline ScanSetup sparse() {
  ScanSetup s;
  s.nsids = {1, 10, 333};
  for (uint32_t n = 400; n <= 420; ++n) s.nsids.push_back(n);
  return s;
}

}  // namespace cosim::test
