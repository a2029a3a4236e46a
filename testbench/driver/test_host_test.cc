// SPDX-License-Identifier: Apache-2.0
// The test host itself: task order, virtual time, timeouts, FIFO hand-over, interrupt folding,
// and runs that end with a failure instead of hanging.

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "test_host.h"

namespace driver_test {
namespace {

struct Trace {
  std::vector<std::string> entries;
  TestHost* host = nullptr;
  void add(const std::string& what) { entries.push_back(what + "@" + std::to_string(host->now())); }
};

TEST(TestHost, TasksRunInSpawnOrderAndSwitchOnlyAtWaits) {
  TestHost host;
  Trace trace{{}, &host};
  host.run([&] {
    host.spawn("a", [&] {
      trace.add("a1");
      host.sleep(10);
      trace.add("a2");
    });
    host.spawn("b", [&] {
      trace.add("b1");
      host.sleep(5);
      trace.add("b2");
    });
    host.spawn("c", [&] { trace.add("c1"); });
    trace.add("main");  // spawning does not switch
    host.sleep(20);
    trace.add("end");
  });
  EXPECT_EQ(trace.entries, (std::vector<std::string>{"main@0", "a1@0", "b1@0", "c1@0", "b2@5",
                                                     "a2@10", "end@20"}));
}

TEST(TestHost, SleepAdvancesVirtualTimeOnly) {
  TestHost host;
  Nanoseconds after = 0;
  host.run([&] {
    host.sleep(1'000'000'000'000);  // 1000 s of virtual time, no wall-clock wait
    after = host.now();
  });
  EXPECT_EQ(after, 1'000'000'000'000u);
}

TEST(TestHost, WaitForEndsAtTheDeadlineOrAtCompletion) {
  TestHost host;
  bool first = true, second = false;
  Nanoseconds first_end = 0, second_end = 0;
  host.run([&] {
    auto done = host.make_completion();
    first = done->wait_for(100);
    first_end = host.now();
    host.scheduler().at(150, [&] { done->complete(); });
    second = done->wait_for(1'000);
    second_end = host.now();
    EXPECT_TRUE(done->wait_for(0)) << "stays completed";
  });
  EXPECT_FALSE(first);
  EXPECT_EQ(first_end, 100u);
  EXPECT_TRUE(second);
  EXPECT_EQ(second_end, 150u);
}

TEST(TestHost, SemaphoreAndMutexHandOverInFifoOrder) {
  TestHost host;
  Trace trace{{}, &host};
  host.run([&] {
    auto tags = host.make_semaphore(1);
    auto lock = host.make_mutex();
    tags->acquire();
    lock->lock();
    for (const char* name : {"t1", "t2", "t3"}) {
      host.spawn(name, [&, name] {
        tags->acquire();
        trace.add(std::string(name) + ".tag");
        host.sleep(10);
        tags->release();
        lock->lock();
        trace.add(std::string(name) + ".lock");
        host.sleep(1);
        lock->unlock();
      });
    }
    host.sleep(5);
    EXPECT_FALSE(tags->try_acquire());
    tags->release();  // handed to t1 at once: no later acquire() can overtake it
    EXPECT_EQ(tags->available(), 0u);
    host.sleep(45);
    lock->unlock();  // t1, t2, t3 queued for it in that order
    host.sleep(100);
    EXPECT_EQ(tags->available(), 1u);
  });
  EXPECT_EQ(trace.entries, (std::vector<std::string>{"t1.tag@5", "t2.tag@15", "t3.tag@25",
                                                     "t1.lock@50", "t2.lock@51", "t3.lock@52"}));
}

TEST(TestHost, InterruptsRaisedDuringAHandlerFoldIntoOneMoreRun) {
  TestHost host;
  std::vector<Nanoseconds> runs;
  host.run([&] {
    host.set_interrupt_handler(0, [&] {
      runs.push_back(host.now());
      host.sleep(10);
    });
    for (int i = 0; i < 3; ++i) host.raise_interrupt(0);
    host.scheduler().at(5, [&] {
      host.raise_interrupt(0);
      host.raise_interrupt(0);
    });
    host.sleep(100);
  });
  EXPECT_EQ(runs, (std::vector<Nanoseconds>{0, 10}));
  EXPECT_EQ(host.interrupts(0), 5u);
  EXPECT_EQ(host.handler_runs(0), 2u);
}

TEST(TestHost, DeadlockEndsTheRunWithAFailure) {
  TestHost host;
  std::string message;
  try {
    host.run([&] {
      auto tags = host.make_semaphore(0);
      host.spawn("starved", [&] { tags->acquire(); });
      auto never = host.make_completion();
      host.sleep(7);
      never->wait();
    });
  } catch (const Deadlock& deadlock) {
    message = deadlock.what();
  }
  EXPECT_NE(message.find("deadlock at t = 7 ns"), std::string::npos) << message;
  EXPECT_NE(message.find("main: Completion::wait"), std::string::npos) << message;
  EXPECT_NE(message.find("starved_0: Semaphore::acquire"), std::string::npos) << message;
}

TEST(TestHost, TimeLimitEndsALivelock) {
  TestHostOptions options;
  options.time_limit = 1'000'000'000;  // 1 s
  TestHost host(options);
  EXPECT_THROW(host.run([&] {
    for (;;) host.sleep(1'000'000);  // polls that never end
  }),
               TimeLimitExceeded);
}

TEST(TestHost, ExceptionInATaskEndsTheRun) {
  TestHost host;
  EXPECT_THROW(host.run([&] {
    host.spawn("thrower", [] { throw std::runtime_error("boom"); });
    host.sleep(1'000);
    ADD_FAILURE() << "the run should have ended at the throw";
  }),
               std::runtime_error);
}

TEST(TestHost, DmaOutsideAnAllocatedBufferFaults) {
  TestHost host;
  const nvme::DmaBuffer buffer = host.alloc_dma(4096, 4096);
  const uint32_t value = 0x1234'5678;
  EXPECT_TRUE(host.device_write(buffer.bus_address + 4092, &value, 4));
  uint32_t read = 0;
  host.read_dma(buffer.bus_address + 4092, &read, 4);
  EXPECT_EQ(read, value);
  EXPECT_FALSE(host.device_write(buffer.bus_address + 4094, &value, 4)) << "crosses the end";
  host.free_dma(buffer);
  EXPECT_FALSE(host.device_write(buffer.bus_address, &value, 4)) << "freed";
  EXPECT_EQ(host.dma_faults(), 2u);
  EXPECT_THROW(host.read_dma(buffer.bus_address, &read, 4), std::out_of_range);
  const nvme::DmaBuffer next = host.alloc_dma(4096, 4096);
  EXPECT_NE(next.bus_address, buffer.bus_address) << "bus addresses are never reused";
}

}  // namespace
}  // namespace driver_test
