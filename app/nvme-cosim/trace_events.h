// SPDX-License-Identifier: Apache-2.0
// --trace-events: a scan in Chrome's Trace Event Format (JSON), for Perfetto UI
// (ui.perfetto.dev) or chrome://tracing. docs/cli.md describes the tracks.

#pragma once

#include <string>
#include <vector>

#include "protocol_logs.h"
#include "scan.h"

namespace cli {

// pid 1 "namespaces": tid 0 the scan, tid NSID one track per registered namespace (Identify
// Namespace, wait for predecessor, name allocation, disk add). pid 2 "admin commands" (pid 3 "I/O
// commands"): one track per CID, every command a slice. pid 4 "execution slots": one track
// per RTL execution slot used, each command's stay in it split into its latency and its
// execution. Slices are begin/end event pairs; times in microseconds. `scan` null (a run
// without one, io): no pid 1.
std::string trace_events_json(const nvme::ScanResult* scan,
                              const std::vector<CommandRecord>& commands,
                              const std::vector<common::SlotOccupancy>& slots,
                              const std::string& label);

}  // namespace cli
