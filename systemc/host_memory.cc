// SPDX-License-Identifier: Apache-2.0
// Host DRAM: the sparse memory behind a TLM-2.0 target with DMI.

#include "host_memory.h"

namespace cosim {

HostMemory::HostMemory(sc_core::sc_module_name name, sc_core::sc_time access_latency)
    : sc_core::sc_module(name), mem_socket("mem_socket"), m_access_latency(access_latency) {
  mem_socket.register_b_transport(this, &HostMemory::b_transport);
  mem_socket.register_get_direct_mem_ptr(this, &HostMemory::get_direct_mem_ptr);
  mem_socket.register_transport_dbg(this, &HostMemory::transport_dbg);
}

void HostMemory::clear() {
  if (mem_socket.get_base_port().size() > 0) {
    mem_socket->invalidate_direct_mem_ptr(0, ~sc_dt::uint64{0});
  }
  SparseMemory::clear();
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
  dmi.set_dmi_ptr(page(start));
  dmi.set_start_address(start);
  dmi.set_end_address(start + kPageSize - 1);
  dmi.allow_read_write();
  dmi.set_read_latency(m_access_latency);
  dmi.set_write_latency(m_access_latency);
  return true;
}

}  // namespace cosim
