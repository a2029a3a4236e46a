// SPDX-License-Identifier: Apache-2.0
// Shared constants and set-up for the pcie_ep RTL benches.

#pragma once

#include <cstdint>

#include "data_pattern.h"
#include "ep_harness.h"
#include "sim_control.h"  // the sideband register map

namespace tb {

// Configuration space layout the endpoint documents (docs/pcie-endpoint.md).
constexpr uint16_t kCfgId = 0x00;
constexpr uint16_t kCfgCommand = 0x04;
constexpr uint16_t kCfgClass = 0x08;
constexpr uint16_t kCfgHeaderType = 0x0C;
constexpr uint16_t kCfgBar0 = 0x10;
constexpr uint16_t kCfgBar1 = 0x14;
constexpr uint16_t kCfgSubsystem = 0x2C;
constexpr uint16_t kCfgCapPtr = 0x34;
constexpr uint16_t kCfgIntLine = 0x3C;
constexpr uint16_t kCfgPcieCap = 0x40;
constexpr uint16_t kCfgDevCtl = kCfgPcieCap + 0x08;
constexpr uint16_t kCfgMsixCap = 0x80;

constexpr uint32_t kCmdMemSpace = 1u << 1;
constexpr uint32_t kCmdBusMaster = 1u << 2;
constexpr uint32_t kCmdParityErrResp = 1u << 6;

// Status register (upper half of the Command DW) and Device Status (upper half of Device Control).
constexpr uint32_t kStaSignaledTargetAbort = 1u << (16 + 11);
constexpr uint32_t kStaReceivedTargetAbort = 1u << (16 + 12);
constexpr uint32_t kStaReceivedMasterAbort = 1u << (16 + 13);
constexpr uint32_t kStaDetectedParityError = 1u << (16 + 15);
constexpr uint32_t kStaMasterDataParityError = 1u << (16 + 8);
constexpr uint32_t kDevStaNonFatal = 1u << (16 + 1);
constexpr uint32_t kDevStaFatal = 1u << (16 + 2);
constexpr uint32_t kDevStaUnsupported = 1u << (16 + 3);

// BAR0 windows served by the endpoint itself.
constexpr uint32_t kMsixTable = 0x2000;
constexpr uint32_t kMsixPba = 0x3000;

constexpr uint64_t kBar0Base = 0xF000'0000;
constexpr uint16_t kHostId = 0x0000;

// A harness whose device is enumerated at kBar0Base with memory space and bus master on.
inline void bring_up(EpHarness& h, uint64_t bar0 = kBar0Base) {
  BarInfo info = h.enumerate(bar0);
  ASSERT_TRUE(info.ok);
  ASSERT_EQ(info.size, 16384u);
}

}  // namespace tb
