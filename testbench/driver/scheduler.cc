// SPDX-License-Identifier: Apache-2.0
// Cooperative tasks in virtual time: ucontext coroutines and an event queue.

#include "scheduler.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>

// AddressSanitizer (make sanitize) is told about every switch between stacks, below.
#if defined(__SANITIZE_ADDRESS__)
#define DRIVER_TEST_ASAN_FIBERS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DRIVER_TEST_ASAN_FIBERS 1
#endif
#endif
#if defined(DRIVER_TEST_ASAN_FIBERS)
#include <sanitizer/common_interface_defs.h>
#endif

namespace driver_test {

namespace {

constexpr size_t kStackBytes = 256 * 1024;  // the driver keeps 4 KiB structures on the stack

// Thrown inside a waiting task when run() ends, to unwind its stack. Not a std::exception, so
// that no `catch (const std::exception&)` on the way swallows it.
struct Cancelled {};

thread_local Scheduler* t_running = nullptr;  // the scheduler whose run() is on this thread

std::string time_text(Nanoseconds t) {
  char text[48];
  std::snprintf(text, sizeof text, "%llu ns (%.3f s)", static_cast<unsigned long long>(t),
                static_cast<double>(t) / 1e9);
  return text;
}

// ASan checks stack accesses against the stack it believes is running, and swapcontext alone
// does not tell it: a task would run on what ASan takes for the thread's stack, and unwinding a
// task (Cancelled, any exception) would clear or skip the wrong stack ("ASan is ignoring
// requested __asan_handle_no_return ... False positive error reports may follow"). So every
// swapcontext is announced before (start_switch: the stack we go to) and completed after, on
// the new stack (finish_switch). `fake_stack` holds the leaving side's fake frames
// (detect_stack_use_after_return) until it resumes; nullptr when it never resumes. No-ops
// without ASan.
void start_switch(void** fake_stack, const void* bottom, size_t size) {
#if defined(DRIVER_TEST_ASAN_FIBERS)
  __sanitizer_start_switch_fiber(fake_stack, bottom, size);
#else
  (void)fake_stack, (void)bottom, (void)size;
#endif
}

void finish_switch(void* fake_stack, const void** bottom_old, size_t* size_old) {
#if defined(DRIVER_TEST_ASAN_FIBERS)
  __sanitizer_finish_switch_fiber(fake_stack, bottom_old, size_old);
#else
  (void)fake_stack, (void)bottom_old, (void)size_old;
#endif
}

}  // namespace

struct Scheduler::Task {
  enum class State { kReady, kRunning, kBlocked, kDone };

  std::string name;
  std::function<void()> body;
  State state = State::kReady;
  uint64_t wait = 0;           // which wait is current; waiters of older waits are stale
  bool timed_out = false;      // how the last wait ended
  const char* what = "start";  // what it waits for
  ucontext_t context;
  void* stack = nullptr;       // mmap'ed, a guard page at the low end
  void* fake_stack = nullptr;  // ASan's, while the task is switched out

  ~Task() {
    if (stack) munmap(stack, kStackBytes);
  }
};

Scheduler::Scheduler(Nanoseconds time_limit) : m_time_limit(time_limit) {}

Scheduler::~Scheduler() = default;

void Scheduler::schedule(Nanoseconds when, Event event) {
  m_events.emplace(EventKey{when, m_sequence++}, std::move(event));
}

void Scheduler::spawn(std::string name, std::function<void()> body) {
  auto task = std::make_unique<Task>();
  task->name = std::move(name);
  task->body = std::move(body);
  Event start;
  start.task = task.get();
  schedule(m_now, std::move(start));
  m_tasks.push_back(std::move(task));
}

void Scheduler::at(Nanoseconds when, std::function<void()> callback) {
  if (when < m_now) throw std::logic_error("Scheduler::at: a time in the past");
  Event event;
  event.callback = std::move(callback);
  schedule(when, std::move(event));
}

Scheduler::Waiter Scheduler::waiter() const {
  if (!m_current) throw std::logic_error("Scheduler: waiting outside a task");
  return Waiter{m_current, m_current->wait};
}

bool Scheduler::block(const char* what, const Nanoseconds* deadline) {
  if (!m_current) throw std::logic_error(std::string("Scheduler: ") + what + " outside a task");
  Task& task = *m_current;
  task.state = Task::State::kBlocked;
  task.what = what;
  if (deadline) {
    Event timeout;
    timeout.task = &task;
    timeout.wait = task.wait;
    timeout.timeout = true;
    schedule(*deadline < m_now ? m_now : *deadline, std::move(timeout));
  }
  start_switch(&task.fake_stack, m_stack_bottom, m_stack_size);
  swapcontext(&task.context, &m_scheduler_context);
  finish_switch(task.fake_stack, nullptr, nullptr);
  // Resumed by the scheduler: this wait is over, every waiter registered for it is stale.
  ++task.wait;
  if (m_cancelling) throw Cancelled{};
  return !task.timed_out;
}

bool Scheduler::wake(const Waiter& waiter) {
  Task* task = waiter.task;
  if (!task || task->state != Task::State::kBlocked || task->wait != waiter.wait) return false;
  task->state = Task::State::kReady;
  Event resume;
  resume.task = task;
  resume.wait = waiter.wait;
  schedule(m_now, std::move(resume));
  return true;
}

void Scheduler::sleep(Nanoseconds duration) {
  const Nanoseconds deadline = m_now + duration;
  block("sleep", &deadline);
}

// The first frame of every task's stack.
void Scheduler::entry() {
  Scheduler& self = *t_running;
  Task& task = *self.m_current;
  // The first switch into any task tells where the scheduler's stack is (the same every time).
  finish_switch(nullptr, &self.m_stack_bottom, &self.m_stack_size);
  try {
    task.body();
  } catch (const Cancelled&) {
    // run() is over; the stack is unwound.
  } catch (...) {
    if (!self.m_error) self.m_error = std::current_exception();
  }
  task.state = Task::State::kDone;
  start_switch(nullptr, self.m_stack_bottom, self.m_stack_size);  // this stack is left for good
  swapcontext(&task.context, &self.m_scheduler_context);          // never resumed
}

void Scheduler::resume(Task& task) {
  if (!task.stack) {  // first run: give it a stack
    task.stack = mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (task.stack == MAP_FAILED) {
      task.stack = nullptr;
      throw std::runtime_error("Scheduler: no memory for a task stack");
    }
    mprotect(task.stack, static_cast<size_t>(sysconf(_SC_PAGESIZE)), PROT_NONE);
    getcontext(&task.context);
    task.context.uc_stack.ss_sp = task.stack;
    task.context.uc_stack.ss_size = kStackBytes;
    task.context.uc_link = nullptr;
    makecontext(&task.context, &Scheduler::entry, 0);
  }
  task.state = Task::State::kRunning;
  m_current = &task;
  start_switch(&m_fake_stack, task.stack, kStackBytes);
  swapcontext(&m_scheduler_context, &task.context);
  finish_switch(m_fake_stack, nullptr, nullptr);
  m_current = nullptr;
  if (task.state == Task::State::kDone) {
    munmap(task.stack, kStackBytes);
    task.stack = nullptr;
    task.body = nullptr;
  }
}

std::string Scheduler::waiting_tasks() const {
  std::string text;
  for (const auto& task : m_tasks) {
    if (task->state == Task::State::kDone) continue;
    text +=
        "\n  " + task->name + ": " + (task->state == Task::State::kBlocked ? task->what : "ready");
  }
  return text;
}

void Scheduler::run(std::function<void()> main) {
  if (m_ran) throw std::logic_error("Scheduler::run: once per scheduler");
  m_ran = true;
  Scheduler* outer = t_running;
  t_running = this;
  spawn("main", std::move(main));
  Task* main_task = m_tasks.back().get();

  std::exception_ptr failure;
  try {
    while (main_task->state != Task::State::kDone && !m_error) {
      if (m_events.empty()) {
        throw Deadlock("deadlock at t = " + time_text(m_now) +
                       ": every task waits and nothing is scheduled; waiting:" + waiting_tasks());
      }
      auto next = m_events.begin();
      if (next->first.first > m_time_limit) {
        throw TimeLimitExceeded("virtual time limit of " + time_text(m_time_limit) +
                                " reached; tasks:" + waiting_tasks());
      }
      m_now = next->first.first;
      Event event = std::move(next->second);
      m_events.erase(next);
      if (event.callback) {
        event.callback();
        continue;
      }
      Task& task = *event.task;
      const bool due =
          event.timeout ? task.state == Task::State::kBlocked : task.state == Task::State::kReady;
      if (!due || task.wait != event.wait) continue;  // a stale timeout or wake-up
      task.timed_out = event.timeout;
      resume(task);
    }
  } catch (...) {
    failure = std::current_exception();
  }
  if (!failure) failure = m_error;
  cancel_all();
  t_running = outer;
  if (failure) std::rethrow_exception(failure);
}

void Scheduler::cancel_all() {
  m_cancelling = true;
  m_events.clear();
  for (auto it = m_tasks.rbegin(); it != m_tasks.rend(); ++it) {
    Task& task = **it;
    if (task.state == Task::State::kDone) continue;
    if (!task.stack) {  // never started
      task.state = Task::State::kDone;
      task.body = nullptr;
      continue;
    }
    resume(task);  // block() throws Cancelled; entry() catches it
  }
  m_events.clear();  // what the unwinding scheduled
}

// ---- WaitQueue ------------------------------------------------------------------------------

bool WaitQueue::wait_until(const Nanoseconds* deadline, const char* what) {
  m_waiters.push_back(m_scheduler.waiter());
  return m_scheduler.block(what, deadline);
}

Scheduler::Task* WaitQueue::wake_one() {
  while (!m_waiters.empty()) {
    const Scheduler::Waiter waiter = m_waiters.front();
    m_waiters.pop_front();
    if (m_scheduler.wake(waiter)) return waiter.task;
  }
  return nullptr;
}

void WaitQueue::wake_all() {
  std::deque<Scheduler::Waiter> waiters;
  waiters.swap(m_waiters);
  for (const Scheduler::Waiter& waiter : waiters) m_scheduler.wake(waiter);
}

}  // namespace driver_test
