// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim faults`: a seeded fault campaign. Each seed draws a scan (a sparse NSID set, a
// strategy, a latency model, a slot count) and a random mix of the injectable faults (a fatal
// error, a dropped completion, hanging, failing and zero-capacity namespaces, namespaces
// detached and attached during the scan), runs it as `nvme-cosim scan` would, in a child
// process, and checks the invariants the recovery promises.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli_options.h"
#include "run_outcome.h"
#include "scenario_draw.h"

namespace cli {

// What went wrong in a run of `scenario` (parsed into `options`); empty when every invariant
// holds: the run finished without error, every namespace present at the end that no fault made
// unusable is registered exactly once with its own name, detached ones are gone, and
// `sequential`, `ordered` and `nsid` names follow NSID order when nothing was attached.
std::vector<std::string> check_fault_run(const Options& options, const RunOutcome& run);

// The registered namespaces of `run` against `expected` (ascending): each exactly once, each
// with an instance of its own, and names in NSID order when `ordered` (`who` names the
// strategy or kernel in the problem). Empty when all holds.
std::vector<std::string> check_registration(const RunOutcome& run,
                                            const std::vector<uint32_t>& expected, bool ordered,
                                            const std::string& who);

// The whole command: `argv` after "faults". Returns the exit status (0 all seeds passed,
// 1 a seed failed, 2 usage error).
int run_faults(int argc, char** argv);

}  // namespace cli
