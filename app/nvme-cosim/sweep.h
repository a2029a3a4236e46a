// SPDX-License-Identifier: Apache-2.0
// `nvme-cosim sweep`: seeds x strategies x scenarios in worker processes, with a progress bar,
// a summary table, a JUnit report and the commands that reproduce each failure; shards and
// `sweep merge` (docs/cli.md, "nvme-cosim sweep").

#pragma once

namespace cli {

// The whole command: `argv` is the program's (argv[1] == "sweep"). Returns the exit status:
// 0 every case passed, 1 a case failed (merge: or did not run), 2 usage error, 128 + signal
// when interrupted.
int run_sweep(int argc, char** argv);

}  // namespace cli
