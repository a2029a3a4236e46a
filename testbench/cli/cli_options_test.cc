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

TEST(CliOptions, VfioTakesTheDriversOptionsAndRefusesTheSimulations) {
  const Options scan = ok({"scan", "--vfio", "00:04.0", "--strategy", "async", "--json", "x.json",
                           "--cmd-log", "c.log", "--admin-timeout", "5s", "--verbose"});
  EXPECT_EQ(scan.vfio, "0000:00:04.0");
  EXPECT_EQ(scan.strategy, "async");
  EXPECT_EQ(ok({"compare", "--vfio", "0000:00:04.0", "--seeds", "3"}).seeds, 3u);
  const Options io = ok({"io", "--vfio", "0000:04:00.0", "--rw", "randrw", "--verify", "--seed",
                         "7", "--queues", "2"});
  EXPECT_EQ(io.vfio, "0000:04:00.0");
  EXPECT_EQ(io.seed, 7u);
  EXPECT_TRUE(ok({"scan"}).vfio.empty());

  bad({"scan", "--vfio", "04.0"}, "--vfio: '04.0' is not a PCI address");
  bad({"linux", "--vfio", "00:04.0"}, "--vfio applies to scan, compare and io");
  const std::pair<const char*, const char*> simulation_options[] = {{"--latency", "fixed:1ms"},
                                                                    {"--namespaces", "4"},
                                                                    {"--waveform", "w.fst"},
                                                                    {"--tlp-log", "t.log"},
                                                                    {"--clock-period", "4ns"},
                                                                    {"--fail-nsid", "1"},
                                                                    {"--slots", "4"}};
  for (const auto& [option, value] : simulation_options) {
    bad({"scan", "--vfio", "00:04.0", option, value},
        std::string(option) + " configures the simulation, not a device");
  }
  bad({"scan", "--no-skip", "--vfio", "00:04.0"}, "--no-skip configures the simulation");
  bad({"io", "--vfio", "00:04.0", "--media-latency", "1us"}, "--media-latency configures");
  bad({"scan", "--vfio", "00:04.0", "--seed", "3"}, "--seed sets the simulated controller's");
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

TEST(CliOptions, IoDefaults) {
  const Options o = ok({"io"});
  EXPECT_EQ(o.command, Command::kIo);
  EXPECT_STREQ(command_name(o.command), "io");
  EXPECT_EQ(o.nsids, std::vector<uint32_t>{1}) << "one namespace; the I/O goes to NSID 1";
  EXPECT_EQ(o.io.pattern, IoPattern::kRead);
  EXPECT_EQ(o.io.read_percent, 50u);
  EXPECT_EQ(o.io.bs, 4096u);
  EXPECT_EQ(o.io.iodepth, 1u);
  EXPECT_EQ(o.io.queues, 1u);
  EXPECT_EQ(o.io.size, 1024u * 1024);
  EXPECT_FALSE(o.io.runtime);
  EXPECT_FALSE(o.io.verify);
  EXPECT_EQ(o.io.media_latency, 10 * kUs);
  EXPECT_EQ(o.io.media_bandwidth, 0.0) << "unlimited";
  EXPECT_EQ(o.io.media_bandwidth_text, "unlimited");
  EXPECT_EQ(o.io.io_timeout, 30 * kS) << "Linux's io_timeout";
  EXPECT_EQ(media_bytes_per_cycle(o.io, o.clock_period), 0.0);
}

TEST(CliOptions, IoOptionsTakeTheirValues) {
  const Options o = ok({"io",        "--rw",
                        "randrw",    "--rwmixread",
                        "70",        "--bs",
                        "128k",      "--iodepth",
                        "32",        "--queues=4",
                        "--size",    "64m",
                        "--runtime", "2ms",
                        "--verify",  "--media-latency",
                        "25us",      "--media-bandwidth",
                        "4GB/s",     "--io-timeout",
                        "1s",        "--seed",
                        "7",         "--namespaces",
                        "3",         "--ns-blocks",
                        "1000000",   "--block-size",
                        "4096",      "--clock-period",
                        "2ns",       "--link-latency",
                        "500ns",     "--no-skip",
                        "--verbose", "--json",
                        "io.json",   "--waveform",
                        "io.fst",    "--tlp-log",
                        "tlp.log",   "--cmd-log",
                        "cmd.log",   "--trace-events",
                        "trace.json"});
  EXPECT_EQ(o.io.pattern, IoPattern::kRandRw);
  EXPECT_EQ(o.io.read_percent, 70u);
  EXPECT_EQ(o.io.bs, 128u * 1024);
  EXPECT_EQ(o.io.iodepth, 32u);
  EXPECT_EQ(o.io.queues, 4u);
  EXPECT_EQ(o.io.size, 64u * 1024 * 1024);
  EXPECT_EQ(o.io.runtime, 2 * kMs);
  EXPECT_TRUE(o.io.verify);
  EXPECT_EQ(o.io.media_latency, 25 * kUs);
  EXPECT_EQ(o.io.media_bandwidth, 4e9);
  EXPECT_EQ(o.io.media_bandwidth_text, "4GB/s");
  EXPECT_DOUBLE_EQ(media_bytes_per_cycle(o.io, o.clock_period), 8.0) << "4 GB/s at 2 ns";
  EXPECT_EQ(o.io.io_timeout, kS);
  EXPECT_EQ(o.seed, 7u);
  EXPECT_EQ(o.nsids, range(1, 3));
  EXPECT_EQ(o.block_bytes, 4096u);
  EXPECT_FALSE(o.skip_idle);
  EXPECT_EQ(o.json, "io.json");
  EXPECT_EQ(o.trace_events, "trace.json");
  for (const char* rw : {"read", "write", "randread", "randwrite", "randrw"}) {
    EXPECT_STREQ(io_pattern_name(ok({"io", "--rw", rw}).io.pattern), rw);
  }
  EXPECT_EQ(ok({"io", "--iodepth", "1023", "--bs", "4k"}).io.iodepth, 1023u);
  EXPECT_EQ(ok({"io", "--queues", "16"}).io.queues, 16u);
  EXPECT_EQ(ok({"io", "--rw", "randrw", "--rwmixread", "0"}).io.read_percent, 0u);
  EXPECT_EQ(ok({"io", "--media-bandwidth", "unlimited"}).io.media_bandwidth, 0.0);
}

TEST(CliOptions, IoPatternsReadAndWrite) {
  EXPECT_TRUE(io_pattern_reads(IoPattern::kRead));
  EXPECT_FALSE(io_pattern_writes(IoPattern::kRead));
  EXPECT_FALSE(io_pattern_random(IoPattern::kRead));
  EXPECT_TRUE(io_pattern_writes(IoPattern::kWrite));
  EXPECT_FALSE(io_pattern_reads(IoPattern::kWrite));
  EXPECT_TRUE(io_pattern_random(IoPattern::kRandRead));
  EXPECT_TRUE(io_pattern_random(IoPattern::kRandWrite));
  EXPECT_TRUE(io_pattern_reads(IoPattern::kRandRw));
  EXPECT_TRUE(io_pattern_writes(IoPattern::kRandRw));
}

TEST(CliOptions, SizesTakeBinarySuffixes) {
  uint64_t size = 0;
  EXPECT_TRUE(parse_size("512", &size));
  EXPECT_EQ(size, 512u);
  for (const auto& [text, bytes] :
       std::initializer_list<std::pair<const char*, uint64_t>>{{"4k", 4096},
                                                               {"4K", 4096},
                                                               {"128k", 131072},
                                                               {"1m", 1048576},
                                                               {"64M", 67108864},
                                                               {"2g", 2147483648},
                                                               {"1G", 1073741824}}) {
    ASSERT_TRUE(parse_size(text, &size)) << text;
    EXPECT_EQ(size, bytes) << text;
  }
  for (const char* bad : {"", "0", "0k", "k", "-4k", "4kb", "4KiB", "1.5m", " 4k", "4k ", "0x10",
                          "17179869184g", "18446744073709551616"}) {
    EXPECT_FALSE(parse_size(bad, &size)) << bad;
  }
  EXPECT_EQ(format_bytes(4096), "4 KiB");
  EXPECT_EQ(format_bytes(1536 * 1024), "1536 KiB");
  EXPECT_EQ(format_bytes(64 * 1024 * 1024), "64 MiB");
  EXPECT_EQ(format_bytes(2u * 1024 * 1024 * 1024), "2 GiB");
  EXPECT_EQ(format_bytes(1000), "1000 B");
  EXPECT_EQ(format_bytes(0), "0 B");
}

TEST(CliOptions, BandwidthsTakeDecimalAndBinaryUnits) {
  double rate = 0;
  for (const auto& [text, bytes] :
       std::initializer_list<std::pair<const char*, double>>{{"4GB/s", 4e9},
                                                             {"3.2GiB/s", 3.2 * 1024 * 1024 * 1024},
                                                             {"500MB/s", 5e8},
                                                             {"800kB/s", 8e5},
                                                             {"800KB/s", 8e5},
                                                             {"1KiB/s", 1024},
                                                             {"1000B/s", 1000},
                                                             {"1.5TB/s", 1.5e12}}) {
    ASSERT_TRUE(parse_bandwidth(text, &rate)) << text;
    EXPECT_DOUBLE_EQ(rate, bytes) << text;
  }
  for (const char* bad : {"", "4GB", "4 GB/s", "GB/s", "0GB/s", "0.0MB/s", "1.GB/s", ".5GB/s",
                          "1e9B/s", "1iB/s", "1XB/s", "4gb/s", "-1GB/s", "unlimitedB/s"}) {
    EXPECT_FALSE(parse_bandwidth(bad, &rate)) << bad;
  }
}

TEST(CliOptions, BadIoValuesAreRejected) {
  bad({"io", "--rw", "rw"}, "--rw: 'rw' is not read, write, randread, randwrite or randrw");
  bad({"io", "--rw", "READ"}, "--rw: 'READ'");
  bad({"io", "--rw", "randrw", "--rwmixread", "101"}, "not a percentage from 0 to 100");
  bad({"io", "--rw", "randrw", "--rwmixread", "-1"}, "--rwmixread: '-1'");
  bad({"io", "--rwmixread", "70"}, "--rwmixread applies to --rw randrw only");
  bad({"io", "--rw", "randread", "--rwmixread", "70"}, "applies to --rw randrw only");
  bad({"io", "--bs", "256"}, "--bs: '256' is not a size from 512 to 64m");
  bad({"io", "--bs", "65m"}, "--bs: '65m'");
  bad({"io", "--bs", "4kb"}, "--bs: '4kb'");
  bad({"io", "--bs", "1000"}, "--bs: 1000 is not a multiple of 512 bytes");
  bad({"io", "--bs", "2k", "--block-size", "4096"},
      "--bs 2 KiB is not a multiple of the namespace's 4096-byte blocks");
  bad({"io", "--iodepth", "0"}, "--iodepth: '0' is not a depth from 1 to 1023");
  bad({"io", "--iodepth", "1024"}, "from 1 to 1023");
  bad({"io", "--queues", "0"}, "--queues: '0' is not a count from 1 to 16");
  bad({"io", "--queues", "17"}, "from 1 to 16");
  bad({"io", "--size", "0"}, "--size: '0' is not a size above 0");
  bad({"io", "--size", "1.5m"}, "--size: '1.5m'");
  bad({"io", "--size", "6k", "--bs", "4k"}, "--size 6 KiB is not a multiple of --bs 4 KiB");
  bad({"io", "--size", "2k", "--bs", "4k"}, "is not a multiple of --bs");
  bad({"io", "--size", "2g"}, "--size 2 GiB does not fit namespace 1 of 1 GiB");
  bad({"io", "--size", "1m", "--ns-blocks", "1024"}, "does not fit namespace 1 of 512 KiB");
  bad({"io", "--runtime", "0s"}, "--runtime: '0s' is not a duration above 0");
  bad({"io", "--runtime", "soon"}, "--runtime: 'soon'");
  bad({"io", "--media-latency", "10"}, "--media-latency: '10' is not a duration");
  bad({"io", "--media-bandwidth", "fast"}, "--media-bandwidth: 'fast' is not a rate");
  bad({"io", "--media-bandwidth", "4GB"}, "--media-bandwidth: '4GB'");
  bad({"io", "--media-bandwidth", "1kB/s"},
      "--media-bandwidth 1kB/s: below the media port's 1/65536 byte per clock of 4ns");
  bad({"io", "--media-bandwidth", "300TB/s"}, "65536 bytes per clock or more");
  bad({"io", "--io-timeout", "100ns"}, "--io-timeout: shorter than 1us");
  bad({"io", "--io-timeout", "never"}, "--io-timeout: 'never'");
  bad({"io", "--queues", "16", "--iodepth", "1023", "--bs", "64k"},
      "--queues x --iodepth x --bs: 1023 MiB of data buffers, above the 256 MiB");
  bad({"io", "--verify=1"}, "--verify takes no value");
  bad({"io", "--bs"}, "--bs needs a value");
}

TEST(CliOptions, OptionsThatDoNotApplyToIoAreRejected) {
  for (const char* option :
       {"--strategy", "--latency", "--slots", "--admin-timeout", "--admin-depth", "--nsids",
        "--fail-nsid", "--zero-capacity-nsid", "--slow-nsid", "--timeline", "--fatal-at",
        "--read-fault", "--seeds", "--name-cost", "--kernel"}) {
    bad({"io", option, "1"}, std::string(option) + " does not apply to io");
  }
  bad({"io", "--no-nvme-cli"}, "--no-nvme-cli applies to linux only");
  for (const char* option :
       {"--rw", "--bs", "--iodepth", "--queues", "--size", "--runtime", "--media-latency",
        "--media-bandwidth", "--io-timeout", "--rwmixread"}) {
    bad({"scan", option, "1"}, std::string(option) + " applies to io only");
  }
  bad({"compare", "--verify"}, "--verify applies to io only");
  bad({"io", "--json", "a.json", "--cmd-log", "a.json"}, "--json and --cmd-log");
}

TEST(CliOptions, IoHelpListsEveryOption) {
  const ParseResult usage = parse({"--help"});
  EXPECT_NE(usage.message.find("nvme-cosim io [options]"), std::string::npos);
  const ParseResult help = parse({"io", "--help"});
  EXPECT_EQ(help.status, ParseResult::Status::kHelp);
  for (const char* text : {"--rw PATTERN",
                           "--rwmixread PCT",
                           "--bs SIZE",
                           "--iodepth N",
                           "--queues N",
                           "--size SIZE",
                           "--runtime DURATION",
                           "--verify",
                           "--media-latency DURATION",
                           "--media-bandwidth RATE",
                           "--io-timeout DURATION",
                           "--seed N",
                           "--namespaces N",
                           "--ns-blocks N",
                           "--block-size",
                           "--clock-period",
                           "--link-latency",
                           "--no-skip",
                           "--json FILE",
                           "--waveform FILE",
                           "--tlp-log FILE",
                           "--cmd-log FILE",
                           "--trace-events FILE",
                           "--verbose",
                           "default read",
                           "default 50",
                           "default 4k",
                           "default 1m",
                           "default 10us",
                           "default unlimited",
                           "default 30s"}) {
    EXPECT_NE(help.message.find(text), std::string::npos) << text;
  }
  EXPECT_EQ(help.message.find("--strategy"), std::string::npos);
}

}  // namespace
}  // namespace cli
