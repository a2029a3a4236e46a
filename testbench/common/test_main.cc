// SPDX-License-Identifier: Apache-2.0
// GoogleTest main for the benches: takes --trace and prints how to rerun a failure with waves.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

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
  return RUN_ALL_TESTS();
}
