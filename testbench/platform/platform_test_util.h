// SPDX-License-Identifier: Apache-2.0
// Helpers for the platform unit tests: a thread running a lambda, a CPU-side TLM initiator, a
// fake PCIe device (a TlpSink answering from maps), and a bench wiring them to the models.

#pragma once

#include <gtest/gtest.h>
#include <tlm_utils/simple_initiator_socket.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <systemc>
#include <tlm>
#include <utility>
#include <vector>

#include "host_memory.h"
#include "msi_controller.h"
#include "pcie_link.h"
#include "pcie_tlp.h"
#include "root_complex.h"
#include "test_process.h"
#include "tlp_sink.h"

namespace cosim::test {

// SystemC elaborates once per process, so a test that simulates starts with this. Run alone
// (ctest runs one test per process) the test goes on here; when this process runs several, the
// rest of the test runs in a forked child, and the parent passes, fails or skips the test as
// the child did (test_process.h).
#define RUN_IN_FRESH_SYSTEMC_PROCESS()                                                          \
  do {                                                                                          \
    const ::tb::TestProcessOutcome own_process_ = ::tb::run_test_in_own_process_unless_alone(); \
    switch (own_process_.result) {                                                              \
      case ::tb::TestProcessOutcome::kRunHere:                                                  \
        break;                                                                                  \
      case ::tb::TestProcessOutcome::kPassed:                                                   \
        return;                                                                                 \
      case ::tb::TestProcessOutcome::kFailed:                                                   \
        ADD_FAILURE() << own_process_.detail;                                                   \
        return;                                                                                 \
      case ::tb::TestProcessOutcome::kSkipped:                                                  \
        GTEST_SKIP() << "skipped in its own process, for the reason printed above";             \
    }                                                                                           \
    if (sc_core::sc_get_status() != sc_core::SC_ELABORATION) {                                  \
      FAIL() << "SystemC was already simulated in this process, by a test that does not "       \
                "start with RUN_IN_FRESH_SYSTEMC_PROCESS()";                                    \
    }                                                                                           \
  } while (0)

inline sc_core::sc_time ns(double value) { return sc_core::sc_time(value, sc_core::SC_NS); }
inline sc_core::sc_time ps(double value) { return sc_core::sc_time(value, sc_core::SC_PS); }
inline sc_core::sc_time now() { return sc_core::sc_time_stamp(); }

// Runs `body` once as an SC_THREAD from time 0.
class TestThread : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(TestThread);
  TestThread(sc_core::sc_module_name name, std::function<void()> body)
      : sc_core::sc_module(name), m_body(std::move(body)) {
    SC_THREAD(run);
  }

 private:
  void run() { m_body(); }
  std::function<void()> m_body;
};

// Records what a link delivers, with the arrival time.
struct TimedTlp {
  sc_core::sc_time time;
  pcie::Tlp tlp;
};

class RecordingSink : public TlpSink {
 public:
  void receive_tlp(const pcie::Tlp& tlp) override { received.push_back({now(), tlp}); }
  std::vector<TimedTlp> received;
};

// The CPU: TLM initiators into the root complex. Call the accessors from a TestThread.
class TestCpu : public sc_core::sc_module {
 public:
  tlm_utils::simple_initiator_socket<TestCpu> cfg_socket;
  tlm_utils::simple_initiator_socket<TestCpu> mmio_socket;

  explicit TestCpu(sc_core::sc_module_name name)
      : sc_core::sc_module(name), cfg_socket("cfg_socket"), mmio_socket("mmio_socket") {}

  // Little-endian value of `len` bytes; `delay` is passed as the incoming annotation and
  // `byte_enables` (TLM_BYTE_ENABLED or not, per byte) as the byte-enable array if not empty.
  tlm::tlm_response_status access(tlm_utils::simple_initiator_socket<TestCpu>& socket,
                                  tlm::tlm_command command, uint64_t addr, uint64_t* value,
                                  unsigned len, sc_core::sc_time delay = sc_core::SC_ZERO_TIME,
                                  std::vector<uint8_t> byte_enables = {}) {
    uint8_t bytes[8] = {};
    for (unsigned i = 0; i < len; ++i) bytes[i] = static_cast<uint8_t>(*value >> (8 * i));
    tlm::tlm_generic_payload trans;
    trans.set_command(command);
    trans.set_address(addr);
    trans.set_data_ptr(bytes);
    trans.set_data_length(len);
    trans.set_streaming_width(len);
    if (!byte_enables.empty()) {
      trans.set_byte_enable_ptr(byte_enables.data());
      trans.set_byte_enable_length(static_cast<unsigned>(byte_enables.size()));
    }
    trans.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
    socket->b_transport(trans, delay);
    EXPECT_EQ(delay, sc_core::SC_ZERO_TIME) << "the root complex returns with the delay consumed";
    if (command == tlm::TLM_READ_COMMAND) {
      *value = 0;
      for (unsigned i = 0; i < len; ++i) *value |= uint64_t{bytes[i]} << (8 * i);
    }
    return trans.get_response_status();
  }

  uint64_t cfg_read(uint16_t bdf, uint16_t offset, unsigned len,
                    tlm::tlm_response_status* status = nullptr) {
    uint64_t value = 0;
    const auto s = access(cfg_socket, tlm::TLM_READ_COMMAND, ecam(bdf, offset), &value, len);
    if (status) *status = s;
    return value;
  }
  tlm::tlm_response_status cfg_write(uint16_t bdf, uint16_t offset, uint64_t value, unsigned len) {
    return access(cfg_socket, tlm::TLM_WRITE_COMMAND, ecam(bdf, offset), &value, len);
  }
  uint64_t mmio_read(uint64_t addr, unsigned len, tlm::tlm_response_status* status = nullptr,
                     sc_core::sc_time delay = sc_core::SC_ZERO_TIME) {
    uint64_t value = 0;
    const auto s = access(mmio_socket, tlm::TLM_READ_COMMAND, addr, &value, len, delay);
    if (status) *status = s;
    return value;
  }
  tlm::tlm_response_status mmio_write(uint64_t addr, uint64_t value, unsigned len) {
    return access(mmio_socket, tlm::TLM_WRITE_COMMAND, addr, &value, len);
  }

  static uint64_t ecam(uint16_t bdf, uint16_t offset) { return (uint64_t{bdf} << 12) | offset; }
};

// A PCIe function reduced to maps: configuration space and BAR memory by DW address. It answers
// non-posted requests at once (in the link's delivery process) according to `mode`, and sends
// the DMA TLPs a test gives it.
class FakeDevice : public TlpSink {
 public:
  static constexpr uint16_t kBdf = 0x0100;  // 01:00.0
  enum class Mode {
    kAnswer,          // completions with data from the maps, status SC
    kUnsupported,     // Cpl with UR
    kCompleterAbort,  // Cpl with CA
    kHold,            // keep requests in `held` until answer_held()
  };

  explicit FakeDevice(PcieLink& link) : m_link(link) { link.bind_downstream(*this); }

  void receive_tlp(const pcie::Tlp& tlp) override {
    received.push_back({now(), tlp});
    if (tlp.is_mem_wr()) {
      write_dws(memory, tlp.address(), tlp.payload(), tlp.first_be(), tlp.last_be());
      return;
    }
    if (!tlp.is_non_posted() || tlp.is_cpl()) return;
    if (ignore_next > 0) {
      --ignore_next;
      return;
    }
    if (mode == Mode::kHold) {
      held.push_back(tlp);
      return;
    }
    answer(tlp);
  }

  void answer_held() {
    for (const auto& tlp : held) answer(tlp);
    held.clear();
  }

  void answer(const pcie::Tlp& req) {
    const uint16_t rid = req.requester_id();
    if (mode == Mode::kUnsupported || mode == Mode::kCompleterAbort) {
      const auto status = mode == Mode::kUnsupported ? pcie::CplStatus::kUr : pcie::CplStatus::kCa;
      send(pcie::cpl(kBdf, status, rid, req.tag()));
    } else if (req.is_cfg_rd0()) {
      send(pcie::cpld(kBdf, pcie::CplStatus::kSc, 4, rid, req.tag(), 0,
                      {config[req.cfg_register()]}));
    } else if (req.is_cfg_wr0()) {
      write_dws(config, req.cfg_register(), req.payload(), req.first_be(), 0);
      send(pcie::cpl(kBdf, pcie::CplStatus::kSc, rid, req.tag()));
    } else if (req.is_mem_rd()) {
      const pcie::ByteRange range = pcie::requested_bytes(req);
      std::vector<uint32_t> dws;
      for (unsigned i = 0; i < req.length_dw(); ++i) dws.push_back(memory[req.address() + 4 * i]);
      send(pcie::cpld(kBdf, pcie::CplStatus::kSc, range.size(), rid, req.tag(),
                      static_cast<uint8_t>(range.first & 0x7F), dws));
    }
  }

  void send(const pcie::Tlp& tlp) { m_link.send_upstream(tlp); }

  template <typename Key>
  static void write_dws(std::map<Key, uint32_t>& map, uint64_t addr,
                        const std::vector<uint32_t>& dws, uint8_t first_be, uint8_t last_be) {
    for (size_t i = 0; i < dws.size(); ++i) {
      const uint8_t be = i == 0 ? first_be : (i + 1 == dws.size() ? last_be : 0xF);
      uint32_t mask = 0;
      for (unsigned b = 0; b < 4; ++b) mask |= (be >> b & 1u) ? 0xFFu << (8 * b) : 0;
      uint32_t& dw = map[static_cast<Key>(addr + 4 * i)];
      dw = (dw & ~mask) | (dws[i] & mask);
    }
  }

  Mode mode = Mode::kAnswer;
  unsigned ignore_next = 0;  // leave this many non-posted requests unanswered
  std::map<uint16_t, uint32_t> config;
  std::map<uint64_t, uint32_t> memory;
  std::vector<TimedTlp> received;
  std::vector<pcie::Tlp> held;

 private:
  PcieLink& m_link;
};

// The platform models around a fake device, bound as the platform top will bind them.
struct Bench {
  explicit Bench(sc_core::sc_time completion_timeout = ns(10000))
      : link("link"),
        memory("memory"),
        msi("msi"),
        rc("rc", link, msi, completion_timeout),
        device(link),
        cpu("cpu") {
    cpu.cfg_socket.bind(rc.cfg_socket);
    cpu.mmio_socket.bind(rc.mmio_socket);
    rc.dma_socket.bind(memory.mem_socket);
    rc.add_tlp_observer([this](const RootComplex::LoggedTlp& entry) { log.push_back(entry); });
  }

  // The TLPs of one direction in the root complex's log.
  std::vector<RootComplex::LoggedTlp> logged(LinkDirection direction) const {
    std::vector<RootComplex::LoggedTlp> out;
    for (const auto& entry : log) {
      if (entry.direction == direction) out.push_back(entry);
    }
    return out;
  }

  PcieLink link;
  HostMemory memory;
  MsiController msi;
  RootComplex rc;
  FakeDevice device;
  TestCpu cpu;
  std::vector<RootComplex::LoggedTlp> log;
};

}  // namespace cosim::test
