// SPDX-License-Identifier: Apache-2.0
// The simulation-control sideband as C++ sees it: the register map of docs/pcie-endpoint.md
// (endpoint, 00h..FFh) and docs/nvme-controller.md (NVMe core, from 100h), kept beside the RTL
// it describes, and the multi-register writes every user repeats. Plain C++: a `Port` is
// anything with sim_write(uint16_t addr, uint32_t data) and sim_read(uint16_t addr) (the RTL
// bench, or the co-simulation's RtlBridge).

#pragma once

#include <cstdint>
#include <vector>

namespace sim_control {

// ---- Endpoint -------------------------------------------------------------------------------
constexpr uint16_t kId = 0x0000;
constexpr uint16_t kVersion = 0x0004;
constexpr uint16_t kSeed = 0x0008;               // the generators' seed; writing reloads them
constexpr uint16_t kDropCompletions = 0x000C;    // the next N host requests get no completion
constexpr uint16_t kCompletionTimeout = 0x0010;  // DMA completion timeout, 1024-cycle units
constexpr uint16_t kMalformedCount = 0x0014;
constexpr uint16_t kUnsupportedCount = 0x0018;
constexpr uint16_t kCompletionErrorCount = 0x001C;

// ---- NVMe core ------------------------------------------------------------------------------
constexpr uint16_t kNn = 0x0100;
constexpr uint16_t kReadyDelay = 0x0104;
constexpr uint16_t kSlots = 0x0108;
constexpr uint16_t kNsChanged = 0x010C;
constexpr uint16_t kNow = 0x0110;  // 48 bits
constexpr uint16_t kBusySlots = 0x0118;
constexpr uint16_t kWake = 0x011C;  // 48 bits
constexpr uint16_t kIdle = 0x0124;
// Fault injection, both one-shot (they read 0 once they happened).
constexpr uint16_t kFatalAt = 0x0128;   // 48 bits: the cycle CSTS.CFS sets (0: never)
constexpr uint16_t kLoseNsid = 0x0130;  // the next Identify naming this NSID never completes
// Fault injection, controller wide: the Active NSID list (Identify CNS 02h) lies. Read when the
// command starts; each page is its honest page for CDW1.NSID, rearranged (docs/nvme-controller.md).
constexpr uint16_t kListLie = 0x0134;
constexpr uint32_t kListLieNone = 0;
constexpr uint32_t kListLieUnsorted = 1;   // each pair of consecutive entries swapped
constexpr uint32_t kListLieDuplicate = 2;  // each NSID twice in a row: 512 NSIDs fill a page
constexpr uint32_t kListLieZero = 3;       // NSID 0 after the first entry, then the rest

// The latency model: MODE (0 fixed at MIN, 1 uniform in [MIN, MAX]), MIN and MAX in cycles.
constexpr uint16_t kLatencyMode = 0x0200;
constexpr uint16_t kLatencyMin = 0x0204;  // 48 bits
constexpr uint16_t kLatencyMax = 0x020C;  // 48 bits
// Per-NSID overrides: NSID, then MODE, MIN and MAX as above.
constexpr unsigned kLatencyOverrides = 16;
constexpr uint16_t latency_override(unsigned index) {
  return static_cast<uint16_t>(0x0300 + 0x20 * index);
}
constexpr uint16_t kOverrideNsid = 0x00, kOverrideMode = 0x04, kOverrideMin = 0x08,
                   kOverrideMax = 0x10;

// The namespace table: FLAGS and NSZE apply to the entry at NS_SEL when COMMIT is written,
// which also increments NS_SEL.
constexpr uint16_t kNsSel = 0x0600;
constexpr uint16_t kNsSize = 0x0604;  // 48 bits, logical blocks
constexpr uint16_t kNsFlags = 0x060C;
constexpr uint16_t kNsCommit = 0x0610;
constexpr uint16_t kNsClear = 0x0614;
constexpr uint16_t kNsCount = 0x0618;
constexpr uint32_t kNsActive = 1u << 0, kNs4k = 1u << 1, kNsZeroCapacity = 1u << 2,
                   kNsFailIdentify = 1u << 3;
// Fault injection: FLAGS bits 6:4 make this NSID's Identify Namespace (CNS 00h) lie; 5..7 do
// as 0. Or one of them into the flags: kNsActive | ns_lie(kNsLieNcap).
constexpr unsigned kNsLieShift = 4;
constexpr uint32_t kNsLieMask = 7u << kNsLieShift;
constexpr uint32_t kNsLieNone = 0;
constexpr uint32_t kNsLieFlbas = 1;       // FLBAS names format NLBAF + 1, which does not exist
constexpr uint32_t kNsLieLbadsSmall = 2;  // the format in use reports LBADS 8 (256-byte blocks)
constexpr uint32_t kNsLieLbadsLarge = 3;  // the format in use reports LBADS 17 (128 KiB blocks)
constexpr uint32_t kNsLieNcap = 4;        // NCAP = NSZE + 1 (NUSE as without the lie)
constexpr uint32_t ns_lie(uint32_t lie) { return lie << kNsLieShift & kNsLieMask; }

// ---- Multi-register accesses ------------------------------------------------------------------

// 48-bit registers: low word, then bits 47:32 in the next word.
template <class Port>
void write48(Port& port, uint16_t addr, uint64_t value) {
  port.sim_write(addr, static_cast<uint32_t>(value));
  port.sim_write(static_cast<uint16_t>(addr + 4), static_cast<uint32_t>(value >> 32) & 0xFFFF);
}
template <class Port>
uint64_t read48(Port& port, uint16_t addr) {
  return port.sim_read(addr) | uint64_t{port.sim_read(static_cast<uint16_t>(addr + 4)) & 0xFFFF}
                                   << 32;
}

// Every command's execution time in cycles: fixed at `min_cycles`, or uniform up to `max_cycles`.
template <class Port>
void set_latency(Port& port, uint64_t min_cycles, uint64_t max_cycles, bool uniform) {
  port.sim_write(kLatencyMode, uniform ? 1 : 0);
  write48(port, kLatencyMin, min_cycles);
  write48(port, kLatencyMax, max_cycles);
}

// Commands naming `nsid` use this distribution instead. The NSID goes last: the override is
// live from that write on, never half written.
template <class Port>
void set_latency_override(Port& port, unsigned index, uint32_t nsid, uint64_t min_cycles,
                          uint64_t max_cycles, bool uniform) {
  const uint16_t base = latency_override(index);
  port.sim_write(base + kOverrideMode, uniform ? 1 : 0);
  write48(port, base + kOverrideMin, min_cycles);
  write48(port, base + kOverrideMax, max_cycles);
  port.sim_write(base + kOverrideNsid, nsid);
}

// Adds `nsids` to the namespace table, `blocks` each, with the flags `flags_of(nsid)` returns.
// COMMIT increments NS_SEL, so only the first NSID of each consecutive run is selected, and
// FLAGS is written only when it changes.
template <class Port, class FlagsOf>
void add_namespaces(Port& port, const std::vector<uint32_t>& nsids, uint64_t blocks,
                    FlagsOf flags_of) {
  write48(port, kNsSize, blocks);
  bool first = true;
  uint32_t next_sel = 0, flags = 0;
  for (const uint32_t nsid : nsids) {
    if (first || nsid != next_sel) port.sim_write(kNsSel, nsid);
    const uint32_t want = flags_of(nsid);
    if (first || want != flags) port.sim_write(kNsFlags, flags = want);
    first = false;
    port.sim_write(kNsCommit, 1);
    next_sel = nsid + 1;
  }
}

}  // namespace sim_control
