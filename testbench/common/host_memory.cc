// SPDX-License-Identifier: Apache-2.0
// Sparse byte-addressable host memory that device DMA reads and writes land in.

#include "host_memory.h"

namespace tb {

HostMemory::Page& HostMemory::page_for_write(uint64_t addr) {
  auto& page = pages_[addr / kPageSize];
  if (!page) {
    page = std::make_unique<Page>();
    page->fill(fill_);
  }
  return *page;
}

uint8_t HostMemory::read8(uint64_t addr) const {
  const auto it = pages_.find(addr / kPageSize);
  if (it == pages_.end()) return fill_;
  return (*it->second)[addr % kPageSize];
}

void HostMemory::write8(uint64_t addr, uint8_t value) {
  page_for_write(addr)[addr % kPageSize] = value;
}

uint32_t HostMemory::read32(uint64_t addr) const {
  uint32_t value = 0;
  for (unsigned i = 0; i < 4; ++i) value |= uint32_t{read8(addr + i)} << (8 * i);
  return value;
}

void HostMemory::write32(uint64_t addr, uint32_t value, uint8_t byte_enable) {
  for (unsigned i = 0; i < 4; ++i) {
    if (byte_enable & (1u << i)) write8(addr + i, static_cast<uint8_t>(value >> (8 * i)));
  }
}

std::vector<uint8_t> HostMemory::read(uint64_t addr, size_t len) const {
  std::vector<uint8_t> bytes(len);
  for (size_t i = 0; i < len; ++i) bytes[i] = read8(addr + i);
  return bytes;
}

void HostMemory::write(uint64_t addr, const std::vector<uint8_t>& bytes) {
  for (size_t i = 0; i < bytes.size(); ++i) write8(addr + i, bytes[i]);
}

std::vector<uint32_t> HostMemory::read_dws(uint64_t addr, size_t count) const {
  std::vector<uint32_t> dws(count);
  for (size_t i = 0; i < count; ++i) dws[i] = read32(addr + 4 * i);
  return dws;
}

void HostMemory::write_dws(uint64_t addr, const std::vector<uint32_t>& dws) {
  for (size_t i = 0; i < dws.size(); ++i) write32(addr + 4 * i, dws[i]);
}

void HostMemory::fill(uint64_t addr, size_t len, uint8_t value) {
  for (size_t i = 0; i < len; ++i) write8(addr + i, value);
}

void HostMemory::fill_pattern(uint64_t addr, size_t len, uint32_t seed) {
  for (size_t i = 0; i < len; ++i) write8(addr + i, pattern_byte(addr + i, seed));
}

uint32_t HostMemory::pattern_dw(uint64_t addr, uint32_t seed) {
  // A 64-bit finalizer (splitmix style) of the DW address: neighbouring DWs differ in every byte.
  uint64_t x = (addr & ~uint64_t{3}) ^ (uint64_t{seed} << 32) ^ 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  x ^= x >> 31;
  return static_cast<uint32_t>(x);
}

uint8_t HostMemory::pattern_byte(uint64_t addr, uint32_t seed) {
  return static_cast<uint8_t>(pattern_dw(addr, seed) >> (8 * (addr & 3)));
}

std::vector<uint32_t> HostMemory::pattern_dws(uint64_t addr, size_t count, uint32_t seed) {
  std::vector<uint32_t> dws(count);
  for (size_t i = 0; i < count; ++i) {
    for (unsigned b = 0; b < 4; ++b) {
      dws[i] |= uint32_t{pattern_byte(addr + 4 * i + b, seed)} << (8 * b);
    }
  }
  return dws;
}

}  // namespace tb
