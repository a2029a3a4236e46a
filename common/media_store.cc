// SPDX-License-Identifier: Apache-2.0
// The controller's media: sparse pages, with an optional volatile write cache over them.

#include "media_store.h"

#include <algorithm>
#include <cstring>

namespace common {
namespace {

// Keys of `pages` in [first, first + count), found by whichever is shorter to walk: the range
// or the map. A zero of a whole namespace then costs what is allocated, not 2^51 bytes of pages.
template <class PageMap>
std::vector<uint64_t> keys_in_range(const PageMap& pages, uint64_t first, uint64_t count) {
  std::vector<uint64_t> keys;
  if (count <= pages.size()) {
    for (uint64_t index = first; index - first < count; ++index) {
      if (pages.count(index)) keys.push_back(index);
    }
  } else {
    for (const auto& entry : pages) {
      if (entry.first - first < count) keys.push_back(entry.first);
    }
  }
  return keys;
}

}  // namespace

const uint8_t* MediaStore::page_to_read(uint64_t index) const {
  if (!m_overlay.empty()) {
    const auto cached = m_overlay.find(index);
    if (cached != m_overlay.end()) return cached->second ? cached->second->data() : nullptr;
  }
  const auto durable = m_durable.find(index);
  return durable == m_durable.end() ? nullptr : durable->second->data();
}

uint8_t* MediaStore::page_to_write(uint64_t index) {
  if (!m_volatile_cache) {
    auto& page = m_durable[index];
    if (!page) page = std::make_unique<Page>();  // value-initialized: zeros
    return page->data();
  }
  const auto [cached, added] = m_overlay.try_emplace(index);
  if (cached->second) return cached->second->data();
  // A page new to the overlay starts as reads saw it: a copy of the durable page, or zeros where
  // there is none or a tombstone stood (the page was zeroed since the flush).
  const auto durable = added ? m_durable.find(index) : m_durable.end();
  cached->second = durable == m_durable.end() ? std::make_unique<Page>()
                                              : std::make_unique<Page>(*durable->second);
  return cached->second->data();
}

void MediaStore::read(uint64_t addr, void* dst, size_t len) const {
  auto* out = static_cast<uint8_t*>(dst);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    if (const uint8_t* page = page_to_read(addr / kPageSize)) {
      std::memcpy(out, page + offset, chunk);
    } else {
      std::memset(out, 0, chunk);
    }
    out += chunk;
    addr += chunk;
    len -= chunk;
  }
}

std::vector<uint8_t> MediaStore::read(uint64_t addr, size_t len) const {
  std::vector<uint8_t> bytes(len);
  read(addr, bytes.data(), len);
  return bytes;
}

void MediaStore::write(uint64_t addr, const void* src, size_t len) {
  const auto* in = static_cast<const uint8_t*>(src);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    std::memcpy(page_to_write(addr / kPageSize) + offset, in, chunk);
    in += chunk;
    addr += chunk;
    len -= chunk;
  }
}

void MediaStore::write(uint64_t addr, const std::vector<uint8_t>& bytes) {
  write(addr, bytes.data(), bytes.size());
}

void MediaStore::zero(uint64_t addr, uint64_t len) {
  const uint64_t to_top = 0 - addr;  // bytes from addr to 2^64; 0 means all of them
  if (to_top != 0 && len > to_top) {
    zero_range(addr, to_top);
    zero_range(0, len - to_top);
  } else {
    zero_range(addr, len);
  }
}

void MediaStore::zero_range(uint64_t addr, uint64_t len) {
  if (len && addr % kPageSize) {
    const uint64_t head = std::min<uint64_t>(len, kPageSize - addr % kPageSize);
    zero_within_page(addr, head);
    addr += head;
    len -= head;
  }
  const uint64_t whole_pages = len / kPageSize;
  if (whole_pages) {
    drop_pages(addr / kPageSize, whole_pages);
    addr += whole_pages * kPageSize;
    len -= whole_pages * kPageSize;
  }
  if (len) zero_within_page(addr, len);
}

void MediaStore::zero_within_page(uint64_t addr, size_t len) {
  const uint64_t index = addr / kPageSize;
  // Only a page that holds data needs zero bytes; a missing page or a tombstone reads as zeros.
  if (!page_to_read(index)) return;
  std::memset(page_to_write(index) + addr % kPageSize, 0, len);
}

void MediaStore::drop_pages(uint64_t first, uint64_t count) {
  if (!m_volatile_cache) {
    for (const uint64_t key : keys_in_range(m_durable, first, count)) m_durable.erase(key);
    return;
  }
  for (const uint64_t key : keys_in_range(m_overlay, first, count)) m_overlay.erase(key);
  // Durable pages stay until a flush; tombstones hide them meanwhile.
  for (const uint64_t key : keys_in_range(m_durable, first, count)) m_overlay[key] = nullptr;
}

void MediaStore::set_volatile_cache(bool on) {
  if (!on) flush();
  m_volatile_cache = on;
}

void MediaStore::flush() {
  for (auto& [index, page] : m_overlay) {
    if (page) {
      m_durable[index] = std::move(page);
    } else {
      m_durable.erase(index);
    }
  }
  m_overlay.clear();
}

size_t MediaStore::cached_pages() const {
  return static_cast<size_t>(
      std::count_if(m_overlay.begin(), m_overlay.end(),
                    [](const auto& entry) { return entry.second != nullptr; }));
}

void MediaStore::clear() {
  m_durable.clear();
  m_overlay.clear();
}

}  // namespace common
