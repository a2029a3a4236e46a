// SPDX-License-Identifier: Apache-2.0
// Identify: controller, namespace, active NSID list paging, descriptors, PRP handling.

#include <set>
#include <string>

#include "nvme_test_util.h"

namespace tb {
namespace {

std::string text(const std::vector<uint8_t>& bytes, size_t offset, size_t len) {
  return std::string(bytes.begin() + offset, bytes.begin() + offset + len);
}

uint64_t le64(const std::vector<uint8_t>& b, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | b[at + i];
  return v;
}

TEST(Identify, ControllerFieldsALinuxHostReads) {
  Device d;
  d.bring_up();
  d.host.set_nn(5000);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  const std::vector<uint8_t> id = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(id[0] | id[1] << 8, 0x10EE) << "VID";
  EXPECT_EQ(text(id, 4, 20), "NVCS0000000000000001");
  EXPECT_EQ(text(id, 24, 40), "nvme-cosim RTL NVMe controller          ");
  EXPECT_EQ(text(id, 64, 8), "1.0     ");
  EXPECT_EQ(id[77], 5) << "MDTS";
  EXPECT_EQ(id[78] | id[79] << 8, 1) << "CNTLID";
  EXPECT_EQ(le64(id, 80) & 0xFFFF'FFFF, 0x0001'0400u) << "VER";
  EXPECT_TRUE(id[93] & 0x1) << "OAES: namespace attribute notices (bit 8)";
  EXPECT_EQ(id[111], 1) << "CNTRLTYPE: I/O controller";
  EXPECT_EQ(id[259], 3) << "AERL";
  EXPECT_EQ(id[512], 0x66) << "SQES";
  EXPECT_EQ(id[513], 0x44) << "CQES";
  EXPECT_EQ(le64(id, 516) & 0xFFFF'FFFF, 5000u) << "NN follows the configuration";
  EXPECT_EQ(text(id, 768, 33), "nqn.2026-11.org.nvme-cosim:ctrl-1");
  EXPECT_EQ(id[801], 0) << "SUBNQN is NUL terminated";
}

TEST(Identify, NamespaceReportsSizeFormatAndIds) {
  Device d;
  d.bring_up();
  d.host.set_namespace(7, 0x1'2345'6789, true, /*lba_4k=*/true);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 7, kData)).ok());
  const std::vector<uint8_t> ns = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(le64(ns, 0), 0x1'2345'6789u) << "NSZE";
  EXPECT_EQ(le64(ns, 8), 0x1'2345'6789u) << "NCAP";
  EXPECT_EQ(le64(ns, 16), 0x1'2345'6789u) << "NUSE";
  EXPECT_EQ(ns[25], 1) << "NLBAF: two formats";
  EXPECT_EQ(ns[26] & 0xF, 1) << "FLBAS: format 1";
  EXPECT_EQ(ns[128 + 2], 9) << "LBAF0: 512 bytes";
  EXPECT_EQ(ns[132 + 2], 12) << "LBAF1: 4096 bytes";
  EXPECT_NE(le64(ns, 120), 0u) << "EUI64";

  d.host.set_namespace(8, 1000, true, false, /*zero_capacity=*/true);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 8, kData)).ok());
  EXPECT_EQ(d.data_dw(kData), 1000u);
  EXPECT_EQ(d.data_dw(kData + 8), 0u) << "NCAP = 0";
}

TEST(Identify, FaultInjectionFailsOneNamespace) {
  Device d;
  d.bring_up();
  d.host.set_namespace(4, 100);
  d.host.set_namespace(5, 100, true, false, false, /*fail_identify=*/true);
  const uint16_t internal_error = 0x06;  // generic status, retry allowed (no DNR)
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 5, kData)).status, internal_error);
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, 5, kData)).status, internal_error);
  EXPECT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 4, kData)).ok()) << "others unaffected";
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 0, kData)).ok());
  EXPECT_EQ(d.data(kData, 3), (std::vector<uint32_t>{4, 5, 0})) << "still listed as active";
}

TEST(Identify, InactiveNamespaceReadsZeroFilled) {
  Device d;
  d.bring_up();
  d.bench.host_memory().fill(kData, 4096, 0xA5);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 3, kData)).ok());
  EXPECT_EQ(d.data(kData, 1024), std::vector<uint32_t>(1024, 0));
}

TEST(Identify, InvalidNamespaceIdsAreRejected) {
  Device d;
  d.bring_up();
  d.host.set_nn(100);
  d.host.set_namespace(5, 100);
  const struct {
    uint8_t cns;
    uint32_t nsid;
  } cases[] = {{0x00, 0},           {0x00, 101}, {0x00, 0xFFFF'FFFF}, {0x02, 0xFFFF'FFFE},
               {0x02, 0xFFFF'FFFF}, {0x03, 0},   {0x03, 6},           {0x03, 101}};
  for (const auto& c : cases) {
    NvmeCompletion cqe = d.run(identify_sqe(c.cns, c.nsid, kData));
    EXPECT_EQ(cqe.status, kInvalidNamespace) << "CNS " << int(c.cns) << " NSID " << c.nsid;
    EXPECT_TRUE(cqe.dnr());
  }
  EXPECT_EQ(d.run(identify_sqe(0x05, 5, kData)).status, kInvalidField) << "unsupported CNS";
  EXPECT_EQ(d.run(identify_sqe(0x03, 5, kData)).status, 0u);
}

// Reads the active list the way Linux pages through it.
std::vector<uint32_t> read_active_list(Device& d) {
  std::vector<uint32_t> all;
  uint32_t prev = 0;
  for (int page = 0; page < 16; ++page) {
    NvmeCompletion cqe = d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, prev, kData));
    EXPECT_TRUE(cqe.ok());
    std::vector<uint32_t> list = d.data(kData, 1024);
    size_t n = 0;
    while (n < list.size() && list[n] != 0) ++n;
    for (size_t i = n; i < list.size(); ++i) EXPECT_EQ(list[i], 0u) << "zero filled";
    all.insert(all.end(), list.begin(), list.begin() + n);
    if (n < 1024) break;
    prev = list.back();
  }
  return all;
}

TEST(Identify, ActiveListPagesAcrossSparseNamespaces) {
  Device d;
  d.bring_up();
  d.host.set_nn(6000);
  std::vector<uint32_t> nsids = {1, 10, 333};
  for (uint32_t nsid = 400; nsid <= 5400; nsid += 3) nsids.push_back(nsid);  // 1667 more
  d.host.set_namespaces(nsids);
  ASSERT_EQ(d.host.namespace_count(), nsids.size());
  EXPECT_EQ(read_active_list(d), nsids);

  // Continuation from any NSID lists only the larger ones.
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 10, kData)).ok());
  EXPECT_EQ(d.data_dw(kData), 333u);
  EXPECT_EQ(d.data_dw(kData + 4), 400u);
}

TEST(Identify, FourThousandNamespacesSpanFourPages) {
  Device d;
  d.bring_up();
  std::vector<uint32_t> nsids;
  for (uint32_t nsid = 1; nsid <= 4096; ++nsid) nsids.push_back(nsid);
  d.host.set_namespaces(nsids);
  EXPECT_EQ(read_active_list(d), nsids);
}

// The top of the namespace table, 5401..8192, with NN at its maximum 8192: a sparse run (odd
// NSIDs 5401..7167) and then every NSID 7169..8192, exactly one full list page ending at the
// maximum. Paging through the list returns them all; continuing from 7168 gives that page
// exactly; from 8191 only 8192; from 8192 (the last valid NSID) an empty, zero-filled page.
// Identify Namespace reports NSID 8192's own size, an inactive NSID in the range reads as zeros,
// and NSID 8193 is above NN.
TEST(Identify, NamespacesUpToTheMaximumNsid) {
  Device d;
  d.bring_up();
  d.host.set_nn(8192);
  std::vector<uint32_t> nsids;
  for (uint32_t nsid = 5401; nsid <= 7167; nsid += 2) nsids.push_back(nsid);  // 884
  std::vector<uint32_t> last_page;
  for (uint32_t nsid = 7169; nsid <= 8192; ++nsid) last_page.push_back(nsid);  // 1024
  nsids.insert(nsids.end(), last_page.begin(), last_page.end());
  d.host.set_namespaces(nsids);
  d.host.set_namespace(8192, 0x3'0000'2001, true, /*lba_4k=*/true);
  d.host.set_namespace(8191, 0x2000);
  ASSERT_EQ(d.host.namespace_count(), nsids.size());
  EXPECT_EQ(read_active_list(d), nsids);

  const auto page_after = [&d](uint32_t nsid) {
    d.bench.host_memory().fill(kData, 4096, 0xA5);
    EXPECT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, nsid, kData)).ok())
        << "from NSID " << nsid;
    return d.data(kData, 1024);
  };
  EXPECT_EQ(page_after(7168), last_page);
  std::vector<uint32_t> expected(1024, 0);
  expected[0] = 8192;
  EXPECT_EQ(page_after(8191), expected);
  EXPECT_EQ(page_after(8192), std::vector<uint32_t>(1024, 0));
  expected = std::vector<uint32_t>(nsids.begin() + 1, nsids.begin() + 1025);
  EXPECT_EQ(page_after(5401), expected) << "the sparse run, then the dense one";

  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 8192, kData)).ok());
  const std::vector<uint8_t> ns = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(le64(ns, 0), 0x3'0000'2001u) << "NSZE";
  EXPECT_EQ(le64(ns, 8), 0x3'0000'2001u) << "NCAP";
  EXPECT_EQ(ns[26] & 0xF, 1) << "FLBAS: 4 KiB";
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 8191, kData)).ok());
  const std::vector<uint8_t> below = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(le64(below, 0), 0x2000u) << "NSZE of 8191";
  EXPECT_EQ(below[26] & 0xF, 0) << "FLBAS: 512 B";
  d.bench.host_memory().fill(kData, 4096, 0xA5);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 7168, kData)).ok());
  EXPECT_EQ(d.data(kData, 1024), std::vector<uint32_t>(1024, 0)) << "inactive";
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 8193, kData)).status, kInvalidNamespace);
  EXPECT_EQ(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, 8192, kData)).status, 0u);
}

TEST(Identify, DescriptorsAreUniquePerNamespace) {
  Device d;
  d.bring_up();
  d.host.set_namespaces({1, 2, 77});
  std::set<std::vector<uint8_t>> seen;
  for (uint32_t nsid : {1u, 2u, 77u}) {
    ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, nsid, kData)).ok());
    std::vector<uint8_t> list = d.bench.host_memory().read(kData, 4096);
    size_t at = 0;
    std::vector<int> types;
    while (at + 4 <= list.size() && list[at + 1] != 0) {  // NIDL = 0 ends the list
      const int type = list[at], len = list[at + 1];
      types.push_back(type);
      std::vector<uint8_t> id(list.begin() + at + 4, list.begin() + at + 4 + len);
      EXPECT_TRUE(seen.insert(id).second) << "NSID " << nsid << " type " << type;
      EXPECT_EQ(len, type == 1 ? 8 : 16);
      at += 4 + len;
    }
    EXPECT_EQ(types, (std::vector<int>{1, 2, 3})) << "EUI64, NGUID, UUID";
  }
  // CNS 00h reports the same NGUID and EUI64 as the descriptors.
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS_DESC_LIST, 77, kData)).ok());
  std::vector<uint8_t> desc = d.bench.host_memory().read(kData, 64);
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_NS, 77, kData)).ok());
  std::vector<uint8_t> ns = d.bench.host_memory().read(kData, 4096);
  EXPECT_TRUE(std::equal(desc.begin() + 4, desc.begin() + 12, ns.begin() + 120)) << "EUI64";
  EXPECT_TRUE(std::equal(desc.begin() + 16, desc.begin() + 32, ns.begin() + 104)) << "NGUID";
}

TEST(Prp, OffsetInFirstPageSpillsIntoPrp2) {
  Device d;
  d.bring_up();
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  const std::vector<uint32_t> whole = d.data(kData, 1024);
  const uint64_t page1 = kData + 0x10000, page2 = kData + 0x30000;  // not adjacent
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, page1 + 0xC00, page2)).ok());
  std::vector<uint32_t> split = d.data(page1 + 0xC00, 256);
  std::vector<uint32_t> rest = d.data(page2, 768);
  split.insert(split.end(), rest.begin(), rest.end());
  EXPECT_EQ(split, whole);
  EXPECT_EQ(d.data_dw(page2 + 768 * 4), 0u) << "nothing past the structure";
}

TEST(Prp, MisalignedPointersAreRejected) {
  Device d;
  d.bring_up();
  EXPECT_EQ(d.run(identify_sqe(1, 0, kData + 2)).status, kPrpOffsetInvalid)
      << "PRP1 not DW aligned";
  EXPECT_EQ(d.run(identify_sqe(1, 0, kData + 0x800, kData + 0x2004)).status, kPrpOffsetInvalid)
      << "PRP2 not page aligned";
  EXPECT_EQ(d.run(identify_sqe(1, 0, kData, kData + 0x2004)).status, 0u)
      << "PRP2 unused when the data fits the first page";
}

}  // namespace
}  // namespace tb
