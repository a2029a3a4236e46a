// SPDX-License-Identifier: Apache-2.0
// Controller registers: reset values, writable masks, the enable, disable and shutdown
// handshakes, and Controller Fatal Status after a failed submission queue entry fetch.

#include <algorithm>
#include <optional>
#include <vector>

#include "nvme_test_util.h"
#include "pci_config.h"
#include "sim_control.h"

namespace tb {
namespace {

constexpr uint32_t kCstsRdy = 1u << 0;
constexpr uint32_t kCstsCfs = 1u << 1;
constexpr uint32_t kCstsShstOccurring = 1u << 2;  // SHST = 01b
constexpr uint32_t kCstsShstComplete = 2u << 2;   // SHST = 10b
constexpr uint32_t kCcShnNormal = 1u << 14;
constexpr uint32_t kSqTailDoorbell = 0x1000;
constexpr uint32_t kCqHeadDoorbell = 0x1004;

TEST(Registers, ResetValues) {
  Device d;
  ASSERT_TRUE(d.host.init_pcie());
  const uint64_t cap = d.host.read_cap();
  EXPECT_EQ(cap & 0xFFFF, 1023u) << "MQES";
  EXPECT_EQ((cap >> 16) & 1, 1u) << "CQR";
  EXPECT_EQ((cap >> 24) & 0xFF, 30u) << "TO";
  EXPECT_EQ((cap >> 32) & 0xF, 0u) << "DSTRD";
  EXPECT_EQ((cap >> 37) & 0xFF, 1u) << "CSS: NVM command set";
  EXPECT_EQ((cap >> 48) & 0xF, 0u) << "MPSMIN";
  EXPECT_EQ((cap >> 52) & 0xF, 0u) << "MPSMAX";
  EXPECT_EQ(d.host.read_vs(), 0x0001'0400u);
  EXPECT_EQ(d.host.read_cc(), 0u);
  EXPECT_EQ(d.host.read_csts(), 0u);
  EXPECT_EQ(d.host.read_aqa(), 0u);
  EXPECT_EQ(d.host.read_asq(), 0u);
  EXPECT_EQ(d.host.read_acq(), 0u);
  EXPECT_EQ(d.host.read_reg32(0x0C), 0u) << "INTMS";
}

TEST(Registers, WritableMasks) {
  Device d;
  ASSERT_TRUE(d.host.init_pcie());
  // CC without EN: every defined field is writable, reserved bits read zero.
  ASSERT_TRUE(d.host.write_cc(0xFFFF'FFFE));
  EXPECT_EQ(d.host.read_cc(), 0x00FF'FFF0u);
  ASSERT_TRUE(d.host.write_cc(0));
  ASSERT_TRUE(d.host.write_reg32(0x24, 0xFFFF'FFFF));
  EXPECT_EQ(d.host.read_aqa(), 0x0FFF'0FFFu);
  ASSERT_TRUE(d.host.write_reg64(0x28, ~0ull));
  EXPECT_EQ(d.host.read_asq(), 0xFFFF'FFFF'FFFF'F000ull) << "ASQ is page aligned";
  ASSERT_TRUE(d.host.write_reg64(0x30, 0x0000'0012'3456'7FFFull));
  EXPECT_EQ(d.host.read_acq(), 0x0000'0012'3456'7000ull);
  // INTMS sets mask bits, INTMC clears them; both read the mask.
  ASSERT_TRUE(d.host.write_intms(0x5));
  ASSERT_TRUE(d.host.write_intms(0x8));
  EXPECT_EQ(d.host.read_reg32(0x0C), 0xDu);
  ASSERT_TRUE(d.host.write_intmc(0x4));
  EXPECT_EQ(d.host.read_reg32(0x10), 0x9u);
  // Read-only registers ignore writes.
  ASSERT_TRUE(d.host.write_reg32(0x08, 0));
  ASSERT_TRUE(d.host.write_reg32(0x1C, 0xF));
  ASSERT_TRUE(d.host.write_reg32(0x00, 0));
  EXPECT_EQ(d.host.read_vs(), 0x0001'0400u);
  EXPECT_EQ(d.host.read_csts(), 0u);
  EXPECT_EQ(d.host.read_cap() & 0xFFFF, 1023u);
}

TEST(Registers, ReadyFollowsEnableAfterTheConfiguredDelay) {
  Device d;
  ASSERT_TRUE(d.host.init_pcie());
  d.host.set_ready_delay(3000);
  ASSERT_TRUE(d.host.setup_admin_queue(8, 8, kAsq, kAcq));
  const uint64_t start = d.bench.cycle();
  ASSERT_TRUE(d.host.enable());
  const uint64_t took = d.bench.cycle() - start;
  EXPECT_GE(took, 3000u);
  EXPECT_LT(took, 3000u + 500u) << "RDY rises right after the delay";
  EXPECT_EQ(d.host.read_csts() & 1, 1u);
  // The admin queue registers stay readable while enabled.
  EXPECT_EQ(d.host.read_asq(), kAsq);
  EXPECT_EQ(d.host.read_acq(), kAcq);
  EXPECT_EQ(d.host.read_aqa(), 0x0007'0007u);
}

TEST(Registers, ShutdownReportsComplete) {
  Device d;
  d.bring_up();
  ASSERT_TRUE(d.run(identify_sqe(1, 0, kData)).ok());
  ASSERT_TRUE(d.host.shutdown());
  EXPECT_EQ((d.host.read_csts() >> 2) & 3, 2u) << "SHST: shutdown complete";
  EXPECT_EQ(d.host.read_csts() & 1, 1u) << "still ready until disabled";
}

// CSTS.SHST goes 00b -> 01b when CC.SHN is written, and stays 01b while a command executes; it
// turns 10b only once nothing is executing, after that command completed (docs: "CC.SHN").
// Every CSTS value the host reads is recorded: the sequence is exactly RDY, RDY|01b, RDY|10b.
TEST(Registers, ShutdownReportsProcessingUntilTheCommandCompletes) {
  Device d;
  d.bring_up();
  d.host.set_latency_fixed(20'000);
  const uint16_t cid = d.host.submit(identify_sqe(1, 0, kData));
  ASSERT_TRUE(d.bench.run_until([&] { return d.host.busy_slots() == 1; }, "the command waits"));
  std::vector<uint32_t> seen = {d.host.read_csts()};
  ASSERT_TRUE(d.host.write_cc(d.host.read_cc() | kCcShnNormal));
  uint64_t complete_at = 0;
  while (complete_at == 0) {
    const uint32_t csts = d.host.read_csts();
    if (csts != seen.back()) seen.push_back(csts);
    if (csts == (kCstsRdy | kCstsShstComplete)) complete_at = d.bench.cycle();
    ASSERT_LT(d.bench.cycle(), 100'000u) << "no shutdown complete";
    d.bench.idle(16);
  }
  EXPECT_EQ(seen, (std::vector<uint32_t>{kCstsRdy, kCstsRdy | kCstsShstOccurring,
                                         kCstsRdy | kCstsShstComplete}));
  std::optional<NvmeCompletion> done = d.host.wait_completion(cid, 1);
  ASSERT_TRUE(done) << "the executing command finished";
  EXPECT_TRUE(done->ok());
  EXPECT_LT(done->cycle, complete_at) << "complete only after the command's completion";
}

// A failed memory write of an executing command (Bus Master Enable cleared under it) sets
// CSTS.CFS (docs: "Fatal errors"), for a command with data (Identify: its data write fails) and
// one without (Set Features: its completion entry write fails). No completion entry, no
// interrupt (not even once bus mastering is back) and no further fetch follow; RDY stays 1,
// SHST 00b; a controller reset clears CFS.
TEST(Registers, FailedDataOrCompletionWriteSetsFatalStatus) {
  for (const bool with_data : {true, false}) {
    SCOPED_TRACE(with_data ? "Identify" : "Set Features");
    Device d;
    d.bring_up();
    d.host.set_latency_fixed(5'000);
    d.host.submit(with_data ? identify_sqe(1, 0, kData)
                            : set_features_sqe(NVME_FEAT_FID_ARBITRATION, 3));
    ASSERT_TRUE(d.bench.run_until([&] { return d.host.busy_slots() == 1; }, "the command waits"));
    ASSERT_TRUE(d.bench.cfg_write(pci::kCfgCommand, pci::kCmdMemSpace, 0x3).ok());
    ASSERT_TRUE(d.host.wait_csts(kCstsCfs, kCstsCfs, 20'000, "CSTS.CFS after the failed write"));
    EXPECT_EQ(d.host.read_csts(), kCstsRdy | kCstsCfs);
    d.host.submit(identify_sqe(1, 0, kData + 0x1000));
    d.bench.idle(3'000);
    EXPECT_EQ(d.host.read_csts(), kCstsRdy | kCstsCfs) << "CFS holds";
    EXPECT_EQ(d.bench.device_reads().size(), 1u) << "nothing fetched after CFS";
    EXPECT_TRUE(std::none_of(d.bench.tx_log().begin(), d.bench.tx_log().end(),
                             [](const TlpLogEntry& e) { return e.tlp.is_mem_wr(); }))
        << "no memory write without Bus Master Enable";
    EXPECT_TRUE(d.host.completions().empty());
    EXPECT_EQ(d.bench.sim_read(sim_control::kIdle), 3u) << "idle and quiet";
    // The entry that was never written raises no interrupt, even once bus mastering is back
    // (MSI-X holds a vector's message pending while Bus Master Enable is clear).
    ASSERT_TRUE(
        d.bench.cfg_write(pci::kCfgCommand, pci::kCmdMemSpace | pci::kCmdBusMaster, 0x3).ok());
    d.bench.idle(1'000);
    EXPECT_EQ(d.host.interrupt_count(), 0u) << "no interrupt for a completion never posted";
    EXPECT_TRUE(std::none_of(d.bench.tx_log().begin(), d.bench.tx_log().end(),
                             [](const TlpLogEntry& e) { return e.tlp.is_mem_wr(); }));

    ASSERT_TRUE(d.host.disable());
    EXPECT_EQ(d.host.read_csts(), 0u) << "the reset cleared CFS";
  }
}

// Doorbell values beyond the admin queues are ignored (docs: BAR0 table; NVMe would allow an
// Invalid Doorbell Write Value asynchronous event, which this controller does not report): an
// SQ tail equal to the queue's entry count, or FFFFh, fetches nothing; the largest valid tail
// (entries - 1) is taken. A CQ head beyond the queue does not free a full CQ.
TEST(Registers, AdminDoorbellValuesBeyondTheQueueAreIgnored) {
  NvmeHostOptions host_options;
  host_options.withhold_cq_doorbell = true;
  Device d(DevHarnessOptions(), host_options);
  ASSERT_TRUE(d.host.init_pcie());
  ASSERT_TRUE(d.host.setup_admin_queue(8, 4, kAsq, kAcq));  // ASQS 7, ACQS 3
  ASSERT_TRUE(d.host.enable());
  d.host.write_sqe(identify_sqe(1, 0, kData));  // entry 0, not yet announced
  for (const uint32_t tail : {8u, 9u, 0xFFFFu}) {
    ASSERT_TRUE(d.host.write_reg32(kSqTailDoorbell, tail));
  }
  d.bench.idle(3'000);
  EXPECT_TRUE(d.bench.device_reads().empty()) << "an invalid SQ tail fetches nothing";
  EXPECT_EQ(d.host.busy_slots(), 0u);

  // Three commands fill the 4-entry CQ (one slot stays empty), so a fourth must wait.
  ASSERT_TRUE(d.host.ring_sq_doorbell());  // tail 1
  d.host.submit(identify_sqe(1, 0, kData));
  d.host.submit(identify_sqe(1, 0, kData));
  ASSERT_EQ(d.host.wait_completions(3).size(), 3u);
  EXPECT_EQ(d.bench.device_reads().size(), 3u);
  const uint16_t fourth = d.host.submit(identify_sqe(1, 0, kData));
  d.bench.idle(3'000);
  EXPECT_EQ(d.host.completions().size(), 3u) << "CQ full";
  for (const uint32_t head : {4u, 5u, 0xFFFFu}) {
    ASSERT_TRUE(d.host.write_reg32(kCqHeadDoorbell, head));
    d.bench.idle(2'000);
    EXPECT_EQ(d.host.completions().size(), 3u) << "CQ head " << head << " is beyond the queue";
  }
  ASSERT_TRUE(d.host.ring_cq_doorbell());  // head 3: the host consumed all three
  std::optional<NvmeCompletion> done = d.host.wait_completion(fourth);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->sqhd, 4u);
  ASSERT_TRUE(d.host.ring_cq_doorbell());

  // The largest valid SQ tail, 7: entries 4..6 run.
  std::vector<Sqe> more(3, identify_sqe(1, 0, kData));
  d.host.submit_many(more);
  const std::vector<NvmeCompletion> last = d.host.wait_completions(3);
  ASSERT_EQ(last.size(), 3u);
  EXPECT_EQ(last.back().sqhd, 7u);
  EXPECT_EQ(d.bench.device_reads().size(), 7u) << "each entry fetched once";
}

TEST(Registers, DisableDropsEveryQueueAndCommand) {
  Device d;
  d.bring_up();
  d.host.set_latency_fixed(1'000'000);  // far beyond the test
  d.host.submit(identify_sqe(1, 0, kData));
  d.host.submit(identify_sqe(1, 0, kData + 0x1000));
  d.bench.run_until([&] { return d.host.busy_slots() == 2; }, "two commands in their slots");
  ASSERT_TRUE(d.host.disable());
  EXPECT_EQ(d.host.read_csts(), 0u);
  EXPECT_EQ(d.host.busy_slots(), 0u) << "in-flight commands were dropped";

  // Re-enabled with fresh queues, the controller starts from entry 0 again.
  d.host.set_latency_fixed(10);
  ASSERT_TRUE(d.host.setup_admin_queue(8, 8, kAsq + 0x4000, kAcq + 0x4000));
  ASSERT_TRUE(d.host.enable());
  NvmeCompletion cqe = d.run(identify_sqe(1, 0, kData));
  EXPECT_TRUE(cqe.ok());
  EXPECT_EQ(cqe.sqhd, 1u);
  d.bench.idle(2000);
  EXPECT_EQ(d.host.completions().size(), 1u) << "the dropped commands never complete";
}

// A fetch that completes with UR is a fatal controller error (NVMe: CSTS.CFS). The controller
// then fetches and executes nothing until a controller reset, which clears CFS; the PCIe
// Status register keeps Received Master Abort (an NVMe reset does not touch configuration space).
TEST(Registers, FailedFetchSetsFatalStatusUntilReset) {
  Device d;
  d.bring_up();
  d.bench.add_completion_fault(kAsq, kAsq + 63, CompletionFault::kUnsupportedRequest, 1);
  d.host.submit(identify_sqe(1, 0, kData));
  ASSERT_TRUE(d.host.wait_csts(kCstsCfs, kCstsCfs, 20000, "CSTS.CFS = 1 after the failed fetch"));
  EXPECT_EQ(d.host.read_csts(), kCstsRdy | kCstsCfs);
  EXPECT_TRUE(d.bench.cfg_read(pci::kCfgCommand).data() >> 16 & pci::kStatusReceivedMasterAbort);
  EXPECT_EQ(d.bench.sim_read(sim_control::kCompletionErrorCount), 1u);

  // Quiet: the failed entry is not fetched again, and a new doorbell starts nothing.
  d.host.submit(identify_sqe(1, 0, kData));
  d.bench.idle(5000);
  EXPECT_EQ(d.bench.device_reads().size(), 1u);
  EXPECT_TRUE(d.host.completions().empty());
  EXPECT_EQ(d.host.interrupt_count(), 0u);
  EXPECT_EQ(d.bench.sim_read(sim_control::kIdle), 3u) << "idle and quiet";

  ASSERT_TRUE(d.host.disable());
  EXPECT_EQ(d.host.read_csts(), 0u) << "the reset cleared CFS";
  ASSERT_TRUE(d.host.setup_admin_queue(8, 8, kAsq + 0x4000, kAcq + 0x4000));
  ASSERT_TRUE(d.host.enable());
  EXPECT_TRUE(d.run(identify_sqe(1, 0, kData)).ok());
  EXPECT_EQ(d.host.read_csts(), kCstsRdy);
  EXPECT_EQ(d.bench.device_reads().size(), 2u);
  EXPECT_TRUE(d.bench.cfg_read(pci::kCfgCommand).data() >> 16 & pci::kStatusReceivedMasterAbort);
}

// CSTS.RDY stays 1 after CC.EN = 0 until the reset is done (NVMe: RDY clears once the
// controller is ready to be re-enabled). The reset waits for DMA in flight: here a fetch the
// host never answers, ended by the endpoint's completion timeout.
TEST(Registers, DisableKeepsReadyUntilAnOutstandingFetchEnds) {
  Device d;
  d.bring_up();
  d.bench.sim_write(sim_control::kCompletionTimeout, 2);  // 1024..2048 cycles (+ the sweep)
  d.bench.add_completion_fault(kAsq, kAsq + 63, CompletionFault::kNoCompletion, 1);
  d.host.submit(identify_sqe(1, 0, kData));
  ASSERT_TRUE(d.bench.run_until([&] { return !d.bench.device_reads().empty(); }, "the fetch"));
  const uint64_t issued = d.bench.device_reads()[0].cycle;
  ASSERT_TRUE(d.host.write_cc(d.host.read_cc() & ~1u));
  EXPECT_EQ(d.host.read_csts() & kCstsRdy, kCstsRdy) << "RDY stays 1 while the fetch is out";
  ASSERT_TRUE(d.host.wait_csts(kCstsRdy | kCstsCfs, 0, 10000, "RDY = 0 once the fetch ended"));
  const uint64_t took = d.bench.cycle() - issued;
  EXPECT_GT(took, 1024u);
  EXPECT_LT(took, 2048u + 500u) << "the timeout, then a CSTS poll";
  EXPECT_TRUE(d.bench.cfg_read(kCfgDevCtl).data() >> 16 & pci::kDevStatusNonFatal)
      << "a completion timeout is a non-fatal error";

  ASSERT_TRUE(d.host.disable());  // the host side forgets the dropped command
  ASSERT_TRUE(d.host.setup_admin_queue(8, 8, kAsq + 0x4000, kAcq + 0x4000));
  ASSERT_TRUE(d.host.enable());
  EXPECT_TRUE(d.run(identify_sqe(1, 0, kData)).ok());
  EXPECT_EQ(d.host.read_csts(), kCstsRdy);
}

}  // namespace
}  // namespace tb
