// SPDX-License-Identifier: Apache-2.0
// Queue pair: submission with a tag pool and timeouts, completion reaping by phase tag.

#include "queue_pair.h"

#include <stdexcept>
#include <utility>

namespace nvme {

const char* event_kind_name(CommandEvent::Kind kind) {
  switch (kind) {
    case CommandEvent::Kind::kSubmitted:
      return "submitted";
    case CommandEvent::Kind::kCompleted:
      return "completed";
    case CommandEvent::Kind::kTimedOut:
      return "timed out";
    case CommandEvent::Kind::kLateCompletion:
      return "late completion";
  }
  return "?";
}

namespace {

unsigned checked_tags(unsigned entries, unsigned reserved) {
  if (entries < 2 || entries > 65536) throw std::invalid_argument("QueuePair: entries 2..65536");
  if (reserved + 2 > entries) throw std::invalid_argument("QueuePair: no tag left for commands");
  return entries - 1 - reserved;
}

}  // namespace

QueuePair::QueuePair(Platform& platform, uint16_t qid, unsigned entries, unsigned reserved,
                     unsigned vector, std::function<void(const std::string&)> log)
    : m_platform(platform),
      m_qid(qid),
      m_entries(entries),
      m_reserved(reserved),
      m_tags(checked_tags(entries, reserved)),
      m_vector(vector),
      m_log(std::move(log)) {
  m_sq = m_platform.alloc_dma(size_t{m_entries} * kSqeSize, kPageSize);
  m_cq = m_platform.alloc_dma(size_t{m_entries} * kCqeSize, kPageSize);
  // The CQ must start with phase tags 0 (new entries carry 1 in the first pass); DMA memory
  // may hold an earlier user's data.
  const std::vector<uint8_t> zeros(m_sq.size > m_cq.size ? m_sq.size : m_cq.size, 0);
  m_platform.write_dma(m_sq.bus_address, zeros.data(), m_sq.size);
  m_platform.write_dma(m_cq.bus_address, zeros.data(), m_cq.size);
  m_tag_pool = m_platform.make_semaphore(m_tags);
  m_slots.resize(m_entries);
}

QueuePair::~QueuePair() {
  m_platform.free_dma(m_sq);
  m_platform.free_dma(m_cq);
}

void QueuePair::log(const std::string& message) const {
  if (m_log) m_log(message);
}

void QueuePair::set_in_flight(unsigned value) {
  m_in_flight = value;
  if (m_in_flight > m_max_in_flight) m_max_in_flight = m_in_flight;
  if (m_qid == 0) m_platform.annotate("admin_inflight", m_in_flight + m_aer_outstanding);
}

void QueuePair::notify(CommandEvent::Kind kind, uint16_t cid, const Slot& slot) {
  if (!m_observer) return;
  CommandEvent event;
  event.kind = kind;
  event.qid = m_qid;
  event.cid = cid;
  event.opcode = slot.opcode;
  event.nsid = slot.nsid;
  event.cdw10 = slot.cdw10;
  event.submitted = slot.result.submitted;
  event.completed = slot.result.completed;
  event.status = slot.result.status;
  event.dw0 = slot.result.dw0;
  m_observer(event);
}

void QueuePair::write_sqe(const Sqe& sqe) {
  m_platform.write_dma(m_sq.bus_address + uint64_t{m_sq_tail} * kSqeSize, &sqe, kSqeSize);
  m_sq_tail = (m_sq_tail + 1) % m_entries;
  m_platform.write32(sq_tail_doorbell(m_qid), m_sq_tail);
}

CommandResult QueuePair::submit(const Sqe& command, Nanoseconds timeout) {
  m_tag_pool->acquire();
  return run(command, timeout, /*recover=*/true);
}

CommandResult QueuePair::submit_nowait(const Sqe& command, Nanoseconds timeout) {
  if (!m_tag_pool->try_acquire()) {
    CommandResult refused;
    refused.status = kStatusHostNotSubmitted;
    refused.submitted = refused.completed = m_platform.now();
    return refused;
  }
  return run(command, timeout, /*recover=*/false);
}

// With a tag taken: submit and wait.
CommandResult QueuePair::run(const Sqe& command, Nanoseconds timeout, bool recover) {
  while (m_paused) {
    const std::shared_ptr<Completion> resumed = m_resumed;
    resumed->wait();
  }
  uint16_t cid = 0;
  while (cid < m_tags && m_slots[cid].state != SlotState::kFree) ++cid;
  if (cid == m_tags) throw std::logic_error("QueuePair: a tag was granted but no CID is free");

  Slot& slot = m_slots[cid];  // m_slots never resizes: the reference stays valid across waits
  slot.state = SlotState::kWaiting;
  slot.opcode = command.opcode;
  slot.nsid = command.nsid;
  slot.cdw10 = command.cdw10;
  slot.done = m_platform.make_completion();
  slot.result = CommandResult{};
  slot.result.cid = cid;

  Sqe sqe = command;
  sqe.cid = cid;
  slot.result.submitted = m_platform.now();
  write_sqe(sqe);
  ++m_submitted_count;
  set_in_flight(m_in_flight + 1);
  notify(CommandEvent::Kind::kSubmitted, cid, slot);

  const bool completed = slot.done->wait_for(timeout) || slot.state == SlotState::kReaped;
  if (!completed) {
    ++m_timed_out_count;
    slot.result.completed = m_platform.now();
    slot.result.timed_out = true;
    slot.result.status = kStatusHostTimeout;
    const bool handled = recover && m_timeout_handler;
    slot.state = handled ? SlotState::kRecovering : SlotState::kTimedOut;
    notify(CommandEvent::Kind::kTimedOut, cid, slot);
    if (handled) m_timeout_handler(*this, cid);
    if (slot.state != SlotState::kReaped) {
      // Still outstanding: keep the CID and the tag until the CQE turns up (reap() frees them).
      slot.state = SlotState::kTimedOut;
      CommandResult abandoned = slot.result;
      abandoned.status = kStatusHostTimeout;
      return abandoned;
    }
  }
  const CommandResult result = slot.result;
  slot.state = SlotState::kFree;
  slot.done.reset();
  m_tag_pool->release();
  return result;
}

bool QueuePair::wait_for_end(uint16_t cid, Nanoseconds timeout) {
  if (cid >= m_entries) return true;
  Slot& slot = m_slots[cid];
  if (slot.state != SlotState::kWaiting && slot.state != SlotState::kRecovering) return true;
  return slot.done->wait_for(timeout) || slot.state == SlotState::kReaped;
}

unsigned QueuePair::cancel_all(uint16_t status) {
  unsigned ended = 0;
  for (uint16_t cid = 0; cid < m_entries; ++cid) {
    Slot& slot = m_slots[cid];
    if (slot.state == SlotState::kFree || slot.state == SlotState::kReaped) continue;
    ++ended;
    slot.result.status = status;
    slot.result.dw0 = 0;
    slot.result.completed = m_platform.now();
    switch (slot.state) {
      case SlotState::kWaiting:
      case SlotState::kRecovering:
        set_in_flight(m_in_flight - 1);
        notify(slot.state == SlotState::kWaiting ? CommandEvent::Kind::kCompleted
                                                 : CommandEvent::Kind::kLateCompletion,
               cid, slot);
        slot.state = SlotState::kReaped;
        slot.done->complete();  // the submitter frees the CID and the tag
        break;
      case SlotState::kTimedOut:
        set_in_flight(m_in_flight - 1);
        notify(CommandEvent::Kind::kLateCompletion, cid, slot);
        free_slot(slot);
        break;
      case SlotState::kAer:
        --m_aer_outstanding;
        set_in_flight(m_in_flight);
        notify(CommandEvent::Kind::kCompleted, cid, slot);
        slot.state = SlotState::kFree;
        slot.aer_callback = nullptr;
        break;
      case SlotState::kFree:
      case SlotState::kReaped:
        break;
    }
  }
  m_cancelled_count += ended;
  m_sq_tail = 0;
  m_cq_head = 0;
  m_phase = true;
  const std::vector<uint8_t> zeros(m_sq.size > m_cq.size ? m_sq.size : m_cq.size, 0);
  m_platform.write_dma(m_sq.bus_address, zeros.data(), m_sq.size);
  m_platform.write_dma(m_cq.bus_address, zeros.data(), m_cq.size);
  return ended;
}

void QueuePair::pause() {
  if (m_paused) return;
  m_paused = true;
  m_resumed = m_platform.make_completion();
}

void QueuePair::resume() {
  if (!m_paused) return;
  m_paused = false;
  m_resumed->complete();
}

void QueuePair::free_slot(Slot& slot) {
  slot.state = SlotState::kFree;
  slot.done.reset();
  m_tag_pool->release();
}

bool QueuePair::submit_async_event(std::function<void(const CommandResult&)> callback) {
  uint16_t cid = static_cast<uint16_t>(m_entries - m_reserved);
  while (cid < m_entries && m_slots[cid].state != SlotState::kFree) ++cid;
  if (cid >= m_entries) return false;

  Slot& slot = m_slots[cid];
  Sqe sqe = async_event_request_sqe();
  sqe.cid = cid;
  slot.state = SlotState::kAer;
  slot.opcode = sqe.opcode;
  slot.nsid = 0;
  slot.cdw10 = 0;
  slot.aer_callback = std::move(callback);
  slot.result = CommandResult{};
  slot.result.cid = cid;
  slot.result.submitted = m_platform.now();
  write_sqe(sqe);
  ++m_submitted_count;
  ++m_aer_outstanding;
  set_in_flight(m_in_flight);
  notify(CommandEvent::Kind::kSubmitted, cid, slot);
  return true;
}

unsigned QueuePair::process_completions() {
  unsigned reaped = 0;
  for (;;) {
    Cqe cqe;
    m_platform.read_dma(m_cq.bus_address + uint64_t{m_cq_head} * kCqeSize, &cqe, kCqeSize);
    if (cqe.phase() != m_phase) break;
    if (++m_cq_head == m_entries) {
      m_cq_head = 0;
      m_phase = !m_phase;
    }
    ++reaped;
    reap(cqe);
  }
  if (reaped > 0) m_platform.write32(cq_head_doorbell(m_qid), m_cq_head);
  return reaped;
}

void QueuePair::reap(const Cqe& cqe) {
  const uint16_t cid = cqe.cid;
  if (cid >= m_entries || m_slots[cid].state == SlotState::kFree ||
      m_slots[cid].state == SlotState::kReaped) {
    ++m_unexpected_completions;
    log("qid " + std::to_string(m_qid) + ": CQE for CID " + std::to_string(cid) +
        " that is not outstanding (status " + status_name(cqe.status()) + "), dropped");
    return;
  }
  Slot& slot = m_slots[cid];
  slot.result.completed = m_platform.now();
  slot.result.status = cqe.status();
  slot.result.dw0 = cqe.dw0;

  switch (slot.state) {
    case SlotState::kWaiting:
      slot.state = SlotState::kReaped;
      ++m_completed_count;
      set_in_flight(m_in_flight - 1);
      notify(CommandEvent::Kind::kCompleted, cid, slot);
      slot.done->complete();  // the submitter frees the CID and the tag when it runs
      break;

    case SlotState::kRecovering:
    case SlotState::kTimedOut:
      ++m_late_completions;
      set_in_flight(m_in_flight - 1);
      notify(CommandEvent::Kind::kLateCompletion, cid, slot);
      log("qid " + std::to_string(m_qid) + ": late CQE for timed-out " +
          (m_qid == 0 ? admin_opcode_name(slot.opcode) : "I/O command") + " cid " +
          std::to_string(cid) + " (" + status_name(slot.result.status) + ")" +
          (slot.state == SlotState::kTimedOut ? ", CID released" : ""));
      if (slot.state == SlotState::kRecovering) {
        slot.state = SlotState::kReaped;
        slot.done->complete();  // the timeout handler waits for it; the submitter frees the CID
      } else {
        free_slot(slot);
      }
      break;

    case SlotState::kAer: {
      ++m_completed_count;
      --m_aer_outstanding;
      set_in_flight(m_in_flight);
      notify(CommandEvent::Kind::kCompleted, cid, slot);
      // Free the CID first so that the callback may post the next AER.
      auto callback = std::move(slot.aer_callback);
      const CommandResult result = slot.result;
      slot.state = SlotState::kFree;
      slot.aer_callback = nullptr;
      if (callback) callback(result);
      break;
    }

    case SlotState::kFree:
    case SlotState::kReaped:
      break;  // handled above
  }
}

}  // namespace nvme
