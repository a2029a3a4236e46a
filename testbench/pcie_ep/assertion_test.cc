// SPDX-License-Identifier: Apache-2.0
// RTL assertions reach the test: stimulus that breaks the RX stream rule fails the test that sent
// it. Disabled because it fails on purpose; testbench/scripts/check_assertion_fires.sh runs it.

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "ep_test_util.h"

namespace tb {
namespace {

// A host side that breaks the valid/ready rule once: the first time a beat waits for ready, it
// withdraws valid for one cycle, then presents the same beat again.
class DroppingValidHarness : public EpHarness {
 public:
  bool dropped() const { return dropped_; }

 protected:
  void drive_device_inputs() override {
    EpHarness::drive_device_inputs();
    if (waiting_ && !dropped_) {
      dut().rx_tlp_valid_i = 0;  // the RX driver sees no handshake and presents the beat again
      dropped_ = true;
    }
  }
  void sample_device() override {
    EpHarness::sample_device();
    waiting_ = dut().rx_tlp_valid_i && !dut().rx_tlp_ready_o;
  }

 private:
  bool waiting_ = false;
  bool dropped_ = false;
};

// Expected to fail with the endpoint's RxTlpHolds assertion, and with nothing else: the reads
// themselves still complete, since the endpoint never takes a beat without valid. Reads back to
// back, so that a beat waits for ready at every stream width: the second beat of the first
// 3-DW header at 64 bits; when wider, a later read's single beat while the endpoint still
// works through the one before.
TEST(Assertions, DISABLED_RxValidDroppedBeforeReadyFails) {
  DroppingValidHarness h;
  std::vector<uint8_t> tags;
  for (int i = 0; i < 4; ++i) {
    tags.push_back(h.alloc_tag());
    h.send(cfg_rd0(kHostId, tags.back(), h.options().device_bdf, kCfgId));
  }
  for (const uint8_t tag : tags) {
    const HostCompletion id = h.wait_completion(tag);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.data(), 0x9038'10EEu);
  }
  EXPECT_TRUE(h.dropped()) << "no beat waited: the stimulus broke no rule";
}

}  // namespace
}  // namespace tb
