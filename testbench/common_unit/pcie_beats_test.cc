// SPDX-License-Identifier: Apache-2.0
// pcie::to_beats and pcie::TlpAssembler at 2, 4 and 8 DWs per beat (64, 128, 256-bit streams).

#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "pcie_tlp.h"

namespace pcie {
namespace {

constexpr unsigned kWidths[] = {2, 4, 8};
// Payloads ending at every lane of every width, and the largest one.
constexpr unsigned kPayloads[] = {0, 1, 2, 3, 5, 7, 8, 9, 1024};

// A TLP with `header_dw` header DWs and `payload_dw` payload DWs, every DW distinct so a lane
// mix-up shows. The header is only a pattern: the beat layer does not read it.
Tlp pattern_tlp(unsigned header_dw, unsigned payload_dw) {
  Tlp tlp;
  for (unsigned i = 0; i < header_dw + payload_dw; ++i) tlp.dw.push_back(0xA5000000u + i);
  return tlp;
}

TEST(Beats, RoundTripAtEveryWidth) {
  for (const unsigned w : kWidths) {
    for (const unsigned header : {3u, 4u}) {
      for (const unsigned payload : kPayloads) {
        SCOPED_TRACE(std::to_string(w) + " DWs/beat, " + std::to_string(header) + "-DW header, " +
                     std::to_string(payload) + " payload DWs");
        const Tlp tlp = pattern_tlp(header, payload);
        const size_t total = tlp.dw.size();
        const std::vector<Beat> beats = to_beats(tlp, w);
        ASSERT_EQ(beats.size(), (total + w - 1) / w);

        TlpAssembler assembler(w);
        for (size_t i = 0; i < beats.size(); ++i) {
          const Beat& beat = beats[i];
          const bool final_beat = i + 1 == beats.size();
          const size_t in_beat = final_beat ? total - i * w : w;
          EXPECT_EQ(beat.last, final_beat) << "beat " << i;
          EXPECT_EQ(beat.keep, (uint64_t{1} << (4 * in_beat)) - 1) << "beat " << i;
          EXPECT_EQ(beat.dw_count(), in_beat) << "beat " << i;
          for (size_t lane = 0; lane < kMaxBeatDw; ++lane) {
            const uint32_t want = lane < in_beat ? tlp.dw[i * w + lane] : 0;
            EXPECT_EQ(beat.dw[lane], want) << "beat " << i << " lane " << lane;
          }
          std::string error;
          const std::optional<Tlp> out = assembler.push(beat, &error);
          EXPECT_EQ(error, "") << "beat " << i;
          ASSERT_EQ(out.has_value(), final_beat) << "beat " << i;
          if (out) {
            EXPECT_EQ(*out, tlp);
          }
        }
        EXPECT_FALSE(assembler.mid_packet());
      }
    }
  }
}

TEST(Beats, TwoDwBeatsKeepTheirLayout) {
  // The 64-bit layout the RTL uses today: earlier DW in bits 31:0, 0x0F on a one-DW last beat.
  const std::vector<Beat> beats = to_beats(pattern_tlp(3, 0), 2);
  ASSERT_EQ(beats.size(), 2u);
  EXPECT_EQ(beats[0].low_u64(), 0xA5000001A5000000ull);
  EXPECT_EQ(beats[0].keep, 0xFFu);
  EXPECT_EQ(beats[1].low_u64(), 0xA5000002ull);
  EXPECT_EQ(beats[1].keep, 0x0Fu);
  EXPECT_EQ(Beat::from_u64(0x1122334455667788ull, 0xFF, true),
            (Beat{{0x55667788u, 0x11223344u}, 0xFF, true}));
}

// Pushes one beat (of `w` DWs) into a fresh assembler; returns the error text.
std::string push_error(unsigned w, uint32_t keep, bool last) {
  TlpAssembler assembler(w);
  Beat beat;
  beat.keep = keep;
  beat.last = last;
  std::string error;
  assembler.push(beat, &error);
  return error;
}

TEST(Beats, AssemblerRejectsAShortBeatBeforeTheLast) {
  EXPECT_EQ(push_error(2, 0x0F, false),
            "beat keep 0x0f mid-packet (a 64-bit beat before the last keeps 0xff)");
  EXPECT_EQ(push_error(4, 0x0FFF, false),
            "beat keep 0x0fff mid-packet (a 128-bit beat before the last keeps 0xffff)");
  EXPECT_EQ(push_error(8, 0x0FFFFFFF, false),
            "beat keep 0x0fffffff mid-packet (a 256-bit beat before the last keeps 0xffffffff)");
  EXPECT_NE(push_error(2, 0x00, false), "");
}

TEST(Beats, AssemblerRejectsANonContiguousKeep) {
  EXPECT_EQ(push_error(2, 0xF0, true),
            "beat keep 0xf0 on a last beat (a 64-bit beat keeps whole DWs from lane 0: 0x0f to "
            "0xff)");
  EXPECT_EQ(push_error(4, 0xF0FF, true),
            "beat keep 0xf0ff on a last beat (a 128-bit beat keeps whole DWs from lane 0: 0x000f "
            "to 0xffff)");
  EXPECT_NE(push_error(8, 0x0FF0FFFF, true), "");
  EXPECT_NE(push_error(4, 0x07, true), "") << "a partial DW";
  EXPECT_NE(push_error(4, 0x00, true), "") << "an empty last beat";
  // Every contiguous run of whole DWs from lane 0 is fine on a last beat.
  for (const unsigned w : kWidths)
    for (unsigned n = 1; n <= w; ++n) EXPECT_EQ(push_error(w, Beat::keep_for(n), true), "");
}

TEST(Beats, AssemblerRejectsKeepBeyondTheLanes) {
  EXPECT_EQ(push_error(2, 0x1FF, true), "beat keep 0x1ff beyond the 2 DW lanes of a 64-bit beat");
  EXPECT_EQ(push_error(4, 0xFFFFF, false),
            "beat keep 0xfffff beyond the 4 DW lanes of a 128-bit beat");
  // The lanes past the width are not taken: the port has no such wires.
  TlpAssembler assembler(2);
  Beat beat;
  beat.dw = {1, 2, 3, 4};
  beat.keep = 0xFFFF;
  beat.last = true;
  std::string error;
  const std::optional<Tlp> out = assembler.push(beat, &error);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->dw, (std::vector<uint32_t>{1, 2}));
  EXPECT_NE(error, "");
}

TEST(Beats, BadKeepDwsAreStillTaken) {
  // As at 64 bits: a lane with any keep bit set gives its DW, so a malformed beat's effect on
  // the TLP is visible to whoever reports the error.
  TlpAssembler assembler(4);
  Beat beat;
  beat.dw = {1, 2, 3, 4};
  beat.keep = 0xF0F1;
  beat.last = true;
  const std::optional<Tlp> out = assembler.push(beat);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->dw, (std::vector<uint32_t>{1, 2, 4}));
}

TEST(Beats, OnlyTwoFourAndEightDwsPerBeat) {
  for (const unsigned bad : {0u, 1u, 3u, 5u, 6u, 16u}) {
    EXPECT_THROW(to_beats(pattern_tlp(3, 1), bad), std::invalid_argument) << bad;
    EXPECT_THROW(TlpAssembler{bad}, std::invalid_argument) << bad;
  }
  try {
    TlpAssembler assembler(3);
    FAIL() << "3 DWs per beat accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_EQ(std::string(e.what()),
              "TlpAssembler: 3 DWs per beat; the TLP streams are 2, 4 or 8 DWs (64, 128 or 256 "
              "bits) wide");
  }
}

}  // namespace
}  // namespace pcie
