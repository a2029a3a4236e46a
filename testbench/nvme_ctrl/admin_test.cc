// SPDX-License-Identifier: Apache-2.0
// Admin commands other than Identify: features, I/O queue management, log pages, asynchronous
// events, and the status codes for invalid commands.

#include <vector>

#include "nvme_test_util.h"

namespace tb {
namespace {

TEST(Features, NumberOfQueuesIsGrantedOnceBeforeQueuesExist) {
  Device d;
  d.bring_up();
  NvmeCompletion set = d.run(set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, 0x0003'0040));
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set.dw0, 0x0003'000Fu) << "4 CQs asked, 65 SQs asked: 16 granted at most";
  NvmeCompletion get = d.run(get_features_sqe(NVME_FEAT_FID_NUM_QUEUES));
  EXPECT_EQ(get.dw0, 0x0003'000Fu);
  EXPECT_EQ(d.run(set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, 0xFFFF'0000)).status, kInvalidField);

  ASSERT_TRUE(d.run(create_io_cq_sqe(1, 16, kData, 0, true)).ok());
  EXPECT_EQ(d.run(set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, 0)).status, kCmdSequenceError);
}

TEST(Features, StoredValuesDefaultsAndCapabilities) {
  Device d;
  d.bring_up();
  ASSERT_TRUE(d.run(set_features_sqe(NVME_FEAT_FID_ASYNC_EVENT, 0x100)).ok());
  EXPECT_EQ(d.run(get_features_sqe(NVME_FEAT_FID_ASYNC_EVENT)).dw0, 0x100u);
  ASSERT_TRUE(d.run(set_features_sqe(NVME_FEAT_FID_TEMP_THRESH, 0x0160)).ok());
  const auto temp_threshold = [&d](nvme_get_features_sel sel) {
    return d.run(get_features_sqe(NVME_FEAT_FID_TEMP_THRESH, 0, sel)).dw0;
  };
  EXPECT_EQ(temp_threshold(NVME_GET_FEATURES_SEL_CURRENT), 0x0160u);
  EXPECT_EQ(temp_threshold(NVME_GET_FEATURES_SEL_DEFAULT), 0x0157u);
  EXPECT_EQ(temp_threshold(NVME_GET_FEATURES_SEL_SUPPORTED), 0x4u) << "changeable";
  EXPECT_EQ(d.run(set_features_sqe(NVME_FEAT_FID_ARBITRATION, 1, /*save=*/true)).status,
            kNotSaveable);
  EXPECT_EQ(d.run(get_features_sqe(0x0C)).status, kInvalidField) << "APST: not supported";
  EXPECT_EQ(d.run(set_features_sqe(0x80, 0)).status, kInvalidField);
}

// Every stored feature: Set stores the value until a controller reset; Get with SEL 00b reports
// it, SEL 01b and SEL 10b the default (nothing is saveable, so the saved value is the default, as
// NVMe prescribes for a feature that was never saved), SEL 11b the capabilities: changeable
// only (bit 2), neither saveable (bit 0) nor namespace specific (bit 1). Set with SV fails with
// Feature Identifier Not Saveable and changes nothing. Identify Controller ONCS bit 4 (Save and
// Select field support) reads 0, as the docs' ONCS = 000Ch has it. Defaults come from the
// controller's documentation: 04h 0157h (343 K), 06h 1 (write cache enabled from reset), the
// others 0.
TEST(Features, SavedSelectReportsTheDefaultAndSaveIsRefused) {
  struct Feature {
    uint8_t fid;
    uint32_t set;       // value written
    uint32_t stored;    // what Get current reports after it
    uint32_t fallback;  // the default
  };
  const Feature features[] = {
      {NVME_FEAT_FID_ARBITRATION, 0x0302'0103, 0x0302'0103, 0},
      {NVME_FEAT_FID_POWER_MGMT, 0x0000'0001, 0x0000'0001, 0},
      {NVME_FEAT_FID_TEMP_THRESH, 0x0000'0160, 0x0000'0160, 0x0157},
      {NVME_FEAT_FID_ERR_RECOVERY, 0x0000'0064, 0x0000'0064, 0},
      {NVME_FEAT_FID_VOLATILE_WC, 0x0000'0000, 0x0000'0000, 1},
      {NVME_FEAT_FID_IRQ_COALESCE, 0x0000'0A05, 0x0000'0A05, 0},
      {NVME_FEAT_FID_WRITE_ATOMIC, 0x0000'0001, 0x0000'0001, 0},
      {NVME_FEAT_FID_ASYNC_EVENT, 0x0000'0100, 0x0000'0100, 0},
  };
  Device d;
  d.bring_up();
  ASSERT_TRUE(d.run(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, kData)).ok());
  const std::vector<uint8_t> id = d.bench.host_memory().read(kData, 4096);
  EXPECT_EQ(id[520] | id[521] << 8, 0x000C) << "ONCS: no Save/Select support (bit 4 clear)";

  const auto get = [&d](uint8_t fid, nvme_get_features_sel sel) {
    const NvmeCompletion cqe = d.run(get_features_sqe(fid, 0, sel));
    EXPECT_TRUE(cqe.ok()) << "Get Features " << int(fid) << " SEL " << int(sel);
    return cqe.dw0;
  };
  for (const Feature& f : features) {
    SCOPED_TRACE(testing::Message() << "FID " << std::hex << int(f.fid));
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_CURRENT), f.fallback) << "from reset";
    EXPECT_EQ(d.run(set_features_sqe(f.fid, f.set, /*save=*/true)).status, kNotSaveable);
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_CURRENT), f.fallback)
        << "a refused Set stores nothing";
    ASSERT_TRUE(d.run(set_features_sqe(f.fid, f.set)).ok());
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_CURRENT), f.stored);
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_DEFAULT), f.fallback);
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_SAVED), f.fallback);
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_SUPPORTED), 0x4u);
  }
  // Number of Queues: 16 of each by default; saved reports that default too.
  EXPECT_EQ(get(NVME_FEAT_FID_NUM_QUEUES, NVME_GET_FEATURES_SEL_SAVED), 0x000F'000Fu);
  ASSERT_TRUE(d.run(set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, 0x0001'0002)).ok());
  EXPECT_EQ(get(NVME_FEAT_FID_NUM_QUEUES, NVME_GET_FEATURES_SEL_CURRENT), 0x0001'0002u);
  EXPECT_EQ(get(NVME_FEAT_FID_NUM_QUEUES, NVME_GET_FEATURES_SEL_SAVED), 0x000F'000Fu);

  // A controller reset: nothing was saved, so every feature is back at its default.
  ASSERT_TRUE(d.host.disable());
  ASSERT_TRUE(d.host.setup_admin_queue(32, 32, kAsq, kAcq));
  ASSERT_TRUE(d.host.enable());
  for (const Feature& f : features) {
    EXPECT_EQ(get(f.fid, NVME_GET_FEATURES_SEL_CURRENT), f.fallback)
        << "FID " << std::hex << int(f.fid) << " after the reset";
  }
  EXPECT_EQ(get(NVME_FEAT_FID_NUM_QUEUES, NVME_GET_FEATURES_SEL_CURRENT), 0x000F'000Fu);
}

TEST(Queues, CreateAndDeleteFollowTheSpecificationChecks) {
  Device d;
  d.bring_up();
  const uint64_t cq = kData, sq = kData + 0x10000;
  EXPECT_EQ(d.run(create_io_cq_sqe(0, 16, cq, 0, true)).status, kInvalidQueueId) << "QID 0";
  EXPECT_EQ(d.run(create_io_cq_sqe(17, 16, cq, 0, true)).status, kInvalidQueueId) << "QID > max";
  EXPECT_EQ(d.run(create_io_cq_sqe(1, 1, cq, 0, true)).status, kInvalidQueueSize) << "size 1";
  EXPECT_EQ(d.run(create_io_cq_sqe(1, 1025, cq, 0, true)).status, kInvalidQueueSize)
      << "above MQES";
  // 32 MSI-X vectors: 0..31
  EXPECT_EQ(d.run(create_io_cq_sqe(1, 16, cq, 32, true)).status, kInvalidVector);
  EXPECT_EQ(d.run(create_io_cq_sqe(1, 16, cq + 0x100, 0, true)).status, kPrpOffsetInvalid);
  Sqe not_contiguous = create_io_cq_sqe(1, 16, cq, 0, true);
  not_contiguous.cdw11 &= ~1u;
  EXPECT_EQ(d.run(not_contiguous).status, kInvalidField) << "CAP.CQR";

  EXPECT_EQ(d.run(create_io_sq_sqe(1, 16, sq, 1)).status, kCqInvalid) << "CQ 1 does not exist";
  ASSERT_TRUE(d.run(create_io_cq_sqe(1, 16, cq, 0, true)).ok());
  EXPECT_EQ(d.run(create_io_cq_sqe(1, 16, cq, 0, true)).status, kInvalidQueueId) << "in use";
  ASSERT_TRUE(d.run(create_io_sq_sqe(1, 16, sq, 1)).ok());
  EXPECT_EQ(d.run(create_io_sq_sqe(1, 16, sq, 1)).status, kInvalidQueueId) << "in use";

  EXPECT_EQ(d.run(delete_io_cq_sqe(1)).status, kInvalidQueueDeletion) << "SQ 1 still uses it";
  EXPECT_EQ(d.run(delete_io_sq_sqe(2)).status, kInvalidQueueId);
  ASSERT_TRUE(d.run(delete_io_sq_sqe(1)).ok());
  ASSERT_TRUE(d.run(delete_io_cq_sqe(1)).ok());
  EXPECT_EQ(d.run(delete_io_cq_sqe(1)).status, kInvalidQueueId) << "already deleted";
}

TEST(LogPage, SmartErrorAndInvalidRequests) {
  Device d;
  d.bring_up();
  d.bench.host_memory().fill(kData, 4096, 0xEE);
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_SMART, 512, kData)).ok());
  const std::vector<uint8_t> smart = d.bench.host_memory().read(kData, 513);
  EXPECT_EQ(smart[1] | smart[2] << 8, 308) << "composite temperature in kelvin";
  EXPECT_EQ(smart[3], 100) << "available spare";
  EXPECT_EQ(smart[4], 10) << "spare threshold";
  EXPECT_EQ(smart[512], 0xEE) << "only the requested bytes are written";

  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_ERROR, 64, kData)).ok());
  EXPECT_EQ(d.data(kData, 16), std::vector<uint32_t>(16, 0)) << "no errors recorded";

  EXPECT_EQ(d.run(get_log_page_sqe(0x03, 512, kData)).status, kInvalidLogPage);
  EXPECT_EQ(d.run(get_log_page_sqe(NVME_LOG_LID_SMART, 8192, kData, kData + 4096)).status,
            kInvalidField)
      << "longer than one page";
  EXPECT_EQ(d.run(get_log_page_sqe(NVME_LOG_LID_SMART, 4, kData, 0, 512)).status, kInvalidField)
      << "offset beyond the log";
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_SMART, 4, kData, 0, 4)).ok());
  EXPECT_EQ(d.data_dw(kData), 10u) << "offset 4 starts at the spare threshold";
}

bool completed(Device& d, uint16_t cid) {
  for (const NvmeCompletion& c : d.host.completions()) {
    if (c.cid == cid) return true;
  }
  return false;
}

TEST(AsyncEvents, RequestIsHeldUntilANamespaceChanges) {
  Device d;
  d.bring_up();
  ASSERT_TRUE(d.run(set_features_sqe(NVME_FEAT_FID_ASYNC_EVENT, 0x100)).ok());
  const uint16_t aer = d.host.async_event_request();
  d.bench.idle(3000);
  EXPECT_FALSE(completed(d, aer)) << "held while nothing happens";
  // Other commands keep completing around it.
  EXPECT_TRUE(d.run(identify_sqe(1, 0, kData)).ok());

  d.host.set_namespace(9, 100);
  d.host.raise_namespace_changed(9);
  std::optional<NvmeCompletion> event = d.host.wait_completion(aer);
  ASSERT_TRUE(event);
  EXPECT_TRUE(event->ok());
  EXPECT_EQ(event->dw0 & 0x7, 2u) << "notice";
  EXPECT_EQ((event->dw0 >> 8) & 0xFF, 0u) << "namespace attribute changed";
  EXPECT_EQ((event->dw0 >> 16) & 0xFF, 4u) << "log page 04h";

  // Masked until the host reads the Changed Namespace List.
  const uint16_t second = d.host.async_event_request();
  d.host.raise_namespace_changed(10);
  d.bench.idle(2000);
  EXPECT_FALSE(completed(d, second)) << "masked until the log is read";
  d.bench.host_memory().fill(kData, 16, 0xEE);
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, kData)).ok());
  EXPECT_EQ(d.data(kData, 3), (std::vector<uint32_t>{9, 10, 0}));
  // Reading it (RAE clear) re-arms the notice; the pending change comes through.
  d.host.raise_namespace_changed(11);
  ASSERT_TRUE(d.host.wait_completion(second));
}

// The Changed Namespace List holds up to 1024 NSIDs, in the order they changed; after more than
// 1024 changes it is FFFFFFFFh followed by zeros (NVMe, log 04h), whatever part of it is read.
// Reading it without RAE empties it: the next change starts a fresh list.
TEST(LogPage, ChangedNamespaceListOverflowsAfter1024) {
  Device d;
  d.bring_up();
  std::vector<uint32_t> changed;
  for (uint32_t i = 0; i < 1024; ++i) changed.push_back(7 + 3 * i);  // distinct, not 1..1024
  for (const uint32_t nsid : changed) d.host.raise_namespace_changed(nsid);
  d.bench.host_memory().fill(kData, 4096, 0xEE);
  ASSERT_TRUE(
      d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, kData, 0, 0, /*rae=*/true)).ok());
  EXPECT_EQ(d.data(kData, 1024), changed) << "exactly 1024: a full list, no overflow";

  d.host.raise_namespace_changed(5);  // the 1025th
  d.bench.host_memory().fill(kData, 4096, 0xEE);
  ASSERT_TRUE(
      d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, kData, 0, 0, /*rae=*/true)).ok());
  std::vector<uint32_t> overflow(1024, 0);
  overflow[0] = 0xFFFF'FFFF;
  EXPECT_EQ(d.data(kData, 1024), overflow);
  // More changes keep it overflowed; a read from an offset sees the zeros after the marker.
  d.host.raise_namespace_changed(6);
  d.bench.host_memory().fill(kData, 4096, 0xEE);
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 64, kData, 0, 4, /*rae=*/true)).ok());
  EXPECT_EQ(d.data(kData, 16), std::vector<uint32_t>(16, 0));
  EXPECT_EQ(d.data_dw(kData + 64), 0xEEEE'EEEEu) << "only the requested bytes";
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 8, kData)).ok());  // RAE clear
  EXPECT_EQ(d.data(kData, 2), (std::vector<uint32_t>{0xFFFF'FFFF, 0}));

  // Read without RAE: emptied, then one change is a list of one.
  d.host.raise_namespace_changed(42);
  d.bench.host_memory().fill(kData, 4096, 0xEE);
  ASSERT_TRUE(d.run(get_log_page_sqe(NVME_LOG_LID_CHANGED_NS, 4096, kData)).ok());
  std::vector<uint32_t> one(1024, 0);
  one[0] = 42;
  EXPECT_EQ(d.data(kData, 1024), one);
}

TEST(AsyncEvents, FifthRequestExceedsTheLimit) {
  Device d;
  d.bring_up();
  for (int i = 0; i < 4; ++i) d.host.async_event_request();
  NvmeCompletion fifth = d.run(async_event_request_sqe());
  EXPECT_EQ(fifth.status, kAerLimitExceeded);
  EXPECT_EQ(d.host.completions().size(), 1u) << "the four within AERL + 1 are never failed";
}

TEST(Commands, InvalidOpcodeAndUnsupportedForms) {
  Device d;
  d.bring_up();
  EXPECT_EQ(d.run(make_sqe(0x18)).status, kInvalidOpcode) << "Keep Alive";
  EXPECT_EQ(d.run(make_sqe(0x80)).status, kInvalidOpcode) << "Format NVM";
  EXPECT_EQ(d.run(make_sqe(0xC1)).status, kInvalidOpcode) << "vendor specific";
  Sqe fused = identify_sqe(1, 0, kData);
  fused.flags = 0x1;
  EXPECT_EQ(d.run(fused).status, kInvalidField) << "fused";
  Sqe sgl = identify_sqe(1, 0, kData);
  sgl.flags = 0x40;
  EXPECT_EQ(d.run(sgl).status, kInvalidField) << "PSDT: SGL";
}

}  // namespace
}  // namespace tb
