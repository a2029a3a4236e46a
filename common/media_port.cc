// SPDX-License-Identifier: Apache-2.0
// The controller's media port, cycle by cycle.

#include "media_port.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

namespace common {
namespace {

constexpr uint64_t kLenMask = (uint64_t{1} << kMediaLenBits) - 1;
constexpr uint64_t kRateOne = 65536;  // m_rate of one byte per cycle

std::string hex(uint64_t value) {
  char text[24];
  std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
  return text;
}

}  // namespace

MediaPort::MediaPort(MediaStore& store, unsigned word_dw, MediaTiming timing)
    : m_store(store), m_word_dw(word_dw), m_timing(timing), m_rate(0) {
  if (word_dw != 1 && word_dw != 2 && word_dw != 4 && word_dw != 8) {
    throw std::invalid_argument("media port words are 1, 2, 4 or 8 DWs, not " +
                                std::to_string(word_dw));
  }
  if (!(timing.bytes_per_cycle >= 0 && timing.bytes_per_cycle < 65536)) {
    throw std::invalid_argument("media bandwidth must be in [0, 65536) bytes per cycle");
  }
  if (timing.max_reads == 0 || timing.max_writes == 0) {
    throw std::invalid_argument("the media port needs room for one read and one write");
  }
  if (timing.bytes_per_cycle > 0) {
    // Never 0 once asked for: that would mean unlimited.
    m_rate = std::max<uint64_t>(1, std::llround(timing.bytes_per_cycle * kRateOne));
  }
}

MediaPort::Time MediaPort::after(Time start, uint64_t bytes) const {
  // bytes * 65536 / m_rate without overflow: whole multiples of m_rate give whole 65536ths, and
  // the rest times 65536 stays below 2^48.
  const uint64_t rest = (bytes % m_rate) * kRateOne;
  start.cycle += bytes / m_rate * kRateOne + rest / m_rate;
  start.frac += rest % m_rate;
  if (start.frac >= m_rate) {
    start.frac -= m_rate;
    ++start.cycle;
  }
  return start;
}

uint64_t MediaPort::ready_cycle(const Read& read) const {
  const uint64_t media = read.next_word_time.cycle + (read.next_word_time.frac != 0);
  return std::max(media, read.accepted + 1);
}

MediaPortOut MediaPort::outputs(uint64_t cycle) const {
  MediaPortOut out;
  out.rd_req_ready = m_reads.size() < m_timing.max_reads;
  if (!m_reads.empty() && m_reads.front().next_ready <= cycle) {
    const Read& read = m_reads.front();
    out.rd_data_valid = true;
    const uint8_t* word = read.data.data() + read.next_word * word_bytes();
    for (unsigned dw = 0; dw < m_word_dw; ++dw) {
      out.rd_data[dw] = uint32_t{word[4 * dw]} | uint32_t{word[4 * dw + 1]} << 8 |
                        uint32_t{word[4 * dw + 2]} << 16 | uint32_t{word[4 * dw + 3]} << 24;
    }
  }
  out.wr_req_ready = m_writes.size() < m_timing.max_writes;
  out.wr_data_ready = m_filling < m_writes.size();
  out.wr_done = !m_writes.empty() && m_writes.front().done && *m_writes.front().done <= cycle;
  return out;
}

void MediaPort::edge(uint64_t cycle, const MediaPortIn& in) {
  const MediaPortOut out = outputs(cycle);
  // The store takes the retired write's effect first: a read accepted at this edge sees it.
  if (out.wr_done) retire_write();
  if (out.wr_data_ready && in.wr_data_valid) take_write_word(cycle, in.wr_data);
  if (out.wr_req_ready && in.wr_req_valid) {
    accept_write(cycle, in.wr_req_op, in.wr_req_addr, in.wr_req_len);
  }
  if (out.rd_data_valid && in.rd_data_ready) deliver_read_word();
  if (out.rd_req_ready && in.rd_req_valid) accept_read(cycle, in.rd_req_addr, in.rd_req_len);
}

std::optional<uint64_t> MediaPort::next_event(uint64_t cycle) const {
  std::optional<uint64_t> next;
  const auto consider = [&](uint64_t at) {
    at = std::max(at, cycle + 1);
    if (!next || at < *next) next = at;
  };
  // A head word already available stays so until the RTL takes it: no event of its own.
  if (!m_reads.empty() && m_reads.front().next_ready > cycle) consider(m_reads.front().next_ready);
  // A done already due (its edge was skipped) still pulses at the next cycle.
  if (!m_writes.empty() && m_writes.front().done) consider(*m_writes.front().done);
  return next;
}

void MediaPort::reset() {
  m_reads.clear();
  m_read_channel_free = Time{};
  m_writes.clear();
  m_filling = 0;
  m_unscheduled = 0;
  m_last_done = 0;
  m_write_channel_free = 0;
}

void MediaPort::record_violation(uint64_t cycle, const std::string& what) {
  if (m_violation_count++ == 0) m_violation = "cycle " + std::to_string(cycle) + ": " + what;
}

void MediaPort::check_request(uint64_t cycle, const char* kind, uint64_t& addr, uint64_t& len) {
  const uint64_t bytes = word_bytes();
  std::string problem;
  if (len > kLenMask) {
    problem = "len does not fit in " + std::to_string(kMediaLenBits) + " bits";
  } else if (len == 0) {
    problem = "len is 0";
  } else if (addr % bytes) {
    problem = "addr is not a multiple of the " + std::to_string(bytes) + "-byte word";
  } else if (len % bytes) {
    problem = "len is not a multiple of the " + std::to_string(bytes) + "-byte word";
  } else if (addr + len - 1 < addr) {
    problem = "the range wraps past the top of the address space";
  }
  if (problem.empty()) return;
  record_violation(cycle, std::string(kind) + " request (addr " + hex(addr) + ", len " +
                              std::to_string(len) + "): " + problem);
  addr -= addr % bytes;
  len = ((len & kLenMask) + bytes - 1) / bytes * bytes;
  if (addr != 0 && len > 0 - addr) len = 0 - addr;
}

void MediaPort::accept_read(uint64_t cycle, uint64_t addr, uint64_t len) {
  ++m_stats.read_requests;
  check_request(cycle, "read", addr, len);
  if (len == 0) return;
  Read read;
  read.accepted = cycle;
  read.data = m_store.read(addr, len);
  Time start{cycle + m_timing.latency_cycles, 0};
  if (m_rate) {
    start = std::max(start, m_read_channel_free, [](const Time& a, const Time& b) {
      return std::tie(a.cycle, a.frac) < std::tie(b.cycle, b.frac);
    });
    read.next_word_time = after(start, word_bytes());
    m_read_channel_free = after(start, len);
  } else {
    read.next_word_time = start;
  }
  read.next_ready = ready_cycle(read);
  m_reads.push_back(std::move(read));
}

void MediaPort::deliver_read_word() {
  Read& read = m_reads.front();
  m_stats.bytes_read += word_bytes();
  if (++read.next_word == read.data.size() / word_bytes()) {
    m_reads.pop_front();
    return;
  }
  if (m_rate) read.next_word_time = after(read.next_word_time, word_bytes());
  read.next_ready = ready_cycle(read);
}

void MediaPort::accept_write(uint64_t cycle, unsigned op, uint64_t addr, uint64_t len) {
  Write write;
  write.op = op;
  write.accepted = cycle;
  write.last_word = cycle;
  switch (op) {
    case kMediaOpWrite:
      ++m_stats.write_requests;
      check_request(cycle, "write", addr, len);
      write.words_left = len / word_bytes();
      break;
    case kMediaOpZero:
      ++m_stats.zero_requests;
      check_request(cycle, "zero", addr, len);
      break;
    case kMediaOpFlush:
      ++m_stats.flush_requests;
      addr = len = 0;
      break;
    default:
      record_violation(cycle, "write-channel request with unknown op " + std::to_string(op));
      addr = len = 0;
      break;
  }
  write.addr = addr;
  write.len = len;
  m_writes.push_back(std::move(write));
  while (m_filling < m_writes.size() && m_writes[m_filling].words_left == 0) ++m_filling;
  schedule_done_cycles();
}

void MediaPort::take_write_word(uint64_t cycle, const std::array<uint32_t, kMediaMaxWordDw>& dws) {
  Write& write = m_writes[m_filling];
  for (unsigned dw = 0; dw < m_word_dw; ++dw) {
    for (unsigned byte = 0; byte < 4; ++byte) {
      write.data.push_back(static_cast<uint8_t>(dws[dw] >> (8 * byte)));
    }
  }
  if (--write.words_left) return;
  write.last_word = cycle;
  while (m_filling < m_writes.size() && m_writes[m_filling].words_left == 0) ++m_filling;
  schedule_done_cycles();
}

void MediaPort::schedule_done_cycles() {
  // In acceptance order: a request's done cycle waits for its predecessor's.
  for (; m_unscheduled < m_writes.size(); ++m_unscheduled) {
    Write& write = m_writes[m_unscheduled];
    if (write.words_left) return;
    const bool moves_data = write.op == kMediaOpWrite;
    const uint64_t from = moves_data ? write.last_word : write.accepted;
    uint64_t ready = from;
    if (moves_data) {
      ready = std::max(from, m_write_channel_free);
      if (m_rate) {
        const Time transfer = after(Time{}, write.len);
        ready += transfer.cycle + (transfer.frac != 0);
      }
      m_write_channel_free = ready;
    }
    const uint64_t done = std::max({ready + m_timing.latency_cycles, from + 1, m_last_done + 1});
    write.done = done;
    m_last_done = done;
  }
}

void MediaPort::retire_write() {
  const Write& write = m_writes.front();
  switch (write.op) {
    case kMediaOpWrite:
      m_store.write(write.addr, write.data);
      m_stats.bytes_written += write.len;
      break;
    case kMediaOpZero:
      m_store.zero(write.addr, write.len);
      m_stats.bytes_zeroed += write.len;
      break;
    case kMediaOpFlush:
      m_store.flush();
      break;
    default:
      break;  // an unknown op (a violation) changes nothing
  }
  m_writes.pop_front();
  --m_filling;
  --m_unscheduled;
}

}  // namespace common
