// SPDX-License-Identifier: Apache-2.0
// Host DRAM: the sparse memory behind a TLM-2.0 target with DMI.

#pragma once

#include <tlm_utils/simple_target_socket.h>

#include <systemc>
#include <tlm>

#include "sparse_memory.h"

namespace cosim {

// The sparse memory (common/sparse_memory.h: 4 KiB pages on first write, unwritten bytes read as
// 0, little-endian helpers, direct access in no simulated time) behind mem_socket, which serves
// b_transport (reads and writes, byte enables, streaming width), DMI (one page per grant,
// read/write) and transport_dbg; every access costs `access_latency`, annotated on b_transport
// and given as the DMI read/write latency.
class HostMemory : public sc_core::sc_module, public common::SparseMemory {
 public:
  tlm_utils::simple_target_socket<HostMemory> mem_socket;

  // 80 ns: a loaded DDR4 random access as a CPU or root complex sees it (a modelling choice).
  explicit HostMemory(sc_core::sc_module_name name,
                      sc_core::sc_time access_latency = sc_core::sc_time(80, sc_core::SC_NS));

  // Frees every page; DMI pointers granted so far are invalidated first.
  void clear();

  sc_core::sc_time access_latency() const { return m_access_latency; }
  void set_access_latency(sc_core::sc_time latency) { m_access_latency = latency; }

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi);
  unsigned int transport_dbg(tlm::tlm_generic_payload& trans);
  // Reads or writes trans's data at its address, honouring byte enables and streaming width.
  void access(tlm::tlm_generic_payload& trans);

  sc_core::sc_time m_access_latency;
};

}  // namespace cosim
