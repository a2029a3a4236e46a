// SPDX-License-Identifier: Apache-2.0
// The fuzzers' properties (properties.h).

#include "properties.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <sstream>

#include "cli_options.h"
#include "fuzz_support.h"

namespace fuzz {

namespace {

// Bytes print as numbers, everything else as itself.
template <typename T>
const T& printable(const T& value) {
  return value;
}
unsigned printable(uint8_t value) { return value; }

// Collects what went wrong, one clause per problem.
class Problems {
 public:
  template <typename... Parts>
  void add(const Parts&... parts) {
    std::ostringstream line;
    (line << ... << parts);
    if (!m_text.empty()) m_text += "; ";
    m_text += line.str();
  }
  template <typename A, typename B>
  void expect_eq(const char* what, const A& actual, const B& expected) {
    if (!(actual == expected))
      add(what, " is ", printable(actual), ", expected ", printable(expected));
  }
  bool empty() const { return m_text.empty(); }
  const std::string& text() const { return m_text; }

 private:
  std::string m_text;
};

std::string exception_text(const char* call) {
  try {
    throw;
  } catch (const std::exception& error) {
    return std::string(call) + " threw " + error.what();
  } catch (...) {
    return std::string(call) + " threw a non-standard exception";
  }
}

bool strictly_ascending(const std::vector<uint32_t>& values) {
  return std::adjacent_find(values.begin(), values.end(),
                            [](uint32_t a, uint32_t b) { return a >= b; }) == values.end();
}

// "1,2,3": every value, or the first `limit` and a count of the rest.
std::string join(const std::vector<uint32_t>& values, size_t limit = SIZE_MAX) {
  std::string text;
  for (size_t i = 0; i < values.size() && i < limit; ++i)
    text += (i ? "," : "") + std::to_string(values[i]);
  if (values.size() > limit) text += ",... (" + std::to_string(values.size()) + " in all)";
  return text;
}

}  // namespace

// ---- Identify checks ----------------------------------------------------------------------------

std::string namespace_property(const nvme_id_ns& ns) {
  nvme::NamespaceCheck check, again;
  try {
    check = nvme::check_identify_namespace(ns);
    again = nvme::check_identify_namespace(ns);
  } catch (...) {
    return exception_text("check_identify_namespace");
  }
  Problems p;
  const uint64_t nsze = ns.nsze, ncap = ns.ncap;

  // An independent reading: the index from its two fields, the byte size in 128 bits.
  unsigned index = ns.flbas & 0x0F;
  if (ns.nlbaf > 15) index += 16 * ((ns.flbas >> 5) & 0x3);
  nvme::NamespaceReason expected = nvme::NamespaceReason::kOk;
  const unsigned ds = index < 64 ? ns.lbaf[index].ds : 0;
  if (ncap == 0) {
    expected = nvme::NamespaceReason::kZeroCapacity;
  } else if (ncap > nsze) {
    expected = nvme::NamespaceReason::kCapacityAboveSize;
  } else if (index > ns.nlbaf) {
    expected = nvme::NamespaceReason::kBadFormat;
  } else if (ds < 9 || ds > 16) {
    expected = nvme::NamespaceReason::kBadBlockSize;
  } else if ((static_cast<unsigned __int128>(nsze) << ds) >> 64 != 0) {
    expected = nvme::NamespaceReason::kSizeTooLarge;
  }

  p.expect_eq("format_index", check.format_index, index);
  if (check.format_index >= nvme::kLbaFormatEntries) p.add("format_index beyond LBAF63");
  if (check.reason != expected) {
    p.add("reason ", nvme::namespace_reason_name(check.reason), ", expected ",
          nvme::namespace_reason_name(expected));
  }
  if (check.usable != (check.reason == nvme::NamespaceReason::kOk)) p.add("usable disagrees");
  if (check.usable != check.why.empty()) p.add("why '", check.why, "' disagrees with usable");
  if (check.usable) {
    const unsigned bytes = check.block_bytes;
    if (bytes < 512 || bytes > 65536 || (bytes & (bytes - 1)) != 0)
      p.add("block_bytes ", bytes, " not a power of two in 512..65536");
    if (check.blocks == 0) p.add("usable with 0 blocks");
    p.expect_eq("blocks", check.blocks, nsze);
    if (ncap == 0 || ncap > nsze) p.add("usable with NCAP ", ncap, " and NSZE ", nsze);
    if (check.format_index > ns.nlbaf) p.add("usable with a format beyond NLBAF");
    if (bytes != 0 && check.blocks > UINT64_MAX / bytes) p.add("byte size overflows");
    if (check.format_index < 64) p.expect_eq("block_bytes", bytes, 1ull << ds);
  } else if (check.blocks != 0 || check.block_bytes != 0) {
    p.add("unusable, yet blocks ", check.blocks, " block_bytes ", check.block_bytes);
  }
  if (again.usable != check.usable || again.reason != check.reason || again.why != check.why ||
      again.blocks != check.blocks || again.block_bytes != check.block_bytes)
    p.add("a second call disagrees");
  return p.text();
}

std::string nsid_page_property(const uint32_t (&entries)[nvme::kActiveNsidListEntries],
                               uint32_t prev, uint32_t nn) {
  nvme::NsidPageCheck check;
  try {
    check = nvme::check_active_nsid_page(entries, prev, nn);
  } catch (...) {
    return exception_text("check_active_nsid_page");
  }
  Problems p;
  const uint32_t highest = std::min<uint32_t>(nn, nvme::kMaxValidNsid);

  // The entries up to the first zero or the first one out of order, split by NN.
  std::vector<uint32_t> valid, above;
  uint32_t last = prev;
  bool out_of_order = false;
  size_t count = 0;
  for (; count < nvme::kActiveNsidListEntries && entries[count] != 0; ++count) {
    if (entries[count] <= last) {
      out_of_order = true;
      break;
    }
    last = entries[count];
    (last > highest ? above : valid).push_back(last);
  }

  if (check.nsids != valid)
    p.add("nsids {", join(check.nsids, 12), "}, expected {", join(valid, 12), "}");
  if (check.skipped != above)
    p.add("skipped {", join(check.skipped, 12), "}, expected {", join(above, 12), "}");
  if (!strictly_ascending(check.nsids)) p.add("nsids not strictly ascending");
  for (uint32_t nsid : check.nsids) {
    if (nsid <= prev || nsid > highest || nsid == nvme::kBroadcastNsid) {
      p.add("NSID ", nsid, " outside (", prev, ", ", highest, "]");
      break;
    }
  }
  switch (check.outcome) {
    case nvme::NsidPageOutcome::kStop:
      if (!out_of_order) p.add("stop without an entry out of order");
      if (check.why.empty()) p.add("stop without a reason");
      break;
    case nvme::NsidPageOutcome::kNextPage:
      if (out_of_order) p.add("next page after an entry out of order");
      if (check.nsids.size() != nvme::kActiveNsidListEntries || !check.skipped.empty())
        p.add("next page after ", check.nsids.size(), " valid entries");
      if (check.nsids.empty() || check.next_prev != check.nsids.back() || check.next_prev <= prev)
        p.add("next_prev ", check.next_prev, " after prev ", prev);
      break;
    case nvme::NsidPageOutcome::kEnd:
      if (out_of_order) p.add("end instead of stop on an entry out of order");
      if (count == nvme::kActiveNsidListEntries && above.empty() && !valid.empty() &&
          valid.back() < nvme::kMaxValidNsid)
        p.add("end after a full page of valid NSIDs");
      break;
  }
  return p.text();
}

std::string nsid_list_scan_property(const ListDevice& device, uint32_t nn) {
  const uint32_t limit = nvme::max_active_list_pages(nn);
  const uint32_t highest = std::min<uint32_t>(nn, nvme::kMaxValidNsid);
  std::vector<uint32_t> listed;
  uint32_t prev = 0;
  for (uint32_t pages = 1;; ++pages) {
    if (pages > limit)
      return "more than " + std::to_string(limit) + " pages for NN " + std::to_string(nn);
    uint32_t page[nvme::kActiveNsidListEntries] = {};
    device(prev, page);
    nvme::NsidPageCheck check;
    try {
      check = nvme::check_active_nsid_page(page, prev, nn);
    } catch (...) {
      return exception_text("check_active_nsid_page");
    }
    for (uint32_t nsid : check.nsids) {
      if (!listed.empty() && nsid <= listed.back())
        return "page " + std::to_string(pages) + ": NSID " + std::to_string(nsid) +
               " listed after " + std::to_string(listed.back());
      if (nsid > highest) return "NSID " + std::to_string(nsid) + " above NN";
      listed.push_back(nsid);
    }
    if (check.outcome != nvme::NsidPageOutcome::kNextPage) return "";
    if (check.next_prev <= prev) return "the cursor did not advance past " + std::to_string(prev);
    prev = check.next_prev;
  }
}

std::string controller_property(const nvme_id_ctrl& ctrl) {
  nvme::ControllerCheck check;
  try {
    check = nvme::check_identify_controller(ctrl);
  } catch (...) {
    return exception_text("check_identify_controller");
  }
  Problems p;
  const bool io = ctrl.cntrltype != NVME_CTRL_CNTRLTYPE_DISCOVERY &&
                  ctrl.cntrltype != NVME_CTRL_CNTRLTYPE_ADMIN;
  p.expect_eq("usable", check.usable, ctrl.nn <= nvme::kMaxSupportedNn && io);
  if (check.usable != (check.reason == nvme::ControllerReason::kOk)) p.add("reason disagrees");
  if (check.usable != check.why.empty()) p.add("why '", check.why, "' disagrees with usable");
  p.expect_eq("nn", check.nn, ctrl.nn);
  return p.text();
}

// ---- The option parser --------------------------------------------------------------------------

namespace {

std::string options_in_range(const cli::Options& o, const std::string& command) {
  using namespace cli;
  Problems p;
  p.expect_eq("command", std::string(command_name(o.command)), command);
  if (o.nsids.empty()) p.add("no namespaces");
  if (!strictly_ascending(o.nsids)) p.add("nsids not ascending and unique");
  if (!o.nsids.empty() && (o.nsids.front() < 1 || o.nsids.back() > kMaxNsid))
    p.add("NSID outside 1..", kMaxNsid);
  if (o.nsids_text.empty()) p.add("empty nsids_text");
  if (o.ns_blocks < 1 || o.ns_blocks > kMaxNsBlocks) p.add("ns_blocks ", o.ns_blocks);
  if (o.block_bytes != 512 && o.block_bytes != 4096) p.add("block_bytes ", o.block_bytes);
  const auto listed = [&](uint32_t nsid) {
    return std::binary_search(o.nsids.begin(), o.nsids.end(), nsid);
  };
  for (const auto* set : {&o.zero_capacity, &o.failing}) {
    if (!strictly_ascending(*set)) p.add("zero-capacity or failing NSIDs not ascending and unique");
    for (uint32_t nsid : *set) {
      if (!listed(nsid)) p.add("NSID ", nsid, " not among the namespaces");
    }
  }
  static const char* const kStrategies[] = {"sequential", "async", "ordered", "nsid"};
  if (std::find(std::begin(kStrategies), std::end(kStrategies), o.strategy) ==
      std::end(kStrategies))
    p.add("strategy '", o.strategy, "'");
  if (o.seeds < 1 || o.seeds > 1000) p.add("seeds ", o.seeds);
  if (o.command == Command::kCompare && uint64_t{o.seed} + o.seeds - 1 > UINT32_MAX)
    p.add("the last seed is above 2^32-1");
  if (o.latency.min > o.latency.max || o.latency.max > kMaxDuration)
    p.add("latency ", o.latency.min, "-", o.latency.max);
  if (!o.latency.uniform && o.latency.min != o.latency.max) p.add("fixed latency with a range");
  if (o.clock_period < 1 || o.clock_period > kUs) p.add("clock_period ", o.clock_period);
  if (o.clock_period != 0 && to_cycles(o.latency.max, o.clock_period) > kMaxLatencyCycles)
    p.add("latency above 2^48-1 cycles");
  if (o.slow.size() > kMaxOverrides) p.add(o.slow.size(), " slow NSIDs");
  for (size_t i = 0; i < o.slow.size(); ++i) {
    const SlowNsid& slow = o.slow[i];
    if (!listed(slow.nsid)) p.add("slow NSID ", slow.nsid, " not among the namespaces");
    if (slow.latency > kMaxDuration ||
        (o.clock_period != 0 && to_cycles(slow.latency, o.clock_period) > kMaxLatencyCycles))
      p.add("slow NSID ", slow.nsid, " latency ", slow.latency);
    for (size_t j = 0; j < i; ++j) {
      if (o.slow[j].nsid == slow.nsid) p.add("slow NSID ", slow.nsid, " twice");
    }
  }
  if (o.slots < 1 || o.slots > kMaxSlots) p.add("slots ", o.slots);
  if (o.admin_depth < kMinAdminDepth || o.admin_depth > kMaxAdminDepth)
    p.add("admin_depth ", o.admin_depth);
  if (o.admin_timeout < kUs || o.admin_timeout > kMaxDuration)
    p.add("admin_timeout ", o.admin_timeout);
  if (o.link_latency > kMs) p.add("link_latency ", o.link_latency);
  if (o.name_cost > kMaxDuration || o.disk_add_cost > kMaxDuration) p.add("a cost above 1000s");
  if (o.clock_period != 0 && !completion_timeout_units(o.clock_period, o.link_latency))
    p.add("no completion timeout fits");
  const std::string* outputs[] = {&o.waveform, &o.json,    &o.timeline,
                                  &o.tlp_log,  &o.cmd_log, &o.trace_events};
  for (size_t a = 0; a < std::size(outputs); ++a) {
    for (size_t b = a + 1; b < std::size(outputs); ++b) {
      if (!outputs[a]->empty() && *outputs[a] == *outputs[b]) p.add("two outputs on ", *outputs[a]);
    }
  }
  for (const std::string* file : {&o.waveform, &o.tlp_log, &o.cmd_log, &o.trace_events}) {
    if (!file->empty() && file->back() == '/') p.add("output '", *file, "' is a directory");
  }
  if (o.command == Command::kIo) {
    const IoWorkload& w = o.io;
    if (o.nsids.empty() || o.nsids.front() != 1) p.add("io without NSID 1");
    if (w.read_percent > 100) p.add("rwmixread ", w.read_percent);
    if (w.read_percent != 50 && w.pattern != IoPattern::kRandRw) p.add("rwmixread without randrw");
    if (w.bs < kMinIoBytes || w.bs > kMaxIoBytes || w.bs % o.block_bytes != 0) p.add("bs ", w.bs);
    if (w.size == 0 || w.size % w.bs != 0 || w.size > o.ns_blocks * o.block_bytes)
      p.add("size ", w.size);
    if (w.iodepth < 1 || w.iodepth > kMaxIoDepth) p.add("iodepth ", w.iodepth);
    if (w.queues < 1 || w.queues > kMaxIoQueues) p.add("queues ", w.queues);
    if (uint64_t{w.queues} * w.iodepth * w.bs > kMaxIoBufferBytes) p.add("buffers above 256 MiB");
    if (w.runtime && (*w.runtime == 0 || *w.runtime > kMaxDuration)) p.add("runtime ", *w.runtime);
    if (w.io_timeout < kUs) p.add("io_timeout ", w.io_timeout);
    const double per_cycle = media_bytes_per_cycle(w, o.clock_period);
    if (w.media_bandwidth < 0 || (w.media_bandwidth > 0 && per_cycle * 65536 < 1) ||
        per_cycle >= 65536)
      p.add("media bandwidth ", w.media_bandwidth, " B/s: ", per_cycle, " per clock");
  } else if (o.io.verify || o.io.bs != 4 * kKiB || o.io.queues != 1) {
    p.add("io settings outside io");
  }
  return p.text();
}

}  // namespace

std::string cli_argv_property(const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  argv.push_back(nullptr);
  const int argc = static_cast<int>(args.size());
  cli::ParseResult result, again;
  try {
    result = cli::parse_options(argc, argv.data());
    again = cli::parse_options(argc, argv.data());
  } catch (...) {
    return exception_text("parse_options");
  }
  Problems p;
  using Status = cli::ParseResult::Status;
  if (again.status != result.status || again.message != result.message)
    p.add("a second parse disagrees");
  const bool line_break_given = std::any_of(args.begin(), args.end(), [](const std::string& arg) {
    return arg.find('\n') != std::string::npos;
  });
  switch (result.status) {
    case Status::kError:
      if (result.message.empty()) p.add("error without a message");
      if (!line_break_given && result.message.find('\n') != std::string::npos)
        p.add("error message of more than one line: ", result.message);
      break;
    case Status::kHelp:
      if (result.message.empty()) p.add("help without text");
      break;
    case Status::kOk:
      if (!result.message.empty()) p.add("ok with a message");
      if (args.size() < 2) {
        p.add("ok without a command");
      } else {
        const std::string problems = options_in_range(result.options, args[1]);
        if (!problems.empty()) p.add(problems);
      }
      break;
  }
  return p.text();
}

namespace {

// An independent reading of a duration: digits, an optional fraction, a unit; exact, so a
// fraction finer than a picosecond or a value above 1000 s is refused. False if refused.
bool exact_duration(const std::string& text, cli::Picoseconds* out) {
  static const std::pair<const char*, cli::Picoseconds> kUnits[] = {
      {"ps", 1}, {"ns", cli::kNs}, {"us", cli::kUs}, {"ms", cli::kMs}, {"s", cli::kS}};
  size_t i = 0;
  unsigned __int128 whole = 0;
  const size_t whole_start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    whole = whole * 10 + static_cast<unsigned>(text[i] - '0');
    if (whole > cli::kMaxDuration) whole = cli::kMaxDuration + 1;  // saturate
    ++i;
  }
  if (i == whole_start) return false;
  std::string fraction;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') fraction += text[i++];
    if (fraction.empty()) return false;
  }
  const std::string unit = text.substr(i);
  for (const auto& [name, scale] : kUnits) {
    if (unit != name) continue;
    unsigned __int128 value = whole * scale;
    cli::Picoseconds place = scale;
    for (const char digit : fraction) {
      place /= 10;  // the unit is a power of ten: 0 once below a picosecond
      if (place == 0 && digit != '0') return false;
      value += static_cast<unsigned>(digit - '0') * place;
    }
    if (value > cli::kMaxDuration) return false;
    *out = static_cast<cli::Picoseconds>(value);
    return true;
  }
  return false;
}

}  // namespace

std::string duration_property(const std::string& text) {
  cli::Picoseconds value = 0, back = 0;
  bool ok = false, back_ok = false;
  std::string formatted;
  try {
    ok = cli::parse_duration(text, &value);
    if (ok) {
      formatted = cli::format_duration(value);
      back_ok = cli::parse_duration(formatted, &back);
    }
  } catch (...) {
    return exception_text("parse_duration/format_duration");
  }
  cli::Picoseconds exact = 0;
  const bool exact_ok = exact_duration(text, &exact);
  Problems p;
  if (ok != exact_ok)
    p.add(ok ? "accepted" : "refused", ", an exact reading ", exact_ok ? "accepts" : "refuses");
  if (ok && exact_ok && value != exact) p.add("parsed as ", value, " ps, exactly ", exact, " ps");
  if (!ok) return p.text();
  if (value > cli::kMaxDuration) p.add("accepted ", value, " ps, above 1000 s");
  if (formatted.empty()) p.add("format_duration gave nothing");
  if (!back_ok) p.add("format_duration gave '", formatted, "', which does not parse");
  if (back_ok && back != value) p.add("'", formatted, "' parses to ", back, ", not ", value);
  return p.text();
}

namespace {

// An independent reading of an NSID list: comma-separated NSIDs (decimal, or hex after 0x) and
// FIRST-LAST ranges, each NSID 1..kMaxNsid, none twice. False if refused.
bool exact_nsid(const std::string& text, uint32_t* out) {
  const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  const std::string digits = hex ? text.substr(2) : text;
  if (digits.empty()) return false;
  uint64_t value = 0;
  for (const char c : digits) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return false;
    value = std::min<uint64_t>(value * (hex ? 16 : 10) + static_cast<unsigned>(digit),
                               uint64_t{cli::kMaxNsid} + 1);
  }
  if (value < 1 || value > cli::kMaxNsid) return false;
  *out = static_cast<uint32_t>(value);
  return true;
}

bool exact_nsid_list(const std::string& text, std::vector<uint32_t>* out) {
  std::vector<bool> seen(cli::kMaxNsid + 1, false);
  std::string item;
  std::stringstream stream(text + ",");  // every item, the last one included, ends in a comma
  while (std::getline(stream, item, ',')) {
    const size_t dash = item.find('-');
    uint32_t first = 0, last = 0;
    if (dash == std::string::npos) {
      if (!exact_nsid(item, &first)) return false;
      last = first;
    } else if (!exact_nsid(item.substr(0, dash), &first) ||
               !exact_nsid(item.substr(dash + 1), &last) || first > last) {
      return false;
    }
    for (uint32_t nsid = first; nsid <= last; ++nsid) {
      if (seen[nsid]) return false;
      seen[nsid] = true;
    }
  }
  out->clear();
  for (uint32_t nsid = 1; nsid <= cli::kMaxNsid; ++nsid) {
    if (seen[nsid]) out->push_back(nsid);
  }
  return true;
}

}  // namespace

std::string nsid_list_text_property(const std::string& text) {
  std::vector<uint32_t> nsids, again;
  std::string error, again_error;
  bool ok = false, again_ok = false;
  try {
    ok = cli::parse_nsid_list(text, &nsids, &error);
    if (ok) again_ok = cli::parse_nsid_list(join(nsids), &again, &again_error);
  } catch (...) {
    return exception_text("parse_nsid_list");
  }
  Problems p;
  std::vector<uint32_t> exact;
  const bool exact_ok = exact_nsid_list(text, &exact);
  if (ok != exact_ok)
    p.add(ok ? "accepted" : "refused", ", an exact reading ", exact_ok ? "accepts" : "refuses");
  if (ok && exact_ok && nsids != exact)
    p.add("parsed as {", join(nsids, 12), "}, exactly {", join(exact, 12), "}");
  if (!ok) {
    if (error.empty()) p.add("refused without a message");
    return p.text();
  }
  if (nsids.empty()) p.add("accepted an empty list");
  if (!strictly_ascending(nsids)) p.add("not ascending and unique");
  if (!nsids.empty() && (nsids.front() < 1 || nsids.back() > cli::kMaxNsid))
    p.add("NSID outside 1..", cli::kMaxNsid);
  if (!again_ok || again != nsids) p.add("the list written back does not parse to itself");
  return p.text();
}

// ---- The TLP codec ------------------------------------------------------------------------------

namespace {

// Compares the header fields a builder sets; `what` names the kind.
void compare_fields(Problems& p, const char* what, const pcie::Tlp& decoded,
                    const pcie::Tlp& rebuilt) {
  Problems q;
  q.expect_eq("fmt", rebuilt.fmt(), decoded.fmt());
  q.expect_eq("type", rebuilt.type(), decoded.type());
  if (decoded.has_data() || decoded.is_non_posted())
    q.expect_eq("length", rebuilt.length_field(), decoded.length_field());
  if (decoded.type() == pcie::kTypeCpl) {
    q.expect_eq("completer", rebuilt.completer_id(), decoded.completer_id());
    q.expect_eq("status", static_cast<unsigned>(rebuilt.cpl_status()),
                static_cast<unsigned>(decoded.cpl_status()));
    q.expect_eq("byte count", rebuilt.byte_count_field(), decoded.byte_count_field());
    q.expect_eq("requester", rebuilt.cpl_requester_id(), decoded.cpl_requester_id());
    q.expect_eq("tag", rebuilt.cpl_tag(), decoded.cpl_tag());
    q.expect_eq("lower address", rebuilt.lower_address(), decoded.lower_address());
  } else {
    q.expect_eq("requester", rebuilt.requester_id(), decoded.requester_id());
    if (!decoded.is_mem_wr()) q.expect_eq("tag", rebuilt.tag(), decoded.tag());  // posted
    if (decoded.is_msg()) {
      q.expect_eq("message code", rebuilt.msg_code(), decoded.msg_code());
    } else {
      q.expect_eq("first BE", rebuilt.first_be(), decoded.first_be());
      q.expect_eq("last BE", rebuilt.last_be(), decoded.last_be());
    }
    if (decoded.type() == pcie::kTypeCfg0) {
      q.expect_eq("BDF", rebuilt.cfg_bdf(), decoded.cfg_bdf());
      q.expect_eq("register", rebuilt.cfg_register(), decoded.cfg_register());
    } else if (!decoded.is_msg()) {
      q.expect_eq("address", rebuilt.address(), decoded.address());
    }
  }
  if (rebuilt.payload() != decoded.payload()) q.add("payload");
  if (!q.empty()) p.add(what, " re-encodes differently: ", q.text(), "; rebuilt ", rebuilt);
}

void reencode(Problems& p, const pcie::Tlp& t) {
  using namespace pcie;
  if (t.dw.size() != t.expected_dw_count()) return;  // malformed: nothing to rebuild
  const std::vector<uint32_t> data = t.payload();
  const bool single = t.length_field() == 1 && t.last_be() == 0 && !t.is_4dw();
  if (t.is_mem_rd()) {
    compare_fields(p, "MRd", t,
                   mem_rd(t.requester_id(), t.tag(), t.address(), t.length_dw(), t.first_be(),
                          t.last_be(), t.is_4dw()));
  } else if (t.is_mem_wr()) {
    compare_fields(
        p, "MWr", t,
        mem_wr(t.requester_id(), t.address(), data, t.first_be(), t.last_be(), t.is_4dw()));
  } else if (t.is_cpld()) {
    compare_fields(p, "CplD", t,
                   cpld(t.completer_id(), t.cpl_status(), t.byte_count(), t.cpl_requester_id(),
                        t.cpl_tag(), t.lower_address(), data));
  } else if (t.is_cpl()) {
    compare_fields(p, "Cpl", t,
                   cpl(t.completer_id(), t.cpl_status(), t.cpl_requester_id(), t.cpl_tag(),
                       t.byte_count(), t.lower_address()));
  } else if (t.is_cfg_rd0() && single) {
    compare_fields(p, "CfgRd0", t,
                   cfg_rd0(t.requester_id(), t.tag(), t.cfg_bdf(), t.cfg_register(), t.first_be()));
  } else if (t.is_cfg_wr0() && single) {
    compare_fields(p, "CfgWr0", t,
                   cfg_wr0(t.requester_id(), t.tag(), t.cfg_bdf(), t.cfg_register(), data.at(0),
                           t.first_be()));
  } else if (t.type() == kTypeIo && t.fmt() == kFmt3Dw && single) {
    compare_fields(
        p, "IORd", t,
        io_rd(t.requester_id(), t.tag(), static_cast<uint32_t>(t.address()), t.first_be()));
  } else if (t.type() == kTypeIo && t.fmt() == kFmt3DwData && single) {
    compare_fields(p, "IOWr", t,
                   io_wr(t.requester_id(), t.tag(), static_cast<uint32_t>(t.address()), data.at(0),
                         t.first_be()));
  } else if (t.is_msg() && t.is_4dw()) {
    compare_fields(p, "Msg", t, msg(t.requester_id(), t.tag(), t.type() & 7u, t.msg_code(), data));
  }
}

}  // namespace

std::string tlp_decode_property(const std::vector<uint32_t>& dws) {
  using namespace pcie;
  Problems p;
  try {
    const Tlp t{dws};
    // Every accessor, on whatever the DWs hold.
    uint64_t sink = t.fmt() + t.type() + t.traffic_class() + t.td() + t.poisoned() + t.attr() +
                    t.has_data() + t.header_dw() + t.length_dw() + t.expected_dw_count() +
                    t.requester_id() + t.tag() + t.last_be() + t.first_be() + t.msg_code() +
                    t.address() + t.completer_id() + static_cast<unsigned>(t.cpl_status()) +
                    t.bcm() + t.byte_count() + t.cpl_requester_id() + t.cpl_tag() +
                    t.lower_address() + t.completes_request() + t.cfg_bdf() + t.cfg_register() +
                    t.is_mem_rd() + t.is_mem_wr() + t.is_cpl() + t.is_cpld() + t.is_cfg_rd0() +
                    t.is_cfg_wr0() + t.is_msg() + t.is_atomic() + t.is_non_posted();
    static_cast<void>(sink);
    if (t.payload().size() > dws.size()) p.add("payload longer than the TLP");
    if (describe(t).empty()) p.add("describe() gave nothing");
    std::ostringstream stream;
    stream << t;
    if (stream.str() != describe(t)) p.add("operator<< differs from describe()");

    if (t.is_non_posted() && !t.has_data() && t.type() == kTypeMem) {
      const ByteRange range = requested_bytes(t);
      const uint64_t span = uint64_t{t.length_dw()} * 4;
      if (range.size() < 1 || range.size() > span)
        p.add("requested_bytes size ", range.size(), " for ", span, " bytes");
      if (range.first - t.address() > 3) p.add("requested_bytes starts past the first DW");
    }

    // Beats and back, at every stream width.
    for (const unsigned beat_dw : {2u, 4u, 8u}) {
      TlpAssembler assembler(beat_dw);
      std::optional<Tlp> rebuilt;
      const std::vector<Beat> beats = to_beats(t, beat_dw);
      for (size_t i = 0; i < beats.size(); ++i) {
        std::string error;
        std::optional<Tlp> out = assembler.push(beats[i], &error);
        if (!error.empty()) p.add(beat_dw, "-DW beat ", i, ": ", error);
        if (out.has_value() != (i + 1 == beats.size()))
          p.add(beat_dw, "-DW beat ", i, ": TLP boundary wrong");
        if (out) rebuilt = out;
      }
      if (!dws.empty() && (!rebuilt || rebuilt->dw != dws))
        p.add(beat_dw, "-DW beats do not reassemble");
      if (assembler.mid_packet()) p.add(beat_dw, "-DW assembler left mid-packet");
    }

    reencode(p, t);
  } catch (...) {
    return exception_text("the TLP codec");
  }
  return p.text();
}

std::string beats_property(const std::vector<pcie::Beat>& beats, unsigned beat_dw) {
  Problems p;
  try {
    pcie::TlpAssembler assembler(beat_dw);
    std::vector<uint32_t> pending;
    // Allowed keeps, spelled out: all 4*beat_dw bits, or on a last beat 0xF, 0xFF, ... below that.
    const uint64_t full = (uint64_t{1} << (4 * beat_dw)) - 1;
    for (size_t i = 0; i < beats.size(); ++i) {
      const pcie::Beat& beat = beats[i];
      for (unsigned lane = 0; lane < beat_dw; ++lane)
        if ((beat.keep >> (4 * lane)) & 0xF) pending.push_back(beat.dw[lane]);
      std::string error;
      const std::optional<pcie::Tlp> out = assembler.push(beat, &error);
      bool keep_ok = beat.keep == full;
      for (uint64_t run = 0xF; run < full && beat.last; run = run << 4 | 0xF)
        keep_ok = keep_ok || beat.keep == run;
      if (keep_ok == !error.empty())
        p.add("beat ", i, ": keep ", +beat.keep, " error '", error, "'");
      if (out.has_value() != beat.last) p.add("beat ", i, ": TLP boundary wrong");
      if (out) {
        if (out->dw != pending)
          p.add("beat ", i, ": TLP ", hex_words(out->dw), " not the DWs kept");
        pending.clear();
        describe(*out);
      }
      if (assembler.mid_packet() != !pending.empty()) p.add("beat ", i, ": mid_packet wrong");
    }
  } catch (...) {
    return exception_text("TlpAssembler");
  }
  return p.text();
}

std::string completion_split_property(uint64_t start, uint64_t end, uint64_t rcb,
                                      uint64_t max_payload) {
  Problems p;
  uint64_t cursor = start;
  unsigned completions = 0;
  try {
    while (cursor < end) {
      const uint64_t next = pcie::next_completion_end(cursor, end, rcb, max_payload);
      ++completions;
      if (next <= cursor || next > end) {
        p.add("completion ", completions, " from ", cursor, " ends at ", next);
        break;
      }
      if (next < end && next % rcb != 0) p.add("completion ends at ", next, " off an RCB boundary");
      const uint64_t carried = ((next + 3) & ~uint64_t{3}) - (cursor & ~uint64_t{3});
      if (carried > max_payload) p.add("completion from ", cursor, " carries ", carried, " bytes");
      if (!p.empty()) break;
      cursor = next;
    }
  } catch (...) {
    return exception_text("next_completion_end");
  }
  return p.text();
}

}  // namespace fuzz
