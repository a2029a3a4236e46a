// SPDX-License-Identifier: Apache-2.0
// One admin command's stay in one of the controller's execution slots, as the RTL saw it
// (RtlBridge::set_slot_observer). Plain C++: the CLI's trace events take it too.

#pragma once

#include <cstdint>

namespace common {

struct SlotOccupancy {
  unsigned slot = 0;
  uint32_t cdw0 = 0;  // opcode 7:0, CID 31:16
  uint32_t nsid = 0;
  uint32_t cdw10 = 0;  // Identify: CNS 7:0
  // Simulated nanoseconds: the command entered the slot (fetched), its latency elapsed (it may
  // then wait for the executor), and it left the slot (completion posted, or held as an AER, or
  // the controller was reset).
  uint64_t filled_ns = 0;
  uint64_t ready_ns = 0;
  uint64_t freed_ns = 0;
  bool still_in_slot = false;  // reported at the end of a run, not left yet (freed_ns: then)

  uint8_t opcode() const { return static_cast<uint8_t>(cdw0 & 0xFF); }
  uint16_t cid() const { return static_cast<uint16_t>(cdw0 >> 16); }
};

}  // namespace common
