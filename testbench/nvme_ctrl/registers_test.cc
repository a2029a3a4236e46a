// SPDX-License-Identifier: Apache-2.0
// Controller registers: reset values, writable masks, and the enable, disable and shutdown
// handshakes.

#include "nvme_test_util.h"

namespace tb {
namespace {

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

}  // namespace
}  // namespace tb
