// SPDX-License-Identifier: Apache-2.0
// nvme::Platform on the SystemC model: CPU accesses through the root complex, DMA buffers in
// host memory, MSI-X vectors as interrupt tasks, SystemC processes as the driver's tasks.

#pragma once

#include <tlm_utils/simple_initiator_socket.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <systemc>
#include <tlm>
#include <vector>

#include "host_memory.h"
#include "msi_controller.h"
#include "platform.h"
#include "range_allocator.h"

namespace cosim {

class RtlBridge;

struct PlatformOptions {
  uint16_t device_bdf = 0x0100;         // 01:00.0, below the root port
  uint64_t bar0_address = 0xF000'0000;  // where enumeration places BAR0
  uint64_t dma_base = 0x1'0000'0000;    // DMA buffers: above 4 GiB, 64-bit addressing
  uint64_t dma_size = 0x1000'0000;      // 256 MiB
  unsigned max_payload = 256;           // bytes, capped at what the device supports
  unsigned max_read_request = 512;      // bytes
  unsigned msix_vectors = 2;            // vectors to enable (capped by the table size)
};

// What enumeration found and set up.
struct PciDeviceInfo {
  bool present = false;
  uint16_t vendor_id = 0;
  uint16_t device_id = 0;
  uint32_t class_code = 0;
  uint64_t bar0 = 0;
  uint64_t bar0_size = 0;
  unsigned max_payload = 0;       // bytes, as programmed
  unsigned max_read_request = 0;  // bytes, as programmed
  unsigned msix_table_size = 0;
  unsigned msix_vectors = 0;  // enabled
};

class CosimPlatform : public sc_core::sc_module, public nvme::Platform {
 public:
  tlm_utils::simple_initiator_socket<CosimPlatform> cfg_socket;   // to the root complex
  tlm_utils::simple_initiator_socket<CosimPlatform> mmio_socket;  // to the root complex

  CosimPlatform(sc_core::sc_module_name name, HostMemory& memory, MsiController& msi,
                const PlatformOptions& options, RtlBridge* bridge = nullptr);

  // PCI enumeration as a host does it: find the function, read its IDs and class, size and
  // assign BAR0, enable memory space and bus mastering, program MPS/MRRS, set up MSI-X.
  // Runs in an SC_THREAD. Returns what it found (present = false if nothing answers).
  const PciDeviceInfo& enumerate();
  const PciDeviceInfo& device() const { return m_device; }

  // Configuration space of the device (byte enables select bytes of the DW).
  uint32_t cfg_read32(uint16_t offset, bool* ok = nullptr);
  bool cfg_write32(uint16_t offset, uint32_t value, uint8_t byte_enable = 0xF);

  // ---- nvme::Platform ---------------------------------------------------------------------
  uint32_t read32(uint32_t offset) override;
  void write32(uint32_t offset, uint32_t value) override;
  uint64_t read64(uint32_t offset) override;
  void write64(uint32_t offset, uint64_t value) override;

  nvme::DmaBuffer alloc_dma(size_t size, size_t alignment) override;
  void free_dma(const nvme::DmaBuffer& buffer) override;
  void read_dma(uint64_t bus_address, void* dst, size_t size) override;
  void write_dma(uint64_t bus_address, const void* src, size_t size) override;

  unsigned interrupt_vectors() const override { return m_device.msix_vectors; }
  void set_interrupt_handler(unsigned vector, std::function<void()> handler) override;

  void spawn(const std::string& name, std::function<void()> body) override;
  std::unique_ptr<nvme::Completion> make_completion() override;
  std::unique_ptr<nvme::Mutex> make_mutex() override;
  std::unique_ptr<nvme::Semaphore> make_semaphore(unsigned count) override;
  void sleep(nvme::Nanoseconds duration) override;
  nvme::Nanoseconds now() const override;

  void annotate(const std::string& signal, uint64_t value) override;

  // Failed accesses (completion timeout, UR, CA) seen by register or configuration access.
  uint64_t access_errors() const { return m_access_errors; }

 private:
  struct Vector {
    std::function<void()> handler;
    uint64_t pending = 0;
    std::unique_ptr<sc_core::sc_event> raised;
  };

  bool transport(tlm_utils::simple_initiator_socket<CosimPlatform>& socket, tlm::tlm_command cmd,
                 uint64_t address, uint8_t* data, unsigned length, uint8_t* byte_enable);
  uint16_t find_capability(uint8_t id);

  HostMemory& m_memory;
  MsiController& m_msi;
  PlatformOptions m_options;
  RtlBridge* m_bridge;
  PciDeviceInfo m_device;
  common::RangeAllocator m_allocations;  // DMA buffers, by bus address
  std::vector<Vector> m_vectors;
  uint64_t m_interrupts = 0;
  uint64_t m_access_errors = 0;
  unsigned m_spawned = 0;
};

}  // namespace cosim
