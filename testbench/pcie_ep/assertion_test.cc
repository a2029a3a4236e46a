// SPDX-License-Identifier: Apache-2.0
// RTL assertions reach the test: stimulus that breaks the RX stream rule fails the test that sent
// it. Disabled because it fails on purpose; testbench/scripts/check_assertion_fires.sh runs it.

#include <gtest/gtest.h>

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

// Expected to fail with the endpoint's RxTlpHolds assertion, and with nothing else: the read
// itself still completes, since the endpoint never takes a beat without valid.
TEST(Assertions, DISABLED_RxValidDroppedBeforeReadyFails) {
  DroppingValidHarness h;
  HostCompletion id = h.cfg_read(kCfgId);  // a 3-DW header: its second beat waits for ready
  EXPECT_TRUE(h.dropped()) << "the beat never waited: the stimulus broke no rule";
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id.data(), 0x9038'10EEu);
}

}  // namespace
}  // namespace tb
