// SPDX-License-Identifier: Apache-2.0
// Host interrupt controller for MSI/MSI-X: memory writes into the MSI window become vector events.

#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <systemc>
#include <vector>

namespace cosim {

// The root complex hands it every device memory write that lands in the window (by default
// FEE0_0000h-FEEF_FFFFh, the x86 interrupt address range). The platform programs each MSI-X
// table entry with data = vector number, so the vector is the written DW. Each message is
// recorded, counted per vector, notifies the vector's event (delta notification) and calls
// the callbacks, in that order. Data beyond the vector count is recorded and counted as spurious.
class MsiController : public sc_core::sc_module {
 public:
  static constexpr uint64_t kDefaultWindowBase = 0xFEE00000;
  static constexpr uint64_t kDefaultWindowSize = 0x100000;

  struct Message {
    sc_core::sc_time time;
    uint64_t address;
    uint32_t data;
  };
  // Called from the root complex's process: it must not wait.
  using Callback = std::function<void(unsigned vector, const Message& message)>;

  explicit MsiController(sc_core::sc_module_name name, unsigned num_vectors = 64,
                         uint64_t window_base = kDefaultWindowBase,
                         uint64_t window_size = kDefaultWindowSize);

  uint64_t window_base() const { return m_window_base; }
  bool in_window(uint64_t address) const {
    return address >= m_window_base && address - m_window_base < m_window_size;
  }
  // One MSI message: a DW write of `data` to `address` (inside the window).
  void write(uint64_t address, uint32_t data);

  unsigned num_vectors() const { return static_cast<unsigned>(m_counts.size()); }
  const sc_core::sc_event& vector_event(unsigned vector) const { return *m_events.at(vector); }
  uint64_t count(unsigned vector) const { return m_counts.at(vector); }
  uint64_t spurious_count() const { return m_spurious; }
  const std::vector<Message>& messages() const { return m_messages; }
  void add_callback(Callback callback) { m_callbacks.push_back(std::move(callback)); }

 private:
  uint64_t m_window_base;
  uint64_t m_window_size;
  std::vector<std::unique_ptr<sc_core::sc_event>> m_events;  // sc_event cannot be moved
  std::vector<uint64_t> m_counts;
  uint64_t m_spurious = 0;
  std::vector<Message> m_messages;
  std::vector<Callback> m_callbacks;
};

}  // namespace cosim
