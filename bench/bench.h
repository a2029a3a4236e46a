// SPDX-License-Identifier: Apache-2.0
// The benchmark's scenarios and what each measures. Each runs in a process of its own.

#pragma once

#include <cstdint>

namespace bench {

// What a scenario measured over its command loop (bring-up excluded). Plain data: it travels
// from the child process that ran the scenario to the parent through a pipe.
struct Measurement {
  uint64_t commands = 0;          // completed successfully
  uint64_t evaluated_cycles = 0;  // RTL clock edges evaluated
  uint64_t skipped_cycles = 0;    // jumped over by idle skipping (full stack only)
  double simulated_seconds = 0;
  double wall_seconds = 0;  // std::chrono::steady_clock around the loop
};

// `commands` Identify Controller commands, one at a time, with the default (zero) latency, on the
// Verilated nvme_ctrl_top driven by the RTL bench's DevHarness and NvmeHost. False on failure,
// after saying why on stderr.
bool run_raw(unsigned commands, Measurement* out);

// The same commands on the full stack (CosimSystem), issued by a SystemC thread through
// CosimPlatform; the device takes `latency_cycles` (fixed) per command, 0 for the default model.
bool run_cosim(unsigned commands, uint64_t latency_cycles, bool skip_idle, Measurement* out);

}  // namespace bench
