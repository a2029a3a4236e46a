// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim linux`: the real kernel's NVMe driver against the Verilated controller.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "linux_system.h"

#include "linux_run.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/personality.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cosim_run.h"
#include "nvme_spec.h"
#include "report.h"
#include "sim_time.h"

extern char** environ;

namespace cli {

namespace {

constexpr int kExitFailed = 1;
constexpr unsigned kVirtPciDeviceId = 1234;  // CONFIG_UML_PCI_OVER_VIRTIO_DEVICE_ID (linux/)
// The guest's time of day at simulated time 0: Linux 6.12's release, 2024-11-17 00:00 UTC.
constexpr uint64_t kGuestEpochNs = 1731801600ull * 1000000000ull;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// The directory this program is in (build/ for build/nvme-cosim).
std::string program_dir() {
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return ".";
  self[n] = '\0';
  std::string dir(self);
  return dir.substr(0, dir.rfind('/'));
}

// A private directory for the run: the sockets, UML's RAM file and its results.
class RunDirectory {
 public:
  RunDirectory() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/nvme-cosim-linux.XXXXXX";
    if (mkdtemp(pattern.data())) m_path = pattern;
  }
  ~RunDirectory() {
    // Only what this run put there: the results, the console and UML's own directory.
    std::error_code ignored;
    if (!m_path.empty()) std::filesystem::remove_all(m_path, ignored);
  }
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

// The namespaces the kernel is expected to register: the listed ones but those made to fail.
unsigned expected_namespaces(const Options& o) {
  unsigned count = 0;
  for (uint32_t nsid : o.nsids) {
    const bool failing = std::binary_search(o.failing.begin(), o.failing.end(), nsid);
    const bool zero = std::binary_search(o.zero_capacity.begin(), o.zero_capacity.end(), nsid);
    if (!failing && !zero && !o.ns_lies.count(nsid)) ++count;
  }
  return count;
}

// The commands as the controller saw them.
//
// Admin: a slot record when a command leaves its slot, a CQE when the function writes one into
// the admin completion queue (whose address the guest programmed through ACQ and AQA).
//
// I/O, from the TLP stream alone (the I/O engine has no execution slots to watch): the
// controller's reads of the admin SQ (ASQ, AQA) carry the Create and Delete I/O SQ and CQ
// commands, which say where each I/O queue lies once their CQE reports success; its reads of
// an I/O SQ carry the I/O commands (reassembled from the CplDs that answer them), and its writes
// into an I/O CQ their CQEs.
class DeviceCommands {
 public:
  using IoCommand = LinuxOutcome::IoCommand;

  void on_register_write(uint64_t offset, uint32_t size, uint64_t value) {
    auto put32 = [&](uint64_t at, uint32_t v) {
      if (at == 0x14 && (v & 1) == 0) forget_io_queues();  // CC.EN = 0: a controller reset
      if (at == 0x24) m_aqa = v;
      if (at == 0x28) m_asq = (m_asq & ~uint64_t{0xFFFFFFFF}) | v;
      if (at == 0x2C) m_asq = (m_asq & 0xFFFFFFFF) | uint64_t{v} << 32;
      if (at == 0x30) m_acq = (m_acq & ~uint64_t{0xFFFFFFFF}) | v;
      if (at == 0x34) m_acq = (m_acq & 0xFFFFFFFF) | uint64_t{v} << 32;
    };
    put32(offset, static_cast<uint32_t>(value));
    if (size == 8) put32(offset + 4, static_cast<uint32_t>(value >> 32));
  }
  void on_tlp(const cosim::RootComplex::LoggedTlp& entry) {
    const pcie::Tlp& t = entry.tlp;
    const uint64_t time_ns = cosim::to_nanoseconds(entry.time);
    if (entry.direction == cosim::LinkDirection::kUpstream && t.is_mem_rd()) {
      on_device_read(t);
    } else if (entry.direction == cosim::LinkDirection::kDownstream && t.is_cpl()) {
      on_completion(t, time_ns);
    } else if (entry.direction == cosim::LinkDirection::kUpstream && t.is_mem_wr()) {
      on_device_write(t, time_ns);
    }
  }
  void on_slot(const common::SlotOccupancy& slot) {
    m_slots.push_back(slot);
    if (slot.opcode() == 0x06 && (slot.cdw10 & 0xFF) == 0x02) m_scan_started = true;
  }
  // The controller has executed an Identify Active Namespace ID List.
  bool scan_started() const { return m_scan_started; }

  // Submissions and completions as the driver's command events, in time order; a CQE
  // completes the command with its CID fetched last before it. Admin commands first, then the
  // I/O commands (each submitted before it completes).
  std::vector<nvme::CommandEvent> events() const {
    std::vector<std::pair<uint64_t, nvme::CommandEvent>> timed;
    for (const common::SlotOccupancy& s : m_slots) {
      nvme::CommandEvent e;
      e.kind = nvme::CommandEvent::Kind::kSubmitted;
      e.cid = s.cid();
      e.opcode = s.opcode();
      e.nsid = s.nsid;
      e.cdw10 = s.cdw10;
      e.submitted = s.filled_ns;
      timed.emplace_back(s.filled_ns, e);
    }
    for (const Cqe& c : m_cqes) {
      nvme::CommandEvent e;
      e.kind = nvme::CommandEvent::Kind::kCompleted;
      e.cid = c.cid;
      e.status = c.status;
      e.completed = c.time;
      timed.emplace_back(c.time, e);
    }
    std::stable_sort(timed.begin(), timed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::map<uint16_t, nvme::CommandEvent> fetched;  // by CID
    std::vector<nvme::CommandEvent> out;
    for (auto& [time, event] : timed) {
      if (event.kind == nvme::CommandEvent::Kind::kSubmitted) {
        fetched[event.cid] = event;
        out.push_back(event);
        continue;
      }
      const auto it = fetched.find(event.cid);
      if (it == fetched.end()) continue;  // a CQE for nothing we saw fetched
      nvme::CommandEvent done = it->second;
      done.kind = event.kind;
      done.status = event.status;
      done.completed = event.completed;
      fetched.erase(it);
      out.push_back(done);
    }
    for (const IoCommand& c : m_io) {
      nvme::CommandEvent e;
      e.kind = nvme::CommandEvent::Kind::kSubmitted;
      e.qid = c.qid;
      e.cid = c.cid;
      e.opcode = c.opcode;
      e.nsid = c.nsid;
      e.cdw10 = static_cast<uint32_t>(c.slba);
      e.submitted = c.fetched_ns;
      out.push_back(e);
      if (!c.completed) continue;
      e.kind = nvme::CommandEvent::Kind::kCompleted;
      e.status = c.status;
      e.completed = c.completed_ns;
      out.push_back(e);
    }
    return out;
  }
  const std::vector<common::SlotOccupancy>& slots() const { return m_slots; }
  const std::vector<IoCommand>& io_commands() const { return m_io; }

 private:
  struct Cqe {
    uint64_t time;
    uint16_t cid;
    uint16_t status;  // SCT and SC, as the CQE's DW3 31:17
  };
  struct Queue {
    uint64_t base = 0;
    uint64_t entries = 0;
  };
  // A Create or Delete I/O queue command, fetched and waiting for its CQE.
  struct QueueCommand {
    uint8_t opcode = 0;
    uint16_t qid = 0;
    Queue queue;
  };
  // A controller read waiting for its completions: `data` fills from the first enabled byte.
  struct Read {
    uint64_t first_byte = 0;
    size_t bytes = 0;
    std::vector<uint8_t> data;
  };
  static constexpr unsigned kSqeBytes = 64;
  static constexpr unsigned kCqeBytes = 16;

  Queue admin_sq() const { return {m_asq & ~uint64_t{0xFFF}, (m_aqa & 0xFFF) + 1u}; }
  Queue admin_cq() const { return {m_acq & ~uint64_t{0xFFF}, ((m_aqa >> 16) & 0xFFF) + 1u}; }
  static bool inside(const Queue& q, uint64_t addr, uint64_t entry_bytes) {
    return q.entries && addr >= q.base && addr < q.base + q.entries * entry_bytes;
  }
  void forget_io_queues() {
    m_sqs.clear();
    m_cqs.clear();
    m_queue_commands.clear();
    m_open.clear();
  }

  void on_device_read(const pcie::Tlp& t) {
    const unsigned dws = t.length_dw();
    const uint8_t first = t.first_be(), last = dws == 1 ? t.first_be() : t.last_be();
    if (first == 0) return;  // a zero-length read carries nothing
    unsigned lead = 0, tail = 0;
    while (!(first >> lead & 1)) ++lead;
    while (!(last >> (3 - tail) & 1)) ++tail;
    Read read;
    read.first_byte = t.address() + lead;
    read.bytes = dws * 4 - lead - tail;
    read.data.reserve(read.bytes);
    m_reads[t.tag()] = std::move(read);
  }

  // A CplD carries the request's bytes from offset (total - byte count) on, starting at byte
  // (lower address & 3) of its first DW (as the root complex builds them).
  void on_completion(const pcie::Tlp& t, uint64_t time_ns) {
    const auto it = m_reads.find(t.cpl_tag());
    if (it == m_reads.end()) return;
    Read& read = it->second;
    if (!t.has_data() || t.cpl_status() != pcie::CplStatus::kSc) {
      m_reads.erase(it);
      return;
    }
    const std::vector<uint32_t> payload = t.payload();
    const unsigned skip = t.lower_address() & 3;
    for (size_t i = skip; i < payload.size() * 4 && read.data.size() < read.bytes; ++i)
      read.data.push_back(static_cast<uint8_t>(payload[i / 4] >> (8 * (i % 4))));
    if (read.data.size() < read.bytes) return;  // more CplDs follow
    on_read_data(read.first_byte, read.data, time_ns);
    m_reads.erase(it);
  }

  static uint32_t dw_at(const std::vector<uint8_t>& bytes, size_t at) {
    return uint32_t{bytes[at]} | uint32_t{bytes[at + 1]} << 8 | uint32_t{bytes[at + 2]} << 16 |
           uint32_t{bytes[at + 3]} << 24;
  }

  // Every whole submission queue entry in the data the controller read.
  void on_read_data(uint64_t addr, const std::vector<uint8_t>& bytes, uint64_t time_ns) {
    const uint64_t first = (addr + kSqeBytes - 1) & ~uint64_t{kSqeBytes - 1};
    for (uint64_t at = first; at + kSqeBytes <= addr + bytes.size(); at += kSqeBytes) {
      std::array<uint32_t, 16> sqe{};
      for (unsigned i = 0; i < 16; ++i) sqe[i] = dw_at(bytes, at - addr + 4 * i);
      if (m_asq && inside(admin_sq(), at, kSqeBytes)) {
        on_admin_sqe(sqe);
        continue;
      }
      for (const auto& [qid, q] : m_sqs) {
        if (inside(q, at, kSqeBytes)) {
          on_io_sqe(qid, sqe, time_ns);
          break;
        }
      }
    }
  }

  void on_admin_sqe(const std::array<uint32_t, 16>& sqe) {
    const uint8_t opcode = sqe[0] & 0xFF;
    const uint16_t cid = static_cast<uint16_t>(sqe[0] >> 16);
    QueueCommand command;
    command.opcode = opcode;
    command.qid = static_cast<uint16_t>(sqe[10] & 0xFFFF);
    switch (opcode) {
      case 0x01:  // Create I/O SQ
      case 0x05:  // Create I/O CQ
        command.queue.base = (uint64_t{sqe[7]} << 32 | sqe[6]) & ~uint64_t{0xFFF};
        command.queue.entries = (sqe[10] >> 16) + 1u;
        break;
      case 0x00:  // Delete I/O SQ
      case 0x04:  // Delete I/O CQ
        break;
      default:
        m_queue_commands.erase(cid);
        return;
    }
    m_queue_commands[cid] = command;
  }

  void on_admin_cqe(uint16_t cid, uint16_t status) {
    const auto it = m_queue_commands.find(cid);
    if (it == m_queue_commands.end()) return;
    const QueueCommand c = it->second;
    m_queue_commands.erase(it);
    if (status != 0) return;
    if (c.opcode == 0x01) m_sqs[c.qid] = c.queue;
    if (c.opcode == 0x05) m_cqs[c.qid] = c.queue;
    if (c.opcode == 0x00) m_sqs.erase(c.qid);
    if (c.opcode == 0x04) m_cqs.erase(c.qid);
  }

  void on_io_sqe(uint16_t qid, const std::array<uint32_t, 16>& sqe, uint64_t time_ns) {
    IoCommand c;
    c.qid = qid;
    c.cid = static_cast<uint16_t>(sqe[0] >> 16);
    c.opcode = sqe[0] & 0xFF;
    c.nsid = sqe[1];
    c.fetched_ns = time_ns;
    if (c.opcode == nvme_cmd_read || c.opcode == nvme_cmd_write ||
        c.opcode == nvme_cmd_write_zeroes) {
      c.slba = uint64_t{sqe[11]} << 32 | sqe[10];
      c.blocks = (sqe[12] & 0xFFFF) + 1u;
    }
    m_open[uint32_t{qid} << 16 | c.cid] = m_io.size();
    m_io.push_back(c);
  }

  void on_device_write(const pcie::Tlp& t, uint64_t time_ns) {
    const uint64_t addr = t.address();
    if (t.first_be() != 0xF || (t.length_dw() > 1 && t.last_be() != 0xF)) return;
    const std::vector<uint32_t> dw = t.payload();
    for (size_t i = 0; i + 4 <= dw.size(); i += 4) {
      const uint64_t at = addr + 4 * i;
      if (at % kCqeBytes != 0) continue;
      const uint16_t cid = static_cast<uint16_t>(dw[i + 3] & 0xFFFF);
      const uint16_t status = static_cast<uint16_t>(dw[i + 3] >> 17);
      if (m_acq && inside(admin_cq(), at, kCqeBytes)) {
        m_cqes.push_back({time_ns, cid, status});
        on_admin_cqe(cid, status);
        continue;
      }
      for (const auto& [cqid, q] : m_cqs) {
        if (!inside(q, at, kCqeBytes)) continue;
        const uint16_t sqid = static_cast<uint16_t>(dw[i + 2] >> 16);
        const auto open = m_open.find(uint32_t{sqid} << 16 | cid);
        if (open != m_open.end()) {
          IoCommand& c = m_io[open->second];
          c.completed = true;
          c.completed_ns = time_ns;
          c.status = status;
          m_open.erase(open);
        }
        break;
      }
    }
  }

  uint32_t m_aqa = 0;
  uint64_t m_asq = 0;
  uint64_t m_acq = 0;
  std::vector<Cqe> m_cqes;
  std::vector<common::SlotOccupancy> m_slots;
  bool m_scan_started = false;
  std::map<uint8_t, Read> m_reads;                    // by tag
  std::map<uint16_t, QueueCommand> m_queue_commands;  // by admin CID
  std::map<uint16_t, Queue> m_sqs, m_cqs;             // I/O queues, by QID
  std::vector<IoCommand> m_io;                        // in fetch order
  std::map<uint32_t, size_t> m_open;                  // qid << 16 | cid: index in m_io
};

// UML, in a process group of its own (it forks helpers) with its console in `console`, and
// nothing taken from the host that would make two runs differ: its address space is not
// randomized (the guest's memory layout, and so every ring and buffer address, would move)
// and its random seed comes from `seed` through the preloaded `random_library`.
pid_t start_guest(const std::vector<std::string>& args, const std::string& console,
                  const std::string& dir, const std::string& random_library, uint64_t seed,
                  std::string* error) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  // It runs in `dir`, so the paths on its command line can be the same in every run.
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, console.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "TMPDIR=", 7) != 0 && std::strncmp(*e, "LD_PRELOAD=", 11) != 0) {
      env_strings.emplace_back(*e);
    }
  }
  env_strings.push_back("TMPDIR=.");  // UML's RAM file goes into the run directory
  env_strings.push_back("LD_PRELOAD=" + random_library);
  env_strings.push_back("NVMECOSIM_GUEST_SEED=" + std::to_string(seed));
  std::vector<char*> env, argv;
  for (std::string& s : env_strings) env.push_back(s.data());
  env.push_back(nullptr);
  std::vector<std::string> arg_copy = args;
  for (std::string& s : arg_copy) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  // The persona is inherited through exec; this process's own layout is set already.
  const int persona = personality(0xffffffff);
  personality(static_cast<unsigned long>(persona) | ADDR_NO_RANDOMIZE);
  const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), env.data());
  personality(static_cast<unsigned long>(persona));
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    *error = "cannot start " + args[0] + ": " + std::strerror(rc);
    return -1;
  }
  return pid;
}

// "nvme0n3 7" lines from /init, into the registered set (node order).
std::vector<nvme::NamespaceRecord> read_mapping(const std::string& text, const Options& o) {
  std::vector<nvme::NamespaceRecord> out;
  std::istringstream lines(text);
  std::string disk;
  uint32_t nsid = 0;
  while (lines >> disk >> nsid) {
    const size_t n = disk.rfind('n');
    if (disk.rfind("nvme0n", 0) != 0 || n == std::string::npos) continue;
    nvme::NamespaceRecord ns;
    ns.nsid = nsid;
    ns.instance = static_cast<unsigned>(std::strtoul(disk.c_str() + n + 1, nullptr, 10));
    ns.node = "/dev/" + disk;
    ns.generic = "/dev/ng0n" + std::to_string(ns.instance);
    ns.blocks = o.ns_blocks;
    ns.block_bytes = o.block_bytes;
    out.push_back(ns);
  }
  return out;
}

// The kernel's scan on the one time base: from its first Identify Active NSID list to the CQE of
// the last Identify of a namespace it registered (its disk appears right after: the kernel's
// own work costs no simulated time under time travel but for clock reads). Commands from
// `guest_tools_ns` on are nvme-cli's, run by /init once every disk is there.
void measure_scan(const std::vector<CommandRecord>& commands, uint64_t guest_tools_ns,
                  nvme::ScanResult* scan) {
  for (const CommandRecord& c : commands) {
    if (c.opcode == 0x06 && c.cns() == 0x02) {
      if (!scan->started) scan->started = c.submitted_ns;
      ++scan->list_pages;
    }
  }
  std::set<uint32_t> registered;
  for (const nvme::NamespaceRecord& ns : scan->namespaces) registered.insert(ns.nsid);
  std::vector<std::pair<uint64_t, int>> edges;  // Identify of a namespace: +1 fetched, -1 done
  for (const CommandRecord& c : commands) {
    if (c.opcode != 0x06 || c.nsid == 0 || c.submitted_ns < scan->started ||
        c.submitted_ns >= guest_tools_ns || c.outcome != CommandRecord::Outcome::kCompleted) {
      continue;
    }
    edges.emplace_back(c.submitted_ns, 1);
    edges.emplace_back(c.completed_ns, -1);
    if (registered.count(c.nsid)) scan->finished = std::max(scan->finished, c.completed_ns);
  }
  std::sort(edges.begin(), edges.end());  // at a tie the completion first
  int inflight = 0;
  for (const auto& [time, step] : edges) {
    inflight += step;
    scan->max_identify_inflight =
        std::max(scan->max_identify_inflight, static_cast<unsigned>(std::max(inflight, 0)));
  }
}

// A console line that reports a failed or abandoned I/O: the block layer's "I/O error, dev
// nvme0n1, sector ..." (blk_update_request before 5.19), the buffer cache's "Buffer I/O error",
// the partition scan's "unable to read partition table", and the nvme driver's timeouts, aborts
// and controller resets.
bool reports_io_error(const std::string& line) {
  for (const char* text : {"I/O error", "blk_update_request", "critical medium error",
                           "unable to read partition table"}) {
    if (line.find(text) != std::string::npos) return true;
  }
  if (line.find("] nvme") == std::string::npos) return false;
  std::string lower = line;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* text : {"timeout", "abort", "reset"}) {
    if (lower.find(text) != std::string::npos) return true;
  }
  return false;
}

// The JSON document in a program's output: from the first line that opens an object (fio prints
// notes on standard output too).
std::string json_part(const std::string& text) {
  if (text.empty()) return "";
  const size_t at = text[0] == '{' ? 0 : text.find("\n{");
  if (at == std::string::npos) return "";
  return trim(text.substr(at == 0 ? 0 : at + 1));
}

// The first "key" : number after `from` in a JSON text, or -1 (fio's report: "error" : 0).
long long json_number(const std::string& text, const std::string& key, size_t from = 0) {
  const size_t at = text.find("\"" + key + "\"", from);
  if (at == std::string::npos) return -1;
  size_t i = at + key.size() + 2;
  while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '\t')) ++i;
  if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
  return std::atoll(text.c_str() + i);
}

// The first line of a program's messages, for an error.
std::string first_line(const std::string& text) {
  const std::string t = trim(text);
  return t.substr(0, t.find('\n'));
}

// Why the guest's dd check or fio failed, or empty. A check /init skipped (no nvme0n1, a disk
// too small) is no failure.
std::string guest_io_error(const LinuxOutcome& r) {
  if (r.io_check.empty()) return "the guest's I/O check did not report (no io-check)";
  if (r.io_check.rfind("skipped", 0) == 0) return "";
  if (r.io_check.rfind("dd ok", 0) != 0) {
    const std::string detail = first_line(r.io_check_err);
    return "the guest's I/O check: " + r.io_check + (detail.empty() ? "" : " (" + detail + ")");
  }
  if (r.fio_status < 0) return "fio in the guest did not report (no fio.status)";
  const std::string detail = first_line(r.fio_err);
  if (r.fio_status != 0) {
    return "fio in the guest failed: exit " + std::to_string(r.fio_status) +
           (detail.empty() ? "" : " (" + detail + ")") +
           (r.fio_status == 127 ? "; is fio installed? (scripts/install-deps.sh linux)" : "");
  }
  if (r.fio_json.empty()) return "fio in the guest wrote no JSON report";
  if (const long long error = json_number(r.fio_json, "error"); error != 0) {
    return "fio in the guest reports error " + std::to_string(error) +
           (detail.empty() ? "" : " (" + detail + ")");
  }
  return "";
}

}  // namespace

std::string linux_dir(const Options& o) {
  return o.linux_dir.empty() ? program_dir() + "/linux" : o.linux_dir;
}

std::string linux_kernel_missing(const Options& o, const std::string& kernel) {
  const std::string dir = linux_dir(o);
  if (access((dir + "/" + kernel + "/linux").c_str(), X_OK) == 0 &&
      access((dir + "/root/init").c_str(), X_OK) == 0) {
    return "";
  }
  return "no " + kernel + " kernel and root directory in " + dir +
         " (build them with `make linux`)";
}

LinuxOutcome run_linux(const Options& o, const LogFiles& log_files) {
  LinuxOutcome result;
  RunOutcome& out = result.run;
  out.strategy = "linux-" + o.kernel;
  out.seed = o.seed;
  result.kernel = o.kernel;

  const std::string dir = linux_dir(o);
  const std::string kernel = dir + "/" + o.kernel + "/linux";
  const std::string root = dir + "/root";
  if (const std::string missing = linux_kernel_missing(o, o.kernel); !missing.empty()) {
    out.error = missing;
    return result;
  }
  const std::string random_library = program_dir() + "/libnvme-cosim-guest-random.so";
  if (access(random_library.c_str(), R_OK) != 0) {
    out.error = random_library + " is missing (it is built with nvme-cosim)";
    return result;
  }
  RunDirectory run_dir;
  if (run_dir.path().empty()) {
    out.error = std::string("cannot create a run directory: ") + std::strerror(errno);
    return result;
  }
  const std::string results = run_dir.path() + "/out";
  const std::string console = run_dir.path() + "/console.log";
  mkdir(results.c_str(), 0755);
  // The kernel mixes its command line into its random state, so it names no path that differs
  // between runs: UML works in the run directory, and hostfs paths (always absolute) reach it
  // through /proc/self/cwd.
  if (symlink(root.c_str(), (run_dir.path() + "/root").c_str()) != 0) {
    out.error = std::string("cannot link the root directory into the run directory: ") +
                std::strerror(errno);
    return result;
  }

  sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                          sc_core::SC_DO_NOTHING);
  cosim::LinuxSystemOptions sopts;
  sopts.bridge = bridge_options(o, o.waveform);
  sopts.link_latency = sc_core::sc_time(static_cast<double>(o.link_latency), sc_core::SC_PS);
  sopts.device.socket_path = run_dir.path() + "/nvme.sock";
  if (!o.guest_wall_clock) {
    sopts.device.clock_socket_path = run_dir.path() + "/clock.sock";
    sopts.device.epoch_ns = kGuestEpochNs;
  }
  std::unique_ptr<cosim::LinuxSystem> system;
  try {
    system = std::make_unique<cosim::LinuxSystem>("linux", sopts);
  } catch (const std::runtime_error& e) {
    out.error = e.what();
    return result;
  }
  ProtocolLogs logs;
  if (std::string error; !logs.open(log_files, &error)) {
    out.error = error;
    return result;
  }
  DeviceCommands commands;
  system->bridge.set_slot_observer([&](const common::SlotOccupancy& slot) {
    commands.on_slot(slot);
    logs.on_slot(slot);
  });
  system->root_complex.add_tlp_observer([&](const cosim::RootComplex::LoggedTlp& entry) {
    commands.on_tlp(entry);
    if (logs.tlp_enabled()) logs.tlp_line(cosim::RootComplex::log_line(entry));
  });
  // /init's configuration-space read before it runs nvme-cli (linux/init): the first one
  // after the kernel asked for the namespace list.
  uint64_t guest_tools_ns = UINT64_MAX;
  system->device.set_request_observer([&](const cosim::VirtPciDevice::LoggedRequest& r) {
    const uint64_t issued_ns = cosim::to_nanoseconds(r.issued);
    if (r.op == vhost::PciOp::kCfgRead && commands.scan_started() && issued_ns < guest_tools_ns) {
      guest_tools_ns = issued_ns;
    }
    if (r.op == vhost::PciOp::kMmioWrite && r.bar == 0) {
      commands.on_register_write(r.addr, r.size, r.value);
    }
  });

  const unsigned expected = expected_namespaces(o);
  // The dd check and fio go with nvme-cli (--no-nvme-cli leaves all of the guest's tools out),
  // and not into linux-compare's boots, which compare scans: fio's clock calibration alone
  // costs about 5 s of wall time in UML (docs/linux.md, "Block I/O").
  const bool guest_io = o.guest_nvme_cli && o.command != Command::kLinuxCompare;
  const double timeout_s = static_cast<double>(o.boot_timeout) / kS;
  const unsigned guest_wait_s = std::max(1u, static_cast<unsigned>(timeout_s * 3 / 4));
  std::vector<std::string> args = {
      kernel,
      "mem=256M",
      "uml_dir=.",
      "umid=nvmecosim",
      "root=/dev/root",
      "rootfstype=hostfs",
      "rootflags=/proc/self/cwd/root",
      "ro",  // the guest runs as root: it may not change the root directory
      "init=/init",
      "con=null",
      "con0=null,fd:1",
      "virtio_uml.device=nvme.sock:" + std::to_string(kVirtPciDeviceId),
      // A read the simulation answers late must not end in all ones (virt-pci's default
      // 40 ms busy-wait; this is 30 s).
      "virt_pci.max_delay_us=30000000",
      // UML's random source (the host's getrandom, here the run's seed: guest_random.cc)
      // counts as entropy; 6.1 would otherwise spin through seconds of guest time for jitter
      // entropy when nvme-cli first asks for random bytes.
      "random.trust_cpu=on",
      "NVMECOSIM_OUT=/proc/self/cwd/out",
      "NVMECOSIM_EXPECT=" + std::to_string(expected),
      "NVMECOSIM_WAIT=" + std::to_string(guest_wait_s),
      std::string("NVMECOSIM_TOOLS=") + (o.guest_nvme_cli ? "1" : "0"),
      std::string("NVMECOSIM_IO=") + (guest_io ? "1" : "0"),
  };
  if (!o.guest_wall_clock) args.push_back("time-travel=ext:clock.sock");

  bool finished = false;
  std::chrono::steady_clock::time_point scan_ended;
  sc_core::sc_spawn(
      [&] {
        if (std::string error = configure_controller(system->bridge, o, o.seed); !error.empty()) {
          out.error = "configuration: " + error;
          system->device.stop();
          sc_core::sc_stop();
          return;
        }
        std::string error;
        const pid_t pid = start_guest(args, console, run_dir.path(), random_library,
                                      o.guest_seed.value_or(o.seed), &error);
        if (pid < 0) {
          out.error = error;
        } else {
          // Every wait is bounded: UML gets boot_timeout of wall time to power off.
          const auto deadline =
              std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_s);
          int status = 0;
          bool exited = false;
          bool timed_out = false;
          auto guest_running = [&] {
            if (!exited && waitpid(pid, &status, WNOHANG) == pid) exited = true;
            if (!exited && std::chrono::steady_clock::now() > deadline) timed_out = true;
            return !exited && !timed_out;
          };
          if (o.guest_wall_clock) {
            while (guest_running()) sc_core::wait(sc_core::sc_time(1, sc_core::SC_MS));
          } else {
            // The device serves the guest and its clock; it asks this whether to keep waiting.
            system->device.serve_guest(guest_running);
            sc_core::wait(system->device.guest_gone());
            // Closed sockets mean the guest is ending; a clock that failed means it never will.
            while (system->device.clock_error().empty() && guest_running()) usleep(1000);
          }
          if (timed_out) {
            out.error = "the guest did not power off within " + format_duration(o.boot_timeout) +
                        " of wall time";
          }
          kill(-pid, SIGKILL);  // UML's helper processes, if any are left
          if (!exited) waitpid(pid, &status, 0);
          if (out.error.empty() && !system->device.was_connected()) {
            out.error = "the guest exited without connecting to the device (see its console)";
          }
          finished = true;
        }
        out.simulated_ns = cosim::to_nanoseconds(sc_core::sc_time_stamp());
        out.evaluated_cycles = system->bridge.evaluated_cycles();
        out.skipped_cycles = system->bridge.skipped_cycles();
        scan_ended = std::chrono::steady_clock::now();
        system->bridge.report_occupied_slots();
        system->device.stop();
        sc_core::sc_stop();
      },
      "linux_run");

  const auto start = std::chrono::steady_clock::now();
  sc_core::sc_start();
  out.wall_seconds = std::chrono::duration<double>(scan_ended - start).count();

  // What the guest reported.
  const std::string console_text = read_text(console);
  {
    std::istringstream lines(console_text);
    for (std::string line; std::getline(lines, line);) {
      // The driver's lines: "nvme nvme0: ...", "nvme 0000:00:00.0: ...", "nvme0n1: ...".
      if (line.find("] nvme") != std::string::npos) result.nvme_log.push_back(line);
      if (reports_io_error(line)) result.io_error_log.push_back(line);
    }
  }
  if (!o.kernel_log.empty()) {
    if (std::string error; !write_file(o.kernel_log, console_text, &error) && out.error.empty())
      out.error = error;
  }
  result.guest_status = trim(read_text(results + "/status"));
  result.nvme_list = read_text(results + "/nvme-list.txt");
  result.id_ctrl_json = read_text(results + "/id-ctrl.json");
  result.id_ns_json = read_text(results + "/id-ns.json");
  result.guest_io = guest_io;
  result.io_check = trim(read_text(results + "/io-check"));
  result.io_check_err = read_text(results + "/io-check.err");
  result.fio_json = json_part(read_text(results + "/fio.json"));
  result.fio_err = read_text(results + "/fio.err");
  if (const std::string status = trim(read_text(results + "/fio.status")); !status.empty())
    result.fio_status = std::atoi(status.c_str());
  out.scan.strategy = nvme::ScanStrategy::kAsync;
  out.scan.namespaces = read_mapping(read_text(results + "/mapping"), o);

  // Device-side times: the first Identify Namespace of each NSID, fetch to CQE.
  CommandCollector collector;
  for (const nvme::CommandEvent& event : commands.events()) {
    collector.on_event(event);
    logs.on_command(event);
  }
  for (const CommandRecord& c : collector.records()) {
    if (c.qid == 0) result.admin_commands.push_back(c);
  }
  result.io_commands = commands.io_commands();
  for (LinuxOutcome::IoCommand& c : result.io_commands) c.by_init = c.fetched_ns >= guest_tools_ns;
  for (nvme::NamespaceRecord& ns : out.scan.namespaces) {
    for (const CommandRecord& c : result.admin_commands) {
      if (c.opcode == 0x06 && c.cns() == 0 && c.nsid == ns.nsid) {
        ns.identify_submitted = c.submitted_ns;
        ns.identify_completed = c.completed_ns;
        break;
      }
    }
  }
  measure_scan(result.admin_commands, guest_tools_ns, &out.scan);
  for (uint32_t nsid : o.nsids) {
    const bool found =
        std::any_of(out.scan.namespaces.begin(), out.scan.namespaces.end(),
                    [nsid](const nvme::NamespaceRecord& ns) { return ns.nsid == nsid; });
    if (!found) {
      out.scan.skipped.push_back(nsid);
      out.scan.skip_reasons[nsid] =
          std::binary_search(o.zero_capacity.begin(), o.zero_capacity.end(), nsid)
              ? nvme::SkipReason::kZeroCapacity
              : nvme::SkipReason::kFailed;
    }
  }
  const cosim::VirtPciDevice::Stats& stats = system->device.stats();
  result.virt_pci_requests =
      stats.cfg_reads + stats.cfg_writes + stats.mmio_reads + stats.mmio_writes;
  result.msis = stats.msis;
  result.failed_accesses = stats.failed_accesses;

  if (const uint64_t failures = system->bridge.rtl_assertion_failures();
      failures && out.error.empty()) {
    out.error = "RTL assertion failed at cycle " +
                std::to_string(system->bridge.first_assertion_cycle()) + "; " +
                std::to_string(failures) + " in all";
  }
  if (out.error.empty() && !system->device.clock_error().empty()) {
    out.error = "time travel: " + system->device.clock_error();
  }
  if (out.error.empty() && !system->device.error().empty() &&
      system->device.error() != "the front end closed the connection") {
    out.error = "vhost-user: " + system->device.error();
  }
  if (out.error.empty() && result.guest_status.empty()) {
    out.error = "the guest powered off without reporting (see its console" +
                std::string(o.kernel_log.empty() ? ": --kernel-log FILE keeps it)" : ")");
  }
  if (out.error.empty() && result.guest_io) {
    if (std::string error = guest_io_error(result); !error.empty()) out.error = error;
  }
  if (out.error.empty() && !result.io_error_log.empty()) {
    out.error = "the kernel log reports I/O errors (" + std::to_string(result.io_error_log.size()) +
                " lines), the first: " + result.io_error_log.front();
  }
  if (log_files.any()) {
    if (std::string error;
        !logs.finish(out.scan, "linux " + o.kernel + ", seed " + std::to_string(o.seed), &error) &&
        out.error.empty())
      out.error = error;
  }
  if (std::string error; !system->bridge.finish_waveform(&error) && out.error.empty()) {
    out.error = "--waveform: " + error;
  }
  out.ok = finished && out.error.empty();
  system.reset();
  return result;
}

}  // namespace cli

namespace cli {

namespace {

// The admin commands the kernel sent, grouped: "Identify Namespace: 38 (38 success)".
std::vector<std::string> command_summary(const std::vector<CommandRecord>& commands) {
  std::map<std::string, std::map<std::string, unsigned>> by_title;
  std::vector<std::string> order;
  for (const CommandRecord& c : commands) {
    const std::string title = c.title();
    if (!by_title.count(title)) order.push_back(title);
    ++by_title[title][c.outcome_text()];
  }
  std::vector<std::string> lines;
  for (const std::string& title : order) {
    unsigned total = 0;
    std::string detail;
    for (const auto& [status, count] : by_title[title]) {
      total += count;
      detail += (detail.empty() ? "" : ", ") + std::to_string(count) + " " + status;
    }
    lines.push_back(title + ": " + std::to_string(total) + " (" + detail + ")");
  }
  return lines;
}

// The I/O commands, grouped: "Read: 261 (261 SUCCESS)".
std::vector<std::string> io_summary(const std::vector<LinuxOutcome::IoCommand>& commands) {
  std::map<std::string, std::map<std::string, unsigned>> by_name;
  std::vector<std::string> order;
  for (const LinuxOutcome::IoCommand& c : commands) {
    const std::string name = nvme::io_opcode_name(c.opcode);
    if (!by_name.count(name)) order.push_back(name);
    ++by_name[name][c.completed ? nvme::status_name(c.status) : "outstanding"];
  }
  std::vector<std::string> lines;
  for (const std::string& name : order) {
    unsigned total = 0;
    std::string detail;
    for (const auto& [status, count] : by_name[name]) {
      total += count;
      detail += (detail.empty() ? "" : ", ") + std::to_string(count) + " " + status;
    }
    lines.push_back(name + ": " + std::to_string(total) + " (" + detail + ")");
  }
  return lines;
}

// Each registered namespace's partition-table read: its first Read, nullptr if it had none. The
// kernel reads the table as it adds the disk, under the disk's open mutex, and a first opener
// that comes before that scan reads the table itself first (GD_NEED_PART_SCAN), so no other
// Read of a namespace can precede it, even when /init's marker overtook it (a disk appears in
// sysfs just before its table is read).
struct PartitionRead {
  uint32_t nsid = 0;
  const LinuxOutcome::IoCommand* read = nullptr;
};
std::vector<PartitionRead> partition_reads(const LinuxOutcome& r) {
  std::vector<PartitionRead> out;
  std::vector<uint32_t> nsids;
  for (const nvme::NamespaceRecord& ns : r.run.scan.namespaces) nsids.push_back(ns.nsid);
  std::sort(nsids.begin(), nsids.end());
  for (uint32_t nsid : nsids) {
    PartitionRead p;
    p.nsid = nsid;
    for (const LinuxOutcome::IoCommand& c : r.io_commands) {
      if (c.opcode == nvme_cmd_read && c.nsid == nsid) {
        p.read = &c;
        break;
      }
    }
    out.push_back(p);
  }
  return out;
}

// "LBAs 0-7", "LBA 0"
std::string lba_range(const LinuxOutcome::IoCommand& c) {
  return c.blocks <= 1
             ? "LBA " + std::to_string(c.slba)
             : "LBAs " + std::to_string(c.slba) + "-" + std::to_string(c.slba + c.blocks - 1);
}

// fio's exit status and counts from its report: "exit 0, error 0, 256 reads, 124 writes".
std::string fio_summary(const LinuxOutcome& r) {
  if (r.fio_status < 0) return "not run";
  std::string text = "exit " + std::to_string(r.fio_status);
  if (r.fio_json.empty()) return text + ", no JSON report";
  const size_t read = r.fio_json.find("\"read\"");
  const size_t write = r.fio_json.find("\"write\"");
  text += ", error " + std::to_string(json_number(r.fio_json, "error"));
  if (read != std::string::npos)
    text += ", " + std::to_string(json_number(r.fio_json, "total_ios", read)) + " reads";
  if (write != std::string::npos)
    text += ", " + std::to_string(json_number(r.fio_json, "total_ios", write)) + " writes";
  return text;
}

// The run's extra JSON members, added to the scan schema's object.
std::string linux_json(const Options& o, const LinuxOutcome& r) {
  std::string extra = "  \"linux\": {\n";
  extra += "    \"kernel\": " + json_string(r.kernel) + ",\n";
  extra += "    \"guest_status\": " + json_string(r.guest_status) + ",\n";
  extra += "    \"nvme_list\": " + json_string(r.nvme_list) + ",\n";
  std::string log;
  for (size_t i = 0; i < r.nvme_log.size(); ++i)
    log += (i ? ", " : "") + json_string(r.nvme_log[i]);
  extra += "    \"nvme_log\": [" + log + "],\n";
  std::string admin;
  for (const std::string& line : command_summary(r.admin_commands))
    admin += (admin.empty() ? "" : ", ") + json_string(line);
  extra += "    \"admin_commands\": [" + admin + "],\n";
  // nvme-cli's own JSON, embedded as is (null when it did not run).
  auto raw = [](const std::string& text) {
    const std::string t = trim(text);
    return t.empty() || t[0] != '{' ? std::string("null") : t;
  };
  extra += "    \"id_ctrl\": " + raw(r.id_ctrl_json) + ",\n";
  extra += "    \"id_ns\": " + raw(r.id_ns_json) + ",\n";
  std::string io;
  for (const std::string& line : io_summary(r.io_commands))
    io += (io.empty() ? "" : ", ") + json_string(line);
  extra += "    \"io_commands\": [" + io + "],\n";
  const size_t by_init = static_cast<size_t>(std::count_if(
      r.io_commands.begin(), r.io_commands.end(), [](const auto& c) { return c.by_init; }));
  extra += "    \"io_commands_kernel\": " + std::to_string(r.io_commands.size() - by_init) + ",\n";
  extra += "    \"io_commands_init\": " + std::to_string(by_init) + ",\n";
  std::string reads;
  for (const PartitionRead& p : partition_reads(r)) {
    reads += reads.empty() ? "\n      " : ",\n      ";
    reads += "{\"nsid\": " + std::to_string(p.nsid);
    if (p.read) {
      reads += ", \"slba\": " + std::to_string(p.read->slba) +
               ", \"blocks\": " + std::to_string(p.read->blocks) + ", \"status\": " +
               json_string(p.read->completed ? nvme::status_name(p.read->status) : "outstanding") +
               ", \"fetched_ns\": " + std::to_string(p.read->fetched_ns) + "}";
    } else {
      reads += ", \"slba\": null, \"blocks\": 0, \"status\": null, \"fetched_ns\": null}";
    }
  }
  extra += "    \"partition_reads\": [" + reads + (reads.empty() ? "" : "\n    ") + "],\n";
  std::string errors;
  for (const std::string& line : r.io_error_log)
    errors += (errors.empty() ? "" : ", ") + json_string(line);
  extra += "    \"io_error_log\": [" + errors + "],\n";
  extra += "    \"io_check\": " + (r.guest_io ? json_string(r.io_check) : "null") + ",\n";
  extra +=
      "    \"fio_status\": " + (r.fio_status < 0 ? "null" : std::to_string(r.fio_status)) + ",\n";
  extra += "    \"fio\": " + raw(r.fio_json) + "\n  }";
  return scan_json(o, r.run, extra);
}

}  // namespace

int linux_command(const Options& o, const LogFiles& log_files) {
  print_settings_line(stdout, o, "");
  std::printf("kernel: %s in User-Mode Linux, %s\n\n", kernel_description(o.kernel).c_str(),
              o.guest_wall_clock ? "simulated time paced to the host's clock"
                                 : "its clock driven by simulated time");
  std::fflush(stdout);
  const LinuxOutcome r = run_linux(o, log_files);
  if (!r.run.ok) {
    std::fprintf(stderr, "nvme-cosim: %s\n", r.run.error.c_str());
    for (const std::string& line : r.nvme_log) std::fprintf(stderr, "  %s\n", line.c_str());
    for (const std::string& line : r.io_error_log) {
      if (std::find(r.nvme_log.begin(), r.nvme_log.end(), line) == r.nvme_log.end())
        std::fprintf(stderr, "  %s\n", line.c_str());
    }
    if (!trim(r.io_check_err).empty())
      std::fprintf(stderr, "dd check's messages:\n%s\n", trim(r.io_check_err).c_str());
    if (r.fio_status > 0 && !trim(r.fio_err).empty())
      std::fprintf(stderr, "fio's messages:\n%s\n", trim(r.fio_err).c_str());
    return kExitFailed;
  }
  const RunOutcome& run = r.run;
  const nvme::ScanResult& s = run.scan;
  std::printf("From sysfs (/sys/block/nvme0nY/nsid):\n\n");
  print_namespace_table(stdout, run);
  if (o.guest_nvme_cli) {
    std::printf("\n`nvme list` inside the guest (nvme-cli):\n\n%s\n",
                r.nvme_list.empty() ? "  (no output)" : r.nvme_list.c_str());
  } else {
    std::printf("\n");
  }
  std::printf("Kernel log (nvme):\n");
  for (const std::string& line : r.nvme_log) std::printf("  %s\n", line.c_str());

  std::printf("\nlinux %s, seed %u: %zu of %zu namespaces registered, names %s NSID order\n",
              o.kernel.c_str(), o.seed, s.namespaces.size(), o.nsids.size(),
              s.names_follow_nsid_order() ? "follow" : "do NOT follow");
  // The order the kernel saw its Identify Namespace commands complete in.
  std::vector<nvme::NamespaceRecord> by_completion = s.namespaces;
  std::sort(by_completion.begin(), by_completion.end(), [](const auto& a, const auto& b) {
    return a.identify_completed < b.identify_completed;
  });
  std::string completion_order;
  for (const nvme::NamespaceRecord& ns : by_completion)
    completion_order += (completion_order.empty() ? "" : " ") + std::to_string(ns.nsid);
  std::printf("  %-26s %s\n", "Identify completion order", completion_order.c_str());
  std::printf(
      "  %-26s %s  (first Identify Active NSID list to the last Identify of a "
      "registered namespace)\n",
      "scan time", format_ms(s.scan_time()).c_str());
  std::printf("  %-26s %u\n", "Identify in flight", s.max_identify_inflight);
  if (!s.skipped.empty()) {
    std::string skipped;
    for (uint32_t nsid : s.skipped) skipped += (skipped.empty() ? "" : ", ") + nsid_text(nsid);
    std::printf("  %-26s %s\n", "not registered", skipped.c_str());
  }
  std::printf("  %-26s %s\n", "guest",
              r.guest_status == "done" ? "every expected namespace appeared in sysfs"
                                       : "gave up waiting for the expected namespaces");
  std::printf("  %-26s %llu requests, %llu MSI-X messages, %llu failed accesses\n", "virt-pci",
              static_cast<unsigned long long>(r.virt_pci_requests),
              static_cast<unsigned long long>(r.msis),
              static_cast<unsigned long long>(r.failed_accesses));
  std::printf("  %-26s %zu\n", "admin commands", r.admin_commands.size());
  for (const std::string& line : command_summary(r.admin_commands))
    std::printf("  %-26s %s\n", "", line.c_str());
  const size_t by_init = static_cast<size_t>(std::count_if(
      r.io_commands.begin(), r.io_commands.end(), [](const auto& c) { return c.by_init; }));
  std::printf("  %-26s %zu: %zu from the kernel, %zu from /init's dd and fio\n", "I/O commands",
              r.io_commands.size(), r.io_commands.size() - by_init, by_init);
  for (const std::string& line : io_summary(r.io_commands))
    std::printf("  %-26s %s\n", "", line.c_str());
  // The kernel reads each disk's partition table as it adds it (LBA 0, and 1 for GPT's header:
  // one page of the page cache).
  const std::vector<PartitionRead> parts = partition_reads(r);
  std::map<std::string, std::vector<uint32_t>> by_range;  // "LBAs 0-7 SUCCESS" -> NSIDs
  std::vector<uint32_t> unread;
  for (const PartitionRead& p : parts) {
    if (!p.read) {
      unread.push_back(p.nsid);
      continue;
    }
    by_range[lba_range(*p.read) + ", " +
             (p.read->completed ? nvme::status_name(p.read->status) : "outstanding")]
        .push_back(p.nsid);
  }
  std::printf("  %-26s read on %zu of %zu namespaces\n", "partition tables",
              parts.size() - unread.size(), parts.size());
  auto nsid_list = [](const std::vector<uint32_t>& nsids) {
    std::string text;
    for (uint32_t nsid : nsids) text += (text.empty() ? "" : " ") + std::to_string(nsid);
    return text;
  };
  for (const auto& [range, nsids] : by_range) {
    std::printf("  %-26s %s: NSID %s\n", "", range.c_str(), nsid_list(nsids).c_str());
  }
  if (!unread.empty()) std::printf("  %-26s not read: NSID %s\n", "", nsid_list(unread).c_str());
  if (r.guest_io) {
    std::printf("  %-26s %s\n", "I/O check (dd)", r.io_check.c_str());
    std::printf("  %-26s %s\n", "fio (verify, randrw)", fio_summary(r).c_str());
  } else {
    std::printf("  %-26s not run (--no-nvme-cli)\n", "I/O check, fio");
  }
  std::printf("  %-26s %s\n", "kernel I/O errors",
              r.io_error_log.empty() ? "none" : std::to_string(r.io_error_log.size()).c_str());
  std::printf("  %-26s %s\n", "simulated time", format_ms(run.simulated_ns).c_str());
  std::printf("  %-26s %.3f s  (RTL cycles: %llu evaluated, %llu skipped while idle)\n",
              "wall time", run.wall_seconds, static_cast<unsigned long long>(run.evaluated_cycles),
              static_cast<unsigned long long>(run.skipped_cycles));
  if (!o.waveform.empty()) std::printf("  %-26s %s\n", "waveform", o.waveform.c_str());
  if (!o.kernel_log.empty()) std::printf("  %-26s %s\n", "kernel log", o.kernel_log.c_str());
  if (!o.json.empty()) {
    std::string error;
    if (!write_file(o.json, linux_json(o, r), &error)) {
      std::fprintf(stderr, "nvme-cosim: %s\n", error.c_str());
      return kExitFailed;
    }
    std::printf("  %-26s %s\n", "json", o.json.c_str());
  }
  return 0;
}

}  // namespace cli
