// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's commands: scan the co-simulated controller's namespaces with one strategy (`scan`),
// or all strategies side by side (`compare`); the same with the real kernels (`linux`,
// `linux-compare`). SystemC elaborates once per process: `scan` and `linux` run in this
// process, the comparisons fork one child per strategy (kernel) and seed
// (common/run_in_child.h), and each child sends its RunOutcome back through a pipe. `io` runs an
// fio-like workload on the controller's I/O queues, in this process too.

#include "commands.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli_options.h"
#include "cosim_run.h"
#include "faults.h"
#include "io_run.h"
#include "linux_run.h"
#include "report.h"
#include "run_in_child.h"
#include "sweep.h"
#include "timeline_svg.h"
#include "vfio_run.h"

namespace cli {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
const char* const kStrategyOrder[] = {"sequential", "async", "ordered", "nsid"};
// linux-compare's kernels (`make linux`), oldest first; stock 6.12 is the baseline.
const char* const kKernelOrder[] = {"6.1", "stock", "ordered"};

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

// Runs `body` in a child process; the outcome comes back through a pipe. A child that dies
// reports as a failed run of `label` at `seed`.
RunOutcome run_in_child(const std::string& label, uint32_t seed,
                        const std::function<RunOutcome()>& body) {
  const common::ChildOutcome child =
      common::run_in_child([&]() -> std::optional<std::string> { return serialize(body()); });
  RunOutcome outcome;
  if (child.ok && deserialize(child.bytes, &outcome)) return outcome;
  outcome = RunOutcome();
  outcome.strategy = label;
  outcome.seed = seed;
  outcome.error = child.ok ? "the simulation sent an unreadable outcome" : child.error;
  return outcome;
}

// One row per label: the run at the first seed, and whether every seed names each NSID alike.
// `run` makes one run of a label at a seed; the waveform and logs are kept at the first seed.
// Empty (after an error on stderr) if a run failed.
using CompareRun = std::function<RunOutcome(const std::string& label, uint32_t seed,
                                            const std::string& waveform, const LogFiles& logs)>;
std::optional<std::vector<StrategyRow>> compare_rows(const Options& o,
                                                     const std::vector<std::string>& labels,
                                                     const CompareRun& run_one) {
  std::vector<StrategyRow> rows;
  for (const std::string& label : labels) {
    StrategyRow row;
    std::map<uint32_t, std::string> first_names;  // NSID -> node at the first seed
    row.names_stable = true;
    for (unsigned k = 0; k < o.seeds; ++k) {
      const uint32_t seed = o.seed + k;
      const bool first = k == 0;
      const std::string wave =
          first && !o.waveform.empty() ? waveform_for(o.waveform, label) : std::string();
      const RunOutcome run = run_in_child(label, seed, [&] {
        return run_one(label, seed, wave, first ? log_files_for(o, label) : LogFiles());
      });
      if (!run.ok) {
        std::fprintf(stderr, "nvme-cosim: %s, seed %u: %s\n", label.c_str(), seed,
                     run.error.c_str());
        return std::nullopt;
      }
      std::map<uint32_t, std::string> names;
      for (const nvme::NamespaceRecord& ns : run.scan.namespaces) names[ns.nsid] = ns.node;
      if (first) {
        row.run = run;
        first_names = std::move(names);
      } else if (names != first_names) {
        row.names_stable = false;
      }
      ++row.seeds_checked;
    }
    rows.push_back(std::move(row));
  }
  return rows;
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
      o.vfio.empty() ? run_scan(o, o.strategy, o.seed, o.waveform, o.verbose, log_files_for(o, ""))
                     : run_scan_vfio(o, o.strategy, 1, log_files_for(o, ""));
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

// The files a comparison wrote, one per label, and its JSON and timeline.
int finish_compare(const Options& o, const std::vector<std::string>& labels,
                   const std::vector<StrategyRow>& rows) {
  if (!o.waveform.empty()) {
    for (const std::string& label : labels) {
      std::printf("waveform: %s\n", waveform_for(o.waveform, label).c_str());
    }
  }
  for (const std::string& label : labels) print_log_files(log_files_for(o, label), "%s: %s\n");
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

int compare(const Options& o) {
  print_settings_line(stdout, o, "");
  const bool device = !o.vfio.empty();
  if (device) {
    std::printf("every strategy in its own process; names checked over %u run%s each\n\n", o.seeds,
                o.seeds == 1 ? "" : "s");
  } else {
    std::printf("every strategy in its own process; names checked over seeds %u..%u\n\n", o.seed,
                o.seed + o.seeds - 1);
  }
  const std::vector<std::string> strategies(std::begin(kStrategyOrder), std::end(kStrategyOrder));
  const std::optional<std::vector<StrategyRow>> rows =
      compare_rows(o, strategies,
                   [&o](const std::string& strategy, uint32_t seed, const std::string& wave,
                        const LogFiles& logs) {
                     return o.vfio.empty() ? run_scan(o, strategy, seed, wave, o.verbose, logs)
                                           : run_scan_vfio(o, strategy, seed - o.seed + 1, logs);
                   });
  if (!rows) return kExitFailed;
  print_compare_table(stdout, o, *rows, "async");
  if (device) {
    std::printf(
        "\nscan time: first Identify Active NSID list to last disk added, host time, run 1.\n"
        "NSID order: /dev/nvme0nY rises with the NSID. stable: every run gives each NSID the same\n"
        "node. Identify in flight: the most at once. wall: host time of run 1, open to scan "
        "end.\n");
  } else {
    std::printf(
        "\nscan time: first Identify Active NSID list to last disk added, simulated, seed %u.\n"
        "NSID order: /dev/nvme0nY rises with the NSID. stable: every seed gives each NSID the "
        "same\nnode. Identify in flight: the most at once. wall: host time of the seed-%u run.\n",
        o.seed, o.seed);
  }
  return finish_compare(o, strategies, *rows);
}

// Each kernel at each seed, booted in a child process of its own.
int linux_compare(const Options& o) {
  print_settings_line(stdout, o, "");
  std::printf(
      "every kernel in its own process, its clock driven by simulated time; names checked over\n"
      "seeds %u..%u\n\n",
      o.seed, o.seed + o.seeds - 1);
  const std::vector<std::string> kernels(std::begin(kKernelOrder), std::end(kKernelOrder));
  const std::optional<std::vector<StrategyRow>> rows =
      compare_rows(o, kernels,
                   [&o](const std::string& kernel, uint32_t seed, const std::string& wave,
                        const LogFiles& logs) {
                     Options run = o;
                     run.kernel = kernel;
                     run.seed = seed;
                     run.waveform = wave;
                     LinuxOutcome outcome = run_linux(run, logs);
                     if (outcome.run.ok && outcome.guest_status != "done") {
                       outcome.run.ok = false;
                       outcome.run.error =
                           "the guest found " + std::to_string(outcome.run.scan.namespaces.size()) +
                           " namespaces, not every one expected (" + outcome.guest_status + ")";
                     }
                     return outcome.run;
                   });
  if (!rows) return kExitFailed;
  print_compare_table(stdout, o, *rows, "linux-stock");
  std::printf(
      "\nscan time: the kernel's first Identify Active NSID list to the completion of the last\n"
      "Identify of a namespace it registered, simulated (guest and controller share one clock),\n"
      "seed %u. NSID order: /dev/nvme0nY rises with the NSID. stable: every seed gives each NSID\n"
      "the same node. Identify in flight: the most Identify commands of namespaces at the\n"
      "controller at once. wall: host time of the seed-%u run, boot to power-off.\n",
      o.seed, o.seed);
  return finish_compare(o, kernels, *rows);
}

// Progress lines on stderr: on a terminal, or when the run will likely take more than a second
// of wall time. The guess depends on the options alone: an I/O keeps the RTL evaluating clock
// edges for its transfer at the link's 3.4 bytes/ns and its share of the media latency (the
// I/Os in flight overlap theirs), and the RTL evaluates some 300 000 edges per second of wall
// time.
bool io_progress(const Options& o) {
  const IoWorkload& w = o.io;
  const bool extra_phase =
      w.verify && !(io_pattern_reads(w.pattern) && io_pattern_writes(w.pattern));
  const double ios = static_cast<double>(w.size / w.bs) * (extra_phase ? 2 : 1);
  const double in_flight = static_cast<double>(w.iodepth) * w.queues;
  const double io_ps =
      static_cast<double>(w.media_latency) / in_flight + static_cast<double>(w.bs) / 3.4 * kNs;
  return isatty(STDERR_FILENO) || ios * io_ps / static_cast<double>(o.clock_period) > 300'000;
}

int io(const Options& o) {
  print_io_settings_line(stdout, o);
  std::printf("\n");
  std::fflush(stdout);  // before any line on stderr
  const IoOutcome outcome = o.vfio.empty()
                                ? run_io(o, log_files_for(o, ""), io_progress(o))
                                : run_io_vfio(o, log_files_for(o, ""), isatty(STDERR_FILENO));
  if (!outcome.ok) {
    std::fprintf(stderr, "nvme-cosim: %s\n", outcome.error.c_str());
    return kExitFailed;
  }
  print_io_report(stdout, o, outcome);
  if (!o.waveform.empty()) std::printf("  %-26s %s\n", "waveform", o.waveform.c_str());
  print_log_files(log_files_for(o, ""), "  %-26s %s\n");
  if (!o.json.empty()) {
    std::string error;
    if (!write_file(o.json, io_json(o, outcome), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("  %-26s %s\n", "json", o.json.c_str());
  }
  const IoResult& r = outcome.result;
  if (r.errors() != 0) {
    std::fflush(stdout);
    std::fprintf(stderr, "nvme-cosim: %s\n", describe_io_errors(r).c_str());
    return kExitFailed;
  }
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "faults") return run_faults(argc, argv);
  if (argc >= 2 && std::string(argv[1]) == "sweep") return run_sweep(argc, argv);
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
  if (o.command == Command::kLinuxCompare)
    strategies.assign(std::begin(kKernelOrder), std::end(kKernelOrder));
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
  if (o.command == Command::kLinuxCompare) return linux_compare(o);
  if (o.command == Command::kIo) return io(o);
  return o.command == Command::kScan ? scan(o) : compare(o);
}

}  // namespace cli
