// SPDX-License-Identifier: Apache-2.0
// common::run_child_pool: every job once, never more than `workers` at once, failures and
// time limits reported, and a stop that kills the children and what they started.

#include "child_pool.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

uint64_t monotonic_ns() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(now.tv_nsec);
}

TEST(ChildPool, EveryJobOnceAndNeverMoreThanTheWorkersAtOnce) {
  constexpr size_t kJobs = 12;
  common::ChildPoolOptions options;
  options.workers = 3;
  std::map<size_t, std::string> bytes;
  std::vector<std::pair<uint64_t, uint64_t>> spans;  // each child's start and end
  const size_t finished = common::run_child_pool(
      kJobs, options,
      [](size_t job) {
        const uint64_t start = monotonic_ns();
        usleep(20'000);
        return std::to_string(job) + " " + std::to_string(getpid()) + " " + std::to_string(start) +
               " " + std::to_string(monotonic_ns());
      },
      [&](const common::PoolJobOutcome& outcome) {
        ASSERT_TRUE(outcome.ok) << outcome.error;
        EXPECT_FALSE(bytes.count(outcome.job));
        bytes[outcome.job] = outcome.bytes;
        EXPECT_GE(outcome.wall_seconds, 0.02);
      });
  EXPECT_EQ(finished, kJobs);
  ASSERT_EQ(bytes.size(), kJobs);
  for (const auto& [job, text] : bytes) {
    size_t reported = 0;
    long pid = 0;
    unsigned long long start = 0, end = 0;
    ASSERT_EQ(std::sscanf(text.c_str(), "%zu %ld %llu %llu", &reported, &pid, &start, &end), 4);
    EXPECT_EQ(reported, job);
    EXPECT_NE(pid, getpid());
    spans.emplace_back(start, end);
  }
  // At each child's start, count the children whose span covers it.
  size_t most = 0;
  for (const auto& [start, end] : spans) {
    (void)end;
    const size_t at_once = std::count_if(
        spans.begin(), spans.end(),
        [start = start](const auto& s) { return s.first <= start && start < s.second; });
    most = std::max(most, at_once);
  }
  EXPECT_LE(most, 3u);
  EXPECT_GE(most, 2u);  // the pool did run jobs side by side
}

TEST(ChildPool, CrashesAndFailedExitsAreReported) {
  common::ChildPoolOptions options;
  options.workers = 2;
  std::map<size_t, common::PoolJobOutcome> outcomes;
  common::run_child_pool(
      3, options,
      [](size_t job) -> std::string {
        // SIGKILL: no handler can turn it into an exit (ASan catches SIGSEGV and exits 1).
        if (job == 1) raise(SIGKILL);
        if (job == 2) _exit(3);
        return "fine";
      },
      [&](const common::PoolJobOutcome& outcome) { outcomes[outcome.job] = outcome; });
  ASSERT_EQ(outcomes.size(), 3u);
  EXPECT_TRUE(outcomes[0].ok);
  EXPECT_EQ(outcomes[0].bytes, "fine");
  EXPECT_FALSE(outcomes[1].ok);
  EXPECT_EQ(outcomes[1].error, "the process killed by signal " + std::to_string(SIGKILL));
  EXPECT_EQ(outcomes[1].signal, SIGKILL);
  EXPECT_EQ(outcomes[2].signal, 0);
  EXPECT_FALSE(outcomes[1].timed_out);
  EXPECT_TRUE(outcomes[1].bytes.empty());
  EXPECT_FALSE(outcomes[2].ok);
  EXPECT_EQ(outcomes[2].error, "the process exited with status 3");
}

// A child over its time limit is killed with everything in its process group: here a
// grandchild that would outlive it.
TEST(ChildPool, TimeLimitKillsTheChildAndWhatItStarted) {
  char dir_template[] = "/tmp/child_pool_XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const std::string pid_file = std::string(dir_template) + "/grandchild";
  common::ChildPoolOptions options;
  options.timeout_seconds = 0.3;
  common::PoolJobOutcome seen;
  const uint64_t start = monotonic_ns();
  common::run_child_pool(
      1, options,
      [&](size_t) -> std::string {
        const pid_t grandchild = fork();
        if (grandchild == 0) {
          sleep(60);
          _exit(0);
        }
        std::ofstream(pid_file) << grandchild << "\n";
        sleep(60);
        return "too late";
      },
      [&](const common::PoolJobOutcome& outcome) { seen = outcome; });
  EXPECT_LT(monotonic_ns() - start, 10'000'000'000u);
  EXPECT_FALSE(seen.ok);
  EXPECT_EQ(seen.error, "timed out after 0.3 s");
  EXPECT_TRUE(seen.timed_out);
  EXPECT_EQ(seen.signal, 0);
  pid_t grandchild = 0;
  std::ifstream(pid_file) >> grandchild;
  ASSERT_GT(grandchild, 0);
  // Killed; it may linger a moment as a zombie of init, so give it a second to be reaped.
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {
    std::ifstream stat("/proc/" + std::to_string(grandchild) + "/stat");
    std::string pid, name, state;
    gone = !(stat >> pid >> name >> state) || state == "Z";
    if (!gone) usleep(10'000);
  }
  EXPECT_TRUE(gone) << "grandchild " << grandchild << " still runs";
  std::remove(pid_file.c_str());
  rmdir(dir_template);
}

TEST(ChildPool, StopKillsRunningChildrenAndStartsNoMore) {
  common::ChildPoolOptions options;
  options.workers = 2;
  size_t done_calls = 0;
  options.should_stop = [&] { return done_calls >= 1; };
  const uint64_t start = monotonic_ns();
  const size_t finished = common::run_child_pool(
      10, options,
      [](size_t job) -> std::string {
        if (job == 0) return "quick";
        sleep(60);
        return "slow";
      },
      [&](const common::PoolJobOutcome& outcome) {
        EXPECT_EQ(outcome.job, 0u);
        ++done_calls;
      });
  EXPECT_EQ(finished, 1u);
  EXPECT_EQ(done_calls, 1u);
  EXPECT_LT(monotonic_ns() - start, 10'000'000'000u);  // SIGTERM ended the sleepers
}

TEST(ChildPool, ZeroJobsReturnAtOnce) {
  common::ChildPoolOptions options;
  EXPECT_EQ(common::run_child_pool(
                0, options, [](size_t) { return std::string(); },
                [](const common::PoolJobOutcome&) { ADD_FAILURE() << "no job ran"; }),
            0u);
}

}  // namespace
