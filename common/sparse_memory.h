// SPDX-License-Identifier: Apache-2.0
// Sparse byte-addressable memory: the host DRAM that device DMA lands in, for the RTL benches
// directly and for the co-simulation behind a TLM target (systemc/host_memory.h).

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace common {

// 64-bit addresses, allocated in 4 KiB pages on first write. Bytes never written read as
// `fill` (0 unless chosen), so reads of unwritten memory are deterministic and allocate nothing.
// Multi-byte values are little-endian (the byte at the lowest address in bits 7:0), as TLP
// payloads are; any alignment is allowed, and an access may straddle pages.
class SparseMemory {
 public:
  static constexpr uint64_t kPageSize = 4096;

  explicit SparseMemory(uint8_t fill = 0) : m_fill(fill) {}

  void read(uint64_t addr, void* dst, size_t len) const;
  void write(uint64_t addr, const void* src, size_t len);
  std::vector<uint8_t> read(uint64_t addr, size_t len) const;
  void write(uint64_t addr, const std::vector<uint8_t>& bytes);

  uint8_t read8(uint64_t addr) const;
  void write8(uint64_t addr, uint8_t value);
  uint32_t read32(uint64_t addr) const;
  // Writes the bytes of `value` whose bit in `byte_enable` is set (bit 0 = byte at addr).
  void write32(uint64_t addr, uint32_t value, uint8_t byte_enable = 0xF);
  uint64_t read64(uint64_t addr) const;
  void write64(uint64_t addr, uint64_t value);
  std::vector<uint32_t> read_dws(uint64_t addr, size_t count) const;
  void write_dws(uint64_t addr, const std::vector<uint32_t>& dws);

  void fill(uint64_t addr, size_t len, uint8_t value);

  // The page holding `addr`, allocated (with the fill byte) if it is not yet: for direct memory
  // interfaces, whose pointers must be real. Pages never move while the memory lives.
  uint8_t* page(uint64_t addr);

  size_t page_count() const { return m_pages.size(); }
  void clear() { m_pages.clear(); }

 private:
  using Page = std::array<uint8_t, kPageSize>;
  const Page* find_page(uint64_t addr) const;

  uint8_t m_fill;
  std::unordered_map<uint64_t, std::unique_ptr<Page>> m_pages;  // key: address / kPageSize
};

}  // namespace common
