// SPDX-License-Identifier: Apache-2.0
// One PCI function through Linux VFIO.

#include "vfio_device.h"

#include <fcntl.h>
#include <linux/vfio.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace vfio {

namespace {

constexpr uint32_t kNvmeClass = 0x010802;  // mass storage, non-volatile memory, NVM Express
constexpr uint32_t kPciCommand = 0x04;
constexpr uint16_t kCommandMemory = 1u << 1;
constexpr uint16_t kCommandBusMaster = 1u << 2;

std::string errno_text(int error) { return std::strerror(error); }

// The first line of a sysfs file, empty if it cannot be read.
std::string read_line(const std::string& path) {
  std::ifstream file(path);
  std::string line;
  std::getline(file, line);
  return line;
}

// The last component of what a symlink points to, empty if it is not one.
std::string link_target_name(const std::string& path) {
  char target[4096];
  const ssize_t n = readlink(path.c_str(), target, sizeof target - 1);
  if (n <= 0) return "";
  target[n] = '\0';
  const char* slash = std::strrchr(target, '/');
  return slash ? slash + 1 : target;
}

bool exists(const std::string& path) { return access(path.c_str(), F_OK) == 0; }

bool parse_hex(const std::string& text, uint32_t* value) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  const unsigned long parsed = std::strtoul(text.c_str(), &end, 16);
  if (errno != 0 || end == text.c_str() || *end != '\0' || parsed > 0xFFFF'FFFFul) return false;
  *value = static_cast<uint32_t>(parsed);
  return true;
}

std::string hex(uint32_t value, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*x", digits, value);
  return text;
}

// How to hand a function to vfio-pci, for the error messages.
std::string binding_commands(const std::string& bdf) {
  const std::string dev = "/sys/bus/pci/devices/" + bdf;
  return "modprobe vfio-pci; echo " + bdf + " > " + dev + "/driver/unbind; echo vfio-pci > " + dev +
         "/driver_override; echo " + bdf + " > /sys/bus/pci/drivers_probe (docs/hil.md)";
}

}  // namespace

std::string canonical_bdf(const std::string& text) {
  // [DDDD:]BB:DD.F
  std::string domain = "0000";
  std::string rest = text;
  const size_t first = text.find(':');
  if (first != std::string::npos && text.find(':', first + 1) != std::string::npos) {
    domain = text.substr(0, first);
    rest = text.substr(first + 1);
  }
  auto all_hex = [](const std::string& s) {
    for (char c : s) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return !s.empty();
  };
  if (domain.empty() || domain.size() > 4 || !all_hex(domain)) return "";
  if (rest.size() != 7 || rest[2] != ':' || rest[5] != '.') return "";
  const std::string bus = rest.substr(0, 2), dev = rest.substr(3, 2), fn = rest.substr(6, 1);
  if (!all_hex(bus) || !all_hex(dev) || fn[0] < '0' || fn[0] > '7') return "";
  uint32_t device_number = 0;
  if (!parse_hex(dev, &device_number) || device_number >= 0x20) return "";
  std::string out = std::string(4 - domain.size(), '0') + domain + ":" + bus + ":" + dev + "." + fn;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<FunctionInfo> inspect_function(const std::string& bdf_text, std::string* error,
                                             const HostPaths& paths) {
  FunctionInfo info;
  info.bdf = canonical_bdf(bdf_text);
  if (info.bdf.empty()) {
    *error = "'" + bdf_text + "' is not a PCI address (DDDD:BB:DD.F, e.g. 0000:00:04.0)";
    return std::nullopt;
  }
  const std::string dev = paths.sysfs + "/bus/pci/devices/" + info.bdf;
  if (!exists(dev)) {
    *error = "no PCI function " + info.bdf + " (" + dev + " does not exist; lspci -D lists them)";
    return std::nullopt;
  }
  uint32_t vendor = 0, device = 0;
  if (!parse_hex(read_line(dev + "/vendor"), &vendor) ||
      !parse_hex(read_line(dev + "/device"), &device) ||
      !parse_hex(read_line(dev + "/class"), &info.class_code)) {
    *error = "cannot read the IDs of " + info.bdf + " from " + dev;
    return std::nullopt;
  }
  info.vendor_id = static_cast<uint16_t>(vendor);
  info.device_id = static_cast<uint16_t>(device);
  if (info.class_code != kNvmeClass) {
    *error = info.bdf + " is not an NVMe controller: class " + hex(info.class_code, 6) +
             ", not 010802 (vendor " + hex(vendor, 4) + ", device " + hex(device, 4) + ")";
    return std::nullopt;
  }
  info.driver = link_target_name(dev + "/driver");
  if (info.driver != "vfio-pci") {
    *error = info.bdf + " is bound to " + (info.driver.empty() ? "no driver" : info.driver) +
             ", not vfio-pci; hand it over first: " + binding_commands(info.bdf);
    return std::nullopt;
  }
  info.group = link_target_name(dev + "/iommu_group");
  if (info.group.empty()) {
    *error = info.bdf +
             " has no IOMMU group: the IOMMU is off (boot with intel_iommu=on or amd_iommu=on) "
             "and vfio's no-IOMMU mode is not on (modprobe vfio enable_unsafe_noiommu_mode=1, "
             "then bind again)";
    return std::nullopt;
  }
  const std::string noiommu = paths.dev_vfio + "/noiommu-" + info.group;
  info.noiommu = exists(noiommu);
  info.group_device = info.noiommu ? noiommu : paths.dev_vfio + "/" + info.group;
  if (!exists(info.group_device)) {
    *error = "IOMMU group " + info.group + " of " + info.bdf + " has no " + info.group_device +
             " (is vfio-pci loaded, and /dev mounted as devtmpfs?)";
    return std::nullopt;
  }
  return info;
}

std::unique_ptr<VfioDevice> VfioDevice::open(const std::string& bdf, std::string* error,
                                             const HostPaths& paths) {
  std::optional<FunctionInfo> info = inspect_function(bdf, error, paths);
  if (!info) return nullptr;
  std::unique_ptr<VfioDevice> device(new VfioDevice());
  device->m_info = std::move(*info);
  if (!device->open_fds(paths, error) || !device->map_bar0(error)) return nullptr;
  return device;
}

bool VfioDevice::open_fds(const HostPaths& paths, std::string* error) {
  const FunctionInfo& f = m_info;
  const std::string container_path = paths.dev_vfio + "/vfio";
  m_container = ::open(container_path.c_str(), O_RDWR | O_CLOEXEC);
  if (m_container < 0) {
    *error = "cannot open " + container_path + ": " + errno_text(errno);
    return false;
  }
  if (ioctl(m_container, VFIO_GET_API_VERSION) != VFIO_API_VERSION) {
    *error = "unknown VFIO API version in " + container_path;
    return false;
  }
  unsigned long iommu_type = VFIO_NOIOMMU_IOMMU;
  if (!f.noiommu) {
    iommu_type = ioctl(m_container, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) > 0
                     ? VFIO_TYPE1v2_IOMMU
                 : ioctl(m_container, VFIO_CHECK_EXTENSION, VFIO_TYPE1_IOMMU) > 0 ? VFIO_TYPE1_IOMMU
                                                                                  : 0;
    if (iommu_type == 0) {
      *error = "the VFIO container offers no type1 IOMMU (modprobe vfio_iommu_type1)";
      return false;
    }
  } else if (ioctl(m_container, VFIO_CHECK_EXTENSION, VFIO_NOIOMMU_IOMMU) <= 0) {
    *error = "the VFIO container offers no no-IOMMU driver";
    return false;
  }

  m_group = ::open(f.group_device.c_str(), O_RDWR | O_CLOEXEC);
  if (m_group < 0) {
    const int e = errno;
    if (e == EACCES || e == EPERM) {
      *error = "no access to IOMMU group " + f.group + " of " + f.bdf + ": " + f.group_device +
               ": " + errno_text(e) +
               " (run as root, or give your user the group's device: " + "chown USER " +
               f.group_device + (f.noiommu ? "; no-IOMMU mode needs root" : "") + ")";
    } else if (e == EBUSY) {
      *error = "IOMMU group " + f.group + " of " + f.bdf + " is in use: another process has " +
               f.group_device + " open";
    } else {
      *error = "cannot open " + f.group_device + ": " + errno_text(e);
    }
    return false;
  }
  vfio_group_status status = {};
  status.argsz = sizeof status;
  if (ioctl(m_group, VFIO_GROUP_GET_STATUS, &status) < 0) {
    *error = "VFIO_GROUP_GET_STATUS on " + f.group_device + ": " + errno_text(errno);
    return false;
  }
  if (!(status.flags & VFIO_GROUP_FLAGS_VIABLE)) {
    *error = "IOMMU group " + f.group + " of " + f.bdf +
             " is not viable: every function in it must be bound to vfio-pci or to no driver " +
             "(ls /sys/kernel/iommu_groups/" + f.group + "/devices)";
    return false;
  }
  if (ioctl(m_group, VFIO_GROUP_SET_CONTAINER, &m_container) < 0) {
    *error = "VFIO_GROUP_SET_CONTAINER: " + errno_text(errno);
    return false;
  }
  if (ioctl(m_container, VFIO_SET_IOMMU, iommu_type) < 0) {
    *error = "VFIO_SET_IOMMU: " + errno_text(errno);
    return false;
  }
  m_device = ioctl(m_group, VFIO_GROUP_GET_DEVICE_FD, f.bdf.c_str());
  if (m_device < 0) {
    *error = "VFIO_GROUP_GET_DEVICE_FD " + f.bdf + ": " + errno_text(errno);
    return false;
  }
  vfio_device_info device_info = {};
  device_info.argsz = sizeof device_info;
  if (ioctl(m_device, VFIO_DEVICE_GET_INFO, &device_info) < 0 ||
      !(device_info.flags & VFIO_DEVICE_FLAGS_PCI) ||
      device_info.num_regions <= VFIO_PCI_CONFIG_REGION_INDEX) {
    *error = f.bdf + " is not a VFIO PCI device with a configuration region";
    return false;
  }
  vfio_region_info config = {};
  config.argsz = sizeof config;
  config.index = VFIO_PCI_CONFIG_REGION_INDEX;
  if (ioctl(m_device, VFIO_DEVICE_GET_REGION_INFO, &config) < 0) {
    *error = "VFIO_DEVICE_GET_REGION_INFO (config): " + errno_text(errno);
    return false;
  }
  m_config_offset = config.offset;
  vfio_irq_info irq = {};
  irq.argsz = sizeof irq;
  irq.index = VFIO_PCI_MSIX_IRQ_INDEX;
  if (ioctl(m_device, VFIO_DEVICE_GET_IRQ_INFO, &irq) == 0) m_msix_vectors = irq.count;
  return true;
}

bool VfioDevice::map_bar0(std::string* error) {
  vfio_region_info bar = {};
  bar.argsz = sizeof bar;
  bar.index = VFIO_PCI_BAR0_REGION_INDEX;
  if (ioctl(m_device, VFIO_DEVICE_GET_REGION_INFO, &bar) < 0 || bar.size == 0) {
    *error = m_info.bdf + " has no BAR0";
    return false;
  }
  m_bar0_offset = bar.offset;
  m_bar0_size = bar.size;
  if (bar.flags & VFIO_REGION_INFO_FLAG_MMAP) {
    void* mapped = mmap(nullptr, bar.size, PROT_READ | PROT_WRITE, MAP_SHARED, m_device,
                        static_cast<off_t>(bar.offset));
    // Not mappable after all (the MSI-X table may sit in it): pread and pwrite still work.
    if (mapped != MAP_FAILED) m_bar0 = static_cast<volatile uint8_t*>(mapped);
  }
  return true;
}

void VfioDevice::disable() {
  if (m_msix_enabled) {
    vfio_irq_set off = {};
    off.argsz = sizeof off;
    off.flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER;
    off.index = VFIO_PCI_MSIX_IRQ_INDEX;
    ioctl(m_device, VFIO_DEVICE_SET_IRQS, &off);
    m_msix_enabled = false;
  }
  if (m_command_at_open) {
    config_write(kPciCommand, &*m_command_at_open, 2);
    m_command_at_open.reset();
  }
}

VfioDevice::~VfioDevice() {
  if (m_device >= 0) disable();
  if (m_bar0) munmap(const_cast<uint8_t*>(m_bar0), m_bar0_size);
  if (m_device >= 0) close(m_device);
  if (m_group >= 0) {
    ioctl(m_group, VFIO_GROUP_UNSET_CONTAINER);
    close(m_group);
  }
  if (m_container >= 0) close(m_container);  // drops the DMA mappings
}

// ---- BAR0 ---------------------------------------------------------------------------------------
// Fences order the driver's memory writes (queue entries) before a doorbell write, and a
// register read before what the driver does with it.

uint32_t VfioDevice::read32(uint32_t offset) {
  uint32_t value = 0xFFFF'FFFFu;
  if (m_bar0) {
    value = *reinterpret_cast<volatile uint32_t*>(m_bar0 + offset);
  } else if (pread(m_device, &value, 4, static_cast<off_t>(m_bar0_offset + offset)) != 4) {
    value = 0xFFFF'FFFFu;  // as a read that nothing answers
  }
  std::atomic_thread_fence(std::memory_order_acquire);
  return value;
}

void VfioDevice::write32(uint32_t offset, uint32_t value) {
  std::atomic_thread_fence(std::memory_order_release);
  if (m_bar0) {
    *reinterpret_cast<volatile uint32_t*>(m_bar0 + offset) = value;
  } else if (pwrite(m_device, &value, 4, static_cast<off_t>(m_bar0_offset + offset)) != 4) {
    // A posted write has no answer; the driver notices a dead device through its reads.
  }
}

uint64_t VfioDevice::read64(uint32_t offset) {
  uint64_t value = ~uint64_t{0};
  if (m_bar0) {
    value = *reinterpret_cast<volatile uint64_t*>(m_bar0 + offset);
  } else if (pread(m_device, &value, 8, static_cast<off_t>(m_bar0_offset + offset)) != 8) {
    value = ~uint64_t{0};
  }
  std::atomic_thread_fence(std::memory_order_acquire);
  return value;
}

void VfioDevice::write64(uint32_t offset, uint64_t value) {
  std::atomic_thread_fence(std::memory_order_release);
  if (m_bar0) {
    *reinterpret_cast<volatile uint64_t*>(m_bar0 + offset) = value;
  } else if (pwrite(m_device, &value, 8, static_cast<off_t>(m_bar0_offset + offset)) != 8) {
    // As write32.
  }
}

// ---- Configuration space ------------------------------------------------------------------------

bool VfioDevice::config_read(uint32_t offset, void* data, size_t size) {
  return pread(m_device, data, size, static_cast<off_t>(m_config_offset + offset)) ==
         static_cast<ssize_t>(size);
}

bool VfioDevice::config_write(uint32_t offset, const void* data, size_t size) {
  return pwrite(m_device, data, size, static_cast<off_t>(m_config_offset + offset)) ==
         static_cast<ssize_t>(size);
}

bool VfioDevice::enable_bus_master(std::string* error) {
  uint16_t command = 0;
  if (!config_read(kPciCommand, &command, 2)) {
    *error = "cannot read the command register of " + m_info.bdf + ": " + errno_text(errno);
    return false;
  }
  if (!m_command_at_open) m_command_at_open = command;
  command |= kCommandMemory | kCommandBusMaster;
  if (!config_write(kPciCommand, &command, 2)) {
    *error = "cannot write the command register of " + m_info.bdf + ": " + errno_text(errno);
    return false;
  }
  return true;
}

// ---- DMA and MSI-X ------------------------------------------------------------------------------

bool VfioDevice::map_dma(void* host, uint64_t iova, uint64_t size, std::string* error) {
  if (m_info.noiommu) {
    *error = "no DMA mappings without an IOMMU: the device uses physical addresses";
    return false;
  }
  vfio_iommu_type1_dma_map map = {};
  map.argsz = sizeof map;
  map.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE;
  map.vaddr = reinterpret_cast<uint64_t>(host);
  map.iova = iova;
  map.size = size;
  if (ioctl(m_container, VFIO_IOMMU_MAP_DMA, &map) < 0) {
    const int e = errno;
    std::ostringstream why;
    why << "VFIO_IOMMU_MAP_DMA of " << (size >> 20) << " MiB at IOVA 0x" << std::hex << iova << ": "
        << errno_text(e);
    if (e == ENOMEM) why << " (pinned memory is limited by RLIMIT_MEMLOCK: ulimit -l)";
    *error = why.str();
    return false;
  }
  return true;
}

bool VfioDevice::enable_msix(const std::vector<int>& eventfds, std::string* error) {
  if (eventfds.empty() || eventfds.size() > m_msix_vectors) {
    *error = m_info.bdf + " has " + std::to_string(m_msix_vectors) + " MSI-X vectors, " +
             std::to_string(eventfds.size()) + " asked for";
    return false;
  }
  std::vector<uint8_t> bytes(sizeof(vfio_irq_set) + eventfds.size() * sizeof(int32_t));
  auto* set = reinterpret_cast<vfio_irq_set*>(bytes.data());
  set->argsz = static_cast<uint32_t>(bytes.size());
  set->flags = VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER;
  set->index = VFIO_PCI_MSIX_IRQ_INDEX;
  set->start = 0;
  set->count = static_cast<uint32_t>(eventfds.size());
  std::memcpy(set->data, eventfds.data(), eventfds.size() * sizeof(int32_t));
  if (ioctl(m_device, VFIO_DEVICE_SET_IRQS, set) < 0) {
    *error = "VFIO_DEVICE_SET_IRQS (MSI-X, " + std::to_string(eventfds.size()) +
             " vectors): " + errno_text(errno);
    return false;
  }
  m_msix_enabled = true;
  return true;
}

}  // namespace vfio
