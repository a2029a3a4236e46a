// SPDX-License-Identifier: Apache-2.0
// nvme-cosim-fst: TLPs, link utilization and admin command latencies from a waveform alone.

#include "fst_analysis.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <map>
#include <string>

#include "gtkwave/fstapi.h"
#include "nvme_spec.h"

namespace fst_analysis {
namespace {

constexpr uint32_t kBar0Size = 0x4000;
// The x86 MSI address window (the platform's MsiController listens at its base).
constexpr uint64_t kMsiBase = 0xFEE0'0000, kMsiEnd = 0xFEF0'0000;

// The stream ports of cosim_top, as traced.
struct Ports {
  fstHandle valid = 0, ready = 0, data = 0, keep = 0, last = 0;
  uint32_t data_bits = 0;  // 64, 128 or 256: the TLP stream width the model was built with
};

// A traced value as FST gives it: one character per bit, the most significant first ('x' and
// 'z' read as 0). Any width: the TLP data ports are 64, 128 or 256 bits.
struct Signal {
  std::map<uint64_t, std::string> changes;  // time -> bits
  const std::string& at(uint64_t t) const {
    static const std::string none;
    auto it = changes.upper_bound(t);
    return it == changes.begin() ? none : std::prev(it)->second;
  }
};

// Bits [lsb + count - 1 : lsb] of a value (count <= 32); bits the value lacks read as 0.
uint32_t bit_field(const std::string& bits, size_t lsb, unsigned count) {
  uint32_t v = 0;
  for (unsigned i = count; i-- > 0;) {
    const size_t bit = lsb + i;
    v = v << 1 | (bit < bits.size() && bits[bits.size() - 1 - bit] == '1');
  }
  return v;
}

bool high(const std::string& bits) { return bit_field(bits, 0, 1) != 0; }

// One beat of `beat_dw` lanes from the data, keep and last values at one time.
pcie::Beat beat_at(const std::string& data, const std::string& keep, const std::string& last,
                   unsigned beat_dw) {
  pcie::Beat beat;
  for (unsigned lane = 0; lane < beat_dw; ++lane) beat.dw[lane] = bit_field(data, 32 * lane, 32);
  beat.keep = bit_field(keep, 0, 4 * beat_dw);
  beat.last = high(last);
  return beat;
}

std::string type_name(const pcie::Tlp& t) {
  std::string d = pcie::describe(t);
  return d.substr(0, d.find(' '));
}

// The top-level stream ports, found by their full names.
void find_ports(void* fst, Ports* rx, Ports* tx) {
  std::vector<std::string> scope;
  while (fstHier* h = fstReaderIterateHier(fst)) {
    if (h->htyp == FST_HT_SCOPE) {
      scope.emplace_back(h->u.scope.name);
    } else if (h->htyp == FST_HT_UPSCOPE) {
      if (!scope.empty()) scope.pop_back();
    } else if (h->htyp == FST_HT_VAR && scope.size() == 2 && scope[1] == "cosim_top") {
      std::string name = h->u.var.name;
      name = name.substr(0, name.find(' '));  // drop " [63:0]"
      const fstHandle id = h->u.var.handle;
      if (name == "rx_tlp_valid_i") rx->valid = id;
      if (name == "rx_tlp_ready_o") rx->ready = id;
      if (name == "rx_tlp_data_i") rx->data = id, rx->data_bits = h->u.var.length;
      if (name == "rx_tlp_keep_i") rx->keep = id;
      if (name == "rx_tlp_last_i") rx->last = id;
      if (name == "tx_tlp_valid_o") tx->valid = id;
      if (name == "tx_tlp_data_o") tx->data = id, tx->data_bits = h->u.var.length;
      if (name == "tx_tlp_keep_o") tx->keep = id;
      if (name == "tx_tlp_last_o") tx->last = id;
    }
  }
}

void print_direction(std::FILE* out, const char* name, const std::vector<TimedTlp>& tlps) {
  std::map<std::string, unsigned> counts;
  uint64_t bytes = 0;
  for (const TimedTlp& t : tlps) {
    ++counts[type_name(t.tlp)];
    bytes += 4 * t.tlp.dw.size() + 24;
  }
  const double span_ns = tlps.empty() ? 1 : (tlps.back().time - tlps.front().time) / 1000.0 + 1;
  std::fprintf(
      out, "%s: %zu TLPs, %llu wire bytes, %.2f %% of Gen3 x4 between the first and last\n", name,
      tlps.size(), static_cast<unsigned long long>(bytes), 100.0 * bytes / 3.938 / span_ns);
  for (const auto& [type, n] : counts) std::fprintf(out, "  %-8s %u\n", type.c_str(), n);
}

int usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s FILE.fst [--clock-period-ps N] [--commands]\n"
               "  Prints TLP counts, link utilization and admin command latencies from a\n"
               "  waveform written by nvme-cosim --waveform (clock period default 4000 ps).\n",
               argv0);
  return 2;
}

}  // namespace

std::optional<Capture> read_capture(const std::string& path, uint64_t period_ps,
                                    std::string* error) {
  void* fst = fstReaderOpen(path.c_str());
  if (!fst) {
    *error = "cannot read '" + path + "' as FST";
    return std::nullopt;
  }
  if (fstReaderGetTimescale(fst) != -12) {
    fstReaderClose(fst);
    *error = "expected a 1 ps time unit";
    return std::nullopt;
  }
  Ports rx, tx;
  find_ports(fst, &rx, &tx);
  if (!rx.valid || !rx.ready || !rx.data || !tx.valid || !tx.data) {
    fstReaderClose(fst);
    *error = "no cosim_top TLP ports in '" + path + "'";
    return std::nullopt;
  }
  const unsigned beat_dw = rx.data_bits / 32;
  if (rx.data_bits % 32 || !pcie::valid_beat_dw(beat_dw) || tx.data_bits != rx.data_bits) {
    fstReaderClose(fst);
    *error = "TLP data ports of " + std::to_string(rx.data_bits) + " and " +
             std::to_string(tx.data_bits) + " bits in '" + path +
             "'; expected 64, 128 or 256 bits each";
    return std::nullopt;
  }

  std::map<fstHandle, Signal> signals;
  for (fstHandle h :
       {rx.valid, rx.ready, rx.data, rx.keep, rx.last, tx.valid, tx.data, tx.keep, tx.last}) {
    signals[h];
    fstReaderSetFacProcessMask(fst, h);
  }
  fstReaderIterBlocks(
      fst,
      [](void* user, uint64_t time, fstHandle id, const unsigned char* value) {
        auto& all = *static_cast<std::map<fstHandle, Signal>*>(user);
        auto it = all.find(id);
        if (it == all.end()) return;
        it->second.changes[time] = reinterpret_cast<const char*>(value);
      },
      &signals, nullptr);
  Capture capture;
  capture.end_time = fstReaderGetEndTime(fst);
  fstReaderClose(fst);

  // RX: the bridge drives each beat half a period before the edge that takes it.
  pcie::TlpAssembler rx_asm(beat_dw), tx_asm(beat_dw);
  for (const auto& [t, v] : signals[rx.valid].changes) {
    if (!high(v) || !high(signals[rx.ready].at(t))) continue;
    const pcie::Beat beat =
        beat_at(signals[rx.data].at(t), signals[rx.keep].at(t), signals[rx.last].at(t), beat_dw);
    if (auto tlp = rx_asm.push(beat)) capture.down.push_back({t + period_ps / 2, *tlp});
  }
  // TX: ready is always high, so a beat leaves on every edge while valid is high.
  const auto& tx_valid = signals[tx.valid].changes;
  for (auto it = tx_valid.begin(); it != tx_valid.end(); ++it) {
    if (!high(it->second)) continue;
    const uint64_t stop = std::next(it) == tx_valid.end() ? capture.end_time : std::next(it)->first;
    for (uint64_t t = it->first; t + period_ps <= stop; t += period_ps) {
      const pcie::Beat beat =
          beat_at(signals[tx.data].at(t), signals[tx.keep].at(t), signals[tx.last].at(t), beat_dw);
      if (auto tlp = tx_asm.push(beat)) capture.up.push_back({t + period_ps, *tlp});
    }
  }
  return capture;
}

// Wire bytes: header and data DWs plus 24 bytes of framing and DLLPs, as the link model counts
// them; Gen3 x4 carries 3.938 bytes per ns.
void print_link_report(std::FILE* out, const Capture& capture) {
  print_direction(out, "downstream (host to device)", capture.down);
  print_direction(out, "upstream (device to host)", capture.up);
}

// Doorbell writes mark SQ entries available; the device fetches each entry with a 64-byte read
// whose completion carries the SQE; the CQE write names the CID; the MSI-X message after a CQE
// announces it.
std::vector<AdminCommand> match_admin_commands(const Capture& capture) {
  const std::vector<TimedTlp>& down = capture.down;
  const std::vector<TimedTlp>& up = capture.up;
  std::deque<uint64_t> doorbells;  // arrival time of each SQ entry's doorbell, in SQ order
  uint32_t tail = 0, sq_size = 0, cq_size = 0;
  uint64_t asq = 0, acq = 0;  // the admin queues' bus addresses (ASQ, ACQ): I/O queues are not
  // admin commands, so only fetches from the admin SQ and entries written to the admin CQ count
  const auto in_queue = [](uint64_t address, uint64_t base, uint32_t entries, uint32_t bytes) {
    return entries != 0 && address >= base && address < base + uint64_t{entries} * bytes;
  };
  std::map<uint8_t, uint64_t> fetch_tag;                 // tag of an SQE read -> its request time
  std::map<uint16_t, std::deque<AdminCommand>> waiting;  // by CID
  std::vector<AdminCommand> done;
  std::vector<AdminCommand*> need_msi;
  size_t d = 0, u = 0;
  while (d < down.size() || u < up.size()) {
    const bool take_down = u == up.size() || (d < down.size() && down[d].time <= up[u].time);
    const TimedTlp& e = take_down ? down[d++] : up[u++];
    const pcie::Tlp& t = e.tlp;
    if (take_down && t.is_mem_wr() && !t.payload().empty()) {
      const uint32_t offset = t.address() % kBar0Size;
      const uint32_t value = t.payload()[0];
      if (offset == NVME_REG_AQA) {
        sq_size = (value & 0xFFF) + 1;
        cq_size = ((value >> 16) & 0xFFF) + 1;
      }
      // ASQ and ACQ: 64-bit registers, written whole or as two DWs.
      for (size_t i = 0; i < t.payload().size(); ++i) {
        const uint32_t reg = offset + 4 * static_cast<uint32_t>(i);
        const uint64_t dw = t.payload()[i];
        if (reg == NVME_REG_ASQ) asq = (asq & ~uint64_t{0xFFFF'FFFF}) | dw;
        if (reg == NVME_REG_ASQ + 4) asq = (asq & 0xFFFF'FFFF) | dw << 32;
        if (reg == NVME_REG_ACQ) acq = (acq & ~uint64_t{0xFFFF'FFFF}) | dw;
        if (reg == NVME_REG_ACQ + 4) acq = (acq & 0xFFFF'FFFF) | dw << 32;
      }
      if (offset == NVME_REG_CC && (value & 1) == 0) tail = 0, doorbells.clear();
      if (offset == nvme::sq_tail_doorbell(0) && sq_size) {
        for (uint32_t i = tail; i != value; i = (i + 1) % sq_size) doorbells.push_back(e.time);
        tail = value;
      }
    } else if (!take_down && t.is_mem_rd() && t.length_dw() == 16 &&
               in_queue(t.address(), asq, sq_size, 64)) {
      fetch_tag[t.tag()] = e.time;
    } else if (take_down && t.is_cpld() && fetch_tag.count(t.cpl_tag()) &&
               t.payload().size() == 16) {
      fetch_tag.erase(t.cpl_tag());
      const std::vector<uint32_t> sqe = t.payload();
      AdminCommand c;
      c.opcode = sqe[0] & 0xFF;
      c.cid = sqe[0] >> 16;
      c.nsid = sqe[1];
      c.cdw10 = sqe[10];
      if (!doorbells.empty()) {
        c.doorbell = doorbells.front();
        doorbells.pop_front();
      }
      waiting[c.cid].push_back(c);
    } else if (!take_down && t.is_mem_wr() && t.address() >= kMsiBase && t.address() < kMsiEnd) {
      for (AdminCommand* c : need_msi) c->msi = e.time;
      need_msi.clear();
    } else if (!take_down && t.is_mem_wr() && t.payload().size() == 4 &&
               in_queue(t.address(), acq, cq_size, 16)) {
      const uint32_t dw3 = t.payload()[3];
      auto it = waiting.find(dw3 & 0xFFFF);
      if (it == waiting.end() || it->second.empty()) continue;
      AdminCommand c = it->second.front();
      it->second.pop_front();
      c.cqe = e.time;
      c.status = dw3 >> 17;
      done.push_back(c);
    }
    // The MSI-X message following a CQE announces it (pointers are taken once done is final).
    if (!done.empty() && done.back().msi == 0 &&
        (need_msi.empty() || need_msi.back() != &done.back())) {
      need_msi.clear();
      for (AdminCommand& c : done) {
        if (c.msi == 0) need_msi.push_back(&c);
      }
    }
  }
  return done;
}

void print_command_report(std::FILE* out, const std::vector<AdminCommand>& commands, bool list) {
  std::map<std::string, std::vector<const AdminCommand*>> by_kind;
  for (const AdminCommand& c : commands) {
    std::string kind = nvme::admin_opcode_name(c.opcode);
    if (c.opcode == nvme_admin_identify) {
      char cns[16];
      std::snprintf(cns, sizeof cns, " CNS %02Xh", c.cdw10 & 0xFF);
      kind += cns;
    }
    by_kind[kind].push_back(&c);
  }
  std::fprintf(out, "admin commands: %zu completed\n", commands.size());
  std::fprintf(out, "  %-22s %5s %29s %29s\n", "command", "count",
               "doorbell to CQE (us) min/avg/max", "CQE to MSI-X (ns) min/avg/max");
  for (const auto& [kind, cmds] : by_kind) {
    double lo = 1e300, hi = 0, sum = 0, mlo = 1e300, mhi = 0, msum = 0;
    unsigned msis = 0;
    for (const AdminCommand* c : cmds) {
      const double l = (c->cqe - c->doorbell) / 1e6;
      lo = std::min(lo, l), hi = std::max(hi, l), sum += l;
      if (c->msi) {
        const double m = (c->msi - c->cqe) / 1e3;
        mlo = std::min(mlo, m), mhi = std::max(mhi, m), msum += m, ++msis;
      }
    }
    std::fprintf(out, "  %-22s %5zu %9.3f/%9.3f/%9.3f", kind.c_str(), cmds.size(), lo,
                 sum / cmds.size(), hi);
    if (msis) std::fprintf(out, " %9.1f/%9.1f/%9.1f", mlo, msum / msis, mhi);
    std::fprintf(out, "\n");
  }
  if (!list) return;
  std::fprintf(out, "commands (times in ns at the device):\n");
  for (const AdminCommand& c : commands) {
    std::fprintf(out,
                 "  cid %u %s cdw10 0x%x nsid %u doorbell %llu cqe %llu msi %llu status 0x%x\n",
                 c.cid, nvme::admin_opcode_name(c.opcode), c.cdw10, c.nsid,
                 static_cast<unsigned long long>(c.doorbell / 1000),
                 static_cast<unsigned long long>(c.cqe / 1000),
                 static_cast<unsigned long long>(c.msi / 1000), c.status);
  }
}

int run(int argc, char** argv) {
  if (argc < 2) return usage(argv[0]);
  std::string path;
  uint64_t period = 4000;
  bool list_commands = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--commands") {
      list_commands = true;
    } else if (a == "--clock-period-ps" && i + 1 < argc) {
      char* end = nullptr;
      period = std::strtoull(argv[++i], &end, 10);
      if (!end || *end || period == 0) return usage(argv[0]);
    } else if (a == "--help" || a == "-h") {
      return usage(argv[0]), 0;
    } else if (!a.empty() && a[0] != '-' && path.empty()) {
      path = a;
    } else {
      std::fprintf(stderr, "nvme-cosim-fst: unknown argument '%s'\n", a.c_str());
      return usage(argv[0]);
    }
  }
  std::string error;
  const std::optional<Capture> capture = read_capture(path, period, &error);
  if (!capture) {
    std::fprintf(stderr, "nvme-cosim-fst: %s\n", error.c_str());
    return 1;
  }
  std::printf("nvme-cosim-fst: %s (clock %llu ps, ends at %.3f us)\n", path.c_str(),
              static_cast<unsigned long long>(period), capture->end_time / 1e6);
  print_link_report(stdout, *capture);
  print_command_report(stdout, match_admin_commands(*capture), list_commands);
  return 0;
}

}  // namespace fst_analysis
