// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim run: elaborate the co-simulation, configure the controller over the
// simulation-control sideband, bring it up with the driver and scan with one strategy. SystemC
// elaborates once per process, so a process makes one run (compare forks one child per run).

#pragma once

#include <cstdint>
#include <string>

#include "cli_options.h"
#include "protocol_logs.h"
#include "scan.h"

namespace cli {

// What one run produced; everything the reports need, and what a child sends to its parent.
struct RunOutcome {
  bool ok = false;
  std::string error;  // why not ok
  std::string strategy;
  uint32_t seed = 0;
  nvme::ScanResult scan;
  double wall_seconds = 0;        // sc_start to the scan's end: bring-up in, a waveform's tail out
  uint64_t simulated_ns = 0;      // SystemC time when the scan ended
  uint64_t evaluated_cycles = 0;  // RTL clock edges evaluated
  uint64_t skipped_cycles = 0;    // RTL clock edges skipped while the device was idle
};

// Runs in the calling process; call at most once per process. `waveform` overrides
// options.waveform (empty: none); `logs`: the protocol logs this run writes (protocol_logs.h).
RunOutcome run_scan(const Options& options, const std::string& strategy, uint32_t seed,
                    const std::string& waveform, bool verbose, const LogFiles& logs = LogFiles());

// The bytes a child writes to its pipe, and back.
std::string serialize(const RunOutcome& outcome);
bool deserialize(const std::string& bytes, RunOutcome* outcome);

}  // namespace cli
