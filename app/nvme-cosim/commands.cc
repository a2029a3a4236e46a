// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's commands: scan the co-simulated controller's namespaces with one strategy (`scan`),
// or all strategies side by side (`compare`). SystemC elaborates once per process: `scan` runs in
// this process, `compare` forks one child per strategy and seed (common/run_in_child.h), and
// each child sends its RunOutcome back through a pipe.

#include "commands.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli_options.h"
#include "cosim_run.h"
#include "faults.h"
#include "linux_run.h"
#include "report.h"
#include "run_in_child.h"
#include "timeline_svg.h"

namespace cli {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
const char* const kStrategyOrder[] = {"sequential", "async", "ordered", "nsid"};

// wave.fst -> wave.async.fst; a name without a suffix gets one appended.
std::string waveform_for(const std::string& file, const std::string& strategy) {
  const size_t slash = file.rfind('/');
  const size_t dot = file.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return file + "." + strategy;
  }
  return file.substr(0, dot) + "." + strategy + file.substr(dot);
}

// The protocol logs of a run: as given (scan, strategy empty) or named per strategy (compare).
LogFiles log_files_for(const Options& o, const std::string& strategy) {
  const auto name = [&strategy](const std::string& file) {
    return file.empty() || strategy.empty() ? file : waveform_for(file, strategy);
  };
  return LogFiles{name(o.tlp_log), name(o.cmd_log), name(o.trace_events)};
}

void print_log_files(const LogFiles& logs, const char* format) {
  if (!logs.tlp.empty()) std::printf(format, "tlp log", logs.tlp.c_str());
  if (!logs.cmd.empty()) std::printf(format, "cmd log", logs.cmd.c_str());
  if (!logs.trace_events.empty()) std::printf(format, "trace events", logs.trace_events.c_str());
}

// Whether `path` could be written, without creating it: an existing file that is writable, or a
// new name in a directory that is.
bool can_write(const std::string& path, std::string* why) {
  if (access(path.c_str(), F_OK) == 0) {
    if (access(path.c_str(), W_OK) == 0) return true;
    *why = std::strerror(errno);
    return false;
  }
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "."
                          : slash == 0               ? "/"
                                                     : path.substr(0, slash);
  if (access(dir.c_str(), W_OK | X_OK) == 0) return true;
  *why = std::strerror(errno);
  return false;
}

// One run in a child process; the outcome comes back through a pipe. A child that dies reports
// as a failed run.
RunOutcome run_in_child(const Options& o, const std::string& strategy, uint32_t seed,
                        const std::string& waveform, const LogFiles& logs = LogFiles()) {
  const common::ChildOutcome child = common::run_in_child([&]() -> std::optional<std::string> {
    return serialize(run_scan(o, strategy, seed, waveform, o.verbose, logs));
  });
  RunOutcome outcome;
  if (child.ok && deserialize(child.bytes, &outcome)) return outcome;
  outcome = RunOutcome();
  outcome.strategy = strategy;
  outcome.seed = seed;
  outcome.error = child.ok ? "the simulation sent an unreadable outcome" : child.error;
  return outcome;
}

// The settings under the timeline's title.
std::string timeline_subtitle(const Options& o) {
  const std::string nsids =
      o.nsids_text.size() > 60 ? o.nsids_text.substr(0, 57) + "..." : o.nsids_text;
  return "NSIDs " + nsids + ", seed " + std::to_string(o.seed) + ", latency " +
         format_latency(o.latency) + ", " + std::to_string(o.slots) + " slots, name cost " +
         format_duration(o.name_cost) + ", disk add " + format_duration(o.disk_add_cost) +
         ", link " + format_duration(o.link_latency);
}

int scan(const Options& o) {
  print_settings_line(stdout, o, o.strategy);
  std::printf("\n");
  std::fflush(stdout);  // before any error on stderr
  const RunOutcome run =
      run_scan(o, o.strategy, o.seed, o.waveform, o.verbose, log_files_for(o, ""));
  if (!run.ok) {
    std::fprintf(stderr, "nvme-cosim: %s\n", run.error.c_str());
    return kExitFailed;
  }
  print_namespace_table(stdout, run);
  print_scan_summary(stdout, o, run);
  if (!o.waveform.empty()) std::printf("  %-26s %s\n", "waveform", o.waveform.c_str());
  print_log_files(log_files_for(o, ""), "  %-26s %s\n");
  if (!o.json.empty()) {
    std::string error;
    if (!write_file(o.json, scan_json(o, run), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("  %-26s %s\n", "json", o.json.c_str());
  }
  if (!o.timeline.empty()) {
    std::string error;
    if (!write_file(o.timeline, timeline_svg({&run}, timeline_subtitle(o)), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("  %-26s %s\n", "timeline", o.timeline.c_str());
  }
  return 0;
}

int compare(const Options& o) {
  print_settings_line(stdout, o, "");
  std::printf("every strategy in its own process; names checked over seeds %u..%u\n\n", o.seed,
              o.seed + o.seeds - 1);
  std::vector<StrategyRow> rows;
  for (const char* strategy : kStrategyOrder) {
    StrategyRow row;
    std::map<uint32_t, std::string> first_names;  // NSID -> node at the first seed
    row.names_stable = true;
    for (unsigned k = 0; k < o.seeds; ++k) {
      const uint32_t seed = o.seed + k;
      const std::string wave =
          k == 0 && !o.waveform.empty() ? waveform_for(o.waveform, strategy) : std::string();
      const RunOutcome run =
          run_in_child(o, strategy, seed, wave, k == 0 ? log_files_for(o, strategy) : LogFiles());
      if (!run.ok) {
        std::fprintf(stderr, "nvme-cosim: %s, seed %u: %s\n", strategy, seed, run.error.c_str());
        return kExitFailed;
      }
      std::map<uint32_t, std::string> names;
      for (const nvme::NamespaceRecord& ns : run.scan.namespaces) names[ns.nsid] = ns.node;
      if (k == 0) {
        row.run = run;
        first_names = std::move(names);
      } else if (names != first_names) {
        row.names_stable = false;
      }
      ++row.seeds_checked;
    }
    rows.push_back(std::move(row));
  }
  print_compare_table(stdout, o, rows);
  std::printf(
      "\nscan time: first Identify Active NSID list to last disk added, simulated, seed %u.\n"
      "NSID order: /dev/nvme0nY rises with the NSID. stable: every seed gives each NSID the same\n"
      "node. Identify in flight: the most at once. wall: host time of the seed-%u run.\n",
      o.seed, o.seed);
  if (!o.waveform.empty()) {
    for (const char* strategy : kStrategyOrder) {
      std::printf("waveform: %s\n", waveform_for(o.waveform, strategy).c_str());
    }
  }
  for (const char* strategy : kStrategyOrder) {
    print_log_files(log_files_for(o, strategy), "%s: %s\n");
  }
  if (!o.json.empty()) {
    std::string error;
    if (!write_file(o.json, compare_json(o, rows), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("json: %s\n", o.json.c_str());
  }
  if (!o.timeline.empty()) {
    std::vector<const RunOutcome*> runs;
    for (const StrategyRow& row : rows) runs.push_back(&row.run);
    std::string error;
    if (!write_file(o.timeline, timeline_svg(runs, timeline_subtitle(o)), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("timeline: %s\n", o.timeline.c_str());
  }
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "faults") return run_faults(argc, argv);
  const ParseResult parsed = parse_options(argc, argv);
  switch (parsed.status) {
    case ParseResult::Status::kHelp:
      std::fputs(parsed.message.c_str(), stdout);
      return 0;
    case ParseResult::Status::kError:
      std::fprintf(stderr, "nvme-cosim: %s (see nvme-cosim --help)\n", parsed.message.c_str());
      return kExitUsage;
    case ParseResult::Status::kOk:
      break;
  }
  const Options& o = parsed.options;
  // Files that cannot be written are a usage error, found before a long run; every file the
  // command will write is checked (compare: each strategy's), and none is created here.
  std::vector<std::string> outputs;
  if (!o.json.empty()) outputs.push_back(o.json);
  if (!o.timeline.empty()) outputs.push_back(o.timeline);
  if (!o.kernel_log.empty()) outputs.push_back(o.kernel_log);
  std::vector<std::string> strategies = {""};
  if (o.command == Command::kCompare)
    strategies.assign(std::begin(kStrategyOrder), std::end(kStrategyOrder));
  for (const std::string& strategy : strategies) {
    const LogFiles logs = log_files_for(o, strategy);
    for (const std::string* file : {&logs.tlp, &logs.cmd, &logs.trace_events}) {
      if (!file->empty()) outputs.push_back(*file);
    }
    if (!o.waveform.empty()) {
      outputs.push_back(strategy.empty() ? o.waveform : waveform_for(o.waveform, strategy));
    }
  }
  for (const std::string& path : outputs) {
    if (std::string why; !can_write(path, &why)) {
      std::fprintf(stderr, "nvme-cosim: cannot write %s: %s (see nvme-cosim --help)\n",
                   path.c_str(), why.c_str());
      return kExitUsage;
    }
  }
  // SystemC's banner is not part of the output.
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  if (o.command == Command::kLinux) return linux_command(o, log_files_for(o, ""));
  return o.command == Command::kScan ? scan(o) : compare(o);
}

}  // namespace cli
