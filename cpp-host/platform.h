// SPDX-License-Identifier: Apache-2.0
// The platform a host driver runs on: register access, DMA memory, interrupts, tasks and time.
// Pure C++ (no SystemC): the co-simulation implements it in systemc/, and a board reached
// through VFIO could implement it too.

#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace nvme {

using Nanoseconds = uint64_t;

// A one-shot event a task can wait on; once completed it stays completed (like Linux's
// complete_all). Waiting and completing happen in platform tasks.
class Completion {
 public:
  virtual ~Completion() = default;
  virtual void complete() = 0;
  virtual bool done() const = 0;
  virtual void wait() = 0;
  // False if `timeout` passed first.
  virtual bool wait_for(Nanoseconds timeout) = 0;
};

// Mutual exclusion between tasks across waits (tasks are cooperative: code between two waits
// runs without interruption, so only state held across a wait needs a lock).
class Mutex {
 public:
  virtual ~Mutex() = default;
  virtual void lock() = 0;
  virtual void unlock() = 0;
};

// A counting semaphore, e.g. a tag pool limiting commands in flight.
class Semaphore {
 public:
  virtual ~Semaphore() = default;
  virtual void acquire() = 0;
  virtual bool try_acquire() = 0;
  virtual void release() = 0;
  virtual unsigned available() const = 0;
};

// Host memory the device can reach by DMA.
struct DmaBuffer {
  uint64_t bus_address = 0;  // what the device is given, e.g. in a PRP entry
  size_t size = 0;
};

class Platform {
 public:
  virtual ~Platform() = default;

  // ---- The controller's BAR0 (offsets into the BAR) -----------------------------------
  virtual uint32_t read32(uint32_t offset) = 0;
  virtual void write32(uint32_t offset, uint32_t value) = 0;
  // 64-bit registers, as one 8-byte access.
  virtual uint64_t read64(uint32_t offset) = 0;
  virtual void write64(uint32_t offset, uint64_t value) = 0;

  // ---- DMA memory -------------------------------------------------------------------------
  virtual DmaBuffer alloc_dma(size_t size, size_t alignment = 4096) = 0;
  virtual void free_dma(const DmaBuffer& buffer) = 0;
  virtual void read_dma(uint64_t bus_address, void* dst, size_t size) = 0;
  virtual void write_dma(uint64_t bus_address, const void* src, size_t size) = 0;

  // ---- Interrupts -------------------------------------------------------------------------
  // MSI-X vectors the platform enabled for the device.
  virtual unsigned interrupt_vectors() const = 0;
  // `handler` runs in a platform task each time `vector` fires (one invocation at a time).
  virtual void set_interrupt_handler(unsigned vector, std::function<void()> handler) = 0;

  // ---- Tasks and synchronisation ------------------------------------------------------------
  virtual void spawn(const std::string& name, std::function<void()> body) = 0;
  virtual std::unique_ptr<Completion> make_completion() = 0;
  virtual std::unique_ptr<Mutex> make_mutex() = 0;
  virtual std::unique_ptr<Semaphore> make_semaphore(unsigned count) = 0;
  virtual void sleep(Nanoseconds duration) = 0;
  virtual Nanoseconds now() const = 0;

  // ---- Observation --------------------------------------------------------------------------
  // Host-level activity shown next to the hardware in waveforms (see docs/platform.md for the
  // signal names); platforms without waveforms ignore it.
  virtual void annotate(const std::string& signal, uint64_t value) = 0;
};

}  // namespace nvme
