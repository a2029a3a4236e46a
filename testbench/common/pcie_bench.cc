// SPDX-License-Identifier: Apache-2.0
// Host side of a bench around a Verilated PCIe device: clock, reset, trace, TLP streams, root port.

#include "pcie_bench.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace tb {
namespace {

bool env_flag(const char* name) {
  const char* value = std::getenv(name);
  return value && *value && std::string(value) != "0";
}

std::string hex(uint64_t value) {
  std::ostringstream os;
  os << "0x" << std::hex << value;
  return os.str();
}

// Device Control encodes MPS and MRRS as log2(bytes / 128), 128..4096.
std::optional<unsigned> size_code(unsigned bytes) {
  for (unsigned code = 0; code <= 5; ++code) {
    if (bytes == (128u << code)) return code;
  }
  return std::nullopt;
}

}  // namespace

// ---- HostMemoryCompleter ---------------------------------------------------------------

HostMemoryCompleter::HostMemoryCompleter(common::SparseMemory& memory,
                                         const CompleterOptions& options, uint64_t seed,
                                         uint16_t completer_id)
    : memory_(memory), options_(options), rng_(seed), completer_id_(completer_id) {}

void HostMemoryCompleter::add_fault(uint64_t first, uint64_t last, CompletionFault fault,
                                    int count) {
  faults_.push_back(FaultRule{first, last, fault, count});
}

void HostMemoryCompleter::accept(const Tlp& mrd, uint64_t cycle) {
  std::optional<CompletionFault> fault;
  for (auto& rule : faults_) {
    if (rule.remaining == 0 || mrd.address() < rule.first || mrd.address() > rule.last) continue;
    fault = rule.fault;
    if (rule.remaining > 0) --rule.remaining;
    break;
  }
  reads_.push_back(DeviceRead{cycle, mrd.address(), mrd.length_dw(), mrd.tag(), mrd.first_be(),
                              mrd.last_be(), mrd.is_4dw(), fault});
  if (fault == CompletionFault::kNoCompletion) return;

  uint64_t delay = options_.delay_cycles;
  if (options_.delay_jitter_cycles) delay += rng_() % (uint64_t{options_.delay_jitter_cycles} + 1);
  const ByteRange bytes = requested_bytes(mrd);
  pending_.push_back(Pending{mrd, cycle + delay, bytes.first, bytes.end, fault});
}

bool HostMemoryCompleter::tag_busy(uint8_t tag) const {
  return std::any_of(pending_.begin(), pending_.end(),
                     [tag](const Pending& p) { return p.request.tag() == tag; });
}

std::optional<Tlp> HostMemoryCompleter::next_completion(uint64_t cycle) {
  const size_t n = pending_.size();
  std::optional<size_t> pick;
  if (options_.interleave) {
    for (size_t i = 0; i < n && !pick; ++i) {
      const size_t index = (round_robin_ + i) % n;
      if (pending_[index].ready_cycle <= cycle) pick = index;
    }
  } else {
    // Finish the read being completed before starting another, even if an older one became
    // ready meanwhile (its jitter made it late).
    for (size_t i = 0; i < n && !pick && active_; ++i) {
      if (pending_[i].request.tag() == *active_) pick = i;
    }
    for (size_t i = 0; i < n && !pick; ++i) {
      if (pending_[i].ready_cycle <= cycle) pick = i;
    }
  }
  if (!pick) return std::nullopt;

  Pending& read = pending_[*pick];
  active_ = read.request.tag();
  Tlp completion = make_completion(read);
  if (read.cursor >= read.end) {
    pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(*pick));
    active_.reset();
    round_robin_ = *pick;  // the next read slid into this slot
  } else {
    round_robin_ = *pick + 1;
  }
  return completion;
}

Tlp HostMemoryCompleter::make_completion(Pending& read) {
  const Tlp& request = read.request;
  const auto remaining = static_cast<unsigned>(read.end - read.cursor);
  const auto lower_address = static_cast<uint8_t>(read.cursor & 0x7F);
  Tlp completion;

  if (read.fault == CompletionFault::kUnsupportedRequest ||
      read.fault == CompletionFault::kCompleterAbort) {
    const CplStatus status =
        read.fault == CompletionFault::kUnsupportedRequest ? CplStatus::kUr : CplStatus::kCa;
    completion =
        cpl(completer_id_, status, request.requester_id(), request.tag(), remaining, lower_address);
    read.cursor = read.end;
  } else {
    // CplDs of at most the max payload, split at the read completion boundary.
    const uint64_t rcb = options_.rcb_bytes ? options_.rcb_bytes : 64;
    const uint64_t first_dw = read.cursor & ~uint64_t{3};
    unsigned max_payload = std::max(options_.max_payload_bytes, 4u);
    if (options_.obey_device_mps && max_payload > device_mps_) {
      max_payload = device_mps_;
      capped_by_mps_ = true;
    }
    const uint64_t chunk_end = pcie::next_completion_end(read.cursor, read.end, rcb, max_payload);
    const size_t dws = static_cast<size_t>(((chunk_end + 3) & ~uint64_t{3}) - first_dw) / 4;
    completion = cpld(completer_id_, CplStatus::kSc, remaining, request.requester_id(),
                      request.tag(), lower_address, memory_.read_dws(first_dw, dws));
    if (read.fault == CompletionFault::kPoisoned) completion.set_poisoned(true);
    read.cursor = chunk_end;
  }
  // Completions carry the request's traffic class and attributes.
  completion.set_traffic_class(request.traffic_class()).set_attr(request.attr());
  return completion;
}

// ---- PcieBenchBase: control ---------------------------------------------------------

PcieBenchBase::PcieBenchBase(const PcieBenchOptions& options, unsigned beat_dw)
    : options_(options),
      beat_dw_(beat_dw),
      rng_rx_(common::derive_seed(options.seed, 1)),
      rng_tx_(common::derive_seed(options.seed, 2)),
      tx_assembler_(beat_dw),
      completer_(memory_, options_.completer, common::derive_seed(options.seed, 5),
                 options.host_id) {
  options_.verbose = options_.verbose || env_flag("NVME_COSIM_VERBOSE");
}

bool PcieBenchBase::chance(std::mt19937_64& rng, double probability) {
  if (probability >= 1.0) return true;
  if (probability <= 0.0) return false;
  // 53 random bits as a double in [0, 1): same sequence on every standard library.
  return static_cast<double>(rng() >> 11) * 0x1.0p-53 < probability;
}

std::string PcieBenchBase::trace_path(const std::string& fallback) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name =
      info ? std::string(info->test_suite_name()) + "." + info->name() : std::string(fallback);
  std::replace(name.begin(), name.end(), '/', '_');  // parameterized test names
  const char* dir = std::getenv("NVME_COSIM_TRACE_DIR");
  std::filesystem::path path = dir && *dir ? std::filesystem::path(dir) : ".";
  std::error_code ignored;
  std::filesystem::create_directories(path, ignored);
  path /= name + ".fst";
  return path.string();
}

void PcieBenchBase::idle(uint64_t cycles) {
  for (uint64_t i = 0; i < cycles; ++i) tick();
}

bool PcieBenchBase::run_until(const std::function<bool()>& done, uint64_t max_cycles,
                              const std::string& what) {
  const uint64_t start = cycle_;
  while (!done()) {
    if (cycle_ - start >= max_cycles) {
      ADD_FAILURE() << "timed out after " << max_cycles << " cycles waiting for " << what
                    << " (now at cycle " << cycle_ << ")";
      return false;
    }
    tick();
  }
  return true;
}

void PcieBenchBase::reset() {
  drop_in_flight();
  drop_device_in_flight();
  in_reset_ = true;
  idle(std::max(options_.reset_cycles, 1u));
  in_reset_ = false;
}

void PcieBenchBase::drop_in_flight() {
  host_queue_.clear();
  rx_current_.reset();
  rx_presenting_ = false;
  tickets_sent_ = tickets_issued_;  // nobody waits forever for a dropped TLP
  tx_assembler_.clear();
  tx_held_ = HeldTx{};
  for (auto& box : mailbox_) box.clear();
  tag_in_use_.fill(false);
  completer_.clear();
  sim_write_.reset();
}

uint64_t PcieBenchBase::add_monitor(std::function<void(uint64_t)> monitor) {
  const uint64_t id = next_monitor_id_++;
  monitors_.emplace(id, std::move(monitor));
  return id;
}

void PcieBenchBase::violation(const std::string& what) {
  std::string message = "cycle " + std::to_string(cycle_) + ": " + what;
  if (options_.fail_on_violation) ADD_FAILURE() << "DUT protocol violation at " << message;
  violations_.push_back(std::move(message));
}

void PcieBenchBase::rtl_assertion_failed() {
  if (rtl_assertion_cycles_.empty()) {
    ADD_FAILURE() << "RTL assertion failed at cycle " << cycle_
                  << " (its %Error line above names the property and the instance)";
  }
  rtl_assertion_cycles_.push_back(cycle_);
}

// ---- Driving the stream inputs (clock low) ----------------------------------------------

PcieBenchBase::StreamInputs PcieBenchBase::next_stream_inputs() {
  StreamInputs in;
  in.rst_n = !in_reset_;
  if (in_reset_) return in;

  drive_rx(in);
  in.tx_ready = chance(rng_tx_, options_.tx_ready_probability);
  if (sim_write_) {
    in.sim_req = true;
    in.sim_we = true;
    in.sim_addr = sim_write_->first;
    in.sim_wdata = sim_write_->second;
  }
  return in;
}

void PcieBenchBase::drive_rx(StreamInputs& in) {
  if (!rx_current_) {
    // At a TLP boundary: alternate between completions and host requests when both wait.
    const bool host_waiting = !host_queue_.empty();
    std::optional<Tlp> completion;
    if (!host_waiting || !rx_last_was_completion_) completion = completer_.next_completion(cycle_);
    if (completer_.capped_by_mps() && !reported_mps_cap_) {
      reported_mps_cap_ = true;
      ADD_FAILURE() << "host-memory completer: completer.max_payload_bytes "
                    << options_.completer.max_payload_bytes << " exceeds the device's Max Payload "
                    << "Size " << completer_.device_mps() << "; a root complex never sends that "
                    << "(the device must drop it as malformed). Capped at "
                    << completer_.device_mps() << "; raise MPS with "
                    << "set_max_payload_and_read_request(), lower max_payload_bytes, or clear "
                    << "completer.obey_device_mps to send oversized completions on purpose.";
    }
    if (completion) {
      rx_current_ = RxPacket{beats_of(*completion), *completion, 0};
      rx_last_was_completion_ = true;
    } else if (host_waiting) {
      rx_current_ = std::move(host_queue_.front());
      host_queue_.pop_front();
      rx_last_was_completion_ = false;
    } else {
      return;
    }
    rx_beat_ = 0;
  }
  if (!rx_presenting_) {
    if (chance(rng_rx_, options_.rx_idle_probability)) return;  // a gap before this beat
    rx_presenting_ = true;
  }
  const Beat& beat = rx_current_->beats[rx_beat_];
  in.rx_valid = true;
  in.rx_beat = beat;
}

// ---- Sampling (just before the rising edge) --------------------------------------------

void PcieBenchBase::sample_cycle(const StreamSample& sample) {
  sample_rx(sample);
  sample_tx(sample);
  sample_device();
  sim_write_.reset();
  for (auto& [id, monitor] : monitors_) monitor(cycle_);
}

void PcieBenchBase::sample_rx(const StreamSample& sample) {
  if (!(sample.rx_valid && sample.rx_ready)) return;
  rx_presenting_ = false;
  if (++rx_beat_ < rx_current_->beats.size()) return;
  if (rx_current_->tlp) {
    rx_log_.push_back(TlpLogEntry{cycle_, *rx_current_->tlp});
    if (options_.verbose) {
      std::printf("[%8llu] RX %s\n", static_cast<unsigned long long>(cycle_),
                  describe(*rx_current_->tlp).c_str());
    }
  }
  if (rx_current_->ticket) tickets_sent_ = rx_current_->ticket;
  rx_current_.reset();
}

void PcieBenchBase::sample_tx(const StreamSample& sample) {
  const bool valid = sample.tx_valid;
  const bool ready = sample.tx_ready;
  if (tx_held_.waiting) {
    if (!valid) {
      violation("tx_tlp_valid_o dropped before tx_tlp_ready_i");
    } else if (sample.tx_beat != tx_held_.beat) {
      violation("tx_tlp data/keep/last changed while waiting for ready");
    }
  }
  tx_held_ = HeldTx{valid && !ready, sample.tx_beat};
  if (!(valid && ready)) return;

  std::string error;
  const std::optional<Tlp> tlp = tx_assembler_.push(sample.tx_beat, &error);
  if (!error.empty()) violation("TX " + error);
  if (tlp) on_device_tlp(*tlp);
}

void PcieBenchBase::on_device_tlp(const Tlp& tlp) {
  tx_log_.push_back(TlpLogEntry{cycle_, tlp});
  if (options_.verbose) {
    std::printf("[%8llu] TX %s\n", static_cast<unsigned long long>(cycle_), describe(tlp).c_str());
  }
  if (tlp.dw.size() < 3 || tlp.dw.size() != tlp.expected_dw_count()) {
    violation("malformed TLP from the device: " + describe(tlp));
    return;
  }
  if (tlp.is_cpl()) {
    on_device_completion(tlp);
  } else if (tlp.is_mem_rd()) {
    check_device_request(tlp);
    if (completer_.tag_busy(tlp.tag())) {
      violation("MRd reuses a tag whose completions are still pending: " + describe(tlp));
    }
    completer_.accept(tlp, cycle_);
  } else if (tlp.is_mem_wr()) {
    check_device_request(tlp);
    on_device_write(tlp);
  } else {
    violation("unexpected TLP from the device: " + describe(tlp));
  }
}

void PcieBenchBase::on_device_completion(const Tlp& tlp) {
  const uint8_t tag = tlp.cpl_tag();
  // Still delivered, so a test that expects it (fail_on_violation off) can look at it.
  if (!tag_in_use_[tag]) {
    violation("completion for a tag with no request outstanding: " + describe(tlp));
  }
  if (tlp.cpl_requester_id() != options_.host_id) {
    violation("completion routed to requester " + bdf_string(tlp.cpl_requester_id()) +
              ", not the host: " + describe(tlp));
  }
  mailbox_[tag].push_back(TlpLogEntry{cycle_, tlp});
  if (tlp.completes_request()) tag_in_use_[tag] = false;
}

void PcieBenchBase::check_device_request(const Tlp& tlp) {
  const uint64_t addr = tlp.address();
  const unsigned len = tlp.length_dw();
  if (addr / 4096 != (addr + uint64_t{len} * 4 - 1) / 4096) {
    violation("request crosses a 4 KiB boundary: " + describe(tlp));
  }
  if (tlp.is_4dw() && addr < (uint64_t{1} << 32)) {
    violation("4-DW header for an address below 4 GiB: " + describe(tlp));
  }
  if (len == 1 && tlp.last_be() != 0) violation("1-DW request with a last BE: " + describe(tlp));
  if (len > 1 && (tlp.first_be() == 0 || tlp.last_be() == 0)) {
    violation("multi-DW request with a zero first or last BE: " + describe(tlp));
  }
}

void PcieBenchBase::on_device_write(const Tlp& tlp) {
  const uint64_t addr = tlp.address();
  const std::vector<uint32_t> payload = tlp.payload();
  if (addr >= options_.msi_window_first && addr <= options_.msi_window_last) {
    if (payload.size() != 1 || tlp.first_be() != 0xF) {
      violation("MSI-X message is not a full 1-DW write: " + describe(tlp));
    }
    msi_events_.push_back(MsiEvent{cycle_, addr, payload.empty() ? 0 : payload[0]});
    return;
  }
  for (size_t i = 0; i < payload.size(); ++i) {
    uint8_t be = 0xF;
    if (i == 0) {
      be = tlp.first_be();
    } else if (i + 1 == payload.size()) {
      be = tlp.last_be();
    }
    memory_.write32(addr + 4 * i, payload[i], be);
  }
}

// ---- RX stream ---------------------------------------------------------------------------

uint64_t PcieBenchBase::send(const Tlp& tlp) {
  if (tlp.dw.empty()) {
    ADD_FAILURE() << "send(): empty TLP";
    return tickets_sent_;
  }
  note_host_request(tlp);
  host_queue_.push_back(RxPacket{beats_of(tlp), tlp, ++tickets_issued_});
  return tickets_issued_;
}

void PcieBenchBase::note_host_request(const Tlp& tlp) {
  if (tlp.is_non_posted()) tag_in_use_[tlp.tag()] = true;
  // Device Control byte 0 holds MPS in bits 7:5 (a poisoned write is not applied).
  if (tlp.is_cfg_wr0() && tlp.cfg_register() == kCfgDevCtl && (tlp.first_be() & 1) &&
      !tlp.poisoned() && tlp.dw.size() > 3) {
    completer_.set_device_mps(128u << std::min((tlp.dw[3] >> 5) & 7u, 5u));
  }
}

uint64_t PcieBenchBase::send_raw_beats(std::vector<Beat> beats) {
  if (beats.empty()) {
    ADD_FAILURE() << "send_raw_beats(): no beats";
    return tickets_sent_;
  }
  TlpAssembler assembler(beat_dw_);
  for (const Beat& beat : beats) {
    if (auto tlp = assembler.push(beat)) note_host_request(*tlp);
  }
  host_queue_.push_back(RxPacket{std::move(beats), std::nullopt, ++tickets_issued_});
  return tickets_issued_;
}

bool PcieBenchBase::wait_sent(uint64_t ticket) {
  return run_until([&] { return tickets_sent_ >= ticket; },
                   "the device to accept RX packet #" + std::to_string(ticket));
}

// ---- Host requester ----------------------------------------------------------------------

uint8_t PcieBenchBase::alloc_tag() {
  for (unsigned i = 0; i < kNumHostTags; ++i) {
    const unsigned tag = (next_tag_ + i) % kNumHostTags;
    if (!tag_in_use_[tag] && mailbox_[tag].empty()) {
      next_tag_ = (tag + 1) % kNumHostTags;
      return static_cast<uint8_t>(tag);
    }
  }
  ADD_FAILURE() << "all " << kNumHostTags
                << " host tags are waiting for completions (release_tag() the abandoned ones)";
  const unsigned tag = next_tag_;
  next_tag_ = (next_tag_ + 1) % kNumHostTags;
  return static_cast<uint8_t>(tag);
}

void PcieBenchBase::release_tag(uint8_t tag) {
  tag_in_use_[tag] = false;
  mailbox_[tag].clear();
}

HostCompletion PcieBenchBase::wait_completion(uint8_t tag, const std::string& what) {
  return wait_completion(tag, options_.timeout_cycles, what);
}

HostCompletion PcieBenchBase::wait_completion(uint8_t tag, uint64_t max_cycles,
                                              const std::string& what) {
  auto& box = mailbox_[tag];
  const auto last_arrived = [&box] {
    return std::any_of(box.begin(), box.end(),
                       [](const TlpLogEntry& c) { return c.tlp.completes_request(); });
  };
  HostCompletion result;
  if (!run_until(last_arrived, max_cycles, what)) return result;
  while (!box.empty()) {
    TlpLogEntry arrival = std::move(box.front());
    box.pop_front();
    const std::vector<uint32_t> payload = arrival.tlp.payload();
    result.payload.insert(result.payload.end(), payload.begin(), payload.end());
    result.status = arrival.tlp.cpl_status();
    result.cycle = arrival.cycle;
    const bool last = arrival.tlp.completes_request();
    result.tlps.push_back(std::move(arrival.tlp));
    if (last) break;
  }
  result.received = true;
  return result;
}

bool PcieBenchBase::expect_no_completion(uint8_t tag, uint64_t cycles) {
  idle(cycles);
  const bool none = mailbox_[tag].empty();
  release_tag(tag);
  return none;
}

HostCompletion PcieBenchBase::cfg_read(uint16_t offset) {
  const uint8_t tag = alloc_tag();
  const Tlp request = cfg_rd0(options_.host_id, tag, options_.device_bdf, offset);
  send(request);
  return wait_completion(tag, "the completion to " + describe(request));
}

HostCompletion PcieBenchBase::cfg_write(uint16_t offset, uint32_t data, uint8_t be) {
  const uint8_t tag = alloc_tag();
  const Tlp request = cfg_wr0(options_.host_id, tag, options_.device_bdf, offset, data, be);
  send(request);
  return wait_completion(tag, "the completion to " + describe(request));
}

HostCompletion PcieBenchBase::mem_read(uint64_t addr, unsigned len_dw, uint8_t first_be,
                                       uint8_t last_be, bool force_4dw) {
  const uint8_t tag = alloc_tag();
  const Tlp request = mem_rd(options_.host_id, tag, addr, len_dw, first_be, last_be, force_4dw);
  send(request);
  return wait_completion(tag, "the completion to " + describe(request));
}

bool PcieBenchBase::mem_write(uint64_t addr, const std::vector<uint32_t>& payload, uint8_t first_be,
                              uint8_t last_be, bool force_4dw) {
  return wait_sent(send(mem_wr(options_.host_id, addr, payload, first_be, last_be, force_4dw)));
}

uint32_t PcieBenchBase::bar0_read32(uint32_t offset) {
  const HostCompletion completion = mem_read(bar0_ + offset);
  if (completion.received && !completion.ok()) {
    ADD_FAILURE() << "BAR0 read at " << hex(offset) << " completed with status "
                  << completion.status;
  }
  return completion.ok() ? completion.data() : 0;
}

bool PcieBenchBase::bar0_write32(uint32_t offset, uint32_t data, uint8_t be) {
  return mem_write(bar0_ + offset, {data}, be);
}

BarInfo PcieBenchBase::enumerate(uint64_t bar0_addr) {
  BarInfo info;
  bool ok = cfg_write(pci::kCfgBar0, 0xFFFFFFFF).ok() && cfg_write(pci::kCfgBar1, 0xFFFFFFFF).ok();
  const HostCompletion low = cfg_read(pci::kCfgBar0);
  const HostCompletion high = cfg_read(pci::kCfgBar1);
  ok = ok && low.ok() && high.ok();
  const uint32_t lo = low.data();
  info.is_io = lo & 1;
  info.is_64bit = !info.is_io && ((lo >> 1) & 3) == 2;
  info.prefetchable = !info.is_io && (lo & 8);
  const uint64_t mask = info.is_64bit ? (uint64_t{high.data()} << 32) | (lo & ~0xFu)
                                      : 0xFFFFFFFF00000000ull | (lo & ~0xFu);
  info.size = mask ? ~mask + 1 : 0;

  ok = ok && cfg_write(pci::kCfgBar0, static_cast<uint32_t>(bar0_addr)).ok();
  if (info.is_64bit)
    ok = ok && cfg_write(pci::kCfgBar1, static_cast<uint32_t>(bar0_addr >> 32)).ok();
  const HostCompletion command = cfg_read(pci::kCfgCommand);
  const uint32_t enables = (command.data() & 0xFFFF) | pci::kCmdMemSpace | pci::kCmdBusMaster;
  ok = ok && command.ok() && cfg_write(pci::kCfgCommand, enables, 0x3).ok();  // leave Status alone
  bar0_ = bar0_addr;
  info.ok = ok;
  return info;
}

bool PcieBenchBase::set_max_payload_and_read_request(unsigned mps_bytes, unsigned mrrs_bytes) {
  const auto mps = size_code(mps_bytes);
  const auto mrrs = size_code(mrrs_bytes);
  if (!mps || !mrrs) {
    ADD_FAILURE() << "MPS " << mps_bytes << " / MRRS " << mrrs_bytes
                  << ": each must be a power of two in 128..4096";
    return false;
  }
  const HostCompletion control = cfg_read(kCfgDevCtl);
  if (!control.ok()) return false;
  uint32_t value = control.data() & 0xFFFF;
  value &= ~((7u << 5) | (7u << 12));
  value |= (*mps << 5) | (*mrrs << 12);
  return cfg_write(kCfgDevCtl, value, 0x3).ok();
}

bool PcieBenchBase::program_msix_vector(unsigned vector, uint64_t address, uint32_t data,
                                        bool masked) {
  // One DW at a time, the way Linux writes table entries.
  const uint32_t entry = kMsixTable + 16 * vector;
  return bar0_write32(entry + 0, static_cast<uint32_t>(address)) &&
         bar0_write32(entry + 4, static_cast<uint32_t>(address >> 32)) &&
         bar0_write32(entry + 8, data) && bar0_write32(entry + 12, masked ? 1 : 0);
}

bool PcieBenchBase::set_msix_control(bool enable, bool function_mask) {
  const uint32_t control = (uint32_t{enable} << 15) | (uint32_t{function_mask} << 14);
  return cfg_write(kCfgMsixCap, control << 16, 0xC).ok();
}

bool PcieBenchBase::wait_msi_count(size_t count, const std::string& what) {
  return run_until([&] { return msi_events_.size() >= count; }, std::to_string(count) + " " + what);
}

// ---- Simulation control ----------------------------------------------------------------

void PcieBenchBase::sim_write(uint16_t addr, uint32_t data) {
  sim_write_ = std::make_pair(addr, data);
  tick();
}

bool PcieBenchBase::check_sim_addr(uint16_t addr, uint16_t narrowed) {
  if (addr == narrowed) return true;
  ADD_FAILURE() << "sim-control address " << hex(addr) << " is wider than the model's sim_addr_i";
  return false;
}

}  // namespace tb
