// SPDX-License-Identifier: Apache-2.0
// HostScheduler: tasks on threads that take turns as the driver's cooperative tasks expect,
// waits that give the CPU away, interrupts from eventfds, and stopping without a hang.

#include "host_scheduler.h"

#include <gtest/gtest.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace {

using vfio::HostScheduler;
constexpr nvme::Nanoseconds kMs = 1'000'000;

TEST(HostScheduler, TasksRunOneAtATimeBetweenWaits) {
  HostScheduler scheduler;
  int running = 0;
  int overlaps = 0;
  int steps = 0;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Semaphore> finished = scheduler.make_semaphore(0);
    for (int t = 0; t < 4; ++t) {
      scheduler.spawn("worker", [&] {
        for (int i = 0; i < 50; ++i) {
          ++running;
          // Without turns, another thread would get in here.
          for (int spin = 0; spin < 2000; ++spin) {
            if (running != 1) ++overlaps;
          }
          ++steps;
          --running;
          scheduler.sleep(0);
        }
        finished->release();
      });
    }
    for (int t = 0; t < 4; ++t) finished->acquire();
  });
  EXPECT_EQ(steps, 200);
  EXPECT_EQ(overlaps, 0);
}

TEST(HostScheduler, CompletionWakesItsWaiterAndWaitForTimesOut) {
  HostScheduler scheduler;
  nvme::Nanoseconds woke_at = 0, timed_out_at = 0;
  bool timed_out_result = true, done_after = false;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Completion> done = scheduler.make_completion();
    scheduler.spawn("completer", [&] {
      scheduler.sleep(2 * kMs);
      done->complete();
    });
    const nvme::Nanoseconds start = scheduler.now();
    done->wait();
    woke_at = scheduler.now() - start;
    done_after = done->done();
    EXPECT_TRUE(done->wait_for(0));  // stays completed
    std::unique_ptr<nvme::Completion> never = scheduler.make_completion();
    const nvme::Nanoseconds before = scheduler.now();
    timed_out_result = never->wait_for(3 * kMs);
    timed_out_at = scheduler.now() - before;
  });
  EXPECT_TRUE(done_after);
  EXPECT_GE(woke_at, 2 * kMs);
  EXPECT_FALSE(timed_out_result);
  EXPECT_GE(timed_out_at, 3 * kMs);
}

TEST(HostScheduler, MutexHeldAcrossWaitsExcludesOthers) {
  HostScheduler scheduler;
  int holders = 0, most = 0;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Mutex> mutex = scheduler.make_mutex();
    std::unique_ptr<nvme::Semaphore> finished = scheduler.make_semaphore(0);
    for (int t = 0; t < 3; ++t) {
      scheduler.spawn("locker", [&] {
        for (int i = 0; i < 5; ++i) {
          mutex->lock();
          most = std::max(most, ++holders);
          scheduler.sleep(100'000);  // other tasks run meanwhile, and must wait for the lock
          --holders;
          mutex->unlock();
        }
        finished->release();
      });
    }
    for (int t = 0; t < 3; ++t) finished->acquire();
  });
  EXPECT_EQ(most, 1);
}

TEST(HostScheduler, SemaphoreBoundsTheTasksPastIt) {
  HostScheduler scheduler;
  int inside = 0, most = 0;
  unsigned left_at_end = 0;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Semaphore> tags = scheduler.make_semaphore(2);
    std::unique_ptr<nvme::Semaphore> finished = scheduler.make_semaphore(0);
    for (int t = 0; t < 6; ++t) {
      scheduler.spawn("user", [&] {
        tags->acquire();
        most = std::max(most, ++inside);
        scheduler.sleep(200'000);
        --inside;
        tags->release();
        finished->release();
      });
    }
    for (int t = 0; t < 6; ++t) finished->acquire();
    EXPECT_FALSE(finished->try_acquire());
    left_at_end = tags->available();
  });
  EXPECT_EQ(most, 2);
  EXPECT_EQ(left_at_end, 2u);
}

TEST(HostScheduler, EventfdInterruptsRunTheHandlerInATask) {
  HostScheduler scheduler;
  const int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  ASSERT_GE(fd, 0);
  scheduler.add_interrupt_source(1, fd);
  int runs = 0;
  bool arrived = false;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Completion> handled = scheduler.make_completion();
    scheduler.set_interrupt_handler(1, [&] {
      ++runs;
      handled->complete();
    });
    // The device's side: another thread signals the eventfd, as VFIO does for an MSI-X message.
    std::thread device([fd] {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      const uint64_t one = 1;
      EXPECT_EQ(write(fd, &one, sizeof one), static_cast<ssize_t>(sizeof one));
    });
    arrived = handled->wait_for(5'000 * kMs);
    device.join();
  });
  close(fd);
  EXPECT_TRUE(arrived);
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(scheduler.interrupts(), 1u);
}

TEST(HostScheduler, InterruptsDuringTheHandlerFoldIntoOneMoreRun) {
  HostScheduler scheduler;
  int runs = 0;
  scheduler.run("main", [&] {
    std::unique_ptr<nvme::Completion> first_running = scheduler.make_completion();
    std::unique_ptr<nvme::Completion> release = scheduler.make_completion();
    std::unique_ptr<nvme::Completion> second_done = scheduler.make_completion();
    scheduler.set_interrupt_handler(0, [&] {
      if (++runs == 1) {
        first_running->complete();
        release->wait();
      } else {
        second_done->complete();
      }
    });
    scheduler.raise(0);
    first_running->wait();
    for (int i = 0; i < 3; ++i) scheduler.raise(0);
    release->complete();
    EXPECT_TRUE(second_done->wait_for(5'000 * kMs));
    scheduler.sleep(kMs);  // a third run would come now
  });
  EXPECT_EQ(runs, 2);
}

TEST(HostScheduler, RunReturnsWhileOtherTasksStillWait) {
  HostScheduler scheduler;
  bool returned = false;
  std::unique_ptr<nvme::Completion> never = scheduler.make_completion();
  scheduler.run("main", [&] {
    scheduler.spawn("forever", [&] { never->wait(); });
    scheduler.set_interrupt_handler(0, [] {});  // its task waits forever too
    scheduler.sleep(kMs);
    returned = true;
  });
  EXPECT_TRUE(returned);
  EXPECT_THROW(scheduler.run("again", [] {}), std::logic_error);
}

TEST(HostScheduler, AnExceptionInATaskStopsTheRunAndComesOutOfIt) {
  HostScheduler scheduler;
  EXPECT_THROW(
      scheduler.run("main",
                    [&] {
                      scheduler.spawn("failing", [] { throw std::runtime_error("driver bug"); });
                      std::unique_ptr<nvme::Completion> never = scheduler.make_completion();
                      never->wait();  // ended by the failure
                    }),
      std::runtime_error);
}

TEST(HostScheduler, WaitingOutsideATaskIsRefused) {
  HostScheduler scheduler;
  std::unique_ptr<nvme::Completion> completion = scheduler.make_completion();
  EXPECT_THROW(completion->wait(), std::logic_error);
  EXPECT_THROW(scheduler.sleep(1), std::logic_error);
}

TEST(HostScheduler, DestroyingItUnwindsTasksWithoutARun) {
  struct SetOnExit {
    std::atomic<bool>* flag;
    ~SetOnExit() { *flag = true; }
  };
  std::atomic<bool> started{false}, unwound{false};
  std::unique_ptr<nvme::Completion> never;
  {
    HostScheduler scheduler;
    never = scheduler.make_completion();
    scheduler.spawn("waiter", [&] {
      started = true;
      SetOnExit guard{&unwound};
      never->wait();
    });
    for (int i = 0; i < 1000 && !started; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }  // stops and joins the waiter
  EXPECT_TRUE(started);
  EXPECT_TRUE(unwound);
}

}  // namespace
