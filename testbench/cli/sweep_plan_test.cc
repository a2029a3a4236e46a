// SPDX-License-Identifier: Apache-2.0
// The sweep without the simulation (sweep_plan.h): the matrix, the shards, each case's command,
// the options, the results file, the JUnit report and the merge.

#include "sweep_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "cli_options.h"
#include "scenario_draw.h"

namespace cli {
namespace {

SweepMatrix small_matrix() {
  SweepMatrix m;
  m.first_seed = 5;
  m.last_seed = 7;
  m.scenarios = {Scenario::kScan, Scenario::kIo, Scenario::kLinux, Scenario::kFaults};
  return m;
}

std::vector<std::string> ids(const std::vector<SweepCase>& cases) {
  std::vector<std::string> out;
  for (const SweepCase& c : cases) out.push_back(c.id());
  return out;
}

TEST(SweepMatrix, CasesInScenarioStrategySeedOrder) {
  const std::vector<SweepCase> cases = matrix_cases(small_matrix());
  // scan: 4 strategies x 3 seeds; io: 3 seeds; linux: 3 kernels x 3 seeds; faults: 4 x 3.
  ASSERT_EQ(cases.size(), 12u + 3u + 9u + 12u);
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(cases[i].index, i);
  const std::vector<std::string> got = ids(cases);
  EXPECT_EQ(got[0], "scan.sequential.seed5");
  EXPECT_EQ(got[2], "scan.sequential.seed7");
  EXPECT_EQ(got[3], "scan.async.seed5");
  EXPECT_EQ(got[11], "scan.nsid.seed7");
  EXPECT_EQ(got[12], "io.seed5");
  EXPECT_EQ(got[15], "linux.sequential.seed5");
  EXPECT_EQ(got[23], "linux.ordered.seed7");  // nsid has no kernel
  EXPECT_EQ(got[24], "faults.sequential.seed5");
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()).size(), got.size());
}

TEST(SweepMatrix, SeedRangeEndingAtTheLargestSeedStops) {
  SweepMatrix m;
  m.first_seed = UINT32_MAX - 1;
  m.last_seed = UINT32_MAX;
  m.strategies = {"ordered"};
  m.scenarios = {Scenario::kScan};
  EXPECT_EQ(ids(matrix_cases(m)), (std::vector<std::string>{"scan.ordered.seed4294967294",
                                                            "scan.ordered.seed4294967295"}));
}

TEST(SweepShards, DisjointCoverTheMatrixAndMixScenarios) {
  const std::vector<SweepCase> cases = matrix_cases(small_matrix());
  for (unsigned count : {1u, 2u, 5u, 36u, 50u}) {
    std::multiset<std::string> seen;
    for (unsigned index = 0; index < count; ++index) {
      const std::vector<SweepCase> shard = shard_cases(cases, index, count);
      // Sizes differ by at most one.
      EXPECT_LE(shard.size(), cases.size() / count + 1);
      EXPECT_GE(shard.size(), cases.size() / count);
      for (const SweepCase& c : shard) {
        EXPECT_EQ(c.index % count, index);
        seen.insert(c.id());
      }
    }
    const std::vector<std::string> all = ids(cases);
    EXPECT_EQ(seen, std::multiset<std::string>(all.begin(), all.end())) << count << " shards";
  }
  // Round robin: with 4 shards, shard 1 has cases of every scenario.
  std::set<Scenario> scenarios;
  for (const SweepCase& c : shard_cases(cases, 1, 4)) scenarios.insert(c.scenario);
  EXPECT_EQ(scenarios.size(), 4u);
}

TEST(SweepCases, ArgumentsOfEachScenarioParse) {
  const SweepMatrix m = small_matrix();
  for (const SweepCase& c : matrix_cases(m)) {
    const std::vector<std::string> args = case_args(m, c);
    std::vector<const char*> argv = {"nvme-cosim"};
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    const ParseResult parsed = parse_options(static_cast<int>(argv.size()), argv.data());
    ASSERT_EQ(parsed.status, ParseResult::Status::kOk) << c.id() << ": " << parsed.message;
    const Options& o = parsed.options;
    EXPECT_EQ(o.seed, c.seed) << c.id();
    switch (c.scenario) {
      case Scenario::kScan:
        EXPECT_EQ(args, (std::vector<std::string>{"scan", "--strategy", c.strategy, "--seed",
                                                  std::to_string(c.seed), "--namespaces", "19"}));
        break;
      case Scenario::kFaults:
        EXPECT_EQ(o.command, Command::kScan);
        EXPECT_EQ(o.strategy, c.strategy) << c.id();
        break;
      case Scenario::kIo:
        EXPECT_EQ(o.command, Command::kIo);
        EXPECT_TRUE(o.io.verify);
        EXPECT_LE(o.io.size, uint64_t{1} << 20);
        break;
      case Scenario::kLinux:
        EXPECT_EQ(o.command, Command::kLinux);
        EXPECT_EQ(o.kernel, kernel_for_strategy(c.strategy));
        EXPECT_FALSE(o.guest_nvme_cli);
        EXPECT_EQ(o.nsids.size(), 19u);
        break;
    }
  }
}

TEST(SweepCases, KernelsImplementTheirStrategies) {
  EXPECT_EQ(kernel_for_strategy("sequential"), "6.1");
  EXPECT_EQ(kernel_for_strategy("async"), "stock");
  EXPECT_EQ(kernel_for_strategy("ordered"), "ordered");
  EXPECT_EQ(kernel_for_strategy("nsid"), "");
}

// io workloads drawn over many seeds stay valid, reach every pattern and split above MDTS.
TEST(SweepCases, IoWorkloadsAreValidAndVaried) {
  std::set<std::string> patterns;
  std::set<uint64_t> block_sizes;
  for (uint32_t seed = 0; seed < 300; ++seed) {
    std::vector<std::string> args = {"nvme-cosim", "io"};
    for (const std::string& arg : draw_io_workload(seed)) args.push_back(arg);
    std::vector<const char*> argv;
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    const ParseResult parsed = parse_options(static_cast<int>(argv.size()), argv.data());
    ASSERT_EQ(parsed.status, ParseResult::Status::kOk) << seed << ": " << parsed.message;
    const IoWorkload& w = parsed.options.io;
    patterns.insert(io_pattern_name(w.pattern));
    block_sizes.insert(w.bs);
    EXPECT_EQ(w.size % w.bs, 0u);
    EXPECT_GE(w.size / w.bs, 1u);
    EXPECT_EQ(draw_io_workload(seed), draw_io_workload(seed));
  }
  EXPECT_EQ(patterns.size(), 5u);
  EXPECT_TRUE(block_sizes.count(512) && block_sizes.count(256 * 1024));
}

TEST(SweepCases, CommandLinesQuoteWhatTheShellWouldSplit) {
  EXPECT_EQ(shell_quote("--slow-nsid"), "--slow-nsid");
  EXPECT_EQ(shell_quote("3=1000s"), "3=1000s");
  EXPECT_EQ(shell_quote("uniform:20us-300us"), "uniform:20us-300us");
  EXPECT_EQ(shell_quote(""), "''");
  EXPECT_EQ(shell_quote("a b"), "'a b'");
  EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(shell_quote("$HOME"), "'$HOME'");
  EXPECT_EQ(command_line("build/nvme-cosim", {"scan", "--seed", "3"}),
            "build/nvme-cosim scan --seed 3");
  EXPECT_EQ(command_line("", {"--seeds", "1-2"}), "--seeds 1-2");
}

SweepParse parse(const std::vector<std::string>& args) { return parse_sweep_options(args); }

TEST(SweepOptions, DefaultsAndEveryOption) {
  SweepParse p = parse({});
  ASSERT_EQ(p.status, SweepParse::Status::kOk);
  EXPECT_EQ(
      p.options.matrix.args(),
      (std::vector<std::string>{"--seeds", "1-100", "--strategies", "sequential,async,ordered,nsid",
                                "--scenarios", "scan,faults,io", "--namespaces", "19"}));
  EXPECT_EQ(p.options.jobs, 0u);
  EXPECT_EQ(p.options.shard_count, 1u);
  EXPECT_EQ(p.options.out, "sweep-results");
  EXPECT_EQ(p.options.case_timeout_seconds, 600);

  p = parse({"--seeds", "3-9", "--strategies", "ordered,async", "--scenarios", "all",
             "--namespaces", "7", "-j", "3", "--shard", "2/5", "--out", "o", "--junit", "j.xml",
             "--resume", "--case-timeout", "1.5s"});
  ASSERT_EQ(p.status, SweepParse::Status::kOk) << p.message;
  const SweepOptions& o = p.options;
  EXPECT_EQ(o.matrix.first_seed, 3u);
  EXPECT_EQ(o.matrix.last_seed, 9u);
  EXPECT_EQ(o.matrix.strategies, (std::vector<std::string>{"ordered", "async"}));
  EXPECT_EQ(o.matrix.scenarios.size(), 4u);
  EXPECT_EQ(o.matrix.namespaces, 7u);
  EXPECT_EQ(o.jobs, 3u);
  EXPECT_EQ(o.shard_index, 2u);
  EXPECT_EQ(o.shard_count, 5u);
  EXPECT_EQ(o.out, "o");
  EXPECT_EQ(o.junit, "j.xml");
  EXPECT_TRUE(o.resume);
  EXPECT_DOUBLE_EQ(o.case_timeout_seconds, 1.5);
  // A matrix's own arguments give it back.
  const SweepParse again = parse(o.matrix.args());
  ASSERT_EQ(again.status, SweepParse::Status::kOk);
  EXPECT_EQ(again.options.matrix.args(), o.matrix.args());
  EXPECT_EQ(parse({"--seeds", "8"}).options.matrix.last_seed, 8u);
  EXPECT_DOUBLE_EQ(parse({"--case-timeout", "2h"}).options.case_timeout_seconds, 7200);
  EXPECT_DOUBLE_EQ(parse({"--case-timeout", "30m"}).options.case_timeout_seconds, 1800);
  EXPECT_DOUBLE_EQ(parse({"--case-timeout", "250ms"}).options.case_timeout_seconds, 0.25);
  EXPECT_EQ(parse({"--help"}).status, SweepParse::Status::kHelp);
}

TEST(SweepOptions, BadValuesAreErrorsNamingTheOption) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"--seeds", "9-3"}, "--seeds: '9-3'"},
      {{"--seeds", "1-4294967296"}, "--seeds"},
      {{"--seeds", "0-4294967295"}, "more than 10000000 seeds"},
      {{"--strategies", "fast"}, "--strategies: 'fast'"},
      {{"--strategies", "async,async"}, "given twice"},
      {{"--strategies", ""}, "--strategies: ''"},
      {{"--scenarios", "boot"}, "--scenarios: 'boot'"},
      {{"--scenarios", "io,io"}, "given twice"},
      {{"--namespaces", "0"}, "--namespaces"},
      {{"--namespaces", "8193"}, "--namespaces"},
      {{"-j", "0"}, "-j: '0'"},
      {{"--jobs", "x"}, "--jobs"},
      {{"--shard", "3/3"}, "--shard: '3/3'"},
      {{"--shard", "1"}, "--shard"},
      {{"--shard", "0/0"}, "--shard"},
      {{"--case-timeout", "0s"}, "--case-timeout"},
      {{"--case-timeout", "10"}, "--case-timeout"},
      {{"--case-timeout", "8d"}, "--case-timeout"},
      {{"--case-timeout", "169h"}, "--case-timeout"},
      {{"--case-timeout", ".5s"}, "--case-timeout"},
      {{"--case-timeout", "1.s"}, "--case-timeout"},
      {{"--out", "--resume"}, "--out needs a path"},
      {{"--out"}, "--out needs a value"},
      {{"--bogus"}, "unknown option '--bogus'"},
  };
  for (const auto& [args, message] : bad) {
    const SweepParse p = parse(args);
    EXPECT_EQ(p.status, SweepParse::Status::kError) << args[0];
    EXPECT_NE(p.message.find(message), std::string::npos) << p.message;
    EXPECT_EQ(p.message.rfind("sweep: ", 0), 0u) << p.message;
  }
}

CaseResult failed_case() {
  CaseResult r;
  r.id = "faults.async.seed9";
  r.passed = false;
  r.wall_seconds = 1.25;
  r.simulated_ns = 123456789012;
  r.problems = {"registered NSIDs 1,2, expected 1,2,3", "a\ttab and a \\ backslash"};
  r.command = "nvme-cosim scan --nsids 1,2,3 --lie-nsid '3=flbas'";
  r.waveform_command = r.command + " --waveform w/faults.async.seed9.fst --verbose";
  r.log = "out/logs/faults.async.seed9.log";
  return r;
}

TEST(SweepResults, FileRoundTripsEveryField) {
  SweepRecord record;
  record.matrix_args = small_matrix().args();
  record.shard_index = 3;
  record.shard_count = 4;
  record.program = "build/nvme-cosim";
  CaseResult passed;
  passed.id = "io.seed5";
  passed.passed = true;
  passed.wall_seconds = 0.5;
  passed.command = "nvme-cosim io --seed 5";
  record.results = {passed, failed_case()};
  std::string text = results_header(record);
  for (const CaseResult& r : record.results) text += result_line(r);
  SweepRecord back;
  std::string error;
  ASSERT_TRUE(parse_results(text, &back, &error)) << error;
  EXPECT_EQ(back.matrix_args, record.matrix_args);
  EXPECT_EQ(back.shard_index, 3u);
  EXPECT_EQ(back.shard_count, 4u);
  EXPECT_EQ(back.program, record.program);
  ASSERT_EQ(back.results.size(), 2u);
  const CaseResult& r = back.results[1];
  const CaseResult want = failed_case();
  EXPECT_EQ(r.id, want.id);
  EXPECT_FALSE(r.passed);
  EXPECT_DOUBLE_EQ(r.wall_seconds, 1.25);
  EXPECT_EQ(r.simulated_ns, want.simulated_ns);
  EXPECT_EQ(r.problems, want.problems);
  EXPECT_EQ(r.command, want.command);
  EXPECT_EQ(r.waveform_command, want.waveform_command);
  EXPECT_EQ(r.log, want.log);
  EXPECT_TRUE(back.results[0].passed);
  EXPECT_TRUE(back.results[0].problems.empty());

  // A sweep killed while writing leaves a last line without its newline: dropped.
  std::string cut = text + result_line(failed_case());
  cut.pop_back();
  ASSERT_TRUE(parse_results(cut, &back, &error)) << error;
  EXPECT_EQ(back.results.size(), 2u);
}

TEST(SweepResults, MalformedFilesAreErrors) {
  SweepRecord record;
  std::string error;
  EXPECT_FALSE(parse_results("hello\n", &record, &error));
  EXPECT_EQ(error, "not an nvme-cosim sweep results file");
  const std::string header = "# nvme-cosim sweep results v1\nmatrix\t--seeds 1-2\nshard\t0/1\n";
  EXPECT_FALSE(parse_results(header + "case\tx\tmaybe\t1\t2\t\t\t\t\n", &record, &error));
  EXPECT_EQ(error, "line 4: malformed case line");
  EXPECT_FALSE(parse_results(header + "case\tx\tpassed\t1\n", &record, &error));
  EXPECT_FALSE(parse_results(header + "case\tx\tpassed\t1\t2\t\\q\t\t\t\n", &record, &error));
  EXPECT_FALSE(parse_results("# nvme-cosim sweep results v1\nshard\t2/2\n", &record, &error));
  EXPECT_EQ(error, "line 2: malformed shard '2/2'");
  EXPECT_FALSE(parse_results("# nvme-cosim sweep results v1\nshard\t0/1\n", &record, &error));
  EXPECT_EQ(error, "the header has no matrix or shard line");
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(SweepReport, JunitCountsEscapesAndCarriesTheCommands) {
  SweepMatrix m;
  m.first_seed = 9;
  m.last_seed = 9;
  m.strategies = {"async"};
  m.scenarios = {Scenario::kScan, Scenario::kFaults};
  const std::vector<SweepCase> cases = matrix_cases(m);  // scan.async.seed9, faults.async.seed9
  std::map<std::string, CaseResult> results;
  results["faults.async.seed9"] = failed_case();
  const std::string xml = junit_xml(cases, results, "the sweep was interrupted", "0/1");
  EXPECT_NE(xml.find("<testsuites name=\"nvme-cosim sweep\" tests=\"2\" failures=\"1\" "
                     "errors=\"0\" skipped=\"1\" time=\"1.250\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testsuite name=\"scan\" tests=\"1\" failures=\"0\" errors=\"0\" "
                     "skipped=\"1\""),
            std::string::npos);
  EXPECT_NE(xml.find("<testcase classname=\"sweep.scan.async\" name=\"seed 9\" time=\"0.000\">\n"
                     "      <skipped message=\"not run: the sweep was interrupted\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<testcase classname=\"sweep.faults.async\" name=\"seed 9\" time=\"1.250\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<failure message=\"registered NSIDs 1,2, expected 1,2,3\" type=\"failed\">"),
            std::string::npos);
  EXPECT_NE(xml.find("reproduce:     nvme-cosim scan --nsids 1,2,3 --lie-nsid &apos;3=flbas&apos;"),
            std::string::npos);
  EXPECT_NE(xml.find("with waveform: nvme-cosim scan"), std::string::npos);
  EXPECT_NE(xml.find("log:           out/logs/faults.async.seed9.log"), std::string::npos);
  EXPECT_EQ(count(xml, "<testcase "), 2u);
  EXPECT_EQ(count(xml, "</testcase>"), 2u);
  EXPECT_EQ(count(xml, "<testsuite "), 2u);

  // Control characters are not allowed in XML 1.0, even as references.
  results["faults.async.seed9"].problems = {std::string("bell\x07 & <tag>")};
  const std::string escaped = junit_xml(cases, results, "", "0/1");
  EXPECT_NE(escaped.find("message=\"bell? &amp; &lt;tag&gt;\""), std::string::npos);
}

TEST(SweepReport, SummaryTableRowsPerScenarioAndStrategy) {
  SweepMatrix m;
  m.first_seed = 1;
  m.last_seed = 2;
  m.strategies = {"async", "ordered"};
  m.scenarios = {Scenario::kScan, Scenario::kIo};
  std::map<std::string, CaseResult> results;
  for (const SweepCase& c : matrix_cases(m)) {
    if (c.id() == "io.seed2") continue;
    CaseResult r;
    r.id = c.id();
    r.passed = c.id() != "scan.ordered.seed1";
    r.simulated_ns = 2'000'000;
    r.wall_seconds = 0.25;
    results[r.id] = r;
  }
  const std::string table = summary_table(matrix_cases(m), results);
  EXPECT_NE(table.find("scan     async             2       2       0        0        2.000 ms "
                       "     0.5 s\n"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("scan     ordered           2       1       1        0"), std::string::npos);
  EXPECT_NE(table.find("io       -                 2       1       0        1"), std::string::npos);
  EXPECT_NE(table.find("total                      6       4       1        1"), std::string::npos)
      << table;
}

SweepRecord shard_record(unsigned index, unsigned count, const std::vector<std::string>& case_ids) {
  SweepRecord r;
  r.matrix_args = {"--seeds", "1-2"};
  r.shard_index = index;
  r.shard_count = count;
  for (const std::string& id : case_ids) {
    CaseResult c;
    c.id = id;
    c.passed = true;
    r.results.push_back(c);
  }
  return r;
}

TEST(SweepMerge, CombinesShardsAndNamesTheMissing) {
  SweepRecord merged;
  std::vector<unsigned> missing;
  std::string error;
  ASSERT_TRUE(merge_records({shard_record(2, 3, {"a"}), shard_record(0, 3, {"b", "c"})}, &merged,
                            &missing, &error))
      << error;
  EXPECT_EQ(merged.results.size(), 3u);
  EXPECT_EQ(missing, std::vector<unsigned>{1});
  EXPECT_EQ(merged.matrix_args, (std::vector<std::string>{"--seeds", "1-2"}));

  SweepRecord other = shard_record(1, 3, {"d"});
  other.matrix_args = {"--seeds", "1-3"};
  EXPECT_FALSE(merge_records({shard_record(0, 3, {}), other}, &merged, &missing, &error));
  EXPECT_EQ(error, "shard 1/3 is of another matrix (--seeds 1-3, not --seeds 1-2)");
  EXPECT_FALSE(
      merge_records({shard_record(0, 3, {}), shard_record(1, 2, {})}, &merged, &missing, &error));
  EXPECT_EQ(error, "shard 1/2 is of a split into 2 shards, not 3");
  EXPECT_FALSE(
      merge_records({shard_record(0, 2, {}), shard_record(0, 2, {})}, &merged, &missing, &error));
  EXPECT_EQ(error, "shard 0/2 is given twice");
  EXPECT_FALSE(merge_records({shard_record(0, 2, {"a"}), shard_record(1, 2, {"a"})}, &merged,
                             &missing, &error));
  EXPECT_EQ(error, "case a has two results");
  EXPECT_FALSE(merge_records({}, &merged, &missing, &error));
}

}  // namespace
}  // namespace cli
