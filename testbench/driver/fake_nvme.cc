// SPDX-License-Identifier: Apache-2.0
// The scripted NVMe controller: registers, queues, and the admin commands it answers.

#include "fake_nvme.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace driver_test {

using nvme::Cqe;
using nvme::kPageSize;
using nvme::Sqe;

namespace {

constexpr size_t kListEntries = NVME_IDENTIFY_DATA_SIZE / sizeof(uint32_t);  // 1024 NSIDs a page
constexpr uint8_t kLbaShift = 9;                                             // 512-byte blocks
constexpr uint32_t kRegisterMask = 0xFFFF'FFFFu;

uint16_t generic(uint8_t sc) { return nvme::make_status(NVME_SCT_GENERIC, sc, true); }
uint16_t specific(uint8_t sc) { return nvme::make_status(NVME_SCT_CMD_SPECIFIC, sc, true); }

std::string hex(uint64_t value) {
  char text[24];
  std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
  return text;
}

// An Identify string field: space padded, not terminated.
void set_text(char* field, size_t width, const char* text) {
  std::memset(field, ' ', width);
  std::memcpy(field, text, std::min(width, std::strlen(text)));
}

}  // namespace

FakeNvme::FakeNvme(TestHost& host, FakeNvmeConfig config) : m_host(host), m_config(config) {
  m_host.attach(this);
  if (m_config.start_enabled) {
    m_cc = NVME_SET(1, CC_EN) | NVME_SET(6, CC_IOSQES) | NVME_SET(4, CC_IOCQES);
    m_csts = NVME_SET(1, CSTS_RDY);
  }
}

FakeNvme::~FakeNvme() { m_host.attach(nullptr); }

void FakeNvme::error(const std::string& what) {
  m_errors.push_back("t=" + std::to_string(m_host.now()) + " ns: " + what);
}

// ---- Scripting and observation ------------------------------------------------------------------

void FakeNvme::set_namespaces(const std::vector<uint32_t>& nsids, uint64_t blocks) {
  m_namespaces.clear();
  for (uint32_t nsid : nsids) m_namespaces[nsid] = Namespace{blocks, false};
}

void FakeNvme::set_zero_capacity(uint32_t nsid) { m_namespaces.at(nsid).zero_capacity = true; }

void FakeNvme::inject_cqe(uint16_t cqid, uint16_t cid, uint16_t status) {
  Cqe cqe;
  cqe.sqid = cqid;
  cqe.cid = cid;
  cqe.status_phase = static_cast<uint16_t>(status << 1);
  post(cqid, cqe);
}

void FakeNvme::raise_async_event(uint32_t dw0, const std::vector<uint32_t>& changed) {
  m_changed.insert(m_changed.end(), changed.begin(), changed.end());
  m_events.push_back(dw0);
  complete_async_events();
}

void FakeNvme::complete_async_events() {
  while (!m_aers.empty() && !m_events.empty()) {
    const size_t index = m_aers.front();
    m_aers.pop_front();
    const uint32_t dw0 = m_events.front();
    m_events.pop_front();
    finish(index, Outcome{0, dw0});
  }
}

std::vector<FakeNvme::Command> FakeNvme::admin_commands(uint8_t opcode, int cns) const {
  std::vector<Command> found;
  for (const Command& command : m_commands) {
    if (command.qid != 0 || command.sqe.opcode != opcode) continue;
    if (cns >= 0 && (command.sqe.cdw10 & 0xFF) != static_cast<uint32_t>(cns)) continue;
    found.push_back(command);
  }
  return found;
}

std::vector<uint32_t> FakeNvme::doorbell_values(uint16_t qid, bool sq_tail) const {
  std::vector<uint32_t> values;
  for (const Doorbell& d : m_doorbells) {
    if (d.qid == qid && d.sq_tail == sq_tail) values.push_back(d.value);
  }
  return values;
}

unsigned FakeNvme::max_outstanding(uint16_t qid) const {
  const auto it = m_max_outstanding.find(qid);
  return it == m_max_outstanding.end() ? 0 : it->second;
}

uint32_t FakeNvme::nn() const {
  if (m_config.nn != 0) return m_config.nn;
  return m_namespaces.empty() ? 1 : std::max(1u, m_namespaces.rbegin()->first);
}

// ---- Registers ----------------------------------------------------------------------------------

uint64_t FakeNvme::cap() const {
  return NVME_SET(uint64_t{m_config.mqes}, CAP_MQES) | NVME_SET(uint64_t{1}, CAP_CQR) |
         NVME_SET(uint64_t{m_config.timeout}, CAP_TO) |
         NVME_SET(uint64_t{m_config.dstrd}, CAP_DSTRD) |
         NVME_SET(uint64_t{NVME_CAP_CSS_NVM}, CAP_CSS);  // MPSMIN = MPSMAX = 0: 4 KiB pages
}

uint32_t FakeNvme::read32(uint32_t offset) {
  switch (offset) {
    case NVME_REG_CAP:
      return static_cast<uint32_t>(cap());
    case NVME_REG_CAP + 4:
      return static_cast<uint32_t>(cap() >> 32);
    case NVME_REG_VS:
      return m_config.version;
    case NVME_REG_CC:
      return m_cc;
    case NVME_REG_CSTS:
      return m_csts;
    case NVME_REG_AQA:
      return m_aqa;
    case NVME_REG_ASQ:
      return static_cast<uint32_t>(m_asq);
    case NVME_REG_ASQ + 4:
      return static_cast<uint32_t>(m_asq >> 32);
    case NVME_REG_ACQ:
      return static_cast<uint32_t>(m_acq);
    case NVME_REG_ACQ + 4:
      return static_cast<uint32_t>(m_acq >> 32);
    default:
      return 0;  // INTMS/INTMC, reserved, and the write-only doorbells
  }
}

void FakeNvme::write32(uint32_t offset, uint32_t value) {
  if (offset >= nvme::kDoorbellBase) return doorbell(offset, value);
  switch (offset) {
    case NVME_REG_CC:
      return write_cc(value);
    case NVME_REG_AQA:
      m_aqa = value;
      return;
    case NVME_REG_ASQ:
      m_asq = (m_asq & ~uint64_t{kRegisterMask}) | value;
      return;
    case NVME_REG_ASQ + 4:
      m_asq = (m_asq & kRegisterMask) | uint64_t{value} << 32;
      return;
    case NVME_REG_ACQ:
      m_acq = (m_acq & ~uint64_t{kRegisterMask}) | value;
      return;
    case NVME_REG_ACQ + 4:
      m_acq = (m_acq & kRegisterMask) | uint64_t{value} << 32;
      return;
    case NVME_REG_INTMS:
    case NVME_REG_INTMC:
      return;  // pin-based interrupt masks: meaningless with MSI-X
    default:
      error("write of " + hex(value) + " to read-only or unimplemented register " + hex(offset));
  }
}

uint64_t FakeNvme::read64(uint32_t offset) {
  return read32(offset) | uint64_t{read32(offset + 4)} << 32;
}

void FakeNvme::write64(uint32_t offset, uint64_t value) {
  write32(offset, static_cast<uint32_t>(value));
  write32(offset + 4, static_cast<uint32_t>(value >> 32));
}

void FakeNvme::write_cc(uint32_t value) {
  const uint32_t old = m_cc;
  m_cc = value;
  Scheduler& scheduler = m_host.scheduler();
  if (!NVME_CC_EN(old) && NVME_CC_EN(value)) {
    // Enable: the configuration is taken now, the admin queue from AQA/ASQ/ACQ.
    if (NVME_CC_IOSQES(value) != 6 || NVME_CC_IOCQES(value) != 4) {
      error("CC.EN with IOSQES/IOCQES not 6/4: CC " + hex(value));
    }
    if (NVME_CC_MPS(value) != 0 || NVME_CC_CSS(value) != NVME_CC_CSS_NVM) {
      error("CC.EN with MPS or CSS the device does not support: CC " + hex(value));
    }
    const uint32_t sq_size = NVME_AQA_ASQS(m_aqa) + 1, cq_size = NVME_AQA_ACQS(m_aqa) + 1;
    if (sq_size < 2 || cq_size < 2 || m_asq % kPageSize != 0 || m_acq % kPageSize != 0 ||
        m_asq == 0 || m_acq == 0) {
      error("CC.EN with an invalid admin queue: AQA " + hex(m_aqa) + " ASQ " + hex(m_asq) +
            " ACQ " + hex(m_acq));
    }
    m_sqs[0] = Sq{m_asq, sq_size, 0, 0, 0, 0};
    m_cqs[0] = Cq{m_acq, cq_size, 0, 0, true, 0, true, {}};
    if (m_config.fatal_on_enable) {
      m_csts |= NVME_SET(1, CSTS_CFS);
    } else if (!m_config.never_ready) {
      scheduler.at(m_host.now() + m_config.ready_delay, [this, generation = m_generation] {
        if (generation == m_generation && NVME_CC_EN(m_cc)) m_csts |= NVME_SET(1, CSTS_RDY);
      });
    }
  } else if (NVME_CC_EN(old) && !NVME_CC_EN(value)) {
    reset();
    scheduler.at(m_host.now() + m_config.ready_delay, [this, generation = m_generation] {
      if (generation == m_generation) m_csts &= ~NVME_SET(1, CSTS_RDY);
    });
  }
  if (NVME_CC_SHN(value) != NVME_CC_SHN_NONE && NVME_CC_SHN(old) == NVME_CC_SHN_NONE) {
    m_csts = (m_csts & ~NVME_SET(NVME_CSTS_SHST_MASK, CSTS_SHST)) |
             NVME_SET(NVME_CSTS_SHST_OCCUR, CSTS_SHST);
    scheduler.at(m_host.now() + m_config.ready_delay, [this] {
      m_csts = (m_csts & ~NVME_SET(NVME_CSTS_SHST_MASK, CSTS_SHST)) |
               NVME_SET(NVME_CSTS_SHST_CMPLT, CSTS_SHST);
    });
  }
}

void FakeNvme::raise_fatal() {
  m_fatal = true;
  m_csts |= NVME_SET(1, CSTS_CFS);
  ++m_generation;  // what was scheduled never completes
}

// A controller reset: queues, outstanding commands and features are gone.
void FakeNvme::reset() {
  ++m_generation;
  ++m_resets;
  m_fatal = false;
  m_csts &= ~NVME_SET(1, CSTS_CFS);
  m_sqs.clear();
  m_cqs.clear();
  m_aers.clear();
  m_features.clear();
  m_queues_granted = 0;
}

// ---- Queues -------------------------------------------------------------------------------------

void FakeNvme::doorbell(uint32_t offset, uint32_t value) {
  const uint32_t stride = 4u << m_config.dstrd;
  const uint32_t relative = offset - nvme::kDoorbellBase;
  const uint16_t qid = static_cast<uint16_t>(relative / stride / 2);
  const bool sq_tail = relative / stride % 2 == 0;
  m_doorbells.push_back(Doorbell{qid, sq_tail, value, m_host.now()});
  if (relative % stride != 0) {
    return error("doorbell write at " + hex(offset) + ", off the stride of " +
                 std::to_string(stride) + " bytes");
  }
  if (!NVME_CSTS_RDY(m_csts)) return error("doorbell write at " + hex(offset) + " while not ready");
  if (sq_tail) {
    ring_sq(qid, value);
  } else {
    ring_cq(qid, value);
  }
}

void FakeNvme::ring_sq(uint16_t qid, uint32_t tail) {
  const auto it = m_sqs.find(qid);
  if (it == m_sqs.end()) return error("SQ tail doorbell of SQ " + std::to_string(qid) + ", absent");
  Sq& sq = it->second;
  if (tail >= sq.size) return error("SQ " + std::to_string(qid) + " tail " + std::to_string(tail));
  sq.outstanding += (tail + sq.size - sq.tail) % sq.size;
  sq.tail = tail;
  unsigned& most = m_max_outstanding[qid];
  most = std::max(most, sq.outstanding);
  if (sq.outstanding > sq.size - 1) {
    error("SQ " + std::to_string(qid) + " overflow: " + std::to_string(sq.outstanding) +
          " commands outstanding in " + std::to_string(sq.size) + " entries");
  }
  while (sq.head != sq.tail) {
    Sqe sqe;
    if (!m_host.device_read(sq.base + uint64_t{sq.head} * nvme::kSqeSize, &sqe, sizeof sqe)) {
      error("DMA fault fetching SQ " + std::to_string(qid) + " entry " + std::to_string(sq.head));
    }
    sq.head = (sq.head + 1) % sq.size;
    fetch(qid, sqe);
  }
}

void FakeNvme::ring_cq(uint16_t qid, uint32_t head) {
  const auto it = m_cqs.find(qid);
  if (it == m_cqs.end()) return error("CQ head doorbell of CQ " + std::to_string(qid) + ", absent");
  Cq& cq = it->second;
  const uint32_t posted = (cq.tail + cq.size - cq.head) % cq.size;
  const uint32_t consumed = (head + cq.size - cq.head) % cq.size;
  if (head >= cq.size || consumed > posted) {
    return error("CQ " + std::to_string(qid) + " head " + std::to_string(head) + " past the tail " +
                 std::to_string(cq.tail));
  }
  cq.head = head;
  while (!cq.backlog.empty() && (cq.tail + 1) % cq.size != cq.head) {
    const Cqe cqe = cq.backlog.front();
    cq.backlog.pop_front();
    post(qid, cqe);
  }
}

void FakeNvme::fetch(uint16_t qid, const Sqe& sqe) {
  const size_t index = m_commands.size();
  Command command;
  command.qid = qid;
  command.sqe = sqe;
  command.fetched = m_host.now();
  command.generation = m_generation;
  m_commands.push_back(command);
  Scheduler& scheduler = m_host.scheduler();

  if (qid == 0 && sqe.opcode == nvme_admin_async_event) {
    if (m_aers.size() > m_config.aerl) {
      scheduler.at(m_host.now(), [this, index] {
        finish(index, Outcome{specific(NVME_SC_ASYNC_LIMIT), 0});
      });
      return;
    }
    m_aers.push_back(index);
    complete_async_events();
    return;
  }
  Reply reply;
  reply.latency = m_config.latency;
  for (const Script& script : m_scripts) script(qid, sqe, reply);
  if (reply.never || m_fatal) return;
  scheduler.at(m_host.now() + reply.latency, [this, index, reply, generation = m_generation] {
    if (generation != m_generation) return;   // reset since
    if (m_commands[index].completed) return;  // aborted since
    const Command fetched = m_commands[index];
    finish(index, reply.status ? Outcome{reply.status, 0} : execute(fetched.qid, fetched.sqe));
  });
}

void FakeNvme::finish(size_t index, Outcome outcome) {
  Command& command = m_commands[index];
  command.completed = true;
  command.completed_at = m_host.now();
  command.status = outcome.status;
  const auto sq = m_sqs.find(command.qid);
  if (sq == m_sqs.end()) return;  // deleted meanwhile: nowhere to complete it
  --sq->second.outstanding;
  Cqe cqe;
  cqe.dw0 = outcome.dw0;
  cqe.sqhd = static_cast<uint16_t>(sq->second.head);
  cqe.sqid = command.qid;
  cqe.cid = command.sqe.cid;
  cqe.status_phase = static_cast<uint16_t>(outcome.status << 1);
  post(sq->second.cqid, cqe);
}

void FakeNvme::post(uint16_t cqid, Cqe cqe) {
  const auto it = m_cqs.find(cqid);
  if (it == m_cqs.end()) return;
  Cq& cq = it->second;
  if ((cq.tail + 1) % cq.size == cq.head) {  // full: wait for the host to free a slot
    cq.backlog.push_back(cqe);
    return;
  }
  cqe.status_phase = static_cast<uint16_t>((cqe.status_phase & ~1u) | (cq.phase ? 1u : 0u));
  if (!m_host.device_write(cq.base + uint64_t{cq.tail} * nvme::kCqeSize, &cqe, sizeof cqe)) {
    error("DMA fault posting to CQ " + std::to_string(cqid));
  }
  m_posted.push_back(PostedCqe{cqid, cq.tail, cq.phase, cqe.cid, cqe.status(), m_host.now()});
  if (++cq.tail == cq.size) {
    cq.tail = 0;
    cq.phase = !cq.phase;
  }
  if (cq.interrupts) m_host.raise_interrupt(cq.vector);
}

// ---- Commands -----------------------------------------------------------------------------------

FakeNvme::Outcome FakeNvme::execute(uint16_t qid, const Sqe& sqe) {
  if (qid != 0) {  // the NVM command set: Flush only, there is no medium
    return sqe.opcode == nvme_cmd_flush ? Outcome{} : Outcome{generic(NVME_SC_INVALID_OPCODE), 0};
  }
  switch (sqe.opcode) {
    case nvme_admin_identify:
      return identify(sqe);
    case nvme_admin_set_features:
      return set_features(sqe);
    case nvme_admin_get_features:
      return get_features(sqe);
    case nvme_admin_create_cq:
      return create_cq(sqe);
    case nvme_admin_create_sq:
      return create_sq(sqe);
    case nvme_admin_delete_sq:
      return delete_sq(sqe);
    case nvme_admin_delete_cq:
      return delete_cq(sqe);
    case nvme_admin_get_log_page:
      return get_log_page(sqe);
    case nvme_admin_abort_cmd:
      return abort(sqe);
    default:
      return Outcome{generic(NVME_SC_INVALID_OPCODE), 0};
  }
}

// Any command fetched since the last reset and not completed can be aborted, AERs excepted.
FakeNvme::Outcome FakeNvme::abort(const Sqe& sqe) {
  const uint16_t sqid = sqe.cdw10 & 0xFFFF, cid = static_cast<uint16_t>(sqe.cdw10 >> 16);
  for (size_t i = m_commands.size(); i-- > 0;) {
    const Command& c = m_commands[i];
    if (c.qid != sqid || c.sqe.cid != cid || c.completed || c.generation != m_generation ||
        (c.qid == 0 && c.sqe.opcode == nvme_admin_async_event)) {
      continue;
    }
    finish(i, Outcome{nvme::make_status(NVME_SCT_GENERIC, NVME_SC_ABORT_REQ), 0});
    ++m_aborted;
    return Outcome{0, 0};
  }
  return Outcome{0, 1};  // DW0 bit 0: not aborted
}

bool FakeNvme::write_data(const Sqe& sqe, const void* data, size_t bytes) {
  const auto* from = static_cast<const uint8_t*>(data);
  const size_t first = std::min<size_t>(bytes, kPageSize - sqe.prp1 % kPageSize);
  bool ok = m_host.device_write(sqe.prp1, from, first);
  if (bytes > first) {
    if (bytes - first > kPageSize || sqe.prp2 % kPageSize != 0) {
      error("data of " + nvme::describe(sqe) + " needs a PRP list or has PRP2 unaligned");
      return false;
    }
    ok = m_host.device_write(sqe.prp2, from + first, bytes - first) && ok;
  }
  if (!ok) error("DMA fault writing the data of " + nvme::describe(sqe));
  return ok;
}

FakeNvme::Outcome FakeNvme::identify(const Sqe& sqe) {
  const uint8_t cns = sqe.cdw10 & 0xFF;
  const uint32_t nsid = sqe.nsid;
  std::vector<uint8_t> data(NVME_IDENTIFY_DATA_SIZE, 0);
  switch (cns) {
    case NVME_IDENTIFY_CNS_CTRL: {
      auto* id = reinterpret_cast<nvme_id_ctrl*>(data.data());
      id->vid = 0xFA4E;
      id->ssvid = 0xFA4E;
      set_text(id->sn, sizeof id->sn, "FAKE0001");
      set_text(id->mn, sizeof id->mn, "fake-nvme");
      set_text(id->fr, sizeof id->fr, "1.0");
      id->ver = m_config.version;
      id->oaes = m_config.namespace_notices ? NVME_CTRL_OAES_NA : 0;
      id->aerl = m_config.aerl;
      id->sqes = 0x66;  // 64-byte SQEs, required and maximum
      id->cqes = 0x44;  // 16-byte CQEs
      id->nn = nn();
      break;
    }
    case NVME_IDENTIFY_CNS_NS: {
      if (nsid == 0 || (nsid > nn() && nsid != NVME_NSID_ALL)) {
        return Outcome{generic(NVME_SC_INVALID_NS), 0};
      }
      const auto it = m_namespaces.find(nsid);
      if (it == m_namespaces.end()) break;  // inactive: zero filled
      auto* ns = reinterpret_cast<nvme_id_ns*>(data.data());
      ns->nsze = it->second.blocks;
      ns->ncap = it->second.zero_capacity ? 0 : it->second.blocks;
      ns->nuse = ns->ncap;
      ns->nlbaf = 0;  // one format (0's based) ...
      ns->flbas = 0;  // ... in use
      ns->lbaf[0].ds = kLbaShift;
      break;
    }
    case NVME_IDENTIFY_CNS_NS_ACTIVE_LIST: {
      // Active NSIDs greater than the one given, ascending, 1024 at most.
      if (nsid >= NVME_NSID_ALL - 1) return Outcome{generic(NVME_SC_INVALID_NS), 0};
      auto* list = reinterpret_cast<uint32_t*>(data.data());
      size_t count = 0;
      for (auto it = m_namespaces.upper_bound(nsid);
           it != m_namespaces.end() && count < kListEntries; ++it) {
        list[count++] = it->first;
      }
      break;
    }
    case NVME_IDENTIFY_CNS_NS_DESC_LIST: {
      if (!active(nsid)) return Outcome{generic(NVME_SC_INVALID_NS), 0};
      // One descriptor: a UUID made of "fakensid" and the NSID.
      auto* desc = reinterpret_cast<nvme_ns_id_desc*>(data.data());
      desc->nidt = NVME_NIDT_UUID;
      desc->nidl = NVME_NIDT_UUID_LEN;
      std::memcpy(desc->nid, "fakensid", 8);
      std::memcpy(desc->nid + 12, &nsid, sizeof nsid);
      break;
    }
    default:
      return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  }
  if (!write_data(sqe, data.data(), data.size()))
    return Outcome{generic(NVME_SC_DATA_XFER_ERROR), 0};
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::set_features(const Sqe& sqe) {
  const uint8_t fid = sqe.cdw10 & 0xFF;
  if (sqe.cdw10 >> 31) return Outcome{specific(NVME_SC_FEATURE_NOT_SAVEABLE), 0};
  if (fid == NVME_FEAT_FID_NUM_QUEUES) {
    if (m_sqs.size() > 1) return Outcome{generic(NVME_SC_CMD_SEQ_ERROR), 0};     // after creation
    const uint32_t sq_wanted = sqe.cdw11 & 0xFFFF, cq_wanted = sqe.cdw11 >> 16;  // 0's based
    if (sq_wanted == 0xFFFF || cq_wanted == 0xFFFF)
      return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
    const uint32_t most = m_config.io_queue_pairs - 1;
    m_queues_granted = std::min({sq_wanted, cq_wanted, most});
    return Outcome{0, m_queues_granted << 16 | m_queues_granted};
  }
  if (std::string(nvme::feature_name(fid)) == "Reserved") {
    return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  }
  m_features[fid] = sqe.cdw11;
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::get_features(const Sqe& sqe) {
  const uint8_t fid = sqe.cdw10 & 0xFF;
  if (fid == NVME_FEAT_FID_NUM_QUEUES) return Outcome{0, m_queues_granted << 16 | m_queues_granted};
  if (std::string(nvme::feature_name(fid)) == "Reserved") {
    return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  }
  const auto it = m_features.find(fid);
  return Outcome{0, it == m_features.end() ? 0 : it->second};
}

FakeNvme::Outcome FakeNvme::create_cq(const Sqe& sqe) {
  const uint16_t qid = sqe.cdw10 & 0xFFFF;
  const uint32_t entries = (sqe.cdw10 >> 16) + 1;
  const bool contiguous = sqe.cdw11 & 1, interrupts = (sqe.cdw11 >> 1) & 1;
  const unsigned vector = sqe.cdw11 >> 16;
  if (qid == 0 || qid > m_queues_granted + 1 || m_cqs.count(qid)) {
    return Outcome{specific(NVME_SC_QID_INVALID), 0};
  }
  if (entries < 2 || entries > m_config.mqes + 1u) return Outcome{specific(NVME_SC_QUEUE_SIZE), 0};
  if (!contiguous) return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  if (sqe.prp1 % kPageSize != 0) return Outcome{generic(NVME_SC_PRP_INVALID_OFFSET), 0};
  if (vector >= m_host.interrupt_vectors()) return Outcome{specific(NVME_SC_INVALID_VECTOR), 0};
  m_cqs[qid] = Cq{sqe.prp1, entries, 0, 0, true, vector, interrupts, {}};
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::create_sq(const Sqe& sqe) {
  const uint16_t qid = sqe.cdw10 & 0xFFFF;
  const uint32_t entries = (sqe.cdw10 >> 16) + 1;
  const bool contiguous = sqe.cdw11 & 1;
  const uint16_t cqid = sqe.cdw11 >> 16;
  if (qid == 0 || qid > m_queues_granted + 1 || m_sqs.count(qid)) {
    return Outcome{specific(NVME_SC_QID_INVALID), 0};
  }
  if (cqid == 0 || !m_cqs.count(cqid)) return Outcome{specific(NVME_SC_CQ_INVALID), 0};
  if (entries < 2 || entries > m_config.mqes + 1u) return Outcome{specific(NVME_SC_QUEUE_SIZE), 0};
  if (!contiguous) return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  if (sqe.prp1 % kPageSize != 0) return Outcome{generic(NVME_SC_PRP_INVALID_OFFSET), 0};
  m_sqs[qid] = Sq{sqe.prp1, entries, 0, 0, cqid, 0};
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::delete_sq(const Sqe& sqe) {
  const uint16_t qid = sqe.cdw10 & 0xFFFF;
  if (qid == 0 || m_sqs.erase(qid) == 0) return Outcome{specific(NVME_SC_QID_INVALID), 0};
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::delete_cq(const Sqe& sqe) {
  const uint16_t qid = sqe.cdw10 & 0xFFFF;
  if (qid == 0 || !m_cqs.count(qid)) return Outcome{specific(NVME_SC_QID_INVALID), 0};
  for (const auto& [sqid, sq] : m_sqs) {
    if (sq.cqid == qid) return Outcome{specific(NVME_SC_INVALID_QUEUE), 0};  // still in use
  }
  m_cqs.erase(qid);
  return Outcome{};
}

FakeNvme::Outcome FakeNvme::get_log_page(const Sqe& sqe) {
  const uint8_t lid = sqe.cdw10 & 0xFF;
  const bool retain = (sqe.cdw10 >> 15) & 1;
  const uint64_t bytes = ((uint64_t{sqe.cdw11 & 0xFFFF} << 16 | sqe.cdw10 >> 16) + 1) * 4;
  const uint64_t offset = uint64_t{sqe.cdw13} << 32 | sqe.cdw12;
  if (lid != NVME_LOG_LID_CHANGED_NS) return Outcome{specific(NVME_SC_INVALID_LOG_PAGE), 0};
  if (offset + bytes > NVME_IDENTIFY_DATA_SIZE) return Outcome{generic(NVME_SC_INVALID_FIELD), 0};
  // Up to 1024 changed NSIDs; more is reported as FFFFFFFFh in the first entry.
  std::vector<uint32_t> log(kListEntries, 0);
  if (m_changed.size() > kListEntries) {
    log[0] = NVME_NSID_ALL;
  } else {
    std::copy(m_changed.begin(), m_changed.end(), log.begin());
  }
  if (!retain) m_changed.clear();
  const auto* from = reinterpret_cast<const uint8_t*>(log.data()) + offset;
  if (!write_data(sqe, from, bytes)) return Outcome{generic(NVME_SC_DATA_XFER_ERROR), 0};
  return Outcome{};
}

}  // namespace driver_test
