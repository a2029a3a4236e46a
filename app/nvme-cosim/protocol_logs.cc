// SPDX-License-Identifier: Apache-2.0
// Protocol logs of one run: the command collector, the log line formats, the files.

#include "protocol_logs.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstring>
#include <tuple>

#include "nvme_spec.h"
#include "trace_events.h"

namespace cli {

namespace {

std::string hex8(uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08" PRIx32, value);
  return text;
}

bool write_text(const std::string& path, const std::string& text, std::string* error) {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (!file) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !written) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

bool CommandRecord::is_identify() const { return qid == 0 && opcode == ::nvme_admin_identify; }

std::string CommandRecord::title() const {
  if (qid != 0) return nvme::io_opcode_name(opcode);
  std::string title = nvme::admin_opcode_name(opcode);
  if (is_identify()) title += std::string(" ") + nvme::identify_cns_name(cns());
  return title;
}

std::string CommandRecord::outcome_text() const {
  switch (outcome) {
    case Outcome::kCompleted:
      return nvme::status_name(status);
    case Outcome::kTimedOut:
      return "timed out";
    case Outcome::kLateCompletion:
      return nvme::status_name(status) + " (late: after its timeout)";
    case Outcome::kOutstanding:
      return "outstanding";
  }
  return "?";
}

void CommandCollector::on_event(const nvme::CommandEvent& event) {
  using Kind = nvme::CommandEvent::Kind;
  const uint32_t key = uint32_t{event.qid} << 16 | event.cid;
  CommandRecord record;
  record.qid = event.qid;
  record.cid = event.cid;
  record.opcode = event.opcode;
  record.nsid = event.nsid;
  record.cdw10 = event.cdw10;
  record.submitted_ns = event.submitted;
  record.completed_ns = event.completed;
  record.status = event.status;
  switch (event.kind) {
    case Kind::kSubmitted:
      record.outcome = CommandRecord::Outcome::kOutstanding;
      record.completed_ns = 0;
      m_pending[key] = record;
      return;
    case Kind::kCompleted:
      record.outcome = CommandRecord::Outcome::kCompleted;
      break;
    case Kind::kTimedOut:
      record.outcome = CommandRecord::Outcome::kTimedOut;
      break;
    case Kind::kLateCompletion:
      record.outcome = CommandRecord::Outcome::kLateCompletion;
      break;
  }
  m_pending.erase(key);
  m_done.push_back(record);
}

std::vector<CommandRecord> CommandCollector::records() const {
  std::vector<CommandRecord> all = m_done;
  for (const auto& entry : m_pending) all.push_back(entry.second);
  std::stable_sort(all.begin(), all.end(), [](const CommandRecord& a, const CommandRecord& b) {
    return std::tie(a.submitted_ns, a.qid, a.cid) < std::tie(b.submitted_ns, b.qid, b.cid);
  });
  return all;
}

std::string cmd_log_header() {
  char line[256];
  std::snprintf(line, sizeof line, "# %12s %14s %12s %3s %4s  %-37s %-10s %-3s  %s\n", "submit_ns",
                "complete_ns", "latency_ns", "qid", "cid", "opcode", "nsid", "cns", "status");
  return "# nvme-cosim command log: one NVMe command per line, in submission order.\n"
         "# Times are simulated ns: submit = SQ tail doorbell, complete = CQE reaped.\n" +
         std::string(line);
}

std::string cmd_log_line(const CommandRecord& c) {
  const bool done = c.outcome != CommandRecord::Outcome::kOutstanding;
  char complete[24] = "-", latency[24] = "-", cns[8] = "-";
  if (done) {
    std::snprintf(complete, sizeof complete, "%" PRIu64, c.completed_ns);
    std::snprintf(latency, sizeof latency, "%" PRIu64,
                  c.completed_ns >= c.submitted_ns ? c.completed_ns - c.submitted_ns : 0);
  }
  if (c.is_identify()) std::snprintf(cns, sizeof cns, "%02Xh", c.cns());
  char line[512];
  std::snprintf(line, sizeof line, "%14" PRIu64 " %14s %12s %3u %4u  %-37s %-10s %-3s  %s\n",
                c.submitted_ns, complete, latency, unsigned{c.qid}, unsigned{c.cid},
                c.title().c_str(), hex8(c.nsid).c_str(), cns, c.outcome_text().c_str());
  return line;
}

std::string tlp_log_header() {
  return "# nvme-cosim TLP log: every TLP at the root complex, one per line.\n"
         "# time (simulated ns; down: handed to the link, up: arrived), direction (down: to the\n"
         "# device, up: from it), type, requester/completer, tag, address or register, byte\n"
         "# enables, length (DW), completion status and byte count, [header DWs], data DWs.\n";
}

ProtocolLogs::~ProtocolLogs() {
  if (m_tlp) std::fclose(m_tlp);
}

bool ProtocolLogs::open(const LogFiles& files, std::string* error) {
  m_files = files;
  if (files.tlp.empty()) return true;
  m_tlp = std::fopen(files.tlp.c_str(), "w");
  if (!m_tlp) {
    *error = "cannot write " + files.tlp + ": " + std::strerror(errno);
    return false;
  }
  const std::string header = tlp_log_header();
  std::fputs(header.c_str(), m_tlp);
  return true;
}

void ProtocolLogs::tlp_line(const std::string& line) {
  if (!m_tlp || m_stopped) return;
  if (std::fputs(line.c_str(), m_tlp) < 0 || std::fputc('\n', m_tlp) == EOF) m_tlp_failed = true;
}

bool ProtocolLogs::finish(const nvme::ScanResult* scan, const std::string& label,
                          std::string* error) {
  bool ok = true;
  if (m_tlp) {
    const bool closed = std::fclose(m_tlp) == 0;
    m_tlp = nullptr;
    if (m_tlp_failed || !closed) {
      *error = "cannot write " + m_files.tlp + ": " + std::strerror(errno);
      ok = false;
    }
  }
  const std::vector<CommandRecord> commands = m_commands.records();
  if (ok && !m_files.cmd.empty()) {
    std::string text = cmd_log_header();
    for (const CommandRecord& command : commands) text += cmd_log_line(command);
    ok = write_text(m_files.cmd, text, error);
  }
  if (ok && !m_files.trace_events.empty()) {
    ok = write_text(m_files.trace_events, trace_events_json(scan, commands, m_slots, label), error);
  }
  return ok;
}

}  // namespace cli
