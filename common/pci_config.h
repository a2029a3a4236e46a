// SPDX-License-Identifier: Apache-2.0
// PCI configuration space as the host sees it: the Type 0 header, the Command register, and the
// capabilities the co-simulation uses (PCI Local Bus and PCI Express Base specifications).
// Offsets are in bytes; a configuration access reads or writes the whole DW at offset & ~3.

#pragma once

#include <cstdint>

namespace pci {

// ---- Type 0 header ----------------------------------------------------------------------------
constexpr uint16_t kCfgId = 0x00;       // Vendor ID 15:0, Device ID 31:16
constexpr uint16_t kCfgCommand = 0x04;  // Command 15:0, Status 31:16
constexpr uint16_t kCfgClass = 0x08;    // Revision ID 7:0, Class Code 31:8
constexpr uint16_t kCfgHeaderType = 0x0C;
constexpr uint16_t kCfgBar0 = 0x10;
constexpr uint16_t kCfgBar1 = 0x14;  // the upper half of a 64-bit BAR0
constexpr uint16_t kCfgSubsystem = 0x2C;
constexpr uint16_t kCfgCapPtr = 0x34;
constexpr uint16_t kCfgIntLine = 0x3C;

// ---- Command register -------------------------------------------------------------------------
constexpr uint32_t kCmdMemSpace = 1u << 1;
constexpr uint32_t kCmdBusMaster = 1u << 2;
constexpr uint32_t kCmdParityErrResp = 1u << 6;

// ---- Status register (bits 31:16 of the Command DW): error bits, write 1 to clear -------------
constexpr uint16_t kStatusSignaledTargetAbort = 1u << 11;
constexpr uint16_t kStatusReceivedTargetAbort = 1u << 12;  // a completion with status CA
constexpr uint16_t kStatusReceivedMasterAbort = 1u << 13;  // a completion with status UR
constexpr uint16_t kStatusDetectedParityError = 1u << 15;

// ---- Capabilities: the ID in bits 7:0 of the first DW, the next pointer in 15:8 ----------------
constexpr uint8_t kCapIdPcie = 0x10;
constexpr uint8_t kCapIdMsix = 0x11;
// PCI Express capability: Device Capabilities at +04h, Device Control (15:0) and Status (31:16)
// at +08h.
constexpr uint16_t kPcieDevCap = 0x04;
constexpr uint16_t kPcieDevCtl = 0x08;
// Device Status error bits (write 1 to clear).
constexpr uint16_t kDevStatusCorrectable = 1u << 0;
constexpr uint16_t kDevStatusNonFatal = 1u << 1;  // e.g. a completion timeout
constexpr uint16_t kDevStatusFatal = 1u << 2;
constexpr uint16_t kDevStatusUnsupportedRequest = 1u << 3;
// MSI-X capability: Message Control in 31:16 of the first DW, Table Offset/BIR at +04h.
constexpr uint16_t kMsixTableOffset = 0x04;

}  // namespace pci
