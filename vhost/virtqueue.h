// SPDX-License-Identifier: Apache-2.0
// The device side of a split virtqueue (VIRTIO 1.x, 2.7) in memory shared with the driver:
// take the driver's descriptor chains from the available ring, give them back on the used ring.

#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

#include "guest_memory.h"

namespace vhost {

// A driver that breaks the virtqueue rules (a descriptor outside shared memory, a loop in a
// chain, an index past the ring) gets no answer we could trust: the connection is dropped.
class ProtocolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One descriptor of a chain, mapped: the driver's bytes, read-only or for the device to fill.
struct Buffer {
  uint8_t* data = nullptr;
  uint32_t size = 0;
  bool device_writes = false;
};

struct Chain {
  uint16_t head = 0;  // the id the used ring gives back
  std::vector<Buffer> buffers;

  // The driver-written bytes, concatenated (a header and its data may come in two buffers).
  std::vector<uint8_t> readable_bytes() const;
  // The first device-writable buffer, or none.
  const Buffer* writable() const;
};

class Virtqueue {
 public:
  static constexpr unsigned kMaxSize = 32768;

  // Ring addresses are in the driver's user address space (vhost-user SET_VRING_ADDR).
  void set_size(unsigned size);
  void set_addresses(uint64_t desc, uint64_t avail, uint64_t used) {
    m_desc_addr = desc;
    m_avail_addr = avail;
    m_used_addr = used;
    m_mapped = false;
  }
  void set_base(uint16_t next_avail) { m_next_avail = next_avail; }
  uint16_t base() const { return m_next_avail; }
  void set_enabled(bool on) { m_enabled = on; }
  bool enabled() const { return m_enabled; }
  unsigned size() const { return m_size; }

  // The next available chain, if any; ProtocolError on a broken one.
  std::optional<Chain> pop(const GuestMemory& memory);
  // Hands `head` back with `written` bytes filled in by the device.
  void push(const GuestMemory& memory, uint16_t head, uint32_t written);

 private:
  struct Rings;
  bool map(const GuestMemory& memory);

  unsigned m_size = 0;
  uint64_t m_desc_addr = 0, m_avail_addr = 0, m_used_addr = 0;
  bool m_mapped = false;
  uint8_t* m_desc = nullptr;
  uint8_t* m_avail = nullptr;
  uint8_t* m_used = nullptr;
  uint16_t m_next_avail = 0;
  uint16_t m_next_used = 0;
  bool m_enabled = false;
};

}  // namespace vhost
