// SPDX-License-Identifier: Apache-2.0
// Shared set-up for the NVMe controller benches: a device, a host driving it, and helpers.

#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "dev_harness.h"
#include "nvme_host.h"

namespace tb {

constexpr uint64_t kAsq = 0x1000'0000;
constexpr uint64_t kAcq = 0x1001'0000;
constexpr uint64_t kData = 0x2000'0000;  // Identify and log buffers, 4 KiB pages from here

// Status codes as NvmeCompletion::status holds them: SC 7:0, SCT 10:8, DNR 14.
constexpr uint16_t status(uint8_t sct, uint8_t sc) {
  return static_cast<uint16_t>(1u << 14 | sct << 8 | sc);
}
constexpr uint16_t kInvalidOpcode = status(0, 0x01);
constexpr uint16_t kInvalidField = status(0, 0x02);
constexpr uint16_t kInvalidNamespace = status(0, 0x0B);
constexpr uint16_t kCmdSequenceError = status(0, 0x0C);
constexpr uint16_t kPrpOffsetInvalid = status(0, 0x13);
constexpr uint16_t kCqInvalid = status(1, 0x00);
constexpr uint16_t kInvalidQueueId = status(1, 0x01);
constexpr uint16_t kInvalidQueueSize = status(1, 0x02);
constexpr uint16_t kAerLimitExceeded = status(1, 0x05);
constexpr uint16_t kInvalidVector = status(1, 0x08);
constexpr uint16_t kInvalidLogPage = status(1, 0x09);
constexpr uint16_t kInvalidQueueDeletion = status(1, 0x0C);
constexpr uint16_t kNotSaveable = status(1, 0x0D);

struct Device {
  explicit Device(const DevHarnessOptions& bench_options = DevHarnessOptions(),
                  const NvmeHostOptions& host_options = NvmeHostOptions())
      : bench(bench_options), host(bench, host_options) {}
  DevHarness bench;
  NvmeHost host;

  // Enumerate, set up the admin queue and enable, as a driver's probe does.
  void bring_up(uint16_t sq_entries = 32, uint16_t cq_entries = 32) {
    ASSERT_TRUE(host.init_pcie());
    ASSERT_TRUE(host.setup_admin_queue(sq_entries, cq_entries, kAsq, kAcq));
    ASSERT_TRUE(host.enable());
  }
  // Submit on the admin queue and wait for the completion.
  NvmeCompletion run(const Sqe& sqe) {
    const uint16_t cid = host.submit(sqe);
    std::optional<NvmeCompletion> done = host.wait_completion(cid);
    EXPECT_TRUE(done) << "no completion for " << admin_opcode_name(sqe.opcode);
    return done.value_or(NvmeCompletion{});
  }
  std::vector<uint32_t> data(uint64_t addr, size_t dws) {
    return bench.host_memory().read_dws(addr, dws);
  }
  uint32_t data_dw(uint64_t addr) { return bench.host_memory().read32(addr); }
};

}  // namespace tb
