// SPDX-License-Identifier: Apache-2.0
// The spec layer's logic-free helpers (nvme_spec.h): PRP2, status names, command descriptions.

#include <gtest/gtest.h>

#include <stdexcept>

#include "nvme_spec.h"

namespace driver_test {
namespace {

TEST(Spec, Prp2OnlyWhenTheTransferCrossesOnePage) {
  EXPECT_EQ(nvme::prp2_for(0x1000, 4096), 0u) << "one whole page";
  EXPECT_EQ(nvme::prp2_for(0x1800, 2048), 0u) << "ends at the boundary";
  EXPECT_EQ(nvme::prp2_for(0x1800, 4096), 0x2000u);
  EXPECT_EQ(nvme::prp2_for(0x1FFF, 2), 0x2000u);
  EXPECT_EQ(nvme::prp2_for(0x1000, 0), 0u);
  EXPECT_THROW(nvme::prp2_for(0x1800, 8192), std::invalid_argument) << "needs a PRP list";
}

TEST(Spec, StatusNamesReadLikeAProtocolAnalyzer) {
  EXPECT_EQ(nvme::status_name(0), "SUCCESS");
  EXPECT_EQ(nvme::status_name(nvme::make_status(NVME_SCT_GENERIC, NVME_SC_INVALID_FIELD, true)),
            "Invalid Field in Command (SCT 0h SC 02h, DNR)");
  EXPECT_EQ(nvme::status_name(nvme::make_status(NVME_SCT_CMD_SPECIFIC, NVME_SC_QID_INVALID)),
            "Invalid Queue Identifier (SCT 1h SC 01h)");
  EXPECT_EQ(nvme::status_name(nvme::make_status(NVME_SCT_MEDIA, 0x90)), "SCT 2h SC 90h");
  EXPECT_EQ(nvme::status_name(nvme::kStatusHostTimeout), "host: timed out");
  EXPECT_FALSE(nvme::is_host_status(nvme::make_status(7, 0xFF, true)));
}

TEST(Spec, DescribeNamesOpcodeAndFields) {
  nvme::Sqe list = nvme::identify_sqe(NVME_IDENTIFY_CNS_NS_ACTIVE_LIST, 0x400, 0x1'0000'2000);
  list.cid = 3;
  EXPECT_EQ(nvme::describe(list),
            "Identify cid 3 nsid 0x400 CNS 02h (Active Namespace ID List) prp1 0x100002000");
  EXPECT_EQ(nvme::describe(nvme::set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, 0x0003'0003)),
            "Set Features cid 0 FID 07h (Number of Queues) cdw11 0x30003");
  EXPECT_EQ(nvme::describe(nvme::create_io_cq_sqe(1, 64, 0x1000, 1)),
            "Create I/O CQ cid 0 qid 1 size 64 cdw11 0x10003 prp1 0x1000");
}

}  // namespace
}  // namespace driver_test
