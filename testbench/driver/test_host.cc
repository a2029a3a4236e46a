// SPDX-License-Identifier: Apache-2.0
// nvme::Platform on the Scheduler: the driver tests' host.

#include "test_host.h"

#include <cstring>
#include <stdexcept>

namespace driver_test {

namespace {

// Once completed stays completed; waiters resume after the completer's current step, as a
// SystemC event notified with SC_ZERO_TIME.
class TaskCompletion : public nvme::Completion {
 public:
  explicit TaskCompletion(Scheduler& scheduler) : m_scheduler(scheduler), m_waiters(scheduler) {}
  void complete() override {
    if (m_done) return;
    m_done = true;
    m_waiters.wake_all();
  }
  bool done() const override { return m_done; }
  void wait() override {
    while (!m_done) m_waiters.wait("Completion::wait");
  }
  bool wait_for(Nanoseconds timeout) override {
    const Nanoseconds deadline = m_scheduler.now() + timeout;
    while (!m_done) {
      if (m_scheduler.now() >= deadline) return false;
      m_waiters.wait_until(&deadline, "Completion::wait_for");
    }
    return true;
  }

 private:
  Scheduler& m_scheduler;
  WaitQueue m_waiters;
  bool m_done = false;
};

// FIFO: unlock() hands the mutex to the longest waiter.
class TaskMutex : public nvme::Mutex {
 public:
  explicit TaskMutex(Scheduler& scheduler) : m_scheduler(scheduler), m_waiters(scheduler) {}
  void lock() override {
    if (!m_scheduler.current()) throw std::logic_error("Mutex::lock outside a task");
    if (!m_owner) {
      m_owner = m_scheduler.current();
      return;
    }
    if (m_owner == m_scheduler.current()) throw std::logic_error("Mutex::lock: already held");
    m_waiters.wait("Mutex::lock");  // unlock() made this task the owner
  }
  void unlock() override {
    if (m_owner != m_scheduler.current()) throw std::logic_error("Mutex::unlock: not the owner");
    m_owner = m_waiters.wake_one();
  }

 private:
  Scheduler& m_scheduler;
  WaitQueue m_waiters;
  Scheduler::Task* m_owner = nullptr;
};

// FIFO: release() hands its count to the longest waiter, so a late acquire() cannot overtake.
class TaskSemaphore : public nvme::Semaphore {
 public:
  TaskSemaphore(Scheduler& scheduler, unsigned count) : m_waiters(scheduler), m_count(count) {}
  void acquire() override {
    if (m_count > 0) {
      --m_count;
      return;
    }
    m_waiters.wait("Semaphore::acquire");  // release() handed its count over
  }
  bool try_acquire() override {
    if (m_count == 0) return false;
    --m_count;
    return true;
  }
  void release() override {
    if (!m_waiters.wake_one()) ++m_count;
  }
  unsigned available() const override { return m_count; }

 private:
  WaitQueue m_waiters;
  unsigned m_count;
};

}  // namespace

TestHost::TestHost(TestHostOptions options)
    : m_options(options),
      m_scheduler(options.time_limit),
      m_next_address(options.dma_base),
      m_vectors(options.msix_vectors) {
  for (Vector& vector : m_vectors) vector.idle = std::make_unique<WaitQueue>(m_scheduler);
}

TestHost::~TestHost() = default;

// ---- Registers --------------------------------------------------------------------------------

uint32_t TestHost::read32(uint32_t offset) {
  return m_device ? m_device->read32(offset) : 0xFFFF'FFFFu;
}

void TestHost::write32(uint32_t offset, uint32_t value) {
  if (m_device) m_device->write32(offset, value);
}

uint64_t TestHost::read64(uint32_t offset) {
  return m_device ? m_device->read64(offset) : ~uint64_t{0};
}

void TestHost::write64(uint32_t offset, uint64_t value) {
  if (m_device) m_device->write64(offset, value);
}

// ---- DMA memory -------------------------------------------------------------------------------

nvme::DmaBuffer TestHost::alloc_dma(size_t size, size_t alignment) {
  if (size == 0) throw std::invalid_argument("alloc_dma: zero size");
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    throw std::invalid_argument("alloc_dma: alignment must be a power of two");
  }
  const uint64_t address = (m_next_address + alignment - 1) & ~uint64_t{alignment - 1};
  m_next_address = address + size;
  m_buffers.emplace(address, std::vector<uint8_t>(size, 0));
  return nvme::DmaBuffer{address, size};
}

void TestHost::free_dma(const nvme::DmaBuffer& buffer) {
  if (m_buffers.erase(buffer.bus_address) == 0) {
    throw std::invalid_argument("free_dma: not an allocated buffer");
  }
}

std::vector<uint8_t>* TestHost::find(uint64_t bus_address, size_t size, size_t* offset) {
  auto it = m_buffers.upper_bound(bus_address);
  if (it == m_buffers.begin()) return nullptr;
  --it;
  const uint64_t start = it->first;
  if (bus_address + size > start + it->second.size()) return nullptr;
  *offset = static_cast<size_t>(bus_address - start);
  return &it->second;
}

void TestHost::read_dma(uint64_t bus_address, void* dst, size_t size) {
  size_t offset = 0;
  std::vector<uint8_t>* buffer = find(bus_address, size, &offset);
  if (!buffer) throw std::out_of_range("read_dma: outside every DMA buffer");
  std::memcpy(dst, buffer->data() + offset, size);
}

void TestHost::write_dma(uint64_t bus_address, const void* src, size_t size) {
  size_t offset = 0;
  std::vector<uint8_t>* buffer = find(bus_address, size, &offset);
  if (!buffer) throw std::out_of_range("write_dma: outside every DMA buffer");
  std::memcpy(buffer->data() + offset, src, size);
}

bool TestHost::device_read(uint64_t bus_address, void* dst, size_t size) {
  size_t offset = 0;
  std::vector<uint8_t>* buffer = find(bus_address, size, &offset);
  if (!buffer) {
    ++m_dma_faults;
    std::memset(dst, 0xFF, size);  // what a refused read returns
    return false;
  }
  std::memcpy(dst, buffer->data() + offset, size);
  return true;
}

bool TestHost::device_write(uint64_t bus_address, const void* src, size_t size) {
  size_t offset = 0;
  std::vector<uint8_t>* buffer = find(bus_address, size, &offset);
  if (!buffer) {
    ++m_dma_faults;
    return false;
  }
  std::memcpy(buffer->data() + offset, src, size);
  return true;
}

// ---- Interrupts -------------------------------------------------------------------------------

void TestHost::raise_interrupt(unsigned vector) {
  if (vector >= m_vectors.size()) throw std::out_of_range("raise_interrupt: vector not enabled");
  Vector& v = m_vectors[vector];
  ++v.raised;
  ++v.pending;
  v.idle->wake_all();
}

void TestHost::set_interrupt_handler(unsigned vector, std::function<void()> handler) {
  if (vector >= m_vectors.size()) throw std::out_of_range("set_interrupt_handler: vector");
  const bool first = !m_vectors[vector].handler;
  m_vectors[vector].handler = std::move(handler);
  if (!first) return;
  // One task per vector, as CosimPlatform: messages raised while the handler runs are folded
  // into one more call.
  spawn("irq" + std::to_string(vector), [this, vector] {
    Vector& v = m_vectors[vector];
    for (;;) {
      while (v.pending == 0) v.idle->wait("interrupt");
      v.pending = 0;
      ++v.runs;
      v.handler();
    }
  });
}

uint64_t TestHost::interrupts(unsigned vector) const {
  return vector < m_vectors.size() ? m_vectors[vector].raised : 0;
}

uint64_t TestHost::handler_runs(unsigned vector) const {
  return vector < m_vectors.size() ? m_vectors[vector].runs : 0;
}

// ---- Tasks ------------------------------------------------------------------------------------

void TestHost::spawn(const std::string& name, std::function<void()> body) {
  m_scheduler.spawn(name + "_" + std::to_string(m_spawned++), std::move(body));
}

std::unique_ptr<nvme::Completion> TestHost::make_completion() {
  return std::make_unique<TaskCompletion>(m_scheduler);
}

std::unique_ptr<nvme::Mutex> TestHost::make_mutex() {
  return std::make_unique<TaskMutex>(m_scheduler);
}

std::unique_ptr<nvme::Semaphore> TestHost::make_semaphore(unsigned count) {
  return std::make_unique<TaskSemaphore>(m_scheduler, count);
}

void TestHost::annotate(const std::string& signal, uint64_t value) {
  m_annotations[signal] = value;
}

}  // namespace driver_test
