// SPDX-License-Identifier: Apache-2.0
// MediaPort, driven cycle by cycle as the RTL drives it: when read words arrive under latency and
// bandwidth, back-pressure, write done cycles and their pulses, the store's view at each done,
// flow control, rule violations, next_event() against the cycles it lets a caller skip, reset.

#include "media_port.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "media_store.h"

namespace common {
namespace {

// The DW the tests' stores hold at byte address `addr` (< 2^31): a read word shows where it
// came from.
uint32_t tag(uint64_t addr) { return 0x8000'0000u | static_cast<uint32_t>(addr); }

void write_tags(MediaStore& store, uint64_t addr, uint64_t len) {
  for (uint64_t a = addr; a < addr + len; a += 4) {
    const uint32_t dw = tag(a);
    const uint8_t bytes[4] = {static_cast<uint8_t>(dw), static_cast<uint8_t>(dw >> 8),
                              static_cast<uint8_t>(dw >> 16), static_cast<uint8_t>(dw >> 24)};
    store.write(a, bytes, 4);
  }
}

MediaTiming timing(uint64_t latency, double bytes_per_cycle = 0) {
  MediaTiming t;
  t.latency_cycles = latency;
  t.bytes_per_cycle = bytes_per_cycle;
  return t;
}

MediaPortIn read_request(uint64_t addr, uint64_t len) {
  MediaPortIn in;
  in.rd_req_valid = true;
  in.rd_req_addr = addr;
  in.rd_req_len = len;
  return in;
}

MediaPortIn write_request(unsigned op, uint64_t addr, uint64_t len) {
  MediaPortIn in;
  in.wr_req_valid = true;
  in.wr_req_op = op;
  in.wr_req_addr = addr;
  in.wr_req_len = len;
  return in;
}

// The port and its store, and the cycle count: step() is one clock cycle.
struct Bench {
  Bench(unsigned word_dw, MediaTiming t, bool volatile_cache = false)
      : store(volatile_cache), port(store, word_dw, t) {}

  // The model's outputs during this cycle, then the edge ending it with `in`.
  MediaPortOut step(const MediaPortIn& in = {}) {
    const MediaPortOut out = port.outputs(cycle);
    port.edge(cycle, in);
    ++cycle;
    return out;
  }

  MediaStore store;
  MediaPort port;
  uint64_t cycle = 0;
};

struct ReadWord {
  uint64_t cycle;
  uint64_t addr;  // of its first byte, from its tag
  bool operator==(const ReadWord& other) const {
    return cycle == other.cycle && addr == other.addr;
  }
};

std::ostream& operator<<(std::ostream& os, const ReadWord& word) {
  return os << "{cycle " << word.cycle << ", addr 0x" << std::hex << word.addr << std::dec << "}";
}

// Offers the read requests in turn from the bench's cycle on (each held until accepted) and
// takes words in the cycles `ready` allows, for `cycles` cycles; returns the words taken.
// Checks every word's lanes hold consecutive tags.
template <class Ready>
std::vector<ReadWord> run_reads(Bench& bench,
                                const std::vector<std::pair<uint64_t, uint64_t>>& requests,
                                uint64_t cycles, Ready ready,
                                std::vector<uint64_t>* accepted = nullptr) {
  std::vector<ReadWord> words;
  size_t next = 0;
  const uint64_t end = bench.cycle + cycles;
  while (bench.cycle < end) {
    MediaPortIn in;
    if (next < requests.size()) in = read_request(requests[next].first, requests[next].second);
    in.rd_data_ready = ready(bench.cycle);
    const uint64_t cycle = bench.cycle;
    const MediaPortOut out = bench.step(in);
    if (in.rd_req_valid && out.rd_req_ready) {
      if (accepted) accepted->push_back(cycle);
      ++next;
    }
    if (out.rd_data_valid && in.rd_data_ready) {
      const uint64_t addr = out.rd_data[0] & 0x7FFF'FFFFu;
      for (unsigned dw = 0; dw < bench.port.word_dw(); ++dw) {
        EXPECT_EQ(out.rd_data[dw], tag(addr + 4 * dw)) << "cycle " << cycle << " lane " << dw;
      }
      for (unsigned dw = bench.port.word_dw(); dw < kMediaMaxWordDw; ++dw) {
        EXPECT_EQ(out.rd_data[dw], 0u) << "lanes past the word are not driven";
      }
      words.push_back({cycle, addr});
    }
  }
  return words;
}

const auto always = [](uint64_t) { return true; };

TEST(MediaPort, ReadWordsArriveAfterTheLatency) {
  Bench bench(8, timing(10));
  write_tags(bench.store, 0x2000, 96);
  const std::vector<ReadWord> words = run_reads(bench, {{0x2000, 96}}, 20, always);
  // Unlimited bandwidth: all three words are available at 0 + 10, taken one per cycle.
  EXPECT_EQ(words, (std::vector<ReadWord>{{10, 0x2000}, {11, 0x2020}, {12, 0x2040}}));
  EXPECT_EQ(bench.port.stats().bytes_read, 96u);
  EXPECT_EQ(bench.port.stats().read_requests, 1u);
  EXPECT_FALSE(bench.port.busy());
}

TEST(MediaPort, ReadDataIsNeverInTheAcceptingCycle) {
  for (const uint64_t latency : {0, 1}) {
    Bench bench(1, timing(latency));
    write_tags(bench.store, 0x40, 8);
    const std::vector<ReadWord> words = run_reads(bench, {{0x40, 8}}, 5, always);
    EXPECT_EQ(words, (std::vector<ReadWord>{{1, 0x40}, {2, 0x44}})) << "latency " << latency;
  }
}

TEST(MediaPort, BandwidthSpacesWordsAcrossPipelinedRequests) {
  // 32-byte words at 8 bytes per cycle: one every 4 cycles. The second request, accepted at
  // cycle 1, starts when the channel finishes the first (10 + 16 = 26), not at 1 + 10.
  Bench bench(8, timing(10, 8));
  write_tags(bench.store, 0, 128);
  write_tags(bench.store, 0x1000, 64);
  std::vector<uint64_t> accepted;
  const std::vector<ReadWord> words =
      run_reads(bench, {{0, 128}, {0x1000, 64}}, 40, always, &accepted);
  EXPECT_EQ(accepted, (std::vector<uint64_t>{0, 1}));
  EXPECT_EQ(words, (std::vector<ReadWord>{
                       {14, 0}, {18, 0x20}, {22, 0x40}, {26, 0x60}, {30, 0x1000}, {34, 0x1020}}));
}

TEST(MediaPort, FractionalBandwidthCarriesExactlyAcrossRequests) {
  // 4-byte words at 3 and at 2.5 bytes per cycle, no latency: word j of the stream (both
  // requests back to back on the channel) is available at ceil(4 (j + 1) / rate).
  for (const auto& [rate, bytes_num, bytes_den] :
       {std::tuple<double, uint64_t, uint64_t>{3.0, 3, 1}, {2.5, 5, 2}}) {
    Bench bench(1, timing(0, rate));
    write_tags(bench.store, 0, 40);
    write_tags(bench.store, 0x100, 40);
    const std::vector<ReadWord> words = run_reads(bench, {{0, 40}, {0x100, 40}}, 60, always);
    std::vector<ReadWord> expected;
    for (uint64_t j = 0; j < 20; ++j) {
      // 4 (j + 1) bytes at bytes_num / bytes_den per cycle, rounded up.
      const uint64_t at = (4 * (j + 1) * bytes_den + bytes_num - 1) / bytes_num;
      expected.push_back({at, j < 10 ? 4 * j : 0x100 + 4 * (j - 10)});
    }
    EXPECT_EQ(words, expected) << rate << " bytes per cycle";
  }
}

TEST(MediaPort, BackPressureHoldsTheHeadWord) {
  Bench bench(2, timing(2));
  write_tags(bench.store, 0x80, 32);
  bench.step(read_request(0x80, 32));
  for (uint64_t cycle = 1; cycle < 6; ++cycle) {
    const MediaPortOut out = bench.step();  // rd_data_ready low
    EXPECT_EQ(out.rd_data_valid, cycle >= 2) << "cycle " << cycle;
    if (out.rd_data_valid) {
      EXPECT_EQ(out.rd_data[0], tag(0x80)) << "cycle " << cycle;
    }
  }
  const std::vector<ReadWord> words =
      run_reads(bench, {}, 10, [](uint64_t cycle) { return cycle != 7; });
  EXPECT_EQ(words, (std::vector<ReadWord>{{6, 0x80}, {8, 0x88}, {9, 0x90}, {10, 0x98}}));
}

TEST(MediaPort, ReadDataIsTheStoreAtAcceptance) {
  Bench bench(1, timing(5));
  write_tags(bench.store, 0, 4);
  bench.step(read_request(0, 4));
  const uint8_t other[4] = {1, 2, 3, 4};
  bench.store.write(0, other, 4);  // after acceptance: not seen
  const std::vector<ReadWord> words = run_reads(bench, {}, 10, always);
  EXPECT_EQ(words, (std::vector<ReadWord>{{5, 0}}));
}

TEST(MediaPort, MaxReadsBackPressuresRequests) {
  MediaTiming t = timing(20);
  t.max_reads = 2;
  Bench bench(8, t);
  write_tags(bench.store, 0, 6 * 32);
  std::vector<uint64_t> accepted;
  const std::vector<ReadWord> words = run_reads(
      bench, {{0, 32}, {32, 32}, {64, 32}, {96, 32}, {128, 32}, {160, 32}}, 50, always, &accepted);
  // Two in flight: another is accepted in the cycle after a read's last word is taken.
  EXPECT_EQ(accepted, (std::vector<uint64_t>{0, 1, 21, 22, 42, 43}));
  EXPECT_EQ(words, (std::vector<ReadWord>{{20, 0}, {21, 32}, {41, 64}, {42, 96}}));
}

TEST(MediaPort, WriteIsDoneAfterItsDataLatencyAndTransfer) {
  Bench bench(8, timing(5, 16));  // 64 bytes at 16 per cycle: 4 cycles
  MediaPortOut out = bench.step(write_request(kMediaOpWrite, 0x3000, 64));
  EXPECT_TRUE(out.wr_req_ready);
  EXPECT_FALSE(out.wr_data_ready) << "data only for a request already accepted";
  MediaPortIn data;
  data.wr_data_valid = true;
  for (unsigned word = 0; word < 2; ++word) {
    for (unsigned dw = 0; dw < 8; ++dw) data.wr_data[dw] = tag(0x3000 + 32 * word + 4 * dw);
    out = bench.step(data);  // cycles 1 and 2
    EXPECT_TRUE(out.wr_data_ready);
  }
  EXPECT_FALSE(bench.port.outputs(bench.cycle).wr_data_ready) << "the Write has its data";
  // Done at 2 (last word) + 5 + 4 = 11, and the store has it from that edge on.
  while (bench.cycle < 20) {
    const uint64_t cycle = bench.cycle;
    const std::vector<uint8_t> before = bench.store.read(0x3000, 4);
    out = bench.step(data);  // wr_data_valid stays high: no Write wants it
    EXPECT_EQ(out.wr_done, cycle == 11) << "cycle " << cycle;
    EXPECT_EQ(before[3], cycle <= 11 ? 0 : 0x80) << "cycle " << cycle;
  }
  MediaStore expected;
  write_tags(expected, 0x3000, 64);
  EXPECT_EQ(bench.store.read(0x3000, 64), expected.read(0x3000, 64));
  EXPECT_EQ(bench.port.stats().write_requests, 1u);
  EXPECT_EQ(bench.port.stats().bytes_written, 64u);
  EXPECT_FALSE(bench.port.busy());
}

// Two Writes back to back: their transfers take turns on the write channel (16 bytes per
// cycle), their latencies overlap. First, 32 bytes: last word at 1, transfer until 3, done at
// 3 + 20 = 23; second, 64 bytes: last word at 3, transfer until 7, done at 27 (not 23 + 24).
TEST(MediaPort, WritesOverlapTheirLatencies) {
  Bench bench(8, timing(20, 16));
  MediaPortIn in = write_request(kMediaOpWrite, 0x0, 32);
  in.wr_data_valid = false;
  std::vector<uint64_t> pulses;
  for (uint64_t cycle = 0; cycle < 40; ++cycle) {
    if (cycle == 1) in = write_request(kMediaOpWrite, 0x1000, 64);
    if (cycle == 2) in = MediaPortIn{};
    in.wr_data_valid = cycle >= 1 && cycle <= 3;
    const MediaPortOut out = bench.step(in);
    if (out.wr_done) pulses.push_back(cycle);
  }
  EXPECT_EQ(pulses, (std::vector<uint64_t>{23, 27}));
  EXPECT_EQ(bench.port.violation(), "");
}

// A Write whose data completes at cycle 2, then a Zero, a Flush and a Zero accepted at cycles 1,
// 2 and 3; returns the cycles wr_done pulsed.
std::vector<uint64_t> done_cycles(uint64_t latency) {
  Bench bench(1, timing(latency));
  MediaPortIn in = write_request(kMediaOpWrite, 0x10, 8);
  std::vector<uint64_t> pulses;
  for (uint64_t cycle = 0; cycle < 30; ++cycle) {
    if (cycle == 1) in = write_request(kMediaOpZero, 0x100, 4);
    if (cycle == 2) in = write_request(kMediaOpFlush, 0xDEAD, 3);  // ignored by a Flush
    if (cycle == 3) in = write_request(kMediaOpZero, 0x200, 4);
    if (cycle == 4) in = MediaPortIn{};
    in.wr_data_valid = cycle == 1 || cycle == 2;
    in.wr_data[0] = 0x1234'0000u + static_cast<uint32_t>(cycle);
    const MediaPortOut out = bench.step(in);
    EXPECT_TRUE(!in.wr_req_valid || out.wr_req_ready);
    if (out.wr_done) pulses.push_back(cycle);
  }
  EXPECT_EQ(bench.store.read(0x10, 8), (std::vector<uint8_t>{1, 0, 0x34, 0x12, 2, 0, 0x34, 0x12}));
  EXPECT_EQ(bench.port.violation(), "");
  EXPECT_EQ(bench.port.stats().zero_requests, 2u);
  EXPECT_EQ(bench.port.stats().flush_requests, 1u);
  return pulses;
}

TEST(MediaPort, DonesPulseInOrderOnePerCycle) {
  // No latency: the Write at 2 + 1 = 3; the Zero accepted at 1 would be done with it, and slips
  // to 4; the Flush and the second Zero follow one cycle apart.
  EXPECT_EQ(done_cycles(0), (std::vector<uint64_t>{3, 4, 5, 6}));
  // Latency 2: the Write at 2 + 2 = 4; the others' latencies overlap it (t + 2 = 3, 4, 5), so
  // they follow it in order, one cycle apart.
  EXPECT_EQ(done_cycles(2), (std::vector<uint64_t>{4, 5, 6, 7}));
}

TEST(MediaPort, ZeroAndFlushTakeEffectAtTheirDoneCycle) {
  Bench bench(4, timing(3), /*volatile_cache=*/true);
  write_tags(bench.store, 0, 0x2000);
  bench.store.flush();
  const std::vector<uint8_t> old_page = bench.store.read(0, 4096);

  bench.step(write_request(kMediaOpZero, 0, 4096));  // accepted at 0, done at 3
  bench.step();
  bench.step();
  EXPECT_EQ(bench.store.read(0, 4096), old_page) << "before the done cycle's edge";
  EXPECT_TRUE(bench.step().wr_done);  // cycle 3
  EXPECT_EQ(bench.store.read(0, 4096), std::vector<uint8_t>(4096, 0));
  EXPECT_EQ(bench.store.durable_pages(), 2u) << "zeroed in the cache only";

  bench.step(write_request(kMediaOpFlush, 0, 0));  // accepted at 4, done at 7
  bench.step();
  bench.step();
  EXPECT_EQ(bench.store.durable_pages(), 2u);
  EXPECT_TRUE(bench.step().wr_done);  // cycle 7
  EXPECT_EQ(bench.store.durable_pages(), 1u);
  bench.store.lose_power();
  EXPECT_EQ(bench.store.read(0, 4096), std::vector<uint8_t>(4096, 0))
      << "the flush made it durable";
  MediaStore untouched;
  write_tags(untouched, 4096, 4096);
  EXPECT_EQ(bench.store.read(4096, 4096), untouched.read(4096, 4096));
  EXPECT_EQ(bench.port.stats().bytes_zeroed, 4096u);
}

TEST(MediaPort, ReadAcceptedAtTheDoneEdgeSeesTheWrite) {
  Bench bench(1, timing(2));
  write_tags(bench.store, 0x20, 4);
  bench.step(write_request(kMediaOpZero, 0x20, 4));  // done at 2
  bench.step(read_request(0x20, 4));                 // cycle 1: the old data
  MediaPortIn in = read_request(0x20, 4);            // cycle 2: the done edge
  in.rd_data_ready = true;
  bench.step(in);
  in = MediaPortIn{};
  in.rd_data_ready = true;
  std::vector<uint32_t> data;
  for (int i = 0; i < 6; ++i) {
    const MediaPortOut out = bench.step(in);
    if (out.rd_data_valid) data.push_back(out.rd_data[0]);
  }
  EXPECT_EQ(data, (std::vector<uint32_t>{tag(0x20), 0}));
}

TEST(MediaPort, MaxWritesBackPressuresRequests) {
  MediaTiming t = timing(3);
  t.max_writes = 1;
  Bench bench(1, t);
  std::vector<uint64_t> accepted;
  for (uint64_t cycle = 0; cycle < 10; ++cycle) {
    const MediaPortIn in = write_request(kMediaOpZero, 0, 4);
    if (bench.step(in).wr_req_ready) accepted.push_back(cycle);
  }
  // Each is done 3 cycles after acceptance; the next is accepted in the cycle after its pulse.
  EXPECT_EQ(accepted, (std::vector<uint64_t>{0, 4, 8}));
}

TEST(MediaPort, ViolationsAreReportedAndTheModelGoesOn) {
  struct Case {
    MediaPortIn in;
    std::string message;
  };
  const Case cases[] = {
      {read_request(0x1004, 64),
       "cycle 0: read request (addr 0x1004, len 64): addr is not a multiple of the 32-byte word"},
      {read_request(0x1000, 48),
       "cycle 0: read request (addr 0x1000, len 48): len is not a multiple of the 32-byte word"},
      {read_request(0x1000, 0), "cycle 0: read request (addr 0x1000, len 0): len is 0"},
      {write_request(kMediaOpZero, 0, 1ull << 48),
       "cycle 0: zero request (addr 0x0, len 281474976710656): len does not fit in 48 bits"},
      {write_request(kMediaOpWrite, 0xFFFF'FFFF'FFFF'FFE0ull, 64),
       "cycle 0: write request (addr 0xffffffffffffffe0, len 64): the range wraps past the top "
       "of the address space"},
      {write_request(3, 0, 32), "cycle 0: write-channel request with unknown op 3"},
  };
  for (const Case& c : cases) {
    Bench bench(8, timing(1));
    bench.step(c.in);
    EXPECT_EQ(bench.port.violation(), c.message);
    EXPECT_EQ(bench.port.violation_count(), 1u);
  }

  // The first violation is kept; a misaligned read still returns whole aligned words, a short
  // Write takes whole words, and an unknown op is still done.
  Bench bench(8, timing(1));
  write_tags(bench.store, 0x1000, 64);
  const std::vector<ReadWord> words = run_reads(bench, {{0x1004, 40}}, 5, always);
  EXPECT_EQ(words, (std::vector<ReadWord>{{1, 0x1000}, {2, 0x1020}}));
  bench.step(write_request(kMediaOpWrite, 0x2000, 40));  // cycle 5
  MediaPortIn data;
  data.wr_data_valid = true;
  data.wr_data.fill(0x0101'0101u);
  std::vector<uint64_t> data_cycles, pulses;
  for (uint64_t cycle = 6; cycle < 12; ++cycle) {
    MediaPortIn cycle_in = cycle == 6 ? write_request(7, 0, 0) : MediaPortIn{};
    cycle_in.wr_data_valid = data.wr_data_valid;
    cycle_in.wr_data = data.wr_data;
    const MediaPortOut out = bench.step(cycle_in);
    if (out.wr_data_ready) data_cycles.push_back(cycle);
    if (out.wr_done) pulses.push_back(cycle);
  }
  EXPECT_EQ(data_cycles, (std::vector<uint64_t>{6, 7}));
  EXPECT_EQ(pulses, (std::vector<uint64_t>{8, 9})) << "the Write at 7 + 1, the bad op at 8 + 1";
  EXPECT_EQ(bench.store.read(0x2000, 64), std::vector<uint8_t>(64, 1));
  EXPECT_EQ(bench.port.violation(),
            "cycle 0: read request (addr 0x1004, len 40): addr is not a multiple of the 32-byte "
            "word");
  EXPECT_EQ(bench.port.violation_count(), 3u);
}

TEST(MediaPort, BadConfigurationsAreRejected) {
  MediaStore store;
  EXPECT_THROW(MediaPort(store, 3), std::invalid_argument);
  EXPECT_THROW(MediaPort(store, 16), std::invalid_argument);
  EXPECT_THROW(MediaPort(store, 1, timing(0, -1)), std::invalid_argument);
  MediaTiming no_reads;
  no_reads.max_reads = 0;
  EXPECT_THROW(MediaPort(store, 1, no_reads), std::invalid_argument);
}

// Random traffic; after every edge, a copy of the port is run on with no handshakes up to the
// cycle next_event() names: nothing may change before it, and something must change at it.
TEST(MediaPort, NextEventNeverSkipsAChange) {
  MediaTiming t = timing(7, 3);
  t.max_reads = 4;
  t.max_writes = 4;
  Bench bench(2, t);
  write_tags(bench.store, 0, 0x1000);
  std::mt19937_64 rng(12345);
  const auto chance = [&](unsigned percent) { return rng() % 100 < percent; };
  const MediaPortIn idle;
  constexpr uint64_t kHorizon = 300;
  uint64_t read_events = 0, done_events = 0, none = 0;
  for (uint64_t cycle = 0; cycle < 6000; ++cycle) {
    const bool quiet = cycle % 400 >= 250;  // let everything drain now and then
    MediaPortIn in;
    if (!quiet) {
      in.rd_req_valid = chance(30);
      in.rd_req_addr = 8 * (rng() % 512);
      in.rd_req_len = 8 * (1 + rng() % 6);
      in.rd_data_ready = chance(50);
      in.wr_req_valid = chance(20);
      in.wr_req_op = static_cast<unsigned>(rng() % 3);
      in.wr_req_addr = 8 * (rng() % 512);
      in.wr_req_len = 8 * (1 + rng() % 4);
      in.wr_data_valid = chance(60);
      in.wr_data[0] = static_cast<uint32_t>(rng());
      in.wr_data[1] = static_cast<uint32_t>(rng());
    }
    ASSERT_EQ(bench.cycle, cycle);
    bench.step(in);

    const std::optional<uint64_t> event = bench.port.next_event(cycle);
    MediaPort probe = bench.port;  // shares the store: idle edges before an event never write it
    MediaPortOut previous = probe.outputs(cycle);
    const uint64_t last = event ? *event : cycle + kHorizon;
    for (uint64_t at = cycle + 1; at <= last; ++at) {
      const MediaPortOut out = probe.outputs(at);
      if (event && at == *event) {
        EXPECT_TRUE(out != previous || out.wr_done) << "cycle " << cycle << ": nothing at " << at;
        (out.wr_done ? done_events : read_events) += 1;
      } else {
        ASSERT_TRUE(out == previous && !out.wr_done)
            << "cycle " << cycle << ": a change at " << at << " before " << last;
        probe.edge(at, idle);
      }
      previous = out;
    }
    if (!event) ++none;
  }
  EXPECT_EQ(bench.port.violation(), "");
  EXPECT_GT(read_events, 100u);
  EXPECT_GT(done_events, 100u);
  EXPECT_GT(none, 100u);
}

TEST(MediaPort, ResetDropsEverythingInFlight) {
  Bench bench(8, timing(10));
  write_tags(bench.store, 0x100, 32);
  MediaPortIn in = write_request(kMediaOpWrite, 0x100, 32);
  in.rd_req_valid = true;
  in.rd_req_addr = 0x100;
  in.rd_req_len = 32;
  bench.step(in);  // cycle 0: both accepted
  MediaPortIn data;
  data.wr_data_valid = true;
  bench.step(data);  // cycle 1: the Write's data (zeros), done at 11
  EXPECT_TRUE(bench.port.busy());
  bench.step();
  bench.port.reset();
  EXPECT_FALSE(bench.port.busy());
  EXPECT_EQ(bench.port.next_event(2), std::nullopt);

  std::vector<uint64_t> pulses;
  for (uint64_t cycle = 3; cycle < 40; ++cycle) {
    MediaPortIn next = cycle == 5 ? write_request(kMediaOpZero, 0x400, 32) : MediaPortIn{};
    next.rd_data_ready = true;
    const MediaPortOut out = bench.step(next);
    EXPECT_FALSE(out.rd_data_valid) << "cycle " << cycle;
    if (out.wr_done) pulses.push_back(cycle);
  }
  EXPECT_EQ(pulses, (std::vector<uint64_t>{15})) << "5 + 10: the dropped Write holds nothing up";
  EXPECT_EQ(bench.store.read(0x100, 4), (std::vector<uint8_t>{0x00, 0x01, 0x00, 0x80}))
      << "the dropped Write never reached the store";
}

}  // namespace
}  // namespace common
