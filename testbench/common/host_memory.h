// SPDX-License-Identifier: Apache-2.0
// Sparse byte-addressable host memory that device DMA reads and writes land in.

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tb {

// 64-bit addresses, allocated in 4 KiB pages on first write. Bytes never written read as
// `fill`, so a read of unwritten memory is deterministic. DWs are little-endian (the byte at the
// lowest address in bits 7:0), matching TLP payload order; any alignment is allowed.
class HostMemory {
 public:
  static constexpr uint64_t kPageSize = 4096;

  explicit HostMemory(uint8_t fill = 0) : fill_(fill) {}

  uint8_t read8(uint64_t addr) const;
  void write8(uint64_t addr, uint8_t value);
  uint32_t read32(uint64_t addr) const;
  // Writes the bytes of `value` whose bit in `byte_enable` is set (bit 0 = byte at addr).
  void write32(uint64_t addr, uint32_t value, uint8_t byte_enable = 0xF);

  std::vector<uint8_t> read(uint64_t addr, size_t len) const;
  void write(uint64_t addr, const std::vector<uint8_t>& bytes);
  std::vector<uint32_t> read_dws(uint64_t addr, size_t count) const;
  void write_dws(uint64_t addr, const std::vector<uint32_t>& dws);

  void fill(uint64_t addr, size_t len, uint8_t value);
  // Fills with pattern_byte(), an address hash: data that lands at the wrong offset shows up.
  void fill_pattern(uint64_t addr, size_t len, uint32_t seed = 0);
  // The pattern DW for the DW containing `addr`, and its bytes; tests compute expectations
  // from these without reading memory back.
  static uint32_t pattern_dw(uint64_t addr, uint32_t seed = 0);
  static uint8_t pattern_byte(uint64_t addr, uint32_t seed = 0);
  static std::vector<uint32_t> pattern_dws(uint64_t addr, size_t count, uint32_t seed = 0);

  size_t page_count() const { return pages_.size(); }
  void clear() { pages_.clear(); }

 private:
  using Page = std::array<uint8_t, kPageSize>;
  Page& page_for_write(uint64_t addr);

  uint8_t fill_;
  std::unordered_map<uint64_t, std::unique_ptr<Page>> pages_;  // key: address / kPageSize
};

}  // namespace tb
