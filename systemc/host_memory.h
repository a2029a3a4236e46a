// SPDX-License-Identifier: Apache-2.0
// Host DRAM: a sparse 64-bit byte-addressable space behind a TLM-2.0 target with DMI.

#pragma once

#include <tlm_utils/simple_target_socket.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <systemc>
#include <tlm>
#include <vector>

// Pages of 4 KiB are allocated on first write (or when DMI hands one out); bytes never written
// read as 0. Multi-byte helpers are little-endian, as TLP payloads are (lowest address in bits
// 7:0). mem_socket serves b_transport (reads and writes, byte enables, streaming width), DMI
// (one page per grant, read/write) and transport_dbg; every access costs `access_latency`,
// annotated on b_transport and given as the DMI read/write latency.
class HostMemory : public sc_core::sc_module {
 public:
  static constexpr uint64_t kPageSize = 4096;

  tlm_utils::simple_target_socket<HostMemory> mem_socket;

  // 80 ns: a loaded DDR4 random access as a CPU or root complex sees it (a modelling choice).
  explicit HostMemory(sc_core::sc_module_name name,
                      sc_core::sc_time access_latency = sc_core::sc_time(80, sc_core::SC_NS));

  // Direct access for tests and the platform; no simulated time passes.
  void read(uint64_t addr, void* dst, size_t len) const;
  void write(uint64_t addr, const void* src, size_t len);
  std::vector<uint8_t> read(uint64_t addr, size_t len) const;
  void write(uint64_t addr, const std::vector<uint8_t>& bytes);
  uint32_t read32(uint64_t addr) const;
  void write32(uint64_t addr, uint32_t value);
  uint64_t read64(uint64_t addr) const;
  void write64(uint64_t addr, uint64_t value);

  // Frees every page; DMI pointers granted so far are invalidated first.
  void clear();
  size_t page_count() const { return m_pages.size(); }

  sc_core::sc_time access_latency() const { return m_access_latency; }
  void set_access_latency(sc_core::sc_time latency) { m_access_latency = latency; }

 private:
  using Page = std::array<uint8_t, kPageSize>;

  const Page* find_page(uint64_t addr) const;
  Page& page_for_write(uint64_t addr);

  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi);
  unsigned int transport_dbg(tlm::tlm_generic_payload& trans);
  // Reads or writes trans's data at its address, honouring byte enables and streaming width.
  void access(tlm::tlm_generic_payload& trans);

  sc_core::sc_time m_access_latency;
  std::map<uint64_t, std::unique_ptr<Page>> m_pages;  // key: address / kPageSize
};
