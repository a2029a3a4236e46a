// SPDX-License-Identifier: Apache-2.0
// A scripted NVMe controller for the driver tests, on TestHost: the BAR0 registers, admin and
// I/O queues in host memory, and the admin commands that bring-up and the namespace scan issue,
// answered from a namespace set. A test scripts per-command latency (hence completion order),
// status, or no completion at all, and CSTS misbehaviour (RDY never set, CFS).
//
// Timing: a tail doorbell write fetches the new SQEs at once (the write does not wait); each
// command then completes after its latency: data is written to its PRPs, the CQE (with the
// phase tag) to the CQ, and the CQ's MSI-X vector raised. Commands due at the same time
// complete in fetch order. AERs complete only when the test raises an event.

#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "nvme_spec.h"
#include "test_host.h"

namespace driver_test {

struct FakeNvmeConfig {
  // CAP and VS.
  uint16_t mqes = 1023;            // 0's based: I/O queues of up to 1024 entries
  uint8_t timeout = 2;             // CAP.TO in 500 ms units: ready within 1.5 s
  uint8_t dstrd = 0;               // doorbell stride: 4 << DSTRD bytes
  uint32_t version = 0x0001'0400;  // VS and Identify VER: 1.4.0
  // CSTS.
  Nanoseconds ready_delay = 2'000;  // from a CC.EN change to CSTS.RDY following it
  bool never_ready = false;         // CSTS.RDY never rises after CC.EN = 1
  bool fatal_on_enable = false;     // CSTS.CFS rises at CC.EN = 1, RDY never does
  bool start_enabled = false;       // power on with CC.EN = 1 and CSTS.RDY = 1
  // Commands.
  Nanoseconds latency = 5'000;    // doorbell to CQE, unless a script says otherwise
  unsigned io_queue_pairs = 4;    // what Set Features Number of Queues grants at most
  bool namespace_notices = true;  // OAES bit 8: Namespace Attribute Notices
  uint8_t aerl = 3;               // 0's based: at most 4 AERs outstanding
  uint32_t nn = 0;                // Identify Controller NN; 0: the highest NSID set
};

// What the device does with one command. Scripts see every command at fetch and may change it.
struct Reply {
  Nanoseconds latency = 0;
  uint16_t status = 0;  // a Status Field (nvme::make_status); when nonzero no data is written
  bool never = false;   // fetched, never completed
};
using Script = std::function<void(uint16_t qid, const nvme::Sqe& sqe, Reply& reply)>;

// Matchers for scripts.
inline bool is_identify(const nvme::Sqe& sqe, uint8_t cns) {
  return sqe.opcode == nvme_admin_identify && (sqe.cdw10 & 0xFF) == cns;
}

class FakeNvme : public Bar0Device {
 public:
  explicit FakeNvme(TestHost& host, FakeNvmeConfig config = {});
  ~FakeNvme() override;

  // ---- Scripting ------------------------------------------------------------------------------
  // The active namespaces (any order, no duplicates), each `blocks` 512-byte blocks.
  void set_namespaces(const std::vector<uint32_t>& nsids, uint64_t blocks = 0x20000);
  // Identify Namespace reports NCAP = 0 (the namespace is going away).
  void set_zero_capacity(uint32_t nsid);
  // Scripts run in the order added; each sees the reply the previous ones left.
  void add_script(Script script) { m_scripts.push_back(std::move(script)); }
  // Posts a CQE for `cid` on CQ `cqid` now, whether or not such a command is outstanding.
  void inject_cqe(uint16_t cqid, uint16_t cid, uint16_t status = 0);
  // An asynchronous event: completes the oldest outstanding AER with `dw0`, or the next one
  // posted. `changed` is what Get Log Page Changed Namespace List then returns.
  void raise_async_event(uint32_t dw0, const std::vector<uint32_t>& changed = {});
  // A fatal error: CSTS.CFS rises and nothing completes any more, until a reset (CC.EN 1 -> 0).
  void raise_fatal();

  // ---- Observation ----------------------------------------------------------------------------
  struct Command {
    uint16_t qid = 0;
    nvme::Sqe sqe;
    Nanoseconds fetched = 0;
    uint64_t generation = 0;  // resets before it
    bool completed = false;
    Nanoseconds completed_at = 0;
    uint16_t status = 0;
  };
  const std::vector<Command>& commands() const { return m_commands; }  // in fetch order
  // The commands with this admin opcode (and CNS, for Identify), in fetch order.
  std::vector<Command> admin_commands(uint8_t opcode, int cns = -1) const;

  struct Doorbell {
    uint16_t qid = 0;
    bool sq_tail = false;  // else CQ head
    uint32_t value = 0;
    Nanoseconds at = 0;
  };
  const std::vector<Doorbell>& doorbells() const { return m_doorbells; }
  std::vector<uint32_t> doorbell_values(uint16_t qid, bool sq_tail) const;

  struct PostedCqe {
    uint16_t cqid = 0;
    uint32_t slot = 0;
    bool phase = false;
    uint16_t cid = 0;
    uint16_t status = 0;
    Nanoseconds at = 0;
  };
  const std::vector<PostedCqe>& posted() const { return m_posted; }

  // Most commands fetched from SQ `qid` and not yet completed at once (AERs included): what
  // the host cannot see as free. Above entries - 1 the host would have overwritten an SQE.
  unsigned max_outstanding(uint16_t qid) const;
  // Protocol violations by the host (bad doorbell, SQ overflow, bad CC, DMA fault, ...).
  const std::vector<std::string>& errors() const { return m_errors; }
  uint64_t cap() const;
  uint64_t aborted() const { return m_aborted; }  // commands an Abort ended
  uint64_t resets() const { return m_resets; }    // CC.EN 1 -> 0 transitions

  // ---- BAR0 -----------------------------------------------------------------------------------
  uint32_t read32(uint32_t offset) override;
  void write32(uint32_t offset, uint32_t value) override;
  uint64_t read64(uint32_t offset) override;
  void write64(uint32_t offset, uint64_t value) override;

 private:
  struct Sq {
    uint64_t base = 0;
    uint32_t size = 0;
    uint32_t head = 0;
    uint32_t tail = 0;
    uint16_t cqid = 0;
    unsigned outstanding = 0;
  };
  struct Cq {
    uint64_t base = 0;
    uint32_t size = 0;
    uint32_t head = 0;
    uint32_t tail = 0;
    bool phase = true;
    unsigned vector = 0;
    bool interrupts = true;
    std::deque<nvme::Cqe> backlog;  // CQEs waiting for the host to free a slot
  };
  struct Namespace {
    uint64_t blocks = 0;
    bool zero_capacity = false;
  };
  struct Outcome {
    uint16_t status = 0;
    uint32_t dw0 = 0;
  };

  void error(const std::string& what);
  void write_cc(uint32_t value);
  void reset();
  void doorbell(uint32_t offset, uint32_t value);
  void ring_sq(uint16_t qid, uint32_t tail);
  void ring_cq(uint16_t qid, uint32_t head);
  void fetch(uint16_t qid, const nvme::Sqe& sqe);
  void finish(size_t index, Outcome outcome);
  void post(uint16_t cqid, nvme::Cqe cqe);
  void complete_async_events();

  Outcome execute(uint16_t qid, const nvme::Sqe& sqe);
  Outcome identify(const nvme::Sqe& sqe);
  Outcome set_features(const nvme::Sqe& sqe);
  Outcome get_features(const nvme::Sqe& sqe);
  Outcome create_cq(const nvme::Sqe& sqe);
  Outcome create_sq(const nvme::Sqe& sqe);
  Outcome delete_sq(const nvme::Sqe& sqe);
  Outcome delete_cq(const nvme::Sqe& sqe);
  Outcome get_log_page(const nvme::Sqe& sqe);
  Outcome abort(const nvme::Sqe& sqe);
  // Writes `bytes` to the command's PRP1/PRP2 (two pages at most); false on a DMA fault.
  bool write_data(const nvme::Sqe& sqe, const void* data, size_t bytes);
  bool active(uint32_t nsid) const { return m_namespaces.count(nsid) != 0; }
  uint32_t nn() const;

  TestHost& m_host;
  const FakeNvmeConfig m_config;
  std::vector<Script> m_scripts;

  // Registers.
  uint32_t m_cc = 0;
  uint32_t m_csts = 0;
  uint32_t m_aqa = 0;
  uint64_t m_asq = 0;
  uint64_t m_acq = 0;
  uint64_t m_generation = 0;  // bumped by every reset: completions scheduled before are dropped

  std::map<uint16_t, Sq> m_sqs;
  std::map<uint16_t, Cq> m_cqs;
  std::map<uint32_t, Namespace> m_namespaces;
  std::map<uint8_t, uint32_t> m_features;
  unsigned m_queues_granted = 0;  // Number of Queues, 0's based, once set
  std::deque<size_t> m_aers;      // outstanding AER commands (indices into m_commands)
  std::deque<uint32_t> m_events;  // events waiting for an AER
  std::vector<uint32_t> m_changed;

  std::vector<Command> m_commands;
  std::vector<Doorbell> m_doorbells;
  std::vector<PostedCqe> m_posted;
  std::map<uint16_t, unsigned> m_max_outstanding;
  std::vector<std::string> m_errors;
  uint64_t m_aborted = 0;
  uint64_t m_resets = 0;
  bool m_fatal = false;
};

}  // namespace driver_test
