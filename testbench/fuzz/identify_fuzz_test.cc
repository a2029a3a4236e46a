// SPDX-License-Identifier: Apache-2.0
// Seeded fuzzing of the Identify checks (cpp-host/identify_check.h): random and edge-biased
// Identify Namespace and Identify Controller data, Active NSID list pages, and whole list scans
// against a device that answers each page at random.

#include <algorithm>
#include <cstring>
#include <set>

#include "fuzz_test_util.h"
#include "identify_check.h"
#include "properties.h"

namespace fuzz {
namespace {

constexpr uint64_t kCases = 2000;  // per seed

// Identify Namespace: fully random bytes now and then, else random fields biased to the edges
// the checks care about (0, NCAP around NSZE, NLBAF 15/16/63, LBADS 8/9/16/17, huge NSZE).
nvme_id_ns random_namespace(Rng& rng) {
  nvme_id_ns ns{};
  if (rng.one_in(8)) {
    auto* bytes = reinterpret_cast<uint8_t*>(&ns);
    for (size_t i = 0; i < sizeof ns; ++i) bytes[i] = rng.byte();
    return ns;
  }
  ns.nsze = rng.edgy(64);
  switch (rng.below(4)) {
    case 0:
      ns.ncap = ns.nsze;
      break;
    case 1:
      ns.ncap = ns.nsze + rng.below(3) - 1;
      break;
    case 2:
      ns.ncap = 0;
      break;
    default:
      ns.ncap = rng.edgy(64);
  }
  ns.nuse = rng.edgy(64);
  static const uint8_t kNlbaf[] = {0, 1, 3, 15, 16, 17, 31, 62, 63, 64, 255};
  ns.nlbaf = rng.one_in(4) ? rng.byte() : rng.pick(kNlbaf);
  ns.flbas = rng.byte();
  static const uint8_t kDs[] = {0, 1, 8, 9, 10, 12, 15, 16, 17, 31, 32, 63, 64, 255};
  for (nvme_lbaf& format : ns.lbaf) {
    format.ds = rng.one_in(3) ? rng.byte() : rng.pick(kDs);
    format.ms = static_cast<uint16_t>(rng.edgy(16));
  }
  return ns;
}

TEST(Identify, RandomNamespaceData) {
  std::set<nvme::NamespaceReason> reasons;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    const nvme_id_ns ns = random_namespace(rng);
    reasons.insert(nvme::check_identify_namespace(ns).reason);
    return failure(nonzero_bytes(&ns, sizeof ns), namespace_property(ns));
  });
  if (complete) {
    EXPECT_EQ(reasons.size(), 6u) << "the generator reaches every verdict";
  }
}

uint32_t random_nn(Rng& rng, bool any) {
  static const uint32_t kNn[] = {0, 1, 2, 1023, 1024, 1025, 4096, nvme::kMaxSupportedNn};
  if (!any)
    return rng.one_in(3) ? static_cast<uint32_t>(rng.below(nvme::kMaxSupportedNn + 1))
                         : rng.pick(kNn);
  static const uint32_t kHuge[] = {nvme::kMaxValidNsid, nvme::kBroadcastNsid};
  switch (rng.below(4)) {
    case 0:
      return rng.pick(kHuge);
    case 1:
      return rng.u32();
    default:
      return rng.pick(kNn);
  }
}

// A page as a device might answer the request after `prev`: mostly an ascending run after prev,
// with one kind of fault now and then (an early zero, a duplicate, a step back, an entry at or
// above NN, the broadcast value, garbage after the zero, a page that ignores prev, random words).
void random_page(Rng& rng, uint32_t prev, uint32_t nn, uint32_t (&page)[1024]) {
  std::memset(page, 0, sizeof page);
  if (rng.one_in(10)) {
    for (uint32_t& entry : page) entry = rng.one_in(2) ? rng.u32() : rng.u32() % 64;
    return;
  }
  const bool ignores_prev = rng.one_in(12);
  uint64_t nsid = ignores_prev ? 0 : prev;
  const size_t count = rng.one_in(3) ? 1024 : rng.below(1025);
  const uint64_t max_step = rng.one_in(2) ? 1 : 1 + rng.below(64);
  for (size_t i = 0; i < count; ++i) {
    nsid += 1 + rng.below(max_step);
    page[i] = static_cast<uint32_t>(nsid);  // may wrap past 2^32: then out of order
  }
  const size_t at = rng.below(1024);
  switch (rng.below(8)) {
    case 0:
      page[at] = 0;  // an early end
      break;
    case 1:
      if (at > 0) page[at] = page[at - 1];  // a duplicate
      break;
    case 2:
      if (at > 0) page[at] = page[at - 1] - static_cast<uint32_t>(rng.below(3));  // a step back
      break;
    case 3:
      page[at] = nn + static_cast<uint32_t>(rng.below(3));  // NN and around it
      break;
    case 4:
      page[at] = nvme::kBroadcastNsid;
      break;
    case 5:
      if (count < 1024) page[count + rng.below(1024 - count)] = rng.u32();  // after the zero
      break;
    default:
      break;  // a clean page
  }
}

TEST(Identify, RandomActiveListPages) {
  std::set<nvme::NsidPageOutcome> outcomes;
  bool skipped = false, ignored = false;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    uint32_t page[1024];
    const uint32_t nn = random_nn(rng, true);
    const uint32_t prev = rng.one_in(2) ? 0 : static_cast<uint32_t>(rng.edgy(32));
    random_page(rng, prev, nn, page);
    const nvme::NsidPageCheck check = nvme::check_active_nsid_page(page, prev, nn);
    outcomes.insert(check.outcome);
    skipped |= !check.skipped.empty();
    ignored |= check.ignored_after_end != 0;
    const std::vector<uint32_t> words(std::begin(page), std::end(page));
    return failure("prev " + std::to_string(prev) + " NN " + std::to_string(nn) + " page " +
                       hex_words(words, 24),
                   nsid_page_property(page, prev, nn));
  });
  if (complete) {
    EXPECT_EQ(outcomes.size(), 3u) << "end, next page and stop";
    EXPECT_TRUE(skipped) << "entries above NN";
    EXPECT_TRUE(ignored) << "entries after the zero";
  }
}

TEST(Identify, HostileListDeviceScanIsBounded) {
  uint64_t most_pages = 0;
  const bool complete = run_cases(kCases / 4, [&](Rng& rng) {
    const uint32_t nn = random_nn(rng, false);  // NN the controller check lets through
    std::string asked;                          // the NSIDs each page was asked after
    const uint64_t device_seed = rng.next();
    uint64_t page_index = 0;
    const std::string problem = nsid_list_scan_property(
        [&](uint32_t prev, uint32_t(&page)[1024]) {
          Rng page_rng = case_rng(device_seed, page_index++);
          random_page(page_rng, prev, nn, page);
          if (asked.size() < 200) asked += " " + std::to_string(prev);
        },
        nn);
    most_pages = std::max(most_pages, page_index);
    return failure("NN " + std::to_string(nn) + ", pages asked after" + asked, problem);
  });
  if (complete) {
    EXPECT_GE(most_pages, 3u) << "some scans run over several pages";
  }
}

TEST(Identify, RandomControllerData) {
  std::set<nvme::ControllerReason> reasons;
  const bool complete = run_cases(kCases, [&](Rng& rng) {
    nvme_id_ctrl ctrl{};
    if (rng.one_in(4)) {
      auto* bytes = reinterpret_cast<uint8_t*>(&ctrl);
      for (size_t i = 0; i < sizeof ctrl; ++i) bytes[i] = rng.byte();
    } else {
      ctrl.nn = random_nn(rng, true);
      ctrl.cntrltype = static_cast<uint8_t>(rng.below(6));
    }
    reasons.insert(nvme::check_identify_controller(ctrl).reason);
    return failure(nonzero_bytes(&ctrl, sizeof ctrl), controller_property(ctrl));
  });
  if (complete) {
    EXPECT_EQ(reasons.size(), 4u) << "the generator reaches every verdict";
  }
}

}  // namespace
}  // namespace fuzz
