// SPDX-License-Identifier: Apache-2.0
// Root-complex faults on the device's reads (RootComplex::inject_read_fault) on the whole stack:
// a submission queue entry fetch answered with Unsupported Request, or dropped so the endpoint's
// completion timeout ends it. The controller reports Controller Fatal Status, records the error
// in configuration space, goes quiet, and works again after a controller reset.

// Verilator headers first (docs/platform.md, "Build rules"), through the helpers and the bridge.
#include "cosim_test_util.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "controller.h"
#include "driver_log.h"
#include "pci_config.h"
#include "platform_test_util.h"
#include "sim_control.h"

namespace cosim::test {
namespace {

using Kind = RootComplex::ReadFaultKind;

constexpr uint32_t kCstsRdy = 1u << 0;
constexpr uint32_t kCstsCfs = 1u << 1;
constexpr uint64_t kCycleNs = 4;                      // default RTL clock period
constexpr uint64_t kTimeoutTickNs = 1024 * kCycleNs;  // CPL_TIMEOUT unit
constexpr uint64_t kDefaultCplTimeoutTicks = 64;      // CPL_TIMEOUT reset value
constexpr nvme::Nanoseconds kPollNs = 1'000;
const uint16_t kDeviceBdf = PlatformOptions().device_bdf;

RootComplex::ReadFault read_fault(Kind kind, uint64_t skip, uint64_t count) {
  RootComplex::ReadFault fault;
  fault.kind = kind;
  fault.skip = skip;
  fault.count = count;
  return fault;
}

// The device's memory reads as the root complex logged them, and how each was answered:
// "none" (yet), "SC" (CplDs with data) or "UR". Shared with the observer, which may outlive the
// test body by a delta cycle.
struct ReadLog {
  struct Read {
    sc_core::sc_time time;
    uint64_t address;
    uint8_t tag;
    std::string answer = "none";
  };
  std::vector<Read> reads;

  static std::shared_ptr<ReadLog> attach(RootComplex& rc, uint16_t device_bdf) {
    auto log = std::make_shared<ReadLog>();
    rc.add_tlp_observer([log, device_bdf](const RootComplex::LoggedTlp& entry) {
      const pcie::Tlp& tlp = entry.tlp;
      if (entry.direction == LinkDirection::kUpstream && tlp.is_mem_rd()) {
        log->reads.push_back({entry.time, tlp.address(), tlp.tag()});
      } else if (entry.direction == LinkDirection::kDownstream && tlp.is_cpl() &&
                 tlp.cpl_requester_id() == device_bdf) {
        // The latest read with this tag still waiting (the device reuses a timed-out tag).
        for (auto it = log->reads.rbegin(); it != log->reads.rend(); ++it) {
          if (it->tag != tlp.cpl_tag() || it->answer != "none") continue;
          it->answer = tlp.cpl_status() == pcie::CplStatus::kUr ? "UR"
                       : tlp.cpl_status() == pcie::CplStatus::kSc && tlp.has_data()
                           ? "SC"
                           : pcie::describe(tlp);
          break;
        }
      }
    });
    return log;
  }
};

uint32_t csts(CosimSystem& s) { return s.platform.read32(NVME_REG_CSTS); }

// Polls CSTS every microsecond until (CSTS & mask) == value; false after `limit` ns.
bool wait_csts(CosimSystem& s, uint32_t mask, uint32_t value, nvme::Nanoseconds limit) {
  const nvme::Nanoseconds start = s.platform.now();
  while ((csts(s) & mask) != value) {
    if (s.platform.now() - start >= limit) return false;
    s.platform.sleep(kPollNs);
  }
  return true;
}

uint16_t pci_status(CosimSystem& s) {
  return static_cast<uint16_t>(s.platform.cfg_read32(pci::kCfgCommand) >> 16);
}
uint16_t device_status(CosimSystem& s) {
  return static_cast<uint16_t>(s.platform.cfg_read32(RootComplex::kDeviceControlOffset) >> 16);
}

// After the failure nothing more happens: a new command is neither fetched nor completed, no
// interrupt comes, and the core reports itself idle and quiet (so the bridge skips the wait).
void expect_quiet(CosimSystem& s, AdminQueue& admin, const ReadLog& log) {
  const size_t reads = log.reads.size();
  const uint64_t dma_reads = s.root_complex.stats().dma_reads;
  const uint64_t dma_writes = s.root_complex.stats().dma_writes;
  const uint64_t interrupts = s.msi.count(0);
  const uint64_t evaluated = s.bridge.evaluated_cycles();
  admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, admin.data.bus_address));
  admin.ring();
  s.platform.sleep(100'000);
  EXPECT_EQ(log.reads.size(), reads) << "nothing fetched";
  EXPECT_EQ(s.root_complex.stats().dma_reads, dma_reads);
  EXPECT_EQ(s.root_complex.stats().dma_writes, dma_writes) << "nothing completed";
  EXPECT_EQ(s.msi.count(0), interrupts);
  EXPECT_EQ(s.bridge.sim_read(sim_control::kIdle), 3u) << "engine idle and quiet";
  EXPECT_LT(s.bridge.evaluated_cycles() - evaluated, 100'000 / kCycleNs / 10)
      << "the wait was skipped, not clocked";
}

// A controller reset by hand (CC.EN 1 -> 0, wait for RDY = 0), then a fresh admin queue,
// enable and Identify Controller. Returns the new admin queue.
std::unique_ptr<AdminQueue> reset_and_identify(CosimSystem& s, const ReadLog& log) {
  s.platform.write32(NVME_REG_CC, s.platform.read32(NVME_REG_CC) & ~uint32_t{1});
  EXPECT_TRUE(wait_csts(s, kCstsRdy, 0, 1'000'000)) << "RDY = 0 after CC.EN = 0";
  EXPECT_EQ(csts(s), 0u) << "the controller reset cleared CFS";
  auto admin = std::make_unique<AdminQueue>(s.platform);
  admin->enable();
  EXPECT_EQ(csts(s), kCstsRdy);
  const size_t reads = log.reads.size();
  EXPECT_EQ(admin->identify_controller().first, 0u);
  uint8_t id[4096];
  s.platform.read_dma(admin->data.bus_address, id, sizeof id);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(id) + 24, 10), "nvme-cosim");
  EXPECT_EQ(log.reads.size(), reads + 1);
  if (log.reads.size() == reads + 1) {
    EXPECT_EQ(log.reads.back().address, admin->sq.bus_address) << "entry 0 of the new queue";
    EXPECT_EQ(log.reads.back().answer, "SC");
  }
  return admin;
}

TEST(ReadFault, UnsupportedRequestOnAFetchSetsCfsAndAResetRecovers) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    const auto log = ReadLog::attach(s.root_complex, kDeviceBdf);
    AdminQueue admin(s.platform);
    admin.enable();
    // The second device read from now: the fetch of the second command.
    s.root_complex.inject_read_fault(read_fault(Kind::kUnsupportedRequest, 1, 1));
    ASSERT_EQ(admin.identify_controller().first, 0u) << "the first fetch is let through";
    EXPECT_TRUE(s.root_complex.read_fault_armed());
    admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, admin.data.bus_address));
    admin.ring();
    const nvme::Nanoseconds rung = s.platform.now();
    ASSERT_TRUE(wait_csts(s, kCstsCfs, kCstsCfs, 100'000));
    EXPECT_LT(s.platform.now() - rung, 10'000u) << "a UR fails the fetch at once";
    EXPECT_EQ(csts(s), kCstsRdy | kCstsCfs);

    // Exactly the selected read was hit.
    ASSERT_EQ(log->reads.size(), 2u);
    EXPECT_EQ(log->reads[0].address, admin.sq.bus_address);
    EXPECT_EQ(log->reads[0].answer, "SC");
    EXPECT_EQ(log->reads[1].address, admin.sq.bus_address + nvme::kSqeSize);
    EXPECT_EQ(log->reads[1].answer, "UR");
    EXPECT_EQ(s.root_complex.stats().injected_unsupported_requests, 1u);
    EXPECT_EQ(s.root_complex.stats().injected_completion_timeouts, 0u);
    EXPECT_FALSE(s.root_complex.read_fault_armed());

    // PCIe: Received Master Abort; a UR completion received is no Device Status error.
    EXPECT_EQ(pci_status(s) & (pci::kStatusReceivedMasterAbort | pci::kStatusReceivedTargetAbort),
              pci::kStatusReceivedMasterAbort);
    EXPECT_EQ(device_status(s) & 0xF, 0u);
    EXPECT_EQ(s.bridge.sim_read(sim_control::kCompletionErrorCount), 1u);

    expect_quiet(s, admin, *log);
    reset_and_identify(s, *log);

    // Configuration space is not reset by the controller reset; the host clears the bit.
    EXPECT_TRUE(pci_status(s) & pci::kStatusReceivedMasterAbort);
    const uint32_t command = s.platform.cfg_read32(pci::kCfgCommand) & 0xFFFF;
    s.platform.cfg_write32(pci::kCfgCommand,
                           command | uint32_t{pci::kStatusReceivedMasterAbort} << 16);
    EXPECT_EQ(pci_status(s) & pci::kStatusReceivedMasterAbort, 0u) << "write 1 to clear";
  });
}

TEST(ReadFault, CompletionTimeoutOnAFetchSetsCfsAfterTheDeviceTimeout) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    const auto log = ReadLog::attach(s.root_complex, kDeviceBdf);
    AdminQueue admin(s.platform);
    admin.enable();
    EXPECT_EQ(s.bridge.sim_read(sim_control::kCompletionTimeout), kDefaultCplTimeoutTicks);
    s.root_complex.inject_read_fault(read_fault(Kind::kCompletionTimeout, 0, 1));  // the next
    admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, admin.data.bus_address));
    admin.ring();
    ASSERT_TRUE(wait_csts(s, kCstsCfs, kCstsCfs, 1'000'000));
    EXPECT_EQ(csts(s), kCstsRdy | kCstsCfs);

    ASSERT_EQ(log->reads.size(), 1u);
    EXPECT_EQ(log->reads[0].address, admin.sq.bus_address);
    EXPECT_EQ(log->reads[0].answer, "none") << "dropped";
    EXPECT_EQ(s.root_complex.stats().injected_completion_timeouts, 1u);
    EXPECT_EQ(s.root_complex.stats().injected_unsupported_requests, 0u);
    // The endpoint's timeout counts 1024-cycle ticks from the tick the read left in: 63 to 64
    // ticks, plus the sweep, the link and the CSTS polling.
    const uint64_t waited =
        static_cast<uint64_t>((sc_core::sc_time_stamp() - log->reads[0].time).to_seconds() * 1e9);
    EXPECT_GE(waited, (kDefaultCplTimeoutTicks - 1) * kTimeoutTickNs);
    EXPECT_LE(waited, (kDefaultCplTimeoutTicks + 1) * kTimeoutTickNs + 3 * kPollNs);

    // PCIe: a completion timeout is a non-fatal error (Device Status); no abort was received.
    EXPECT_EQ(device_status(s) & 0xF, pci::kDevStatusNonFatal);
    EXPECT_EQ(pci_status(s) & (pci::kStatusReceivedMasterAbort | pci::kStatusReceivedTargetAbort),
              0u);
    EXPECT_EQ(s.bridge.sim_read(sim_control::kCompletionErrorCount), 1u);

    expect_quiet(s, admin, *log);
    reset_and_identify(s, *log);
    EXPECT_EQ(device_status(s) & 0xF, pci::kDevStatusNonFatal) << "until the host clears it";
  });
}

// CC.EN = 0 while the dropped fetch is still out: the reset waits for it, and CSTS.RDY stays 1
// until then (NVMe: RDY clears once the controller can be re-enabled); it completes with CFS
// clear, so the host that waited for RDY = 0 re-enables a clean controller.
TEST(ReadFault, DisableDuringADroppedFetchKeepsReadyUntilTheDeviceTimeout) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    const auto log = ReadLog::attach(s.root_complex, kDeviceBdf);
    AdminQueue admin(s.platform);
    admin.enable();
    s.root_complex.inject_read_fault(read_fault(Kind::kCompletionTimeout, 0, 1));
    admin.queue(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, admin.data.bus_address));
    admin.ring();
    while (log->reads.empty()) s.platform.sleep(kPollNs);
    const sc_core::sc_time issued = log->reads[0].time;

    s.platform.write32(NVME_REG_CC, s.platform.read32(NVME_REG_CC) & ~uint32_t{1});
    EXPECT_EQ(csts(s), kCstsRdy) << "still resetting: the fetch is outstanding";
    ASSERT_TRUE(wait_csts(s, kCstsRdy, 0, 1'000'000));
    const uint64_t waited =
        static_cast<uint64_t>((sc_core::sc_time_stamp() - issued).to_seconds() * 1e9);
    EXPECT_GE(waited, (kDefaultCplTimeoutTicks - 1) * kTimeoutTickNs);
    EXPECT_LE(waited, (kDefaultCplTimeoutTicks + 1) * kTimeoutTickNs + 3 * kPollNs);
    EXPECT_EQ(csts(s), 0u) << "no CFS left behind";

    auto fresh = std::make_unique<AdminQueue>(s.platform);
    fresh->enable();
    EXPECT_EQ(fresh->identify_controller().first, 0u);
    EXPECT_EQ(csts(s), kCstsRdy);
    ASSERT_EQ(log->reads.size(), 2u);
    EXPECT_EQ(log->reads[1].answer, "SC");
  });
}

// The bring-up driver (cpp-host) meets the fault on its first command, Identify Controller: the
// controller never completes it, so the command times out and bring-up ends DEAD, with CSTS.CFS
// set. A new Controller's bring-up resets the controller (disable, RDY = 0, enable) and reaches
// LIVE.
// The driver meets a failed fetch of its first command (Identify Controller): the command times
// out, CSTS shows CFS, and bring-up resets the controller and tries once more, which works.
void driver_recovers_from_fault_in_bring_up(Kind kind) {
  simulate(CosimOptions(), [kind](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    const auto log = ReadLog::attach(s.root_complex, kDeviceBdf);
    s.root_complex.inject_read_fault(read_fault(kind, 0, 1));  // the first device read
    tb::DriverLog lines;
    nvme::ControllerOptions options;
    options.log = lines.sink();
    options.admin_timeout = 2'000'000;  // 2 ms: well past the device's 262 us timeout
    nvme::Controller ctrl(s.platform, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    EXPECT_EQ(ctrl.resets(), 1u);
    EXPECT_TRUE(lines.contains("Identify Controller timed out"));
    EXPECT_TRUE(lines.contains("controller fatal status during bring-up: reset 1"));
    EXPECT_EQ(csts(s), kCstsRdy);
    EXPECT_EQ(ctrl.id_ctrl().vid, 0x10EE);
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(4096, 4096);
    EXPECT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer).ok());
    // The failed fetch; then Identify, Set Features x2, Create CQ/SQ and the AER; one Identify.
    ASSERT_EQ(log->reads.size(), 1u + 6 + 1);
    EXPECT_EQ(log->reads[0].answer, kind == Kind::kUnsupportedRequest ? "UR" : "none");
    for (size_t i = 1; i < log->reads.size(); ++i) {
      EXPECT_EQ(log->reads[i].answer, "SC") << "read " << i;
    }
  });
}

// The same fault once the controller is live: the command's timeout finds CFS and the driver
// resets the controller at once (no Abort), as Linux does.
void driver_resets_after_fault_when_live(Kind kind) {
  simulate(CosimOptions(), [kind](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    tb::DriverLog lines;
    nvme::ControllerOptions options;
    options.log = lines.sink();
    options.admin_timeout = 2'000'000;
    nvme::Controller ctrl(s.platform, 0, options);
    ASSERT_TRUE(ctrl.bring_up());
    s.root_complex.inject_read_fault(read_fault(kind, 0, 1));  // the next fetch
    const nvme::DmaBuffer buffer = s.platform.alloc_dma(4096, 4096);
    const nvme::CommandResult lost = ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer);
    EXPECT_TRUE(lost.timed_out);
    EXPECT_EQ(lost.status, nvme::kStatusHostAborted);
    EXPECT_EQ(ctrl.aborts_sent(), 0u);
    EXPECT_EQ(ctrl.resets(), 1u);
    EXPECT_EQ(ctrl.state(), nvme::ControllerState::kLive);
    EXPECT_EQ(csts(s), kCstsRdy);
    EXPECT_TRUE(ctrl.identify(NVME_IDENTIFY_CNS_CTRL, 0, buffer).ok());
  });
}

TEST(ReadFault, UnsupportedRequestInBringUpIsRecoveredByAReset) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  driver_recovers_from_fault_in_bring_up(Kind::kUnsupportedRequest);
}

TEST(ReadFault, CompletionTimeoutInBringUpIsRecoveredByAReset) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  driver_recovers_from_fault_in_bring_up(Kind::kCompletionTimeout);
}

TEST(ReadFault, UnsupportedRequestWhenLiveIsRecoveredByAReset) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  driver_resets_after_fault_when_live(Kind::kUnsupportedRequest);
}

TEST(ReadFault, CompletionTimeoutWhenLiveIsRecoveredByAReset) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  driver_resets_after_fault_when_live(Kind::kCompletionTimeout);
}

}  // namespace
}  // namespace cosim::test
