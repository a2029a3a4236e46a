// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top___024root.h"

VL_ATTR_COLD void Vcosim_top___024root___eval_static(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_static\n"); );
}

VL_ATTR_COLD void Vcosim_top___024root___eval_initial(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_initial\n"); );
    // Body
    vlSelf->__Vtrigrprev__TOP__clk_i = vlSelf->clk_i;
    vlSelf->__Vtrigrprev__TOP__rst_ni = vlSelf->rst_ni;
}

VL_ATTR_COLD void Vcosim_top___024root___eval_final(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_final\n"); );
}

VL_ATTR_COLD void Vcosim_top___024root___eval_triggers__stl(Vcosim_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__stl(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___eval_stl(Vcosim_top___024root* vlSelf);

VL_ATTR_COLD void Vcosim_top___024root___eval_settle(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_settle\n"); );
    // Init
    CData/*0:0*/ __VstlContinue;
    // Body
    vlSelf->__VstlIterCount = 0U;
    __VstlContinue = 1U;
    while (__VstlContinue) {
        __VstlContinue = 0U;
        Vcosim_top___024root___eval_triggers__stl(vlSelf);
        if (vlSelf->__VstlTriggered.any()) {
            __VstlContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VstlIterCount))) {
#ifdef VL_DEBUG
                Vcosim_top___024root___dump_triggers__stl(vlSelf);
#endif
                VL_FATAL_MT("/work/main/systemc/rtl/cosim_top.sv", 6, "", "Settle region did not converge.");
            }
            vlSelf->__VstlIterCount = ((IData)(1U) 
                                       + vlSelf->__VstlIterCount);
            Vcosim_top___024root___eval_stl(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__stl(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___dump_triggers__stl\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VstlTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VstlTriggered.at(0U)) {
        VL_DBG_MSGF("         'stl' region trigger index 0 is active: Internal 'stl' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vcosim_top___024root___stl_sequent__TOP__0(Vcosim_top___024root* vlSelf);
VL_ATTR_COLD void Vcosim_top___024root___stl_sequent__TOP__1(Vcosim_top___024root* vlSelf);
VL_ATTR_COLD void Vcosim_top___024root___stl_sequent__TOP__2(Vcosim_top___024root* vlSelf);

VL_ATTR_COLD void Vcosim_top___024root___eval_stl(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_stl\n"); );
    // Body
    if (vlSelf->__VstlTriggered.at(0U)) {
        Vcosim_top___024root___stl_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[5U] = 1U;
        vlSelf->__Vm_traceActivity[4U] = 1U;
        vlSelf->__Vm_traceActivity[3U] = 1U;
        vlSelf->__Vm_traceActivity[2U] = 1U;
        vlSelf->__Vm_traceActivity[1U] = 1U;
        vlSelf->__Vm_traceActivity[0U] = 1U;
        Vcosim_top___024root___stl_sequent__TOP__1(vlSelf);
        Vcosim_top___024root___stl_sequent__TOP__2(vlSelf);
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__ico(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___dump_triggers__ico\n"); );
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
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__act(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___dump_triggers__act\n"); );
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
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__nba(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___dump_triggers__nba\n"); );
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

VL_ATTR_COLD void Vcosim_top___024root___ctor_var_reset(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___ctor_var_reset\n"); );
    // Body
    vlSelf->clk_i = 0;
    vlSelf->time_i = 0;
    vlSelf->rst_ni = 0;
    VL_ZERO_RESET_W(256, vlSelf->rx_tlp_data_i);
    vlSelf->rx_tlp_keep_i = 0;
    vlSelf->rx_tlp_last_i = 0;
    vlSelf->rx_tlp_valid_i = 0;
    vlSelf->rx_tlp_ready_o = 0;
    VL_ZERO_RESET_W(256, vlSelf->tx_tlp_data_o);
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
    vlSelf->host_admin_inflight_i = 0;
    vlSelf->host_identify_inflight_i = 0;
    vlSelf->host_scan_phase_i = 0;
    vlSelf->host_registering_nsid_i = 0;
    vlSelf->host_registered_i = 0;
    vlSelf->host_interrupts_i = 0;
    vlSelf->host_resets_i = 0;
    vlSelf->obs_slots_busy_o = 0;
    vlSelf->obs_slot_i = 0;
    VL_ZERO_RESET_W(96, vlSelf->obs_slot_cmd_o);
    vlSelf->obs_slot_deadline_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__reg_req = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_done_err = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_req_addr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_done = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_addr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__msix_req = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__ep_wake = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_malformed = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned_cpl = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_unexpected_cpl = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_sent_ca = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__rx_dw_ready = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_done = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_mem_read = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_ok = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_byte_count = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_dw_count = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_rd_data = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_wr_en = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_capture_en = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_we = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_rdata = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_idx = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done = 0;
    VL_ZERO_RESET_W(128, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mrd_hdr);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done = 0;
    VL_ZERO_RESET_W(128, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw);
    VL_ZERO_RESET_W(128, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(289, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0;
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[__Vi0] = 0;
    }
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_0_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT___Vpast_1_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d = 0;
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d = 0;
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(80, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad = 0;
    VL_ZERO_RESET_W(448, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q);
    VL_ZERO_RESET_W(448, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush = 0;
    VL_ZERO_RESET_W(704, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(77, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0 = 0;
    VL_ZERO_RESET_W(260, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0;
    VL_ZERO_RESET_W(128, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws = 0;
    for (int __Vi0 = 0; __Vi0 < 8; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0 = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0 = 0;
    VL_ZERO_RESET_W(289, vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_changed = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__lat_draw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_active = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_fail = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__read = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr = 0;
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h00f4e23d__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hd6dd96fe__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h853db7d8__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h72a7e8c8__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h8d761e49__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hbdf6411a__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 = 0;
    VL_ZERO_RESET_W(8192, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q);
    VL_ZERO_RESET_W(8192, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d);
    for (int __Vi0 = 0; __Vi0 < 8192; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d = 0;
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_ZERO_RESET_W(320, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[__Vi0]);
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 0;
    VL_ZERO_RESET_W(320, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__post_cid = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q = 0;
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q);
    VL_ZERO_RESET_W(256, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d = 0;
    for (int __Vi0 = 0; __Vi0 < 17; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_h638de810__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d = 0;
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d = 0;
    for (int __Vi0 = 0; __Vi0 < 1024; ++__Vi0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_q[__Vi0] = 0;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53c51667__0 = 0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53bf2e51__0 = 0;
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
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be = 0;
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
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__57__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__57__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__57__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__57__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__57__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__58__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__58__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__58__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__58__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__58__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__59__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__59__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__59__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__59__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__59__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__60__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__60__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__60__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__60__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__60__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__61__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__61__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__61__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__61__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__61__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__62__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__62__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__62__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__62__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__62__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__63__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__63__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__63__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__63__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__63__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__64__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__64__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__64__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__64__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__64__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__65__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__65__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__65__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__65__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__id_dw__65__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__66__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__66__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__66__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__66__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__67__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__67__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__67__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__67__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__68__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__68__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__68__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__68__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__69__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__69__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__69__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__1__KET____DOT__u_data_gen__DOT__text_dw__69__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__70__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__70__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__70__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__70__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__70__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__71__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__71__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__71__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__71__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__71__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__72__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__72__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__72__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__72__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__72__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__73__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__73__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__73__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__73__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__73__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__74__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__74__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__74__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__74__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__74__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__75__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__75__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__75__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__75__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__75__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__76__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__76__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__76__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__76__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__76__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__77__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__77__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__77__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__77__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__77__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__78__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__78__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__78__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__78__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__id_dw__78__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__79__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__79__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__79__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__79__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__80__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__80__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__80__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__80__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__81__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__81__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__81__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__81__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__82__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__82__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__82__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__2__KET____DOT__u_data_gen__DOT__text_dw__82__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__83__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__83__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__83__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__83__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__83__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__84__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__84__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__84__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__84__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__84__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__85__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__85__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__85__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__85__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__85__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__86__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__86__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__86__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__86__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__86__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__87__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__87__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__87__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__87__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__87__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__88__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__88__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__88__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__88__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__88__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__89__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__89__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__89__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__89__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__89__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__90__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__90__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__90__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__90__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__90__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__91__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__91__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__91__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__91__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__id_dw__91__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__92__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__92__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__92__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__92__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__93__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__93__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__93__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__93__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__94__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__94__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__94__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__94__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__95__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__95__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__95__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__3__KET____DOT__u_data_gen__DOT__text_dw__95__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__96__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__96__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__96__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__96__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__96__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__97__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__97__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__97__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__97__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__97__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__98__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__98__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__98__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__98__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__98__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__99__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__99__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__99__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__99__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__99__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__100__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__100__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__100__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__100__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__100__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__101__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__101__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__101__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__101__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__101__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__102__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__102__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__102__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__102__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__102__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__103__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__103__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__103__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__103__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__103__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__104__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__104__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__104__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__104__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__id_dw__104__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__105__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__105__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__105__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__105__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__106__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__106__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__106__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__106__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__107__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__107__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__107__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__107__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__108__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__108__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__108__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__4__KET____DOT__u_data_gen__DOT__text_dw__108__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__Vfuncout = 0;
    VL_ZERO_RESET_W(128, vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id);
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__Vfuncout = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res = 0;
    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos = 0;
    vlSelf->__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 0;
    vlSelf->__Vtrigrprev__TOP__clk_i = 0;
    vlSelf->__Vtrigrprev__TOP__rst_ni = 0;
    for (int __Vi0 = 0; __Vi0 < 6; ++__Vi0) {
        vlSelf->__Vm_traceActivity[__Vi0] = 0;
    }
}
