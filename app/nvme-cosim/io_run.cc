// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim io run on the full co-simulation.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include "io_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

#include "controller.h"
#include "cosim_run.h"
#include "identify_check.h"

namespace cli {

namespace {

// Identify Namespace of NSID 1: its LBA format and size, or an error.
std::string identify_namespace(nvme::Platform& platform, nvme::Controller& controller,
                               nvme::NamespaceFormat* ns) {
  const nvme::DmaBuffer data = platform.alloc_dma(4096, 4096);
  const nvme::CommandResult result = controller.identify(NVME_IDENTIFY_CNS_NS, 1, data);
  nvme_id_ns id{};
  platform.read_dma(data.bus_address, &id, sizeof id);
  platform.free_dma(data);
  if (!result.ok()) return "Identify Namespace 1 failed: " + nvme::status_name(result.status);
  const nvme::NamespaceCheck check = nvme::check_identify_namespace(id);
  if (!check.usable) return "namespace 1 is not usable: " + check.why;
  ns->nsid = 1;
  ns->blocks = check.blocks;
  ns->lba_shift = 0;
  while ((1u << ns->lba_shift) < check.block_bytes) ++ns->lba_shift;
  return "";
}

// MDTS in bytes: 2^MDTS pages of CAP.MPSMIN; 0 (MDTS 0) is no limit.
uint32_t max_transfer_bytes(const nvme::Controller& controller) {
  const unsigned mdts = controller.id_ctrl().mdts;
  if (mdts == 0) return 0;
  const uint64_t bytes = (uint64_t{4096} << NVME_CAP_MPSMIN(controller.cap())) << mdts;
  return static_cast<uint32_t>(std::min<uint64_t>(bytes, UINT32_MAX & ~uint64_t{4095}));
}

}  // namespace

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
  // The workers' buffers, a PRP list page each, on top of what the rings and Identify take.
  const uint64_t workers = uint64_t{w.queues} * w.iodepth;
  copts.platform.dma_size =
      std::max<uint64_t>(copts.platform.dma_size, workers * (w.bs + 4096) + 64 * kMiB);
  auto system = std::make_unique<cosim::CosimSystem>("cosim", copts);
  cosim::CosimPlatform& platform = system->platform;
  ProtocolLogs logs;
  if (std::string error = open_logs(*system, logs, log_files); !error.empty()) {
    out.error = error;
    return out;
  }

  nvme::ControllerOptions controller_options;
  controller_options.admin_queue_depth = o.admin_depth;
  controller_options.admin_timeout = o.admin_timeout / kNs;
  controller_options.io_queues = w.queues;
  // One tag per worker: a queue of iodepth + 1 entries holds iodepth commands.
  controller_options.io_queue_depth = w.iodepth + 1;
  std::string last_reason;
  controller_options.log = [&platform, &last_reason, &o](const std::string& line) {
    if (o.verbose) std::fprintf(stderr, "[%12.3f us] %s\n", platform.now() / 1e3, line.c_str());
    if (line.find(" -> ") == std::string::npos) last_reason = line;
  };
  std::unique_ptr<nvme::Controller> controller;
  std::unique_ptr<IoJob> job;
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
      controller = std::make_unique<nvme::Controller>(platform, 0 /* nvme0 */, controller_options);
      if (logs.commands_enabled()) {
        controller->set_command_observer(
            [&logs](const nvme::CommandEvent& event) { logs.on_command(event); });
      }
      if (!controller->bring_up()) {
        out.error =
            "controller bring-up failed (" + last_reason + "; --verbose shows the driver's log)";
      } else if (controller->io_queue_count() < w.queues) {
        out.error = "the controller granted " + std::to_string(controller->io_queue_count()) +
                    " I/O queue pair(s); --queues asks for " + std::to_string(w.queues);
      } else if (std::string error = identify_namespace(platform, *controller, &out.ns);
                 !error.empty()) {
        out.error = error;
      } else if (w.bs % out.ns.block_bytes() != 0 ||
                 w.size > out.ns.blocks * out.ns.block_bytes()) {
        out.error = "namespace 1 (" + std::to_string(out.ns.blocks) + " blocks of " +
                    std::to_string(out.ns.block_bytes()) + " bytes) does not fit --bs " +
                    format_bytes(w.bs) + " and --size " + format_bytes(w.size);
      } else {
        IoJobSettings settings;
        settings.workload = w;
        settings.seed = o.seed;
        settings.ns = out.ns;
        out.max_transfer_bytes = max_transfer_bytes(*controller);
        settings.max_transfer_bytes = out.max_transfer_bytes;
        job = std::make_unique<IoJob>(platform, *controller, settings);
        if (progress) {
          job->set_progress([&platform](IoPhase phase, uint64_t done, uint64_t planned) {
            std::fprintf(
                stderr, "nvme-cosim io: %s %3llu%% (%llu of %llu I/Os), %.3f ms simulated\n",
                io_phase_name(phase), static_cast<unsigned long long>(done * 100 / planned),
                static_cast<unsigned long long>(done), static_cast<unsigned long long>(planned),
                platform.now() / 1e6);
          });
        }
        out.result = job->run();
      }
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
  // Driver before platform: the job and the controller hold references into the system.
  job.reset();
  controller.reset();
  system.reset();
  return out;
}

}  // namespace cli
