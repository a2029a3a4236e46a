// SPDX-License-Identifier: Apache-2.0
// Preloaded into User-Mode Linux by `nvme-cosim linux` (LD_PRELOAD): UML seeds the kernel's
// random generator with getrandom() from the host, which would make every boot differ (the
// block layer's tag choice, and so the NVMe command IDs, follow it). Here the bytes come from
// the run's seed (NVMECOSIM_GUEST_SEED), so one seed fixes the guest as well.

#include <sys/types.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

uint64_t g_state;
bool g_seeded;

// SplitMix64: small, and every seed gives a different stream.
uint64_t next_word() {
  uint64_t z = (g_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

extern "C" ssize_t getrandom(void* buffer, size_t length, unsigned int /*flags*/) {
  if (!g_seeded) {
    const char* seed = std::getenv("NVMECOSIM_GUEST_SEED");
    g_state = seed ? std::strtoull(seed, nullptr, 0) : 0;
    g_seeded = true;
  }
  auto* out = static_cast<unsigned char*>(buffer);
  for (size_t done = 0; done < length;) {
    const uint64_t word = next_word();
    const size_t piece = length - done < sizeof word ? length - done : sizeof word;
    std::memcpy(out + done, &word, piece);
    done += piece;
  }
  return static_cast<ssize_t>(length);
}
