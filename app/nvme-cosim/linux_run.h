// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim linux`: User-Mode Linux 6.12 boots against the co-simulated controller, its own
// NVMe driver scans and names the namespaces, and /init reports what sysfs and nvme-cli show
// (docs/linux.md).

#pragma once

#include <string>
#include <vector>

#include "cli_options.h"
#include "protocol_logs.h"
#include "run_outcome.h"

namespace cli {

struct LinuxOutcome {
  RunOutcome run;            // scan.namespaces from sysfs; Identify times from the device side
  std::string kernel;        // "stock" or "ordered"
  std::string guest_status;  // /init's verdict: "done" (every namespace appeared) or "timeout"
  std::string nvme_list;     // `nvme list` inside the guest
  std::string id_ctrl_json;  // `nvme id-ctrl /dev/nvme0 -o json`
  std::string id_ns_json;    // `nvme id-ns /dev/nvme0n1 -o json`
  std::vector<std::string> nvme_log;          // the console's lines from the nvme driver
  std::vector<CommandRecord> admin_commands;  // device side, in submission order
  uint64_t virt_pci_requests = 0;
  uint64_t msis = 0;
  uint64_t failed_accesses = 0;
};

// Runs in the calling process (SystemC elaborates once per process).
LinuxOutcome run_linux(const Options& options, const LogFiles& logs);

// "Linux 6.1", "stock Linux 6.12", ...: what --kernel NAME boots.
std::string kernel_description(const std::string& kernel);

// The command: prints the tables, writes --json; returns the exit status.
int linux_command(const Options& options, const LogFiles& logs);

}  // namespace cli
