// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's commands (docs/cli.md): parse the command line, check the output files, run.

#pragma once

namespace cli {

// The whole program: returns its exit status (0 done, 1 a run failed, 2 usage error).
int run(int argc, char** argv);

}  // namespace cli
