// SPDX-License-Identifier: Apache-2.0
// Validation of Identify data (identify_check.h).

#include "identify_check.h"

#include <cstdarg>
#include <cstdio>

namespace nvme {

namespace {

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char text[256];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(text, sizeof text, fmt, args);
  va_end(args);
  return text;
}

unsigned long long ull(uint64_t value) { return static_cast<unsigned long long>(value); }

NamespaceCheck reject(NamespaceCheck check, NamespaceReason reason, std::string why) {
  check.usable = false;
  check.reason = reason;
  check.why = std::move(why);
  check.blocks = 0;
  check.block_bytes = 0;
  return check;
}

ControllerCheck reject(ControllerCheck check, ControllerReason reason, std::string why) {
  check.usable = false;
  check.reason = reason;
  check.why = std::move(why);
  return check;
}

}  // namespace

// ---- Identify Namespace -------------------------------------------------------------------------

const char* namespace_reason_name(NamespaceReason reason) {
  switch (reason) {
    case NamespaceReason::kOk:
      return "ok";
    case NamespaceReason::kZeroCapacity:
      return "zero capacity";
    case NamespaceReason::kCapacityAboveSize:
      return "capacity above size";
    case NamespaceReason::kBadFormat:
      return "bad LBA format";
    case NamespaceReason::kBadBlockSize:
      return "bad block size";
    case NamespaceReason::kSizeTooLarge:
      return "size too large";
  }
  return "?";
}

unsigned formatted_lba_index(const nvme_id_ns& ns) {
  const unsigned low = ns.flbas & NVME_NS_FLBAS_LOWER_MASK;           // bits 3:0
  if (ns.nlbaf < 16) return low;                                      // 16 formats or fewer
  const unsigned high = (ns.flbas & NVME_NS_FLBAS_HIGHER_MASK) >> 5;  // bits 6:5
  return high << 4 | low;
}

NamespaceCheck check_identify_namespace(const nvme_id_ns& ns) {
  NamespaceCheck check;
  check.format_index = formatted_lba_index(ns);
  const uint64_t nsze = ns.nsze;
  const uint64_t ncap = ns.ncap;

  if (ncap == 0) {
    return reject(check, NamespaceReason::kZeroCapacity,
                  "NCAP is 0: the namespace is not allocated or not attached");
  }
  if (ncap > nsze) {
    return reject(check, NamespaceReason::kCapacityAboveSize,
                  format("NCAP 0x%llx is above NSZE 0x%llx", ull(ncap), ull(nsze)));
  }
  if (check.format_index > ns.nlbaf) {
    return reject(check, NamespaceReason::kBadFormat,
                  format("FLBAS 0x%02x selects LBA format %u, but NLBAF %u allows formats 0-%u",
                         ns.flbas, check.format_index, ns.nlbaf, ns.nlbaf));
  }
  const unsigned ds = ns.lbaf[check.format_index].ds;
  if (ds == 0) {
    return reject(check, NamespaceReason::kBadBlockSize,
                  format("LBA format %u is not available (LBADS 0)", check.format_index));
  }
  if (ds < kMinLbaDataShift || ds > kMaxLbaDataShift) {
    return reject(check, NamespaceReason::kBadBlockSize,
                  format("LBA format %u has LBADS %u; the driver supports %u to %u (512 B to "
                         "64 KiB blocks)",
                         check.format_index, ds, kMinLbaDataShift, kMaxLbaDataShift));
  }
  if (nsze > (UINT64_MAX >> ds)) {
    return reject(check, NamespaceReason::kSizeTooLarge,
                  format("NSZE 0x%llx blocks of %u bytes do not fit in 64 bits of bytes", ull(nsze),
                         1u << ds));
  }
  check.usable = true;
  check.reason = NamespaceReason::kOk;
  check.blocks = nsze;
  check.block_bytes = 1u << ds;
  return check;
}

// ---- Active Namespace ID list ---------------------------------------------------------------

const char* nsid_page_outcome_name(NsidPageOutcome outcome) {
  switch (outcome) {
    case NsidPageOutcome::kEnd:
      return "end";
    case NsidPageOutcome::kNextPage:
      return "next page";
    case NsidPageOutcome::kStop:
      return "stop";
  }
  return "?";
}

NsidPageCheck check_active_nsid_page(const uint32_t (&entries)[kActiveNsidListEntries],
                                     uint32_t prev, uint32_t nn) {
  NsidPageCheck check;
  const uint32_t highest = nn > kMaxValidNsid ? kMaxValidNsid : nn;  // no NSID above this one
  uint32_t floor = prev;  // every entry must be above this: prev, then the entry before it
  size_t i = 0;
  for (; i < kActiveNsidListEntries; ++i) {
    const uint32_t nsid = entries[i];
    if (nsid == 0) break;  // the end of the list
    if (nsid <= floor) {
      check.outcome = NsidPageOutcome::kStop;
      check.why = i == 0 ? format(
                               "entry %zu: NSID 0x%x is not above 0x%x, the NSID the page was "
                               "asked after",
                               i, nsid, prev)
                         : format("entry %zu: NSID 0x%x does not follow 0x%x in ascending order", i,
                                  nsid, floor);
      return check;
    }
    floor = nsid;
    if (nsid > highest) {
      check.skipped.push_back(nsid);
    } else {
      check.nsids.push_back(nsid);
    }
  }
  for (size_t rest = i; rest < kActiveNsidListEntries; ++rest) {
    if (entries[rest] != 0) ++check.ignored_after_end;
  }

  // A full page of valid NSIDs (no zero, nothing skipped) continues after its last one; an
  // entry above NN ends the list, as every entry after it would be above NN as well. A full
  // page whose last NSID is the largest valid one has nothing after it to ask for.
  const bool full = i == kActiveNsidListEntries && check.skipped.empty();
  if (full && check.nsids.back() < kMaxValidNsid) {
    check.outcome = NsidPageOutcome::kNextPage;
    check.next_prev = check.nsids.back();
  } else {
    check.outcome = NsidPageOutcome::kEnd;
  }

  std::string note;
  if (!check.skipped.empty()) {
    note = format("%zu NSID(s) above NN %u skipped (first 0x%x)", check.skipped.size(), nn,
                  check.skipped.front());
  }
  if (check.ignored_after_end != 0) {
    if (!note.empty()) note += "; ";
    note += format("%zu nonzero entr%s after the terminating zero ignored", check.ignored_after_end,
                   check.ignored_after_end == 1 ? "y" : "ies");
  }
  check.why = note;
  return check;
}

// ---- Identify Controller ------------------------------------------------------------------------

const char* controller_reason_name(ControllerReason reason) {
  switch (reason) {
    case ControllerReason::kOk:
      return "ok";
    case ControllerReason::kNnBroadcast:
      return "NN is broadcast";
    case ControllerReason::kNnAboveMax:
      return "NN above maximum";
    case ControllerReason::kNotIoController:
      return "not an I/O controller";
  }
  return "?";
}

ControllerCheck check_identify_controller(const nvme_id_ctrl& ctrl) {
  ControllerCheck check;
  check.nn = ctrl.nn;
  if (check.nn == kBroadcastNsid) {
    return reject(check, ControllerReason::kNnBroadcast,
                  "NN is 0xffffffff, the broadcast NSID, not a namespace count");
  }
  if (check.nn > kMaxSupportedNn) {
    return reject(
        check, ControllerReason::kNnAboveMax,
        format("NN %u is above the driver's maximum of %u namespaces", check.nn, kMaxSupportedNn));
  }
  if (ctrl.cntrltype == NVME_CTRL_CNTRLTYPE_DISCOVERY ||
      ctrl.cntrltype == NVME_CTRL_CNTRLTYPE_ADMIN) {
    return reject(
        check, ControllerReason::kNotIoController,
        format("CNTRLTYPE %u (%s controller): no I/O queues or namespaces", ctrl.cntrltype,
               ctrl.cntrltype == NVME_CTRL_CNTRLTYPE_ADMIN ? "administrative" : "discovery"));
  }
  check.usable = true;
  check.reason = ControllerReason::kOk;
  return check;
}

}  // namespace nvme
