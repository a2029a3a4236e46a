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
  explicit InstanceAllocator(unsigned first = 0) : m_first(first) {}

  unsigned allocate() {
    unsigned n = m_first;
    for (unsigned used : m_used) {  // ascending
      if (used < n) continue;
      if (used != n) break;
      ++n;
    }
    m_used.insert(n);
    return n;
  }
  // Takes a specific number (the NSID strategy); false if it is taken.
  bool claim(unsigned n) { return n >= m_first && m_used.insert(n).second; }
  void release(unsigned n) { m_used.erase(n); }
  bool in_use(unsigned n) const { return m_used.count(n) != 0; }
  size_t count() const { return m_used.size(); }

 private:
  unsigned m_first;
  std::set<unsigned> m_used;
};

inline std::string block_device_node(unsigned controller, unsigned instance) {
  return "/dev/nvme" + std::to_string(controller) + "n" + std::to_string(instance);
}

inline std::string generic_device_node(unsigned controller, unsigned instance) {
  return "/dev/ng" + std::to_string(controller) + "n" + std::to_string(instance);
}

}  // namespace nvme
