// SPDX-License-Identifier: Apache-2.0
// Helpers for tests of the whole co-simulation: run a body in a SystemC thread, and an admin
// queue driven by hand through nvme::Platform.

#pragma once

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "cosim_system.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "nvme_spec.h"
#include "platform_test_util.h"

namespace cosim::test {

// The admin queue driven by hand through nvme::Platform, with the driver's spec layer
// (nvme_spec.h) for entries, registers and doorbells; the tests of the driver itself use
// cpp-host/. 32 entries; the tests never have more than 31 commands outstanding.
struct AdminQueue {
  static constexpr uint16_t kEntries = 32;

  cosim::CosimPlatform& p;
  nvme::DmaBuffer sq, cq, data;
  uint16_t tail = 0, head = 0, cid = 0;
  bool phase = true;
  std::unique_ptr<nvme::Completion> interrupt;

  explicit AdminQueue(cosim::CosimPlatform& platform) : p(platform) {
    sq = p.alloc_dma(kEntries * nvme::kSqeSize, nvme::kPageSize);
    cq = p.alloc_dma(kEntries * nvme::kCqeSize, nvme::kPageSize);
    data = p.alloc_dma(nvme::kPageSize, nvme::kPageSize);
  }
  void enable() {
    p.write32(NVME_REG_AQA, uint32_t{kEntries - 1} << 16 | (kEntries - 1));
    p.write64(NVME_REG_ASQ, sq.bus_address);
    p.write64(NVME_REG_ACQ, cq.bus_address);
    p.write32(NVME_REG_CC, NVME_SET(6, CC_IOSQES) | NVME_SET(4, CC_IOCQES) | NVME_SET(1, CC_EN));
    while (!NVME_CSTS_RDY(p.read32(NVME_REG_CSTS))) p.sleep(1000);
    interrupt = p.make_completion();
    p.set_interrupt_handler(0, [this] { interrupt->complete(); });
  }
  // Puts one command in the submission queue without ringing the doorbell; returns its CID.
  uint16_t queue(nvme::Sqe sqe) {
    sqe.cid = ++cid;
    p.write_dma(sq.bus_address + nvme::kSqeSize * tail, &sqe, sizeof sqe);
    tail = (tail + 1) % kEntries;
    return cid;
  }
  void ring() { p.write32(nvme::sq_tail_doorbell(0), tail); }
  // Waits for the next completion entry, consumes it and writes the CQ head doorbell.
  nvme::Cqe next_cqe() {
    nvme::Cqe cqe;
    for (;;) {
      p.read_dma(cq.bus_address + nvme::kCqeSize * head, &cqe, sizeof cqe);
      if (cqe.phase() == phase) break;
      interrupt->wait();
      interrupt = p.make_completion();
    }
    head = (head + 1) % kEntries;
    if (head == 0) phase = !phase;
    p.write32(nvme::cq_head_doorbell(0), head);
    return cqe;
  }
  // Waits for `count` completion entries; returns {CID, time in ns} in arrival order.
  std::vector<std::pair<uint16_t, nvme::Nanoseconds>> reap(size_t count) {
    std::vector<std::pair<uint16_t, nvme::Nanoseconds>> done;
    while (done.size() < count) {
      const nvme::Cqe cqe = next_cqe();
      EXPECT_EQ(cqe.status(), 0u) << "status of CID " << cqe.cid;
      done.emplace_back(cqe.cid, p.now());
    }
    return done;
  }
  // Submits one command and waits for its completion entry; returns {status, dw0}.
  std::pair<uint16_t, uint32_t> run(const nvme::Sqe& sqe) {
    queue(sqe);
    ring();
    const nvme::Cqe cqe = next_cqe();
    EXPECT_EQ(cqe.cid, cid);
    return {cqe.status(), cqe.dw0};
  }
  // Identify Controller into `data`.
  std::pair<uint16_t, uint32_t> identify_controller() {
    return run(nvme::identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, data.bus_address));
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
  EXPECT_EQ(system.bridge.rtl_assertion_failures(), 0u)
      << "first at cycle " << system.bridge.first_assertion_cycle();
  EXPECT_TRUE(finished) << "the test thread did not finish in 100 s of simulated time";
  system.bridge.flush_waveform();
}

}  // namespace cosim::test
