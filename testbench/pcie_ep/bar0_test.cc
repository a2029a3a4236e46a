// SPDX-License-Identifier: Apache-2.0
// BAR0 memory requests: routing to the register port, byte enables, completion fields, UR and CA.

#include <gtest/gtest.h>

#include <random>

#include "ep_test_util.h"

namespace tb {
namespace {

TEST(Bar0, MemorySpaceDisabledMeansUnsupported) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdBusMaster, 0x3).ok());  // MSE off
  HostCompletion read = h.mem_read(kBar0Base + 0x08);
  ASSERT_TRUE(read.received);
  EXPECT_EQ(read.status, CplStatus::kUr);
  ASSERT_TRUE(h.mem_write(kBar0Base + 0x14, {0x1}));
  h.idle(50);
  EXPECT_TRUE(h.reg_log().empty()) << "nothing reaches the registers";
  EXPECT_EQ(h.sim_read(sim_control::kUnsupportedCount), 2u);
}

TEST(Bar0, WritesHonourByteEnables) {
  EpHarness h;
  bring_up(h);
  h.reg(0x20) = 0x1122'3344;
  ASSERT_TRUE(h.bar0_write32(0x20, 0xAABB'CCDD, 0x5));
  h.idle(10);
  EXPECT_EQ(h.reg(0x20), 0x11BB'33DDu);
  ASSERT_EQ(h.reg_log().size(), 1u);
  const RegAccess& access = h.reg_log()[0];
  EXPECT_TRUE(access.we);
  EXPECT_EQ(access.addr, 0x20u);
  EXPECT_EQ(access.be, 0x5);
}

TEST(Bar0, ReadCompletionCarriesByteCountAndLowerAddress) {
  EpHarness h;
  bring_up(h);
  h.reg(0x44) = 0xDEAD'BEEF;
  h.reg(0x48) = 0x0BAD'F00D;
  struct Case {
    unsigned len_dw;
    uint8_t first_be, last_be;
    unsigned byte_count;
    uint8_t lower_address;
  };
  // PCIe base specification, Byte Count rules for memory read completions.
  const Case cases[] = {
      {1, 0xF, 0x0, 4, 0x44}, {1, 0x9, 0x0, 4, 0x44}, {1, 0x6, 0x0, 2, 0x45},
      {1, 0x4, 0x0, 1, 0x46}, {1, 0x8, 0x0, 1, 0x47}, {1, 0xC, 0x0, 2, 0x46},
      {1, 0x0, 0x0, 1, 0x44}, {2, 0xF, 0xF, 8, 0x44}, {2, 0xC, 0x3, 4, 0x46},
      {2, 0x8, 0x1, 2, 0x47},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << "len " << c.len_dw << " be " << int(c.first_be) << "/" << int(c.last_be));
    HostCompletion read = h.mem_read(kBar0Base + 0x44, c.len_dw, c.first_be, c.last_be);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.tlps.size(), 1u);
    EXPECT_EQ(read.tlps[0].byte_count(), c.byte_count);
    EXPECT_EQ(read.tlps[0].lower_address(), c.lower_address);
    ASSERT_EQ(read.payload.size(), c.len_dw);
    if (c.first_be != 0) {
      EXPECT_EQ(read.payload[0], 0xDEAD'BEEFu);
    }
  }
}

TEST(Bar0, ZeroByteEnableReadTouchesNoRegister) {
  EpHarness h;
  bring_up(h);
  HostCompletion read = h.mem_read(kBar0Base + 0x1C, 1, 0x0, 0x0);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.payload.size(), 1u);
  EXPECT_TRUE(h.reg_log().empty()) << "a read without bytes must have no side effect";
}

TEST(Bar0, SixtyFourBitAccessBecomesTwoRegisterAccesses) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.mem_write(kBar0Base + 0x28, {0x8765'4321, 0x0000'0001}));
  h.idle(20);
  EXPECT_EQ(h.reg(0x28), 0x8765'4321u);
  EXPECT_EQ(h.reg(0x2C), 0x0000'0001u);
  ASSERT_EQ(h.reg_log().size(), 2u);
  EXPECT_EQ(h.reg_log()[0].addr, 0x28u);
  EXPECT_EQ(h.reg_log()[1].addr, 0x2Cu);

  HostCompletion read = h.mem_read(kBar0Base + 0x28, 2);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.payload, (std::vector<uint32_t>{0x8765'4321, 0x0000'0001}));
}

TEST(Bar0, DoorbellWindowReachesTheRegisterPort) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.bar0_write32(0x1004, 0x1F));
  h.idle(10);
  EXPECT_EQ(h.reg(0x1004), 0x1Fu);
}

TEST(Bar0, BarAbove4GiBTakesFourDwHeaders) {
  EpHarness h;
  const uint64_t bar = 0x0000'0040'0000'0000;
  bring_up(h, bar);
  h.reg(0x08) = 0x0001'0400;  // e.g. NVMe VS
  HostCompletion read = h.mem_read(bar + 0x08);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.data(), 0x0001'0400u);
  ASSERT_TRUE(h.mem_write(bar + 0x0C, {0x55}));
  h.idle(10);
  EXPECT_EQ(h.reg(0x0C), 0x55u);
  // The same low address bits in a 32-bit request do not hit the BAR.
  EXPECT_EQ(h.mem_read(0x0000'0008).status, CplStatus::kUr);
}

TEST(Bar0, FourDwHeaderBelow4GiBIsAccepted) {
  EpHarness h;
  bring_up(h);
  h.reg(0x10) = 0xCAFE;
  HostCompletion read = h.mem_read(kBar0Base + 0x10, 1, 0xF, kAutoLastBe, /*force_4dw=*/true);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.data(), 0xCAFEu);
}

TEST(Bar0, ReadsLongerThanSixteenDwAreCompleterAbort) {
  EpHarness h;
  bring_up(h);
  HostCompletion read = h.mem_read(kBar0Base, 32);
  ASSERT_TRUE(read.received);
  EXPECT_EQ(read.status, CplStatus::kCa);
  EXPECT_TRUE(h.reg_log().empty());
  EXPECT_TRUE(h.cfg_read(kCfgCommand).data() & kStaSignaledTargetAbort);
  // Sixteen DWs is the limit, and is served.
  HostCompletion longest = h.mem_read(kBar0Base, 16);
  ASSERT_TRUE(longest.ok());
  EXPECT_EQ(longest.payload.size(), 16u);
}

TEST(Bar0, AddressesOutsideTheBarAreUnsupported) {
  EpHarness h;
  bring_up(h);
  EXPECT_EQ(h.mem_read(kBar0Base + 0x4000).status, CplStatus::kUr);
  EXPECT_EQ(h.mem_read(kBar0Base - 4).status, CplStatus::kUr);
  ASSERT_TRUE(h.mem_write(kBar0Base + 0x4000, {0x1}));
  h.idle(50);
  EXPECT_TRUE(h.reg_log().empty());
  EXPECT_EQ(h.sim_read(sim_control::kUnsupportedCount), 3u);
  EXPECT_TRUE(h.cfg_read(kCfgDevCtl).data() & kDevStaUnsupported);
}

TEST(Bar0, RandomTrafficWithSlowRegistersMatchesAModel) {
  EpHarnessOptions options;
  options.seed = 7;
  options.reg_read_latency = 5;
  options.reg_grant_stall_probability = 0.5;
  options.tx_ready_probability = 0.6;
  options.rx_idle_probability = 0.3;
  EpHarness h(options);
  bring_up(h);
  std::vector<uint32_t> model(512, 0);  // first 2 KiB of BAR0
  std::mt19937 rng(11);
  for (int i = 0; i < 150; ++i) {
    unsigned dw = rng() % (model.size() - 4);
    unsigned len = 1 + rng() % 4;
    if (rng() % 2) {
      std::vector<uint32_t> data(len);
      for (auto& d : data) d = rng();
      uint8_t first_be = 1 + rng() % 15;
      uint8_t last_be = len > 1 ? 1 + rng() % 15 : 0;
      ASSERT_TRUE(h.mem_write(kBar0Base + dw * 4, data, first_be, last_be));
      for (unsigned k = 0; k < len; ++k) {
        uint8_t be = k == 0 ? first_be : (k == len - 1 ? last_be : 0xF);
        for (int b = 0; b < 4; ++b) {
          if (be & (1 << b)) {
            uint32_t mask = 0xFFu << (8 * b);
            model[dw + k] = (model[dw + k] & ~mask) | (data[k] & mask);
          }
        }
      }
    } else {
      HostCompletion read = h.mem_read(kBar0Base + dw * 4, len);
      ASSERT_TRUE(read.ok());
      ASSERT_EQ(read.payload.size(), len);
      for (unsigned k = 0; k < len; ++k) EXPECT_EQ(read.payload[k], model[dw + k]) << i;
    }
  }
}

}  // namespace
}  // namespace tb
