// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's output: the `nvme list` table, the timing summary, the comparison table and the
// JSON files (schema in docs/cli.md). No SystemC: it formats RunOutcomes.

#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "cli_options.h"
#include "run_outcome.h"

namespace cli {

// One strategy of `compare`: the run at the first seed, and whether names stayed the same.
struct StrategyRow {
  RunOutcome run;             // at options.seed
  bool names_stable = false;  // the NSID -> node mapping is the same for every seed checked
  unsigned seeds_checked = 0;
};

// "4.837 ms": simulated nanoseconds as the reports print them.
std::string format_ms(uint64_t ns);

// "Linux 6.1", "stock Linux 6.12", ...: what linux's --kernel NAME boots.
std::string kernel_description(const std::string& kernel);

// "1.07 GB": decimal gigabytes, as nvme-cli prints sizes.
std::string format_size(uint64_t bytes);

// "QEMU NVMe Ctrl, SN hil-0001, FR 7.2.22, VID 1b36, NVMe 1.4.0, NN 256"
std::string describe_controller(const ControllerIdentity& controller);
// "512 B", "4 KiB"
std::string format_block_size(unsigned bytes);

// The `nvme list` table, rows in node order (nvme0n1, nvme0n2, ...), after a line naming the
// controller Identify Controller described.
void print_namespace_table(std::FILE* out, const RunOutcome& run);
void print_scan_summary(std::FILE* out, const Options& options, const RunOutcome& run);
void print_settings_line(std::FILE* out, const Options& options, const std::string& strategy);
// One row per strategy (kernel), scan times as ratios to the `baseline` row's.
void print_compare_table(std::FILE* out, const Options& options,
                         const std::vector<StrategyRow>& rows, const std::string& baseline);

// JSON documents; false (and `error`) if the file cannot be written.
// `extra_members`: more members for the top-level object ("  \"key\": value", comma-separated,
// no trailing comma), after the scan schema's own.
std::string scan_json(const Options& options, const RunOutcome& run,
                      const std::string& extra_members = "");
std::string compare_json(const Options& options, const std::vector<StrategyRow>& rows);
bool write_file(const std::string& path, const std::string& text, std::string* error);

// A JSON string literal with escapes.
std::string json_string(const std::string& text);
// A duration in picoseconds as JSON nanoseconds: an integer when whole, else decimals.
std::string json_ns(Picoseconds ps);

}  // namespace cli
