// SPDX-License-Identifier: Apache-2.0
// The co-simulation's entry points in nvme-cosim-static, the build without SystemC and RTL for
// hosts that have a real controller and nothing else (docs/hil.md): every run on the
// co-simulation fails at once, saying so, and --vfio runs work as in the full program.

#include <cstdio>
#include <string>

#include "cosim_run.h"
#include "io_run.h"
#include "linux_run.h"

namespace cli {

namespace {

const char* const kNoSimulation =
    "this nvme-cosim is built without the co-simulation (nvme-cosim-static, for hardware in the "
    "loop): give --vfio BDF, or use the full build";

}  // namespace

RunOutcome run_scan(const Options&, const std::string& strategy, uint32_t seed, const std::string&,
                    bool, const LogFiles&) {
  RunOutcome out;
  out.strategy = strategy;
  out.seed = seed;
  out.error = kNoSimulation;
  return out;
}

IoOutcome run_io(const Options&, const LogFiles&, bool) {
  IoOutcome out;
  out.error = kNoSimulation;
  return out;
}

LinuxOutcome run_linux(const Options&, const LogFiles&) {
  LinuxOutcome out;
  out.run.error = kNoSimulation;
  return out;
}

std::string linux_kernel_missing(const Options&, const std::string&) { return kNoSimulation; }

int linux_command(const Options&, const LogFiles&) {
  std::fprintf(stderr, "nvme-cosim: %s\n", kNoSimulation);
  return 1;
}

}  // namespace cli
