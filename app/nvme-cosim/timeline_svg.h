// SPDX-License-Identifier: Apache-2.0
// nvme-cosim's timeline chart (`--timeline FILE.svg`): per namespace, on a simulated-time axis
// from the scan start, Identify Namespace in flight, the wait on the predecessor (ordered), the
// name allocation and the disk add. A standalone SVG, no scripts; the same inputs give the same
// bytes. Above kTimelineMaxLanes namespaces, consecutive NSIDs share a lane (docs/cli.md).

#pragma once

#include <string>
#include <vector>

#include "run_outcome.h"

namespace cli {

constexpr size_t kTimelineMaxLanes = 64;

// One block per run, stacked on one shared time axis (scan: one run; compare: one per
// strategy). `subtitle` goes under the title (e.g. the settings).
std::string timeline_svg(const std::vector<const RunOutcome*>& runs, const std::string& subtitle);

}  // namespace cli
