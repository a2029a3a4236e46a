// SPDX-License-Identifier: Apache-2.0
// MediaStore: zeros where nothing was written, zero() dropping pages at the cost of what is
// allocated, the volatile write cache across flush and power loss, and the media address map.

#include "media_store.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace common {
namespace {

constexpr uint64_t kPage = 4096;

std::vector<uint8_t> pattern(size_t len, uint8_t seed) {
  std::vector<uint8_t> bytes(len);
  for (size_t i = 0; i < len; ++i) bytes[i] = static_cast<uint8_t>(seed + i * 13 + (i >> 8));
  return bytes;
}

std::vector<uint8_t> filled(size_t len, uint8_t value) { return std::vector<uint8_t>(len, value); }

TEST(MediaStore, UnwrittenBytesReadAsZeroAndAllocateNothing) {
  MediaStore store;
  EXPECT_EQ(store.read(0x1234, 5), filled(5, 0));
  EXPECT_EQ(store.read(0xFFFF'FFFF'FFFF'FFFEull, 4), filled(4, 0)) << "wraps past the top";
  EXPECT_EQ(store.allocated_pages(), 0u);
}

TEST(MediaStore, WritesAndReadsStraddlePages) {
  MediaStore store;
  const std::vector<uint8_t> bytes = pattern(10000, 7);
  store.write(0xFF0, bytes);  // bytes 0xFF0 .. 0x370F: pages 0 to 3
  EXPECT_EQ(store.allocated_pages(), 4u);
  EXPECT_EQ(store.read(0xFF0, bytes.size()), bytes);
  EXPECT_EQ(store.read(0x1000, 16), std::vector<uint8_t>(bytes.begin() + 16, bytes.begin() + 32));
  EXPECT_EQ(store.read(0xFE0, 16), filled(16, 0)) << "the rest of a new page is zeros";
  EXPECT_EQ(store.read(0xFF0 + 10000, 16), filled(16, 0));
}

TEST(MediaStore, ZeroClearsPartialPagesAndDropsWholeOnes) {
  MediaStore store;
  store.write(0x1000, filled(3 * kPage, 0xAA));  // pages 1, 2 and 3
  store.zero(0x1800, 0x2000);                    // the top half of page 1 to mid page 3
  EXPECT_EQ(store.allocated_pages(), 2u) << "page 2 dropped, pages 1 and 3 partly zero";
  EXPECT_EQ(store.read(0x1000, 0x800), filled(0x800, 0xAA));
  EXPECT_EQ(store.read(0x1800, 0x2000), filled(0x2000, 0));
  EXPECT_EQ(store.read(0x3800, 0x800), filled(0x800, 0xAA));

  store.zero(0x9000, 10);  // never written: nothing to allocate
  store.zero(0x20000, 5 * kPage);
  EXPECT_EQ(store.allocated_pages(), 2u);
  store.zero(0, 0);
  EXPECT_EQ(store.read(0x1000, 0x800), filled(0x800, 0xAA));
}

// Walking the range a page at a time would take 2^28 look-ups for 2^40 bytes and never end for
// the whole address space; the test's timeout stands guard.
TEST(MediaStore, HugeZeroCostsOnlyWhatIsAllocated) {
  MediaStore store;
  const uint64_t addresses[] = {0,          1ull << 20, (1ull << 40) - kPage,
                                1ull << 40, 1ull << 50, 0xFFFF'FFFF'FFFF'F000ull};
  for (const uint64_t addr : addresses) store.write(addr, filled(kPage, 0x11));
  EXPECT_EQ(store.allocated_pages(), 6u);

  store.zero(0, 1ull << 40);
  EXPECT_EQ(store.allocated_pages(), 3u);
  EXPECT_EQ(store.read((1ull << 40) - kPage, kPage), filled(kPage, 0));
  EXPECT_EQ(store.read(1ull << 40, kPage), filled(kPage, 0x11)) << "just past the range";

  store.zero(kPage, 0 - 2 * kPage);  // everything but the first and last pages
  EXPECT_EQ(store.allocated_pages(), 1u);
  EXPECT_EQ(store.read(0xFFFF'FFFF'FFFF'F000ull, kPage), filled(kPage, 0x11));

  store.write(0, filled(kPage, 0x22));
  store.zero(0xFFFF'FFFF'FFFF'F800ull, kPage);  // wraps: the top half page and the bottom one
  EXPECT_EQ(store.read(0xFFFF'FFFF'FFFF'F000ull, 0x800), filled(0x800, 0x11));
  EXPECT_EQ(store.read(0xFFFF'FFFF'FFFF'F800ull, 0x800), filled(0x800, 0));
  EXPECT_EQ(store.read(0, 0x800), filled(0x800, 0));
  EXPECT_EQ(store.read(0x800, 0x800), filled(0x800, 0x22));
}

TEST(MediaStore, HugeZeroInTheCacheCostsOnlyWhatIsAllocated) {
  MediaStore store(true);
  store.write(1ull << 30, filled(kPage, 0x11));
  store.write(1ull << 41, filled(kPage, 0x11));
  store.flush();
  store.write(1ull << 20, filled(kPage, 0x22));  // cached only
  store.zero(0, 1ull << 40);
  EXPECT_EQ(store.allocated_pages(), 2u) << "the cached page dropped, the durable ones kept";
  EXPECT_EQ(store.read(1ull << 30, kPage), filled(kPage, 0));
  EXPECT_EQ(store.read(1ull << 20, kPage), filled(kPage, 0));
  store.flush();
  EXPECT_EQ(store.allocated_pages(), 1u);
  EXPECT_EQ(store.read(1ull << 41, kPage), filled(kPage, 0x11));
}

TEST(MediaStore, WithoutCacheEverythingIsDurable) {
  MediaStore store;
  EXPECT_FALSE(store.volatile_cache());
  store.write(0x100, filled(8, 0x33));
  store.lose_power();
  EXPECT_EQ(store.read(0x100, 8), filled(8, 0x33));
  EXPECT_EQ(store.durable_pages(), 1u);
  EXPECT_EQ(store.cached_pages(), 0u);
}

TEST(MediaStore, CachedWriteIsLostWithPower) {
  MediaStore store(/*volatile_cache=*/true);
  store.write(0x100, filled(8, 0x33));
  EXPECT_EQ(store.read(0x100, 8), filled(8, 0x33)) << "reads see the cache";
  EXPECT_EQ(store.cached_pages(), 1u);
  EXPECT_EQ(store.durable_pages(), 0u);
  store.lose_power();
  EXPECT_EQ(store.read(0x100, 8), filled(8, 0));
  EXPECT_EQ(store.allocated_pages(), 0u);
}

TEST(MediaStore, FlushedWriteSurvivesPowerLoss) {
  MediaStore store(true);
  store.write(0xFFC, filled(8, 0x44));  // two pages
  store.flush();
  EXPECT_EQ(store.durable_pages(), 2u);
  EXPECT_EQ(store.cached_pages(), 0u);
  store.lose_power();
  EXPECT_EQ(store.read(0xFFC, 8), filled(8, 0x44));
}

TEST(MediaStore, CachedWriteOverDurableDataLosesOnlyItsBytes) {
  MediaStore store(true);
  store.write(0x2000, filled(kPage, 0x55));
  store.flush();
  store.write(0x2010, filled(4, 0x66));
  std::vector<uint8_t> expected = filled(32, 0x55);
  for (int i = 16; i < 20; ++i) expected[i] = 0x66;
  EXPECT_EQ(store.read(0x2000, 32), expected) << "the cached page starts as the durable one";
  store.lose_power();
  EXPECT_EQ(store.read(0x2000, 32), filled(32, 0x55));
}

TEST(MediaStore, ZeroAfterFlushIsUndoneByPowerLoss) {
  MediaStore store(true);
  store.write(0, filled(3 * kPage, 0x77));
  store.flush();
  store.zero(0x800, 2 * kPage);  // half of page 0, all of page 1, half of page 2
  EXPECT_EQ(store.read(0x800, 2 * kPage), filled(2 * kPage, 0));
  EXPECT_EQ(store.read(0, 0x800), filled(0x800, 0x77));
  EXPECT_EQ(store.durable_pages(), 3u) << "durable data stays until a flush";
  store.lose_power();
  EXPECT_EQ(store.read(0, 3 * kPage), filled(3 * kPage, 0x77));
}

TEST(MediaStore, WriteIntoAZeroedPageStartsFromZeros) {
  MediaStore store(true);
  store.write(0x5000, filled(kPage, 0x88));
  store.flush();
  store.zero(0x5000, kPage);
  store.write(0x5100, filled(4, 0x99));
  std::vector<uint8_t> expected = filled(kPage, 0);
  for (int i = 0x100; i < 0x104; ++i) expected[i] = 0x99;
  EXPECT_EQ(store.read(0x5000, kPage), expected) << "not the durable bytes behind the zero";
  store.flush();
  store.lose_power();
  EXPECT_EQ(store.read(0x5000, kPage), expected);
}

TEST(MediaStore, FlushedZeroFreesDurablePages) {
  MediaStore store(true);
  store.write(0, filled(4 * kPage, 0x12));
  store.flush();
  store.zero(0, 4 * kPage);
  EXPECT_EQ(store.allocated_pages(), 4u) << "tombstones hold no pages; the durable ones stay";
  store.flush();
  EXPECT_EQ(store.allocated_pages(), 0u);
  store.lose_power();
  EXPECT_EQ(store.read(0, 4 * kPage), filled(4 * kPage, 0));
}

TEST(MediaStore, FlushIsIdempotent) {
  MediaStore store(true);
  const std::vector<uint8_t> bytes = pattern(3 * kPage, 3);
  store.write(0x7000, bytes);
  store.zero(0x8000, kPage);
  store.flush();
  const size_t pages = store.allocated_pages();
  store.flush();
  store.flush();
  EXPECT_EQ(store.allocated_pages(), pages);
  std::vector<uint8_t> expected = bytes;
  std::fill(expected.begin() + kPage, expected.begin() + 2 * kPage, 0);
  EXPECT_EQ(store.read(0x7000, bytes.size()), expected);
  store.lose_power();
  EXPECT_EQ(store.read(0x7000, bytes.size()), expected);
}

TEST(MediaStore, TurningTheCacheOffKeepsWhatItHeld) {
  MediaStore store(true);
  store.write(0x40, filled(4, 0xAB));
  store.set_volatile_cache(false);
  EXPECT_FALSE(store.volatile_cache());
  EXPECT_EQ(store.durable_pages(), 1u);
  store.write(0x44, filled(4, 0xCD));  // straight to the durable page
  store.lose_power();
  EXPECT_EQ(store.read(0x40, 8),
            (std::vector<uint8_t>{0xAB, 0xAB, 0xAB, 0xAB, 0xCD, 0xCD, 0xCD, 0xCD}));
  store.set_volatile_cache(true);
  store.write(0x40, filled(4, 0));
  store.clear();
  EXPECT_EQ(store.allocated_pages(), 0u);
  EXPECT_EQ(store.read(0x40, 8), filled(8, 0));
}

TEST(MediaStore, MediaAddressesGiveEachNamespaceA2To51ByteWindow) {
  static_assert(media_address(1, 0, 9) == 0, "namespace 1 starts at 0");
  EXPECT_EQ(kMediaNsShift, 51u);
  EXPECT_EQ(media_address(1, 5, 9), 0xA00u);
  EXPECT_EQ(media_address(2, 1, 9), 0x0008'0000'0000'0200ull);
  EXPECT_EQ(media_address(3, 0, 12), 0x0010'0000'0000'0000ull);
  EXPECT_EQ(media_address(kMediaMaxNamespaces, 3, 12), 0xFFF8'0000'0000'3000ull);
  // The last byte of namespace 1's window is just below namespace 2's first.
  EXPECT_EQ(media_address(1, (1ull << 39) - 1, 12) + 4095, media_address(2, 0, 12) - 1);
}

}  // namespace
}  // namespace common
