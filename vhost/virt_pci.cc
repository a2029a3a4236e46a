// SPDX-License-Identifier: Apache-2.0
#include "virt_pci.h"

#include <cstring>

namespace vhost {

const char* op_name(PciOp op) {
  switch (op) {
    case PciOp::kCfgRead:
      return "CFG_READ";
    case PciOp::kCfgWrite:
      return "CFG_WRITE";
    case PciOp::kMmioRead:
      return "MMIO_READ";
    case PciOp::kMmioWrite:
      return "MMIO_WRITE";
    case PciOp::kMmioMemset:
      return "MMIO_MEMSET";
    case PciOp::kInt:
      return "INT";
    case PciOp::kMsi:
      return "MSI";
    case PciOp::kPme:
      return "PME";
  }
  return "?";
}

bool decode_request(const Chain& chain, PciRequest* r, std::string* error) {
  const std::vector<uint8_t> bytes = chain.readable_bytes();
  if (bytes.size() < kPciHeaderBytes) {
    *error = "a virt-pci request of " + std::to_string(bytes.size()) + " bytes";
    return false;
  }
  r->head = chain.head;
  r->op = static_cast<PciOp>(bytes[0]);
  r->bar = bytes[1];
  std::memcpy(&r->size, bytes.data() + 4, 4);
  std::memcpy(&r->addr, bytes.data() + 8, 8);
  const size_t payload = bytes.size() - kPciHeaderBytes;
  auto bad = [&](const std::string& why) {
    *error = std::string(op_name(r->op)) + " " + why;
    return false;
  };
  const bool cfg_size = r->size == 1 || r->size == 2 || r->size == 4 || r->size == 8;
  switch (r->op) {
    case PciOp::kCfgWrite:
      if (payload == 1) {  // 6.12's memset_io (see the header)
        r->op = PciOp::kMmioMemset;
        if (r->size > kMaxMmioBytes) return bad("of " + std::to_string(r->size) + " bytes");
        r->data.assign(bytes.begin() + kPciHeaderBytes, bytes.end());
        return true;
      }
      if (!cfg_size || payload < r->size) return bad("of " + std::to_string(r->size) + " bytes");
      r->data.assign(bytes.begin() + kPciHeaderBytes, bytes.begin() + kPciHeaderBytes + r->size);
      return true;
    case PciOp::kMmioWrite:
      if (r->size == 0 || r->size > kMaxMmioBytes || payload < r->size) {
        return bad("of " + std::to_string(r->size) + " bytes");
      }
      r->data.assign(bytes.begin() + kPciHeaderBytes, bytes.begin() + kPciHeaderBytes + r->size);
      return true;
    case PciOp::kMmioMemset:
      if (r->size > kMaxMmioBytes || payload < 1) return bad("without its byte");
      r->data.assign(bytes.begin() + kPciHeaderBytes, bytes.begin() + kPciHeaderBytes + 1);
      return true;
    case PciOp::kCfgRead:
    case PciOp::kMmioRead: {
      const bool size_ok =
          r->op == PciOp::kCfgRead ? cfg_size : r->size > 0 && r->size <= kMaxMmioBytes;
      const Buffer* in = chain.writable();
      if (!size_ok || !in || in->size < r->size) {
        return bad("of " + std::to_string(r->size) + " bytes without room for the answer");
      }
      r->reply = in->data;
      r->reply_size = in->size;
      return true;
    }
    default:
      return bad("is not a request a driver sends");
  }
}

uint32_t encode_msi(uint8_t* buffer, uint32_t size, uint64_t address, uint32_t data) {
  constexpr uint32_t kBytes = kPciHeaderBytes + 4;
  if (size < kBytes) return 0;
  std::memset(buffer, 0, kBytes);
  buffer[0] = static_cast<uint8_t>(PciOp::kMsi);
  const uint32_t data_size = 4;  // MSI-X: a DW
  std::memcpy(buffer + 4, &data_size, 4);
  std::memcpy(buffer + 8, &address, 8);
  std::memcpy(buffer + kPciHeaderBytes, &data, 4);
  return kBytes;
}

}  // namespace vhost
