// SPDX-License-Identifier: Apache-2.0
// Identify commands on the full stack: a SystemC thread drives the admin queue through
// CosimPlatform, the root complex and the link into the Verilated controller.

// Verilator headers before SystemC (design.md), through the bridge.
#include "cosim_system.h"

#include <nvme/types.h>  // register offsets

#include <chrono>
#include <cstdio>
#include <string>

#include "bench.h"

namespace bench {
namespace {

constexpr uint16_t kQueueEntries = 32;
constexpr uint16_t kSimLatMode = 0x0200, kSimLatMin = 0x0204;  // docs/nvme-controller.md

// The admin queue driven by hand through nvme::Platform, as testbench/platform/cosim_test.cc
// does: one command at a time, completions found after MSI-X vector 0.
class AdminQueue {
 public:
  explicit AdminQueue(CosimPlatform& platform) : p(platform) {
    sq = p.alloc_dma(kQueueEntries * 64, 4096);
    cq = p.alloc_dma(kQueueEntries * 16, 4096);
    data = p.alloc_dma(4096, 4096);
  }

  void enable() {
    p.write32(NVME_REG_AQA, uint32_t{kQueueEntries - 1} << 16 | (kQueueEntries - 1));
    p.write64(NVME_REG_ASQ, sq.bus_address);
    p.write64(NVME_REG_ACQ, cq.bus_address);
    p.write32(NVME_REG_CC, 0x0046'0001);  // IOCQES 4, IOSQES 6, EN
    while ((p.read32(NVME_REG_CSTS) & 1) == 0) p.sleep(1000);
    interrupt = p.make_completion();
    p.set_interrupt_handler(0, [this] { interrupt->complete(); });
  }

  // Submits one command and waits for its completion entry. Returns the status field, or -1 if
  // the entry carries another CID.
  int run(uint8_t opcode, uint32_t nsid, uint32_t cdw10) {
    uint32_t sqe[16] = {};
    sqe[0] = opcode | uint32_t{++cid} << 16;
    sqe[1] = nsid;
    sqe[6] = static_cast<uint32_t>(data.bus_address);
    sqe[7] = static_cast<uint32_t>(data.bus_address >> 32);
    sqe[10] = cdw10;
    p.write_dma(sq.bus_address + 64 * tail, sqe, sizeof sqe);
    tail = (tail + 1) % kQueueEntries;
    p.write32(0x1000, tail);  // SQ 0 tail doorbell
    uint32_t cqe[4];
    for (;;) {
      p.read_dma(cq.bus_address + 16 * head, cqe, sizeof cqe);
      if (((cqe[3] >> 16) & 1) == phase) break;
      interrupt->wait();
      interrupt = p.make_completion();
    }
    head = (head + 1) % kQueueEntries;
    if (head == 0) phase = !phase;
    p.write32(0x1004, head);  // CQ 0 head doorbell
    return (cqe[3] & 0xFFFF) == cid ? static_cast<int>(cqe[3] >> 17) : -1;
  }

  nvme::DmaBuffer data;

 private:
  CosimPlatform& p;
  nvme::DmaBuffer sq, cq;
  uint16_t tail = 0, head = 0, cid = 0;
  bool phase = true;
  std::unique_ptr<nvme::Completion> interrupt;
};

// The scenario's thread: bring-up, then the measured loop. Returns an error, empty on success.
std::string drive(CosimSystem& s, unsigned commands, uint64_t latency_cycles, Measurement* out) {
  if (!s.platform.enumerate().present) return "enumeration found no device";
  AdminQueue admin(s.platform);
  admin.enable();
  if (latency_cycles > 0) {
    s.bridge.sim_write(kSimLatMode, 0);  // fixed: MIN
    s.bridge.sim_write(kSimLatMin, static_cast<uint32_t>(latency_cycles));
    s.bridge.sim_write(kSimLatMin + 4, static_cast<uint32_t>(latency_cycles >> 32));
  }

  const uint64_t start_evaluated = s.bridge.evaluated_cycles();
  const uint64_t start_skipped = s.bridge.skipped_cycles();
  const sc_core::sc_time start_time = sc_core::sc_time_stamp();
  const auto start = std::chrono::steady_clock::now();
  for (unsigned i = 0; i < commands; ++i) {
    const int status = admin.run(0x06, 0, 0x01);  // Identify Controller
    if (status < 0) return "Identify " + std::to_string(i) + ": completion for another CID";
    if (status > 0) {
      char what[64];
      std::snprintf(what, sizeof what, "Identify %u: status %#x", i, status);
      return what;
    }
  }
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  uint16_t vid = 0;
  s.platform.read_dma(admin.data.bus_address, &vid, sizeof vid);
  if (vid != 0x10EE) return "Identify Controller data has the wrong vendor ID";

  out->commands = commands;
  out->evaluated_cycles = s.bridge.evaluated_cycles() - start_evaluated;
  out->skipped_cycles = s.bridge.skipped_cycles() - start_skipped;
  out->simulated_seconds = (sc_core::sc_time_stamp() - start_time).to_seconds();
  out->wall_seconds = wall.count();
  return "";
}

}  // namespace

bool run_cosim(unsigned commands, uint64_t latency_cycles, bool skip_idle, Measurement* out) {
  // The table is the output: not "Simulation stopped by user." from every run.
  sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                          sc_core::SC_DO_NOTHING);
  CosimOptions options;
  options.bridge.skip_idle = skip_idle;
  CosimSystem system("cosim", options);
  std::string error = "the commands did not finish in the simulated time allowed";
  system.platform.spawn("bench", [&] {
    error = drive(system, commands, latency_cycles, out);
    sc_core::sc_stop();
  });
  // Each command's latency plus 100 us for its transfers (about 6 us), and a second for bring-up.
  const double latency_s = latency_cycles * options.bridge.clock_period.to_seconds();
  const double limit_s = commands * (latency_s + 100e-6) + 1;
  sc_core::sc_start(sc_core::sc_time(limit_s, sc_core::SC_SEC));
  if (!error.empty()) std::fprintf(stderr, "full stack: %s\n", error.c_str());
  return error.empty();
}

}  // namespace bench
