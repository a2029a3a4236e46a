// SPDX-License-Identifier: Apache-2.0
// Validation of Identify data before the driver acts on it: Identify Namespace (CNS 00h), one
// page of the Active Namespace ID list (CNS 02h) and Identify Controller (CNS 01h). Pure
// functions, no I/O: the scan and the bring-up call them on what the device wrote and act on the
// verdict (skip a namespace, end the list, stop the scan, fail bring-up), so hostile or broken
// Identify data can neither crash the driver nor make it loop.
//
// The yardstick is Linux 6.12 (drivers/nvme/host/core.c). Where Linux checks nothing and would
// act on a lie anyway, these checks are stricter, and each such place says so.

#pragma once

#include <nvme/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nvme {

constexpr uint32_t kBroadcastNsid = 0xFFFF'FFFFu;  // NVME_NSID_ALL: never a namespace
constexpr uint32_t kMaxValidNsid = 0xFFFF'FFFEu;   // the largest NSID a namespace may have
constexpr size_t kActiveNsidListEntries = 1024;    // NSIDs per Active Namespace ID list page
constexpr unsigned kMinLbaDataShift = 9;           // 512-byte logical blocks
constexpr unsigned kMaxLbaDataShift = 16;          // 64 KiB logical blocks
constexpr unsigned kLbaFormatEntries = 64;         // LBAF0..LBAF63 in Identify Namespace

// ---- Identify Namespace (CNS 00h) ---------------------------------------------------------------

// Why a namespace is not usable. Checked in this order; the first that applies is reported.
enum class NamespaceReason {
  kOk,
  // NCAP = 0: the namespace is not allocated or not attached. Linux (nvme_ns_info_from_identify)
  // marks it removed and does not register it; so does the scan.
  kZeroCapacity,
  // NCAP > NSZE: the spec requires NCAP <= NSZE, so the size is a lie. Linux does not check
  // (it uses NSZE for the capacity); the driver skips the namespace rather than register a
  // size the device contradicts. This also catches NSZE = 0 with NCAP != 0.
  kCapacityAboveSize,
  // The FLBAS format index is beyond NLBAF (NLBAF is 0's based): the LBA format it names is
  // "invalid and not supported" (NVM Command Set spec). Linux does not check the index (it reads
  // lbaf[index] whatever NLBAF says; the index cannot leave the 64-entry array); the driver skips
  // the namespace.
  kBadFormat,
  // The formatted LBA format's LBADS is outside 9..16 (512 B to 64 KiB), including LBADS 0,
  // which the spec uses for a format that is "not currently available". Linux 6.12
  // (nvme_update_disk_info) accepts LBADS from SECTOR_SHIFT (9) to PAGE_SHIFT (12 on x86): a
  // smaller or larger one makes it set the block size to 512 and mark the namespace invalid, so
  // the disk is added with capacity 0 (no block I/O; the ng character device still works).
  // Later kernels (the 2025 large-block-size work, around 6.15: blk_validate_block_size with a
  // 64 KiB BLK_MAX_BLOCK_SIZE) accept 512 B to 64 KiB, as here. The driver has no zero-capacity
  // disks: it skips the namespace.
  kBadBlockSize,
  // NSZE x block size does not fit in 64 bits of bytes. Linux does not check (its sector count
  // wraps); the driver reports sizes in bytes, so it skips the namespace.
  kSizeTooLarge,
};
const char* namespace_reason_name(NamespaceReason reason);  // "ok", "zero capacity", ...

struct NamespaceCheck {
  bool usable = false;  // reason == kOk
  NamespaceReason reason = NamespaceReason::kOk;
  std::string why;            // one line naming the fields and values; empty when usable
  uint64_t blocks = 0;        // NSZE, when usable (else 0)
  unsigned block_bytes = 0;   // 2^LBADS of the formatted LBA format, when usable (else 0)
  unsigned format_index = 0;  // formatted_lba_index(ns), always filled in
};

// The index of the LBA format the namespace is formatted with: FLBAS bits 3:0, and bits 6:5 as
// bits 5:4 of the index when there are more than 16 LBA formats (NLBAF >= 16, 0's based). The
// NVM Command Set spec says to ignore bits 6:5 "if NLBAF is less than or equal to 16"; taken
// literally that leaves format 16 of a 17-format namespace (NLBAF = 16) unreachable, so the
// upper bits count from NLBAF = 16 on. With 16 formats or fewer they are ignored (Linux's
// nvme_lbaf_index always adds them). Always below 64.
unsigned formatted_lba_index(const nvme_id_ns& ns);

// Never throws; reads only the fields named above.
NamespaceCheck check_identify_namespace(const nvme_id_ns& ns);

// ---- Active Namespace ID list (CNS 02h), one page --------------------------------------------

// What the scan does after a page.
enum class NsidPageOutcome {
  // The list is complete: a zero entry ended it, or an entry above NN did (every later entry of
  // an ascending list is above NN too). Register `nsids`; nothing more to ask.
  kEnd,
  // 1024 valid NSIDs and no zero: register `nsids`, then ask for the page after `next_prev`.
  kNextPage,
  // The page broke the list's ordering rule: stop the scan with `why`. `nsids` holds the valid
  // entries before the bad one (they may be registered), but the list is incomplete: do not
  // remove namespaces because they were not listed.
  kStop,
};
const char* nsid_page_outcome_name(NsidPageOutcome outcome);  // "end", "next page", "stop"

struct NsidPageCheck {
  NsidPageOutcome outcome = NsidPageOutcome::kEnd;
  std::vector<uint32_t> nsids;    // valid NSIDs: strictly ascending, each in (prev, NN]
  uint32_t next_prev = 0;         // kNextPage: the NSID to ask the next page after (> prev)
  std::vector<uint32_t> skipped;  // entries above NN (kBroadcastNsid included), list order
  size_t ignored_after_end = 0;   // nonzero entries after the terminating zero
  std::string why;  // kStop: the broken rule; else a note on skipped/ignored entries, or empty
};

// Checks one page: `entries` as the device wrote them (little-endian host), `prev` the NSID the
// page was asked after (0 for the first page), `nn` the controller's NN. The rules, read in
// entry order (Linux 6.12's nvme_scan_ns_list checks none of them beyond the zero):
//  - A zero entry ends the list (spec: unused entries are zero; Linux stops there). Nonzero
//    entries after it are ignored, as Linux never reads them; they are counted, not an error.
//  - Each entry must be above `prev` and above the entry before it (spec: increasing order,
//    greater than the NSID of the command). A duplicate or a step back stops the scan. Linux
//    scans such an entry again (finding an existing namespace it revalidates rather than add it
//    twice) and its cursor `prev` then moves up by one per entry whatever the entry, so a
//    device that ignores `prev` and always returns the same full page keeps it asking for pages
//    without end (1024 more each time, wrapping at 2^32). Here neither the rest of the page nor
//    the paging cursor can be trusted, so the scan stops with what it has. Duplicates are thus
//    never registered twice, within a page or across pages.
//  - An entry above NN (or the broadcast value) cannot name a namespace: it is skipped and, the
//    list being ascending, ends it (kEnd). Linux would send Identify for it, which a
//    conforming device fails, so it registers nothing either.
//  - A page of 1024 valid entries continues the list after its last one (as Linux, even when
//    that is NN: the next page is then empty).
// Bounded: every kNextPage raises `prev` by at least 1024 and keeps it at or below NN, so a scan
// that follows the outcomes asks at most max_active_list_pages(nn) pages, however the device
// answers. Deterministic: the result depends on the arguments alone.
NsidPageCheck check_active_nsid_page(const uint32_t (&entries)[kActiveNsidListEntries],
                                     uint32_t prev, uint32_t nn);

// The most pages a scan that follows check_active_nsid_page's outcomes asks: NN / 1024 + 1.
constexpr uint32_t max_active_list_pages(uint32_t nn) {
  return (nn > kMaxValidNsid ? kMaxValidNsid : nn) / kActiveNsidListEntries + 1;
}

// ---- Identify Controller (CNS 01h) ----------------------------------------------------------

// The largest NN the driver accepts: 65536 namespaces, at most 65 Active NSID list pages (and
// 65 Identify commands before any namespace is looked at), eight times the controller RTL's
// namespace table (8192 entries). Linux caps nothing here (its sequential scan, used on pre-1.1
// controllers and when the list fails, would send NN Identify commands).
constexpr uint32_t kMaxSupportedNn = 65536;

enum class ControllerReason {
  kOk,
  // NN = FFFFFFFFh, the broadcast NSID: it cannot be the largest namespace ID (the spec's
  // largest valid NSID is FFFFFFFEh).
  kNnBroadcast,
  // NN above kMaxSupportedNn: the driver does not scan that many namespaces.
  kNnAboveMax,
  // CNTRLTYPE 2 (discovery) or 3 (administrative): such a controller has no I/O queues and no
  // namespaces to scan, and the driver brings up I/O controllers only. Linux 6.12 does not look
  // at CNTRLTYPE on PCIe (it would try the I/O queues and fail); later kernels create no I/O
  // queues on either (nvme_override_prohibited_io_queues). 0 (not reported, before NVMe 1.4),
  // 1 (I/O) and the reserved values are accepted.
  kNotIoController,
};
const char* controller_reason_name(ControllerReason reason);  // "ok", "NN is broadcast", ...

struct ControllerCheck {
  bool usable = false;  // reason == kOk; else bring-up stops with `why`
  ControllerReason reason = ControllerReason::kOk;
  std::string why;  // empty when usable
  uint32_t nn = 0;  // NN as reported (0 is valid: no namespaces)
};

// The other fields the driver reads need no check: OAES is masked to the one notice the driver
// enables; MN and FR are fixed-width and printed without needing a terminator; the version is
// taken from the VS register. Fields the driver does not use (MDTS, SQES, CQES, ...) are not
// checked: the driver's commands move one page at most and it programs CC.IOSQES/IOCQES before
// Identify, so a device that disagrees fails Create I/O CQ/SQ and bring-up stops cleanly.
ControllerCheck check_identify_controller(const nvme_id_ctrl& ctrl);

}  // namespace nvme
