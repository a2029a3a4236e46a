// SPDX-License-Identifier: Apache-2.0
// Test data that shows where it came from: each byte is a hash of its address (and a seed), so
// data that lands at the wrong offset, or in the wrong buffer, does not compare equal.

#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sparse_memory.h"

namespace tb {

// The pattern DW for the DW containing `addr`, and its bytes; tests compute expectations from
// these without reading memory back.
uint32_t pattern_dw(uint64_t addr, uint32_t seed = 0);
uint8_t pattern_byte(uint64_t addr, uint32_t seed = 0);
std::vector<uint32_t> pattern_dws(uint64_t addr, size_t count, uint32_t seed = 0);

// Writes pattern_byte() into [addr, addr + len).
void fill_pattern(common::SparseMemory& memory, uint64_t addr, size_t len, uint32_t seed = 0);

}  // namespace tb
