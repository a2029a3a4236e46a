// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated pcie_ep: the host side (PcieBench) plus models of the NVMe-core side.

#include "ep_harness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace tb {
namespace {

std::string hex(uint64_t value) {
  std::ostringstream os;
  os << "0x" << std::hex << value;
  return os.str();
}

// The core-side DMA data ports hold one DW (IData) or a word of 4 or 8 DWs (VlWide), as the
// model's datapath is built (rtl/pcie_ep.sv, Lanes); a build uses one kind of the two.
[[maybe_unused]] constexpr unsigned lanes_of(const IData&) { return 1; }
template <std::size_t Words>
constexpr unsigned lanes_of(const VlWide<Words>&) {
  return static_cast<unsigned>(Words);
}
[[maybe_unused]] void set_lane(IData& port, unsigned, uint32_t dw) { port = dw; }
template <std::size_t Words>
void set_lane(VlWide<Words>& port, unsigned lane, uint32_t dw) {
  port.m_storage[lane] = dw;
}
[[maybe_unused]] uint32_t lane_of(const IData& port, unsigned) { return port; }
template <std::size_t Words>
uint32_t lane_of(const VlWide<Words>& port, unsigned lane) {
  return port.m_storage[lane];
}

}  // namespace

// ---- DmaReadBuffer ---------------------------------------------------------------------

bool DmaReadBuffer::each_dw_exactly_once() const {
  return std::all_of(writes.begin(), writes.end(), [](unsigned n) { return n == 1; });
}

// ---- EpHarness: construction --------------------------------------------------------

EpHarness::EpHarness(const EpHarnessOptions& options)
    : PcieBench(options, "pcie_ep"),
      rng_reg_(common::derive_seed(options.seed, 3)),
      rng_dma_(common::derive_seed(options.seed, 4)) {
  reset();
}

void EpHarness::drop_device_in_flight() {
  reg_reads_.clear();
  reg_held_ = HeldReg{};
  dma_rd_accepted_ += dma_rd_queue_.size();
  dma_rd_queue_.clear();
  for (auto& buffer : dma_rd_buffers_) buffer.outstanding = false;
  dma_wr_accepted_ += dma_wr_queue_.size();
  dma_wr_queue_.clear();
  dma_wr_words_.clear();
  dma_wr_presenting_ = false;
  msix_queue_.clear();
}

// ---- Driving the core-side inputs (clock low) ------------------------------------------

void EpHarness::drive_device_inputs() {
  Vpcie_ep& m = dut();
  m.reg_gnt_i = 0;
  m.reg_rvalid_i = 0;
  m.reg_rdata_i = kIdleData32;
  m.dma_rd_req_valid_i = 0;
  m.dma_rd_req_addr_i = 0;
  m.dma_rd_req_len_i = 0;
  m.dma_rd_req_id_i = 0;
  m.dma_wr_req_valid_i = 0;
  m.dma_wr_req_addr_i = 0;
  m.dma_wr_req_len_i = 0;
  m.dma_wr_data_valid_i = 0;
  for (unsigned lane = 0; lane < lanes_of(m.dma_wr_data_i); ++lane) {
    set_lane(m.dma_wr_data_i, lane, kIdleData32);
  }
  m.dma_wr_data_count_i = 0;
  m.msix_req_i = 0;
  m.msix_vector_i = 0;
  if (in_reset()) return;

  if (!reg_reads_.empty() && reg_reads_.front().due_cycle <= cycle()) {
    m.reg_rvalid_i = 1;
    m.reg_rdata_i = reg_reads_.front().data;
  }
  reg_stall_ = chance(rng_reg_, options().reg_grant_stall_probability);
  drive_dma();
  if (!msix_queue_.empty()) {
    m.msix_req_i = 1;
    m.msix_vector_i = msix_queue_.front();
  }
}

void EpHarness::drive_dma() {
  Vpcie_ep& m = dut();
  if (!dma_rd_queue_.empty()) {
    const DmaReadRequest& request = dma_rd_queue_.front();
    m.dma_rd_req_valid_i = 1;
    m.dma_rd_req_addr_i = request.addr;
    m.dma_rd_req_len_i = request.len_bytes & 0x1FFF;
    m.dma_rd_req_id_i = request.id;
  }
  if (!dma_wr_queue_.empty()) {
    const DmaWriteRequest& request = dma_wr_queue_.front();
    m.dma_wr_req_valid_i = 1;
    m.dma_wr_req_addr_i = request.addr;
    m.dma_wr_req_len_i = (request.data.size() * 4) & 0x1FFF;
  }
  if (!dma_wr_presenting_ && !dma_wr_words_.empty()) {
    dma_wr_presenting_ = !chance(rng_dma_, options().dma_wr_gap_probability);
  }
  if (dma_wr_presenting_) {
    const std::vector<uint32_t>& word = dma_wr_words_.front();
    m.dma_wr_data_valid_i = 1;
    m.dma_wr_data_count_i = static_cast<CData>(word.size());
    for (unsigned lane = 0; lane < word.size(); ++lane) set_lane(m.dma_wr_data_i, lane, word[lane]);
  }
}

bool EpHarness::drive_device_after_eval() {
  Vpcie_ep& m = dut();
  m.reg_gnt_i = !in_reset() && m.reg_req_o && !reg_stall_;
  return true;
}

// ---- Sampling (just before the rising edge) --------------------------------------------

void EpHarness::sample_device() {
  sample_reg();
  sample_dma();
}

void EpHarness::sample_reg() {
  const Vpcie_ep& m = dut();
  if (m.reg_rvalid_i) reg_reads_.pop_front();

  const bool req = m.reg_req_o;
  if (reg_held_.waiting) {
    if (!req) {
      violation("reg_req_o dropped before reg_gnt_i");
    } else if (bool(m.reg_we_o) != reg_held_.we || m.reg_addr_o != reg_held_.addr ||
               m.reg_wdata_o != reg_held_.wdata || m.reg_be_o != reg_held_.be) {
      violation("reg_* request changed while waiting for the grant");
    }
  }
  reg_held_ =
      HeldReg{req && !m.reg_gnt_i, bool(m.reg_we_o), m.reg_addr_o, m.reg_wdata_o, m.reg_be_o};
  if (!(req && m.reg_gnt_i)) return;

  RegAccess access{cycle(), bool(m.reg_we_o), m.reg_addr_o, m.reg_be_o, m.reg_wdata_o};
  if (access.addr & 3) violation("reg_addr_o not DW aligned: " + hex(access.addr));
  if (access.be == 0) violation("register access with no byte enabled at " + hex(access.addr));
  uint32_t& dw = reg(access.addr);
  if (!access.we) access.data = dw;
  if (reg_hook_) reg_hook_(access);
  if (access.we) {
    for (unsigned b = 0; b < 4; ++b) {
      const uint32_t mask = 0xFFu << (8 * b);
      if (access.be & (1u << b)) dw = (dw & ~mask) | (access.data & mask);
    }
  } else {
    // Reads answer in order, one per cycle, at least reg_read_latency after their grant.
    uint64_t due = cycle() + std::max(options().reg_read_latency, 1u);
    if (!reg_reads_.empty()) due = std::max(due, reg_reads_.back().due_cycle + 1);
    reg_reads_.push_back(PendingRegRead{due, access.data});
  }
  reg_log_.push_back(access);
}

void EpHarness::sample_dma() {
  const Vpcie_ep& m = dut();
  if (m.dma_rd_req_valid_i && m.dma_rd_req_ready_o) {
    const DmaReadRequest request = dma_rd_queue_.front();
    dma_rd_queue_.pop_front();
    ++dma_rd_accepted_;
    const size_t dws = (request.len_bytes + 3) / 4;
    dma_rd_buffers_[request.id] =
        DmaReadBuffer{request.addr, request.len_bytes, true, std::vector<uint32_t>(dws, 0),
                      std::vector<unsigned>(dws, 0)};
  }
  if (m.dma_wr_req_valid_i && m.dma_wr_req_ready_o) {
    DmaWriteRequest request = std::move(dma_wr_queue_.front());
    dma_wr_queue_.pop_front();
    ++dma_wr_accepted_;
    // Words of the datapath's width; the request's last may be shorter.
    const size_t lanes = lanes_of(m.dma_wr_data_i);
    for (size_t first = 0; first < request.data.size(); first += lanes) {
      const size_t end = std::min(first + lanes, request.data.size());
      dma_wr_words_.emplace_back(request.data.begin() + first, request.data.begin() + end);
    }
  }
  if (m.dma_wr_data_valid_i && m.dma_wr_data_ready_o) {
    dma_wr_words_.pop_front();
    dma_wr_presenting_ = false;
  }
  if (m.dma_rd_data_valid_o) {
    const unsigned id = m.dma_rd_data_id_o;
    const unsigned first = m.dma_rd_data_dw_o;
    const unsigned count = m.dma_rd_data_count_o;
    DmaReadBuffer* buffer = id < kNumDmaIds ? &dma_rd_buffers_[id] : nullptr;
    if (!buffer || !buffer->outstanding) {
      violation("dma_rd_data for ID " + std::to_string(id) + " with no request outstanding");
    } else if (count == 0 || count > lanes_of(m.dma_rd_data_o)) {
      violation("dma_rd_data with " + std::to_string(count) + " DWs");
    } else if (first + count > buffer->data.size()) {
      violation("dma_rd_data DW offsets " + std::to_string(first) + ".." +
                std::to_string(first + count - 1) + " beyond the " +
                std::to_string(buffer->len_bytes) + "-byte request of ID " + std::to_string(id));
    } else {
      for (unsigned lane = 0; lane < count; ++lane) {
        buffer->data[first + lane] = lane_of(m.dma_rd_data_o, lane);
        ++buffer->writes[first + lane];
      }
    }
  }
  if (m.dma_rd_done_o) {
    const unsigned id = m.dma_rd_done_id_o;
    const DmaReadDone done{cycle(), id, bool(m.dma_rd_done_err_o)};
    if (id >= kNumDmaIds || !dma_rd_buffers_[id].outstanding) {
      violation("dma_rd_done for ID " + std::to_string(id) + " with no request outstanding");
    }
    if (id < kNumDmaIds) {
      dma_rd_buffers_[id].outstanding = false;
      dma_rd_done_unclaimed_[id].push_back(done);
    }
    dma_rd_done_log_.push_back(done);
  }
  if (m.dma_wr_done_o) {
    const DmaWriteDone done{cycle(), bool(m.dma_wr_done_err_o)};
    dma_wr_done_unclaimed_.push_back(done);
    dma_wr_done_log_.push_back(done);
  }
  if (m.msix_req_i) msix_queue_.pop_front();
}

// ---- Core side: DMA ----------------------------------------------------------------------

void EpHarness::queue_dma_read(unsigned id, uint64_t addr, unsigned len_bytes) {
  if (id >= kNumDmaIds) {
    ADD_FAILURE() << "DMA read ID " << id << " out of range";
    return;
  }
  dma_rd_queue_.push_back(DmaReadRequest{id, addr, len_bytes});
}

bool EpHarness::dma_read(unsigned id, uint64_t addr, unsigned len_bytes) {
  queue_dma_read(id, addr, len_bytes);
  const uint64_t target = dma_rd_accepted_ + dma_rd_queue_.size();
  return run_until([&] { return dma_rd_accepted_ >= target; },
                   "dma_rd_req_ready_o for ID " + std::to_string(id) + " at " + hex(addr));
}

std::optional<DmaReadDone> EpHarness::wait_dma_read_done(unsigned id) {
  return wait_dma_read_done(id, options().timeout_cycles);
}

std::optional<DmaReadDone> EpHarness::wait_dma_read_done(unsigned id, uint64_t max_cycles) {
  if (id >= kNumDmaIds) {
    ADD_FAILURE() << "DMA read ID " << id << " out of range";
    return std::nullopt;
  }
  auto& unclaimed = dma_rd_done_unclaimed_[id];
  if (!run_until([&] { return !unclaimed.empty(); }, max_cycles,
                 "dma_rd_done_o for ID " + std::to_string(id))) {
    return std::nullopt;
  }
  const DmaReadDone done = unclaimed.front();
  unclaimed.pop_front();
  return done;
}

void EpHarness::queue_dma_write(uint64_t addr, std::vector<uint32_t> data) {
  dma_wr_queue_.push_back(DmaWriteRequest{addr, std::move(data)});
}

bool EpHarness::dma_write(uint64_t addr, std::vector<uint32_t> data) {
  queue_dma_write(addr, std::move(data));
  const uint64_t target = dma_wr_accepted_ + dma_wr_queue_.size();
  return run_until([&] { return dma_wr_accepted_ >= target; },
                   "dma_wr_req_ready_o for " + hex(addr));
}

std::optional<DmaWriteDone> EpHarness::wait_dma_write_done() {
  return wait_dma_write_done(options().timeout_cycles);
}

std::optional<DmaWriteDone> EpHarness::wait_dma_write_done(uint64_t max_cycles) {
  if (!run_until([&] { return !dma_wr_done_unclaimed_.empty(); }, max_cycles, "dma_wr_done_o")) {
    return std::nullopt;
  }
  const DmaWriteDone done = dma_wr_done_unclaimed_.front();
  dma_wr_done_unclaimed_.pop_front();
  return done;
}

}  // namespace tb
