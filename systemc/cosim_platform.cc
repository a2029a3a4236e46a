// SPDX-License-Identifier: Apache-2.0
// nvme::Platform on the SystemC model.

// Verilator headers first (docs/platform.md, "Build rules"), through the bridge.
#include "rtl_bridge.h"

#include "cosim_platform.h"
#include "sim_time.h"

#include <algorithm>
#include <stdexcept>

#include "pci_config.h"

namespace cosim {

namespace {

unsigned size_code(unsigned bytes) {
  unsigned code = 0;
  while (code < 5 && (128u << (code + 1)) <= bytes) ++code;
  return code;
}

class ScCompletion : public nvme::Completion {
 public:
  void complete() override {
    m_done = true;
    m_event.notify(sc_core::SC_ZERO_TIME);
  }
  bool done() const override { return m_done; }
  void wait() override {
    while (!m_done) sc_core::wait(m_event);
  }
  bool wait_for(nvme::Nanoseconds timeout) override {
    const sc_core::sc_time deadline =
        sc_core::sc_time_stamp() + sc_core::sc_time(static_cast<double>(timeout), sc_core::SC_NS);
    while (!m_done) {
      const sc_core::sc_time now = sc_core::sc_time_stamp();
      if (now >= deadline) return false;
      sc_core::wait(deadline - now, m_event);
    }
    return true;
  }

 private:
  bool m_done = false;
  sc_core::sc_event m_event;
};

class ScMutex : public nvme::Mutex {
 public:
  void lock() override { m_mutex.lock(); }
  void unlock() override { m_mutex.unlock(); }

 private:
  sc_core::sc_mutex m_mutex;
};

class ScSemaphore : public nvme::Semaphore {
 public:
  explicit ScSemaphore(unsigned count) : m_semaphore(static_cast<int>(count)) {}
  void acquire() override { m_semaphore.wait(); }
  bool try_acquire() override { return m_semaphore.trywait() == 0; }
  void release() override { m_semaphore.post(); }
  unsigned available() const override { return static_cast<unsigned>(m_semaphore.get_value()); }

 private:
  sc_core::sc_semaphore m_semaphore;
};

}  // namespace

CosimPlatform::CosimPlatform(sc_core::sc_module_name name, HostMemory& memory, MsiController& msi,
                             const PlatformOptions& options, RtlBridge* bridge)
    : sc_core::sc_module(name),
      cfg_socket("cfg_socket"),
      mmio_socket("mmio_socket"),
      m_memory(memory),
      m_msi(msi),
      m_options(options),
      m_bridge(bridge),
      m_allocations(options.dma_base, options.dma_size) {
  m_msi.add_callback([this](unsigned vector, const MsiController::Message&) {
    ++m_interrupts;
    annotate("interrupts", m_interrupts);
    if (vector < m_vectors.size()) {
      ++m_vectors[vector].pending;
      m_vectors[vector].raised->notify(sc_core::SC_ZERO_TIME);
    }
  });
}

bool CosimPlatform::transport(tlm_utils::simple_initiator_socket<CosimPlatform>& socket,
                              tlm::tlm_command cmd, uint64_t address, uint8_t* data,
                              unsigned length, uint8_t* byte_enable) {
  tlm::tlm_generic_payload payload;
  payload.set_command(cmd);
  payload.set_address(address);
  payload.set_data_ptr(data);
  payload.set_data_length(length);
  payload.set_streaming_width(length);
  payload.set_byte_enable_ptr(byte_enable);
  payload.set_byte_enable_length(byte_enable ? length : 0);
  payload.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
  sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
  socket->b_transport(payload, delay);
  if (delay > sc_core::SC_ZERO_TIME) sc_core::wait(delay);
  const bool ok = payload.is_response_ok();
  if (!ok) ++m_access_errors;
  return ok;
}

uint32_t CosimPlatform::cfg_read32(uint16_t offset, bool* ok) {
  uint8_t data[4] = {};
  const bool done = transport(cfg_socket, tlm::TLM_READ_COMMAND,
                              uint64_t{m_options.device_bdf} << 12 | offset, data, 4, nullptr);
  if (ok) *ok = done;
  return uint32_t{data[0]} | uint32_t{data[1]} << 8 | uint32_t{data[2]} << 16 |
         uint32_t{data[3]} << 24;
}

bool CosimPlatform::cfg_write32(uint16_t offset, uint32_t value, uint8_t byte_enable) {
  uint8_t data[4] = {uint8_t(value), uint8_t(value >> 8), uint8_t(value >> 16),
                     uint8_t(value >> 24)};
  uint8_t enables[4];
  for (int b = 0; b < 4; ++b) enables[b] = (byte_enable >> b & 1) ? 0xFF : 0x00;
  return transport(cfg_socket, tlm::TLM_WRITE_COMMAND,
                   uint64_t{m_options.device_bdf} << 12 | offset, data, 4,
                   byte_enable == 0xF ? nullptr : enables);
}

uint16_t CosimPlatform::find_capability(uint8_t id) {
  uint16_t ptr = cfg_read32(pci::kCfgCapPtr) & 0xFC;
  for (int guard = 0; ptr != 0 && guard < 48; ++guard) {
    const uint32_t header = cfg_read32(ptr);
    if ((header & 0xFF) == id) return ptr;
    ptr = (header >> 8) & 0xFC;
  }
  return 0;
}

const PciDeviceInfo& CosimPlatform::enumerate() {
  m_device = PciDeviceInfo{};
  bool ok = false;
  const uint32_t id = cfg_read32(pci::kCfgId, &ok);
  if (!ok || (id & 0xFFFF) == 0xFFFF) return m_device;  // nothing at this BDF
  m_device.vendor_id = id & 0xFFFF;
  m_device.device_id = id >> 16;
  m_device.class_code = cfg_read32(pci::kCfgClass) >> 8;

  // Size BAR0: all ones, read back; a 64-bit memory BAR takes BAR1 as its upper half.
  cfg_write32(pci::kCfgCommand, 0, 0x3);
  cfg_write32(pci::kCfgBar0, 0xFFFF'FFFF);
  const uint32_t lo = cfg_read32(pci::kCfgBar0);
  const bool is64 = ((lo >> 1) & 3) == 2;
  uint64_t mask = lo & ~0xFull;
  if (is64) {
    cfg_write32(pci::kCfgBar1, 0xFFFF'FFFF);
    mask |= uint64_t{cfg_read32(pci::kCfgBar1)} << 32;
  } else {
    mask |= 0xFFFF'FFFF'0000'0000ull;
  }
  m_device.bar0_size = ~mask + 1;
  m_device.bar0 = m_options.bar0_address;
  cfg_write32(pci::kCfgBar0, static_cast<uint32_t>(m_device.bar0));
  if (is64) cfg_write32(pci::kCfgBar1, static_cast<uint32_t>(m_device.bar0 >> 32));

  // Max Payload Size (capped by what the device supports) and Max Read Request Size.
  if (const uint16_t pcie = find_capability(pci::kCapIdPcie)) {
    const unsigned supported = 128u << (cfg_read32(pcie + pci::kPcieDevCap) & 7);
    m_device.max_payload = std::min(m_options.max_payload, supported);
    m_device.max_read_request = m_options.max_read_request;
    const uint32_t control = cfg_read32(pcie + pci::kPcieDevCtl) & 0xFFFF & ~0x70E0u;
    cfg_write32(
        pcie + pci::kPcieDevCtl,
        control | size_code(m_device.max_payload) << 5 | size_code(m_device.max_read_request) << 12,
        0x3);
  }
  cfg_write32(pci::kCfgCommand, pci::kCmdMemSpace | pci::kCmdBusMaster, 0x3);

  // MSI-X: every enabled vector writes its own number to the MSI window.
  if (const uint16_t msix = find_capability(pci::kCapIdMsix)) {
    const uint32_t control = cfg_read32(msix);
    m_device.msix_table_size = ((control >> 16) & 0x7FF) + 1;
    const uint32_t table = cfg_read32(msix + pci::kMsixTableOffset);
    if ((table & 7) == 0) {  // table in BAR0
      m_device.msix_vectors = std::min(m_options.msix_vectors, m_device.msix_table_size);
      // Enable with the function masked while the table is programmed, as Linux does.
      cfg_write32(msix, (1u << 31 | 1u << 30), 0xC);
      for (unsigned v = 0; v < m_device.msix_vectors; ++v) {
        const uint32_t entry = (table & ~7u) + 16 * v;
        write32(entry, static_cast<uint32_t>(m_msi.window_base()));
        write32(entry + 4, static_cast<uint32_t>(m_msi.window_base() >> 32));
        write32(entry + 8, v);
        write32(entry + 12, 0);  // unmasked
      }
      cfg_write32(msix, 1u << 31, 0xC);
      m_vectors.resize(m_device.msix_vectors);
      for (auto& vector : m_vectors) vector.raised = std::make_unique<sc_core::sc_event>();
    }
  }
  m_device.present = true;
  return m_device;
}

// ---- Registers ------------------------------------------------------------------------------

uint32_t CosimPlatform::read32(uint32_t offset) {
  uint8_t data[4] = {};
  transport(mmio_socket, tlm::TLM_READ_COMMAND, m_device.bar0 + offset, data, 4, nullptr);
  return uint32_t{data[0]} | uint32_t{data[1]} << 8 | uint32_t{data[2]} << 16 |
         uint32_t{data[3]} << 24;
}

void CosimPlatform::write32(uint32_t offset, uint32_t value) {
  uint8_t data[4] = {uint8_t(value), uint8_t(value >> 8), uint8_t(value >> 16),
                     uint8_t(value >> 24)};
  transport(mmio_socket, tlm::TLM_WRITE_COMMAND, m_device.bar0 + offset, data, 4, nullptr);
}

uint64_t CosimPlatform::read64(uint32_t offset) {
  uint8_t data[8] = {};
  transport(mmio_socket, tlm::TLM_READ_COMMAND, m_device.bar0 + offset, data, 8, nullptr);
  uint64_t value = 0;
  for (int b = 7; b >= 0; --b) value = value << 8 | data[b];
  return value;
}

void CosimPlatform::write64(uint32_t offset, uint64_t value) {
  uint8_t data[8];
  for (int b = 0; b < 8; ++b) data[b] = static_cast<uint8_t>(value >> (8 * b));
  transport(mmio_socket, tlm::TLM_WRITE_COMMAND, m_device.bar0 + offset, data, 8, nullptr);
}

// ---- DMA memory -----------------------------------------------------------------------------

nvme::DmaBuffer CosimPlatform::alloc_dma(size_t size, size_t alignment) {
  if (size == 0) throw std::invalid_argument("alloc_dma: zero size");
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    throw std::invalid_argument("alloc_dma: alignment must be a power of two");
  }
  const std::optional<uint64_t> address = m_allocations.allocate(size, alignment);
  if (!address) throw std::runtime_error("alloc_dma: DMA region exhausted");
  return nvme::DmaBuffer{*address, size};
}

void CosimPlatform::free_dma(const nvme::DmaBuffer& buffer) {
  if (!m_allocations.free(buffer.bus_address)) {
    throw std::invalid_argument("free_dma: not an allocated buffer");
  }
}

void CosimPlatform::read_dma(uint64_t bus_address, void* dst, size_t size) {
  m_memory.read(bus_address, dst, size);
}

void CosimPlatform::write_dma(uint64_t bus_address, const void* src, size_t size) {
  m_memory.write(bus_address, src, size);
}

// ---- Interrupts and tasks ---------------------------------------------------------------------

void CosimPlatform::set_interrupt_handler(unsigned vector, std::function<void()> handler) {
  if (vector >= m_vectors.size()) throw std::out_of_range("set_interrupt_handler: vector");
  const bool first = !m_vectors[vector].handler;
  m_vectors[vector].handler = std::move(handler);
  if (!first) return;
  // One task per vector; interrupts raised while its handler runs are folded into one more call.
  spawn("irq" + std::to_string(vector), [this, vector] {
    Vector& v = m_vectors[vector];
    for (;;) {
      while (v.pending == 0) sc_core::wait(*v.raised);
      v.pending = 0;
      v.handler();
    }
  });
}

void CosimPlatform::spawn(const std::string& name, std::function<void()> body) {
  sc_core::sc_spawn_options options;
  const std::string unique = name + "_" + std::to_string(m_spawned++);
  sc_core::sc_spawn(std::move(body), unique.c_str(), &options);
}

std::unique_ptr<nvme::Completion> CosimPlatform::make_completion() {
  return std::make_unique<ScCompletion>();
}

std::unique_ptr<nvme::Mutex> CosimPlatform::make_mutex() { return std::make_unique<ScMutex>(); }

std::unique_ptr<nvme::Semaphore> CosimPlatform::make_semaphore(unsigned count) {
  return std::make_unique<ScSemaphore>(count);
}

void CosimPlatform::sleep(nvme::Nanoseconds duration) {
  sc_core::wait(sc_core::sc_time(static_cast<double>(duration), sc_core::SC_NS));
}

nvme::Nanoseconds CosimPlatform::now() const { return to_nanoseconds(sc_core::sc_time_stamp()); }

void CosimPlatform::annotate(const std::string& signal, uint64_t value) {
  if (m_bridge) m_bridge->annotate(signal, value);
}

}  // namespace cosim
