// SPDX-License-Identifier: Apache-2.0
// Sparse byte-addressable memory.

#include "sparse_memory.h"

#include <algorithm>
#include <cstring>

namespace common {

const SparseMemory::Page* SparseMemory::find_page(uint64_t addr) const {
  const auto it = m_pages.find(addr / kPageSize);
  return it == m_pages.end() ? nullptr : it->second.get();
}

uint8_t* SparseMemory::page(uint64_t addr) {
  auto& page = m_pages[addr / kPageSize];
  if (!page) {
    page = std::make_unique<Page>();
    page->fill(m_fill);
  }
  return page->data();
}

void SparseMemory::read(uint64_t addr, void* dst, size_t len) const {
  auto* out = static_cast<uint8_t*>(dst);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    if (const Page* page = find_page(addr)) {
      std::memcpy(out, page->data() + offset, chunk);
    } else {
      std::memset(out, m_fill, chunk);
    }
    out += chunk;
    addr += chunk;
    len -= chunk;
  }
}

void SparseMemory::write(uint64_t addr, const void* src, size_t len) {
  const auto* in = static_cast<const uint8_t*>(src);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    std::memcpy(page(addr) + offset, in, chunk);
    in += chunk;
    addr += chunk;
    len -= chunk;
  }
}

std::vector<uint8_t> SparseMemory::read(uint64_t addr, size_t len) const {
  std::vector<uint8_t> bytes(len);
  read(addr, bytes.data(), len);
  return bytes;
}

void SparseMemory::write(uint64_t addr, const std::vector<uint8_t>& bytes) {
  write(addr, bytes.data(), bytes.size());
}

uint8_t SparseMemory::read8(uint64_t addr) const {
  const Page* page = find_page(addr);
  return page ? (*page)[addr % kPageSize] : m_fill;
}

void SparseMemory::write8(uint64_t addr, uint8_t value) { page(addr)[addr % kPageSize] = value; }

uint32_t SparseMemory::read32(uint64_t addr) const {
  uint8_t bytes[4];
  read(addr, bytes, 4);
  uint32_t value = 0;
  for (unsigned i = 0; i < 4; ++i) value |= uint32_t{bytes[i]} << (8 * i);
  return value;
}

void SparseMemory::write32(uint64_t addr, uint32_t value, uint8_t byte_enable) {
  for (unsigned i = 0; i < 4; ++i) {
    if (byte_enable & (1u << i)) write8(addr + i, static_cast<uint8_t>(value >> (8 * i)));
  }
}

uint64_t SparseMemory::read64(uint64_t addr) const {
  uint8_t bytes[8];
  read(addr, bytes, 8);
  uint64_t value = 0;
  for (unsigned i = 0; i < 8; ++i) value |= uint64_t{bytes[i]} << (8 * i);
  return value;
}

void SparseMemory::write64(uint64_t addr, uint64_t value) {
  uint8_t bytes[8];
  for (unsigned i = 0; i < 8; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
  write(addr, bytes, 8);
}

std::vector<uint32_t> SparseMemory::read_dws(uint64_t addr, size_t count) const {
  std::vector<uint32_t> dws(count);
  for (size_t i = 0; i < count; ++i) dws[i] = read32(addr + 4 * i);
  return dws;
}

void SparseMemory::write_dws(uint64_t addr, const std::vector<uint32_t>& dws) {
  for (size_t i = 0; i < dws.size(); ++i) write32(addr + 4 * i, dws[i]);
}

void SparseMemory::fill(uint64_t addr, size_t len, uint8_t value) {
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    std::memset(page(addr) + offset, value, chunk);
    addr += chunk;
    len -= chunk;
  }
}

}  // namespace common
