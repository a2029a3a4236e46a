// SPDX-License-Identifier: Apache-2.0
// nvme::Platform for the driver tests, without SystemC: BAR0 accesses go straight to a device
// model, DMA memory is a map of allocated buffers, MSI-X vectors run the driver's handlers in
// tasks, and tasks, completions, mutexes, semaphores and time come from the Scheduler.

#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "platform.h"
#include "scheduler.h"

namespace driver_test {

// The device side of BAR0. Accesses take no time and never wait (writes are posted), as the
// driver's queue pair assumes of doorbell writes.
class Bar0Device {
 public:
  virtual ~Bar0Device() = default;
  virtual uint32_t read32(uint32_t offset) = 0;
  virtual void write32(uint32_t offset, uint32_t value) = 0;
  virtual uint64_t read64(uint32_t offset) = 0;
  virtual void write64(uint32_t offset, uint64_t value) = 0;
};

struct TestHostOptions {
  unsigned msix_vectors = 2;
  uint64_t dma_base = 0x1'0000'0000;  // above 4 GiB, as the co-simulation places DMA buffers
  Nanoseconds time_limit = 3'600'000'000'000;  // an hour of virtual time
};

class TestHost : public nvme::Platform {
 public:
  explicit TestHost(TestHostOptions options = {});
  ~TestHost() override;

  // Runs `body` as the main task until it returns (see Scheduler::run for how it fails).
  void run(std::function<void()> body) { m_scheduler.run(std::move(body)); }
  Scheduler& scheduler() { return m_scheduler; }

  // ---- Device side -------------------------------------------------------------------------
  // Without a device, register reads return all ones (nothing answers) and writes are dropped.
  void attach(Bar0Device* device) { m_device = device; }
  // An MSI-X message: the vector's handler task runs (once for any number raised meanwhile).
  void raise_interrupt(unsigned vector);
  // The device's DMA: false (and a fault counted) if the range is not inside one allocated
  // buffer, as an IOMMU would refuse it.
  bool device_read(uint64_t bus_address, void* dst, size_t size);
  bool device_write(uint64_t bus_address, const void* src, size_t size);
  uint64_t dma_faults() const { return m_dma_faults; }

  // ---- Observation -------------------------------------------------------------------------
  uint64_t interrupts(unsigned vector) const;              // messages raised
  uint64_t handler_runs(unsigned vector) const;            // handler invocations
  size_t dma_buffers() const { return m_buffers.size(); }  // allocated and not freed
  // The last value annotate() gave each signal.
  const std::map<std::string, uint64_t>& annotations() const { return m_annotations; }

  // ---- nvme::Platform ------------------------------------------------------------------------
  uint32_t read32(uint32_t offset) override;
  void write32(uint32_t offset, uint32_t value) override;
  uint64_t read64(uint32_t offset) override;
  void write64(uint32_t offset, uint64_t value) override;

  // Bus addresses are never reused, so a stale address always faults. Host accesses outside
  // a buffer throw std::out_of_range (a driver bug).
  nvme::DmaBuffer alloc_dma(size_t size, size_t alignment) override;
  void free_dma(const nvme::DmaBuffer& buffer) override;
  void read_dma(uint64_t bus_address, void* dst, size_t size) override;
  void write_dma(uint64_t bus_address, const void* src, size_t size) override;

  unsigned interrupt_vectors() const override { return m_options.msix_vectors; }
  void set_interrupt_handler(unsigned vector, std::function<void()> handler) override;

  void spawn(const std::string& name, std::function<void()> body) override;
  std::unique_ptr<nvme::Completion> make_completion() override;
  std::unique_ptr<nvme::Mutex> make_mutex() override;
  std::unique_ptr<nvme::Semaphore> make_semaphore(unsigned count) override;
  void sleep(Nanoseconds duration) override { m_scheduler.sleep(duration); }
  Nanoseconds now() const override { return m_scheduler.now(); }

  void annotate(const std::string& signal, uint64_t value) override;

 private:
  struct Vector {
    std::function<void()> handler;
    uint64_t pending = 0;
    uint64_t raised = 0;
    uint64_t runs = 0;
    std::unique_ptr<WaitQueue> idle;  // the handler task waiting for a message
  };

  // The buffer holding [bus_address, bus_address + size), or nullptr.
  std::vector<uint8_t>* find(uint64_t bus_address, size_t size, size_t* offset);

  TestHostOptions m_options;
  Scheduler m_scheduler;
  Bar0Device* m_device = nullptr;
  std::map<uint64_t, std::vector<uint8_t>> m_buffers;  // by bus address
  uint64_t m_next_address;
  uint64_t m_dma_faults = 0;
  std::vector<Vector> m_vectors;
  unsigned m_spawned = 0;
  std::map<std::string, uint64_t> m_annotations;
};

}  // namespace driver_test
