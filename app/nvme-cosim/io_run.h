// SPDX-License-Identifier: Apache-2.0
// One `nvme-cosim io` run on the full co-simulation: elaborate it with the media timing asked
// for, configure the controller, bring it up with the I/O queues, identify namespace 1 and run
// the workload (io_workload.h). SystemC elaborates once per process: one run per process.

#pragma once

#include "cli_options.h"
#include "io_report.h"
#include "protocol_logs.h"

namespace cli {

// `progress`: a line on stderr at every tenth of each phase's I/Os.
IoOutcome run_io(const Options& options, const LogFiles& logs, bool progress);

}  // namespace cli
