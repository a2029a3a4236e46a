// SPDX-License-Identifier: Apache-2.0
// nvme::Platform on a real PCI function through Linux VFIO.

#include "vfio_platform.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace vfio {

std::unique_ptr<VfioPlatform> VfioPlatform::open(const std::string& bdf,
                                                 const VfioPlatformOptions& options,
                                                 std::string* error) {
  std::unique_ptr<VfioPlatform> platform(new VfioPlatform());
  platform->m_device = VfioDevice::open(bdf, error, options.paths);
  if (!platform->m_device) return nullptr;
  VfioDevice& device = *platform->m_device;
  if (!device.enable_bus_master(error)) return nullptr;
  platform->m_memory = device.noiommu() ? DmaMemory::physical(options.dma_size, error)
                                        : DmaMemory::through_iommu(device, options.iova_base,
                                                                   options.dma_size, error);
  if (!platform->m_memory) return nullptr;

  const unsigned vectors = std::min(options.msix_vectors, device.msix_vectors());
  if (vectors == 0) {
    *error = device.info().bdf + " offers no MSI-X vectors through VFIO";
    return nullptr;
  }
  for (unsigned v = 0; v < vectors; ++v) {
    const int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (fd < 0) {
      *error = std::string("eventfd: ") + std::strerror(errno);
      return nullptr;
    }
    platform->m_eventfds.push_back(fd);
  }
  if (!device.enable_msix(platform->m_eventfds, error)) return nullptr;
  for (unsigned v = 0; v < vectors; ++v) {
    platform->m_scheduler->add_interrupt_source(v, platform->m_eventfds[v]);
  }
  return platform;
}

VfioPlatform::~VfioPlatform() {
  // Tasks and the interrupt thread first (they touch everything else), then the device stops
  // reaching host memory, then that memory goes.
  m_scheduler.reset();
  if (m_device) m_device->disable();
  m_memory.reset();
  for (int fd : m_eventfds) close(fd);
  m_device.reset();
}

nvme::DmaBuffer VfioPlatform::alloc_dma(size_t size, size_t alignment) {
  if (size == 0) throw std::invalid_argument("alloc_dma: zero size");
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    throw std::invalid_argument("alloc_dma: alignment must be a power of two");
  }
  const std::optional<uint64_t> address = m_memory->allocate(size, alignment);
  if (!address) {
    throw std::runtime_error(size > m_memory->largest_buffer()
                                 ? "alloc_dma: " + std::to_string(size) +
                                       " bytes is more than one DMA buffer can hold here (" +
                                       std::to_string(m_memory->largest_buffer()) + ")"
                                 : "alloc_dma: DMA memory exhausted");
  }
  return nvme::DmaBuffer{*address, size};
}

void VfioPlatform::free_dma(const nvme::DmaBuffer& buffer) {
  if (!m_memory->free(buffer.bus_address)) {
    throw std::invalid_argument("free_dma: not an allocated buffer");
  }
}

void VfioPlatform::read_dma(uint64_t bus_address, void* dst, size_t size) {
  const uint8_t* src = m_memory->host(bus_address, size);
  if (!src) throw std::out_of_range("read_dma: outside every DMA buffer");
  std::memcpy(dst, src, size);
}

void VfioPlatform::write_dma(uint64_t bus_address, const void* src, size_t size) {
  uint8_t* dst = m_memory->host(bus_address, size);
  if (!dst) throw std::out_of_range("write_dma: outside every DMA buffer");
  std::memcpy(dst, src, size);
}

void VfioPlatform::set_interrupt_handler(unsigned vector, std::function<void()> handler) {
  if (vector >= m_eventfds.size()) throw std::out_of_range("set_interrupt_handler: vector");
  m_scheduler->set_interrupt_handler(vector, std::move(handler));
}

}  // namespace vfio
