// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim run: elaborate the co-simulation, configure the controller over the
// simulation-control sideband, bring it up with the driver and scan with one strategy. SystemC
// elaborates once per process, so a process makes one run (compare forks one child per run).

#pragma once

#include <cstdint>
#include <string>

#include "cli_options.h"
#include "protocol_logs.h"
#include "run_outcome.h"

namespace cosim {
class CosimSystem;
class RtlBridge;
struct RtlBridgeOptions;
}  // namespace cosim

namespace cli {

// The bridge's clock, idle skipping and waveform (`waveform` empty: none; VCD if it ends in
// .vcd) from the options. Callers include rtl_bridge.h.
cosim::RtlBridgeOptions bridge_options(const Options& options, const std::string& waveform);

// Programs the controller over the simulation-control sideband before a host touches it:
// seed, namespaces, latencies, injected faults. Runs in an SC_THREAD (sim_write waits for a
// clock edge). Returns an error, empty on success.
std::string configure_controller(cosim::RtlBridge& bridge, const Options& options, uint32_t seed);

// "RTL assertion failed at cycle ..." if one did, else empty.
std::string assertion_error(const cosim::RtlBridge& bridge);

// Opens the protocol logs `files` names and hooks them to the system's bridge and root
// complex. Returns an error, empty on success.
std::string open_logs(cosim::CosimSystem& system, ProtocolLogs& logs, const LogFiles& files);

// Runs in the calling process; call at most once per process. `waveform` overrides
// options.waveform (empty: none); `logs`: the protocol logs this run writes (protocol_logs.h).
RunOutcome run_scan(const Options& options, const std::string& strategy, uint32_t seed,
                    const std::string& waveform, bool verbose, const LogFiles& logs = LogFiles());

}  // namespace cli
