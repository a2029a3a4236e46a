// SPDX-License-Identifier: Apache-2.0
// The external clock of User-Mode Linux's time travel (`time-travel=ext:PATH`): UML asks this
// controller before its time passes a point the controller has not cleared, so the guest's time
// and the co-simulation's are one (docs/linux.md, "One time base"). The protocol is the kernel's
// include/uapi/linux/um_timetravel.h in message mode: 16-byte messages, each acknowledged.
// Plain C++, single-threaded, non-blocking: the caller polls poll_fd() and calls service().

#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace vhost {

class TimeTravelController {
 public:
  static constexpr uint64_t kNever = UINT64_MAX;

  // Listens on `socket_path` (errors as for the vhost-user socket). `now` gives the
  // controller's current time in nanoseconds; the guest's time of day is `epoch_ns` plus it.
  TimeTravelController(const std::string& socket_path, std::function<uint64_t()> now,
                       uint64_t epoch_ns);
  ~TimeTravelController();
  TimeTravelController(const TimeTravelController&) = delete;
  TimeTravelController& operator=(const TimeTravelController&) = delete;

  // The listening socket until the guest connects, then the connection.
  int poll_fd() const { return m_conn >= 0 ? m_conn : m_listen; }
  // Accepts the guest, or handles every message already waiting; never blocks for the next.
  // False once the guest has gone (error() says why when it was not a plain hang-up).
  bool service();
  bool started() const { return m_started; }
  bool closed() const { return m_closed; }
  const std::string& error() const { return m_error; }

  // The guest stopped (WAIT) and waits to be run at request().
  bool waiting() const { return m_waiting; }
  // The time the guest last asked to run at (kNever before it asked).
  uint64_t request() const { return m_request; }
  // The guest's time as far as the controller knows: the latest RUN, GET answer or UPDATE.
  uint64_t guest_time() const { return m_guest_time; }
  // The latest FREE_UNTIL sent since the guest last waited (0: none, the guest asks before
  // every step of its time).
  uint64_t free_until() const { return m_free_until; }

  // Lets the guest run without asking while its time is below `time`. Only after START, only
  // while nothing else is being acknowledged; wait for !awaiting_ack() before the next send.
  bool send_free_until(uint64_t time);
  // Runs the waiting guest at `time` (not below its own time).
  bool send_run(uint64_t time);
  bool awaiting_ack() const { return m_ack_due != 0; }

  // Messages handled, for logs.
  uint64_t messages() const { return m_messages; }
  uint64_t runs() const { return m_runs; }

 private:
  struct Message;
  void handle(const Message& message);
  bool send(uint32_t op, uint64_t time);
  void ack(const Message& message, uint64_t time);
  void ack_start(const Message& message);
  void fail(const std::string& why);

  std::string m_path;
  int m_listen = -1;
  int m_conn = -1;
  std::function<uint64_t()> m_now;
  uint64_t m_epoch_ns;
  bool m_started = false;
  bool m_closed = false;
  std::string m_error;
  bool m_waiting = false;
  uint64_t m_request = kNever;
  uint64_t m_guest_time = 0;
  uint64_t m_free_until = 0;
  uint32_t m_seq = 0;      // of our messages
  uint32_t m_ack_due = 0;  // seq of the message waiting for its ACK, 0: none
  uint64_t m_messages = 0;
  uint64_t m_runs = 0;
};

}  // namespace vhost
