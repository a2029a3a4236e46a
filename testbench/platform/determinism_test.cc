// SPDX-License-Identifier: Apache-2.0
// One scenario mixing every kind of traffic; its TLP log is compared across two processes by
// testbench/scripts/check_same_log.sh (NVME_COSIM_TLP_LOG names the file to write).

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "platform_test_util.h"

namespace cosim::test {
namespace {

TEST(Determinism, MixedTrafficLog) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.config[0x00] = 0x903810EE;
  for (unsigned i = 0; i < 16; ++i) b.device.memory[0xF0000000 + 4 * i] = 0x100 + i;
  for (uint64_t a = 0x10000; a < 0x12000; a += 4) b.memory.write32(a, static_cast<uint32_t>(a));

  // Four CPU threads contend for the link and the tags while the device does DMA.
  std::vector<std::unique_ptr<TestThread>> threads;
  for (unsigned t = 0; t < 4; ++t) {
    threads.push_back(std::make_unique<TestThread>(("cpu" + std::to_string(t)).c_str(), [&b, t] {
      for (unsigned i = 0; i < 8; ++i) {
        b.cpu.cfg_read(FakeDevice::kBdf, 0x00, 4);
        b.cpu.mmio_write(0xF0000000 + 8 * t, i, 4);
        b.cpu.mmio_read(0xF0000000 + 4 * ((t + i) % 16), 8);
        wait(ns(37 * (t + 1)));
      }
    }));
  }
  TestThread dma("dma", [&b] {
    for (unsigned i = 0; i < 8; ++i) {
      b.device.send(
          pcie::mem_rd(FakeDevice::kBdf, static_cast<uint8_t>(i), 0x10000 + 0x404 * i, 100 + i));
      b.device.send(pcie::mem_wr(FakeDevice::kBdf, 0x20000 + 64 * i, {i, i + 1, i + 2}));
      if (i % 3 == 0) b.device.send(pcie::mem_wr(FakeDevice::kBdf, 0xFEE00000, {i}));
      wait(ns(211));
    }
  });
  sc_core::sc_start();

  std::string text;
  for (const auto& entry : b.log) text += RootComplex::log_line(entry) + "\n";
  // 4 x 8 x (cfg read + cpl, write, read + cpl) + 8 x (MRd + CplDs, MWr) + 3 MSI.
  EXPECT_EQ(b.rc.stats().cfg_reads, 32u);
  EXPECT_EQ(b.rc.stats().mem_reads, 32u);
  EXPECT_EQ(b.rc.stats().dma_reads, 8u);
  EXPECT_EQ(b.rc.stats().msi_messages, 3u);
  EXPECT_EQ(b.rc.stats().completion_timeouts, 0u);
  EXPECT_GT(b.log.size(), 32u * 5 + 8 * 3);

  if (const char* path = std::getenv("NVME_COSIM_TLP_LOG")) {
    std::ofstream out(path);
    out << text;
    ASSERT_TRUE(out.good()) << "cannot write " << path;
  }
}

}  // namespace
}  // namespace cosim::test
