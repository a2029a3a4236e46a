// SPDX-License-Identifier: Apache-2.0
// Host memory a VFIO device reaches by DMA.

#include "dma_memory.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "vfio_device.h"

namespace vfio {

namespace {

constexpr uint64_t kPfnMask = (uint64_t{1} << 55) - 1;  // pagemap: bits 54:0
constexpr uint64_t kPagePresent = uint64_t{1} << 63;

}  // namespace

DmaMemory::DmaMemory(uint8_t* base, uint64_t size, uint64_t boundary)
    : m_base(base), m_size(size), m_offsets(0, size, boundary) {}

DmaMemory::~DmaMemory() { munmap(m_base, m_size); }

std::unique_ptr<DmaMemory> DmaMemory::through_iommu(VfioDevice& device, uint64_t iova_base,
                                                    uint64_t size, std::string* error) {
  void* base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) {
    *error =
        "cannot allocate " + std::to_string(size >> 20) + " MiB for DMA: " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<DmaMemory> memory(new DmaMemory(static_cast<uint8_t*>(base), size, 0));
  memory->m_iova_base = iova_base;
  // The mapping pins the pages: they stay where they are while the device may reach them.
  if (!device.map_dma(base, iova_base, size, error)) return nullptr;
  return memory;
}

std::unique_ptr<DmaMemory> DmaMemory::physical(uint64_t size, std::string* error) {
  size = (size + kHugePage - 1) / kHugePage * kHugePage;
  void* base = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_POPULATE | MAP_LOCKED, -1, 0);
  if (base == MAP_FAILED) {
    *error = "no " + std::to_string(size / kHugePage) +
             " free 2 MiB huge pages for DMA without an IOMMU (" + std::strerror(errno) +
             "; reserve them: echo N > /proc/sys/vm/nr_hugepages)";
    return nullptr;
  }
  std::unique_ptr<DmaMemory> memory(new DmaMemory(static_cast<uint8_t*>(base), size, kHugePage));
  const int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (pagemap < 0) {
    *error = std::string("cannot open /proc/self/pagemap: ") + std::strerror(errno);
    return nullptr;
  }
  const uint64_t page_size = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  for (uint64_t offset = 0; offset < size; offset += kHugePage) {
    const uint64_t virtual_page = reinterpret_cast<uint64_t>(memory->m_base + offset) / page_size;
    uint64_t entry = 0;
    if (pread(pagemap, &entry, sizeof entry, static_cast<off_t>(virtual_page * sizeof entry)) !=
            sizeof entry ||
        !(entry & kPagePresent) || (entry & kPfnMask) == 0) {
      close(pagemap);
      *error =
          "cannot find the physical address of DMA memory in /proc/self/pagemap (no-IOMMU mode "
          "needs root: without CAP_SYS_ADMIN the kernel hides physical addresses)";
      return nullptr;
    }
    const uint64_t physical = (entry & kPfnMask) * page_size;
    memory->m_huge_pages.push_back(physical);
    memory->m_page_offset[physical] = offset;
  }
  close(pagemap);
  return memory;
}

uint64_t DmaMemory::bus_address(uint64_t offset) const {
  if (m_huge_pages.empty()) return m_iova_base + offset;
  return m_huge_pages[offset / kHugePage] + offset % kHugePage;
}

std::optional<uint64_t> DmaMemory::offset_of(uint64_t bus_address) const {
  if (m_huge_pages.empty()) {
    if (bus_address < m_iova_base || bus_address - m_iova_base >= m_size) return std::nullopt;
    return bus_address - m_iova_base;
  }
  auto page = m_page_offset.upper_bound(bus_address);
  if (page == m_page_offset.begin()) return std::nullopt;
  --page;
  if (bus_address - page->first >= kHugePage) return std::nullopt;
  return page->second + (bus_address - page->first);
}

std::optional<uint64_t> DmaMemory::allocate(uint64_t size, uint64_t alignment) {
  const std::optional<uint64_t> offset = m_offsets.allocate(size, alignment);
  if (!offset) return std::nullopt;
  return bus_address(*offset);
}

bool DmaMemory::free(uint64_t bus) {
  const std::optional<uint64_t> offset = offset_of(bus);
  return offset && m_offsets.free(*offset);
}

uint8_t* DmaMemory::host(uint64_t bus, uint64_t size) const {
  const std::optional<uint64_t> offset = offset_of(bus);
  if (!offset || !m_offsets.owner(*offset, size)) return nullptr;
  return m_base + *offset;
}

}  // namespace vfio
