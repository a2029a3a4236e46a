// SPDX-License-Identifier: Apache-2.0
// Block-device naming: instance numbers from a lowest-free allocator, as Linux's IDA hands them
// out, and the /dev/nvme{C}n{H} and /dev/ng{C}n{H} names built from them.

#pragma once

#include <set>
#include <string>

namespace nvme {

// Hands out the lowest number not in use, starting at `first`. The order of allocate() calls is
// therefore the order of names: that is the whole naming regression in one line.
class InstanceAllocator {
 public:
  explicit InstanceAllocator(unsigned first = 0) : m_first(first), m_lowest_free(first) {}

  unsigned allocate() {
    unsigned n = m_lowest_free;
    auto it = m_used.lower_bound(n);
    for (; it != m_used.end() && *it == n; ++it) ++n;  // taken by claim()
    m_used.insert(it, n);
    m_lowest_free = n + 1;
    return n;
  }
  // Takes a specific number (the NSID strategy); false if it is taken.
  bool claim(unsigned n) { return n >= m_first && m_used.insert(n).second; }
  void release(unsigned n) {
    if (m_used.erase(n) != 0 && n < m_lowest_free) m_lowest_free = n;
  }
  bool in_use(unsigned n) const { return m_used.count(n) != 0; }
  size_t count() const { return m_used.size(); }

 private:
  unsigned m_first;
  unsigned m_lowest_free;  // every number from m_first up to here is in use: a scan starts here
  std::set<unsigned> m_used;
};

inline std::string block_device_node(unsigned controller, unsigned instance) {
  return "/dev/nvme" + std::to_string(controller) + "n" + std::to_string(instance);
}

inline std::string generic_device_node(unsigned controller, unsigned instance) {
  return "/dev/ng" + std::to_string(controller) + "n" + std::to_string(instance);
}

}  // namespace nvme
