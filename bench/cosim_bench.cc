// SPDX-License-Identifier: Apache-2.0
// Identify commands on the full stack: the host driver (cpp-host/) in a SystemC thread, through
// CosimPlatform, the root complex and the link into the Verilated controller.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include <chrono>
#include <cstdio>
#include <string>

#include "bench.h"
#include "controller.h"
#include "sim_control.h"

namespace bench {
namespace {

// The scenario's thread: bring-up, then the measured loop. Returns an error, empty on success.
std::string drive(cosim::CosimSystem& s, unsigned commands, uint64_t latency_cycles,
                  Measurement* out) {
  if (!s.platform.enumerate().present) return "enumeration found no device";
  nvme::Controller controller(s.platform, 0);
  if (!controller.bring_up()) return "controller bring-up failed";  // at zero latency
  if (latency_cycles > 0) sim_control::set_latency(s.bridge, latency_cycles, latency_cycles, false);
  const nvme::DmaBuffer data = s.platform.alloc_dma(nvme::kPageSize, nvme::kPageSize);

  const uint64_t start_evaluated = s.bridge.evaluated_cycles();
  const uint64_t start_skipped = s.bridge.skipped_cycles();
  const sc_core::sc_time start_time = sc_core::sc_time_stamp();
  const auto start = std::chrono::steady_clock::now();
  for (unsigned i = 0; i < commands; ++i) {
    const nvme::CommandResult result = controller.identify(NVME_IDENTIFY_CNS_CTRL, 0, data);
    if (!result.ok()) {
      return "Identify " + std::to_string(i) + ": " + nvme::status_name(result.status);
    }
  }
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  uint16_t vid = 0;
  s.platform.read_dma(data.bus_address, &vid, sizeof vid);
  if (vid != 0x10EE) return "Identify Controller data has the wrong vendor ID";

  out->commands = commands;
  out->evaluated_cycles = s.bridge.evaluated_cycles() - start_evaluated;
  out->skipped_cycles = s.bridge.skipped_cycles() - start_skipped;
  out->simulated_seconds = (sc_core::sc_time_stamp() - start_time).to_seconds();
  out->wall_seconds = wall.count();
  return "";
}

}  // namespace

bool run_cosim(unsigned commands, uint64_t latency_cycles, bool skip_idle, Measurement* out) {
  // The table is the output: not "Simulation stopped by user." from every run.
  sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                          sc_core::SC_DO_NOTHING);
  cosim::CosimOptions options;
  options.bridge.skip_idle = skip_idle;
  cosim::CosimSystem system("cosim", options);
  std::string error = "the commands did not finish in the simulated time allowed";
  system.platform.spawn("bench", [&] {
    error = drive(system, commands, latency_cycles, out);
    sc_core::sc_stop();
  });
  // Each command's latency plus 100 us for its transfers (about 6 us), and a second for bring-up.
  const double latency_s = latency_cycles * options.bridge.clock_period.to_seconds();
  const double limit_s = commands * (latency_s + 100e-6) + 1;
  sc_core::sc_start(sc_core::sc_time(limit_s, sc_core::SC_SEC));
  if (!error.empty()) std::fprintf(stderr, "full stack: %s\n", error.c_str());
  return error.empty();
}

}  // namespace bench
