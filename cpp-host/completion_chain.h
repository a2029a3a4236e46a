// SPDX-License-Identifier: Apache-2.0
// A completion chain: tasks join in a fixed order, run concurrently, and pass one point in that
// order. The ordered scan strategy threads one link per namespace, in NSID-list order, so names
// are allocated in list order while Identify commands still overlap.

#pragma once

#include <cassert>
#include <list>
#include <memory>

#include "platform.h"

namespace nvme {

class CompletionChain {
 public:
  // One task's place in the chain. Owned by the task; it must outlive its membership.
  class Link {
   public:
    bool pending() const { return m_chain != nullptr; }  // joined and not yet completed

   private:
    friend class CompletionChain;
    std::unique_ptr<Completion> m_predecessor_done;
    CompletionChain* m_chain = nullptr;
  };

  explicit CompletionChain(Platform& platform) : m_platform(platform) {}

  // Appends `link`. The first link of an empty chain has no predecessor to wait for.
  void join(Link& link) {
    link.m_predecessor_done = m_platform.make_completion();
    link.m_chain = this;
    if (m_links.empty()) link.m_predecessor_done->complete();
    m_links.push_back(&link);
  }

  // Returns once every link joined before `link` has completed.
  void wait_for_predecessor(Link& link) { link.m_predecessor_done->wait(); }

  // Leaves the chain and lets the next link go. It first waits for its own predecessor, so links
  // can never complete out of order, and does nothing for a link no longer in the chain: every
  // exit path of a task can call it.
  void complete(Link& link) {
    if (!link.pending()) return;
    link.m_predecessor_done->wait();
    // Cooperative tasks: nothing runs between the wait returning and these lines. Every link
    // joined before this one has left, so it is the front (O(1), where a 4096-namespace scan
    // spent 1.5% of its time searching the list).
    assert(m_links.front() == &link);
    m_links.pop_front();
    link.m_chain = nullptr;
    if (!m_links.empty()) m_links.front()->m_predecessor_done->complete();
  }

  // A barrier: returns once every link joined so far has completed.
  void flush() {
    Link barrier;
    join(barrier);
    complete(barrier);
  }

  size_t size() const { return m_links.size(); }

 private:
  Platform& m_platform;
  std::list<Link*> m_links;  // in join order; the front is the only one allowed to proceed
};

}  // namespace nvme
