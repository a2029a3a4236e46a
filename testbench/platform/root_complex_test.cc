// SPDX-License-Identifier: Apache-2.0
// RootComplex, CPU side: configuration and memory accesses as TLPs, tags, timeouts, errors.

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "platform_test_util.h"

namespace cosim::test {
namespace {

constexpr uint16_t kBdf = FakeDevice::kBdf;

TEST(RootComplex, ConfigReadWriteRoundTrip) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.config[0x00] = 0x903810EE;
  b.device.config[0x04] = 0x00100000;
  uint64_t vendor = 0, device_id = 0, command_status = 0, line = 0;
  tlm::tlm_response_status read_status{}, write_status{};
  TestThread thread("thread", [&] {
    vendor = b.cpu.cfg_read(kBdf, 0x00, 2, &read_status);
    device_id = b.cpu.cfg_read(kBdf, 0x02, 2);
    write_status = b.cpu.cfg_write(kBdf, 0x04, 0x0006, 2);  // Memory Space + Bus Master
    command_status = b.cpu.cfg_read(kBdf, 0x04, 4);
    b.cpu.cfg_write(kBdf, 0x3C, 0x0B, 1);
    line = b.cpu.cfg_read(kBdf, 0x3C, 1);
  });
  sc_core::sc_start();

  EXPECT_EQ(read_status, tlm::TLM_OK_RESPONSE);
  EXPECT_EQ(write_status, tlm::TLM_OK_RESPONSE);
  EXPECT_EQ(vendor, 0x10EEu);
  EXPECT_EQ(device_id, 0x9038u);
  EXPECT_EQ(command_status, 0x00100006u);
  EXPECT_EQ(line, 0x0Bu);

  const auto& rx = b.device.received;
  ASSERT_EQ(rx.size(), 6u);
  EXPECT_TRUE(rx[0].tlp.is_cfg_rd0());
  EXPECT_EQ(rx[0].tlp.requester_id(), RootComplex::kRootPortId);
  EXPECT_EQ(rx[0].tlp.cfg_bdf(), kBdf);
  EXPECT_EQ(rx[0].tlp.cfg_register(), 0x00);
  EXPECT_EQ(rx[0].tlp.first_be(), 0x3);
  EXPECT_EQ(rx[1].tlp.first_be(), 0xC);
  EXPECT_TRUE(rx[2].tlp.is_cfg_wr0());
  EXPECT_EQ(rx[2].tlp.cfg_register(), 0x04);
  EXPECT_EQ(rx[2].tlp.first_be(), 0x3);
  EXPECT_EQ(rx[2].tlp.payload(), std::vector<uint32_t>{0x0006});
  EXPECT_EQ(rx[4].tlp.first_be(), 0x1);
  EXPECT_EQ(rx[4].tlp.cfg_register(), 0x3C);
  EXPECT_NE(rx[0].tlp.tag(), rx[1].tlp.tag()) << "tags are handed out round robin";
  EXPECT_EQ(b.rc.stats().cfg_reads, 4u);
  EXPECT_EQ(b.rc.stats().cfg_writes, 2u);
  EXPECT_EQ(b.rc.tags_in_use(), 0u);
}

TEST(RootComplex, CallerSeesTheDelayAndTheRoundTrip) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.memory[0xF0000000] = 0x12345678;
  sc_core::sc_time elapsed;
  uint64_t value = 0;
  TestThread thread("thread", [&] {
    value = b.cpu.mmio_read(0xF0000000, 4, nullptr, ns(100));  // annotated: waited out first
    elapsed = now();
  });
  sc_core::sc_start();
  EXPECT_EQ(value, 0x12345678u);
  // MRd32 (12 bytes) down, CplD with one DW (16 bytes) up, each + 24 bytes and 300 ns.
  const sc_core::sc_time expected =
      ns(100) + b.link.serialization_time(LinkDirection::kDownstream, 36) + ns(300) +
      b.link.serialization_time(LinkDirection::kUpstream, 40) + ns(300);
  EXPECT_EQ(elapsed, expected);
  EXPECT_EQ(elapsed, ps(100000 + 9141 + 300000 + 10156 + 300000));
  ASSERT_EQ(b.device.received.size(), 1u);
  EXPECT_EQ(b.device.received[0].time, ns(100) + ps(9141) + ns(300));
}

TEST(RootComplex, EightByteMmioReadIsOneTwoDwMemoryRead) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.memory[0xF0000004] = 0xA0A1A2A3;
  b.device.memory[0xF0000008] = 0x11223344;
  b.device.memory[0xF000000C] = 0x55667788;
  b.device.memory[0x100000010] = 0xDEADBEEF;
  uint64_t qword = 0, high = 0, half = 0, unaligned = 0;
  TestThread thread("thread", [&] {
    qword = b.cpu.mmio_read(0xF0000008, 8);
    high = b.cpu.mmio_read(0x100000010, 4);
    half = b.cpu.mmio_read(0xF000000A, 2);
    unaligned = b.cpu.mmio_read(0xF0000006, 4);  // straddles two DWs
  });
  sc_core::sc_start();

  EXPECT_EQ(qword, 0x5566778811223344u);
  EXPECT_EQ(high, 0xDEADBEEFu);
  EXPECT_EQ(half, 0x1122u);
  EXPECT_EQ(unaligned, 0x3344A0A1u);

  const auto& rx = b.device.received;
  ASSERT_EQ(rx.size(), 4u);
  const pcie::Tlp& mrd = rx[0].tlp;
  EXPECT_TRUE(mrd.is_mem_rd());
  EXPECT_FALSE(mrd.is_4dw()) << "3-DW header below 4 GiB";
  EXPECT_EQ(mrd.address(), 0xF0000008u);
  EXPECT_EQ(mrd.length_dw(), 2u);
  EXPECT_EQ(mrd.first_be(), 0xF);
  EXPECT_EQ(mrd.last_be(), 0xF);
  EXPECT_EQ(mrd.requester_id(), RootComplex::kRootPortId);

  EXPECT_TRUE(rx[1].tlp.is_4dw()) << "4-DW header above 4 GiB";
  EXPECT_EQ(rx[1].tlp.address(), 0x100000010u);
  EXPECT_EQ(rx[1].tlp.length_dw(), 1u);
  EXPECT_EQ(rx[1].tlp.last_be(), 0x0);

  EXPECT_EQ(rx[2].tlp.length_dw(), 1u);
  EXPECT_EQ(rx[2].tlp.first_be(), 0xC);
  EXPECT_EQ(rx[3].tlp.address(), 0xF0000004u);
  EXPECT_EQ(rx[3].tlp.length_dw(), 2u);
  EXPECT_EQ(rx[3].tlp.first_be(), 0xC);
  EXPECT_EQ(rx[3].tlp.last_be(), 0x3);
  EXPECT_EQ(b.rc.stats().mem_reads, 4u);
}

TEST(RootComplex, MmioWritesArePostedWithByteEnables) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  std::vector<sc_core::sc_time> returned;
  TestThread thread("thread", [&] {
    EXPECT_EQ(b.cpu.mmio_write(0xF0000100, 0xAABBCCDD11223344, 8), tlm::TLM_OK_RESPONSE);
    returned.push_back(now());
    EXPECT_EQ(b.cpu.mmio_write(0x200000002, 0xBEEF, 2), tlm::TLM_OK_RESPONSE);
    returned.push_back(now());
  });
  sc_core::sc_start();

  EXPECT_EQ(returned, (std::vector<sc_core::sc_time>{sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME}))
      << "posted writes return once handed to the link";
  const auto& rx = b.device.received;
  ASSERT_EQ(rx.size(), 2u);
  EXPECT_TRUE(rx[0].tlp.is_mem_wr());
  EXPECT_EQ(rx[0].tlp.address(), 0xF0000100u);
  EXPECT_EQ(rx[0].tlp.payload(), (std::vector<uint32_t>{0x11223344, 0xAABBCCDD}));
  EXPECT_EQ(rx[0].tlp.first_be(), 0xF);
  EXPECT_EQ(rx[0].tlp.last_be(), 0xF);
  EXPECT_TRUE(rx[1].tlp.is_4dw());
  EXPECT_EQ(rx[1].tlp.first_be(), 0xC);
  EXPECT_EQ(rx[1].tlp.last_be(), 0x0);
  EXPECT_EQ(rx[1].tlp.payload(), std::vector<uint32_t>{0xBEEF0000});
  EXPECT_EQ(b.device.memory[0x200000000], 0xBEEF0000u);
  EXPECT_EQ(b.rc.stats().mem_writes, 2u);
  EXPECT_EQ(b.rc.tags_in_use(), 0u);
}

TEST(RootComplex, CompletionTimeoutReturnsAllOnesAndFreesTheTag) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b(ns(5000));
  b.device.config[0x00] = 0x903810EE;
  b.device.ignore_next = 1;
  uint64_t first = 0, second = 0;
  tlm::tlm_response_status first_status{}, second_status{};
  sc_core::sc_time elapsed;
  unsigned in_use_after_timeout = 99;
  TestThread thread("thread", [&] {
    first = b.cpu.cfg_read(kBdf, 0x00, 4, &first_status);
    elapsed = now();
    in_use_after_timeout = b.rc.tags_in_use();
    // The device answers the first request after all: the tag is free, the completion dropped.
    const uint8_t tag = b.device.received[0].tlp.tag();
    b.device.send(pcie::cpld(kBdf, pcie::CplStatus::kSc, 4, 0, tag, 0, {0x903810EE}));
    wait(ns(1000));
    second = b.cpu.cfg_read(kBdf, 0x00, 4, &second_status);
  });
  sc_core::sc_start();

  EXPECT_EQ(first, 0xFFFFFFFFu);
  EXPECT_EQ(first_status, tlm::TLM_GENERIC_ERROR_RESPONSE);
  EXPECT_EQ(elapsed, ns(5000));
  EXPECT_EQ(in_use_after_timeout, 0u);
  EXPECT_EQ(b.rc.stats().completion_timeouts, 1u);
  EXPECT_EQ(b.rc.stats().unexpected_completions, 1u);
  EXPECT_EQ(second, 0x903810EEu);
  EXPECT_EQ(second_status, tlm::TLM_OK_RESPONSE);
  ASSERT_EQ(b.device.received.size(), 2u);
  EXPECT_NE(b.device.received[0].tlp.tag(), b.device.received[1].tlp.tag());
}

TEST(RootComplex, UnsupportedRequestAndCompleterAbortAreErrors) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.mode = FakeDevice::Mode::kUnsupported;
  uint64_t cfg = 0, mem = 0;
  tlm::tlm_response_status cfg_status{}, mem_status{}, write_status{};
  TestThread thread("thread", [&] {
    cfg = b.cpu.cfg_read(kBdf, 0x00, 4, &cfg_status);
    mem = b.cpu.mmio_read(0xF0000000, 8, &mem_status);
    b.device.mode = FakeDevice::Mode::kCompleterAbort;
    write_status = b.cpu.cfg_write(kBdf, 0x04, 0x6, 2);
  });
  sc_core::sc_start();
  EXPECT_EQ(cfg, 0xFFFFFFFFu);
  EXPECT_EQ(cfg_status, tlm::TLM_GENERIC_ERROR_RESPONSE);
  EXPECT_EQ(mem, 0xFFFFFFFFFFFFFFFFu);
  EXPECT_EQ(mem_status, tlm::TLM_GENERIC_ERROR_RESPONSE);
  EXPECT_EQ(write_status, tlm::TLM_GENERIC_ERROR_RESPONSE);
  EXPECT_EQ(b.rc.stats().error_completions, 3u);
  EXPECT_EQ(b.rc.stats().completion_timeouts, 0u);
}

TEST(RootComplex, RequestsWaitForAFreeTagWhenAllThirtyTwoAreInUse) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.mode = FakeDevice::Mode::kHold;
  constexpr unsigned kRequests = RootComplex::kNumTags + 1;
  for (unsigned i = 0; i < kRequests; ++i) b.device.memory[0xF0000000 + 4 * i] = 1000 + i;
  std::vector<uint64_t> values(kRequests, 0);
  std::vector<std::unique_ptr<TestThread>> cpus;
  for (unsigned i = 0; i < kRequests; ++i) {
    cpus.push_back(std::make_unique<TestThread>(
        ("cpu" + std::to_string(i)).c_str(),
        [&b, &values, i] { values[i] = b.cpu.mmio_read(0xF0000000 + 4 * i, 4); }));
  }
  unsigned in_use = 0;
  size_t held = 0;
  TestThread release("release", [&] {
    wait(ns(2000));
    in_use = b.rc.tags_in_use();
    held = b.device.held.size();
    b.device.mode = FakeDevice::Mode::kAnswer;
    b.device.answer_held();
  });
  sc_core::sc_start();

  EXPECT_EQ(in_use, RootComplex::kNumTags);
  EXPECT_EQ(held, RootComplex::kNumTags);
  for (unsigned i = 0; i < kRequests; ++i) EXPECT_EQ(values[i], 1000u + i) << "request " << i;
  const auto& rx = b.device.received;
  ASSERT_EQ(rx.size(), kRequests);
  std::set<unsigned> tags;
  for (unsigned i = 0; i < RootComplex::kNumTags; ++i) tags.insert(rx[i].tlp.tag());
  EXPECT_EQ(tags.size(), RootComplex::kNumTags);
  EXPECT_GT(rx.back().time, ns(2000)) << "the 33rd request left only once a tag was free";
  EXPECT_EQ(b.rc.tags_in_use(), 0u);
}

TEST(RootComplex, RejectsAccessesATlpCannotCarry) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  std::vector<tlm::tlm_response_status> statuses;
  TestThread thread("thread", [&] {
    uint64_t value = 0;
    statuses.push_back(b.cpu.access(b.cpu.cfg_socket, tlm::TLM_READ_COMMAND,
                                    TestCpu::ecam(kBdf, 0x02), &value, 4));  // crosses a DW
    statuses.push_back(b.cpu.access(b.cpu.cfg_socket, tlm::TLM_READ_COMMAND, uint64_t{1} << 28,
                                    &value, 4));  // beyond bus 255
    statuses.push_back(b.cpu.access(b.cpu.mmio_socket, tlm::TLM_READ_COMMAND, 0xF0000FFC, &value,
                                    8));  // crosses 4 KiB
  });
  sc_core::sc_start();
  EXPECT_EQ(statuses, (std::vector<tlm::tlm_response_status>{tlm::TLM_BURST_ERROR_RESPONSE,
                                                             tlm::TLM_ADDRESS_ERROR_RESPONSE,
                                                             tlm::TLM_BURST_ERROR_RESPONSE}));
  EXPECT_TRUE(b.device.received.empty());
}

TEST(RootComplex, TlmByteEnablesBecomeTlpByteEnables) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.config[0x04] = 0x00100000;
  b.device.memory[0xF0000000] = 0x44332211;
  constexpr uint8_t kOn = TLM_BYTE_ENABLED;
  uint64_t read_value = 0xAAAAAAAAAAAAAAAA;
  std::vector<tlm::tlm_response_status> statuses;
  TestThread thread("thread", [&] {
    uint64_t value = 0x00000006;
    statuses.push_back(b.cpu.access(b.cpu.cfg_socket, tlm::TLM_WRITE_COMMAND,
                                    TestCpu::ecam(kBdf, 0x04), &value, 4, sc_core::SC_ZERO_TIME,
                                    {kOn, kOn, 0, 0}));
    value = 0x8877665544332211;
    statuses.push_back(b.cpu.access(b.cpu.mmio_socket, tlm::TLM_WRITE_COMMAND, 0xF0000010, &value,
                                    8, sc_core::SC_ZERO_TIME,
                                    {0, kOn, kOn, kOn, kOn, kOn, kOn, 0}));
    statuses.push_back(b.cpu.access(b.cpu.mmio_socket, tlm::TLM_READ_COMMAND, 0xF0000000,
                                    &read_value, 4, sc_core::SC_ZERO_TIME, {0, kOn, kOn, 0}));
    value = 0;  // no byte enabled in the first DW of a 2-DW access: no TLP can say that
    statuses.push_back(b.cpu.access(b.cpu.mmio_socket, tlm::TLM_READ_COMMAND, 0xF0000000, &value, 8,
                                    sc_core::SC_ZERO_TIME, {0, 0, 0, 0, kOn, kOn, kOn, kOn}));
  });
  sc_core::sc_start();

  EXPECT_EQ(statuses, (std::vector<tlm::tlm_response_status>{
                          tlm::TLM_OK_RESPONSE, tlm::TLM_OK_RESPONSE, tlm::TLM_OK_RESPONSE,
                          tlm::TLM_BYTE_ENABLE_ERROR_RESPONSE}));
  const auto& rx = b.device.received;
  ASSERT_EQ(rx.size(), 3u);
  EXPECT_EQ(rx[0].tlp.first_be(), 0x3);
  EXPECT_EQ(b.device.config[0x04], 0x00100006u);
  EXPECT_EQ(rx[1].tlp.first_be(), 0xE);
  EXPECT_EQ(rx[1].tlp.last_be(), 0x7);
  EXPECT_EQ(b.device.memory[0xF0000010], 0x44332200u);
  EXPECT_EQ(b.device.memory[0xF0000014], 0x00776655u);
  EXPECT_EQ(rx[2].tlp.first_be(), 0x6);
  // Disabled bytes of a read keep what the initiator's buffer held (0xAA here).
  EXPECT_EQ(read_value, 0xAA3322AAu);
}

TEST(RootComplex, LogsEveryTlpWithItsTime) {
  RUN_IN_FRESH_SYSTEMC_PROCESS();
  Bench b;
  b.device.config[0x00] = 0x903810EE;
  TestThread thread("thread", [&] {
    wait(ns(50));
    b.cpu.cfg_read(kBdf, 0x00, 4);
  });
  sc_core::sc_start();
  ASSERT_EQ(b.log.size(), 2u);
  EXPECT_EQ(b.log[0].direction, LinkDirection::kDownstream);
  EXPECT_EQ(b.log[0].time, ns(50));
  EXPECT_TRUE(b.log[0].tlp.is_cfg_rd0());
  EXPECT_EQ(b.log[1].direction, LinkDirection::kUpstream);
  EXPECT_EQ(b.log[1].time, ns(50) + ps(9141) + ns(300) + ps(10156) + ns(300));
  EXPECT_TRUE(b.log[1].tlp.is_cpld());
  EXPECT_EQ(RootComplex::log_line(b.log[0]),
            "        50.000 ns down " + pcie::describe(b.log[0].tlp));
  EXPECT_EQ(RootComplex::log_line(b.log[1]).substr(0, 24), "       669.297 ns up   C");
}

}  // namespace
}  // namespace cosim::test
