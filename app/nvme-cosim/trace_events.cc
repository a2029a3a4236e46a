// SPDX-License-Identifier: Apache-2.0
// --trace-events: Chrome Trace Event Format. Every event on a line of its own.

#include "trace_events.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <set>

#include "nvme_spec.h"
#include "report.h"

namespace cli {

namespace {

constexpr int kPidNamespaces = 1;
constexpr int kPidAdmin = 2;
constexpr int kPidIo = 3;
constexpr int kPidSlots = 4;

// Nanoseconds as microseconds, exactly (three decimals).
std::string micros(uint64_t ns) {
  char text[32];
  std::snprintf(text, sizeof text, "%" PRIu64 ".%03" PRIu64, ns / 1000, ns % 1000);
  return text;
}

// Collects the events, then writes them: metadata first, then each track's slices as begin
// ("B") and end ("E") pairs in an order a stack can follow. Complete ("X") events would be
// shorter, but a viewer computes their end as ts + dur in floating point, which can land a
// hair past the start of the next slice or the end of the enclosing one (seen in speedscope's
// importer): a begin and an end written with the same text are equal to every reader.
class EventList {
 public:
  void metadata(const char* what, int pid, uint64_t tid, const std::string& key,
                const std::string& value) {
    add("{\"name\": \"" + std::string(what) + "\", \"ph\": \"M\", \"pid\": " + std::to_string(pid) +
        ", \"tid\": " + std::to_string(tid) + ", \"args\": {\"" + key + "\": " + value + "}}");
  }
  // A slice from `start_ns` to `end_ns`; `args`: the members of the args object, may be empty.
  // Slices on one track must nest or be disjoint.
  void complete(int pid, uint64_t tid, const std::string& name, const char* category,
                uint64_t start_ns, uint64_t end_ns, const std::string& args) {
    m_slices.push_back(Slice{pid, tid, name, category, start_ns, std::max(start_ns, end_ns), args});
  }
  std::string text() {
    // Per track, enclosing slices before the ones they enclose.
    std::stable_sort(m_slices.begin(), m_slices.end(), [](const Slice& a, const Slice& b) {
      if (a.pid != b.pid) return a.pid < b.pid;
      if (a.tid != b.tid) return a.tid < b.tid;
      if (a.start_ns != b.start_ns) return a.start_ns < b.start_ns;
      return a.end_ns > b.end_ns;
    });
    // At one time on one track: the ends first (innermost first), then empty slices (begin and
    // end together), then the begins (outermost first).
    struct Boundary {
      uint64_t ns;
      int order;     // 0 end, 1 empty slice, 2 begin
      long nesting;  // ends: minus the slice's index, so inner slices end first
      size_t slice;
    };
    for (size_t first = 0; first < m_slices.size();) {
      size_t last = first;
      while (last < m_slices.size() && m_slices[last].pid == m_slices[first].pid &&
             m_slices[last].tid == m_slices[first].tid) {
        ++last;
      }
      std::vector<Boundary> boundaries;
      for (size_t i = first; i < last; ++i) {
        const Slice& slice = m_slices[i];
        const long index = static_cast<long>(i);
        if (slice.start_ns == slice.end_ns) {
          boundaries.push_back({slice.start_ns, 1, index, i});
        } else {
          boundaries.push_back({slice.start_ns, 2, index, i});
          boundaries.push_back({slice.end_ns, 0, -index, i});
        }
      }
      std::sort(boundaries.begin(), boundaries.end(), [](const Boundary& a, const Boundary& b) {
        if (a.ns != b.ns) return a.ns < b.ns;
        if (a.order != b.order) return a.order < b.order;
        return a.nesting < b.nesting;
      });
      for (const Boundary& b : boundaries) {
        if (b.order != 0) add(event(m_slices[b.slice], 'B', b.ns));
        if (b.order != 2) add(event(m_slices[b.slice], 'E', b.ns));
      }
      first = last;
    }
    return m_text + "\n";
  }

 private:
  struct Slice {
    int pid;
    uint64_t tid;
    std::string name;
    const char* category;
    uint64_t start_ns, end_ns;
    std::string args;
  };

  // Both ends carry the name, category and args: viewers match them, some show the end's.
  static std::string event(const Slice& slice, char phase, uint64_t ns) {
    return "{\"name\": " + json_string(slice.name) + ", \"cat\": \"" + slice.category +
           "\", \"ph\": \"" + phase + "\", \"pid\": " + std::to_string(slice.pid) +
           ", \"tid\": " + std::to_string(slice.tid) + ", \"ts\": " + micros(ns) + ", \"args\": {" +
           slice.args + "}}";
  }
  void add(const std::string& event) {
    m_text += m_text.empty() ? "\n    " : ",\n    ";
    m_text += event;
  }
  std::vector<Slice> m_slices;
  std::string m_text;
};

// pid 1: the scan and its namespaces, in NSID order.
void namespace_events(const nvme::ScanResult& scan, const std::string& label, EventList& events) {
  events.metadata("process_name", kPidNamespaces, 0, "name", "\"namespaces\"");
  events.metadata("process_sort_index", kPidNamespaces, 0, "sort_index", "1");
  events.metadata("thread_name", kPidNamespaces, 0, "name", "\"scan\"");
  events.metadata("thread_sort_index", kPidNamespaces, 0, "sort_index", "0");
  events.complete(kPidNamespaces, 0, "scan (" + label + ")", "scan", scan.started, scan.finished,
                  "\"namespaces\": " + std::to_string(scan.namespaces.size()) +
                      ", \"skipped\": " + std::to_string(scan.skipped.size()) +
                      ", \"max_identify_inflight\": " + std::to_string(scan.max_identify_inflight));
  std::vector<const nvme::NamespaceRecord*> namespaces;
  for (const nvme::NamespaceRecord& ns : scan.namespaces) namespaces.push_back(&ns);
  std::sort(namespaces.begin(), namespaces.end(),
            [](const auto* a, const auto* b) { return a->nsid < b->nsid; });
  for (const nvme::NamespaceRecord* ns : namespaces) {
    const uint64_t tid = ns->nsid;
    events.metadata("thread_name", kPidNamespaces, tid, "name",
                    json_string("nsid " + nsid_text(ns->nsid) + " " + ns->node));
    events.metadata("thread_sort_index", kPidNamespaces, tid, "sort_index",
                    std::to_string(ns->nsid));
    const std::string args =
        "\"nsid\": " + json_string(nsid_text(ns->nsid)) + ", \"node\": " + json_string(ns->node);
    events.complete(kPidNamespaces, tid, "Identify Namespace", "identify", ns->identify_submitted,
                    ns->identify_completed, args);
    if (ns->registration_started > ns->chain_wait_started) {
      events.complete(kPidNamespaces, tid, "wait for predecessor", "wait", ns->chain_wait_started,
                      ns->registration_started, args);
    }
    events.complete(kPidNamespaces, tid, "name allocation", "naming", ns->registration_started,
                    ns->name_allocated, args);
    events.complete(kPidNamespaces, tid, "disk add", "disk_add", ns->name_allocated,
                    ns->registration_finished, args);
  }
}

}  // namespace

std::string trace_events_json(const nvme::ScanResult* scan,
                              const std::vector<CommandRecord>& commands,
                              const std::vector<common::SlotOccupancy>& slots,
                              const std::string& label) {
  EventList events;
  // The end of the run as far as the events know: for commands still outstanding.
  uint64_t end_ns = scan ? scan->finished : 0;
  for (const CommandRecord& c : commands)
    end_ns = std::max({end_ns, c.submitted_ns, c.completed_ns});

  if (scan) namespace_events(*scan, label, events);

  // pid 2 (admin) and 3 (I/O): one track per queue and CID.
  std::set<uint32_t> tracks;  // qid << 16 | cid
  for (const CommandRecord& c : commands) tracks.insert(uint32_t{c.qid} << 16 | c.cid);
  if (!commands.empty()) {
    events.metadata("process_name", kPidAdmin, 0, "name", "\"admin commands\"");
    events.metadata("process_sort_index", kPidAdmin, 0, "sort_index", "2");
  }
  if (!tracks.empty() && (*tracks.rbegin() >> 16) != 0) {
    events.metadata("process_name", kPidIo, 0, "name", "\"I/O commands\"");
    events.metadata("process_sort_index", kPidIo, 0, "sort_index", "3");
  }
  for (const uint32_t track : tracks) {
    const uint16_t qid = static_cast<uint16_t>(track >> 16), cid = track & 0xFFFF;
    const int pid = qid == 0 ? kPidAdmin : kPidIo;
    const uint64_t tid = qid == 0 ? cid : track;
    events.metadata(
        "thread_name", pid, tid, "name",
        json_string(qid == 0 ? "cid " + std::to_string(cid)
                             : "qid " + std::to_string(qid) + " cid " + std::to_string(cid)));
    events.metadata("thread_sort_index", pid, tid, "sort_index", std::to_string(tid));
  }
  for (const CommandRecord& c : commands) {
    // A late completion repeats a timed-out command: its CQE shows in the args, not as a bar.
    if (c.outcome == CommandRecord::Outcome::kLateCompletion) continue;
    const int pid = c.qid == 0 ? kPidAdmin : kPidIo;
    const uint64_t tid = c.qid == 0 ? c.cid : (uint64_t{c.qid} << 16 | c.cid);
    const uint64_t end =
        c.outcome == CommandRecord::Outcome::kOutstanding ? end_ns : c.completed_ns;
    std::string args = "\"nsid\": " + json_string(nsid_text(c.nsid)) +
                       ", \"status\": " + json_string(c.outcome_text()) +
                       ", \"qid\": " + std::to_string(c.qid) +
                       ", \"cid\": " + std::to_string(c.cid);
    if (c.is_identify()) {
      char cns[8];
      std::snprintf(cns, sizeof cns, "%02Xh", c.cns());
      args += ", \"cns\": " + json_string(cns);
    }
    if (c.outcome != CommandRecord::Outcome::kOutstanding) {
      args += ", \"latency_ns\": " +
              std::to_string(c.completed_ns > c.submitted_ns ? c.completed_ns - c.submitted_ns : 0);
    }
    events.complete(pid, tid, c.title(), "command", c.submitted_ns, end, args);
  }

  // pid 4: the RTL's execution slots. A command's stay: its latency, then its execution (the
  // wait for the executor, data and completion entry), nested in one bar per command.
  std::set<unsigned> used_slots;
  for (const common::SlotOccupancy& o : slots) used_slots.insert(o.slot);
  if (!used_slots.empty()) {
    events.metadata("process_name", kPidSlots, 0, "name", "\"execution slots (RTL)\"");
    events.metadata("process_sort_index", kPidSlots, 0, "sort_index", "4");
  }
  for (const unsigned slot : used_slots) {
    events.metadata("thread_name", kPidSlots, slot, "name",
                    json_string("slot " + std::to_string(slot)));
    events.metadata("thread_sort_index", kPidSlots, slot, "sort_index", std::to_string(slot));
  }
  for (const common::SlotOccupancy& o : slots) {
    CommandRecord command;  // for its title
    command.opcode = o.opcode();
    command.cdw10 = o.cdw10;
    std::string args = "\"slot\": " + std::to_string(o.slot) +
                       ", \"cid\": " + std::to_string(o.cid()) +
                       ", \"nsid\": " + json_string(nsid_text(o.nsid));
    if (o.still_in_slot) args += ", \"in_slot_at_end\": true";
    events.complete(kPidSlots, o.slot, command.title(), "slot", o.filled_ns, o.freed_ns, args);
    if (o.ready_ns > o.filled_ns)
      events.complete(kPidSlots, o.slot, "latency", "latency", o.filled_ns, o.ready_ns, args);
    if (o.freed_ns > o.ready_ns)
      events.complete(kPidSlots, o.slot, "execute", "execute", o.ready_ns, o.freed_ns, args);
  }

  // No "displayTimeUnit": some Perfetto versions took "ns" there to mean the ts unit.
  return "{\n  \"otherData\": {\"run\": " + json_string(label) +
         ", \"tool\": \"nvme-cosim\"},\n  \"traceEvents\": [" + events.text() + "  ]\n}\n";
}

}  // namespace cli
