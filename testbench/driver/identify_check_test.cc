// SPDX-License-Identifier: Apache-2.0
// The Identify checks (identify_check.h): one test per rule, each with the exact verdict and
// message the scan and the bring-up will act on.

#include <gtest/gtest.h>

#include <vector>

#include "identify_check.h"

namespace driver_test {
namespace {

using nvme::ControllerReason;
using nvme::NamespaceReason;
using nvme::NsidPageOutcome;

// A namespace of `nsze` blocks formatted with LBA format `index` of `nlbaf` + 1 formats, each
// of 2^ds bytes.
nvme_id_ns make_ns(uint64_t nsze, uint64_t ncap, uint8_t nlbaf, uint8_t flbas, uint8_t ds) {
  nvme_id_ns ns{};
  ns.nsze = nsze;
  ns.ncap = ncap;
  ns.nuse = ncap;
  ns.nlbaf = nlbaf;
  ns.flbas = flbas;
  for (nvme_lbaf& format : ns.lbaf) format.ds = ds;
  return ns;
}

// ---- Identify Namespace ----------------------------------------------------------------------

TEST(IdentifyCheck, NamespaceWithValidFormatIsUsable) {
  nvme_id_ns ns = make_ns(0x200000, 0x100000, 1, 0x01, 9);
  ns.lbaf[1].ds = 12;
  const nvme::NamespaceCheck check = nvme::check_identify_namespace(ns);
  EXPECT_TRUE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kOk);
  EXPECT_EQ(check.why, "");
  EXPECT_EQ(check.blocks, 0x200000u) << "NSZE, not NCAP";
  EXPECT_EQ(check.block_bytes, 4096u);
  EXPECT_EQ(check.format_index, 1u);
}

TEST(IdentifyCheck, ZeroCapacityIsSkipped) {
  const nvme::NamespaceCheck check = nvme::check_identify_namespace(make_ns(0x1000, 0, 0, 0, 9));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kZeroCapacity);
  EXPECT_EQ(check.why, "NCAP is 0: the namespace is not allocated or not attached");
  EXPECT_EQ(check.blocks, 0u);
  EXPECT_EQ(check.block_bytes, 0u);
}

TEST(IdentifyCheck, CapacityAboveSizeIsSkipped) {
  nvme::NamespaceCheck check = nvme::check_identify_namespace(make_ns(0x10, 0x11, 0, 0, 9));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kCapacityAboveSize);
  EXPECT_EQ(check.why, "NCAP 0x11 is above NSZE 0x10");

  check = nvme::check_identify_namespace(make_ns(0, 1, 0, 0, 9));
  EXPECT_EQ(check.reason, NamespaceReason::kCapacityAboveSize) << "NSZE 0 with a capacity";
  EXPECT_EQ(check.why, "NCAP 0x1 is above NSZE 0x0");

  EXPECT_TRUE(nvme::check_identify_namespace(make_ns(0x10, 0x10, 0, 0, 9)).usable) << "equal";
}

TEST(IdentifyCheck, FormatIndexBeyondNlbafIsSkipped) {
  // NLBAF is 0's based: 0 means one format, so index 1 is beyond it.
  nvme::NamespaceCheck check = nvme::check_identify_namespace(make_ns(8, 8, 0, 0x01, 9));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kBadFormat);
  EXPECT_EQ(check.format_index, 1u);
  EXPECT_EQ(check.why, "FLBAS 0x01 selects LBA format 1, but NLBAF 0 allows formats 0-0");

  check = nvme::check_identify_namespace(make_ns(8, 8, 16, 0x2F, 9));
  EXPECT_EQ(check.reason, NamespaceReason::kBadFormat);
  EXPECT_EQ(check.format_index, 31u) << "bits 6:5 = 01 and 3:0 = 1111";
  EXPECT_EQ(check.why, "FLBAS 0x2f selects LBA format 31, but NLBAF 16 allows formats 0-16");

  EXPECT_TRUE(nvme::check_identify_namespace(make_ns(8, 8, 3, 0x03, 9)).usable) << "the last one";
}

TEST(IdentifyCheck, FlbasUpperBitsCountFromSeventeenFormats) {
  // 17 formats (NLBAF 16): bits 6:5 are bits 5:4 of the index, so 0x20 selects format 16.
  nvme_id_ns ns = make_ns(8, 8, 16, 0x20, 9);
  ns.lbaf[16].ds = 12;
  nvme::NamespaceCheck check = nvme::check_identify_namespace(ns);
  EXPECT_TRUE(check.usable);
  EXPECT_EQ(check.format_index, 16u);
  EXPECT_EQ(check.block_bytes, 4096u);

  // 16 formats or fewer (NLBAF 15): bits 6:5 are ignored, 0x21 selects format 1.
  ns = make_ns(8, 8, 15, 0x21, 9);
  ns.lbaf[1].ds = 12;
  check = nvme::check_identify_namespace(ns);
  EXPECT_TRUE(check.usable);
  EXPECT_EQ(check.format_index, 1u);
  EXPECT_EQ(check.block_bytes, 4096u);

  // 64 formats: 0x6F selects the last; bit 4 (extended metadata) and bit 7 are not index bits.
  ns = make_ns(8, 8, 63, 0x6F, 9);
  EXPECT_EQ(nvme::formatted_lba_index(ns), 63u);
  ns.flbas = 0x90 | 0x01;
  EXPECT_EQ(nvme::formatted_lba_index(ns), 1u);
}

TEST(IdentifyCheck, BlockSizeOutsideNineToSixteenIsSkipped) {
  nvme::NamespaceCheck check = nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 8));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kBadBlockSize);
  EXPECT_EQ(check.why,
            "LBA format 0 has LBADS 8; the driver supports 9 to 16 (512 B to 64 KiB blocks)");

  check = nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 17));
  EXPECT_EQ(check.reason, NamespaceReason::kBadBlockSize);
  EXPECT_EQ(check.why,
            "LBA format 0 has LBADS 17; the driver supports 9 to 16 (512 B to 64 KiB blocks)");

  check = nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 255));
  EXPECT_EQ(check.reason, NamespaceReason::kBadBlockSize) << "no shift by 255";

  check = nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 0));
  EXPECT_EQ(check.reason, NamespaceReason::kBadBlockSize);
  EXPECT_EQ(check.why, "LBA format 0 is not available (LBADS 0)");

  EXPECT_EQ(nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 9)).block_bytes, 512u);
  EXPECT_EQ(nvme::check_identify_namespace(make_ns(8, 8, 0, 0, 16)).block_bytes, 65536u);
}

TEST(IdentifyCheck, SizeBeyondSixtyFourBitsOfBytesIsSkipped) {
  const uint64_t most = UINT64_MAX >> 9;  // 2^55 - 1 blocks of 512 bytes
  nvme::NamespaceCheck check = nvme::check_identify_namespace(make_ns(most, most, 0, 0, 9));
  EXPECT_TRUE(check.usable);
  EXPECT_EQ(check.blocks, most);

  check = nvme::check_identify_namespace(make_ns(most + 1, 1, 0, 0, 9));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, NamespaceReason::kSizeTooLarge);
  EXPECT_EQ(check.why, "NSZE 0x80000000000000 blocks of 512 bytes do not fit in 64 bits of bytes");
}

TEST(IdentifyCheck, FirstBrokenRuleIsReported) {
  // Zero capacity, a bad format and a bad block size at once: capacity comes first.
  EXPECT_EQ(nvme::check_identify_namespace(make_ns(8, 0, 0, 0x05, 3)).reason,
            NamespaceReason::kZeroCapacity);
  EXPECT_EQ(nvme::check_identify_namespace(make_ns(8, 9, 0, 0x05, 3)).reason,
            NamespaceReason::kCapacityAboveSize);
  EXPECT_EQ(nvme::check_identify_namespace(make_ns(8, 8, 0, 0x05, 3)).reason,
            NamespaceReason::kBadFormat);
  EXPECT_STREQ(nvme::namespace_reason_name(NamespaceReason::kBadFormat), "bad LBA format");
}

// ---- Active Namespace ID list ----------------------------------------------------------------

struct Page {
  uint32_t entries[nvme::kActiveNsidListEntries] = {};
};

Page page_of(const std::vector<uint32_t>& nsids) {
  Page page;
  for (size_t i = 0; i < nsids.size() && i < nvme::kActiveNsidListEntries; ++i)
    page.entries[i] = nsids[i];
  return page;
}

Page full_page(uint32_t first) {
  Page page;
  for (uint32_t i = 0; i < nvme::kActiveNsidListEntries; ++i) page.entries[i] = first + i;
  return page;
}

TEST(IdentifyCheck, ListEndsAtTheFirstZero) {
  const nvme::NsidPageCheck check = nvme::check_active_nsid_page(page_of({1, 2, 5}).entries, 0, 10);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(check.nsids, (std::vector<uint32_t>{1, 2, 5}));
  EXPECT_EQ(check.skipped, std::vector<uint32_t>{});
  EXPECT_EQ(check.ignored_after_end, 0u);
  EXPECT_EQ(check.why, "");

  const nvme::NsidPageCheck empty = nvme::check_active_nsid_page(page_of({}).entries, 0, 10);
  EXPECT_EQ(empty.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(empty.nsids, std::vector<uint32_t>{});
}

TEST(IdentifyCheck, ListEntriesAfterTheZeroAreIgnored) {
  const nvme::NsidPageCheck check =
      nvme::check_active_nsid_page(page_of({1, 0, 7, 0, 1}).entries, 0, 10);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(check.nsids, std::vector<uint32_t>{1});
  EXPECT_EQ(check.ignored_after_end, 2u) << "neither read nor checked for order";
  EXPECT_EQ(check.why, "2 nonzero entries after the terminating zero ignored");
}

TEST(IdentifyCheck, FullListPageContinuesAfterItsLastEntry) {
  nvme::NsidPageCheck check = nvme::check_active_nsid_page(full_page(1).entries, 0, 4096);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kNextPage);
  EXPECT_EQ(check.nsids.size(), 1024u);
  EXPECT_EQ(check.next_prev, 1024u);

  // Even when the last entry is NN, as Linux (the next page comes back empty).
  check = nvme::check_active_nsid_page(full_page(1025).entries, 1024, 2048);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kNextPage);
  EXPECT_EQ(check.next_prev, 2048u);
}

TEST(IdentifyCheck, ListEntryNotAbovePrevStopsTheScan) {
  // A device that ignores the NSID of the command and sends the first page again.
  const nvme::NsidPageCheck check = nvme::check_active_nsid_page(full_page(1).entries, 1024, 4096);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kStop);
  EXPECT_EQ(check.nsids, std::vector<uint32_t>{});
  EXPECT_EQ(check.why, "entry 0: NSID 0x1 is not above 0x400, the NSID the page was asked after");
}

TEST(IdentifyCheck, DuplicateListEntryStopsTheScan) {
  const nvme::NsidPageCheck check =
      nvme::check_active_nsid_page(page_of({1, 2, 2, 3}).entries, 0, 10);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kStop);
  EXPECT_EQ(check.nsids, (std::vector<uint32_t>{1, 2})) << "the valid entries before it";
  EXPECT_EQ(check.why, "entry 2: NSID 0x2 does not follow 0x2 in ascending order");
}

TEST(IdentifyCheck, DescendingListEntryStopsTheScan) {
  const nvme::NsidPageCheck check =
      nvme::check_active_nsid_page(page_of({1, 5, 3, 6}).entries, 0, 10);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kStop);
  EXPECT_EQ(check.nsids, (std::vector<uint32_t>{1, 5}));
  EXPECT_EQ(check.why, "entry 2: NSID 0x3 does not follow 0x5 in ascending order");
}

TEST(IdentifyCheck, ListEntryAboveNnIsSkippedAndEndsTheList) {
  nvme::NsidPageCheck check = nvme::check_active_nsid_page(page_of({1, 2, 9, 10}).entries, 0, 4);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(check.nsids, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(check.skipped, (std::vector<uint32_t>{9, 10}));
  EXPECT_EQ(check.why, "2 NSID(s) above NN 4 skipped (first 0x9)");

  // A full page whose tail is above NN ends the list: nothing valid can follow.
  check = nvme::check_active_nsid_page(full_page(1).entries, 0, 1000);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(check.nsids.size(), 1000u);
  EXPECT_EQ(check.skipped.size(), 24u);

  // NN 0: no namespace can be listed.
  check = nvme::check_active_nsid_page(page_of({1}).entries, 0, 0);
  EXPECT_EQ(check.nsids, std::vector<uint32_t>{});
  EXPECT_EQ(check.skipped, std::vector<uint32_t>{1});
}

TEST(IdentifyCheck, BroadcastListEntryIsSkippedWhateverNn) {
  const nvme::NsidPageCheck check =
      nvme::check_active_nsid_page(page_of({1, 0xFFFFFFFF}).entries, 0, 0xFFFFFFFF);
  EXPECT_EQ(check.outcome, NsidPageOutcome::kEnd);
  EXPECT_EQ(check.nsids, std::vector<uint32_t>{1});
  EXPECT_EQ(check.skipped, std::vector<uint32_t>{0xFFFFFFFF});
}

// Follows the outcomes the way the scan does; returns the pages asked.
template <typename Device>
unsigned scan_list(Device device, uint32_t nn, std::vector<uint32_t>* listed,
                   NsidPageOutcome* last) {
  uint32_t prev = 0;
  for (unsigned pages = 1;; ++pages) {
    const Page page = device(prev);
    const nvme::NsidPageCheck check = nvme::check_active_nsid_page(page.entries, prev, nn);
    listed->insert(listed->end(), check.nsids.begin(), check.nsids.end());
    *last = check.outcome;
    if (check.outcome != NsidPageOutcome::kNextPage) return pages;
    prev = check.next_prev;
  }
}

TEST(IdentifyCheck, ListOfAnEndlessDeviceIsBoundedByNn) {
  // Every page full, NSIDs after prev without end: the scan stops once they pass NN.
  std::vector<uint32_t> listed;
  NsidPageOutcome last{};
  const unsigned pages =
      scan_list([](uint32_t prev) { return full_page(prev + 1); }, 4096, &listed, &last);
  EXPECT_EQ(pages, 5u);
  EXPECT_EQ(pages, nvme::max_active_list_pages(4096));
  EXPECT_EQ(last, NsidPageOutcome::kEnd);
  ASSERT_EQ(listed.size(), 4096u);
  EXPECT_EQ(listed.front(), 1u);
  EXPECT_EQ(listed.back(), 4096u);

  // A device that ignores prev: the second page stops the scan, nothing is listed twice.
  listed.clear();
  EXPECT_EQ(scan_list([](uint32_t) { return full_page(1); }, 4096, &listed, &last), 2u);
  EXPECT_EQ(last, NsidPageOutcome::kStop);
  EXPECT_EQ(listed.size(), 1024u);
}

// ---- Identify Controller ---------------------------------------------------------------------

nvme_id_ctrl make_ctrl(uint32_t nn, uint8_t cntrltype = NVME_CTRL_CNTRLTYPE_IO) {
  nvme_id_ctrl ctrl{};
  ctrl.nn = nn;
  ctrl.cntrltype = cntrltype;
  return ctrl;
}

TEST(IdentifyCheck, ControllerNnUpToTheMaximumIsAccepted) {
  for (uint32_t nn : {0u, 1u, 4096u, nvme::kMaxSupportedNn}) {
    const nvme::ControllerCheck check = nvme::check_identify_controller(make_ctrl(nn));
    EXPECT_TRUE(check.usable) << nn;
    EXPECT_EQ(check.reason, ControllerReason::kOk);
    EXPECT_EQ(check.nn, nn);
    EXPECT_EQ(check.why, "");
  }
}

TEST(IdentifyCheck, ControllerNnBroadcastIsRejected) {
  const nvme::ControllerCheck check = nvme::check_identify_controller(make_ctrl(0xFFFFFFFF));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, ControllerReason::kNnBroadcast);
  EXPECT_EQ(check.why, "NN is 0xffffffff, the broadcast NSID, not a namespace count");
}

TEST(IdentifyCheck, ControllerNnAboveTheMaximumIsRejected) {
  const nvme::ControllerCheck check = nvme::check_identify_controller(make_ctrl(65537));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, ControllerReason::kNnAboveMax);
  EXPECT_EQ(check.why, "NN 65537 is above the driver's maximum of 65536 namespaces");
  EXPECT_EQ(nvme::check_identify_controller(make_ctrl(0xFFFFFFFE)).reason,
            ControllerReason::kNnAboveMax);
}

TEST(IdentifyCheck, ControllerWithoutIoQueuesIsRejected) {
  nvme::ControllerCheck check =
      nvme::check_identify_controller(make_ctrl(4, NVME_CTRL_CNTRLTYPE_ADMIN));
  EXPECT_FALSE(check.usable);
  EXPECT_EQ(check.reason, ControllerReason::kNotIoController);
  EXPECT_EQ(check.why, "CNTRLTYPE 3 (administrative controller): no I/O queues or namespaces");
  check = nvme::check_identify_controller(make_ctrl(4, NVME_CTRL_CNTRLTYPE_DISCOVERY));
  EXPECT_EQ(check.why, "CNTRLTYPE 2 (discovery controller): no I/O queues or namespaces");
  // 0 (before NVMe 1.4, not reported) and reserved values are taken as I/O controllers.
  EXPECT_TRUE(nvme::check_identify_controller(make_ctrl(4, 0)).usable);
  EXPECT_TRUE(nvme::check_identify_controller(make_ctrl(4, 4)).usable);
}

}  // namespace
}  // namespace driver_test
