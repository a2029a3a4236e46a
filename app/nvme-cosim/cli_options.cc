// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's option parser: every value checked against the RTL's limits before anything runs.

#include "cli_options.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <set>
#include <utility>

#include "vfio_device.h"

namespace cli {

namespace {

const char* const kStrategies[] = {"sequential", "async", "ordered", "nsid"};

// Unsigned decimal or 0x-prefixed hexadecimal (NSIDs are printed in hex), at most `max`.
bool parse_uint(const std::string& text, uint64_t max, uint64_t* out) {
  size_t i = 0;
  unsigned base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    i = 2;
  }
  if (i >= text.size()) return false;
  uint64_t value = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    unsigned digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return false;
    }
    if (value > (max - digit) / base) return false;  // value * base + digit > max
    value = value * base + digit;
  }
  *out = value;
  return true;
}

bool parse_nsid(const std::string& text, uint32_t* out) {
  uint64_t value = 0;
  if (!parse_uint(text, UINT32_MAX, &value) || value == 0 || value > kMaxNsid) return false;
  *out = static_cast<uint32_t>(value);
  return true;
}

std::string nsid_range_message() { return "an NSID from 1 to " + std::to_string(kMaxNsid); }

// One problem found: ParseResult with the message.
ParseResult fail(const std::string& message) {
  ParseResult result;
  result.status = ParseResult::Status::kError;
  result.message = message;
  return result;
}

// Whether two paths name one file, existing or not: "out.json", "./out.json" and a symlink to it
// are the same.
bool same_file(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const auto resolved = [](const std::string& path, std::error_code& error) {
    return std::filesystem::weakly_canonical(std::filesystem::absolute(path, error), error);
  };
  std::error_code error_a, error_b;
  const std::filesystem::path pa = resolved(a, error_a);
  const std::filesystem::path pb = resolved(b, error_b);
  if (error_a || error_b) return a == b;
  return pa == pb;
}

}  // namespace

bool parse_duration(const std::string& text, Picoseconds* out) {
  static const std::pair<const char*, Picoseconds> kUnits[] = {
      {"ps", 1}, {"ns", kNs}, {"us", kUs}, {"ms", kMs}, {"s", kS}};
  for (const auto& [suffix, scale] : kUnits) {
    const std::string unit = suffix;
    if (text.size() <= unit.size() || text.compare(text.size() - unit.size(), unit.size(), unit))
      continue;
    if (unit == "s" && text.size() >= 2) {  // "ns", "us", "ms", "ps" end in s too
      const char before = text[text.size() - 2];
      if (before == 'n' || before == 'u' || before == 'm' || before == 'p') continue;
    }
    const std::string number = text.substr(0, text.size() - unit.size());
    const size_t dot = number.find('.');
    const std::string whole = number.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : number.substr(dot + 1);
    if (whole.empty() || (dot != std::string::npos && fraction.empty())) return false;
    uint64_t integer = 0;
    if (!std::all_of(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !parse_uint(whole, kMaxDuration / scale, &integer)) {
      return false;
    }
    Picoseconds value = integer * scale;
    Picoseconds place = scale;
    for (const char c : fraction) {
      if (c < '0' || c > '9') return false;
      if (c != '0' && place < 10) return false;  // finer than a picosecond
      place /= 10;
      value += static_cast<Picoseconds>(c - '0') * place;
    }
    if (value > kMaxDuration) return false;
    *out = value;
    return true;
  }
  return false;
}

bool parse_nsid_list(const std::string& text, std::vector<uint32_t>* out, std::string* error) {
  std::vector<uint32_t> nsids;
  std::set<uint32_t> seen;
  size_t start = 0;
  for (;;) {
    const size_t comma = text.find(',', start);
    const std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const size_t dash = item.find('-');
    uint32_t first = 0, last = 0;
    if (item.empty()) {
      *error = "empty entry";
      return false;
    }
    if (dash == std::string::npos) {
      if (!parse_nsid(item, &first)) {
        *error = "'" + item + "' is not " + nsid_range_message();
        return false;
      }
      last = first;
    } else {
      const std::string lo = item.substr(0, dash), hi = item.substr(dash + 1);
      if (!parse_nsid(lo, &first) || !parse_nsid(hi, &last)) {
        *error = "'" + item + "' is not a range of NSIDs from 1 to " + std::to_string(kMaxNsid);
        return false;
      }
      if (first > last) {
        *error = "range '" + item + "' runs backwards";
        return false;
      }
    }
    for (uint32_t nsid = first;; ++nsid) {
      if (!seen.insert(nsid).second) {
        *error = "NSID " + std::to_string(nsid) + " is listed twice";
        return false;
      }
      nsids.push_back(nsid);
      if (nsid == last) break;
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::sort(nsids.begin(), nsids.end());
  *out = std::move(nsids);
  return true;
}

std::string nsid_text(uint32_t nsid) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%x", nsid);
  return text;
}

std::string format_duration(Picoseconds value) {
  static const std::pair<const char*, Picoseconds> kUnits[] = {
      {"s", kS}, {"ms", kMs}, {"us", kUs}, {"ns", kNs}};
  if (value == 0) return "0ns";
  for (const auto& [unit, scale] : kUnits) {
    if (value < scale) continue;
    std::string text = std::to_string(value / scale);
    Picoseconds rest = value % scale;
    if (rest != 0) {
      std::string digits;
      for (Picoseconds place = scale / 10; rest != 0; place /= 10) {
        digits += static_cast<char>('0' + rest / place);
        rest %= place;
      }
      text += "." + digits;
    }
    return text + unit;
  }
  return std::to_string(value) + "ps";
}

std::string format_latency(const LatencyModel& model) {
  if (!model.uniform) return "fixed:" + format_duration(model.min);
  return "uniform:" + format_duration(model.min) + "-" + format_duration(model.max);
}

uint64_t to_cycles(Picoseconds duration, Picoseconds clock_period) {
  return (duration + clock_period / 2) / clock_period;
}

bool parse_size(const std::string& text, uint64_t* out) {
  if (text.empty()) return false;
  uint64_t scale = 1;
  std::string number = text;
  switch (text.back()) {
    case 'k':
    case 'K':
      scale = kKiB;
      break;
    case 'm':
    case 'M':
      scale = kMiB;
      break;
    case 'g':
    case 'G':
      scale = kGiB;
      break;
    default:
      break;
  }
  if (scale != 1) number.pop_back();
  uint64_t value = 0;
  if (number.empty() ||
      !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      !parse_uint(number, UINT64_MAX / scale, &value) || value == 0) {
    return false;
  }
  *out = value * scale;
  return true;
}

std::string format_bytes(uint64_t bytes) {
  static const std::pair<const char*, uint64_t> kUnits[] = {
      {"GiB", kGiB}, {"MiB", kMiB}, {"KiB", kKiB}};
  for (const auto& [unit, scale] : kUnits) {
    if (bytes >= scale && bytes % scale == 0) return std::to_string(bytes / scale) + " " + unit;
  }
  return std::to_string(bytes) + " B";
}

bool parse_bandwidth(const std::string& text, double* bytes_per_second) {
  // NUMBER[PREFIX]B/s: k (or K), M, G, T decimal; Ki, Mi, Gi, Ti binary.
  const std::string unit = "B/s";
  if (text.size() <= unit.size() || text.compare(text.size() - unit.size(), unit.size(), unit))
    return false;
  std::string number = text.substr(0, text.size() - unit.size());
  const bool binary = !number.empty() && number.back() == 'i';
  if (binary) number.pop_back();
  double scale = 1;
  if (!number.empty() && (number.back() < '0' || number.back() > '9')) {
    static const std::string kPrefixes = "kMGT";
    const size_t power = kPrefixes.find(number.back() == 'K' ? 'k' : number.back());
    if (power == std::string::npos) return false;
    for (size_t i = 0; i <= power; ++i) scale *= binary ? 1024 : 1000;
    number.pop_back();
  } else if (binary) {
    return false;
  }
  const size_t dot = number.find('.');
  const std::string whole = number.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? "" : number.substr(dot + 1);
  const auto digits = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // At most 15 + 9 digits: exact enough in a double, and no overflow.
  if (whole.empty() || whole.size() > 15 || !digits(whole) ||
      (dot != std::string::npos && (fraction.empty() || fraction.size() > 9 || !digits(fraction))))
    return false;
  double value = 0;
  for (const char c : whole) value = value * 10 + (c - '0');
  double place = 1;
  for (const char c : fraction) value += (c - '0') * (place /= 10);
  if (!(value > 0)) return false;
  *bytes_per_second = value * scale;
  return true;
}

double media_bytes_per_cycle(const IoWorkload& io, Picoseconds clock_period) {
  return io.media_bandwidth * static_cast<double>(clock_period) / static_cast<double>(kS);
}

std::optional<unsigned> completion_timeout_units(Picoseconds clock_period,
                                                 Picoseconds link_latency) {
  const Picoseconds needed = 4 * link_latency + 50 * kUs;
  const Picoseconds unit = 1024 * clock_period;
  const uint64_t units = std::max<uint64_t>(kDefaultCplTimeoutUnits, (needed + unit - 1) / unit);
  if (units > 0xFFFF) return std::nullopt;
  return static_cast<unsigned>(units);
}

const char* command_name(Command command) {
  switch (command) {
    case Command::kScan:
      return "scan";
    case Command::kCompare:
      return "compare";
    case Command::kLinux:
      return "linux";
    case Command::kLinuxCompare:
      return "linux-compare";
    case Command::kIo:
      return "io";
  }
  return "?";
}

const char* io_pattern_name(IoPattern pattern) {
  switch (pattern) {
    case IoPattern::kRead:
      return "read";
    case IoPattern::kWrite:
      return "write";
    case IoPattern::kRandRead:
      return "randread";
    case IoPattern::kRandWrite:
      return "randwrite";
    case IoPattern::kRandRw:
      return "randrw";
  }
  return "?";
}

bool io_pattern_reads(IoPattern pattern) {
  return pattern == IoPattern::kRead || pattern == IoPattern::kRandRead ||
         pattern == IoPattern::kRandRw;
}

bool io_pattern_writes(IoPattern pattern) {
  return pattern == IoPattern::kWrite || pattern == IoPattern::kRandWrite ||
         pattern == IoPattern::kRandRw;
}

bool io_pattern_random(IoPattern pattern) {
  return pattern != IoPattern::kRead && pattern != IoPattern::kWrite;
}

std::string usage_text() {
  return "usage: nvme-cosim scan [options]      scan the namespaces of the co-simulated "
         "controller\n"
         "       nvme-cosim compare [options]   every strategy on the same settings, side by "
         "side\n"
         "       nvme-cosim linux [options]     the real Linux kernel's NVMe driver (User-Mode "
         "Linux)\n"
         "                                      scans the controller; `make linux` builds it\n"
         "       nvme-cosim linux-compare [options]\n"
         "                                      Linux 6.1, 6.12 and 6.12 with our patch on the\n"
         "                                      same settings, side by side\n"
         "       nvme-cosim io [options]        an fio-like workload of reads and writes "
         "through the\n"
         "                                      controller's I/O queues\n"
         "       nvme-cosim faults [options]    the fault campaign: seeded scans with injected "
         "faults\n"
         "       nvme-cosim sweep [options]     seeds x strategies x scenarios in worker "
         "processes,\n"
         "                                      with shards, a JUnit report and repro commands\n"
         "       nvme-cosim COMMAND --help      the options of a command\n"
         "\n"
         "A Linux-style C++ NVMe driver brings up a Verilated NVMe controller through a SystemC\n"
         "PCIe host platform and scans its namespaces; the names it gives them depend on the\n"
         "scan strategy. Exit status: 0 done, 1 the simulation failed (io: or an I/O failed),\n"
         "2 bad options.\n";
}

namespace {

std::string linux_help_text(bool compare) {
  const std::string usage =
      compare ? "usage: nvme-cosim linux-compare [options]\n"
                "Boots each kernel `make linux` builds (6.1, stock 6.12, 6.12 with our ordered-\n"
                "registration patch) against the same co-simulated controller, each seed in its\n"
                "own process, and prints one table: the kernel's scan time in simulated time,\n"
                "ratio to stock 6.12, whether names follow NSID order and whether they stay the\n"
                "same across seeds (docs/linux.md).\n"
              : "";
  if (compare) {
    return usage +
           "\nOptions: those of linux (nvme-cosim linux --help) but --kernel and --kernel-log,\n"
           "and:\n"
           "  --seeds K               check names over seeds N..N+K-1, 1 to 1000 (default 5)\n"
           "  --json FILE             every kernel's run at the first seed (the compare schema)\n"
           "  --waveform, --tlp-log, --cmd-log, --trace-events FILE\n"
           "                          one file per kernel at the first seed (wave.6.1.fst, ...)\n";
  }
  return "usage: nvme-cosim linux [options]\n"
         "Boots User-Mode Linux 6.12 or 6.1 (built by `make linux`) against the co-simulated\n"
         "controller: the kernel's own NVMe driver enumerates it over virt-pci, scans its\n"
         "namespaces and names them. Prints the names from sysfs as `nvme list` does, the real\n"
         "`nvme list` run inside the guest, and the kernel's nvme log lines. The guest's clock\n"
         "is the simulation's, so a seed fixes the whole run, kernel included (docs/linux.md).\n"
         "\nKernel:\n"
         "  --kernel NAME           stock (Linux 6.12 as released), ordered (6.12 with our\n"
         "                          ordered-registration patch) or 6.1 (Linux 6.1 as\n"
         "                          released: sequential scan) (default stock)\n"
         "  --linux-dir DIR         where `make linux` put the kernels and the root directory\n"
         "                          (default: linux/ next to this program)\n"
         "  --boot-timeout DURATION wall time allowed for boot, scan and power-off (default "
         "120s)\n"
         "  --guest-seed N          the guest kernel's random seed (default: --seed); it picks\n"
         "                          the block layer's tags, so the NVMe command IDs, and nothing\n"
         "                          else the run shows\n"
         "  --no-nvme-cli           do not run nvme-cli, nor the dd check and fio, inside the\n"
         "                          guest (the sysfs table stays; most of a run's wall time is\n"
         "                          fio's start-up)\n"
         "  --guest-clock MODE      simulated: the guest's time is simulated time (UML's\n"
         "                          time-travel=ext, repeatable); wall: the host's clock, with\n"
         "                          simulated time paced to it (default simulated)\n"
         "\nNamespaces and controller: --namespaces, --nsids, --ns-blocks, --block-size,\n"
         "  --zero-capacity-nsid, --fail-nsid, --lie-nsid, --latency, --slow-nsid, --slots,\n"
         "  --seed, --clock-period, --link-latency, --no-skip: as for scan (nvme-cosim scan "
         "--help)\n"
         "\nOutput:\n"
         "  --json FILE             the scan schema, namespaces from sysfs, plus the Identify "
         "data\n"
         "                          `nvme id-ctrl` and `nvme id-ns` printed (docs/cli.md)\n"
         "  --kernel-log FILE       the guest's console\n"
         "  --waveform FILE, --tlp-log FILE, --cmd-log FILE, --trace-events FILE\n"
         "                          as for scan, recorded on the device side\n"
         "  --help                  this text\n";
}

std::string io_help_text() {
  return "usage: nvme-cosim io [options]\n"
         "Brings the controller up with --queues I/O queue pairs and runs an fio-like workload\n"
         "on namespace 1: --iodepth workers per queue, each with one I/O in flight through the\n"
         "C++ driver's block I/O path. Prints IOPS, bandwidth and latency percentiles in\n"
         "simulated time, the errors, and what the RTL simulation cost (docs/cli.md).\n"
         "\nWorkload:\n"
         "  --rw PATTERN            read, write, randread, randwrite or randrw (default read)\n"
         "  --rwmixread PCT         randrw: the share of reads, 0 to 100 (default 50)\n"
         "  --bs SIZE               bytes per I/O, 512 to 64m, a multiple of the block size; "
         "above\n"
         "                          MDTS (128k) the driver splits it into commands (default 4k)\n"
         "  --iodepth N             I/Os in flight per queue, 1 to 1023 (default 1)\n"
         "  --queues N              I/O queue pairs, each with its own MSI-X vector, 1 to 16\n"
         "                          (default 1)\n"
         "  --size SIZE             the region [0, SIZE) of namespace 1 and the bytes to "
         "transfer,\n"
         "                          a multiple of --bs (default 1m)\n"
         "  --runtime DURATION      no new I/O after this much simulated time (default: none)\n"
         "  --verify                writes carry a pattern of (LBA, seed); reads check every "
         "block\n"
         "                          (written: the pattern, never written: zeros); read-only\n"
         "                          patterns fill the region first (prefill)\n"
         "  --io-timeout DURATION   per I/O command, then Abort and reset (default 30s, as "
         "Linux)\n"
         "  --seed N                random offsets, the verify pattern and the controller's "
         "seed,\n"
         "                          0 to 4294967295 (default 1)\n"
         "\nDevice:\n"
         "  --vfio BDF              a real NVMe controller bound to vfio-pci, e.g. 0000:00:04.0\n"
         "                          (docs/hil.md): the workload runs on its NSID 1, and writes\n"
         "                          destroy the data there; times are host time\n"
         "\nMedia and namespace:\n"
         "  --media-latency DURATION\n"
         "                          from a media request to its data or its write done "
         "(default 10us)\n"
         "  --media-bandwidth RATE  per channel (read, write): 4GB/s, 3.2GiB/s, 500MB/s, ... or\n"
         "                          unlimited, a media word per clock (default unlimited)\n"
         "  --namespaces N          NSIDs 1..N; the I/O goes to NSID 1 (default 1)\n"
         "  --ns-blocks N           namespace size in logical blocks (default 2097152)\n"
         "  --block-size BYTES      logical block size, 512 or 4096 (default 512)\n"
         "\nPlatform:\n"
         "  --clock-period DURATION RTL clock period (default 4ns)\n"
         "  --link-latency DURATION PCIe link latency per direction (default 300ns)\n"
         "  --no-skip               evaluate every clock edge (idle skipping off; same results, "
         "slower)\n"
         "\nOutput:\n"
         "  --json FILE             settings, per-direction statistics, errors, media "
         "(docs/cli.md)\n"
         "  --waveform FILE         FST waveform of the run (VCD if FILE ends in .vcd)\n"
         "  --tlp-log FILE          every TLP, one per line, as a protocol analyzer shows them\n"
         "  --cmd-log FILE          every NVMe command, one per line (times, CID, status)\n"
         "  --trace-events FILE     Chrome Trace Event JSON for Perfetto UI / chrome://tracing\n"
         "  --verbose               the driver's log on stderr\n"
         "  --help                  this text\n"
         "\nSIZE is bytes, or a number with k, m or g (1024, 1024^2, 1024^3). DURATION is a "
         "number\n"
         "with a unit: ps, ns, us, ms or s. Times in the output are simulated time.\n";
}

}  // namespace

std::string command_help_text(Command command) {
  if (command == Command::kIo) return io_help_text();
  if (command == Command::kLinux || command == Command::kLinuxCompare)
    return linux_help_text(command == Command::kLinuxCompare);
  const bool scan = command == Command::kScan;
  std::string text = scan ? "usage: nvme-cosim scan [options]\n"
                            "Brings the controller up, scans its namespaces with one strategy and "
                            "prints the\nnames as `nvme list` does, then the timings.\n"
                          : "usage: nvme-cosim compare [options]\n"
                            "Runs every strategy (sequential, async, ordered, nsid) on the same "
                            "settings, each\nin its own process, and prints one table: scan time, "
                            "ratio to async, whether\nnames follow NSID order and whether they "
                            "stay the same across seeds.\n";
  text +=
      "\nDevice:\n"
      "  --vfio BDF              a real NVMe controller bound to vfio-pci, e.g. 0000:00:04.0,\n"
      "                          instead of the co-simulated one (docs/hil.md): the driver's\n"
      "                          options and the output apply, times are host time\n"
      "\nNamespaces:\n"
      "  --namespaces N          NSIDs 1..N (1 to 8192; default 19, as in the cover letter)\n"
      "  --nsids LIST            explicit NSIDs, e.g. 1,10,333,400-420 (instead of "
      "--namespaces)\n"
      "  --ns-blocks N           namespace size in logical blocks (default 2097152: 1 GiB of "
      "512 B)\n"
      "  --block-size BYTES      logical block size, 512 or 4096 (default 512)\n"
      "  --zero-capacity-nsid NSID\n"
      "                          report NCAP = 0 for this namespace, so the scan skips it like a\n"
      "                          failed one (repeatable)\n"
      "  --fail-nsid NSID        make this namespace's Identify commands fail (Internal Error,\n"
      "                          fault injection in the controller); the scan skips it\n"
      "                          (repeatable)\n"
      "\nFaults (the driver recovers: Abort, controller reset; docs/cli.md):\n"
      "  --fatal-at DURATION     the controller sets CSTS.CFS (fatal status) at this simulated\n"
      "                          time, counted from the start of the run\n"
      "  --drop-completion NSID  the controller never completes this namespace's first Identify\n"
      "  --lie-nsid NSID=LIE     this namespace's Identify data lies: flbas (a format beyond\n"
      "                          NLBAF), lbads-small (LBADS 8), lbads-large (LBADS 17), ncap\n"
      "                          (NCAP above NSZE); the scan skips it (repeatable)\n"
      "  --list-lie LIE          the Active NSID list lies: unsorted, duplicates or zero (an NSID "
      "0\n"
      "                          inside it); the scan stops with an error\n"
      "  --nn N                  Number of Namespaces reported (default: the largest NSID); above\n"
      "                          65536 the driver refuses the controller\n"
      "  --read-fault KIND@N     the Nth read by the device (1 = the first queue entry fetch) "
      "gets\n"
      "                          Unsupported Request (ur) or no completion (timeout)\n"
      "  --detach-nsid NSID@DURATION, --attach-nsid NSID@DURATION\n"
      "                          the namespace leaves (joins) the controller at that time; it\n"
      "                          raises a Namespace Attribute Changed event and the driver\n"
      "                          rescans (repeatable)\n"
      "\nScan:\n";
  if (scan) {
    text += "  --strategy NAME         sequential, async, ordered or nsid (default ordered)\n";
  }
  text +=
      "  --seed N                seed of the controller's latency generator, 0 to 4294967295 "
      "(default 1)\n";
  if (!scan) {
    text += "  --seeds K               check names over seeds N..N+K-1, 1 to 1000 (default 5)\n";
  }
  text +=
      "  --name-cost DURATION    serialized name allocation per namespace (default 1us)\n"
      "  --disk-add-cost DURATION\n"
      "                          concurrent disk add per namespace (default 200us)\n"
      "\nController:\n"
      "  --latency MODEL         command execution time (Identify and every admin command):\n"
      "                          fixed:DURATION or uniform:MIN-MAX (default "
      "uniform:100us-2ms)\n"
      "  --slow-nsid NSID=DURATION\n"
      "                          fixed latency for one namespace's commands (repeatable, up "
      "to 16)\n"
      "  --slots N               execution slots in use, 1 to 32 (default 32)\n"
      "  --admin-depth N         admin queue entries, 3 to 1024 (default 32)\n"
      "  --admin-timeout DURATION\n"
      "                          admin command timeout (default 60s, as Linux)\n"
      "\nPlatform:\n"
      "  --clock-period DURATION RTL clock period (default 4ns)\n"
      "  --link-latency DURATION PCIe link latency per direction (default 300ns)\n"
      "  --no-skip               evaluate every clock edge (idle skipping off; same results, "
      "slower)\n"
      "\nOutput:\n";
  if (scan) {
    text +=
        "  --waveform FILE         FST waveform of the run (VCD if FILE ends in .vcd)\n"
        "  --json FILE             settings, summary and per-namespace times (docs/cli.md)\n"
        "  --timeline FILE         SVG chart of every namespace's phases over time\n"
        "  --tlp-log FILE          every TLP, one per line, as a protocol analyzer shows them\n"
        "  --cmd-log FILE          every NVMe command, one per line (times, CID, status)\n"
        "  --trace-events FILE     Chrome Trace Event JSON for Perfetto UI / chrome://tracing\n";
  } else {
    text +=
        "  --waveform FILE         one waveform per strategy, first seed: FILE with the "
        "strategy\n"
        "                          before the suffix (wave.fst -> wave.async.fst)\n"
        "  --json FILE             settings and one scan object per strategy (docs/cli.md)\n"
        "  --timeline FILE         SVG chart, the strategies stacked on one time axis\n"
        "  --tlp-log FILE          TLP log per strategy, first seed (FILE named as --waveform)\n"
        "  --cmd-log FILE          NVMe command log per strategy, first seed\n"
        "  --trace-events FILE     Chrome Trace Event JSON per strategy, first seed\n";
  }
  text +=
      "  --verbose               the driver's log (bring-up states, failures) on stderr\n"
      "  --help                  this text\n"
      "\nDURATION is a number with a unit: ps, ns, us, ms or s (e.g. 150ms, 2.5ns). Latencies\n"
      "are rounded to whole clock cycles. Times in the output are simulated time.\n";
  return text;
}

const char* const kNsLies[4] = {"flbas", "lbads-small", "lbads-large", "ncap"};
const char* const kListLies[3] = {"unsorted", "duplicates", "zero"};

std::vector<uint32_t> Options::final_nsids() const {
  std::set<uint32_t> active(nsids.begin(), nsids.end());
  for (const NsChange& change : ns_changes) {
    if (change.attach) {
      active.insert(change.nsid);
    } else {
      active.erase(change.nsid);
    }
  }
  return std::vector<uint32_t>(active.begin(), active.end());
}

ParseResult parse_options(int argc, const char* const* argv) {
  ParseResult result;
  Options& o = result.options;
  if (argc < 2)
    return fail("missing command: scan, compare, linux, linux-compare, io, faults or sweep");
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    result.status = ParseResult::Status::kHelp;
    result.message = usage_text();
    return result;
  }
  if (command == "scan") {
    o.command = Command::kScan;
  } else if (command == "compare") {
    o.command = Command::kCompare;
  } else if (command == "linux") {
    o.command = Command::kLinux;
  } else if (command == "linux-compare") {
    o.command = Command::kLinuxCompare;
  } else if (command == "io") {
    o.command = Command::kIo;
  } else if (!command.empty() && command[0] == '-') {
    return fail(
        "expected a command (scan, compare, linux, linux-compare, io, faults or sweep) before '" +
        command + "'");
  } else {
    return fail("unknown command '" + command +
                "' (scan, compare, linux, linux-compare, io, faults or sweep)");
  }
  const bool scan = o.command == Command::kScan;
  const bool linux_run = o.command == Command::kLinux || o.command == Command::kLinuxCompare;
  const bool io = o.command == Command::kIo;

  bool have_namespaces = false, have_nsids = false, have_rwmixread = false;
  unsigned namespaces = io ? 1 : 19;
  std::string nsids_text;
  std::vector<std::string> slow_texts, zero_texts, fail_texts;
  std::string drop_text;
  std::vector<std::string> lie_texts;
  std::vector<std::pair<std::string, std::string>> change_texts;  // option, value
  std::vector<std::string> given;                                 // every option, in order

  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      result.status = ParseResult::Status::kHelp;
      result.message = command_help_text(o.command);
      return result;
    }
    if (arg.rfind("--", 0) != 0) return fail("unexpected argument '" + arg + "'");
    std::string value;
    bool inline_value = false;
    const size_t equals = arg.find('=');
    if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg = arg.substr(0, equals);
      inline_value = true;
    }
    given.push_back(arg);
    if (arg == "--no-skip" || arg == "--verbose" || arg == "--no-nvme-cli" || arg == "--verify") {
      if (inline_value) return fail(arg + " takes no value");
      if (arg == "--no-nvme-cli" && !linux_run) return fail(arg + " applies to linux only");
      if (arg == "--verify" && !io) return fail(arg + " applies to io only");
      if (arg == "--no-skip") o.skip_idle = false;
      if (arg == "--verbose") o.verbose = true;
      if (arg == "--no-nvme-cli") o.guest_nvme_cli = false;
      if (arg == "--verify") o.io.verify = true;
      continue;
    }
    // clang-format off
    static const std::set<std::string> kValued = {
        "--namespaces", "--nsids", "--ns-blocks", "--block-size", "--zero-capacity-nsid",
        "--strategy", "--seed", "--seeds", "--name-cost", "--disk-add-cost", "--latency",
        "--slow-nsid", "--slots", "--admin-depth", "--admin-timeout", "--clock-period",
        "--link-latency", "--waveform", "--json", "--fail-nsid", "--timeline", "--tlp-log",
        "--cmd-log", "--trace-events", "--fatal-at", "--drop-completion", "--detach-nsid",
        "--attach-nsid", "--lie-nsid", "--list-lie", "--nn", "--read-fault", "--kernel",
        "--linux-dir", "--kernel-log", "--boot-timeout", "--guest-clock", "--guest-seed",
        "--rw", "--rwmixread", "--bs", "--iodepth", "--queues", "--size", "--runtime",
        "--media-latency", "--media-bandwidth", "--io-timeout", "--vfio"};
    // clang-format on
    if (kValued.count(arg) == 0) return fail("unknown option '" + arg + "'");
    static const std::set<std::string> kIoOnly = {
        "--rw",        "--rwmixread",     "--bs",
        "--iodepth",   "--queues",        "--size",
        "--runtime",   "--media-latency", "--media-bandwidth",
        "--io-timeout"};
    // io's own and the shared ones that mean something to a workload on NSID 1; the scan's
    // namespace games, faults and admin settings do not.
    static const std::set<std::string> kIoShared = {
        "--namespaces",   "--ns-blocks",    "--block-size",   "--seed",
        "--clock-period", "--link-latency", "--waveform",     "--json",
        "--tlp-log",      "--cmd-log",      "--trace-events", "--vfio"};
    if (io && !kIoOnly.count(arg) && !kIoShared.count(arg))
      return fail(arg + " does not apply to io (nvme-cosim io --help lists its options)");
    if (!io && kIoOnly.count(arg)) return fail(arg + " applies to io only");
    // The kernel's driver scans and names: the C++ driver's options do not apply to it.
    static const std::set<std::string> kNotLinux = {
        "--strategy", "--name-cost",       "--disk-add-cost", "--admin-depth", "--admin-timeout",
        "--timeline", "--detach-nsid",     "--attach-nsid",   "--nn",          "--read-fault",
        "--fatal-at", "--drop-completion", "--list-lie"};
    static const std::set<std::string> kLinuxOnly = {"--kernel",      "--linux-dir",
                                                     "--kernel-log",  "--boot-timeout",
                                                     "--guest-clock", "--guest-seed"};
    if (linux_run && kNotLinux.count(arg))
      return fail(arg + " does not apply to linux (the kernel's own driver scans)");
    if (!linux_run && kLinuxOnly.count(arg)) return fail(arg + " applies to linux only");
    if (o.command == Command::kLinuxCompare && (arg == "--kernel" || arg == "--kernel-log"))
      return fail(arg + " applies to linux only: linux-compare boots every kernel");
    if (!inline_value) {
      if (i + 1 >= argc) return fail(arg + " needs a value");
      value = argv[++i];
      // "--json --verbose" forgot the file name; a file named like an option takes --json=NAME.
      if (value.rfind("--", 0) == 0)
        return fail(arg + " needs a value, not the option '" + value + "' (or " + arg + "=" +
                    value + ")");
    }
    if (value.empty()) return fail(arg + " needs a value");

    uint64_t number = 0;
    auto duration = [&](Picoseconds* out) { return parse_duration(value, out); };
    const std::string bad_duration =
        arg + ": '" + value + "' is not a duration (a number and ps, ns, us, ms or s, up to 1000s)";

    if (arg == "--namespaces") {
      if (!parse_uint(value, kMaxNsid, &number) || number == 0)
        return fail("--namespaces: '" + value + "' is not a count from 1 to " +
                    std::to_string(kMaxNsid));
      namespaces = static_cast<unsigned>(number);
      have_namespaces = true;
    } else if (arg == "--nsids") {
      std::string error;
      if (!parse_nsid_list(value, &o.nsids, &error)) return fail("--nsids: " + error);
      nsids_text = value;
      have_nsids = true;
    } else if (arg == "--ns-blocks") {
      if (!parse_uint(value, kMaxNsBlocks, &number) || number == 0)
        return fail("--ns-blocks: '" + value + "' is not a block count from 1 to 2^48-1");
      o.ns_blocks = number;
    } else if (arg == "--block-size") {
      if (value != "512" && value != "4096")
        return fail("--block-size: '" + value + "' is not 512 or 4096");
      o.block_bytes = value == "512" ? 512 : 4096;
    } else if (arg == "--zero-capacity-nsid") {
      zero_texts.push_back(value);
    } else if (arg == "--fail-nsid") {
      fail_texts.push_back(value);
    } else if (arg == "--fatal-at") {
      Picoseconds at = 0;
      if (!parse_duration(value, &at) || at == 0)
        return fail("--fatal-at: '" + value + "' is not a duration above 0 (e.g. 2ms)");
      o.fatal_at = at;
    } else if (arg == "--drop-completion") {
      drop_text = value;
    } else if (arg == "--lie-nsid") {
      lie_texts.push_back(value);
    } else if (arg == "--list-lie") {
      if (std::find(std::begin(kListLies), std::end(kListLies), value) == std::end(kListLies))
        return fail("--list-lie: '" + value + "' is not unsorted, duplicates or zero");
      o.list_lie = value;
    } else if (arg == "--nn") {
      uint64_t number = 0;
      if (!parse_uint(value, UINT32_MAX - 1, &number) || number == 0)
        return fail("--nn: '" + value + "' is not a count from 1 to 4294967294");
      o.nn = static_cast<uint32_t>(number);
    } else if (arg == "--read-fault") {
      const size_t at = value.find('@');
      const std::string kind = value.substr(0, at);
      if (at == std::string::npos || (kind != "ur" && kind != "timeout") ||
          !parse_uint(value.substr(at + 1), UINT32_MAX, &o.read_fault_at) || o.read_fault_at == 0)
        return fail("--read-fault: '" + value + "' is not ur@N or timeout@N (N from 1)");
      o.read_fault = kind;
    } else if (arg == "--detach-nsid" || arg == "--attach-nsid") {
      change_texts.emplace_back(arg, value);
    } else if (arg == "--strategy") {
      if (!scan) return fail("--strategy applies to scan only: compare runs every strategy");
      if (std::find(std::begin(kStrategies), std::end(kStrategies), value) == std::end(kStrategies))
        return fail("--strategy: '" + value + "' is not sequential, async, ordered or nsid");
      o.strategy = value;
    } else if (arg == "--seed") {
      if (!parse_uint(value, UINT32_MAX, &number))
        return fail("--seed: '" + value + "' is not a number from 0 to 4294967295");
      o.seed = static_cast<uint32_t>(number);
    } else if (arg == "--seeds") {
      if (scan || o.command == Command::kLinux)
        return fail("--seeds applies to compare and linux-compare only");
      if (!parse_uint(value, 1000, &number) || number == 0)
        return fail("--seeds: '" + value + "' is not a count from 1 to 1000");
      o.seeds = static_cast<unsigned>(number);
    } else if (arg == "--name-cost") {
      if (!duration(&o.name_cost)) return fail(bad_duration);
    } else if (arg == "--disk-add-cost") {
      if (!duration(&o.disk_add_cost)) return fail(bad_duration);
    } else if (arg == "--latency") {
      LatencyModel model;
      if (value.rfind("fixed:", 0) == 0) {
        model.uniform = false;
        if (!parse_duration(value.substr(6), &model.min))
          return fail("--latency: '" + value + "' is not fixed:DURATION (e.g. fixed:1ms)");
        model.max = model.min;
      } else if (value.rfind("uniform:", 0) == 0) {
        const std::string range = value.substr(8);
        const size_t dash = range.find('-');
        if (dash == std::string::npos || !parse_duration(range.substr(0, dash), &model.min) ||
            !parse_duration(range.substr(dash + 1), &model.max))
          return fail("--latency: '" + value + "' is not uniform:MIN-MAX (e.g. uniform:1ms-3ms)");
        if (model.min > model.max)
          return fail("--latency: minimum " + format_duration(model.min) + " above maximum " +
                      format_duration(model.max));
      } else {
        return fail("--latency: '" + value +
                    "' is not fixed:DURATION or uniform:MIN-MAX (e.g. uniform:100us-2ms)");
      }
      o.latency = model;
    } else if (arg == "--slow-nsid") {
      slow_texts.push_back(value);
    } else if (arg == "--slots") {
      if (!parse_uint(value, kMaxSlots, &number) || number == 0)
        return fail("--slots: '" + value + "' is not a count from 1 to " +
                    std::to_string(kMaxSlots));
      o.slots = static_cast<unsigned>(number);
    } else if (arg == "--admin-depth") {
      if (!parse_uint(value, kMaxAdminDepth, &number) || number < kMinAdminDepth)
        return fail("--admin-depth: '" + value + "' is not a depth from " +
                    std::to_string(kMinAdminDepth) + " to " + std::to_string(kMaxAdminDepth));
      o.admin_depth = static_cast<unsigned>(number);
    } else if (arg == "--admin-timeout") {
      if (!duration(&o.admin_timeout)) return fail(bad_duration);
      if (o.admin_timeout < kUs) return fail("--admin-timeout: shorter than 1us");
    } else if (arg == "--clock-period") {
      if (!duration(&o.clock_period)) return fail(bad_duration);
      if (o.clock_period == 0 || o.clock_period > kUs)
        return fail("--clock-period: " + value + " is not between 1ps and 1us");
    } else if (arg == "--link-latency") {
      if (!duration(&o.link_latency)) return fail(bad_duration);
      if (o.link_latency > kMs) return fail("--link-latency: above 1ms");
    } else if (arg == "--waveform") {
      o.waveform = value;
    } else if (arg == "--json") {
      o.json = value;
    } else if (arg == "--timeline") {
      o.timeline = value;
    } else if (arg == "--tlp-log") {
      o.tlp_log = value;
    } else if (arg == "--cmd-log") {
      o.cmd_log = value;
    } else if (arg == "--trace-events") {
      o.trace_events = value;
    } else if (arg == "--kernel") {
      if (value != "stock" && value != "ordered" && value != "6.1")
        return fail("--kernel: '" + value + "' is not stock, ordered or 6.1");
      o.kernel = value;
    } else if (arg == "--linux-dir") {
      o.linux_dir = value;
    } else if (arg == "--kernel-log") {
      o.kernel_log = value;
    } else if (arg == "--guest-seed") {
      if (!parse_uint(value, UINT32_MAX, &number))
        return fail("--guest-seed: '" + value + "' is not a number from 0 to 4294967295");
      o.guest_seed = static_cast<uint32_t>(number);
    } else if (arg == "--guest-clock") {
      if (value != "simulated" && value != "wall")
        return fail("--guest-clock: '" + value + "' is not simulated or wall");
      o.guest_wall_clock = value == "wall";
    } else if (arg == "--boot-timeout") {
      if (!duration(&o.boot_timeout)) return fail(bad_duration);
      if (o.boot_timeout < kS) return fail("--boot-timeout: shorter than 1s");
    } else if (arg == "--rw") {
      static const IoPattern kPatterns[] = {IoPattern::kRead, IoPattern::kWrite,
                                            IoPattern::kRandRead, IoPattern::kRandWrite,
                                            IoPattern::kRandRw};
      const auto named = std::find_if(std::begin(kPatterns), std::end(kPatterns),
                                      [&](IoPattern p) { return value == io_pattern_name(p); });
      if (named == std::end(kPatterns))
        return fail("--rw: '" + value + "' is not read, write, randread, randwrite or randrw");
      o.io.pattern = *named;
    } else if (arg == "--rwmixread") {
      if (!parse_uint(value, 100, &number))
        return fail("--rwmixread: '" + value + "' is not a percentage from 0 to 100");
      o.io.read_percent = static_cast<unsigned>(number);
      have_rwmixread = true;
    } else if (arg == "--bs") {
      if (!parse_size(value, &o.io.bs) || o.io.bs < kMinIoBytes || o.io.bs > kMaxIoBytes)
        return fail("--bs: '" + value + "' is not a size from 512 to 64m (bytes, or with k or m)");
      if (o.io.bs % kMinIoBytes != 0)
        return fail("--bs: " + value + " is not a multiple of 512 bytes");
    } else if (arg == "--iodepth") {
      if (!parse_uint(value, kMaxIoDepth, &number) || number == 0)
        return fail("--iodepth: '" + value + "' is not a depth from 1 to " +
                    std::to_string(kMaxIoDepth));
      o.io.iodepth = static_cast<unsigned>(number);
    } else if (arg == "--queues") {
      if (!parse_uint(value, kMaxIoQueues, &number) || number == 0)
        return fail("--queues: '" + value + "' is not a count from 1 to " +
                    std::to_string(kMaxIoQueues));
      o.io.queues = static_cast<unsigned>(number);
    } else if (arg == "--size") {
      if (!parse_size(value, &o.io.size))
        return fail("--size: '" + value + "' is not a size above 0 (bytes, or with k, m or g)");
    } else if (arg == "--runtime") {
      Picoseconds runtime = 0;
      if (!parse_duration(value, &runtime) || runtime == 0)
        return fail("--runtime: '" + value + "' is not a duration above 0 (e.g. 2ms)");
      o.io.runtime = runtime;
    } else if (arg == "--media-latency") {
      if (!duration(&o.io.media_latency)) return fail(bad_duration);
    } else if (arg == "--media-bandwidth") {
      if (value == "unlimited") {
        o.io.media_bandwidth = 0;
      } else if (!parse_bandwidth(value, &o.io.media_bandwidth)) {
        return fail("--media-bandwidth: '" + value +
                    "' is not a rate above 0 (e.g. 4GB/s, 3.2GiB/s, 500MB/s) or unlimited");
      }
      o.io.media_bandwidth_text = value;
    } else if (arg == "--io-timeout") {
      if (!duration(&o.io.io_timeout)) return fail(bad_duration);
      if (o.io.io_timeout < kUs) return fail("--io-timeout: shorter than 1us");
    } else if (arg == "--vfio") {
      if (linux_run) return fail("--vfio applies to scan, compare and io");
      o.vfio = vfio::canonical_bdf(value);
      if (o.vfio.empty())
        return fail("--vfio: '" + value +
                    "' is not a PCI address (DDDD:BB:DD.F, e.g. 0000:00:04.0)");
    }
  }

  // ---- A real controller: what configures the simulation does not apply -----------------
  if (!o.vfio.empty()) {
    // The driver's own settings, the workload and the output; the rest shapes the simulated
    // controller, its faults, the link or the waveform.
    static const std::set<std::string> kWithVfio = {
        "--vfio",         "--strategy",      "--seeds", "--name-cost", "--disk-add-cost",
        "--admin-depth",  "--admin-timeout", "--json",  "--timeline",  "--cmd-log",
        "--trace-events", "--verbose",       "--rw",    "--rwmixread", "--bs",
        "--iodepth",      "--queues",        "--size",  "--runtime",   "--io-timeout",
        "--verify",       "--seed"};
    for (const std::string& arg : given) {
      if (!kWithVfio.count(arg))
        return fail(arg +
                    " configures the simulation, not a device: it does not apply with --vfio");
    }
    if (!io && std::find(given.begin(), given.end(), "--seed") != given.end())
      return fail(
          "--seed sets the simulated controller's latencies: it does not apply with --vfio");
  }

  // ---- Settings that depend on each other ------------------------------------------------
  if (have_namespaces && have_nsids) return fail("--namespaces and --nsids exclude each other");
  if (!have_nsids) {
    o.nsids.clear();
    for (uint32_t nsid = 1; nsid <= namespaces; ++nsid) o.nsids.push_back(nsid);
    o.nsids_text = "1-" + std::to_string(namespaces);
  } else {
    o.nsids_text = nsids_text;
  }
  auto listed = [&](uint32_t nsid) {
    return std::binary_search(o.nsids.begin(), o.nsids.end(), nsid);
  };

  for (const auto& [option, text] : change_texts) {
    const size_t at = text.find('@');
    NsChange change;
    change.attach = option == "--attach-nsid";
    if (at == std::string::npos || !parse_nsid(text.substr(0, at), &change.nsid) ||
        !parse_duration(text.substr(at + 1), &change.at) || change.at == 0)
      return fail(option + ": '" + text + "' is not NSID@DURATION (e.g. 7@2ms)");
    o.ns_changes.push_back(change);
  }
  std::stable_sort(o.ns_changes.begin(), o.ns_changes.end(),
                   [](const NsChange& a, const NsChange& b) { return a.at < b.at; });
  {
    // Replayed in time order: a detach needs the namespace active, an attach needs it absent.
    std::set<uint32_t> active(o.nsids.begin(), o.nsids.end());
    for (const NsChange& change : o.ns_changes) {
      const std::string option = change.attach ? "--attach-nsid" : "--detach-nsid";
      if (change.attach && !active.insert(change.nsid).second)
        return fail(option + ": NSID " + std::to_string(change.nsid) + " is already attached then");
      if (!change.attach && active.erase(change.nsid) == 0)
        return fail(option + ": NSID " + std::to_string(change.nsid) + " is not attached then");
    }
  }

  for (const std::string& text : lie_texts) {
    const size_t equals = text.find('=');
    uint32_t nsid = 0;
    const std::string lie = equals == std::string::npos ? "" : text.substr(equals + 1);
    if (equals == std::string::npos || !parse_nsid(text.substr(0, equals), &nsid) ||
        std::find(std::begin(kNsLies), std::end(kNsLies), lie) == std::end(kNsLies))
      return fail("--lie-nsid: '" + text +
                  "' is not NSID=LIE (LIE: flbas, lbads-small, lbads-large or ncap)");
    if (!listed(nsid)) return fail("--lie-nsid: NSID " + std::to_string(nsid) + " is not listed");
    if (!o.ns_lies.emplace(nsid, lie).second)
      return fail("--lie-nsid: NSID " + std::to_string(nsid) + " given twice");
  }
  if (o.nn != 0 && !o.nsids.empty() && o.nn < o.nsids.back())
    return fail("--nn: " + std::to_string(o.nn) + " is below the largest NSID listed");

  if (!drop_text.empty()) {
    if (!parse_nsid(drop_text, &o.drop_completion_nsid))
      return fail("--drop-completion: '" + drop_text + "' is not " + nsid_range_message());
    if (!listed(o.drop_completion_nsid))
      return fail("--drop-completion: NSID " + drop_text + " is not among the namespaces");
  }

  for (const std::string& text : fail_texts) {
    uint32_t nsid = 0;
    if (!parse_nsid(text, &nsid))
      return fail("--fail-nsid: '" + text + "' is not " + nsid_range_message());
    if (!listed(nsid)) return fail("--fail-nsid: NSID " + text + " is not among the namespaces");
    if (std::find(o.failing.begin(), o.failing.end(), nsid) != o.failing.end())
      return fail("--fail-nsid: NSID " + text + " given twice");
    o.failing.push_back(nsid);
  }
  std::sort(o.failing.begin(), o.failing.end());

  for (const std::string& text : zero_texts) {
    uint32_t nsid = 0;
    if (!parse_nsid(text, &nsid))
      return fail("--zero-capacity-nsid: '" + text + "' is not " + nsid_range_message());
    if (!listed(nsid))
      return fail("--zero-capacity-nsid: NSID " + text + " is not among the namespaces");
    if (std::find(o.zero_capacity.begin(), o.zero_capacity.end(), nsid) != o.zero_capacity.end())
      return fail("--zero-capacity-nsid: NSID " + text + " given twice");
    o.zero_capacity.push_back(nsid);
  }
  std::sort(o.zero_capacity.begin(), o.zero_capacity.end());

  if (slow_texts.size() > kMaxOverrides)
    return fail("--slow-nsid: at most " + std::to_string(kMaxOverrides) +
                " (the controller's latency overrides)");
  for (const std::string& text : slow_texts) {
    const size_t equals = text.find('=');
    SlowNsid slow;
    if (equals == std::string::npos || !parse_nsid(text.substr(0, equals), &slow.nsid) ||
        !parse_duration(text.substr(equals + 1), &slow.latency))
      return fail("--slow-nsid: '" + text + "' is not NSID=DURATION (e.g. 7=150ms)");
    if (!listed(slow.nsid))
      return fail("--slow-nsid: NSID " + text.substr(0, equals) + " is not among the namespaces");
    for (const SlowNsid& other : o.slow) {
      if (other.nsid == slow.nsid)
        return fail("--slow-nsid: NSID " + text.substr(0, equals) + " given twice");
    }
    o.slow.push_back(slow);
  }

  const auto too_many_cycles = [&](Picoseconds d) {
    return to_cycles(d, o.clock_period) > kMaxLatencyCycles;
  };
  if (too_many_cycles(o.latency.max))
    return fail("--latency: more than 2^48-1 clock cycles of " + format_duration(o.clock_period));
  for (const SlowNsid& slow : o.slow) {
    if (too_many_cycles(slow.latency))
      return fail("--slow-nsid: " + nsid_text(slow.nsid) + " more than 2^48-1 clock cycles");
  }
  if (!completion_timeout_units(o.clock_period, o.link_latency)) {
    return fail("--clock-period " + format_duration(o.clock_period) + " with --link-latency " +
                format_duration(o.link_latency) +
                ": the endpoint's DMA completion timeout (at most 65535 x 1024 cycles) cannot "
                "outlast the link's round trip; use a longer clock period or a shorter link");
  }
  if (!o.waveform.empty() && o.waveform.back() == '/')
    return fail("--waveform: '" + o.waveform + "' is a directory");
  const std::pair<const char*, const std::string*> kLogs[] = {
      {"--tlp-log", &o.tlp_log}, {"--cmd-log", &o.cmd_log}, {"--trace-events", &o.trace_events}};
  for (const auto& [name, file] : kLogs) {
    if (!file->empty() && file->back() == '/')
      return fail(std::string(name) + ": '" + *file + "' is a directory");
  }
  // Two outputs on one file: one would overwrite the other.
  const std::pair<const char*, const std::string*> kOutputs[] = {
      {"--waveform", &o.waveform},    {"--json", &o.json},
      {"--timeline", &o.timeline},    {"--tlp-log", &o.tlp_log},
      {"--cmd-log", &o.cmd_log},      {"--trace-events", &o.trace_events},
      {"--kernel-log", &o.kernel_log}};
  for (size_t a = 0; a < std::size(kOutputs); ++a) {
    for (size_t b = a + 1; b < std::size(kOutputs); ++b) {
      const std::string& first = *kOutputs[a].second;
      const std::string& second = *kOutputs[b].second;
      if (!first.empty() && same_file(first, second))
        return fail(std::string(kOutputs[a].first) + " and " + kOutputs[b].first +
                    " name the same file '" + second + "'");
    }
  }
  if ((o.command == Command::kCompare || o.command == Command::kLinuxCompare) &&
      uint64_t{o.seed} + o.seeds - 1 > UINT32_MAX)
    return fail("--seed and --seeds: the last seed is above 4294967295");
  if (io) {
    const IoWorkload& w = o.io;
    if (have_rwmixread && w.pattern != IoPattern::kRandRw)
      return fail("--rwmixread applies to --rw randrw only");
    if (w.bs % o.block_bytes != 0)
      return fail("--bs " + format_bytes(w.bs) + " is not a multiple of the namespace's " +
                  std::to_string(o.block_bytes) + "-byte blocks (--block-size)");
    if (w.size % w.bs != 0)
      return fail("--size " + format_bytes(w.size) + " is not a multiple of --bs " +
                  format_bytes(w.bs));
    const uint64_t ns_bytes = o.ns_blocks * o.block_bytes;
    if (w.size > ns_bytes)
      return fail("--size " + format_bytes(w.size) + " does not fit namespace 1 of " +
                  format_bytes(ns_bytes) + " (--ns-blocks x --block-size)");
    // bs <= 64 MiB, queues x iodepth < 2^14: no overflow.
    const uint64_t buffers = uint64_t{w.queues} * w.iodepth * w.bs;
    if (buffers > kMaxIoBufferBytes)
      return fail("--queues x --iodepth x --bs: " + format_bytes(buffers) +
                  " of data buffers, above the " + format_bytes(kMaxIoBufferBytes) +
                  " of host DMA memory they may take");
    // The media port keeps its bandwidth in 65536ths of a byte per clock, below 65536.
    const double per_cycle = media_bytes_per_cycle(w, o.clock_period);
    if (w.media_bandwidth > 0 && per_cycle * 65536 < 1)
      return fail("--media-bandwidth " + w.media_bandwidth_text +
                  ": below the media port's 1/65536 byte per clock of " +
                  format_duration(o.clock_period));
    if (per_cycle >= 65536)
      return fail("--media-bandwidth " + w.media_bandwidth_text +
                  ": 65536 bytes per clock or more (use unlimited)");
  }

  result.status = ParseResult::Status::kOk;
  return result;
}

}  // namespace cli
