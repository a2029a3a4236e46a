// SPDX-License-Identifier: Apache-2.0
// Host memory when the host is a User-Mode Linux guest: its RAM as vhost-user shares it, behind
// the TLM-2.0 target the root complex's DMA socket binds to.

#pragma once

#include <tlm_utils/simple_target_socket.h>

#include <systemc>
#include <tlm>

#include "guest_memory.h"

namespace cosim {

// b_transport reads and writes the guest's physical memory (byte enables honoured); an address
// the guest did not share answers TLM_ADDRESS_ERROR_RESPONSE, which the root complex turns into
// an Unsupported Request. No DMI: the mapping can change under it (SET_MEM_TABLE).
class GuestRam : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<GuestRam> mem_socket;

  GuestRam(sc_core::sc_module_name name, const vhost::GuestMemory& memory,
           sc_core::sc_time access_latency = sc_core::sc_time(80, sc_core::SC_NS));

  uint64_t refused() const { return m_refused; }

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);

  const vhost::GuestMemory& m_memory;
  sc_core::sc_time m_access_latency;
  uint64_t m_refused = 0;
};

}  // namespace cosim
