// SPDX-License-Identifier: Apache-2.0
// Device-initiated DMA: read splitting, tags, completion reassembly and errors; write splitting.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "ep_test_util.h"

namespace tb {
namespace {

constexpr uint64_t kBuffer = 0x1000'0F40;  // 192 bytes below a 4 KiB boundary

// The most device memory reads outstanding at once, from the TX and RX logs: a read is in flight
// from its MRd until the completion that ends it (Byte Count equal to its payload, or an error).
unsigned max_reads_in_flight(EpHarness& h) {
  std::vector<std::pair<uint64_t, uint64_t>> spans;
  for (const TlpLogEntry& rd : h.tx_log()) {
    if (!rd.tlp.is_mem_rd()) continue;
    uint64_t end = UINT64_MAX;
    for (const TlpLogEntry& c : h.rx_log()) {
      if (c.cycle <= rd.cycle || !c.tlp.is_cpl() || c.tlp.cpl_tag() != rd.tlp.tag()) continue;
      if (c.tlp.completes_request()) {
        end = c.cycle;
        break;
      }
    }
    spans.emplace_back(rd.cycle, end);
  }
  unsigned most = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    unsigned open = 1;
    for (size_t j = 0; j < i; ++j) open += spans[j].second > spans[i].first;
    most = std::max(most, open);
  }
  return most;
}

// Expected split, worked out here from the rules rather than taken from the RTL: each request
// takes what is left, up to the size limit (MRRS for reads, MPS for writes) and up to the next
// 4 KiB boundary (PCIe: no request may cross one). The endpoint promises no more than that: the
// Read Completion Boundary is the completer's rule for splitting its completions, and does not
// shape requests.
std::vector<std::pair<uint64_t, unsigned>> expected_split(uint64_t addr, unsigned dws,
                                                          unsigned limit_bytes) {
  std::vector<std::pair<uint64_t, unsigned>> pieces;
  unsigned left = dws * 4;
  while (left > 0) {
    const unsigned to_boundary = static_cast<unsigned>(4096 - (addr & 0xFFF));
    const unsigned bytes = std::min({left, limit_bytes, to_boundary});
    pieces.emplace_back(addr, bytes / 4);
    addr += bytes;
    left -= bytes;
  }
  return pieces;
}

// Every memory read the device sent, in order, is exactly the expected split of the request;
// each has full first and last byte enables (DW granular), a 4-DW header only above 4 GiB, and
// a tag below 32.
void expect_read_rules(EpHarness& h, uint64_t addr, unsigned len, unsigned mrrs) {
  std::vector<std::pair<uint64_t, unsigned>> reads;
  for (const DeviceRead& rd : h.device_reads()) {
    SCOPED_TRACE(testing::Message() << "read at 0x" << std::hex << rd.address);
    reads.emplace_back(rd.address, rd.length_dw);
    EXPECT_EQ(rd.header_4dw, rd.address >= (1ull << 32));
    EXPECT_EQ(rd.first_be, 0xF);
    EXPECT_EQ(rd.last_be, rd.length_dw > 1 ? 0xF : 0x0);
    EXPECT_LT(rd.tag, 32);
  }
  EXPECT_EQ(reads, expected_split(addr, len / 4, mrrs));
}

struct ReadSetting {
  unsigned mrrs;
  unsigned rcb;
  unsigned max_cpl;
  bool interleave;
};

void PrintTo(const ReadSetting& s, std::ostream* os) {
  *os << "MRRS " << s.mrrs << ", RCB " << s.rcb << ", completions up to " << s.max_cpl
      << (s.interleave ? ", interleaved" : ", in order");
}

class DmaRead : public testing::TestWithParam<ReadSetting> {};

TEST_P(DmaRead, SplitsTagsAndReassembles) {
  const ReadSetting& s = GetParam();
  EpHarnessOptions options;
  options.completer.rcb_bytes = s.rcb;
  options.completer.max_payload_bytes = s.max_cpl;
  options.completer.interleave = s.interleave;
  options.completer.delay_cycles = 150;
  options.completer.delay_jitter_cycles = 60;
  EpHarness h(options);
  bring_up(h);
  // The host never sends completions larger than the device's Max Payload Size.
  ASSERT_TRUE(h.set_max_payload_and_read_request(std::max(128u, s.max_cpl), s.mrrs));
  fill_pattern(h.host_memory(), kBuffer, 4096, 3);

  ASSERT_TRUE(h.dma_read(2, kBuffer, 4096));
  auto done = h.wait_dma_read_done(2);
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);

  const DmaReadBuffer& buffer = h.dma_read_buffer(2);
  EXPECT_TRUE(buffer.each_dw_exactly_once());
  EXPECT_EQ(buffer.data, pattern_dws(kBuffer, 1024, 3));
  expect_read_rules(h, kBuffer, 4096, s.mrrs);
  EXPECT_GT(max_reads_in_flight(h), 1u) << "several tags outstanding";
  EXPECT_EQ(h.dma_read_done_events().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Settings, DmaRead,
    testing::Values(ReadSetting{128, 64, 128, false}, ReadSetting{256, 64, 64, true},
                    ReadSetting{512, 128, 256, true}, ReadSetting{4096, 64, 128, true},
                    ReadSetting{1024, 128, 512, false}, ReadSetting{2048, 128, 256, true}),
    [](const testing::TestParamInfo<ReadSetting>& info) {
      const ReadSetting& s = info.param;
      return "Mrrs" + std::to_string(s.mrrs) + "Rcb" + std::to_string(s.rcb) + "Cpl" +
             std::to_string(s.max_cpl) + (s.interleave ? "Interleaved" : "InOrder");
    });

TEST(DmaReadConcurrency, RequestsWithDifferentIdsOverlap) {
  EpHarnessOptions options;
  options.seed = 5;
  options.completer.interleave = true;
  options.completer.delay_cycles = 40;
  options.completer.delay_jitter_cycles = 200;
  options.tx_ready_probability = 0.7;
  options.rx_idle_probability = 0.2;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(128, 256));
  struct Request {
    unsigned id;
    uint64_t addr;
    unsigned len;
  };
  const Request requests[] = {{0, 0x2000'0000, 4096},
                              {1, 0x2000'2FF0, 64},  // crosses a page
                              {5, 0x0000'0008'0000'0100, 1024},
                              {7, 0x2000'4000, 4}};
  for (const Request& r : requests) fill_pattern(h.host_memory(), r.addr, r.len, r.id);
  for (const Request& r : requests) ASSERT_TRUE(h.dma_read(r.id, r.addr, r.len));
  for (const Request& r : requests) {
    auto done = h.wait_dma_read_done(r.id);
    ASSERT_TRUE(done) << "id " << r.id;
    EXPECT_FALSE(done->err);
    const DmaReadBuffer& buffer = h.dma_read_buffer(r.id);
    EXPECT_TRUE(buffer.each_dw_exactly_once()) << "id " << r.id;
    EXPECT_EQ(buffer.data, pattern_dws(r.addr, r.len / 4, r.id)) << "id " << r.id;
  }
  EXPECT_GT(max_reads_in_flight(h), 4u);
}

TEST(DmaReadErrors, NothingIsSentWithoutBusMaster) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace, 0x3).ok());
  ASSERT_TRUE(h.dma_read(0, kBuffer, 256));
  auto done = h.wait_dma_read_done(0);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->err);
  h.idle(100);
  EXPECT_TRUE(h.device_reads().empty());
  EXPECT_TRUE(std::none_of(h.tx_log().begin(), h.tx_log().end(),
                           [](const TlpLogEntry& e) { return e.tlp.is_mem_rd(); }));
}

TEST(DmaReadErrors, InvalidLengthsAreRefused) {
  EpHarness h;
  bring_up(h);
  for (unsigned len : {0u, 6u, 4100u}) {
    ASSERT_TRUE(h.dma_read(1, kBuffer, len));
    auto done = h.wait_dma_read_done(1);
    ASSERT_TRUE(done);
    EXPECT_TRUE(done->err) << len;
  }
  EXPECT_TRUE(h.device_reads().empty());
}

struct FaultCase {
  const char* name;
  CompletionFault fault;
  uint16_t status_register;  // configuration DW holding the error bits
  uint32_t status_bits;
};

void PrintTo(const FaultCase& c, std::ostream* os) { *os << c.name; }

class DmaReadFault : public testing::TestWithParam<FaultCase> {};

TEST_P(DmaReadFault, FailsTheRequestAndKeepsWorking) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace | kCmdBusMaster | kCmdParityErrResp, 0x3).ok());
  ASSERT_TRUE(h.set_max_payload_and_read_request(128, 128));
  h.sim_write(sim_control::kCompletionTimeout, 2);  // 1024..2048 cycles
  // The second of four reads fails.
  h.add_completion_fault(kBuffer + 128, kBuffer + 255, GetParam().fault);
  ASSERT_TRUE(h.dma_read(3, kBuffer, 512));
  auto done = h.wait_dma_read_done(3, 10000);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->err);
  const uint32_t bits = GetParam().status_bits;
  EXPECT_EQ(h.cfg_read(GetParam().status_register).data() & bits, bits);
  EXPECT_GE(h.sim_read(sim_control::kCompletionErrorCount), 1u);

  // Every tag came back: a clean read of all 32 tags' worth still works.
  h.clear_completion_faults();
  fill_pattern(h.host_memory(), kBuffer, 4096, 9);
  ASSERT_TRUE(h.dma_read(3, kBuffer, 4096));
  done = h.wait_dma_read_done(3);
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  EXPECT_EQ(h.dma_read_buffer(3).data, pattern_dws(kBuffer, 1024, 9));
}

// Idle skipping while reads are out: the endpoint reports idle with the timeout deadline as its
// wake cycle, nothing happens on its pins until then, and the timeout fires soon after it, at a
// cycle that depends on the cycle counter alone (a skipping simulator sees the same).
TEST(DmaReadTimeout, IdleUntilTheDeadlineThenFails) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(128, 128));
  h.sim_write(sim_control::kCompletionTimeout, 3);  // 2048..3072 cycles after the tick of issue
  h.add_completion_fault(kBuffer, kBuffer + 127, CompletionFault::kNoCompletion);
  ASSERT_TRUE(h.dma_read(2, kBuffer, 128));
  ASSERT_TRUE(h.run_until([&] { return !h.device_reads().empty(); }, "the read goes out"));
  const uint64_t issued = h.device_reads().front().cycle;
  ASSERT_TRUE(h.run_until([&] { return h.dut().idle_o == 1; }, "idle with the read out"));
  const uint64_t wake = h.dut().wake_o;
  // The deadline is the 1024-cycle tick three ticks after the one the read left in.
  EXPECT_EQ(wake, ((issued >> 10) + 3) << 10) << "issued at cycle " << issued;
  const size_t tlps = h.tx_log().size();
  while (h.cycle() + 1 < wake) {
    ASSERT_EQ(h.dut().idle_o, 1) << "cycle " << h.cycle();
    h.tick();
  }
  EXPECT_EQ(h.tx_log().size(), tlps) << "no TLP while idle";
  auto done = h.wait_dma_read_done(2, 64);
  ASSERT_TRUE(done) << "the sweep reaches the tag within 32 cycles of the deadline";
  EXPECT_TRUE(done->err);
  EXPECT_GE(done->cycle, wake);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, DmaReadFault,
    testing::Values(FaultCase{"UnsupportedRequest", CompletionFault::kUnsupportedRequest,
                              kCfgCommand, kStaReceivedMasterAbort},
                    FaultCase{"CompleterAbort", CompletionFault::kCompleterAbort, kCfgCommand,
                              kStaReceivedTargetAbort},
                    FaultCase{"Poisoned", CompletionFault::kPoisoned, kCfgCommand,
                              kStaDetectedParityError | kStaMasterDataParityError},
                    FaultCase{"Timeout", CompletionFault::kNoCompletion, kCfgDevCtl,
                              kDevStaNonFatal}),
    [](const testing::TestParamInfo<FaultCase>& info) { return info.param.name; });

TEST(DmaReadErrors, UnexpectedCompletionIsIgnored) {
  EpHarness h;
  bring_up(h);
  // A completion for a tag the device never used, then one from a stranger's request ID.
  h.send(cpld(kHostId, CplStatus::kSc, 4, 0x0100, 17, 0, {0xBAD}));
  h.send(cpld(kHostId, CplStatus::kSc, 4, 0x0200, 0, 0, {0xBAD}));
  ASSERT_TRUE(h.wait_all_sent());
  h.idle(20);
  EXPECT_EQ(h.sim_read(sim_control::kCompletionErrorCount), 2u);
  EXPECT_TRUE(h.dma_read_done_events().empty());

  fill_pattern(h.host_memory(), kBuffer, 64, 1);
  ASSERT_TRUE(h.dma_read(0, kBuffer, 64));
  auto done = h.wait_dma_read_done(0);
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  EXPECT_EQ(h.dma_read_buffer(0).data, pattern_dws(kBuffer, 16, 1));
}

TEST(DmaReadErrors, CompletionAboveMaxPayloadIsMalformed) {
  EpHarnessOptions options;
  options.completer.max_payload_bytes = 256;  // while the device's MPS stays at 128 bytes
  options.completer.obey_device_mps = false;
  EpHarness h(options);
  bring_up(h);
  h.sim_write(sim_control::kCompletionTimeout, 1);
  ASSERT_TRUE(h.dma_read(0, kBuffer, 256));
  auto done = h.wait_dma_read_done(0, 5000);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->err) << "the oversized completion is dropped and the read times out";
  EXPECT_GE(h.sim_read(sim_control::kMalformedCount), 1u);
}

// ---- Writes ------------------------------------------------------------------------------

class DmaWrite : public testing::TestWithParam<unsigned> {};

TEST_P(DmaWrite, SplitsAtMaxPayloadAndFourKiB) {
  const unsigned mps = GetParam();
  EpHarnessOptions options;
  options.seed = mps;
  options.dma_wr_gap_probability = 0.2;
  options.tx_ready_probability = 0.8;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(mps, 512));
  const unsigned effective_mps = std::min(mps, 512u);  // the endpoint supports 512 bytes
  std::vector<uint32_t> data = pattern_dws(0, 1024, mps);
  ASSERT_TRUE(h.dma_write(kBuffer, data));
  auto done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  h.idle(100);  // done: the last DW entered the TX stream; the host sees it a little later
  EXPECT_EQ(h.host_memory().read_dws(kBuffer, 1024), data);

  std::vector<std::pair<uint64_t, unsigned>> writes;
  for (const TlpLogEntry& e : h.tx_log()) {
    if (!e.tlp.is_mem_wr()) continue;
    const Tlp& w = e.tlp;
    SCOPED_TRACE(describe(w));
    writes.emplace_back(w.address(), w.length_dw());
    EXPECT_EQ(w.requester_id(), h.options().device_bdf);
    EXPECT_EQ(w.first_be(), 0xF);
    EXPECT_EQ(w.last_be(), w.length_dw() > 1 ? 0xF : 0x0);
  }
  EXPECT_EQ(writes, expected_split(kBuffer, 1024, effective_mps));
}

INSTANTIATE_TEST_SUITE_P(Mps, DmaWrite, testing::Values(128u, 256u, 512u, 1024u, 4096u),
                         [](const testing::TestParamInfo<unsigned>& info) {
                           return "Mps" + std::to_string(info.param);
                         });

TEST(DmaWriteAddressing, AboveFourGiBUsesFourDwHeaders) {
  EpHarness h;
  bring_up(h);
  const uint64_t addr = 0x0000'0001'0000'0000;
  ASSERT_TRUE(h.dma_write(addr, {1, 2, 3}));
  ASSERT_TRUE(h.wait_dma_write_done());
  h.idle(20);
  EXPECT_EQ(h.host_memory().read_dws(addr, 3), (std::vector<uint32_t>{1, 2, 3}));
  ASSERT_FALSE(h.tx_log().empty());
  EXPECT_TRUE(h.tx_log().back().tlp.is_4dw());
}

TEST(DmaWriteErrors, NoBusMasterSwallowsTheDataAndReportsIt) {
  EpHarness h;
  bring_up(h);
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace, 0x3).ok());
  ASSERT_TRUE(h.dma_write(kBuffer, std::vector<uint32_t>(64, 0xAB)));
  auto done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->err);
  h.idle(50);
  EXPECT_TRUE(std::none_of(h.tx_log().begin(), h.tx_log().end(), [](const TlpLogEntry& e) {
    return e.tlp.is_mem_wr();
  })) << "no memory write without Bus Master Enable";
  EXPECT_EQ(h.host_memory().read32(kBuffer), 0u);

  // Turning bus mastering on again makes the next write go out.
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace | kCmdBusMaster, 0x3).ok());
  ASSERT_TRUE(h.dma_write(kBuffer, {0x77}));
  done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  h.idle(20);
  EXPECT_EQ(h.host_memory().read32(kBuffer), 0x77u);
}

// ---- Transfers that end mid-beat ----------------------------------------------------------
// Starts and lengths at every DW position of a 256-bit beat, so that headers of 3 and 4 DWs,
// MPS/MRRS splits and 4 KiB boundaries all fall inside beats at every stream width.

struct OddTransfer {
  uint64_t addr;
  unsigned dws;
  unsigned size_limit;  // MPS for writes, MRRS for reads
};

void PrintTo(const OddTransfer& t, std::ostream* os) {
  *os << t.dws << " DWs at 0x" << std::hex << t.addr << std::dec << ", limit " << t.size_limit;
}

// Size limits cycle through `limits`: MPS values for writes (the endpoint supports up to 512
// bytes), MRRS values for reads (up to 4096 bytes).
std::vector<OddTransfer> odd_transfers(const std::vector<unsigned>& limits) {
  std::vector<OddTransfer> transfers;
  const unsigned lengths[] = {1, 2, 3, 5, 7, 9, 31, 67, 129, 1023};
  unsigned n = 0;
  for (unsigned offset_dw = 1; offset_dw <= 8; ++offset_dw) {
    for (unsigned len : {lengths[n % 10], lengths[(n + 3) % 10], lengths[(n + 7) % 10]}) {
      const uint64_t below_boundary = 0x1000'2000 - 4 * (offset_dw + 8 * (n % 3));
      const uint64_t above_4gib = 0x2'0000'3000 - 4 * offset_dw;
      transfers.push_back({(n % 2) ? above_4gib : below_boundary, len, limits[n % limits.size()]});
      ++n;
    }
  }
  return transfers;
}

class OddWrite : public testing::TestWithParam<OddTransfer> {};

TEST_P(OddWrite, SplitsExactlyAndLandsEveryDw) {
  const OddTransfer& t = GetParam();
  EpHarnessOptions options;
  options.seed = t.dws * 131 + t.size_limit;
  options.dma_wr_gap_probability = 0.1;
  options.tx_ready_probability = 0.9;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(t.size_limit, 512));
  const std::vector<uint32_t> data = pattern_dws(t.addr, t.dws, 7);
  ASSERT_TRUE(h.dma_write(t.addr, data));
  auto done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  h.idle(100);
  EXPECT_EQ(h.host_memory().read_dws(t.addr, t.dws), data);
  EXPECT_EQ(h.host_memory().read32(t.addr - 4), 0u) << "nothing written before the buffer";
  EXPECT_EQ(h.host_memory().read32(t.addr + 4 * t.dws), 0u) << "nothing written after it";

  std::vector<std::pair<uint64_t, unsigned>> writes;
  for (const TlpLogEntry& e : h.tx_log()) {
    if (!e.tlp.is_mem_wr()) continue;
    writes.emplace_back(e.tlp.address(), e.tlp.length_dw());
    EXPECT_EQ(e.tlp.is_4dw(), e.tlp.address() >= (1ull << 32));
  }
  EXPECT_EQ(writes, expected_split(t.addr, t.dws, t.size_limit));
}

INSTANTIATE_TEST_SUITE_P(MidBeat, OddWrite, testing::ValuesIn(odd_transfers({128, 256, 512})));

class OddRead : public testing::TestWithParam<OddTransfer> {};

TEST_P(OddRead, SplitsExactlyAndPlacesEveryDw) {
  const OddTransfer& t = GetParam();
  EpHarnessOptions options;
  options.seed = t.dws * 137 + t.size_limit;
  options.completer.rcb_bytes = 64;
  options.completer.max_payload_bytes = 128;  // completions split at RCB, inside beats
  options.completer.interleave = t.dws % 2;
  options.rx_idle_probability = 0.1;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(128, t.size_limit));
  fill_pattern(h.host_memory(), t.addr, 4 * t.dws, 5);

  ASSERT_TRUE(h.dma_read(1, t.addr, 4 * t.dws));
  auto done = h.wait_dma_read_done(1);
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  const DmaReadBuffer& buffer = h.dma_read_buffer(1);
  EXPECT_TRUE(buffer.each_dw_exactly_once());
  EXPECT_EQ(buffer.data, pattern_dws(t.addr, t.dws, 5));

  std::vector<std::pair<uint64_t, unsigned>> reads;
  for (const DeviceRead& rd : h.device_reads()) reads.emplace_back(rd.address, rd.length_dw);
  EXPECT_EQ(reads, expected_split(t.addr, t.dws, t.size_limit));
}

INSTANTIATE_TEST_SUITE_P(MidBeat, OddRead,
                         testing::ValuesIn(odd_transfers({128, 256, 512, 1024, 2048, 4096})));

TEST(DmaWriteErrors, BusMasterOffMidRequestDrainsTheRest) {
  // Bus mastering goes off while a long write is split; what is left is drained, the request
  // fails, and the next one (bus mastering on again) goes out whole.
  EpHarnessOptions options;
  options.tx_ready_probability = 0.3;
  EpHarness h(options);
  bring_up(h);
  ASSERT_TRUE(h.set_max_payload_and_read_request(128, 512));
  const uint64_t addr = 0x1000'1004;
  ASSERT_TRUE(h.dma_write(addr, pattern_dws(addr, 1021, 9)));
  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace, 0x3).ok());
  auto done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->err);
  h.idle(50);
  unsigned sent = 0;
  for (const TlpLogEntry& e : h.tx_log()) sent += e.tlp.is_mem_wr() ? e.tlp.length_dw() : 0;
  EXPECT_LT(sent, 1021u) << "the write stopped part way";

  ASSERT_TRUE(h.cfg_write(kCfgCommand, kCmdMemSpace | kCmdBusMaster, 0x3).ok());
  const std::vector<uint32_t> next = pattern_dws(0x1000'8000, 13, 2);
  ASSERT_TRUE(h.dma_write(0x1000'8000, next));
  done = h.wait_dma_write_done();
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->err);
  h.idle(50);
  EXPECT_EQ(h.host_memory().read_dws(0x1000'8000, 13), next);
}

}  // namespace
}  // namespace tb
