// SPDX-License-Identifier: Apache-2.0
// RootComplex, device side: DMA reads split into CplDs, DMA writes, MSI messages, drops, and
// injected read faults.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform_test_util.h"

namespace cosim::test {
namespace {

constexpr uint16_t kDevice = FakeDevice::kBdf;

uint32_t pattern(uint64_t addr) { return static_cast<uint32_t>(addr * 0x9E3779B1u) ^ 0x5A5A0000u; }

void fill_pattern(HostMemory& memory, uint64_t addr, size_t dws) {
  for (size_t i = 0; i < dws; ++i) memory.write32(addr + 4 * i, pattern(addr + 4 * i));
}

// The CplDs the device received for `tag`.
std::vector<pcie::Tlp> completions_for(const FakeDevice& device, uint8_t tag) {
  std::vector<pcie::Tlp> out;
  for (const auto& rx : device.received) {
    if (rx.tlp.is_cpl() && rx.tlp.cpl_tag() == tag) out.push_back(rx.tlp);
  }
  return out;
}

// Checks the split of `mrd`'s completions against the PCIe rules and host memory: in address
// order, each CplD's Byte Count is what remains, its Lower Address is the low 7 bits of its
// first byte, its payload fits the MPS, and every CplD but the last ends on an RCB boundary.
void check_split(const pcie::Tlp& mrd, const std::vector<pcie::Tlp>& cplds, HostMemory& memory,
                 unsigned rcb, unsigned mps) {
  const pcie::ByteRange range = pcie::requested_bytes(mrd);
  uint64_t cursor = range.first;
  for (size_t i = 0; i < cplds.size(); ++i) {
    SCOPED_TRACE("CplD " + std::to_string(i) + ": " + pcie::describe(cplds[i]));
    const pcie::Tlp& c = cplds[i];
    ASSERT_TRUE(c.is_cpld());
    EXPECT_EQ(c.cpl_status(), pcie::CplStatus::kSc);
    EXPECT_EQ(c.completer_id(), RootComplex::kRootPortId);
    EXPECT_EQ(c.cpl_requester_id(), mrd.requester_id());
    EXPECT_EQ(c.byte_count(), range.end - cursor);
    EXPECT_EQ(c.lower_address(), cursor & 0x7F);
    EXPECT_LE(c.length_dw() * 4, mps);
    const uint64_t dw_start = cursor & ~uint64_t{3};
    const uint64_t dw_end = dw_start + c.length_dw() * 4;
    const bool last = i + 1 == cplds.size();
    if (!last) {
      EXPECT_EQ(dw_end % rcb, 0u) << "ends on an RCB boundary";
    } else {
      EXPECT_GE(dw_end, range.end);
      EXPECT_LT(dw_end - range.end, 4u);
    }
    const std::vector<uint32_t> payload = c.payload();
    for (size_t d = 0; d < payload.size(); ++d) {
      ASSERT_EQ(payload[d], memory.read32(dw_start + 4 * d)) << "DW " << d;
    }
    cursor = std::min<uint64_t>(dw_end, range.end);
  }
  EXPECT_EQ(cursor, range.end) << "the completions cover the request";
}

struct SplitCase {
  const char* name;
  unsigned rcb;
  unsigned mps;
  uint64_t addr;
  unsigned len_dw;
  uint8_t first_be;
  uint8_t last_be;
  size_t expected_cplds;
};

class DmaReadSplit : public ::testing::TestWithParam<SplitCase> {};

TEST_P(DmaReadSplit, CompletionsFollowRcbAndMps) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  const SplitCase& p = GetParam();
  Bench b;
  b.rc.set_read_completion_boundary(p.rcb);
  b.rc.set_device_max_payload(p.mps);
  fill_pattern(b.memory, p.addr, p.len_dw);
  const pcie::Tlp mrd = pcie::mem_rd(kDevice, 7, p.addr, p.len_dw, p.first_be, p.last_be);
  TestThread thread("thread", [&] { b.device.send(mrd); });
  sc_core::sc_start();

  const std::vector<pcie::Tlp> cplds = completions_for(b.device, 7);
  EXPECT_EQ(cplds.size(), p.expected_cplds);
  check_split(mrd, cplds, b.memory, p.rcb, p.mps);
  EXPECT_EQ(b.rc.stats().dma_reads, 1u);
  EXPECT_EQ(b.rc.stats().dma_read_bytes, pcie::requested_bytes(mrd).size());
  EXPECT_EQ(b.rc.stats().completions_sent, p.expected_cplds);

  // The first CplD leaves the memory latency after the MRd arrived.
  const auto up = b.logged(LinkDirection::kUpstream);
  const auto down = b.logged(LinkDirection::kDownstream);
  ASSERT_EQ(up.size(), 1u);
  ASSERT_FALSE(down.empty());
  EXPECT_EQ(down[0].time, up[0].time + b.memory.access_latency());
}

INSTANTIATE_TEST_SUITE_P(
    RootComplexDma, DmaReadSplit,
    ::testing::Values(
        // 4 KiB at a page, first byte 2 and last byte 0x20FFE: 4093 bytes, 16 x 256 B.
        SplitCase{"Page4KiBRcb64Mps256", 64, 256, 0x20000, 1024, 0xC, 0x7, 16},
        SplitCase{"Page4KiBRcb128Mps128", 128, 128, 0x20000, 1024, 0xC, 0x7, 32},
        // 240 bytes from 0x30E04: 0x30E04-0x30E7F, 0x30E80-0x30EF3 (RCB 64, MPS 128).
        SplitCase{"UnalignedRcb64Mps128", 64, 128, 0x30E04, 60, 0xF, 0xF, 2},
        // Above 4 GiB, 4-DW request header; fits one CplD.
        SplitCase{"SmallAbove4GiB", 64, 128, 0x1'2345'6010, 4, 0xF, 0xF, 1},
        // Length 1 with no byte enabled: one CplD of one DW, Byte Count 1.
        SplitCase{"ZeroLength", 64, 128, 0x40010, 1, 0x0, 0x0, 1}),
    [](const ::testing::TestParamInfo<SplitCase>& info) { return std::string(info.param.name); });

TEST(RootComplexDma, FourKiBReadFirstCompletionsHaveSpecFields) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.rc.set_device_max_payload(256);  // RCB 64 by default
  const pcie::Tlp mrd = pcie::mem_rd(kDevice, 3, 0x20000, 1024, 0xC, 0x7);
  TestThread thread("thread", [&] { b.device.send(mrd); });
  sc_core::sc_start();
  const std::vector<pcie::Tlp> cplds = completions_for(b.device, 3);
  ASSERT_EQ(cplds.size(), 16u);
  EXPECT_EQ(cplds[0].byte_count(), 4093u);  // 0x20002 up to and including 0x20FFE
  EXPECT_EQ(cplds[0].lower_address(), 0x02);
  EXPECT_EQ(cplds[0].length_dw(), 64u);
  EXPECT_EQ(cplds[1].byte_count(), 4093u - 254u);
  EXPECT_EQ(cplds[1].lower_address(), 0x00);
  EXPECT_EQ(cplds[15].byte_count(), 255u);
  EXPECT_EQ(cplds[15].length_dw(), 64u);
  EXPECT_TRUE(cplds[15].completes_request());
  EXPECT_FALSE(cplds[14].completes_request());
}

class DmaWrite : public ::testing::TestWithParam<bool> {};

TEST_P(DmaWrite, ReachesMemoryWithByteEnables) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.rc.set_use_dmi(GetParam());
  b.memory.write(0x5000, std::vector<uint8_t>(16, 0xEE));
  TestThread thread("thread", [&] {
    b.device.send(pcie::mem_wr(kDevice, 0x5004, {0x11223344, 0x55667788, 0x99AABBCC}, 0x6, 0x3));
    b.device.send(pcie::mem_wr(kDevice, 0x1'2345'6000, {0xCAFEF00D}));
    // A read right behind the write sees the new data.
    b.device.send(pcie::mem_rd(kDevice, 9, 0x5008, 1));
  });
  sc_core::sc_start();
  EXPECT_EQ(b.memory.read(0x5000, 16),
            (std::vector<uint8_t>{0xEE, 0xEE, 0xEE, 0xEE, 0xEE, 0x33, 0x22, 0xEE, 0x88, 0x77, 0x66,
                                  0x55, 0xCC, 0xBB, 0xEE, 0xEE}));
  EXPECT_EQ(b.memory.read32(0x1'2345'6000), 0xCAFEF00Du);
  EXPECT_EQ(b.rc.stats().dma_writes, 2u);
  EXPECT_EQ(b.rc.stats().dma_write_bytes, 8u + 4u);
  const std::vector<pcie::Tlp> cplds = completions_for(b.device, 9);
  ASSERT_EQ(cplds.size(), 1u);
  EXPECT_EQ(cplds[0].payload(), std::vector<uint32_t>{0x55667788});
}

INSTANTIATE_TEST_SUITE_P(RootComplexDma, DmaWrite, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return std::string(info.param ? "Dmi" : "BTransport");
                         });

TEST(RootComplexDma, MsiWriteNotifiesTheVectorEvent) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  sc_core::sc_time woke;
  std::vector<unsigned> callbacks;
  b.msi.add_callback(
      [&](unsigned vector, const MsiController::Message&) { callbacks.push_back(vector); });
  TestThread waiter("waiter", [&] {
    wait(b.msi.vector_event(3));
    woke = now();
  });
  TestThread device("device", [&] {
    wait(ns(1000));
    b.device.send(pcie::mem_wr(kDevice, 0xFEE00000, {3}));
    b.device.send(pcie::mem_wr(kDevice, 0xFEE00010, {1, 2}));  // not an MSI message: dropped
    b.device.send(pcie::mem_wr(kDevice, 0xFEE00000, {200}));   // beyond the vectors: spurious
  });
  sc_core::sc_start();

  const auto up = b.logged(LinkDirection::kUpstream);
  ASSERT_EQ(up.size(), 3u);
  EXPECT_EQ(woke, up[0].time) << "the vector event fires when the message arrives";
  EXPECT_EQ(b.msi.count(3), 1u);
  EXPECT_EQ(b.msi.spurious_count(), 1u);
  ASSERT_EQ(b.msi.messages().size(), 2u);
  EXPECT_EQ(b.msi.messages()[0].time, up[0].time);
  EXPECT_EQ(b.msi.messages()[0].address, 0xFEE00000u);
  EXPECT_EQ(b.msi.messages()[0].data, 3u);
  EXPECT_EQ(callbacks, std::vector<unsigned>{3});
  EXPECT_EQ(b.rc.stats().msi_messages, 2u);
  EXPECT_EQ(b.rc.stats().dropped_tlps, 1u);
  EXPECT_EQ(b.memory.page_count(), 0u) << "MSI writes never reach memory";
}

TEST(RootComplexDma, MalformedAndUnsupportedTlpsAreDropped) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  TestThread thread("thread", [&] {
    b.device.send(pcie::mem_wr(kDevice, 0x6FFC, {1, 2}));                        // crosses 4 KiB
    b.device.send(pcie::mem_wr(kDevice, 0x7000, std::vector<uint32_t>(64, 1)));  // 256 B > MPS
    b.device.send(pcie::mem_wr(kDevice, 0x7000, {1, 2}).drop_last_dws());        // truncated
    b.device.send(pcie::mem_wr(kDevice, 0x7000, {1}).set_poisoned(true));
    b.device.send(pcie::msg(kDevice, 0, pcie::kMsgRouteToRc, 0x20));
    b.device.send(pcie::io_rd(kDevice, 1, 0x100));
    b.device.send(pcie::mem_rd(kDevice, 2, 0x7000, 2, 0xF, 0x0));  // multi-DW without last BE
  });
  sc_core::sc_start();
  EXPECT_EQ(b.rc.stats().dropped_tlps, 7u);
  EXPECT_EQ(b.rc.stats().dma_writes, 0u);
  EXPECT_EQ(b.memory.page_count(), 0u);
  EXPECT_TRUE(b.logged(LinkDirection::kDownstream).empty()) << "nothing answered";
}

TEST(RootComplexDma, SnoopsMaxPayloadFromDeviceControlAndTheSetterWins) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  unsigned reset_mps = 0, snooped = 0, overridden = 0;
  TestThread thread("thread", [&] {
    reset_mps = b.rc.device_max_payload();
    b.cpu.cfg_write(kDevice, RootComplex::kDeviceControlOffset, 0x2 << 5, 2);  // MPS = 512 B
    snooped = b.rc.device_max_payload();
    b.device.send(pcie::mem_rd(kDevice, 4, 0x8000, 256));  // 1 KiB: two CplDs of 512 B
    wait(ns(2000));
    b.rc.set_device_max_payload(256);
    b.cpu.cfg_write(kDevice, RootComplex::kDeviceControlOffset, 0x3 << 5, 2);
    overridden = b.rc.device_max_payload();
  });
  sc_core::sc_start();
  EXPECT_EQ(reset_mps, 128u);
  EXPECT_EQ(snooped, 512u);
  EXPECT_EQ(overridden, 256u);
  const std::vector<pcie::Tlp> cplds = completions_for(b.device, 4);
  ASSERT_EQ(cplds.size(), 2u);
  EXPECT_EQ(cplds[0].length_dw(), 128u);
  EXPECT_EQ(cplds[1].length_dw(), 128u);
}

// ---- Read faults ---------------------------------------------------------------------------

// How the device's read with `tag` was answered: "none", "SC" (CplDs with data) or "UR" (one Cpl
// without data); anything else is named too.
std::string answer_to(const FakeDevice& device, uint8_t tag) {
  const std::vector<pcie::Tlp> cpls = completions_for(device, tag);
  if (cpls.empty()) return "none";
  if (cpls.size() == 1 && cpls[0].cpl_status() == pcie::CplStatus::kUr && !cpls[0].has_data()) {
    return "UR";
  }
  for (const auto& c : cpls) {
    if (!c.is_cpld() || c.cpl_status() != pcie::CplStatus::kSc) return "odd: " + pcie::describe(c);
  }
  return "SC";
}

RootComplex::ReadFault read_fault(RootComplex::ReadFaultKind kind, uint64_t skip, uint64_t count,
                                  sc_core::sc_time from = sc_core::SC_ZERO_TIME) {
  RootComplex::ReadFault fault;
  fault.kind = kind;
  fault.skip = skip;
  fault.count = count;
  fault.from = from;
  return fault;
}

TEST(RootComplexReadFault, SkipAndCountHitExactlyTheSelectedReads) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  fill_pattern(b.memory, 0x9000, 6 * 16);
  // The third and fourth reads from now.
  b.rc.inject_read_fault(read_fault(RootComplex::ReadFaultKind::kUnsupportedRequest, 2, 2));
  EXPECT_TRUE(b.rc.read_fault_armed());
  TestThread thread("thread", [&] {
    for (uint8_t tag = 0; tag < 6; ++tag) {
      b.device.send(pcie::mem_rd(kDevice, tag, 0x9000 + 64 * tag, 16));
      if (tag == 1) b.device.send(pcie::mem_wr(kDevice, 0xA000, {1}));  // writes do not count
    }
  });
  sc_core::sc_start();

  for (uint8_t tag = 0; tag < 6; ++tag) {
    const bool hit = tag == 2 || tag == 3;
    EXPECT_EQ(answer_to(b.device, tag), hit ? "UR" : "SC") << "tag " << int{tag};
    if (!hit) continue;
    const pcie::Tlp cpl = completions_for(b.device, tag)[0];
    EXPECT_EQ(cpl.byte_count(), 64u) << "UR: Byte Count is the whole request";
    EXPECT_EQ(cpl.lower_address(), (0x9000 + 64 * tag) & 0x7F);
    EXPECT_EQ(cpl.completer_id(), RootComplex::kRootPortId);
    EXPECT_EQ(cpl.cpl_requester_id(), kDevice);
  }
  EXPECT_EQ(b.rc.stats().dma_reads, 6u);
  EXPECT_EQ(b.rc.stats().dma_read_bytes, 6u * 64);
  EXPECT_EQ(b.rc.stats().injected_unsupported_requests, 2u);
  EXPECT_EQ(b.rc.stats().injected_completion_timeouts, 0u);
  EXPECT_EQ(b.rc.stats().dma_writes, 1u);
  EXPECT_FALSE(b.rc.read_fault_armed()) << "spent after its two reads";
}

TEST(RootComplexReadFault, CompletionTimeoutDropsTheReadAndNothingElse) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.rc.inject_read_fault(read_fault(RootComplex::ReadFaultKind::kCompletionTimeout, 0, 1));
  TestThread thread("thread", [&] {
    for (uint8_t tag = 0; tag < 3; ++tag) b.device.send(pcie::mem_rd(kDevice, tag, 0x9000, 16));
  });
  sc_core::sc_start();
  EXPECT_EQ(answer_to(b.device, 0), "none");
  EXPECT_EQ(answer_to(b.device, 1), "SC");
  EXPECT_EQ(answer_to(b.device, 2), "SC");
  EXPECT_EQ(b.rc.stats().dma_reads, 3u);
  EXPECT_EQ(b.rc.stats().injected_completion_timeouts, 1u);
  EXPECT_EQ(b.rc.stats().injected_unsupported_requests, 0u);
  EXPECT_EQ(b.rc.stats().completions_sent, 2u);
  EXPECT_EQ(b.logged(LinkDirection::kUpstream).size(), 3u) << "the dropped read is logged";
}

TEST(RootComplexReadFault, FromTimeEveryReadReplacementAndClear) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  using Kind = RootComplex::ReadFaultKind;
  bool armed_while_every = false, armed_after_count_zero = true;
  TestThread thread("thread", [&] {
    // From 5 us on, every read but the first.
    b.rc.inject_read_fault(
        read_fault(Kind::kUnsupportedRequest, 1, RootComplex::ReadFault::kEveryRead, ns(5000)));
    b.device.send(pcie::mem_rd(kDevice, 0, 0x9000, 1));  // before `from`: not numbered
    wait(ns(6000));
    for (uint8_t tag = 1; tag <= 3; ++tag) b.device.send(pcie::mem_rd(kDevice, tag, 0x9000, 1));
    wait(ns(2000));
    armed_while_every = b.rc.read_fault_armed();
    // A new fault replaces the armed one and numbers from its own call.
    b.rc.inject_read_fault(read_fault(Kind::kCompletionTimeout, 0, 1));
    b.device.send(pcie::mem_rd(kDevice, 4, 0x9000, 1));
    b.device.send(pcie::mem_rd(kDevice, 5, 0x9000, 1));
    wait(ns(2000));
    b.rc.inject_read_fault(read_fault(Kind::kUnsupportedRequest, 0, 0));  // count 0: disarms
    armed_after_count_zero = b.rc.read_fault_armed();
    b.device.send(pcie::mem_rd(kDevice, 6, 0x9000, 1));
    wait(ns(2000));
    b.rc.inject_read_fault(read_fault(Kind::kUnsupportedRequest, 0, 1));
    b.rc.clear_read_fault();
    b.device.send(pcie::mem_rd(kDevice, 7, 0x9000, 1));
  });
  sc_core::sc_start();
  const std::vector<std::string> expected = {"SC", "SC", "UR", "UR", "none", "SC", "SC", "SC"};
  for (uint8_t tag = 0; tag < expected.size(); ++tag) {
    EXPECT_EQ(answer_to(b.device, tag), expected[tag]) << "tag " << int{tag};
  }
  EXPECT_TRUE(armed_while_every);
  EXPECT_FALSE(armed_after_count_zero);
  EXPECT_FALSE(b.rc.read_fault_armed());
  EXPECT_EQ(b.rc.stats().injected_unsupported_requests, 2u);
  EXPECT_EQ(b.rc.stats().injected_completion_timeouts, 1u);
}

}  // namespace
}  // namespace cosim::test
