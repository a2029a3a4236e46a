// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Symbol table implementation internals

#include "Vpcie_ep__Syms.h"
#include "Vpcie_ep.h"
#include "Vpcie_ep___024root.h"

// FUNCTIONS
Vpcie_ep__Syms::~Vpcie_ep__Syms()
{
}

Vpcie_ep__Syms::Vpcie_ep__Syms(VerilatedContext* contextp, const char* namep, Vpcie_ep* modelp)
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
    __Vscope_pcie_ep__u_cfg_space.configure(this, name(), "pcie_ep.u_cfg_space", "u_cfg_space", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_rd.configure(this, name(), "pcie_ep.u_dma_rd", "u_dma_rd", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_rd__MrdNeedsBusMaster.configure(this, name(), "pcie_ep.u_dma_rd.MrdNeedsBusMaster", "MrdNeedsBusMaster", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_rd__ReqHolds.configure(this, name(), "pcie_ep.u_dma_rd.ReqHolds", "ReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr.configure(this, name(), "pcie_ep.u_dma_wr", "u_dma_wr", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr__DataFitsRequest.configure(this, name(), "pcie_ep.u_dma_wr.DataFitsRequest", "DataFitsRequest", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr__DataHolds.configure(this, name(), "pcie_ep.u_dma_wr.DataHolds", "DataHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr__MwrNeedsBusMaster.configure(this, name(), "pcie_ep.u_dma_wr.MwrNeedsBusMaster", "MwrNeedsBusMaster", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr__QueueEmptyBetweenRequests.configure(this, name(), "pcie_ep.u_dma_wr.QueueEmptyBetweenRequests", "QueueEmptyBetweenRequests", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_dma_wr__ReqHolds.configure(this, name(), "pcie_ep.u_dma_wr.ReqHolds", "ReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_msix.configure(this, name(), "pcie_ep.u_msix", "u_msix", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_msix__MsgOnlyWhenUnmasked.configure(this, name(), "pcie_ep.u_msix.MsgOnlyWhenUnmasked", "MsgOnlyWhenUnmasked", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_rx.configure(this, name(), "pcie_ep.u_rx", "u_rx", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_rx_unpack.configure(this, name(), "pcie_ep.u_rx_unpack", "u_rx_unpack", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_rx_unpack__RxTlpHolds.configure(this, name(), "pcie_ep.u_rx_unpack.RxTlpHolds", "RxTlpHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_sim_ctrl.configure(this, name(), "pcie_ep.u_sim_ctrl", "u_sim_ctrl", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_sim_ctrl__gen_ctrl.configure(this, name(), "pcie_ep.u_sim_ctrl.gen_ctrl", "gen_ctrl", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_target.configure(this, name(), "pcie_ep.u_target", "u_target", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_target__RegReqHolds.configure(this, name(), "pcie_ep.u_target.RegReqHolds", "RegReqHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_tx_arb.configure(this, name(), "pcie_ep.u_tx_arb", "u_tx_arb", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_tx_pack.configure(this, name(), "pcie_ep.u_tx_pack", "u_tx_pack", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_tx_pack__TxTlpHolds.configure(this, name(), "pcie_ep.u_tx_pack.TxTlpHolds", "TxTlpHolds", -12, VerilatedScope::SCOPE_OTHER);
    __Vscope_pcie_ep__u_tx_pack__TxTlpKeep.configure(this, name(), "pcie_ep.u_tx_pack.TxTlpKeep", "TxTlpKeep", -12, VerilatedScope::SCOPE_OTHER);
}
