// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's option parser on its own: defaults, every option's value, and every bad option
// or impossible setting turned into one message (the program exits 2 with it).

#include "cli_options.h"

#include <gtest/gtest.h>

#include <array>
#include <initializer_list>
#include <string>
#include <vector>

namespace cli {
namespace {

ParseResult parse(std::initializer_list<const char*> args) {
  std::vector<const char*> argv = {"nvme-cosim"};
  argv.insert(argv.end(), args.begin(), args.end());
  return parse_options(static_cast<int>(argv.size()), argv.data());
}

// Parses and expects success.
Options ok(std::initializer_list<const char*> args) {
  const ParseResult r = parse(args);
  EXPECT_EQ(r.status, ParseResult::Status::kOk) << r.message;
  return r.options;
}

// Parses and expects an error whose message contains `fragment`.
void bad(std::initializer_list<const char*> args, const std::string& fragment) {
  const ParseResult r = parse(args);
  ASSERT_EQ(r.status, ParseResult::Status::kError) << "accepted; expected: " << fragment;
  EXPECT_NE(r.message.find(fragment), std::string::npos) << r.message;
  EXPECT_EQ(r.message.find('\n'), std::string::npos) << "one line: " << r.message;
}

std::vector<uint32_t> range(uint32_t first, uint32_t last) {
  std::vector<uint32_t> v;
  for (uint32_t n = first; n <= last; ++n) v.push_back(n);
  return v;
}

TEST(CliOptions, DefaultsMatchTheCoverLetterSetup) {
  const Options o = ok({"scan"});
  EXPECT_EQ(o.command, Command::kScan);
  EXPECT_EQ(o.nsids, range(1, 19));
  EXPECT_EQ(o.strategy, "ordered");
  EXPECT_EQ(o.seed, 1u);
  EXPECT_TRUE(o.latency.uniform);
  EXPECT_EQ(o.latency.min, 100 * kUs);
  EXPECT_EQ(o.latency.max, 2 * kMs);
  EXPECT_EQ(o.slots, 32u);
  EXPECT_EQ(o.admin_depth, 32u);
  EXPECT_EQ(o.clock_period, 4 * kNs);
  EXPECT_EQ(o.link_latency, 300 * kNs);
  EXPECT_EQ(o.name_cost, 1 * kUs);
  EXPECT_EQ(o.disk_add_cost, 200 * kUs);
  EXPECT_EQ(o.ns_blocks, 0x200000u);
  EXPECT_EQ(o.block_bytes, 512u);
  EXPECT_TRUE(o.skip_idle);
  EXPECT_FALSE(o.verbose);
  EXPECT_TRUE(o.waveform.empty());
  EXPECT_TRUE(o.json.empty());
  EXPECT_EQ(ok({"compare"}).seeds, 5u);
}

TEST(CliOptions, EveryOptionTakesItsValue) {
  const Options o = ok({"scan",
                        "--namespaces",
                        "100",
                        "--strategy",
                        "async",
                        "--seed",
                        "0xff",
                        "--latency",
                        "fixed:150ms",
                        "--slow-nsid",
                        "7=1s",
                        "--slow-nsid",
                        "0x8=2.5ms",
                        "--zero-capacity-nsid",
                        "3",
                        "--slots",
                        "8",
                        "--admin-depth=64",
                        "--admin-timeout",
                        "5s",
                        "--clock-period",
                        "2.5ns",
                        "--link-latency",
                        "1us",
                        "--name-cost",
                        "0ns",
                        "--disk-add-cost",
                        "1ms",
                        "--ns-blocks",
                        "1000",
                        "--block-size",
                        "4096",
                        "--no-skip",
                        "--waveform",
                        "w.vcd",
                        "--json",
                        "out.json",
                        "--verbose"});
  EXPECT_EQ(o.nsids, range(1, 100));
  EXPECT_EQ(o.strategy, "async");
  EXPECT_EQ(o.seed, 255u);
  EXPECT_FALSE(o.latency.uniform);
  EXPECT_EQ(o.latency.min, 150 * kMs);
  ASSERT_EQ(o.slow.size(), 2u);
  EXPECT_EQ(o.slow[0].nsid, 7u);
  EXPECT_EQ(o.slow[0].latency, kS);
  EXPECT_EQ(o.slow[1].nsid, 8u);
  EXPECT_EQ(o.slow[1].latency, 2500 * kUs);
  EXPECT_EQ(o.zero_capacity, std::vector<uint32_t>{3});
  EXPECT_EQ(o.slots, 8u);
  EXPECT_EQ(o.admin_depth, 64u);
  EXPECT_EQ(o.admin_timeout, 5 * kS);
  EXPECT_EQ(o.clock_period, 2500u);
  EXPECT_EQ(o.link_latency, kUs);
  EXPECT_EQ(o.name_cost, 0u);
  EXPECT_EQ(o.disk_add_cost, kMs);
  EXPECT_EQ(o.ns_blocks, 1000u);
  EXPECT_EQ(o.block_bytes, 4096u);
  EXPECT_FALSE(o.skip_idle);
  EXPECT_TRUE(o.verbose);
  EXPECT_EQ(o.waveform, "w.vcd");
  EXPECT_EQ(o.json, "out.json");
}

TEST(CliOptions, NsidListTakesSingleNsidsAndRanges) {
  const Options o = ok({"scan", "--nsids", "400-402,1,10,333", "--strategy", "nsid"});
  EXPECT_EQ(o.nsids, (std::vector<uint32_t>{1, 10, 333, 400, 401, 402})) << "sorted";
  EXPECT_EQ(ok({"scan", "--nsids", "8192"}).nsids, std::vector<uint32_t>{8192});
  EXPECT_EQ(ok({"scan", "--nsids", "1-8192"}).nsids.size(), 8192u);
  EXPECT_EQ(ok({"scan", "--namespaces", "8192"}).nsids.size(), 8192u);
}

TEST(CliOptions, DurationsTakeUnitsAndExactFractions) {
  Picoseconds d = 0;
  ASSERT_TRUE(parse_duration("4ns", &d));
  EXPECT_EQ(d, 4000u);
  ASSERT_TRUE(parse_duration("1.5ms", &d));
  EXPECT_EQ(d, 1'500'000'000u);
  ASSERT_TRUE(parse_duration("2s", &d));
  EXPECT_EQ(d, 2 * kS);
  ASSERT_TRUE(parse_duration("0us", &d));
  EXPECT_EQ(d, 0u);
  ASSERT_TRUE(parse_duration("250ps", &d));
  EXPECT_EQ(d, 250u);
  ASSERT_TRUE(parse_duration("1.000ps", &d)) << "zeros below a picosecond are exact";
  EXPECT_EQ(d, 1u);
  ASSERT_TRUE(parse_duration("0.001ns", &d));
  EXPECT_EQ(d, 1u);
  // Every fraction finer than a picosecond is rejected, however many zeros come first.
  for (const char* wrong :
       {"", "4", "ns", "4 ns", "4ks", "-1ns", "1.ns", ".5ns", "0.0001ns", "1.5ps", "0.0001ps",
        "0.00000000001ps", "1e3ns", "1001s", "99999999999999999999s", "4nS"}) {
    EXPECT_FALSE(parse_duration(wrong, &d)) << "'" << wrong << "'";
  }
  EXPECT_EQ(format_duration(100 * kUs), "100us");
  EXPECT_EQ(format_duration(2500), "2.5ns");
  EXPECT_EQ(format_duration(150 * kMs), "150ms");
  EXPECT_EQ(format_latency(LatencyModel{}), "uniform:100us-2ms");
}

TEST(CliOptions, LatencyConvertsToNearestClockCycle) {
  EXPECT_EQ(to_cycles(150 * kMs, 4 * kNs), 37'500'000u);
  EXPECT_EQ(to_cycles(6 * kNs, 4 * kNs), 2u) << "1.5 cycles rounds up";
  EXPECT_EQ(to_cycles(5 * kNs, 4 * kNs), 1u);
  const Options o = ok({"scan", "--latency", "uniform:1ms-3ms"});
  EXPECT_TRUE(o.latency.uniform);
  EXPECT_EQ(o.latency.min, kMs);
  EXPECT_EQ(o.latency.max, 3 * kMs);
}

TEST(CliOptions, HelpIsNotAnError) {
  for (auto args : {std::initializer_list<const char*>{"--help"}, {"-h"}, {"help"}}) {
    const ParseResult r = parse(args);
    EXPECT_EQ(r.status, ParseResult::Status::kHelp);
    EXPECT_NE(r.message.find("nvme-cosim scan"), std::string::npos);
  }
  const ParseResult scan = parse({"scan", "--namespaces", "3", "--help"});
  EXPECT_EQ(scan.status, ParseResult::Status::kHelp);
  // Every option is listed with its default.
  for (const char* option : {"--namespaces",
                             "--nsids",
                             "--strategy",
                             "--seed",
                             "--latency",
                             "--slow-nsid",
                             "--zero-capacity-nsid",
                             "--slots",
                             "--admin-depth",
                             "--admin-timeout",
                             "--clock-period",
                             "--link-latency",
                             "--name-cost",
                             "--disk-add-cost",
                             "--no-skip",
                             "--verbose",
                             "--waveform",
                             "--json",
                             "--ns-blocks",
                             "--block-size",
                             "default 19",
                             "default ordered",
                             "default 4ns",
                             "default 300ns",
                             "default uniform:100us-2ms"}) {
    EXPECT_NE(scan.message.find(option), std::string::npos) << option;
  }
  const ParseResult compare = parse({"compare", "--help"});
  EXPECT_NE(compare.message.find("--seeds"), std::string::npos);
  EXPECT_EQ(compare.message.find("--strategy"), std::string::npos);
}

TEST(CliOptions, CommandErrorsNameTheProblem) {
  bad({}, "missing command");
  bad({"list"}, "unknown command 'list'");
  bad({"--namespaces", "3"}, "expected a command");
  bad({"scan", "--frobnicate"}, "unknown option '--frobnicate'");
  bad({"scan", "extra"}, "unexpected argument 'extra'");
  bad({"scan", "--seed"}, "--seed needs a value");
  bad({"scan", "--json="}, "--json needs a value");
  bad({"scan", "--no-skip=1"}, "takes no value");
}

TEST(CliOptions, NumbersOutOfRangeAreRejected) {
  bad({"scan", "--namespaces", "0"}, "--namespaces");
  bad({"scan", "--namespaces", "8193"}, "1 to 8192");
  bad({"scan", "--namespaces", "12x"}, "--namespaces: '12x'");
  bad({"scan", "--namespaces", "-1"}, "--namespaces");
  bad({"scan", "--seed", "4294967296"}, "--seed");
  bad({"scan", "--slots", "0"}, "1 to 32");
  bad({"scan", "--slots", "33"}, "1 to 32");
  bad({"scan", "--admin-depth", "2"}, "3 to 1024");  // the driver needs a tag, the AER, a gap
  bad({"scan", "--admin-depth", "1025"}, "3 to 1024");
  EXPECT_EQ(ok({"scan", "--admin-depth", "3"}).admin_depth, 3u);
  bad({"scan", "--block-size", "1024"}, "512 or 4096");
  bad({"scan", "--ns-blocks", "0"}, "--ns-blocks");
  bad({"compare", "--seeds", "0"}, "1 to 1000");
  bad({"compare", "--seed", "4294967295", "--seeds", "2"}, "last seed");
}

TEST(CliOptions, BadNamespaceSetsAreRejected) {
  bad({"scan", "--nsids", "0"}, "'0' is not an NSID from 1 to 8192");
  bad({"scan", "--nsids", "8193"}, "8192");
  bad({"scan", "--nsids", "1,,2"}, "empty entry");
  bad({"scan", "--nsids", "1,2,"}, "empty entry");
  bad({"scan", "--nsids", "5-3"}, "runs backwards");
  bad({"scan", "--nsids", "1,2,2"}, "NSID 2 is listed twice");
  bad({"scan", "--nsids", "1-10,5"}, "NSID 5 is listed twice");
  bad({"scan", "--nsids", "a-b"}, "range of NSIDs");
  bad({"scan", "--namespaces", "4", "--nsids", "1,2"}, "exclude each other");
  bad({"scan", "--zero-capacity-nsid", "20"}, "not among the namespaces");
  bad({"scan", "--zero-capacity-nsid", "2", "--zero-capacity-nsid", "2"}, "given twice");
  bad({"scan", "--fail-nsid", "20"}, "not among the namespaces");
  bad({"scan", "--fail-nsid", "2", "--fail-nsid", "2"}, "given twice");
}

TEST(CliOptions, BadLatencySettingsAreRejected) {
  bad({"scan", "--latency", "uniform:3ms-1ms"}, "minimum 3ms above maximum 1ms");
  bad({"scan", "--latency", "fixed"}, "fixed:DURATION or uniform:MIN-MAX");
  bad({"scan", "--latency", "fixed:1"}, "fixed:DURATION");
  bad({"scan", "--latency", "uniform:1ms"}, "uniform:MIN-MAX");
  bad({"scan", "--latency", "fixed:1000s", "--clock-period", "1ps"}, "2^48-1 clock cycles");
  bad({"scan", "--slow-nsid", "3"}, "NSID=DURATION");
  bad({"scan", "--slow-nsid", "3=fast"}, "NSID=DURATION");
  bad({"scan", "--slow-nsid", "30=1ms"}, "not among the namespaces");
  bad({"scan", "--slow-nsid", "3=1ms", "--slow-nsid", "3=2ms"}, "given twice");
  bad({"scan", "--clock-period", "0ns"}, "--clock-period");
  bad({"scan", "--clock-period", "4"}, "not a duration");
  bad({"scan", "--link-latency", "2ms"}, "above 1ms");
  bad({"scan", "--name-cost", "fast"}, "--name-cost: 'fast' is not a duration");
}

TEST(CliOptions, AtMostSixteenSlowNamespaces) {
  std::vector<std::string> texts;
  std::vector<const char*> argv = {"nvme-cosim", "scan", "--namespaces", "20"};
  for (int i = 1; i <= 17; ++i) texts.push_back(std::to_string(i) + "=1ms");
  for (int i = 0; i < 16; ++i) {
    argv.push_back("--slow-nsid");
    argv.push_back(texts[i].c_str());
  }
  EXPECT_EQ(parse_options(static_cast<int>(argv.size()), argv.data()).status,
            ParseResult::Status::kOk);
  argv.push_back("--slow-nsid");
  argv.push_back(texts[16].c_str());
  const ParseResult r = parse_options(static_cast<int>(argv.size()), argv.data());
  EXPECT_EQ(r.status, ParseResult::Status::kError);
  EXPECT_NE(r.message.find("at most 16"), std::string::npos) << r.message;
}

TEST(CliOptions, OptionsOfTheOtherCommandAreRejected) {
  bad({"compare", "--strategy", "async"}, "--strategy applies to scan only");
  bad({"scan", "--seeds", "3"}, "--seeds applies to compare and linux-compare only");
  bad({"scan", "--strategy", "random"}, "not sequential, async, ordered or nsid");
}

TEST(CliOptions, LinuxOptions) {
  const Options o = ok({"linux"});
  EXPECT_EQ(o.command, Command::kLinux);
  EXPECT_EQ(o.kernel, "stock");
  EXPECT_FALSE(o.guest_wall_clock);  // the guest's clock is simulated time unless asked
  EXPECT_TRUE(ok({"linux", "--guest-clock", "wall"}).guest_wall_clock);
  EXPECT_FALSE(ok({"linux", "--guest-clock=simulated"}).guest_wall_clock);
  EXPECT_EQ(ok({"linux", "--kernel", "6.1"}).kernel, "6.1");
  EXPECT_FALSE(o.guest_seed.has_value());  // the guest's seed is --seed unless given
  EXPECT_EQ(ok({"linux", "--guest-seed", "9"}).guest_seed, 9u);
  EXPECT_FALSE(ok({"linux", "--no-nvme-cli"}).guest_nvme_cli);
  bad({"scan", "--no-nvme-cli"}, "--no-nvme-cli applies to linux only");
  bad({"linux", "--guest-seed", "-1"}, "--guest-seed: '-1'");
  EXPECT_EQ(ok({"linux", "--kernel", "ordered"}).kernel, "ordered");
  bad({"linux", "--kernel", "5.15"}, "--kernel: '5.15'");
  bad({"linux", "--guest-clock", "host"}, "not simulated or wall");
  bad({"scan", "--guest-clock", "wall"}, "--guest-clock applies to linux only");
  bad({"linux", "--seeds", "3"}, "--seeds applies to compare and linux-compare only");
  bad({"linux", "--strategy", "async"}, "does not apply to linux");
}

TEST(CliOptions, LinuxCompareOptions) {
  const Options o = ok({"linux-compare", "--seeds", "3", "--namespaces", "100"});
  EXPECT_EQ(o.command, Command::kLinuxCompare);
  EXPECT_EQ(o.seeds, 3u);
  EXPECT_EQ(o.nsids.size(), 100u);
  EXPECT_TRUE(ok({"linux-compare", "--guest-clock", "wall"}).guest_wall_clock);
  bad({"linux-compare", "--kernel", "stock"}, "linux-compare boots every kernel");
  bad({"linux-compare", "--kernel-log", "k.log"}, "linux-compare boots every kernel");
  bad({"linux-compare", "--timeline", "t.svg"}, "does not apply to linux");
  bad({"linux-compare", "--seed", "4294967295", "--seeds", "2"}, "last seed");
  const ParseResult help =
      parse_options(3, std::array<const char*, 3>{"nvme-cosim", "linux-compare", "--help"}.data());
  EXPECT_EQ(help.status, ParseResult::Status::kHelp);
  EXPECT_NE(help.message.find("usage: nvme-cosim linux-compare"), std::string::npos);
}

TEST(CliOptions, ProtocolLogOptionsTakeAFile) {
  const Options none = ok({"scan"});
  EXPECT_TRUE(none.tlp_log.empty());
  EXPECT_TRUE(none.cmd_log.empty());
  EXPECT_TRUE(none.trace_events.empty());
  const Options o =
      ok({"scan", "--tlp-log", "tlp.log", "--cmd-log=cmd.log", "--trace-events", "out/trace.json"});
  EXPECT_EQ(o.tlp_log, "tlp.log");
  EXPECT_EQ(o.cmd_log, "cmd.log");
  EXPECT_EQ(o.trace_events, "out/trace.json");
  EXPECT_EQ(ok({"compare", "--tlp-log", "t.log"}).tlp_log, "t.log");
  // As --json: a missing or empty value is a usage error; so is a directory.
  bad({"scan", "--tlp-log"}, "--tlp-log needs a value");
  bad({"scan", "--cmd-log="}, "--cmd-log needs a value");
  bad({"scan", "--trace-events="}, "--trace-events needs a value");
  bad({"scan", "--tlp-log", "logs/"}, "--tlp-log: 'logs/' is a directory");
  bad({"scan", "--cmd-log", "/tmp/"}, "--cmd-log: '/tmp/' is a directory");
  bad({"scan", "--trace-events", "t/"}, "--trace-events: 't/' is a directory");
  const ParseResult help = parse({"scan", "--help"});
  for (const char* option : {"--tlp-log", "--cmd-log", "--trace-events"}) {
    EXPECT_NE(help.message.find(option), std::string::npos) << option;
  }
}

TEST(CliOptions, CompletionTimeoutCoversTheLinkRoundTrip) {
  EXPECT_EQ(completion_timeout_units(4 * kNs, 300 * kNs), kDefaultCplTimeoutUnits) << "defaults";
  // 4 x 300 ns + 50 us = 51.2 us, in units of 1024 x 10 ps: exactly 5000.
  EXPECT_EQ(completion_timeout_units(10, 300 * kNs), 5000u);
  // 4 x 130 us + 50 us = 570 us over 1024 x 4 ns = 4.096 us: 139.2, rounded up.
  EXPECT_EQ(completion_timeout_units(4 * kNs, 130 * kUs), 140u);
  EXPECT_EQ(completion_timeout_units(1, kMs), std::nullopt) << "4 ms is 3.9 M units of 1.024 ns";
  bad({"scan", "--clock-period", "1ps", "--link-latency", "1ms"},
      "cannot outlast the link's round trip");
  EXPECT_EQ(ok({"scan", "--clock-period", "10ps"}).clock_period, 10u);
  EXPECT_EQ(ok({"scan", "--link-latency", "130us"}).link_latency, 130 * kUs);
}

TEST(CliOptions, AValueThatLooksLikeAnOptionIsRejected) {
  // "--json --verbose" would write a file named --verbose.
  bad({"scan", "--json", "--verbose"}, "--json needs a value, not the option '--verbose'");
  bad({"scan", "--seed", "--namespaces", "4"}, "--seed needs a value");
  EXPECT_EQ(ok({"scan", "--json=--odd-name.json"}).json, "--odd-name.json") << "named inline";
}

TEST(CliOptions, TwoOutputsOnOneFileAreRejected) {
  bad({"scan", "--json", "out.json", "--timeline", "out.json"},
      "--json and --timeline name the same file 'out.json'");
  bad({"scan", "--tlp-log", "x.log", "--cmd-log", "./x.log"}, "--tlp-log and --cmd-log");
  bad({"compare", "--waveform", "w.fst", "--trace-events", "w.fst"}, "--waveform and");
  const Options o = ok({"scan", "--json", "a.json", "--timeline", "a.svg", "--tlp-log", "a.log"});
  EXPECT_EQ(o.timeline, "a.svg");
}

TEST(CliOptions, FaultOptionsTakeTheirValues) {
  const Options o =
      ok({"scan",  "--namespaces",  "8",      "--fatal-at",    "2ms",      "--drop-completion",
          "3",     "--detach-nsid", "2@5ms",  "--attach-nsid", "12@1ms",   "--attach-nsid",
          "2@9ms", "--lie-nsid",    "4=ncap", "--lie-nsid",    "5=flbas",  "--list-lie",
          "zero",  "--nn",          "100",    "--read-fault",  "timeout@7"});
  EXPECT_EQ(o.fatal_at, 2 * kMs);
  EXPECT_EQ(o.drop_completion_nsid, 3u);
  ASSERT_EQ(o.ns_changes.size(), 3u);
  // In time order, whatever the order given.
  EXPECT_EQ(o.ns_changes[0].nsid, 12u);
  EXPECT_TRUE(o.ns_changes[0].attach);
  EXPECT_EQ(o.ns_changes[1].nsid, 2u);
  EXPECT_FALSE(o.ns_changes[1].attach);
  EXPECT_EQ(o.ns_changes[2].at, 9 * kMs);
  EXPECT_EQ(o.final_nsids(), (std::vector<uint32_t>{1, 2, 3, 4, 5, 6, 7, 8, 12}));
  EXPECT_EQ(o.ns_lies.at(4), "ncap");
  EXPECT_EQ(o.ns_lies.at(5), "flbas");
  EXPECT_EQ(o.list_lie, "zero");
  EXPECT_EQ(o.nn, 100u);
  EXPECT_EQ(o.read_fault, "timeout");
  EXPECT_EQ(o.read_fault_at, 7u);
}

TEST(CliOptions, BadFaultOptionsAreRejected) {
  bad({"scan", "--fatal-at", "0s"}, "--fatal-at: '0s' is not a duration above 0");
  bad({"scan", "--drop-completion", "20"}, "--drop-completion: NSID 20 is not among");
  bad({"scan", "--detach-nsid", "3"}, "--detach-nsid: '3' is not NSID@DURATION");
  bad({"scan", "--detach-nsid", "30@1ms"}, "NSID 30 is not attached then");
  bad({"scan", "--attach-nsid", "3@1ms"}, "NSID 3 is already attached then");
  bad({"scan", "--detach-nsid", "3@2ms", "--detach-nsid", "3@4ms"}, "NSID 3 is not attached");
  bad({"scan", "--lie-nsid", "3=maybe"}, "--lie-nsid: '3=maybe' is not NSID=LIE");
  bad({"scan", "--lie-nsid", "3=ncap", "--lie-nsid", "3=flbas"}, "NSID 3 given twice");
  bad({"scan", "--list-lie", "sorted"}, "--list-lie: 'sorted' is not");
  bad({"scan", "--nn", "5"}, "--nn: 5 is below the largest NSID listed");
  bad({"scan", "--nn", "0"}, "--nn: '0' is not a count");
  bad({"scan", "--read-fault", "ur@0"}, "--read-fault: 'ur@0' is not ur@N or timeout@N");
  bad({"scan", "--read-fault", "ca@1"}, "--read-fault: 'ca@1'");
}

}  // namespace
}  // namespace cli
