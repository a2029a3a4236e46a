// SPDX-License-Identifier: Apache-2.0
// One PCI function through Linux VFIO: checked in sysfs first (an NVMe controller, bound to
// vfio-pci, in an IOMMU group we may open), then opened through its group and a container with
// the type1 IOMMU, or the no-IOMMU driver where the kernel offers only that. BAR0 is mapped for
// register access, configuration space is read and written through the device's region, DMA
// mappings go to the container, and MSI-X vectors are signalled on eventfds.
//
// The function is left as found: the command register is restored and MSI-X disabled when the
// device closes, and its driver binding is never touched (vfio-pci resets the function when the
// last user closes it).

#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vfio {

// Where the kernel's interfaces are: the real ones, or a test's copies of them.
struct HostPaths {
  std::string sysfs = "/sys";
  std::string dev_vfio = "/dev/vfio";
};

// "0000:00:04.0" from "0000:00:04.0" or "00:04.0" (domain 0), lowercase; empty if `text` is not a
// PCI address (domain up to 4 hex digits, bus 2, device 2 below 0x20, function one digit 0-7).
std::string canonical_bdf(const std::string& text);

// What sysfs tells about a function, before VFIO is touched.
struct FunctionInfo {
  std::string bdf;
  uint16_t vendor_id = 0;
  uint16_t device_id = 0;
  uint32_t class_code = 0;
  std::string driver;        // the bound driver's name; empty: none
  std::string group;         // the IOMMU group's number
  std::string group_device;  // /dev/vfio/N, or /dev/vfio/noiommu-N
  bool noiommu = false;      // a no-IOMMU group: DMA to physical addresses, no isolation
};

// Checks that `bdf` names an NVMe controller (class 01:08:02) bound to vfio-pci and in an IOMMU
// group; nothing with the reason (and the fix) in `error` otherwise.
std::optional<FunctionInfo> inspect_function(const std::string& bdf, std::string* error,
                                             const HostPaths& paths = HostPaths());

class VfioDevice {
 public:
  // inspect_function, then the group, the container and the device; nothing with the reason in
  // `error` if any step fails (everything opened so far is closed again).
  static std::unique_ptr<VfioDevice> open(const std::string& bdf, std::string* error,
                                          const HostPaths& paths = HostPaths());
  ~VfioDevice();
  VfioDevice(const VfioDevice&) = delete;
  VfioDevice& operator=(const VfioDevice&) = delete;

  const FunctionInfo& info() const { return m_info; }
  bool noiommu() const { return m_info.noiommu; }

  // ---- BAR0 (offsets into it; every access one of its width) --------------------------------
  uint64_t bar0_size() const { return m_bar0_size; }
  uint32_t read32(uint32_t offset);
  void write32(uint32_t offset, uint32_t value);
  uint64_t read64(uint32_t offset);
  void write64(uint32_t offset, uint64_t value);

  // ---- Configuration space -------------------------------------------------------------------
  bool config_read(uint32_t offset, void* data, size_t size);
  bool config_write(uint32_t offset, const void* data, size_t size);
  // Memory space and bus mastering on (the command register's value at open comes back at close).
  bool enable_bus_master(std::string* error);

  // ---- DMA (type1 IOMMU only) ------------------------------------------------------------------
  // The device may then read and write host memory [host, host + size) at bus address `iova`.
  bool map_dma(void* host, uint64_t iova, uint64_t size, std::string* error);

  // ---- MSI-X ---------------------------------------------------------------------------------
  unsigned msix_vectors() const { return m_msix_vectors; }  // the function's table size
  // Vector v signals eventfds[v], for v below eventfds.size() (at most msix_vectors()).
  bool enable_msix(const std::vector<int>& eventfds, std::string* error);

  // MSI-X off and the command register as it was at open (bus mastering off, unless it was on):
  // the device can no longer reach host memory. Also done at close; harmless twice.
  void disable();

 private:
  VfioDevice() = default;
  bool open_fds(const HostPaths& paths, std::string* error);
  bool map_bar0(std::string* error);

  FunctionInfo m_info;
  int m_container = -1;
  int m_group = -1;
  int m_device = -1;
  uint64_t m_config_offset = 0;  // of the config region in the device fd
  uint64_t m_bar0_offset = 0;    // of the BAR0 region in the device fd
  uint64_t m_bar0_size = 0;
  volatile uint8_t* m_bar0 = nullptr;  // mapped; null: accessed by pread/pwrite
  unsigned m_msix_vectors = 0;
  bool m_msix_enabled = false;
  std::optional<uint16_t> m_command_at_open;
};

}  // namespace vfio
