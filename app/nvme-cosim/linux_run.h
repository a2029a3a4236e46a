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
  // NVM I/O commands as the controller saw them (device side, decoded from the TLPs), in fetch
  // order: what the kernel read and wrote, and /init's dd and fio.
  struct IoCommand {
    uint16_t qid = 0;
    uint16_t cid = 0;
    uint8_t opcode = 0;
    uint32_t nsid = 0;
    uint64_t slba = 0;
    uint32_t blocks = 0;        // Read, Write, Write Zeroes: NLB + 1; else 0
    uint64_t fetched_ns = 0;    // the completion carrying the entry went down the link
    uint64_t completed_ns = 0;  // the CQE arrived at the root complex
    bool completed = false;
    uint16_t status = 0;   // SCT and SC, as the CQE's DW3 31:17
    bool by_init = false;  // fetched after /init's marker: dd and fio, not the kernel's own
  };
  std::vector<IoCommand> io_commands;
  // Console lines that report a failed or abandoned I/O ("I/O error", "Buffer I/O error",
  // "unable to read partition table", nvme timeouts, aborts and resets): a run with any fails.
  std::vector<std::string> io_error_log;
  bool guest_io = false;  // /init was asked for the dd check and fio (NVMECOSIM_IO=1)
  std::string io_check;   // /init's io-check line: "dd ok: ...", "dd failed: ...", "skipped: ..."
  std::string io_check_err;  // dd's and cmp's messages
  std::string fio_json;      // fio's report
  std::string fio_err;       // fio's messages
  int fio_status = -1;       // fio's exit status; -1: not run
  uint64_t virt_pci_requests = 0;
  uint64_t msis = 0;
  uint64_t failed_accesses = 0;
};

// Where `make linux` put the kernels and the guest's root: --linux-dir, or linux/ next to
// this program.
std::string linux_dir(const Options& options);
// Empty when `kernel` ("stock", "ordered", "6.1") and the root directory are built, else the
// error naming what is missing and how to build it.
std::string linux_kernel_missing(const Options& options, const std::string& kernel);

// Runs in the calling process (SystemC elaborates once per process).
LinuxOutcome run_linux(const Options& options, const LogFiles& logs);

// The command: prints the tables, writes --json; returns the exit status.
int linux_command(const Options& options, const LogFiles& logs);

}  // namespace cli
