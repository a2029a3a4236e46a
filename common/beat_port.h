// SPDX-License-Identifier: Apache-2.0
// pcie::Beat to and from the Verilated ports of a TLP stream, for every width the streams are
// built with: data in QData (64 bits), VlWide<4> (128) or VlWide<8> (256); keep in CData, SData
// or IData. Call sites stay the same when the stream width changes, as overloads pick the port
// type. Header-only; needs Verilator's include directory (verilated.h), unlike the rest of common/.

#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "pcie_tlp.h"
#include "verilated.h"

namespace pcie {

// DW lanes a data port holds, as a constant of the port's type, usable before there is a model
// (a member's decltype: Verilator declares ports as references, which are stripped).
template <class DataPort>
struct PortDw;
template <>
struct PortDw<QData> : std::integral_constant<unsigned, 2> {};
template <std::size_t Words>
struct PortDw<VlWide<Words>> : std::integral_constant<unsigned, static_cast<unsigned>(Words)> {
  static_assert(Words == 4 || Words == 8, "TLP data ports are 64, 128 or 256 bits");
};
template <class DataPort>
constexpr unsigned kPortDw = PortDw<std::remove_cv_t<std::remove_reference_t<DataPort>>>::value;

// Every lane the port holds, kept or not (idle patterns and junk past the TLP's end are driven
// as they are); lanes past the port's width are not driven.
inline void write_data(QData& port, const Beat& beat) { port = beat.low_u64(); }
template <std::size_t Words>
void write_data(VlWide<Words>& port, const Beat& beat) {
  static_assert(Words == 4 || Words == 8, "TLP data ports are 64, 128 or 256 bits");
  for (std::size_t lane = 0; lane < Words; ++lane) port.m_storage[lane] = beat.dw[lane];
}

// Fills the lanes the port holds; the others become zero.
inline void read_data(const QData& port, Beat& beat) {
  beat.dw = {};
  beat.dw[0] = static_cast<uint32_t>(port);
  beat.dw[1] = static_cast<uint32_t>(port >> 32);
}
template <std::size_t Words>
void read_data(const VlWide<Words>& port, Beat& beat) {
  static_assert(Words == 4 || Words == 8, "TLP data ports are 64, 128 or 256 bits");
  beat.dw = {};
  for (std::size_t lane = 0; lane < Words; ++lane) beat.dw[lane] = port.m_storage[lane];
}

// Keep ports: CData (8 bits), SData (16) or IData (32). A keep with bits past the port's width
// comes from beats split for a wider stream than the model's: std::invalid_argument, rather
// than silently dropping DWs.
template <class KeepPort>
void write_keep(KeepPort& port, const Beat& beat) {
  static_assert(std::is_unsigned_v<KeepPort> && sizeof(KeepPort) <= sizeof(uint32_t),
                "keep ports are CData, SData or IData");
  if constexpr (sizeof(KeepPort) < sizeof(uint32_t)) {
    if (beat.keep >> (8 * sizeof(KeepPort))) {
      char keep[16];
      std::snprintf(keep, sizeof keep, "%x", static_cast<unsigned>(beat.keep));
      throw std::invalid_argument("beat keep 0x" + std::string(keep) + " does not fit a " +
                                  std::to_string(8 * sizeof(KeepPort)) + "-bit keep port");
    }
  }
  port = static_cast<KeepPort>(beat.keep);
}

// Drives data and keep (last and valid are single bits; the caller sets them).
template <class DataPort, class KeepPort>
void write_beat(DataPort& data, KeepPort& keep, const Beat& beat) {
  write_data(data, beat);
  write_keep(keep, beat);
}

// Drives an idle stream: every lane zero, nothing kept.
template <class DataPort, class KeepPort>
void write_idle(DataPort& data, KeepPort& keep) {
  Beat zero;
  zero.keep = 0;
  write_beat(data, keep, zero);
}

template <class DataPort, class KeepPort>
Beat read_beat(const DataPort& data, const KeepPort& keep, bool last) {
  static_assert(std::is_unsigned_v<KeepPort> && sizeof(KeepPort) <= sizeof(uint32_t),
                "keep ports are CData, SData or IData");
  Beat beat;
  read_data(data, beat);
  beat.keep = keep;
  beat.last = last;
  return beat;
}

}  // namespace pcie
