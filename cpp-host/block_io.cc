// SPDX-License-Identifier: Apache-2.0
// Block I/O through one I/O queue pair.

#include "block_io.h"

#include <algorithm>
#include <stdexcept>

namespace nvme {

PrpLayout prp_layout(uint64_t bus_address, uint32_t bytes) {
  if (bytes == 0 || (bus_address & 3) != 0) {
    throw std::invalid_argument("prp_layout: data must be DW aligned and not empty");
  }
  PrpLayout layout;
  layout.prp1 = bus_address;
  const uint64_t first_page = bus_address & ~uint64_t{kPageSize - 1};
  const uint64_t end = bus_address + bytes;
  for (uint64_t page = first_page + kPageSize; page < end; page += kPageSize) {
    layout.more_pages.push_back(page);
  }
  return layout;
}

BlockIo::BlockIo(Platform& platform, QueuePair& queue, uint32_t max_transfer_bytes,
                 Nanoseconds timeout)
    : m_platform(platform),
      m_queue(queue),
      m_max_transfer(max_transfer_bytes),
      m_timeout(timeout) {}

BlockIo::~BlockIo() {
  for (const DmaBuffer& page : m_all_pages) m_platform.free_dma(page);
}

DmaBuffer BlockIo::take_page() {
  if (m_free_pages.empty()) {
    m_all_pages.push_back(m_platform.alloc_dma(kPageSize, kPageSize));
    return m_all_pages.back();
  }
  const DmaBuffer page = m_free_pages.back();
  m_free_pages.pop_back();
  return page;
}

CommandResult BlockIo::submit_with_prps(Sqe sqe, uint64_t bus_address, uint32_t bytes) {
  const PrpLayout layout = prp_layout(bus_address, bytes);
  sqe.prp1 = layout.prp1;
  DmaBuffer list;
  if (layout.more_pages.size() == 1) {
    sqe.prp2 = layout.more_pages[0];
  } else if (layout.more_pages.size() > 1) {
    // One list page holds 512 entries: 2 MiB, far above any MDTS this driver meets; a longer
    // transfer would need a chained list.
    if (layout.more_pages.size() > kPageSize / 8) {
      throw std::invalid_argument("BlockIo: transfer too long for one PRP list page");
    }
    list = take_page();
    m_platform.write_dma(list.bus_address, layout.more_pages.data(),
                         layout.more_pages.size() * sizeof(uint64_t));
    sqe.prp2 = list.bus_address;
  }
  ++m_commands;
  const CommandResult result = m_queue.submit(sqe, m_timeout);
  // A command given up on may still be read by the device: its list page is not reused.
  const bool ended = !(result.timed_out && result.status == kStatusHostTimeout);
  if (list.size != 0 && ended) m_free_pages.push_back(list);
  return result;
}

CommandResult BlockIo::transfer(bool write, const NamespaceFormat& ns, uint64_t lba,
                                uint32_t blocks, uint64_t bus_address, bool fua) {
  const uint32_t max_blocks =
      m_max_transfer == 0 ? 0x1'0000 : std::min(0x1'0000u, m_max_transfer >> ns.lba_shift);
  CommandResult total;
  bool first = true;
  while (blocks > 0) {
    const uint32_t now = std::min(blocks, max_blocks);
    const uint32_t bytes = now << ns.lba_shift;
    const Sqe sqe =
        write ? nvm_write_sqe(ns.nsid, lba, now, 0, 0, fua) : nvm_read_sqe(ns.nsid, lba, now, 0, 0);
    const CommandResult result = submit_with_prps(sqe, bus_address, bytes);
    const Nanoseconds submitted = first ? result.submitted : total.submitted;
    total = result;
    total.submitted = submitted;
    first = false;
    if (!result.ok()) break;
    lba += now;
    blocks -= now;
    bus_address += bytes;
  }
  return total;
}

CommandResult BlockIo::read(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                            uint64_t bus_address) {
  return transfer(false, ns, lba, blocks, bus_address, false);
}

CommandResult BlockIo::write(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                             uint64_t bus_address, bool fua) {
  return transfer(true, ns, lba, blocks, bus_address, fua);
}

CommandResult BlockIo::flush(uint32_t nsid) {
  ++m_commands;
  return m_queue.submit(nvm_flush_sqe(nsid), m_timeout);
}

CommandResult BlockIo::write_zeroes(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                                    bool deallocate) {
  ++m_commands;
  return m_queue.submit(nvm_write_zeroes_sqe(ns.nsid, lba, blocks, deallocate), m_timeout);
}

CommandResult BlockIo::deallocate(const NamespaceFormat& ns, const std::vector<DsmRange>& ranges) {
  if (ranges.empty() || ranges.size() > 256) {
    throw std::invalid_argument("BlockIo::deallocate: 1..256 ranges");
  }
  const DmaBuffer page = take_page();
  m_platform.write_dma(page.bus_address, ranges.data(), ranges.size() * sizeof(DsmRange));
  ++m_commands;
  const CommandResult result = m_queue.submit(
      nvm_deallocate_sqe(ns.nsid, static_cast<uint32_t>(ranges.size()), page.bus_address),
      m_timeout);
  if (!(result.timed_out && result.status == kStatusHostTimeout)) m_free_pages.push_back(page);
  return result;
}

}  // namespace nvme
