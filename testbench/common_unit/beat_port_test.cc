// SPDX-License-Identifier: Apache-2.0
// common/beat_port.h on the Verilator port types of every stream width: QData, VlWide<4>,
// VlWide<8> for data; CData, SData, IData for keep. No model: the types are Verilator's own.

#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>

#include "beat_port.h"
#include "verilated.h"

namespace pcie {
namespace {

Beat pattern_beat(unsigned dws, bool last) {
  Beat beat;
  for (unsigned lane = 0; lane < kMaxBeatDw; ++lane) beat.dw[lane] = 0xC0DE0000u + lane;
  beat.keep = Beat::keep_for(dws);
  beat.last = last;
  return beat;
}

TEST(BeatPort, SixtyFourBits) {
  QData data = 0;
  CData keep = 0;
  write_beat(data, keep, pattern_beat(1, true));
  EXPECT_EQ(data, 0xC0DE0001C0DE0000ull) << "every lane the port has is driven";
  EXPECT_EQ(keep, 0x0F);
  EXPECT_EQ(kPortDw<decltype(data)>, 2u);

  const Beat back = read_beat(data, keep, true);
  EXPECT_EQ(back.dw[0], 0xC0DE0000u);
  EXPECT_EQ(back.dw[1], 0xC0DE0001u);
  EXPECT_EQ(back.dw[2], 0u) << "lanes past the port read as zero";
  EXPECT_EQ(back.keep, 0x0Fu);
  EXPECT_TRUE(back.last);
  EXPECT_EQ(back, Beat::from_u64(0xC0DE0001C0DE0000ull, 0x0F, true));
}

TEST(BeatPort, OneHundredTwentyEightBits) {
  VlWide<4> data{};
  SData keep = 0;
  write_beat(data, keep, pattern_beat(3, true));
  for (unsigned lane = 0; lane < 4; ++lane) EXPECT_EQ(data[lane], 0xC0DE0000u + lane);
  EXPECT_EQ(keep, 0x0FFF);
  EXPECT_EQ(kPortDw<decltype(data)>, 4u);

  data[3] = 0x12345678u;
  const Beat back = read_beat(data, keep, false);
  EXPECT_EQ(back.dw[2], 0xC0DE0002u);
  EXPECT_EQ(back.dw[3], 0x12345678u);
  EXPECT_EQ(back.dw[4], 0u);
  EXPECT_EQ(back.keep, 0x0FFFu);
  EXPECT_FALSE(back.last);
}

TEST(BeatPort, TwoHundredFiftySixBits) {
  VlWide<8> data{};
  IData keep = 0;
  write_beat(data, keep, pattern_beat(8, false));
  for (unsigned lane = 0; lane < 8; ++lane) EXPECT_EQ(data.at(lane), 0xC0DE0000u + lane);
  EXPECT_EQ(keep, 0xFFFFFFFFu);
  EXPECT_EQ(kPortDw<decltype(data)>, 8u);
  EXPECT_EQ(read_beat(data, keep, false), pattern_beat(8, false));
}

TEST(BeatPort, RoundTripThroughEveryWidth) {
  for (const unsigned dws : {1u, 2u}) {
    QData q = 0;
    CData c = 0;
    write_beat(q, c, pattern_beat(dws, true));
    const Beat back = read_beat(q, c, true);
    EXPECT_EQ(back.keep, Beat::keep_for(dws));
  }
  for (unsigned dws = 1; dws <= 4; ++dws) {
    VlWide<4> w{};
    SData s = 0;
    write_beat(w, s, pattern_beat(dws, true));
    EXPECT_EQ(read_beat(w, s, true).keep, Beat::keep_for(dws));
  }
  for (unsigned dws = 1; dws <= 8; ++dws) {
    VlWide<8> w{};
    IData i = 0;
    write_beat(w, i, pattern_beat(dws, true));
    EXPECT_EQ(read_beat(w, i, true).keep, Beat::keep_for(dws));
  }
}

TEST(BeatPort, KeepWiderThanThePortThrows) {
  QData data = 0;
  CData keep8 = 0;
  EXPECT_THROW(write_beat(data, keep8, pattern_beat(3, true)), std::invalid_argument);
  SData keep16 = 0;
  VlWide<4> wide{};
  EXPECT_THROW(write_beat(wide, keep16, pattern_beat(5, true)), std::invalid_argument);
  try {
    write_keep(keep8, pattern_beat(4, true));
    FAIL() << "a 4-DW keep fit an 8-bit port";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "beat keep 0xffff does not fit a 8-bit keep port");
  }
}

// The lane count of a port type, as benches take it from a model's member before the model
// exists: Verilator declares top-level ports as references.
TEST(BeatPort, PortDwOfTheType) {
  static_assert(kPortDw<QData> == 2);
  static_assert(kPortDw<QData&> == 2);
  static_assert(kPortDw<VlWide<4>&> == 4);
  static_assert(kPortDw<const VlWide<8>&> == 8);
  VlWide<8> wide{};
  EXPECT_EQ(kPortDw<decltype(wide)>, 8u);
}

TEST(BeatPort, IdleDrivesZerosAndNoKeep) {
  QData q = ~0ull;
  CData c = 0xFF;
  write_idle(q, c);
  EXPECT_EQ(q, 0u);
  EXPECT_EQ(c, 0u);
  VlWide<8> w{};
  for (unsigned lane = 0; lane < 8; ++lane) w[lane] = 0xFFFFFFFFu;
  IData i = ~0u;
  write_idle(w, i);
  for (unsigned lane = 0; lane < 8; ++lane) EXPECT_EQ(w[lane], 0u) << lane;
  EXPECT_EQ(i, 0u);
}

}  // namespace
}  // namespace pcie
