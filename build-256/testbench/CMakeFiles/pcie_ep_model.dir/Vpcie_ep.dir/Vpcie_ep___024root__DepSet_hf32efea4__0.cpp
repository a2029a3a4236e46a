// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpcie_ep.h for the primary calling header

#include "verilated.h"

#include "Vpcie_ep___024root.h"

void Vpcie_ep___024root___ico_sequent__TOP__0(Vpcie_ep___024root* vlSelf);

void Vpcie_ep___024root___eval_ico(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vpcie_ep___024root___ico_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[1U] = 1U;
    }
}

void Vpcie_ep___024root___eval_act(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_act\n"); );
}

VL_INLINE_OPT void Vpcie_ep___024root___nba_sequent__TOP__2(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___nba_sequent__TOP__2\n"); );
    // Body
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                if ((1U & (~ (IData)(vlSelf->bus_master_en_o)))) {
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d = 1U;
                }
            } else if (vlSelf->dma_wr_req_valid_i) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d 
                    = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad) 
                             | (~ (IData)(vlSelf->bus_master_en_o))));
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q;
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d = 0U;
    } else if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if (((IData)(vlSelf->dma_wr_data_valid_i) 
                 & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                    == (IData)(vlSelf->dma_wr_data_count_i)))) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d = 4U;
            }
        } else if (vlSelf->pcie_ep__DOT__mwr_done) {
            vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d 
                = ((0U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left))
                    ? 4U : 1U);
            if (vlSelf->pcie_ep__DOT__mwr_more) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d = 2U;
            }
        }
    } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((IData)(vlSelf->bus_master_en_o) ? 2U
                : ((0U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q))
                    ? 4U : 3U));
    } else if (vlSelf->dma_wr_req_valid_i) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad)
                ? 4U : ((IData)(vlSelf->bus_master_en_o)
                         ? 1U : 3U));
    }
}

void Vpcie_ep___024root___nba_sequent__TOP__0(Vpcie_ep___024root* vlSelf);
void Vpcie_ep___024root___nba_sequent__TOP__1(Vpcie_ep___024root* vlSelf);
void Vpcie_ep___024root___nba_comb__TOP__0(Vpcie_ep___024root* vlSelf);

void Vpcie_ep___024root___eval_nba(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_nba\n"); );
    // Body
    if (vlSelf->__VnbaTriggered.at(1U)) {
        Vpcie_ep___024root___nba_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[2U] = 1U;
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vpcie_ep___024root___nba_sequent__TOP__1(vlSelf);
        vlSelf->__Vm_traceActivity[3U] = 1U;
    }
    if ((vlSelf->__VnbaTriggered.at(0U) | vlSelf->__VnbaTriggered.at(1U))) {
        Vpcie_ep___024root___nba_comb__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[4U] = 1U;
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vpcie_ep___024root___nba_sequent__TOP__2(vlSelf);
    }
}

void Vpcie_ep___024root___eval_triggers__ico(Vpcie_ep___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpcie_ep___024root___dump_triggers__ico(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG
void Vpcie_ep___024root___eval_triggers__act(Vpcie_ep___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpcie_ep___024root___dump_triggers__act(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpcie_ep___024root___dump_triggers__nba(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG

void Vpcie_ep___024root___eval(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval\n"); );
    // Init
    vlSelf->__Vsampled__TOP__rst_ni = vlSelf->rst_ni;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__dma_wr_req_valid_i = vlSelf->dma_wr_req_valid_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__dma_wr_req_addr_i = vlSelf->dma_wr_req_addr_i;
    vlSelf->__Vsampled__TOP__dma_wr_req_len_i = vlSelf->dma_wr_req_len_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0;
    vlSelf->__Vsampled__TOP__dma_wr_data_valid_i = vlSelf->dma_wr_data_valid_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[0U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[0U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[1U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[1U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[2U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[2U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[3U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[3U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[4U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[4U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[5U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[5U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[6U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[6U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[7U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[7U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[8U] 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0[8U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[0U] = vlSelf->dma_wr_data_i[0U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[1U] = vlSelf->dma_wr_data_i[1U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[2U] = vlSelf->dma_wr_data_i[2U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[3U] = vlSelf->dma_wr_data_i[3U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[4U] = vlSelf->dma_wr_data_i[4U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[5U] = vlSelf->dma_wr_data_i[5U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[6U] = vlSelf->dma_wr_data_i[6U];
    vlSelf->__Vsampled__TOP__dma_wr_data_i[7U] = vlSelf->dma_wr_data_i[7U];
    vlSelf->__Vsampled__TOP__dma_wr_data_count_i = vlSelf->dma_wr_data_count_i;
    vlSelf->__Vsampled__TOP__tx_tlp_valid_o = vlSelf->tx_tlp_valid_o;
    vlSelf->__Vsampled__TOP__tx_tlp_keep_o = vlSelf->tx_tlp_keep_o;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT__keep_q 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->__Vsampled__TOP__tx_tlp_last_o = vlSelf->tx_tlp_last_o;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[3U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[3U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[4U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[4U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[5U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[5U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[6U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[6U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[7U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[7U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[8U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[8U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[9U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[9U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[0U] = vlSelf->tx_tlp_data_o[0U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[1U] = vlSelf->tx_tlp_data_o[1U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[2U] = vlSelf->tx_tlp_data_o[2U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[3U] = vlSelf->tx_tlp_data_o[3U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[4U] = vlSelf->tx_tlp_data_o[4U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[5U] = vlSelf->tx_tlp_data_o[5U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[6U] = vlSelf->tx_tlp_data_o[6U];
    vlSelf->__Vsampled__TOP__tx_tlp_data_o[7U] = vlSelf->tx_tlp_data_o[7U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__rx_tlp_valid_i = vlSelf->rx_tlp_valid_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[3U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[3U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[4U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[4U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[5U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[5U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[6U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[6U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[7U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[7U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[8U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[8U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[9U] 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[9U];
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
    vlSelf->__Vsampled__TOP__dma_wr_data_ready_o = vlSelf->dma_wr_data_ready_o;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__recv_q 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__dma_rd_req_valid_i = vlSelf->dma_rd_req_valid_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U] 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U] 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U];
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U] 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U];
    vlSelf->__Vsampled__TOP__dma_rd_req_addr_i = vlSelf->dma_rd_req_addr_i;
    vlSelf->__Vsampled__TOP__dma_rd_req_len_i = vlSelf->dma_rd_req_len_i;
    vlSelf->__Vsampled__TOP__dma_rd_req_id_i = vlSelf->dma_rd_req_id_i;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_target__DOT___Vpast_0_0 
        = vlSelf->pcie_ep__DOT__u_target__DOT___Vpast_0_0;
    vlSelf->__Vsampled__TOP__reg_req_o = vlSelf->reg_req_o;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_target__DOT___Vpast_1_0 
        = vlSelf->pcie_ep__DOT__u_target__DOT___Vpast_1_0;
    vlSelf->__Vsampled__TOP__reg_we_o = vlSelf->reg_we_o;
    vlSelf->__Vsampled__TOP__reg_addr_o = vlSelf->reg_addr_o;
    vlSelf->__Vsampled__TOP__reg_wdata_o = vlSelf->reg_wdata_o;
    vlSelf->__Vsampled__TOP__reg_be_o = vlSelf->reg_be_o;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__state_q 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT__present_q 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__queued_q 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sending_q 
        = vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sending_d 
        = vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__pending_q 
        = vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sel_d 
        = vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__mask_q 
        = vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q;
    vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q;
    vlSelf->__Vsampled__TOP__bus_master_en_o = vlSelf->bus_master_en_o;
    vlSelf->__Vsampled__TOP__dma_wr_req_ready_o = vlSelf->dma_wr_req_ready_o;
    vlSelf->__Vsampled__TOP__tx_tlp_ready_i = vlSelf->tx_tlp_ready_i;
    vlSelf->__Vsampled__TOP__rx_tlp_ready_o = vlSelf->rx_tlp_ready_o;
    vlSelf->__Vsampled__TOP__dma_rd_req_ready_o = vlSelf->dma_rd_req_ready_o;
    vlSelf->__Vsampled__TOP__reg_gnt_i = vlSelf->reg_gnt_i;
    CData/*0:0*/ __VicoContinue;
    VlTriggerVec<2> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    vlSelf->__VicoIterCount = 0U;
    __VicoContinue = 1U;
    while (__VicoContinue) {
        __VicoContinue = 0U;
        Vpcie_ep___024root___eval_triggers__ico(vlSelf);
        if (vlSelf->__VicoTriggered.any()) {
            __VicoContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) {
#ifdef VL_DEBUG
                Vpcie_ep___024root___dump_triggers__ico(vlSelf);
#endif
                VL_FATAL_MT("/work/main/rtl/pcie_ep.sv", 6, "", "Input combinational region did not converge.");
            }
            vlSelf->__VicoIterCount = ((IData)(1U) 
                                       + vlSelf->__VicoIterCount);
            Vpcie_ep___024root___eval_ico(vlSelf);
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
            Vpcie_ep___024root___eval_triggers__act(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vpcie_ep___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("/work/main/rtl/pcie_ep.sv", 6, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vpcie_ep___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vpcie_ep___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("/work/main/rtl/pcie_ep.sv", 6, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vpcie_ep___024root___eval_nba(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
void Vpcie_ep___024root___eval_debug_assertions(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_debug_assertions\n"); );
    // Body
    if (VL_UNLIKELY((vlSelf->clk_i & 0xfeU))) {
        Verilated::overWidthError("clk_i");}
    if (VL_UNLIKELY((vlSelf->rst_ni & 0xfeU))) {
        Verilated::overWidthError("rst_ni");}
    if (VL_UNLIKELY((vlSelf->time_i & 0ULL))) {
        Verilated::overWidthError("time_i");}
    if (VL_UNLIKELY((vlSelf->rx_tlp_last_i & 0xfeU))) {
        Verilated::overWidthError("rx_tlp_last_i");}
    if (VL_UNLIKELY((vlSelf->rx_tlp_valid_i & 0xfeU))) {
        Verilated::overWidthError("rx_tlp_valid_i");}
    if (VL_UNLIKELY((vlSelf->tx_tlp_ready_i & 0xfeU))) {
        Verilated::overWidthError("tx_tlp_ready_i");}
    if (VL_UNLIKELY((vlSelf->reg_gnt_i & 0xfeU))) {
        Verilated::overWidthError("reg_gnt_i");}
    if (VL_UNLIKELY((vlSelf->reg_rvalid_i & 0xfeU))) {
        Verilated::overWidthError("reg_rvalid_i");}
    if (VL_UNLIKELY((vlSelf->dma_rd_req_valid_i & 0xfeU))) {
        Verilated::overWidthError("dma_rd_req_valid_i");}
    if (VL_UNLIKELY((vlSelf->dma_rd_req_len_i & 0xe000U))) {
        Verilated::overWidthError("dma_rd_req_len_i");}
    if (VL_UNLIKELY((vlSelf->dma_rd_req_id_i & 0xf8U))) {
        Verilated::overWidthError("dma_rd_req_id_i");}
    if (VL_UNLIKELY((vlSelf->dma_wr_req_valid_i & 0xfeU))) {
        Verilated::overWidthError("dma_wr_req_valid_i");}
    if (VL_UNLIKELY((vlSelf->dma_wr_req_len_i & 0xe000U))) {
        Verilated::overWidthError("dma_wr_req_len_i");}
    if (VL_UNLIKELY((vlSelf->dma_wr_data_count_i & 0xf0U))) {
        Verilated::overWidthError("dma_wr_data_count_i");}
    if (VL_UNLIKELY((vlSelf->dma_wr_data_valid_i & 0xfeU))) {
        Verilated::overWidthError("dma_wr_data_valid_i");}
    if (VL_UNLIKELY((vlSelf->msix_req_i & 0xfeU))) {
        Verilated::overWidthError("msix_req_i");}
    if (VL_UNLIKELY((vlSelf->msix_vector_i & 0xf8U))) {
        Verilated::overWidthError("msix_vector_i");}
    if (VL_UNLIKELY((vlSelf->sim_req_i & 0xfeU))) {
        Verilated::overWidthError("sim_req_i");}
    if (VL_UNLIKELY((vlSelf->sim_we_i & 0xfeU))) {
        Verilated::overWidthError("sim_we_i");}
}
#endif  // VL_DEBUG
