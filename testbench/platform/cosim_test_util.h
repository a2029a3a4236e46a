// SPDX-License-Identifier: Apache-2.0
// Helpers for tests of the whole co-simulation: run a body in a SystemC thread, and an admin
// queue driven by hand through nvme::Platform (the tests of the driver itself use cpp-host/).

#pragma once

// Verilator headers before SystemC (design.md), through the bridge.
#include "cosim_system.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "platform_test_util.h"

namespace platform_test {

// NVMe registers and the admin queue, driven by hand (the driver comes in cpp-host/).
constexpr uint32_t kRegCap = 0x00, kRegVs = 0x08, kRegCc = 0x14, kRegCsts = 0x1C, kRegAqa = 0x24,
                   kRegAsq = 0x28, kRegAcq = 0x30;

struct AdminQueue {
  CosimPlatform& p;
  nvme::DmaBuffer sq, cq, data;
  uint16_t tail = 0, head = 0, cid = 0;
  bool phase = true;
  std::unique_ptr<nvme::Completion> interrupt;

  explicit AdminQueue(CosimPlatform& platform) : p(platform) {
    sq = p.alloc_dma(32 * 64, 4096);
    cq = p.alloc_dma(32 * 16, 4096);
    data = p.alloc_dma(4096, 4096);
  }
  void enable() {
    p.write32(kRegAqa, 31u << 16 | 31u);
    p.write64(kRegAsq, sq.bus_address);
    p.write64(kRegAcq, cq.bus_address);
    p.write32(kRegCc, 0x0046'0001);  // IOCQES 4, IOSQES 6, EN
    while ((p.read32(kRegCsts) & 1) == 0) p.sleep(1000);
    interrupt = p.make_completion();
    p.set_interrupt_handler(0, [this] { interrupt->complete(); });
  }
  // Puts one command in the submission queue without ringing the doorbell; returns its CID.
  uint16_t queue(uint8_t opcode, uint32_t nsid, uint32_t cdw10, uint64_t prp1) {
    uint32_t sqe[16] = {};
    sqe[0] = opcode | uint32_t{++cid} << 16;
    sqe[1] = nsid;
    sqe[6] = static_cast<uint32_t>(prp1);
    sqe[7] = static_cast<uint32_t>(prp1 >> 32);
    sqe[10] = cdw10;
    p.write_dma(sq.bus_address + 64 * tail, sqe, sizeof sqe);
    tail = (tail + 1) % 32;
    return cid;
  }
  void ring() { p.write32(0x1000, tail); }
  // Waits for `count` completion entries; returns {CID, time in ns} in arrival order.
  std::vector<std::pair<uint16_t, nvme::Nanoseconds>> reap(size_t count) {
    std::vector<std::pair<uint16_t, nvme::Nanoseconds>> done;
    while (done.size() < count) {
      uint32_t cqe[4];
      p.read_dma(cq.bus_address + 16 * head, cqe, sizeof cqe);
      if (((cqe[3] >> 16) & 1) != phase) {
        interrupt->wait();
        interrupt = p.make_completion();
        continue;
      }
      EXPECT_EQ(cqe[3] >> 17, 0u) << "status of CID " << (cqe[3] & 0xFFFF);
      done.emplace_back(cqe[3] & 0xFFFF, p.now());
      head = (head + 1) % 32;
      if (head == 0) phase = !phase;
      p.write32(0x1004, head);
    }
    return done;
  }
  // Submits one command and waits for its completion entry; returns {status, dw0}.
  std::pair<uint16_t, uint32_t> run(uint8_t opcode, uint32_t nsid, uint32_t cdw10) {
    uint32_t sqe[16] = {};
    sqe[0] = opcode | uint32_t{++cid} << 16;
    sqe[1] = nsid;
    sqe[6] = static_cast<uint32_t>(data.bus_address);
    sqe[7] = static_cast<uint32_t>(data.bus_address >> 32);
    sqe[10] = cdw10;
    p.write_dma(sq.bus_address + 64 * tail, sqe, sizeof sqe);
    tail = (tail + 1) % 32;
    p.write32(0x1000, tail);
    uint32_t cqe[4];
    for (;;) {
      p.read_dma(cq.bus_address + 16 * head, cqe, sizeof cqe);
      if (((cqe[3] >> 16) & 1) == phase) break;
      interrupt->wait();
      interrupt = p.make_completion();
    }
    EXPECT_EQ(cqe[3] & 0xFFFF, cid);
    head = (head + 1) % 32;
    if (head == 0) phase = !phase;
    p.write32(0x1004, head);
    return {static_cast<uint16_t>(cqe[3] >> 17), cqe[0]};
  }
};

// Runs `body` in a thread of a fresh co-simulation and simulates until it returns.
inline void simulate(const CosimOptions& options, std::function<void(CosimSystem&)> body) {
  CosimSystem system("cosim", options);
  if (std::getenv("NVME_COSIM_VERBOSE")) {
    system.root_complex.add_tlp_observer([](const RootComplex::LoggedTlp& t) {
      std::printf("%s %s %s\n", t.time.to_string().c_str(),
                  t.direction == LinkDirection::kDownstream ? "down" : "up  ",
                  pcie::describe(t.tlp).c_str());
    });
  }
  bool finished = false;
  TestThread thread("test", [&] {
    body(system);
    finished = true;
    sc_core::sc_stop();
  });
  sc_core::sc_start(sc_core::sc_time(100, sc_core::SC_SEC));
  EXPECT_TRUE(finished) << "the test thread did not finish in 100 s of simulated time";
  system.bridge.flush_waveform();
}

}  // namespace platform_test
