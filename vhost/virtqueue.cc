// SPDX-License-Identifier: Apache-2.0
#include "virtqueue.h"

#include <cstring>
#include <string>

namespace vhost {

namespace {

// Ring layouts (VIRTIO 1.x, 2.7.5-2.7.8), little-endian as the front end is.
constexpr unsigned kDescBytes = 16;   // addr u64, len u32, flags u16, next u16
constexpr unsigned kAvailHeader = 4;  // flags u16, idx u16, then ring[size] u16
constexpr unsigned kUsedHeader = 4;   // flags u16, idx u16, then ring[size] {u32 id, u32 len}
constexpr uint16_t kDescNext = 1;
constexpr uint16_t kDescWrite = 2;
constexpr uint16_t kDescIndirect = 4;  // VIRTIO_F_INDIRECT_DESC: never offered

template <typename T>
T load(const uint8_t* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

template <typename T>
void store(uint8_t* p, T value) {
  std::memcpy(p, &value, sizeof value);
}

}  // namespace

std::vector<uint8_t> Chain::readable_bytes() const {
  std::vector<uint8_t> bytes;
  for (const Buffer& b : buffers) {
    if (!b.device_writes) bytes.insert(bytes.end(), b.data, b.data + b.size);
  }
  return bytes;
}

const Buffer* Chain::writable() const {
  for (const Buffer& b : buffers) {
    if (b.device_writes) return &b;
  }
  return nullptr;
}

void Virtqueue::set_size(unsigned size) {
  // A split ring's size is a power of two (2.7: "Queue Size ... a power of 2").
  if (size == 0 || size > kMaxSize || (size & (size - 1)) != 0) {
    throw ProtocolError("virtqueue size " + std::to_string(size) + " is not a power of two");
  }
  m_size = size;
  m_mapped = false;
}

bool Virtqueue::map(const GuestMemory& memory) {
  if (m_mapped) return true;
  m_desc = memory.at_user(m_desc_addr, uint64_t{kDescBytes} * m_size);
  m_avail = memory.at_user(m_avail_addr, kAvailHeader + 2ull * m_size + 2);
  m_used = memory.at_user(m_used_addr, kUsedHeader + 8ull * m_size + 2);
  if (!m_desc || !m_avail || !m_used) {
    throw ProtocolError("virtqueue rings outside the shared memory");
  }
  m_next_used = m_next_avail;
  m_mapped = true;
  return true;
}

std::optional<Chain> Virtqueue::pop(const GuestMemory& memory) {
  if (!m_enabled || m_size == 0) return std::nullopt;
  map(memory);
  // Acquire: the ring entry and descriptors the driver wrote before bumping idx are visible.
  const uint16_t avail_idx =
      __atomic_load_n(reinterpret_cast<uint16_t*>(m_avail + 2), __ATOMIC_ACQUIRE);
  if (avail_idx == m_next_avail) return std::nullopt;
  if (static_cast<uint16_t>(avail_idx - m_next_avail) > m_size) {
    throw ProtocolError("available index moved past the ring");
  }
  Chain chain;
  chain.head = load<uint16_t>(m_avail + kAvailHeader + 2u * (m_next_avail % m_size));
  ++m_next_avail;
  uint16_t index = chain.head;
  for (unsigned count = 0;; ++count) {
    if (index >= m_size || count >= m_size) throw ProtocolError("broken descriptor chain");
    const uint8_t* d = m_desc + kDescBytes * index;
    const uint64_t addr = load<uint64_t>(d);
    const uint32_t len = load<uint32_t>(d + 8);
    const uint16_t flags = load<uint16_t>(d + 12);
    if (flags & kDescIndirect) throw ProtocolError("indirect descriptor (not negotiated)");
    Buffer buffer;
    buffer.data = memory.at_guest(addr, len);
    buffer.size = len;
    buffer.device_writes = (flags & kDescWrite) != 0;
    if (!buffer.data) throw ProtocolError("descriptor outside the shared memory");
    chain.buffers.push_back(buffer);
    if (!(flags & kDescNext)) break;
    index = load<uint16_t>(d + 14);
  }
  return chain;
}

void Virtqueue::push(const GuestMemory& memory, uint16_t head, uint32_t written) {
  map(memory);
  uint8_t* entry = m_used + kUsedHeader + 8u * (m_next_used % m_size);
  store<uint32_t>(entry, head);
  store<uint32_t>(entry + 4, written);
  ++m_next_used;
  // Release: the entry (and the data written into the buffer) before the index the driver polls.
  __atomic_store_n(reinterpret_cast<uint16_t*>(m_used + 2), m_next_used, __ATOMIC_RELEASE);
}

}  // namespace vhost
