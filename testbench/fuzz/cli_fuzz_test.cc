// SPDX-License-Identifier: Apache-2.0
// Seeded fuzzing of nvme-cosim's option parser (app/nvme-cosim/cli_options.h): whole argvs for
// scan, compare and io built from valid and invalid pieces and random bytes, and the NSID-list,
// duration, latency, slow-NSID, size and bandwidth value parsers on their own.

#include <map>
#include <set>

#include "cli_options.h"
#include "fuzz_test_util.h"
#include "properties.h"

namespace fuzz {
namespace {

constexpr uint64_t kCases = 1000;  // per seed

const std::vector<std::string> kValuedOptions = {"--namespaces",
                                                 "--nsids",
                                                 "--ns-blocks",
                                                 "--block-size",
                                                 "--zero-capacity-nsid",
                                                 "--strategy",
                                                 "--seed",
                                                 "--seeds",
                                                 "--name-cost",
                                                 "--disk-add-cost",
                                                 "--latency",
                                                 "--slow-nsid",
                                                 "--slots",
                                                 "--admin-depth",
                                                 "--admin-timeout",
                                                 "--clock-period",
                                                 "--link-latency",
                                                 "--waveform",
                                                 "--json",
                                                 "--fail-nsid",
                                                 "--timeline",
                                                 "--tlp-log",
                                                 "--cmd-log",
                                                 "--trace-events",
                                                 "--rw",
                                                 "--rwmixread",
                                                 "--bs",
                                                 "--iodepth",
                                                 "--queues",
                                                 "--size",
                                                 "--runtime",
                                                 "--media-latency",
                                                 "--media-bandwidth",
                                                 "--io-timeout"};
const std::vector<std::string> kOtherOptions = {
    "--no-skip", "--verbose", "--help",  "-h",  "--",          "---",
    "--bogus",   "-x",        "--json=", "--=", "--verbose=1", "--verify"};

// Random bytes: printable most of the time, any byte but NUL (argv strings end there) else.
std::string random_text(Rng& rng, size_t max_length) {
  std::string text;
  const size_t length = rng.below(max_length + 1);
  const bool printable = !rng.one_in(4);
  for (size_t i = 0; i < length; ++i) {
    const char c = printable ? static_cast<char>(0x20 + rng.below(0x5F))
                             : static_cast<char>(1 + rng.below(255));
    text += c;
  }
  return text;
}

std::string random_number(Rng& rng) {
  static const char* const kNumbers[] = {"0",
                                         "1",
                                         "2",
                                         "3",
                                         "19",
                                         "32",
                                         "33",
                                         "1000",
                                         "1001",
                                         "1024",
                                         "1025",
                                         "8192",
                                         "8193",
                                         "4294967295",
                                         "4294967296",
                                         "18446744073709551615",
                                         "18446744073709551616",
                                         "281474976710655",
                                         "281474976710656",
                                         "0x1f",
                                         "0X20",
                                         "0x",
                                         "0xg",
                                         "-1",
                                         "+1",
                                         "1e3",
                                         " 1",
                                         "1 ",
                                         "007",
                                         "0x2000",
                                         "0x2001",
                                         "99999999999999999999999999999"};
  if (rng.one_in(4)) return std::to_string(rng.edgy(rng.one_in(2) ? 16 : 64));
  return rng.pick(kNumbers);
}

std::string random_duration(Rng& rng) {
  static const char* const kDurations[] = {"4ns",
                                           "1.5ms",
                                           "0s",
                                           "0ns",
                                           "1000s",
                                           "1000.000000000001s",
                                           "1001s",
                                           "0.1ps",
                                           "1ps",
                                           "ns",
                                           ".5us",
                                           "5.us",
                                           "5",
                                           "5 s",
                                           "1.2.3ns",
                                           "-1ns",
                                           "2.5ns",
                                           "150ms",
                                           "1us",
                                           "999ps",
                                           "1e3ns",
                                           "0.000000000001s",
                                           "0.0000000000001s",
                                           "1000000000000000ps",
                                           "1000000000000001ps",
                                           "18446744073709551615ps",
                                           "s",
                                           "1S"};
  static const char* const kUnits[] = {"ps", "ns", "us", "ms", "s", "", "x", "sec"};
  switch (rng.below(4)) {
    case 0: {
      std::string text = std::to_string(rng.edgy(rng.one_in(2) ? 10 : 64));
      if (rng.one_in(3)) {
        text += ".";
        const size_t digits = rng.below(16);
        for (size_t i = 0; i < digits; ++i) text += static_cast<char>('0' + rng.below(10));
      }
      return text + rng.pick(kUnits);
    }
    case 1:
      return random_text(rng, 8) + rng.pick(kUnits);
    default:
      return rng.pick(kDurations);
  }
}

std::string random_nsid_list(Rng& rng) {
  if (rng.one_in(50)) return "1-8192";  // the largest list: slow, so rare
  static const char* const kLists[] = {"1,10,333,400-420",
                                       "8000-8192",
                                       "5-3",
                                       "1,,2",
                                       "1,1",
                                       ",",
                                       "",
                                       "1-",
                                       "-5",
                                       "1-2-3",
                                       "0",
                                       "8193",
                                       "0x10-0x20",
                                       "1,2,",
                                       "3,1,2",
                                       "1-3,2"};
  if (!rng.one_in(3)) return rng.pick(kLists);
  std::string text;
  const size_t items = 1 + rng.below(6);
  for (size_t i = 0; i < items; ++i) {
    if (i) text += rng.one_in(10) ? ";" : ",";
    text += rng.one_in(3) ? random_number(rng) : std::to_string(1 + rng.below(40));
    if (rng.one_in(3))
      text += "-" + (rng.one_in(3) ? random_number(rng) : std::to_string(1 + rng.below(60)));
  }
  return text;
}

std::string random_latency(Rng& rng) {
  static const char* const kLatencies[] = {
      "fixed:1ms",  "uniform:100us-2ms", "uniform:2ms-1ms", "uniform:",
      "fixed:",     "uniform:1ms",       "fixed:1ms-2ms",   "uniform:1ms-2ms-3ms",
      "random:1ms", "uniform:-1ms",      "fixed:1000s",     "uniform:0s-1000s"};
  switch (rng.below(3)) {
    case 0:
      return "fixed:" + random_duration(rng);
    case 1:
      return "uniform:" + random_duration(rng) + "-" + random_duration(rng);
    default:
      return rng.pick(kLatencies);
  }
}

std::string random_slow(Rng& rng) {
  static const char* const kSlow[] = {"7=150ms", "=1ms",    "7=",    "9999=1ms", "1=0s",
                                      "7==1ms",  "0x3=2ms", "7:1ms", "1=1000s"};
  if (rng.one_in(2)) return rng.pick(kSlow);
  return (rng.one_in(2) ? std::to_string(1 + rng.below(30)) : random_number(rng)) + "=" +
         random_duration(rng);
}

std::string random_file(Rng& rng) {
  static const char* const kFiles[] = {"out.json",
                                       "./out.json",
                                       "out/",
                                       "wave.fst",
                                       "wave.vcd",
                                       "a",
                                       "a/../a",
                                       "/dev/null",
                                       "--json",
                                       "-",
                                       "fuzz-no-such-dir/x.json"};
  return rng.one_in(4) ? random_text(rng, 12) : rng.pick(kFiles);
}

std::string random_size(Rng& rng) {
  static const char* const kSizes[] = {"512", "4k",   "4K", "128k", "1m", "64m",         "65m",
                                       "1g",  "2g",   "0",  "0k",   "k",  "1.5m",        "4kb",
                                       "-4k", "1000", "3k", "16M",  "1G", "17179869184g"};
  if (rng.one_in(3)) return std::to_string(rng.edgy(rng.one_in(2) ? 20 : 64)) + rng.pick(kSizes);
  return rng.pick(kSizes);
}

std::string random_bandwidth(Rng& rng) {
  static const char* const kRates[] = {"4GB/s",    "3.2GiB/s",    "500MB/s", "1B/s",   "unlimited",
                                       "0GB/s",    "1kB/s",       "1KiB/s",  "1iB/s",  "GB/s",
                                       "1.GB/s",   "1e9B/s",      "4GB",     "4 GB/s", "99999TB/s",
                                       "1.5TiB/s", "0.000001GB/s"};
  return rng.pick(kRates);
}

// A value that fits `option` most of the time, anything else now and then.
std::string value_for(Rng& rng, const std::string& option) {
  if (rng.one_in(8)) return rng.one_in(2) ? random_text(rng, 16) : random_number(rng);
  if (option == "--nsids") return random_nsid_list(rng);
  if (option == "--latency") return random_latency(rng);
  if (option == "--slow-nsid") return random_slow(rng);
  if (option == "--strategy") {
    static const char* const kStrategies[] = {"sequential", "async", "ordered",
                                              "nsid",       "Async", ""};
    return rng.pick(kStrategies);
  }
  if (option == "--bs" || option == "--size") return random_size(rng);
  if (option == "--media-bandwidth") return random_bandwidth(rng);
  if (option == "--rw") {
    static const char* const kPatterns[] = {"read",   "write", "randread", "randwrite",
                                            "randrw", "rw",    "Read",     ""};
    return rng.pick(kPatterns);
  }
  if (option == "--block-size") {
    static const char* const kSizes[] = {"512", "4096", "1024", "0x200", "512 "};
    return rng.pick(kSizes);
  }
  if (option.find("cost") != std::string::npos || option.find("timeout") != std::string::npos ||
      option == "--clock-period" || option == "--link-latency" || option == "--runtime" ||
      option == "--media-latency")
    return random_duration(rng);
  if (option == "--waveform" || option == "--json" || option == "--timeline" ||
      option.find("log") != std::string::npos || option == "--trace-events")
    return random_file(rng);
  if (option == "--zero-capacity-nsid" || option == "--fail-nsid")
    return rng.one_in(2) ? std::to_string(1 + rng.below(30)) : random_number(rng);
  return random_number(rng);
}

std::vector<std::string> random_argv(Rng& rng) {
  std::vector<std::string> args = {"nvme-cosim"};
  static const char* const kCommands[] = {"scan", "compare", "scan",  "compare", "help", "--help",
                                          "-h",   "",        "bogus", "--json",  "io",   "io"};
  if (!rng.one_in(20)) args.push_back(rng.one_in(10) ? random_text(rng, 8) : rng.pick(kCommands));
  const size_t options = rng.below(9);
  for (size_t i = 0; i < options; ++i) {
    switch (rng.below(10)) {
      case 0:
        args.push_back(rng.pick(kOtherOptions));
        break;
      case 1:
        args.push_back(random_text(rng, 12));  // a stray token
        break;
      case 2: {  // --option=value
        const std::string& option = rng.pick(kValuedOptions);
        args.push_back(option + "=" + value_for(rng, option));
        break;
      }
      case 3:  // an option whose value is missing (last) or another option
        args.push_back(rng.pick(kValuedOptions));
        break;
      default: {
        const std::string& option = rng.pick(kValuedOptions);
        args.push_back(option);
        args.push_back(value_for(rng, option));
      }
    }
  }
  if (rng.one_in(10) && args.size() > 2) args.erase(args.begin() + 2 + rng.below(args.size() - 2));
  if (rng.one_in(10) && args.size() > 2) {
    std::string& arg = args[2 + rng.below(args.size() - 2)];
    if (!arg.empty()) arg[rng.below(arg.size())] = static_cast<char>(1 + rng.below(255));
  }
  return args;
}

using Status = cli::ParseResult::Status;

Status status_of(const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  return cli::parse_options(static_cast<int>(argv.size()), argv.data()).status;
}

TEST(Cli, RandomArgv) {
  std::map<Status, uint64_t> statuses;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    const std::vector<std::string> args = random_argv(rng);
    const std::string problem = cli_argv_property(args);
    if (problem.empty()) ++statuses[status_of(args)];
    return failure(quoted_argv(args), problem);
  });
  if (complete) {
    EXPECT_GT(statuses[Status::kOk], 0u);
    EXPECT_GT(statuses[Status::kHelp], 0u);
    EXPECT_GT(statuses[Status::kError], 0u);
  }
}

// A duration of at most `max` picoseconds as a whole number of one unit: {text, value}.
std::pair<std::string, cli::Picoseconds> valid_duration(Rng& rng, cli::Picoseconds max) {
  static const std::pair<const char*, cli::Picoseconds> kUnits[] = {
      {"ps", 1}, {"ns", cli::kNs}, {"us", cli::kUs}, {"ms", cli::kMs}, {"s", cli::kS}};
  const auto& [unit, scale] = rng.pick(kUnits);
  const cli::Picoseconds count = rng.below(max / scale + 1);
  return {std::to_string(count) + unit, count * scale};
}

// A count at the edges of [lo, hi] (one below and above included) or inside it.
std::string edge_count(Rng& rng, uint64_t lo, uint64_t hi) {
  const uint64_t edges[] = {lo - 1, lo, lo + 1, hi - 1, hi, hi + 1};
  return std::to_string(rng.one_in(2) ? rng.between(lo, hi) : rng.pick(edges));
}

// Mostly valid command lines (every option in range but for the edge counts), so kOk's ranges
// are checked often, right at their ends.
TEST(Cli, MostlyValidArgv) {
  std::map<Status, uint64_t> statuses;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    std::vector<std::string> args = {"nvme-cosim", rng.one_in(2) ? "scan" : "compare"};
    const bool scan = args[1] == "scan";
    const uint32_t namespaces = static_cast<uint32_t>(1 + rng.below(64));
    args.insert(args.end(), {"--namespaces", std::to_string(namespaces)});
    if (scan && rng.one_in(2)) args.insert(args.end(), {"--strategy", "async"});
    if (!scan && rng.one_in(2)) args.insert(args.end(), {"--seeds", edge_count(rng, 1, 1000)});
    if (rng.one_in(2)) args.insert(args.end(), {"--seed", std::to_string(rng.u32())});
    if (rng.one_in(2)) {
      auto a = valid_duration(rng, cli::kS), b = valid_duration(rng, cli::kS);
      if (a.second > b.second) std::swap(a, b);
      args.insert(args.end(), {"--latency", rng.one_in(2) ? "fixed:" + a.first
                                                          : "uniform:" + a.first + "-" + b.first});
    }
    if (rng.one_in(2)) {
      const auto period = valid_duration(rng, cli::kUs);
      if (period.second != 0) args.insert(args.end(), {"--clock-period", period.first});
    }
    if (rng.one_in(2))
      args.insert(args.end(), {"--link-latency", valid_duration(rng, cli::kUs).first});
    std::set<uint32_t> slow;
    for (size_t i = rng.below(4); i > 0; --i) {
      const uint32_t nsid = static_cast<uint32_t>(1 + rng.below(namespaces));
      if (!slow.insert(nsid).second) continue;
      args.insert(args.end(),
                  {"--slow-nsid", std::to_string(nsid) + "=" + valid_duration(rng, cli::kS).first});
    }
    if (rng.one_in(3))
      args.insert(args.end(), {"--zero-capacity-nsid", std::to_string(1 + rng.below(namespaces))});
    if (rng.one_in(3))
      args.insert(args.end(), {"--fail-nsid", std::to_string(1 + rng.below(namespaces))});
    if (rng.one_in(3)) args.insert(args.end(), {"--slots", edge_count(rng, 1, cli::kMaxSlots)});
    if (rng.one_in(3))
      args.insert(args.end(),
                  {"--admin-depth", edge_count(rng, cli::kMinAdminDepth, cli::kMaxAdminDepth)});
    if (rng.one_in(4))
      args.insert(args.end(), {"--ns-blocks", edge_count(rng, 1, cli::kMaxNsBlocks)});
    if (rng.one_in(4)) args.insert(args.end(), {"--block-size", rng.one_in(2) ? "512" : "4096"});
    const std::string problem = cli_argv_property(args);
    if (problem.empty()) ++statuses[status_of(args)];
    return failure(quoted_argv(args), problem);
  });
  // Most of these parse: the ranges of kOk are checked on many different Options.
  if (complete) {
    EXPECT_GT(statuses[Status::kOk], statuses[Status::kError]);
  }
}

// Each command, bare, parses as itself (the property once knew only scan and compare; libFuzzer
// found `linux` taken for `compare`).
TEST(Cli, EveryCommandParsesAsItself) {
  for (const char* command : {"scan", "compare", "linux", "linux-compare", "io"}) {
    EXPECT_EQ(cli_argv_property({"nvme-cosim", command}), "") << command;
  }
}

TEST(Cli, NsidListParser) {
  run_cases(kCases, [](Rng& rng) {
    const std::string text = rng.one_in(4) ? random_text(rng, 24) : random_nsid_list(rng);
    return failure(quoted(text), nsid_list_text_property(text));
  });
}

TEST(Cli, DurationParser) {
  run_cases(kCases, [](Rng& rng) {
    const std::string text = rng.one_in(5) ? random_text(rng, 12) : random_duration(rng);
    return failure(quoted(text), duration_property(text));
  });
}

// Exact durations of every magnitude: format_duration and parse_duration agree both ways.
TEST(Cli, DurationRoundTrip) {
  run_cases(kCases, [](Rng& rng) {
    const cli::Picoseconds value = rng.below(cli::kMaxDuration + 1) / (rng.edgy(13) + 1);
    const std::string text = cli::format_duration(value);
    cli::Picoseconds back = 0;
    const bool ok = cli::parse_duration(text, &back);
    return failure(std::to_string(value) + " ps as " + quoted(text),
                   !ok             ? "does not parse"
                   : back != value ? "parses to " + std::to_string(back)
                                   : "");
  });
}

// io command lines, mostly in range: the workload's cross checks (block size, region,
// buffers, media bandwidth per clock) at their edges.
TEST(Cli, IoArgv) {
  std::map<Status, uint64_t> statuses;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    std::vector<std::string> args = {"nvme-cosim", "io"};
    static const char* const kPatterns[] = {"read", "write", "randread", "randwrite", "randrw"};
    if (rng.one_in(2)) args.insert(args.end(), {"--rw", rng.pick(kPatterns)});
    if (rng.one_in(3)) args.insert(args.end(), {"--rwmixread", edge_count(rng, 0, 100)});
    if (rng.one_in(2)) args.insert(args.end(), {"--bs", random_size(rng)});
    if (rng.one_in(2)) args.insert(args.end(), {"--size", random_size(rng)});
    if (rng.one_in(2)) args.insert(args.end(), {"--iodepth", edge_count(rng, 1, cli::kMaxIoDepth)});
    if (rng.one_in(2)) args.insert(args.end(), {"--queues", edge_count(rng, 1, cli::kMaxIoQueues)});
    if (rng.one_in(3)) args.insert(args.end(), {"--media-bandwidth", random_bandwidth(rng)});
    if (rng.one_in(3)) args.insert(args.end(), {"--media-latency", random_duration(rng)});
    if (rng.one_in(3)) args.insert(args.end(), {"--runtime", random_duration(rng)});
    if (rng.one_in(4)) args.insert(args.end(), {"--block-size", rng.one_in(2) ? "512" : "4096"});
    if (rng.one_in(4)) args.insert(args.end(), {"--ns-blocks", edge_count(rng, 1, 1u << 21)});
    if (rng.one_in(4)) args.insert(args.end(), {"--clock-period", random_duration(rng)});
    if (rng.one_in(4)) args.push_back("--verify");
    const std::string problem = cli_argv_property(args);
    if (problem.empty()) ++statuses[status_of(args)];
    return failure(quoted_argv(args), problem);
  });
  if (complete) {
    EXPECT_GT(statuses[Status::kOk], 0u);
    EXPECT_GT(statuses[Status::kError], 0u);
  }
}

TEST(Cli, LatencyAndSlowNsidSpecs) {
  run_cases(kCases, [](Rng& rng) {
    std::vector<std::string> args = {"nvme-cosim", "scan", "--namespaces", "30"};
    if (rng.one_in(2)) args.insert(args.end(), {"--latency", random_latency(rng)});
    for (size_t i = rng.below(3); i > 0; --i)
      args.insert(args.end(), {"--slow-nsid", random_slow(rng)});
    if (rng.one_in(3)) args.insert(args.end(), {"--clock-period", random_duration(rng)});
    return failure(quoted_argv(args), cli_argv_property(args));
  });
}

}  // namespace
}  // namespace fuzz
