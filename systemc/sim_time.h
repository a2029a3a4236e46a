// SPDX-License-Identifier: Apache-2.0
// SystemC time as whole picoseconds or nanoseconds, rounded to the nearest. The driver's clock
// (CosimPlatform::now) and the bridge's records (waveform stamps, slot occupancy) use these
// same conversions, so their times compare exactly.

#pragma once

#include <systemc>

#include <cstdint>

namespace cosim {

inline uint64_t to_picoseconds(const sc_core::sc_time& t) {
  return static_cast<uint64_t>(t.to_seconds() * 1e12 + 0.5);
}

inline uint64_t to_nanoseconds(const sc_core::sc_time& t) {
  return static_cast<uint64_t>(t.to_seconds() * 1e9 + 0.5);
}

}  // namespace cosim
