// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Primary model header
//
// This header should be included by all source files instantiating the design.
// The class here is then constructed to instantiate the design.
// See the Verilator manual for examples.

#ifndef VERILATED_VPCIE_EP_H_
#define VERILATED_VPCIE_EP_H_  // guard

#include "verilated.h"

class Vpcie_ep__Syms;
class Vpcie_ep___024root;
class VerilatedFstC;

// This class is the main interface to the Verilated model
class Vpcie_ep VL_NOT_FINAL : public VerilatedModel {
  private:
    // Symbol table holding complete model state (owned by this class)
    Vpcie_ep__Syms* const vlSymsp;

  public:

    // PORTS
    // The application code writes and reads these signals to
    // propagate new values into/out from the Verilated model.
    VL_IN8(&clk_i,0,0);
    VL_IN8(&rst_ni,0,0);
    VL_IN8(&rx_tlp_keep_i,7,0);
    VL_IN8(&rx_tlp_last_i,0,0);
    VL_IN8(&rx_tlp_valid_i,0,0);
    VL_OUT8(&rx_tlp_ready_o,0,0);
    VL_OUT8(&tx_tlp_keep_o,7,0);
    VL_OUT8(&tx_tlp_last_o,0,0);
    VL_OUT8(&tx_tlp_valid_o,0,0);
    VL_IN8(&tx_tlp_ready_i,0,0);
    VL_OUT8(&reg_req_o,0,0);
    VL_IN8(&reg_gnt_i,0,0);
    VL_OUT8(&reg_we_o,0,0);
    VL_OUT8(&reg_be_o,3,0);
    VL_IN8(&reg_rvalid_i,0,0);
    VL_IN8(&dma_rd_req_valid_i,0,0);
    VL_OUT8(&dma_rd_req_ready_o,0,0);
    VL_IN8(&dma_rd_req_id_i,2,0);
    VL_OUT8(&dma_rd_data_valid_o,0,0);
    VL_OUT8(&dma_rd_data_id_o,2,0);
    VL_OUT8(&dma_rd_data_count_o,0,0);
    VL_OUT8(&dma_rd_done_o,0,0);
    VL_OUT8(&dma_rd_done_id_o,2,0);
    VL_OUT8(&dma_rd_done_err_o,0,0);
    VL_IN8(&dma_wr_req_valid_i,0,0);
    VL_OUT8(&dma_wr_req_ready_o,0,0);
    VL_IN8(&dma_wr_data_count_i,0,0);
    VL_IN8(&dma_wr_data_valid_i,0,0);
    VL_OUT8(&dma_wr_data_ready_o,0,0);
    VL_OUT8(&dma_wr_done_o,0,0);
    VL_OUT8(&dma_wr_done_err_o,0,0);
    VL_IN8(&msix_req_i,0,0);
    VL_IN8(&msix_vector_i,2,0);
    VL_OUT8(&bus_master_en_o,0,0);
    VL_OUT8(&mem_space_en_o,0,0);
    VL_OUT8(&idle_o,0,0);
    VL_IN8(&sim_req_i,0,0);
    VL_IN8(&sim_we_i,0,0);
    VL_IN8(&sim_addr_i,7,0);
    VL_OUT16(&reg_addr_o,12,0);
    VL_IN16(&dma_rd_req_len_i,12,0);
    VL_OUT16(&dma_rd_data_dw_o,9,0);
    VL_IN16(&dma_wr_req_len_i,12,0);
    VL_OUT(&reg_wdata_o,31,0);
    VL_IN(&reg_rdata_i,31,0);
    VL_OUT(&dma_rd_data_o,31,0);
    VL_IN(&dma_wr_data_i,31,0);
    VL_IN(&sim_wdata_i,31,0);
    VL_OUT(&sim_rdata_o,31,0);
    VL_OUT(&sim_seed_o,31,0);
    VL_IN64(&time_i,47,0);
    VL_IN64(&rx_tlp_data_i,63,0);
    VL_OUT64(&tx_tlp_data_o,63,0);
    VL_IN64(&dma_rd_req_addr_i,63,0);
    VL_IN64(&dma_wr_req_addr_i,63,0);
    VL_OUT64(&wake_o,47,0);

    // CELLS
    // Public to allow access to /* verilator public */ items.
    // Otherwise the application code can consider these internals.

    // Root instance pointer to allow access to model internals,
    // including inlined /* verilator public_flat_* */ items.
    Vpcie_ep___024root* const rootp;

    // CONSTRUCTORS
    /// Construct the model; called by application code
    /// If contextp is null, then the model will use the default global context
    /// If name is "", then makes a wrapper with a
    /// single model invisible with respect to DPI scope names.
    explicit Vpcie_ep(VerilatedContext* contextp, const char* name = "TOP");
    explicit Vpcie_ep(const char* name = "TOP");
    /// Destroy the model; called (often implicitly) by application code
    virtual ~Vpcie_ep();
  private:
    VL_UNCOPYABLE(Vpcie_ep);  ///< Copying not allowed

  public:
    // API METHODS
    /// Evaluate the model.  Application must call when inputs change.
    void eval() { eval_step(); }
    /// Evaluate when calling multiple units/models per time step.
    void eval_step();
    /// Evaluate at end of a timestep for tracing, when using eval_step().
    /// Application must call after all eval() and before time changes.
    void eval_end_step() {}
    /// Simulation complete, run final blocks.  Application must call on completion.
    void final();
    /// Are there scheduled events to handle?
    bool eventsPending();
    /// Returns time at next time slot. Aborts if !eventsPending()
    uint64_t nextTimeSlot();
    /// Trace signals in the model; called by application code
    void trace(VerilatedFstC* tfp, int levels, int options = 0);
    /// Retrieve name of this model instance (as passed to constructor).
    const char* name() const;

    // Abstract methods from VerilatedModel
    const char* hierName() const override final;
    const char* modelName() const override final;
    unsigned threads() const override final;
    std::unique_ptr<VerilatedTraceConfig> traceConfig() const override final;
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
