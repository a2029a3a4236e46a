// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vcosim_top__Syms.h"


void Vcosim_top___024root__trace_chg_sub_0(Vcosim_top___024root* vlSelf, VerilatedFst::Buffer* bufp);

void Vcosim_top___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_chg_top_0\n"); );
    // Init
    Vcosim_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vcosim_top___024root*>(voidSelf);
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (VL_UNLIKELY(!vlSymsp->__Vm_activity)) return;
    // Body
    Vcosim_top___024root__trace_chg_sub_0((&vlSymsp->TOP), bufp);
}

extern const VlWide<8>/*255:0*/ Vcosim_top__ConstPool__CONST_h9e67c271_0;

void Vcosim_top___024root__trace_chg_sub_0(Vcosim_top___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_chg_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 1);
    VlWide<3>/*95:0*/ __Vtemp_hfaade75d__0;
    VlWide<3>/*95:0*/ __Vtemp_hf92d58aa__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__0;
    VlWide<3>/*95:0*/ __Vtemp_haa5796a6__0;
    VlWide<3>/*95:0*/ __Vtemp_hd42f694e__0;
    VlWide<3>/*95:0*/ __Vtemp_h0a3b04f3__0;
    VlWide<3>/*95:0*/ __Vtemp_h39f4b02e__0;
    VlWide<3>/*95:0*/ __Vtemp_h7a565872__0;
    VlWide<8>/*255:0*/ __Vtemp_haee9d52e__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__1;
    VlWide<3>/*95:0*/ __Vtemp_haa5796a6__1;
    VlWide<3>/*95:0*/ __Vtemp_h2bf90068__0;
    VlWide<3>/*95:0*/ __Vtemp_h3174625b__0;
    VlWide<3>/*95:0*/ __Vtemp_h39f4b02e__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c29feb0__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__2;
    VlWide<3>/*95:0*/ __Vtemp_haa5796a6__2;
    VlWide<3>/*95:0*/ __Vtemp_h10e80b64__0;
    VlWide<3>/*95:0*/ __Vtemp_h0033262b__0;
    VlWide<3>/*95:0*/ __Vtemp_h39f4b02e__2;
    VlWide<3>/*95:0*/ __Vtemp_hbeddeb7a__0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__3;
    VlWide<3>/*95:0*/ __Vtemp_haa5796a6__3;
    VlWide<3>/*95:0*/ __Vtemp_ha6c16b1c__0;
    VlWide<3>/*95:0*/ __Vtemp_h4107a06a__0;
    VlWide<3>/*95:0*/ __Vtemp_h39f4b02e__3;
    VlWide<3>/*95:0*/ __Vtemp_he69f221d__0;
    VlWide<8>/*255:0*/ __Vtemp_he3925090__0;
    VlWide<4>/*127:0*/ __Vtemp_h5ee54475__0;
    VlWide<4>/*127:0*/ __Vtemp_h572a19e3__0;
    // Body
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[1U])) {
        bufp->chgBit(oldp+0,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req));
        bufp->chgBit(oldp+1,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we));
        bufp->chgBit(oldp+2,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_changed));
        bufp->chgSData(oldp+3,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel),16);
        bufp->chgCData(oldp+4,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry),5);
        bufp->chgCData(oldp+5,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field),3);
        bufp->chgBit(oldp+6,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[2U]))) {
        bufp->chgIData(oldp+7,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata),32);
        bufp->chgQData(oldp+8,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at),48);
        bufp->chgBit(oldp+10,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject));
        bufp->chgBit(oldp+11,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid));
        bufp->chgQData(oldp+12,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at),48);
        bufp->chgIData(oldp+14,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready),32);
        bufp->chgBit(oldp+15,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found));
        bufp->chgCData(oldp+16,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot),5);
        bufp->chgBit(oldp+17,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[4U]))) {
        bufp->chgBit(oldp+18,(vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet));
        bufp->chgIData(oldp+19,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata),32);
        bufp->chgIData(oldp+20,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata),32);
        bufp->chgBit(oldp+21,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d));
        bufp->chgSData(oldp+22,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d),11);
        bufp->chgBit(oldp+23,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d));
        bufp->chgQData(oldp+24,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d),64);
        bufp->chgWData(oldp+26,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d),8192);
        bufp->chgIData(oldp+282,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d),32);
        bufp->chgQData(oldp+283,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d),48);
        bufp->chgCData(oldp+285,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d),7);
        bufp->chgSData(oldp+286,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d),14);
        bufp->chgIData(oldp+287,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
        bufp->chgIData(oldp+288,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
        bufp->chgSData(oldp+289,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[5U]))) {
        bufp->chgBit(oldp+290,(vlSelf->cosim_top__DOT__u_dut__DOT__msix_req));
        bufp->chgCData(oldp+291,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d),5);
        bufp->chgBit(oldp+292,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal));
        bufp->chgBit(oldp+293,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take));
        bufp->chgCData(oldp+294,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d),3);
        bufp->chgCData(oldp+295,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d),5);
        bufp->chgBit(oldp+296,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d));
        bufp->chgCData(oldp+297,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d),3);
        bufp->chgSData(oldp+298,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d),15);
        bufp->chgIData(oldp+299,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d),32);
        bufp->chgSData(oldp+300,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d),13);
        bufp->chgSData(oldp+301,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d),13);
        bufp->chgBit(oldp+302,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d));
        bufp->chgSData(oldp+303,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d),11);
        bufp->chgSData(oldp+304,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d),10);
        bufp->chgIData(oldp+305,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d),32);
        bufp->chgSData(oldp+306,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d),11);
        bufp->chgCData(oldp+307,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d),2);
        bufp->chgBit(oldp+308,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d));
        bufp->chgBit(oldp+309,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d));
        bufp->chgIData(oldp+310,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d),32);
        bufp->chgBit(oldp+311,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d));
        bufp->chgSData(oldp+312,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d),12);
        bufp->chgBit(oldp+313,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d));
        bufp->chgCData(oldp+314,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d),3);
        bufp->chgIData(oldp+315,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d),32);
        bufp->chgIData(oldp+316,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d),32);
        bufp->chgQData(oldp+317,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d),52);
        bufp->chgQData(oldp+319,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d),52);
        bufp->chgIData(oldp+321,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d),32);
        bufp->chgCData(oldp+322,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d),2);
        bufp->chgBit(oldp+323,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d));
        bufp->chgBit(oldp+324,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d));
        bufp->chgSData(oldp+325,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d),12);
        bufp->chgSData(oldp+326,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d),12);
        bufp->chgQData(oldp+327,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d),48);
        bufp->chgIData(oldp+329,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr),32);
        bufp->chgBit(oldp+330,((1U & VL_REDXOR_32((0xfffU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr)))));
        bufp->chgBit(oldp+331,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err));
        bufp->chgBit(oldp+332,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err));
        bufp->chgSData(oldp+333,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
        bufp->chgSData(oldp+334,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
        bufp->chgCData(oldp+335,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
        bufp->chgIData(oldp+336,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
        bufp->chgIData(oldp+337,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
        bufp->chgCData(oldp+338,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
        bufp->chgSData(oldp+339,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
        bufp->chgCData(oldp+340,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
        bufp->chgCData(oldp+341,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
        bufp->chgCData(oldp+342,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
        bufp->chgCData(oldp+343,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
        bufp->chgIData(oldp+344,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval),32);
        bufp->chgIData(oldp+345,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
        bufp->chgCData(oldp+346,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
        bufp->chgCData(oldp+347,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
        bufp->chgCData(oldp+348,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
        bufp->chgCData(oldp+349,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
        bufp->chgCData(oldp+350,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
        bufp->chgCData(oldp+351,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
        bufp->chgCData(oldp+352,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
        bufp->chgCData(oldp+353,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
        bufp->chgCData(oldp+354,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
        bufp->chgBit(oldp+355,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
        bufp->chgQData(oldp+356,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
        bufp->chgBit(oldp+358,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire));
        bufp->chgBit(oldp+359,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err));
        bufp->chgCData(oldp+360,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
        bufp->chgBit(oldp+361,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial));
        bufp->chgCData(oldp+362,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d),8);
        bufp->chgWData(oldp+363,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d),256);
        bufp->chgWData(oldp+371,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),256);
        bufp->chgIData(oldp+379,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d),32);
        bufp->chgIData(oldp+380,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),32);
        bufp->chgBit(oldp+381,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d));
        bufp->chgBit(oldp+382,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
        bufp->chgBit(oldp+383,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d));
        bufp->chgBit(oldp+384,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
        bufp->chgIData(oldp+385,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgBit(oldp+386,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q));
        bufp->chgIData(oldp+387,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q),32);
        bufp->chgBit(oldp+388,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q));
        bufp->chgIData(oldp+389,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
        bufp->chgIData(oldp+390,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q),32);
        bufp->chgIData(oldp+391,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q),32);
        bufp->chgCData(oldp+392,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q),2);
        bufp->chgCData(oldp+393,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q),6);
        bufp->chgQData(oldp+394,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q),48);
        bufp->chgIData(oldp+396,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q),32);
        bufp->chgBit(oldp+397,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run));
        bufp->chgBit(oldp+398,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                | ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                   | ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                      | ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                         & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q))))))));
        bufp->chgQData(oldp+399,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q),52);
        bufp->chgQData(oldp+401,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q),52);
        bufp->chgSData(oldp+403,((0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)),12);
        bufp->chgSData(oldp+404,((0xfffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                            >> 0x10U))),12);
        bufp->chgSData(oldp+405,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q),12);
        bufp->chgSData(oldp+406,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q),12);
        bufp->chgBit(oldp+407,((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))));
        bufp->chgQData(oldp+408,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q),48);
        bufp->chgCData(oldp+410,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots),6);
        bufp->chgIData(oldp+411,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q),32);
        bufp->chgIData(oldp+412,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q),32);
        bufp->chgIData(oldp+413,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q),32);
        bufp->chgQData(oldp+414,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0]),48);
        bufp->chgQData(oldp+416,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[1]),48);
        bufp->chgQData(oldp+418,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[2]),48);
        bufp->chgQData(oldp+420,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[3]),48);
        bufp->chgQData(oldp+422,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[4]),48);
        bufp->chgQData(oldp+424,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[5]),48);
        bufp->chgQData(oldp+426,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[6]),48);
        bufp->chgQData(oldp+428,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[7]),48);
        bufp->chgQData(oldp+430,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[8]),48);
        bufp->chgQData(oldp+432,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[9]),48);
        bufp->chgQData(oldp+434,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[10]),48);
        bufp->chgQData(oldp+436,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[11]),48);
        bufp->chgQData(oldp+438,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[12]),48);
        bufp->chgQData(oldp+440,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[13]),48);
        bufp->chgQData(oldp+442,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[14]),48);
        bufp->chgQData(oldp+444,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[15]),48);
        bufp->chgQData(oldp+446,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[16]),48);
        bufp->chgQData(oldp+448,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[17]),48);
        bufp->chgQData(oldp+450,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[18]),48);
        bufp->chgQData(oldp+452,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[19]),48);
        bufp->chgQData(oldp+454,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[20]),48);
        bufp->chgQData(oldp+456,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[21]),48);
        bufp->chgQData(oldp+458,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[22]),48);
        bufp->chgQData(oldp+460,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[23]),48);
        bufp->chgQData(oldp+462,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[24]),48);
        bufp->chgQData(oldp+464,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[25]),48);
        bufp->chgQData(oldp+466,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[26]),48);
        bufp->chgQData(oldp+468,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[27]),48);
        bufp->chgQData(oldp+470,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[28]),48);
        bufp->chgQData(oldp+472,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[29]),48);
        bufp->chgQData(oldp+474,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[30]),48);
        bufp->chgQData(oldp+476,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[31]),48);
        bufp->chgSData(oldp+478,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q),12);
        bufp->chgBit(oldp+479,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found));
        bufp->chgCData(oldp+480,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot),5);
        bufp->chgCData(oldp+481,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q),5);
        bufp->chgBit(oldp+482,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing));
        bufp->chgCData(oldp+483,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q),5);
        bufp->chgBit(oldp+484,((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))));
        bufp->chgBit(oldp+485,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                      >> (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))));
        bufp->chgCData(oldp+486,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q),3);
        bufp->chgBit(oldp+487,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q));
        bufp->chgSData(oldp+488,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q),16);
        bufp->chgSData(oldp+489,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q),16);
        bufp->chgSData(oldp+490,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q),16);
        bufp->chgSData(oldp+491,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q),16);
        bufp->chgCData(oldp+492,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q),3);
        bufp->chgSData(oldp+493,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q),15);
        bufp->chgIData(oldp+494,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q),32);
        bufp->chgSData(oldp+495,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q),13);
        bufp->chgSData(oldp+496,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q),13);
        bufp->chgBit(oldp+497,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q));
        bufp->chgSData(oldp+498,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q),11);
        bufp->chgSData(oldp+499,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q),10);
        bufp->chgIData(oldp+500,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q),32);
        bufp->chgSData(oldp+501,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q),11);
        bufp->chgCData(oldp+502,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q),2);
        bufp->chgBit(oldp+503,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q));
        bufp->chgBit(oldp+504,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q));
        bufp->chgIData(oldp+505,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q),32);
        bufp->chgBit(oldp+506,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q));
        bufp->chgSData(oldp+507,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q),12);
        bufp->chgBit(oldp+508,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q));
        bufp->chgSData(oldp+509,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next),12);
        bufp->chgBit(oldp+510,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
                                      >> 8U))));
        bufp->chgBit(oldp+511,(((7U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                | ((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                   & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                                      | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))))));
        bufp->chgBit(oldp+512,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad));
        bufp->chgBit(oldp+513,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend));
        bufp->chgBit(oldp+514,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold));
        bufp->chgSData(oldp+515,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes),13);
        bufp->chgSData(oldp+516,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left),11);
        bufp->chgCData(oldp+517,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws),4);
        bufp->chgCData(oldp+518,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count),4);
        bufp->chgBit(oldp+519,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q));
        bufp->chgWData(oldp+520,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q),256);
        bufp->chgCData(oldp+528,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q),4);
        bufp->chgSData(oldp+529,((0x3ffU & ((IData)(1U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+530,((0x3ffU & ((IData)(2U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+531,((0x3ffU & ((IData)(3U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+532,((0x3ffU & ((IData)(4U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+533,((0x3ffU & ((IData)(5U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+534,((0x3ffU & ((IData)(6U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgSData(oldp+535,((0x3ffU & ((IData)(7U) 
                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
        bufp->chgBit(oldp+536,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q));
        bufp->chgBit(oldp+537,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q));
        bufp->chgBit(oldp+538,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q));
        bufp->chgIData(oldp+539,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q),32);
        bufp->chgIData(oldp+540,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q),32);
        bufp->chgIData(oldp+541,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q),32);
        bufp->chgIData(oldp+542,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q),32);
        bufp->chgIData(oldp+543,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q),32);
        bufp->chgIData(oldp+544,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q),32);
        bufp->chgIData(oldp+545,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q),32);
        bufp->chgIData(oldp+546,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i),32);
        bufp->chgIData(oldp+547,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0]),32);
        bufp->chgIData(oldp+548,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[1]),32);
        bufp->chgIData(oldp+549,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[2]),32);
        bufp->chgIData(oldp+550,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[3]),32);
        bufp->chgIData(oldp+551,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[4]),32);
        bufp->chgIData(oldp+552,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[5]),32);
        bufp->chgIData(oldp+553,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[6]),32);
        bufp->chgIData(oldp+554,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[7]),32);
        bufp->chgIData(oldp+555,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[8]),32);
        bufp->chgIData(oldp+556,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[9]),32);
        bufp->chgIData(oldp+557,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[10]),32);
        bufp->chgIData(oldp+558,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[11]),32);
        bufp->chgIData(oldp+559,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[12]),32);
        bufp->chgIData(oldp+560,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[13]),32);
        bufp->chgIData(oldp+561,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[14]),32);
        bufp->chgIData(oldp+562,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[15]),32);
        bufp->chgIData(oldp+563,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[16]),32);
        bufp->chgBit(oldp+564,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0]));
        bufp->chgBit(oldp+565,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[1]));
        bufp->chgBit(oldp+566,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[2]));
        bufp->chgBit(oldp+567,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[3]));
        bufp->chgBit(oldp+568,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[4]));
        bufp->chgBit(oldp+569,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[5]));
        bufp->chgBit(oldp+570,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[6]));
        bufp->chgBit(oldp+571,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[7]));
        bufp->chgBit(oldp+572,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[8]));
        bufp->chgBit(oldp+573,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[9]));
        bufp->chgBit(oldp+574,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[10]));
        bufp->chgBit(oldp+575,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[11]));
        bufp->chgBit(oldp+576,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[12]));
        bufp->chgBit(oldp+577,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[13]));
        bufp->chgBit(oldp+578,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[14]));
        bufp->chgBit(oldp+579,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[15]));
        bufp->chgBit(oldp+580,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[16]));
        bufp->chgQData(oldp+581,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0]),48);
        bufp->chgQData(oldp+583,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[1]),48);
        bufp->chgQData(oldp+585,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[2]),48);
        bufp->chgQData(oldp+587,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[3]),48);
        bufp->chgQData(oldp+589,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[4]),48);
        bufp->chgQData(oldp+591,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[5]),48);
        bufp->chgQData(oldp+593,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[6]),48);
        bufp->chgQData(oldp+595,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[7]),48);
        bufp->chgQData(oldp+597,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[8]),48);
        bufp->chgQData(oldp+599,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[9]),48);
        bufp->chgQData(oldp+601,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[10]),48);
        bufp->chgQData(oldp+603,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[11]),48);
        bufp->chgQData(oldp+605,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[12]),48);
        bufp->chgQData(oldp+607,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[13]),48);
        bufp->chgQData(oldp+609,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[14]),48);
        bufp->chgQData(oldp+611,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[15]),48);
        bufp->chgQData(oldp+613,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[16]),48);
        bufp->chgQData(oldp+615,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0]),48);
        bufp->chgQData(oldp+617,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[1]),48);
        bufp->chgQData(oldp+619,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[2]),48);
        bufp->chgQData(oldp+621,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[3]),48);
        bufp->chgQData(oldp+623,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[4]),48);
        bufp->chgQData(oldp+625,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[5]),48);
        bufp->chgQData(oldp+627,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[6]),48);
        bufp->chgQData(oldp+629,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[7]),48);
        bufp->chgQData(oldp+631,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[8]),48);
        bufp->chgQData(oldp+633,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[9]),48);
        bufp->chgQData(oldp+635,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[10]),48);
        bufp->chgQData(oldp+637,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[11]),48);
        bufp->chgQData(oldp+639,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[12]),48);
        bufp->chgQData(oldp+641,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[13]),48);
        bufp->chgQData(oldp+643,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[14]),48);
        bufp->chgQData(oldp+645,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[15]),48);
        bufp->chgQData(oldp+647,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[16]),48);
        bufp->chgQData(oldp+649,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q),64);
        bufp->chgIData(oldp+651,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i),32);
        bufp->chgWData(oldp+652,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q),8192);
        bufp->chgSData(oldp+908,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q),14);
        bufp->chgCData(oldp+909,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q),3);
        bufp->chgIData(oldp+910,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q),32);
        bufp->chgIData(oldp+911,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q),32);
        bufp->chgIData(oldp+912,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q),32);
        bufp->chgCData(oldp+913,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q),2);
        bufp->chgBit(oldp+914,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q));
        bufp->chgBit(oldp+915,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q));
        bufp->chgBit(oldp+916,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
        bufp->chgQData(oldp+917,((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                   << 0x12U) | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
        bufp->chgSData(oldp+919,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
        bufp->chgCData(oldp+920,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload),3);
        bufp->chgCData(oldp+921,(((5U < (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))
                                   ? 5U : (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                 >> 0xcU)))),3);
        bufp->chgBit(oldp+922,((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
        bufp->chgBit(oldp+923,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take));
        bufp->chgSData(oldp+924,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
        bufp->chgWData(oldp+925,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q),256);
        bufp->chgCData(oldp+933,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q),4);
        bufp->chgBit(oldp+934,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q));
        bufp->chgBit(oldp+935,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q));
        bufp->chgBit(oldp+936,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__rx_dw_ready));
        bufp->chgBit(oldp+937,((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
        bufp->chgBit(oldp+938,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_done));
        bufp->chgBit(oldp+939,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_mem_read));
        bufp->chgSData(oldp+940,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U] >> 0x10U)),16);
        bufp->chgSData(oldp+941,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x13U)),13);
        bufp->chgCData(oldp+942,((0xffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [1U] >> 8U))),8);
        bufp->chgCData(oldp+943,((7U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0x14U))),3);
        bufp->chgCData(oldp+944,(((4U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x10U)) 
                                  | (3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0xcU)))),3);
        bufp->chgSData(oldp+945,((0x3fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr))),14);
        bufp->chgSData(oldp+946,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw),11);
        bufp->chgCData(oldp+947,((0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U])),4);
        bufp->chgCData(oldp+948,((0xfU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [1U] >> 4U))),4);
        bufp->chgSData(oldp+949,((0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U))),10);
        bufp->chgBit(oldp+950,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0xeU))));
        bufp->chgBit(oldp+951,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                                & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
        bufp->chgBit(oldp+952,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
        bufp->chgSData(oldp+953,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x10U)),16);
        bufp->chgCData(oldp+954,((0xffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 8U))),8);
        bufp->chgCData(oldp+955,((7U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 0xdU))),3);
        bufp->chgSData(oldp+956,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_byte_count),13);
        bufp->chgSData(oldp+957,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw),11);
        bufp->chgSData(oldp+958,((0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [2U] >> 0x10U))),16);
        bufp->chgBit(oldp+959,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid));
        bufp->chgSData(oldp+960,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                   ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                   : 0U)),11);
        bufp->chgQData(oldp+961,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
        bufp->chgIData(oldp+963,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
        bufp->chgWData(oldp+964,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr),128);
        bufp->chgSData(oldp+968,((0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                            >> 2U))),11);
        bufp->chgBit(oldp+969,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
        bufp->chgSData(oldp+970,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
        bufp->chgCData(oldp+971,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
        bufp->chgIData(oldp+972,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
        bufp->chgIData(oldp+973,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
        bufp->chgCData(oldp+974,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
        bufp->chgSData(oldp+975,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
        bufp->chgCData(oldp+976,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
        bufp->chgCData(oldp+977,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
        bufp->chgCData(oldp+978,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
        bufp->chgCData(oldp+979,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 5U))),3);
        bufp->chgCData(oldp+980,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 0xcU))),3);
        bufp->chgIData(oldp+981,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
        bufp->chgCData(oldp+982,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
        bufp->chgCData(oldp+983,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
        bufp->chgCData(oldp+984,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
        bufp->chgCData(oldp+985,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
        bufp->chgCData(oldp+986,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
        bufp->chgCData(oldp+987,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
        bufp->chgCData(oldp+988,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
        bufp->chgCData(oldp+989,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
        bufp->chgCData(oldp+990,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
        bufp->chgQData(oldp+991,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
        bufp->chgSData(oldp+993,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
        bufp->chgBit(oldp+994,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found));
        bufp->chgCData(oldp+995,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
        bufp->chgSData(oldp+996,((0x1fffU & ((IData)(0x1000U) 
                                             - (0xfffU 
                                                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
        bufp->chgSData(oldp+997,((0x1fffU & ((IData)(0x80U) 
                                             << ((5U 
                                                  < 
                                                  (7U 
                                                   & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                      >> 0xcU)))
                                                  ? 5U
                                                  : 
                                                 (7U 
                                                  & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
        bufp->chgSData(oldp+998,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
        bufp->chgBit(oldp+999,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
        bufp->chgBit(oldp+1000,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
        bufp->chgBit(oldp+1001,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
        bufp->chgSData(oldp+1002,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
        bufp->chgCData(oldp+1003,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
        bufp->chgCData(oldp+1004,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 8U))),5);
        bufp->chgBit(oldp+1005,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid));
        bufp->chgQData(oldp+1006,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
        bufp->chgSData(oldp+1008,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
        bufp->chgIData(oldp+1009,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
        bufp->chgIData(oldp+1010,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
        bufp->chgQData(oldp+1011,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
        bufp->chgSData(oldp+1013,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
        bufp->chgSData(oldp+1014,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
        bufp->chgSData(oldp+1015,((0x1fffU & ((IData)(0x80U) 
                                              << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)))),13);
        bufp->chgSData(oldp+1016,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
        bufp->chgSData(oldp+1017,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
        bufp->chgQData(oldp+1018,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
        bufp->chgSData(oldp+1020,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
        bufp->chgWData(oldp+1021,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q),448);
        bufp->chgIData(oldp+1035,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
        bufp->chgIData(oldp+1036,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
        bufp->chgIData(oldp+1037,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
        bufp->chgIData(oldp+1038,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
        bufp->chgIData(oldp+1039,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
        bufp->chgIData(oldp+1040,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
        bufp->chgIData(oldp+1041,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
        bufp->chgIData(oldp+1042,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
        bufp->chgIData(oldp+1043,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
        bufp->chgIData(oldp+1044,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
        bufp->chgIData(oldp+1045,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
        bufp->chgIData(oldp+1046,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
        bufp->chgIData(oldp+1047,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
        bufp->chgIData(oldp+1048,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
        bufp->chgIData(oldp+1049,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
        bufp->chgIData(oldp+1050,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
        bufp->chgIData(oldp+1051,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
        bufp->chgIData(oldp+1052,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
        bufp->chgIData(oldp+1053,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
        bufp->chgIData(oldp+1054,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
        bufp->chgIData(oldp+1055,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
        bufp->chgIData(oldp+1056,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
        bufp->chgIData(oldp+1057,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
        bufp->chgIData(oldp+1058,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
        bufp->chgCData(oldp+1059,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q),3);
        bufp->chgIData(oldp+1060,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
        bufp->chgCData(oldp+1061,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q),3);
        bufp->chgIData(oldp+1062,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
        bufp->chgIData(oldp+1063,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
        bufp->chgIData(oldp+1064,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
        bufp->chgIData(oldp+1065,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
        bufp->chgCData(oldp+1066,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
        bufp->chgBit(oldp+1067,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q));
        bufp->chgBit(oldp+1068,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q));
        bufp->chgBit(oldp+1069,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q));
        bufp->chgWData(oldp+1070,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q),256);
        bufp->chgCData(oldp+1078,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q),4);
        bufp->chgCData(oldp+1079,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1dU)),3);
        bufp->chgCData(oldp+1080,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [0U] >> 0x18U))),5);
        bufp->chgBit(oldp+1081,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0x1eU))));
        bufp->chgBit(oldp+1082,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0x1dU))));
        bufp->chgBit(oldp+1083,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U] >> 0xfU))));
        bufp->chgSData(oldp+1084,((0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                             + (1U 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0xfU))))),11);
        bufp->chgQData(oldp+1085,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr),64);
        bufp->chgSData(oldp+1087,((0x7ffU & ((IData)(0x20U) 
                                             << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)))),11);
        bufp->chgCData(oldp+1088,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws),3);
        bufp->chgCData(oldp+1089,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen),4);
        bufp->chgBit(oldp+1090,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen) 
                                 >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws))));
        bufp->chgBit(oldp+1091,((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q))));
        bufp->chgBit(oldp+1092,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take));
        bufp->chgBit(oldp+1093,(((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q))
                                  ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q)
                                  : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q))));
        bufp->chgBit(oldp+1094,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr));
        bufp->chgIData(oldp+1095,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
        bufp->chgIData(oldp+1096,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
        bufp->chgIData(oldp+1097,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
        bufp->chgIData(oldp+1098,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
        bufp->chgIData(oldp+1099,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
        bufp->chgIData(oldp+1100,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
        bufp->chgCData(oldp+1101,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q),3);
        bufp->chgCData(oldp+1102,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q),3);
        bufp->chgBit(oldp+1103,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q));
        bufp->chgSData(oldp+1104,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count),13);
        bufp->chgCData(oldp+1105,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr),7);
        bufp->chgBit(oldp+1106,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count) 
                                       >> 0xcU))));
        bufp->chgWData(oldp+1107,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
        bufp->chgBit(oldp+1111,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q));
        bufp->chgCData(oldp+1112,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
        bufp->chgSData(oldp+1113,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
        bufp->chgSData(oldp+1114,((0x7ffU & ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                  ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                                  : 0U)
                                              : ((1U 
                                                  == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? 1U
                                                  : 
                                                 ((2U 
                                                   == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                   >> 2U)
                                                   : 0U))))),11);
        bufp->chgCData(oldp+1115,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
        bufp->chgCData(oldp+1116,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[1]),2);
        bufp->chgCData(oldp+1117,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[2]),2);
        bufp->chgCData(oldp+1118,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[3]),2);
        bufp->chgCData(oldp+1119,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[4]),2);
        bufp->chgCData(oldp+1120,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[5]),2);
        bufp->chgCData(oldp+1121,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[6]),2);
        bufp->chgCData(oldp+1122,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[7]),2);
        bufp->chgWData(oldp+1123,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q),256);
        bufp->chgWData(oldp+1131,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),256);
        bufp->chgIData(oldp+1139,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),32);
        bufp->chgBit(oldp+1140,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q));
        bufp->chgBit(oldp+1141,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
        bufp->chgBit(oldp+1142,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q));
        bufp->chgBit(oldp+1143,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[2U] 
                     | vlSelf->__Vm_traceActivity[4U]))) {
        bufp->chgBit(oldp+1144,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) 
                                 & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                        | (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                    & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q))))));
        __Vtemp_hfaade75d__0[0U] = (IData)((((QData)((IData)(
                                                             (((0U 
                                                                == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                               | (1U 
                                                                  == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                               ? 
                                                              (0xfff8U 
                                                               & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                  [2U] 
                                                                  >> 0x10U))
                                                               : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                             << 0x30U) 
                                            | (((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q)) 
                                                << 0x2dU) 
                                               | (((QData)((IData)(
                                                                   (0xfffU 
                                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    (0xa000000U 
                                                                     | ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                           ? 2U
                                                                           : 0U) 
                                                                         << 0x1dU) 
                                                                        | ((0x700000U 
                                                                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                            [0U]) 
                                                                           | ((0x40000U 
                                                                               & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                               [0U]) 
                                                                              | ((0x3000U 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))));
        __Vtemp_hfaade75d__0[1U] = (IData)(((((QData)((IData)(
                                                              (((0U 
                                                                 == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                                | (1U 
                                                                   == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                                ? 
                                                               (0xfff8U 
                                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 0x10U))
                                                                : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                              << 0x30U) 
                                             | (((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q)) 
                                                 << 0x2dU) 
                                                | (((QData)((IData)(
                                                                    (0xfffU 
                                                                     & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     (0xa000000U 
                                                                      | ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                            ? 2U
                                                                            : 0U) 
                                                                          << 0x1dU) 
                                                                         | ((0x700000U 
                                                                             & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                             [0U]) 
                                                                            | ((0x40000U 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                               | ((0x3000U 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))) 
                                            >> 0x20U));
        __Vtemp_hf92d58aa__0[0U] = __Vtemp_hfaade75d__0[0U];
        __Vtemp_hf92d58aa__0[1U] = __Vtemp_hfaade75d__0[1U];
        __Vtemp_hf92d58aa__0[2U] = ((0xffffff00U & 
                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U]) | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr));
        bufp->chgWData(oldp+1145,(__Vtemp_hf92d58aa__0),96);
        bufp->chgSData(oldp+1148,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_capture_en)
                                    ? (0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 0x10U))
                                    : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
        bufp->chgSData(oldp+1149,((((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                    | (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                    ? (0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 0x10U))
                                    : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[2U] 
                     | vlSelf->__Vm_traceActivity[5U]))) {
        __Vtemp_hb0bcf461__0[0U] = 1U;
        __Vtemp_hb0bcf461__0[1U] = 0U;
        __Vtemp_hb0bcf461__0[2U] = 0U;
        __Vtemp_haa5796a6__0[0U] = (IData)(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_haa5796a6__0[1U] = (IData)((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_haa5796a6__0[2U] = 0U;
        VL_ADD_W(3, __Vtemp_hd42f694e__0, __Vtemp_hb0bcf461__0, __Vtemp_haa5796a6__0);
        __Vtemp_h0a3b04f3__0[0U] = __Vtemp_hd42f694e__0[0U];
        __Vtemp_h0a3b04f3__0[1U] = __Vtemp_hd42f694e__0[1U];
        __Vtemp_h0a3b04f3__0[2U] = (0x1ffffU & __Vtemp_hd42f694e__0[2U]);
        __Vtemp_h39f4b02e__0[0U] = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h39f4b02e__0[1U] = 0U;
        __Vtemp_h39f4b02e__0[2U] = 0U;
        VL_MUL_W(3, __Vtemp_h7a565872__0, __Vtemp_h0a3b04f3__0, __Vtemp_h39f4b02e__0);
        bufp->chgQData(oldp+1150,((0xffffffffffffULL 
                                   & (((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry)) 
                                       & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q
                                       [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry])
                                       ? (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 
                                          + (((QData)((IData)(
                                                              (0x1ffffU 
                                                               & __Vtemp_h7a565872__0[2U]))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               __Vtemp_h7a565872__0[1U]))))
                                       : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))),48);
        if ((4U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
            __Vtemp_haee9d52e__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[1U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[2U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[3U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[4U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[5U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o;
            __Vtemp_haee9d52e__0[6U] = (IData)((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                                                 << 0x20U) 
                                                | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))));
            __Vtemp_haee9d52e__0[7U] = (IData)(((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))) 
                                                >> 0x20U));
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) {
            __Vtemp_haee9d52e__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q;
            __Vtemp_haee9d52e__0[1U] = 0U;
            __Vtemp_haee9d52e__0[2U] = 0U;
            __Vtemp_haee9d52e__0[3U] = 0U;
            __Vtemp_haee9d52e__0[4U] = 0U;
            __Vtemp_haee9d52e__0[5U] = 0U;
            __Vtemp_haee9d52e__0[6U] = 0U;
            __Vtemp_haee9d52e__0[7U] = 0U;
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad) {
            __Vtemp_haee9d52e__0[0U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
            __Vtemp_haee9d52e__0[1U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
            __Vtemp_haee9d52e__0[2U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
            __Vtemp_haee9d52e__0[3U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
            __Vtemp_haee9d52e__0[4U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
            __Vtemp_haee9d52e__0[5U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
            __Vtemp_haee9d52e__0[6U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
            __Vtemp_haee9d52e__0[7U] = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
        } else {
            __Vtemp_haee9d52e__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
            __Vtemp_haee9d52e__0[1U] = 0U;
            __Vtemp_haee9d52e__0[2U] = 0U;
            __Vtemp_haee9d52e__0[3U] = 0U;
            __Vtemp_haee9d52e__0[4U] = 0U;
            __Vtemp_haee9d52e__0[5U] = 0U;
            __Vtemp_haee9d52e__0[6U] = 0U;
            __Vtemp_haee9d52e__0[7U] = 0U;
        }
        bufp->chgWData(oldp+1152,(__Vtemp_haee9d52e__0),256);
        bufp->chgBit(oldp+1160,(((4U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                 | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) 
                                    | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad) 
                                       | ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold)) 
                                          & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit)))))));
        __Vtemp_hb0bcf461__1[0U] = 1U;
        __Vtemp_hb0bcf461__1[1U] = 0U;
        __Vtemp_hb0bcf461__1[2U] = 0U;
        __Vtemp_haa5796a6__1[0U] = (IData)(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_haa5796a6__1[1U] = (IData)((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_haa5796a6__1[2U] = 0U;
        VL_ADD_W(3, __Vtemp_h2bf90068__0, __Vtemp_hb0bcf461__1, __Vtemp_haa5796a6__1);
        __Vtemp_h3174625b__0[0U] = __Vtemp_h2bf90068__0[0U];
        __Vtemp_h3174625b__0[1U] = __Vtemp_h2bf90068__0[1U];
        __Vtemp_h3174625b__0[2U] = (0x1ffffU & __Vtemp_h2bf90068__0[2U]);
        __Vtemp_h39f4b02e__1[0U] = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h39f4b02e__1[1U] = 0U;
        __Vtemp_h39f4b02e__1[2U] = 0U;
        VL_MUL_W(3, __Vtemp_h9c29feb0__0, __Vtemp_h3174625b__0, __Vtemp_h39f4b02e__1);
        bufp->chgQData(oldp+1161,((0xffffffffffffULL 
                                   & (((QData)((IData)(
                                                       (0x1ffffU 
                                                        & __Vtemp_h9c29feb0__0[2U]))) 
                                       << 0x20U) | (QData)((IData)(
                                                                   __Vtemp_h9c29feb0__0[1U]))))),48);
        __Vtemp_hb0bcf461__2[0U] = 1U;
        __Vtemp_hb0bcf461__2[1U] = 0U;
        __Vtemp_hb0bcf461__2[2U] = 0U;
        __Vtemp_haa5796a6__2[0U] = (IData)(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_haa5796a6__2[1U] = (IData)((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_haa5796a6__2[2U] = 0U;
        VL_ADD_W(3, __Vtemp_h10e80b64__0, __Vtemp_hb0bcf461__2, __Vtemp_haa5796a6__2);
        __Vtemp_h0033262b__0[0U] = __Vtemp_h10e80b64__0[0U];
        __Vtemp_h0033262b__0[1U] = __Vtemp_h10e80b64__0[1U];
        __Vtemp_h0033262b__0[2U] = (0x1ffffU & __Vtemp_h10e80b64__0[2U]);
        __Vtemp_h39f4b02e__2[0U] = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h39f4b02e__2[1U] = 0U;
        __Vtemp_h39f4b02e__2[2U] = 0U;
        VL_MUL_W(3, __Vtemp_hbeddeb7a__0, __Vtemp_h0033262b__0, __Vtemp_h39f4b02e__2);
        bufp->chgBit(oldp+1163,((1U & (__Vtemp_hbeddeb7a__0[2U] 
                                       >> 0x10U))));
        __Vtemp_hb0bcf461__3[0U] = 1U;
        __Vtemp_hb0bcf461__3[1U] = 0U;
        __Vtemp_hb0bcf461__3[2U] = 0U;
        __Vtemp_haa5796a6__3[0U] = (IData)(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                             > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                             ? (0xffffffffffffULL 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                   - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                             : 0ULL));
        __Vtemp_haa5796a6__3[1U] = (IData)((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                              > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                              ? (0xffffffffffffULL 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                              : 0ULL) 
                                            >> 0x20U));
        __Vtemp_haa5796a6__3[2U] = 0U;
        VL_ADD_W(3, __Vtemp_ha6c16b1c__0, __Vtemp_hb0bcf461__3, __Vtemp_haa5796a6__3);
        __Vtemp_h4107a06a__0[0U] = __Vtemp_ha6c16b1c__0[0U];
        __Vtemp_h4107a06a__0[1U] = __Vtemp_ha6c16b1c__0[1U];
        __Vtemp_h4107a06a__0[2U] = (0x1ffffU & __Vtemp_ha6c16b1c__0[2U]);
        __Vtemp_h39f4b02e__3[0U] = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                            >> 0x20U));
        __Vtemp_h39f4b02e__3[1U] = 0U;
        __Vtemp_h39f4b02e__3[2U] = 0U;
        VL_MUL_W(3, __Vtemp_he69f221d__0, __Vtemp_h4107a06a__0, __Vtemp_h39f4b02e__3);
        bufp->chgIData(oldp+1164,(__Vtemp_he69f221d__0[0U]),32);
        bufp->chgBit(oldp+1165,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                                 & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgBit(oldp+1166,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                                 & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgCData(oldp+1167,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                    ? 8U : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? 1U : 
                                            ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? ((8U 
                                                  < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                                  ? 8U
                                                  : 
                                                 (0xfU 
                                                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                              : 0U)))),5);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[3U])) {
        bufp->chgIData(oldp+1168,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                  [1U]),32);
        bufp->chgWData(oldp+1169,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[0]),320);
        bufp->chgWData(oldp+1179,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[1]),320);
        bufp->chgWData(oldp+1189,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[2]),320);
        bufp->chgWData(oldp+1199,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[3]),320);
        bufp->chgWData(oldp+1209,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[4]),320);
        bufp->chgWData(oldp+1219,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[5]),320);
        bufp->chgWData(oldp+1229,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[6]),320);
        bufp->chgWData(oldp+1239,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[7]),320);
        bufp->chgWData(oldp+1249,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[8]),320);
        bufp->chgWData(oldp+1259,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[9]),320);
        bufp->chgWData(oldp+1269,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[10]),320);
        bufp->chgWData(oldp+1279,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[11]),320);
        bufp->chgWData(oldp+1289,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[12]),320);
        bufp->chgWData(oldp+1299,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[13]),320);
        bufp->chgWData(oldp+1309,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[14]),320);
        bufp->chgWData(oldp+1319,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[15]),320);
        bufp->chgWData(oldp+1329,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[16]),320);
        bufp->chgWData(oldp+1339,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[17]),320);
        bufp->chgWData(oldp+1349,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[18]),320);
        bufp->chgWData(oldp+1359,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[19]),320);
        bufp->chgWData(oldp+1369,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[20]),320);
        bufp->chgWData(oldp+1379,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[21]),320);
        bufp->chgWData(oldp+1389,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[22]),320);
        bufp->chgWData(oldp+1399,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[23]),320);
        bufp->chgWData(oldp+1409,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[24]),320);
        bufp->chgWData(oldp+1419,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[25]),320);
        bufp->chgWData(oldp+1429,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[26]),320);
        bufp->chgWData(oldp+1439,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[27]),320);
        bufp->chgWData(oldp+1449,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[28]),320);
        bufp->chgWData(oldp+1459,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[29]),320);
        bufp->chgWData(oldp+1469,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[30]),320);
        bufp->chgWData(oldp+1479,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[31]),320);
        bufp->chgIData(oldp+1489,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[0]),32);
        bufp->chgIData(oldp+1490,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[1]),32);
        bufp->chgIData(oldp+1491,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[2]),32);
        bufp->chgIData(oldp+1492,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[3]),32);
        bufp->chgIData(oldp+1493,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[4]),32);
        bufp->chgIData(oldp+1494,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[5]),32);
        bufp->chgIData(oldp+1495,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[6]),32);
        bufp->chgIData(oldp+1496,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[7]),32);
        bufp->chgIData(oldp+1497,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[8]),32);
        bufp->chgIData(oldp+1498,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[9]),32);
        bufp->chgIData(oldp+1499,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[10]),32);
        bufp->chgIData(oldp+1500,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[11]),32);
        bufp->chgIData(oldp+1501,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[12]),32);
        bufp->chgIData(oldp+1502,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[13]),32);
        bufp->chgIData(oldp+1503,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[14]),32);
        bufp->chgIData(oldp+1504,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[15]),32);
        bufp->chgBit(oldp+1505,((8U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                        [0U]))));
        bufp->chgSData(oldp+1506,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                                  [0U]),16);
        bufp->chgSData(oldp+1507,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[0]),16);
        bufp->chgSData(oldp+1508,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[1]),16);
        bufp->chgSData(oldp+1509,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[2]),16);
        bufp->chgSData(oldp+1510,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[3]),16);
        bufp->chgIData(oldp+1511,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i),32);
        bufp->chgCData(oldp+1512,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[0]),5);
        bufp->chgCData(oldp+1513,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[1]),5);
        bufp->chgCData(oldp+1514,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[2]),5);
        bufp->chgCData(oldp+1515,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[3]),5);
        bufp->chgCData(oldp+1516,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[4]),5);
        bufp->chgCData(oldp+1517,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[5]),5);
        bufp->chgCData(oldp+1518,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[6]),5);
        bufp->chgCData(oldp+1519,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[7]),5);
        bufp->chgCData(oldp+1520,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[8]),5);
        bufp->chgCData(oldp+1521,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[9]),5);
        bufp->chgCData(oldp+1522,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[10]),5);
        bufp->chgCData(oldp+1523,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[11]),5);
        bufp->chgCData(oldp+1524,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[12]),5);
        bufp->chgCData(oldp+1525,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[13]),5);
        bufp->chgCData(oldp+1526,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[14]),5);
        bufp->chgCData(oldp+1527,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[15]),5);
        bufp->chgCData(oldp+1528,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[16]),5);
        bufp->chgIData(oldp+1529,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l),32);
        bufp->chgCData(oldp+1530,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
        bufp->chgCData(oldp+1531,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
        bufp->chgCData(oldp+1532,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
        bufp->chgCData(oldp+1533,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
        bufp->chgCData(oldp+1534,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
        bufp->chgCData(oldp+1535,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
        bufp->chgCData(oldp+1536,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
        bufp->chgCData(oldp+1537,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
        bufp->chgCData(oldp+1538,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
        bufp->chgCData(oldp+1539,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
        bufp->chgCData(oldp+1540,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
        bufp->chgCData(oldp+1541,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
        bufp->chgCData(oldp+1542,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
        bufp->chgCData(oldp+1543,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
        bufp->chgCData(oldp+1544,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
        bufp->chgCData(oldp+1545,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
        bufp->chgCData(oldp+1546,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
        bufp->chgCData(oldp+1547,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
        bufp->chgCData(oldp+1548,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
        bufp->chgCData(oldp+1549,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
        bufp->chgCData(oldp+1550,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
        bufp->chgCData(oldp+1551,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
        bufp->chgCData(oldp+1552,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
        bufp->chgCData(oldp+1553,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
        bufp->chgCData(oldp+1554,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
        bufp->chgCData(oldp+1555,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
        bufp->chgCData(oldp+1556,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
        bufp->chgCData(oldp+1557,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
        bufp->chgCData(oldp+1558,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
        bufp->chgCData(oldp+1559,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
        bufp->chgCData(oldp+1560,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
        bufp->chgCData(oldp+1561,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
        bufp->chgSData(oldp+1562,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
        bufp->chgSData(oldp+1563,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
        bufp->chgSData(oldp+1564,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
        bufp->chgSData(oldp+1565,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
        bufp->chgSData(oldp+1566,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
        bufp->chgSData(oldp+1567,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
        bufp->chgSData(oldp+1568,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
        bufp->chgSData(oldp+1569,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
        bufp->chgSData(oldp+1570,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
        bufp->chgSData(oldp+1571,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
        bufp->chgSData(oldp+1572,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
        bufp->chgSData(oldp+1573,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
        bufp->chgSData(oldp+1574,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
        bufp->chgSData(oldp+1575,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
        bufp->chgSData(oldp+1576,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
        bufp->chgSData(oldp+1577,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
        bufp->chgSData(oldp+1578,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
        bufp->chgSData(oldp+1579,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
        bufp->chgSData(oldp+1580,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
        bufp->chgSData(oldp+1581,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
        bufp->chgSData(oldp+1582,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
        bufp->chgSData(oldp+1583,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
        bufp->chgSData(oldp+1584,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
        bufp->chgSData(oldp+1585,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
        bufp->chgSData(oldp+1586,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
        bufp->chgSData(oldp+1587,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
        bufp->chgSData(oldp+1588,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
        bufp->chgSData(oldp+1589,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
        bufp->chgSData(oldp+1590,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
        bufp->chgSData(oldp+1591,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
        bufp->chgSData(oldp+1592,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
        bufp->chgSData(oldp+1593,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
        bufp->chgSData(oldp+1594,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
        bufp->chgSData(oldp+1595,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
        bufp->chgSData(oldp+1596,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
        bufp->chgSData(oldp+1597,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
        bufp->chgSData(oldp+1598,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
        bufp->chgSData(oldp+1599,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
        bufp->chgSData(oldp+1600,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
        bufp->chgSData(oldp+1601,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
        bufp->chgSData(oldp+1602,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
        bufp->chgSData(oldp+1603,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
        bufp->chgSData(oldp+1604,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
        bufp->chgSData(oldp+1605,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
        bufp->chgSData(oldp+1606,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
        bufp->chgSData(oldp+1607,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
        bufp->chgSData(oldp+1608,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
        bufp->chgSData(oldp+1609,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
        bufp->chgSData(oldp+1610,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
        bufp->chgSData(oldp+1611,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
        bufp->chgSData(oldp+1612,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
        bufp->chgSData(oldp+1613,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
        bufp->chgSData(oldp+1614,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
        bufp->chgSData(oldp+1615,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
        bufp->chgSData(oldp+1616,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
        bufp->chgSData(oldp+1617,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
        bufp->chgSData(oldp+1618,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
        bufp->chgSData(oldp+1619,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
        bufp->chgSData(oldp+1620,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
        bufp->chgSData(oldp+1621,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
        bufp->chgSData(oldp+1622,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
        bufp->chgSData(oldp+1623,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
        bufp->chgSData(oldp+1624,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
        bufp->chgSData(oldp+1625,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
        bufp->chgSData(oldp+1626,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
        bufp->chgSData(oldp+1627,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
        bufp->chgSData(oldp+1628,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
        bufp->chgSData(oldp+1629,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
        bufp->chgSData(oldp+1630,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
        bufp->chgSData(oldp+1631,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
        bufp->chgSData(oldp+1632,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
        bufp->chgSData(oldp+1633,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
        bufp->chgSData(oldp+1634,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
        bufp->chgSData(oldp+1635,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
        bufp->chgSData(oldp+1636,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
        bufp->chgSData(oldp+1637,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
        bufp->chgSData(oldp+1638,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
        bufp->chgSData(oldp+1639,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
        bufp->chgSData(oldp+1640,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
        bufp->chgSData(oldp+1641,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
        bufp->chgSData(oldp+1642,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
        bufp->chgSData(oldp+1643,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
        bufp->chgSData(oldp+1644,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
        bufp->chgSData(oldp+1645,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
        bufp->chgSData(oldp+1646,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
        bufp->chgSData(oldp+1647,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
        bufp->chgSData(oldp+1648,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
        bufp->chgSData(oldp+1649,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
        bufp->chgSData(oldp+1650,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
        bufp->chgSData(oldp+1651,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
        bufp->chgSData(oldp+1652,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
        bufp->chgSData(oldp+1653,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
        bufp->chgSData(oldp+1654,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
        bufp->chgSData(oldp+1655,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
        bufp->chgSData(oldp+1656,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
        bufp->chgSData(oldp+1657,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
        bufp->chgSData(oldp+1658,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
        bufp->chgSData(oldp+1659,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
        bufp->chgSData(oldp+1660,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
        bufp->chgSData(oldp+1661,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
        bufp->chgSData(oldp+1662,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
        bufp->chgSData(oldp+1663,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
        bufp->chgSData(oldp+1664,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
        bufp->chgSData(oldp+1665,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
        bufp->chgSData(oldp+1666,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
        bufp->chgSData(oldp+1667,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
        bufp->chgSData(oldp+1668,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
        bufp->chgSData(oldp+1669,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
        bufp->chgSData(oldp+1670,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
        bufp->chgSData(oldp+1671,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
        bufp->chgSData(oldp+1672,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
        bufp->chgSData(oldp+1673,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
        bufp->chgSData(oldp+1674,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
        bufp->chgSData(oldp+1675,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
        bufp->chgSData(oldp+1676,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
        bufp->chgSData(oldp+1677,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
        bufp->chgSData(oldp+1678,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
        bufp->chgSData(oldp+1679,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
        bufp->chgSData(oldp+1680,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
        bufp->chgSData(oldp+1681,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
        bufp->chgSData(oldp+1682,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
        bufp->chgSData(oldp+1683,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
        bufp->chgSData(oldp+1684,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
        bufp->chgSData(oldp+1685,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
        bufp->chgSData(oldp+1686,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
        bufp->chgSData(oldp+1687,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
        bufp->chgSData(oldp+1688,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
        bufp->chgSData(oldp+1689,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
        bufp->chgIData(oldp+1690,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
        bufp->chgIData(oldp+1691,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
        bufp->chgIData(oldp+1692,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
        bufp->chgIData(oldp+1693,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
        bufp->chgIData(oldp+1694,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
        bufp->chgIData(oldp+1695,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
        bufp->chgIData(oldp+1696,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
        bufp->chgIData(oldp+1697,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
        bufp->chgIData(oldp+1698,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
        bufp->chgIData(oldp+1699,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
        bufp->chgIData(oldp+1700,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
        bufp->chgIData(oldp+1701,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
        bufp->chgIData(oldp+1702,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
        bufp->chgIData(oldp+1703,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
        bufp->chgIData(oldp+1704,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
        bufp->chgIData(oldp+1705,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
        bufp->chgIData(oldp+1706,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
        bufp->chgIData(oldp+1707,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
        bufp->chgIData(oldp+1708,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
        bufp->chgIData(oldp+1709,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
        bufp->chgIData(oldp+1710,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
        bufp->chgIData(oldp+1711,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
        bufp->chgIData(oldp+1712,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
        bufp->chgIData(oldp+1713,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
        bufp->chgIData(oldp+1714,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
        bufp->chgIData(oldp+1715,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
        bufp->chgIData(oldp+1716,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
        bufp->chgIData(oldp+1717,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
        bufp->chgIData(oldp+1718,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
        bufp->chgIData(oldp+1719,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
        bufp->chgIData(oldp+1720,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
        bufp->chgIData(oldp+1721,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
        bufp->chgIData(oldp+1722,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[4U])) {
        bufp->chgBit(oldp+1723,(vlSelf->cosim_top__DOT__u_dut__DOT__reg_req));
        bufp->chgBit(oldp+1724,((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))));
        bufp->chgSData(oldp+1725,((0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))),13);
        bufp->chgCData(oldp+1726,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be),4);
        bufp->chgBit(oldp+1727,((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))));
        bufp->chgBit(oldp+1728,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))));
        bufp->chgBit(oldp+1729,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_valid));
        bufp->chgBit(oldp+1730,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found));
        bufp->chgBit(oldp+1731,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_done_err));
        bufp->chgQData(oldp+1732,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_req_addr),64);
        bufp->chgSData(oldp+1734,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_dw),10);
        bufp->chgWData(oldp+1735,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws),256);
        bufp->chgCData(oldp+1743,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_dw_count),4);
        bufp->chgCData(oldp+1744,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
        bufp->chgBit(oldp+1745,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid));
        bufp->chgBit(oldp+1746,((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
        bufp->chgBit(oldp+1747,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_done));
        bufp->chgSData(oldp+1748,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len),13);
        bufp->chgCData(oldp+1749,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),4);
        bufp->chgQData(oldp+1750,(vlSelf->cosim_top__DOT__u_dut__DOT__ep_wake),48);
        bufp->chgBit(oldp+1752,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                       >> 2U))));
        bufp->chgBit(oldp+1753,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                       >> 1U))));
        bufp->chgBit(oldp+1754,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset));
        bufp->chgBit(oldp+1755,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle));
        bufp->chgBit(oldp+1756,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__lat_draw));
        bufp->chgCData(oldp+1757,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q),2);
        bufp->chgCData(oldp+1758,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d),2);
        bufp->chgSData(oldp+1759,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d),12);
        bufp->chgCData(oldp+1760,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q),5);
        bufp->chgCData(oldp+1761,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d),5);
        bufp->chgBit(oldp+1762,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal));
        bufp->chgBit(oldp+1763,((1U & VL_REDXOR_32(
                                                   (0x3fU 
                                                    & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_dw) 
                                                       >> 4U))))));
        bufp->chgBit(oldp+1764,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire));
        bufp->chgBit(oldp+1765,((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q))));
        bufp->chgBit(oldp+1766,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted));
        bufp->chgSData(oldp+1767,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),11);
        bufp->chgBit(oldp+1768,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i));
        bufp->chgBit(oldp+1769,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i));
        bufp->chgCData(oldp+1770,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q),3);
        bufp->chgBit(oldp+1771,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d));
        bufp->chgSData(oldp+1772,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q),11);
        bufp->chgIData(oldp+1773,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q),32);
        bufp->chgQData(oldp+1774,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q),48);
        bufp->chgCData(oldp+1776,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q),7);
        bufp->chgBit(oldp+1777,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok));
        bufp->chgIData(oldp+1778,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d),32);
        bufp->chgIData(oldp+1779,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask),32);
        bufp->chgBit(oldp+1780,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__reg_req) 
                                 & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))));
        bufp->chgBit(oldp+1781,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__read));
        bufp->chgBit(oldp+1782,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                       >> 1U))));
        bufp->chgBit(oldp+1783,((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
        bufp->chgBit(oldp+1784,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_malformed));
        bufp->chgBit(oldp+1785,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur));
        bufp->chgBit(oldp+1786,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned));
        bufp->chgBit(oldp+1787,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned_cpl));
        bufp->chgBit(oldp+1788,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
        bufp->chgBit(oldp+1789,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_sent_ca));
        bufp->chgBit(oldp+1790,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur));
        bufp->chgBit(oldp+1791,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca));
        bufp->chgCData(oldp+1792,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q),3);
        bufp->chgCData(oldp+1793,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q),4);
        bufp->chgBit(oldp+1794,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start));
        bufp->chgBit(oldp+1795,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end));
        bufp->chgBit(oldp+1796,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_ok));
        bufp->chgBit(oldp+1797,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle));
        bufp->chgBit(oldp+1798,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                                 | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))));
        bufp->chgSData(oldp+1799,((0x3ffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
        bufp->chgIData(oldp+1800,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_rd_data),32);
        bufp->chgBit(oldp+1801,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_wr_en));
        bufp->chgBit(oldp+1802,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_capture_en));
        bufp->chgBit(oldp+1803,((3U == (3U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                              >> 0xcU)))));
        bufp->chgBit(oldp+1804,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_we));
        bufp->chgSData(oldp+1805,((0x3ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                             >> 2U))),10);
        bufp->chgIData(oldp+1806,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_rdata),32);
        bufp->chgCData(oldp+1807,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_idx),4);
        bufp->chgBit(oldp+1808,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q));
        bufp->chgBit(oldp+1809,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
        bufp->chgWData(oldp+1810,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mrd_hdr),128);
        bufp->chgBit(oldp+1814,((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
        bufp->chgBit(oldp+1815,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more));
        bufp->chgCData(oldp+1816,((0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws))),4);
        bufp->chgBit(oldp+1817,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word));
        bufp->chgSData(oldp+1818,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
        bufp->chgCData(oldp+1819,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
        bufp->chgCData(oldp+1820,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
        bufp->chgCData(oldp+1821,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
        bufp->chgBit(oldp+1822,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
        bufp->chgCData(oldp+1823,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
        bufp->chgCData(oldp+1824,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
        bufp->chgSData(oldp+1825,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
        bufp->chgCData(oldp+1826,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
        bufp->chgSData(oldp+1827,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
        bufp->chgBit(oldp+1828,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
        bufp->chgBit(oldp+1829,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
        bufp->chgBit(oldp+1830,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
        bufp->chgCData(oldp+1831,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
        bufp->chgCData(oldp+1832,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
        bufp->chgSData(oldp+1833,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
        bufp->chgSData(oldp+1834,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
        bufp->chgCData(oldp+1835,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
        bufp->chgCData(oldp+1836,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
        bufp->chgSData(oldp+1837,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
        bufp->chgCData(oldp+1838,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q),5);
        bufp->chgBit(oldp+1839,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush));
        bufp->chgBit(oldp+1840,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[0]));
        bufp->chgBit(oldp+1841,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[1]));
        bufp->chgBit(oldp+1842,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[2]));
        bufp->chgBit(oldp+1843,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[3]));
        bufp->chgBit(oldp+1844,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[4]));
        bufp->chgBit(oldp+1845,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[5]));
        bufp->chgBit(oldp+1846,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[6]));
        bufp->chgBit(oldp+1847,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[7]));
        bufp->chgCData(oldp+1848,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),8);
        bufp->chgCData(oldp+1849,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 4U))),3);
        bufp->chgBit(oldp+1850,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid));
        bufp->chgIData(oldp+1851,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),32);
        bufp->chgBit(oldp+1852,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found));
        bufp->chgCData(oldp+1853,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec),3);
        bufp->chgBit(oldp+1854,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable));
        bufp->chgIData(oldp+1855,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
        bufp->chgCData(oldp+1856,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d),3);
        bufp->chgCData(oldp+1857,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
        bufp->chgBit(oldp+1858,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d));
        bufp->chgSData(oldp+1859,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
        bufp->chgSData(oldp+1860,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
        bufp->chgCData(oldp+1861,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q),3);
        bufp->chgCData(oldp+1862,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d),3);
        bufp->chgCData(oldp+1863,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d),3);
        bufp->chgBit(oldp+1864,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d));
        bufp->chgBit(oldp+1865,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d));
        bufp->chgWData(oldp+1866,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d),256);
        bufp->chgCData(oldp+1874,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d),4);
        bufp->chgCData(oldp+1875,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count),4);
        bufp->chgBit(oldp+1876,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid));
        bufp->chgSData(oldp+1877,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
        bufp->chgBit(oldp+1878,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit));
        bufp->chgCData(oldp+1879,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action),3);
        bufp->chgCData(oldp+1880,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind),3);
        bufp->chgBit(oldp+1881,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur));
        bufp->chgSData(oldp+1882,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left),11);
        bufp->chgCData(oldp+1883,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_d),3);
        bufp->chgBit(oldp+1884,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d));
        bufp->chgBit(oldp+1885,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we));
        bufp->chgIData(oldp+1886,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval),32);
        bufp->chgSData(oldp+1887,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset),14);
        bufp->chgBit(oldp+1888,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw));
        bufp->chgCData(oldp+1889,((3U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 0xcU))),2);
        bufp->chgCData(oldp+1890,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
        bufp->chgWData(oldp+1891,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
        bufp->chgCData(oldp+1895,(((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                    ? 4U : 3U)),3);
        bufp->chgSData(oldp+1896,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
        bufp->chgSData(oldp+1897,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
        bufp->chgSData(oldp+1898,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                    ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                    : 0U)),12);
        bufp->chgCData(oldp+1899,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
        bufp->chgSData(oldp+1900,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
        bufp->chgSData(oldp+1901,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                    ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                    : 0U)),12);
        bufp->chgBit(oldp+1902,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                                 & VL_REDXOR_32((0xffU 
                                                 & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                    >> 4U))))));
        bufp->chgIData(oldp+1903,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q),32);
        bufp->chgCData(oldp+1904,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),8);
        bufp->chgQData(oldp+1905,((0x1ffffffffULL & 
                                   (1ULL + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q))))),33);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[5U])) {
        bufp->chgIData(oldp+1907,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw),32);
        bufp->chgBit(oldp+1908,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid));
        bufp->chgBit(oldp+1909,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready));
        bufp->chgQData(oldp+1910,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_addr),64);
        bufp->chgWData(oldp+1912,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d),256);
        bufp->chgIData(oldp+1920,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid),32);
        bufp->chgBit(oldp+1921,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_active));
        bufp->chgBit(oldp+1922,((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x31U)))));
        bufp->chgBit(oldp+1923,((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x30U)))));
        bufp->chgBit(oldp+1924,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_fail));
        bufp->chgQData(oldp+1925,((0xffffffffffffULL 
                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)),48);
        bufp->chgCData(oldp+1927,((7U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                 >> 0x33U)))),3);
        bufp->chgIData(oldp+1928,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d),32);
        bufp->chgIData(oldp+1929,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d),32);
        bufp->chgIData(oldp+1930,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d),32);
        bufp->chgBit(oldp+1931,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost));
        bufp->chgIData(oldp+1932,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]),32);
        bufp->chgBit(oldp+1933,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found));
        bufp->chgBit(oldp+1934,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit));
        bufp->chgBit(oldp+1935,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply));
        bufp->chgCData(oldp+1936,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target),5);
        bufp->chgCData(oldp+1937,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held),6);
        bufp->chgWData(oldp+1938,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i),320);
        bufp->chgCData(oldp+1948,((0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)),8);
        bufp->chgSData(oldp+1949,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1950,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid),32);
        bufp->chgIData(oldp+1951,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10),32);
        bufp->chgIData(oldp+1952,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11),32);
        bufp->chgIData(oldp+1953,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12),32);
        bufp->chgIData(oldp+1954,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13),32);
        bufp->chgQData(oldp+1955,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1),64);
        bufp->chgQData(oldp+1957,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2),64);
        bufp->chgIData(oldp+1959,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0),32);
        bufp->chgBit(oldp+1960,((1U & VL_REDXOR_32(
                                                   (0xfU 
                                                    & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                       >> 0xaU))))));
        bufp->chgCData(oldp+1961,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src),3);
        bufp->chgSData(oldp+1962,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status),15);
        bufp->chgIData(oldp+1963,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result),32);
        bufp->chgSData(oldp+1964,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes),13);
        bufp->chgSData(oldp+1965,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw),10);
        bufp->chgBit(oldp+1966,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold));
        bufp->chgIData(oldp+1967,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value),32);
        bufp->chgBit(oldp+1968,(((2U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                 & ((~ ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                         >> 0xfU) | 
                                        (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                                    & (4U == (0xffU 
                                              & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))));
        bufp->chgBit(oldp+1969,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use));
        bufp->chgBit(oldp+1970,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported));
        bufp->chgIData(oldp+1971,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current),32);
        bufp->chgIData(oldp+1972,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default),32);
        bufp->chgBit(oldp+1973,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects));
        bufp->chgIData(oldp+1974,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw),32);
        __Vtemp_he3925090__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[1U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[2U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[3U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[4U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[5U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o;
        __Vtemp_he3925090__0[6U] = (IData)((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))));
        __Vtemp_he3925090__0[7U] = (IData)(((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1975,(__Vtemp_he3925090__0),256);
        bufp->chgBit(oldp+1983,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit));
        bufp->chgSData(oldp+1984,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__post_cid),16);
        bufp->chgWData(oldp+1985,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws),256);
        bufp->chgWData(oldp+1993,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws),256);
        bufp->chgBit(oldp+2001,(((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready)) 
                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid))));
        bufp->chgBit(oldp+2002,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken));
        bufp->chgIData(oldp+2003,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgQData(oldp+2004,((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid)))),64);
        __Vtemp_h5ee54475__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
        __Vtemp_h5ee54475__0[1U] = 0U;
        __Vtemp_h5ee54475__0[2U] = 1U;
        __Vtemp_h5ee54475__0[3U] = 0x4e564353U;
        bufp->chgWData(oldp+2006,(__Vtemp_h5ee54475__0),128);
        __Vtemp_h572a19e3__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
        __Vtemp_h572a19e3__0[1U] = 0x80000000U;
        __Vtemp_h572a19e3__0[2U] = 0x636f4000U;
        __Vtemp_h572a19e3__0[3U] = 0x6e766d65U;
        bufp->chgWData(oldp+2010,(__Vtemp_h572a19e3__0),128);
        bufp->chgQData(oldp+2014,(((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                  >> 0x31U)))
                                    ? 0ULL : (0xffffffffffffULL 
                                              & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))),64);
        bufp->chgQData(oldp+2016,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap),64);
        bufp->chgCData(oldp+2018,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas),8);
        bufp->chgBit(oldp+2019,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie));
        bufp->chgCData(oldp+2020,(((2U == (7U & (IData)(
                                                        (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                         >> 0x33U))))
                                    ? 8U : 0x11U)),8);
        bufp->chgIData(oldp+2021,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2022,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2023,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2024,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2025,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2026,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgIData(oldp+2027,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o),32);
        bufp->chgBit(oldp+2028,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i));
        bufp->chgCData(oldp+2029,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d),3);
        bufp->chgCData(oldp+2030,((3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                         >> 8U))),2);
        bufp->chgCData(oldp+2031,((3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                         >> 0xeU))),2);
        bufp->chgSData(oldp+2032,((0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))),12);
        bufp->chgSData(oldp+2033,((0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2))),12);
        bufp->chgSData(oldp+2034,((0xffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),16);
        bufp->chgSData(oldp+2035,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   >> 0x10U)),16);
        bufp->chgCData(oldp+2036,((0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),8);
        bufp->chgIData(oldp+2037,(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                    << 0x10U) | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                 >> 0x10U))),32);
        bufp->chgQData(oldp+2038,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset),64);
        bufp->chgSData(oldp+2040,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size),13);
        bufp->chgBit(oldp+2041,((9U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))));
        bufp->chgBit(oldp+2042,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range));
        bufp->chgIData(oldp+2043,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted),32);
        bufp->chgBit(oldp+2044,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
                                 & (9U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))));
        bufp->chgIData(oldp+2045,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d),32);
        bufp->chgIData(oldp+2046,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d),32);
        bufp->chgIData(oldp+2047,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d),32);
        bufp->chgIData(oldp+2048,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d),32);
        bufp->chgSData(oldp+2049,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d),16);
        bufp->chgSData(oldp+2050,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d),16);
        bufp->chgIData(oldp+2051,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d),32);
        bufp->chgIData(oldp+2052,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d),32);
        bufp->chgIData(oldp+2053,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d),32);
        bufp->chgCData(oldp+2054,((0x1fU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),5);
        bufp->chgCData(oldp+2055,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                            >> 0x10U))),5);
        bufp->chgSData(oldp+2056,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d),16);
        bufp->chgSData(oldp+2057,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d),16);
        bufp->chgCData(oldp+2058,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry),5);
        bufp->chgQData(oldp+2059,(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                    > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                    ? (0xffffffffffffULL 
                                       & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                          - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                    : 0ULL)),48);
        bufp->chgBit(oldp+2061,(((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid) 
                                 & (0x2000U >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid))));
        bufp->chgSData(oldp+2062,((0x3fffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid)),14);
        bufp->chgQData(oldp+2063,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry),54);
        bufp->chgIData(oldp+2065,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc),32);
        bufp->chgWData(oldp+2066,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws),256);
        bufp->chgBit(oldp+2074,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done));
        bufp->chgBit(oldp+2075,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done));
        bufp->chgWData(oldp+2076,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws),256);
        bufp->chgCData(oldp+2084,(((8U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                    ? 8U : (0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))),4);
        bufp->chgCData(oldp+2085,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take),4);
        bufp->chgWData(oldp+2086,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw),256);
        bufp->chgSData(oldp+2094,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
        bufp->chgBit(oldp+2095,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
        bufp->chgBit(oldp+2096,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d));
        bufp->chgQData(oldp+2097,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
        bufp->chgSData(oldp+2099,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
        bufp->chgSData(oldp+2100,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
        bufp->chgCData(oldp+2101,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
        bufp->chgSData(oldp+2102,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
        bufp->chgBit(oldp+2103,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc));
        bufp->chgBit(oldp+2104,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
        bufp->chgSData(oldp+2105,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
        bufp->chgSData(oldp+2106,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
        bufp->chgCData(oldp+2107,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
        bufp->chgQData(oldp+2108,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
        bufp->chgSData(oldp+2110,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
        bufp->chgSData(oldp+2111,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
        bufp->chgSData(oldp+2112,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
        bufp->chgBit(oldp+2113,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d));
        bufp->chgBit(oldp+2114,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad));
        bufp->chgWData(oldp+2115,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d),448);
        bufp->chgCData(oldp+2129,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d),5);
        bufp->chgCData(oldp+2130,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take),5);
        bufp->chgCData(oldp+2131,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total),5);
        bufp->chgBit(oldp+2132,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
        bufp->chgWData(oldp+2133,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined),704);
        bufp->chgBit(oldp+2155,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d));
        bufp->chgCData(oldp+2156,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d),3);
        bufp->chgQData(oldp+2157,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
        bufp->chgIData(oldp+2159,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
        bufp->chgCData(oldp+2160,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d),3);
        bufp->chgCData(oldp+2161,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d),4);
        bufp->chgBit(oldp+2162,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance));
        bufp->chgBit(oldp+2163,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d));
        bufp->chgSData(oldp+2164,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
        bufp->chgWData(oldp+2165,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws),256);
        bufp->chgBit(oldp+2173,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        bufp->chgBit(oldp+2174,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done));
    }
    bufp->chgBit(oldp+2175,(vlSelf->rst_ni));
    bufp->chgWData(oldp+2176,(vlSelf->rx_tlp_data_i),256);
    bufp->chgIData(oldp+2184,(vlSelf->rx_tlp_keep_i),32);
    bufp->chgBit(oldp+2185,(vlSelf->rx_tlp_last_i));
    bufp->chgBit(oldp+2186,(vlSelf->rx_tlp_valid_i));
    bufp->chgBit(oldp+2187,(vlSelf->rx_tlp_ready_o));
    bufp->chgWData(oldp+2188,(vlSelf->tx_tlp_data_o),256);
    bufp->chgIData(oldp+2196,(vlSelf->tx_tlp_keep_o),32);
    bufp->chgBit(oldp+2197,(vlSelf->tx_tlp_last_o));
    bufp->chgBit(oldp+2198,(vlSelf->tx_tlp_valid_o));
    bufp->chgBit(oldp+2199,(vlSelf->tx_tlp_ready_i));
    bufp->chgBit(oldp+2200,(vlSelf->sim_req_i));
    bufp->chgBit(oldp+2201,(vlSelf->sim_we_i));
    bufp->chgSData(oldp+2202,(vlSelf->sim_addr_i),16);
    bufp->chgIData(oldp+2203,(vlSelf->sim_wdata_i),32);
    bufp->chgIData(oldp+2204,(vlSelf->sim_rdata_o),32);
    bufp->chgBit(oldp+2205,(vlSelf->sim_idle_o));
    bufp->chgQData(oldp+2206,(vlSelf->sim_wake_o),48);
    bufp->chgSData(oldp+2208,(vlSelf->host_admin_inflight_i),16);
    bufp->chgSData(oldp+2209,(vlSelf->host_identify_inflight_i),16);
    bufp->chgCData(oldp+2210,(vlSelf->host_scan_phase_i),8);
    bufp->chgIData(oldp+2211,(vlSelf->host_registering_nsid_i),32);
    bufp->chgIData(oldp+2212,(vlSelf->host_registered_i),32);
    bufp->chgIData(oldp+2213,(vlSelf->host_interrupts_i),32);
    bufp->chgSData(oldp+2214,(vlSelf->host_resets_i),16);
    bufp->chgBit(oldp+2215,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
                             & ((IData)(vlSelf->sim_we_i) 
                                & (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))))));
    bufp->chgIData(oldp+2216,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata 
                                  | ((0x600U == (IData)(vlSelf->sim_addr_i))
                                      ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q
                                      : ((0x604U == (IData)(vlSelf->sim_addr_i))
                                          ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q)
                                          : ((0x608U 
                                              == (IData)(vlSelf->sim_addr_i))
                                              ? (0xffffU 
                                                 & (IData)(
                                                           (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q 
                                                            >> 0x20U)))
                                              : ((0x60cU 
                                                  == (IData)(vlSelf->sim_addr_i))
                                                  ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q)
                                                  : 
                                                 ((0x618U 
                                                   == (IData)(vlSelf->sim_addr_i))
                                                   ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q)
                                                   : 0U)))))))),32);
    bufp->chgCData(oldp+2217,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                              [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]),3);
    bufp->chgBit(oldp+2218,((((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                              & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                             & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q)) 
                                & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)) 
                                   & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid)) 
                                      & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                                             | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))) 
                                         & ((2U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)) 
                                            & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)) 
                                               & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                                                  & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                                                      | ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                                         & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                                            & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                                               & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start)) 
                                                                  & ((vlSelf->time_i 
                                                                      < vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                                                     & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                                        == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)))))))) 
                                                     & (0U 
                                                        == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))))))))))));
    bufp->chgBit(oldp+2219,((1U & (((VL_REDXOR_4(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id) 
                                     ^ VL_REDXOR_4(
                                                   (6U 
                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q)))) 
                                    ^ VL_REDXOR_32(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q)) 
                                   ^ VL_REDXOR_32(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                                                  [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q])))));
    bufp->chgBit(oldp+2220,(((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                > vlSelf->time_i))));
    bufp->chgBit(oldp+2221,(((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost))));
    bufp->chgIData(oldp+2222,(((0x600U == (IData)(vlSelf->sim_addr_i))
                                ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q
                                : ((0x604U == (IData)(vlSelf->sim_addr_i))
                                    ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q)
                                    : ((0x608U == (IData)(vlSelf->sim_addr_i))
                                        ? (0xffffU 
                                           & (IData)(
                                                     (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q 
                                                      >> 0x20U)))
                                        : ((0x60cU 
                                            == (IData)(vlSelf->sim_addr_i))
                                            ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q)
                                            : ((0x618U 
                                                == (IData)(vlSelf->sim_addr_i))
                                                ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q)
                                                : 0U)))))),32);
    bufp->chgBit(oldp+2223,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                                    & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                                       | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
                                & (((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                                        & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                            != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                                           & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                                    & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                                   | (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))))));
    bufp->chgBit(oldp+2224,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                             | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal))));
    bufp->chgBit(oldp+2225,(((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
                             & (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
                                | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))));
    bufp->chgBit(oldp+2226,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) 
                             & (0x610U == (IData)(vlSelf->sim_addr_i)))));
    bufp->chgBit(oldp+2227,((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                              | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
                             | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject))));
    bufp->chgCData(oldp+2228,((0xffU & (IData)(vlSelf->sim_addr_i))),8);
    bufp->chgBit(oldp+2229,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                             | ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                   & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                      & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start)) 
                                         & ((vlSelf->time_i 
                                             < vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                            & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                               == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->chgBit(oldp+2230,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                             & (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                  ? 8U : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                           ? 1U : (
                                                   (2U 
                                                    == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                    ? 
                                                   ((8U 
                                                     < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                                     ? 8U
                                                     : 
                                                    (0xfU 
                                                     & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                    : 0U))) 
                                >= ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                     ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                     : 0U)))));
    bufp->chgCData(oldp+2231,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid)
                                ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                                : 0U)),5);
    bufp->chgBit(oldp+2232,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                            [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->chgBit(oldp+2233,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err) 
                             | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca) 
                                | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->chgBit(oldp+2234,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
                             & (IData)(vlSelf->sim_we_i))));
}

void Vcosim_top___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_cleanup\n"); );
    // Init
    Vcosim_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vcosim_top___024root*>(voidSelf);
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[3U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[4U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[5U] = 0U;
}
