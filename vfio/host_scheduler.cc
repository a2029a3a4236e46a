// SPDX-License-Identifier: Apache-2.0
// The driver's tasks on host threads, taking turns on one CPU lock.

#include "host_scheduler.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace vfio {

struct HostScheduler::Task {
  std::string name;
  std::condition_variable wake;
  std::thread thread;
};

namespace {

// Unwinds a task when the scheduler stops; never escapes task_main.
struct TaskStopped {};

// The task this thread runs and its hold on the CPU lock; null outside tasks.
thread_local HostScheduler::Task* t_task = nullptr;
thread_local std::unique_lock<std::mutex>* t_cpu = nullptr;
thread_local const HostScheduler* t_scheduler = nullptr;

class HostCompletion : public nvme::Completion {
 public:
  explicit HostCompletion(HostScheduler& scheduler) : m_scheduler(scheduler) {}
  void complete() override {
    m_done = true;
    m_waiters.wake_all();
  }
  bool done() const override { return m_done; }
  void wait() override {
    m_scheduler.block(&m_waiters, [this] { return m_done; });
  }
  bool wait_for(nvme::Nanoseconds timeout) override {
    const auto deadline = HostScheduler::Clock::now() + std::chrono::nanoseconds(timeout);
    return m_scheduler.block(
        &m_waiters, [this] { return m_done; }, deadline);
  }

 private:
  HostScheduler& m_scheduler;
  bool m_done = false;
  HostScheduler::WaitQueue m_waiters;
};

class HostMutex : public nvme::Mutex {
 public:
  explicit HostMutex(HostScheduler& scheduler) : m_scheduler(scheduler) {}
  void lock() override {
    m_scheduler.block(&m_waiters, [this] { return !m_locked; });
    m_locked = true;
  }
  void unlock() override {
    m_locked = false;
    m_waiters.wake_all();
  }

 private:
  HostScheduler& m_scheduler;
  bool m_locked = false;
  HostScheduler::WaitQueue m_waiters;
};

class HostSemaphore : public nvme::Semaphore {
 public:
  HostSemaphore(HostScheduler& scheduler, unsigned count)
      : m_scheduler(scheduler), m_count(count) {}
  void acquire() override {
    if (m_scheduler.block(&m_waiters, [this] { return m_count > 0; })) --m_count;
  }
  bool try_acquire() override {
    if (m_count == 0) return false;
    --m_count;
    return true;
  }
  void release() override {
    ++m_count;
    m_waiters.wake_all();
  }
  unsigned available() const override { return m_count; }

 private:
  HostScheduler& m_scheduler;
  unsigned m_count;
  HostScheduler::WaitQueue m_waiters;
};

}  // namespace

void HostScheduler::WaitQueue::remove(Task* task) {
  const auto it = std::find(m_tasks.begin(), m_tasks.end(), task);
  if (it != m_tasks.end()) m_tasks.erase(it);
}

void HostScheduler::WaitQueue::wake_all() {
  for (Task* task : m_tasks) task->wake.notify_one();
}

HostScheduler::HostScheduler() {
  m_wake_poller = eventfd(0, EFD_CLOEXEC);
  if (m_wake_poller < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
}

HostScheduler::~HostScheduler() {
  {
    std::unique_lock<std::mutex> cpu(m_cpu);
    stop_and_join(cpu);
  }
  {
    std::lock_guard<std::mutex> sources(m_sources_lock);
    m_poller_stop = true;
  }
  wake_poller();
  if (m_poller.joinable()) m_poller.join();
  close(m_wake_poller);
}

void HostScheduler::stop_and_join(std::unique_lock<std::mutex>& cpu) {
  stop_locked();
  // Every task ends at its next wait; they may spawn more while unwinding.
  while (!m_tasks.empty()) {
    std::unique_ptr<Task> task = std::move(m_tasks.front());
    m_tasks.pop_front();
    cpu.unlock();
    task->thread.join();
    cpu.lock();
  }
}

void HostScheduler::wake_poller() {
  const uint64_t one = 1;
  if (write(m_wake_poller, &one, sizeof one) < 0) {
    // Only a full counter fails, and the poller drains it: it is awake already then.
  }
}

template <typename Fn>
void HostScheduler::with_cpu(Fn&& fn) {
  if (t_scheduler == this && t_task) {
    fn();  // a task of ours holds the CPU already
    return;
  }
  std::unique_lock<std::mutex> cpu(m_cpu);
  fn();
}

void HostScheduler::run(const std::string& name, std::function<void()> body) {
  std::unique_lock<std::mutex> cpu(m_cpu);
  if (m_ran) throw std::logic_error("HostScheduler::run: once per scheduler");
  m_ran = true;
  bool returned = false;
  start_task(name, [&body, &returned] {
    body();
    returned = true;
  });
  m_task_ended.wait(cpu, [&] { return returned || m_failure; });
  stop_and_join(cpu);
  if (m_failure) std::rethrow_exception(m_failure);
}

void HostScheduler::spawn(const std::string& name, std::function<void()> body) {
  with_cpu([&] { start_task(name, std::move(body)); });
}

void HostScheduler::start_task(const std::string& name, std::function<void()> body) {
  m_tasks.push_back(std::make_unique<Task>());
  Task* task = m_tasks.back().get();
  task->name = name;
  // The thread starts by taking the CPU lock: it runs once the spawner waits.
  task->thread = std::thread(
      [this, task, body = std::move(body)]() mutable { task_main(task, std::move(body)); });
}

void HostScheduler::task_main(Task* task, std::function<void()> body) {
  std::unique_lock<std::mutex> cpu(m_cpu);
  t_task = task;
  t_cpu = &cpu;
  t_scheduler = this;
  if (!m_stopping) {
    try {
      body();
    } catch (const TaskStopped&) {
      // The scheduler stopped while this task waited.
    } catch (...) {
      if (!m_failure) m_failure = std::current_exception();
      stop_locked();
    }
  }
  body = nullptr;  // what it captured goes while this thread still holds the CPU
  t_task = nullptr;
  t_cpu = nullptr;
  t_scheduler = nullptr;
  m_task_ended.notify_all();
}

void HostScheduler::stop_locked() {
  m_stopping = true;
  for (const std::unique_ptr<Task>& task : m_tasks) task->wake.notify_one();
  m_task_ended.notify_all();
}

bool HostScheduler::block(WaitQueue* queue, const std::function<bool()>& ready,
                          std::optional<Clock::time_point> deadline) {
  if (t_scheduler != this || !t_task) {
    throw std::logic_error("HostScheduler: a wait outside a task of this scheduler");
  }
  Task* self = t_task;
  if (queue) queue->add(self);
  for (;;) {
    if (m_stopping) {
      if (queue) queue->remove(self);
      if (std::uncaught_exceptions() > 0) return false;  // already unwinding: a throw would abort
      throw TaskStopped{};
    }
    if (ready()) break;
    if (!deadline) {
      self->wake.wait(*t_cpu);
    } else if (self->wake.wait_until(*t_cpu, *deadline) == std::cv_status::timeout && !m_stopping &&
               !ready()) {
      if (queue) queue->remove(self);
      return false;
    }
  }
  if (queue) queue->remove(self);
  return true;
}

std::unique_ptr<nvme::Completion> HostScheduler::make_completion() {
  return std::make_unique<HostCompletion>(*this);
}

std::unique_ptr<nvme::Mutex> HostScheduler::make_mutex() {
  return std::make_unique<HostMutex>(*this);
}

std::unique_ptr<nvme::Semaphore> HostScheduler::make_semaphore(unsigned count) {
  return std::make_unique<HostSemaphore>(*this, count);
}

void HostScheduler::sleep(nvme::Nanoseconds duration) {
  block(
      nullptr, [] { return false; }, Clock::now() + std::chrono::nanoseconds(duration));
}

nvme::Nanoseconds HostScheduler::now() const {
  return static_cast<nvme::Nanoseconds>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_start).count());
}

void HostScheduler::set_interrupt_handler(unsigned vector, std::function<void()> handler) {
  with_cpu([&] {
    if (vector >= m_vectors.size()) m_vectors.resize(vector + 1);
    Vector& v = m_vectors[vector];
    v.handler = std::move(handler);
    if (v.task_started || m_stopping) return;
    v.task_started = true;
    start_task("irq" + std::to_string(vector), [this, vector] {
      for (;;) {
        block(&m_vectors[vector].raised, [this, vector] { return m_vectors[vector].pending > 0; });
        Vector& fired = m_vectors[vector];
        fired.pending = 0;
        ++m_interrupts;
        // A copy: the handler may replace itself.
        const std::function<void()> handler = fired.handler;
        if (handler) handler();
      }
    });
  });
}

void HostScheduler::raise(unsigned vector) {
  with_cpu([&] {
    if (m_stopping) return;
    if (vector >= m_vectors.size()) m_vectors.resize(vector + 1);
    ++m_vectors[vector].pending;
    m_vectors[vector].raised.wake_all();
  });
}

uint64_t HostScheduler::interrupts() const {
  if (t_scheduler == this && t_task) return m_interrupts;
  std::lock_guard<std::mutex> cpu(m_cpu);
  return m_interrupts;
}

void HostScheduler::add_interrupt_source(unsigned vector, int eventfd) {
  {
    std::lock_guard<std::mutex> sources(m_sources_lock);
    m_sources.emplace_back(vector, eventfd);
  }
  if (!m_poller.joinable()) {
    m_poller = std::thread([this] { watch_interrupt_sources(); });
  } else {
    wake_poller();  // to poll the new source too
  }
}

void HostScheduler::watch_interrupt_sources() {
  std::vector<pollfd> fds;
  std::vector<unsigned> vectors;
  for (;;) {
    {
      std::lock_guard<std::mutex> sources(m_sources_lock);
      if (m_poller_stop) return;
      fds.assign(1, pollfd{m_wake_poller, POLLIN, 0});
      vectors.assign(1, 0);
      for (const auto& [vector, fd] : m_sources) {
        fds.push_back(pollfd{fd, POLLIN, 0});
        vectors.push_back(vector);
      }
    }
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      return;  // cannot happen with valid descriptors; interrupts then stop arriving
    }
    uint64_t count = 0;
    if (fds[0].revents & POLLIN) {
      if (read(m_wake_poller, &count, sizeof count) < 0) {
        // Read by nobody else: only EINTR is possible, and the next poll sees it again.
      }
      continue;  // a stop or a new source: look again
    }
    for (size_t i = 1; i < fds.size(); ++i) {
      if (!(fds[i].revents & POLLIN)) continue;
      if (read(fds[i].fd, &count, sizeof count) == sizeof count) raise(vectors[i]);
    }
  }
}

}  // namespace vfio
