// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's tables and JSON files.

#include "report.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "nvme_spec.h"

namespace cli {

namespace {

std::string nsid_list(const std::vector<uint32_t>& nsids) {
  std::string text;
  for (uint32_t nsid : nsids) text += (text.empty() ? "" : ", ") + nsid_text(nsid);
  return text;
}

std::string json_bool(bool value) { return value ? "true" : "false"; }

// A time that may not exist (nothing registered): null in JSON.
std::string json_or_null(std::optional<uint64_t> ns) {
  return ns ? std::to_string(*ns) : std::string("null");
}

std::string json_nsids(const std::vector<uint32_t>& nsids) {
  std::string text = "[";
  for (size_t i = 0; i < nsids.size(); ++i) text += (i ? ", " : "") + std::to_string(nsids[i]);
  return text + "]";
}

// Both JSON documents share these pieces. `indent` prefixes every line after the first.
std::string settings_json(const Options& o, const std::string& strategy, const std::string& in) {
  std::ostringstream j;
  j << "{\n";
  j << in << "  \"command\": " << json_string(command_name(o.command)) << ",\n";
  if (!strategy.empty()) j << in << "  \"strategy\": " << json_string(strategy) << ",\n";
  j << in << "  \"vfio\": " << (o.vfio.empty() ? "null" : json_string(o.vfio)) << ",\n";
  j << in << "  \"namespaces\": " << o.nsids.size() << ",\n";
  j << in << "  \"nsids_spec\": " << json_string(o.nsids_text) << ",\n";
  j << in << "  \"nsids\": " << json_nsids(o.nsids) << ",\n";
  j << in << "  \"ns_blocks\": " << o.ns_blocks << ",\n";
  j << in << "  \"block_bytes\": " << o.block_bytes << ",\n";
  j << in << "  \"zero_capacity_nsids\": " << json_nsids(o.zero_capacity) << ",\n";
  j << in << "  \"fail_nsids\": " << json_nsids(o.failing) << ",\n";
  j << in << "  \"fatal_at_ns\": " << (o.fatal_at ? json_ns(*o.fatal_at) : "null") << ",\n";
  j << in << "  \"drop_completion_nsid\": "
    << (o.drop_completion_nsid ? std::to_string(o.drop_completion_nsid) : "null") << ",\n";
  j << in << "  \"ns_changes\": [";
  for (size_t i = 0; i < o.ns_changes.size(); ++i) {
    j << (i ? ", " : "") << "{\"nsid\": " << o.ns_changes[i].nsid
      << ", \"at_ns\": " << json_ns(o.ns_changes[i].at)
      << ", \"change\": " << json_string(o.ns_changes[i].attach ? "attach" : "detach") << "}";
  }
  j << "],\n";
  j << in << "  \"seed\": " << o.seed << ",\n";
  if (o.command == Command::kCompare || o.command == Command::kLinuxCompare)
    j << in << "  \"seeds\": " << o.seeds << ",\n";
  j << in << "  \"latency\": {\"mode\": " << json_string(o.latency.uniform ? "uniform" : "fixed")
    << ", \"min_ns\": " << json_ns(o.latency.min) << ", \"max_ns\": " << json_ns(o.latency.max)
    << ", \"min_cycles\": " << to_cycles(o.latency.min, o.clock_period)
    << ", \"max_cycles\": " << to_cycles(o.latency.max, o.clock_period) << "},\n";
  j << in << "  \"slow_nsids\": [";
  for (size_t i = 0; i < o.slow.size(); ++i) {
    j << (i ? ", " : "") << "{\"nsid\": " << o.slow[i].nsid
      << ", \"latency_ns\": " << json_ns(o.slow[i].latency)
      << ", \"cycles\": " << to_cycles(o.slow[i].latency, o.clock_period) << "}";
  }
  j << "],\n";
  j << in << "  \"slots\": " << o.slots << ",\n";
  j << in << "  \"admin_depth\": " << o.admin_depth << ",\n";
  j << in << "  \"admin_timeout_ns\": " << json_ns(o.admin_timeout) << ",\n";
  j << in << "  \"clock_period_ns\": " << json_ns(o.clock_period) << ",\n";
  j << in << "  \"tlp_width_bits\": " << NVME_COSIM_TLP_WIDTH_BITS << ",\n";
  j << in << "  \"link_latency_ns\": " << json_ns(o.link_latency) << ",\n";
  j << in << "  \"name_cost_ns\": " << json_ns(o.name_cost) << ",\n";
  j << in << "  \"disk_add_cost_ns\": " << json_ns(o.disk_add_cost) << ",\n";
  j << in << "  \"skip_idle\": " << json_bool(o.skip_idle) << ",\n";
  j << in << "  \"waveform\": " << (o.waveform.empty() ? "null" : json_string(o.waveform)) << ",\n";
  j << in << "  \"json\": " << json_string(o.json) << "\n";
  j << in << "}";
  return j.str();
}

std::string run_json(const Options& o, const RunOutcome& run, const std::string& in,
                     const StrategyRow* row, const std::string& extra_members = "") {
  const nvme::ScanResult& s = run.scan;
  std::ostringstream j;
  j << "{\n";
  j << in << "  \"settings\": " << settings_json(o, run.strategy, in + "  ") << ",\n";
  j << in << "  \"summary\": {\n";
  const std::string f = in + "    ";
  j << f << "\"strategy\": " << json_string(run.strategy) << ",\n";
  j << f << "\"seed\": " << run.seed << ",\n";
  j << f << "\"platform\": " << json_string(run.platform) << ",\n";
  j << f << "\"clock\": " << json_string(o.vfio.empty() ? "simulated" : "host") << ",\n";
  j << f << "\"controller\": {\"model\": " << json_string(run.controller.model)
    << ", \"serial\": " << json_string(run.controller.serial)
    << ", \"firmware\": " << json_string(run.controller.firmware)
    << ", \"vendor_id\": " << run.controller.vendor_id
    << ", \"version\": " << run.controller.version << ", \"nn\": " << run.controller.nn << "},\n";
  j << f << "\"ok\": " << json_bool(run.ok) << ",\n";
  if (!run.ok) j << f << "\"error\": " << json_string(run.error) << ",\n";
  j << f << "\"scan_started_ns\": " << s.started << ",\n";
  j << f << "\"scan_finished_ns\": " << s.finished << ",\n";
  j << f << "\"scan_time_ns\": " << s.scan_time() << ",\n";
  j << f << "\"first_registration_ns\": " << json_or_null(s.first_registration()) << ",\n";
  j << f << "\"last_registration_ns\": " << json_or_null(s.last_registration()) << ",\n";
  j << f << "\"max_identify_inflight\": " << s.max_identify_inflight << ",\n";
  j << f << "\"registered\": " << s.namespaces.size() << ",\n";
  j << f << "\"complete\": " << json_bool(s.complete()) << ",\n";
  j << f << "\"skipped_nsids\": " << json_nsids(s.skipped) << ",\n";
  j << f << "\"skipped\": [";
  for (size_t i = 0; i < s.skipped.size(); ++i) {
    const uint32_t nsid = s.skipped[i];
    j << (i ? ", " : "") << "{\"nsid\": " << nsid
      << ", \"skip_reason\": " << json_string(nvme::skip_reason_name(s.skip_reasons.at(nsid)));
    if (const auto why = s.rejected.find(nsid); why != s.rejected.end()) {
      j << ", \"why\": " << json_string(why->second);
    }
    j << "}";
  }
  j << "],\n";
  j << f << "\"removed_nsids\": " << json_nsids(s.removed) << ",\n";
  j << f << "\"timed_out_nsids\": " << json_nsids(s.timed_out_nsids) << ",\n";
  j << f << "\"aborts\": " << s.aborts << ",\n";
  j << f << "\"resets\": " << s.resets << ",\n";
  j << f << "\"rescans\": " << run.rescans << ",\n";
  j << f << "\"list_pages\": " << s.list_pages << ",\n";
  j << f << "\"names_follow_nsid_order\": " << json_bool(s.names_follow_nsid_order()) << ",\n";
  if (row) {
    j << f << "\"names_stable_across_seeds\": " << json_bool(row->names_stable) << ",\n";
    j << f << "\"seeds_checked\": " << row->seeds_checked << ",\n";
  }
  j << f << "\"simulated_ns\": " << run.simulated_ns << ",\n";
  char wall[32];
  std::snprintf(wall, sizeof wall, "%.6f", run.wall_seconds);
  j << f << "\"wall_seconds\": " << wall << ",\n";
  j << f << "\"evaluated_cycles\": " << run.evaluated_cycles << ",\n";
  j << f << "\"skipped_cycles\": " << run.skipped_cycles << "\n";
  j << in << "  },\n";
  j << in << "  \"namespaces\": [";
  const std::vector<nvme::NamespaceRecord> rows = s.by_node();
  for (size_t i = 0; i < rows.size(); ++i) {
    const nvme::NamespaceRecord& ns = rows[i];
    j << (i ? ",\n" : "\n") << f << "{\"nsid\": " << ns.nsid
      << ", \"node\": " << json_string(ns.node) << ", \"generic\": " << json_string(ns.generic)
      << ", \"blocks\": " << ns.blocks << ", \"block_bytes\": " << ns.block_bytes
      << ", \"identify_submit_ns\": " << ns.identify_submitted
      << ", \"identify_complete_ns\": " << ns.identify_completed
      << ", \"chain_wait_start_ns\": " << ns.chain_wait_started
      << ", \"registration_start_ns\": " << ns.registration_started
      << ", \"name_allocated_ns\": " << ns.name_allocated
      << ", \"registration_end_ns\": " << ns.registration_finished << "}";
  }
  j << (rows.empty() ? "]" : "\n" + in + "  ]");
  if (!extra_members.empty()) j << ",\n" << extra_members;
  j << "\n" << in << "}";
  return j.str();
}

}  // namespace

std::string json_ns(Picoseconds ps) {
  if (ps % kNs == 0) return std::to_string(ps / kNs);
  char text[48];
  std::snprintf(text, sizeof text, "%llu.%03llu", static_cast<unsigned long long>(ps / kNs),
                static_cast<unsigned long long>(ps % kNs));
  std::string s = text;
  while (s.back() == '0') s.pop_back();
  return s;
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", c);
          out += escape;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string format_size(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f GB", bytes / 1e9);
  return text;
}

void print_settings_line(std::FILE* out, const Options& o, const std::string& strategy) {
  const std::string strategy_text = strategy.empty() ? "" : "strategy " + strategy + ", ";
  if (!o.vfio.empty()) {
    std::fprintf(out, "nvme-cosim %s: %sthe controller at %s through VFIO, host time\n",
                 command_name(o.command), strategy_text.c_str(), o.vfio.c_str());
    return;
  }
  std::string namespaces = std::to_string(o.nsids.size()) + " namespace" +
                           (o.nsids.size() == 1 ? "" : "s") + " (NSIDs " + o.nsids_text + ")";
  std::fprintf(out, "nvme-cosim %s: %s%s, seed %u, Identify latency %s, %u slots, %u-bit TLPs\n",
               command_name(o.command), strategy_text.c_str(), namespaces.c_str(), o.seed,
               format_latency(o.latency).c_str(), o.slots, NVME_COSIM_TLP_WIDTH_BITS);
}

std::string describe_controller(const ControllerIdentity& c) {
  char text[256];
  std::snprintf(text, sizeof text, "%s, SN %s, FR %s, VID %04x, NVMe %s, NN %u",
                c.model.empty() ? "(no model)" : c.model.c_str(),
                c.serial.empty() ? "(none)" : c.serial.c_str(),
                c.firmware.empty() ? "(none)" : c.firmware.c_str(), c.vendor_id,
                nvme::version_string(c.version).c_str(), c.nn);
  return text;
}

std::string format_block_size(unsigned bytes) {
  return bytes % 1024 == 0 ? std::to_string(bytes / 1024) + " KiB" : std::to_string(bytes) + " B";
}

void print_namespace_table(std::FILE* out, const RunOutcome& run) {
  if (run.controller.vendor_id != 0 || !run.controller.model.empty()) {
    std::fprintf(out, "nvme0: %s\n", describe_controller(run.controller).c_str());
  }
  std::fprintf(out, "%-21s %-21s %-10s %-10s %s\n", "Node", "Generic", "Namespace", "Size",
               "Format");
  std::fprintf(out, "%s %s %s %s %s\n", std::string(21, '-').c_str(), std::string(21, '-').c_str(),
               std::string(10, '-').c_str(), std::string(10, '-').c_str(),
               std::string(7, '-').c_str());
  for (const nvme::NamespaceRecord& ns : run.scan.by_node()) {
    std::fprintf(out, "%-21s %-21s %-10s %-10s %s\n", ns.node.c_str(), ns.generic.c_str(),
                 nsid_text(ns.nsid).c_str(),
                 format_size(ns.blocks * static_cast<uint64_t>(ns.block_bytes)).c_str(),
                 format_block_size(ns.block_bytes).c_str());
  }
}

void print_scan_summary(std::FILE* out, const Options& o, const RunOutcome& run) {
  const nvme::ScanResult& s = run.scan;
  const bool device = !o.vfio.empty();
  // A device's namespaces are what its list said: registered or skipped.
  const size_t expected = device ? s.namespaces.size() + s.skipped.size() : o.final_nsids().size();
  const std::string where = device ? "on " + o.vfio : "seed " + std::to_string(run.seed);
  std::fprintf(out, "\n%s scan, %s: %zu of %zu namespaces registered, names %s NSID order\n",
               run.strategy.c_str(), where.c_str(), s.namespaces.size(), expected,
               s.names_follow_nsid_order() ? "follow" : "do NOT follow");
  std::fprintf(out, "  %-26s %s  (first Identify Active NSID list to last disk added)\n",
               "scan time", format_ms(s.scan_time()).c_str());
  if (const auto first = s.first_registration()) {
    std::fprintf(out, "  %-26s %s  after the scan started\n", "first registration",
                 format_ms(*first).c_str());
    std::fprintf(out, "  %-26s %s\n", "last registration",
                 format_ms(*s.last_registration()).c_str());
  } else {
    std::fprintf(out, "  %-26s none  (no namespace registered)\n", "first registration");
    std::fprintf(out, "  %-26s none\n", "last registration");
  }
  std::fprintf(out, "  %-26s %u\n", "most Identify in flight", s.max_identify_inflight);
  // Skipped namespaces, by reason, in NSID order.
  for (const nvme::SkipReason reason :
       {nvme::SkipReason::kTimeout, nvme::SkipReason::kFailed, nvme::SkipReason::kZeroCapacity,
        nvme::SkipReason::kRemoved}) {
    std::vector<uint32_t> nsids;
    for (uint32_t nsid : s.skipped) {
      if (s.skip_reasons.at(nsid) == reason) nsids.push_back(nsid);
    }
    if (nsids.empty()) continue;
    const std::string label = std::string("skipped: ") + nvme::skip_reason_name(reason);
    std::fprintf(out, "  %-26s %s\n", label.c_str(), nsid_list(nsids).c_str());
  }
  for (const auto& [nsid, why] : s.rejected) {
    std::fprintf(out, "  %-26s %s: %s\n", "Identify data rejected", nsid_text(nsid).c_str(),
                 why.c_str());
  }
  if (run.rescans) {
    std::fprintf(out, "  %-26s %u  (namespace changes or resets); removed: %s\n", "rescans",
                 run.rescans, s.removed.empty() ? "none" : nsid_list(s.removed).c_str());
  }
  if (s.aborts || s.resets || !s.timed_out_nsids.empty()) {
    std::fprintf(out, "  %-26s %llu Abort(s), %llu controller reset(s); timed out: %s\n",
                 "recovery", static_cast<unsigned long long>(s.aborts),
                 static_cast<unsigned long long>(s.resets),
                 s.timed_out_nsids.empty() ? "none" : nsid_list(s.timed_out_nsids).c_str());
  }
  if (device) {
    std::fprintf(out, "  %-26s %s  (VFIO set-up and bring-up included)\n", "host time",
                 format_ms(run.simulated_ns).c_str());
    return;
  }
  std::fprintf(out, "  %-26s %s  (enumeration and bring-up included)\n", "simulated time",
               format_ms(run.simulated_ns).c_str());
  std::fprintf(out, "  %-26s %.3f s  (RTL cycles: %llu evaluated, %llu skipped while idle)\n",
               "wall time", run.wall_seconds, static_cast<unsigned long long>(run.evaluated_cycles),
               static_cast<unsigned long long>(run.skipped_cycles));
}

void print_compare_table(std::FILE* out, const Options& o, const std::vector<StrategyRow>& rows,
                         const std::string& baseline) {
  double baseline_ns = 0;
  int label_width = 8;  // "strategy"
  for (const StrategyRow& row : rows) {
    if (row.run.strategy == baseline) baseline_ns = static_cast<double>(row.run.scan.scan_time());
    label_width = std::max(label_width, static_cast<int>(row.run.strategy.size()));
  }
  const std::string stable_header = "stable, " + std::to_string(o.seeds) +
                                    (o.vfio.empty() ? " seed" : " run") + (o.seeds == 1 ? "" : "s");
  const std::string ratio_header = "vs " + baseline;
  const int ratio_width = std::max(8, static_cast<int>(ratio_header.size()));
  std::fprintf(out, "%-*s  %14s  %*s  %-10s  %-15s  %18s  %8s\n", label_width, "strategy",
               "scan time (ms)", ratio_width, ratio_header.c_str(), "NSID order",
               stable_header.c_str(), "Identify in flight", "wall (s)");
  for (const StrategyRow& row : rows) {
    const nvme::ScanResult& s = row.run.scan;
    char ratio[32] = "-";
    if (baseline_ns > 0) std::snprintf(ratio, sizeof ratio, "%.2fx", s.scan_time() / baseline_ns);
    std::fprintf(out, "%-*s  %14.3f  %*s  %-10s  %-15s  %18u  %8.3f\n", label_width,
                 row.run.strategy.c_str(), s.scan_time() / 1e6, ratio_width, ratio,
                 s.names_follow_nsid_order() ? "yes" : "no", row.names_stable ? "yes" : "no",
                 s.max_identify_inflight, row.run.wall_seconds);
  }
}

std::string scan_json(const Options& o, const RunOutcome& run, const std::string& extra_members) {
  return run_json(o, run, "", nullptr, extra_members) + "\n";
}

std::string compare_json(const Options& o, const std::vector<StrategyRow>& rows) {
  std::ostringstream j;
  j << "{\n  \"settings\": " << settings_json(o, "", "  ") << ",\n  \"strategies\": [";
  for (size_t i = 0; i < rows.size(); ++i) {
    j << (i ? ",\n    " : "\n    ") << run_json(o, rows[i].run, "    ", &rows[i]);
  }
  j << "\n  ]\n}\n";
  return j.str();
}

std::string kernel_description(const std::string& kernel) {
  if (kernel == "stock") return "stock Linux 6.12";
  if (kernel == "ordered") return "Linux 6.12 with the ordered-registration patch";
  return "Linux " + kernel;
}

std::string format_ms(uint64_t ns) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f ms", ns / 1e6);
  return text;
}

bool write_file(const std::string& path, const std::string& text, std::string* error) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file << text;
  if (file) file.close();
  if (!file) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace cli
