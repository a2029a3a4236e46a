// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Symbol table implementation internals

#include "Vnvme_ctrl_top__Syms.h"
#include "Vnvme_ctrl_top.h"
#include "Vnvme_ctrl_top___024root.h"

// FUNCTIONS
Vnvme_ctrl_top__Syms::~Vnvme_ctrl_top__Syms()
{
}

Vnvme_ctrl_top__Syms::Vnvme_ctrl_top__Syms(VerilatedContext* contextp, const char* namep, Vnvme_ctrl_top* modelp)
    : VerilatedSyms{contextp}
    // Setup internal state of the Syms class
    , __Vm_modelp{modelp}
    // Setup module instances
    , TOP{this, namep}
{
    // Configure time unit / time precision
    _vm_contextp__->timeunit(-12);
    _vm_contextp__->timeprecision(-12);
    // Setup each module's pointers to their submodules
    // Setup each module's pointer back to symbol table (for public functions)
    TOP.__Vconfigure(true);
    // Setup scopes
    __Vscope_nvme_ctrl_top__u_nvme_core.configure(this, name(), "nvme_ctrl_top.u_nvme_core", "u_nvme_core", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__gen_sim.configure(this, name(), "nvme_ctrl_top.u_nvme_core.gen_sim", "gen_sim", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_admin.u_exec", "u_exec", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_decode.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_decode", "u_decode", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_features.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_features", "u_features", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__u_io_queues.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_io_queues", "u_io_queues", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_admin__u_exec__unnamedblk1.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_admin.u_exec.unnamedblk1", "unnamedblk1", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_ns_table.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_ns_table", "u_ns_table", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_ns_table__gen_table.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_ns_table.gen_table", "gen_table", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_nvme_core__u_regs.configure(this, name(), "nvme_ctrl_top.u_nvme_core.u_regs", "u_regs", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_cfg_space.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_cfg_space", "u_cfg_space", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_rd", "u_dma_rd", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd__MrdNeedsBusMaster.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_rd.MrdNeedsBusMaster", "MrdNeedsBusMaster", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_rd__ReqHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_rd.ReqHolds", "ReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr", "u_dma_wr", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__DataFitsRequest.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr.DataFitsRequest", "DataFitsRequest", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__DataHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr.DataHolds", "DataHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__MwrNeedsBusMaster.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr.MwrNeedsBusMaster", "MwrNeedsBusMaster", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__QueueEmptyBetweenRequests.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr.QueueEmptyBetweenRequests", "QueueEmptyBetweenRequests", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_dma_wr__ReqHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_dma_wr.ReqHolds", "ReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_msix.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_msix", "u_msix", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_msix__MsgOnlyWhenUnmasked.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_msix.MsgOnlyWhenUnmasked", "MsgOnlyWhenUnmasked", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_rx", "u_rx", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx_unpack.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_rx_unpack", "u_rx_unpack", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_rx_unpack__RxTlpHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_rx_unpack.RxTlpHolds", "RxTlpHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_sim_ctrl.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_sim_ctrl", "u_sim_ctrl", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_sim_ctrl__gen_ctrl.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_sim_ctrl.gen_ctrl", "gen_ctrl", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_target.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_target", "u_target", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_target__RegReqHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_target.RegReqHolds", "RegReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_arb.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_tx_arb", "u_tx_arb", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_tx_pack", "u_tx_pack", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack__TxTlpHolds.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_tx_pack.TxTlpHolds", "TxTlpHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_nvme_ctrl_top__u_pcie_ep__u_tx_pack__TxTlpKeep.configure(this, name(), "nvme_ctrl_top.u_pcie_ep.u_tx_pack.TxTlpKeep", "TxTlpKeep", -12, VerilatedScope::SCOPE_OTHER);
}
