// SPDX-License-Identifier: Apache-2.0
// Block I/O through one I/O queue pair, as Linux's nvme_setup_rw and nvme_setup_discard do:
// Read, Write, Flush, Write Zeroes and Dataset Management (deallocate) with PRPs built from the
// buffer's pages, a PRP list page per command when the data spans more than two pages, and
// transfers above the controller's MDTS split into several commands.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "nvme_spec.h"
#include "platform.h"
#include "queue_pair.h"

namespace nvme {

// What a namespace's I/O needs from its Identify Namespace data.
struct NamespaceFormat {
  uint32_t nsid = 0;
  unsigned lba_shift = 9;  // LBADS of the format in use
  uint64_t blocks = 0;     // NSZE
  uint32_t block_bytes() const { return 1u << lba_shift; }
};

// The PRP entries of a transfer: PRP1, and PRP2 or the list's entries (pages 2.. of the data).
struct PrpLayout {
  uint64_t prp1 = 0;
  std::vector<uint64_t> more_pages;  // the page addresses after PRP1's page
};
// The pages of `bytes` bytes at `bus_address` (DW aligned, bytes > 0).
PrpLayout prp_layout(uint64_t bus_address, uint32_t bytes);

class BlockIo {
 public:
  // `max_transfer_bytes`: the controller's MDTS in bytes (0: no limit); longer reads and writes
  // become several commands. `timeout`: each command's, after which the queue's timeout handler
  // recovers it (Controller: Abort, then a reset).
  BlockIo(Platform& platform, QueuePair& queue, uint32_t max_transfer_bytes, Nanoseconds timeout);
  ~BlockIo();
  BlockIo(const BlockIo&) = delete;
  BlockIo& operator=(const BlockIo&) = delete;

  QueuePair& queue() { return m_queue; }

  // `bus_address`: the data in DMA memory, DW aligned, blocks << lba_shift bytes. The result is
  // the first failing command's, or the last one's; `completed` spans them all.
  CommandResult read(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                     uint64_t bus_address);
  CommandResult write(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                      uint64_t bus_address, bool fua = false);
  CommandResult flush(uint32_t nsid);
  CommandResult write_zeroes(const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                             bool deallocate = false);
  // 1..256 ranges, each of 1.. blocks.
  CommandResult deallocate(const NamespaceFormat& ns, const std::vector<DsmRange>& ranges);

  uint64_t commands() const { return m_commands; }

 private:
  CommandResult transfer(bool write, const NamespaceFormat& ns, uint64_t lba, uint32_t blocks,
                         uint64_t bus_address, bool fua);
  // One command with its PRP list page, if it needs one (taken from the pool and returned
  // once the command ended; kept out of the pool if the device may still read it).
  CommandResult submit_with_prps(Sqe sqe, uint64_t bus_address, uint32_t bytes);
  DmaBuffer take_page();

  Platform& m_platform;
  QueuePair& m_queue;
  const uint32_t m_max_transfer;
  const Nanoseconds m_timeout;
  std::vector<DmaBuffer> m_free_pages;  // PRP list and DSM range pages
  std::vector<DmaBuffer> m_all_pages;
  uint64_t m_commands = 0;
};

}  // namespace nvme
