// SPDX-License-Identifier: Apache-2.0
// Scenarios drawn from a seed: the fault campaign's scans and the sweep's io workloads.

#include "scenario_draw.h"

#include <algorithm>
#include <set>

#include "seed_mix.h"

namespace cli {
namespace {

// Each kind of scenario draws from a stream of its own, so adding one changes no other.
constexpr uint64_t kFaultStream = 0xFA017;
constexpr uint64_t kIoStream = 0x10AD;
// Hanging namespaces take this long per command; far beyond the campaign's admin timeout.
constexpr const char* kHang = "1000s";

// splitmix64 as a stream: each seed draws its own scenario, independent of the others.
class Draw {
 public:
  Draw(uint32_t seed, uint64_t stream) : m_state(common::derive_seed(seed, stream)) {}
  uint64_t next() { return common::mix64(m_state += common::kGoldenGamma); }
  uint32_t below(uint32_t bound) { return static_cast<uint32_t>(next() % bound); }
  bool chance(unsigned percent) { return below(100) < percent; }

 private:
  uint64_t m_state;
};

}  // namespace

std::string nsid_list_arg(const std::vector<uint32_t>& nsids) {
  std::string text;
  for (uint32_t nsid : nsids) text += (text.empty() ? "" : ",") + std::to_string(nsid);
  return text;
}

std::vector<std::string> draw_fault_scenario(uint32_t seed, const std::string& strategy) {
  Draw draw(seed, kFaultStream);
  static const char* const kStrategies[] = {"sequential", "async", "ordered", "nsid"};
  static const unsigned kSlots[] = {1, 2, 4, 8, 32, 32, 32, 32};

  // A sparse NSID set: 1 to 24 namespaces among the first four times as many NSIDs.
  const uint32_t count = 1 + draw.below(24);
  std::set<uint32_t> listed;
  while (listed.size() < count) listed.insert(1 + draw.below(count * 4));
  std::vector<uint32_t> nsids(listed.begin(), listed.end());
  std::vector<uint32_t> free_nsids;  // unlisted: candidates to attach later
  for (uint32_t nsid = 1; nsid <= count * 4 + 8; ++nsid) {
    if (!listed.count(nsid)) free_nsids.push_back(nsid);
  }

  std::vector<std::string> args = {"--nsids",
                                   nsid_list_arg(nsids),
                                   "--strategy",
                                   strategy.empty() ? kStrategies[draw.below(4)] : strategy,
                                   "--seed",
                                   std::to_string(seed),
                                   "--slots",
                                   std::to_string(kSlots[draw.below(8)]),
                                   "--latency",
                                   "uniform:" + std::to_string(20 + draw.below(80)) + "us-" +
                                       std::to_string(200 + draw.below(1800)) + "us",
                                   "--admin-timeout",
                                   std::to_string(10 + draw.below(40)) + "ms"};

  // Each fault takes NSIDs of its own, so what should register is plain.
  std::vector<uint32_t> untouched = nsids;
  auto take = [&](std::vector<uint32_t>& from) {
    const size_t index = draw.below(static_cast<uint32_t>(from.size()));
    const uint32_t nsid = from[index];
    from.erase(from.begin() + static_cast<long>(index));
    return nsid;
  };
  auto time_ms = [&](unsigned most) { return std::to_string(1 + draw.below(most)) + "ms"; };

  if (draw.chance(30)) args.insert(args.end(), {"--fatal-at", time_ms(30)});
  if (!untouched.empty() && draw.chance(30)) {
    args.insert(args.end(), {"--drop-completion", std::to_string(take(untouched))});
  }
  for (unsigned i = draw.chance(25) ? 1 + draw.below(2) : 0; i > 0 && !untouched.empty(); --i) {
    args.insert(args.end(), {"--slow-nsid", std::to_string(take(untouched)) + "=" + kHang});
  }
  if (!untouched.empty() && draw.chance(20)) {
    args.insert(args.end(), {"--fail-nsid", std::to_string(take(untouched))});
  }
  if (!untouched.empty() && draw.chance(15)) {
    args.insert(args.end(), {"--zero-capacity-nsid", std::to_string(take(untouched))});
  }
  if (!untouched.empty() && draw.chance(15)) {
    args.insert(args.end(), {"--lie-nsid", std::to_string(take(untouched)) + "=" +
                                               kNsLies[draw.below(std::size(kNsLies))]});
  }
  if (draw.chance(15)) {
    args.insert(args.end(), {"--read-fault", std::string(draw.chance(50) ? "ur" : "timeout") + "@" +
                                                 std::to_string(1 + draw.below(40))});
  }
  for (unsigned i = draw.chance(30) ? 1 + draw.below(2) : 0; i > 0 && !untouched.empty(); --i) {
    args.insert(args.end(), {"--detach-nsid", std::to_string(take(untouched)) + "@" + time_ms(40)});
  }
  for (unsigned i = draw.chance(30) ? 1 + draw.below(2) : 0; i > 0; --i) {
    args.insert(args.end(),
                {"--attach-nsid", std::to_string(take(free_nsids)) + "@" + time_ms(40)});
  }
  return args;
}

std::vector<std::string> draw_io_workload(uint32_t seed) {
  Draw draw(seed, kIoStream);
  static const char* const kPatterns[] = {"randrw", "randrw",   "randwrite",
                                          "write",  "randread", "read"};
  // 512 bytes to twice MDTS (128 KiB), which the driver splits into two commands.
  static const uint64_t kBlockSizes[] = {512, 4096, 4096, 16384, 131072, 262144};
  static const unsigned kDepths[] = {1, 4, 8, 32};
  static const unsigned kQueues[] = {1, 2, 4, 16};
  static const char* const kMediaLatencies[] = {"1us", "10us", "50us"};
  const char* pattern = kPatterns[draw.below(std::size(kPatterns))];
  const uint64_t bs = kBlockSizes[draw.below(std::size(kBlockSizes))];
  // 8 to 40 I/Os, at most 1 MiB: a fraction of a second of wall time each.
  const uint64_t ios =
      std::min<uint64_t>(8 + draw.below(33), std::max<uint64_t>(1, (1u << 20) / bs));
  std::vector<std::string> args = {"--rw", pattern};
  if (std::string(pattern) == "randrw") {
    args.insert(args.end(), {"--rwmixread", std::to_string(10 + draw.below(81))});
  }
  args.insert(args.end(), {"--bs", std::to_string(bs), "--iodepth",
                           std::to_string(kDepths[draw.below(std::size(kDepths))]), "--queues",
                           std::to_string(kQueues[draw.below(std::size(kQueues))]), "--size",
                           std::to_string(bs * ios), "--media-latency",
                           kMediaLatencies[draw.below(std::size(kMediaLatencies))], "--seed",
                           std::to_string(seed), "--verify"});
  return args;
}

}  // namespace cli
