// SPDX-License-Identifier: Apache-2.0
// The driver's log (ControllerOptions::log) as tests read it: kept line by line, echoed with
// NVME_COSIM_VERBOSE set, searched, and its state transitions picked out. Plain C++: the driver
// tests on the fake device and those on the whole co-simulation share it.

#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace tb {

struct DriverLog {
  struct Transition {
    std::string change;  // "NEW -> DISABLING"
    uint64_t at_ns = 0;
  };

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
  // "A -> B" of each transition, in order.
  std::vector<std::string> changes() const {
    std::vector<std::string> out;
    for (const auto& t : transitions()) out.push_back(t.change);
    return out;
  }
};

}  // namespace tb
