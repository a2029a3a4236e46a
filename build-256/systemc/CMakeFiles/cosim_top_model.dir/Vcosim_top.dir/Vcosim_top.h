// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Primary model header
//
// This header should be included by all source files instantiating the design.
// The class here is then constructed to instantiate the design.
// See the Verilator manual for examples.

#ifndef VERILATED_VCOSIM_TOP_H_
#define VERILATED_VCOSIM_TOP_H_  // guard

#include "verilated.h"

class Vcosim_top__Syms;
class Vcosim_top___024root;
class VerilatedFstC;

// This class is the main interface to the Verilated model
class Vcosim_top VL_NOT_FINAL : public VerilatedModel {
  private:
    // Symbol table holding complete model state (owned by this class)
    Vcosim_top__Syms* const vlSymsp;

  public:

    // PORTS
    // The application code writes and reads these signals to
    // propagate new values into/out from the Verilated model.
    VL_IN8(&clk_i,0,0);
    VL_IN8(&rst_ni,0,0);
    VL_IN8(&rx_tlp_last_i,0,0);
    VL_IN8(&rx_tlp_valid_i,0,0);
    VL_OUT8(&rx_tlp_ready_o,0,0);
    VL_OUT8(&tx_tlp_last_o,0,0);
    VL_OUT8(&tx_tlp_valid_o,0,0);
    VL_IN8(&tx_tlp_ready_i,0,0);
    VL_IN8(&sim_req_i,0,0);
    VL_IN8(&sim_we_i,0,0);
    VL_OUT8(&sim_idle_o,0,0);
    VL_IN8(&host_scan_phase_i,7,0);
    VL_IN8(&obs_slot_i,4,0);
    VL_IN16(&sim_addr_i,15,0);
    VL_IN16(&host_admin_inflight_i,15,0);
    VL_IN16(&host_identify_inflight_i,15,0);
    VL_IN16(&host_resets_i,15,0);
    VL_INW(&rx_tlp_data_i,255,0,8);
    VL_IN(&rx_tlp_keep_i,31,0);
    VL_OUTW(&tx_tlp_data_o,255,0,8);
    VL_OUT(&tx_tlp_keep_o,31,0);
    VL_IN(&sim_wdata_i,31,0);
    VL_OUT(&sim_rdata_o,31,0);
    VL_IN(&host_registering_nsid_i,31,0);
    VL_IN(&host_registered_i,31,0);
    VL_IN(&host_interrupts_i,31,0);
    VL_OUT(&obs_slots_busy_o,31,0);
    VL_OUTW(&obs_slot_cmd_o,95,0,3);
    VL_IN64(&time_i,47,0);
    VL_OUT64(&sim_wake_o,47,0);
    VL_OUT64(&obs_slot_deadline_o,47,0);

    // CELLS
    // Public to allow access to /* verilator public */ items.
    // Otherwise the application code can consider these internals.

    // Root instance pointer to allow access to model internals,
    // including inlined /* verilator public_flat_* */ items.
    Vcosim_top___024root* const rootp;

    // CONSTRUCTORS
    /// Construct the model; called by application code
    /// If contextp is null, then the model will use the default global context
    /// If name is "", then makes a wrapper with a
    /// single model invisible with respect to DPI scope names.
    explicit Vcosim_top(VerilatedContext* contextp, const char* name = "TOP");
    explicit Vcosim_top(const char* name = "TOP");
    /// Destroy the model; called (often implicitly) by application code
    virtual ~Vcosim_top();
  private:
    VL_UNCOPYABLE(Vcosim_top);  ///< Copying not allowed

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
