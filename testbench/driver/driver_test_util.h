// SPDX-License-Identifier: Apache-2.0
// Shared by the driver tests: a bench (host, fake controller, driver log) and log readers.

#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "controller.h"
#include "fake_nvme.h"
#include "test_host.h"

namespace driver_test {

constexpr Nanoseconds kMicrosecond = 1'000;
constexpr Nanoseconds kMillisecond = 1'000'000;

// The driver's log, kept, and echoed with NVME_COSIM_VERBOSE set.
struct Log {
  std::vector<std::string> lines;

  std::function<void(const std::string&)> sink() {
    return [this](const std::string& line) {
      lines.push_back(line);
      if (std::getenv("NVME_COSIM_VERBOSE")) std::printf("%s\n", line.c_str());
    };
  }
  bool contains(const std::string& text) const {
    for (const auto& line : lines) {
      if (line.find(text) != std::string::npos) return true;
    }
    return false;
  }
  struct Transition {
    std::string change;  // "NEW -> DISABLING"
    Nanoseconds at = 0;
  };
  // Controller::set_state lines, "nvme0: A -> B (t=N ns)", in order.
  std::vector<Transition> transitions() const {
    std::vector<Transition> out;
    for (const auto& line : lines) {
      const size_t arrow = line.find(" -> ");
      const size_t time = line.find(" (t=");
      if (arrow == std::string::npos || time == std::string::npos) continue;
      const size_t start = line.find(": ") + 2;
      out.push_back({line.substr(start, time - start), std::stoull(line.substr(time + 4))});
    }
    return out;
  }
  std::vector<std::string> changes() const {
    std::vector<std::string> out;
    for (const auto& t : transitions()) out.push_back(t.change);
    return out;
  }
};

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
