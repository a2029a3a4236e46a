// SPDX-License-Identifier: Apache-2.0
// nvme-cosim-fst: reads a co-simulation waveform (FST) alone and reports what a PCIe analyzer
// would: TLP counts and link utilization per direction, and per admin command the time from
// the SQ doorbell reaching the device to its completion entry, and on to the MSI-X message.

#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "pcie_tlp.h"

namespace fst_analysis {

// A TLP rebuilt from the stream ports of cosim_top.
struct TimedTlp {
  uint64_t time;  // ps: when the TLP's last beat crossed the device's boundary
  pcie::Tlp tlp;
};

// Every TLP on the link, as the waveform shows it.
struct Capture {
  std::vector<TimedTlp> down;  // host to device (rx_tlp_*)
  std::vector<TimedTlp> up;    // device to host (tx_tlp_*)
  uint64_t end_time = 0;       // ps
};

// One admin command, matched from its doorbell, SQE fetch, CQE write and MSI-X message.
struct AdminCommand {
  uint16_t cid = 0;
  uint8_t opcode = 0;
  uint32_t nsid = 0, cdw10 = 0;
  uint64_t doorbell = 0, cqe = 0, msi = 0;  // ps; 0: not seen
  uint16_t status = 0;
};

// Reads the TLP streams of a waveform written by nvme-cosim --waveform, with the RTL clock
// period `period_ps`. Nothing, and `error` says why, if the file is not such a waveform.
std::optional<Capture> read_capture(const std::string& path, uint64_t period_ps,
                                    std::string* error);

// TLP counts by type and link utilization, one block per direction.
void print_link_report(std::FILE* out, const Capture& capture);

// The admin commands that completed, in completion order.
std::vector<AdminCommand> match_admin_commands(const Capture& capture);

// Latency per command kind (Identify split by CNS); with `list`, every command too.
void print_command_report(std::FILE* out, const std::vector<AdminCommand>& commands, bool list);

// The program: returns its exit status (0 done, 1 unreadable waveform, 2 usage error).
int run(int argc, char** argv);

}  // namespace fst_analysis
