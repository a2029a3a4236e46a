// SPDX-License-Identifier: Apache-2.0
// Configuration space: identity, BAR sizing, capabilities, command and error bits.

#include <gtest/gtest.h>

#include "ep_test_util.h"

namespace tb {
namespace {

TEST(ConfigSpace, IdentifiesAsNvmeController) {
  EpHarness h;
  HostCompletion id = h.cfg_read(kCfgId);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id.data(), 0x9038'10EEu);
  EXPECT_EQ(h.cfg_read(kCfgClass).data(), 0x0108'0201u);  // class 01h/08h/02h, revision 1
  EXPECT_EQ((h.cfg_read(kCfgHeaderType).data() >> 16) & 0x7F, 0x00u);
  EXPECT_EQ(h.cfg_read(kCfgSubsystem).data(), 0x0001'10EEu);
  EXPECT_EQ(h.cfg_read(kCfgIntLine).data() >> 8 & 0xFF, 0x00u) << "no INTx pin";

  // The completion answers the host with the addressed function's ID and a 4-byte count.
  ASSERT_EQ(id.tlps.size(), 1u);
  const Tlp& cpl = id.tlps[0];
  EXPECT_TRUE(cpl.is_cpld());
  EXPECT_EQ(cpl.completer_id(), h.options().device_bdf);
  EXPECT_EQ(cpl.cpl_requester_id(), kHostId);
  EXPECT_EQ(cpl.byte_count(), 4u);
  EXPECT_EQ(cpl.lower_address(), 0u);
}

TEST(ConfigSpace, Bar0Is16KiB64BitMemory) {
  EpHarness h;
  ASSERT_TRUE(h.cfg_write(kCfgBar0, 0xFFFF'FFFF).ok());
  ASSERT_TRUE(h.cfg_write(kCfgBar1, 0xFFFF'FFFF).ok());
  EXPECT_EQ(h.cfg_read(kCfgBar0).data(), 0xFFFF'C004u);  // 64-bit, non-prefetchable
  EXPECT_EQ(h.cfg_read(kCfgBar1).data(), 0xFFFF'FFFFu);

  BarInfo info = h.enumerate(0x0000'0012'3456'C000);
  ASSERT_TRUE(info.ok);
  EXPECT_EQ(info.size, 16384u);
  EXPECT_TRUE(info.is_64bit);
  EXPECT_FALSE(info.prefetchable);
  EXPECT_FALSE(info.is_io);
  EXPECT_EQ(h.cfg_read(kCfgBar0).data(), 0x3456'C004u);
  EXPECT_EQ(h.cfg_read(kCfgBar1).data(), 0x0000'0012u);
}

TEST(ConfigSpace, UnimplementedBarsReadZero) {
  EpHarness h;
  for (uint16_t bar = 0x18; bar <= 0x24; bar += 4) {
    ASSERT_TRUE(h.cfg_write(bar, 0xFFFF'FFFF).ok());
    EXPECT_EQ(h.cfg_read(bar).data(), 0u) << "BAR at " << bar;
  }
}

TEST(ConfigSpace, CapabilityListReachesPcieAndMsix) {
  EpHarness h;
  ASSERT_TRUE(h.cfg_read(kCfgCommand).data() & (1u << 20)) << "Capabilities List bit";
  uint16_t ptr = h.cfg_read(kCfgCapPtr).data() & 0xFC;
  std::vector<std::pair<uint8_t, uint16_t>> found;
  for (int guard = 0; ptr != 0 && guard < 48; ++guard) {
    uint32_t header = h.cfg_read(ptr).data();
    found.emplace_back(header & 0xFF, ptr);
    ptr = (header >> 8) & 0xFC;
  }
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], std::make_pair(uint8_t{0x10}, kCfgPcieCap));
  EXPECT_EQ(found[1], std::make_pair(uint8_t{0x11}, kCfgMsixCap));

  // PCI Express capability v2, endpoint, 512-byte MPS supported, Gen3 x4.
  EXPECT_EQ(h.cfg_read(kCfgPcieCap).data() >> 16, 0x0002u);
  EXPECT_EQ(h.cfg_read(kCfgPcieCap + 0x04).data() & 0x7, 2u);
  uint32_t link_cap = h.cfg_read(kCfgPcieCap + 0x0C).data();
  EXPECT_EQ(link_cap & 0xF, 3u);
  EXPECT_EQ((link_cap >> 4) & 0x3F, 4u);

  // MSI-X: 8 vectors, table and PBA in BAR0 (BIR 0).
  uint32_t msix = h.cfg_read(kCfgMsixCap).data();
  EXPECT_EQ((msix >> 16) & 0x7FF, 7u);
  EXPECT_EQ(h.cfg_read(kCfgMsixCap + 4).data(), kMsixTable);
  EXPECT_EQ(h.cfg_read(kCfgMsixCap + 8).data(), kMsixPba);

  // Extended configuration space holds no capabilities.
  HostCompletion ext = h.cfg_read(0x100);
  ASSERT_TRUE(ext.ok());
  EXPECT_EQ(ext.data(), 0u);
}

TEST(ConfigSpace, CommandRegisterKeepsImplementedBits) {
  EpHarness h;
  ASSERT_TRUE(h.cfg_write(kCfgCommand, 0x0000'FFFF, 0x3).ok());
  EXPECT_EQ(h.cfg_read(kCfgCommand).data() & 0xFFFF, 0x0546u);
  h.idle(1);
  EXPECT_TRUE(h.dut().mem_space_en_o);
  EXPECT_TRUE(h.dut().bus_master_en_o);

  ASSERT_TRUE(h.cfg_write(kCfgCommand, 0, 0x3).ok());
  h.idle(1);
  EXPECT_FALSE(h.dut().mem_space_en_o);
  EXPECT_FALSE(h.dut().bus_master_en_o);
}

TEST(ConfigSpace, ByteEnablesSelectTheBytesWritten) {
  EpHarness h;
  // DW 0Ch: only Cache Line Size (byte 0) is writable; the header type must not change.
  ASSERT_TRUE(h.cfg_write(kCfgHeaderType, 0xFFFF'FF40, 0x1).ok());
  EXPECT_EQ(h.cfg_read(kCfgHeaderType).data(), 0x0000'0040u);
  ASSERT_TRUE(h.cfg_write(kCfgHeaderType, 0x0000'0080, 0xE).ok());
  EXPECT_EQ(h.cfg_read(kCfgHeaderType).data(), 0x0000'0040u) << "byte 0 not enabled";

  ASSERT_TRUE(h.cfg_write(kCfgIntLine, 0x0000'000B, 0x1).ok());
  EXPECT_EQ(h.cfg_read(kCfgIntLine).data(), 0x0000'000Bu);

  // Read-only registers ignore writes.
  ASSERT_TRUE(h.cfg_write(kCfgId, 0x1234'5678).ok());
  EXPECT_EQ(h.cfg_read(kCfgId).data(), 0x9038'10EEu);
}

TEST(ConfigSpace, DeviceControlHoldsPayloadAndReadRequestSizes) {
  EpHarness h;
  uint32_t reset = h.cfg_read(kCfgDevCtl).data();
  EXPECT_EQ((reset >> 5) & 7, 0u) << "MPS resets to 128 bytes";
  EXPECT_EQ((reset >> 12) & 7, 2u) << "MRRS resets to 512 bytes";
  ASSERT_TRUE(h.set_max_payload_and_read_request(256, 4096));
  uint32_t value = h.cfg_read(kCfgDevCtl).data();
  EXPECT_EQ((value >> 5) & 7, 1u);
  EXPECT_EQ((value >> 12) & 7, 5u);
}

TEST(ConfigSpace, RequestsToOtherFunctionsAreUnsupported) {
  EpHarness h;
  uint8_t tag = h.alloc_tag();
  h.send(cfg_rd0(kHostId, tag, h.options().device_bdf | 0x1, kCfgId));
  HostCompletion cpl = h.wait_completion(tag);
  ASSERT_TRUE(cpl.received);
  EXPECT_EQ(cpl.status, CplStatus::kUr);
  EXPECT_TRUE(cpl.payload.empty());
  EXPECT_TRUE(h.cfg_read(kCfgDevCtl).data() & kDevStaUnsupported);
}

TEST(ConfigSpace, Type1RequestsAreUnsupported) {
  EpHarness h;
  uint8_t tag = h.alloc_tag();
  Tlp request = cfg_rd0(kHostId, tag, h.options().device_bdf, kCfgId);
  request.set_type(kTypeCfg1);
  h.send(request);
  HostCompletion cpl = h.wait_completion(tag);
  ASSERT_TRUE(cpl.received);
  EXPECT_EQ(cpl.status, CplStatus::kUr);
}

TEST(ConfigSpace, CapturedBusNumberBecomesTheRequesterId) {
  EpHarnessOptions options;
  options.device_bdf = 0x0300;  // bus 3, device 0
  EpHarness h(options);
  bring_up(h);
  HostCompletion read = h.mem_read(kBar0Base);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.tlps[0].completer_id(), 0x0300u);

  ASSERT_TRUE(h.dma_read(0, 0x1000'0000, 4));
  ASSERT_TRUE(h.wait_dma_read_done(0));
  ASSERT_FALSE(h.device_reads().empty());
  const TlpLogEntry* mrd = nullptr;
  for (const TlpLogEntry& e : h.tx_log()) {
    if (e.tlp.is_mem_rd()) mrd = &e;
  }
  ASSERT_NE(mrd, nullptr);
  EXPECT_EQ(mrd->tlp.requester_id(), 0x0300u);
}

TEST(ConfigSpace, ErrorBitsAreWriteOneToClear) {
  EpHarness h;
  uint8_t tag = h.alloc_tag();
  h.send(cfg_rd0(kHostId, tag, h.options().device_bdf | 0x2, kCfgId));
  ASSERT_EQ(h.wait_completion(tag).status, CplStatus::kUr);
  uint32_t status = h.cfg_read(kCfgDevCtl).data();
  EXPECT_TRUE(status & kDevStaUnsupported);
  EXPECT_TRUE(status & kDevStaNonFatal);

  // Writing zeros leaves them; writing ones clears them and keeps Device Control.
  ASSERT_TRUE(h.cfg_write(kCfgDevCtl, status & 0xFFFF).ok());
  EXPECT_EQ(h.cfg_read(kCfgDevCtl).data(), status);
  ASSERT_TRUE(h.cfg_write(kCfgDevCtl, status).ok());
  EXPECT_EQ(h.cfg_read(kCfgDevCtl).data(), status & 0xFFFF);
}

}  // namespace
}  // namespace tb
