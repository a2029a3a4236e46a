// SPDX-License-Identifier: Apache-2.0
// Queue wrap-around on the admin queues, and the namespace table's active count: exact values
// from the queue sizes and the commits made, not from the controller.

#include <vector>

#include "nvme_test_util.h"

namespace tb {
namespace {

// Four-entry admin queues, rounds of three commands (a full submission queue) completed one
// round at a time, each command held for a fixed latency far longer than fetching all three
// takes: every entry of round r is posted after 3r fetches, so it reports SQ head 3r mod 4 (ASQS is zero-based: entries 0..3, then 0 again), and the
// completion queue's phase tag inverts each time its tail passes entry 3.
TEST(Wrap, AdminQueuesWrapAtTheirSizes) {
  Device d;
  d.bring_up(/*sq_entries=*/4, /*cq_entries=*/4);
  d.host.set_namespaces({1});
  d.host.set_latency(20'000, 20'000, /*uniform=*/false);
  unsigned posted = 0;
  for (unsigned round = 1; round <= 6; ++round) {
    std::vector<Sqe> sqes;
    for (unsigned i = 0; i < 3; ++i) sqes.push_back(identify_sqe(0, 1, kData + 0x1000 * i));
    const std::vector<uint16_t> cids = d.host.submit_many(sqes);
    const std::vector<NvmeCompletion> done = d.host.wait_completions(3, 2'000'000);
    ASSERT_EQ(done.size(), 3u) << "round " << round;
    for (const NvmeCompletion& c : done) {
      EXPECT_TRUE(c.ok()) << "round " << round << " cid " << c.cid;
      EXPECT_EQ(c.sqhd, (3 * round) % 4) << "round " << round << " cid " << c.cid;
      EXPECT_EQ(c.sqid, 0u);
      // The entry's slot is posted / 4 passes in: phase 1 on even passes, 0 on odd ones.
      EXPECT_EQ(c.phase, (posted / 4) % 2 == 0) << "CQE " << posted;
      ++posted;
    }
    for (uint64_t i = 0; i < 3; ++i) {
      EXPECT_EQ(d.data_dw(kData + 0x1000 * i), 0x20'0000u) << "NSZE, round " << round;
    }
    (void)cids;
  }
}

// The sideband's active count: committing an active namespace again, or an inactive one,
// changes it only when the namespace's state changes.
TEST(Wrap, ActiveCountFollowsStateChangesOnly) {
  Device d;
  d.bring_up();
  d.host.clear_namespaces();
  EXPECT_EQ(d.host.namespace_count(), 0u);
  d.host.set_namespace(5, 0x1000);
  d.host.set_namespace(9, 0x1000);
  EXPECT_EQ(d.host.namespace_count(), 2u);
  d.host.set_namespace(5, 0x2000);  // active again, new size
  EXPECT_EQ(d.host.namespace_count(), 2u);
  d.host.set_namespace(9, 0x1000, /*active=*/false);
  EXPECT_EQ(d.host.namespace_count(), 1u);
  d.host.set_namespace(9, 0x1000, /*active=*/false);  // inactive again
  EXPECT_EQ(d.host.namespace_count(), 1u);
  d.host.set_namespace(7, 0x1000, /*active=*/false);  // never active
  EXPECT_EQ(d.host.namespace_count(), 1u);
}

}  // namespace
}  // namespace tb
