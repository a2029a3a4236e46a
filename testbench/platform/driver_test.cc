// SPDX-License-Identifier: Apache-2.0
// The host driver (cpp-host/) on the whole co-simulation: bring-up in Linux's order, Identify
// Controller, the admin tag pool under concurrency, command timeouts, asynchronous events, and
// bring-up failures.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "controller.h"
#include "driver_log.h"
#include "platform_test_util.h"
#include "sim_control.h"

namespace cosim::test {
namespace {

constexpr uint32_t kCycleNs = 4;  // default RTL clock period

using Log = tb::DriverLog;

void set_fixed_latency(CosimSystem& s, uint64_t cycles) {
  sim_control::set_latency(s.bridge, cycles, cycles, false);
}

TEST(Driver, BringUpReachesLiveInLinuxOrder) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    Log log;
    nvme::ControllerOptions options;
    options.log = log.sink();
    nvme::Controller ctrl(s.platform, 0, options);
    std::vector<nvme::CommandEvent> submitted;
    ctrl.set_command_observer([&](const nvme::CommandEvent& e) {
      if (e.kind == nvme::CommandEvent::Kind::kSubmitted) submitted.push_back(e);
    });
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kNew);
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    EXPECT_EQ(ctrl.name(), "nvme0");

    const std::vector<std::string> expected = {"NEW -> DISABLING",
                                               "DISABLING -> CONFIGURING_ADMIN",
                                               "CONFIGURING_ADMIN -> ENABLING",
                                               "ENABLING -> IDENTIFYING",
                                               "IDENTIFYING -> CONFIGURING_QUEUES",
                                               "CONFIGURING_QUEUES -> LIVE"};
    EXPECT_EQ(log.changes(), expected);
    EXPECT_TRUE(log.contains("nvme0: NEW -> DISABLING (t=")) << "the logged format";

    // The admin commands, in Linux's order.
    ASSERT_EQ(submitted.size(), 6u);
    EXPECT_EQ(submitted[0].opcode, nvme_admin_identify);
    EXPECT_EQ(submitted[0].cdw10, uint32_t{NVME_IDENTIFY_CNS_CTRL});
    EXPECT_EQ(submitted[1].opcode, nvme_admin_set_features);
    EXPECT_EQ(submitted[1].cdw10, uint32_t{NVME_FEAT_FID_NUM_QUEUES});
    EXPECT_EQ(submitted[2].opcode, nvme_admin_create_cq);
    EXPECT_EQ(submitted[3].opcode, nvme_admin_create_sq);
    EXPECT_EQ(submitted[4].opcode, nvme_admin_set_features);
    EXPECT_EQ(submitted[4].cdw10, uint32_t{NVME_FEAT_FID_ASYNC_EVENT});
    EXPECT_EQ(submitted[5].opcode, nvme_admin_async_event);
    EXPECT_EQ(submitted[5].cid, 31u) << "the AER has the reserved CID";

    // Registers as programmed.
    EXPECT_EQ(s.platform.read32(NVME_REG_AQA), 0x001F'001Fu);
    EXPECT_EQ(s.platform.read32(NVME_REG_CC), 0x0046'0001u) << "IOCQES 4, IOSQES 6, EN";
    EXPECT_EQ(s.platform.read64(NVME_REG_ASQ), ctrl.admin_queue().sq_memory().bus_address);
    EXPECT_EQ(s.platform.read64(NVME_REG_ACQ), ctrl.admin_queue().cq_memory().bus_address);
    ASSERT_NE(ctrl.io_queue(), nullptr);
    EXPECT_EQ(ctrl.io_queue()->qid(), 1u);
    EXPECT_EQ(ctrl.io_queue()->entries(), 64u);
    EXPECT_EQ(ctrl.io_queue()->vector(), 1u) << "two vectors enabled: the I/O queue has its own";
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u);
    EXPECT_EQ(ctrl.admin_queue().in_flight(), 0u);
    EXPECT_LT(s.platform.now(), 100'000u) << "bring-up takes tens of microseconds";
  });
}

TEST(Driver, IdentifyControllerFieldsParsed) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    Log log;
    nvme::ControllerOptions options;
    options.log = log.sink();
    nvme::Controller ctrl(s.platform, 3, options);
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.id_ctrl().vid, 0x10EE);
    EXPECT_EQ(ctrl.nn(), 4096u);
    EXPECT_EQ(ctrl.id_ctrl().ver, 0x0001'0400u) << "VER 1.4";
    EXPECT_EQ(ctrl.version(), 0x0001'0400u) << "the VS register";
    EXPECT_EQ(std::string(ctrl.id_ctrl().mn, 10), "nvme-cosim");
    EXPECT_EQ(ctrl.id_ctrl().sqes, 0x66);
    EXPECT_EQ(ctrl.id_ctrl().cqes, 0x44);
    EXPECT_NE(ctrl.id_ctrl().oaes & (1u << 8), 0u) << "namespace attribute notices";
    EXPECT_EQ(ctrl.instance(), 3u);
    EXPECT_TRUE(log.contains("nvme3: VS 1.4.0, VID 0x10ee, MN 'nvme-cosim")) << log.lines.back();

    // Identify into a buffer that starts mid-page: PRP2 carries the rest.
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(3 * 4096, 4096);
    const nvme::DmaBuffer unaligned{buffer.bus_address + 2048, 4096};
    ASSERT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, unaligned).ok());
    nvme_id_ctrl id;
    s.platform.read_dma(unaligned.bus_address, &id, sizeof id);
    EXPECT_EQ(id.vid, 0x10EE);
    EXPECT_EQ(id.nn, 4096u) << "NN sits past the first page boundary";

    // An invalid CNS fails with the device's status, named.
    const nvme::CommandResult bad = ctrl.identify(0x1F, 0, buffer);
    EXPECT_FALSE(bad.ok());
    EXPECT_FALSE(bad.timed_out);
    EXPECT_EQ(nvme::status_sct(bad.status), NVME_SCT_GENERIC);
    EXPECT_EQ(nvme::status_sc(bad.status), NVME_SC_INVALID_FIELD);
    EXPECT_EQ(nvme::status_name(bad.status), "Invalid Field in Command (SCT 0h SC 02h, DNR)");
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
  });
}

TEST(Driver, AdminTagPoolBoundsConcurrentIdentify) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    const nvme::ControllerOptions options;
    nvme::Controller ctrl(s.platform, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    set_fixed_latency(s, 10'000 / kCycleNs);  // 10 us per command
    // Linux's admin tag set: the queue's entries less the slot a full queue keeps empty, less
    // the AER's reserved tag (NVME_AQ_DEPTH 32 -> NVME_AQ_MQ_TAG_DEPTH 30).
    const unsigned tag_pool = options.admin_queue_depth - 1 - 1;

    unsigned identify_in_flight = 0, identify_max = 0;
    std::set<uint16_t> cids_in_flight;
    bool cid_reused = false;
    ctrl.set_command_observer([&](const nvme::CommandEvent& e) {
      if (e.opcode != nvme_admin_identify) return;
      if (e.kind == nvme::CommandEvent::Kind::kSubmitted) {
        identify_max = std::max(identify_max, ++identify_in_flight);
        cid_reused |= !cids_in_flight.insert(e.cid).second;
      } else if (e.kind == nvme::CommandEvent::Kind::kCompleted) {
        --identify_in_flight;
        cids_in_flight.erase(e.cid);
      }
    });

    constexpr unsigned kTasks = 40;
    const nvme::DmaBuffer buffers = s.platform.alloc_dma(kTasks * 4096, 4096);
    unsigned finished = 0, succeeded = 0;
    auto all_done = s.platform.make_completion();
    const nvme::Nanoseconds start = s.platform.now();
    for (unsigned i = 0; i < kTasks; ++i) {
      s.platform.spawn("identify", [&, i] {
        const nvme::DmaBuffer data{buffers.bus_address + 4096ull * i, 4096};
        if (ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, data).ok()) ++succeeded;
        if (++finished == kTasks) all_done->complete();
      });
    }
    ASSERT_TRUE(all_done->wait_for(10'000'000));
    const nvme::Nanoseconds elapsed = s.platform.now() - start;

    EXPECT_EQ(succeeded, kTasks);
    EXPECT_EQ(ctrl.admin_queue().tags(), tag_pool) << "Linux's NVME_AQ_MQ_TAG_DEPTH";
    EXPECT_EQ(identify_max, tag_pool) << "40 tasks fill the tag pool, never more";
    EXPECT_EQ(ctrl.admin_queue().max_in_flight(), tag_pool);
    EXPECT_FALSE(cid_reused) << "no CID given to two commands in flight";
    EXPECT_EQ(ctrl.admin_queue().in_flight(), 0u);
    EXPECT_EQ(ctrl.admin_queue().free_tags(), tag_pool);
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u) << "the AER stayed posted throughout";
    // 40 commands through 30 tags at 10 us each: at least two rounds. The device executes one
    // command at a time after its latency (about 4 us to generate 4 KiB of Identify data), so
    // the whole takes ~200 us; one at a time it would take 40 x 14 us.
    EXPECT_GE(elapsed, 20'000u);
    EXPECT_LT(elapsed, 400'000u);
  });
}

// On the RTL: a command that outlives its timeout is aborted (Abort 08h finds it waiting in its
// slot) and ends with Command Abort Requested at once; nothing is left in the device.
TEST(Driver, TimedOutCommandIsAbortedInTheController) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    Log log;
    nvme::ControllerOptions options;
    options.admin_timeout = 100'000;  // 100 us
    options.log = log.sink();
    nvme::Controller ctrl(s.platform, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    nvme::QueuePair& admin = ctrl.admin_queue();
    std::vector<nvme::CommandEvent> late;
    ctrl.set_command_observer([&](const nvme::CommandEvent& e) {
      if (e.kind == nvme::CommandEvent::Kind::kLateCompletion) late.push_back(e);
    });
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(4096, 4096);
    s.platform.sleep(20'000);  // the AER is fetched and parked: only the slow command in a slot

    set_fixed_latency(s, 1'000'000 / kCycleNs);  // 1 ms, ten times the timeout
    const nvme::CommandResult slow = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    set_fixed_latency(s, 0);
    EXPECT_TRUE(slow.timed_out);
    EXPECT_FALSE(slow.ok());
    EXPECT_EQ(slow.status, nvme::make_status(NVME_SCT_GENERIC, NVME_SC_ABORT_REQ));
    EXPECT_GE(slow.completed - slow.submitted, 100'000u);
    EXPECT_LT(slow.completed - slow.submitted, 120'000u) << "the Abort is quick";
    EXPECT_EQ(ctrl.aborts_sent(), 1u);
    EXPECT_EQ(ctrl.aborts_taken(), 1u);
    EXPECT_EQ(ctrl.resets(), 0u);
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].cid, slow.cid);
    EXPECT_EQ(admin.in_flight(), 0u);
    EXPECT_EQ(admin.free_tags(), 30u);
    EXPECT_EQ(s.bridge.sim_read(sim_control::kBusySlots), 0u) << "no slot held";
    EXPECT_TRUE(log.contains("Abort of qid 0 cid " + std::to_string(slow.cid) + ": aborted"));

    // Past the time the slow command would have ended: nothing arrives.
    s.platform.sleep(slow.submitted + 1'200'000 - s.platform.now());
    EXPECT_EQ(admin.unexpected_completions(), 0u);
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    const nvme::CommandResult again = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    EXPECT_TRUE(again.ok());
  });
}

// On the RTL: an injected fatal error (CSTS.CFS) is found at the next timeout and recovered by
// a controller reset; commands work afterwards and no slot is held.
TEST(Driver, FatalErrorIsRecoveredByAReset) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    Log log;
    nvme::ControllerOptions options;
    options.admin_timeout = 100'000;
    options.log = log.sink();
    nvme::Controller ctrl(s.platform, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(4096, 4096);
    sim_control::write48(s.bridge, sim_control::kFatalAt,
                         sim_control::read48(s.bridge, sim_control::kNow) + 10);
    const nvme::CommandResult lost = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    EXPECT_TRUE(lost.timed_out);
    EXPECT_EQ(lost.status, nvme::kStatusHostAborted);
    EXPECT_EQ(ctrl.aborts_sent(), 0u) << "CFS: reset at once, as Linux";
    EXPECT_EQ(ctrl.resets(), 1u);
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    EXPECT_EQ(NVME_CSTS_CFS(s.platform.read32(NVME_REG_CSTS)), 0u);
    EXPECT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer).ok());
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u);
    EXPECT_TRUE(log.contains("controller fatal status"));
  });
}

TEST(Driver, NamespaceChangeRunsAsyncEventHandler) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    nvme::Controller ctrl(s.platform, 0, {});
    std::vector<uint32_t> events;
    ctrl.set_async_event_handler([&](uint32_t dw0) { events.push_back(dw0); });
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_TRUE(events.empty());

    s.bridge.sim_write(sim_control::kNsChanged, 5);
    s.platform.sleep(50'000);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0], 0x0004'0002u) << "notice, namespace attribute changed, log 04h";
    EXPECT_EQ(ctrl.async_events(), 1u);
    EXPECT_EQ(ctrl.admin_queue().aer_outstanding(), 1u) << "re-posted after the handler";

    // The notice stays masked until log 04h is read; then the re-posted AER reports the next.
    const nvme::DmaBuffer log_page = s.platform.alloc_dma(4096, 4096);
    const nvme::CommandResult read =
        ctrl.admin(nvme::get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, log_page.bus_address));
    ASSERT_TRUE(read.ok());
    uint32_t first = 0;
    s.platform.read_dma(log_page.bus_address, &first, sizeof first);
    EXPECT_EQ(first, 5u);
    s.bridge.sim_write(sim_control::kNsChanged, 7);
    s.platform.sleep(50'000);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1], 0x0004'0002u);
  });
}

TEST(Driver, SingleVectorSharesTheInterrupt) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  CosimOptions options;
  options.platform.msix_vectors = 1;
  simulate(options, [](CosimSystem& s) {
    ASSERT_EQ(s.platform.enumerate().msix_vectors, 1u);
    nvme::Controller ctrl(s.platform, 0, {});
    ASSERT_TRUE(ctrl.bring_up());
    ASSERT_NE(ctrl.io_queue(), nullptr);
    EXPECT_EQ(ctrl.io_queue()->vector(), 0u);
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(4096, 4096);
    EXPECT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer).ok());
  });
}

TEST(Driver, BringUpFailsCleanlyWhenDeviceAbsent) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    // Not enumerated: no BAR, no memory decoding, no MSI-X.
    Log log;
    nvme::ControllerOptions options;
    options.log = log.sink();
    {
      nvme::Controller ctrl(s.platform, 0, options);
      EXPECT_FALSE(ctrl.bring_up());
      EXPECT_EQ(ctrl.state(), nvme::ControllerState::kDead);
      EXPECT_TRUE(log.contains("nvme0: device absent: CSTS reads all ones")) << log.lines[0];
      EXPECT_EQ(log.changes(), std::vector<std::string>{"NEW -> DEAD"});
      EXPECT_EQ(ctrl.admin(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, 0)).status,
                nvme::kStatusHostNotSubmitted);
      EXPECT_FALSE(ctrl.bring_up()) << "only from NEW";
    }
    // Enumerated, then memory space turned off: every register read is all ones.
    ASSERT_TRUE(s.platform.enumerate().present);
    s.platform.cfg_write32(0x04, 1u << 2, 0x3);  // bus master only
    log.lines.clear();
    nvme::Controller ctrl(s.platform, 1, options);
    EXPECT_FALSE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kDead);
    EXPECT_TRUE(log.contains("nvme1: device absent"));
  });
}

TEST(Driver, BringUpFailsCleanlyWhenNeverReady) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    s.bridge.sim_write(sim_control::kReadyDelay, 0xFFFF'FFFF);  // 17 s at 4 ns: beyond CAP.TO
    Log log;
    nvme::ControllerOptions options;
    options.log = log.sink();
    options.csts_poll_interval = 1'000'000;  // Linux's 1 ms: 15 500 polls, not 1.5 million
    nvme::Controller ctrl(s.platform, 0, options);
    const nvme::Nanoseconds start = s.platform.now();
    EXPECT_FALSE(ctrl.bring_up());
    const nvme::Nanoseconds elapsed = s.platform.now() - start;
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kDead);
    // CAP.TO = 30: (30 + 1) x 500 ms, as Linux bounds it.
    EXPECT_GE(elapsed, 15'500'000'000u);
    EXPECT_LT(elapsed, 15'510'000'000u);
    EXPECT_TRUE(log.contains("device not ready; aborting enabling")) << log.lines.back();
    const std::vector<std::string> expected = {"NEW -> DISABLING", "DISABLING -> CONFIGURING_ADMIN",
                                               "CONFIGURING_ADMIN -> ENABLING", "ENABLING -> DEAD"};
    EXPECT_EQ(log.changes(), expected);
    EXPECT_EQ(ctrl.admin(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, 0)).status,
              nvme::kStatusHostNotSubmitted);
  });
}

}  // namespace
}  // namespace cosim::test
