// SPDX-License-Identifier: Apache-2.0
// Identify commands on the raw Verilated controller, driven by the RTL bench's C++ TLP driver.

#include <chrono>
#include <cstdio>
#include <optional>

#include "bench.h"
#include "dev_harness.h"
#include "nvme_host.h"

namespace tb {
// The harness asks the program whether to write a waveform (test_main.cc answers for the tests).
// Never here: the benchmark would measure the tracing.
bool trace_requested() { return false; }
}  // namespace tb

namespace bench {

bool run_raw(unsigned commands, Measurement* out) {
  constexpr uint64_t kAsq = 0x1000'0000, kAcq = 0x1001'0000, kData = 0x2000'0000;
  tb::DevHarness device;
  tb::NvmeHost host(device);
  // As the full stack's enumeration sets it up: MPS 256, MRRS 512, a 32-entry admin queue.
  if (!host.init_pcie() || !device.set_max_payload_and_read_request(256, 512) ||
      !host.setup_admin_queue(32, 32, kAsq, kAcq) || !host.enable()) {
    std::fprintf(stderr, "raw: controller bring-up failed\n");
    return false;
  }

  const uint64_t start_cycle = device.cycle();
  const auto start = std::chrono::steady_clock::now();
  for (unsigned i = 0; i < commands; ++i) {
    const uint16_t cid = host.identify(NVME_IDENTIFY_CNS_CTRL, 0, kData);
    const std::optional<tb::NvmeCompletion> done = host.wait_completion(cid);
    if (!done || !done->ok()) {
      std::fprintf(stderr, "raw: Identify %u: %s\n", i,
                   done ? tb::describe(*done).c_str() : "no completion");
      return false;
    }
  }
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  if ((device.host_memory().read32(kData) & 0xFFFF) != 0x10EE) {
    std::fprintf(stderr, "raw: Identify Controller data has the wrong vendor ID\n");
    return false;
  }

  out->commands = commands;
  out->evaluated_cycles = device.cycle() - start_cycle;
  out->simulated_seconds = out->evaluated_cycles * tb::PcieBenchBase::kClockPeriodPs * 1e-12;
  out->wall_seconds = wall.count();
  return true;
}

}  // namespace bench
