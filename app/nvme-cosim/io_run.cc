// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim io run on the full co-simulation.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include "io_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

#include "cosim_run.h"
#include "driver_run.h"

namespace cli {

IoOutcome run_io(const Options& o, const LogFiles& log_files, bool progress) {
  IoOutcome out;
  const IoWorkload& w = o.io;
  sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                          sc_core::SC_DO_NOTHING);
  cosim::CosimOptions copts;
  copts.bridge = bridge_options(o, o.waveform);
  out.media_latency_cycles = to_cycles(w.media_latency, o.clock_period);
  out.media_bytes_per_cycle = media_bytes_per_cycle(w, o.clock_period);
  copts.bridge.media.latency_cycles = out.media_latency_cycles;
  copts.bridge.media.bytes_per_cycle = out.media_bytes_per_cycle;
  copts.link_latency = sc_core::sc_time(static_cast<double>(o.link_latency), sc_core::SC_PS);
  // Vector 0 stays the admin queue's; every I/O queue's CQ gets a vector of its own.
  copts.platform.msix_vectors = w.queues + 1;
  // The workload's buffers on top of what the rings and Identify take.
  copts.platform.dma_size =
      std::max<uint64_t>(copts.platform.dma_size, IoDriver::dma_bytes(o) + 64 * kMiB);
  auto system = std::make_unique<cosim::CosimSystem>("cosim", copts);
  cosim::CosimPlatform& platform = system->platform;
  ProtocolLogs logs;
  if (std::string error = open_logs(*system, logs, log_files); !error.empty()) {
    out.error = error;
    return out;
  }

  IoDriver driver(platform, o, logs);
  out.platform = "co-simulation";
  bool finished = false;
  std::chrono::steady_clock::time_point ended;

  platform.spawn("nvme_cosim_io", [&] {
    const cosim::PciDeviceInfo& device = platform.enumerate();
    out.max_payload_bytes = device.max_payload;
    out.max_read_request_bytes = device.max_read_request;
    if (!device.present) {
      out.error = "enumeration found no device at 01:00.0";
    } else if (std::string error = configure_controller(system->bridge, o, o.seed);
               !error.empty()) {
      out.error = "configuration: " + error;
    } else {
      driver.run(progress, "simulated", &out);
    }
    finished = true;
    out.simulated_ns = platform.now();
    out.evaluated_cycles = system->bridge.evaluated_cycles();
    out.skipped_cycles = system->bridge.skipped_cycles();
    out.media = system->bridge.media_port().stats();
    ended = std::chrono::steady_clock::now();
    system->bridge.report_occupied_slots();
    logs.stop();
    // As scan: a quiet tail, so a viewer framing the workload has a margin past its end.
    if (!o.waveform.empty()) {
      platform.sleep(std::max<nvme::Nanoseconds>(out.result.workload.elapsed_ns() / 4, 1000));
    }
    sc_core::sc_stop();
  });

  const auto start = std::chrono::steady_clock::now();
  sc_core::sc_start();
  if (!finished) {
    out.simulated_ns = platform.now();
    out.evaluated_cycles = system->bridge.evaluated_cycles();
    out.skipped_cycles = system->bridge.skipped_cycles();
    out.media = system->bridge.media_port().stats();
    ended = std::chrono::steady_clock::now();
    system->bridge.report_occupied_slots();
  }
  out.wall_seconds = std::chrono::duration<double>(ended - start).count();
  if (std::string failed = assertion_error(system->bridge); !failed.empty()) out.error = failed;
  if (!system->bridge.media_port().violation().empty() && out.error.empty()) {
    out.error = "the RTL broke the media port's rules: " + system->bridge.media_port().violation();
  }
  if (!finished && out.error.empty())
    out.error = "the simulation stopped before the workload ended";
  if (log_files.any()) {
    std::string error;
    if (!logs.finish(
            "io " + std::string(io_pattern_name(w.pattern)) + ", seed " + std::to_string(o.seed),
            &error) &&
        out.error.empty()) {
      out.error = error;
    }
  }
  if (std::string error; !system->bridge.finish_waveform(&error) && out.error.empty()) {
    out.error = "--waveform: " + error;
  }
  out.ok = finished && out.error.empty();
  return out;  // the driver goes before the system: it holds references into it
}

}  // namespace cli
