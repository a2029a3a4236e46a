// SPDX-License-Identifier: Apache-2.0
// The front end's memory as vhost-user shares it (SET_MEM_TABLE): file descriptors mapped here,
// and translation from its addresses to ours.

#pragma once

#include <cstdint>
#include <vector>

namespace vhost {

class GuestMemory {
 public:
  struct Region {
    uint64_t guest_addr = 0;  // the driver's physical (and DMA) address of the first byte
    uint64_t size = 0;
    uint64_t user_addr = 0;  // the front end's virtual address of the first byte
    uint8_t* host = nullptr;
  };

  GuestMemory() = default;
  ~GuestMemory() { clear(); }
  GuestMemory(const GuestMemory&) = delete;
  GuestMemory& operator=(const GuestMemory&) = delete;

  // Maps `size` bytes of `fd` from `offset` (shared, read-write). False with errno on failure.
  bool add(int fd, uint64_t guest_addr, uint64_t size, uint64_t user_addr, uint64_t offset);
  void clear();  // unmaps every region

  // Our pointer to [addr, addr + size) if it lies inside one region, else null.
  uint8_t* at_guest(uint64_t addr, uint64_t size) const;
  uint8_t* at_user(uint64_t addr, uint64_t size) const;

  const std::vector<Region>& regions() const { return m_regions; }
  // Bumped by every change: holders of pointers into the old mapping must drop them.
  unsigned generation() const { return m_generation; }

 private:
  std::vector<Region> m_regions;
  unsigned m_generation = 0;
};

}  // namespace vhost
