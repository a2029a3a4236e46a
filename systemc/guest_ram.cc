// SPDX-License-Identifier: Apache-2.0
#include "guest_ram.h"

#include <cstring>

namespace cosim {

GuestRam::GuestRam(sc_core::sc_module_name name, const vhost::GuestMemory& memory,
                   sc_core::sc_time access_latency)
    : sc_core::sc_module(name),
      mem_socket("mem_socket"),
      m_memory(memory),
      m_access_latency(access_latency) {
  mem_socket.register_b_transport(this, &GuestRam::b_transport);
}

void GuestRam::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  const unsigned length = trans.get_data_length();
  uint8_t* host = m_memory.at_guest(trans.get_address(), length);
  if (!host || trans.get_streaming_width() < length) {
    ++m_refused;
    trans.set_response_status(host ? tlm::TLM_BURST_ERROR_RESPONSE
                                   : tlm::TLM_ADDRESS_ERROR_RESPONSE);
    return;
  }
  uint8_t* data = trans.get_data_ptr();
  const uint8_t* be = trans.get_byte_enable_ptr();
  const unsigned be_length = trans.get_byte_enable_length();
  const bool write = trans.is_write();
  if (!be) {
    write ? std::memcpy(host, data, length) : std::memcpy(data, host, length);
  } else {
    for (unsigned i = 0; i < length; ++i) {
      if (be[i % be_length] != TLM_BYTE_ENABLED) continue;
      write ? void(host[i] = data[i]) : void(data[i] = host[i]);
    }
  }
  delay += m_access_latency;
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
}

}  // namespace cosim
