// SPDX-License-Identifier: Apache-2.0
// Protocol logs of one run (docs/cli.md): --tlp-log (one TLP per line, as a protocol analyzer
// shows them), --cmd-log (one NVMe command per line) and --trace-events (Chrome Trace Event
// Format, trace_events.h). Plain C++: the caller feeds TLP lines and command events in.

#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "queue_pair.h"
#include "scan.h"
#include "slot_occupancy.h"

namespace cli {

// The files of one run; empty: not written.
struct LogFiles {
  std::string tlp;           // --tlp-log
  std::string cmd;           // --cmd-log
  std::string trace_events;  // --trace-events
  bool any() const { return !tlp.empty() || !cmd.empty() || !trace_events.empty(); }
};

// One NVMe command, from the controller's command observer.
struct CommandRecord {
  enum class Outcome {
    kCompleted,       // its CQE was reaped
    kTimedOut,        // the host gave up waiting (completed_ns: then)
    kLateCompletion,  // the CQE of a timed-out command (completed_ns: its arrival)
    kOutstanding,     // no CQE by the end of the run (an AER); completed_ns is 0
  };
  Outcome outcome = Outcome::kCompleted;
  uint16_t qid = 0;
  uint16_t cid = 0;
  uint8_t opcode = 0;
  uint32_t nsid = 0;
  uint32_t cdw10 = 0;
  uint64_t submitted_ns = 0;
  uint64_t completed_ns = 0;
  uint16_t status = 0;

  bool is_identify() const;  // admin Identify: CNS in cdw10 7:0
  uint8_t cns() const { return static_cast<uint8_t>(cdw10 & 0xFF); }
  // "Identify Namespace", "Identify Active Namespace ID List", "Set Features", ...
  std::string title() const;
  // The status name, or "timed out" / "outstanding".
  std::string outcome_text() const;
};

// Collects the commands of a run from CommandEvents.
class CommandCollector {
 public:
  void on_event(const nvme::CommandEvent& event);
  // Every command, sorted by submission time (then queue and CID); the ones without a CQE at
  // the end of the run as kOutstanding.
  std::vector<CommandRecord> records() const;

 private:
  std::vector<CommandRecord> m_done;
  std::map<uint32_t, CommandRecord> m_pending;  // qid << 16 | cid
};

// "#" header lines, then one line per command.
std::string cmd_log_header();
std::string cmd_log_line(const CommandRecord& command);
std::string tlp_log_header();

// The open log files of one run. TLP lines are written as they come; the command log and the
// trace events at finish().
class ProtocolLogs {
 public:
  ProtocolLogs() = default;
  ~ProtocolLogs();
  ProtocolLogs(const ProtocolLogs&) = delete;
  ProtocolLogs& operator=(const ProtocolLogs&) = delete;

  // Opens the TLP log; false with *error if it cannot be written.
  bool open(const LogFiles& files, std::string* error);
  bool tlp_enabled() const { return m_tlp != nullptr; }
  bool commands_enabled() const { return !m_files.cmd.empty() || !m_files.trace_events.empty(); }
  void tlp_line(const std::string& line);  // without the newline
  void on_command(const nvme::CommandEvent& event) {
    if (!m_stopped) m_commands.on_event(event);
  }
  // Execution slots are only in the trace events.
  bool slots_enabled() const { return !m_files.trace_events.empty(); }
  void on_slot(const common::SlotOccupancy& occupancy) {
    if (!m_stopped) m_slots.push_back(occupancy);
  }
  // The scan has ended: what the simulation does after it (a waveform's quiet tail) is left
  // out, so the logs are the same with and without a waveform.
  void stop() { m_stopped = true; }
  // Writes the command log and the trace events, closes every file. `label`: "ordered, seed 1".
  bool finish(const nvme::ScanResult& scan, const std::string& label, std::string* error) {
    return finish(&scan, label, error);
  }
  // A run without a scan (io): the trace events have no namespaces.
  bool finish(const std::string& label, std::string* error) {
    return finish(nullptr, label, error);
  }

 private:
  bool finish(const nvme::ScanResult* scan, const std::string& label, std::string* error);

  LogFiles m_files;
  std::FILE* m_tlp = nullptr;
  bool m_tlp_failed = false;
  CommandCollector m_commands;
  std::vector<common::SlotOccupancy> m_slots;  // in the order the commands left their slots
  bool m_stopped = false;
};

}  // namespace cli
