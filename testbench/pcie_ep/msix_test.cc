// SPDX-License-Identifier: Apache-2.0
// MSI-X: table and PBA in BAR0, message delivery, function and vector masks.

#include <gtest/gtest.h>

#include "ep_test_util.h"

namespace tb {
namespace {

constexpr uint64_t kMsiAddress = 0xFEE0'1000;

uint32_t pba(EpHarness& h) { return h.bar0_read32(kMsixPba); }

TEST(Msix, TableResetsMaskedAndReadsBack) {
  EpHarness h;
  bring_up(h);
  for (unsigned v = 0; v < EpHarness::kNumMsixVectors; ++v) {
    EXPECT_EQ(h.bar0_read32(kMsixTable + 16 * v + 12), 1u) << "vector " << v << " masked";
  }
  ASSERT_TRUE(h.program_msix_vector(3, 0x0000'0001'FEE0'2004, 0x4023));
  EXPECT_EQ(h.bar0_read32(kMsixTable + 0x30), 0xFEE0'2004u);
  EXPECT_EQ(h.bar0_read32(kMsixTable + 0x34), 0x0000'0001u);
  EXPECT_EQ(h.bar0_read32(kMsixTable + 0x38), 0x4023u);
  EXPECT_EQ(h.bar0_read32(kMsixTable + 0x3C), 0u);
  // Beyond the table and in the read-only PBA, writes vanish.
  ASSERT_TRUE(h.bar0_write32(kMsixTable + 16 * 8, 0x1234));
  EXPECT_EQ(h.bar0_read32(kMsixTable + 16 * 8), 0u);
  ASSERT_TRUE(h.bar0_write32(kMsixPba, 0xFF));
  EXPECT_EQ(pba(h), 0u);
  EXPECT_TRUE(h.reg_log().empty()) << "the MSI-X windows never reach the register port";
}

TEST(Msix, MessageIsAMemoryWriteOfTheEntry) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(0, kMsiAddress, 0x41));
  ASSERT_TRUE(h.program_msix_vector(1, kMsiAddress + 4, 0x42));
  ASSERT_TRUE(h.set_msix_control(true));
  h.raise_msix(1);
  h.raise_msix(0);
  ASSERT_TRUE(h.wait_msi_count(2));
  h.idle(50);
  ASSERT_EQ(h.msi_events().size(), 2u);
  EXPECT_EQ(h.msi_events()[0].address, kMsiAddress + 4);
  EXPECT_EQ(h.msi_events()[0].data, 0x42u);
  EXPECT_EQ(h.msi_events()[1].address, kMsiAddress);
  EXPECT_EQ(h.msi_events()[1].data, 0x41u);
  const Tlp& last = h.tx_log().back().tlp;
  EXPECT_TRUE(last.is_mem_wr());
  EXPECT_FALSE(last.is_4dw());
  EXPECT_EQ(last.length_dw(), 1u);
  EXPECT_EQ(last.requester_id(), h.options().device_bdf);
}

TEST(Msix, SixtyFourBitAddressUsesFourDwHeader) {
  EpHarnessOptions options;
  options.msi_window_first = 0x0000'0010'0000'0000;
  options.msi_window_last = 0x0000'0010'0000'FFFF;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(2, 0x0000'0010'0000'0040, 0x99));
  ASSERT_TRUE(h.set_msix_control(true));
  h.raise_msix(2);
  ASSERT_TRUE(h.wait_msi_count(1));
  EXPECT_EQ(h.msi_events()[0].address, 0x0000'0010'0000'0040u);
  EXPECT_TRUE(h.tx_log().back().tlp.is_4dw());
}

TEST(Msix, MaskedVectorIsPendingUntilUnmasked) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(4, kMsiAddress, 0x44, /*masked=*/true));
  ASSERT_TRUE(h.set_msix_control(true));
  h.raise_msix(4);
  h.idle(100);
  EXPECT_TRUE(h.msi_events().empty());
  EXPECT_EQ(pba(h), 1u << 4);

  ASSERT_TRUE(h.bar0_write32(kMsixTable + 16 * 4 + 12, 0));  // unmask
  ASSERT_TRUE(h.wait_msi_count(1));
  EXPECT_EQ(h.msi_events()[0].data, 0x44u);
  EXPECT_EQ(pba(h), 0u);
}

// Vector Control's mask is bit 0 of byte 0: a write whose first byte enable leaves byte 0 out
// changes nothing, whatever its data, in either direction (masked stays masked with a pending
// message held back; unmasked stays unmasked and delivers). The other bytes are reserved and
// read 0.
TEST(Msix, VectorControlWriteWithoutByteZeroLeavesTheMask) {
  EpHarness h;
  bring_up(h);
  const uint32_t control5 = kMsixTable + 16 * 5 + 12;
  const uint32_t control6 = kMsixTable + 16 * 6 + 12;
  ASSERT_TRUE(h.program_msix_vector(5, kMsiAddress, 0x55, /*masked=*/true));
  ASSERT_TRUE(h.program_msix_vector(6, kMsiAddress + 4, 0x66));
  ASSERT_TRUE(h.set_msix_control(true));
  ASSERT_EQ(h.bar0_read32(control5), 1u);
  ASSERT_EQ(h.bar0_read32(control6), 0u);
  h.raise_msix(5);
  h.idle(50);
  ASSERT_EQ(pba(h), 1u << 5);

  // Every first-BE pattern without bit 0, data 0 on the masked vector, all ones on the other.
  for (const uint8_t be : {0x2, 0x4, 0x8, 0x6, 0xA, 0xC, 0xE}) {
    SCOPED_TRACE(testing::Message() << "byte enables 0x" << std::hex << unsigned{be});
    ASSERT_TRUE(h.bar0_write32(control5, 0x0000'0000, be));
    ASSERT_TRUE(h.bar0_write32(control6, 0xFFFF'FFFF, be));
    EXPECT_EQ(h.bar0_read32(control5), 1u) << "still masked";
    EXPECT_EQ(h.bar0_read32(control6), 0u) << "still unmasked, reserved bits 0";
  }
  h.idle(100);
  EXPECT_TRUE(h.msi_events().empty()) << "the masked vector's message stays held";
  EXPECT_EQ(pba(h), 1u << 5);

  // Vector 6 still delivers; byte 0 enabled alone unmasks vector 5, which then delivers.
  h.raise_msix(6);
  ASSERT_TRUE(h.wait_msi_count(1));
  EXPECT_EQ(h.msi_events()[0].data, 0x66u);
  ASSERT_TRUE(h.bar0_write32(control5, 0xFFFF'FF00, 0x1));
  EXPECT_EQ(h.bar0_read32(control5), 0u);
  ASSERT_TRUE(h.wait_msi_count(2));
  EXPECT_EQ(h.msi_events()[1].data, 0x55u);
  EXPECT_EQ(pba(h), 0u);
}

TEST(Msix, FunctionMaskHoldsEveryVector) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(0, kMsiAddress, 0x10));
  ASSERT_TRUE(h.program_msix_vector(7, kMsiAddress, 0x17));
  ASSERT_TRUE(h.set_msix_control(true, /*function_mask=*/true));
  h.raise_msix(0);
  h.raise_msix(7);
  h.raise_msix(7);  // a second request while pending is one message
  h.idle(100);
  EXPECT_TRUE(h.msi_events().empty());
  EXPECT_EQ(pba(h), 0x81u);

  ASSERT_TRUE(h.set_msix_control(true, false));
  ASSERT_TRUE(h.wait_msi_count(2));
  h.idle(100);
  EXPECT_EQ(h.msi_events().size(), 2u);
  EXPECT_EQ(pba(h), 0u);
}

TEST(Msix, RequestsWhileDisabledAreDropped) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(0, kMsiAddress, 0x1));
  h.raise_msix(0);
  h.idle(50);
  EXPECT_EQ(pba(h), 0u);
  ASSERT_TRUE(h.set_msix_control(true));
  h.idle(100);
  EXPECT_TRUE(h.msi_events().empty()) << "an interrupt from before enabling must not appear";
}

TEST(Msix, NoMessageWithoutBusMaster) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(1, kMsiAddress, 0x5));
  ASSERT_TRUE(h.set_msix_control(true));
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace, 0x3).ok());
  h.raise_msix(1);
  h.idle(100);
  EXPECT_TRUE(h.msi_events().empty());
  EXPECT_EQ(pba(h), 1u << 1);
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace | kCmdBusMaster, 0x3).ok());
  ASSERT_TRUE(h.wait_msi_count(1));
  EXPECT_EQ(h.msi_events()[0].data, 0x5u);
}

// A simulator skips cycles while the endpoint reports idle: a deliverable pending vector is work.
TEST(Msix, NotIdleUntilTheMessageLeaves) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(0, kMsiAddress, 0x1));
  ASSERT_TRUE(h.set_msix_control(true));
  h.idle(20);
  EXPECT_EQ(h.dut().idle_o, 1);
  h.raise_msix(0);
  h.tick();
  while (h.msi_events().empty()) {
    ASSERT_EQ(h.dut().idle_o, 0) << "cycle " << h.cycle();
    h.tick();
    ASSERT_LT(h.cycle(), 10'000u);
  }
  h.idle(5);
  EXPECT_EQ(h.dut().idle_o, 1);
}

TEST(Msix, MessageFollowsTheDmaWriteBeforeIt) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.program_msix_vector(0, kMsiAddress, 0x1));
  ASSERT_TRUE(h.set_msix_control(true));
  ASSERT_TRUE(h.dma_write(0x3000'0000, std::vector<uint32_t>(4, 0xC0)));  // a CQ entry
  ASSERT_TRUE(h.wait_dma_write_done());
  h.raise_msix(0);
  ASSERT_TRUE(h.wait_msi_count(1));
  // By the time the host sees the interrupt, the entry is in memory.
  const TlpLogEntry* write = nullptr;
  const TlpLogEntry* message = nullptr;
  for (const TlpLogEntry& e : h.tx_log()) {
    if (!e.tlp.is_mem_wr()) continue;
    (e.tlp.address() == kMsiAddress ? message : write) = &e;
  }
  ASSERT_NE(write, nullptr);
  ASSERT_NE(message, nullptr);
  EXPECT_LT(write->cycle, message->cycle);
}

}  // namespace
}  // namespace tb
