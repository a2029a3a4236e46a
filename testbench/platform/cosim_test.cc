// SPDX-License-Identifier: Apache-2.0
// The whole stack: enumeration, register round trips, an admin command with DMA and MSI-X,
// idle skipping, all through the root complex and the link to the Verilated controller.

// Verilator headers before SystemC (design.md), through the bridge.
#include "cosim_system.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "platform_test_util.h"

namespace platform_test {
namespace {

// NVMe registers and the admin queue, driven by hand (the driver comes in cpp-host/).
constexpr uint32_t kRegCap = 0x00, kRegVs = 0x08, kRegCc = 0x14, kRegCsts = 0x1C, kRegAqa = 0x24,
                   kRegAsq = 0x28, kRegAcq = 0x30;

struct AdminQueue {
  CosimPlatform& p;
  nvme::DmaBuffer sq, cq, data;
  uint16_t tail = 0, head = 0, cid = 0;
  bool phase = true;
  std::unique_ptr<nvme::Completion> interrupt;

  explicit AdminQueue(CosimPlatform& platform) : p(platform) {
    sq = p.alloc_dma(32 * 64, 4096);
    cq = p.alloc_dma(32 * 16, 4096);
    data = p.alloc_dma(4096, 4096);
  }
  void enable() {
    p.write32(kRegAqa, 31u << 16 | 31u);
    p.write64(kRegAsq, sq.bus_address);
    p.write64(kRegAcq, cq.bus_address);
    p.write32(kRegCc, 0x0046'0001);  // IOCQES 4, IOSQES 6, EN
    while ((p.read32(kRegCsts) & 1) == 0) p.sleep(1000);
    interrupt = p.make_completion();
    p.set_interrupt_handler(0, [this] { interrupt->complete(); });
  }
  // Submits one command and waits for its completion entry; returns {status, dw0}.
  std::pair<uint16_t, uint32_t> run(uint8_t opcode, uint32_t nsid, uint32_t cdw10) {
    uint32_t sqe[16] = {};
    sqe[0] = opcode | uint32_t{++cid} << 16;
    sqe[1] = nsid;
    sqe[6] = static_cast<uint32_t>(data.bus_address);
    sqe[7] = static_cast<uint32_t>(data.bus_address >> 32);
    sqe[10] = cdw10;
    p.write_dma(sq.bus_address + 64 * tail, sqe, sizeof sqe);
    tail = (tail + 1) % 32;
    p.write32(0x1000, tail);
    uint32_t cqe[4];
    for (;;) {
      p.read_dma(cq.bus_address + 16 * head, cqe, sizeof cqe);
      if (((cqe[3] >> 16) & 1) == phase) break;
      interrupt->wait();
      interrupt = p.make_completion();
    }
    EXPECT_EQ(cqe[3] & 0xFFFF, cid);
    head = (head + 1) % 32;
    if (head == 0) phase = !phase;
    p.write32(0x1004, head);
    return {static_cast<uint16_t>(cqe[3] >> 17), cqe[0]};
  }
};

// Runs `body` in a thread of a fresh co-simulation and simulates until it returns.
void simulate(const CosimOptions& options, std::function<void(CosimSystem&)> body) {
  CosimSystem system("cosim", options);
  if (std::getenv("NVME_COSIM_VERBOSE")) {
    system.root_complex.add_tlp_observer([](const RootComplex::LoggedTlp& t) {
      std::printf("%s %s %s\n", t.time.to_string().c_str(),
                  t.direction == LinkDirection::kDownstream ? "down" : "up  ",
                  pcie::describe(t.tlp).c_str());
    });
  }
  bool finished = false;
  TestThread thread("test", [&] {
    body(system);
    finished = true;
    sc_core::sc_stop();
  });
  sc_core::sc_start(sc_core::sc_time(100, sc_core::SC_SEC));
  EXPECT_TRUE(finished) << "the test thread did not finish in 100 s of simulated time";
  system.bridge.flush_waveform();
}

TEST(Cosim, EnumerationFindsAndSetsUpTheController) {
  REQUIRE_FRESH_SYSTEMC();
  simulate(CosimOptions(), [](CosimSystem& s) {
    const PciDeviceInfo& dev = s.platform.enumerate();
    ASSERT_TRUE(dev.present);
    EXPECT_EQ(dev.vendor_id, 0x10EE);
    EXPECT_EQ(dev.device_id, 0x9038);
    EXPECT_EQ(dev.class_code, 0x010802u);
    EXPECT_EQ(dev.bar0, 0xF000'0000u);
    EXPECT_EQ(dev.bar0_size, 16384u);
    EXPECT_EQ(dev.max_payload, 256u);
    EXPECT_EQ(dev.max_read_request, 512u);
    EXPECT_EQ(dev.msix_table_size, 8u);
    EXPECT_EQ(dev.msix_vectors, 2u);
    EXPECT_EQ(s.platform.cfg_read32(0x04) & 0x6, 0x6u) << "memory space and bus master on";
    EXPECT_EQ(s.root_complex.device_max_payload(), 256u) << "the root complex learnt MPS";
  });
}

TEST(Cosim, RegistersRoundTripThroughTlps) {
  REQUIRE_FRESH_SYSTEMC();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    EXPECT_EQ(s.platform.read32(kRegVs), 0x0001'0400u);
    EXPECT_EQ(s.platform.read64(kRegCap) & 0xFFFF, 1023u);
    s.platform.write32(kRegAqa, 0x001F'001F);
    EXPECT_EQ(s.platform.read32(kRegAqa), 0x001F'001Fu);
    s.platform.write64(kRegAsq, 0x1'2345'6000);
    EXPECT_EQ(s.platform.read64(kRegAsq), 0x1'2345'6000u) << "one 8-byte access each way";
    EXPECT_EQ(s.platform.access_errors(), 0u);
  });
}

TEST(Cosim, AdminCommandUsesDmaAndInterrupts) {
  REQUIRE_FRESH_SYSTEMC();
  simulate(CosimOptions(), [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    auto [status, dw0] = admin.run(0x06, 0, 0x01);  // Identify Controller
    EXPECT_EQ(status, 0u);
    uint8_t id[64];
    s.platform.read_dma(admin.data.bus_address, id, sizeof id);
    EXPECT_EQ(id[0] | id[1] << 8, 0x10EE);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(id) + 4, 4), "NVCS");
    EXPECT_GE(s.msi.count(0), 1u);
    EXPECT_GT(s.root_complex.stats().dma_reads, 0u) << "the SQ entry was fetched by DMA";
    EXPECT_GT(s.root_complex.stats().dma_writes, 0u) << "data and CQE written by DMA";
  });
}

TEST(Cosim, SkippingJumpsOverLatency) {
  REQUIRE_FRESH_SYSTEMC();
  CosimOptions options;
  simulate(options, [](CosimSystem& s) {
    ASSERT_TRUE(s.platform.enumerate().present);
    AdminQueue admin(s.platform);
    admin.enable();
    // 150 ms per command, as the fix's cover letter measured over a fabric: 37.5 M cycles.
    s.bridge.sim_write(0x0200, 0);           // fixed latency
    s.bridge.sim_write(0x0204, 37'500'000);  // MIN, cycles
    const sc_core::sc_time start = sc_core::sc_time_stamp();
    for (int i = 0; i < 4; ++i) EXPECT_EQ(admin.run(0x06, 0, 0x01).first, 0u);
    const double elapsed = (sc_core::sc_time_stamp() - start).to_seconds();
    EXPECT_GT(elapsed, 0.6);
    EXPECT_LT(elapsed, 0.601);
    EXPECT_GT(s.bridge.skipped_cycles(), 100 * s.bridge.evaluated_cycles())
        << "the waits were skipped, not evaluated";
  });
}

}  // namespace
}  // namespace platform_test
