// SPDX-License-Identifier: Apache-2.0
// Many runs, several at a time, one process each. A sweep runs thousands of co-simulations,
// and SystemC elaborates once per process, so every job forks a child of its own; up to
// `workers` children run at once. Each child is the leader of a process group of its own: a
// Ctrl-C at the terminal reaches only the parent, which stops the children it started (and
// whatever they started in their process group) and reports no result for them.

#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace common {

struct PoolJobOutcome {
  size_t job = 0;
  bool ok = false;    // the child exited 0 after sending its bytes
  std::string bytes;  // what the job's body returned (ok only)
  std::string error;  // why not ok: "killed by signal 11", "timed out after 600 s", ...
  int signal = 0;     // the signal that ended the child, if one did (not the time limit's)
  bool timed_out = false;
  double wall_seconds = 0;
};

struct ChildPoolOptions {
  unsigned workers = 1;
  // A child still running this long after it started is killed and reported as timed out;
  // 0: no limit.
  double timeout_seconds = 0;
  // Asked between events (at least every 100 ms); true stops the pool: no job is started
  // any more, the running children are killed and `done` is not called for them.
  std::function<bool()> should_stop;
};

// Runs jobs 0 .. jobs-1, each in a forked child, at most options.workers at once, in job
// order. In the child, `body(job)` runs with SIGINT and SIGTERM at their defaults and its
// bytes go back through a pipe; then the child exits. In the parent, `done` is called once per
// finished job, in finishing order. A fork that fails while other children run is retried when
// one of them ends. Returns how many jobs finished (fewer when stopped).
size_t run_child_pool(size_t jobs, const ChildPoolOptions& options,
                      const std::function<std::string(size_t job)>& body,
                      const std::function<void(const PoolJobOutcome&)>& done);

}  // namespace common
