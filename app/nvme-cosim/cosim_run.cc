// SPDX-License-Identifier: Apache-2.0
// One nvme-cosim run on the full co-simulation.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include "cosim_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include "controller.h"
#include "naming.h"
#include "sim_control.h"

namespace cli {

cosim::RtlBridgeOptions bridge_options(const Options& o, const std::string& waveform) {
  cosim::RtlBridgeOptions bridge;
  bridge.clock_period = sc_core::sc_time(static_cast<double>(o.clock_period), sc_core::SC_PS);
  bridge.skip_idle = o.skip_idle;
  if (!waveform.empty()) {
    bridge.waveform.file = waveform;
    bridge.waveform.vcd =
        waveform.size() >= 4 && waveform.compare(waveform.size() - 4, 4, ".vcd") == 0;
  }
  return bridge;
}

std::string configure_controller(cosim::RtlBridge& bridge, const Options& o, uint32_t seed) {
  namespace sim = sim_control;
  const Picoseconds period = o.clock_period;
  bridge.sim_write(sim::kSeed, seed);
  // Only when the defaults fall short (a fast clock, a slow link): default runs stay as they are.
  const unsigned timeout = completion_timeout_units(o.clock_period, o.link_latency).value();
  if (timeout != kDefaultCplTimeoutUnits) bridge.sim_write(sim::kCompletionTimeout, timeout);
  // NN bounds the NSIDs Identify Namespace accepts: at least the largest one ever attached.
  uint32_t nn = o.nsids.empty() ? 1 : o.nsids.back();
  for (const NsChange& change : o.ns_changes) nn = std::max(nn, change.nsid);
  bridge.sim_write(sim::kNn, o.nn ? o.nn : nn);
  for (unsigned i = 0; i < std::size(kListLies); ++i) {
    if (o.list_lie == kListLies[i]) bridge.sim_write(sim::kListLie, i + 1);
  }
  bridge.sim_write(sim::kSlots, o.slots);

  sim::set_latency(bridge, to_cycles(o.latency.min, period), to_cycles(o.latency.max, period),
                   o.latency.uniform);
  for (size_t i = 0; i < o.slow.size(); ++i) {
    const uint64_t cycles = to_cycles(o.slow[i].latency, period);
    sim::set_latency_override(bridge, static_cast<unsigned>(i), o.slow[i].nsid, cycles, cycles,
                              false);
  }

  if (o.fatal_at) {
    sim::write48(bridge, sim::kFatalAt, std::max<uint64_t>(to_cycles(*o.fatal_at, period), 1));
  }
  if (o.drop_completion_nsid) bridge.sim_write(sim::kLoseNsid, o.drop_completion_nsid);

  bridge.sim_write(sim::kNsClear, 1);
  const uint32_t base_flags = sim::kNsActive | (o.block_bytes == 4096 ? sim::kNs4k : 0);
  sim::add_namespaces(bridge, o.nsids, o.ns_blocks, [&](uint32_t nsid) {
    const bool zero = std::binary_search(o.zero_capacity.begin(), o.zero_capacity.end(), nsid);
    const bool failing = std::binary_search(o.failing.begin(), o.failing.end(), nsid);
    uint32_t lie = 0;
    if (const auto it = o.ns_lies.find(nsid); it != o.ns_lies.end()) {
      lie = static_cast<uint32_t>(std::find(std::begin(kNsLies), std::end(kNsLies), it->second) -
                                  std::begin(kNsLies)) +
            1;
    }
    return base_flags | (zero ? sim::kNsZeroCapacity : 0) | (failing ? sim::kNsFailIdentify : 0) |
           sim::ns_lie(lie);
  });
  const uint32_t count = bridge.sim_read(sim::kNsCount);
  if (count != o.nsids.size()) {
    return "the controller holds " + std::to_string(count) + " active namespaces, not " +
           std::to_string(o.nsids.size());
  }
  return "";
}

std::string assertion_error(const cosim::RtlBridge& bridge) {
  const uint64_t failures = bridge.rtl_assertion_failures();
  if (failures == 0) return "";
  return "RTL assertion failed at cycle " + std::to_string(bridge.first_assertion_cycle()) +
         " (the %Error line above names it); " + std::to_string(failures) + " in all";
}

std::string open_logs(cosim::CosimSystem& system, ProtocolLogs& logs, const LogFiles& files) {
  if (std::string error; !logs.open(files, &error)) return error;
  if (logs.slots_enabled()) {
    system.bridge.set_slot_observer([&logs](const common::SlotOccupancy& o) { logs.on_slot(o); });
  }
  if (logs.tlp_enabled()) {
    system.root_complex.add_tlp_observer([&logs](const cosim::RootComplex::LoggedTlp& entry) {
      logs.tlp_line(cosim::RootComplex::log_line(entry));
    });
  }
  return "";
}

namespace {

// Attaches or detaches one namespace and tells the host, as a namespace management tool would.
void change_namespace(cosim::RtlBridge& bridge, const Options& o, const NsChange& change) {
  namespace sim = sim_control;
  const uint32_t flags =
      change.attach ? sim::kNsActive | (o.block_bytes == 4096 ? sim::kNs4k : 0) : 0;
  sim::add_namespaces(bridge, {change.nsid}, o.ns_blocks, [flags](uint32_t) { return flags; });
  bridge.sim_write(sim::kNsChanged, change.nsid);
}

// Folds a rescan into the run's result: the final registered set, and what it removed or
// skipped (each NSID once, in NSID order).
void merge_rescan(nvme::ScanResult* into, const nvme::ScanResult& rescan,
                  const std::vector<nvme::NamespaceRecord>& registered) {
  into->namespaces = registered;
  auto merge = [](std::vector<uint32_t>* to, const std::vector<uint32_t>& from) {
    to->insert(to->end(), from.begin(), from.end());
    std::sort(to->begin(), to->end());
    to->erase(std::unique(to->begin(), to->end()), to->end());
  };
  merge(&into->removed, rescan.removed);
  merge(&into->timed_out_nsids, rescan.timed_out_nsids);
  for (uint32_t nsid : rescan.skipped) into->skip_reasons[nsid] = rescan.skip_reasons.at(nsid);
  merge(&into->skipped, rescan.skipped);
  // A namespace skipped once and registered by a later scan is not skipped.
  for (const nvme::NamespaceRecord& ns : registered) {
    into->skipped.erase(std::remove(into->skipped.begin(), into->skipped.end(), ns.nsid),
                        into->skipped.end());
    into->skip_reasons.erase(ns.nsid);
  }
  for (const auto& [nsid, why] : rescan.rejected) into->rejected[nsid] = why;
  for (const nvme::NamespaceRecord& ns : registered) into->rejected.erase(ns.nsid);
  into->aborts += rescan.aborts;
  into->resets += rescan.resets;
  into->list_failed = into->list_failed || rescan.list_failed;
}

}  // namespace

RunOutcome run_scan(const Options& o, const std::string& strategy_name, uint32_t seed,
                    const std::string& waveform, bool verbose, const LogFiles& log_files) {
  RunOutcome out;
  out.strategy = strategy_name;
  out.seed = seed;
  const std::optional<nvme::ScanStrategy> strategy = nvme::parse_strategy(strategy_name);
  if (!strategy) {
    out.error = "unknown strategy " + strategy_name;
    return out;
  }

  // The tables are the output: not "Simulation stopped by user." from SystemC.
  sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                          sc_core::SC_DO_NOTHING);
  cosim::CosimOptions copts;
  copts.bridge = bridge_options(o, waveform);
  copts.link_latency = sc_core::sc_time(static_cast<double>(o.link_latency), sc_core::SC_PS);
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
  // The driver's log: on stderr with --verbose; the last reason it gave, for a failed bring-up.
  std::string last_reason;
  controller_options.log = [&platform, &last_reason, verbose](const std::string& line) {
    if (verbose) std::fprintf(stderr, "[%12.3f us] %s\n", platform.now() / 1e3, line.c_str());
    if (line.find(" -> ") == std::string::npos) last_reason = line;  // not a state transition
  };
  const nvme::RegistrationCost cost{o.name_cost / kNs, o.disk_add_cost / kNs};
  std::unique_ptr<nvme::Controller> controller;
  nvme::InstanceAllocator names(1);  // namespace instances start at 1, as Linux's
  std::unique_ptr<nvme::NamespaceScanner> scanner;
  bool finished = false;
  std::chrono::steady_clock::time_point scan_ended;
  // Rescans: requested by the AER handler and by resets outside a scan; the main task runs them.
  bool rescan_requested = false, scanning = false;
  size_t changes_made = 0;
  nvme::Nanoseconds last_change_ns = 0, last_rescan_started = 0;
  std::unique_ptr<nvme::Completion> wake;  // completed to wake the main task
  auto request_rescan = [&] {
    rescan_requested = true;
    if (wake) wake->complete();
  };  // for the wall time: the tail left out

  platform.spawn("nvme_cosim", [&] {
    if (!o.read_fault.empty()) {
      cosim::RootComplex::ReadFault fault;
      fault.kind = o.read_fault == "ur" ? cosim::RootComplex::ReadFaultKind::kUnsupportedRequest
                                        : cosim::RootComplex::ReadFaultKind::kCompletionTimeout;
      fault.skip = o.read_fault_at - 1;
      system->root_complex.inject_read_fault(fault);
    }
    const cosim::PciDeviceInfo& device = platform.enumerate();
    if (!device.present) {
      out.error = "enumeration found no device at 01:00.0";
    } else if (std::string error = configure_controller(system->bridge, o, seed); !error.empty()) {
      out.error = "configuration: " + error;
    } else {
      controller = std::make_unique<nvme::Controller>(platform, 0 /* nvme0 */, controller_options);
      // Linux's handling: a namespace notice reads log page 04h (which re-arms the event) and
      // queues a scan; so does a reset, unless a scan is running (it recovers by itself).
      controller->set_async_event_handler([&](uint32_t dw0) {
        const bool ns_notice = (dw0 & 0x7) == NVME_AER_NOTICE && ((dw0 >> 8) & 0xFF) == 0;
        if (!ns_notice) return;
        const nvme::DmaBuffer log = platform.alloc_dma(4096, 4096);
        controller->admin(nvme::get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, log.bus_address));
        platform.free_dma(log);
        request_rescan();
      });
      controller->set_reset_handler([&] {
        if (!scanning) request_rescan();
      });
      if (!o.ns_changes.empty()) {
        platform.spawn("ns_changes", [&] {
          for (const NsChange& change : o.ns_changes) {
            const nvme::Nanoseconds at = change.at / kNs;
            if (platform.now() < at) platform.sleep(at - platform.now());
            change_namespace(system->bridge, o, change);
            last_change_ns = platform.now();
            ++changes_made;
            if (wake) wake->complete();
          }
        });
      }
      if (logs.commands_enabled()) {
        controller->set_command_observer(
            [&logs](const nvme::CommandEvent& event) { logs.on_command(event); });
      }
      if (!controller->bring_up()) {
        out.error =
            "controller bring-up failed (" + last_reason + "; --verbose shows the driver's log)";
      } else {
        scanner = std::make_unique<nvme::NamespaceScanner>(*controller, *strategy, cost, names);
        scanning = true;
        out.scan = scanner->scan();
        scanning = false;
        if (out.scan.list_failed) {
          out.error = out.scan.list_error.empty()
                          ? "Identify Active Namespace ID list failed"
                          : "Identify Active Namespace ID list rejected: " + out.scan.list_error;
        }
        // Rescans, one at a time, as Linux's scan work: after namespace changes (the AER
        // handler) and resets, until every scheduled change has been seen by a rescan that
        // started after it. While it waits, the controller's health is checked every admin
        // timeout (a fatal error with nothing in flight would go unnoticed). Bounded: after the
        // last change, two quiet admin timeouts end the run (the final set then shows what was
        // missed).
        unsigned quiet = 0;
        while (out.error.empty()) {
          if (rescan_requested && controller->state() == nvme::ControllerState::kLive) {
            rescan_requested = false;
            const nvme::Nanoseconds started = platform.now();
            scanning = true;
            const nvme::ScanResult rescan = scanner->scan();
            scanning = false;
            merge_rescan(&out.scan, rescan, scanner->registered());
            ++out.rescans;
            last_rescan_started = started;
            continue;
          }
          const bool changes_done = changes_made == o.ns_changes.size();
          if (changes_done && (o.ns_changes.empty() || last_rescan_started > last_change_ns) &&
              !rescan_requested) {
            break;
          }
          wake = platform.make_completion();
          if (wake->wait_for(controller_options.admin_timeout)) continue;
          if (!controller->check_health()) break;
          if (changes_done && !rescan_requested && ++quiet >= 2) break;
        }
      }
    }
    finished = true;
    out.simulated_ns = platform.now();  // rounded to the nanosecond as the driver's times are
    out.evaluated_cycles = system->bridge.evaluated_cycles();
    out.skipped_cycles = system->bridge.skipped_cycles();
    scan_ended = std::chrono::steady_clock::now();
    system->bridge.report_occupied_slots();
    logs.stop();
    // A waveform goes on past the scan, quiet, for a quarter of the scan's time: a viewer
    // framing the scan needs the margin (GTKWave will not open a view past the last time).
    if (!waveform.empty())
      platform.sleep(std::max<nvme::Nanoseconds>(out.scan.scan_time() / 4, 1000));
    sc_core::sc_stop();
  });

  const auto start = std::chrono::steady_clock::now();
  sc_core::sc_start();  // returns on sc_stop, or when nothing is left to happen
  if (!finished) {
    out.simulated_ns = platform.now();
    out.evaluated_cycles = system->bridge.evaluated_cycles();
    out.skipped_cycles = system->bridge.skipped_cycles();
    scan_ended = std::chrono::steady_clock::now();
    system->bridge.report_occupied_slots();
  }
  const std::chrono::duration<double> wall = scan_ended - start;
  out.wall_seconds = wall.count();
  if (std::string failed = assertion_error(system->bridge); !failed.empty()) out.error = failed;
  if (!finished && out.error.empty()) out.error = "the simulation stopped before the scan ended";
  if (log_files.any()) {
    std::string error;
    if (!logs.finish(out.scan, strategy_name + ", seed " + std::to_string(seed), &error) &&
        out.error.empty()) {
      out.error = error;
    }
  }
  if (std::string error; !system->bridge.finish_waveform(&error) && out.error.empty()) {
    out.error = "--waveform: " + error;
  }
  out.ok = finished && out.error.empty();
  // Driver before platform: the controller and scanner hold references into the system.
  scanner.reset();
  controller.reset();
  system.reset();
  return out;
}

}  // namespace cli
