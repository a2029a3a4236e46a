// SPDX-License-Identifier: Apache-2.0
// First-fit allocation of address ranges: the DMA buffers a platform hands the driver, as bus
// addresses in the co-simulation's host memory or offsets into memory mapped for a VFIO device.

#pragma once

#include <cstdint>
#include <map>
#include <optional>

namespace common {

class RangeAllocator {
 public:
  // Ranges inside [base, base + size). A range never crosses a multiple of `boundary` (0: any
  // may): memory that is contiguous only in pieces, e.g. 2 MiB huge pages without an IOMMU.
  RangeAllocator(uint64_t base, uint64_t size, uint64_t boundary = 0);

  // The lowest free start aligned to `alignment` (a power of two) with `size` bytes free after
  // it; nothing if there is none, or if size is 0 or larger than the boundary.
  std::optional<uint64_t> allocate(uint64_t size, uint64_t alignment);
  // False if `start` is not the start of an allocated range.
  bool free(uint64_t start);
  // The allocated range holding [address, address + size), if one does: its start.
  std::optional<uint64_t> owner(uint64_t address, uint64_t size) const;

  size_t allocated() const { return m_ranges.size(); }

 private:
  uint64_t m_base;
  uint64_t m_end;
  uint64_t m_boundary;
  std::map<uint64_t, uint64_t> m_ranges;  // start -> size
};

}  // namespace common
