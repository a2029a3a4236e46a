// SPDX-License-Identifier: Apache-2.0
// The NVMe spec layer of the host driver: queue entries, status fields, doorbells, command
// encodings, and name tables so logs read like a protocol analyzer. No logic lives here.
//
// libnvme's <nvme/types.h> supplies what it has (register offsets and fields, opcodes, CNS, FID
// and LID values, struct nvme_id_ctrl / nvme_id_ns / nvme_ns_id_desc). libnvme 1.3 has no SQE or
// CQE structure (only the ioctl passthrough form), so those are defined here.

#pragma once

#include <nvme/types.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace nvme {

// Queue entries and identify data are copied to and from DMA memory byte for byte; NVMe is
// little endian, and so must the host be.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the driver assumes a little-endian host");

constexpr size_t kPageSize = 4096;  // CC.MPS = 0: the memory page size the driver programs
constexpr size_t kSqeSize = 64;     // CC.IOSQES = 6
constexpr size_t kCqeSize = 16;     // CC.IOCQES = 4
constexpr uint32_t kDoorbellBase = 0x1000;

// Doorbells with CAP.DSTRD = 0 (4-byte stride): SQ y tail at 1000h + 2y * 4, CQ y head one
// stride further.
constexpr uint32_t sq_tail_doorbell(uint16_t qid) { return kDoorbellBase + 8u * qid; }
constexpr uint32_t cq_head_doorbell(uint16_t qid) { return kDoorbellBase + 8u * qid + 4u; }

// ---- Queue entries ------------------------------------------------------------------------

// Submission queue entry, Common Command Format (NVMe base spec 2.0, figure 88).
struct Sqe {
  uint8_t opcode = 0;  // DW0 7:0
  uint8_t flags = 0;   // DW0 15:8: FUSE in bits 1:0 (DW0 9:8), PSDT in bits 7:6 (DW0 15:14)
  uint16_t cid = 0;    // DW0 31:16, assigned by the queue pair at submission
  uint32_t nsid = 0;   // DW1
  uint32_t cdw2 = 0;
  uint32_t cdw3 = 0;
  uint64_t mptr = 0;  // DW4-5
  uint64_t prp1 = 0;  // DW6-7
  uint64_t prp2 = 0;  // DW8-9
  uint32_t cdw10 = 0;
  uint32_t cdw11 = 0;
  uint32_t cdw12 = 0;
  uint32_t cdw13 = 0;
  uint32_t cdw14 = 0;
  uint32_t cdw15 = 0;
};
static_assert(sizeof(Sqe) == kSqeSize, "SQE is 64 bytes");
static_assert(offsetof(Sqe, opcode) == 0, "opcode in DW0 7:0");
static_assert(offsetof(Sqe, flags) == 1, "FUSE/PSDT in DW0 15:8");
static_assert(offsetof(Sqe, cid) == 2, "CID in DW0 31:16");
static_assert(offsetof(Sqe, nsid) == 4, "NSID is DW1");
static_assert(offsetof(Sqe, mptr) == 16, "MPTR is DW4-5");
static_assert(offsetof(Sqe, prp1) == 24, "PRP1 is DW6-7");
static_assert(offsetof(Sqe, prp2) == 32, "PRP2 is DW8-9");
static_assert(offsetof(Sqe, cdw10) == 40, "CDW10 is DW10");
static_assert(offsetof(Sqe, cdw11) == 44, "CDW11 is DW11");
static_assert(offsetof(Sqe, cdw15) == 60, "CDW15 is DW15");

// Completion queue entry, Common Completion Queue Entry Layout (figure 90).
struct Cqe {
  uint32_t dw0 = 0;  // command specific
  uint32_t dw1 = 0;  // command specific
  uint16_t sqhd = 0;
  uint16_t sqid = 0;
  uint16_t cid = 0;
  uint16_t status_phase = 0;  // bit 0: phase tag P; 15:1: the status field

  bool phase() const { return (status_phase & 1u) != 0; }
  uint16_t status() const { return static_cast<uint16_t>(status_phase >> 1); }
};
static_assert(sizeof(Cqe) == kCqeSize, "CQE is 16 bytes");
static_assert(offsetof(Cqe, dw0) == 0, "DW0");
static_assert(offsetof(Cqe, dw1) == 4, "DW1");
static_assert(offsetof(Cqe, sqhd) == 8, "SQHD in DW2 15:0");
static_assert(offsetof(Cqe, sqid) == 10, "SQID in DW2 31:16");
static_assert(offsetof(Cqe, cid) == 12, "CID in DW3 15:0");
static_assert(offsetof(Cqe, status_phase) == 14, "phase and status in DW3 31:16");

// Identify data structures come from libnvme; check the layout the driver relies on.
static_assert(sizeof(nvme_id_ctrl) == NVME_IDENTIFY_DATA_SIZE, "Identify Controller is 4 KiB");
static_assert(sizeof(nvme_id_ns) == NVME_IDENTIFY_DATA_SIZE, "Identify Namespace is 4 KiB");
static_assert(offsetof(nvme_id_ctrl, vid) == 0, "VID");
static_assert(offsetof(nvme_id_ctrl, mn) == 24, "MN");
static_assert(offsetof(nvme_id_ctrl, ver) == 80, "VER");
static_assert(offsetof(nvme_id_ctrl, oaes) == 92, "OAES");
static_assert(offsetof(nvme_id_ctrl, nn) == 516, "NN");
static_assert(sizeof(nvme_ns_id_desc) == 4, "NIDT, NIDL, 2 reserved bytes, then the ID");

// ---- Status field ---------------------------------------------------------------------------
// `status` everywhere in the driver is the 15-bit Status Field (CQE DW3 31:17): SC 7:0,
// SCT 10:8, CRD 12:11, M 13, DNR 14. Bit 15 is never set by a device; the driver uses it for
// host-side outcomes that have no CQE.

constexpr uint8_t status_sc(uint16_t status) { return status & NVME_SC_MASK; }
constexpr uint8_t status_sct(uint16_t status) { return (status >> NVME_SCT_SHIFT) & NVME_SCT_MASK; }
constexpr uint8_t status_crd(uint16_t status) { return (status & NVME_SC_CRD) >> 11; }
constexpr bool status_more(uint16_t status) { return (status & NVME_SC_MORE) != 0; }
constexpr bool status_dnr(uint16_t status) { return (status & NVME_SC_DNR) != 0; }
constexpr uint16_t make_status(uint8_t sct, uint8_t sc, bool dnr = false) {
  return static_cast<uint16_t>((sct & NVME_SCT_MASK) << NVME_SCT_SHIFT | sc |
                               (dnr ? NVME_SC_DNR : 0));
}

constexpr uint16_t kHostStatus = 0x8000;  // bit 15: outcome decided by the host, no CQE
// The command got no completion within its timeout (CommandResult::timed_out is set too).
constexpr uint16_t kStatusHostTimeout = kHostStatus | 1;
// The command was not submitted: the controller is not usable (dead, or not brought up).
constexpr uint16_t kStatusHostNotSubmitted = kHostStatus | 2;
// A controller reset ended the command before the device completed it (Linux's
// NVME_SC_HOST_ABORTED_CMD); the command may be retried once the controller is live again.
constexpr uint16_t kStatusHostAborted = kHostStatus | 3;
constexpr bool is_host_status(uint16_t status) { return (status & kHostStatus) != 0; }

// ---- Name tables ------------------------------------------------------------------------------

// "Identify", "Create I/O CQ", ...; "Vendor Specific" or "Reserved" for the rest.
const char* admin_opcode_name(uint8_t opcode);
// NVM command set I/O opcodes: "Read", "Write", "Flush", ...; "Vendor Specific" or "Reserved".
const char* io_opcode_name(uint8_t opcode);
// "Namespace", "Controller", "Active Namespace ID List", ...; "Reserved" for unknown values.
const char* identify_cns_name(uint8_t cns);
// "Number of Queues", "Asynchronous Event Configuration", ...; "Reserved" for unknown values.
const char* feature_name(uint8_t fid);
// The status name alone ("Invalid Field in Command"), or nullptr if the table has none.
const char* status_code_name(uint8_t sct, uint8_t sc);
// Analyzer form: "SUCCESS", "Invalid Field in Command (SCT 0h SC 02h, DNR)",
// "Invalid Queue Identifier (SCT 1h SC 01h)", "host: timed out", "SCT 2h SC 81h" if unnamed.
std::string status_name(uint16_t status);
// An Identify string field (MN, SN, FR): fixed width, space padded; the padding dropped.
std::string identify_string(const char* field, size_t width);
// "1.4.0": the VS register (or Identify's VER) as major.minor.tertiary.
std::string version_string(uint32_t vs);
// One line per command: "Identify cid 3 nsid 0x1 CNS 00h (Namespace) prp1 0x100000000".
std::string describe(const Sqe& sqe);

// ---- Admin command encodings (CID is assigned at submission) -----------------------------------

// `cntid` goes to CDW10 31:16 (only the controller-list CNS values read it).
Sqe identify_sqe(uint8_t cns, uint32_t nsid, uint64_t prp1, uint64_t prp2 = 0, uint16_t cntid = 0);
// `save` sets SV: the device keeps the value across resets (if the feature is saveable).
Sqe set_features_sqe(uint8_t fid, uint32_t dw11, bool save = false);
// `sel` picks which value to report; an enum, so a DW11 value cannot be passed in its place.
Sqe get_features_sqe(uint8_t fid, uint32_t dw11 = 0,
                     nvme_get_features_sel sel = NVME_GET_FEATURES_SEL_CURRENT);
// `entries` is the queue size; the command carries entries - 1 (QSIZE is 0's based). Queues are
// physically contiguous (PC = 1) at `prp1`, which must be page aligned. `ien` clear leaves the
// CQ without interrupts (the host polls it).
Sqe create_io_cq_sqe(uint16_t qid, uint16_t entries, uint64_t prp1, uint16_t vector,
                     bool ien = true);
Sqe create_io_sq_sqe(uint16_t qid, uint16_t entries, uint64_t prp1, uint16_t cqid);
Sqe delete_io_sq_sqe(uint16_t qid);
Sqe delete_io_cq_sqe(uint16_t qid);
// `bytes` is a multiple of 4 (NUMD = bytes / 4 - 1); `offset` is the byte offset into the log.
// `rae` (Retain Asynchronous Event) keeps the event that announced the log unacknowledged.
Sqe get_log_page_sqe(uint8_t lid, uint32_t bytes, uint64_t prp1, uint64_t prp2 = 0,
                     uint64_t offset = 0, bool rae = false, uint32_t nsid = NVME_NSID_ALL);
Sqe async_event_request_sqe();
// Abort (08h) of command `cid` on submission queue `sqid`.
Sqe abort_sqe(uint16_t sqid, uint16_t cid);

// ---- NVM command set I/O encodings ------------------------------------------------------------

// `blocks` is 1-based (the command carries blocks - 1 in NLB). PRP2 is the second page, or the
// PRP list when the data spans more than two pages. `fua`: durable before it completes.
Sqe nvm_read_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, uint64_t prp1, uint64_t prp2 = 0);
Sqe nvm_write_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, uint64_t prp1, uint64_t prp2 = 0,
                  bool fua = false);
Sqe nvm_flush_sqe(uint32_t nsid);
// `deallocate` sets DEAC: the blocks may be deallocated (they read as zeros either way).
Sqe nvm_write_zeroes_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, bool deallocate = false);
// Dataset Management with the Deallocate attribute over `ranges` ranges (1..256) at prp1/prp2.
Sqe nvm_deallocate_sqe(uint32_t nsid, uint32_t ranges, uint64_t prp1, uint64_t prp2 = 0);
// One Dataset Management range, as it lies in host memory (16 bytes, little-endian).
struct DsmRange {
  uint32_t attributes = 0;
  uint32_t blocks = 0;  // 1-based
  uint64_t slba = 0;
};
static_assert(sizeof(DsmRange) == 16, "a Dataset Management range is 16 bytes");

// PRP2 for a transfer of `bytes` at `address` when it crosses one page boundary (0 if it does
// not); the driver's admin transfers are at most one page, so they never need a PRP list.
uint64_t prp2_for(uint64_t address, size_t bytes);

}  // namespace nvme
