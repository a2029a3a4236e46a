// SPDX-License-Identifier: Apache-2.0
// nvme-cosim-fst: what a PCIe analyzer would report, from a co-simulation waveform alone.

#include "fst_analysis.h"

int main(int argc, char** argv) { return fst_analysis::run(argc, argv); }
