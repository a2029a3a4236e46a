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

const char* const kShutdownError = "the controller did not shut down cleanly (--verbose tells why)";

// What every --vfio run does: open the function with `dma_bytes` of DMA memory and up to
// `vectors` MSI-X vectors, make the driver (`make_driver(platform)`), run `work(driver)` and
// then the controller's shutdown as the driver's main task, and time it. The driver goes
// before the platform: it holds references into it. True when the work and the shutdown
// finished; else the outcome's error says why (a driver exception included).
template <typename Outcome, typename MakeDriver, typename Work>
bool drive_device(const Options& o, uint64_t dma_bytes, unsigned vectors, ProtocolLogs& logs,
                  const char* work_name, MakeDriver make_driver, Work work, Outcome* out) {
  const Clock::time_point start = Clock::now();
  vfio::VfioPlatformOptions options;
  options.dma_size = dma_bytes;
  options.msix_vectors = vectors;
  std::unique_ptr<vfio::VfioPlatform> platform =
      vfio::VfioPlatform::open(o.vfio, options, &out->error);
  if (!platform) {
    out->error = "--vfio " + o.vfio + ": " + out->error;
    return false;
  }
  bool finished = false;
  Clock::time_point ended = start;
  {
    auto driver = make_driver(*platform);
    try {
      platform->run("nvme_cosim", [&] {
        work(*driver);
        out->simulated_ns = platform->now();
        ended = Clock::now();
        logs.stop();
        if (!driver->shutdown() && out->error.empty()) out->error = kShutdownError;
        finished = true;
      });
    } catch (const std::exception& e) {
      if (out->error.empty()) out->error = std::string("the driver stopped: ") + e.what();
    }
  }
  platform.reset();
  out->wall_seconds = std::chrono::duration<double>(ended - start).count();
  if (!finished && out->error.empty()) {
    out->error = std::string("the driver stopped before ") + work_name + " ended";
  }
  return finished;
}

}  // namespace

RunOutcome run_scan_vfio(const Options& o, const std::string& strategy_name, unsigned run,
                         const LogFiles& log_files) {
  RunOutcome out;
  out.strategy = strategy_name;
  out.seed = run;
  out.platform = "vfio " + o.vfio;
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
  const bool finished = drive_device(
      o, kScanDmaBytes, 2, logs, "the scan",
      [&](vfio::VfioPlatform& platform) {
        return std::make_unique<ScanDriver>(platform, o, *strategy, logs, o.verbose);
      },
      [&](ScanDriver& driver) { driver.run(&out); }, &out);
  if (log_files.any()) {
    std::string error;
    if (!logs.finish(out.scan, strategy_name + ", " + out.platform, &error) && out.error.empty()) {
      out.error = error;
    }
  }
  out.ok = finished && out.error.empty();
  return out;
}

IoOutcome run_io_vfio(const Options& o, const LogFiles& log_files, bool progress) {
  IoOutcome out;
  out.platform = "vfio " + o.vfio;
  ProtocolLogs logs;
  if (std::string error; !logs.open(log_files, &error)) {
    out.error = error;
    return out;
  }
  // Vector 0 stays the admin queue's; every I/O queue's CQ gets one of its own where it can.
  const bool finished = drive_device(
      o, IoDriver::dma_bytes(o) + 16 * kMiB, o.io.queues + 1, logs, "the workload",
      [&](vfio::VfioPlatform& platform) { return std::make_unique<IoDriver>(platform, o, logs); },
      [&](IoDriver& driver) { driver.run(progress, "host", &out); }, &out);
  if (log_files.any()) {
    std::string error;
    if (!logs.finish("io " + std::string(io_pattern_name(o.io.pattern)) + ", " + out.platform,
                     &error) &&
        out.error.empty()) {
      out.error = error;
    }
  }
  out.ok = finished && out.error.empty();
  return out;
}

}  // namespace cli
