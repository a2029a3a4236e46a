// SPDX-License-Identifier: Apache-2.0
// One run per process. SystemC elaborates once per process, so a program that makes several
// co-simulation runs (nvme-cosim compare, the benchmark) forks a child for each; the child sends
// what it measured back through a pipe as bytes.

#pragma once

#include <functional>
#include <optional>
#include <string>

namespace common {

struct ChildOutcome {
  bool ok = false;
  std::string bytes;  // what the child's body returned (ok only)
  std::string error;  // why not ok, a phrase: "the child process failed", "pipe: ...", ...
};

// Forks; the child runs `body` and sends the bytes it returns, then exits (0 if it sent them, 1
// if `body` returned nothing or the pipe failed). The parent reads everything, waits for the
// child, and reports. Buffered output is flushed before the fork so nothing is written twice.
ChildOutcome run_in_child(const std::function<std::optional<std::string>()>& body);

}  // namespace common
