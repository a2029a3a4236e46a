// SPDX-License-Identifier: Apache-2.0
// Bench around the Verilated pcie_ep: the host side (PcieBench) plus models of the NVMe-core side.

#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <random>
#include <vector>

#include "Vpcie_ep.h"
#include "pcie_bench.h"

namespace tb {

using EpHarnessOptions = PcieBenchOptions;

struct RegAccess {
  uint64_t cycle;  // the grant cycle
  bool we;
  uint32_t addr;  // BAR0 byte offset
  uint8_t be;
  uint32_t data;  // written data, or the data the read returns
};

struct DmaReadBuffer {
  uint64_t addr = 0;
  unsigned len_bytes = 0;
  bool outstanding = false;      // accepted, done not yet seen
  std::vector<uint32_t> data;    // by DW offset inside the request
  std::vector<unsigned> writes;  // how often each DW offset was delivered

  bool each_dw_exactly_once() const;
};

struct DmaReadDone {
  uint64_t cycle;
  unsigned id;
  bool err;
};

struct DmaWriteDone {
  uint64_t cycle;
  bool err;
};

// The endpoint alone: the host side comes from PcieBench; this adds the register block behind
// reg_*, and the NVMe core's DMA (dma_*) and interrupt (msix_*) requests.
class EpHarness : public PcieBench<Vpcie_ep> {
 public:
  static constexpr unsigned kNumMsixVectors = 8;
  static constexpr unsigned kNumDmaIds = 8;
  static constexpr unsigned kRegDws = 2048;  // BAR0 0000h-1FFFh behind the register port

  explicit EpHarness(const EpHarnessOptions& options = EpHarnessOptions());

  // ---- Register block behind reg_* -------------------------------------------------------
  uint32_t& reg(uint32_t byte_offset) { return regs_[(byte_offset >> 2) % kRegDws]; }
  const std::vector<RegAccess>& reg_log() const { return reg_log_; }
  // Sees each access before it is logged; may change a read's data (side-effect registers).
  void set_reg_hook(std::function<void(RegAccess&)> hook) { reg_hook_ = std::move(hook); }

  // ---- NVMe-core side: DMA and MSI-X requests --------------------------------------------
  void queue_dma_read(unsigned id, uint64_t addr, unsigned len_bytes);
  bool dma_read(unsigned id, uint64_t addr, unsigned len_bytes);  // returns once accepted
  const DmaReadBuffer& dma_read_buffer(unsigned id) const { return dma_rd_buffers_.at(id); }
  // Waits for (and consumes) the next done pulse for `id`.
  std::optional<DmaReadDone> wait_dma_read_done(unsigned id);
  std::optional<DmaReadDone> wait_dma_read_done(unsigned id, uint64_t max_cycles);
  const std::vector<DmaReadDone>& dma_read_done_events() const { return dma_rd_done_log_; }

  void queue_dma_write(uint64_t addr, std::vector<uint32_t> data);
  bool dma_write(uint64_t addr, std::vector<uint32_t> data);  // returns once accepted
  std::optional<DmaWriteDone> wait_dma_write_done();
  std::optional<DmaWriteDone> wait_dma_write_done(uint64_t max_cycles);
  const std::vector<DmaWriteDone>& dma_write_done_events() const { return dma_wr_done_log_; }

  // Pulses msix_req_i for one cycle on the next tick (several calls: consecutive cycles).
  void raise_msix(unsigned vector) { msix_queue_.push_back(vector); }

 protected:
  void drive_device_inputs() override;
  bool drive_device_after_eval() override;  // reg_gnt_i answers this cycle's reg_req_o
  void sample_device() override;
  void drop_device_in_flight() override;

 private:
  struct PendingRegRead {
    uint64_t due_cycle;
    uint32_t data;
  };
  struct DmaReadRequest {
    unsigned id;
    uint64_t addr;
    unsigned len_bytes;
  };
  struct DmaWriteRequest {
    uint64_t addr;
    std::vector<uint32_t> data;
  };
  // A request seen on a cycle where it waited: it must hold until the grant.
  struct HeldReg {
    bool waiting = false;
    bool we = false;
    uint32_t addr = 0;
    uint32_t wdata = 0;
    uint8_t be = 0;
  };

  void drive_dma();
  void sample_reg();
  void sample_dma();

  std::mt19937_64 rng_reg_, rng_dma_;

  // Register block.
  std::array<uint32_t, kRegDws> regs_{};
  std::deque<PendingRegRead> reg_reads_;
  std::vector<RegAccess> reg_log_;
  std::function<void(RegAccess&)> reg_hook_;
  bool reg_stall_ = false;
  HeldReg reg_held_;

  // DMA and MSI-X requests from the core side.
  std::deque<DmaReadRequest> dma_rd_queue_;
  std::array<DmaReadBuffer, kNumDmaIds> dma_rd_buffers_;
  std::array<std::deque<DmaReadDone>, kNumDmaIds> dma_rd_done_unclaimed_;
  std::vector<DmaReadDone> dma_rd_done_log_;
  std::deque<DmaWriteRequest> dma_wr_queue_;
  // Data of accepted write requests, in order, as the words the core side offers.
  std::deque<std::vector<uint32_t>> dma_wr_words_;
  bool dma_wr_presenting_ = false;
  std::deque<DmaWriteDone> dma_wr_done_unclaimed_;
  std::vector<DmaWriteDone> dma_wr_done_log_;
  uint64_t dma_rd_accepted_ = 0, dma_wr_accepted_ = 0;
  std::deque<unsigned> msix_queue_;
};

}  // namespace tb
