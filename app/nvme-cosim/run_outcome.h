// SPDX-License-Identifier: Apache-2.0
// What one nvme-cosim run produced, and its bytes for the pipe from a child (compare runs each
// strategy and seed in a process of its own). Plain C++: the reports take it without SystemC.

#pragma once

#include <cstdint>
#include <string>

#include "scan.h"

namespace cli {

// What Identify Controller said, as nvme list and id-ctrl print it (trailing spaces dropped).
struct ControllerIdentity {
  std::string model;     // MN
  std::string serial;    // SN
  std::string firmware;  // FR
  uint16_t vendor_id = 0;
  uint32_t version = 0;  // the VS register
  uint32_t nn = 0;
};

// What one run produced; everything the reports need, and what a child sends to its parent.
struct RunOutcome {
  bool ok = false;
  std::string error;  // why not ok
  std::string strategy;
  uint32_t seed = 0;
  // The first scan; with rescans (namespace changes, resets), `namespaces` is the final
  // registered set and `removed` what the rescans removed.
  nvme::ScanResult scan;
  unsigned rescans = 0;
  ControllerIdentity controller;  // empty until bring-up identified it
  std::string platform;           // where the controller is: "co-simulation" or "vfio BDF"
  double wall_seconds = 0;        // sc_start to the scan's end: bring-up in, a waveform's tail out
  uint64_t simulated_ns = 0;      // SystemC time when the scan ended
  uint64_t evaluated_cycles = 0;  // RTL clock edges evaluated
  uint64_t skipped_cycles = 0;    // RTL clock edges skipped while the device was idle
};

// The bytes a child writes to its pipe, and back.
std::string serialize(const RunOutcome& outcome);
bool deserialize(const std::string& bytes, RunOutcome* outcome);

}  // namespace cli
