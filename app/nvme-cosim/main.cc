// SPDX-License-Identifier: Apache-2.0
// nvme-cosim: scan the co-simulated NVMe controller's namespaces (docs/cli.md).

#include "commands.h"

// libsystemc's main() calls sc_main; this program has its own main.
extern "C" int sc_main(int /*argc*/, char** /*argv*/) { return 1; }

int main(int argc, char** argv) { return cli::run(argc, argv); }
