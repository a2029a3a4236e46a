// SPDX-License-Identifier: Apache-2.0
// The sweep's matrix, shards, results file, JUnit report and merge (sweep_plan.h).

#include "sweep_plan.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

#include "scan.h"
#include "scenario_draw.h"
#include "xml_escape.h"

namespace cli {
namespace {

constexpr const char* kResultsMagic = "# nvme-cosim sweep results v1";
constexpr unsigned kMaxJobs = 1024;
constexpr unsigned kMaxShards = 1'000'000;
// 16 cases per seed at most: a matrix whose case list fits in memory many times over.
constexpr uint32_t kMaxSeeds = 10'000'000;

const Scenario kAllScenarios[] = {Scenario::kScan, Scenario::kFaults, Scenario::kIo,
                                  Scenario::kLinux};

std::optional<Scenario> parse_scenario(const std::string& name) {
  for (Scenario s : kAllScenarios) {
    if (name == scenario_name(s)) return s;
  }
  return std::nullopt;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

bool parse_unsigned(const std::string& digits, uint64_t limit, uint64_t* out) {
  if (digits.empty() || digits.size() > 20 ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  errno = 0;
  *out = std::strtoull(digits.c_str(), nullptr, 10);
  return errno == 0 && *out <= limit;
}

// "I/N" with 0 <= I < N <= kMaxShards: --shard, and a results file's shard line.
bool parse_shard(const std::string& text, unsigned* index, unsigned* count) {
  const size_t slash = text.find('/');
  uint64_t i = 0, n = 0;
  if (slash == std::string::npos || !parse_unsigned(text.substr(0, slash), kMaxShards, &i) ||
      !parse_unsigned(text.substr(slash + 1), kMaxShards, &n) || n == 0 || i >= n) {
    return false;
  }
  *index = static_cast<unsigned>(i);
  *count = static_cast<unsigned>(n);
  return true;
}

// A wall-clock limit: a number with ns, us, ms, s, m or h, above 0, up to a week.
bool parse_wall_time(const std::string& text, double* seconds) {
  static const std::pair<const char*, double> kUnits[] = {{"ns", 1e-9}, {"us", 1e-6}, {"ms", 1e-3},
                                                          {"s", 1},     {"m", 60},    {"h", 3600}};
  const size_t digits = text.find_first_not_of("0123456789.");
  if (digits == 0 || digits == std::string::npos) return false;
  const std::string number = text.substr(0, digits), unit = text.substr(digits);
  if (std::count(number.begin(), number.end(), '.') > 1 || number.front() == '.' ||
      number.back() == '.') {
    return false;
  }
  for (const auto& [name, scale] : kUnits) {
    if (unit != name) continue;
    *seconds = std::strtod(number.c_str(), nullptr) * scale;
    return *seconds > 0 && *seconds <= 7 * 24 * 3600;
  }
  return false;
}

// Tabs, newlines and backslashes would break a results line.
std::string escape_field(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool unescape_field(const std::string& text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      *out += text[i];
      continue;
    }
    if (++i == text.size()) return false;
    switch (text[i]) {
      case '\\':
        *out += '\\';
        break;
      case 't':
        *out += '\t';
        break;
      case 'n':
        *out += '\n';
        break;
      case 'r':
        *out += '\r';
        break;
      default:
        return false;
    }
  }
  return true;
}

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", seconds);
  return text;
}

std::string classname(const SweepCase& c) {
  return std::string("sweep.") + scenario_name(c.scenario) +
         (c.strategy.empty() ? "" : "." + c.strategy);
}

// The cases of one testsuite (scenario) or one table row (scenario and strategy), in order.
struct Tally {
  size_t cases = 0, passed = 0, failed = 0, not_run = 0;
  double wall = 0;
  uint64_t simulated_ns = 0;

  void add(const CaseResult* result) {
    ++cases;
    if (!result) {
      ++not_run;
      return;
    }
    (result->passed ? passed : failed) += 1;
    wall += result->wall_seconds;
    simulated_ns += result->simulated_ns;
  }
};

const CaseResult* find_result(const std::map<std::string, CaseResult>& results,
                              const SweepCase& c) {
  const auto it = results.find(c.id());
  return it == results.end() ? nullptr : &it->second;
}

}  // namespace

const char* scenario_name(Scenario scenario) {
  switch (scenario) {
    case Scenario::kScan:
      return "scan";
    case Scenario::kFaults:
      return "faults";
    case Scenario::kIo:
      return "io";
    case Scenario::kLinux:
      return "linux";
  }
  return "?";
}

std::string kernel_for_strategy(const std::string& strategy) {
  if (strategy == "sequential") return "6.1";
  if (strategy == "async") return "stock";
  if (strategy == "ordered") return "ordered";
  return "";
}

std::vector<std::string> SweepMatrix::args() const {
  std::vector<std::string> scenario_names;
  for (Scenario s : scenarios) scenario_names.push_back(scenario_name(s));
  return {"--seeds",      std::to_string(first_seed) + "-" + std::to_string(last_seed),
          "--strategies", join(strategies, ","),
          "--scenarios",  join(scenario_names, ","),
          "--namespaces", std::to_string(namespaces)};
}

std::string SweepCase::id() const {
  return std::string(scenario_name(scenario)) + (strategy.empty() ? "" : "." + strategy) + ".seed" +
         std::to_string(seed);
}

std::vector<SweepCase> matrix_cases(const SweepMatrix& matrix) {
  std::vector<SweepCase> cases;
  const auto add_seeds = [&](Scenario scenario, const std::string& strategy) {
    for (uint64_t seed = matrix.first_seed; seed <= matrix.last_seed; ++seed) {
      cases.push_back(SweepCase{cases.size(), scenario, strategy, static_cast<uint32_t>(seed)});
    }
  };
  for (Scenario scenario : matrix.scenarios) {
    if (scenario == Scenario::kIo) {
      add_seeds(scenario, "");
      continue;
    }
    for (const std::string& strategy : matrix.strategies) {
      if (scenario == Scenario::kLinux && kernel_for_strategy(strategy).empty()) continue;
      add_seeds(scenario, strategy);
    }
  }
  return cases;
}

std::vector<SweepCase> shard_cases(const std::vector<SweepCase>& cases, unsigned index,
                                   unsigned count) {
  std::vector<SweepCase> shard;
  for (const SweepCase& c : cases) {
    if (c.index % count == index) shard.push_back(c);
  }
  return shard;
}

std::vector<std::string> case_args(const SweepMatrix& matrix, const SweepCase& c) {
  const std::string seed = std::to_string(c.seed);
  const std::string namespaces = std::to_string(matrix.namespaces);
  switch (c.scenario) {
    case Scenario::kScan:
      return {"scan", "--strategy", c.strategy, "--seed", seed, "--namespaces", namespaces};
    case Scenario::kFaults: {
      std::vector<std::string> args = {"scan"};
      const std::vector<std::string> drawn = draw_fault_scenario(c.seed, c.strategy);
      args.insert(args.end(), drawn.begin(), drawn.end());
      return args;
    }
    case Scenario::kIo: {
      std::vector<std::string> args = {"io"};
      const std::vector<std::string> drawn = draw_io_workload(c.seed);
      args.insert(args.end(), drawn.begin(), drawn.end());
      return args;
    }
    case Scenario::kLinux:
      // The guest's nvme-cli, dd and fio are left out: most of a boot's wall time is fio's.
      return {"linux",    "--kernel",     kernel_for_strategy(c.strategy),
              "--seed",   seed,           "--namespaces",
              namespaces, "--no-nvme-cli"};
  }
  return {};
}

std::string shell_quote(const std::string& arg) {
  const bool plain = !arg.empty() && arg.find_first_not_of(
                                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789-_./,:=@%+") == std::string::npos;
  if (plain) return arg;
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string command_line(const std::string& program, const std::vector<std::string>& args) {
  std::string line = program.empty() ? "" : shell_quote(program);
  for (const std::string& arg : args) line += (line.empty() ? "" : " ") + shell_quote(arg);
  return line;
}

bool parse_seed_range(const std::string& text, uint32_t* first, uint32_t* last) {
  uint64_t a = 0, b = 0;
  const size_t dash = text.find('-');
  if (dash == std::string::npos) {
    if (!parse_unsigned(text, UINT32_MAX, &a)) return false;
    b = a;
  } else if (!parse_unsigned(text.substr(0, dash), UINT32_MAX, &a) ||
             !parse_unsigned(text.substr(dash + 1), UINT32_MAX, &b) || a > b) {
    return false;
  }
  *first = static_cast<uint32_t>(a);
  *last = static_cast<uint32_t>(b);
  return true;
}

std::string sweep_help_text() {
  return "usage: nvme-cosim sweep [options]\n"
         "       nvme-cosim sweep merge --out DIR SHARD_DIR...\n"
         "Runs a matrix of seeds x strategies x scenarios, each case in a worker process of its\n"
         "own, and checks each: the run ends without error, every namespace that should be\n"
         "registered is, exactly once, and sequential, ordered and nsid names follow NSID order\n"
         "(io: no I/O error, every block verified). Prints a progress bar on a terminal, a\n"
         "summary table and, for each failure, the command that reproduces it and the one that\n"
         "records its waveform; writes a JUnit XML report. Finished cases are appended to\n"
         "DIR/results.tsv at once, so an interrupted sweep keeps them (and reports them).\n"
         "\n"
         "Scenarios:\n"
         "  scan     `nvme-cosim scan --strategy S --seed N --namespaces NS`\n"
         "  faults   a scan with a random mix of injected faults drawn from the seed, as\n"
         "           `nvme-cosim faults` draws it (the strategy given)\n"
         "  io       an fio-like workload drawn from the seed, with --verify (no strategy: one\n"
         "           case per seed)\n"
         "  linux    the real kernel that implements the strategy (`make linux` builds them):\n"
         "           sequential Linux 6.1, async stock 6.12, ordered 6.12 with our patch; nsid\n"
         "           has none\n"
         "\n"
         "Matrix:\n"
         "  --seeds A-B             seeds, inclusive, or one seed N (default 1-100)\n"
         "  --strategies LIST       comma-separated: sequential, async, ordered, nsid\n"
         "                          (default all four)\n"
         "  --scenarios LIST        comma-separated: scan, faults, io, linux, or all\n"
         "                          (default scan,faults,io)\n"
         "  --namespaces N          scan and linux: NSIDs 1..N (default 19)\n"
         "\n"
         "Running:\n"
         "  -j, --jobs N            worker processes (default: the number of CPUs)\n"
         "  --shard I/N             run only shard I of N (0 <= I < N): the cases whose\n"
         "                          position in the matrix is I modulo N\n"
         "  --case-timeout TIME     wall time one case may take before it is killed and\n"
         "                          failed: 600s, 30m, 2h, ... (default 600s)\n"
         "  --out DIR               results.tsv, junit.xml, logs/ of failed cases, waves/ for\n"
         "                          the waveform commands (default sweep-results)\n"
         "  --junit FILE            the JUnit report (default DIR/junit.xml)\n"
         "  --resume                keep DIR's results of this matrix and shard and run only\n"
         "                          the cases without one\n"
         "  --help                  this text\n"
         "\n"
         "Exit status: 0 every case passed, 1 a case failed, 2 bad options, 130 (143)\n"
         "interrupted by SIGINT (SIGTERM), the report written with the cases that finished.\n"
         "`nvme-cosim sweep merge --help`: combining the shards' results.\n";
}

std::string sweep_merge_help_text() {
  return "usage: nvme-cosim sweep merge --out DIR SHARD_DIR...\n"
         "Combines the results of the shards of one sweep (each SHARD_DIR/results.tsv, or the\n"
         "file itself) into DIR/results.tsv and DIR/junit.xml, and prints the summary table and\n"
         "every failure with its commands. The shards must be of the same matrix and shard\n"
         "count; a shard that is absent, or a case without a result, is named and reported as\n"
         "not run.\n"
         "\n"
         "  --out DIR     where the merged results go (created if needed)\n"
         "  --junit FILE  the JUnit report (default DIR/junit.xml)\n"
         "  --help        this text\n"
         "\n"
         "Exit status: 0 complete and every case passed, 1 a case failed or did not run,\n"
         "2 bad options or unreadable results.\n";
}

SweepParse parse_sweep_options(const std::vector<std::string>& args) {
  SweepParse result;
  SweepOptions& o = result.options;
  const auto fail = [&result](const std::string& message) {
    result.status = SweepParse::Status::kError;
    result.message = "sweep: " + message;
    return result;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      result.status = SweepParse::Status::kHelp;
      result.message = sweep_help_text();
      return result;
    }
    if (arg == "--resume") {
      o.resume = true;
      continue;
    }
    static const std::set<std::string> kValued = {
        "--seeds", "--strategies", "--scenarios", "--namespaces", "-j",
        "--jobs",  "--shard",      "--out",       "--junit",      "--case-timeout"};
    if (!kValued.count(arg)) return fail("unknown option '" + arg + "'");
    if (i + 1 >= args.size()) return fail(arg + " needs a value");
    const std::string& value = args[++i];
    uint64_t number = 0;
    if (arg == "--seeds") {
      if (!parse_seed_range(value, &o.matrix.first_seed, &o.matrix.last_seed)) {
        return fail("--seeds: '" + value + "' is not A-B (0 <= A <= B < 2^32) or N");
      }
      if (o.matrix.last_seed - o.matrix.first_seed >= kMaxSeeds) {
        return fail("--seeds: '" + value + "' is more than " + std::to_string(kMaxSeeds) +
                    " seeds; shard a sweep that large across machines or runs");
      }
    } else if (arg == "--strategies") {
      o.matrix.strategies.clear();
      for (const std::string& name : split(value, ',')) {
        if (!nvme::parse_strategy(name)) {
          return fail("--strategies: '" + name + "' is not sequential, async, ordered or nsid");
        }
        if (std::find(o.matrix.strategies.begin(), o.matrix.strategies.end(), name) !=
            o.matrix.strategies.end()) {
          return fail("--strategies: '" + name + "' is given twice");
        }
        o.matrix.strategies.push_back(name);
      }
    } else if (arg == "--scenarios") {
      o.matrix.scenarios.clear();
      for (const std::string& name : split(value, ',')) {
        if (name == "all") {
          o.matrix.scenarios.assign(std::begin(kAllScenarios), std::end(kAllScenarios));
          continue;
        }
        const std::optional<Scenario> scenario = parse_scenario(name);
        if (!scenario) {
          return fail("--scenarios: '" + name + "' is not scan, faults, io, linux or all");
        }
        if (std::find(o.matrix.scenarios.begin(), o.matrix.scenarios.end(), *scenario) !=
            o.matrix.scenarios.end()) {
          return fail("--scenarios: '" + name + "' is given twice");
        }
        o.matrix.scenarios.push_back(*scenario);
      }
    } else if (arg == "--namespaces") {
      if (!parse_unsigned(value, kMaxNsid, &number) || number == 0) {
        return fail("--namespaces: '" + value + "' is not 1 to " + std::to_string(kMaxNsid));
      }
      o.matrix.namespaces = static_cast<unsigned>(number);
    } else if (arg == "-j" || arg == "--jobs") {
      if (!parse_unsigned(value, kMaxJobs, &number) || number == 0) {
        return fail(arg + ": '" + value + "' is not 1 to " + std::to_string(kMaxJobs));
      }
      o.jobs = static_cast<unsigned>(number);
    } else if (arg == "--shard") {
      if (!parse_shard(value, &o.shard_index, &o.shard_count)) {
        return fail("--shard: '" + value +
                    "' is not I/N with 0 <= I < N <= " + std::to_string(kMaxShards));
      }
    } else if (arg == "--case-timeout") {
      if (!parse_wall_time(value, &o.case_timeout_seconds)) {
        return fail("--case-timeout: '" + value +
                    "' is not a wall time above 0 and up to a week (600s, 30m, 2h, 500ms)");
      }
    } else if (value.empty() || value[0] == '-') {
      return fail(arg + " needs a path, not '" + value + "'");
    } else if (arg == "--out") {
      o.out = value;
    } else {
      o.junit = value;
    }
  }
  if (o.matrix.strategies.empty() || o.matrix.scenarios.empty()) {
    return fail("the matrix is empty");
  }
  result.status = SweepParse::Status::kOk;
  return result;
}

std::string results_header(const SweepRecord& record) {
  return std::string(kResultsMagic) + "\nmatrix\t" + escape_field(join(record.matrix_args, " ")) +
         "\nshard\t" + std::to_string(record.shard_index) + "/" +
         std::to_string(record.shard_count) + "\nprogram\t" + escape_field(record.program) + "\n";
}

std::string result_line(const CaseResult& r) {
  return "case\t" + escape_field(r.id) + "\t" + (r.passed ? "passed" : "failed") + "\t" +
         seconds_text(r.wall_seconds) + "\t" + std::to_string(r.simulated_ns) + "\t" +
         escape_field(join(r.problems, "\n")) + "\t" + escape_field(r.command) + "\t" +
         escape_field(r.waveform_command) + "\t" + escape_field(r.log) + "\n";
}

bool parse_results(const std::string& text, SweepRecord* record, std::string* error) {
  *record = SweepRecord();
  std::vector<std::string> lines = split(text, '\n');
  lines.pop_back();  // after the last newline: empty, or a line cut off mid-write
  if (lines.empty() || lines[0] != kResultsMagic) {
    *error = "not an nvme-cosim sweep results file";
    return false;
  }
  bool have_matrix = false, have_shard = false;
  for (size_t n = 1; n < lines.size(); ++n) {
    const std::vector<std::string> fields = split(lines[n], '\t');
    const auto bad = [&](const std::string& why) {
      *error = "line " + std::to_string(n + 1) + ": " + why;
      return false;
    };
    std::string value;
    if (fields[0] == "matrix" && fields.size() == 2 && unescape_field(fields[1], &value)) {
      record->matrix_args = split(value, ' ');
      have_matrix = true;
    } else if (fields[0] == "shard" && fields.size() == 2) {
      if (!parse_shard(fields[1], &record->shard_index, &record->shard_count)) {
        return bad("malformed shard '" + fields[1] + "'");
      }
      have_shard = true;
    } else if (fields[0] == "program" && fields.size() == 2 && unescape_field(fields[1], &value)) {
      record->program = value;
    } else if (fields[0] == "case" && fields.size() == 9) {
      CaseResult r;
      std::string problems;
      uint64_t simulated = 0;
      char* end = nullptr;
      r.wall_seconds = std::strtod(fields[3].c_str(), &end);
      if (!unescape_field(fields[1], &r.id) || (fields[2] != "passed" && fields[2] != "failed") ||
          fields[3].empty() || *end != '\0' || !parse_unsigned(fields[4], UINT64_MAX, &simulated) ||
          !unescape_field(fields[5], &problems) || !unescape_field(fields[6], &r.command) ||
          !unescape_field(fields[7], &r.waveform_command) || !unescape_field(fields[8], &r.log)) {
        return bad("malformed case line");
      }
      r.passed = fields[2] == "passed";
      r.simulated_ns = simulated;
      if (!problems.empty()) r.problems = split(problems, '\n');
      record->results.push_back(std::move(r));
    } else {
      return bad("unknown line '" + lines[n].substr(0, 40) + "'");
    }
  }
  if (!have_matrix || !have_shard) {
    *error = "the header has no matrix or shard line";
    return false;
  }
  return true;
}

std::string junit_xml(const std::vector<SweepCase>& cases,
                      const std::map<std::string, CaseResult>& results, const std::string& not_run,
                      const std::string& shard) {
  std::vector<Scenario> order;
  std::map<Scenario, Tally> suites;
  Tally total;
  for (const SweepCase& c : cases) {
    if (!suites.count(c.scenario)) order.push_back(c.scenario);
    suites[c.scenario].add(find_result(results, c));
    total.add(find_result(results, c));
  }
  std::ostringstream xml;
  xml << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"nvme-cosim sweep\" tests=\"" << total.cases << "\" failures=\""
      << total.failed << "\" errors=\"0\" skipped=\"" << total.not_run << "\" time=\""
      << seconds_text(total.wall) << "\">\n";
  for (Scenario scenario : order) {
    const Tally& suite = suites[scenario];
    xml << "  <testsuite name=\"" << scenario_name(scenario) << "\" tests=\"" << suite.cases
        << "\" failures=\"" << suite.failed << "\" errors=\"0\" skipped=\"" << suite.not_run
        << "\" time=\"" << seconds_text(suite.wall) << "\">\n"
        << "    <properties><property name=\"shard\" value=\"" << xml_escape(shard)
        << "\"/></properties>\n";
    for (const SweepCase& c : cases) {
      if (c.scenario != scenario) continue;
      const CaseResult* r = find_result(results, c);
      xml << "    <testcase classname=\"" << classname(c) << "\" name=\"seed " << c.seed
          << "\" time=\"" << seconds_text(r ? r->wall_seconds : 0) << "\"";
      if (r && r->passed) {
        xml << "/>\n";
        continue;
      }
      xml << ">\n";
      if (!r) {
        xml << "      <skipped message=\"" << xml_escape("not run: " + not_run) << "\"/>\n";
      } else {
        const std::string first = r->problems.empty() ? "failed" : r->problems.front();
        xml << "      <failure message=\"" << xml_escape(first) << "\" type=\"failed\">"
            << xml_escape(join(r->problems, "\n")) << "\nreproduce:     " << xml_escape(r->command)
            << "\nwith waveform: " << xml_escape(r->waveform_command)
            << (r->log.empty() ? "" : "\nlog:           " + xml_escape(r->log)) << "</failure>\n";
      }
      xml << "    </testcase>\n";
    }
    xml << "  </testsuite>\n";
  }
  xml << "</testsuites>\n";
  return xml.str();
}

std::string summary_table(const std::vector<SweepCase>& cases,
                          const std::map<std::string, CaseResult>& results) {
  std::vector<std::pair<Scenario, std::string>> order;
  std::map<std::pair<Scenario, std::string>, Tally> rows;
  Tally total;
  for (const SweepCase& c : cases) {
    const auto key = std::make_pair(c.scenario, c.strategy);
    if (!rows.count(key)) order.push_back(key);
    rows[key].add(find_result(results, c));
    total.add(find_result(results, c));
  }
  std::string table;
  char line[160];
  std::snprintf(line, sizeof line, "%-8s %-11s %7s %7s %7s %8s %15s %10s\n", "scenario", "strategy",
                "cases", "passed", "failed", "not run", "simulated/run", "wall");
  table += line;
  const auto row = [&](const std::string& scenario, const std::string& strategy, const Tally& t) {
    const size_t ran = t.passed + t.failed;
    char simulated[32] = "-";
    if (ran) {
      std::snprintf(simulated, sizeof simulated, "%.3f ms",
                    static_cast<double>(t.simulated_ns) / 1e6 / static_cast<double>(ran));
    }
    std::snprintf(line, sizeof line, "%-8s %-11s %7zu %7zu %7zu %8zu %15s %8.1f s\n",
                  scenario.c_str(), strategy.c_str(), t.cases, t.passed, t.failed, t.not_run,
                  simulated, t.wall);
    table += line;
  };
  for (const auto& key : order) {
    row(scenario_name(key.first), key.second.empty() ? "-" : key.second, rows[key]);
  }
  row("total", "", total);
  return table;
}

bool merge_records(const std::vector<SweepRecord>& shards, SweepRecord* merged,
                   std::vector<unsigned>* missing_shards, std::string* error) {
  if (shards.empty()) {
    *error = "no shard results given";
    return false;
  }
  *merged = SweepRecord();
  merged->matrix_args = shards[0].matrix_args;
  merged->program = shards[0].program;
  const unsigned count = shards[0].shard_count;
  std::set<unsigned> seen;
  std::set<std::string> ids;
  for (const SweepRecord& shard : shards) {
    const std::string name =
        "shard " + std::to_string(shard.shard_index) + "/" + std::to_string(shard.shard_count);
    if (shard.matrix_args != merged->matrix_args) {
      *error = name + " is of another matrix (" + join(shard.matrix_args, " ") + ", not " +
               join(merged->matrix_args, " ") + ")";
      return false;
    }
    if (shard.shard_count != count) {
      *error = name + " is of a split into " + std::to_string(shard.shard_count) + " shards, not " +
               std::to_string(count);
      return false;
    }
    if (!seen.insert(shard.shard_index).second) {
      *error = name + " is given twice";
      return false;
    }
    for (const CaseResult& r : shard.results) {
      if (!ids.insert(r.id).second) {
        *error = "case " + r.id + " has two results";
        return false;
      }
      merged->results.push_back(r);
    }
  }
  missing_shards->clear();
  for (unsigned index = 0; index < count; ++index) {
    if (!seen.count(index)) missing_shards->push_back(index);
  }
  return true;
}

}  // namespace cli
