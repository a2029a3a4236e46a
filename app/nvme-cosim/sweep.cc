// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim sweep`: the matrix of sweep_plan.h run in worker processes (common/child_pool.h),
// each case checked as the command it prints would run it, results appended as they finish,
// then the summary, the failures and the JUnit report; and `sweep merge`.

#include "sweep.h"

#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "child_pool.h"
#include "cosim_run.h"
#include "faults.h"
#include "io_run.h"
#include "linux_run.h"
#include "report.h"
#include "sweep_plan.h"

namespace cli {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

volatile sig_atomic_t g_stop_signal = 0;
extern "C" void on_stop_signal(int signal) { g_stop_signal = signal; }

using Clock = std::chrono::steady_clock;

// `mkdir -p`; empty on success, else the error.
std::string make_directories(const std::string& path) {
  for (size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    const std::string prefix = path.substr(0, slash);
    if (!prefix.empty() && mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) {
      return "cannot create " + prefix + ": " + std::strerror(errno);
    }
    if (slash == std::string::npos) return "";
  }
}

bool read_text(const std::string& path, std::string* text) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream bytes;
  bytes << file.rdbuf();
  *text = bytes.str();
  return true;
}

// A child's verdict through the pipe: the simulated time, one problem per line, then an end
// marker, so a child that exits 0 without sending one is not taken for a pass.
constexpr const char* kVerdictEnd = "end of verdict";

std::string encode_verdict(uint64_t simulated_ns, const std::vector<std::string>& problems) {
  std::string bytes = std::to_string(simulated_ns) + "\n";
  for (std::string problem : problems) {
    std::replace(problem.begin(), problem.end(), '\n', ' ');
    bytes += problem + "\n";
  }
  return bytes + kVerdictEnd + "\n";
}

void decode_verdict(const std::string& bytes, CaseResult* result) {
  std::istringstream lines(bytes);
  std::string line;
  std::getline(lines, line);
  result->simulated_ns = std::strtoull(line.c_str(), nullptr, 10);
  bool ended = false;
  while (!ended && std::getline(lines, line)) {
    ended = line == kVerdictEnd;
    if (!ended) result->problems.push_back(line);
  }
  if (!ended) result->problems.push_back("the case's process sent no complete verdict");
  result->passed = result->problems.empty();
}

// What the program is, as a path that works from any directory (a SLURM task starts elsewhere).
std::string program_path(const char* argv0) {
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n > 0) return std::string(self, static_cast<size_t>(n));
  return argv0 ? argv0 : "nvme-cosim";
}

// The CPUs this process may run on (taskset, a cgroup's cpuset, a SLURM step), not the machine's.
unsigned usable_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) {
    return static_cast<unsigned>(CPU_COUNT(&set));
  }
  return static_cast<unsigned>(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)));
}

// Written to a temporary file and renamed over `path`, so a kill mid-write leaves the old file
// or the new one, never a part.
bool replace_file(const std::string& path, const std::string& text, std::string* error) {
  const std::string temporary = path + ".tmp";
  std::FILE* file = std::fopen(temporary.c_str(), "w");
  const bool written = file && std::fwrite(text.data(), 1, text.size(), file) == text.size() &&
                       std::fflush(file) == 0 && fsync(fileno(file)) == 0;
  if (file && std::fclose(file) != 0) file = nullptr;
  if (!written || !file || std::rename(temporary.c_str(), path.c_str()) != 0) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    unlink(temporary.c_str());
    return false;
  }
  return true;
}

// `rm -r`: what a case left in its scratch directory (a guest kernel's run directory).
void remove_tree(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

// Runs one case in this (child) process, as its command would, printing what the command
// prints about the run, and returns its verdict.
std::string run_case(const std::string& program, const std::vector<std::string>& args) {
  std::vector<const char*> argv = {program.c_str()};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  const ParseResult parsed = parse_options(static_cast<int>(argv.size()), argv.data());
  if (parsed.status != ParseResult::Status::kOk) {
    return encode_verdict(0, {"the case's options do not parse: " + parsed.message});
  }
  const Options& o = parsed.options;
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  if (o.command == Command::kScan) {
    print_settings_line(stdout, o, o.strategy);
    std::fflush(stdout);
    const RunOutcome run = run_scan(o, o.strategy, o.seed, "", false);
    if (run.ok) {
      print_namespace_table(stdout, run);
      print_scan_summary(stdout, o, run);
    }
    return encode_verdict(run.simulated_ns, check_fault_run(o, run));
  }
  if (o.command == Command::kIo) {
    print_io_settings_line(stdout, o);
    std::fflush(stdout);
    const IoOutcome outcome = run_io(o, LogFiles(), false);
    if (!outcome.ok)
      return encode_verdict(outcome.simulated_ns, {"the run failed: " + outcome.error});
    print_io_report(stdout, o, outcome);
    const IoResult& r = outcome.result;
    if (r.errors() == 0) return encode_verdict(outcome.simulated_ns, {});
    return encode_verdict(outcome.simulated_ns, {describe_io_errors(r)});
  }
  // linux: the kernel's own driver; only stock 6.12 may name out of NSID order.
  print_settings_line(stdout, o, "");
  std::fflush(stdout);
  const LinuxOutcome outcome = run_linux(o, LogFiles());
  const RunOutcome& run = outcome.run;
  if (!run.ok) {
    std::vector<std::string> problems = {"the run failed: " + run.error};
    for (const std::string& line : outcome.io_error_log) problems.push_back(line);
    return encode_verdict(run.simulated_ns, problems);
  }
  print_namespace_table(stdout, run);
  for (const std::string& line : outcome.nvme_log) std::printf("  %s\n", line.c_str());
  std::vector<std::string> problems =
      check_registration(run, o.final_nsids(), o.kernel != "stock", kernel_description(o.kernel));
  if (outcome.guest_status != "done") {
    problems.insert(problems.begin(),
                    "the guest did not see every namespace (" + outcome.guest_status + ")");
  }
  return encode_verdict(run.simulated_ns, problems);
}

// The waveform command: the case's, recording an FST into DIR/waves and the driver's log.
std::vector<std::string> waveform_args(std::vector<std::string> args, const std::string& waves,
                                       const SweepCase& c) {
  args.insert(args.end(), {"--waveform", waves + "/" + c.id() + ".fst"});
  if (c.scenario != Scenario::kLinux) args.push_back("--verbose");
  return args;
}

void print_failure(std::FILE* out, const CaseResult& r) {
  std::fprintf(out, "FAILED %s\n", r.id.c_str());
  for (const std::string& problem : r.problems) std::fprintf(out, "  %s\n", problem.c_str());
  std::fprintf(out, "  reproduce:     %s\n", r.command.c_str());
  std::fprintf(out, "  with waveform: %s\n", r.waveform_command.c_str());
  if (!r.log.empty()) std::fprintf(out, "  log:           %s\n", r.log.c_str());
}

// On a terminal, a bar redrawn in place; otherwise a line at every tenth of the cases.
class Progress {
 public:
  // `already`: cases a --resume kept, which took none of this run's time.
  Progress(size_t total, size_t already)
      : m_total(total),
        m_already(already),
        m_tty(isatty(STDERR_FILENO) != 0),
        m_start(Clock::now()) {}

  void update(size_t done, size_t failed) {
    const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
    if (m_tty) {
      if (done < m_total && elapsed - m_drawn_at < 0.1) return;
      m_drawn_at = elapsed;
      constexpr size_t kWidth = 30;
      const size_t filled = m_total ? done * kWidth / m_total : kWidth;
      const size_t ran = done - std::min(done, m_already);
      const double eta = ran ? elapsed * static_cast<double>(m_total - done) / ran : 0;
      std::fprintf(stderr, "\r\033[K[%s%s] %zu/%zu cases, %zu failed, %.0f s, eta %.0f s",
                   std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
                   done, m_total, failed, elapsed, eta);
      m_shown = true;
    } else if (done * 10 / std::max<size_t>(m_total, 1) > m_tenths || done == m_total) {
      m_tenths = done * 10 / std::max<size_t>(m_total, 1);
      std::fprintf(stderr, "sweep: %zu/%zu cases, %zu failed, %.1f s\n", done, m_total, failed,
                   elapsed);
    }
  }
  // Before anything else is printed, so the bar does not share its line.
  void clear() {
    if (m_tty && m_shown) std::fprintf(stderr, "\r\033[K");
    m_shown = false;
  }

 private:
  size_t m_total;
  size_t m_already;
  bool m_tty;
  Clock::time_point m_start;
  double m_drawn_at = -1;
  size_t m_tenths = 0;
  bool m_shown = false;
};

// The report of `cases` with `results` into `junit`, then the table and every failure on
// stdout. Returns false (after an error on stderr) if the report cannot be written.
bool report(const std::vector<SweepCase>& cases, const std::map<std::string, CaseResult>& results,
            const std::string& junit, const std::string& not_run, const std::string& shard) {
  std::string error;
  const bool written = write_file(junit, junit_xml(cases, results, not_run, shard), &error);
  std::printf("\n%s", summary_table(cases, results).c_str());
  bool header = false;
  for (const SweepCase& c : cases) {
    const auto it = results.find(c.id());
    if (it == results.end() || it->second.passed) continue;
    if (!header) std::printf("\nFailures:\n");
    header = true;
    print_failure(stdout, it->second);
  }
  if (!written) {
    std::fflush(stdout);
    std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
    return false;
  }
  std::printf("\njunit: %s\n", junit.c_str());
  return true;
}

// Each shard's results are of cases of the matrix, and of that shard (a results file copied
// into the wrong directory would otherwise count twice or stand in for another shard).
bool shards_hold_their_own_cases(const std::vector<SweepRecord>& shards,
                                 const std::vector<SweepCase>& cases, std::string* error) {
  std::map<std::string, size_t> index;
  for (const SweepCase& c : cases) index[c.id()] = c.index;
  for (const SweepRecord& shard : shards) {
    for (const CaseResult& r : shard.results) {
      const auto it = index.find(r.id);
      if (it == index.end()) {
        *error = "case " + r.id + " is not in the matrix";
        return false;
      }
      if (it->second % shard.shard_count != shard.shard_index) {
        *error = "shard " + std::to_string(shard.shard_index) + "/" +
                 std::to_string(shard.shard_count) + " holds case " + r.id + " of shard " +
                 std::to_string(it->second % shard.shard_count);
        return false;
      }
    }
  }
  return true;
}

size_t count_failed(const std::map<std::string, CaseResult>& results) {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(),
                                           [](const auto& r) { return !r.second.passed; }));
}

int merge(int argc, char** argv) {
  std::string out, junit;
  std::vector<std::string> inputs;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(sweep_merge_help_text().c_str(), stdout);
      return 0;
    }
    if (arg == "--out" || arg == "--junit") {
      if (i + 1 >= argc || argv[i + 1][0] == '-' || argv[i + 1][0] == '\0') {
        std::fprintf(stderr, "nvme-cosim: sweep merge: %s needs a path\n", arg.c_str());
        return kExitUsage;
      }
      (arg == "--out" ? out : junit) = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "nvme-cosim: sweep merge: unknown option '%s' (see --help)\n",
                   arg.c_str());
      return kExitUsage;
    } else {
      inputs.push_back(arg);
    }
  }
  if (out.empty() || inputs.empty()) {
    std::fprintf(stderr,
                 "nvme-cosim: sweep merge: needs --out DIR and the shards' results "
                 "(see --help)\n");
    return kExitUsage;
  }
  std::vector<SweepRecord> shards;
  for (const std::string& input : inputs) {
    struct stat info {};
    const bool is_dir = stat(input.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    const std::string path = is_dir ? input + "/results.tsv" : input;
    std::string text, error;
    SweepRecord record;
    if (!read_text(path, &text)) {
      std::fprintf(stderr, "nvme-cosim: sweep merge: cannot read %s\n", path.c_str());
      return kExitUsage;
    }
    if (!parse_results(text, &record, &error)) {
      std::fprintf(stderr, "nvme-cosim: sweep merge: %s: %s\n", path.c_str(), error.c_str());
      return kExitUsage;
    }
    shards.push_back(std::move(record));
  }
  SweepRecord merged;
  std::vector<unsigned> missing;
  std::string error;
  if (!merge_records(shards, &merged, &missing, &error)) {
    std::fprintf(stderr, "nvme-cosim: sweep merge: %s\n", error.c_str());
    return kExitUsage;
  }
  const SweepParse matrix = parse_sweep_options(merged.matrix_args);
  if (matrix.status != SweepParse::Status::kOk) {
    std::fprintf(stderr, "nvme-cosim: sweep merge: the shards' matrix does not parse: %s\n",
                 matrix.message.c_str());
    return kExitUsage;
  }
  const std::vector<SweepCase> cases = matrix_cases(matrix.options.matrix);
  if (!shards_hold_their_own_cases(shards, cases, &error)) {
    std::fprintf(stderr, "nvme-cosim: sweep merge: %s\n", error.c_str());
    return kExitUsage;
  }
  std::map<std::string, CaseResult> results;
  for (CaseResult& r : merged.results) results[r.id] = r;
  if (const std::string why = make_directories(out); !why.empty()) {
    std::fprintf(stderr, "nvme-cosim: sweep merge: %s\n", why.c_str());
    return kExitUsage;
  }
  // The merged results, in matrix order: a results file like any sweep's, shard 0 of 1.
  merged.shard_index = 0;
  merged.shard_count = 1;
  std::string text = results_header(merged);
  for (const SweepCase& c : cases) {
    if (results.count(c.id())) text += result_line(results[c.id()]);
  }
  if (!write_file(out + "/results.tsv", text, &error)) {
    std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
    return kExitFailed;
  }
  std::string missing_text;
  for (unsigned index : missing) {
    missing_text += (missing_text.empty() ? "" : ", ") + std::to_string(index);
  }
  const std::string count = std::to_string(shards[0].shard_count);
  std::printf("sweep merge: %zu shard(s) of %s, %zu of %zu cases with a result\n", shards.size(),
              count.c_str(), results.size(), cases.size());
  if (!missing.empty()) {
    std::printf("missing shard(s) of %s: %s\n", count.c_str(), missing_text.c_str());
  }
  const std::string not_run =
      missing.empty() ? "its shard has no result for it"
                      : "no result (shards " + missing_text + " of " + count + " are missing)";
  if (!report(cases, results, junit.empty() ? out + "/junit.xml" : junit, not_run,
              "merged from " + std::to_string(shards.size()) + " of " + count)) {
    return kExitFailed;
  }
  return count_failed(results) || results.size() != cases.size() ? kExitFailed : 0;
}

}  // namespace

int run_sweep(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[2]) == "merge") return merge(argc, argv);
  const SweepParse parsed = parse_sweep_options(std::vector<std::string>(argv + 2, argv + argc));
  if (parsed.status == SweepParse::Status::kHelp) {
    std::fputs(parsed.message.c_str(), stdout);
    return 0;
  }
  if (parsed.status == SweepParse::Status::kError) {
    std::fprintf(stderr, "nvme-cosim: %s (see nvme-cosim sweep --help)\n", parsed.message.c_str());
    return kExitUsage;
  }
  const SweepOptions& o = parsed.options;
  const std::string program = program_path(argv[0]);
  const std::vector<SweepCase> all_cases = matrix_cases(o.matrix);
  const std::vector<SweepCase> cases = shard_cases(all_cases, o.shard_index, o.shard_count);
  const std::string shard = std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count);
  if (all_cases.empty()) {
    std::fprintf(stderr,
                 "nvme-cosim: sweep: the matrix has no case (linux has no kernel for "
                 "nsid)\n");
    return kExitUsage;
  }
  if (std::find(o.matrix.scenarios.begin(), o.matrix.scenarios.end(), Scenario::kLinux) !=
      o.matrix.scenarios.end()) {
    for (const std::string& strategy : o.matrix.strategies) {
      const std::string kernel = kernel_for_strategy(strategy);
      if (kernel.empty()) continue;
      if (const std::string missing = linux_kernel_missing(Options(), kernel); !missing.empty()) {
        std::fprintf(stderr, "nvme-cosim: sweep: the linux scenario: %s\n", missing.c_str());
        return kExitUsage;
      }
    }
  }
  const std::string logs = o.out + "/logs", waves = o.out + "/waves";
  const std::string results_path = o.out + "/results.tsv";
  const std::string junit = o.junit.empty() ? o.out + "/junit.xml" : o.junit;
  for (const std::string& dir : {o.out, logs, waves}) {
    if (const std::string why = make_directories(dir); !why.empty()) {
      std::fprintf(stderr, "nvme-cosim: sweep: %s\n", why.c_str());
      return kExitUsage;
    }
  }

  // From here on, Ctrl-C and SIGTERM only ask the sweep to stop; it keeps what finished.
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  // The results so far: none, or with --resume those of this matrix and shard already there.
  SweepRecord record;
  record.matrix_args = o.matrix.args();
  record.shard_index = o.shard_index;
  record.shard_count = o.shard_count;
  record.program = program;
  std::map<std::string, CaseResult> results;
  std::string text;
  if (o.resume && read_text(results_path, &text)) {
    SweepRecord earlier;
    std::string error;
    if (!parse_results(text, &earlier, &error)) {
      std::fprintf(stderr, "nvme-cosim: sweep: --resume: %s: %s\n", results_path.c_str(),
                   error.c_str());
      return kExitUsage;
    }
    if (earlier.matrix_args != record.matrix_args || earlier.shard_index != o.shard_index ||
        earlier.shard_count != o.shard_count) {
      std::fprintf(stderr,
                   "nvme-cosim: sweep: --resume: %s holds another sweep (shard %u/%u of %s)\n",
                   results_path.c_str(), earlier.shard_index, earlier.shard_count,
                   command_line("", earlier.matrix_args).c_str());
      return kExitUsage;
    }
    std::set<std::string> ids;
    for (const SweepCase& c : cases) ids.insert(c.id());
    for (CaseResult& r : earlier.results) {
      if (ids.count(r.id)) results[r.id] = std::move(r);
    }
    if (earlier.program != program) {
      std::printf("note: the kept results were run by %s; their commands name it\n",
                  earlier.program.c_str());
    }
  }
  // Rewritten whole, then appended to as each case finishes.
  std::string rewritten = results_header(record);
  for (const SweepCase& c : cases) {
    if (results.count(c.id())) rewritten += result_line(results[c.id()]);
  }
  std::string error;
  if (!replace_file(results_path, rewritten, &error)) {
    std::fprintf(stderr, "nvme-cosim: sweep: %s\n", error.c_str());
    return kExitUsage;
  }
  std::FILE* results_file = std::fopen(results_path.c_str(), "a");
  if (!results_file) {
    std::fprintf(stderr, "nvme-cosim: sweep: cannot append to %s: %s\n", results_path.c_str(),
                 std::strerror(errno));
    return kExitUsage;
  }

  std::vector<SweepCase> pending;
  for (const SweepCase& c : cases) {
    if (!results.count(c.id())) pending.push_back(c);
  }
  const unsigned jobs = o.jobs ? o.jobs : usable_cpus();
  std::printf("nvme-cosim sweep: %zu cases (%s, shard %s), %zu to run, %u worker(s)\n",
              cases.size(), command_line("", o.matrix.args()).c_str(), shard.c_str(),
              pending.size(), jobs);
  std::fflush(stdout);

  Progress progress(cases.size(), results.size());
  size_t failed = count_failed(results);
  progress.update(results.size(), failed);
  common::ChildPoolOptions pool;
  pool.workers = jobs;
  pool.timeout_seconds = o.case_timeout_seconds;
  bool write_failed = false;  // results that cannot be recorded end the sweep
  pool.should_stop = [&write_failed] { return g_stop_signal != 0 || write_failed; };
  // Each case's scratch directory (TMPDIR): a guest kernel's run directory lives there, and a
  // case killed before it could clean up leaves it to the sweep.
  const std::string scratch = o.out + "/tmp";
  size_t killed_from_outside = 0;
  const auto start = Clock::now();
  const size_t ran = common::run_child_pool(
      pending.size(), pool,
      [&](size_t job) {
        // The case's output goes to its log, kept if it fails.
        const std::string log = logs + "/" + pending[job].id() + ".log";
        std::FILE* file = std::freopen(log.c_str(), "w", stdout);
        if (file) dup2(fileno(stdout), STDERR_FILENO);
        const std::string tmp = scratch + "/" + pending[job].id();
        if (make_directories(tmp).empty()) setenv("TMPDIR", tmp.c_str(), 1);
        return run_case(program, case_args(o.matrix, pending[job]));
      },
      [&](const common::PoolJobOutcome& outcome) {
        const SweepCase& c = pending[outcome.job];
        remove_tree(scratch + "/" + c.id());
        // SIGINT and SIGTERM come from outside (the pool stops with SIGTERM only after it has
        // stopped reporting): a scancel reaching the workers first. Not a verdict on the case.
        if (outcome.signal == SIGINT || outcome.signal == SIGTERM) {
          ++killed_from_outside;
          return;
        }
        const std::vector<std::string> args = case_args(o.matrix, c);
        CaseResult r;
        r.id = c.id();
        r.wall_seconds = outcome.wall_seconds;
        r.command = command_line(program, args);
        r.waveform_command = command_line(program, waveform_args(args, waves, c));
        if (outcome.ok) {
          decode_verdict(outcome.bytes, &r);
        } else {
          r.problems = {"the case's process failed: " + outcome.error};
        }
        const std::string log = logs + "/" + c.id() + ".log";
        if (r.passed) {
          unlink(log.c_str());
        } else {
          r.log = log;
          // A case killed before it opened its log still gets one: its problems.
          if (access(log.c_str(), F_OK) != 0) {
            std::string text = "(the case wrote nothing before it ended)\n";
            for (const std::string& problem : r.problems) text += problem + "\n";
            std::string ignored;
            write_file(log, text, &ignored);
          }
          ++failed;
          progress.clear();
          print_failure(stdout, r);
          std::fflush(stdout);
        }
        if (!write_failed && (std::fputs(result_line(r).c_str(), results_file) < 0 ||
                              std::fflush(results_file) != 0)) {
          write_failed = true;
          progress.clear();
          std::fprintf(stderr, "nvme-cosim: sweep: cannot append to %s: %s; stopping\n",
                       results_path.c_str(), std::strerror(errno));
        }
        results[r.id] = std::move(r);
        progress.update(results.size(), failed);
      });
  if (std::fclose(results_file) != 0) write_failed = true;
  remove_tree(scratch);
  progress.clear();
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  const int stop_signal = g_stop_signal;
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);

  if (stop_signal) {
    std::printf("\nsweep interrupted (%s): %zu of %zu cases finished; `--resume` runs the rest\n",
                strsignal(stop_signal), results.size(), cases.size());
  }
  if (killed_from_outside) {
    std::printf(
        "\n%zu case(s) not recorded: their processes were killed by SIGINT or SIGTERM "
        "from outside; `--resume` runs them\n",
        killed_from_outside);
  }
  if (!report(cases, results, junit,
              stop_signal ? "the sweep was interrupted" : "the sweep did not run it", shard)) {
    return kExitFailed;
  }
  std::printf("results: %s\n", results_path.c_str());
  if (ran) {
    std::printf("speed: %zu runs in %.1f s of wall time, %.0f runs per minute with %u worker(s)\n",
                ran, wall, static_cast<double>(ran) * 60 / std::max(wall, 1e-9), jobs);
  }
  if (stop_signal) return 128 + stop_signal;
  if (write_failed) {
    std::fprintf(stderr, "nvme-cosim: sweep: results could not be recorded in %s\n",
                 results_path.c_str());
    return kExitFailed;
  }
  return failed || killed_from_outside ? kExitFailed : 0;
}

}  // namespace cli
