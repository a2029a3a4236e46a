// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top___024root.h"

void Vcosim_top___024root___ico_sequent__TOP__0(Vcosim_top___024root* vlSelf);

void Vcosim_top___024root___eval_ico(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vcosim_top___024root___ico_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[1U] = 1U;
    }
}

void Vcosim_top___024root___eval_act(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_act\n"); );
}

void Vcosim_top___024root___nba_sequent__TOP__0(Vcosim_top___024root* vlSelf);
void Vcosim_top___024root___nba_sequent__TOP__1(Vcosim_top___024root* vlSelf);
void Vcosim_top___024root___nba_sequent__TOP__2(Vcosim_top___024root* vlSelf);
void Vcosim_top___024root___nba_comb__TOP__0(Vcosim_top___024root* vlSelf);
void Vcosim_top___024root___nba_comb__TOP__1(Vcosim_top___024root* vlSelf);

void Vcosim_top___024root___eval_nba(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_nba\n"); );
    // Body
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vcosim_top___024root___nba_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[2U] = 1U;
    }
    if (vlSelf->__VnbaTriggered.at(1U)) {
        Vcosim_top___024root___nba_sequent__TOP__1(vlSelf);
        vlSelf->__Vm_traceActivity[3U] = 1U;
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vcosim_top___024root___nba_sequent__TOP__2(vlSelf);
        vlSelf->__Vm_traceActivity[4U] = 1U;
    }
    if ((vlSelf->__VnbaTriggered.at(0U) | vlSelf->__VnbaTriggered.at(1U))) {
        Vcosim_top___024root___nba_comb__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[5U] = 1U;
        Vcosim_top___024root___nba_comb__TOP__1(vlSelf);
    }
}

void Vcosim_top___024root___eval_triggers__ico(Vcosim_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__ico(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG
void Vcosim_top___024root___eval_triggers__act(Vcosim_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__act(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG
#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__nba(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG

void Vcosim_top___024root___eval(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval\n"); );
    // Init
    vlSelf->__Vsampled__TOP__rst_ni = vlSelf->rst_ni;
    vlSelf->__Vsampled__TOP__tx_tlp_valid_o = vlSelf->tx_tlp_valid_o;
    vlSelf->__Vsampled__TOP__tx_tlp_keep_o = vlSelf->tx_tlp_keep_o;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->__Vsampled__TOP__tx_tlp_last_o = vlSelf->tx_tlp_last_o;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[3U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[4U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[5U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[6U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[7U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[8U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[8U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[9U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[9U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[0U] = vlSelf->tx_tlp_data_o[0U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[1U] = vlSelf->tx_tlp_data_o[1U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[2U] = vlSelf->tx_tlp_data_o[2U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[3U] = vlSelf->tx_tlp_data_o[3U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[4U] = vlSelf->tx_tlp_data_o[4U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[5U] = vlSelf->tx_tlp_data_o[5U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[6U] = vlSelf->tx_tlp_data_o[6U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[7U] = vlSelf->tx_tlp_data_o[7U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__rx_tlp_valid_i = vlSelf->rx_tlp_valid_i;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[3U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[4U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[5U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[6U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[7U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[8U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[8U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[9U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[9U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[0U] = vlSelf->rx_tlp_data_i[0U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[1U] = vlSelf->rx_tlp_data_i[1U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[2U] = vlSelf->rx_tlp_data_i[2U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[3U] = vlSelf->rx_tlp_data_i[3U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[4U] = vlSelf->rx_tlp_data_i[4U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[5U] = vlSelf->rx_tlp_data_i[5U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[6U] = vlSelf->rx_tlp_data_i[6U];
    vlSelf->__Vsampled__TOP__rx_tlp_data_i[7U] = vlSelf->rx_tlp_data_i[7U];
    vlSelf->__Vsampled__TOP__rx_tlp_keep_i = vlSelf->rx_tlp_keep_i;
    vlSelf->__Vsampled__TOP__rx_tlp_last_i = vlSelf->rx_tlp_last_i;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_wr_data_valid 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_wr_data_ready 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_wr_req_valid 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_wr_req_addr 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_addr;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_wr_req_len 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[3U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[4U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[5U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[6U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[7U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[8U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[8U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[3U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[4U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[5U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[6U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[7U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__dma_rd_req_addr 
        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_req_addr;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_0_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__reg_req 
        = vlSelf->cosim_top__DOT__u_dut__DOT__reg_req;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_1_0 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_1_0;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
    vlSelf->__Vsampled__TOP__tx_tlp_ready_i = vlSelf->tx_tlp_ready_i;
    vlSelf->__Vsampled__TOP__rx_tlp_ready_o = vlSelf->rx_tlp_ready_o;
    vlSelf->__Vsampled__TOP__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q;
    CData/*0:0*/ __VicoContinue;
    VlTriggerVec<2> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    vlSelf->__VicoIterCount = 0U;
    __VicoContinue = 1U;
    while (__VicoContinue) {
        __VicoContinue = 0U;
        Vcosim_top___024root___eval_triggers__ico(vlSelf);
        if (vlSelf->__VicoTriggered.any()) {
            __VicoContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) {
#ifdef VL_DEBUG
                Vcosim_top___024root___dump_triggers__ico(vlSelf);
#endif
                VL_FATAL_MT("/work/main/systemc/rtl/cosim_top.sv", 6, "", "Input combinational region did not converge.");
            }
            vlSelf->__VicoIterCount = ((IData)(1U) 
                                       + vlSelf->__VicoIterCount);
            Vcosim_top___024root___eval_ico(vlSelf);
        }
    }
    __VnbaIterCount = 0U;
    __VnbaContinue = 1U;
    while (__VnbaContinue) {
        __VnbaContinue = 0U;
        vlSelf->__VnbaTriggered.clear();
        vlSelf->__VactIterCount = 0U;
        vlSelf->__VactContinue = 1U;
        while (vlSelf->__VactContinue) {
            vlSelf->__VactContinue = 0U;
            Vcosim_top___024root___eval_triggers__act(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vcosim_top___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("/work/main/systemc/rtl/cosim_top.sv", 6, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vcosim_top___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vcosim_top___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("/work/main/systemc/rtl/cosim_top.sv", 6, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vcosim_top___024root___eval_nba(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
void Vcosim_top___024root___eval_debug_assertions(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_debug_assertions\n"); );
    // Body
    if (VL_UNLIKELY((vlSelf->clk_i & 0xfeU))) {
        Verilated::overWidthError("clk_i");}
    if (VL_UNLIKELY((vlSelf->time_i & 0ULL))) {
        Verilated::overWidthError("time_i");}
    if (VL_UNLIKELY((vlSelf->rst_ni & 0xfeU))) {
        Verilated::overWidthError("rst_ni");}
    if (VL_UNLIKELY((vlSelf->rx_tlp_last_i & 0xfeU))) {
        Verilated::overWidthError("rx_tlp_last_i");}
    if (VL_UNLIKELY((vlSelf->rx_tlp_valid_i & 0xfeU))) {
        Verilated::overWidthError("rx_tlp_valid_i");}
    if (VL_UNLIKELY((vlSelf->tx_tlp_ready_i & 0xfeU))) {
        Verilated::overWidthError("tx_tlp_ready_i");}
    if (VL_UNLIKELY((vlSelf->sim_req_i & 0xfeU))) {
        Verilated::overWidthError("sim_req_i");}
    if (VL_UNLIKELY((vlSelf->sim_we_i & 0xfeU))) {
        Verilated::overWidthError("sim_we_i");}
    if (VL_UNLIKELY((vlSelf->obs_slot_i & 0xe0U))) {
        Verilated::overWidthError("obs_slot_i");}
}
#endif  // VL_DEBUG
