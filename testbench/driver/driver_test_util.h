// SPDX-License-Identifier: Apache-2.0
// Shared by the driver tests: a bench (host, fake controller, driver log) and log readers.

#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "controller.h"
#include "driver_log.h"
#include "fake_nvme.h"
#include "test_host.h"

namespace driver_test {

constexpr Nanoseconds kMicrosecond = 1'000;
constexpr Nanoseconds kMillisecond = 1'000'000;

using Log = tb::DriverLog;

// One host with one fake controller; the driver's objects live in the test body.
struct Bench {
  explicit Bench(FakeNvmeConfig config = {}, TestHostOptions options = {})
      : host(options), device(host, config) {}
  ~Bench() {
    // Whatever the test checked, the host broke no rule the fake watches.
    EXPECT_EQ(device.errors(), std::vector<std::string>{});
    EXPECT_EQ(host.dma_faults(), 0u);
  }

  nvme::ControllerOptions options() {
    nvme::ControllerOptions options;
    options.log = log.sink();
    return options;
  }

  TestHost host;
  FakeNvme device;
  Log log;
};

const std::vector<std::string> kBringUpStates = {
    "NEW -> DISABLING",        "DISABLING -> CONFIGURING_ADMIN",    "CONFIGURING_ADMIN -> ENABLING",
    "ENABLING -> IDENTIFYING", "IDENTIFYING -> CONFIGURING_QUEUES", "CONFIGURING_QUEUES -> LIVE"};

}  // namespace driver_test
