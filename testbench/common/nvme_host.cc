// SPDX-License-Identifier: Apache-2.0
// A small NVMe host for RTL benches of the device: registers, queues in host memory, CQ reaping.

#include "nvme_host.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>
#include <sstream>
#include <utility>

namespace tb {
namespace {

constexpr uint32_t kCcEn = 1u << NVME_CC_EN_SHIFT;
constexpr uint32_t kCcShnMask = NVME_CC_SHN_MASK << NVME_CC_SHN_SHIFT;
constexpr uint32_t kCstsRdy = 1u << NVME_CSTS_RDY_SHIFT;
constexpr uint32_t kCstsCfs = 1u << NVME_CSTS_CFS_SHIFT;
constexpr uint32_t kCstsShstMask = NVME_CSTS_SHST_MASK << NVME_CSTS_SHST_SHIFT;
constexpr uint32_t kCstsShstComplete = NVME_CSTS_SHST_CMPLT << NVME_CSTS_SHST_SHIFT;
constexpr uint16_t kReservedCid = 0xFFFF;  // "should not be used" (NVMe 2.0, 4.2)

std::string hex(uint64_t value) {
  std::ostringstream os;
  os << "0x" << std::hex << value;
  return os.str();
}

uint32_t lo32(uint64_t value) { return static_cast<uint32_t>(value); }
uint32_t hi32(uint64_t value) { return static_cast<uint32_t>(value >> 32); }

}  // namespace

// ---- Analyzer lines and the one SQE builder the driver lacks -----------------------------

std::string describe(const NvmeCompletion& c) {
  std::ostringstream os;
  os << "CQE cq=" << c.cqid << " sqid=" << c.sqid << " cid=" << c.cid << " sqhd=" << c.sqhd
     << " p=" << c.phase << " status=" << hex(c.status) << " (SCT " << unsigned{c.sct()} << " SC "
     << hex(c.sc()) << (c.more() ? " M" : "") << (c.dnr() ? " DNR" : "") << ") dw0=" << hex(c.dw0);
  if (c.dw1) os << " dw1=" << hex(c.dw1);
  return os.str();
}

std::ostream& operator<<(std::ostream& os, const NvmeCompletion& completion) {
  return os << describe(completion);
}

Sqe make_sqe(uint8_t opcode, uint32_t nsid, uint64_t prp1, uint64_t prp2) {
  Sqe sqe;
  sqe.opcode = opcode;
  sqe.nsid = nsid;
  sqe.prp1 = prp1;
  sqe.prp2 = prp2;
  return sqe;
}

// ---- NvmeHost: construction and PCIe bring-up ---------------------------------------------

NvmeHost::NvmeHost(PcieBenchBase& bench, const NvmeHostOptions& options)
    : bench_(bench), options_(options) {
  monitor_id_ = bench_.add_monitor([this](uint64_t cycle) { reap(cycle); });
}

NvmeHost::~NvmeHost() { bench_.remove_monitor(monitor_id_); }

bool NvmeHost::init_pcie(uint64_t bar0, unsigned msix_vectors) {
  const BarInfo info = bench_.enumerate(bar0);
  bool ok = info.ok;
  for (unsigned v = 0; v < msix_vectors && ok; ++v) {
    ok = bench_.program_msix_vector(v, bench_.options().msi_window_first, v);
  }
  ok = ok && bench_.set_msix_control(true);
  if (!ok) ADD_FAILURE() << "PCIe bring-up of the NVMe device failed";
  return ok;
}

// ---- Registers and controller state --------------------------------------------------------

uint64_t NvmeHost::read_reg64(uint32_t offset) {
  const uint32_t low = read_reg32(offset);
  return uint64_t{read_reg32(offset + 4)} << 32 | low;
}

bool NvmeHost::write_reg64(uint32_t offset, uint64_t value) {
  return write_reg32(offset, lo32(value)) && write_reg32(offset + 4, hi32(value));
}

bool NvmeHost::setup_admin_queue(uint16_t sq_entries, uint16_t cq_entries, uint64_t sq_addr,
                                 uint64_t cq_addr) {
  if (sq_entries == 0 || cq_entries == 0) {
    ADD_FAILURE() << "setup_admin_queue: queue sizes are counted in entries, at least 1";
    return false;
  }
  SqState sq;
  sq.addr = sq_addr;
  sq.entries = sq_entries;
  sq.cqid = kAdminQid;
  sqs_[kAdminQid] = sq;
  add_io_cq(kAdminQid, cq_entries, cq_addr);
  const uint32_t aqa = uint32_t{static_cast<uint16_t>(cq_entries - 1)} << NVME_AQA_ACQS_SHIFT |
                       uint32_t{static_cast<uint16_t>(sq_entries - 1)} << NVME_AQA_ASQS_SHIFT;
  return write_reg32(NVME_REG_AQA, aqa) && write_reg64(NVME_REG_ASQ, sq_addr) &&
         write_reg64(NVME_REG_ACQ, cq_addr);
}

bool NvmeHost::enable(uint64_t max_cycles) {
  // A new controller session: the admin queues start empty at index 0.
  if (SqState* admin = sq(kAdminQid)) {
    admin->tail = admin->head = 0;
    admin->outstanding.clear();
  }
  if (auto it = cqs_.find(kAdminQid); it != cqs_.end()) {
    add_io_cq(kAdminQid, it->second.entries, it->second.addr);
  }
  cc_ = kCcIoQueueSizes | kCcEn;
  return write_cc(cc_) &&
         wait_csts(kCstsRdy, kCstsRdy, limit(max_cycles, options_.ready_timeout_cycles),
                   "CSTS.RDY = 1 after CC.EN = 1");
}

bool NvmeHost::disable(uint64_t max_cycles) {
  cc_ &= ~(kCcEn | kCcShnMask);
  const bool ok =
      write_cc(cc_) && wait_csts(kCstsRdy, 0, limit(max_cycles, options_.ready_timeout_cycles),
                                 "CSTS.RDY = 0 after CC.EN = 0");
  // The controller reset deleted the I/O queues and dropped every command.
  for (auto it = sqs_.begin(); it != sqs_.end();) {
    it = it->first == kAdminQid ? std::next(it) : sqs_.erase(it);
  }
  for (auto it = cqs_.begin(); it != cqs_.end();) {
    it = it->first == kAdminQid ? std::next(it) : cqs_.erase(it);
  }
  if (SqState* admin = sq(kAdminQid)) {
    admin->tail = admin->head = 0;
    admin->outstanding.clear();
  }
  if (auto it = cqs_.find(kAdminQid); it != cqs_.end()) {
    add_io_cq(kAdminQid, it->second.entries, it->second.addr);
  }
  doorbells_.clear();
  on_admin_completion_.clear();
  return ok;
}

bool NvmeHost::shutdown(uint64_t max_cycles) {
  cc_ = (cc_ & ~kCcShnMask) | (NVME_CC_SHN_NORMAL << NVME_CC_SHN_SHIFT);
  return write_cc(cc_) && wait_csts(kCstsShstMask, kCstsShstComplete,
                                    limit(max_cycles, options_.ready_timeout_cycles),
                                    "CSTS.SHST = 10b after CC.SHN = 01b");
}

bool NvmeHost::wait_csts(uint32_t mask, uint32_t value, uint64_t max_cycles,
                         const std::string& what) {
  const uint64_t start = bench_.cycle();
  while (true) {
    const uint32_t csts = read_csts();
    if ((csts & kCstsCfs) && !(mask & kCstsCfs)) {
      ADD_FAILURE() << "controller fatal status (CSTS = " << hex(csts) << ") waiting for " << what;
      return false;
    }
    if ((csts & mask) == value) return true;
    if (bench_.cycle() - start >= max_cycles) {
      ADD_FAILURE() << "timed out after " << max_cycles << " cycles waiting for " << what
                    << " (CSTS = " << hex(csts) << ")";
      return false;
    }
    bench_.idle(options_.csts_poll_interval);
  }
}

// ---- Submission ----------------------------------------------------------------------------

NvmeHost::SqState* NvmeHost::sq(uint16_t qid) {
  const auto it = sqs_.find(qid);
  return it == sqs_.end() ? nullptr : &it->second;
}

uint16_t NvmeHost::assign_cid(SqState& sq) {
  for (unsigned i = 0; i < 0x10000; ++i) {
    const uint16_t cid = sq.next_cid++;
    if (cid != kReservedCid && sq.outstanding.count(cid) == 0) return cid;
  }
  ADD_FAILURE() << "no free command identifier";
  return 0;
}

uint16_t NvmeHost::write_sqe(Sqe sqe, uint16_t qid, Cid cid) {
  SqState* s = sq(qid);
  if (!s) {
    ADD_FAILURE() << "submission to SQ " << qid << ", which the host has not set up";
    return 0;
  }
  const auto full = [s] { return (s->tail + 1u) % s->entries == s->head; };
  if (full() && !bench_.run_until([&] { return !full(); }, options_.command_timeout_cycles,
                                  "room in SQ " + std::to_string(qid) + " (tail " +
                                      std::to_string(s->tail) + ")")) {
    return 0;
  }
  if (cid == Cid::kAssign) sqe.cid = assign_cid(*s);
  ++s->outstanding[sqe.cid];
  // nvme_spec.h pins the SQE layout and a little-endian host: the struct is the entry's bytes.
  const auto* bytes = reinterpret_cast<const uint8_t*>(&sqe);
  bench_.host_memory().write(s->addr + uint64_t{nvme::kSqeSize} * s->tail,
                             std::vector<uint8_t>(bytes, bytes + sizeof sqe));
  if (bench_.options().verbose) {
    std::printf("[%8llu] SQ%u[%u] %s\n", static_cast<unsigned long long>(bench_.cycle()),
                unsigned{qid}, unsigned{s->tail}, describe(sqe).c_str());
  }
  s->tail = static_cast<uint16_t>((s->tail + 1u) % s->entries);
  return sqe.cid;
}

bool NvmeHost::ring_sq_doorbell(uint16_t qid) {
  const SqState* s = sq(qid);
  if (!s) {
    ADD_FAILURE() << "SQ " << qid << " doorbell: the host has not set that queue up";
    return false;
  }
  return bench_.bar0_write32(nvme::sq_tail_doorbell(qid), s->tail);
}

uint16_t NvmeHost::submit(Sqe sqe, uint16_t qid, Cid cid) {
  const uint16_t assigned = write_sqe(sqe, qid, cid);
  ring_sq_doorbell(qid);
  return assigned;
}

std::vector<uint16_t> NvmeHost::submit_many(const std::vector<Sqe>& sqes, uint16_t qid, Cid cid) {
  std::vector<uint16_t> cids;
  for (const Sqe& sqe : sqes) cids.push_back(write_sqe(sqe, qid, cid));
  ring_sq_doorbell(qid);
  return cids;
}

size_t NvmeHost::outstanding(uint16_t sqid) const {
  const auto it = sqs_.find(sqid);
  if (it == sqs_.end()) return 0;
  size_t count = 0;
  for (const auto& [cid, n] : it->second.outstanding) count += n;
  return count;
}

// ---- Completions ---------------------------------------------------------------------------

void NvmeHost::reap(uint64_t cycle) {
  for (auto it = doorbells_.begin(); it != doorbells_.end();) {
    if (it->due_cycle > cycle) {
      ++it;
      continue;
    }
    send_cq_doorbell(it->qid, it->head);
    it = doorbells_.erase(it);
  }

  const common::SparseMemory& memory = bench_.host_memory();
  std::vector<NvmeCompletion> batch;
  for (auto& [qid, cq] : cqs_) {
    const size_t before = batch.size();
    while (true) {
      const uint64_t entry = cq.addr + uint64_t{nvme::kCqeSize} * cq.head;
      if (bool((memory.read32(entry + 12) >> 16) & 1) != cq.phase) break;
      nvme::Cqe cqe;  // the entry's bytes, as for the SQE in write_sqe()
      const std::vector<uint8_t> bytes = memory.read(entry, sizeof cqe);
      std::memcpy(&cqe, bytes.data(), sizeof cqe);
      NvmeCompletion completion;
      completion.cycle = cycle;
      completion.cqid = qid;
      completion.cid = cqe.cid;
      completion.sqhd = cqe.sqhd;
      completion.sqid = cqe.sqid;
      completion.status = cqe.status();
      completion.phase = cqe.phase();
      completion.dw0 = cqe.dw0;
      completion.dw1 = cqe.dw1;
      batch.push_back(completion);
      if (++cq.head == cq.entries) {
        cq.head = 0;
        cq.phase = !cq.phase;
      }
    }
    if (batch.size() == before || options_.withhold_cq_doorbell) continue;
    if (options_.cq_doorbell_delay_cycles == 0) {
      send_cq_doorbell(qid, cq.head);
    } else {
      doorbells_.push_back(
          PendingDoorbell{cycle + options_.cq_doorbell_delay_cycles, qid, cq.head});
    }
  }
  // After the loop: completing a Delete I/O CQ removes an entry of cqs_.
  for (const NvmeCompletion& completion : batch) on_completion(completion);
}

void NvmeHost::on_completion(const NvmeCompletion& c) {
  log_.push_back(c);
  unclaimed_.push_back(log_.size() - 1);
  if (bench_.options().verbose) {
    std::printf("[%8llu] %s\n", static_cast<unsigned long long>(c.cycle), describe(c).c_str());
  }

  SqState* s = sq(c.sqid);
  if (!s) {
    if (options_.check_cids) ADD_FAILURE() << describe(c) << ": no such SQ on the host";
  } else {
    if (options_.check_cids && s->cqid != c.cqid) {
      ADD_FAILURE() << describe(c) << ": SQ " << c.sqid << " completes to CQ " << s->cqid;
    }
    if (c.sqhd < s->entries) {
      s->head = c.sqhd;
    } else if (options_.check_cids) {
      ADD_FAILURE() << describe(c) << ": SQHD beyond the " << s->entries << "-entry SQ";
    }
    const auto it = s->outstanding.find(c.cid);
    if (it == s->outstanding.end()) {
      if (options_.check_cids) ADD_FAILURE() << describe(c) << ": CID not outstanding";
    } else if (--it->second == 0) {
      s->outstanding.erase(it);
    }
  }

  if (c.sqid != kAdminQid) return;
  const auto action = on_admin_completion_.find(c.cid);
  if (action == on_admin_completion_.end()) return;
  const auto run = std::move(action->second);
  on_admin_completion_.erase(action);
  run(c);
}

void NvmeHost::send_cq_doorbell(uint16_t qid, uint16_t head) {
  // Posted and queued without ticking: this runs inside the bench monitor.
  bench_.send(
      mem_wr(bench_.options().host_id, bench_.bar0() + nvme::cq_head_doorbell(qid), {head}));
}

bool NvmeHost::ring_cq_doorbell(uint16_t qid) {
  const auto it = cqs_.find(qid);
  if (it == cqs_.end()) {
    ADD_FAILURE() << "CQ " << qid << " doorbell: the host has not set that queue up";
    return false;
  }
  return bench_.bar0_write32(nvme::cq_head_doorbell(qid), it->second.head);
}

uint16_t NvmeHost::cq_head(uint16_t qid) const {
  const auto it = cqs_.find(qid);
  return it == cqs_.end() ? 0 : it->second.head;
}

std::optional<NvmeCompletion> NvmeHost::wait_completion(uint16_t cid, uint64_t max_cycles,
                                                        uint16_t sqid) {
  const auto find = [&] {
    for (auto it = unclaimed_.begin(); it != unclaimed_.end(); ++it) {
      if (log_[*it].cid == cid && log_[*it].sqid == sqid) return it;
    }
    return unclaimed_.end();
  };
  if (!bench_.run_until(
          [&] { return find() != unclaimed_.end(); },
          limit(max_cycles, options_.command_timeout_cycles),
          "the CQE for CID " + std::to_string(cid) + " on SQ " + std::to_string(sqid))) {
    return std::nullopt;
  }
  const auto it = find();
  const NvmeCompletion completion = log_[*it];
  unclaimed_.erase(it);
  return completion;
}

std::vector<NvmeCompletion> NvmeHost::wait_completions(size_t count, uint64_t max_cycles) {
  bench_.run_until([&] { return unclaimed_.size() >= count; },
                   limit(max_cycles, options_.command_timeout_cycles),
                   std::to_string(count) + " CQEs (" + std::to_string(unclaimed_.size()) +
                       " unclaimed when the wait began)");
  std::vector<NvmeCompletion> claimed;
  while (claimed.size() < count && !unclaimed_.empty()) {
    claimed.push_back(log_[unclaimed_.front()]);
    unclaimed_.pop_front();
  }
  return claimed;
}

// ---- Interrupts ----------------------------------------------------------------------------

std::vector<MsiEvent> NvmeHost::interrupts(unsigned vector) const {
  std::vector<MsiEvent> events;
  for (const MsiEvent& event : bench_.msi_events()) {
    if (event.data == vector) events.push_back(event);
  }
  return events;
}

bool NvmeHost::wait_interrupts(size_t count, unsigned vector, uint64_t max_cycles) {
  return bench_.run_until(
      [&] { return interrupt_count(vector) >= count; },
      limit(max_cycles, options_.command_timeout_cycles),
      std::to_string(count) + " MSI-X messages on vector " + std::to_string(vector));
}

// ---- I/O queues on the host side ---------------------------------------------------------

void NvmeHost::add_io_cq(uint16_t qid, uint16_t entries, uint64_t addr) {
  CqState cq;
  cq.addr = addr;
  cq.entries = entries;
  cqs_[qid] = cq;
  // Phase tags start at 0, so the first pass of the device (phase 1) is new.
  bench_.host_memory().fill(addr, nvme::kCqeSize * entries, 0);
}

void NvmeHost::add_io_sq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t cqid) {
  SqState sq;
  sq.addr = addr;
  sq.entries = entries;
  sq.cqid = cqid;
  sqs_[qid] = sq;
}

// ---- Admin commands --------------------------------------------------------------------------

uint16_t NvmeHost::identify(uint8_t cns, uint32_t nsid, uint64_t prp1, uint64_t prp2,
                            uint16_t cntid) {
  return submit(identify_sqe(cns, nsid, prp1, prp2, cntid));
}

uint16_t NvmeHost::get_features(uint8_t fid, uint32_t dw11, nvme_get_features_sel sel) {
  return submit(get_features_sqe(fid, dw11, sel));
}

uint16_t NvmeHost::set_features(uint8_t fid, uint32_t dw11, bool save) {
  return submit(set_features_sqe(fid, dw11, save));
}

uint16_t NvmeHost::create_io_cq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t iv,
                                bool ien) {
  // A queue ID the host already uses is left alone: the device is expected to reject it.
  const bool added = cqs_.count(qid) == 0;
  if (added) add_io_cq(qid, entries, addr);
  const uint16_t cid = write_sqe(create_io_cq_sqe(qid, entries, addr, iv, ien));
  on_admin_completion_[cid] = [this, qid, added](const NvmeCompletion& c) {
    if (added && !c.ok()) cqs_.erase(qid);
  };
  ring_sq_doorbell(kAdminQid);
  return cid;
}

uint16_t NvmeHost::create_io_sq(uint16_t qid, uint16_t entries, uint64_t addr, uint16_t cqid) {
  const bool added = sqs_.count(qid) == 0;
  if (added) add_io_sq(qid, entries, addr, cqid);
  const uint16_t cid = write_sqe(create_io_sq_sqe(qid, entries, addr, cqid));
  on_admin_completion_[cid] = [this, qid, added](const NvmeCompletion& c) {
    if (added && !c.ok()) sqs_.erase(qid);
  };
  ring_sq_doorbell(kAdminQid);
  return cid;
}

uint16_t NvmeHost::delete_io_sq(uint16_t qid) {
  const uint16_t cid = write_sqe(delete_io_sq_sqe(qid));
  on_admin_completion_[cid] = [this, qid](const NvmeCompletion& c) {
    if (c.ok() && qid != kAdminQid) sqs_.erase(qid);
  };
  ring_sq_doorbell(kAdminQid);
  return cid;
}

uint16_t NvmeHost::delete_io_cq(uint16_t qid) {
  const uint16_t cid = write_sqe(delete_io_cq_sqe(qid));
  on_admin_completion_[cid] = [this, qid](const NvmeCompletion& c) {
    if (c.ok() && qid != kAdminQid) cqs_.erase(qid);
  };
  ring_sq_doorbell(kAdminQid);
  return cid;
}

uint16_t NvmeHost::get_log_page(uint8_t lid, uint32_t bytes, uint64_t prp1, uint64_t prp2,
                                uint64_t offset, bool rae, uint32_t nsid) {
  return submit(get_log_page_sqe(lid, bytes, prp1, prp2, offset, rae, nsid));
}

uint16_t NvmeHost::async_event_request() { return submit(async_event_request_sqe()); }

// ---- Simulation control of the NVMe core -------------------------------------------------

void NvmeHost::set_namespace(uint32_t nsid, uint64_t blocks, bool active, bool lba_4k,
                             bool zero_capacity, bool fail_identify) {
  namespace sim = sim_control;
  bench_.sim_write(sim::kNsSel, nsid);
  sim::write48(bench_, sim::kNsSize, blocks);
  bench_.sim_write(sim::kNsFlags, (active ? sim::kNsActive : 0) | (lba_4k ? sim::kNs4k : 0) |
                                      (zero_capacity ? sim::kNsZeroCapacity : 0) |
                                      (fail_identify ? sim::kNsFailIdentify : 0));
  bench_.sim_write(sim::kNsCommit, 1);
}

void NvmeHost::set_namespaces(const std::vector<uint32_t>& nsids, uint64_t blocks) {
  sim_control::add_namespaces(bench_, nsids, blocks,
                              [](uint32_t) { return sim_control::kNsActive; });
}

void NvmeHost::clear_namespaces() { bench_.sim_write(sim_control::kNsClear, 1); }

uint32_t NvmeHost::namespace_count() { return bench_.sim_read(sim_control::kNsCount); }

void NvmeHost::set_latency(uint64_t min_cycles, uint64_t max_cycles, bool uniform) {
  sim_control::set_latency(bench_, min_cycles, max_cycles, uniform);
}

void NvmeHost::set_latency_override(unsigned index, uint32_t nsid, uint64_t min_cycles,
                                    uint64_t max_cycles, bool uniform) {
  sim_control::set_latency_override(bench_, index, nsid, min_cycles, max_cycles, uniform);
}

uint64_t NvmeHost::sim_now() { return sim_control::read48(bench_, sim_control::kNow); }

uint64_t NvmeHost::sim_wake() { return sim_control::read48(bench_, sim_control::kWake); }

}  // namespace tb
