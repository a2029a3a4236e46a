// SPDX-License-Identifier: Apache-2.0
// Host DRAM: a sparse 64-bit byte-addressable space behind a TLM-2.0 target with DMI.

#include "host_memory.h"

#include <algorithm>
#include <cstring>

HostMemory::HostMemory(sc_core::sc_module_name name, sc_core::sc_time access_latency)
    : sc_core::sc_module(name), mem_socket("mem_socket"), m_access_latency(access_latency) {
  mem_socket.register_b_transport(this, &HostMemory::b_transport);
  mem_socket.register_get_direct_mem_ptr(this, &HostMemory::get_direct_mem_ptr);
  mem_socket.register_transport_dbg(this, &HostMemory::transport_dbg);
}

const HostMemory::Page* HostMemory::find_page(uint64_t addr) const {
  const auto it = m_pages.find(addr / kPageSize);
  return it == m_pages.end() ? nullptr : it->second.get();
}

HostMemory::Page& HostMemory::page_for_write(uint64_t addr) {
  auto& page = m_pages[addr / kPageSize];
  if (!page) page = std::make_unique<Page>(Page{});  // value-initialised: all zero
  return *page;
}

void HostMemory::read(uint64_t addr, void* dst, size_t len) const {
  auto* out = static_cast<uint8_t*>(dst);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    if (const Page* page = find_page(addr)) {
      std::memcpy(out, page->data() + offset, chunk);
    } else {
      std::memset(out, 0, chunk);
    }
    out += chunk;
    addr += chunk;
    len -= chunk;
  }
}

void HostMemory::write(uint64_t addr, const void* src, size_t len) {
  const auto* in = static_cast<const uint8_t*>(src);
  while (len) {
    const size_t offset = addr % kPageSize;
    const size_t chunk = std::min<size_t>(len, kPageSize - offset);
    std::memcpy(page_for_write(addr).data() + offset, in, chunk);
    in += chunk;
    addr += chunk;
    len -= chunk;
  }
}

std::vector<uint8_t> HostMemory::read(uint64_t addr, size_t len) const {
  std::vector<uint8_t> bytes(len);
  read(addr, bytes.data(), len);
  return bytes;
}

void HostMemory::write(uint64_t addr, const std::vector<uint8_t>& bytes) {
  write(addr, bytes.data(), bytes.size());
}

uint32_t HostMemory::read32(uint64_t addr) const {
  uint8_t bytes[4];
  read(addr, bytes, 4);
  uint32_t value = 0;
  for (unsigned i = 0; i < 4; ++i) value |= uint32_t{bytes[i]} << (8 * i);
  return value;
}

void HostMemory::write32(uint64_t addr, uint32_t value) {
  uint8_t bytes[4];
  for (unsigned i = 0; i < 4; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
  write(addr, bytes, 4);
}

uint64_t HostMemory::read64(uint64_t addr) const {
  uint8_t bytes[8];
  read(addr, bytes, 8);
  uint64_t value = 0;
  for (unsigned i = 0; i < 8; ++i) value |= uint64_t{bytes[i]} << (8 * i);
  return value;
}

void HostMemory::write64(uint64_t addr, uint64_t value) {
  uint8_t bytes[8];
  for (unsigned i = 0; i < 8; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
  write(addr, bytes, 8);
}

void HostMemory::clear() {
  if (mem_socket.get_base_port().size() > 0) {
    mem_socket->invalidate_direct_mem_ptr(0, ~sc_dt::uint64{0});
  }
  m_pages.clear();
}

void HostMemory::access(tlm::tlm_generic_payload& trans) {
  const uint64_t base = trans.get_address();
  uint8_t* data = trans.get_data_ptr();
  const unsigned len = trans.get_data_length();
  const unsigned width = trans.get_streaming_width() ? trans.get_streaming_width() : len;
  const uint8_t* be = trans.get_byte_enable_ptr();
  const unsigned be_len = trans.get_byte_enable_length();
  const bool is_write = trans.is_write();

  if (!be && width >= len) {  // the common case: one contiguous block
    if (is_write) {
      write(base, data, len);
    } else {
      read(base, data, len);
    }
    return;
  }
  for (unsigned i = 0; i < len; ++i) {
    if (be && be_len && be[i % be_len] != TLM_BYTE_ENABLED) continue;
    const uint64_t addr = base + i % width;  // streaming: the address wraps every `width` bytes
    if (is_write) {
      write(addr, data + i, 1);
    } else {
      read(addr, data + i, 1);
    }
  }
}

void HostMemory::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  if (trans.get_command() != tlm::TLM_IGNORE_COMMAND) access(trans);
  trans.set_dmi_allowed(true);
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
  delay += m_access_latency;
}

unsigned int HostMemory::transport_dbg(tlm::tlm_generic_payload& trans) {
  if (trans.get_command() == tlm::TLM_IGNORE_COMMAND) return 0;
  access(trans);
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
  return trans.get_data_length();
}

bool HostMemory::get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi) {
  // The page holding the address, allocated now if never written (its pointer must be real).
  const uint64_t start = trans.get_address() / kPageSize * kPageSize;
  dmi.set_dmi_ptr(page_for_write(start).data());
  dmi.set_start_address(start);
  dmi.set_end_address(start + kPageSize - 1);
  dmi.allow_read_write();
  dmi.set_read_latency(m_access_latency);
  dmi.set_write_latency(m_access_latency);
  return true;
}
