// SPDX-License-Identifier: Apache-2.0
// The bench's rerun hint (testbench/common/test_main.cc): tests that fail on purpose, but only
// when testbench/scripts/check_rerun_hint.sh asks (NVME_COSIM_RERUN_CHECK=1); otherwise they
// skip. The script checks the exact `[  RERUN   ]` line each prints, and that the printed
// command fails the same way again and writes the test's waveform.

#include <cstdlib>
#include <cstring>

#include "nvme_test_util.h"

namespace tb {
namespace {

bool failure_requested() {
  const char* env = std::getenv("NVME_COSIM_RERUN_CHECK");
  return env && std::strcmp(env, "1") == 0;
}

// One failing expectation after some traffic, so the waveform has something to show.
void fail_after_an_identify() {
  Device d;
  d.bring_up();
  const NvmeCompletion cqe = d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData));
  ASSERT_TRUE(cqe.ok());
  EXPECT_EQ(cqe.sqhd, 0u) << "deliberate failure: the first command's SQ head is 1";
}

TEST(Rerun, FailsOnRequest) {
  if (!failure_requested()) GTEST_SKIP() << "runs under testbench/scripts/check_rerun_hint.sh";
  fail_after_an_identify();
}

// A parameterized name: the filter keeps its slashes, the waveform's file name has them as '_'.
class RerunParam : public testing::TestWithParam<int> {};

TEST_P(RerunParam, FailsOnRequest) {
  if (!failure_requested()) GTEST_SKIP() << "runs under testbench/scripts/check_rerun_hint.sh";
  fail_after_an_identify();
}

INSTANTIATE_TEST_SUITE_P(Hint, RerunParam, testing::Values(0));

}  // namespace
}  // namespace tb
