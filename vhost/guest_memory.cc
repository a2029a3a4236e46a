// SPDX-License-Identifier: Apache-2.0
#include "guest_memory.h"

#include <sys/mman.h>

namespace vhost {

bool GuestMemory::add(int fd, uint64_t guest_addr, uint64_t size, uint64_t user_addr,
                      uint64_t offset) {
  void* base =
      mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, static_cast<off_t>(offset));
  if (base == MAP_FAILED) return false;
  m_regions.push_back({guest_addr, size, user_addr, static_cast<uint8_t*>(base)});
  ++m_generation;
  return true;
}

void GuestMemory::clear() {
  for (const Region& region : m_regions) munmap(region.host, region.size);
  if (!m_regions.empty()) ++m_generation;
  m_regions.clear();
}

namespace {

// Inside [start, start + length), without overflow.
bool inside(uint64_t addr, uint64_t size, uint64_t start, uint64_t length) {
  return addr >= start && addr - start <= length && size <= length - (addr - start);
}

}  // namespace

uint8_t* GuestMemory::at_guest(uint64_t addr, uint64_t size) const {
  for (const Region& r : m_regions) {
    if (inside(addr, size, r.guest_addr, r.size)) return r.host + (addr - r.guest_addr);
  }
  return nullptr;
}

uint8_t* GuestMemory::at_user(uint64_t addr, uint64_t size) const {
  for (const Region& r : m_regions) {
    if (inside(addr, size, r.user_addr, r.size)) return r.host + (addr - r.user_addr);
  }
  return nullptr;
}

}  // namespace vhost
