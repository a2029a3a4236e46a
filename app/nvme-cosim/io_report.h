// SPDX-License-Identifier: Apache-2.0
// nvme-cosim io's output: the settings line, the statistics and the JSON file (schema in
// docs/cli.md). No SystemC: it formats an IoOutcome.

#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "block_io.h"
#include "cli_options.h"
#include "io_workload.h"
#include "media_port.h"
#include "run_outcome.h"

namespace cli {

// What one io run produced.
struct IoOutcome {
  bool ok = false;    // the run itself: no I/O errors here, those are in `result`
  std::string error;  // why not ok
  IoResult result;
  ControllerIdentity controller;    // empty until bring-up identified it
  std::string platform;             // "co-simulation" or "vfio BDF"
  nvme::NamespaceFormat ns;         // NSID 1 as Identify Namespace reported it
  uint32_t max_transfer_bytes = 0;  // MDTS in bytes, 0: no limit
  unsigned max_payload_bytes = 0;   // PCIe Max Payload Size, as enumeration programmed it
  unsigned max_read_request_bytes = 0;
  common::MediaPortStats media;
  uint64_t media_latency_cycles = 0;
  double media_bytes_per_cycle = 0;  // 0: unlimited
  double wall_seconds = 0;           // sc_start to the workload's end
  uint64_t simulated_ns = 0;         // SystemC time when the workload ended
  uint64_t evaluated_cycles = 0;
  uint64_t skipped_cycles = 0;
};

// "nvme-cosim io: randread, bs 4 KiB, iodepth 32, 1 queue, size 1 MiB, seed 1, media 10us
// latency, unlimited bandwidth, 256-bit TLPs"
void print_io_settings_line(std::FILE* out, const Options& options);
void print_io_report(std::FILE* out, const Options& options, const IoOutcome& outcome);
std::string io_json(const Options& options, const IoOutcome& outcome);
// "3 I/O error(s): 1 status, 0 timeout, 2 verify; the first: ...": a run with errors() > 0.
std::string describe_io_errors(const IoResult& result);

// Per second of simulated time: `count` over `elapsed_ns` (0 when no time passed).
double per_second(uint64_t count, uint64_t elapsed_ns);

}  // namespace cli
