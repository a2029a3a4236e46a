// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's command line: the options of every command, parsed and checked by one pure function
// (no SystemC, no driver), so the parser is unit-tested on its own.

#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cli {

// Limits of the controller RTL (docs/nvme-controller.md).
constexpr uint32_t kMaxNsid = 8192;                              // MaxNamespaces of nvme_ns_table
constexpr unsigned kMaxSlots = 32;                               // execution slots
constexpr unsigned kMaxOverrides = 16;                           // per-NSID latency overrides
constexpr uint64_t kMaxLatencyCycles = (uint64_t{1} << 48) - 1;  // LAT_MIN/LAT_MAX width
constexpr unsigned kMinAdminDepth = 3;     // the driver: one tag, the AER, the empty slot
constexpr unsigned kMaxAdminDepth = 1024;  // CAP.MQES 1023, 0-based
constexpr uint64_t kMaxNsBlocks = (uint64_t{1} << 48) - 1;  // NSZE register width
constexpr unsigned kMaxIoQueues = 16;                       // MaxIoQueues of nvme_io
constexpr unsigned kMaxIoDepth = 1023;  // CAP.MQES: an I/O queue of 1024 entries holds 1023

// Durations are held in picoseconds, the resolution of the clock period.
using Picoseconds = uint64_t;
constexpr Picoseconds kNs = 1'000;
constexpr Picoseconds kUs = 1'000'000;
constexpr Picoseconds kMs = 1'000'000'000;
constexpr Picoseconds kS = 1'000'000'000'000;
constexpr Picoseconds kMaxDuration = 1000 * kS;

enum class Command { kScan, kCompare, kLinux, kLinuxCompare, kIo };
// "scan", "compare", "linux", "linux-compare", "io": as typed on the command line.
const char* command_name(Command command);

// Identify execution time drawn by the controller's latency model.
struct LatencyModel {
  bool uniform = true;  // else fixed at `min`
  Picoseconds min = 100 * kUs;
  Picoseconds max = 2 * kMs;
};

struct SlowNsid {
  uint32_t nsid = 0;
  Picoseconds latency = 0;  // fixed
};

// A namespace attached or detached at a simulated time (--attach-nsid, --detach-nsid).
struct NsChange {
  uint32_t nsid = 0;
  Picoseconds at = 0;
  bool attach = false;
};

// The lies --lie-nsid and --list-lie name, in sim_control's order of values (1, 2, ...).
extern const char* const kNsLies[4];    // "flbas", "lbads-small", "lbads-large", "ncap"
extern const char* const kListLies[3];  // "unsorted", "duplicates", "zero"

// What `io` does (--rw), named as fio names it.
enum class IoPattern { kRead, kWrite, kRandRead, kRandWrite, kRandRw };
const char* io_pattern_name(IoPattern pattern);  // "read", "randrw", ...
bool io_pattern_reads(IoPattern pattern);
bool io_pattern_writes(IoPattern pattern);
bool io_pattern_random(IoPattern pattern);

// Bytes, as sizes are given to io (--bs, --size): 1 KiB = 1024 bytes.
constexpr uint64_t kKiB = 1024;
constexpr uint64_t kMiB = 1024 * kKiB;
constexpr uint64_t kGiB = 1024 * kMiB;
constexpr uint64_t kMinIoBytes = 512;        // --bs: one logical block of the smallest format
constexpr uint64_t kMaxIoBytes = 64 * kMiB;  // --bs
// The workers' data buffers (queues x iodepth x bs) in the host's DMA memory.
constexpr uint64_t kMaxIoBufferBytes = 256 * kMiB;

// The workload of `io` (docs/cli.md, "nvme-cosim io").
struct IoWorkload {
  IoPattern pattern = IoPattern::kRead;
  unsigned read_percent = 50;          // randrw: the share of reads
  uint64_t bs = 4 * kKiB;              // bytes per I/O; BlockIo splits one above MDTS into commands
  unsigned iodepth = 1;                // I/Os in flight per queue
  unsigned queues = 1;                 // I/O queue pairs, each with iodepth workers
  uint64_t size = 1 * kMiB;            // the region [0, size) of NSID 1, and the bytes to transfer
  std::optional<Picoseconds> runtime;  // no new I/O after this much simulated time
  bool verify = false;
  Picoseconds media_latency = 10 * kUs;
  double media_bandwidth = 0;  // bytes per second; 0: unlimited (a media word per clock)
  std::string media_bandwidth_text = "unlimited";  // as given
  Picoseconds io_timeout = 30 * kS;                // Linux's io_timeout
};

struct Options {
  Command command = Command::kScan;

  // scan, compare and io: the controller at this PCI address through VFIO (docs/hil.md),
  // "0000:00:04.0"; empty: the co-simulated one. With it, times are host time.
  std::string vfio;

  // The namespace set: NSIDs ascending, without duplicates.
  std::vector<uint32_t> nsids;
  std::string nsids_text;         // as given: "--namespaces 19" or the --nsids list
  uint64_t ns_blocks = 0x200000;  // 1 GiB of 512-byte blocks
  unsigned block_bytes = 512;
  std::vector<uint32_t> zero_capacity;  // NCAP = 0: listed, then skipped by the scan
  std::vector<uint32_t> failing;        // Identify fails (controller fault injection)
  // Faults the driver recovers from (controller fault injection, one-shot each).
  std::optional<Picoseconds> fatal_at;  // CSTS.CFS at this simulated time
  uint32_t drop_completion_nsid = 0;    // that NSID's first Identify never completes; 0: none
  std::vector<NsChange> ns_changes;     // in time order
  // Hostile Identify data: per NSID, one of the names in kNsLies; the list lie, one of
  // kListLies (empty: none); NN (0: the largest NSID, as configured).
  std::map<uint32_t, std::string> ns_lies;
  std::string list_lie;
  uint32_t nn = 0;
  // Root-complex faults on the device's reads: the Nth read (1-based) gets Unsupported Request
  // ("ur") or no completion ("timeout"). 0: none.
  std::string read_fault;
  uint64_t read_fault_at = 0;
  // The namespaces active once every change is done, ascending.
  std::vector<uint32_t> final_nsids() const;

  std::string strategy = "ordered";  // scan only
  uint32_t seed = 1;
  unsigned seeds = 5;  // compare and linux-compare: seed .. seed + seeds - 1

  LatencyModel latency;
  std::vector<SlowNsid> slow;
  unsigned slots = 32;
  unsigned admin_depth = 32;
  Picoseconds admin_timeout = 60 * kS;  // Linux's default admin_timeout
  Picoseconds clock_period = 4 * kNs;
  Picoseconds link_latency = 300 * kNs;  // per direction
  Picoseconds name_cost = 1 * kUs;       // RegistrationCost's default
  Picoseconds disk_add_cost = 200 * kUs;
  bool skip_idle = true;

  bool verbose = false;  // the driver's log on stderr
  std::string waveform;  // FST, or VCD if it ends in .vcd; empty: none
  std::string json;      // empty: none
  std::string timeline;  // SVG timeline chart (timeline_svg.h); empty: none
  // Protocol logs (protocol_logs.h); compare: one file per strategy, as --waveform. Empty: none.
  std::string tlp_log;       // one TLP per line
  std::string cmd_log;       // one NVMe command per line
  std::string trace_events;  // Chrome Trace Event Format JSON

  // linux only (docs/linux.md): which kernel, where `make linux` put it, the console's copy.
  std::string kernel = "stock";         // "stock" or "ordered"
  std::string linux_dir;                // empty: "linux" next to the program (build/linux)
  std::string kernel_log;               // empty: none
  Picoseconds boot_timeout = 120 * kS;  // wall time the guest gets to boot, scan and power off
  bool guest_wall_clock = false;        // the guest's clock: the host's (paced), not simulated time
  // The guest kernel's random seed (guest_random.cc); unset: --seed.
  std::optional<uint32_t> guest_seed;
  bool guest_nvme_cli = true;  // /init runs nvme list, id-ctrl and id-ns

  IoWorkload io;  // io only
};

struct ParseResult {
  enum class Status { kOk, kHelp, kError };
  Status status = Status::kError;
  Options options;
  // kHelp: the text to print on stdout. kError: one line naming the problem.
  std::string message;
};

// argv[0] is the program name, argv[1] the command (scan, compare, help) or --help.
ParseResult parse_options(int argc, const char* const* argv);

std::string usage_text();
std::string command_help_text(Command command);

// Helpers, exposed for the tests and the reports.
bool parse_duration(const std::string& text, Picoseconds* out);  // "4ns", "1.5ms", "0s"
bool parse_nsid_list(const std::string& text, std::vector<uint32_t>* out, std::string* error);
std::string format_duration(Picoseconds value);         // shortest exact form: "100us", "2.5ns"
std::string format_latency(const LatencyModel& model);  // "uniform:100us-2ms", "fixed:1ms"
std::string nsid_text(uint32_t nsid);                   // "0x1f", as nvme list prints NSIDs
// Latency in clock cycles, rounded to the nearest cycle.
uint64_t to_cycles(Picoseconds duration, Picoseconds clock_period);
// "4k", "128K", "1m", "2g" (powers of 1024) or plain bytes, above 0.
bool parse_size(const std::string& text, uint64_t* out);
// The largest binary unit that divides it: "4 KiB", "1536 KiB", "64 MiB", "1000 B".
std::string format_bytes(uint64_t bytes);
// "4GB/s", "3.2GiB/s", "500MB/s", "800kB/s", "1000B/s" as bytes per second, above 0.
bool parse_bandwidth(const std::string& text, double* bytes_per_second);
// The media port's bandwidth per clock (common::MediaTiming::bytes_per_cycle); 0: unlimited.
double media_bytes_per_cycle(const IoWorkload& io, Picoseconds clock_period);

// The endpoint's DMA completion timeout (sim-control CPL_TIMEOUT, 16 bits of 1024-cycle units,
// 64 at reset) must outlast a DMA read's round trip over the link. The RTL default when it
// does, else enough for four link latencies plus 50 us (the spec's shortest completion timeout
// range starts there); nothing if even 65535 units are too short at this clock.
constexpr unsigned kDefaultCplTimeoutUnits = 64;
std::optional<unsigned> completion_timeout_units(Picoseconds clock_period,
                                                 Picoseconds link_latency);

}  // namespace cli
