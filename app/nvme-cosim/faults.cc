// SPDX-License-Identifier: Apache-2.0
// The fault campaign: seeded scenarios, one child process per run, invariant checks.

#include "faults.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cosim_run.h"
#include "report.h"
#include "run_in_child.h"
#include "sweep_plan.h"

namespace cli {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
// A scan that recovers from every drawn fault ends well within this much simulated time.
constexpr uint64_t kSimulatedLimitNs = 600'000'000'000;  // 10 minutes

}  // namespace

std::vector<std::string> check_fault_run(const Options& o, const RunOutcome& run) {
  std::vector<std::string> problems;
  if (!run.ok) problems.push_back("the run failed: " + run.error);
  if (run.simulated_ns > kSimulatedLimitNs) {
    problems.push_back("the run took " + std::to_string(run.simulated_ns / 1'000'000) +
                       " ms of simulated time");
  }
  // Present at the end and usable: every one registered, exactly once.
  std::set<uint32_t> unusable(o.failing.begin(), o.failing.end());
  for (const auto& [nsid, lie] : o.ns_lies) unusable.insert(nsid);
  unusable.insert(o.zero_capacity.begin(), o.zero_capacity.end());
  for (const SlowNsid& slow : o.slow) unusable.insert(slow.nsid);
  std::vector<uint32_t> expected;
  for (uint32_t nsid : o.final_nsids()) {
    if (!unusable.count(nsid)) expected.push_back(nsid);
  }
  const bool attached = std::any_of(o.ns_changes.begin(), o.ns_changes.end(),
                                    [](const NsChange& change) { return change.attach; });
  // A namespace attached later takes the lowest free instance, as Linux's IDA hands out.
  const std::vector<std::string> registration =
      check_registration(run, expected, o.strategy != "async" && !attached, o.strategy);
  problems.insert(problems.end(), registration.begin(), registration.end());
  return problems;
}

std::vector<std::string> check_registration(const RunOutcome& run,
                                            const std::vector<uint32_t>& expected, bool ordered,
                                            const std::string& who) {
  std::vector<std::string> problems;
  std::vector<uint32_t> registered;
  std::set<unsigned> instances;
  for (const nvme::NamespaceRecord& ns : run.scan.namespaces) {
    registered.push_back(ns.nsid);
    if (!instances.insert(ns.instance).second) {
      problems.push_back("instance " + std::to_string(ns.instance) + " given twice");
    }
  }
  std::sort(registered.begin(), registered.end());
  if (registered != expected) {
    problems.push_back("registered NSIDs " + nsid_list_arg(registered) + ", expected " +
                       nsid_list_arg(expected));
  }
  if (ordered && !run.scan.names_follow_nsid_order()) {
    problems.push_back(who + " names do not follow NSID order");
  }
  return problems;
}

namespace {

struct CampaignOptions {
  uint32_t first = 1, last = 100;
  std::string strategy;  // empty: drawn per seed
  std::string json;
};

const char kFaultsUsage[] =
    "usage: nvme-cosim faults [--seeds A-B] [--strategy NAME] [--json FILE]\n"
    "Runs one co-simulated scan per seed, each with a random mix of injected faults over a\n"
    "random sparse namespace set, and checks that the driver recovers: the run ends, every\n"
    "namespace present at the end that no fault made unusable is registered exactly once,\n"
    "detached ones are gone, and sequential, ordered and nsid names follow NSID order.\n"
    "A failing seed prints the exact scan command that reproduces it.\n"
    "\n"
    "  --seeds A-B        the seeds to run, inclusive (or one seed N; default 1-100)\n"
    "  --strategy NAME    sequential, async, ordered or nsid for every seed (default: drawn)\n"
    "  --json FILE        per-seed results and the summary\n"
    "  --help             this text\n";

// Empty on success, else the usage error.
std::string parse_campaign(int argc, char** argv, CampaignOptions* c, bool* help) {
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      *help = true;
      return "";
    }
    if (arg != "--seeds" && arg != "--strategy" && arg != "--json") {
      return "faults: unknown option '" + arg + "'";
    }
    if (i + 1 >= argc) return "faults: " + arg + " needs a value";
    const std::string value = argv[++i];
    if (arg == "--seeds") {
      if (!parse_seed_range(value, &c->first, &c->last)) {
        return "faults: --seeds: '" + value + "' is not A-B (0 <= A <= B < 2^32) or N";
      }
    } else if (arg == "--strategy") {
      if (!nvme::parse_strategy(value)) {
        return "faults: --strategy: '" + value + "' is not sequential, async, ordered or nsid";
      }
      c->strategy = value;
    } else {
      if (value.empty() || value[0] == '-') return "faults: --json needs a file name";
      c->json = value;
    }
  }
  return "";
}

}  // namespace

int run_faults(int argc, char** argv) {
  CampaignOptions c;
  bool help = false;
  if (const std::string error = parse_campaign(argc - 2, argv + 2, &c, &help); !error.empty()) {
    std::fprintf(stderr, "nvme-cosim: %s (see nvme-cosim faults --help)\n", error.c_str());
    return kExitUsage;
  }
  if (help) {
    std::fputs(kFaultsUsage, stdout);
    return 0;
  }
  const std::string program = argv[0];
  std::ostringstream json;
  json << "{\n  \"seeds\": [";
  uint64_t runs = 0, failed = 0;
  std::map<std::string, uint64_t> faults_drawn;  // option -> seeds that drew it
  const auto start = std::chrono::steady_clock::now();
  for (uint64_t seed = c.first; seed <= c.last; ++seed) {
    const std::vector<std::string> args =
        draw_fault_scenario(static_cast<uint32_t>(seed), c.strategy);
    std::vector<const char*> parse_argv = {program.c_str(), "scan"};
    for (const std::string& arg : args) parse_argv.push_back(arg.c_str());
    const ParseResult parsed =
        parse_options(static_cast<int>(parse_argv.size()), parse_argv.data());
    std::vector<std::string> problems;
    RunOutcome run;
    if (parsed.status != ParseResult::Status::kOk) {
      problems.push_back("the drawn scenario does not parse: " + parsed.message);
    } else {
      const Options& o = parsed.options;
      const common::ChildOutcome child = common::run_in_child([&]() -> std::optional<std::string> {
        return serialize(run_scan(o, o.strategy, o.seed, "", false));
      });
      if (!child.ok || !deserialize(child.bytes, &run)) {
        problems.push_back("the simulation process failed: " +
                           (child.ok ? std::string("unreadable outcome") : child.error));
      } else {
        problems = check_fault_run(o, run);
      }
    }
    std::set<std::string> drawn;
    for (const std::string& arg : args) {
      if (arg.rfind("--", 0) == 0) drawn.insert(arg);
    }
    for (const char* fault :
         {"--fatal-at", "--drop-completion", "--slow-nsid", "--fail-nsid", "--zero-capacity-nsid",
          "--lie-nsid", "--read-fault", "--detach-nsid", "--attach-nsid"}) {
      if (drawn.count(fault)) ++faults_drawn[fault];
    }
    ++runs;
    std::vector<std::string> scan_args = {"scan"};
    scan_args.insert(scan_args.end(), args.begin(), args.end());
    const std::string command = command_line(program, scan_args);
    if (!problems.empty()) {
      ++failed;
      std::printf("seed %llu FAILED:\n", static_cast<unsigned long long>(seed));
      for (const std::string& problem : problems) std::printf("  %s\n", problem.c_str());
      std::printf("  reproduce:     %s\n", command.c_str());
      std::printf("  with waveform: %s --waveform seed%llu.fst --verbose\n", command.c_str(),
                  static_cast<unsigned long long>(seed));
      std::fflush(stdout);
    }
    json << (runs > 1 ? ",\n    " : "\n    ") << "{\"seed\": " << seed
         << ", \"ok\": " << (problems.empty() ? "true" : "false")
         << ", \"registered\": " << run.scan.namespaces.size()
         << ", \"aborts\": " << run.scan.aborts << ", \"resets\": " << run.scan.resets
         << ", \"rescans\": " << run.rescans << ", \"simulated_ns\": " << run.simulated_ns
         << ", \"command\": " << json_string(command) << "}";
  }
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  std::printf("faults: %llu seeds (%u-%u), %llu passed, %llu failed, %.1f s\n",
              static_cast<unsigned long long>(runs), c.first, c.last,
              static_cast<unsigned long long>(runs - failed),
              static_cast<unsigned long long>(failed), wall.count());
  std::printf("  seeds drawing each fault:");
  for (const auto& [fault, seeds] : faults_drawn) {
    std::printf(" %s %llu", fault.c_str(), static_cast<unsigned long long>(seeds));
  }
  std::printf("\n");
  json << "\n  ],\n  \"runs\": " << runs << ",\n  \"failed\": " << failed
       << ",\n  \"wall_seconds\": " << wall.count() << "\n}\n";
  if (!c.json.empty()) {
    std::ofstream file(c.json);
    file << json.str();
    file.close();
    if (!file) {
      std::fprintf(stderr, "nvme-cosim: cannot write %s\n", c.json.c_str());
      return kExitFailed;
    }
  }
  return failed ? kExitFailed : 0;
}

}  // namespace cli
