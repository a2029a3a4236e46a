// SPDX-License-Identifier: Apache-2.0
// Host memory a VFIO device reaches by DMA, and the buffers the driver gets from it. Through an
// IOMMU: anonymous memory mapped at one IOVA range (contiguous for the device however the pages
// lie). Without one: 2 MiB huge pages locked in memory and given to the device at their physical
// addresses, so a buffer never crosses a huge page (contiguous only within one).

#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "range_allocator.h"

namespace vfio {

class VfioDevice;

class DmaMemory {
 public:
  static constexpr uint64_t kHugePage = 2 * 1024 * 1024;

  // `size` bytes mapped through the device's IOMMU container at [iova_base, iova_base + size).
  static std::unique_ptr<DmaMemory> through_iommu(VfioDevice& device, uint64_t iova_base,
                                                  uint64_t size, std::string* error);
  // `size` bytes (rounded up to huge pages) at their physical addresses; needs root (the
  // addresses come from /proc/self/pagemap) and free huge pages (vm.nr_hugepages).
  static std::unique_ptr<DmaMemory> physical(uint64_t size, std::string* error);
  ~DmaMemory();
  DmaMemory(const DmaMemory&) = delete;
  DmaMemory& operator=(const DmaMemory&) = delete;

  // A buffer's bus address; nothing if no free range fits.
  std::optional<uint64_t> allocate(uint64_t size, uint64_t alignment);
  bool free(uint64_t bus_address);
  // Where [bus_address, bus_address + size) is in this process; null unless it lies inside
  // one allocated buffer.
  uint8_t* host(uint64_t bus_address, uint64_t size) const;

  uint64_t size() const { return m_size; }
  // The largest buffer it can hand out.
  uint64_t largest_buffer() const { return m_huge_pages.empty() ? m_size : kHugePage; }

 private:
  DmaMemory(uint8_t* base, uint64_t size, uint64_t boundary);
  uint64_t bus_address(uint64_t offset) const;
  std::optional<uint64_t> offset_of(uint64_t bus_address) const;

  uint8_t* m_base;
  uint64_t m_size;
  common::RangeAllocator m_offsets;  // buffers, as offsets from m_base
  uint64_t m_iova_base = 0;
  std::vector<uint64_t> m_huge_pages;          // physical address of each; empty: IOMMU
  std::map<uint64_t, uint64_t> m_page_offset;  // physical address -> offset from m_base
};

}  // namespace vfio
