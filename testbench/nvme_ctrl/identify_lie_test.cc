// SPDX-License-Identifier: Apache-2.0
// Fault injection: Identify data that lies (namespace FLAGS bits 6:4, LIST_LIE at 0134h), set at
// run time over the simulation-control sideband. Every page is checked byte for byte.

#include <algorithm>
#include <string>

#include "nvme_test_util.h"
#include "sim_control.h"

namespace tb {
namespace {

namespace sim = sim_control;

void put_le64(std::vector<uint8_t>& b, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) b[at + i] = static_cast<uint8_t>(v >> (8 * i));
}
void put_be32(std::vector<uint8_t>& b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + i] = static_cast<uint8_t>(v >> (8 * (3 - i)));
}

// The Identify Namespace structure an honest controller reports, built from the specification's
// layout rather than from the RTL: NSZE, NCAP, NUSE, NLBAF, FLBAS, DLFEAT, NGUID, EUI64,
// LBAF0/1.
std::vector<uint8_t> honest_namespace(uint32_t nsid, uint64_t nsze, bool lba_4k,
                                      bool zero_capacity = false) {
  std::vector<uint8_t> b(4096, 0);
  put_le64(b, 0, nsze);
  put_le64(b, 8, zero_capacity ? 0 : nsze);   // NCAP
  put_le64(b, 16, zero_capacity ? 0 : nsze);  // NUSE
  b[25] = 1;                                  // NLBAF: two formats (0-based)
  b[26] = lba_4k ? 1 : 0;                     // FLBAS
  b[33] = 0x09;  // DLFEAT: deallocated blocks read as zeros, Write Zeroes may deallocate
  const uint8_t nguid[12] = {0x4E, 0x56, 0x43, 0x53, 0, 0, 0, 1, 0, 0, 0, 0};
  std::copy(nguid, nguid + 12, b.begin() + 104);
  put_be32(b, 116, nsid);
  const uint8_t eui64[4] = {0x00, 0x0A, 0x35, 0x4E};
  std::copy(eui64, eui64 + 4, b.begin() + 120);
  put_be32(b, 124, nsid);
  b[128 + 2] = 9;   // LBAF0: LBADS 9, 512 bytes
  b[132 + 2] = 12;  // LBAF1: LBADS 12, 4096 bytes
  return b;
}

// One namespace entry with any FLAGS value, lie bits included.
void set_namespace_flags(Device& d, uint32_t nsid, uint64_t blocks, uint32_t flags) {
  sim::add_namespaces(d.bench, {nsid}, blocks, [flags](uint32_t) { return flags; });
}

std::vector<uint8_t> identify_namespace(Device& d, uint32_t nsid) {
  d.bench.host_memory().fill(kData, 4096, 0xA5);  // nothing left over from an earlier read
  EXPECT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, nsid, kData)).ok()) << "NSID " << nsid;
  return d.bench.host_memory().read(kData, 4096);
}

// Where two Identify structures differ, as "byte N: got G, want W" lines.
std::string byte_diff(const std::vector<uint8_t>& got, const std::vector<uint8_t>& want) {
  std::string out;
  for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
    if (got[i] != want[i]) {
      out += "byte " + std::to_string(i) + ": got " + std::to_string(got[i]) + ", want " +
             std::to_string(want[i]) + "\n";
    }
  }
  return out;
}

constexpr uint64_t kNsze = 0x1'2345'6789;

TEST(IdentifyLie, NoLieKeepsNamespaceDataByteIdentical) {
  Device d;
  d.bring_up();
  set_namespace_flags(d, 3, kNsze, sim::kNsActive);
  set_namespace_flags(d, 4, kNsze, sim::kNsActive | sim::kNs4k | sim::ns_lie(sim::kNsLieNone));
  set_namespace_flags(d, 5, 1000, sim::kNsActive | sim::kNsZeroCapacity);
  EXPECT_EQ(byte_diff(identify_namespace(d, 3), honest_namespace(3, kNsze, false)), "");
  EXPECT_EQ(byte_diff(identify_namespace(d, 4), honest_namespace(4, kNsze, true)), "");
  EXPECT_EQ(byte_diff(identify_namespace(d, 5), honest_namespace(5, 1000, false, true)), "");
  // 5..7 are not lies: they read as 0 does.
  for (uint32_t lie = 5; lie <= 7; ++lie) {
    set_namespace_flags(d, 6, kNsze, sim::kNsActive | sim::kNs4k | sim::ns_lie(lie));
    EXPECT_EQ(byte_diff(identify_namespace(d, 6), honest_namespace(6, kNsze, true)), "")
        << "LIE " << lie;
  }
}

TEST(IdentifyLie, FlagsRegisterHoldsTheLieField) {
  Device d;
  d.bring_up();
  d.bench.sim_write(sim::kNsFlags, 0xFFFF'FFFF);
  EXPECT_EQ(d.bench.sim_read(sim::kNsFlags), 0x7Fu) << "bits 6:0 stored, the rest read 0";
  d.bench.sim_write(sim::kNsFlags, sim::kNsActive | sim::ns_lie(sim::kNsLieNcap));
  EXPECT_EQ(d.bench.sim_read(sim::kNsFlags), 0x41u);
  EXPECT_EQ(sim::ns_lie(sim::kNsLieLbadsLarge), 0x30u);
}

TEST(IdentifyLie, FlbasNamesAFormatBeyondNlbaf) {
  Device d;
  d.bring_up();
  for (const bool lba_4k : {false, true}) {
    set_namespace_flags(d, 7, kNsze,
                        sim::kNsActive | (lba_4k ? sim::kNs4k : 0) | sim::ns_lie(sim::kNsLieFlbas));
    std::vector<uint8_t> want = honest_namespace(7, kNsze, lba_4k);
    want[26] = 2;  // FLBAS = NLBAF + 1: format 2 of formats 0..1
    EXPECT_EQ(byte_diff(identify_namespace(d, 7), want), "") << "4 KiB " << lba_4k;
  }
}

TEST(IdentifyLie, LbadsBelowNineInTheFormatInUse) {
  Device d;
  d.bring_up();
  set_namespace_flags(d, 1, kNsze, sim::kNsActive | sim::ns_lie(sim::kNsLieLbadsSmall));
  std::vector<uint8_t> want = honest_namespace(1, kNsze, false);
  want[130] = 8;  // LBAF0 (FLBAS 0): 256 bytes
  EXPECT_EQ(byte_diff(identify_namespace(d, 1), want), "");

  set_namespace_flags(d, 2, kNsze,
                      sim::kNsActive | sim::kNs4k | sim::ns_lie(sim::kNsLieLbadsSmall));
  want = honest_namespace(2, kNsze, true);
  want[134] = 8;  // LBAF1 (FLBAS 1); LBAF0 stays 9
  EXPECT_EQ(byte_diff(identify_namespace(d, 2), want), "");
}

TEST(IdentifyLie, LbadsAboveSixteenInTheFormatInUse) {
  Device d;
  d.bring_up();
  set_namespace_flags(d, 1, kNsze, sim::kNsActive | sim::ns_lie(sim::kNsLieLbadsLarge));
  std::vector<uint8_t> want = honest_namespace(1, kNsze, false);
  want[130] = 17;  // LBAF0: 128 KiB
  EXPECT_EQ(byte_diff(identify_namespace(d, 1), want), "");

  set_namespace_flags(d, 2, kNsze,
                      sim::kNsActive | sim::kNs4k | sim::ns_lie(sim::kNsLieLbadsLarge));
  want = honest_namespace(2, kNsze, true);
  want[134] = 17;  // LBAF1
  EXPECT_EQ(byte_diff(identify_namespace(d, 2), want), "");
}

TEST(IdentifyLie, NcapAboveNsze) {
  Device d;
  d.bring_up();
  set_namespace_flags(d, 1, kNsze, sim::kNsActive | sim::ns_lie(sim::kNsLieNcap));
  std::vector<uint8_t> want = honest_namespace(1, kNsze, false);
  put_le64(want, 8, kNsze + 1);  // NCAP; NUSE stays NSZE (NUSE <= NCAP holds)
  EXPECT_EQ(byte_diff(identify_namespace(d, 1), want), "");

  // The carry crosses into NCAP's second DW.
  set_namespace_flags(d, 2, 0xFFFF'FFFF,
                      sim::kNsActive | sim::kNs4k | sim::ns_lie(sim::kNsLieNcap));
  want = honest_namespace(2, 0xFFFF'FFFF, true);
  put_le64(want, 8, 0x1'0000'0000);
  EXPECT_EQ(byte_diff(identify_namespace(d, 2), want), "");

  // With NCAP = 0 (FLAGS bit 2) too: the lie wins for NCAP, NUSE stays 0.
  set_namespace_flags(d, 3, 1000,
                      sim::kNsActive | sim::kNsZeroCapacity | sim::ns_lie(sim::kNsLieNcap));
  want = honest_namespace(3, 1000, false, true);
  put_le64(want, 8, 1001);
  EXPECT_EQ(byte_diff(identify_namespace(d, 3), want), "");
}

TEST(IdentifyLie, OnlyIdentifyNamespaceOfThatNsidLies) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({1, 2});
  std::vector<uint8_t> honest_desc[2];
  for (uint32_t nsid : {1u, 2u}) {
    ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, nsid, kData)).ok());
    honest_desc[nsid - 1] = d.bench.host_memory().read(kData, 4096);
  }
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  const std::vector<uint8_t> honest_ctrl = d.bench.host_memory().read(kData, 4096);

  for (uint32_t lie = 1; lie <= 4; ++lie) {
    SCOPED_TRACE("LIE " + std::to_string(lie));
    set_namespace_flags(d, 2, 0x20'0000, sim::kNsActive | sim::ns_lie(lie));
    EXPECT_EQ(byte_diff(identify_namespace(d, 1), honest_namespace(1, 0x20'0000, false)), "")
        << "another NSID";
    EXPECT_NE(byte_diff(identify_namespace(d, 2), honest_namespace(2, 0x20'0000, false)), "");
    ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, 2, kData)).ok());
    EXPECT_EQ(d.bench.host_memory().read(kData, 4096), honest_desc[1]) << "CNS 03h";
    ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
    EXPECT_EQ(d.bench.host_memory().read(kData, 4096), honest_ctrl) << "CNS 01h";
    ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 0, kData)).ok());
    EXPECT_EQ(d.data(kData, 3), (std::vector<uint32_t>{1, 2, 0})) << "CNS 02h";
  }
  // A lying NSID that is also set to fail fails: the lie never reaches the host.
  set_namespace_flags(d, 2, 0x20'0000,
                      sim::kNsActive | sim::kNsFailIdentify | sim::ns_lie(sim::kNsLieFlbas));
  const uint16_t internal_error = 0x06;
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 2, kData)).status, internal_error);
}

// ---- Active NSID list ----------------------------------------------------------------------

// One page of the active list after `prev`, all 1024 entries; the buffer is scrubbed first.
std::vector<uint32_t> active_page(Device& d, uint32_t prev) {
  d.bench.host_memory().fill(kData, 4096, 0xA5);
  EXPECT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, prev, kData)).ok())
      << "prev " << prev;
  return d.data(kData, 1024);
}

std::vector<uint32_t> page_of(std::vector<uint32_t> entries) {
  entries.resize(1024, 0);
  return entries;
}

// The page each lie gives, from the honest list of active NSIDs greater than prev (`honest`,
// ascending, any length): the definition tests hold the RTL to.
std::vector<uint32_t> lying_page(uint32_t lie, const std::vector<uint32_t>& honest) {
  std::vector<uint32_t> page;
  switch (lie) {
    case sim::kListLieUnsorted:  // the honest page, each pair swapped; an odd last stays
      page.assign(honest.begin(), honest.begin() + std::min<size_t>(honest.size(), 1024));
      for (size_t i = 0; i + 1 < page.size(); i += 2) std::swap(page[i], page[i + 1]);
      break;
    case sim::kListLieDuplicate:  // the first 512, each twice
      for (size_t i = 0; i < std::min<size_t>(honest.size(), 512); ++i) {
        page.push_back(honest[i]);
        page.push_back(honest[i]);
      }
      break;
    case sim::kListLieZero:  // the first 1023, with a zero after the first
      page.assign(honest.begin(), honest.begin() + std::min<size_t>(honest.size(), 1023));
      if (!page.empty()) page.insert(page.begin() + 1, 0);
      break;
    default:
      page.assign(honest.begin(), honest.begin() + std::min<size_t>(honest.size(), 1024));
  }
  return page_of(page);
}

std::vector<uint32_t> greater_than(const std::vector<uint32_t>& nsids, uint32_t prev) {
  std::vector<uint32_t> out;
  for (uint32_t nsid : nsids) {
    if (nsid > prev) out.push_back(nsid);
  }
  return out;
}

TEST(ListLie, RegisterResetsToZeroAndHoldsTwoBits) {
  Device d;
  EXPECT_EQ(d.bench.sim_read(sim::kListLie), sim::kListLieNone);
  d.bench.sim_write(sim::kListLie, sim::kListLieZero);
  EXPECT_EQ(d.bench.sim_read(sim::kListLie), sim::kListLieZero);
  d.bench.sim_write(sim::kListLie, 0xFFFF'FFFE);
  EXPECT_EQ(d.bench.sim_read(sim::kListLie), 2u) << "bits 1:0 stored";
}

TEST(ListLie, SparseSetGivesTheExactPage) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({2, 3, 5, 9});
  const struct {
    uint32_t lie;
    uint32_t prev;
    std::vector<uint32_t> want;
  } cases[] = {
      {sim::kListLieNone, 0, {2, 3, 5, 9}},
      {sim::kListLieUnsorted, 0, {3, 2, 9, 5}},
      {sim::kListLieDuplicate, 0, {2, 2, 3, 3, 5, 5, 9, 9}},
      {sim::kListLieZero, 0, {2, 0, 3, 5, 9}},
      // An odd count: the last NSID has no partner and comes last.
      {sim::kListLieUnsorted, 2, {5, 3, 9}},
      {sim::kListLieDuplicate, 3, {5, 5, 9, 9}},
      {sim::kListLieZero, 3, {5, 0, 9}},
      // One NSID left: the inserted zero is indistinguishable from the end of the list.
      {sim::kListLieZero, 5, {9}},
      {sim::kListLieUnsorted, 5, {9}},
      {sim::kListLieDuplicate, 5, {9, 9}},
      // Nothing left: every lie gives the empty list.
      {sim::kListLieUnsorted, 9, {}},
      {sim::kListLieDuplicate, 9, {}},
      {sim::kListLieZero, 9, {}},
      {sim::kListLieNone, 0, {2, 3, 5, 9}},  // and back to the truth
  };
  for (const auto& c : cases) {
    d.bench.sim_write(sim::kListLie, c.lie);
    EXPECT_EQ(active_page(d, c.prev), page_of(c.want)) << "LIE " << c.lie << " prev " << c.prev;
    EXPECT_EQ(lying_page(c.lie, greater_than({2, 3, 5, 9}, c.prev)), page_of(c.want))
        << "the model, LIE " << c.lie << " prev " << c.prev;
  }
}

TEST(ListLie, OtherIdentifyDataIsUnchanged) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({2, 3});
  d.bench.sim_write(sim::kListLie, sim::kListLieDuplicate);
  EXPECT_EQ(byte_diff(identify_namespace(d, 3), honest_namespace(3, 0x20'0000, false)), "");
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  EXPECT_EQ(d.data_dw(kData + 516), 4096u) << "NN";
}

// Paging as a host does, continuing from the last entry of a full page: each page is the lie
// applied to the honest page for its CDW1.NSID (lying_page). What "continue" gives per lie:
//   duplicates  512 NSIDs a page, each twice; the last entry is the 512th NSID, so the next page
//               starts at the 513th: nothing is lost or repeated across pages.
//   unsorted    the last entry is the smaller of the last pair (the 1023rd NSID), so the next
//               page lists the 1024th again, swapped with the 1025th.
//   zero        1023 NSIDs and the zero a page; the next page starts after the 1023rd, with its
//               own zero after its first entry.
TEST(ListLie, PagesContinueFromTheLastEntry) {
  Device d;
  d.bring_up();
  d.host.set_nn(8000);
  std::vector<uint32_t> nsids;
  for (uint32_t nsid = 7; nsids.size() < 1100; nsid += 5) nsids.push_back(nsid);
  d.host.set_namespaces(nsids);
  for (const uint32_t lie : {sim::kListLieUnsorted, sim::kListLieDuplicate, sim::kListLieZero}) {
    SCOPED_TRACE("LIE " + std::to_string(lie));
    d.bench.sim_write(sim::kListLie, lie);
    uint32_t prev = 0;
    std::vector<uint32_t> seen;
    for (int page = 0; page < 4; ++page) {
      const std::vector<uint32_t> got = active_page(d, prev);
      ASSERT_EQ(got, lying_page(lie, greater_than(nsids, prev))) << "page " << page;
      seen.insert(seen.end(), got.begin(), got.end());
      if (got.back() == 0) break;  // not full: the last page
      prev = got.back();
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    seen.erase(std::remove(seen.begin(), seen.end(), 0u), seen.end());
    EXPECT_EQ(seen, nsids) << "every active NSID listed, nothing else";
  }

  // The exact pages, spelled out for the first two.
  d.bench.sim_write(sim::kListLie, sim::kListLieDuplicate);
  std::vector<uint32_t> page = active_page(d, 0);
  EXPECT_EQ(page[0], nsids[0]);
  EXPECT_EQ(page[1], nsids[0]);
  EXPECT_EQ(page[1023], nsids[511]);
  page = active_page(d, nsids[511]);
  EXPECT_EQ(page[0], nsids[512]);
  EXPECT_EQ(page[1023], nsids[1023]);

  d.bench.sim_write(sim::kListLie, sim::kListLieUnsorted);
  page = active_page(d, 0);
  EXPECT_EQ(page[0], nsids[1]);
  EXPECT_EQ(page[1022], nsids[1023]);
  EXPECT_EQ(page[1023], nsids[1022]);
  page = active_page(d, nsids[1022]);
  EXPECT_EQ(page[0], nsids[1024]);
  EXPECT_EQ(page[1], nsids[1023]);

  d.bench.sim_write(sim::kListLie, sim::kListLieZero);
  page = active_page(d, 0);
  EXPECT_EQ(page[0], nsids[0]);
  EXPECT_EQ(page[1], 0u);
  EXPECT_EQ(page[2], nsids[1]);
  EXPECT_EQ(page[1023], nsids[1022]);
  page = active_page(d, nsids[1022]);
  EXPECT_EQ(page[0], nsids[1023]);
  EXPECT_EQ(page[1], 0u);
  EXPECT_EQ(page[2], nsids[1024]);
  EXPECT_EQ(page[1100 - 1023], nsids[1099]);
  EXPECT_EQ(page[1100 - 1023 + 1], 0u);
}

// A dense set fills a page in one scan without gaps, the fastest the scan runs; the page is
// split over PRP1 and PRP2 and the write path stalls at random.
TEST(ListLie, DensePagesUnderBackPressureAndPrp2) {
  DevHarnessOptions options;
  options.seed = 3;
  options.tx_ready_probability = 0.3;
  Device d(options);
  d.bring_up();
  std::vector<uint32_t> nsids;
  for (uint32_t nsid = 1; nsid <= 1500; ++nsid) nsids.push_back(nsid);
  d.host.set_namespaces(nsids);
  const uint64_t page1 = kData + 0x10000, page2 = kData + 0x30000;  // not adjacent
  for (const uint32_t lie :
       {sim::kListLieNone, sim::kListLieUnsorted, sim::kListLieDuplicate, sim::kListLieZero}) {
    for (const uint32_t prev : {0u, 700u}) {
      SCOPED_TRACE("LIE " + std::to_string(lie) + " prev " + std::to_string(prev));
      d.bench.sim_write(sim::kListLie, lie);
      d.bench.host_memory().fill(page1, 4096, 0xA5);
      d.bench.host_memory().fill(page2, 4096, 0xA5);
      ASSERT_TRUE(
          d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, prev, page1 + 0x400, page2)).ok());
      std::vector<uint32_t> got = d.data(page1 + 0x400, 768);
      const std::vector<uint32_t> rest = d.data(page2, 256);
      got.insert(got.end(), rest.begin(), rest.end());
      EXPECT_EQ(got, lying_page(lie, greater_than(nsids, prev)));
    }
  }
  EXPECT_TRUE(d.bench.rtl_assertion_cycles().empty());
}

}  // namespace
}  // namespace tb
