// SPDX-License-Identifier: Apache-2.0
// Abort (08h) and the injected faults the host recovers from: a lost command, a fatal error.

#include <vector>

#include "nvme_test_util.h"

namespace tb {
namespace {

constexpr uint16_t kAbortRequested = 0x07;  // SCT 0, no DNR: the host may retry
constexpr uint16_t kAbortLimitExceeded = status(1, 0x03);

// Identify Namespace of `nsid` into the page for it.
Sqe identify_ns(uint32_t nsid) {
  return identify_sqe(NVME_IDENTIFY_CNS_NS, nsid, kData + 0x1000 * nsid);
}

TEST(Abort, CommandWaitingInASlotEndsAbortRequested) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({1, 2});
  d.host.set_latency_fixed(100'000);
  const uint16_t victim = d.host.submit(identify_ns(1));
  d.bench.idle(2'000);  // fetched: waiting out its latency in a slot
  const NvmeCompletion abort = d.run(nvme::abort_sqe(0, victim));
  EXPECT_TRUE(abort.ok()) << abort;
  EXPECT_EQ(abort.dw0 & 1, 0u) << "DW0 bit 0 clear: the command was aborted";
  const std::optional<NvmeCompletion> aborted = d.host.wait_completion(victim, 5'000);
  ASSERT_TRUE(aborted) << "the aborted command completes at once, not after its latency";
  EXPECT_EQ(aborted->status, kAbortRequested) << *aborted;
  EXPECT_EQ(d.data_dw(kData + 0x1000), 0u) << "no data was written for it";
  // The slot is free again and the controller works.
  EXPECT_EQ(d.host.busy_slots(), 0u);
  d.host.set_latency_fixed(100);
  EXPECT_TRUE(d.run(identify_ns(2)).ok());
}

TEST(Abort, UnknownCommandOrOtherQueueIsNotAborted) {
  Device d;
  d.bring_up();
  d.host.set_latency_fixed(100);
  NvmeCompletion none = d.run(nvme::abort_sqe(0, 0x1234));
  EXPECT_TRUE(none.ok()) << none;
  EXPECT_EQ(none.dw0 & 1, 1u) << "no such command: DW0 bit 0 set";
  NvmeCompletion io = d.run(nvme::abort_sqe(1, 0));
  EXPECT_EQ(io.dw0 & 1, 1u) << "commands on I/O queues are not aborted here";
}

TEST(Abort, LostIdentifyNeverCompletesUntilAborted) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({1, 2, 3});
  d.host.set_latency_fixed(1'000);
  d.bench.sim_write(sim_control::kLoseNsid, 2);
  const std::vector<uint16_t> cids =
      d.host.submit_many({identify_ns(1), identify_ns(2), identify_ns(3)});
  const std::vector<NvmeCompletion> done = d.host.wait_completions(2, 50'000);
  ASSERT_EQ(done.size(), 2u);
  d.bench.idle(20'000);
  EXPECT_EQ(d.host.unclaimed_completions(), 0u) << "NSID 2's Identify is lost";
  for (const NvmeCompletion& c : done) EXPECT_NE(c.cid, cids[1]);
  EXPECT_EQ(d.bench.sim_read(sim_control::kLoseNsid), 0u) << "one-shot: disarmed once taken";
  EXPECT_EQ(d.host.sim_wake(), 0xFFFF'FFFF'FFFFu) << "a lost command schedules no wake-up";
  EXPECT_EQ(d.host.busy_slots(), 1u);

  const NvmeCompletion abort = d.run(nvme::abort_sqe(0, cids[1]));
  EXPECT_EQ(abort.dw0 & 1, 0u);
  const std::optional<NvmeCompletion> lost = d.host.wait_completion(cids[1], 5'000);
  ASSERT_TRUE(lost);
  EXPECT_EQ(lost->status, kAbortRequested);
  // The next Identify of NSID 2 completes normally.
  EXPECT_TRUE(d.run(identify_ns(2)).ok());
}

TEST(Abort, MoreThanTheLimitOutstandingIsRefused) {
  // Aborts run as soon as they are fetched, so they pile up only behind a full completion
  // queue: two entries hold one CQE, and the host withholds the head doorbell for a while.
  NvmeHostOptions host_options;
  host_options.withhold_cq_doorbell = true;
  Device d(DevHarnessOptions(), host_options);
  d.bring_up(32, 2);
  d.host.set_latency_fixed(100);
  d.host.submit_many(std::vector<Sqe>(8, nvme::abort_sqe(0, 0x4000)));
  ASSERT_EQ(d.host.wait_completions(1, 20'000).size(), 1u);
  d.bench.idle(5'000);  // the other seven are fetched, one of them decoded
  EXPECT_EQ(d.host.busy_slots(), 7u);
  d.host.options().withhold_cq_doorbell = false;
  ASSERT_TRUE(d.host.ring_cq_doorbell());
  const std::vector<NvmeCompletion> done = d.host.wait_completions(7, 50'000);
  ASSERT_EQ(done.size(), 7u);
  std::vector<uint16_t> statuses;
  for (const NvmeCompletion& c : done) statuses.push_back(c.status);
  // The first was decoded with two held; after it, six, then five held (over ACL + 1 = 4),
  // then four and fewer.
  EXPECT_EQ(statuses,
            (std::vector<uint16_t>{0, kAbortLimitExceeded, kAbortLimitExceeded, 0, 0, 0, 0}));
}

TEST(FatalError, SetsCfsAtTheCycleAndResetClearsIt) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({1});
  d.host.set_latency_fixed(200);
  const uint64_t at = d.host.sim_now() + 5'000;
  sim_control::write48(d.bench, sim_control::kFatalAt, at);
  EXPECT_TRUE(d.run(identify_ns(1)).ok()) << "before the fatal error";
  d.bench.run_until([&] { return d.host.sim_now() > at + 10; }, 20'000, "the fatal cycle");
  EXPECT_EQ(NVME_CSTS_CFS(d.host.read_csts()), 1u);
  EXPECT_EQ(sim_control::read48(d.bench, sim_control::kFatalAt), 0u) << "one-shot";
  d.host.submit(identify_ns(1));
  d.bench.idle(20'000);
  EXPECT_EQ(d.host.unclaimed_completions(), 0u) << "a fatal controller executes nothing";
  // Reset: disable, then the usual bring-up.
  ASSERT_TRUE(d.host.disable());
  EXPECT_EQ(NVME_CSTS_CFS(d.host.read_csts()), 0u);
  ASSERT_TRUE(d.host.setup_admin_queue(32, 32, kAsq, kAcq));
  ASSERT_TRUE(d.host.enable());
  EXPECT_TRUE(d.run(identify_ns(1)).ok());
}

TEST(FatalError, ReportedWakeIncludesTheFatalCycle) {
  Device d;
  d.bring_up();
  const uint64_t at = d.host.sim_now() + 1'000'000;
  sim_control::write48(d.bench, sim_control::kFatalAt, at);
  EXPECT_EQ(d.host.sim_wake(), at) << "an idle-skipping simulator stops at the fatal cycle";
}

}  // namespace
}  // namespace tb
