// SPDX-License-Identifier: Apache-2.0
// Bad input: malformed, poisoned and unsupported TLPs are rejected per the specification and the
// endpoint keeps serving the next good TLP.

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "ep_test_util.h"

namespace tb {
namespace {

struct MalformedCase {
  std::string name;
  // Beats of beat_dw DWs (the bench's stream width).
  std::function<std::vector<Beat>(uint8_t tag, unsigned beat_dw)> beats;
};

Tlp reg_read(uint8_t tag, unsigned len_dw = 1) {
  return mem_rd(kHostId, tag, kBar0Base + 0x40, len_dw);
}

std::vector<MalformedCase> malformed_cases() {
  return {
      {"PayloadLongerThanLength",
       [](uint8_t, unsigned w) {
         Tlp t = mem_wr(kHostId, kBar0Base + 0x40, {0x1});
         t.dw.push_back(0x2);
         return to_beats(t, w);
       }},
      {"PayloadShorterThanLength",
       [](uint8_t, unsigned w) {
         Tlp t = mem_wr(kHostId, kBar0Base + 0x40, {0x1, 0x2, 0x3});
         t.dw.pop_back();
         return to_beats(t, w);
       }},
      {"ReadCarryingData",
       [](uint8_t tag, unsigned w) {
         Tlp t = reg_read(tag);
         t.dw.push_back(0x1);
         return to_beats(t, w);
       }},
      {"ConfigLengthTwo",
       [](uint8_t tag, unsigned w) {
         Tlp t = cfg_rd0(kHostId, tag, 0x0100, kCfgId);
         t.set_length_field(2);
         return to_beats(t, w);
       }},
      {"LastByteEnableOnOneDw",
       [](uint8_t tag, unsigned w) { return to_beats(reg_read(tag).set_last_be(0xF), w); }},
      {"MissingLastByteEnable",
       [](uint8_t tag, unsigned w) { return to_beats(reg_read(tag, 2).set_last_be(0x0), w); }},
      {"CrossesFourKiB",
       [](uint8_t tag, unsigned w) {
         return to_beats(mem_rd(kHostId, tag, kBar0Base + 0xFFC, 2), w);
       }},
      {"WriteAboveMaxPayload",
       [](uint8_t, unsigned w) {
         // 256 bytes against the reset MPS of 128 bytes.
         return to_beats(mem_wr(kHostId, kBar0Base, std::vector<uint32_t>(64, 0x5)), w);
       }},
      {"TlpPrefix",
       [](uint8_t tag, unsigned w) { return to_beats(reg_read(tag).set_fmt(kFmtPrefix), w); }},
      {"UndefinedType",
       [](uint8_t tag, unsigned w) { return to_beats(reg_read(tag).set_type(0b11011), w); }},
      {"IoWithFourDwHeader",
       [](uint8_t tag, unsigned w) {
         return to_beats(io_rd(kHostId, tag, 0x100).set_fmt(kFmt4Dw), w);
       }},
      {"TruncatedHeader",
       [](uint8_t tag, unsigned w) {
         // Last after two of the header's three DWs: a whole 64-bit beat, mid-beat when wider.
         Tlp t = reg_read(tag);
         t.dw.resize(2);
         return to_beats(t, w);
       }},
      {"ShortBeatMidPacket",
       [](uint8_t, unsigned w) {
         // The first beat past the header, not the last one, leaves its top lane unkept: the
         // device gets one payload DW less than the header says.
         Tlp t = mem_wr(kHostId, kBar0Base + 0x40, std::vector<uint32_t>(2 * w, 0x7));
         std::vector<Beat> beats = to_beats(t, w);
         const unsigned first_payload_beat = (3 + w - 1) / w;
         beats.at(first_payload_beat).keep = Beat::keep_for(w - 1);
         return beats;
       }},
  };
}

void PrintTo(const MalformedCase& c, std::ostream* os) { *os << c.name; }

class Malformed : public testing::TestWithParam<MalformedCase> {};

TEST_P(Malformed, IsDroppedAndTheNextTlpIsServed) {
  EpHarness h;
  bring_up(h);
  h.reg(0x40) = 0x600D;
  uint8_t tag = h.alloc_tag();
  h.send_raw_beats(GetParam().beats(tag, h.beat_dw()));
  EXPECT_TRUE(h.expect_no_completion(tag, 200)) << "a malformed TLP gets no completion";
  EXPECT_TRUE(h.reg_log().empty()) << "and has no effect";
  EXPECT_EQ(h.sim_read(sim_control::kMalformedCount), 1u);
  EXPECT_TRUE(h.cfg_read(kCfgDevCtl).data() & kDevStaFatal);

  HostCompletion next = h.mem_read(kBar0Base + 0x40);
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next.data(), 0x600Du);
}

INSTANTIATE_TEST_SUITE_P(Tlp, Malformed, testing::ValuesIn(malformed_cases()),
                         [](const testing::TestParamInfo<MalformedCase>& info) {
                           return info.param.name;
                         });

TEST(Malformed, BackToBackBadTlpsNeverStallTheEndpoint) {
  EpHarness h;
  bring_up(h);
  for (const MalformedCase& c : malformed_cases()) h.send_raw_beats(c.beats(0x40, h.beat_dw()));
  ASSERT_TRUE(h.wait_all_sent());
  h.idle(20);
  EXPECT_EQ(h.sim_read(sim_control::kMalformedCount), malformed_cases().size());
  EXPECT_TRUE(h.mem_read(kBar0Base).ok());
}

TEST(Poisoned, WriteIsNotApplied) {
  EpHarness h;
  bring_up(h);
  h.reg(0x40) = 0x1;
  h.send(mem_wr(kHostId, kBar0Base + 0x40, {0xBAD}).set_poisoned(true));
  ASSERT_TRUE(h.wait_all_sent());
  h.idle(30);
  EXPECT_TRUE(h.reg_log().empty());
  EXPECT_EQ(h.reg(0x40), 0x1u);
  EXPECT_TRUE(h.cfg_read(kCfgCommand).data() & kStaDetectedParityError);
  EXPECT_TRUE(h.mem_read(kBar0Base + 0x40).ok());
}

TEST(Poisoned, ConfigurationWriteGetsUnsupportedRequest) {
  EpHarness h;
  uint8_t tag = h.alloc_tag();
  h.send(cfg_wr0(kHostId, tag, h.options().device_bdf, kCfgCommand, kCmdMemSpace, 0x3)
             .set_poisoned(true));
  HostCompletion cpl = h.wait_completion(tag);
  ASSERT_TRUE(cpl.received);
  EXPECT_EQ(cpl.status, CplStatus::kUr);
  EXPECT_EQ(h.cfg_read(kCfgCommand).data() & 0xFFFF, 0u) << "the write was not applied";
}

TEST(Unsupported, IoLockedAndAtomicRequestsGetUr) {
  EpHarness h;
  bring_up(h);
  std::vector<std::function<Tlp(uint8_t)>> requests = {
      [](uint8_t tag) { return io_rd(kHostId, tag, 0x100); },
      [](uint8_t tag) { return io_wr(kHostId, tag, 0x100, 0x1); },
      [](uint8_t tag) { return reg_read(tag).set_type(kTypeMemLk); },
      [](uint8_t tag) {  // FetchAdd, 32-bit operand
        return mem_wr(kHostId, kBar0Base + 0x40, {0x1}).set_type(kTypeFetchAdd).set_tag(tag);
      },
  };
  for (auto& build : requests) {
    uint8_t tag = h.alloc_tag();
    h.send(build(tag));
    HostCompletion cpl = h.wait_completion(tag);
    ASSERT_TRUE(cpl.received);
    EXPECT_EQ(cpl.status, CplStatus::kUr) << describe(build(tag));
  }
  EXPECT_TRUE(h.reg_log().empty());
  EXPECT_EQ(h.sim_read(sim_control::kUnsupportedCount), requests.size());
}

TEST(Unsupported, MessagesAreDiscardedQuietly) {
  EpHarness h;
  bring_up(h);
  uint32_t before = h.cfg_read(kCfgDevCtl).data();
  h.send(msg(kHostId, 0, kMsgRouteLocal, 0x50, {0x0000'0019}));  // Set_Slot_Power_Limit
  h.send(msg(kHostId, 0, kMsgRouteLocal, 0x7F));                 // Vendor_Defined Type 1
  ASSERT_TRUE(h.wait_all_sent());
  h.idle(30);
  EXPECT_EQ(h.cfg_read(kCfgDevCtl).data(), before);
  EXPECT_EQ(h.sim_read(sim_control::kMalformedCount), 0u);
  EXPECT_TRUE(h.mem_read(kBar0Base).ok());
}

TEST(Digest, EcrcDwIsNotTakenAsData) {
  EpHarness h;
  bring_up(h);
  Tlp write = mem_wr(kHostId, kBar0Base + 0x40, {0x1234}).set_td(true);
  write.dw.push_back(0xEC2C'0000);  // the digest; the endpoint does not check ECRC
  h.send(write);
  HostCompletion read = h.mem_read(kBar0Base + 0x40);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.data(), 0x1234u);
  EXPECT_EQ(h.reg_log().size(), 2u);
}

}  // namespace
}  // namespace tb
