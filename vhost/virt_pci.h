// SPDX-License-Identifier: Apache-2.0
// User-Mode Linux's virt-pci messages (include/uapi/linux/virtio_pcidev.h): a PCI function's
// configuration, BAR and interrupt traffic carried over two virtqueues, "cmd" (queue 0: the
// driver's requests) and "irq" (queue 1: the device's interrupts).

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "virtqueue.h"

namespace vhost {

enum class PciOp : uint8_t {
  kCfgRead = 1,
  kCfgWrite = 2,
  kMmioRead = 3,
  kMmioWrite = 4,
  kMmioMemset = 5,
  kInt = 6,
  kMsi = 7,
  kPme = 8,
};

constexpr unsigned kCmdQueue = 0;
constexpr unsigned kIrqQueue = 1;
constexpr unsigned kPciHeaderBytes = 16;  // u8 op, u8 bar, u16 reserved, u32 size, u64 addr
constexpr uint32_t kMaxMmioBytes = 4096;

// One request from the cmd queue.
struct PciRequest {
  PciOp op = PciOp::kCfgRead;
  uint8_t bar = 0;
  uint32_t size = 0;          // bytes to read or write (memset: bytes to fill)
  uint64_t addr = 0;          // configuration offset, or offset inside the BAR
  std::vector<uint8_t> data;  // write data; memset: the one fill byte
  uint16_t head = 0;          // the chain, to hand back
  uint8_t* reply = nullptr;   // reads: where the device's bytes go
  uint32_t reply_size = 0;

  bool is_read() const { return op == PciOp::kCfgRead || op == PciOp::kMmioRead; }
};

// "CFG_READ", "MMIO_WRITE", ...
const char* op_name(PciOp op);

// Decodes a cmd-queue chain. A CFG_WRITE of 17 bytes is Linux 6.12's memset_io, which sends its
// MMIO_MEMSET with the wrong op (virt-pci.c um_pci_bar_set): decoded as kMmioMemset. False and
// *error for a request no device could answer (too short, a size the op does not allow, a read
// without room for its answer).
bool decode_request(const Chain& chain, PciRequest* request, std::string* error);

// An MSI message into an irq-queue buffer: the 32-bit write to `address` of `data`. Returns the
// bytes written, 0 if the buffer is too small.
uint32_t encode_msi(uint8_t* buffer, uint32_t size, uint64_t address, uint32_t data);

}  // namespace vhost
