// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vnvme_ctrl_top.h for the primary calling header

#include "verilated.h"

#include "Vnvme_ctrl_top___024root.h"

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_static(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_static\n"); );
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_initial(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_initial\n"); );
    // Body
    vlSelf->__Vtrigrprev__TOP__clk_i = vlSelf->clk_i;
    vlSelf->__Vtrigrprev__TOP__rst_ni = vlSelf->rst_ni;
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_final(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_final\n"); );
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_triggers__stl(Vnvme_ctrl_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__stl(Vnvme_ctrl_top___024root* vlSelf);
#endif  // VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_stl(Vnvme_ctrl_top___024root* vlSelf);

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_settle(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_settle\n"); );
    // Init
    CData/*0:0*/ __VstlContinue;
    // Body
    vlSelf->__VstlIterCount = 0U;
    __VstlContinue = 1U;
    while (__VstlContinue) {
        __VstlContinue = 0U;
        Vnvme_ctrl_top___024root___eval_triggers__stl(vlSelf);
        if (vlSelf->__VstlTriggered.any()) {
            __VstlContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VstlIterCount))) {
#ifdef VL_DEBUG
                Vnvme_ctrl_top___024root___dump_triggers__stl(vlSelf);
#endif
                VL_FATAL_MT("/work/main/rtl/nvme_ctrl_top.sv", 6, "", "Settle region did not converge.");
            }
            vlSelf->__VstlIterCount = ((IData)(1U) 
                                       + vlSelf->__VstlIterCount);
            Vnvme_ctrl_top___024root___eval_stl(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__stl(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___dump_triggers__stl\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VstlTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VstlTriggered.at(0U)) {
        VL_DBG_MSGF("         'stl' region trigger index 0 is active: Internal 'stl' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vnvme_ctrl_top___024root___stl_sequent__TOP__0(Vnvme_ctrl_top___024root* vlSelf);
VL_ATTR_COLD void Vnvme_ctrl_top___024root___stl_sequent__TOP__1(Vnvme_ctrl_top___024root* vlSelf);

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_stl(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_stl\n"); );
    // Body
    if (vlSelf->__VstlTriggered.at(0U)) {
        Vnvme_ctrl_top___024root___stl_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[5U] = 1U;
        vlSelf->__Vm_traceActivity[4U] = 1U;
        vlSelf->__Vm_traceActivity[3U] = 1U;
        vlSelf->__Vm_traceActivity[2U] = 1U;
        vlSelf->__Vm_traceActivity[1U] = 1U;
        vlSelf->__Vm_traceActivity[0U] = 1U;
        Vnvme_ctrl_top___024root___stl_sequent__TOP__1(vlSelf);
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__ico(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___dump_triggers__ico\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VicoTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VicoTriggered.at(0U)) {
        VL_DBG_MSGF("         'ico' region trigger index 0 is active: Internal 'ico' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__act(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___dump_triggers__act\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VactTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VactTriggered.at(0U)) {
        VL_DBG_MSGF("         'act' region trigger index 0 is active: @(posedge clk_i or negedge rst_ni)\n");
    }
    if (vlSelf->__VactTriggered.at(1U)) {
        VL_DBG_MSGF("         'act' region trigger index 1 is active: @(posedge clk_i)\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__nba(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___dump_triggers__nba\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VnbaTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        VL_DBG_MSGF("         'nba' region trigger index 0 is active: @(posedge clk_i or negedge rst_ni)\n");
    }
    if (vlSelf->__VnbaTriggered.at(1U)) {
        VL_DBG_MSGF("         'nba' region trigger index 1 is active: @(posedge clk_i)\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vnvme_ctrl_top___024root___ctor_var_reset(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___ctor_var_reset\n"); );
    // Body
    vlSelf->clk_i = 0;
    vlSelf->rst_ni = 0;
    vlSelf->time_i = 0;
    vlSelf->rx_tlp_data_i = 0;
    vlSelf->rx_tlp_keep_i = 0;
    vlSelf->rx_tlp_last_i = 0;
    vlSelf->rx_tlp_valid_i = 0;
    vlSelf->rx_tlp_ready_o = 0;
    vlSelf->tx_tlp_data_o = 0;
    vlSelf->tx_tlp_keep_o = 0;
    vlSelf->tx_tlp_last_o = 0;
    vlSelf->tx_tlp_valid_o = 0;
    vlSelf->tx_tlp_ready_i = 0;
    vlSelf->sim_req_i = 0;
    vlSelf->sim_we_i = 0;
    vlSelf->sim_addr_i = 0;
    vlSelf->sim_wdata_i = 0;
    vlSelf->sim_rdata_o = 0;
    vlSelf->sim_idle_o = 0;
    vlSelf->sim_wake_o = 0;
    vlSelf->nvme_ctrl_top__DOT__sim_ep_req = 0;
    vlSelf->nvme_ctrl_top__DOT__sim_core_we = 0;
    vlSelf->nvme_ctrl_top__DOT__sim_ep_rdata = 0;
    vlSelf->nvme_ctrl_top__DOT__reg_req = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_rd_data_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_done = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr = 0;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len = 0;
    vlSelf->nvme_ctrl_top__DOT__msix_req = 0;
    vlSelf->nvme_ctrl_top__DOT__core_quiet = 0;
    vlSelf->nvme_ctrl_top__DOT__ep_wake = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_mem_read = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_rd_data = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_we = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done = 0;
    VL_ZERO_RESET_W(128, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done = 0;
    VL_ZERO_RESET_W(128, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid = 0;
    VL_ZERO_RESET_W(128, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(73, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0;
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_0_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_1_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d = 0;
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d = 0;
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(80, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(77, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0;
    VL_ZERO_RESET_W(128, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws = 0;
    for (int __Vi0 = 0; __Vi0 < 1; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(73, vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_changed = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__read = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr = 0;
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h00f4e23d__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hd6dd96fe__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h853db7d8__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h72a7e8c8__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h8d761e49__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hbdf6411a__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 = 0;
    VL_ZERO_RESET_W(8192, vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q);
    VL_ZERO_RESET_W(8192, vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d);
    for (int __Vi0 = 0; __Vi0 < 8192; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d = 0;
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_ZERO_RESET_W(320, vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[__Vi0]);
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 0;
    VL_ZERO_RESET_W(320, vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d = 0;
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_h638de810__0 = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d = 0;
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d = 0;
    for (int __Vi0 = 0; __Vi0 < 1024; ++__Vi0) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_q[__Vi0] = 0;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap = 0;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep = 0;
    vlSelf->__Vfunc_merge_bytes__3__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__3__old = 0;
    vlSelf->__Vfunc_merge_bytes__3__data = 0;
    vlSelf->__Vfunc_merge_bytes__3__be = 0;
    vlSelf->__Vfunc_merge_bytes__3__res = 0;
    vlSelf->__Vfunc_merge_bytes__4__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__4__old = 0;
    vlSelf->__Vfunc_merge_bytes__4__data = 0;
    vlSelf->__Vfunc_merge_bytes__4__be = 0;
    vlSelf->__Vfunc_merge_bytes__4__res = 0;
    vlSelf->__Vfunc_merge_bytes__5__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__5__old = 0;
    vlSelf->__Vfunc_merge_bytes__5__data = 0;
    vlSelf->__Vfunc_merge_bytes__5__be = 0;
    vlSelf->__Vfunc_merge_bytes__5__res = 0;
    vlSelf->__Vfunc_merge_bytes__6__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__6__old = 0;
    vlSelf->__Vfunc_merge_bytes__6__data = 0;
    vlSelf->__Vfunc_merge_bytes__6__be = 0;
    vlSelf->__Vfunc_merge_bytes__6__res = 0;
    vlSelf->__Vfunc_merge_bytes__7__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__7__old = 0;
    vlSelf->__Vfunc_merge_bytes__7__data = 0;
    vlSelf->__Vfunc_merge_bytes__7__be = 0;
    vlSelf->__Vfunc_merge_bytes__7__res = 0;
    vlSelf->__Vfunc_merge_bytes__8__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__8__old = 0;
    vlSelf->__Vfunc_merge_bytes__8__data = 0;
    vlSelf->__Vfunc_merge_bytes__8__be = 0;
    vlSelf->__Vfunc_merge_bytes__8__res = 0;
    vlSelf->__Vfunc_merge_bytes__9__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__9__old = 0;
    vlSelf->__Vfunc_merge_bytes__9__data = 0;
    vlSelf->__Vfunc_merge_bytes__9__be = 0;
    vlSelf->__Vfunc_merge_bytes__9__res = 0;
    vlSelf->__Vfunc_merge_bytes__10__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__10__old = 0;
    vlSelf->__Vfunc_merge_bytes__10__data = 0;
    vlSelf->__Vfunc_merge_bytes__10__be = 0;
    vlSelf->__Vfunc_merge_bytes__10__res = 0;
    vlSelf->__Vfunc_merge_bytes__11__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__11__old = 0;
    vlSelf->__Vfunc_merge_bytes__11__data = 0;
    vlSelf->__Vfunc_merge_bytes__11__be = 0;
    vlSelf->__Vfunc_merge_bytes__11__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be = 0;
    vlSelf->__Vfunc_merge_bytes__26__res = 0;
    vlSelf->__Vfunc_merge_bytes__27__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__27__old = 0;
    vlSelf->__Vfunc_merge_bytes__27__data = 0;
    vlSelf->__Vfunc_merge_bytes__27__be = 0;
    vlSelf->__Vfunc_merge_bytes__27__res = 0;
    vlSelf->__Vfunc_merge_bytes__28__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__28__old = 0;
    vlSelf->__Vfunc_merge_bytes__28__data = 0;
    vlSelf->__Vfunc_merge_bytes__28__be = 0;
    vlSelf->__Vfunc_merge_bytes__28__res = 0;
    vlSelf->__Vfunc_merge_bytes__29__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__29__old = 0;
    vlSelf->__Vfunc_merge_bytes__29__data = 0;
    vlSelf->__Vfunc_merge_bytes__29__be = 0;
    vlSelf->__Vfunc_merge_bytes__29__res = 0;
    vlSelf->__Vfunc_merge_bytes__30__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__30__old = 0;
    vlSelf->__Vfunc_merge_bytes__30__data = 0;
    vlSelf->__Vfunc_merge_bytes__30__be = 0;
    vlSelf->__Vfunc_merge_bytes__30__res = 0;
    vlSelf->__Vfunc_merge_bytes__31__Vfuncout = 0;
    vlSelf->__Vfunc_merge_bytes__31__old = 0;
    vlSelf->__Vfunc_merge_bytes__31__data = 0;
    vlSelf->__Vfunc_merge_bytes__31__be = 0;
    vlSelf->__Vfunc_merge_bytes__31__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id);
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__Vfuncout = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res = 0;
    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos = 0;
    vlSelf->__Vdlyvdim0__nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvval__nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvset__nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvset__nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 0;
    vlSelf->__Vtrigrprev__TOP__clk_i = 0;
    vlSelf->__Vtrigrprev__TOP__rst_ni = 0;
    for (int __Vi0 = 0; __Vi0 < 6; ++__Vi0) {
        vlSelf->__Vm_traceActivity[__Vi0] = 0;
    }
}
