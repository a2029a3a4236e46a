// SPDX-License-Identifier: Apache-2.0
// The controller's media port, modelled cycle by cycle: the memory port through which the RTL
// reaches its namespaces' data (a synthesized design would connect a DDR controller), served
// from a MediaStore with a chosen latency and bandwidth.

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "media_store.h"

namespace common {

// The port's data words are 1, 2, 4 or 8 DWs wide; lanes past the width are not driven.
constexpr unsigned kMediaMaxWordDw = 8;
constexpr unsigned kMediaLenBits = 48;  // rd_req_len, wr_req_len

// wr_req_op.
constexpr unsigned kMediaOpWrite = 0;  // len / word bytes data words follow, in order
constexpr unsigned kMediaOpZero = 1;   // no data; the range reads as zeros afterwards
constexpr unsigned kMediaOpFlush = 2;  // no data, addr and len ignored; all done writes durable

struct MediaTiming {
  // From a request's acceptance to its first read word, or to its write taking effect.
  uint64_t latency_cycles = 0;
  // Media bandwidth, each channel on its own; 0 = unlimited (a word per cycle at most anyway).
  // Kept as a multiple of 1/65536 byte per cycle, below 65536.
  double bytes_per_cycle = 0;
  unsigned max_reads = 64;   // read requests accepted and not yet fully delivered, at least 1
  unsigned max_writes = 64;  // write-channel requests accepted and not yet done, at least 1
};

// What the model drives during a cycle. rd_data holds the head read word while rd_data_valid,
// zeros otherwise.
struct MediaPortOut {
  bool rd_req_ready = false;
  bool rd_data_valid = false;
  std::array<uint32_t, kMediaMaxWordDw> rd_data{};
  bool wr_req_ready = false;
  bool wr_data_ready = false;
  bool wr_done = false;
};

inline bool operator==(const MediaPortOut& a, const MediaPortOut& b) {
  return a.rd_req_ready == b.rd_req_ready && a.rd_data_valid == b.rd_data_valid &&
         a.rd_data == b.rd_data && a.wr_req_ready == b.wr_req_ready &&
         a.wr_data_ready == b.wr_data_ready && a.wr_done == b.wr_done;
}
inline bool operator!=(const MediaPortOut& a, const MediaPortOut& b) { return !(a == b); }

// What the RTL drives during a cycle, sampled at its rising edge.
struct MediaPortIn {
  bool rd_req_valid = false;
  uint64_t rd_req_addr = 0;  // bytes
  uint64_t rd_req_len = 0;   // bytes
  bool rd_data_ready = false;
  bool wr_req_valid = false;
  unsigned wr_req_op = kMediaOpWrite;
  uint64_t wr_req_addr = 0;
  uint64_t wr_req_len = 0;
  bool wr_data_valid = false;
  std::array<uint32_t, kMediaMaxWordDw> wr_data{};
};

struct MediaPortStats {
  uint64_t read_requests = 0;
  uint64_t write_requests = 0;
  uint64_t zero_requests = 0;
  uint64_t flush_requests = 0;
  uint64_t bytes_read = 0;     // delivered on the read-data channel
  uint64_t bytes_written = 0;  // by Writes that took effect
  uint64_t bytes_zeroed = 0;   // by Zeroes that took effect
};

// Valid/ready handshakes sampled at the rising edge: a transfer happens in a cycle where both
// are high. Two independent channels, like AXI's read and write sides. Requests need addr and
// len multiples of the word's bytes and 0 < len < 2^48 (a Flush's addr and len are ignored).
// Words are little-endian: DW 0 holds the word's lowest four bytes.
//
// Read channel. Requests' data come back in acceptance order, each as len / word bytes words
// in address order. The data is read from the store when the request is accepted (a snapshot:
// writes that take effect later do not change it; a request's whole length is held, so requests
// are transfer sized, not namespace sized). One media channel serves the reads: for a request
// accepted at the edge of cycle t,
//   start  = max(t + latency, the time the channel finished the previous request's data)
//   word k is available at cycle ceil(start + (k + 1) * word bytes / bytes_per_cycle),
// but not before t + 1, exactly (fractions of a cycle carry from word to word and request to
// request, never rounded). With unlimited bandwidth every word is available at t + latency
// (at least t + 1). rd_data_valid is high while the head word is available; data waits as long
// as the RTL holds rd_data_ready low.
//
// Write channel. Write data words are accepted (wr_data_ready) while an accepted Write still
// expects words, so never ahead of their request (unlike AXI); they go to the oldest such Write
// and are held until it is done. Writes overlap their latencies, as reads do; their transfers
// take turns on the write channel. A request's done cycle, with `previous` the done cycle of
// the request accepted before it and `channel` the cycle the previous Write's transfer ended:
//   Write: transfer end = max(cycle its last word was accepted, channel) + ceil(len / bandwidth);
//          done = transfer end + latency
//   Zero, Flush: t + latency
// but not before the cycle after its last word (Write) or after t (Zero, Flush), and not before
// previous + 1: one wr_done pulse per cycle, in acceptance order (so a Flush is done after
// every request before it). At the done cycle's edge the
// store takes the request's effect (write, zero, flush), before a read accepted at the same
// edge takes its snapshot. wr_done is high in the done cycle, and in the cycles after it if
// edges were skipped, until an edge retires the request.
//
// rd_req_ready: fewer than max_reads reads in flight; wr_req_ready: fewer than max_writes
// requests not done. Every output is a function of the model's state and the cycle number,
// never of the cycle's inputs, so there is no combinational path through the model.
//
// A request that breaks the rules is a bug in the RTL: the first is kept as a readable message
// (violation()), and the model goes on with the request's address aligned down and its length
// rounded up to whole words (a read of 0 bytes returns nothing; a Write of 0 bytes takes no data;
// an unknown op changes nothing but is done like a Flush).
class MediaPort {
 public:
  // word_dw: 1, 2, 4 or 8 (std::invalid_argument otherwise, as for a timing out of range).
  MediaPort(MediaStore& store, unsigned word_dw, MediaTiming timing = {});

  unsigned word_dw() const { return m_word_dw; }
  unsigned word_bytes() const { return 4 * m_word_dw; }
  const MediaTiming& timing() const { return m_timing; }

  // What the model drives during `cycle`.
  MediaPortOut outputs(uint64_t cycle) const;
  // The rising edge that ends `cycle`: commits every handshake of the cycle (a valid in `in`
  // with the matching ready of outputs(cycle)), and retires the request wr_done announced.
  void edge(uint64_t cycle, const MediaPortIn& in);
  // Called after edge(cycle): the earliest cycle x > cycle at which, with no handshakes, the
  // outputs change (differ from those of x - 1) or wr_done pulses; nullopt if never. The cycles
  // between cycle + 1 and x - 1 drive what cycle + 1 does, and an edge() in them that commits
  // no handshake changes nothing, so an idle RTL can skip them.
  std::optional<uint64_t> next_event(uint64_t cycle) const;

  // A request accepted and not finished (a read not fully delivered, a write not done).
  bool busy() const { return !m_reads.empty() || !m_writes.empty(); }
  // A controller reset: everything in flight is dropped, undone writes never reach the store.
  void reset();

  const MediaPortStats& stats() const { return m_stats; }
  // The first rule a request broke, or empty; how many did.
  const std::string& violation() const { return m_violation; }
  uint64_t violation_count() const { return m_violation_count; }

 private:
  // cycle + frac / m_rate, frac < m_rate: with bytes per cycle kept as m_rate / 65536, the time
  // of any number of bytes is a whole number of these units, so sums are exact.
  struct Time {
    uint64_t cycle = 0;
    uint64_t frac = 0;
  };
  struct Read {
    uint64_t accepted = 0;
    std::vector<uint8_t> data;  // the snapshot; data.size() / word bytes words
    size_t next_word = 0;
    Time next_word_time;      // when the media channel has it
    uint64_t next_ready = 0;  // the cycle it is available from
  };
  struct Write {
    unsigned op = kMediaOpWrite;
    uint64_t addr = 0;
    uint64_t len = 0;
    uint64_t accepted = 0;
    uint64_t words_left = 0;  // Write data still expected
    uint64_t last_word = 0;   // the cycle the last data word was accepted (or `accepted`)
    std::vector<uint8_t> data;
    std::optional<uint64_t> done;
  };

  Time after(Time start, uint64_t bytes) const;  // bytes < 2^48
  uint64_t ready_cycle(const Read& read) const;
  // Records a broken rule and repairs the request as the class comment says.
  void check_request(uint64_t cycle, const char* kind, uint64_t& addr, uint64_t& len);
  void record_violation(uint64_t cycle, const std::string& what);
  void accept_read(uint64_t cycle, uint64_t addr, uint64_t len);
  void deliver_read_word();
  void accept_write(uint64_t cycle, unsigned op, uint64_t addr, uint64_t len);
  void take_write_word(uint64_t cycle, const std::array<uint32_t, kMediaMaxWordDw>& dws);
  void schedule_done_cycles();
  void retire_write();

  MediaStore& m_store;
  unsigned m_word_dw;
  MediaTiming m_timing;
  uint64_t m_rate;  // bytes per 65536 cycles; 0 = unlimited

  std::deque<Read> m_reads;
  Time m_read_channel_free;  // when the media channel finished the last read's data

  std::deque<Write> m_writes;
  size_t m_filling = 0;      // index of the oldest Write still expecting data (size(): none)
  size_t m_unscheduled = 0;  // index of the oldest request without a done cycle
  uint64_t m_last_done = 0;  // done cycle of the latest scheduled request (0: none yet)
  uint64_t m_write_channel_free = 0;  // the cycle the latest Write's transfer ended

  MediaPortStats m_stats;
  std::string m_violation;
  uint64_t m_violation_count = 0;
};

}  // namespace common
