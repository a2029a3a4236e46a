// SPDX-License-Identifier: Apache-2.0
// The queue pair against the fake: ring wrap and phase tags, the tag pool bounding what is in
// flight, timeouts with the late CQE, and CQEs for commands that are not outstanding.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "controller.h"
#include "driver_test_util.h"

namespace driver_test {
namespace {

using nvme::CommandResult;
using nvme::QueuePair;

constexpr nvme::Sqe kFlush{};  // opcode 00h, NSID 0

// A LIVE controller with small queues, then `body(ctrl)`.
template <typename Body>
void with_controller(Bench& bench, nvme::ControllerOptions options, Body body) {
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    body(ctrl);
  });
}

std::vector<std::pair<uint32_t, bool>> slots_and_phases(const FakeNvme& device, uint16_t cqid) {
  std::vector<std::pair<uint32_t, bool>> out;
  for (const auto& cqe : device.posted()) {
    if (cqe.cqid == cqid) out.emplace_back(cqe.slot, cqe.phase);
  }
  return out;
}

TEST(QueuePair, TailAndHeadWrapPastTheRingEnd) {
  Bench bench;
  nvme::ControllerOptions options = bench.options();
  options.io_queue_depth = 4;
  std::vector<CommandResult> results;
  with_controller(bench, options, [&](nvme::Controller& ctrl) {
    for (int i = 0; i < 9; ++i) results.push_back(ctrl.io_queue()->submit(kFlush, kMillisecond));
  });
  ASSERT_EQ(results.size(), 9u);
  for (const CommandResult& r : results) {
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.cid, 0u) << "one at a time: the lowest CID every time";
  }
  const std::vector<uint32_t> wrapping = {1, 2, 3, 0, 1, 2, 3, 0, 1};
  EXPECT_EQ(bench.device.doorbell_values(1, true), wrapping) << "SQ 1 tail";
  EXPECT_EQ(bench.device.doorbell_values(1, false), wrapping) << "CQ 1 head";
}

TEST(QueuePair, PhaseFlipsOnEachPass) {
  Bench bench;
  nvme::ControllerOptions options = bench.options();
  options.io_queue_depth = 4;
  with_controller(bench, options, [&](nvme::Controller& ctrl) {
    QueuePair& io = *ctrl.io_queue();
    // Two alone (slots 0, 1), then three at once: slots 2, 3 and, past the end, 0 again.
    for (int i = 0; i < 2; ++i) ASSERT_TRUE(io.submit(kFlush, kMillisecond).ok());
    auto done = bench.host.make_completion();
    unsigned finished = 0;
    for (int i = 0; i < 3; ++i) {
      bench.host.spawn("flush", [&] {
        EXPECT_TRUE(io.submit(kFlush, kMillisecond).ok());
        if (++finished == 3) done->complete();
      });
    }
    ASSERT_TRUE(done->wait_for(kMillisecond));
    // Then eight more, one at a time: the rest of the second pass and all of the third.
    for (int i = 0; i < 8; ++i) ASSERT_TRUE(io.submit(kFlush, kMillisecond).ok());
    EXPECT_EQ(io.completed_count(), 13u);
  });
  const std::vector<std::pair<uint32_t, bool>> expected = {
      {0, true},  {1, true}, {2, true}, {3, true}, {0, false}, {1, false}, {2, false},
      {3, false}, {0, true}, {1, true}, {2, true}, {3, true},  {0, false}};
  EXPECT_EQ(slots_and_phases(bench.device, 1), expected);
  // The three completed together were reaped in one handler run, across the wrap: one head
  // doorbell write for them (3 -> 1).
  const std::vector<uint32_t> heads = bench.device.doorbell_values(1, false);
  ASSERT_GE(heads.size(), 3u);
  EXPECT_EQ(std::vector<uint32_t>(heads.begin(), heads.begin() + 3),
            (std::vector<uint32_t>{1, 2, 1}));
}

TEST(QueuePair, FullQueueMakesSubmittersWait) {
  Bench bench;
  bench.device.add_script(
      [](uint16_t, const nvme::Sqe&, Reply& reply) { reply.latency = 10 * kMicrosecond; });
  nvme::ControllerOptions options = bench.options();
  options.admin_queue_depth = 4;  // 2 tags, 1 reserved for the AER, 1 slot kept empty
  std::vector<Nanoseconds> submitted;
  std::set<uint16_t> cids;
  with_controller(bench, options, [&](nvme::Controller& ctrl) {
    QueuePair& admin = ctrl.admin_queue();
    EXPECT_EQ(admin.tags(), 2u);
    ctrl.set_command_observer([&](const nvme::CommandEvent& e) {
      if (e.kind == nvme::CommandEvent::Kind::kSubmitted) submitted.push_back(e.submitted);
    });
    const nvme::DmaBuffer buffers = bench.host.alloc_dma(6 * 4096, 4096);
    const Nanoseconds start = bench.host.now();
    auto done = bench.host.make_completion();
    unsigned finished = 0;
    for (unsigned i = 0; i < 6; ++i) {
      bench.host.spawn("identify", [&, i] {
        const CommandResult r = ctrl.identify(
            NVME_IDENTIFY_CNS_CTRL, 0, nvme::DmaBuffer{buffers.bus_address + 4096ull * i, 4096});
        EXPECT_TRUE(r.ok());
        cids.insert(r.cid);
        if (++finished == 6) done->complete();
      });
    }
    ASSERT_TRUE(done->wait_for(kMillisecond));
    EXPECT_EQ(bench.host.now() - start, 30 * kMicrosecond) << "three rounds of two";
    for (Nanoseconds& t : submitted) t -= start;
    EXPECT_EQ(admin.max_in_flight(), 2u);
    EXPECT_EQ(admin.free_tags(), 2u);
    EXPECT_EQ(admin.aer_outstanding(), 1u);
  });
  EXPECT_EQ(submitted, (std::vector<Nanoseconds>{0, 0, 10'000, 10'000, 20'000, 20'000}))
      << "submitters beyond the tag pool wait for a completion";
  EXPECT_EQ(cids, (std::set<uint16_t>{0, 1}));
  // Two tagged commands and the AER: entries - 1, never more (the fake reports an overflow).
  EXPECT_EQ(bench.device.max_outstanding(0), 3u);
}

TEST(QueuePair, WithoutATimeoutHandlerTheCidWaitsForTheLateCqe) {
  Bench bench;
  bool slow = false;
  bench.device.add_script([&](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (slow && is_identify(sqe, NVME_IDENTIFY_CNS_CTRL)) reply.latency = kMillisecond;
  });
  nvme::ControllerOptions options = bench.options();
  options.admin_timeout = 100 * kMicrosecond;
  std::vector<nvme::CommandEvent> late;
  with_controller(bench, options, [&](nvme::Controller& ctrl) {
    QueuePair& admin = ctrl.admin_queue();
    admin.set_timeout_handler(nullptr);  // no Abort, no reset: the command is abandoned
    ctrl.set_command_observer([&](const nvme::CommandEvent& e) {
      if (e.kind == nvme::CommandEvent::Kind::kLateCompletion) late.push_back(e);
    });
    const nvme::DmaBuffer buffer = bench.host.alloc_dma(4096, 4096);

    slow = true;
    const CommandResult lost = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    slow = false;
    EXPECT_TRUE(lost.timed_out);
    EXPECT_EQ(lost.status, nvme::kStatusHostTimeout);
    EXPECT_EQ(nvme::status_name(lost.status), "host: timed out");
    EXPECT_EQ(lost.completed - lost.submitted, 100 * kMicrosecond);
    EXPECT_EQ(admin.timed_out_count(), 1u);
    EXPECT_EQ(admin.in_flight(), 1u) << "still in the device";
    EXPECT_EQ(admin.free_tags(), 29u) << "its tag stays taken";

    // Meanwhile other commands get another CID.
    const CommandResult other = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    EXPECT_TRUE(other.ok());
    EXPECT_NE(other.cid, lost.cid);

    // The late CQE, 1 ms after the doorbell, frees the CID and the tag (reaped by the interrupt
    // task, which runs after this task's wake-up at the same instant: look a microsecond later).
    bench.host.sleep(lost.submitted + kMillisecond - bench.host.now());
    bench.host.sleep(kMicrosecond);
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].cid, lost.cid);
    EXPECT_EQ(late[0].completed, lost.submitted + kMillisecond);
    EXPECT_EQ(admin.late_completions(), 1u);
    EXPECT_EQ(admin.in_flight(), 0u);
    EXPECT_EQ(admin.free_tags(), 30u);
    EXPECT_EQ(admin.unexpected_completions(), 0u);

    const CommandResult again = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    EXPECT_EQ(again.cid, lost.cid) << "the lowest free CID is the one released";
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
  });
  EXPECT_TRUE(bench.log.contains("timed out after 100000 ns; ended: host: timed out"));
  EXPECT_TRUE(bench.log.contains("late CQE for timed-out Identify cid 0 (SUCCESS), CID released"));
}

TEST(QueuePair, NeverCompletedCommandKeepsItsTagForGoodWithoutAHandler) {
  Bench bench;
  bench.device.add_script([](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    reply.never = sqe.opcode == nvme_admin_get_features;
  });
  nvme::ControllerOptions options = bench.options();
  options.admin_timeout = 100 * kMicrosecond;
  with_controller(bench, options, [&](nvme::Controller& ctrl) {
    ctrl.admin_queue().set_timeout_handler(nullptr);
    const CommandResult lost = ctrl.admin(nvme::get_features_sqe(NVME_FEAT_FID_NUM_QUEUES));
    EXPECT_TRUE(lost.timed_out);
    bench.host.sleep(10 * kMillisecond);
    EXPECT_EQ(ctrl.admin_queue().free_tags(), 29u);
    EXPECT_EQ(ctrl.admin_queue().in_flight(), 1u);
    EXPECT_EQ(ctrl.admin_queue().late_completions(), 0u);
  });
}

TEST(QueuePair, LostCommandsDrainTheTagPoolAndTheRunReportsTheDeadlock) {
  Bench bench;
  bench.device.add_script([](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    reply.never = sqe.opcode == nvme_admin_get_features;
  });
  nvme::ControllerOptions options = bench.options();
  options.admin_queue_depth = 4;  // 2 tags
  options.admin_timeout = 100 * kMicrosecond;
  std::string message;
  try {
    with_controller(bench, options, [&](nvme::Controller& ctrl) {
      ctrl.admin_queue().set_timeout_handler(nullptr);
      for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(ctrl.admin(nvme::get_features_sqe(NVME_FEAT_FID_NUM_QUEUES)).timed_out);
      }
      EXPECT_EQ(ctrl.admin_queue().free_tags(), 0u);
      ctrl.admin(nvme::get_features_sqe(NVME_FEAT_FID_ARBITRATION));  // waits for a tag forever
      ADD_FAILURE() << "no tag should ever come back";
    });
  } catch (const Deadlock& deadlock) {
    message = deadlock.what();
  }
  EXPECT_NE(message.find("main: Semaphore::acquire"), std::string::npos) << message;
}

TEST(QueuePair, CqeForACommandNotOutstandingIsCountedAndDropped) {
  Bench bench;
  with_controller(bench, bench.options(), [&](nvme::Controller& ctrl) {
    QueuePair& admin = ctrl.admin_queue();
    bench.device.inject_cqe(0, 17);  // never submitted
    bench.host.sleep(kMicrosecond);
    EXPECT_EQ(admin.unexpected_completions(), 1u);

    const nvme::DmaBuffer buffer = bench.host.alloc_dma(4096, 4096);
    const CommandResult done = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    ASSERT_TRUE(done.ok());
    bench.device.inject_cqe(0, done.cid);  // a duplicate of a completed command
    bench.host.sleep(kMicrosecond);
    EXPECT_EQ(admin.unexpected_completions(), 2u);
    EXPECT_EQ(admin.completed_count(), 6u) << "five in bring-up, one here";
    EXPECT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer).ok()) << "the queue goes on";
    EXPECT_EQ(admin.in_flight(), 0u);
  });
  EXPECT_TRUE(bench.log.contains("qid 0: CQE for CID 17 that is not outstanding (status SUCCESS)"));
}

}  // namespace
}  // namespace driver_test
