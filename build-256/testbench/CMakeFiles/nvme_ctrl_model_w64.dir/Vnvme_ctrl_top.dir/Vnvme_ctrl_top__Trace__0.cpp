// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vnvme_ctrl_top__Syms.h"


void Vnvme_ctrl_top___024root__trace_chg_sub_0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst::Buffer* bufp);

void Vnvme_ctrl_top___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_chg_top_0\n"); );
    // Init
    Vnvme_ctrl_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vnvme_ctrl_top___024root*>(voidSelf);
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (VL_UNLIKELY(!vlSymsp->__Vm_activity)) return;
    // Body
    Vnvme_ctrl_top___024root__trace_chg_sub_0((&vlSymsp->TOP), bufp);
}

void Vnvme_ctrl_top___024root__trace_chg_sub_0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_chg_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 1);
    VlWide<3>/*95:0*/ __Vtemp_ha4e92778__0;
    VlWide<3>/*95:0*/ __Vtemp_hfa415f30__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__0;
    VlWide<3>/*95:0*/ __Vtemp_h618b17cb__0;
    VlWide<3>/*95:0*/ __Vtemp_h2ae70d2b__0;
    VlWide<3>/*95:0*/ __Vtemp_h7f2ac8be__0;
    VlWide<3>/*95:0*/ __Vtemp_h2ded3117__0;
    VlWide<3>/*95:0*/ __Vtemp_h3d8ef9e0__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__1;
    VlWide<3>/*95:0*/ __Vtemp_h618b17cb__1;
    VlWide<3>/*95:0*/ __Vtemp_h7d3456b1__0;
    VlWide<3>/*95:0*/ __Vtemp_h22ac8ed0__0;
    VlWide<3>/*95:0*/ __Vtemp_h2ded3117__1;
    VlWide<3>/*95:0*/ __Vtemp_h67e919cc__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__2;
    VlWide<3>/*95:0*/ __Vtemp_h618b17cb__2;
    VlWide<3>/*95:0*/ __Vtemp_ha0dd8d86__0;
    VlWide<3>/*95:0*/ __Vtemp_h799c8e9e__0;
    VlWide<3>/*95:0*/ __Vtemp_h2ded3117__2;
    VlWide<3>/*95:0*/ __Vtemp_h9538ce28__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__3;
    VlWide<3>/*95:0*/ __Vtemp_h618b17cb__3;
    VlWide<3>/*95:0*/ __Vtemp_h77fbddd1__0;
    VlWide<3>/*95:0*/ __Vtemp_h212c6608__0;
    VlWide<3>/*95:0*/ __Vtemp_h2ded3117__3;
    VlWide<3>/*95:0*/ __Vtemp_he0e2daa5__0;
    VlWide<4>/*127:0*/ __Vtemp_h9b99ab37__0;
    VlWide<4>/*127:0*/ __Vtemp_h58c00025__0;
    // Body
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[1U])) {
        bufp->chgBit(oldp+0,(vlSelf->nvme_ctrl_top__DOT__sim_ep_req));
        bufp->chgBit(oldp+1,(vlSelf->nvme_ctrl_top__DOT__sim_core_we));
        bufp->chgBit(oldp+2,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_changed));
        bufp->chgSData(oldp+3,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel),16);
        bufp->chgCData(oldp+4,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry),5);
        bufp->chgCData(oldp+5,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field),3);
        bufp->chgBit(oldp+6,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[2U]))) {
        bufp->chgIData(oldp+7,(vlSelf->nvme_ctrl_top__DOT__sim_ep_rdata),32);
        bufp->chgQData(oldp+8,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at),48);
        bufp->chgBit(oldp+10,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject));
        bufp->chgBit(oldp+11,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid));
        bufp->chgQData(oldp+12,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at),48);
        bufp->chgIData(oldp+14,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready),32);
        bufp->chgBit(oldp+15,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found));
        bufp->chgCData(oldp+16,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot),5);
        bufp->chgBit(oldp+17,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[4U]))) {
        bufp->chgBit(oldp+18,(vlSelf->nvme_ctrl_top__DOT__core_quiet));
        bufp->chgIData(oldp+19,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata),32);
        bufp->chgIData(oldp+20,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata),32);
        bufp->chgBit(oldp+21,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d));
        bufp->chgSData(oldp+22,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d),11);
        bufp->chgBit(oldp+23,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d));
        bufp->chgQData(oldp+24,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d),64);
        bufp->chgWData(oldp+26,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d),8192);
        bufp->chgIData(oldp+282,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d),32);
        bufp->chgQData(oldp+283,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d),48);
        bufp->chgCData(oldp+285,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d),7);
        bufp->chgSData(oldp+286,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d),14);
        bufp->chgQData(oldp+287,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d),64);
        bufp->chgCData(oldp+289,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d),2);
        bufp->chgBit(oldp+290,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d));
        bufp->chgBit(oldp+291,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d));
        bufp->chgBit(oldp+292,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d));
        bufp->chgIData(oldp+293,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
        bufp->chgIData(oldp+294,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
        bufp->chgSData(oldp+295,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[5U]))) {
        bufp->chgBit(oldp+296,(vlSelf->nvme_ctrl_top__DOT__msix_req));
        bufp->chgCData(oldp+297,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d),5);
        bufp->chgBit(oldp+298,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal));
        bufp->chgBit(oldp+299,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take));
        bufp->chgCData(oldp+300,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d),3);
        bufp->chgCData(oldp+301,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d),5);
        bufp->chgBit(oldp+302,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d));
        bufp->chgCData(oldp+303,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d),3);
        bufp->chgSData(oldp+304,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d),15);
        bufp->chgIData(oldp+305,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d),32);
        bufp->chgSData(oldp+306,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d),13);
        bufp->chgSData(oldp+307,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d),13);
        bufp->chgBit(oldp+308,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d));
        bufp->chgSData(oldp+309,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d),11);
        bufp->chgSData(oldp+310,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d),10);
        bufp->chgIData(oldp+311,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d),32);
        bufp->chgSData(oldp+312,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d),11);
        bufp->chgCData(oldp+313,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d),2);
        bufp->chgBit(oldp+314,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d));
        bufp->chgBit(oldp+315,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d));
        bufp->chgIData(oldp+316,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d),32);
        bufp->chgBit(oldp+317,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d));
        bufp->chgSData(oldp+318,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d),12);
        bufp->chgBit(oldp+319,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d));
        bufp->chgCData(oldp+320,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d),3);
        bufp->chgIData(oldp+321,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d),32);
        bufp->chgIData(oldp+322,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d),32);
        bufp->chgQData(oldp+323,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d),52);
        bufp->chgQData(oldp+325,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d),52);
        bufp->chgIData(oldp+327,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d),32);
        bufp->chgCData(oldp+328,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d),2);
        bufp->chgBit(oldp+329,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d));
        bufp->chgBit(oldp+330,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d));
        bufp->chgSData(oldp+331,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d),12);
        bufp->chgSData(oldp+332,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d),12);
        bufp->chgQData(oldp+333,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d),48);
        bufp->chgIData(oldp+335,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr),32);
        bufp->chgBit(oldp+336,((1U & VL_REDXOR_32((0xfffU 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr)))));
        bufp->chgBit(oldp+337,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err));
        bufp->chgBit(oldp+338,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err));
        bufp->chgSData(oldp+339,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
        bufp->chgSData(oldp+340,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
        bufp->chgCData(oldp+341,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
        bufp->chgIData(oldp+342,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
        bufp->chgIData(oldp+343,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
        bufp->chgCData(oldp+344,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
        bufp->chgSData(oldp+345,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
        bufp->chgCData(oldp+346,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
        bufp->chgCData(oldp+347,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
        bufp->chgCData(oldp+348,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
        bufp->chgCData(oldp+349,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
        bufp->chgIData(oldp+350,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval),32);
        bufp->chgIData(oldp+351,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
        bufp->chgCData(oldp+352,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
        bufp->chgCData(oldp+353,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
        bufp->chgCData(oldp+354,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
        bufp->chgCData(oldp+355,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
        bufp->chgCData(oldp+356,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
        bufp->chgCData(oldp+357,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
        bufp->chgCData(oldp+358,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
        bufp->chgCData(oldp+359,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
        bufp->chgCData(oldp+360,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
        bufp->chgBit(oldp+361,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
        bufp->chgQData(oldp+362,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
        bufp->chgBit(oldp+364,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire));
        bufp->chgBit(oldp+365,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err));
        bufp->chgCData(oldp+366,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
        bufp->chgBit(oldp+367,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial));
        bufp->chgCData(oldp+368,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d),8);
        bufp->chgQData(oldp+369,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d),64);
        bufp->chgQData(oldp+371,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),64);
        bufp->chgCData(oldp+373,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d),8);
        bufp->chgCData(oldp+374,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),8);
        bufp->chgBit(oldp+375,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d));
        bufp->chgBit(oldp+376,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
        bufp->chgBit(oldp+377,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d));
        bufp->chgBit(oldp+378,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
        bufp->chgCData(oldp+379,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep),8);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgBit(oldp+380,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q));
        bufp->chgIData(oldp+381,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q),32);
        bufp->chgBit(oldp+382,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q));
        bufp->chgIData(oldp+383,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
        bufp->chgIData(oldp+384,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q),32);
        bufp->chgIData(oldp+385,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q),32);
        bufp->chgCData(oldp+386,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q),2);
        bufp->chgCData(oldp+387,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q),6);
        bufp->chgQData(oldp+388,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q),48);
        bufp->chgIData(oldp+390,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q),32);
        bufp->chgBit(oldp+391,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run));
        bufp->chgBit(oldp+392,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                | ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                   | ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                      | ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                         & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q))))))));
        bufp->chgQData(oldp+393,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q),52);
        bufp->chgQData(oldp+395,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q),52);
        bufp->chgSData(oldp+397,((0xfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)),12);
        bufp->chgSData(oldp+398,((0xfffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                            >> 0x10U))),12);
        bufp->chgSData(oldp+399,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q),12);
        bufp->chgSData(oldp+400,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q),12);
        bufp->chgBit(oldp+401,((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))));
        bufp->chgQData(oldp+402,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q),48);
        bufp->chgCData(oldp+404,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots),6);
        bufp->chgIData(oldp+405,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q),32);
        bufp->chgIData(oldp+406,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q),32);
        bufp->chgIData(oldp+407,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q),32);
        bufp->chgQData(oldp+408,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0]),48);
        bufp->chgQData(oldp+410,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[1]),48);
        bufp->chgQData(oldp+412,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[2]),48);
        bufp->chgQData(oldp+414,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[3]),48);
        bufp->chgQData(oldp+416,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[4]),48);
        bufp->chgQData(oldp+418,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[5]),48);
        bufp->chgQData(oldp+420,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[6]),48);
        bufp->chgQData(oldp+422,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[7]),48);
        bufp->chgQData(oldp+424,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[8]),48);
        bufp->chgQData(oldp+426,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[9]),48);
        bufp->chgQData(oldp+428,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[10]),48);
        bufp->chgQData(oldp+430,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[11]),48);
        bufp->chgQData(oldp+432,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[12]),48);
        bufp->chgQData(oldp+434,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[13]),48);
        bufp->chgQData(oldp+436,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[14]),48);
        bufp->chgQData(oldp+438,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[15]),48);
        bufp->chgQData(oldp+440,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[16]),48);
        bufp->chgQData(oldp+442,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[17]),48);
        bufp->chgQData(oldp+444,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[18]),48);
        bufp->chgQData(oldp+446,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[19]),48);
        bufp->chgQData(oldp+448,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[20]),48);
        bufp->chgQData(oldp+450,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[21]),48);
        bufp->chgQData(oldp+452,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[22]),48);
        bufp->chgQData(oldp+454,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[23]),48);
        bufp->chgQData(oldp+456,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[24]),48);
        bufp->chgQData(oldp+458,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[25]),48);
        bufp->chgQData(oldp+460,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[26]),48);
        bufp->chgQData(oldp+462,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[27]),48);
        bufp->chgQData(oldp+464,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[28]),48);
        bufp->chgQData(oldp+466,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[29]),48);
        bufp->chgQData(oldp+468,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[30]),48);
        bufp->chgQData(oldp+470,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[31]),48);
        bufp->chgSData(oldp+472,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q),12);
        bufp->chgBit(oldp+473,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found));
        bufp->chgCData(oldp+474,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot),5);
        bufp->chgCData(oldp+475,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q),5);
        bufp->chgBit(oldp+476,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing));
        bufp->chgCData(oldp+477,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q),5);
        bufp->chgBit(oldp+478,((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))));
        bufp->chgBit(oldp+479,((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                      >> (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))));
        bufp->chgCData(oldp+480,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q),3);
        bufp->chgBit(oldp+481,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q));
        bufp->chgSData(oldp+482,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q),16);
        bufp->chgSData(oldp+483,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q),16);
        bufp->chgSData(oldp+484,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q),16);
        bufp->chgSData(oldp+485,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q),16);
        bufp->chgCData(oldp+486,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q),3);
        bufp->chgSData(oldp+487,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q),15);
        bufp->chgIData(oldp+488,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q),32);
        bufp->chgSData(oldp+489,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q),13);
        bufp->chgSData(oldp+490,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q),13);
        bufp->chgBit(oldp+491,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q));
        bufp->chgSData(oldp+492,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q),11);
        bufp->chgSData(oldp+493,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q),10);
        bufp->chgIData(oldp+494,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q),32);
        bufp->chgSData(oldp+495,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q),11);
        bufp->chgCData(oldp+496,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q),2);
        bufp->chgBit(oldp+497,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q));
        bufp->chgBit(oldp+498,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q));
        bufp->chgIData(oldp+499,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q),32);
        bufp->chgBit(oldp+500,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q));
        bufp->chgSData(oldp+501,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q),12);
        bufp->chgBit(oldp+502,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q));
        bufp->chgSData(oldp+503,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next),12);
        bufp->chgBit(oldp+504,((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
                                      >> 8U))));
        bufp->chgBit(oldp+505,(((7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                | ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                   & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                                      | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))))));
        bufp->chgBit(oldp+506,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad));
        bufp->chgBit(oldp+507,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend));
        bufp->chgBit(oldp+508,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold));
        bufp->chgSData(oldp+509,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes),13);
        bufp->chgSData(oldp+510,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left),11);
        bufp->chgBit(oldp+511,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws));
        bufp->chgBit(oldp+512,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count));
        bufp->chgBit(oldp+513,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q));
        bufp->chgIData(oldp+514,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q),32);
        bufp->chgBit(oldp+515,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q));
        bufp->chgBit(oldp+516,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q));
        bufp->chgBit(oldp+517,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q));
        bufp->chgBit(oldp+518,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q));
        bufp->chgIData(oldp+519,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q),32);
        bufp->chgIData(oldp+520,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q),32);
        bufp->chgIData(oldp+521,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q),32);
        bufp->chgIData(oldp+522,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q),32);
        bufp->chgIData(oldp+523,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q),32);
        bufp->chgIData(oldp+524,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q),32);
        bufp->chgIData(oldp+525,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q),32);
        bufp->chgIData(oldp+526,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i),32);
        bufp->chgIData(oldp+527,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0]),32);
        bufp->chgIData(oldp+528,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[1]),32);
        bufp->chgIData(oldp+529,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[2]),32);
        bufp->chgIData(oldp+530,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[3]),32);
        bufp->chgIData(oldp+531,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[4]),32);
        bufp->chgIData(oldp+532,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[5]),32);
        bufp->chgIData(oldp+533,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[6]),32);
        bufp->chgIData(oldp+534,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[7]),32);
        bufp->chgIData(oldp+535,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[8]),32);
        bufp->chgIData(oldp+536,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[9]),32);
        bufp->chgIData(oldp+537,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[10]),32);
        bufp->chgIData(oldp+538,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[11]),32);
        bufp->chgIData(oldp+539,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[12]),32);
        bufp->chgIData(oldp+540,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[13]),32);
        bufp->chgIData(oldp+541,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[14]),32);
        bufp->chgIData(oldp+542,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[15]),32);
        bufp->chgIData(oldp+543,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[16]),32);
        bufp->chgBit(oldp+544,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0]));
        bufp->chgBit(oldp+545,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[1]));
        bufp->chgBit(oldp+546,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[2]));
        bufp->chgBit(oldp+547,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[3]));
        bufp->chgBit(oldp+548,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[4]));
        bufp->chgBit(oldp+549,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[5]));
        bufp->chgBit(oldp+550,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[6]));
        bufp->chgBit(oldp+551,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[7]));
        bufp->chgBit(oldp+552,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[8]));
        bufp->chgBit(oldp+553,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[9]));
        bufp->chgBit(oldp+554,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[10]));
        bufp->chgBit(oldp+555,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[11]));
        bufp->chgBit(oldp+556,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[12]));
        bufp->chgBit(oldp+557,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[13]));
        bufp->chgBit(oldp+558,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[14]));
        bufp->chgBit(oldp+559,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[15]));
        bufp->chgBit(oldp+560,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[16]));
        bufp->chgQData(oldp+561,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0]),48);
        bufp->chgQData(oldp+563,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[1]),48);
        bufp->chgQData(oldp+565,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[2]),48);
        bufp->chgQData(oldp+567,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[3]),48);
        bufp->chgQData(oldp+569,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[4]),48);
        bufp->chgQData(oldp+571,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[5]),48);
        bufp->chgQData(oldp+573,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[6]),48);
        bufp->chgQData(oldp+575,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[7]),48);
        bufp->chgQData(oldp+577,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[8]),48);
        bufp->chgQData(oldp+579,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[9]),48);
        bufp->chgQData(oldp+581,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[10]),48);
        bufp->chgQData(oldp+583,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[11]),48);
        bufp->chgQData(oldp+585,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[12]),48);
        bufp->chgQData(oldp+587,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[13]),48);
        bufp->chgQData(oldp+589,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[14]),48);
        bufp->chgQData(oldp+591,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[15]),48);
        bufp->chgQData(oldp+593,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[16]),48);
        bufp->chgQData(oldp+595,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0]),48);
        bufp->chgQData(oldp+597,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[1]),48);
        bufp->chgQData(oldp+599,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[2]),48);
        bufp->chgQData(oldp+601,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[3]),48);
        bufp->chgQData(oldp+603,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[4]),48);
        bufp->chgQData(oldp+605,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[5]),48);
        bufp->chgQData(oldp+607,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[6]),48);
        bufp->chgQData(oldp+609,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[7]),48);
        bufp->chgQData(oldp+611,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[8]),48);
        bufp->chgQData(oldp+613,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[9]),48);
        bufp->chgQData(oldp+615,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[10]),48);
        bufp->chgQData(oldp+617,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[11]),48);
        bufp->chgQData(oldp+619,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[12]),48);
        bufp->chgQData(oldp+621,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[13]),48);
        bufp->chgQData(oldp+623,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[14]),48);
        bufp->chgQData(oldp+625,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[15]),48);
        bufp->chgQData(oldp+627,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[16]),48);
        bufp->chgQData(oldp+629,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q),64);
        bufp->chgIData(oldp+631,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i),32);
        bufp->chgWData(oldp+632,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q),8192);
        bufp->chgSData(oldp+888,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q),14);
        bufp->chgCData(oldp+889,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q),3);
        bufp->chgIData(oldp+890,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q),32);
        bufp->chgIData(oldp+891,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q),32);
        bufp->chgIData(oldp+892,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q),32);
        bufp->chgCData(oldp+893,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q),2);
        bufp->chgBit(oldp+894,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q));
        bufp->chgBit(oldp+895,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q));
        bufp->chgBit(oldp+896,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
        bufp->chgQData(oldp+897,((((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                   << 0x12U) | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
        bufp->chgSData(oldp+899,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
        bufp->chgCData(oldp+900,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload),3);
        bufp->chgCData(oldp+901,(((5U < (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))
                                   ? 5U : (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                 >> 0xcU)))),3);
        bufp->chgBit(oldp+902,((0U != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
        bufp->chgBit(oldp+903,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take));
        bufp->chgSData(oldp+904,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
        bufp->chgIData(oldp+905,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw),32);
        bufp->chgBit(oldp+906,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last));
        bufp->chgBit(oldp+907,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q));
        bufp->chgBit(oldp+908,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready));
        bufp->chgBit(oldp+909,((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
        bufp->chgBit(oldp+910,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done));
        bufp->chgBit(oldp+911,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_mem_read));
        bufp->chgSData(oldp+912,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U] >> 0x10U)),16);
        bufp->chgSData(oldp+913,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x13U)),13);
        bufp->chgCData(oldp+914,((0xffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [1U] >> 8U))),8);
        bufp->chgCData(oldp+915,((7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0x14U))),3);
        bufp->chgCData(oldp+916,(((4U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x10U)) 
                                  | (3U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0xcU)))),3);
        bufp->chgSData(oldp+917,((0x3fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr))),14);
        bufp->chgSData(oldp+918,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw),11);
        bufp->chgCData(oldp+919,((0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U])),4);
        bufp->chgCData(oldp+920,((0xfU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [1U] >> 4U))),4);
        bufp->chgSData(oldp+921,((0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U))),10);
        bufp->chgBit(oldp+922,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0xeU))));
        bufp->chgBit(oldp+923,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                                & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
        bufp->chgBit(oldp+924,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
        bufp->chgSData(oldp+925,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x10U)),16);
        bufp->chgCData(oldp+926,((0xffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 8U))),8);
        bufp->chgCData(oldp+927,((7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 0xdU))),3);
        bufp->chgSData(oldp+928,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count),13);
        bufp->chgSData(oldp+929,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw),11);
        bufp->chgSData(oldp+930,((0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [2U] >> 0x10U))),16);
        bufp->chgBit(oldp+931,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid));
        bufp->chgSData(oldp+932,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                   ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                   : 0U)),11);
        bufp->chgQData(oldp+933,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
        bufp->chgIData(oldp+935,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
        bufp->chgWData(oldp+936,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr),128);
        bufp->chgSData(oldp+940,((0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                            >> 2U))),11);
        bufp->chgBit(oldp+941,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
        bufp->chgSData(oldp+942,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
        bufp->chgCData(oldp+943,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
        bufp->chgIData(oldp+944,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
        bufp->chgIData(oldp+945,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
        bufp->chgCData(oldp+946,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
        bufp->chgSData(oldp+947,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
        bufp->chgCData(oldp+948,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
        bufp->chgCData(oldp+949,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
        bufp->chgCData(oldp+950,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
        bufp->chgCData(oldp+951,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 5U))),3);
        bufp->chgCData(oldp+952,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 0xcU))),3);
        bufp->chgIData(oldp+953,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
        bufp->chgCData(oldp+954,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
        bufp->chgCData(oldp+955,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
        bufp->chgCData(oldp+956,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
        bufp->chgCData(oldp+957,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
        bufp->chgCData(oldp+958,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
        bufp->chgCData(oldp+959,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
        bufp->chgCData(oldp+960,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
        bufp->chgCData(oldp+961,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
        bufp->chgCData(oldp+962,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
        bufp->chgQData(oldp+963,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
        bufp->chgSData(oldp+965,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
        bufp->chgBit(oldp+966,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found));
        bufp->chgCData(oldp+967,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
        bufp->chgSData(oldp+968,((0x1fffU & ((IData)(0x1000U) 
                                             - (0xfffU 
                                                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
        bufp->chgSData(oldp+969,((0x1fffU & ((IData)(0x80U) 
                                             << ((5U 
                                                  < 
                                                  (7U 
                                                   & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                      >> 0xcU)))
                                                  ? 5U
                                                  : 
                                                 (7U 
                                                  & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
        bufp->chgSData(oldp+970,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
        bufp->chgBit(oldp+971,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
        bufp->chgBit(oldp+972,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
        bufp->chgBit(oldp+973,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
        bufp->chgSData(oldp+974,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
        bufp->chgCData(oldp+975,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
        bufp->chgCData(oldp+976,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 8U))),5);
        bufp->chgBit(oldp+977,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid));
        bufp->chgQData(oldp+978,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
        bufp->chgSData(oldp+980,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
        bufp->chgIData(oldp+981,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
        bufp->chgIData(oldp+982,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
        bufp->chgQData(oldp+983,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
        bufp->chgSData(oldp+985,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
        bufp->chgSData(oldp+986,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
        bufp->chgSData(oldp+987,((0x1fffU & ((IData)(0x80U) 
                                             << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)))),13);
        bufp->chgSData(oldp+988,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
        bufp->chgSData(oldp+989,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
        bufp->chgQData(oldp+990,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
        bufp->chgSData(oldp+992,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
        bufp->chgIData(oldp+993,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q),32);
        bufp->chgIData(oldp+994,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
        bufp->chgIData(oldp+995,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
        bufp->chgIData(oldp+996,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
        bufp->chgIData(oldp+997,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
        bufp->chgIData(oldp+998,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
        bufp->chgIData(oldp+999,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
        bufp->chgIData(oldp+1000,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
        bufp->chgIData(oldp+1001,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
        bufp->chgIData(oldp+1002,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
        bufp->chgIData(oldp+1003,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
        bufp->chgIData(oldp+1004,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
        bufp->chgIData(oldp+1005,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
        bufp->chgIData(oldp+1006,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
        bufp->chgIData(oldp+1007,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
        bufp->chgIData(oldp+1008,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
        bufp->chgIData(oldp+1009,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
        bufp->chgIData(oldp+1010,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
        bufp->chgIData(oldp+1011,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
        bufp->chgIData(oldp+1012,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
        bufp->chgIData(oldp+1013,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
        bufp->chgIData(oldp+1014,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
        bufp->chgIData(oldp+1015,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
        bufp->chgIData(oldp+1016,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
        bufp->chgIData(oldp+1017,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
        bufp->chgCData(oldp+1018,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q),3);
        bufp->chgIData(oldp+1019,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
        bufp->chgCData(oldp+1020,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q),3);
        bufp->chgIData(oldp+1021,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
        bufp->chgIData(oldp+1022,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
        bufp->chgIData(oldp+1023,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
        bufp->chgIData(oldp+1024,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
        bufp->chgCData(oldp+1025,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
        bufp->chgBit(oldp+1026,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q));
        bufp->chgBit(oldp+1027,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q));
        bufp->chgBit(oldp+1028,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q));
        bufp->chgIData(oldp+1029,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q),32);
        bufp->chgBit(oldp+1030,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q));
        bufp->chgCData(oldp+1031,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1dU)),3);
        bufp->chgCData(oldp+1032,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [0U] >> 0x18U))),5);
        bufp->chgBit(oldp+1033,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0x1eU))));
        bufp->chgBit(oldp+1034,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0x1dU))));
        bufp->chgBit(oldp+1035,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0xfU))));
        bufp->chgSData(oldp+1036,((0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                             + (1U 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0xfU))))),11);
        bufp->chgQData(oldp+1037,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr),64);
        bufp->chgSData(oldp+1039,((0x7ffU & ((IData)(0x20U) 
                                             << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)))),11);
        bufp->chgCData(oldp+1040,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                    ? 4U : 3U)),3);
        bufp->chgCData(oldp+1041,((0xfU & ((IData)(1U) 
                                           + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))),4);
        bufp->chgBit(oldp+1042,(((0xfU & ((IData)(1U) 
                                          + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                                 >= ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                      ? 4U : 3U))));
        bufp->chgBit(oldp+1043,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take));
        bufp->chgBit(oldp+1044,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)
                                  ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q)
                                  : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last))));
        bufp->chgBit(oldp+1045,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr));
        bufp->chgIData(oldp+1046,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
        bufp->chgIData(oldp+1047,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
        bufp->chgQData(oldp+1048,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q),64);
        bufp->chgCData(oldp+1050,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q),2);
        bufp->chgBit(oldp+1051,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q));
        bufp->chgBit(oldp+1052,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q));
        bufp->chgBit(oldp+1053,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken));
        bufp->chgBit(oldp+1054,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used));
        bufp->chgBit(oldp+1055,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
        bufp->chgIData(oldp+1056,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
        bufp->chgIData(oldp+1057,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
        bufp->chgIData(oldp+1058,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
        bufp->chgIData(oldp+1059,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
        bufp->chgCData(oldp+1060,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q),3);
        bufp->chgCData(oldp+1061,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q),3);
        bufp->chgBit(oldp+1062,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q));
        bufp->chgSData(oldp+1063,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count),13);
        bufp->chgCData(oldp+1064,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr),7);
        bufp->chgBit(oldp+1065,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count) 
                                       >> 0xcU))));
        bufp->chgWData(oldp+1066,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
        bufp->chgBit(oldp+1070,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q));
        bufp->chgCData(oldp+1071,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
        bufp->chgSData(oldp+1072,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
        bufp->chgSData(oldp+1073,((0x7ffU & ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                  ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                                  : 0U)
                                              : ((1U 
                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? 1U
                                                  : 
                                                 ((2U 
                                                   == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                   >> 2U)
                                                   : 0U))))),11);
        bufp->chgCData(oldp+1074,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
        bufp->chgQData(oldp+1075,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q),64);
        bufp->chgQData(oldp+1077,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),64);
        bufp->chgCData(oldp+1079,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),8);
        bufp->chgBit(oldp+1080,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q));
        bufp->chgBit(oldp+1081,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
        bufp->chgBit(oldp+1082,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q));
        bufp->chgBit(oldp+1083,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
        bufp->chgCData(oldp+1084,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),2);
        bufp->chgQData(oldp+1085,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q),64);
        bufp->chgBit(oldp+1087,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[2U] 
                     | vlSelf->__Vm_traceActivity[4U]))) {
        bufp->chgBit(oldp+1088,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) 
                                 & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                        | (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                    & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q))))));
        __Vtemp_ha4e92778__0[0U] = (IData)((((QData)((IData)(
                                                             (((0U 
                                                                == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                               | (1U 
                                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                               ? 
                                                              (0xfff8U 
                                                               & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                  [2U] 
                                                                  >> 0x10U))
                                                               : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                             << 0x30U) 
                                            | (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q)) 
                                                << 0x2dU) 
                                               | (((QData)((IData)(
                                                                   (0xfffU 
                                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    (0xa000000U 
                                                                     | ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                           ? 2U
                                                                           : 0U) 
                                                                         << 0x1dU) 
                                                                        | ((0x700000U 
                                                                            & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                            [0U]) 
                                                                           | ((0x40000U 
                                                                               & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                               [0U]) 
                                                                              | ((0x3000U 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))));
        __Vtemp_ha4e92778__0[1U] = (IData)(((((QData)((IData)(
                                                              (((0U 
                                                                 == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                                | (1U 
                                                                   == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                                ? 
                                                               (0xfff8U 
                                                                & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 0x10U))
                                                                : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                              << 0x30U) 
                                             | (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q)) 
                                                 << 0x2dU) 
                                                | (((QData)((IData)(
                                                                    (0xfffU 
                                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     (0xa000000U 
                                                                      | ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                            ? 2U
                                                                            : 0U) 
                                                                          << 0x1dU) 
                                                                         | ((0x700000U 
                                                                             & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                             [0U]) 
                                                                            | ((0x40000U 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                               | ((0x3000U 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))) 
                                            >> 0x20U));
        __Vtemp_hfa415f30__0[0U] = __Vtemp_ha4e92778__0[0U];
        __Vtemp_hfa415f30__0[1U] = __Vtemp_ha4e92778__0[1U];
        __Vtemp_hfa415f30__0[2U] = ((0xffffff00U & 
                                     vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U]) | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr));
        bufp->chgWData(oldp+1089,(__Vtemp_hfa415f30__0),96);
        bufp->chgSData(oldp+1092,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en)
                                    ? (0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 0x10U))
                                    : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
        bufp->chgSData(oldp+1093,((((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                    | (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                    ? (0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 0x10U))
                                    : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[2U] 
                     | vlSelf->__Vm_traceActivity[5U]))) {
        __Vtemp_hb0bcf461__0[0U] = 1U;
        __Vtemp_hb0bcf461__0[1U] = 0U;
        __Vtemp_hb0bcf461__0[2U] = 0U;
        __Vtemp_h618b17cb__0[0U] = (IData)(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_h618b17cb__0[1U] = (IData)((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_h618b17cb__0[2U] = 0U;
        VL_ADD_W(3, __Vtemp_h2ae70d2b__0, __Vtemp_hb0bcf461__0, __Vtemp_h618b17cb__0);
        __Vtemp_h7f2ac8be__0[0U] = __Vtemp_h2ae70d2b__0[0U];
        __Vtemp_h7f2ac8be__0[1U] = __Vtemp_h2ae70d2b__0[1U];
        __Vtemp_h7f2ac8be__0[2U] = (0x1ffffU & __Vtemp_h2ae70d2b__0[2U]);
        __Vtemp_h2ded3117__0[0U] = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h2ded3117__0[1U] = 0U;
        __Vtemp_h2ded3117__0[2U] = 0U;
        VL_MUL_W(3, __Vtemp_h3d8ef9e0__0, __Vtemp_h7f2ac8be__0, __Vtemp_h2ded3117__0);
        bufp->chgQData(oldp+1094,((0xffffffffffffULL 
                                   & (((0x10U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry)) 
                                       & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q
                                       [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry])
                                       ? (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 
                                          + (((QData)((IData)(
                                                              (0x1ffffU 
                                                               & __Vtemp_h3d8ef9e0__0[2U]))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               __Vtemp_h3d8ef9e0__0[1U]))))
                                       : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))),48);
        bufp->chgIData(oldp+1096,(((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))
                                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws
                                    : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend)
                                        ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q
                                        : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)
                                            ? 0U : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q)))),32);
        bufp->chgBit(oldp+1097,(((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                 | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) 
                                    | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad) 
                                       | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold)) 
                                          & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit)))))));
        __Vtemp_hb0bcf461__1[0U] = 1U;
        __Vtemp_hb0bcf461__1[1U] = 0U;
        __Vtemp_hb0bcf461__1[2U] = 0U;
        __Vtemp_h618b17cb__1[0U] = (IData)(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_h618b17cb__1[1U] = (IData)((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_h618b17cb__1[2U] = 0U;
        VL_ADD_W(3, __Vtemp_h7d3456b1__0, __Vtemp_hb0bcf461__1, __Vtemp_h618b17cb__1);
        __Vtemp_h22ac8ed0__0[0U] = __Vtemp_h7d3456b1__0[0U];
        __Vtemp_h22ac8ed0__0[1U] = __Vtemp_h7d3456b1__0[1U];
        __Vtemp_h22ac8ed0__0[2U] = (0x1ffffU & __Vtemp_h7d3456b1__0[2U]);
        __Vtemp_h2ded3117__1[0U] = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h2ded3117__1[1U] = 0U;
        __Vtemp_h2ded3117__1[2U] = 0U;
        VL_MUL_W(3, __Vtemp_h67e919cc__0, __Vtemp_h22ac8ed0__0, __Vtemp_h2ded3117__1);
        bufp->chgQData(oldp+1098,((0xffffffffffffULL 
                                   & (((QData)((IData)(
                                                       (0x1ffffU 
                                                        & __Vtemp_h67e919cc__0[2U]))) 
                                       << 0x20U) | (QData)((IData)(
                                                                   __Vtemp_h67e919cc__0[1U]))))),48);
        __Vtemp_hb0bcf461__2[0U] = 1U;
        __Vtemp_hb0bcf461__2[1U] = 0U;
        __Vtemp_hb0bcf461__2[2U] = 0U;
        __Vtemp_h618b17cb__2[0U] = (IData)(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_h618b17cb__2[1U] = (IData)((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_h618b17cb__2[2U] = 0U;
        VL_ADD_W(3, __Vtemp_ha0dd8d86__0, __Vtemp_hb0bcf461__2, __Vtemp_h618b17cb__2);
        __Vtemp_h799c8e9e__0[0U] = __Vtemp_ha0dd8d86__0[0U];
        __Vtemp_h799c8e9e__0[1U] = __Vtemp_ha0dd8d86__0[1U];
        __Vtemp_h799c8e9e__0[2U] = (0x1ffffU & __Vtemp_ha0dd8d86__0[2U]);
        __Vtemp_h2ded3117__2[0U] = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h2ded3117__2[1U] = 0U;
        __Vtemp_h2ded3117__2[2U] = 0U;
        VL_MUL_W(3, __Vtemp_h9538ce28__0, __Vtemp_h799c8e9e__0, __Vtemp_h2ded3117__2);
        bufp->chgBit(oldp+1100,((1U & (__Vtemp_h9538ce28__0[2U] 
                                       >> 0x10U))));
        __Vtemp_hb0bcf461__3[0U] = 1U;
        __Vtemp_hb0bcf461__3[1U] = 0U;
        __Vtemp_hb0bcf461__3[2U] = 0U;
        __Vtemp_h618b17cb__3[0U] = (IData)(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_h618b17cb__3[1U] = (IData)((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_h618b17cb__3[2U] = 0U;
        VL_ADD_W(3, __Vtemp_h77fbddd1__0, __Vtemp_hb0bcf461__3, __Vtemp_h618b17cb__3);
        __Vtemp_h212c6608__0[0U] = __Vtemp_h77fbddd1__0[0U];
        __Vtemp_h212c6608__0[1U] = __Vtemp_h77fbddd1__0[1U];
        __Vtemp_h212c6608__0[2U] = (0x1ffffU & __Vtemp_h77fbddd1__0[2U]);
        __Vtemp_h2ded3117__3[0U] = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h2ded3117__3[1U] = 0U;
        __Vtemp_h2ded3117__3[2U] = 0U;
        VL_MUL_W(3, __Vtemp_he0e2daa5__0, __Vtemp_h212c6608__0, __Vtemp_h2ded3117__3);
        bufp->chgIData(oldp+1101,(__Vtemp_he0e2daa5__0[0U]),32);
        bufp->chgBit(oldp+1102,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                                 & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgBit(oldp+1103,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                                 & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgCData(oldp+1104,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                    ? 1U : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? 1U : 
                                            ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? (1U 
                                                 & ((1U 
                                                     < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                                    | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                              : 0U)))),2);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[3U])) {
        bufp->chgIData(oldp+1105,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                  [1U]),32);
        bufp->chgWData(oldp+1106,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[0]),320);
        bufp->chgWData(oldp+1116,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[1]),320);
        bufp->chgWData(oldp+1126,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[2]),320);
        bufp->chgWData(oldp+1136,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[3]),320);
        bufp->chgWData(oldp+1146,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[4]),320);
        bufp->chgWData(oldp+1156,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[5]),320);
        bufp->chgWData(oldp+1166,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[6]),320);
        bufp->chgWData(oldp+1176,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[7]),320);
        bufp->chgWData(oldp+1186,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[8]),320);
        bufp->chgWData(oldp+1196,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[9]),320);
        bufp->chgWData(oldp+1206,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[10]),320);
        bufp->chgWData(oldp+1216,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[11]),320);
        bufp->chgWData(oldp+1226,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[12]),320);
        bufp->chgWData(oldp+1236,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[13]),320);
        bufp->chgWData(oldp+1246,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[14]),320);
        bufp->chgWData(oldp+1256,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[15]),320);
        bufp->chgWData(oldp+1266,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[16]),320);
        bufp->chgWData(oldp+1276,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[17]),320);
        bufp->chgWData(oldp+1286,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[18]),320);
        bufp->chgWData(oldp+1296,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[19]),320);
        bufp->chgWData(oldp+1306,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[20]),320);
        bufp->chgWData(oldp+1316,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[21]),320);
        bufp->chgWData(oldp+1326,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[22]),320);
        bufp->chgWData(oldp+1336,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[23]),320);
        bufp->chgWData(oldp+1346,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[24]),320);
        bufp->chgWData(oldp+1356,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[25]),320);
        bufp->chgWData(oldp+1366,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[26]),320);
        bufp->chgWData(oldp+1376,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[27]),320);
        bufp->chgWData(oldp+1386,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[28]),320);
        bufp->chgWData(oldp+1396,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[29]),320);
        bufp->chgWData(oldp+1406,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[30]),320);
        bufp->chgWData(oldp+1416,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[31]),320);
        bufp->chgIData(oldp+1426,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[0]),32);
        bufp->chgIData(oldp+1427,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[1]),32);
        bufp->chgIData(oldp+1428,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[2]),32);
        bufp->chgIData(oldp+1429,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[3]),32);
        bufp->chgIData(oldp+1430,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[4]),32);
        bufp->chgIData(oldp+1431,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[5]),32);
        bufp->chgIData(oldp+1432,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[6]),32);
        bufp->chgIData(oldp+1433,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[7]),32);
        bufp->chgIData(oldp+1434,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[8]),32);
        bufp->chgIData(oldp+1435,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[9]),32);
        bufp->chgIData(oldp+1436,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[10]),32);
        bufp->chgIData(oldp+1437,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[11]),32);
        bufp->chgIData(oldp+1438,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[12]),32);
        bufp->chgIData(oldp+1439,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[13]),32);
        bufp->chgIData(oldp+1440,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[14]),32);
        bufp->chgIData(oldp+1441,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[15]),32);
        bufp->chgBit(oldp+1442,((8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                        [0U]))));
        bufp->chgSData(oldp+1443,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                                  [0U]),16);
        bufp->chgSData(oldp+1444,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[0]),16);
        bufp->chgSData(oldp+1445,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[1]),16);
        bufp->chgSData(oldp+1446,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[2]),16);
        bufp->chgSData(oldp+1447,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[3]),16);
        bufp->chgIData(oldp+1448,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i),32);
        bufp->chgCData(oldp+1449,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[0]),5);
        bufp->chgCData(oldp+1450,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[1]),5);
        bufp->chgCData(oldp+1451,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[2]),5);
        bufp->chgCData(oldp+1452,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[3]),5);
        bufp->chgCData(oldp+1453,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[4]),5);
        bufp->chgCData(oldp+1454,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[5]),5);
        bufp->chgCData(oldp+1455,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[6]),5);
        bufp->chgCData(oldp+1456,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[7]),5);
        bufp->chgCData(oldp+1457,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[8]),5);
        bufp->chgCData(oldp+1458,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[9]),5);
        bufp->chgCData(oldp+1459,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[10]),5);
        bufp->chgCData(oldp+1460,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[11]),5);
        bufp->chgCData(oldp+1461,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[12]),5);
        bufp->chgCData(oldp+1462,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[13]),5);
        bufp->chgCData(oldp+1463,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[14]),5);
        bufp->chgCData(oldp+1464,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[15]),5);
        bufp->chgCData(oldp+1465,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[16]),5);
        bufp->chgIData(oldp+1466,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l),32);
        bufp->chgCData(oldp+1467,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
        bufp->chgCData(oldp+1468,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
        bufp->chgCData(oldp+1469,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
        bufp->chgCData(oldp+1470,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
        bufp->chgCData(oldp+1471,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
        bufp->chgCData(oldp+1472,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
        bufp->chgCData(oldp+1473,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
        bufp->chgCData(oldp+1474,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
        bufp->chgCData(oldp+1475,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
        bufp->chgCData(oldp+1476,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
        bufp->chgCData(oldp+1477,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
        bufp->chgCData(oldp+1478,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
        bufp->chgCData(oldp+1479,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
        bufp->chgCData(oldp+1480,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
        bufp->chgCData(oldp+1481,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
        bufp->chgCData(oldp+1482,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
        bufp->chgCData(oldp+1483,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
        bufp->chgCData(oldp+1484,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
        bufp->chgCData(oldp+1485,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
        bufp->chgCData(oldp+1486,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
        bufp->chgCData(oldp+1487,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
        bufp->chgCData(oldp+1488,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
        bufp->chgCData(oldp+1489,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
        bufp->chgCData(oldp+1490,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
        bufp->chgCData(oldp+1491,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
        bufp->chgCData(oldp+1492,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
        bufp->chgCData(oldp+1493,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
        bufp->chgCData(oldp+1494,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
        bufp->chgCData(oldp+1495,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
        bufp->chgCData(oldp+1496,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
        bufp->chgCData(oldp+1497,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
        bufp->chgCData(oldp+1498,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
        bufp->chgSData(oldp+1499,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
        bufp->chgSData(oldp+1500,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
        bufp->chgSData(oldp+1501,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
        bufp->chgSData(oldp+1502,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
        bufp->chgSData(oldp+1503,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
        bufp->chgSData(oldp+1504,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
        bufp->chgSData(oldp+1505,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
        bufp->chgSData(oldp+1506,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
        bufp->chgSData(oldp+1507,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
        bufp->chgSData(oldp+1508,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
        bufp->chgSData(oldp+1509,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
        bufp->chgSData(oldp+1510,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
        bufp->chgSData(oldp+1511,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
        bufp->chgSData(oldp+1512,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
        bufp->chgSData(oldp+1513,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
        bufp->chgSData(oldp+1514,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
        bufp->chgSData(oldp+1515,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
        bufp->chgSData(oldp+1516,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
        bufp->chgSData(oldp+1517,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
        bufp->chgSData(oldp+1518,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
        bufp->chgSData(oldp+1519,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
        bufp->chgSData(oldp+1520,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
        bufp->chgSData(oldp+1521,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
        bufp->chgSData(oldp+1522,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
        bufp->chgSData(oldp+1523,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
        bufp->chgSData(oldp+1524,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
        bufp->chgSData(oldp+1525,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
        bufp->chgSData(oldp+1526,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
        bufp->chgSData(oldp+1527,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
        bufp->chgSData(oldp+1528,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
        bufp->chgSData(oldp+1529,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
        bufp->chgSData(oldp+1530,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
        bufp->chgSData(oldp+1531,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
        bufp->chgSData(oldp+1532,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
        bufp->chgSData(oldp+1533,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
        bufp->chgSData(oldp+1534,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
        bufp->chgSData(oldp+1535,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
        bufp->chgSData(oldp+1536,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
        bufp->chgSData(oldp+1537,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
        bufp->chgSData(oldp+1538,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
        bufp->chgSData(oldp+1539,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
        bufp->chgSData(oldp+1540,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
        bufp->chgSData(oldp+1541,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
        bufp->chgSData(oldp+1542,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
        bufp->chgSData(oldp+1543,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
        bufp->chgSData(oldp+1544,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
        bufp->chgSData(oldp+1545,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
        bufp->chgSData(oldp+1546,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
        bufp->chgSData(oldp+1547,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
        bufp->chgSData(oldp+1548,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
        bufp->chgSData(oldp+1549,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
        bufp->chgSData(oldp+1550,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
        bufp->chgSData(oldp+1551,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
        bufp->chgSData(oldp+1552,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
        bufp->chgSData(oldp+1553,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
        bufp->chgSData(oldp+1554,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
        bufp->chgSData(oldp+1555,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
        bufp->chgSData(oldp+1556,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
        bufp->chgSData(oldp+1557,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
        bufp->chgSData(oldp+1558,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
        bufp->chgSData(oldp+1559,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
        bufp->chgSData(oldp+1560,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
        bufp->chgSData(oldp+1561,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
        bufp->chgSData(oldp+1562,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
        bufp->chgSData(oldp+1563,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
        bufp->chgSData(oldp+1564,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
        bufp->chgSData(oldp+1565,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
        bufp->chgSData(oldp+1566,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
        bufp->chgSData(oldp+1567,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
        bufp->chgSData(oldp+1568,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
        bufp->chgSData(oldp+1569,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
        bufp->chgSData(oldp+1570,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
        bufp->chgSData(oldp+1571,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
        bufp->chgSData(oldp+1572,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
        bufp->chgSData(oldp+1573,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
        bufp->chgSData(oldp+1574,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
        bufp->chgSData(oldp+1575,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
        bufp->chgSData(oldp+1576,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
        bufp->chgSData(oldp+1577,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
        bufp->chgSData(oldp+1578,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
        bufp->chgSData(oldp+1579,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
        bufp->chgSData(oldp+1580,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
        bufp->chgSData(oldp+1581,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
        bufp->chgSData(oldp+1582,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
        bufp->chgSData(oldp+1583,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
        bufp->chgSData(oldp+1584,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
        bufp->chgSData(oldp+1585,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
        bufp->chgSData(oldp+1586,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
        bufp->chgSData(oldp+1587,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
        bufp->chgSData(oldp+1588,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
        bufp->chgSData(oldp+1589,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
        bufp->chgSData(oldp+1590,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
        bufp->chgSData(oldp+1591,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
        bufp->chgSData(oldp+1592,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
        bufp->chgSData(oldp+1593,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
        bufp->chgSData(oldp+1594,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
        bufp->chgSData(oldp+1595,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
        bufp->chgSData(oldp+1596,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
        bufp->chgSData(oldp+1597,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
        bufp->chgSData(oldp+1598,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
        bufp->chgSData(oldp+1599,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
        bufp->chgSData(oldp+1600,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
        bufp->chgSData(oldp+1601,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
        bufp->chgSData(oldp+1602,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
        bufp->chgSData(oldp+1603,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
        bufp->chgSData(oldp+1604,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
        bufp->chgSData(oldp+1605,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
        bufp->chgSData(oldp+1606,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
        bufp->chgSData(oldp+1607,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
        bufp->chgSData(oldp+1608,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
        bufp->chgSData(oldp+1609,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
        bufp->chgSData(oldp+1610,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
        bufp->chgSData(oldp+1611,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
        bufp->chgSData(oldp+1612,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
        bufp->chgSData(oldp+1613,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
        bufp->chgSData(oldp+1614,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
        bufp->chgSData(oldp+1615,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
        bufp->chgSData(oldp+1616,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
        bufp->chgSData(oldp+1617,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
        bufp->chgSData(oldp+1618,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
        bufp->chgSData(oldp+1619,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
        bufp->chgSData(oldp+1620,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
        bufp->chgSData(oldp+1621,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
        bufp->chgSData(oldp+1622,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
        bufp->chgSData(oldp+1623,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
        bufp->chgSData(oldp+1624,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
        bufp->chgSData(oldp+1625,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
        bufp->chgSData(oldp+1626,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
        bufp->chgIData(oldp+1627,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
        bufp->chgIData(oldp+1628,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
        bufp->chgIData(oldp+1629,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
        bufp->chgIData(oldp+1630,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
        bufp->chgIData(oldp+1631,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
        bufp->chgIData(oldp+1632,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
        bufp->chgIData(oldp+1633,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
        bufp->chgIData(oldp+1634,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
        bufp->chgIData(oldp+1635,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
        bufp->chgIData(oldp+1636,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
        bufp->chgIData(oldp+1637,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
        bufp->chgIData(oldp+1638,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
        bufp->chgIData(oldp+1639,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
        bufp->chgIData(oldp+1640,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
        bufp->chgIData(oldp+1641,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
        bufp->chgIData(oldp+1642,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
        bufp->chgIData(oldp+1643,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
        bufp->chgIData(oldp+1644,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
        bufp->chgIData(oldp+1645,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
        bufp->chgIData(oldp+1646,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
        bufp->chgIData(oldp+1647,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
        bufp->chgIData(oldp+1648,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
        bufp->chgIData(oldp+1649,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
        bufp->chgIData(oldp+1650,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
        bufp->chgIData(oldp+1651,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
        bufp->chgIData(oldp+1652,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
        bufp->chgIData(oldp+1653,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
        bufp->chgIData(oldp+1654,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
        bufp->chgIData(oldp+1655,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
        bufp->chgIData(oldp+1656,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
        bufp->chgIData(oldp+1657,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
        bufp->chgIData(oldp+1658,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
        bufp->chgIData(oldp+1659,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[4U])) {
        bufp->chgBit(oldp+1660,(vlSelf->nvme_ctrl_top__DOT__reg_req));
        bufp->chgBit(oldp+1661,((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))));
        bufp->chgSData(oldp+1662,((0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))),13);
        bufp->chgCData(oldp+1663,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be),4);
        bufp->chgBit(oldp+1664,((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))));
        bufp->chgBit(oldp+1665,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))));
        bufp->chgBit(oldp+1666,(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_valid));
        bufp->chgBit(oldp+1667,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found));
        bufp->chgBit(oldp+1668,(vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err));
        bufp->chgQData(oldp+1669,(vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr),64);
        bufp->chgSData(oldp+1671,(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw),10);
        bufp->chgIData(oldp+1672,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws),32);
        bufp->chgBit(oldp+1673,((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left) 
                                  < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count))
                                  ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0) 
                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0))
                                  : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count))));
        bufp->chgCData(oldp+1674,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
        bufp->chgBit(oldp+1675,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid));
        bufp->chgBit(oldp+1676,((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
        bufp->chgBit(oldp+1677,(vlSelf->nvme_ctrl_top__DOT__dma_wr_done));
        bufp->chgSData(oldp+1678,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len),13);
        bufp->chgBit(oldp+1679,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d));
        bufp->chgQData(oldp+1680,(vlSelf->nvme_ctrl_top__DOT__ep_wake),48);
        bufp->chgBit(oldp+1682,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                       >> 2U))));
        bufp->chgBit(oldp+1683,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                       >> 1U))));
        bufp->chgBit(oldp+1684,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset));
        bufp->chgBit(oldp+1685,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle));
        bufp->chgBit(oldp+1686,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw));
        bufp->chgCData(oldp+1687,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q),2);
        bufp->chgCData(oldp+1688,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d),2);
        bufp->chgSData(oldp+1689,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d),12);
        bufp->chgCData(oldp+1690,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q),5);
        bufp->chgCData(oldp+1691,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d),5);
        bufp->chgBit(oldp+1692,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal));
        bufp->chgBit(oldp+1693,((1U & VL_REDXOR_32(
                                                   (0x3fU 
                                                    & ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw) 
                                                       >> 4U))))));
        bufp->chgBit(oldp+1694,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire));
        bufp->chgBit(oldp+1695,((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q))));
        bufp->chgBit(oldp+1696,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted));
        bufp->chgSData(oldp+1697,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),11);
        bufp->chgBit(oldp+1698,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i));
        bufp->chgBit(oldp+1699,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i));
        bufp->chgCData(oldp+1700,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q),3);
        bufp->chgBit(oldp+1701,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d));
        bufp->chgSData(oldp+1702,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q),11);
        bufp->chgIData(oldp+1703,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q),32);
        bufp->chgQData(oldp+1704,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q),48);
        bufp->chgCData(oldp+1706,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q),7);
        bufp->chgBit(oldp+1707,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok));
        bufp->chgIData(oldp+1708,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d),32);
        bufp->chgIData(oldp+1709,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask),32);
        bufp->chgBit(oldp+1710,(((IData)(vlSelf->nvme_ctrl_top__DOT__reg_req) 
                                 & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))));
        bufp->chgBit(oldp+1711,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__read));
        bufp->chgBit(oldp+1712,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                       >> 1U))));
        bufp->chgBit(oldp+1713,((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
        bufp->chgBit(oldp+1714,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed));
        bufp->chgBit(oldp+1715,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur));
        bufp->chgBit(oldp+1716,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned));
        bufp->chgBit(oldp+1717,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl));
        bufp->chgBit(oldp+1718,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
        bufp->chgBit(oldp+1719,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca));
        bufp->chgBit(oldp+1720,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur));
        bufp->chgBit(oldp+1721,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca));
        bufp->chgCData(oldp+1722,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q),3);
        bufp->chgCData(oldp+1723,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q),4);
        bufp->chgBit(oldp+1724,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start));
        bufp->chgBit(oldp+1725,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end));
        bufp->chgBit(oldp+1726,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok));
        bufp->chgBit(oldp+1727,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle));
        bufp->chgBit(oldp+1728,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                                 | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))));
        bufp->chgSData(oldp+1729,((0x3ffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
        bufp->chgIData(oldp+1730,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_rd_data),32);
        bufp->chgBit(oldp+1731,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en));
        bufp->chgBit(oldp+1732,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en));
        bufp->chgBit(oldp+1733,((3U == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                              >> 0xcU)))));
        bufp->chgBit(oldp+1734,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_we));
        bufp->chgSData(oldp+1735,((0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                             >> 2U))),10);
        bufp->chgIData(oldp+1736,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata),32);
        bufp->chgCData(oldp+1737,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                    ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                    : 0U)),4);
        bufp->chgBit(oldp+1738,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q));
        bufp->chgBit(oldp+1739,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
        bufp->chgWData(oldp+1740,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr),128);
        bufp->chgBit(oldp+1744,((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
        bufp->chgBit(oldp+1745,((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws))));
        bufp->chgBit(oldp+1746,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word));
        bufp->chgSData(oldp+1747,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
        bufp->chgCData(oldp+1748,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
        bufp->chgCData(oldp+1749,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
        bufp->chgCData(oldp+1750,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
        bufp->chgBit(oldp+1751,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
        bufp->chgCData(oldp+1752,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
        bufp->chgCData(oldp+1753,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
        bufp->chgSData(oldp+1754,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
        bufp->chgCData(oldp+1755,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
        bufp->chgSData(oldp+1756,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
        bufp->chgBit(oldp+1757,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
        bufp->chgBit(oldp+1758,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
        bufp->chgBit(oldp+1759,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
        bufp->chgCData(oldp+1760,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
        bufp->chgCData(oldp+1761,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
        bufp->chgSData(oldp+1762,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
        bufp->chgSData(oldp+1763,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
        bufp->chgCData(oldp+1764,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
        bufp->chgCData(oldp+1765,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
        bufp->chgSData(oldp+1766,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
        bufp->chgSData(oldp+1767,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
        bufp->chgCData(oldp+1768,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q),2);
        bufp->chgBit(oldp+1769,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush));
        bufp->chgBit(oldp+1770,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[0]));
        bufp->chgBit(oldp+1771,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[1]));
        bufp->chgBit(oldp+1772,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[2]));
        bufp->chgBit(oldp+1773,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[3]));
        bufp->chgBit(oldp+1774,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[4]));
        bufp->chgBit(oldp+1775,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[5]));
        bufp->chgBit(oldp+1776,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[6]));
        bufp->chgBit(oldp+1777,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[7]));
        bufp->chgCData(oldp+1778,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),8);
        bufp->chgCData(oldp+1779,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 4U))),3);
        bufp->chgBit(oldp+1780,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid));
        bufp->chgIData(oldp+1781,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),32);
        bufp->chgBit(oldp+1782,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found));
        bufp->chgCData(oldp+1783,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec),3);
        bufp->chgBit(oldp+1784,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable));
        bufp->chgIData(oldp+1785,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
        bufp->chgCData(oldp+1786,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d),3);
        bufp->chgCData(oldp+1787,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
        bufp->chgBit(oldp+1788,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d));
        bufp->chgSData(oldp+1789,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
        bufp->chgSData(oldp+1790,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
        bufp->chgCData(oldp+1791,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q),3);
        bufp->chgCData(oldp+1792,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d),3);
        bufp->chgCData(oldp+1793,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d),3);
        bufp->chgBit(oldp+1794,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d));
        bufp->chgBit(oldp+1795,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d));
        bufp->chgIData(oldp+1796,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d),32);
        bufp->chgBit(oldp+1797,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d));
        bufp->chgBit(oldp+1798,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count));
        bufp->chgBit(oldp+1799,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid));
        bufp->chgSData(oldp+1800,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
        bufp->chgBit(oldp+1801,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit));
        bufp->chgCData(oldp+1802,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action),3);
        bufp->chgCData(oldp+1803,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind),3);
        bufp->chgBit(oldp+1804,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur));
        bufp->chgSData(oldp+1805,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left),11);
        bufp->chgCData(oldp+1806,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d),3);
        bufp->chgBit(oldp+1807,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d));
        bufp->chgBit(oldp+1808,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we));
        bufp->chgIData(oldp+1809,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval),32);
        bufp->chgSData(oldp+1810,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset),14);
        bufp->chgBit(oldp+1811,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw));
        bufp->chgCData(oldp+1812,((3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 0xcU))),2);
        bufp->chgCData(oldp+1813,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
        bufp->chgWData(oldp+1814,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
        bufp->chgCData(oldp+1818,(((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                    ? 4U : 3U)),3);
        bufp->chgSData(oldp+1819,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
        bufp->chgSData(oldp+1820,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
        bufp->chgSData(oldp+1821,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                    : 0U)),12);
        bufp->chgCData(oldp+1822,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
        bufp->chgSData(oldp+1823,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
        bufp->chgSData(oldp+1824,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                    : 0U)),12);
        bufp->chgBit(oldp+1825,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                                 & VL_REDXOR_32((0xffU 
                                                 & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                    >> 4U))))));
        bufp->chgCData(oldp+1826,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q),8);
        bufp->chgBit(oldp+1827,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes));
        bufp->chgSData(oldp+1828,((0x1ffU & ((IData)(1U) 
                                             + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q)))),9);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[5U])) {
        bufp->chgIData(oldp+1829,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw),32);
        bufp->chgBit(oldp+1830,(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid));
        bufp->chgBit(oldp+1831,(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready));
        bufp->chgQData(oldp+1832,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr),64);
        bufp->chgIData(oldp+1834,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d),32);
        bufp->chgIData(oldp+1835,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid),32);
        bufp->chgBit(oldp+1836,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active));
        bufp->chgBit(oldp+1837,((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x31U)))));
        bufp->chgBit(oldp+1838,((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x30U)))));
        bufp->chgBit(oldp+1839,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail));
        bufp->chgQData(oldp+1840,((0xffffffffffffULL 
                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)),48);
        bufp->chgCData(oldp+1842,((7U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                 >> 0x33U)))),3);
        bufp->chgIData(oldp+1843,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d),32);
        bufp->chgIData(oldp+1844,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d),32);
        bufp->chgIData(oldp+1845,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d),32);
        bufp->chgBit(oldp+1846,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost));
        bufp->chgIData(oldp+1847,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]),32);
        bufp->chgBit(oldp+1848,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found));
        bufp->chgBit(oldp+1849,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit));
        bufp->chgBit(oldp+1850,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply));
        bufp->chgCData(oldp+1851,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target),5);
        bufp->chgCData(oldp+1852,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held),6);
        bufp->chgWData(oldp+1853,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i),320);
        bufp->chgCData(oldp+1863,((0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)),8);
        bufp->chgSData(oldp+1864,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1865,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid),32);
        bufp->chgIData(oldp+1866,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10),32);
        bufp->chgIData(oldp+1867,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11),32);
        bufp->chgIData(oldp+1868,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12),32);
        bufp->chgIData(oldp+1869,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13),32);
        bufp->chgQData(oldp+1870,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1),64);
        bufp->chgQData(oldp+1872,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2),64);
        bufp->chgIData(oldp+1874,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0),32);
        bufp->chgBit(oldp+1875,((1U & VL_REDXOR_32(
                                                   (0xfU 
                                                    & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                       >> 0xaU))))));
        bufp->chgCData(oldp+1876,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src),3);
        bufp->chgSData(oldp+1877,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status),15);
        bufp->chgIData(oldp+1878,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result),32);
        bufp->chgSData(oldp+1879,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes),13);
        bufp->chgSData(oldp+1880,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw),10);
        bufp->chgBit(oldp+1881,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold));
        bufp->chgIData(oldp+1882,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value),32);
        bufp->chgBit(oldp+1883,(((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                 & ((~ ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                         >> 0xfU) | 
                                        (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                                    & (4U == (0xffU 
                                              & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))));
        bufp->chgBit(oldp+1884,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use));
        bufp->chgBit(oldp+1885,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported));
        bufp->chgIData(oldp+1886,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current),32);
        bufp->chgIData(oldp+1887,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default),32);
        bufp->chgBit(oldp+1888,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects));
        bufp->chgIData(oldp+1889,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws),32);
        bufp->chgBit(oldp+1890,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit));
        bufp->chgIData(oldp+1891,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws),32);
        bufp->chgBit(oldp+1892,(((~ (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready)) 
                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid))));
        bufp->chgBit(oldp+1893,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken));
        bufp->chgQData(oldp+1894,((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid)))),64);
        __Vtemp_h9b99ab37__0[0U] = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
        __Vtemp_h9b99ab37__0[1U] = 0U;
        __Vtemp_h9b99ab37__0[2U] = 1U;
        __Vtemp_h9b99ab37__0[3U] = 0x4e564353U;
        bufp->chgWData(oldp+1896,(__Vtemp_h9b99ab37__0),128);
        __Vtemp_h58c00025__0[0U] = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
        __Vtemp_h58c00025__0[1U] = 0x80000000U;
        __Vtemp_h58c00025__0[2U] = 0x636f4000U;
        __Vtemp_h58c00025__0[3U] = 0x6e766d65U;
        bufp->chgWData(oldp+1900,(__Vtemp_h58c00025__0),128);
        bufp->chgQData(oldp+1904,(((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                  >> 0x31U)))
                                    ? 0ULL : (0xffffffffffffULL 
                                              & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))),64);
        bufp->chgQData(oldp+1906,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap),64);
        bufp->chgCData(oldp+1908,(((1U == (7U & (IData)(
                                                        (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                         >> 0x33U))))
                                    ? 2U : (1U & (IData)(
                                                         (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                          >> 0x30U))))),8);
        bufp->chgBit(oldp+1909,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie));
        bufp->chgCData(oldp+1910,(((2U == (7U & (IData)(
                                                        (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                         >> 0x33U))))
                                    ? 8U : 0x11U)),8);
        bufp->chgBit(oldp+1911,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i));
        bufp->chgCData(oldp+1912,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d),3);
        bufp->chgCData(oldp+1913,((3U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                         >> 8U))),2);
        bufp->chgCData(oldp+1914,((3U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                         >> 0xeU))),2);
        bufp->chgSData(oldp+1915,((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))),12);
        bufp->chgSData(oldp+1916,((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2))),12);
        bufp->chgSData(oldp+1917,((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),16);
        bufp->chgSData(oldp+1918,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   >> 0x10U)),16);
        bufp->chgCData(oldp+1919,((0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),8);
        bufp->chgIData(oldp+1920,(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                    << 0x10U) | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                 >> 0x10U))),32);
        bufp->chgQData(oldp+1921,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset),64);
        bufp->chgSData(oldp+1923,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size),13);
        bufp->chgBit(oldp+1924,((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))));
        bufp->chgBit(oldp+1925,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range));
        bufp->chgIData(oldp+1926,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted),32);
        bufp->chgBit(oldp+1927,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
                                 & (9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))));
        bufp->chgIData(oldp+1928,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d),32);
        bufp->chgIData(oldp+1929,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d),32);
        bufp->chgIData(oldp+1930,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d),32);
        bufp->chgIData(oldp+1931,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d),32);
        bufp->chgSData(oldp+1932,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d),16);
        bufp->chgSData(oldp+1933,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d),16);
        bufp->chgIData(oldp+1934,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d),32);
        bufp->chgIData(oldp+1935,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d),32);
        bufp->chgIData(oldp+1936,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d),32);
        bufp->chgCData(oldp+1937,((0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),5);
        bufp->chgCData(oldp+1938,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                            >> 0x10U))),5);
        bufp->chgSData(oldp+1939,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d),16);
        bufp->chgSData(oldp+1940,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d),16);
        bufp->chgCData(oldp+1941,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry),5);
        bufp->chgQData(oldp+1942,(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                    > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                    ? (0xffffffffffffULL 
                                       & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                          - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                    : 0ULL)),48);
        bufp->chgBit(oldp+1944,(((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid) 
                                 & (0x2000U >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid))));
        bufp->chgSData(oldp+1945,((0x3fffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid)),14);
        bufp->chgQData(oldp+1946,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry),54);
        bufp->chgIData(oldp+1948,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc),32);
        bufp->chgBit(oldp+1949,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done));
        bufp->chgBit(oldp+1950,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done));
        bufp->chgIData(oldp+1951,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws),32);
        bufp->chgBit(oldp+1952,((1U & ((1U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))));
        bufp->chgBit(oldp+1953,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take));
        bufp->chgIData(oldp+1954,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw),32);
        bufp->chgBit(oldp+1955,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid));
        bufp->chgSData(oldp+1956,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
        bufp->chgBit(oldp+1957,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
        bufp->chgBit(oldp+1958,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d));
        bufp->chgQData(oldp+1959,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
        bufp->chgSData(oldp+1961,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
        bufp->chgSData(oldp+1962,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
        bufp->chgCData(oldp+1963,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
        bufp->chgSData(oldp+1964,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
        bufp->chgBit(oldp+1965,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc));
        bufp->chgBit(oldp+1966,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
        bufp->chgSData(oldp+1967,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
        bufp->chgSData(oldp+1968,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
        bufp->chgCData(oldp+1969,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
        bufp->chgQData(oldp+1970,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
        bufp->chgSData(oldp+1972,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
        bufp->chgSData(oldp+1973,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
        bufp->chgBit(oldp+1974,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d));
        bufp->chgBit(oldp+1975,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad));
        bufp->chgIData(oldp+1976,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d),32);
        bufp->chgCData(oldp+1977,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d),2);
        bufp->chgCData(oldp+1978,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take),2);
        bufp->chgCData(oldp+1979,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total),2);
        bufp->chgBit(oldp+1980,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
        bufp->chgQData(oldp+1981,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined),64);
        bufp->chgBit(oldp+1983,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d));
        bufp->chgCData(oldp+1984,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d),3);
        bufp->chgQData(oldp+1985,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
        bufp->chgIData(oldp+1987,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
        bufp->chgCData(oldp+1988,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d),3);
        bufp->chgCData(oldp+1989,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d),4);
        bufp->chgBit(oldp+1990,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance));
        bufp->chgBit(oldp+1991,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d));
        bufp->chgSData(oldp+1992,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
        bufp->chgBit(oldp+1993,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept));
        bufp->chgBit(oldp+1994,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done));
        bufp->chgQData(oldp+1995,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat),64);
        bufp->chgBit(oldp+1997,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        bufp->chgQData(oldp+1998,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d),64);
        bufp->chgBit(oldp+2000,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d));
    }
    bufp->chgBit(oldp+2001,(vlSelf->clk_i));
    bufp->chgBit(oldp+2002,(vlSelf->rst_ni));
    bufp->chgQData(oldp+2003,(vlSelf->time_i),48);
    bufp->chgQData(oldp+2005,(vlSelf->rx_tlp_data_i),64);
    bufp->chgCData(oldp+2007,(vlSelf->rx_tlp_keep_i),8);
    bufp->chgBit(oldp+2008,(vlSelf->rx_tlp_last_i));
    bufp->chgBit(oldp+2009,(vlSelf->rx_tlp_valid_i));
    bufp->chgBit(oldp+2010,(vlSelf->rx_tlp_ready_o));
    bufp->chgQData(oldp+2011,(vlSelf->tx_tlp_data_o),64);
    bufp->chgCData(oldp+2013,(vlSelf->tx_tlp_keep_o),8);
    bufp->chgBit(oldp+2014,(vlSelf->tx_tlp_last_o));
    bufp->chgBit(oldp+2015,(vlSelf->tx_tlp_valid_o));
    bufp->chgBit(oldp+2016,(vlSelf->tx_tlp_ready_i));
    bufp->chgBit(oldp+2017,(vlSelf->sim_req_i));
    bufp->chgBit(oldp+2018,(vlSelf->sim_we_i));
    bufp->chgSData(oldp+2019,(vlSelf->sim_addr_i),16);
    bufp->chgIData(oldp+2020,(vlSelf->sim_wdata_i),32);
    bufp->chgIData(oldp+2021,(vlSelf->sim_rdata_o),32);
    bufp->chgBit(oldp+2022,(vlSelf->sim_idle_o));
    bufp->chgQData(oldp+2023,(vlSelf->sim_wake_o),48);
    bufp->chgBit(oldp+2025,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
                             & ((IData)(vlSelf->sim_we_i) 
                                & (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))))));
    bufp->chgIData(oldp+2026,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata 
                               | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata 
                                  | ((0x600U == (IData)(vlSelf->sim_addr_i))
                                      ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q
                                      : ((0x604U == (IData)(vlSelf->sim_addr_i))
                                          ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q)
                                          : ((0x608U 
                                              == (IData)(vlSelf->sim_addr_i))
                                              ? (0xffffU 
                                                 & (IData)(
                                                           (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q 
                                                            >> 0x20U)))
                                              : ((0x60cU 
                                                  == (IData)(vlSelf->sim_addr_i))
                                                  ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q)
                                                  : 
                                                 ((0x618U 
                                                   == (IData)(vlSelf->sim_addr_i))
                                                   ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q)
                                                   : 0U)))))))),32);
    bufp->chgCData(oldp+2027,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                              [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]),3);
    bufp->chgBit(oldp+2028,((((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                              & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                             & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)) 
                                & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)) 
                                   & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid)) 
                                      & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                                             | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))) 
                                         & ((2U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)) 
                                            & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)) 
                                               & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                                                  & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                                                      | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                                         & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                                            & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                                               & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start)) 
                                                                  & ((vlSelf->time_i 
                                                                      < vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                                                     & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                                        == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)))))))) 
                                                     & (0U 
                                                        == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))))))))))));
    bufp->chgBit(oldp+2029,((1U & (((VL_REDXOR_4(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id) 
                                     ^ VL_REDXOR_4(
                                                   (6U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q)))) 
                                    ^ VL_REDXOR_32(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q)) 
                                   ^ VL_REDXOR_32(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                                                  [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q])))));
    bufp->chgBit(oldp+2030,(((0ULL != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                             & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                > vlSelf->time_i))));
    bufp->chgBit(oldp+2031,(((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost))));
    bufp->chgIData(oldp+2032,(((0x600U == (IData)(vlSelf->sim_addr_i))
                                ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q
                                : ((0x604U == (IData)(vlSelf->sim_addr_i))
                                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q)
                                    : ((0x608U == (IData)(vlSelf->sim_addr_i))
                                        ? (0xffffU 
                                           & (IData)(
                                                     (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q 
                                                      >> 0x20U)))
                                        : ((0x60cU 
                                            == (IData)(vlSelf->sim_addr_i))
                                            ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q)
                                            : ((0x618U 
                                                == (IData)(vlSelf->sim_addr_i))
                                                ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q)
                                                : 0U)))))),32);
    bufp->chgBit(oldp+2033,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                             & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                    & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
                                & (((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                        & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                            != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                                    & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                                   | (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))))));
    bufp->chgBit(oldp+2034,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                             | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal))));
    bufp->chgBit(oldp+2035,(((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
                             & (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
                                | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))));
    bufp->chgIData(oldp+2036,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q)
                                ? ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                    ? 0xffffffffU : 0U)
                                : (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                    < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))
                                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_q
                                   [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q]
                                    : 0U))),32);
    bufp->chgSData(oldp+2037,((0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)
                                           ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                                          [0U] : (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                  >> 0x10U)))),16);
    bufp->chgIData(oldp+2038,(((0U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
                                ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q
                                : ((1U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
                                    ? 0U : ((2U == 
                                             (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
                                             ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q)
                                             : (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q) 
                                                 << 0x11U) 
                                                | (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q) 
                                                    << 0x10U) 
                                                   | (0xffffU 
                                                      & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)
                                                          ? 
                                                         vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                                                         [0U]
                                                          : 
                                                         (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                          >> 0x10U))))))))),32);
    bufp->chgBit(oldp+2039,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_core_we) 
                             & (0x610U == (IData)(vlSelf->sim_addr_i)))));
    bufp->chgBit(oldp+2040,((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                              | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
                             | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject))));
    bufp->chgCData(oldp+2041,((0xffU & (IData)(vlSelf->sim_addr_i))),8);
    bufp->chgBit(oldp+2042,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                             | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                   & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                      & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start)) 
                                         & ((vlSelf->time_i 
                                             < vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                            & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                               == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->chgIData(oldp+2043,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q
                              [((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                 ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                 : 0U)]),32);
    bufp->chgCData(oldp+2044,(((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid)
                                ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                                : 0U)),2);
    bufp->chgBit(oldp+2045,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                            [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->chgBit(oldp+2046,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err) 
                             | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca) 
                                | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->chgBit(oldp+2047,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
                             & (IData)(vlSelf->sim_we_i))));
    bufp->chgIData(oldp+2048,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q
                               [((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                  ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                  : 0U)] : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q
                                             : ((2U 
                                                 == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws
                                                 : 0U)))),32);
}

void Vnvme_ctrl_top___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_cleanup\n"); );
    // Init
    Vnvme_ctrl_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vnvme_ctrl_top___024root*>(voidSelf);
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[3U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[4U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[5U] = 0U;
}
