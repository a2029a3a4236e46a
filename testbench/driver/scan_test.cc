// SPDX-License-Identifier: Apache-2.0
// The namespace scan against the fake: the exact name each NSID gets from each strategy under
// scripted Identify completion orders, list paging past 1024 NSIDs, skipped namespaces, rescans,
// and that two runs of the same script are the same run.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "controller.h"
#include "driver_test_util.h"
#include "scan.h"

namespace driver_test {
namespace {

using nvme::ScanResult;
using nvme::ScanStrategy;
using Names = std::map<uint32_t, std::string>;  // NSID -> /dev/nvme0nH

std::vector<uint32_t> range(uint32_t first, uint32_t last, uint32_t step = 1) {
  std::vector<uint32_t> nsids;
  for (uint32_t n = first; n <= last; n += step) nsids.push_back(n);
  return nsids;
}

// The i-th listed NSID gets instance i + 1: names in list (= NSID) order.
Names in_list_order(const std::vector<uint32_t>& nsids) {
  Names names;
  for (size_t i = 0; i < nsids.size(); ++i) names[nsids[i]] = nvme::block_device_node(0, i + 1);
  return names;
}

Names equal_to_nsid(const std::vector<uint32_t>& nsids) {
  Names names;
  for (uint32_t nsid : nsids) names[nsid] = nvme::block_device_node(0, nsid);
  return names;
}

struct ScanRun {
  ScanResult result;
  Names names;
  std::vector<uint32_t> list_starts;                // the NSID of each Active NSID list request
  std::vector<uint32_t> identify_completion_order;  // Identify Namespace, at the device
  std::vector<std::pair<Nanoseconds, Nanoseconds>> command_times;  // fetched, completed
  unsigned identify_most_at_device = 0;  // Identify commands fetched and not yet completed
};

// The k-th NSID of `order` gets /dev/nvme0nk.
Names in_order(const std::vector<uint32_t>& order) { return in_list_order(order); }

struct ScanSetup {
  std::vector<uint32_t> nsids;
  Script script;
  FakeNvmeConfig config;
  std::set<uint32_t> zero_capacity;
};

// One boot: bring-up, then one scan with `strategy` (names from 1, as on a fresh boot).
ScanRun scan(ScanStrategy strategy, const ScanSetup& setup) {
  Bench bench(setup.config);
  bench.device.set_namespaces(setup.nsids);
  for (uint32_t nsid : setup.zero_capacity) bench.device.set_zero_capacity(nsid);
  if (setup.script) bench.device.add_script(setup.script);
  ScanRun run;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    ASSERT_TRUE(ctrl.bring_up());
    nvme::InstanceAllocator names(1);
    nvme::NamespaceScanner scanner(ctrl, strategy, nvme::RegistrationCost(), names);
    run.result = scanner.scan();
  });
  for (const auto& ns : run.result.namespaces) run.names[ns.nsid] = ns.node;
  for (const auto& c :
       bench.device.admin_commands(nvme_admin_identify, NVME_IDENTIFY_CNS_NS_ACTIVE_LIST)) {
    run.list_starts.push_back(c.sqe.nsid);
  }
  std::multimap<Nanoseconds, uint32_t> by_completion;
  for (const auto& c : bench.device.admin_commands(nvme_admin_identify, NVME_IDENTIFY_CNS_NS)) {
    by_completion.emplace(c.completed_at, c.sqe.nsid);
  }
  for (const auto& [at, nsid] : by_completion) run.identify_completion_order.push_back(nsid);
  // The device's own view: +1 when an Identify is fetched, -1 when its CQE is posted; at one
  // instant the completion counts first (a tag freed and taken again).
  std::vector<std::pair<Nanoseconds, int>> edges;
  for (const auto& c : bench.device.admin_commands(nvme_admin_identify)) {
    edges.emplace_back(c.fetched, +1);
    if (c.completed) edges.emplace_back(c.completed_at, -1);
  }
  std::sort(edges.begin(), edges.end());
  int now = 0;
  for (const auto& [at, delta] : edges) {
    now += delta;
    run.identify_most_at_device = std::max<unsigned>(run.identify_most_at_device, now);
  }
  for (const auto& c : bench.device.commands())
    run.command_times.emplace_back(c.fetched, c.completed_at);
  return run;
}

// Identify Namespace of NSID k takes (highest + 1 - k) x 10 us: the highest NSID completes
// first, the lowest last.
Script reverse_nsid_order(uint32_t highest) {
  return [highest](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS)) {
      reply.latency = Nanoseconds{highest + 1 - sqe.nsid} * 10 * kMicrosecond;
    }
  };
}

TEST(Scan, InOrderCompletionsGiveNsidOrderNamesInEveryStrategy) {
  const ScanSetup setup{range(1, 8), {}, {}, {}};
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    const ScanRun run = scan(strategy, setup);
    EXPECT_EQ(run.identify_completion_order, setup.nsids) << "the script: in order";
    EXPECT_EQ(run.names, in_list_order(setup.nsids)) << nvme::strategy_name(strategy);
  }
}

TEST(Scan, ReverseCompletionScramblesAsyncOnly) {
  const ScanSetup setup{range(1, 8), reverse_nsid_order(8), {}, {}};
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    const ScanRun run = scan(strategy, setup);
    SCOPED_TRACE(nvme::strategy_name(strategy));
    if (strategy == ScanStrategy::kSequential) {
      EXPECT_EQ(run.identify_completion_order, setup.nsids) << "one at a time: order is moot";
    } else {
      EXPECT_EQ(run.identify_completion_order, (std::vector<uint32_t>{8, 7, 6, 5, 4, 3, 2, 1}));
    }
    if (strategy == ScanStrategy::kAsync) {
      // Names follow Identify completion: NSID k -> /dev/nvme0n(9 - k).
      Names reversed;
      for (uint32_t k = 1; k <= 8; ++k) reversed[k] = nvme::block_device_node(0, 9 - k);
      EXPECT_EQ(run.names, reversed);
    } else if (strategy == ScanStrategy::kNsid) {
      EXPECT_EQ(run.names, equal_to_nsid(setup.nsids)) << "NSID k -> /dev/nvme0nk";
    } else {
      EXPECT_EQ(run.names, in_list_order(setup.nsids)) << "NSID k -> /dev/nvme0nk";
    }
  }
}

TEST(Scan, OneSlowNamespaceIsNamedLastByAsyncOnly) {
  ScanSetup setup{range(1, 8), {}, {}, {}};
  setup.script = [](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS) && sqe.nsid == 3) reply.latency = kMillisecond;
  };
  Names async_names = in_list_order({1, 2, 4, 5, 6, 7, 8, 3});
  EXPECT_EQ(scan(ScanStrategy::kAsync, setup).names, async_names);
  const ScanRun ordered = scan(ScanStrategy::kOrdered, setup);
  EXPECT_EQ(ordered.names, in_list_order(setup.nsids));
  EXPECT_EQ(scan(ScanStrategy::kNsid, setup).names, equal_to_nsid(setup.nsids));
  EXPECT_EQ(scan(ScanStrategy::kSequential, setup).names, in_list_order(setup.nsids));
}

TEST(Scan, SparseNsidsAreNamedDenselyExceptByTheNsidStrategy) {
  const std::vector<uint32_t> nsids = {1, 10, 333, 400, 401, 4000};
  const ScanSetup setup{nsids, reverse_nsid_order(4000), {}, {}};
  EXPECT_EQ(scan(ScanStrategy::kOrdered, setup).names, in_list_order(nsids));
  EXPECT_EQ(scan(ScanStrategy::kSequential, setup).names, in_list_order(nsids));
  const ScanRun by_nsid = scan(ScanStrategy::kNsid, setup);
  EXPECT_EQ(by_nsid.names, equal_to_nsid(nsids));
  for (const auto& ns : by_nsid.result.namespaces) {
    EXPECT_EQ(ns.generic, nvme::generic_device_node(0, ns.nsid));
  }
}

TEST(Scan, ListPagingPast1024FindsEveryNsid) {
  const ScanSetup setup{range(1, 2100), {}, {}, {}};
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    SCOPED_TRACE(nvme::strategy_name(strategy));
    const ScanRun run = scan(strategy, setup);
    EXPECT_EQ(run.result.list_pages, 3u) << "1024 + 1024 + 52";
    EXPECT_EQ(run.list_starts, (std::vector<uint32_t>{0, 1024, 2048}));
    ASSERT_EQ(run.names.size(), 2100u);
    EXPECT_EQ(run.names.begin()->first, 1u);
    EXPECT_EQ(run.names.rbegin()->first, 2100u);
    std::set<std::string> nodes;
    for (const auto& [nsid, node] : run.names) nodes.insert(node);
    EXPECT_EQ(nodes.size(), 2100u) << "every name unique";
    if (strategy == ScanStrategy::kAsync) {
      EXPECT_EQ(run.names, in_order(run.identify_completion_order)) << "completion order";
    } else {
      EXPECT_EQ(run.names, in_list_order(setup.nsids));
    }
  }
}

// NN is the last NSID listed (2999): it is registered like every other, exactly once.
TEST(Scan, SparseListPagingPast1024FindsEveryNsid) {
  ScanSetup setup{range(1, 2999, 2), {}, {}, {}};  // 1500 odd NSIDs
  setup.config.nn = 2999;
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    SCOPED_TRACE(nvme::strategy_name(strategy));
    const ScanRun run = scan(strategy, setup);
    EXPECT_EQ(run.result.list_pages, 2u) << "1024 + 476";
    EXPECT_EQ(run.list_starts, (std::vector<uint32_t>{0, 2047})) << "the last NSID of page one";
    EXPECT_EQ(run.result.namespaces.size(), setup.nsids.size()) << "each NSID once";
    EXPECT_TRUE(run.result.skipped.empty());
    if (strategy == ScanStrategy::kNsid) {
      EXPECT_EQ(run.names, equal_to_nsid(setup.nsids));
    } else if (strategy == ScanStrategy::kAsync) {
      EXPECT_EQ(run.names, in_order(run.identify_completion_order));
    } else {
      EXPECT_EQ(run.names, in_list_order(setup.nsids));
    }
  }
}

TEST(Scan, ExactlyOneFullPageNeedsAnEmptySecondPage) {
  const ScanSetup setup{range(1, 1024), {}, {}, {}};
  const ScanRun run = scan(ScanStrategy::kOrdered, setup);
  EXPECT_EQ(run.result.list_pages, 2u);
  EXPECT_EQ(run.list_starts, (std::vector<uint32_t>{0, 1024}));
  EXPECT_EQ(run.names, in_list_order(setup.nsids));
}

TEST(Scan, FailedAndEmptyNamespacesAreSkipped) {
  ScanSetup setup{range(1, 8), {}, {}, {7}};
  setup.script = [](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS) && sqe.nsid == 3) {
      reply.status = nvme::make_status(NVME_SCT_GENERIC, NVME_SC_INTERNAL, true);
      reply.latency = kMillisecond;  // fails after 7 is skipped in the concurrent strategies
    }
  };
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    SCOPED_TRACE(nvme::strategy_name(strategy));
    const ScanRun run = scan(strategy, setup);
    EXPECT_EQ(run.result.skipped, (std::vector<uint32_t>{3, 7})) << "in NSID order";
    if (strategy == ScanStrategy::kNsid) {
      EXPECT_EQ(run.names, equal_to_nsid({1, 2, 4, 5, 6, 8}));
    } else {
      EXPECT_EQ(run.names, in_list_order({1, 2, 4, 5, 6, 8}));
    }
  }
}

TEST(Scan, RegistrationTimesExistOnlyWhenSomethingRegistered) {
  // Every namespace reports NCAP = 0: all are skipped and nothing is registered.
  const ScanRun none = scan(ScanStrategy::kOrdered, ScanSetup{range(1, 3), {}, {}, {1, 2, 3}});
  EXPECT_TRUE(none.result.namespaces.empty());
  EXPECT_EQ(none.result.first_registration(), std::nullopt);
  EXPECT_EQ(none.result.last_registration(), std::nullopt);
  const ScanRun some = scan(ScanStrategy::kSequential, ScanSetup{range(1, 3), {}, {}, {}});
  ASSERT_TRUE(some.result.first_registration() && some.result.last_registration());
  EXPECT_LT(*some.result.first_registration(), *some.result.last_registration());
  EXPECT_EQ(*some.result.last_registration(), some.result.scan_time()) << "the scan ends there";
}

TEST(Scan, DescriptorListOnlyFromVersion13) {
  for (uint32_t version : {0x0001'0200u, 0x0001'0300u}) {
    FakeNvmeConfig config;
    config.version = version;
    Bench bench(config);
    bench.device.set_namespaces(range(1, 4));
    bench.host.run([&] {
      nvme::Controller ctrl(bench.host, 0, bench.options());
      ASSERT_TRUE(ctrl.bring_up());
      nvme::InstanceAllocator names(1);
      EXPECT_EQ(
          nvme::NamespaceScanner(ctrl, ScanStrategy::kOrdered, {}, names).scan().namespaces.size(),
          4u);
    });
    const size_t descriptor_lists =
        bench.device.admin_commands(nvme_admin_identify, NVME_IDENTIFY_CNS_NS_DESC_LIST).size();
    EXPECT_EQ(descriptor_lists, version >= 0x0001'0300u ? 4u : 0u) << std::hex << version;
  }
}

// Counted at the device (fetch to CQE), not by the scanner: the concurrent strategies fill the
// admin tag pool, NVME_AQ_DEPTH entries less the slot a full queue keeps empty and the AER's;
// the scanner reports the same figure.
TEST(Scan, TagPoolBoundsIdentifyInFlight) {
  const ScanSetup setup{range(1, 40), {}, {}, {}};
  const unsigned tag_pool = nvme::ControllerOptions().admin_queue_depth - 1 - 1;
  for (ScanStrategy strategy : nvme::kAllStrategies) {
    SCOPED_TRACE(nvme::strategy_name(strategy));
    const ScanRun run = scan(strategy, setup);
    const unsigned expected = strategy == ScanStrategy::kSequential ? 1 : tag_pool;
    EXPECT_EQ(run.identify_most_at_device, expected);
    EXPECT_EQ(run.result.max_identify_inflight, expected);
  }
}

TEST(Scan, RescanKeepsNamesAndRemovesDetachedNamespaces) {
  FakeNvmeConfig config;
  config.nn = 16;  // room for the namespace attached later (NSIDs above NN are not listed)
  Bench bench(config);
  bench.device.set_namespaces(range(1, 5));
  std::map<uint32_t, std::string> after;
  ScanResult again;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    ASSERT_TRUE(ctrl.bring_up());
    nvme::InstanceAllocator names(1);
    nvme::NamespaceScanner scanner(ctrl, ScanStrategy::kOrdered, {}, names);
    ASSERT_EQ(scanner.scan().namespaces.size(), 5u);
    bench.device.set_namespaces({1, 2, 4, 5, 9});  // 3 detached, 9 attached
    again = scanner.scan();
    for (const auto& ns : scanner.registered()) after[ns.nsid] = ns.node;
    EXPECT_FALSE(names.in_use(3)) << "NSID 3's number was freed";
  });
  EXPECT_EQ(again.removed, std::vector<uint32_t>{3});
  ASSERT_EQ(again.namespaces.size(), 1u) << "only NSID 9 is new";
  EXPECT_EQ(after, (Names{{1, "/dev/nvme0n1"},
                          {2, "/dev/nvme0n2"},
                          {4, "/dev/nvme0n4"},
                          {5, "/dev/nvme0n5"},
                          {9, "/dev/nvme0n6"}}))
      << "kept names unchanged; 9 named while 3 was still registered";
}

// A pseudo-random latency per command: two runs of the same script are the same run, to the
// nanosecond, with names that follow neither NSID nor any simple order.
TEST(Scan, TwoRunsOfTheSameScriptAreTheSameRun) {
  ScanSetup setup{range(1, 50), {}, {}, {}};
  setup.script = [](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    uint32_t x = sqe.nsid * 2654435761u ^ sqe.cdw10 * 40503u;
    x ^= x >> 13;
    reply.latency = 1'000 + x % 500'000;
  };
  const ScanRun first = scan(ScanStrategy::kAsync, setup);
  const ScanRun second = scan(ScanStrategy::kAsync, setup);
  EXPECT_EQ(first.names, second.names);
  EXPECT_EQ(first.command_times, second.command_times);
  EXPECT_EQ(first.result.finished, second.result.finished);
  EXPECT_EQ(first.names, in_order(first.identify_completion_order)) << "async: completion order";
  EXPECT_NE(first.names, in_list_order(setup.nsids)) << "the script does scramble async";
}

// Bring-up and one scan with a 100 us admin timeout, then `after(ctrl)` in the same run (the
// controller is gone once the run ends).
template <typename After>
ScanResult scan_with_recovery(Bench& bench, ScanStrategy strategy, After after,
                              std::function<void(nvme::Controller&)> before = {}) {
  ScanResult result;
  bench.host.run([&] {
    nvme::ControllerOptions options = bench.options();
    options.admin_timeout = 100 * kMicrosecond;
    nvme::Controller ctrl(bench.host, 0, options);
    if (before) before(ctrl);
    ASSERT_TRUE(ctrl.bring_up());
    nvme::InstanceAllocator names(1);
    result = nvme::NamespaceScanner(ctrl, strategy, {}, names).scan();
    after(ctrl);
  });
  return result;
}

// A slow Identify is aborted when it times out and retried alone; when the retry is fast, the
// namespace registers. The late data never lands in a freed buffer (~Bench checks DMA faults).
// One slow command per case: the Identify Namespace of NSID 2, its descriptor list, the first
// Active NSID list page.
TEST(Scan, TimedOutIdentifyIsAbortedAndRetried) {
  struct Case {
    const char* name;
    uint8_t cns;
    uint32_t nsid;
  };
  for (const Case& late : {Case{"Identify Namespace", NVME_IDENTIFY_CNS_NS, 2},
                           Case{"descriptor list", NVME_IDENTIFY_CNS_NS_DESC_LIST, 2},
                           Case{"Active NSID list", NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 0}}) {
    SCOPED_TRACE(late.name);
    Bench bench;
    bench.device.set_namespaces(range(1, 4));
    bool slowed = false;  // only the first one is slow
    bench.device.add_script([&](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
      if (is_identify(sqe, late.cns) && sqe.nsid == late.nsid && !slowed) {
        slowed = true;
        reply.latency = 300 * kMicrosecond;
      }
    });
    const ScanResult result =
        scan_with_recovery(bench, ScanStrategy::kOrdered, [&](nvme::Controller& ctrl) {
          bench.host.sleep(kMillisecond);  // when the slow command would have completed
          EXPECT_EQ(ctrl.admin_queue().late_completions(), 1u) << "the aborted command's CQE";
          EXPECT_EQ(ctrl.admin_queue().unexpected_completions(), 0u);
        });
    Names names;
    for (const auto& ns : result.namespaces) names[ns.nsid] = ns.node;
    EXPECT_EQ(names, in_list_order({1, 2, 3, 4}));
    EXPECT_TRUE(result.complete());
    EXPECT_EQ(result.aborts, 1u);
    EXPECT_EQ(result.resets, 0u);
    EXPECT_EQ(bench.device.aborted(), 1u);
    EXPECT_EQ(result.timed_out_nsids,
              late.nsid ? std::vector<uint32_t>{2} : std::vector<uint32_t>{});
  }
}

// A namespace whose every Identify hangs is given up as timed out; the others register in NSID
// order, and no CID or tag stays taken.
TEST(Scan, HangingNamespaceIsSkippedAsTimedOut) {
  Bench bench;
  bench.device.set_namespaces(range(1, 6));
  bench.device.add_script([&](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS_DESC_LIST) && sqe.nsid == 3) reply.never = true;
  });
  const ScanResult result =
      scan_with_recovery(bench, ScanStrategy::kOrdered, [&](nvme::Controller& ctrl) {
        EXPECT_EQ(ctrl.admin_queue().in_flight(), 0u);
        EXPECT_EQ(ctrl.admin_queue().free_tags(), 30u);
        EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
      });
  Names names;
  for (const auto& ns : result.namespaces) names[ns.nsid] = ns.node;
  EXPECT_EQ(names, in_list_order({1, 2, 4, 5, 6}));
  EXPECT_EQ(result.skipped, std::vector<uint32_t>{3});
  EXPECT_EQ(result.skip_reasons.at(3), nvme::SkipReason::kTimeout);
  EXPECT_EQ(result.timed_out_nsids, std::vector<uint32_t>{3});
  EXPECT_EQ(result.aborts, 3u) << "the first try and two retries alone";
  EXPECT_FALSE(result.complete());
}

// An Abort that never completes leads to a controller reset: every command ends, the queues
// and the AER come back, the reset handler runs, and the scan still registers everything.
TEST(Scan, FailedAbortResetsTheControllerAndTheScanCompletes) {
  Bench bench;
  bench.device.set_namespaces(range(1, 4));
  bool first = true;
  bench.device.add_script([&](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS) && sqe.nsid == 2 && first) {
      first = false;
      reply.never = true;
    }
    if (sqe.opcode == nvme_admin_abort_cmd) reply.never = true;
  });
  unsigned reset_handler_runs = 0;
  const ScanResult result = scan_with_recovery(
      bench, ScanStrategy::kOrdered,
      [&](nvme::Controller& ctrl) {
        bench.host.sleep(kMillisecond);
        EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
        EXPECT_EQ(ctrl.resets(), 1u);
        EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u) << "the AER was posted again";
        EXPECT_EQ(ctrl.admin_queue().in_flight(), 0u);
        EXPECT_EQ(ctrl.admin_queue().free_tags(), 30u);
      },
      [&](nvme::Controller& ctrl) { ctrl.set_reset_handler([&] { ++reset_handler_runs; }); });
  Names names;
  for (const auto& ns : result.namespaces) names[ns.nsid] = ns.node;
  EXPECT_EQ(names, in_list_order({1, 2, 3, 4}));
  EXPECT_TRUE(result.complete());
  EXPECT_EQ(result.resets, 1u);
  EXPECT_EQ(reset_handler_runs, 1u);
  EXPECT_EQ(bench.device.admin_commands(nvme_admin_create_sq).size(), 2u)
      << "the I/O queue was created again";
  EXPECT_TRUE(bench.log.contains("resetting the controller (1)"));
}

// A fatal controller (CSTS.CFS) answers nothing: the first timeout finds CFS and resets at
// once, without an Abort, as Linux does; the scan then completes.
TEST(Scan, FatalStatusAfterATimeoutResetsAtOnce) {
  Bench bench;
  bench.device.set_namespaces(range(1, 5));
  bool fatal = false;
  bench.device.add_script([&](uint16_t, const nvme::Sqe& sqe, Reply&) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_NS) && sqe.nsid == 3 && !fatal) {
      fatal = true;
      bench.device.raise_fatal();
    }
  });
  const ScanResult result = scan_with_recovery(
      bench, ScanStrategy::kAsync,
      [&](nvme::Controller& ctrl) { EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive); });
  EXPECT_EQ(result.namespaces.size(), 5u);
  EXPECT_TRUE(result.complete());
  EXPECT_EQ(result.aborts, 0u);
  EXPECT_EQ(result.resets, 1u);
  EXPECT_EQ(bench.device.resets(), 1u) << "CC.EN went 1 -> 0 once: the reset";
  EXPECT_TRUE(bench.log.contains("controller fatal status"));
}

}  // namespace
}  // namespace driver_test
