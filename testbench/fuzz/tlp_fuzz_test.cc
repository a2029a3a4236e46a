// SPDX-License-Identifier: Apache-2.0
// Seeded fuzzing of the TLP codec (common/pcie_tlp.h): random DWs decoded (and re-encoded when
// well formed), random TLPs built and decoded back, random AXI-S beats reassembled, and read
// completions split at random boundaries.

#include "fuzz_test_util.h"
#include "pcie_tlp.h"
#include "properties.h"

namespace fuzz {
namespace {

constexpr uint64_t kCases = 2000;  // per seed

// DW0 with a Fmt/Type pair the codec knows most of the time, any bits else.
uint32_t random_dw0(Rng& rng) {
  if (rng.one_in(4)) return rng.u32();
  static const uint8_t kTypes[] = {pcie::kTypeMem,   pcie::kTypeMemLk,    pcie::kTypeIo,
                                   pcie::kTypeCfg0,  pcie::kTypeCfg1,     pcie::kTypeCpl,
                                   pcie::kTypeCplLk, pcie::kTypeFetchAdd, pcie::kTypeSwap,
                                   pcie::kTypeCas,   pcie::kTypeMsg,      pcie::kTypeMsg | 4};
  const uint32_t fmt = static_cast<uint32_t>(rng.below(rng.one_in(8) ? 8 : 4));
  const uint32_t type = rng.pick(kTypes);
  uint32_t length = static_cast<uint32_t>(rng.one_in(2) ? rng.below(4) : rng.below(1024));
  uint32_t dw0 = fmt << 29 | type << 24 | length;
  if (rng.one_in(4)) dw0 |= rng.u32() & 0x00FF'FC00u;  // TC, TD, EP, attributes, reserved
  return dw0;
}

TEST(Tlp, RandomDwsDecode) {
  run_cases(kCases, [](Rng& rng) {
    std::vector<uint32_t> dws;
    if (rng.one_in(5)) {
      for (size_t n = rng.below(10); n > 0; --n) dws.push_back(rng.u32());
    } else {
      const pcie::Tlp header{{random_dw0(rng)}};
      dws.push_back(header.dw[0]);
      for (size_t n = 1; n < header.header_dw(); ++n) dws.push_back(rng.u32());
      // The size the header asks for, most of the time; a few DWs more or fewer else.
      size_t total = header.expected_dw_count();
      if (rng.one_in(4)) {
        const size_t delta = rng.below(5);  // -2 .. +2
        total = total + delta >= 2 ? total + delta - 2 : 0;
      }
      dws.resize(total);
      for (size_t n = header.header_dw(); n < dws.size(); ++n) dws[n] = rng.u32();
    }
    return failure(hex_words(dws, 16), tlp_decode_property(dws));
  });
}

std::vector<uint32_t> random_payload(Rng& rng, unsigned max_dw) {
  std::vector<uint32_t> payload(1 + rng.below(max_dw));
  for (uint32_t& dw : payload) dw = rng.u32();
  return payload;
}

// Builders with random arguments: the decoded fields are the arguments (masked to their widths).
TEST(Tlp, BuiltTlpsDecodeToTheirArguments) {
  run_cases(kCases, [](Rng& rng) {
    using namespace pcie;
    const auto rid = static_cast<uint16_t>(rng.u32());
    const auto tag = static_cast<uint8_t>(rng.u32());
    const auto be = static_cast<uint8_t>(rng.below(16));
    const auto last = static_cast<uint8_t>(rng.below(16));
    const uint64_t address = rng.edgy(64) & ~uint64_t{3};
    const bool force = rng.one_in(4);
    std::string input, problem;
    auto expect = [&](const char* what, uint64_t actual, uint64_t expected) {
      if (actual != expected)
        problem += std::string(what) + " " + std::to_string(actual) +
                   " != " + std::to_string(expected) + "; ";
    };
    Tlp t;
    switch (rng.below(7)) {
      case 0: {
        const unsigned len = static_cast<unsigned>(1 + rng.below(1024));
        t = mem_rd(rid, tag, address, len, be, last, force);
        input = "mem_rd len " + std::to_string(len);
        expect("MRd", t.is_mem_rd(), 1);
        expect("length", t.length_dw(), len);
        expect("tag", t.tag(), tag);
        expect("last BE", t.last_be(), last);
        expect("address", t.address(), address);
        expect("4DW", t.is_4dw(), force || address >> 32 != 0);
        break;
      }
      case 1: {
        const std::vector<uint32_t> payload = random_payload(rng, rng.one_in(8) ? 1024 : 8);
        t = mem_wr(rid, address, payload, be, kAutoLastBe, force);
        input = "mem_wr len " + std::to_string(payload.size());
        expect("MWr", t.is_mem_wr(), 1);
        expect("length", t.length_dw(), payload.size());
        expect("payload", t.payload() == payload, 1);
        expect("last BE", t.last_be(), payload.size() > 1 ? 0xF : 0);
        expect("address", t.address(), address);
        break;
      }
      case 2: {
        const auto status = static_cast<CplStatus>(rng.below(8));
        const auto bc = static_cast<unsigned>(1 + rng.below(4096));
        const auto la = static_cast<uint8_t>(rng.below(128));
        const std::vector<uint32_t> payload = random_payload(rng, 32);
        t = cpld(rid, status, bc, static_cast<uint16_t>(rng.u32()), tag, la, payload);
        input = "cpld";
        expect("CplD", t.is_cpld(), 1);
        expect("status", static_cast<unsigned>(t.cpl_status()), static_cast<unsigned>(status));
        expect("byte count", t.byte_count(), bc);
        expect("lower address", t.lower_address(), la);
        expect("tag", t.cpl_tag(), tag);
        expect("payload", t.payload() == payload, 1);
        break;
      }
      case 3: {
        const auto reg = static_cast<uint16_t>(rng.below(4096) & ~3u);
        const auto bdf = static_cast<uint16_t>(rng.u32());
        t = rng.one_in(2) ? cfg_rd0(rid, tag, bdf, reg, be)
                          : cfg_wr0(rid, tag, bdf, reg, rng.u32(), be);
        input = "cfg";
        expect("BDF", t.cfg_bdf(), bdf);
        expect("register", t.cfg_register(), reg);
        expect("first BE", t.first_be(), be);
        expect("length", t.length_dw(), 1);
        break;
      }
      case 4: {
        const auto code = static_cast<uint8_t>(rng.u32());
        const auto routing = static_cast<uint8_t>(rng.below(8));
        t = msg(rid, tag, routing, code,
                rng.one_in(2) ? random_payload(rng, 4) : std::vector<uint32_t>{});
        input = "msg";
        expect("Msg", t.is_msg(), 1);
        expect("code", t.msg_code(), code);
        expect("routing", t.type() & 7u, routing);
        break;
      }
      case 5: {
        const auto io_address = static_cast<uint32_t>(address);
        t = rng.one_in(2) ? io_rd(rid, tag, io_address, be) : io_wr(rid, tag, io_address, 7, be);
        input = "io";
        expect("address", t.address(), io_address);
        break;
      }
      default: {
        t = cpl(rid, static_cast<CplStatus>(rng.below(8)), static_cast<uint16_t>(rng.u32()), tag);
        input = "cpl";
        expect("Cpl", t.is_cpl(), 1);
        expect("completes", t.completes_request(), 1);
      }
    }
    expect("requester", t.type() == kTypeCpl ? t.completer_id() : t.requester_id(), rid);
    expect("DW count", t.dw.size(), t.expected_dw_count());
    input += " " + hex_words(t.dw, 8);
    const std::string decoded = tlp_decode_property(t.dw);
    return failure(input, problem + decoded);
  });
}

TEST(Tlp, RandomBeats) {
  run_cases(kCases, [](Rng& rng) {
    std::vector<pcie::Beat> beats(rng.below(12));
    std::string input;
    static const uint8_t kKeeps[] = {0xFF, 0xFF, 0xFF, 0x0F, 0xF0, 0x00, 0x03, 0x0F};
    for (pcie::Beat& beat : beats) {
      beat = pcie::Beat::from_u64(rng.next(), 0, false);
      beat.keep = rng.one_in(6) ? rng.byte() : rng.pick(kKeeps);
      beat.last = rng.one_in(3);
      input += "{keep " + std::to_string(beat.keep) + (beat.last ? " last} " : "} ");
    }
    return failure(input, beats_property(beats, 2));
  });
}

// The same at 128 and 256 bits: keeps mostly whole-DW runs (allowed only on a last beat unless
// full), sometimes any bits, including bits past the beat's lanes.
TEST(Tlp, RandomWideBeats) {
  run_cases(kCases, [](Rng& rng) {
    static const unsigned kWidths[] = {4, 8};
    const unsigned beat_dw = rng.pick(kWidths);
    std::vector<pcie::Beat> beats(rng.below(12));
    std::string input = std::to_string(beat_dw) + " DWs/beat: ";
    for (pcie::Beat& beat : beats) {
      for (uint32_t& dw : beat.dw) dw = rng.u32();
      if (rng.one_in(6)) {
        beat.keep = rng.u32();
      } else {
        beat.keep = rng.one_in(2)
                        ? pcie::Beat::keep_for(beat_dw)
                        : pcie::Beat::keep_for(static_cast<unsigned>(rng.below(beat_dw + 1)));
      }
      beat.last = rng.one_in(3);
      input += "{keep " + std::to_string(beat.keep) + (beat.last ? " last} " : "} ");
    }
    return failure(input, beats_property(beats, beat_dw));
  });
}

TEST(Tlp, CompletionSplit) {
  run_cases(kCases, [](Rng& rng) {
    static const uint64_t kRcb[] = {64, 128};
    static const uint64_t kPayload[] = {128, 256, 512, 1024, 2048, 4096};
    const uint64_t rcb = rng.pick(kRcb);
    const uint64_t max_payload = rng.pick(kPayload);
    const uint64_t start = rng.edgy(40);
    const uint64_t end = start + 1 + rng.below(rng.one_in(4) ? 1 << 16 : 4096);
    return failure("start " + std::to_string(start) + " end " + std::to_string(end) + " rcb " +
                       std::to_string(rcb) + " max payload " + std::to_string(max_payload),
                   completion_split_property(start, end, rcb, max_payload));
  });
}

}  // namespace
}  // namespace fuzz
