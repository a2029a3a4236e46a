// SPDX-License-Identifier: Apache-2.0
// The NVM command set on the raw controller: Read, Write, Flush, Write Zeroes and Dataset
// Management through I/O queues, PRP1/PRP2/PRP lists, the media port and its store, and the
// statuses the specification prescribes. Expected data comes from the test's own pattern and
// its own model of the media (a byte map), never from the device.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "data_pattern.h"
#include "media_store.h"
#include "nvme_test_util.h"
#include "pci_config.h"

namespace tb {
namespace {

constexpr uint16_t kLbaOutOfRange = status(0, 0x80);
constexpr uint16_t kDataTransferError = 0x0004;  // SCT 0, SC 04h, no DNR

constexpr uint64_t kIoCqBase = 0x3000'0000;  // CQ q at kIoCqBase + q * 64 KiB
constexpr uint64_t kIoSqBase = 0x3100'0000;
constexpr uint64_t kBuffers = 0x4000'0000;  // data pages
constexpr uint64_t kLists = 0x5000'0000;    // PRP lists and DSM ranges
constexpr uint32_t kNsBlocks = 0x10'0000;   // 512 MiB of 512-byte blocks
constexpr uint64_t kPage = 4096;

uint64_t cq_addr(uint16_t qid) { return kIoCqBase + uint64_t{qid} * 0x1'0000; }
uint64_t sq_addr(uint16_t qid) { return kIoSqBase + uint64_t{qid} * 0x1'0000; }

// A transfer's pages in host memory and the PRP1/PRP2 that describe them. The pages need not be
// contiguous: page i of the data is at `page(i)`; PRP1 carries `offset`.
struct Transfer {
  uint64_t prp1 = 0;
  uint64_t prp2 = 0;
  std::vector<uint64_t> pages;  // host address of each page's first data byte
  uint32_t offset = 0;
  uint32_t bytes = 0;

  // Host address of data byte i.
  uint64_t host_addr(uint32_t i) const {
    const uint64_t pos = uint64_t{offset} + i;
    return (pages[pos / kPage] & ~(kPage - 1)) + pos % kPage;
  }
};

// Builds the PRPs of `bytes` starting `offset` into the first page. Data pages are scattered
// (every other page from `data`); a PRP list goes at `list` (which may start anywhere in its
// page, DW aligned): when it does not fit before the page end, the last entry chains to the
// next page, as the specification describes.
Transfer make_transfer(common::SparseMemory& memory, uint64_t data, uint32_t offset, uint32_t bytes,
                       uint64_t list) {
  Transfer t;
  t.offset = offset;
  t.bytes = bytes;
  const uint32_t page_count = (offset + bytes + kPage - 1) / kPage;
  for (uint32_t i = 0; i < page_count; ++i) t.pages.push_back(data + 2 * i * kPage);
  t.prp1 = t.pages[0] + offset;
  if (page_count == 2) t.prp2 = t.pages[1];
  if (page_count > 2) {
    t.prp2 = list;
    uint64_t slot = list;
    for (uint32_t i = 1; i < page_count; ++i) {
      const bool last_slot_of_page = (slot % kPage) == kPage - 8;
      if (last_slot_of_page && i < page_count - 1) {
        const uint64_t next = (slot & ~(kPage - 1)) + 3 * kPage;  // a page further on
        memory.write64(slot, next);
        slot = next;
      }
      memory.write64(slot, t.pages[i]);
      slot += 8;
    }
  }
  return t;
}

class Io : public ::testing::Test {
 protected:
  void SetUp() override { start(DevHarnessOptions()); }

  void start(const DevHarnessOptions& options, unsigned queues = 1, uint16_t entries = 32) {
    d_ = std::make_unique<Device>(options);
    ASSERT_NO_FATAL_FAILURE(bring_up(queues, entries));
  }

  void bring_up(unsigned queues, uint16_t entries) {
    ASSERT_TRUE(host().init_pcie(NvmeHost::kDefaultBar0, queues + 1));
    ASSERT_TRUE(host().setup_admin_queue(32, 32, kAsq, kAcq));
    ASSERT_TRUE(host().enable());
    host().set_namespace(1, kNsBlocks);
    host().set_namespace(2, kNsBlocks / 8, /*active=*/true, /*lba_4k=*/true);
    for (uint16_t q = 1; q <= queues; ++q) {
      ASSERT_TRUE(admin(host().create_io_cq(q, entries, cq_addr(q), q, true)).ok());
      ASSERT_TRUE(admin(host().create_io_sq(q, entries, sq_addr(q), q)).ok());
    }
  }

  NvmeHost& host() { return d_->host; }
  DevHarness& bench() { return d_->bench; }
  common::SparseMemory& memory() { return bench().host_memory(); }

  NvmeCompletion admin(uint16_t cid) {
    auto done = host().wait_completion(cid);
    EXPECT_TRUE(done) << "no admin completion";
    return done.value_or(NvmeCompletion{});
  }
  NvmeCompletion io(const Sqe& sqe, uint16_t qid = 1) {
    const uint16_t cid = host().submit(sqe, qid);
    auto done = host().wait_completion(cid, 2'000'000, qid);
    EXPECT_TRUE(done) << "no completion for " << describe(sqe);
    return done.value_or(NvmeCompletion{});
  }

  // The media bytes of `blocks` blocks at `lba` of a namespace with 2^shift-byte blocks.
  std::vector<uint8_t> media(uint32_t nsid, uint64_t lba, uint32_t bytes, unsigned shift = 9) {
    return bench().media().read(common::media_address(nsid, lba, shift), bytes);
  }

  std::unique_ptr<Device> d_;
};

std::vector<uint8_t> host_bytes(common::SparseMemory& memory, const Transfer& t) {
  std::vector<uint8_t> out(t.bytes);
  for (uint32_t i = 0; i < t.bytes; ++i) out[i] = memory.read8(t.host_addr(i));
  return out;
}

std::vector<uint8_t> pattern_bytes(const Transfer& t, uint32_t seed) {
  std::vector<uint8_t> out(t.bytes);
  for (uint32_t i = 0; i < t.bytes; ++i) out[i] = pattern_byte(i, seed);
  return out;
}

void fill_host(common::SparseMemory& memory, const Transfer& t, uint32_t seed) {
  for (uint32_t i = 0; i < t.bytes; ++i) memory.write8(t.host_addr(i), pattern_byte(i, seed));
}

struct Shape {
  const char* name;
  uint32_t offset;  // PRP1's offset into its page
  uint32_t blocks;  // 512-byte blocks
  uint32_t list_offset;
};

class IoShapes : public Io, public ::testing::WithParamInterface<Shape> {};

// Every PRP shape: PRP1 alone, PRP1 + PRP2, a list, a list that chains, a list that fills its
// page to the end without chaining, offsets that are not word aligned, the largest transfer
// (MDTS). The data lands on the media where the LBA says,
// and reads back into other pages unchanged.
TEST_P(IoShapes, WriteLandsOnTheMediaAndReadsBack) {
  const Shape shape = GetParam();
  const uint32_t bytes = shape.blocks * 512;
  const uint64_t lba = 1000 + shape.blocks;
  const Transfer out =
      make_transfer(memory(), kBuffers, shape.offset, bytes, kLists + shape.list_offset);
  fill_host(memory(), out, 7);
  const NvmeCompletion written = io(nvme::nvm_write_sqe(1, lba, shape.blocks, out.prp1, out.prp2));
  ASSERT_TRUE(written.ok()) << written;
  EXPECT_EQ(media(1, lba, bytes), pattern_bytes(out, 7));

  const Transfer in = make_transfer(memory(), kBuffers + 0x100'0000, (shape.offset + 12) % 4096,
                                    bytes, kLists + 0x10'0000 + shape.list_offset);
  const NvmeCompletion read = io(nvme::nvm_read_sqe(1, lba, shape.blocks, in.prp1, in.prp2));
  ASSERT_TRUE(read.ok()) << read;
  EXPECT_EQ(host_bytes(memory(), in), pattern_bytes(out, 7));
  // Nothing around the buffer was written.
  EXPECT_EQ(memory().read32(in.host_addr(0) - 4), 0u);
  EXPECT_EQ(memory().read32(in.host_addr(bytes - 1) + 1), 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Prp, IoShapes,
    ::testing::Values(Shape{"OneBlock", 0, 1, 0}, Shape{"OneBlockOddDw", 0x1f4, 1, 0},
                      Shape{"OnePage", 0, 8, 0}, Shape{"TwoPages", 0x204, 8, 0},
                      Shape{"ListOf3", 0, 24, 0}, Shape{"ListWithOffset", 0x44, 64, 0x18},
                      Shape{"ListChains", 0x800, 64, 0xfe0},
                      Shape{"ListChainsAtOnce", 0x10, 40, 0xff8},
                      // 31 entries in the last 31 slots of the list's page: no chain pointer.
                      Shape{"ListEndsAtItsPageEnd", 0, 256, 0x1000 - 31 * 8},
                      Shape{"Mdts", 0, 256, 0}, Shape{"MdtsWithOffset", 0xffc, 256, 0x100}),
    [](const ::testing::TestParamInfo<Shape>& info) { return std::string(info.param.name); });

TEST_F(Io, FourKibBlocksUseTheirOwnShift) {
  const Transfer out = make_transfer(memory(), kBuffers, 0x40, 3 * 4096, kLists);
  fill_host(memory(), out, 3);
  ASSERT_TRUE(io(nvme::nvm_write_sqe(2, 77, 3, out.prp1, out.prp2)).ok());
  EXPECT_EQ(media(2, 77, 3 * 4096, 12), pattern_bytes(out, 3));
}

TEST_F(Io, StatusesTheSpecificationPrescribes) {
  const uint64_t buf = kBuffers;
  // Past the end of the namespace, by one block and by wrapping SLBA.
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, kNsBlocks - 1, 2, buf)).status, kLbaOutOfRange);
  EXPECT_EQ(io(nvme::nvm_write_sqe(1, ~uint64_t{0}, 2, buf)).status, kLbaOutOfRange);
  EXPECT_TRUE(io(nvme::nvm_read_sqe(1, kNsBlocks - 1, 1, buf)).ok());
  EXPECT_EQ(io(nvme::nvm_write_zeroes_sqe(1, kNsBlocks, 1)).status, kLbaOutOfRange);
  // Over MDTS (128 KiB): 257 blocks of 512 bytes, 33 of 4 KiB.
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, 0, 257, buf, kLists)).status, kInvalidField);
  EXPECT_EQ(io(nvme::nvm_read_sqe(2, 0, 33, buf, kLists)).status, kInvalidField);
  // Namespaces: 0, inactive, beyond NN, broadcast (only Flush takes it).
  EXPECT_EQ(io(nvme::nvm_read_sqe(0, 0, 1, buf)).status, kInvalidNamespace);
  // A valid NSID that is inactive: Invalid Field in Command (base specification, NSID usage).
  EXPECT_EQ(io(nvme::nvm_read_sqe(3, 0, 1, buf)).status, kInvalidField);
  EXPECT_EQ(io(nvme::nvm_read_sqe(5000, 0, 1, buf)).status, kInvalidNamespace) << "above NN";
  EXPECT_EQ(io(nvme::nvm_read_sqe(0xffffffff, 0, 1, buf)).status, kInvalidNamespace);
  EXPECT_TRUE(io(nvme::nvm_flush_sqe(0xffffffff)).ok());
  EXPECT_EQ(io(nvme::nvm_flush_sqe(3)).status, kInvalidField);
  EXPECT_EQ(io(nvme::nvm_flush_sqe(0)).status, kInvalidNamespace);
  // Opcodes outside the NVM command set's mandatory and supported ones (Compare, 05h).
  EXPECT_EQ(io(make_sqe(0x05, 1, buf)).status, kInvalidOpcode);
  EXPECT_EQ(io(make_sqe(0x7f, 1, buf)).status, kInvalidOpcode);
  // SGLs and fused commands are not supported.
  Sqe sgl = nvme::nvm_read_sqe(1, 0, 1, buf);
  sgl.flags = 1u << 6;  // PSDT 01b
  EXPECT_EQ(io(sgl).status, kInvalidField);
  // PRP offsets: PRP1 not DW aligned; PRP2 with an offset; a list pointer not QW aligned; a list
  // entry with an offset.
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, 0, 1, buf + 2)).status, kPrpOffsetInvalid);
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, 0, 16, buf, buf + 0x2004)).status, kPrpOffsetInvalid);
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, 0, 24, buf, kLists + 4)).status, kPrpOffsetInvalid);
  memory().write64(kLists + 0x2000, buf + 0x10000);
  memory().write64(kLists + 0x2008, buf + 0x20010);
  EXPECT_EQ(io(nvme::nvm_read_sqe(1, 0, 24, buf, kLists + 0x2000)).status, kPrpOffsetInvalid);
  // Every failure left the media untouched and the queue working.
  EXPECT_EQ(bench().media().allocated_pages(), 0u);
  EXPECT_TRUE(io(nvme::nvm_read_sqe(1, 0, 1, buf)).ok());
}

TEST_F(Io, UnwrittenAndDeallocatedBlocksReadZeros) {
  const Transfer t = make_transfer(memory(), kBuffers, 0, 32 * 512, kLists);
  fill_host(memory(), t, 9);
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 64, 32, t.prp1, t.prp2)).ok());
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 200, 32, t.prp1, t.prp2)).ok());
  // Deallocate blocks 70..79 and 200..231 (two ranges), Write Zeroes over 90..93.
  const nvme::DsmRange ranges[2] = {{0, 10, 70}, {0, 32, 200}};
  memory().write(kLists, ranges, sizeof ranges);
  ASSERT_TRUE(io(nvme::nvm_deallocate_sqe(1, 2, kLists)).ok());
  ASSERT_TRUE(io(nvme::nvm_write_zeroes_sqe(1, 90, 4, /*deallocate=*/true)).ok());

  std::vector<uint8_t> expect = pattern_bytes(t, 9);
  std::fill(expect.begin() + 6 * 512, expect.begin() + 16 * 512, 0);
  std::fill(expect.begin() + 26 * 512, expect.begin() + 30 * 512, 0);
  const Transfer in = make_transfer(memory(), kBuffers + 0x100'0000, 0, 32 * 512, kLists + 0x4000);
  ASSERT_TRUE(io(nvme::nvm_read_sqe(1, 64, 32, in.prp1, in.prp2)).ok());
  EXPECT_EQ(host_bytes(memory(), in), expect);
  ASSERT_TRUE(io(nvme::nvm_read_sqe(1, 200, 32, in.prp1, in.prp2)).ok());
  EXPECT_EQ(host_bytes(memory(), in), std::vector<uint8_t>(32 * 512, 0));
  // Never written at all.
  ASSERT_TRUE(io(nvme::nvm_read_sqe(1, 5000, 32, in.prp1, in.prp2)).ok());
  EXPECT_EQ(host_bytes(memory(), in), std::vector<uint8_t>(32 * 512, 0));
}

TEST_F(Io, DatasetManagementChecksEveryRangeBeforeDeallocating) {
  const Transfer t = make_transfer(memory(), kBuffers, 0, 8 * 512, kLists);
  fill_host(memory(), t, 4);
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 8, 8, t.prp1, t.prp2)).ok());
  const nvme::DsmRange ranges[2] = {{0, 8, 8}, {0, 2, kNsBlocks - 1}};
  memory().write(kLists, ranges, sizeof ranges);
  EXPECT_EQ(io(nvme::nvm_deallocate_sqe(1, 2, kLists)).status, kLbaOutOfRange);
  EXPECT_EQ(media(1, 8, 8 * 512), pattern_bytes(t, 4));
  // 256 ranges, the most one command carries, spanning PRP1 and PRP2.
  std::vector<nvme::DsmRange> many(256);
  for (unsigned r = 0; r < many.size(); ++r) many[r] = {0, 1, 8 + r % 8};
  memory().write(kLists + 0x1800, many.data(), many.size() * sizeof(nvme::DsmRange));
  ASSERT_TRUE(io(nvme::nvm_deallocate_sqe(1, 256, kLists + 0x1800, kLists + 0x2000)).ok());
  EXPECT_EQ(media(1, 8, 8 * 512), std::vector<uint8_t>(8 * 512, 0));
}

TEST_F(Io, FlushMakesCompletedWritesDurable) {
  const Transfer t = make_transfer(memory(), kBuffers, 0, 4096, kLists);
  fill_host(memory(), t, 5);
  // A completed write sits in the volatile cache until a Flush: power loss takes it.
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 0, 8, t.prp1, t.prp2)).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 0, 4096), std::vector<uint8_t>(4096, 0));
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 0, 8, t.prp1, t.prp2)).ok());
  ASSERT_TRUE(io(nvme::nvm_flush_sqe(1)).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 0, 4096), pattern_bytes(t, 5));
  // FUA: durable on completion, no Flush needed.
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 100, 8, t.prp1, t.prp2, /*fua=*/true)).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 100, 4096), pattern_bytes(t, 5));
  // Write Zeroes with FUA: zero on completion, durably.
  ASSERT_TRUE(io(nvme::nvm_flush_sqe(1)).ok());
  Sqe zeroes = nvme::nvm_write_zeroes_sqe(1, 0, 8);
  zeroes.cdw12 |= 1u << 30;
  ASSERT_TRUE(io(zeroes).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 0, 4096), std::vector<uint8_t>(4096, 0));
  // With the write cache off (Set Features 06h), every write is durable on completion.
  ASSERT_TRUE(admin(host().set_features(0x06, 0)).ok());
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 200, 8, t.prp1, t.prp2)).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 200, 4096), pattern_bytes(t, 5));
  ASSERT_TRUE(io(nvme::nvm_write_zeroes_sqe(1, 200, 8)).ok());
  bench().media().lose_power();
  EXPECT_EQ(media(1, 200, 4096), std::vector<uint8_t>(4096, 0));
}

TEST_F(Io, MissingDataIsATransferErrorNotStaleData) {
  // The pages of a write the host never answers for: the device's read of them fails.
  const Transfer t = make_transfer(memory(), kBuffers, 0, 8192, kLists);
  fill_host(memory(), t, 6);
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 40, 16, t.prp1, t.prp2)).ok());
  bench().add_completion_fault(t.pages[1], t.pages[1] + kPage - 1,
                               CompletionFault::kUnsupportedRequest);
  EXPECT_EQ(io(nvme::nvm_write_sqe(1, 40, 16, t.prp1, t.prp2)).status, kDataTransferError);
  // The failed write leaves its blocks undefined, as the specification allows, but never with
  // another command's data: each byte is this write's or zero, and the missing page is zeros.
  const std::vector<uint8_t> now = media(1, 40, 8192);
  const std::vector<uint8_t> expect = pattern_bytes(t, 6);
  for (size_t i = 0; i < now.size(); ++i) {
    ASSERT_TRUE(now[i] == 0 || (i < 4096 && now[i] == expect[i])) << "byte " << i;
  }
  // The next write of the range is whole again.
  bench().clear_completion_faults();
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 40, 16, t.prp1, t.prp2)).ok());
  EXPECT_EQ(media(1, 40, 8192), expect);
}

// Delete I/O SQ completes only after the commands of that SQ the controller holds (the
// specification: they complete or are aborted first); here each waits out a media latency.
TEST_F(Io, DeleteSqCompletesAfterItsCommands) {
  DevHarnessOptions options;
  options.media.latency_cycles = 100000;  // 400 us, far beyond the Delete's own time
  start(options);
  ASSERT_TRUE(admin(host().create_io_cq(2, 16, cq_addr(2), 1, true)).ok());
  ASSERT_TRUE(admin(host().create_io_sq(2, 16, sq_addr(2), 2)).ok());
  std::vector<Sqe> reads;
  for (uint64_t i = 0; i < 6; ++i)
    reads.push_back(nvme::nvm_read_sqe(1, 8 * i, 8, kBuffers + i * kPage));
  const std::vector<uint16_t> cids = host().submit_many(reads, 2);
  bench().idle(50);  // fetched, not yet done
  const uint16_t del = host().delete_io_sq(2);
  auto deleted = host().wait_completion(del, 2'000'000);
  ASSERT_TRUE(deleted);
  EXPECT_TRUE(deleted->ok()) << *deleted;
  for (const uint16_t cid : cids) {
    const auto it =
        std::find_if(host().completions().begin(), host().completions().end(),
                     [&](const NvmeCompletion& c) { return c.sqid == 2 && c.cid == cid; });
    ASSERT_NE(it, host().completions().end()) << "cid " << cid;
    EXPECT_TRUE(it->ok()) << *it;
    EXPECT_LT(it->cycle, deleted->cycle) << "cid " << cid << " completed after its SQ's deletion";
  }
}

// A submission queue of 4 entries holds 3 commands: filled with one doorbell, then refilled as
// completions free it, every command completes once, in the CQ of 4 entries too.
// I/O doorbells with values beyond their queue are ignored, as are doorbells of queues that do
// not exist (docs: I/O engine). On 4-entry queues: SQ 1 tails of 4 (the entry count) and FFFFh
// fetch nothing, nor does SQ 2's doorbell (no SQ 2); the largest valid tail, 3, is taken. CQ 1
// heads of 4 and FFFFh do not free the full CQ; head 3 does.
TEST_F(Io, DoorbellValuesBeyondTheQueueAreIgnored) {
  NvmeHostOptions host_options;
  host_options.withhold_cq_doorbell = true;
  d_ = std::make_unique<Device>(DevHarnessOptions(), host_options);
  ASSERT_TRUE(host().init_pcie(NvmeHost::kDefaultBar0, 2));
  ASSERT_TRUE(host().setup_admin_queue(32, 32, kAsq, kAcq));
  ASSERT_TRUE(host().enable());
  host().set_namespace(1, kNsBlocks);
  ASSERT_TRUE(admin(host().create_io_cq(1, 4, cq_addr(1), 1, true)).ok());
  ASSERT_TRUE(host().ring_cq_doorbell(NvmeHost::kAdminQid));
  ASSERT_TRUE(admin(host().create_io_sq(1, 4, sq_addr(1), 1)).ok());
  ASSERT_TRUE(host().ring_cq_doorbell(NvmeHost::kAdminQid));
  const size_t fetches = bench().device_reads().size();
  const auto flush = [] { return make_sqe(0x00, 1); };

  host().write_sqe(flush(), 1);  // entry 0, not yet announced
  for (const uint32_t tail : {4u, 5u, 0xFFFFu}) {
    ASSERT_TRUE(host().write_reg32(0x1000 + 8 * 1, tail));
  }
  memory().fill(sq_addr(2), 64, 0);
  ASSERT_TRUE(host().write_reg32(0x1000 + 8 * 2, 1));  // SQ 2 does not exist
  bench().idle(3'000);
  EXPECT_EQ(bench().device_reads().size(), fetches) << "nothing fetched";

  // The valid tail 1, then 3 more: three CQEs fill the 4-entry CQ, the fourth waits.
  ASSERT_TRUE(host().ring_sq_doorbell(1));
  host().submit_many({flush(), flush()}, 1);
  ASSERT_EQ(host().wait_completions(3).size(), 3u);
  const uint16_t fourth = host().submit(flush(), 1);  // tail 4 mod 4 = 0
  bench().idle(3'000);
  EXPECT_EQ(host().completions().size(), 3u + 2u) << "CQ full (plus the two admin CQEs)";
  for (const uint32_t head : {4u, 5u, 0xFFFFu}) {
    ASSERT_TRUE(host().write_reg32(0x1004 + 8 * 1, head));
    bench().idle(2'000);
    EXPECT_EQ(host().completions().size(), 5u) << "CQ head " << head << " is beyond the queue";
  }
  ASSERT_TRUE(host().ring_cq_doorbell(1));  // head 3
  std::optional<NvmeCompletion> done = host().wait_completion(fourth, 20'000, 1);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->sqhd, 0u);
  EXPECT_EQ(bench().device_reads().size(), fetches + 4) << "each entry fetched once";
}

// A failed memory write of an I/O command sets CSTS.CFS, as on the admin side (docs: I/O engine):
// Bus Master Enable is cleared while the media holds the command back, so a Read's data writes
// fail, or, for a Flush (no data), its completion entry's write. CSTS is then exactly RDY|CFS,
// nothing more is fetched and no CQE lands; a controller reset clears CFS.
TEST_F(Io, FailedMemoryWriteSetsFatalStatus) {
  for (const bool read : {true, false}) {
    SCOPED_TRACE(read ? "Read" : "Flush");
    DevHarnessOptions options;
    options.media.latency_cycles = 4'000;
    start(options);
    const Transfer t = make_transfer(memory(), kBuffers, 0, 4096, kLists);
    const size_t fetches = bench().device_reads().size();
    host().submit(read ? nvme::nvm_read_sqe(1, 0, 8, t.prp1, t.prp2) : make_sqe(0x00, 1), 1);
    ASSERT_TRUE(bench().run_until([&] { return bench().device_reads().size() == fetches + 1; },
                                  "the fetch"));
    bench().idle(200);
    ASSERT_TRUE(bench().cfg_write(pci::kCfgCommand, pci::kCmdMemSpace, 0x3).ok());
    ASSERT_TRUE(host().wait_csts(2, 2, 20'000, "CSTS.CFS after the failed write"));
    EXPECT_EQ(host().read_csts(), 3u) << "RDY and CFS";
    host().submit(make_sqe(0x00, 1), 1);
    bench().idle(6'000);
    EXPECT_EQ(host().read_csts(), 3u);
    EXPECT_EQ(bench().device_reads().size(), fetches + 1) << "nothing fetched after CFS";
    EXPECT_EQ(host().completions().size(), 2u) << "only the two Create commands' CQEs";
    // No interrupt for the entry never written, even once bus mastering is back.
    ASSERT_TRUE(
        bench().cfg_write(pci::kCfgCommand, pci::kCmdMemSpace | pci::kCmdBusMaster, 0x3).ok());
    bench().idle(1'000);
    EXPECT_EQ(host().interrupt_count(1), 0u);
    EXPECT_EQ(host().interrupt_count(0), 2u) << "the two Create commands' interrupts";
    ASSERT_TRUE(host().disable());
    EXPECT_EQ(host().read_csts(), 0u) << "the reset cleared CFS";
  }
}

TEST_F(Io, FullSubmissionQueueDrainsAndRefills) {
  ASSERT_TRUE(bench().program_msix_vector(2, bench().options().msi_window_first, 2));
  ASSERT_TRUE(admin(host().create_io_cq(2, 4, cq_addr(2), 2, true)).ok());
  ASSERT_TRUE(admin(host().create_io_sq(2, 4, sq_addr(2), 2)).ok());
  const Transfer t = make_transfer(memory(), kBuffers, 0, 4096, kLists);
  fill_host(memory(), t, 8);
  ASSERT_TRUE(io(nvme::nvm_write_sqe(1, 300, 8, t.prp1, t.prp2)).ok());
  for (int round = 0; round < 4; ++round) {
    const std::vector<uint16_t> cids =
        host().submit_many({nvme::nvm_read_sqe(1, 300, 8, kBuffers + 0x10'0000),
                            nvme::nvm_read_sqe(1, 300, 8, kBuffers + 0x11'0000),
                            nvme::nvm_read_sqe(1, 300, 8, kBuffers + 0x12'0000)},
                           2);
    for (const uint16_t cid : cids) {
      auto done = host().wait_completion(cid, 2'000'000, 2);
      ASSERT_TRUE(done) << "round " << round << " cid " << cid;
      EXPECT_TRUE(done->ok()) << *done;
      EXPECT_EQ(done->sqid, 2u);
    }
  }
  for (const uint64_t at : {0x10'0000, 0x11'0000, 0x12'0000}) {
    EXPECT_EQ(memory().read(kBuffers + at, 4096), pattern_bytes(t, 8));
  }
  // Each CQE of queue 2 raised vector 2; one raised while the vector's message was still
  // pending shares that message, as MSI-X's pending bit does.
  EXPECT_GE(host().interrupt_count(2), 4u);
  EXPECT_LE(host().interrupt_count(2), 12u);
  EXPECT_EQ(host().interrupt_count(1), 1u) << "the write's, on queue 1";
}

}  // namespace
}  // namespace tb
