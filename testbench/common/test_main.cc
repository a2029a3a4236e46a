// SPDX-License-Identifier: Apache-2.0
// GoogleTest main for the benches: takes --trace, prints how to rerun a failure with waves, and
// runs a test in a process of its own when the test asks (test_process.h).

#include <gtest/gtest.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "test_process.h"

namespace tb {
namespace {
bool g_trace_flag = false;
}  // namespace

bool trace_requested() {
  if (g_trace_flag) return true;
  const char* env = std::getenv("NVME_COSIM_TRACE");
  return env && *env && std::strcmp(env, "0") != 0;
}

void set_trace_requested(bool on) { g_trace_flag = on; }

namespace {
bool g_in_test_child = false;

std::string child_status_text(pid_t pid, int status) {
  const std::string who = "the test's own process (pid " + std::to_string(pid) + ")";
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    return who + " was killed by signal " + std::to_string(signal) + " (" + ::strsignal(signal) +
           ")";
  }
  return who + " exited with status " + std::to_string(WEXITSTATUS(status)) +
         " before its test ended";
}
}  // namespace

bool in_test_child() { return g_in_test_child; }

TestProcessOutcome run_test_in_own_process_unless_alone() {
  if (g_in_test_child) return {};
  const ::testing::UnitTest& unit = *::testing::UnitTest::GetInstance();
  if (unit.test_to_run_count() <= 1 && GTEST_FLAG_GET(repeat) == 1) return {};

  // Whatever is buffered now would otherwise be written twice, by parent and child.
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    return {TestProcessOutcome::kFailed, std::string("fork: ") + std::strerror(errno)};
  }
  if (pid == 0) {
    g_in_test_child = true;
    return {};
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return {TestProcessOutcome::kFailed, std::string("waitpid: ") + std::strerror(errno)};
    }
  }
  if (WIFEXITED(status)) {
    switch (WEXITSTATUS(status)) {
      case kTestChildPassed:
        return {TestProcessOutcome::kPassed, {}};
      case kTestChildSkipped:
        return {TestProcessOutcome::kSkipped, {}};
      case kTestChildFailed:
        return {TestProcessOutcome::kFailed, "the test failed in its own process (pid " +
                                                 std::to_string(pid) +
                                                 "); its failures are printed above"};
      default:
        break;
    }
  }
  return {TestProcessOutcome::kFailed, child_status_text(pid, status)};
}

}  // namespace tb

namespace {

// After a failing test, one line to paste: the same binary, just that test, with a waveform.
class RerunWithTraceHint : public ::testing::EmptyTestEventListener {
 public:
  explicit RerunWithTraceHint(std::string argv0) : argv0_(std::move(argv0)) {}

  void OnTestEnd(const ::testing::TestInfo& info) override {
    if (!info.result()->Failed()) return;
    // A DISABLED_ test runs only when asked for.
    const bool disabled = std::strncmp(info.test_suite_name(), "DISABLED_", 9) == 0 ||
                          std::strncmp(info.name(), "DISABLED_", 9) == 0;
    std::printf("[  RERUN   ] %s --gtest_filter=%s.%s%s --trace\n", argv0_.c_str(),
                info.test_suite_name(), info.name(),
                disabled ? " --gtest_also_run_disabled_tests" : "");
    std::fflush(stdout);
  }

 private:
  std::string argv0_;
};

// In a test's own process (test_process.h), ends the process as soon as its test ends, the
// result as exit status. GoogleTest calls OnTestEnd in reverse order of appending, so, appended
// last, this listener sees the end before the result printer and the rerun hint do: the child
// prints no result line, and the parent prints the test's one result line and one hint.
class EndTestChild : public ::testing::EmptyTestEventListener {
 public:
  void OnTestEnd(const ::testing::TestInfo& info) override {
    if (!tb::in_test_child()) return;
    const ::testing::TestResult& result = *info.result();
    const int status = result.Failed()    ? tb::kTestChildFailed
                       : result.Skipped() ? tb::kTestChildSkipped
                                          : tb::kTestChildPassed;
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    // _exit: the parent owns the run; no atexit handlers, static destructors or reports here.
    _exit(status);
  }
};

}  // namespace

int main(int argc, char** argv) {
  // Take --trace out before GoogleTest parses the rest (it rejects nothing, but keep argv clean).
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--trace") == 0) {
      tb::set_trace_requested(true);
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  argv[argc] = nullptr;

  ::testing::InitGoogleTest(&argc, argv);
  ::testing::UnitTest::GetInstance()->listeners().Append(new RerunWithTraceHint(argv[0]));
  // Last, so that it sees OnTestEnd first (see the class).
  ::testing::UnitTest::GetInstance()->listeners().Append(new EndTestChild);
  return RUN_ALL_TESTS();
}
