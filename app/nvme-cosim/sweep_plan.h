// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim sweep` without the simulation: the matrix of seeds x strategies x scenarios, the
// command each case runs, the deterministic split into shards, the results file a sweep
// appends to as cases finish, the JUnit report, and the merge of shard results. Plain C++, so
// that all of it is unit-tested without SystemC (testbench/cli).

#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cli {

enum class Scenario { kScan, kFaults, kIo, kLinux };
const char* scenario_name(Scenario scenario);  // "scan", "faults", "io", "linux"

// The `linux` scenario boots the kernel that implements a strategy: sequential is Linux 6.1,
// async stock 6.12, ordered 6.12 with our patch; nsid has no kernel (empty).
std::string kernel_for_strategy(const std::string& strategy);

struct SweepMatrix {
  uint32_t first_seed = 1;
  uint32_t last_seed = 100;
  std::vector<std::string> strategies = {"sequential", "async", "ordered", "nsid"};
  std::vector<Scenario> scenarios = {Scenario::kScan, Scenario::kFaults, Scenario::kIo};
  unsigned namespaces = 19;  // scan and linux: NSIDs 1..N

  // The options that give this matrix, as `sweep` takes them. Shards of one sweep carry the
  // same text; merge compares it.
  std::vector<std::string> args() const;
};

struct SweepCase {
  size_t index = 0;  // position in the whole matrix
  Scenario scenario = Scenario::kScan;
  std::string strategy;  // empty for io, which has none
  uint32_t seed = 0;
  // "scan.ordered.seed17", "io.seed3": unique in the matrix, safe in a file name.
  std::string id() const;
};

// Every case, scenario by scenario (in the order given), then strategy, then seed. io has one
// case per seed; linux one per seed and strategy that has a kernel.
std::vector<SweepCase> matrix_cases(const SweepMatrix& matrix);
// Shard `index` of `count` (0-based): the cases whose index is congruent to it, so the shards
// are disjoint, cover the matrix and each gets a share of every scenario.
std::vector<SweepCase> shard_cases(const std::vector<SweepCase>& cases, unsigned index,
                                   unsigned count);

// The nvme-cosim arguments (command first, no program name) of a case: what it runs and what
// reproduces it. faults draws its scenario from the seed (draw_fault_scenario), io its workload
// (draw_io_workload).
std::vector<std::string> case_args(const SweepMatrix& matrix, const SweepCase& c);

// One line a shell takes as it is: arguments quoted where they need it (`program` empty: the
// arguments alone).
std::string command_line(const std::string& program, const std::vector<std::string>& args);
std::string shell_quote(const std::string& arg);

// What `sweep` accepts (docs/cli.md, "nvme-cosim sweep").
struct SweepOptions {
  SweepMatrix matrix;
  unsigned jobs = 0;  // 0: the number of online CPUs
  unsigned shard_index = 0;
  unsigned shard_count = 1;
  std::string out = "sweep-results";
  std::string junit;  // empty: <out>/junit.xml
  bool resume = false;
  double case_timeout_seconds = 600;  // wall time of one case
};

struct SweepParse {
  enum class Status { kOk, kHelp, kError };
  Status status = Status::kError;
  SweepOptions options;
  std::string message;  // the error, or the help text
};

// `args` are the arguments after "sweep".
SweepParse parse_sweep_options(const std::vector<std::string>& args);
std::string sweep_help_text();
std::string sweep_merge_help_text();
// "A-B" or "N", 0 <= A <= B < 2^32.
bool parse_seed_range(const std::string& text, uint32_t* first, uint32_t* last);

// One finished case, as a line of the results file.
struct CaseResult {
  std::string id;
  bool passed = false;
  double wall_seconds = 0;
  uint64_t simulated_ns = 0;
  std::vector<std::string> problems;  // why it failed
  std::string command;                // reproduces it
  std::string waveform_command;       // the same, recording a waveform and the driver's log
  std::string log;                    // the run's output, kept for a failed case
};

// A results file: a header naming the matrix and the shard, then one line per finished case
// (tab-separated; tabs, newlines and backslashes escaped), appended as cases finish.
struct SweepRecord {
  std::vector<std::string> matrix_args;  // SweepMatrix::args()
  unsigned shard_index = 0;
  unsigned shard_count = 1;
  std::string program;
  std::vector<CaseResult> results;
};

std::string results_header(const SweepRecord& record);
std::string result_line(const CaseResult& result);
// False, with the reason, for a file that is not a results file or has a malformed line. A
// last line without its newline (a sweep killed mid-write) is dropped, not an error.
bool parse_results(const std::string& text, SweepRecord* record, std::string* error);

// The report of `cases`: results by case id; cases without one did not run (`not_run`, e.g.
// "the sweep was interrupted"). JUnit XML: one testsuite per scenario, one testcase per case
// (classname sweep.<scenario>[.<strategy>], name "seed N"), a failure carrying the problems
// and both commands.
std::string junit_xml(const std::vector<SweepCase>& cases,
                      const std::map<std::string, CaseResult>& results, const std::string& not_run,
                      const std::string& shard);
// Cases, passed, failed and not run per scenario and strategy, mean simulated time, summed wall.
std::string summary_table(const std::vector<SweepCase>& cases,
                          const std::map<std::string, CaseResult>& results);

// Shards of one sweep into one record (shard 0 of 1). Error when they differ in matrix or shard
// count, or a shard or case appears twice; shards that are absent leave their cases without a
// result, and `missing_shards` names them.
bool merge_records(const std::vector<SweepRecord>& shards, SweepRecord* merged,
                   std::vector<unsigned>* missing_shards, std::string* error);

}  // namespace cli
