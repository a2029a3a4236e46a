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
// commands"): one track per CID, every command an X event. Times in microseconds.
std::string trace_events_json(const nvme::ScanResult& scan,
                              const std::vector<CommandRecord>& commands, const std::string& label);

// A JSON string literal, quotes included.
std::string json_quote(const std::string& text);

}  // namespace cli
