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

#include "driver_run.h"
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

}  // namespace

RunOutcome run_scan(const Options& o, const std::string& strategy_name, uint32_t seed,
                    const std::string& waveform, bool verbose, const LogFiles& log_files) {
  RunOutcome out;
  out.strategy = strategy_name;
  out.seed = seed;
  out.platform = "co-simulation";
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

  ScanDriver driver(platform, o, *strategy, logs, verbose);
  bool finished = false;
  std::chrono::steady_clock::time_point scan_ended;  // for the wall time: the tail left out

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
      if (!o.ns_changes.empty()) {
        platform.spawn("ns_changes", [&] {
          for (const NsChange& change : o.ns_changes) {
            const nvme::Nanoseconds at = change.at / kNs;
            if (platform.now() < at) platform.sleep(at - platform.now());
            change_namespace(system->bridge, o, change);
            driver.note_change();
          }
        });
      }
      driver.run(&out);
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
  return out;  // the driver goes before the system: it holds references into it
}

}  // namespace cli
