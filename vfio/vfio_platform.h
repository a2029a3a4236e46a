// SPDX-License-Identifier: Apache-2.0
// nvme::Platform on a real PCI function through Linux VFIO (vfio_device.h): BAR0 mapped for
// register access, DMA buffers in pinned host memory (dma_memory.h), MSI-X vectors delivered on
// eventfds to the driver's interrupt handlers, and the driver's tasks on host threads with the
// monotonic clock (host_scheduler.h). No SystemC and no RTL: the same driver as in the
// co-simulation, on hardware (docs/hil.md).

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dma_memory.h"
#include "host_scheduler.h"
#include "platform.h"
#include "vfio_device.h"

namespace vfio {

struct VfioPlatformOptions {
  uint64_t dma_size = 64ull << 20;  // DMA memory, pinned for the whole run
  uint64_t iova_base = 1ull << 32;  // above 4 GiB: the device addresses it with 64 bits
  unsigned msix_vectors = 2;        // asked for; capped by the function's table
  HostPaths paths;                  // the kernel's interfaces (tests give copies)
};

class VfioPlatform : public nvme::Platform {
 public:
  // Opens the function (VfioDevice::open), turns on memory space and bus mastering, sets up DMA
  // memory and the MSI-X vectors; nothing with the reason in `error` if a step fails.
  static std::unique_ptr<VfioPlatform> open(const std::string& bdf,
                                            const VfioPlatformOptions& options, std::string* error);
  // Stops the tasks, turns the device's MSI-X and bus mastering off (the device can no longer
  // reach the memory that goes next), frees the DMA memory and closes the device.
  ~VfioPlatform() override;

  // Runs `body` as the driver's main task (HostScheduler::run); once.
  void run(const std::string& name, std::function<void()> body) {
    m_scheduler->run(name, std::move(body));
  }
  const FunctionInfo& function() const { return m_device->info(); }
  VfioDevice& device() { return *m_device; }
  uint64_t interrupts() const { return m_scheduler->interrupts(); }

  // ---- nvme::Platform ---------------------------------------------------------------------
  uint32_t read32(uint32_t offset) override { return m_device->read32(offset); }
  void write32(uint32_t offset, uint32_t value) override { m_device->write32(offset, value); }
  uint64_t read64(uint32_t offset) override { return m_device->read64(offset); }
  void write64(uint32_t offset, uint64_t value) override { m_device->write64(offset, value); }

  nvme::DmaBuffer alloc_dma(size_t size, size_t alignment) override;
  void free_dma(const nvme::DmaBuffer& buffer) override;
  void read_dma(uint64_t bus_address, void* dst, size_t size) override;
  void write_dma(uint64_t bus_address, const void* src, size_t size) override;

  unsigned interrupt_vectors() const override { return static_cast<unsigned>(m_eventfds.size()); }
  void set_interrupt_handler(unsigned vector, std::function<void()> handler) override;

  void spawn(const std::string& name, std::function<void()> body) override {
    m_scheduler->spawn(name, std::move(body));
  }
  std::unique_ptr<nvme::Completion> make_completion() override {
    return m_scheduler->make_completion();
  }
  std::unique_ptr<nvme::Mutex> make_mutex() override { return m_scheduler->make_mutex(); }
  std::unique_ptr<nvme::Semaphore> make_semaphore(unsigned count) override {
    return m_scheduler->make_semaphore(count);
  }
  void sleep(nvme::Nanoseconds duration) override { m_scheduler->sleep(duration); }
  nvme::Nanoseconds now() const override { return m_scheduler->now(); }

  // No waveform on hardware.
  void annotate(const std::string&, uint64_t) override {}

 private:
  VfioPlatform() = default;

  // Taken down in the destructor, in an order of their own.
  std::unique_ptr<VfioDevice> m_device;
  std::unique_ptr<DmaMemory> m_memory;
  std::vector<int> m_eventfds;  // one per enabled MSI-X vector
  std::unique_ptr<HostScheduler> m_scheduler = std::make_unique<HostScheduler>();
};

}  // namespace vfio
