// SPDX-License-Identifier: Apache-2.0
// The controller built as synthesis builds it, SimCtrlEnable = 0 (nvme_ctrl_tieoff_tests_w64, a
// 64-bit model): the simulation-control sideband is tied off. Every sideband register reads 0
// and writes change nothing; the controller has NN = 1, one 1 GiB namespace of 512-byte blocks
// (NSID 1), and no latency model, fault injection or namespace-change notices
// (docs/nvme-controller.md, "Simulation control").

#include <cstdint>
#include <vector>

#include "../nvme_test_util.h"

namespace tb {
namespace {

constexpr uint64_t kOneGibBlocks = (1ull << 30) / 512;

// Every register the sideband documents (endpoint 000h-01Ch, core 0100h-0134h, latency model
// 0200h-0210h and its 16 overrides, namespace table 0600h-0618h).
std::vector<uint16_t> sideband_registers() {
  std::vector<uint16_t> regs;
  for (uint16_t a = 0x000; a <= 0x01C; a += 4) regs.push_back(a);
  for (uint16_t a = 0x100; a <= 0x134; a += 4) regs.push_back(a);
  for (uint16_t a = 0x200; a <= 0x210; a += 4) regs.push_back(a);
  for (unsigned i = 0; i < 16; ++i) {
    for (uint16_t f = 0; f <= 0x14; f += 4)
      regs.push_back(static_cast<uint16_t>(0x300 + 0x20 * i + f));
  }
  for (uint16_t a = 0x600; a <= 0x618; a += 4) regs.push_back(a);
  return regs;
}

void expect_all_zero(DevHarness& bench, const char* when) {
  for (const uint16_t a : sideband_registers()) {
    EXPECT_EQ(bench.sim_read(a), 0u) << "sideband register 0x" << std::hex << a << " " << when;
  }
}

// Writes every writable register with a value that would change the controller's behaviour if
// the sideband were live.
void write_everything(DevHarness& bench) {
  bench.sim_write(0x008, 0x1234'5678);  // SEED
  bench.sim_write(0x00C, 50);           // DROP_CPL: the next 50 host requests unanswered
  bench.sim_write(0x010, 1);            // CPL_TIMEOUT
  bench.sim_write(0x100, 4000);         // NN
  bench.sim_write(0x104, 1'000'000);    // READY_DELAY
  bench.sim_write(0x108, 1);            // SLOTS
  bench.sim_write(0x128, 1);            // FATAL_AT: CFS at once
  bench.sim_write(0x130, 1);            // LOSE_NSID 1
  bench.sim_write(0x134, 3);            // LIST_LIE: NSID 0 after the first entry
  bench.sim_write(0x200, 0);            // LAT_MODE fixed
  bench.sim_write(0x204, 500'000);      // LAT_MIN
  bench.sim_write(0x300, 1);            // override 0: NSID 1 ...
  bench.sim_write(0x308, 900'000);      // ... takes 900000 cycles
  bench.sim_write(0x600, 2);            // NS_SEL 2
  bench.sim_write(0x604, 77);           // NSZE
  bench.sim_write(0x60C, 1);            // active
  bench.sim_write(0x610, 1);            // COMMIT: NSID 2 active
  bench.sim_write(0x600, 1);            // NS_SEL 1
  bench.sim_write(0x60C, 0);            // inactive
  bench.sim_write(0x610, 1);            // COMMIT: NSID 1 inactive
}

uint64_t le64(const std::vector<uint8_t>& b, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | b[at + i];
  return v;
}

TEST(TieOff, SidebandReadsZeroAndWritesChangeNothing) {
  NvmeHostOptions host_options;
  host_options.ready_timeout_cycles = 5'000;  // far below the READY_DELAY written
  Device d(DevHarnessOptions(), host_options);
  expect_all_zero(d.bench, "after reset");
  write_everything(d.bench);
  expect_all_zero(d.bench, "after writing it");

  // Every configuration and register access completes (no DROP_CPL), RDY rises without the
  // written delay, and FATAL_AT sets no CFS.
  d.bring_up();
  EXPECT_EQ(d.host.read_csts(), 1u) << "RDY, no CFS";
  d.host.raise_namespace_changed(1);  // NS_CHANGED: no entry, no notice
  expect_all_zero(d.bench, "with the controller enabled");

  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  const std::vector<uint8_t> id = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(le64(id, 516) & 0xFFFF'FFFF, 1u) << "NN";

  d.bench.host_memory().fill(kData, 4096, 0xA5);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 0, kData)).ok());
  std::vector<uint32_t> list(1024, 0);
  list[0] = 1;
  EXPECT_EQ(d.data(kData, 1024), list) << "NSID 1 alone, no lie";

  // NSID 1 (LOSE_NSID named it: it still completes), 1 GiB of 512-byte blocks.
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 1, kData)).ok());
  const std::vector<uint8_t> ns = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(le64(ns, 0), kOneGibBlocks) << "NSZE";
  EXPECT_EQ(le64(ns, 8), kOneGibBlocks) << "NCAP";
  EXPECT_EQ(le64(ns, 16), kOneGibBlocks) << "NUSE";
  EXPECT_EQ(ns[26] & 0xF, 0) << "FLBAS: 512-byte blocks";
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 2, kData)).status, kInvalidNamespace)
      << "NSID 2 is above NN";

  // No latency model: Identify Namespace of NSID 1 (which an override named) and of NSID 0's
  // controller take the same time from fetch to CQE, far below any latency written.
  const auto fetch_to_cqe = [&d](const Sqe& sqe) -> uint64_t {
    const NvmeCompletion cqe = d.run(sqe);
    EXPECT_TRUE(cqe.ok());
    return cqe.cycle - d.bench.device_reads().back().cycle;
  };
  const uint64_t plain = fetch_to_cqe(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData));
  EXPECT_EQ(fetch_to_cqe(identify_sqe(NVME_IDENTIFY_CNS_NS, 1, kData)), plain);
  EXPECT_LT(plain, 500'000u);

  // No namespace-change entry was logged.
  d.bench.host_memory().fill(kData, 4096, 0xA5);
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, kData)).ok());
  EXPECT_EQ(d.data(kData, 1024), std::vector<uint32_t>(1024, 0));
  EXPECT_EQ(d.host.read_csts(), 1u);
}

}  // namespace
}  // namespace tb
