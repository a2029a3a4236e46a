// SPDX-License-Identifier: Apache-2.0
// First-fit allocation of address ranges.

#include "range_allocator.h"

#include <algorithm>
#include <stdexcept>

namespace common {

namespace {

uint64_t align_up(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

}  // namespace

RangeAllocator::RangeAllocator(uint64_t base, uint64_t size, uint64_t boundary)
    : m_base(base), m_end(base + size), m_boundary(boundary) {
  if (boundary != 0 && (boundary & (boundary - 1)) != 0) {
    throw std::invalid_argument("RangeAllocator: boundary must be a power of two");
  }
}

std::optional<uint64_t> RangeAllocator::allocate(uint64_t size, uint64_t alignment) {
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    throw std::invalid_argument("RangeAllocator: alignment must be a power of two");
  }
  if (size == 0 || (m_boundary != 0 && size > m_boundary)) return std::nullopt;
  // Where a range may start at or after `from`: aligned, and moved past a boundary it would cross.
  auto fit = [&](uint64_t from) {
    uint64_t start = align_up(from, alignment);
    if (m_boundary != 0 && start / m_boundary != (start + size - 1) / m_boundary) {
      start = align_up(align_up(start, m_boundary), alignment);
    }
    return start;
  };
  uint64_t candidate = fit(m_base);
  for (const auto& [start, length] : m_ranges) {
    if (candidate + size <= start) break;
    candidate = fit(std::max(candidate, start + length));
  }
  if (candidate < m_base || candidate + size > m_end || candidate + size < candidate) {
    return std::nullopt;
  }
  m_ranges[candidate] = size;
  return candidate;
}

bool RangeAllocator::free(uint64_t start) { return m_ranges.erase(start) != 0; }

std::optional<uint64_t> RangeAllocator::owner(uint64_t address, uint64_t size) const {
  auto it = m_ranges.upper_bound(address);
  if (it == m_ranges.begin()) return std::nullopt;
  --it;
  const uint64_t end = it->first + it->second;
  if (address + size > end || address + size < address) return std::nullopt;
  return it->first;
}

}  // namespace common
