// SPDX-License-Identifier: Apache-2.0
// Cooperative tasks in virtual time for the driver tests: one task runs at a time and switches
// only where it waits, and events run in (time, sequence number) order, so every run of a test
// is the same run. Tasks are ucontext coroutines on one OS thread; no wall clock is read.

#pragma once

#include <ucontext.h>

#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "platform.h"

namespace driver_test {

using nvme::Nanoseconds;

// run() ends with one of these instead of hanging.
struct Deadlock : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct TimeLimitExceeded : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Scheduler {
 public:
  struct Task;
  // A task's place in a wait queue: the task and which of its waits it was.
  struct Waiter {
    Task* task = nullptr;
    uint64_t wait = 0;
  };

  // `time_limit`: virtual time at which run() gives up (a livelock guard, e.g. endless polling).
  explicit Scheduler(Nanoseconds time_limit);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Runs `main` as the first task, then events in order until `main` returns; tasks still
  // waiting then are cancelled (their stacks unwound). Throws Deadlock when `main` has not
  // returned and nothing is scheduled, TimeLimitExceeded past the limit, or rethrows what a task
  // or event threw. Once per scheduler.
  void run(std::function<void()> main);

  // A new task, started at the current time after the tasks and events already due.
  void spawn(std::string name, std::function<void()> body);
  // `callback` runs outside any task at `when` (not before now); it must not wait. Device-side
  // work (a command completing, a register changing) is scheduled this way.
  void at(Nanoseconds when, std::function<void()> callback);

  Nanoseconds now() const { return m_now; }
  Task* current() const { return m_current; }  // nullptr outside tasks

  // ---- For synchronisation primitives (see WaitQueue) -------------------------------------
  // The calling task's next wait, to be registered before block().
  Waiter waiter() const;
  // The calling task waits until wake(waiter) or until `deadline` (if given); `what` names the
  // wait in a deadlock report. Returns false if the deadline came first.
  bool block(const char* what, const Nanoseconds* deadline = nullptr);
  // Makes the waiter's task ready (it resumes after what is already due now). False if that
  // wait is over (timed out, already woken): the waiter is stale.
  bool wake(const Waiter& waiter);
  void sleep(Nanoseconds duration);

 private:
  struct Event {
    Task* task = nullptr;  // resume this task (if its wait `wait` is still current) ...
    uint64_t wait = 0;
    bool timeout = false;
    std::function<void()> callback;  // ... or run this
  };
  using EventKey = std::pair<Nanoseconds, uint64_t>;  // (time, sequence number)

  static void entry();
  void schedule(Nanoseconds when, Event event);
  void resume(Task& task);
  void cancel_all();
  std::string waiting_tasks() const;

  const Nanoseconds m_time_limit;
  Nanoseconds m_now = 0;
  uint64_t m_sequence = 0;
  std::map<EventKey, Event> m_events;
  std::vector<std::unique_ptr<Task>> m_tasks;
  Task* m_current = nullptr;
  // Zeroed: ASan's swapcontext reads the stack fields of the context it switches to.
  ucontext_t m_scheduler_context{};
  // The stack run() is on, for ASan's switch annotations (scheduler.cc); learnt on the first
  // switch into a task.
  const void* m_stack_bottom = nullptr;
  size_t m_stack_size = 0;
  void* m_fake_stack = nullptr;  // ASan's fake frames of run()'s stack while a task runs
  std::exception_ptr m_error;
  bool m_cancelling = false;
  bool m_ran = false;
};

// Tasks waiting for something; the building block of Completion, Mutex, Semaphore.
class WaitQueue {
 public:
  explicit WaitQueue(Scheduler& scheduler) : m_scheduler(scheduler) {}
  void wait(const char* what) { wait_until(nullptr, what); }
  // False if `deadline` came first.
  bool wait_until(const Nanoseconds* deadline, const char* what);
  // Wakes the longest-waiting task whose wait is still current; nullptr if none.
  Scheduler::Task* wake_one();
  void wake_all();

 private:
  Scheduler& m_scheduler;
  std::deque<Scheduler::Waiter> m_waiters;  // oldest first
};

}  // namespace driver_test
