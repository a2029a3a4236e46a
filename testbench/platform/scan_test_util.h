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
#include <string>
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

// NSID -> node, the naming a boot produced.
inline std::map<uint32_t, std::string> naming(const ScanResult& r) {
  std::map<uint32_t, std::string> m;
  for (const auto& ns : r.namespaces) m[ns.nsid] = ns.node;
  return m;
}

// Every listed NSID that neither fails nor reports zero capacity is registered exactly once;
// the others, and only they, are skipped.
inline void expect_all_registered(const ScanResult& r, const ScanSetup& setup) {
  std::multiset<uint32_t> registered, expected_registered;
  for (const auto& ns : r.namespaces) registered.insert(ns.nsid);
  std::vector<uint32_t> expected_skipped;
  for (uint32_t nsid : setup.nsids) {
    if (setup.failing.count(nsid) || setup.zero_capacity.count(nsid)) {
      expected_skipped.push_back(nsid);
    } else {
      expected_registered.insert(nsid);
    }
  }
  std::sort(expected_skipped.begin(), expected_skipped.end());
  EXPECT_EQ(registered, expected_registered) << "each NSID registered exactly once";
  EXPECT_EQ(r.skipped, expected_skipped);
  std::set<std::string> nodes;
  for (const auto& ns : r.namespaces) nodes.insert(ns.node);
  EXPECT_EQ(nodes.size(), r.namespaces.size()) << "every node name unique";
  EXPECT_FALSE(r.list_failed);
}

// The registered namespaces in rank order get /dev/nvme0n1, n2, ...: the k-th smallest NSID is
// nvme0nk (names in NSID order, dense from 1), checked on the names themselves.
inline void expect_names_by_nsid_rank(const ScanResult& r) {
  std::vector<uint32_t> nsids;
  for (const auto& ns : r.namespaces) nsids.push_back(ns.nsid);
  std::sort(nsids.begin(), nsids.end());
  std::map<uint32_t, std::string> expected;
  for (size_t k = 0; k < nsids.size(); ++k) {
    expected[nsids[k]] = "/dev/nvme0n" + std::to_string(k + 1);
  }
  EXPECT_EQ(naming(r), expected);
}

// One scan and what the driver's command observer saw meanwhile (not the scanner's own
// bookkeeping): Identify Namespace (CNS 00h) NSIDs in the order their CQEs were reaped, and the
// number of Identify commands at the device at once (doorbell to CQE), counted event by event.
struct RecordedScan {
  ScanResult result;
  std::vector<uint32_t> identify_ns_completion_order;
  unsigned identify_most_in_flight = 0;
  nvme::Nanoseconds last_list_page_completed = 0;  // the last Identify Active NSID list's CQE
};

// Runs scans on one brought-up controller. `body(scan)` gets a function that scans with a
// strategy and seed, each scan as on a fresh boot (new names), and records what it saw.
inline void with_recording_controller(
    const ScanSetup& setup,
    std::function<void(std::function<RecordedScan(ScanStrategy, uint32_t)>)> body) {
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
      RecordedScan rec;
      unsigned in_flight = 0;
      controller.set_command_observer([&](const nvme::CommandEvent& e) {
        if (e.qid != 0 || e.opcode != nvme_admin_identify) return;
        if (e.kind == nvme::CommandEvent::Kind::kSubmitted) {
          rec.identify_most_in_flight = std::max(rec.identify_most_in_flight, ++in_flight);
        } else if (e.kind == nvme::CommandEvent::Kind::kCompleted) {
          --in_flight;
          if ((e.cdw10 & 0xFF) == NVME_IDENTIFY_CNS_NS) {
            rec.identify_ns_completion_order.push_back(e.nsid);
          }
          if ((e.cdw10 & 0xFF) == NVME_IDENTIFY_CNS_NS_ACTIVE_LIST) {
            rec.last_list_page_completed = e.completed;
          }
        }
      });
      s.bridge.sim_write(sim_control::kSeed, seed);
      nvme::InstanceAllocator names(1);
      nvme::NamespaceScanner scanner(controller, strategy, setup.cost, names);
      rec.result = scanner.scan();
      controller.set_command_observer({});
      return rec;
    });
    finished = true;
    sc_core::sc_stop();
  });
  sc_core::sc_start(sc_core::sc_time(100'000, sc_core::SC_SEC));
  EXPECT_EQ(system.bridge.rtl_assertion_failures(), 0u)
      << "first at cycle " << system.bridge.first_assertion_cycle();
  EXPECT_TRUE(finished);
}

// with_recording_controller(), for tests that need only each scan's result.
inline void with_controller(
    const ScanSetup& setup,
    std::function<void(std::function<ScanResult(ScanStrategy, uint32_t)>)> body) {
  with_recording_controller(setup, [&](std::function<RecordedScan(ScanStrategy, uint32_t)> scan) {
    body([&](ScanStrategy strategy, uint32_t seed) { return scan(strategy, seed).result; });
  });
}

// A reference model of the registration schedule, from the driver's promises (docs/driver.md):
// a task goes from its Identify Namespace CQE straight to registration; the name allocation is
// one lock held for `cost.name_allocation`, taken in arrival order; `ordered` takes it only
// after its predecessor in NSID order has allocated its name (the chain link is released right
// after the allocation, not after the disk add); the disk add (partition reads plus
// `cost.disk_add`) follows; the scan ends with the last disk add, or with the last Active NSID
// list page when that comes later (`last_list_page`: a list of full pages ends with an empty
// one, which all but `ordered` ask for after the last page's namespaces are added). Every time
// is checked exactly against the model given the device's completion times. Only for scans
// that skipped nothing.
inline void expect_registration_schedule(const ScanResult& r, const nvme::RegistrationCost& cost,
                                         nvme::Nanoseconds last_list_page = 0) {
  ASSERT_FALSE(r.namespaces.empty());
  ASSERT_TRUE(r.skipped.empty());
  std::vector<nvme::NamespaceRecord> by_lock = r.namespaces;
  std::sort(by_lock.begin(), by_lock.end(),
            [](const auto& a, const auto& b) { return a.name_allocated < b.name_allocated; });
  nvme::Nanoseconds lock_free = 0, last_end = 0;
  for (const auto& ns : by_lock) {
    SCOPED_TRACE("NSID " + std::to_string(ns.nsid));
    EXPECT_EQ(ns.chain_wait_started, ns.identify_completed) << "straight from the CQE";
    if (r.strategy != ScanStrategy::kOrdered) {
      EXPECT_EQ(ns.registration_started, ns.chain_wait_started) << "no chain to wait on";
    }
    EXPECT_EQ(ns.name_allocated,
              std::max(ns.registration_started, lock_free) + cost.name_allocation)
        << "one name lock, held for the name cost";
    lock_free = ns.name_allocated;
    EXPECT_GE(ns.registration_finished, ns.name_allocated + cost.disk_add);
    last_end = std::max(last_end, ns.registration_finished);
  }
  if (r.strategy == ScanStrategy::kOrdered) {
    std::vector<nvme::NamespaceRecord> by_nsid = r.namespaces;
    std::sort(by_nsid.begin(), by_nsid.end(),
              [](const auto& a, const auto& b) { return a.nsid < b.nsid; });
    nvme::Nanoseconds predecessor_named = 0;
    for (const auto& ns : by_nsid) {
      EXPECT_EQ(ns.registration_started, std::max(ns.chain_wait_started, predecessor_named))
          << "NSID " << ns.nsid << ": the chain lets it go when its predecessor is named";
      predecessor_named = ns.name_allocated;
    }
  }
  EXPECT_EQ(r.finished, std::max(last_end, last_list_page))
      << "the scan ends with the last disk add or list page";
}

// NSIDs 1, 10, 333 and 400-420: sparse, and past one byte.
inline ScanSetup sparse() {
  ScanSetup s;
  s.nsids = {1, 10, 333};
  for (uint32_t n = 400; n <= 420; ++n) s.nsids.push_back(n);
  return s;
}

}  // namespace cosim::test
