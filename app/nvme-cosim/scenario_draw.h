// SPDX-License-Identifier: Apache-2.0
// Scenarios drawn from a seed, as command-line arguments, so that the command a failure prints
// reproduces it exactly: the fault campaign's scans (`nvme-cosim faults`, the sweep's faults
// scenario) and the sweep's io workloads. Plain C++: drawing needs no simulation.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli_options.h"

namespace cli {

// One seed's fault scenario: the `scan` arguments that reproduce it (after "nvme-cosim scan"):
// a sparse NSID set, a strategy (`strategy`, or drawn when empty), a slot count, a latency
// model and a random mix of the injectable faults.
std::vector<std::string> draw_fault_scenario(uint32_t seed, const std::string& strategy);

// io's workload for a seed, its arguments after "nvme-cosim io": the pattern, the block size
// (512 bytes to twice MDTS), depth, queues, size, media latency, the seed and --verify.
std::vector<std::string> draw_io_workload(uint32_t seed);

// "1,4,9": NSIDs as --nsids takes them.
std::string nsid_list_arg(const std::vector<uint32_t>& nsids);

}  // namespace cli
