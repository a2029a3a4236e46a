// SPDX-License-Identifier: Apache-2.0
// Randomized traffic: host register accesses, DMA reads and writes and MSI-X messages at once,
// under random back-pressure. One seed fixes a run; a failure names the seed in its test name.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "ep_test_util.h"

namespace tb {
namespace {

constexpr uint64_t kReadRegion = 0x4000'0000;   // DMA reads come from here
constexpr uint64_t kWriteRegion = 0x5000'0000;  // DMA writes go here
constexpr uint64_t kMsiAddress = 0xFEE0'0000;

// The TLPs a request of `dws` DWs at `addr` becomes, worked out from the PCIe rules: each takes
// what is left, up to `limit_bytes` (MRRS or MPS) and up to the next 4 KiB boundary.
std::vector<std::pair<uint64_t, unsigned>> expected_split(uint64_t addr, size_t dws,
                                                          unsigned limit_bytes) {
  std::vector<std::pair<uint64_t, unsigned>> pieces;
  uint64_t left = dws * 4;
  while (left > 0) {
    const uint64_t to_boundary = 4096 - (addr & 0xFFF);
    const uint64_t bytes = std::min({left, uint64_t{limit_bytes}, to_boundary});
    pieces.emplace_back(addr, static_cast<unsigned>(bytes / 4));
    addr += bytes;
    left -= bytes;
  }
  return pieces;
}

class RandomTraffic : public testing::TestWithParam<unsigned> {};

TEST_P(RandomTraffic, EveryTransferCompletesIntact) {
  const unsigned seed = GetParam();
  std::mt19937 rng(seed);
  auto pick = [&](unsigned n) { return static_cast<unsigned>(rng() % n); };

  EpHarnessOptions options;
  options.seed = seed;
  options.tx_ready_probability = 0.5 + 0.1 * pick(6);
  options.rx_idle_probability = 0.1 * pick(4);
  options.reg_read_latency = 1 + pick(6);
  options.reg_grant_stall_probability = 0.1 * pick(5);
  options.dma_wr_gap_probability = 0.1 * pick(3);
  options.completer.rcb_bytes = pick(2) ? 128 : 64;
  options.completer.max_payload_bytes = 128;
  options.completer.interleave = pick(2);
  options.completer.delay_cycles = pick(100);
  options.completer.delay_jitter_cycles = pick(300);
  options.timeout_cycles = 200000;
  EpHarness h(options);
  bring_up(h);
  // MPS 128..1024 bytes (the endpoint clamps what it does not support to its 512), MRRS
  // 128..4096 bytes.
  const unsigned mps = 128u << pick(4);
  const unsigned mrrs = 128u << pick(6);
  ASSERT_TRUE(h.set_max_payload_and_read_request(mps, mrrs));
  const unsigned effective_mps = std::min(mps, 512u);
  for (unsigned v = 0; v < EpHarness::kNumMsixVectors; ++v) {
    ASSERT_TRUE(h.program_msix_vector(v, kMsiAddress + 4 * v, 0x100 + v));
  }
  ASSERT_TRUE(h.set_msix_control(true));
  fill_pattern(h.host_memory(), kReadRegion, 64 * 1024, seed);

  std::vector<uint32_t> regs(256, 0);
  std::map<unsigned, std::pair<uint64_t, unsigned>> reads_in_flight;  // id -> (addr, len)
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> writes;
  unsigned messages = 0;
  // Every request's split, in request order (the endpoint splits one read request, and one write
  // request, at a time): the TLPs the device must send.
  std::vector<std::pair<uint64_t, unsigned>> expected_reads, expected_writes;

  auto collect_read = [&](unsigned id) {
    auto done = h.wait_dma_read_done(id, options.timeout_cycles);
    ASSERT_TRUE(done) << "DMA read " << id;
    EXPECT_FALSE(done->err);
    const auto [addr, len] = reads_in_flight.at(id);
    EXPECT_TRUE(h.dma_read_buffer(id).each_dw_exactly_once());
    EXPECT_EQ(h.dma_read_buffer(id).data, pattern_dws(addr, len / 4, seed));
    reads_in_flight.erase(id);
  };

  for (int op = 0; op < 60; ++op) {
    switch (pick(5)) {
      case 0: {  // register write with random byte enables
        unsigned dw = pick(regs.size());
        uint32_t data = rng();
        uint8_t be = 1 + pick(15);
        ASSERT_TRUE(h.bar0_write32(dw * 4, data, be));
        for (int b = 0; b < 4; ++b) {
          if (be & (1 << b)) regs[dw] = (regs[dw] & ~(0xFFu << 8 * b)) | (data & (0xFFu << 8 * b));
        }
        break;
      }
      case 1: {  // register read, checked against the model
        unsigned dw = pick(regs.size());
        EXPECT_EQ(h.bar0_read32(dw * 4), regs[dw]) << "register " << dw;
        break;
      }
      case 2: {  // DMA read; an ID is reused only after its done
        unsigned id = pick(EpHarness::kNumDmaIds);
        if (reads_in_flight.count(id)) collect_read(id);
        uint64_t addr = kReadRegion + 4 * pick(15 * 1024);
        unsigned len = 4 * (1 + pick(1024));
        reads_in_flight[id] = {addr, len};
        h.queue_dma_read(id, addr, len);
        for (const auto& piece : expected_split(addr, len / 4, mrrs)) {
          expected_reads.push_back(piece);
        }
        break;
      }
      case 3: {  // DMA write into its own slot
        uint64_t addr = kWriteRegion + 0x2000 * writes.size() + 4 * pick(1024);
        std::vector<uint32_t> data(1 + pick(512));
        for (auto& d : data) d = rng();
        h.queue_dma_write(addr, data);
        for (const auto& piece : expected_split(addr, data.size(), effective_mps)) {
          expected_writes.push_back(piece);
        }
        writes.emplace_back(addr, std::move(data));
        break;
      }
      default:
        h.raise_msix(pick(EpHarness::kNumMsixVectors));
        ++messages;
        break;
    }
  }
  while (!reads_in_flight.empty()) collect_read(reads_in_flight.begin()->first);
  for (size_t i = 0; i < writes.size(); ++i) {
    auto done = h.wait_dma_write_done(options.timeout_cycles);
    ASSERT_TRUE(done) << "DMA write " << i;
    EXPECT_FALSE(done->err);
  }
  // Done means the last DW entered the TX stream; under back-pressure the host sees it later.
  h.idle(500);
  for (const auto& [addr, data] : writes) {
    const std::vector<uint32_t> landed = h.host_memory().read_dws(addr, data.size());
    const auto diff = std::mismatch(data.begin(), data.end(), landed.begin());
    EXPECT_TRUE(diff.first == data.end())
        << "DMA write to 0x" << std::hex << addr << " of " << std::dec << data.size()
        << " DWs differs first at DW " << (diff.first - data.begin()) << ": 0x" << std::hex
        << (diff.first == data.end() ? 0 : *diff.first) << " expected, 0x"
        << (diff.first == data.end() ? 0 : *diff.second) << " landed";
  }
  // A vector raised again while pending is one message, so at most one per request.
  EXPECT_GE(h.msi_events().size(), messages > 0 ? 1u : 0u);
  EXPECT_LE(h.msi_events().size(), messages);
  for (const MsiEvent& e : h.msi_events()) {
    EXPECT_EQ(e.data, 0x100 + (e.address - kMsiAddress) / 4);
  }
  // The exact TLPs: reads split at MRRS and 4 KiB boundaries, writes at MPS and 4 KiB.
  std::vector<std::pair<uint64_t, unsigned>> reads, data_writes;
  for (const DeviceRead& rd : h.device_reads()) reads.emplace_back(rd.address, rd.length_dw);
  for (const TlpLogEntry& e : h.tx_log()) {
    if (e.tlp.is_mem_wr() && e.tlp.address() < kMsiAddress) {
      data_writes.emplace_back(e.tlp.address(), e.tlp.length_dw());
    }
  }
  EXPECT_EQ(reads, expected_reads) << "MRRS " << mrrs;
  EXPECT_EQ(data_writes, expected_writes) << "MPS " << mps;
  EXPECT_EQ(h.sim_read(sim_control::kMalformedCount), 0u);
  EXPECT_EQ(h.sim_read(sim_control::kCompletionErrorCount), 0u);
  EXPECT_TRUE(h.violations().empty());
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomTraffic, testing::Range(1u, 33u),
                         [](const testing::TestParamInfo<unsigned>& info) {
                           return "Seed" + std::to_string(info.param);
                         });

}  // namespace
}  // namespace tb
