// SPDX-License-Identifier: Apache-2.0
// common::run_in_child: the child's bytes come back whole, and every way a child can fail is
// reported as a failure with its reason.

#include "run_in_child.h"

#include <gtest/gtest.h>

#include <csignal>
#include <optional>
#include <string>

namespace common {
namespace {

TEST(RunInChild, BytesComeBackWhole) {
  std::string big(3 << 20, '\0');  // larger than a pipe buffer
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 7);
  const ChildOutcome outcome = run_in_child([&]() -> std::optional<std::string> { return big; });
  ASSERT_TRUE(outcome.ok) << outcome.error;
  EXPECT_EQ(outcome.bytes, big);
}

TEST(RunInChild, ChildStateStaysInTheChild) {
  int counter = 0;
  const ChildOutcome outcome = run_in_child([&]() -> std::optional<std::string> {
    ++counter;
    return std::to_string(counter);
  });
  ASSERT_TRUE(outcome.ok);
  EXPECT_EQ(outcome.bytes, "1");
  EXPECT_EQ(counter, 0) << "the parent's copy is untouched";
}

TEST(RunInChild, BodyWithoutResultIsAFailure) {
  const ChildOutcome outcome =
      run_in_child([]() -> std::optional<std::string> { return std::nullopt; });
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.error, "the child process failed");
  EXPECT_TRUE(outcome.bytes.empty());
}

TEST(RunInChild, ChildKilledBySignalIsReported) {
  const ChildOutcome outcome = run_in_child([]() -> std::optional<std::string> {
    std::raise(SIGKILL);
    return std::string("never sent");
  });
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.error, "the child process was killed by signal 9");
}

}  // namespace
}  // namespace common
