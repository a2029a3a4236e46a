// SPDX-License-Identifier: Apache-2.0
// The completion chain on the test host: links pass in join order whatever order their tasks
// complete them in, complete() is a no-op on a link not pending, every exit path may complete,
// a forgotten link stalls the chain (and the run says so), and flush() is a barrier.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "completion_chain.h"
#include "driver_test_util.h"

namespace driver_test {
namespace {

using Link = nvme::CompletionChain::Link;

struct Passed {
  TestHost& host;
  std::vector<std::string> order;
  void add(const std::string& name) { order.push_back(name + "@" + std::to_string(host.now())); }
};

TEST(CompletionChain, LinksPassInJoinOrderWhateverOrderTheyComplete) {
  TestHost host;
  Passed passed{host, {}};
  host.run([&] {
    nvme::CompletionChain chain(host);
    Link a, b, c;
    chain.join(a);
    chain.join(b);
    chain.join(c);
    EXPECT_EQ(chain.size(), 3u);
    // c calls complete() first, then b, then a.
    const std::vector<std::pair<Link*, Nanoseconds>> plan = {{&c, 0}, {&b, 1'000}, {&a, 2'000}};
    const char* names[] = {"c", "b", "a"};
    for (size_t i = 0; i < plan.size(); ++i) {
      host.spawn(names[i], [&, i] {
        host.sleep(plan[i].second);
        chain.complete(*plan[i].first);
        passed.add(names[i]);
      });
    }
    host.sleep(10'000);
    EXPECT_EQ(chain.size(), 0u);
    EXPECT_FALSE(a.pending() || b.pending() || c.pending());
  });
  EXPECT_EQ(passed.order, (std::vector<std::string>{"a@2000", "b@2000", "c@2000"}));
}

TEST(CompletionChain, CompleteOnALinkNotPendingIsANoOp) {
  TestHost host;
  host.run([&] {
    nvme::CompletionChain chain(host);
    Link first, second, stranger;
    chain.join(first);
    chain.join(second);
    EXPECT_FALSE(stranger.pending());
    chain.complete(stranger);  // never joined: returns at once, the chain untouched
    EXPECT_EQ(chain.size(), 2u);
    chain.complete(first);
    chain.complete(first);  // a second time: nothing happens
    EXPECT_EQ(chain.size(), 1u);
    EXPECT_TRUE(second.pending());
    chain.complete(second);
    EXPECT_EQ(chain.size(), 0u);
    EXPECT_EQ(host.now(), 0u) << "no call waited";
  });
}

// Shaped like the ordered scan: some tasks skip their namespace and complete at once, the
// others wait for their predecessor, register, complete, and complete again on the way out.
TEST(CompletionChain, EveryExitPathCompletesItsLink) {
  TestHost host;
  Passed passed{host, {}};
  host.run([&] {
    nvme::CompletionChain chain(host);
    constexpr int kTasks = 6;
    Link links[kTasks];
    for (Link& link : links) chain.join(link);
    auto done = host.make_completion();
    int finished = 0;
    for (int i = 0; i < kTasks; ++i) {
      host.spawn("task", [&, i] {
        host.sleep(Nanoseconds(kTasks - i) * 100);  // later links are ready first
        if (i % 3 == 1) {
          chain.complete(links[i]);  // skipped: the early exit
          passed.add("skip" + std::to_string(i));
        } else {
          chain.wait_for_predecessor(links[i]);
          passed.add("register" + std::to_string(i));
          chain.complete(links[i]);
          chain.complete(links[i]);  // the guard at the end of the task
        }
        if (++finished == kTasks) done->complete();
      });
    }
    ASSERT_TRUE(done->wait_for(1'000'000));
    EXPECT_EQ(chain.size(), 0u);
  });
  EXPECT_EQ(passed.order,
            (std::vector<std::string>{"register0@600", "skip1@600", "register2@600",
                                      "register3@600", "skip4@600", "register5@600"}));
}

TEST(CompletionChain, ForgottenLinkStallsTheChainAndTheRunSaysSo) {
  TestHost host;
  std::string message;
  try {
    host.run([&] {
      nvme::CompletionChain chain(host);
      Link forgotten, next;
      chain.join(forgotten);
      chain.join(next);
      host.spawn("next", [&] { chain.complete(next); });
      chain.flush();
    });
  } catch (const Deadlock& deadlock) {
    message = deadlock.what();
  }
  EXPECT_NE(message.find("next_0: Completion::wait"), std::string::npos) << message;
  EXPECT_NE(message.find("main: Completion::wait"), std::string::npos) << message;
}

TEST(CompletionChain, FlushIsABarrierForLinksJoinedBeforeIt) {
  TestHost host;
  Passed passed{host, {}};
  host.run([&] {
    nvme::CompletionChain chain(host);
    Link a, b, late;
    chain.join(a);
    chain.join(b);
    host.spawn("a", [&] {
      host.sleep(5'000);
      chain.complete(a);
      passed.add("a");
    });
    host.spawn("b", [&] {
      host.sleep(3'000);
      chain.complete(b);
      passed.add("b");
    });
    host.spawn("late", [&] {  // joins after the flush began, completes before a
      host.sleep(1'000);
      chain.join(late);
      host.sleep(1'000);
      chain.complete(late);
      passed.add("late");
    });
    chain.flush();
    passed.add("flush");
    host.sleep(10'000);
  });
  EXPECT_EQ(passed.order,
            (std::vector<std::string>{"a@5000", "b@5000", "flush@5000", "late@5000"}));
}

}  // namespace
}  // namespace driver_test
