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

// Admin commands as the controller saw them: a slot record when a command leaves its slot, a
// CQE when the function writes one into the admin completion queue (whose address the guest
// programmed through ACQ and AQA).
class DeviceCommands {
 public:
  void on_register_write(uint64_t offset, uint32_t size, uint64_t value) {
    auto put32 = [&](uint64_t at, uint32_t v) {
      if (at == 0x24) m_aqa = v;
      if (at == 0x30) m_acq = (m_acq & ~uint64_t{0xFFFFFFFF}) | v;
      if (at == 0x34) m_acq = (m_acq & 0xFFFFFFFF) | uint64_t{v} << 32;
    };
    put32(offset, static_cast<uint32_t>(value));
    if (size == 8) put32(offset + 4, static_cast<uint32_t>(value >> 32));
  }
  void on_tlp(const cosim::RootComplex::LoggedTlp& entry) {
    const pcie::Tlp& t = entry.tlp;
    if (entry.direction != cosim::LinkDirection::kUpstream || !t.has_data() || t.type() != 0 ||
        t.length_dw() != 4 || m_acq == 0) {
      return;
    }
    const uint64_t entries = ((m_aqa >> 16) & 0xFFF) + 1;
    const uint64_t acq = m_acq & ~uint64_t{0xFFF};
    if (t.address() < acq || t.address() >= acq + entries * 16) return;
    const std::vector<uint32_t> cqe = t.payload();
    if (cqe.size() != 4) return;
    m_cqes.push_back({cosim::to_nanoseconds(entry.time), static_cast<uint16_t>(cqe[3] & 0xFFFF),
                      static_cast<uint16_t>(cqe[3] >> 17)});
  }
  void on_slot(const common::SlotOccupancy& slot) {
    m_slots.push_back(slot);
    if (slot.opcode() == 0x06 && (slot.cdw10 & 0xFF) == 0x02) m_scan_started = true;
  }
  // The controller has executed an Identify Active Namespace ID List.
  bool scan_started() const { return m_scan_started; }

  // Submissions and completions as the driver's command events, in time order; a CQE
  // completes the command with its CID fetched last before it.
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
    return out;
  }
  const std::vector<common::SlotOccupancy>& slots() const { return m_slots; }

 private:
  struct Cqe {
    uint64_t time;
    uint16_t cid;
    uint16_t status;  // SCT and SC, as the CQE's DW3 31:17
  };
  uint32_t m_aqa = 0;
  uint64_t m_acq = 0;
  std::vector<Cqe> m_cqes;
  std::vector<common::SlotOccupancy> m_slots;
  bool m_scan_started = false;
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

}  // namespace

LinuxOutcome run_linux(const Options& o, const LogFiles& log_files) {
  LinuxOutcome result;
  RunOutcome& out = result.run;
  out.strategy = "linux-" + o.kernel;
  out.seed = o.seed;
  result.kernel = o.kernel;

  const std::string dir = o.linux_dir.empty() ? program_dir() + "/linux" : o.linux_dir;
  const std::string kernel = dir + "/" + o.kernel + "/linux";
  const std::string root = dir + "/root";
  if (access(kernel.c_str(), X_OK) != 0 || access((root + "/init").c_str(), X_OK) != 0) {
    out.error = "no " + o.kernel + " kernel and root directory in " + dir +
                " (build them with `make linux`)";
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
  out.scan.strategy = nvme::ScanStrategy::kAsync;
  out.scan.namespaces = read_mapping(read_text(results + "/mapping"), o);

  // Device-side times: the first Identify Namespace of each NSID, fetch to CQE.
  CommandCollector collector;
  for (const nvme::CommandEvent& event : commands.events()) {
    collector.on_event(event);
    logs.on_command(event);
  }
  result.admin_commands = collector.records();
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
  extra += "    \"id_ns\": " + raw(r.id_ns_json) + "\n  }";
  return scan_json(o, r.run, extra);
}

}  // namespace

std::string kernel_description(const std::string& kernel) {
  if (kernel == "stock") return "stock Linux 6.12";
  if (kernel == "ordered") return "Linux 6.12 with the ordered-registration patch";
  return "Linux " + kernel;
}

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
  std::printf(
      "  %-26s not read: the guest kernel has no partition parsers until the I/O path\n"
      "  %-26s exists (docs/linux.md)\n",
      "partition tables", "");
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
