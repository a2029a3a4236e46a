// SPDX-License-Identifier: Apache-2.0
// nvme_cosim_bench (`make bench`): how fast the co-simulation runs. Active traffic on the full
// stack against the raw Verilated controller, and simulated time per wall second when the
// device's latency dominates. SystemC elaborates once per process, so every scenario runs in a
// child process (common/run_in_child.h) and sends its Measurement back; the parent prints the
// table.

#include <gtest/gtest.h>  // the harness reports failures with ADD_FAILURE

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <string>

#include "bench.h"
#include "run_in_child.h"

// libsystemc's main() calls sc_main; this program has its own main and elaborates in children.
extern "C" int sc_main(int /*argc*/, char** /*argv*/) { return 1; }

namespace bench {
namespace {

constexpr double kClockPeriodS = 4e-9;        // both models
constexpr uint64_t kSlowCycles = 37'500'000;  // 150 ms: the latency-bound commands
constexpr uint64_t kShortCycles = 250'000;    // 1 ms: the run without skipping
constexpr unsigned kShortCommands = 2;
constexpr double kActiveTarget = 1.2;    // full stack / raw, time per cycle
constexpr double kLatencyTarget = 15.0;  // simulated s per wall s

struct Options {
  unsigned commands = 2000;
  unsigned latency_commands = 100;
};

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: nvme_cosim_bench [--commands N] [--latency-commands N]\n"
               "  --commands N          Identify commands, zero latency, on the raw RTL and on\n"
               "                        the full stack (default 2000)\n"
               "  --latency-commands N  Identify commands of 150 ms on the full stack with idle\n"
               "                        skipping (default 100)\n"
               "  --help                this text\n");
}

std::optional<Options> parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      usage(stdout);
      std::exit(0);
    }
    unsigned* value = arg == "--commands"           ? &options.commands
                      : arg == "--latency-commands" ? &options.latency_commands
                                                    : nullptr;
    if (!value) {
      std::fprintf(stderr, "nvme_cosim_bench: unknown option '%s'\n", argv[i]);
      return std::nullopt;
    }
    char* end = nullptr;
    const char* text = i + 1 < argc ? argv[++i] : "";
    const unsigned long n = std::strtoul(text, &end, 10);
    if (*text < '0' || *text > '9' || *end != '\0' || n == 0 || n > 100'000) {
      std::fprintf(stderr, "nvme_cosim_bench: %s takes a count from 1 to 100000\n", arg.c_str());
      return std::nullopt;
    }
    *value = static_cast<unsigned>(n);
  }
  return options;
}

// Runs `scenario` in a child process and returns what it measured, or nothing if it failed.
std::optional<Measurement> in_child(const char* name,
                                    const std::function<bool(Measurement*)>& scenario) {
  const common::ChildOutcome child = common::run_in_child([&]() -> std::optional<std::string> {
    Measurement m;
    if (!scenario(&m) || ::testing::UnitTest::GetInstance()->Failed()) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(&m), sizeof m);
  });
  if (child.ok && child.bytes.size() == sizeof(Measurement)) {
    Measurement m;
    std::memcpy(&m, child.bytes.data(), sizeof m);
    return m;
  }
  std::fprintf(stderr, "nvme_cosim_bench: %s: %s\n", name,
               child.ok ? "incomplete measurement" : child.error.c_str());
  return std::nullopt;
}

double per_wall_second(double value, const Measurement& m) { return value / m.wall_seconds; }
const char* verdict(bool met) { return met ? "met" : "NOT met"; }

void print_active(const char* label, const Measurement& m, bool skipping) {
  const std::string skipped = skipping ? std::to_string(m.skipped_cycles) : "-";
  std::printf("  %-24s %12llu %12s %12.2f %10.4f %14.0f\n", label,
              static_cast<unsigned long long>(m.evaluated_cycles), skipped.c_str(),
              m.simulated_seconds / m.commands * 1e6, m.wall_seconds,
              per_wall_second(m.evaluated_cycles, m));
}

void print_latency(const char* label, const Measurement& m) {
  std::printf("  %-24s %8llu %12.3f %10.4f %14.3f %12llu %14llu\n", label,
              static_cast<unsigned long long>(m.commands), m.simulated_seconds, m.wall_seconds,
              per_wall_second(m.simulated_seconds, m),
              static_cast<unsigned long long>(m.evaluated_cycles),
              static_cast<unsigned long long>(m.skipped_cycles));
}

int run(const Options& o) {
  const auto raw = in_child("raw RTL", [&](Measurement* m) { return run_raw(o.commands, m); });
  if (!raw) return 1;
  const auto full = in_child("full stack, active traffic",
                             [&](Measurement* m) { return run_cosim(o.commands, 0, true, m); });
  if (!full) return 1;
  const auto slow = in_child("full stack, latency-bound", [&](Measurement* m) {
    return run_cosim(o.latency_commands, kSlowCycles, true, m);
  });
  if (!slow) return 1;
  const auto unskipped = in_child("full stack, skipping off", [&](Measurement* m) {
    return run_cosim(kShortCommands, kShortCycles, false, m);
  });
  if (!unskipped) return 1;

  std::printf("nvme_cosim_bench: %s build, RTL clock %.0f ns; wall time around the commands only\n",
              NVME_COSIM_BUILD_TYPE, kClockPeriodS * 1e9);
  if (std::strcmp(NVME_COSIM_BUILD_TYPE, "Release") != 0) {
    std::printf("warning: not a Release build, the figures are not representative\n");
  }

  std::printf("\nActive traffic: %u Identify Controller commands, one at a time, zero latency\n",
              o.commands);
  std::printf("  %-24s %12s %12s %12s %10s %14s\n", "", "RTL cycles", "skipped", "sim us/cmd",
              "wall s", "cycles/wall s");
  print_active("raw RTL (RTL bench)", *raw, false);
  print_active("full stack (SystemC)", *full, true);
  const double ratio =
      (full->wall_seconds / full->evaluated_cycles) / (raw->wall_seconds / raw->evaluated_cycles);
  std::printf("  full stack / raw, wall time per RTL cycle: %.2fx (target <= %.1fx: %s)\n", ratio,
              kActiveTarget, verdict(ratio <= kActiveTarget));

  std::printf("\nLatency-bound: Identify Controller commands one after another, fixed latency\n");
  std::printf("  %-24s %8s %12s %10s %14s %12s %14s\n", "", "commands", "simulated s", "wall s",
              "sim s/wall s", "evaluated", "skipped");
  print_latency("150 ms each, skipping", *slow);
  print_latency("1 ms each, no skipping", *unskipped);
  const double rate = per_wall_second(slow->simulated_seconds, *slow);
  std::printf(
      "  skipping: %.0fx the simulated time per wall second of the run without "
      "(target >= %.0f simulated s per wall s, i.e. 15 s in < 1 s: %s)\n",
      rate / per_wall_second(unskipped->simulated_seconds, *unskipped), kLatencyTarget,
      verdict(rate >= kLatencyTarget));
  return 0;
}

}  // namespace
}  // namespace bench

int main(int argc, char** argv) {
  const std::optional<bench::Options> options = bench::parse(argc, argv);
  if (!options) {
    bench::usage(stderr);
    return 2;
  }
  return bench::run(*options);
}
