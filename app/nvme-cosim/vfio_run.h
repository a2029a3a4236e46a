// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim run on a real controller through VFIO (--vfio BDF, docs/hil.md): the same
// driver, strategies and outputs as on the co-simulation (driver_run.h), on host threads and
// host time. The controller is shut down at the end, and the function is left bound to vfio-pci
// with bus mastering as it was found. Plain C++ and Linux: no SystemC, no RTL.

#pragma once

#include <string>

#include "cli_options.h"
#include "io_report.h"
#include "protocol_logs.h"
#include "run_outcome.h"

namespace cli {

// A scan with one strategy on the controller at options.vfio; `run` numbers the run (compare
// repeats each strategy --seeds times) and is kept as the outcome's seed.
RunOutcome run_scan_vfio(const Options& options, const std::string& strategy, unsigned run,
                         const LogFiles& logs);

// The io workload on NSID 1 of the controller at options.vfio.
IoOutcome run_io_vfio(const Options& options, const LogFiles& logs, bool progress);

}  // namespace cli
