// SPDX-License-Identifier: Apache-2.0
// Host interrupt controller for MSI/MSI-X: memory writes into the MSI window become vector events.

#include "msi_controller.h"

#include <string>

namespace cosim {

MsiController::MsiController(sc_core::sc_module_name name, unsigned num_vectors,
                             uint64_t window_base, uint64_t window_size)
    : sc_core::sc_module(name),
      m_window_base(window_base),
      m_window_size(window_size),
      m_counts(num_vectors, 0) {
  for (unsigned v = 0; v < num_vectors; ++v) {
    m_events.push_back(
        std::make_unique<sc_core::sc_event>(("vector_" + std::to_string(v)).c_str()));
  }
}

void MsiController::write(uint64_t address, uint32_t data) {
  const Message message{sc_core::sc_time_stamp(), address, data};
  m_messages.push_back(message);
  if (data >= m_counts.size()) {
    m_spurious++;
    return;
  }
  m_counts[data]++;
  m_events[data]->notify(sc_core::SC_ZERO_TIME);
  for (const auto& callback : m_callbacks) callback(data, message);
}

}  // namespace cosim
