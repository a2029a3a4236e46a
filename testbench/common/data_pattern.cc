// SPDX-License-Identifier: Apache-2.0
// Address-hash test data.

#include "data_pattern.h"

#include "seed_mix.h"

namespace tb {

uint32_t pattern_dw(uint64_t addr, uint32_t seed) {
  // Neighbouring DWs differ in every byte after the mixer.
  return static_cast<uint32_t>(
      common::mix64((addr & ~uint64_t{3}) ^ (uint64_t{seed} << 32) ^ common::kGoldenGamma));
}

uint8_t pattern_byte(uint64_t addr, uint32_t seed) {
  return static_cast<uint8_t>(pattern_dw(addr, seed) >> (8 * (addr & 3)));
}

std::vector<uint32_t> pattern_dws(uint64_t addr, size_t count, uint32_t seed) {
  std::vector<uint32_t> dws(count);
  for (size_t i = 0; i < count; ++i) {
    for (unsigned b = 0; b < 4; ++b) {
      dws[i] |= uint32_t{pattern_byte(addr + 4 * i + b, seed)} << (8 * b);
    }
  }
  return dws;
}

void fill_pattern(common::SparseMemory& memory, uint64_t addr, size_t len, uint32_t seed) {
  for (size_t i = 0; i < len; ++i) memory.write8(addr + i, pattern_byte(addr + i, seed));
}

}  // namespace tb
