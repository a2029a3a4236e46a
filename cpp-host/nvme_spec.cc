// SPDX-License-Identifier: Apache-2.0
// Name tables and command encodings of the NVMe spec layer.

#include "nvme_spec.h"

#include <cstdio>
#include <stdexcept>

namespace nvme {
namespace {

struct Named {
  uint8_t value;
  const char* name;
};

template <size_t N>
const char* lookup(const Named (&table)[N], uint8_t value) {
  for (const Named& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return nullptr;
}

// NVMe base spec 2.0, figure 28 (admin command set opcodes).
constexpr Named kAdminOpcodes[] = {
    {nvme_admin_delete_sq, "Delete I/O SQ"},
    {nvme_admin_create_sq, "Create I/O SQ"},
    {nvme_admin_get_log_page, "Get Log Page"},
    {nvme_admin_delete_cq, "Delete I/O CQ"},
    {nvme_admin_create_cq, "Create I/O CQ"},
    {nvme_admin_identify, "Identify"},
    {nvme_admin_abort_cmd, "Abort"},
    {nvme_admin_set_features, "Set Features"},
    {nvme_admin_get_features, "Get Features"},
    {nvme_admin_async_event, "Asynchronous Event Request"},
    {nvme_admin_ns_mgmt, "Namespace Management"},
    {nvme_admin_fw_commit, "Firmware Commit"},
    {nvme_admin_fw_download, "Firmware Image Download"},
    {nvme_admin_dev_self_test, "Device Self-test"},
    {nvme_admin_ns_attach, "Namespace Attachment"},
    {nvme_admin_keep_alive, "Keep Alive"},
    {nvme_admin_directive_send, "Directive Send"},
    {nvme_admin_directive_recv, "Directive Receive"},
    {nvme_admin_virtual_mgmt, "Virtualization Management"},
    {nvme_admin_nvme_mi_send, "NVMe-MI Send"},
    {nvme_admin_nvme_mi_recv, "NVMe-MI Receive"},
    {nvme_admin_capacity_mgmt, "Capacity Management"},
    {nvme_admin_lockdown, "Lockdown"},
    {nvme_admin_dbbuf, "Doorbell Buffer Config"},
    {nvme_admin_fabrics, "Fabrics"},
    {nvme_admin_format_nvm, "Format NVM"},
    {nvme_admin_security_send, "Security Send"},
    {nvme_admin_security_recv, "Security Receive"},
    {nvme_admin_sanitize_nvm, "Sanitize"},
    {nvme_admin_get_lba_status, "Get LBA Status"},
};

constexpr Named kIoOpcodes[] = {
    {nvme_cmd_flush, "Flush"},
    {nvme_cmd_write, "Write"},
    {nvme_cmd_read, "Read"},
    {nvme_cmd_write_uncor, "Write Uncorrectable"},
    {nvme_cmd_compare, "Compare"},
    {nvme_cmd_write_zeroes, "Write Zeroes"},
    {nvme_cmd_dsm, "Dataset Management"},
    {nvme_cmd_verify, "Verify"},
    {nvme_cmd_resv_register, "Reservation Register"},
    {nvme_cmd_resv_report, "Reservation Report"},
    {nvme_cmd_resv_acquire, "Reservation Acquire"},
    {nvme_cmd_resv_release, "Reservation Release"},
    {nvme_cmd_copy, "Copy"},
};

constexpr Named kIdentifyCns[] = {
    {NVME_IDENTIFY_CNS_NS, "Namespace"},
    {NVME_IDENTIFY_CNS_CTRL, "Controller"},
    {NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, "Active Namespace ID List"},
    {NVME_IDENTIFY_CNS_NS_DESC_LIST, "Namespace ID Descriptor List"},
    {NVME_IDENTIFY_CNS_NVMSET_LIST, "NVM Set List"},
    {NVME_IDENTIFY_CNS_CSI_NS, "I/O Command Set Specific Namespace"},
    {NVME_IDENTIFY_CNS_CSI_CTRL, "I/O Command Set Specific Controller"},
    {NVME_IDENTIFY_CNS_CSI_NS_ACTIVE_LIST, "I/O Command Set Specific Active NSID List"},
    {NVME_IDENTIFY_CNS_CSI_INDEPENDENT_ID_NS, "I/O Command Set Independent Namespace"},
    {NVME_IDENTIFY_CNS_ALLOCATED_NS_LIST, "Allocated Namespace ID List"},
    {NVME_IDENTIFY_CNS_ALLOCATED_NS, "Allocated Namespace"},
    {NVME_IDENTIFY_CNS_NS_CTRL_LIST, "Namespace Controller List"},
    {NVME_IDENTIFY_CNS_CTRL_LIST, "Controller List"},
    {NVME_IDENTIFY_CNS_PRIMARY_CTRL_CAP, "Primary Controller Capabilities"},
    {NVME_IDENTIFY_CNS_SECONDARY_CTRL_LIST, "Secondary Controller List"},
    {NVME_IDENTIFY_CNS_NS_GRANULARITY, "Namespace Granularity List"},
    {NVME_IDENTIFY_CNS_UUID_LIST, "UUID List"},
};

constexpr Named kFeatures[] = {
    {NVME_FEAT_FID_ARBITRATION, "Arbitration"},
    {NVME_FEAT_FID_POWER_MGMT, "Power Management"},
    {NVME_FEAT_FID_LBA_RANGE, "LBA Range Type"},
    {NVME_FEAT_FID_TEMP_THRESH, "Temperature Threshold"},
    {NVME_FEAT_FID_ERR_RECOVERY, "Error Recovery"},
    {NVME_FEAT_FID_VOLATILE_WC, "Volatile Write Cache"},
    {NVME_FEAT_FID_NUM_QUEUES, "Number of Queues"},
    {NVME_FEAT_FID_IRQ_COALESCE, "Interrupt Coalescing"},
    {NVME_FEAT_FID_IRQ_CONFIG, "Interrupt Vector Configuration"},
    {NVME_FEAT_FID_WRITE_ATOMIC, "Write Atomicity Normal"},
    {NVME_FEAT_FID_ASYNC_EVENT, "Asynchronous Event Configuration"},
    {NVME_FEAT_FID_AUTO_PST, "Autonomous Power State Transition"},
    {NVME_FEAT_FID_HOST_MEM_BUF, "Host Memory Buffer"},
    {NVME_FEAT_FID_TIMESTAMP, "Timestamp"},
    {NVME_FEAT_FID_KATO, "Keep Alive Timer"},
    {NVME_FEAT_FID_HCTM, "Host Controlled Thermal Management"},
    {NVME_FEAT_FID_NOPSC, "Non-Operational Power State Config"},
    {NVME_FEAT_FID_HOST_BEHAVIOR, "Host Behavior Support"},
};

// Status Code Type 0h, Generic Command Status (figure 100, and 80h-84h for the NVM set).
constexpr Named kGenericStatus[] = {
    {0x00, "Successful Completion"},
    {0x01, "Invalid Command Opcode"},
    {0x02, "Invalid Field in Command"},
    {0x03, "Command ID Conflict"},
    {0x04, "Data Transfer Error"},
    {0x05, "Commands Aborted due to Power Loss Notification"},
    {0x06, "Internal Error"},
    {0x07, "Command Abort Requested"},
    {0x08, "Command Aborted due to SQ Deletion"},
    {0x09, "Command Aborted due to Failed Fused Command"},
    {0x0A, "Command Aborted due to Missing Fused Command"},
    {0x0B, "Invalid Namespace or Format"},
    {0x0C, "Command Sequence Error"},
    {0x0D, "Invalid SGL Segment Descriptor"},
    {0x0E, "Invalid Number of SGL Descriptors"},
    {0x0F, "Data SGL Length Invalid"},
    {0x10, "Metadata SGL Length Invalid"},
    {0x11, "SGL Descriptor Type Invalid"},
    {0x12, "Invalid Use of Controller Memory Buffer"},
    {0x13, "PRP Offset Invalid"},
    {0x14, "Atomic Write Unit Exceeded"},
    {0x15, "Operation Denied"},
    {0x16, "SGL Offset Invalid"},
    {0x18, "Host Identifier Inconsistent Format"},
    {0x19, "Keep Alive Timer Expired"},
    {0x1A, "Keep Alive Timeout Invalid"},
    {0x1B, "Command Aborted due to Preempt and Abort"},
    {0x1C, "Sanitize Failed"},
    {0x1D, "Sanitize In Progress"},
    {0x1E, "SGL Data Block Granularity Invalid"},
    {0x1F, "Command Not Supported for Queue in CMB"},
    {0x20, "Namespace is Write Protected"},
    {0x21, "Command Interrupted"},
    {0x22, "Transient Transport Error"},
    {0x23, "Command Prohibited by Command and Feature Lockdown"},
    {0x24, "Admin Command Media Not Ready"},
    {0x80, "LBA Out of Range"},
    {0x81, "Capacity Exceeded"},
    {0x82, "Namespace Not Ready"},
    {0x83, "Reservation Conflict"},
    {0x84, "Format In Progress"},
};

// Status Code Type 1h, Command Specific Status (figure 101; 80h-82h from the NVM set).
constexpr Named kCommandSpecificStatus[] = {
    {0x00, "Completion Queue Invalid"},
    {0x01, "Invalid Queue Identifier"},
    {0x02, "Invalid Queue Size"},
    {0x03, "Abort Command Limit Exceeded"},
    {0x05, "Asynchronous Event Request Limit Exceeded"},
    {0x06, "Invalid Firmware Slot"},
    {0x07, "Invalid Firmware Image"},
    {0x08, "Invalid Interrupt Vector"},
    {0x09, "Invalid Log Page"},
    {0x0A, "Invalid Format"},
    {0x0B, "Firmware Activation Requires Conventional Reset"},
    {0x0C, "Invalid Queue Deletion"},
    {0x0D, "Feature Identifier Not Saveable"},
    {0x0E, "Feature Not Changeable"},
    {0x0F, "Feature Not Namespace Specific"},
    {0x10, "Firmware Activation Requires NVM Subsystem Reset"},
    {0x11, "Firmware Activation Requires Controller Level Reset"},
    {0x12, "Firmware Activation Requires Maximum Time Violation"},
    {0x13, "Firmware Activation Prohibited"},
    {0x14, "Overlapping Range"},
    {0x15, "Namespace Insufficient Capacity"},
    {0x16, "Namespace Identifier Unavailable"},
    {0x18, "Namespace Already Attached"},
    {0x19, "Namespace Is Private"},
    {0x1A, "Namespace Not Attached"},
    {0x1B, "Thin Provisioning Not Supported"},
    {0x1C, "Controller List Invalid"},
    {0x1D, "Device Self-test In Progress"},
    {0x1E, "Boot Partition Write Prohibited"},
    {0x1F, "Invalid Controller Identifier"},
    {0x20, "Invalid Secondary Controller State"},
    {0x21, "Invalid Number of Controller Resources"},
    {0x22, "Invalid Resource Identifier"},
    {0x23, "Sanitize Prohibited While Persistent Memory Region is Enabled"},
    {0x24, "ANA Group Identifier Invalid"},
    {0x25, "ANA Attach Failed"},
    {0x80, "Conflicting Attributes"},
    {0x81, "Invalid Protection Information"},
    {0x82, "Attempted Write to Read Only Range"},
};

// Status Code Type 2h, Media and Data Integrity Errors (NVM command set).
constexpr Named kMediaStatus[] = {
    {0x80, "Write Fault"},
    {0x81, "Unrecovered Read Error"},
    {0x82, "End-to-end Guard Check Error"},
    {0x83, "End-to-end Application Tag Check Error"},
    {0x84, "End-to-end Reference Tag Check Error"},
    {0x85, "Compare Failure"},
    {0x86, "Access Denied"},
    {0x87, "Deallocated or Unwritten Logical Block"},
};

// Status Code Type 3h, Path Related Status.
constexpr Named kPathStatus[] = {
    {0x00, "Internal Path Error"},
    {0x01, "Asymmetric Access Persistent Loss"},
    {0x02, "Asymmetric Access Inaccessible"},
    {0x03, "Asymmetric Access Transition"},
    {0x60, "Controller Pathing Error"},
    {0x70, "Host Pathing Error"},
    {0x71, "Command Aborted By Host"},
};

std::string hex(uint64_t value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value));
  return buffer;
}

std::string hex2(uint8_t value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02Xh", value);
  return buffer;
}

}  // namespace

const char* admin_opcode_name(uint8_t opcode) {
  if (const char* name = lookup(kAdminOpcodes, opcode)) return name;
  return opcode >= 0xC0 ? "Vendor Specific" : "Reserved";
}

const char* io_opcode_name(uint8_t opcode) {
  if (const char* name = lookup(kIoOpcodes, opcode)) return name;
  return opcode >= 0x80 ? "Vendor Specific" : "Reserved";
}

const char* identify_cns_name(uint8_t cns) {
  const char* name = lookup(kIdentifyCns, cns);
  return name ? name : "Reserved";
}

const char* feature_name(uint8_t fid) {
  const char* name = lookup(kFeatures, fid);
  return name ? name : "Reserved";
}

const char* status_code_name(uint8_t sct, uint8_t sc) {
  switch (sct) {
    case NVME_SCT_GENERIC:
      return lookup(kGenericStatus, sc);
    case NVME_SCT_CMD_SPECIFIC:
      return lookup(kCommandSpecificStatus, sc);
    case NVME_SCT_MEDIA:
      return lookup(kMediaStatus, sc);
    case NVME_SCT_PATH:
      return lookup(kPathStatus, sc);
    default:
      return nullptr;
  }
}

std::string identify_string(const char* field, size_t width) {
  std::string text(field, width);
  const size_t end = text.find_last_not_of(std::string(" \0", 2));
  return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

std::string version_string(uint32_t vs) {
  char text[32];
  std::snprintf(text, sizeof text, "%u.%u.%u", vs >> 16, (vs >> 8) & 0xFF, vs & 0xFF);
  return text;
}

std::string status_name(uint16_t status) {
  if (status == 0) return "SUCCESS";
  if (status == kStatusHostTimeout) return "host: timed out";
  if (status == kStatusHostNotSubmitted) return "host: not submitted (controller not usable)";
  if (status == kStatusHostAborted) return "host: aborted by a controller reset";
  if (is_host_status(status)) return "host: status " + hex(status);
  char codes[32];
  std::snprintf(codes, sizeof codes, "SCT %Xh SC %02Xh", status_sct(status), status_sc(status));
  std::string flags;
  if (status_crd(status)) flags += ", CRD " + std::to_string(status_crd(status));
  if (status_more(status)) flags += ", M";
  if (status_dnr(status)) flags += ", DNR";
  const char* name = status_code_name(status_sct(status), status_sc(status));
  if (!name) return std::string(codes) + flags;
  return std::string(name) + " (" + codes + flags + ")";
}

std::string describe(const Sqe& sqe) {
  std::string line = admin_opcode_name(sqe.opcode);
  line += " cid " + std::to_string(sqe.cid);
  if (sqe.nsid != 0) line += " nsid " + hex(sqe.nsid);
  if (sqe.flags != 0) line += " flags " + hex(sqe.flags);  // FUSE/PSDT: only benches set them
  switch (sqe.opcode) {
    case nvme_admin_identify: {
      const uint8_t cns = sqe.cdw10 & 0xFF;
      line += " CNS " + hex2(cns) + " (" + identify_cns_name(cns) + ")";
      break;
    }
    case nvme_admin_set_features:
    case nvme_admin_get_features: {
      const uint8_t fid = sqe.cdw10 & 0xFF;
      line += " FID " + hex2(fid) + " (" + feature_name(fid) + ") cdw11 " + hex(sqe.cdw11);
      break;
    }
    case nvme_admin_get_log_page:
      line += " LID " + hex2(sqe.cdw10 & 0xFF) + " cdw10 " + hex(sqe.cdw10);
      break;
    case nvme_admin_create_cq:
    case nvme_admin_create_sq:
      line += " qid " + std::to_string(sqe.cdw10 & 0xFFFF) + " size " +
              std::to_string((sqe.cdw10 >> 16) + 1) + " cdw11 " + hex(sqe.cdw11);
      break;
    case nvme_admin_async_event:
      break;
    case nvme_admin_abort_cmd:
      line += " sqid " + std::to_string(sqe.cdw10 & 0xFFFF) + " target cid " +
              std::to_string(sqe.cdw10 >> 16);
      break;
    default:
      if (sqe.cdw10 != 0) line += " cdw10 " + hex(sqe.cdw10);
      break;
  }
  if (sqe.prp1 != 0) line += " prp1 " + hex(sqe.prp1);
  if (sqe.prp2 != 0) line += " prp2 " + hex(sqe.prp2);
  return line;
}

// ---- Command encodings ----------------------------------------------------------------------

Sqe identify_sqe(uint8_t cns, uint32_t nsid, uint64_t prp1, uint64_t prp2, uint16_t cntid) {
  Sqe sqe;
  sqe.opcode = nvme_admin_identify;
  sqe.nsid = nsid;
  sqe.prp1 = prp1;
  sqe.prp2 = prp2;
  sqe.cdw10 = uint32_t{cntid} << 16 | cns;
  return sqe;
}

Sqe set_features_sqe(uint8_t fid, uint32_t dw11, bool save) {
  Sqe sqe;
  sqe.opcode = nvme_admin_set_features;
  sqe.cdw10 = uint32_t{save} << 31 | fid;  // SV, FID
  sqe.cdw11 = dw11;
  return sqe;
}

Sqe get_features_sqe(uint8_t fid, uint32_t dw11, nvme_get_features_sel sel) {
  Sqe sqe;
  sqe.opcode = nvme_admin_get_features;
  sqe.cdw10 = (static_cast<uint32_t>(sel) & 7u) << 8 | fid;  // SEL 10:8, FID
  sqe.cdw11 = dw11;
  return sqe;
}

Sqe create_io_cq_sqe(uint16_t qid, uint16_t entries, uint64_t prp1, uint16_t vector, bool ien) {
  Sqe sqe;
  sqe.opcode = nvme_admin_create_cq;
  sqe.prp1 = prp1;
  sqe.cdw10 = uint32_t{static_cast<uint16_t>(entries - 1)} << 16 | qid;
  sqe.cdw11 = uint32_t{vector} << 16 | uint32_t{ien} << 1 | 1u;  // IV, IEN, PC
  return sqe;
}

Sqe create_io_sq_sqe(uint16_t qid, uint16_t entries, uint64_t prp1, uint16_t cqid) {
  Sqe sqe;
  sqe.opcode = nvme_admin_create_sq;
  sqe.prp1 = prp1;
  sqe.cdw10 = uint32_t{static_cast<uint16_t>(entries - 1)} << 16 | qid;
  sqe.cdw11 = uint32_t{cqid} << 16 | 1u;  // CQID, QPRIO 0 (ignored under round robin), PC
  return sqe;
}

Sqe nvm_read_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, uint64_t prp1, uint64_t prp2) {
  Sqe sqe;
  sqe.opcode = nvme_cmd_read;
  sqe.nsid = nsid;
  sqe.prp1 = prp1;
  sqe.prp2 = prp2;
  sqe.cdw10 = static_cast<uint32_t>(slba);
  sqe.cdw11 = static_cast<uint32_t>(slba >> 32);
  sqe.cdw12 = (blocks - 1) & 0xFFFF;
  return sqe;
}

Sqe nvm_write_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, uint64_t prp1, uint64_t prp2,
                  bool fua) {
  Sqe sqe = nvm_read_sqe(nsid, slba, blocks, prp1, prp2);
  sqe.opcode = nvme_cmd_write;
  if (fua) sqe.cdw12 |= 1u << 30;
  return sqe;
}

Sqe nvm_flush_sqe(uint32_t nsid) {
  Sqe sqe;
  sqe.opcode = nvme_cmd_flush;
  sqe.nsid = nsid;
  return sqe;
}

Sqe nvm_write_zeroes_sqe(uint32_t nsid, uint64_t slba, uint32_t blocks, bool deallocate) {
  Sqe sqe = nvm_read_sqe(nsid, slba, blocks, 0, 0);
  sqe.opcode = nvme_cmd_write_zeroes;
  if (deallocate) sqe.cdw12 |= 1u << 25;
  return sqe;
}

Sqe nvm_deallocate_sqe(uint32_t nsid, uint32_t ranges, uint64_t prp1, uint64_t prp2) {
  Sqe sqe;
  sqe.opcode = nvme_cmd_dsm;
  sqe.nsid = nsid;
  sqe.prp1 = prp1;
  sqe.prp2 = prp2;
  sqe.cdw10 = (ranges - 1) & 0xFF;
  sqe.cdw11 = 1u << 2;  // AD
  return sqe;
}

Sqe delete_io_sq_sqe(uint16_t qid) {
  Sqe sqe;
  sqe.opcode = nvme_admin_delete_sq;
  sqe.cdw10 = qid;
  return sqe;
}

Sqe delete_io_cq_sqe(uint16_t qid) {
  Sqe sqe;
  sqe.opcode = nvme_admin_delete_cq;
  sqe.cdw10 = qid;
  return sqe;
}

Sqe get_log_page_sqe(uint8_t lid, uint32_t bytes, uint64_t prp1, uint64_t prp2, uint64_t offset,
                     bool rae, uint32_t nsid) {
  if (bytes == 0 || bytes % 4 != 0) throw std::invalid_argument("get_log_page_sqe: bytes");
  const uint32_t numd = bytes / 4 - 1;
  Sqe sqe;
  sqe.opcode = nvme_admin_get_log_page;
  sqe.nsid = nsid;
  sqe.prp1 = prp1;
  sqe.prp2 = prp2;
  sqe.cdw10 = (numd & 0xFFFF) << 16 | (rae ? 1u << 15 : 0u) | lid;  // NUMDL, RAE, LID
  sqe.cdw11 = numd >> 16;                                           // NUMDU
  sqe.cdw12 = static_cast<uint32_t>(offset);                        // LPOL
  sqe.cdw13 = static_cast<uint32_t>(offset >> 32);                  // LPOU
  return sqe;
}

Sqe async_event_request_sqe() {
  Sqe sqe;
  sqe.opcode = nvme_admin_async_event;
  return sqe;
}

Sqe abort_sqe(uint16_t sqid, uint16_t cid) {
  Sqe sqe;
  sqe.opcode = nvme_admin_abort_cmd;
  sqe.cdw10 = uint32_t{cid} << 16 | sqid;
  return sqe;
}

uint64_t prp2_for(uint64_t address, size_t bytes) {
  if (bytes == 0) return 0;
  const uint64_t first_page = address & ~uint64_t{kPageSize - 1};
  const uint64_t last_page = (address + bytes - 1) & ~uint64_t{kPageSize - 1};
  if (last_page == first_page) return 0;
  if (last_page != first_page + kPageSize) {
    throw std::invalid_argument("prp2_for: more than two pages needs a PRP list");
  }
  return last_page;
}

}  // namespace nvme
