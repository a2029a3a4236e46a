// SPDX-License-Identifier: Apache-2.0
// The driver's tasks on host threads, for platforms outside simulation (vfio_platform.h). The
// driver is written for cooperative tasks (platform.h: code between two waits runs without
// interruption), so the threads take turns: one CPU lock, held by the running task and given up
// only while it waits. Time is the host's monotonic clock. Interrupts arrive on file descriptors
// (eventfds) watched by a thread of their own and run the vector's handler in a task, as the
// SystemC platform runs them.

#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "platform.h"

namespace vfio {

class HostScheduler {
 public:
  using Clock = std::chrono::steady_clock;

  HostScheduler();
  // Stops every task and the interrupt thread, and waits for them.
  ~HostScheduler();
  HostScheduler(const HostScheduler&) = delete;
  HostScheduler& operator=(const HostScheduler&) = delete;

  // Runs `body` as a task; returns once it has returned, after stopping every other task still
  // waiting (interrupt tasks wait forever). A task that throws stops everything too, and run()
  // rethrows its exception. Once per scheduler.
  void run(const std::string& name, std::function<void()> body);

  // ---- For nvme::Platform ---------------------------------------------------------------------
  void spawn(const std::string& name, std::function<void()> body);
  std::unique_ptr<nvme::Completion> make_completion();
  std::unique_ptr<nvme::Mutex> make_mutex();
  std::unique_ptr<nvme::Semaphore> make_semaphore(unsigned count);
  void sleep(nvme::Nanoseconds duration);
  // Since the scheduler was made.
  nvme::Nanoseconds now() const;

  // `handler` runs in the vector's task each time the vector fires; interrupts that arrive
  // while it runs are folded into one more call. From a task, or before or after run().
  void set_interrupt_handler(unsigned vector, std::function<void()> handler);
  // The vector fires each time `eventfd` is signalled (it is read, not closed, here).
  void add_interrupt_source(unsigned vector, int eventfd);
  // The vector fires; from any thread.
  void raise(unsigned vector);

  // Interrupts delivered to handlers, over all vectors.
  uint64_t interrupts() const;

  // ---- For the wait objects ------------------------------------------------------------------
  struct Task;
  // Tasks waiting on one object.
  class WaitQueue {
   public:
    void add(Task* task) { m_tasks.push_back(task); }
    void remove(Task* task);
    void wake_all();

   private:
    std::vector<Task*> m_tasks;
  };
  // In a task: lets other tasks run until `ready()` holds (checked whenever `queue` wakes it),
  // or until `deadline` (false then). When the scheduler stops, a task waiting here ends: an
  // exception unwinds it, unless one is already unwinding it (then this returns false at once).
  bool block(WaitQueue* queue, const std::function<bool()>& ready,
             std::optional<Clock::time_point> deadline = std::nullopt);

 private:
  struct Vector {
    std::function<void()> handler;
    uint64_t pending = 0;
    bool task_started = false;
    WaitQueue raised;
  };

  void start_task(const std::string& name, std::function<void()> body);  // holding m_cpu
  void task_main(Task* task, std::function<void()> body);
  void stop_locked();
  // Stops every task and joins each (the lock is given up while joining).
  void stop_and_join(std::unique_lock<std::mutex>& cpu);
  void wake_poller();
  void watch_interrupt_sources();
  template <typename Fn>
  void with_cpu(Fn&& fn);

  const Clock::time_point m_start = Clock::now();
  mutable std::mutex m_cpu;  // the CPU: held by the task running
  std::condition_variable m_task_ended;
  std::list<std::unique_ptr<Task>> m_tasks;
  bool m_ran = false;
  bool m_stopping = false;
  std::exception_ptr m_failure;
  std::vector<Vector> m_vectors;
  uint64_t m_interrupts = 0;

  // The interrupt thread: poll() on the sources and on m_wake_poller (a stop, or a new source).
  std::mutex m_sources_lock;
  std::vector<std::pair<unsigned, int>> m_sources;  // vector, eventfd
  bool m_poller_stop = false;                       // under m_sources_lock
  int m_wake_poller = -1;                           // an eventfd
  std::thread m_poller;
};

}  // namespace vfio
