// SPDX-License-Identifier: Apache-2.0
// A process per test, for tests that can run only once per process (SystemC elaborates once):
// when this process will run several tests (the whole binary, a filter, a GoogleTest shard) or
// repeat one, such a test forks and runs in a child of its own, and the parent takes the
// child's result as the test's. Implemented in test_main.cc, whose listener ends the child when
// its test ends; platform_test_util.h wraps it for the SystemC tests.

#pragma once

#include <string>

namespace tb {

// How a test's own process reports its result: exit statuses that no other way out of a test
// uses, so that an exit(0) or a crash half-way reads as a failure, never as a pass.
inline constexpr int kTestChildPassed = 40;
inline constexpr int kTestChildFailed = 41;
inline constexpr int kTestChildSkipped = 42;

// True in a child forked to run one test.
bool in_test_child();

struct TestProcessOutcome {
  enum Result {
    kRunHere,  // run the test in this process: it runs alone here, or this is its child
    kPassed,
    kFailed,
    kSkipped,
  };
  Result result = kRunHere;
  std::string detail;  // kFailed: how the child ended
};

// In the parent: forks, waits for the child and says how its test ended. Returns kRunHere,
// having forked nothing, in the child and when this process runs just this one test once (as
// under ctest, or a debugger).
TestProcessOutcome run_test_in_own_process_unless_alone();

}  // namespace tb
