// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Symbol table internal header
//
// Internal details; most calling programs do not need this header,
// unless using verilator public meta comments.

#ifndef VERILATED_VNVME_CTRL_TOP__SYMS_H_
#define VERILATED_VNVME_CTRL_TOP__SYMS_H_  // guard

#include "verilated.h"

// INCLUDE MODEL CLASS

#include "Vnvme_ctrl_top.h"

// INCLUDE MODULE CLASSES
#include "Vnvme_ctrl_top___024root.h"

// SYMS CLASS (contains all model state)
class Vnvme_ctrl_top__Syms final : public VerilatedSyms {
  public:
    // INTERNAL STATE
    Vnvme_ctrl_top* const __Vm_modelp;
    bool __Vm_activity = false;  ///< Used by trace routines to determine change occurred
    uint32_t __Vm_baseCode = 0;  ///< Used by trace routines when tracing multiple models
    bool __Vm_didInit = false;

    // MODULE INSTANCE STATE
    Vnvme_ctrl_top___024root       TOP;

    // SCOPE NAMES
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__gen_sim;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_decode;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_features;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_io_queues;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__unnamedblk1;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_ns_table;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_ns_table__gen_table;
    VerilatedScope __Vscope_nvme_ctrl_top__u_nvme_core__u_regs;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_cfg_space;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd__MrdNeedsBusMaster;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd__ReqHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__DataFitsRequest;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__DataHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__MwrNeedsBusMaster;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__QueueEmptyBetweenRequests;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__ReqHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_msix;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_msix__MsgOnlyWhenUnmasked;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx_unpack;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx_unpack__RxTlpHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_sim_ctrl;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_sim_ctrl__gen_ctrl;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_target;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_target__RegReqHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_arb;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack__TxTlpHolds;
    VerilatedScope __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack__TxTlpKeep;

    // CONSTRUCTORS
    Vnvme_ctrl_top__Syms(VerilatedContext* contextp, const char* namep, Vnvme_ctrl_top* modelp);
    ~Vnvme_ctrl_top__Syms();

    // METHODS
    const char* name() { return TOP.name(); }
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
