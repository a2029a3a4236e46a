// SPDX-License-Identifier: Apache-2.0
// A submission/completion queue pair: rings in DMA memory, phase tags, doorbells, CIDs from a
// tag pool that bounds the commands in flight, blocking submission with a timeout, and the
// completion reaper that runs in the queue's interrupt handler.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "nvme_spec.h"
#include "platform.h"

namespace nvme {

// What submit() returns.
struct CommandResult {
  uint16_t status = 0;  // 15-bit Status Field of the CQE, or a host status (nvme_spec.h)
  uint32_t dw0 = 0;     // CQE DW0 (command specific), 0 if there was no CQE
  uint16_t cid = 0;     // the CID the command was given
  // The command outlived its timeout. With a timeout handler, `status` then tells how the
  // recovery ended it: Command Abort Requested (aborted), kStatusHostAborted (a controller
  // reset), or whatever the device answered meanwhile; without one, kStatusHostTimeout.
  bool timed_out = false;
  Nanoseconds submitted = 0;  // when the SQ tail doorbell was written
  Nanoseconds completed = 0;  // when the CQE was reaped; on a timeout, when the host gave up

  bool ok() const { return !timed_out && status == 0; }
};

// A command seen by an observer (protocol logs, waveform counters).
struct CommandEvent {
  enum class Kind {
    kSubmitted,       // the SQ tail doorbell was written
    kCompleted,       // its CQE was reaped (status, dw0, completed are valid)
    kTimedOut,        // the command outlived its timeout (completed = that time)
    kLateCompletion,  // a timed-out command ended: its CQE arrived, or a reset cancelled it
  };
  Kind kind = Kind::kSubmitted;
  uint16_t qid = 0;
  uint16_t cid = 0;
  uint8_t opcode = 0;
  uint32_t nsid = 0;
  uint32_t cdw10 = 0;
  Nanoseconds submitted = 0;
  Nanoseconds completed = 0;
  uint16_t status = 0;
  uint32_t dw0 = 0;
};
using CommandObserver = std::function<void(const CommandEvent&)>;

const char* event_kind_name(CommandEvent::Kind kind);

// One SQ/CQ pair with the same QID, physically contiguous rings allocated from the platform.
//
// Tags. A queue of N entries holds at most N - 1 commands (one slot stays empty to tell a full
// queue from an empty one). `reserved` of them are kept for Asynchronous Event Requests, the
// rest form the tag pool: a Semaphore of N - 1 - reserved tags. Admin queue, N = 32, 1 reserved:
// 30 tags, as Linux's NVME_AQ_MQ_TAG_DEPTH (NVME_AQ_DEPTH 32 - 1 AEN - 1 empty slot). Normal CIDs
// are 0 .. tags - 1, the reserved CIDs are N - reserved .. N - 1 (the AER is CID 31 on the admin
// queue, as in Linux). Since tags + reserved <= N - 1, the SQ can never overflow, whatever the
// device does.
//
// Timeouts. When a command's CQE has not arrived after its timeout, the queue's timeout handler
// (Controller installs one: Abort, then a controller reset) runs in the submitting task, as
// Linux's timeout handler runs while the request is still outstanding. The handler returns
// once the command has ended: its CQE arrived (typically Command Abort Requested) or
// cancel_all() ended it in a reset. submit() then returns timed_out = true with that status,
// and the command's buffers are the host's again. Without a handler, or if the handler returns
// with the command still outstanding, submit() returns kStatusHostTimeout and the CID and tag
// stay taken until the CQE turns up (the reaper frees them then; CommandEvent
// kLateCompletion): the caller must then not free or reuse the command's data buffer.
//
// Resets. cancel_all() ends every outstanding command with kStatusHostAborted (the device was
// disabled: nothing more will arrive) and rewinds the rings, so the queue can be handed to the
// re-enabled device as new. pause() holds new submissions until resume(), across the window in
// which the device does not know the rings.
//
// Concurrency. Tasks are cooperative: code between two waits runs without interruption. State
// shared between submitting tasks and the interrupt task:
//  - m_sq_tail, the SQE slot it names and the doorbell write: submit() writes the SQE, advances
//    the tail and writes the doorbell with no wait in between when Platform::write32 is posted
//    (it is in the co-simulation, as MMIO writes are on PCIe). Were write32 to wait, doorbell
//    values still leave in call order, and each carries the tail current at its call.
//  - m_slots (per-CID state): a submitter takes the lowest free CID right after the semaphore
//    granted it a tag (the semaphore count never exceeds the free normal CIDs, so one is free);
//    the reaper fills the slot's result and completes its Completion; the submitter, once woken,
//    copies the result and frees the CID and the tag. A timed-out slot is marked before the
//    submitter returns, so the reaper knows its CQE is late.
//  - m_cq_head, m_phase: only the reaper touches them, and the platform runs one handler
//    invocation at a time per vector. Queue pairs sharing a vector are reaped one after another
//    by the same handler (Controller does this).
//  - counters: updated between waits.
class QueuePair {
 public:
  // `entries`: ring size (2..65536); `reserved`: CIDs kept for AERs (0 or more);
  // `vector`: the MSI-X vector its CQ raises (informational: the owner installs the handler and
  // calls process_completions()); `log`: optional, for anomalies (late or unknown CQEs).
  QueuePair(Platform& platform, uint16_t qid, unsigned entries, unsigned reserved, unsigned vector,
            std::function<void(const std::string&)> log = {});
  ~QueuePair();
  QueuePair(const QueuePair&) = delete;
  QueuePair& operator=(const QueuePair&) = delete;

  uint16_t qid() const { return m_qid; }
  unsigned entries() const { return m_entries; }
  unsigned vector() const { return m_vector; }
  unsigned tags() const { return m_tags; }  // commands that can be in flight at once
  const DmaBuffer& sq_memory() const { return m_sq; }
  const DmaBuffer& cq_memory() const { return m_cq; }

  // Blocks the calling task: waits for a tag, writes the SQE (with its CID), rings the SQ tail
  // doorbell and waits for the CQE or `timeout` (then the timeout handler). Must run in a
  // platform task.
  CommandResult submit(const Sqe& sqe, Nanoseconds timeout);
  // For the recovery's own commands (Abort): no waiting for a tag (status
  // kStatusHostNotSubmitted when none is free) and no timeout handler (a timeout returns
  // kStatusHostTimeout and leaves the command outstanding, for a reset to end).
  CommandResult submit_nowait(const Sqe& sqe, Nanoseconds timeout);

  // Runs in the submitting task when a command outlives its timeout (see the class comment).
  using TimeoutHandler = std::function<void(QueuePair& queue, uint16_t cid)>;
  void set_timeout_handler(TimeoutHandler handler) { m_timeout_handler = std::move(handler); }
  // For the timeout handler: waits up to `timeout` for command `cid` to end; true if it did
  // (or is not outstanding).
  bool wait_for_end(uint16_t cid, Nanoseconds timeout);

  // Controller reset: ends every outstanding command (AERs included, without their callbacks)
  // with `status`, zeroes the rings and rewinds tail, head and phase. Only once the device was
  // disabled. Returns the number of commands ended.
  unsigned cancel_all(uint16_t status);
  // New submissions wait (after taking their tag) until resume().
  void pause();
  void resume();

  // Posts an Asynchronous Event Request with a reserved CID and returns at once. `callback`
  // runs in the interrupt task when its CQE arrives (with the status and DW0); it must not wait
  // (spawn a task for anything that does). Re-posting is the caller's business. False if no
  // reserved CID is free.
  bool submit_async_event(std::function<void(const CommandResult&)> callback);

  // The interrupt handler body: reaps every CQE with the current phase, completes its waiter,
  // then writes the CQ head doorbell once for the batch. Returns the number of CQEs reaped.
  unsigned process_completions();

  void set_observer(CommandObserver observer) { m_observer = std::move(observer); }

  // Counters. in_flight: tagged commands submitted whose CQE has not been reaped (including
  // timed-out ones still outstanding); AERs are counted apart.
  unsigned in_flight() const { return m_in_flight; }
  unsigned max_in_flight() const { return m_max_in_flight; }
  void reset_max_in_flight() { m_max_in_flight = m_in_flight; }
  unsigned free_tags() const { return m_tag_pool->available(); }
  unsigned aer_outstanding() const { return m_aer_outstanding; }
  uint64_t submitted_count() const { return m_submitted_count; }
  uint64_t completed_count() const { return m_completed_count; }
  uint64_t timed_out_count() const { return m_timed_out_count; }
  uint64_t late_completions() const { return m_late_completions; }
  uint64_t cancelled_count() const { return m_cancelled_count; }
  uint64_t unexpected_completions() const { return m_unexpected_completions; }

 private:
  // kRecovering: timed out, the timeout handler is running; kTimedOut: abandoned, waiting for a
  // late CQE to free the CID.
  enum class SlotState { kFree, kWaiting, kReaped, kRecovering, kTimedOut, kAer };
  struct Slot {
    SlotState state = SlotState::kFree;
    uint8_t opcode = 0;
    uint32_t nsid = 0;
    uint32_t cdw10 = 0;
    std::unique_ptr<Completion> done;
    CommandResult result;
    std::function<void(const CommandResult&)> aer_callback;
  };

  CommandResult run(const Sqe& sqe, Nanoseconds timeout, bool recover);
  void write_sqe(const Sqe& sqe);
  void free_slot(Slot& slot);  // CID and tag back to the pool
  void reap(const Cqe& cqe);
  void notify(CommandEvent::Kind kind, uint16_t cid, const Slot& slot);
  void log(const std::string& message) const;
  void set_in_flight(unsigned value);

  Platform& m_platform;
  const uint16_t m_qid;
  const unsigned m_entries;
  const unsigned m_reserved;
  const unsigned m_tags;
  const unsigned m_vector;
  std::function<void(const std::string&)> m_log;
  CommandObserver m_observer;
  TimeoutHandler m_timeout_handler;

  DmaBuffer m_sq;
  DmaBuffer m_cq;
  uint32_t m_sq_tail = 0;
  uint32_t m_cq_head = 0;
  bool m_phase = true;  // the phase tag of new entries in the current pass over the CQ

  std::unique_ptr<Semaphore> m_tag_pool;
  std::vector<Slot> m_slots;  // indexed by CID
  // While paused, submitters wait on m_resumed (shared: a waiter keeps the one it waits on).
  bool m_paused = false;
  std::shared_ptr<Completion> m_resumed;

  unsigned m_in_flight = 0;
  unsigned m_max_in_flight = 0;
  unsigned m_aer_outstanding = 0;
  uint64_t m_submitted_count = 0;
  uint64_t m_completed_count = 0;
  uint64_t m_timed_out_count = 0;
  uint64_t m_late_completions = 0;
  uint64_t m_unexpected_completions = 0;
  uint64_t m_cancelled_count = 0;
};

}  // namespace nvme
