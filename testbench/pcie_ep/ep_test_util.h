// SPDX-License-Identifier: Apache-2.0
// Shared constants and set-up for the pcie_ep RTL benches.

#pragma once

#include <cstdint>

#include "data_pattern.h"
#include "ep_harness.h"
#include "sim_control.h"  // the sideband register map

namespace tb {

// PCI configuration space (common/pci_config.h) by its short names.
using pci::kCfgBar0;
using pci::kCfgBar1;
using pci::kCfgCapPtr;
using pci::kCfgClass;
using pci::kCfgCommand;
using pci::kCfgHeaderType;
using pci::kCfgId;
using pci::kCfgIntLine;
using pci::kCfgSubsystem;
using pci::kCmdBusMaster;
using pci::kCmdMemSpace;
using pci::kCmdParityErrResp;

// Status register (upper half of the Command DW) and Device Status (upper half of Device Control).
constexpr uint32_t kStaSignaledTargetAbort = 1u << (16 + 11);
constexpr uint32_t kStaReceivedTargetAbort = 1u << (16 + 12);
constexpr uint32_t kStaReceivedMasterAbort = 1u << (16 + 13);
constexpr uint32_t kStaDetectedParityError = 1u << (16 + 15);
constexpr uint32_t kStaMasterDataParityError = 1u << (16 + 8);
constexpr uint32_t kDevStaNonFatal = 1u << (16 + 1);
constexpr uint32_t kDevStaFatal = 1u << (16 + 2);
constexpr uint32_t kDevStaUnsupported = 1u << (16 + 3);

constexpr uint64_t kBar0Base = 0xF000'0000;
constexpr uint16_t kHostId = 0x0000;

// A harness whose device is enumerated at kBar0Base with memory space and bus master on.
inline void bring_up(EpHarness& h, uint64_t bar0 = kBar0Base) {
  BarInfo info = h.enumerate(bar0);
  ASSERT_TRUE(info.ok);
  ASSERT_EQ(info.size, 16384u);
}

}  // namespace tb
