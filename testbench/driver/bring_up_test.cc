// SPDX-License-Identifier: Apache-2.0
// Controller bring-up against the fake: the state sequence and admin commands on a healthy
// device, the registers as programmed, and each way bring-up ends DEAD (CAP.TO expiry, CSTS.CFS,
// no device, a failed or lost admin command, an unsupported doorbell stride); then the
// asynchronous event path once LIVE.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "controller.h"
#include "driver_test_util.h"

namespace driver_test {
namespace {

using nvme::ControllerState;

TEST(BringUp, HealthyDeviceGoesLiveInLinuxOrder) {
  Bench bench;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_EQ(ctrl.state(), ControllerState::kNew);
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), ControllerState::kLive);

    // Registers as programmed: AQA 32/32 entries, CC with IOCQES 4, IOSQES 6 and EN.
    EXPECT_EQ(bench.device.read32(NVME_REG_AQA), 0x001F'001Fu);
    EXPECT_EQ(bench.device.read32(NVME_REG_CC), 0x0046'0001u);
    EXPECT_EQ(bench.device.read64(NVME_REG_ASQ), ctrl.admin_queue().sq_memory().bus_address);
    EXPECT_EQ(bench.device.read64(NVME_REG_ACQ), ctrl.admin_queue().cq_memory().bus_address);
    ASSERT_NE(ctrl.io_queue(), nullptr);
    EXPECT_EQ(ctrl.io_queue()->entries(), 64u);
    EXPECT_EQ(ctrl.io_queue()->vector(), 1u);
    EXPECT_EQ(ctrl.id_ctrl().vid, 0xFA4E);
    EXPECT_EQ(ctrl.version(), 0x0001'0400u);
  });
  EXPECT_EQ(bench.log.changes(), kBringUpStates);
  // RDY rises 2 us after EN, seen at the second poll (10 us); then four admin commands of 5 us.
  EXPECT_EQ(bench.log.transitions().back().at_ns, 30 * kMicrosecond);
  EXPECT_TRUE(bench.log.contains("nvme0: VS 1.4.0, VID 0xfa4e, MN 'fake-nvme', FR '1.0'"));

  // The admin commands in Linux's order, the AER last with the reserved CID.
  const auto& commands = bench.device.commands();
  ASSERT_EQ(commands.size(), 6u);
  EXPECT_EQ(nvme::describe(commands[0].sqe).substr(0, 35), "Identify cid 0 CNS 01h (Controller)");
  EXPECT_EQ(commands[1].sqe.opcode, nvme_admin_set_features);
  EXPECT_EQ(commands[1].sqe.cdw10, uint32_t{NVME_FEAT_FID_NUM_QUEUES});
  EXPECT_EQ(commands[2].sqe.opcode, nvme_admin_create_cq);
  EXPECT_EQ(commands[2].sqe.cdw10, 63u << 16 | 1u) << "qid 1, 64 entries";
  EXPECT_EQ(commands[2].sqe.cdw11, 1u << 16 | 0x3u) << "vector 1, IEN, PC";
  EXPECT_EQ(commands[3].sqe.opcode, nvme_admin_create_sq);
  EXPECT_EQ(commands[3].sqe.cdw11, 1u << 16 | 0x1u) << "CQ 1, PC";
  EXPECT_EQ(commands[4].sqe.opcode, nvme_admin_set_features);
  EXPECT_EQ(commands[4].sqe.cdw10, uint32_t{NVME_FEAT_FID_ASYNC_EVENT});
  EXPECT_EQ(commands[4].sqe.cdw11, uint32_t{NVME_CTRL_OAES_NA});
  EXPECT_EQ(commands[5].sqe.opcode, nvme_admin_async_event);
  EXPECT_EQ(commands[5].sqe.cid, 31u);
  EXPECT_FALSE(commands[5].completed) << "the AER stays posted";
}

TEST(BringUp, CapTimeoutEndsDead) {
  for (uint8_t to : {0, 2, 30}) {
    FakeNvmeConfig config;
    config.timeout = to;
    config.never_ready = true;
    Bench bench(config);
    bench.host.run([&] {
      nvme::ControllerOptions options = bench.options();
      options.csts_poll_interval = kMillisecond;
      nvme::Controller ctrl(bench.host, 0, options);
      EXPECT_FALSE(ctrl.bring_up());
      EXPECT_EQ(ctrl.state(), ControllerState::kDead);
      EXPECT_EQ(ctrl.admin(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, 0)).status,
                nvme::kStatusHostNotSubmitted);
    });
    const std::vector<Log::Transition> transitions = bench.log.transitions();
    ASSERT_EQ(transitions.size(), 4u);
    EXPECT_EQ(transitions[2].change, "CONFIGURING_ADMIN -> ENABLING");
    EXPECT_EQ(transitions[3].change, "ENABLING -> DEAD");
    // Linux's bound: (CAP.TO + 1) x 500 ms, reached within one poll interval.
    const Nanoseconds limit = (to + 1u) * 500 * kMillisecond;
    const Nanoseconds waited = transitions[3].at_ns - transitions[2].at_ns;
    EXPECT_GE(waited, limit) << "CAP.TO " << int{to};
    EXPECT_LT(waited, limit + kMillisecond) << "CAP.TO " << int{to};
    EXPECT_TRUE(bench.log.contains("device not ready; aborting enabling: CSTS.RDY still 0 after " +
                                   std::to_string(limit / kMillisecond) + " ms (CAP.TO " +
                                   std::to_string(to) + ")"))
        << bench.log.lines.back();
    EXPECT_TRUE(bench.device.commands().empty()) << "no command reached the device";
  }
}

TEST(BringUp, FatalStatusWhileEnablingEndsDead) {
  FakeNvmeConfig config;
  config.fatal_on_enable = true;
  Bench bench(config);
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_FALSE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), ControllerState::kDead);
  });
  // A fatal error gets a reset and another try, three times; it is there every time, so the
  // controller is dead.
  const std::vector<Log::Transition> transitions = bench.log.transitions();
  ASSERT_EQ(transitions.size(), 16u);
  EXPECT_EQ(transitions[3].change, "ENABLING -> DEAD");
  EXPECT_EQ(transitions[3].at_ns, transitions[2].at_ns) << "the first CSTS read shows CFS";
  EXPECT_EQ(transitions[4].change, "DEAD -> DISABLING");
  EXPECT_EQ(transitions[7].change, "ENABLING -> DEAD");
  EXPECT_TRUE(bench.log.contains("nvme0: controller fatal status while enabling: CSTS 0x2"));
  EXPECT_TRUE(bench.log.contains("controller fatal status during bring-up: reset 1"));
}

TEST(BringUp, EnabledDeviceIsDisabledFirst) {
  FakeNvmeConfig config;
  config.start_enabled = true;
  Bench bench(config);
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_TRUE(ctrl.bring_up());
  });
  EXPECT_EQ(bench.log.changes(), kBringUpStates);
  EXPECT_TRUE(bench.log.contains("CSTS.RDY = 0 after 10000 ns (disabling)"));
  EXPECT_EQ(bench.log.transitions()[1].at_ns, 10 * kMicrosecond) << "CONFIGURING_ADMIN";
  EXPECT_EQ(bench.log.transitions().back().at_ns, 40 * kMicrosecond) << "LIVE";
}

TEST(BringUp, AbsentDeviceEndsDead) {
  TestHost host;  // nothing attached: every register reads all ones
  Log log;
  host.run([&] {
    nvme::ControllerOptions options;
    options.log = log.sink();
    nvme::Controller ctrl(host, 0, options);
    EXPECT_FALSE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), ControllerState::kDead);
    EXPECT_FALSE(ctrl.bring_up()) << "only from NEW";
  });
  EXPECT_EQ(log.changes(), std::vector<std::string>{"NEW -> DEAD"});
  EXPECT_TRUE(log.contains("nvme0: device absent: CSTS reads all ones"));
}

TEST(BringUp, UnsupportedDoorbellStrideEndsDead) {
  FakeNvmeConfig config;
  config.dstrd = 1;
  Bench bench(config);
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_FALSE(ctrl.bring_up());
  });
  EXPECT_EQ(bench.log.changes(), std::vector<std::string>{"NEW -> DEAD"});
  EXPECT_TRUE(bench.log.contains("DSTRD 1"));
  EXPECT_TRUE(bench.log.contains("doorbell stride CAP.DSTRD != 0 is not supported"));
}

TEST(BringUp, FailedStepEndsDeadWithTheStatusNamed) {
  Bench bench;
  bench.device.add_script([](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (sqe.opcode == nvme_admin_create_cq) {
      reply.status = nvme::make_status(NVME_SCT_CMD_SPECIFIC, NVME_SC_QUEUE_SIZE, true);
    }
  });
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_FALSE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), ControllerState::kDead);
  });
  EXPECT_EQ(bench.log.changes().back(), "CONFIGURING_QUEUES -> DEAD");
  EXPECT_TRUE(
      bench.log.contains("nvme0: Create I/O CQ failed: Invalid Queue Size (SCT 1h SC 02h, DNR)"));
  EXPECT_TRUE(bench.device.admin_commands(nvme_admin_create_sq).empty()) << "stopped at the CQ";
}

TEST(BringUp, LostIdentifyTimesOutAndEndsDead) {
  Bench bench;
  bench.device.add_script([](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    reply.never = is_identify(sqe, NVME_IDENTIFY_CNS_CTRL);
  });
  bench.host.run([&] {
    nvme::ControllerOptions options = bench.options();
    options.admin_timeout = kMillisecond;
    nvme::Controller ctrl(bench.host, 0, options);
    EXPECT_FALSE(ctrl.bring_up());
    EXPECT_EQ(ctrl.admin_queue().timed_out_count(), 1u);
  });
  const std::vector<Log::Transition> transitions = bench.log.transitions();
  ASSERT_EQ(transitions.size(), 5u);
  EXPECT_EQ(transitions[4].change, "IDENTIFYING -> DEAD");
  // The admin timeout, then (as Linux) the controller is disabled before the step fails.
  EXPECT_GE(transitions[4].at_ns - transitions[3].at_ns, kMillisecond);
  EXPECT_LE(transitions[4].at_ns - transitions[3].at_ns, kMillisecond + 100 * kMicrosecond);
  EXPECT_EQ(bench.device.resets(), 1u) << "disabled after the timeout";
  EXPECT_TRUE(bench.log.contains("disabling the controller: command timeout while initializing"));
  EXPECT_TRUE(bench.log.contains("Identify Controller timed out"));
}

TEST(BringUp, LateIdentifyDataDoesNotLandInFreedMemory) {
  Bench bench;
  bench.device.add_script([](uint16_t, const nvme::Sqe& sqe, Reply& reply) {
    if (is_identify(sqe, NVME_IDENTIFY_CNS_CTRL)) reply.latency = 2 * kMillisecond;
  });
  bench.host.run([&] {
    nvme::ControllerOptions options = bench.options();
    options.admin_timeout = kMillisecond;
    nvme::Controller ctrl(bench.host, 0, options);
    EXPECT_FALSE(ctrl.bring_up());
    bench.host.sleep(2 * kMillisecond);
    // The disable after the timeout dropped the command: no late CQE, no late data.
    EXPECT_EQ(ctrl.admin_queue().late_completions(), 0u);
    EXPECT_EQ(ctrl.admin_queue().cancelled_count(), 1u);
  });
  EXPECT_TRUE(bench.log.contains("Identify Controller timed out"));
  // ~Bench: no DMA fault from the late Identify data.
}

TEST(BringUp, IoQueueDepthCappedByMqes) {
  FakeNvmeConfig config;
  config.mqes = 15;  // 16 entries
  Bench bench(config);
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    ASSERT_TRUE(ctrl.bring_up());
    ASSERT_NE(ctrl.io_queue(), nullptr);
    EXPECT_EQ(ctrl.io_queue()->entries(), 16u);
    EXPECT_EQ(ctrl.admin_queue().entries(), 32u) << "the admin queue is not bound by MQES";
  });
  EXPECT_EQ(bench.device.admin_commands(nvme_admin_create_sq).at(0).sqe.cdw10, 15u << 16 | 1u);
}

TEST(BringUp, SingleVectorSharesTheInterrupt) {
  TestHostOptions options;
  options.msix_vectors = 1;
  Bench bench({}, options);
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.io_queue()->vector(), 0u);
    EXPECT_TRUE(ctrl.io_queue()->submit(nvme::Sqe{}, kMillisecond).ok()) << "a Flush on qid 1";
    EXPECT_EQ(ctrl.io_queue()->completed_count(), 1u);
  });
  EXPECT_EQ(bench.device.admin_commands(nvme_admin_create_cq).at(0).sqe.cdw11 >> 16, 0u);
  EXPECT_EQ(bench.host.interrupts(0), 6u) << "five admin CQEs and the Flush's";
}

TEST(Shutdown, NotifiesThenDisablesAndEndsTheAer) {
  Bench bench;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u);
    EXPECT_TRUE(ctrl.shutdown());
    EXPECT_EQ(ctrl.state(), ControllerState::kShutDown);
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 0u) << "ended by the host";
    // SHN stays as written (normal); EN went back to 0, and the device is not ready.
    EXPECT_EQ(NVME_CC_SHN(bench.device.read32(NVME_REG_CC)), uint32_t{NVME_CC_SHN_NORMAL});
    EXPECT_EQ(NVME_CC_EN(bench.device.read32(NVME_REG_CC)), 0u);
    EXPECT_EQ(NVME_CSTS_RDY(bench.device.read32(NVME_REG_CSTS)), 0u);
    EXPECT_EQ(ctrl.admin(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, 0)).status,
              nvme::kStatusHostNotSubmitted);
    EXPECT_FALSE(ctrl.shutdown()) << "once";
  });
  EXPECT_TRUE(bench.log.contains("nvme0: shutdown complete after"));
  EXPECT_EQ(bench.log.changes().back(), "LIVE -> SHUT_DOWN");
  const auto& commands = bench.device.commands();
  ASSERT_FALSE(commands.empty());
  EXPECT_EQ(commands.back().sqe.opcode, nvme_admin_async_event);
}

TEST(Shutdown, ANeverBroughtUpControllerIsLeftAlone) {
  Bench bench;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    EXPECT_FALSE(ctrl.shutdown());
    EXPECT_EQ(ctrl.state(), ControllerState::kNew);
  });
  EXPECT_TRUE(bench.device.commands().empty());
}

TEST(AsyncEvent, NoticeRunsTheHandlerAndRepostsTheAer) {
  Bench bench;
  bench.host.run([&] {
    nvme::Controller ctrl(bench.host, 0, bench.options());
    std::vector<uint32_t> events;
    ctrl.set_async_event_handler([&](uint32_t dw0) { events.push_back(dw0); });
    ASSERT_TRUE(ctrl.bring_up());

    bench.device.raise_async_event(0x0004'0002, {5});  // notice, NS attribute changed, log 04h
    bench.host.sleep(10 * kMicrosecond);
    ASSERT_EQ(events, std::vector<uint32_t>{0x0004'0002u});
    EXPECT_EQ(ctrl.async_events(), 1u);
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u) << "re-posted after the handler";

    const nvme::DmaBuffer page = bench.host.alloc_dma(4096, 4096);
    ASSERT_TRUE(
        ctrl.admin(nvme::get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, page.bus_address)).ok());
    uint32_t first = 0;
    bench.host.read_dma(page.bus_address, &first, sizeof first);
    EXPECT_EQ(first, 5u);
  });
  EXPECT_EQ(bench.device.admin_commands(nvme_admin_async_event).size(), 2u);
  EXPECT_TRUE(bench.log.contains("async event 0x00040002: type 2, info 0x00, log page 0x04"));
}

}  // namespace
}  // namespace driver_test
