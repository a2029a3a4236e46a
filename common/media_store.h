// SPDX-License-Identifier: Apache-2.0
// The controller's media: the bytes its namespaces hold, behind its media port (media_port.h).
// A synthesized controller would reach DDR there; in simulation this store serves it.

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace common {

// The media address of a namespace's byte, as the RTL forms it: each namespace has a 2^51-byte
// window, namespace 1 at 0, so the 8192 namespaces (NSIDs 1..8192) fill the 64-bit space.
constexpr unsigned kMediaNsShift = 51;
constexpr uint32_t kMediaMaxNamespaces = 8192;

inline constexpr uint64_t media_address(uint32_t nsid, uint64_t lba, unsigned lba_shift) {
  return (uint64_t{nsid - 1} << kMediaNsShift) | (lba << lba_shift);
}

// Byte addressed with 64-bit addresses, allocated in 4 KiB pages on first write; bytes never
// written read as zero. Accesses may straddle pages and wrap past the top of the address space.
//
// With the volatile write cache on, writes and zeroes land in an overlay that reads see first;
// flush() makes the overlay durable and lose_power() discards it, as a drive's volatile write
// cache would on power loss. With it off, everything is durable at once and flush() does nothing.
class MediaStore {
 public:
  static constexpr uint64_t kPageSize = 4096;

  explicit MediaStore(bool volatile_cache = false) : m_volatile_cache(volatile_cache) {}

  void read(uint64_t addr, void* dst, size_t len) const;
  std::vector<uint8_t> read(uint64_t addr, size_t len) const;
  void write(uint64_t addr, const void* src, size_t len);
  void write(uint64_t addr, const std::vector<uint8_t>& bytes);
  // Write Zeroes and deallocate: the range reads as zeros afterwards. Whole pages are dropped
  // (no page is allocated for them), so the cost follows the pages allocated, not the length.
  void zero(uint64_t addr, uint64_t len);

  bool volatile_cache() const { return m_volatile_cache; }
  // Turning the cache off flushes it first, so nothing written so far is lost.
  void set_volatile_cache(bool on);
  void flush();
  void lose_power() { m_overlay.clear(); }

  // Pages holding data, durable and cached: what the store costs, for reports.
  size_t allocated_pages() const { return durable_pages() + cached_pages(); }
  size_t durable_pages() const { return m_durable.size(); }
  size_t cached_pages() const;
  void clear();

 private:
  using Page = std::array<uint8_t, kPageSize>;
  // Key: address / kPageSize. In the overlay a null page is a tombstone: the page was zeroed
  // since the last flush and reads as zeros, whatever the durable page holds.
  using PageMap = std::unordered_map<uint64_t, std::unique_ptr<Page>>;

  const uint8_t* page_to_read(uint64_t index) const;  // nullptr: reads as zeros
  uint8_t* page_to_write(uint64_t index);
  void zero_range(uint64_t addr, uint64_t len);  // addr + len <= 2^64
  void zero_within_page(uint64_t addr, size_t len);
  void drop_pages(uint64_t first, uint64_t count);

  bool m_volatile_cache;
  PageMap m_durable;
  PageMap m_overlay;  // empty while the cache is off
};

}  // namespace common
