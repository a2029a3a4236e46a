// SPDX-License-Identifier: Apache-2.0
// One NVMe controller: bring-up in Linux's order as a named state machine, the admin queue, one
// I/O queue pair, Identify, and the asynchronous event request.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "nvme_spec.h"
#include "platform.h"
#include "queue_pair.h"

namespace nvme {

struct ControllerOptions {
  unsigned admin_queue_depth = 32;             // NVME_AQ_DEPTH: 30 tags + 1 AER + the empty slot
  Nanoseconds admin_timeout = 60'000'000'000;  // Linux's admin_timeout module parameter, 60 s
  unsigned io_queue_depth = 64;                // capped by CAP.MQES + 1
  Nanoseconds io_timeout = 30'000'000'000;     // Linux's io_timeout module parameter, 30 s
  // I/O queue pairs asked for (Set Features Number of Queues); as many as granted are made,
  // one per task that does I/O, as Linux makes one per CPU.
  unsigned io_queues = 1;
  // Time between two CSTS reads while waiting for RDY. Linux sleeps 1-2 ms; the RTL is ready
  // 100 cycles (400 ns) after CC.EN, so a millisecond would make bring-up ~2 ms of pure polling
  // and dwarf a fast scan. 10 us keeps bring-up near 20 us of simulated time while a poll still
  // costs only a few hundred cycles of simulation. Raise it where a long wait is expected (a
  // never-ready device bounded by CAP.TO = 15 s is ~15 000 reads at 1 ms).
  Nanoseconds csts_poll_interval = 10'000;
  // Controller resets after which the controller is given up (DEAD): a device that keeps
  // failing must not keep the driver resetting it forever.
  unsigned max_resets = 16;
  // State transitions, failures and bring-up facts, one line each, "nvme{N}: ..."; may be empty.
  std::function<void(const std::string&)> log;
};

enum class ControllerState {
  kNew,                // constructed, nothing touched
  kDisabling,          // CC.EN = 0, waiting for CSTS.RDY = 0
  kConfiguringAdmin,   // admin queue rings allocated, AQA/ASQ/ACQ programmed
  kEnabling,           // CC written with EN = 1, waiting for CSTS.RDY = 1
  kIdentifying,        // Identify Controller
  kConfiguringQueues,  // Set Features Number of Queues, Create I/O CQ and SQ
  kLive,               // usable; async events enabled and an AER posted
  kResetting,          // recovery: disabled, outstanding commands being cancelled; then the
                       // bring-up states again from CONFIGURING_ADMIN
  kDead,               // bring-up or a reset failed; admin() refuses commands
  kShutDown,           // the host let it go (shutdown()); admin() refuses commands
};
// "NEW", "DISABLING", "CONFIGURING_ADMIN", "ENABLING", "IDENTIFYING", "CONFIGURING_QUEUES",
// "LIVE", "RESETTING", "DEAD", "SHUT_DOWN".
const char* state_name(ControllerState state);

// Concurrency: bring_up() runs in one task. Once LIVE, any number of tasks may call admin() and
// identify() at once: the admin QueuePair serializes what needs it (see queue_pair.h). The
// interrupt handlers run in the platform's per-vector tasks; the AER handler runs in a task of
// its own.
//
// Timeouts are recovered as Linux does, in the task whose command timed out: read CSTS (all
// ones: the device is gone; CFS: reset at once); else send Abort for the command and wait for
// it to end; a failed, refused or timed-out Abort, or a command that still does not end within
// another timeout, leads to a controller reset. A reset disables the controller (waiting for
// RDY = 0, bounded by CAP.TO), ends every outstanding command with kStatusHostAborted, then
// brings the controller up again on the same queues (Identify Controller, I/O queues, async
// event configuration, a new AER) and runs the reset handler. Only one reset runs at a time;
// admin() waits while one is in progress. A timeout during bring-up, or during a reset's
// re-initialization, disables the controller and ends everything: the step fails, DEAD.
class Controller {
 public:
  // `instance` names the controller (nvme{instance}); the caller's allocator hands it out.
  Controller(Platform& platform, unsigned instance, ControllerOptions options = {});
  // Stops handling interrupts (the handlers are replaced by no-ops) and frees the rings. Does
  // not touch the device: disable it first if it may still write to host memory.
  ~Controller();
  Controller(const Controller&) = delete;
  Controller& operator=(const Controller&) = delete;

  // In a platform task: the Linux order. Disable (CC.EN = 0) and wait for RDY = 0; program
  // AQA/ASQ/ACQ; enable (IOSQES 6, IOCQES 4, CSS NVM, MPS 0, AMS round robin) and wait for
  // RDY = 1 (both waits bounded by (CAP.TO + 1) x 500 ms, as Linux); Identify Controller; Set
  // Features Number of Queues (io_queues pairs); for each pair granted, Create I/O CQ q then SQ q
  // (vector 1 + (q - 1) mod (vectors - 1) when the platform has two or more vectors, else 0:
  // the admin queue keeps vector 0 to itself when it can); LIVE; Set Features Asynchronous Event
  // Configuration with namespace attribute notices and post one AER. Any failure logs why and goes
  // to DEAD. Returns true when LIVE. Only from NEW (false otherwise).
  bool bring_up();

  ControllerState state() const { return m_state; }
  const nvme_id_ctrl& id_ctrl() const { return *m_id_ctrl; }
  uint32_t version() const { return m_version; }  // the VS register
  uint32_t nn() const { return m_id_ctrl->nn; }
  uint64_t cap() const { return m_cap; }
  unsigned instance() const { return m_instance; }
  const std::string& name() const { return m_name; }  // "nvme{instance}"
  Platform& platform() { return m_platform; }
  const ControllerOptions& options() const { return m_options; }

  // Any admin command, with the admin timeout; waits first while a reset is in progress.
  // Returns status kStatusHostNotSubmitted without submitting when the controller is not usable
  // (not brought up, or DEAD). A timeout is recovered before it returns (see above): the
  // result has timed_out set and the status the recovery ended it with.
  CommandResult admin(const Sqe& sqe);
  // Identify into `data` (at least 4 KiB): PRP1 = its start, PRP2 = the next page boundary if
  // the start is not page aligned.
  CommandResult identify(uint8_t cns, uint32_t nsid, const DmaBuffer& data);

  // Runs `handler(dw0)` for each completed AER, in a task of its own, then re-posts the AER.
  // Without a handler, events are logged and the AER re-posted. An AER that completes with an
  // error is logged and not re-posted (as Linux). A handler that waits a long time delays the
  // re-post: spawn a task from it for long work (a scan).
  void set_async_event_handler(std::function<void(uint32_t dw0)> handler);
  uint64_t async_events() const { return m_async_events; }

  // In a platform task: a controller reset (see above). True when the controller is LIVE
  // again; false when it is DEAD (the reset failed, or max_resets was reached).
  bool reset(const std::string& why);
  // In a platform task, once brought up: waits for a reset in progress, then reads CSTS; a
  // controller that is gone (all ones) goes DEAD, one with fatal status (CFS) is reset. Linux's
  // PCIe driver finds CFS only when a command times out; a caller that waits with nothing in flight
  // uses this to find it too. True when the controller is LIVE afterwards.
  bool check_health();
  // Runs in a task of its own after each successful reset (Linux queues a namespace scan).
  void set_reset_handler(std::function<void()> handler);

  // In a platform task, when the host lets the controller go (Linux's nvme_dev_disable with
  // shutdown, as when the driver unbinds): waits for a reset in progress; then, if the
  // controller is enabled, CC.SHN = normal and a wait for CSTS.SHST = complete (bounded by
  // RTD3E, at least 5 s and at most 60 s, as Linux), then CC.EN = 0 and a wait for RDY = 0.
  // Outstanding commands (the AER) end with kStatusHostAborted. SHUT_DOWN afterwards; true when
  // the controller reported its shutdown complete and went not ready. A device that was never
  // brought up is left alone.
  bool shutdown();

  // Recovery counters.
  uint64_t aborts_sent() const { return m_aborts_sent; }
  uint64_t aborts_taken() const { return m_aborts_taken; }  // Abort reported the command aborted
  uint64_t resets() const { return m_resets; }
  uint64_t fatal_resets() const { return m_fatal_resets; }  // those for CSTS.CFS

  QueuePair& admin_queue() { return *m_admin; }
  // The I/O queue pairs (qid = index + 1); none before CONFIGURING_QUEUES succeeded.
  QueuePair* io_queue(size_t index = 0) {
    return index < m_io.size() ? m_io[index].get() : nullptr;
  }
  size_t io_queue_count() const { return m_io.size(); }
  // Observer of every command on every queue pair (forwarded, also to queues created later).
  void set_command_observer(CommandObserver observer);

 private:
  void set_state(ControllerState next);
  bool fail(const std::string& why);
  void log(const std::string& message) const;
  bool wait_ready(bool ready, const char* step);
  bool initialize();  // disable .. LIVE with an AER posted: bring-up and every reset
  bool initialize_steps();
  bool initialize_retrying();             // initialize(), again after a fatal error, a few times
  CommandResult execute(const Sqe& sqe);  // admin() without the state checks
  bool run_step(const char* what, const Sqe& sqe, CommandResult* result = nullptr);
  void on_timeout(QueuePair& queue, uint16_t cid);
  void disable_and_cancel(const char* why);
  void cancel_all();
  void attach_to_vector(QueuePair& queue);
  bool post_async_event();
  void on_async_event(const CommandResult& result);

  Platform& m_platform;
  const unsigned m_instance;
  const std::string m_name;
  ControllerOptions m_options;
  ControllerState m_state = ControllerState::kNew;

  uint64_t m_cap = 0;
  uint32_t m_version = 0;
  std::unique_ptr<nvme_id_ctrl> m_id_ctrl;
  std::unique_ptr<QueuePair> m_admin;
  std::vector<std::unique_ptr<QueuePair>> m_io;
  CommandObserver m_observer;
  std::vector<std::vector<QueuePair*>> m_vector_queues;  // by MSI-X vector

  std::function<void(uint32_t)> m_aen_handler;
  uint64_t m_async_events = 0;

  std::function<void()> m_reset_handler;
  bool m_resetting = false;                  // from reset() until LIVE or DEAD again
  bool m_fatal_seen = false;                 // CSTS.CFS seen while bringing the controller up
  bool m_initializing = false;               // in initialize(): timeouts fail the step
  std::shared_ptr<Completion> m_reset_done;  // completed when that reset ends
  uint64_t m_aborts_sent = 0;
  uint64_t m_aborts_taken = 0;
  uint64_t m_resets = 0;
  uint64_t m_fatal_resets = 0;
};

}  // namespace nvme
