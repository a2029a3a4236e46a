// SPDX-License-Identifier: Apache-2.0
// Latency overrides naming the same NSID: the lowest-numbered one applies (docs/nvme-controller.md,
// the sideband map), exactly, whichever slots they sit in.

#include <utility>

#include "nvme_test_util.h"

namespace tb {
namespace {

constexpr uint64_t kDefaultLatency = 1'000;  // cycles, fixed

// Cycles from submission to the completion entry of one Identify Namespace for NSID 3.
uint64_t identify_cycles(Device& d) {
  const uint64_t start = d.bench.cycle();
  const NvmeCompletion cqe = d.run(identify_sqe(0, 3, kData));
  EXPECT_TRUE(cqe.ok());
  return cqe.cycle - start;
}

TEST(OverrideOrder, TheLowestSlotNamingTheNsidApplies) {
  for (const auto& [first, second] : {std::pair{0u, 1u}, {3u, 9u}, {14u, 15u}, {0u, 15u}}) {
    Device d;
    d.bring_up();
    d.host.set_namespaces({1, 2, 3});
    d.host.set_latency(kDefaultLatency, kDefaultLatency, /*uniform=*/false);
    // Everything but the latency: fetch, 4 KiB of data, the entry.
    const uint64_t overhead = identify_cycles(d) - kDefaultLatency;

    d.host.set_latency_override(second, 3, 60'000, 60'000, false);
    d.host.set_latency_override(first, 3, 30'000, 30'000, false);
    d.host.set_latency_override(first + 1 == second ? 2 : first + 1, 2, 90'000, 90'000, false);
    EXPECT_EQ(identify_cycles(d), overhead + 30'000) << "slots " << first << " and " << second;
  }
}

}  // namespace
}  // namespace tb
