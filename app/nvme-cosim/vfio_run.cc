// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim run on a real controller through VFIO.

#include "vfio_run.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <memory>

#include "driver_run.h"
#include "vfio_platform.h"

namespace cli {

namespace {

using Clock = std::chrono::steady_clock;

// The scan's DMA memory: rings, the Active NSID list and one Identify buffer per namespace in
// flight, with room to spare; pinned for the run.
constexpr uint64_t kScanDmaBytes = 32 * kMiB;

// Opens the function; the outcome's error says why not.
std::unique_ptr<vfio::VfioPlatform> open_platform(const Options& o, uint64_t dma_bytes,
                                                  unsigned vectors, std::string* error) {
  vfio::VfioPlatformOptions options;
  options.dma_size = dma_bytes;
  options.msix_vectors = vectors;
  std::unique_ptr<vfio::VfioPlatform> platform = vfio::VfioPlatform::open(o.vfio, options, error);
  if (!platform) *error = "--vfio " + o.vfio + ": " + *error;
  return platform;
}

// Runs `body` as the driver's main task; a driver exception becomes the error.
void run_driver(vfio::VfioPlatform& platform, const std::function<void()>& body,
                std::string* error) {
  try {
    platform.run("nvme_cosim", body);
  } catch (const std::exception& e) {
    if (error->empty()) *error = std::string("the driver stopped: ") + e.what();
  }
}

const char* const kShutdownError = "the controller did not shut down cleanly (--verbose tells why)";

}  // namespace

RunOutcome run_scan_vfio(const Options& o, const std::string& strategy_name, unsigned run,
                         const LogFiles& log_files) {
  RunOutcome out;
  out.strategy = strategy_name;
  out.seed = run;
  out.device = "vfio " + o.vfio;
  const std::optional<nvme::ScanStrategy> strategy = nvme::parse_strategy(strategy_name);
  if (!strategy) {
    out.error = "unknown strategy " + strategy_name;
    return out;
  }
  ProtocolLogs logs;
  if (std::string error; !logs.open(log_files, &error)) {
    out.error = error;
    return out;
  }
  const Clock::time_point start = Clock::now();
  std::unique_ptr<vfio::VfioPlatform> platform = open_platform(o, kScanDmaBytes, 2, &out.error);
  if (!platform) return out;
  bool finished = false;
  Clock::time_point scan_ended = start;
  {
    ScanDriver driver(*platform, o, *strategy, logs, o.verbose);
    run_driver(
        *platform,
        [&] {
          driver.run(&out);
          out.simulated_ns = platform->now();
          scan_ended = Clock::now();
          logs.stop();
          if (!driver.shutdown() && out.error.empty()) out.error = kShutdownError;
          finished = true;
        },
        &out.error);
  }  // the driver goes before the platform: it holds references into it
  platform.reset();
  out.wall_seconds = std::chrono::duration<double>(scan_ended - start).count();
  if (!finished && out.error.empty()) out.error = "the driver stopped before the scan ended";
  if (log_files.any()) {
    std::string error;
    if (!logs.finish(out.scan, strategy_name + ", " + out.device, &error) && out.error.empty()) {
      out.error = error;
    }
  }
  out.ok = finished && out.error.empty();
  return out;
}

IoOutcome run_io_vfio(const Options& o, const LogFiles& log_files, bool progress) {
  IoOutcome out;
  out.device = "vfio " + o.vfio;
  ProtocolLogs logs;
  if (std::string error; !logs.open(log_files, &error)) {
    out.error = error;
    return out;
  }
  const Clock::time_point start = Clock::now();
  // Vector 0 stays the admin queue's; every I/O queue's CQ gets one of its own where it can.
  std::unique_ptr<vfio::VfioPlatform> platform =
      open_platform(o, IoDriver::dma_bytes(o) + 16 * kMiB, o.io.queues + 1, &out.error);
  if (!platform) return out;
  bool finished = false;
  Clock::time_point ended = start;
  {
    IoDriver driver(*platform, o, logs);
    run_driver(
        *platform,
        [&] {
          driver.run(progress, "host", &out);
          out.simulated_ns = platform->now();
          ended = Clock::now();
          logs.stop();
          if (!driver.shutdown() && out.error.empty()) out.error = kShutdownError;
          finished = true;
        },
        &out.error);
  }
  platform.reset();
  out.wall_seconds = std::chrono::duration<double>(ended - start).count();
  if (!finished && out.error.empty()) out.error = "the driver stopped before the workload ended";
  if (log_files.any()) {
    std::string error;
    if (!logs.finish("io " + std::string(io_pattern_name(o.io.pattern)) + ", " + out.device,
                     &error) &&
        out.error.empty()) {
      out.error = error;
    }
  }
  out.ok = finished && out.error.empty();
  return out;
}

}  // namespace cli
