// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vpcie_ep__Syms.h"


void Vpcie_ep___024root__trace_chg_sub_0(Vpcie_ep___024root* vlSelf, VerilatedFst::Buffer* bufp);

void Vpcie_ep___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_chg_top_0\n"); );
    // Init
    Vpcie_ep___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpcie_ep___024root*>(voidSelf);
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (VL_UNLIKELY(!vlSymsp->__Vm_activity)) return;
    // Body
    Vpcie_ep___024root__trace_chg_sub_0((&vlSymsp->TOP), bufp);
}

void Vpcie_ep___024root__trace_chg_sub_0(Vpcie_ep___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_chg_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 1);
    VlWide<3>/*95:0*/ __Vtemp_hebd4d333__0;
    VlWide<3>/*95:0*/ __Vtemp_h9937933b__0;
    // Body
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[3U]))) {
        bufp->chgBit(oldp+0,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgBit(oldp+1,(vlSelf->pcie_ep__DOT__msix_msg_done));
        bufp->chgBit(oldp+2,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (3U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
        bufp->chgBit(oldp+3,(vlSelf->pcie_ep__DOT__mwr_done));
        bufp->chgWData(oldp+4,(vlSelf->pcie_ep__DOT__mwr_pl_dws),256);
        bufp->chgCData(oldp+12,(((8U < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                                  ? 8U : (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))),4);
        bufp->chgCData(oldp+13,(vlSelf->pcie_ep__DOT__mwr_pl_take),4);
        bufp->chgBit(oldp+14,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                               & (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                    ? 8U : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? 1U : 
                                            ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? ((8U 
                                                  < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                                                  ? 8U
                                                  : 
                                                 (0xfU 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                              : 0U))) 
                                  >= ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                       ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                       : 0U)))));
        bufp->chgCData(oldp+15,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
        bufp->chgBit(oldp+16,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
        bufp->chgBit(oldp+17,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d));
        bufp->chgCData(oldp+18,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
        bufp->chgQData(oldp+19,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
        bufp->chgSData(oldp+21,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
        bufp->chgSData(oldp+22,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
        bufp->chgCData(oldp+23,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
        bufp->chgSData(oldp+24,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
        bufp->chgBit(oldp+25,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad));
        bufp->chgBit(oldp+26,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc));
        bufp->chgQData(oldp+27,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
        bufp->chgSData(oldp+29,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
        bufp->chgQData(oldp+30,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
        bufp->chgSData(oldp+32,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
        bufp->chgSData(oldp+33,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
        bufp->chgSData(oldp+34,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
        bufp->chgWData(oldp+35,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d),448);
        bufp->chgCData(oldp+49,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d),5);
        bufp->chgCData(oldp+50,(vlSelf->pcie_ep__DOT__mwr_pl_take),5);
        bufp->chgCData(oldp+51,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total),5);
        bufp->chgBit(oldp+52,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
        bufp->chgWData(oldp+53,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined),704);
        bufp->chgCData(oldp+75,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d),8);
        bufp->chgBit(oldp+76,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d));
        bufp->chgCData(oldp+77,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d),3);
        bufp->chgQData(oldp+78,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
        bufp->chgIData(oldp+80,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
        bufp->chgBit(oldp+81,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                              [vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d]));
        bufp->chgIData(oldp+82,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
        bufp->chgIData(oldp+83,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
        bufp->chgSData(oldp+84,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
        bufp->chgCData(oldp+85,(vlSelf->pcie_ep__DOT__u_target__DOT__state_d),3);
        bufp->chgCData(oldp+86,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_d),4);
        bufp->chgBit(oldp+87,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we));
        bufp->chgBit(oldp+88,(vlSelf->pcie_ep__DOT__u_target__DOT__advance));
        bufp->chgIData(oldp+89,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval),32);
        bufp->chgBit(oldp+90,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d));
        bufp->chgSData(oldp+91,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
        bufp->chgCData(oldp+92,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                  ? 8U : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                           ? 1U : (
                                                   (2U 
                                                    == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                    ? 
                                                   ((8U 
                                                     < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                                                     ? 8U
                                                     : 
                                                    (0xfU 
                                                     & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                    : 0U)))),5);
        bufp->chgBit(oldp+93,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        bufp->chgBit(oldp+94,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done));
        bufp->chgIData(oldp+95,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d),32);
        bufp->chgIData(oldp+96,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),32);
        bufp->chgBit(oldp+97,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d));
        bufp->chgBit(oldp+98,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
        bufp->chgBit(oldp+99,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d));
        bufp->chgBit(oldp+100,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
        bufp->chgBit(oldp+101,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free));
        bufp->chgIData(oldp+102,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep),32);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[4U]))) {
        bufp->chgBit(oldp+103,(vlSelf->pcie_ep__DOT__ev_dma_cpl_err));
        bufp->chgBit(oldp+104,(vlSelf->pcie_ep__DOT__ev_cpl_err));
        bufp->chgWData(oldp+105,(vlSelf->pcie_ep__DOT__tx_dw),256);
        bufp->chgSData(oldp+113,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
        bufp->chgSData(oldp+114,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
        bufp->chgCData(oldp+115,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
        bufp->chgIData(oldp+116,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
        bufp->chgIData(oldp+117,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
        bufp->chgCData(oldp+118,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
        bufp->chgSData(oldp+119,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
        bufp->chgCData(oldp+120,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
        bufp->chgCData(oldp+121,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
        bufp->chgCData(oldp+122,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
        bufp->chgCData(oldp+123,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
        bufp->chgIData(oldp+124,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval),32);
        bufp->chgIData(oldp+125,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
        bufp->chgCData(oldp+126,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
        bufp->chgCData(oldp+127,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
        bufp->chgCData(oldp+128,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
        bufp->chgCData(oldp+129,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
        bufp->chgCData(oldp+130,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
        bufp->chgCData(oldp+131,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
        bufp->chgCData(oldp+132,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
        bufp->chgCData(oldp+133,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
        bufp->chgCData(oldp+134,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
        bufp->chgBit(oldp+135,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
        bufp->chgBit(oldp+136,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire));
        bufp->chgBit(oldp+137,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err));
        bufp->chgCData(oldp+138,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
        bufp->chgBit(oldp+139,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial));
        bufp->chgWData(oldp+140,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws),256);
        bufp->chgWData(oldp+148,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d),256);
        bufp->chgWData(oldp+156,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),256);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgCData(oldp+164,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
        bufp->chgCData(oldp+165,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
        bufp->chgCData(oldp+166,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
        bufp->chgCData(oldp+167,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
        bufp->chgCData(oldp+168,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
        bufp->chgCData(oldp+169,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
        bufp->chgCData(oldp+170,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
        bufp->chgCData(oldp+171,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
        bufp->chgCData(oldp+172,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
        bufp->chgCData(oldp+173,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
        bufp->chgCData(oldp+174,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
        bufp->chgCData(oldp+175,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
        bufp->chgCData(oldp+176,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
        bufp->chgCData(oldp+177,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
        bufp->chgCData(oldp+178,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
        bufp->chgCData(oldp+179,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
        bufp->chgCData(oldp+180,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
        bufp->chgCData(oldp+181,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
        bufp->chgCData(oldp+182,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
        bufp->chgCData(oldp+183,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
        bufp->chgCData(oldp+184,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
        bufp->chgCData(oldp+185,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
        bufp->chgCData(oldp+186,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
        bufp->chgCData(oldp+187,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
        bufp->chgCData(oldp+188,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
        bufp->chgCData(oldp+189,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
        bufp->chgCData(oldp+190,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
        bufp->chgCData(oldp+191,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
        bufp->chgCData(oldp+192,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
        bufp->chgCData(oldp+193,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
        bufp->chgCData(oldp+194,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
        bufp->chgCData(oldp+195,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
        bufp->chgSData(oldp+196,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
        bufp->chgSData(oldp+197,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
        bufp->chgSData(oldp+198,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
        bufp->chgSData(oldp+199,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
        bufp->chgSData(oldp+200,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
        bufp->chgSData(oldp+201,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
        bufp->chgSData(oldp+202,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
        bufp->chgSData(oldp+203,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
        bufp->chgSData(oldp+204,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
        bufp->chgSData(oldp+205,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
        bufp->chgSData(oldp+206,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
        bufp->chgSData(oldp+207,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
        bufp->chgSData(oldp+208,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
        bufp->chgSData(oldp+209,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
        bufp->chgSData(oldp+210,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
        bufp->chgSData(oldp+211,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
        bufp->chgSData(oldp+212,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
        bufp->chgSData(oldp+213,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
        bufp->chgSData(oldp+214,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
        bufp->chgSData(oldp+215,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
        bufp->chgSData(oldp+216,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
        bufp->chgSData(oldp+217,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
        bufp->chgSData(oldp+218,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
        bufp->chgSData(oldp+219,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
        bufp->chgSData(oldp+220,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
        bufp->chgSData(oldp+221,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
        bufp->chgSData(oldp+222,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
        bufp->chgSData(oldp+223,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
        bufp->chgSData(oldp+224,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
        bufp->chgSData(oldp+225,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
        bufp->chgSData(oldp+226,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
        bufp->chgSData(oldp+227,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
        bufp->chgSData(oldp+228,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
        bufp->chgSData(oldp+229,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
        bufp->chgSData(oldp+230,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
        bufp->chgSData(oldp+231,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
        bufp->chgSData(oldp+232,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
        bufp->chgSData(oldp+233,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
        bufp->chgSData(oldp+234,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
        bufp->chgSData(oldp+235,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
        bufp->chgSData(oldp+236,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
        bufp->chgSData(oldp+237,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
        bufp->chgSData(oldp+238,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
        bufp->chgSData(oldp+239,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
        bufp->chgSData(oldp+240,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
        bufp->chgSData(oldp+241,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
        bufp->chgSData(oldp+242,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
        bufp->chgSData(oldp+243,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
        bufp->chgSData(oldp+244,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
        bufp->chgSData(oldp+245,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
        bufp->chgSData(oldp+246,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
        bufp->chgSData(oldp+247,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
        bufp->chgSData(oldp+248,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
        bufp->chgSData(oldp+249,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
        bufp->chgSData(oldp+250,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
        bufp->chgSData(oldp+251,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
        bufp->chgSData(oldp+252,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
        bufp->chgSData(oldp+253,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
        bufp->chgSData(oldp+254,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
        bufp->chgSData(oldp+255,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
        bufp->chgSData(oldp+256,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
        bufp->chgSData(oldp+257,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
        bufp->chgSData(oldp+258,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
        bufp->chgSData(oldp+259,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
        bufp->chgSData(oldp+260,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
        bufp->chgSData(oldp+261,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
        bufp->chgSData(oldp+262,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
        bufp->chgSData(oldp+263,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
        bufp->chgSData(oldp+264,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
        bufp->chgSData(oldp+265,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
        bufp->chgSData(oldp+266,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
        bufp->chgSData(oldp+267,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
        bufp->chgSData(oldp+268,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
        bufp->chgSData(oldp+269,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
        bufp->chgSData(oldp+270,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
        bufp->chgSData(oldp+271,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
        bufp->chgSData(oldp+272,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
        bufp->chgSData(oldp+273,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
        bufp->chgSData(oldp+274,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
        bufp->chgSData(oldp+275,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
        bufp->chgSData(oldp+276,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
        bufp->chgSData(oldp+277,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
        bufp->chgSData(oldp+278,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
        bufp->chgSData(oldp+279,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
        bufp->chgSData(oldp+280,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
        bufp->chgSData(oldp+281,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
        bufp->chgSData(oldp+282,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
        bufp->chgSData(oldp+283,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
        bufp->chgSData(oldp+284,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
        bufp->chgSData(oldp+285,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
        bufp->chgSData(oldp+286,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
        bufp->chgSData(oldp+287,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
        bufp->chgSData(oldp+288,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
        bufp->chgSData(oldp+289,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
        bufp->chgSData(oldp+290,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
        bufp->chgSData(oldp+291,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
        bufp->chgSData(oldp+292,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
        bufp->chgSData(oldp+293,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
        bufp->chgSData(oldp+294,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
        bufp->chgSData(oldp+295,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
        bufp->chgSData(oldp+296,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
        bufp->chgSData(oldp+297,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
        bufp->chgSData(oldp+298,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
        bufp->chgSData(oldp+299,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
        bufp->chgSData(oldp+300,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
        bufp->chgSData(oldp+301,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
        bufp->chgSData(oldp+302,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
        bufp->chgSData(oldp+303,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
        bufp->chgSData(oldp+304,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
        bufp->chgSData(oldp+305,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
        bufp->chgSData(oldp+306,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
        bufp->chgSData(oldp+307,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
        bufp->chgSData(oldp+308,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
        bufp->chgSData(oldp+309,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
        bufp->chgSData(oldp+310,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
        bufp->chgSData(oldp+311,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
        bufp->chgSData(oldp+312,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
        bufp->chgSData(oldp+313,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
        bufp->chgSData(oldp+314,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
        bufp->chgSData(oldp+315,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
        bufp->chgSData(oldp+316,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
        bufp->chgSData(oldp+317,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
        bufp->chgSData(oldp+318,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
        bufp->chgSData(oldp+319,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
        bufp->chgSData(oldp+320,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
        bufp->chgSData(oldp+321,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
        bufp->chgSData(oldp+322,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
        bufp->chgSData(oldp+323,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
        bufp->chgIData(oldp+324,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
        bufp->chgIData(oldp+325,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
        bufp->chgIData(oldp+326,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
        bufp->chgIData(oldp+327,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
        bufp->chgIData(oldp+328,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
        bufp->chgIData(oldp+329,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
        bufp->chgIData(oldp+330,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
        bufp->chgIData(oldp+331,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
        bufp->chgIData(oldp+332,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
        bufp->chgIData(oldp+333,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
        bufp->chgIData(oldp+334,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
        bufp->chgIData(oldp+335,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
        bufp->chgIData(oldp+336,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
        bufp->chgIData(oldp+337,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
        bufp->chgIData(oldp+338,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
        bufp->chgIData(oldp+339,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
        bufp->chgIData(oldp+340,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
        bufp->chgIData(oldp+341,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
        bufp->chgIData(oldp+342,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
        bufp->chgIData(oldp+343,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
        bufp->chgIData(oldp+344,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
        bufp->chgIData(oldp+345,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
        bufp->chgIData(oldp+346,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
        bufp->chgIData(oldp+347,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
        bufp->chgIData(oldp+348,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
        bufp->chgIData(oldp+349,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
        bufp->chgIData(oldp+350,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
        bufp->chgIData(oldp+351,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
        bufp->chgIData(oldp+352,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
        bufp->chgIData(oldp+353,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
        bufp->chgIData(oldp+354,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
        bufp->chgIData(oldp+355,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
        bufp->chgIData(oldp+356,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[3U])) {
        bufp->chgQData(oldp+357,((((QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                   << 0x12U) | (QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
        bufp->chgSData(oldp+359,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
        bufp->chgCData(oldp+360,(vlSelf->pcie_ep__DOT__max_payload),3);
        bufp->chgCData(oldp+361,(((5U < (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))
                                   ? 5U : (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                 >> 0xcU)))),3);
        bufp->chgBit(oldp+362,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                      >> 1U))));
        bufp->chgBit(oldp+363,((1U & (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
        bufp->chgBit(oldp+364,(vlSelf->pcie_ep__DOT__ev_malformed));
        bufp->chgBit(oldp+365,(vlSelf->pcie_ep__DOT__ev_ur));
        bufp->chgBit(oldp+366,(vlSelf->pcie_ep__DOT__ev_poisoned));
        bufp->chgBit(oldp+367,(vlSelf->pcie_ep__DOT__ev_poisoned_cpl));
        bufp->chgBit(oldp+368,(vlSelf->pcie_ep__DOT__ev_unexpected_cpl));
        bufp->chgBit(oldp+369,(vlSelf->pcie_ep__DOT__ev_sent_ca));
        bufp->chgBit(oldp+370,(vlSelf->pcie_ep__DOT__ev_rcvd_ur));
        bufp->chgBit(oldp+371,(vlSelf->pcie_ep__DOT__ev_rcvd_ca));
        bufp->chgBit(oldp+372,((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
        bufp->chgBit(oldp+373,(vlSelf->pcie_ep__DOT__drop_cpl_take));
        bufp->chgSData(oldp+374,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
        bufp->chgWData(oldp+375,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q),256);
        bufp->chgCData(oldp+383,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q),4);
        bufp->chgBit(oldp+384,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q));
        bufp->chgBit(oldp+385,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q));
        bufp->chgBit(oldp+386,(vlSelf->pcie_ep__DOT__rx_dw_ready));
        bufp->chgBit(oldp+387,((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))));
        bufp->chgBit(oldp+388,(vlSelf->pcie_ep__DOT__req_done));
        bufp->chgBit(oldp+389,(vlSelf->pcie_ep__DOT__req_mem_read));
        bufp->chgCData(oldp+390,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q),3);
        bufp->chgSData(oldp+391,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U] >> 0x10U)),16);
        bufp->chgSData(oldp+392,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x13U)),13);
        bufp->chgCData(oldp+393,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [1U] >> 8U))),8);
        bufp->chgCData(oldp+394,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0x14U))),3);
        bufp->chgCData(oldp+395,(((4U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x10U)) 
                                  | (3U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0xcU)))),3);
        bufp->chgSData(oldp+396,((0x3fffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__addr))),14);
        bufp->chgSData(oldp+397,(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw),11);
        bufp->chgCData(oldp+398,((0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [1U])),4);
        bufp->chgCData(oldp+399,((0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [1U] >> 4U))),4);
        bufp->chgSData(oldp+400,((0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U))),10);
        bufp->chgCData(oldp+401,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q),4);
        bufp->chgBit(oldp+402,(vlSelf->pcie_ep__DOT__cpl_start));
        bufp->chgBit(oldp+403,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0xeU))));
        bufp->chgBit(oldp+404,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) 
                                & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                       | (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                   & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))))));
        bufp->chgBit(oldp+405,(vlSelf->pcie_ep__DOT__cpl_end));
        bufp->chgBit(oldp+406,(vlSelf->pcie_ep__DOT__cpl_ok));
        bufp->chgBit(oldp+407,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                                & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
        bufp->chgBit(oldp+408,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
        bufp->chgBit(oldp+409,(vlSelf->pcie_ep__DOT__dma_rd_idle));
        bufp->chgBit(oldp+410,(((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                                | ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found) 
                                   & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable)))));
        bufp->chgSData(oldp+411,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 0x10U)),16);
        bufp->chgCData(oldp+412,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 8U))),8);
        bufp->chgCData(oldp+413,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 0xdU))),3);
        bufp->chgSData(oldp+414,(vlSelf->pcie_ep__DOT__cpl_byte_count),13);
        bufp->chgSData(oldp+415,(vlSelf->pcie_ep__DOT__cpl_len_dw),11);
        bufp->chgSData(oldp+416,((0x3ffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
        bufp->chgIData(oldp+417,(vlSelf->pcie_ep__DOT__cfg_rd_data),32);
        bufp->chgBit(oldp+418,(vlSelf->pcie_ep__DOT__cfg_wr_en));
        bufp->chgBit(oldp+419,(vlSelf->pcie_ep__DOT__cfg_capture_en));
        bufp->chgSData(oldp+420,((0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [2U] >> 0x10U))),16);
        bufp->chgBit(oldp+421,((3U == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                             >> 0xcU)))));
        bufp->chgBit(oldp+422,(vlSelf->pcie_ep__DOT__msix_we));
        bufp->chgSData(oldp+423,((0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                            >> 2U))),10);
        bufp->chgIData(oldp+424,(vlSelf->pcie_ep__DOT__msix_rdata),32);
        bufp->chgBit(oldp+425,(vlSelf->pcie_ep__DOT__tgt_cpl_valid));
        __Vtemp_hebd4d333__0[0U] = (IData)((((QData)((IData)(
                                                             (((0U 
                                                                == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                               | (1U 
                                                                  == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                               ? 
                                                              (0xfff8U 
                                                               & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                  [2U] 
                                                                  >> 0x10U))
                                                               : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                             << 0x30U) 
                                            | (((QData)((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__status_q)) 
                                                << 0x2dU) 
                                               | (((QData)((IData)(
                                                                   (0xfffU 
                                                                    & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    (0xa000000U 
                                                                     | ((((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                           ? 2U
                                                                           : 0U) 
                                                                         << 0x1dU) 
                                                                        | ((0x700000U 
                                                                            & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                            [0U]) 
                                                                           | ((0x40000U 
                                                                               & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                               [0U]) 
                                                                              | ((0x3000U 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))));
        __Vtemp_hebd4d333__0[1U] = (IData)(((((QData)((IData)(
                                                              (((0U 
                                                                 == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                                                | (1U 
                                                                   == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))
                                                                ? 
                                                               (0xfff8U 
                                                                & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 0x10U))
                                                                : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q)))) 
                                              << 0x30U) 
                                             | (((QData)((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__status_q)) 
                                                 << 0x2dU) 
                                                | (((QData)((IData)(
                                                                    (0xfffU 
                                                                     & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     (0xa000000U 
                                                                      | ((((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                            ? 2U
                                                                            : 0U) 
                                                                          << 0x1dU) 
                                                                         | ((0x700000U 
                                                                             & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                             [0U]) 
                                                                            | ((0x40000U 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                               | ((0x3000U 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]) 
                                                                                | ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                                                                 ? 
                                                                                ((0U 
                                                                                == 
                                                                                (0x3ffU 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 ? 0U
                                                                                 : 
                                                                                (0x3ffU 
                                                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                                [0U]))
                                                                                 : 0U))))))))))) 
                                            >> 0x20U));
        __Vtemp_h9937933b__0[0U] = __Vtemp_hebd4d333__0[0U];
        __Vtemp_h9937933b__0[1U] = __Vtemp_hebd4d333__0[1U];
        __Vtemp_h9937933b__0[2U] = ((0xffffff00U & 
                                     vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U]) | (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr));
        bufp->chgWData(oldp+426,(__Vtemp_h9937933b__0),96);
        bufp->chgSData(oldp+429,(((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                   ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                   : 0U)),11);
        bufp->chgCData(oldp+430,(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx),4);
        bufp->chgBit(oldp+431,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q));
        bufp->chgQData(oldp+432,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
        bufp->chgIData(oldp+434,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
        bufp->chgBit(oldp+435,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q));
        bufp->chgWData(oldp+436,(vlSelf->pcie_ep__DOT__mrd_hdr),128);
        bufp->chgBit(oldp+440,((2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))));
        bufp->chgBit(oldp+441,(vlSelf->pcie_ep__DOT__mwr_more));
        bufp->chgWData(oldp+442,(vlSelf->pcie_ep__DOT__mwr_hdr),128);
        bufp->chgSData(oldp+446,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                            >> 2U))),11);
        bufp->chgCData(oldp+447,((0xfU & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws))),4);
        bufp->chgBit(oldp+448,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word));
        bufp->chgBit(oldp+449,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
        bufp->chgSData(oldp+450,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
        bufp->chgSData(oldp+451,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
        bufp->chgCData(oldp+452,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
        bufp->chgIData(oldp+453,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
        bufp->chgIData(oldp+454,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
        bufp->chgCData(oldp+455,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
        bufp->chgSData(oldp+456,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
        bufp->chgCData(oldp+457,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
        bufp->chgCData(oldp+458,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
        bufp->chgCData(oldp+459,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
        bufp->chgCData(oldp+460,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
        bufp->chgSData(oldp+461,(((IData)(vlSelf->pcie_ep__DOT__cfg_capture_en)
                                   ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                 [2U] 
                                                 >> 0x10U))
                                   : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
        bufp->chgCData(oldp+462,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 5U))),3);
        bufp->chgCData(oldp+463,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                        >> 0xcU))),3);
        bufp->chgIData(oldp+464,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
        bufp->chgCData(oldp+465,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
        bufp->chgCData(oldp+466,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
        bufp->chgCData(oldp+467,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
        bufp->chgCData(oldp+468,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
        bufp->chgCData(oldp+469,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
        bufp->chgCData(oldp+470,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
        bufp->chgCData(oldp+471,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
        bufp->chgCData(oldp+472,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
        bufp->chgCData(oldp+473,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
        bufp->chgCData(oldp+474,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
        bufp->chgBit(oldp+475,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
        bufp->chgCData(oldp+476,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
        bufp->chgQData(oldp+477,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
        bufp->chgSData(oldp+479,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
        bufp->chgSData(oldp+480,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
        bufp->chgCData(oldp+481,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
        bufp->chgSData(oldp+482,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
        bufp->chgBit(oldp+483,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found));
        bufp->chgCData(oldp+484,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
        bufp->chgSData(oldp+485,((0x1fffU & ((IData)(0x1000U) 
                                             - (0xfffU 
                                                & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
        bufp->chgSData(oldp+486,((0x1fffU & ((IData)(0x80U) 
                                             << ((5U 
                                                  < 
                                                  (7U 
                                                   & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                      >> 0xcU)))
                                                  ? 5U
                                                  : 
                                                 (7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
        bufp->chgSData(oldp+487,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
        bufp->chgBit(oldp+488,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
        bufp->chgBit(oldp+489,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
        bufp->chgBit(oldp+490,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
        bufp->chgBit(oldp+491,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
        bufp->chgBit(oldp+492,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
        bufp->chgCData(oldp+493,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
        bufp->chgCData(oldp+494,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
        bufp->chgSData(oldp+495,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
        bufp->chgSData(oldp+496,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
        bufp->chgSData(oldp+497,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
        bufp->chgCData(oldp+498,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
        bufp->chgCData(oldp+499,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
        bufp->chgCData(oldp+500,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 8U))),5);
        bufp->chgBit(oldp+501,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid));
        bufp->chgQData(oldp+502,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
        bufp->chgSData(oldp+504,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
        bufp->chgBit(oldp+505,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found));
        bufp->chgCData(oldp+506,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
        bufp->chgIData(oldp+507,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
        bufp->chgIData(oldp+508,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
        bufp->chgCData(oldp+509,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
        bufp->chgQData(oldp+510,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
        bufp->chgSData(oldp+512,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
        bufp->chgSData(oldp+513,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
        bufp->chgSData(oldp+514,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
        bufp->chgBit(oldp+515,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q));
        bufp->chgSData(oldp+516,((0x1fffU & ((IData)(0x80U) 
                                             << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),13);
        bufp->chgSData(oldp+517,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
        bufp->chgSData(oldp+518,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
        bufp->chgQData(oldp+519,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
        bufp->chgSData(oldp+521,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
        bufp->chgWData(oldp+522,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q),448);
        bufp->chgCData(oldp+536,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q),5);
        bufp->chgBit(oldp+537,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush));
        bufp->chgIData(oldp+538,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
        bufp->chgIData(oldp+539,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
        bufp->chgIData(oldp+540,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
        bufp->chgIData(oldp+541,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
        bufp->chgIData(oldp+542,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
        bufp->chgIData(oldp+543,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
        bufp->chgIData(oldp+544,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
        bufp->chgIData(oldp+545,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
        bufp->chgIData(oldp+546,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
        bufp->chgIData(oldp+547,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
        bufp->chgIData(oldp+548,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
        bufp->chgIData(oldp+549,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
        bufp->chgIData(oldp+550,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
        bufp->chgIData(oldp+551,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
        bufp->chgIData(oldp+552,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
        bufp->chgIData(oldp+553,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
        bufp->chgIData(oldp+554,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
        bufp->chgIData(oldp+555,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
        bufp->chgIData(oldp+556,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
        bufp->chgIData(oldp+557,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
        bufp->chgIData(oldp+558,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
        bufp->chgIData(oldp+559,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
        bufp->chgIData(oldp+560,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
        bufp->chgIData(oldp+561,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
        bufp->chgBit(oldp+562,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[0]));
        bufp->chgBit(oldp+563,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[1]));
        bufp->chgBit(oldp+564,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[2]));
        bufp->chgBit(oldp+565,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[3]));
        bufp->chgBit(oldp+566,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[4]));
        bufp->chgBit(oldp+567,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[5]));
        bufp->chgBit(oldp+568,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[6]));
        bufp->chgBit(oldp+569,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[7]));
        bufp->chgCData(oldp+570,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),8);
        bufp->chgCData(oldp+571,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                        >> 4U))),3);
        bufp->chgBit(oldp+572,(vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid));
        bufp->chgIData(oldp+573,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),32);
        bufp->chgCData(oldp+574,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q),3);
        bufp->chgBit(oldp+575,(vlSelf->pcie_ep__DOT__u_msix__DOT__found));
        bufp->chgCData(oldp+576,(vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec),3);
        bufp->chgBit(oldp+577,(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable));
        bufp->chgIData(oldp+578,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
        bufp->chgIData(oldp+579,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
        bufp->chgCData(oldp+580,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q),3);
        bufp->chgCData(oldp+581,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_d),3);
        bufp->chgIData(oldp+582,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
        bufp->chgIData(oldp+583,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
        bufp->chgIData(oldp+584,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
        bufp->chgIData(oldp+585,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
        bufp->chgCData(oldp+586,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
        bufp->chgCData(oldp+587,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
        bufp->chgBit(oldp+588,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q));
        bufp->chgBit(oldp+589,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d));
        bufp->chgSData(oldp+590,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
        bufp->chgSData(oldp+591,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
        bufp->chgCData(oldp+592,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q),3);
        bufp->chgCData(oldp+593,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_d),3);
        bufp->chgCData(oldp+594,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d),3);
        bufp->chgBit(oldp+595,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q));
        bufp->chgBit(oldp+596,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d));
        bufp->chgBit(oldp+597,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q));
        bufp->chgBit(oldp+598,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d));
        bufp->chgWData(oldp+599,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q),256);
        bufp->chgWData(oldp+607,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d),256);
        bufp->chgCData(oldp+615,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q),4);
        bufp->chgCData(oldp+616,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d),4);
        bufp->chgCData(oldp+617,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1dU)),3);
        bufp->chgCData(oldp+618,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0x18U))),5);
        bufp->chgBit(oldp+619,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x1eU))));
        bufp->chgBit(oldp+620,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x1dU))));
        bufp->chgBit(oldp+621,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0xfU))));
        bufp->chgSData(oldp+622,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
                                            + (1U & 
                                               (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [0U] 
                                                >> 0xfU))))),11);
        bufp->chgQData(oldp+623,(vlSelf->pcie_ep__DOT__u_rx__DOT__addr),64);
        bufp->chgSData(oldp+625,((0x7ffU & ((IData)(0x20U) 
                                            << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),11);
        bufp->chgCData(oldp+626,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_dws),3);
        bufp->chgCData(oldp+627,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_seen),4);
        bufp->chgBit(oldp+628,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_seen) 
                                >= (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_dws))));
        bufp->chgBit(oldp+629,((0U != (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q))));
        bufp->chgBit(oldp+630,(vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take));
        bufp->chgCData(oldp+631,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count),4);
        bufp->chgBit(oldp+632,(((0U != (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q))
                                 ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q)
                                 : (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q))));
        bufp->chgBit(oldp+633,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid));
        bufp->chgSData(oldp+634,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
        bufp->chgBit(oldp+635,(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit));
        bufp->chgBit(oldp+636,(vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr));
        bufp->chgCData(oldp+637,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action),3);
        bufp->chgCData(oldp+638,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind),3);
        bufp->chgBit(oldp+639,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur));
        bufp->chgSData(oldp+640,(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left),11);
        bufp->chgIData(oldp+641,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
        bufp->chgIData(oldp+642,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
        bufp->chgIData(oldp+643,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
        bufp->chgIData(oldp+644,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
        bufp->chgIData(oldp+645,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
        bufp->chgIData(oldp+646,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
        bufp->chgIData(oldp+647,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
        bufp->chgCData(oldp+648,(vlSelf->pcie_ep__DOT__u_target__DOT__state_q),3);
        bufp->chgCData(oldp+649,(vlSelf->pcie_ep__DOT__u_target__DOT__status_q),3);
        bufp->chgCData(oldp+650,(vlSelf->pcie_ep__DOT__u_target__DOT__status_d),3);
        bufp->chgBit(oldp+651,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q));
        bufp->chgBit(oldp+652,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d));
        bufp->chgSData(oldp+653,(vlSelf->pcie_ep__DOT__u_target__DOT__offset),14);
        bufp->chgBit(oldp+654,(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw));
        bufp->chgCData(oldp+655,((3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                        >> 0xcU))),2);
        bufp->chgSData(oldp+656,(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count),13);
        bufp->chgCData(oldp+657,(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr),7);
        bufp->chgSData(oldp+658,((((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                   | (1U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))
                                   ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                 [2U] 
                                                 >> 0x10U))
                                   : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
        bufp->chgBit(oldp+659,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count) 
                                      >> 0xcU))));
        bufp->chgWData(oldp+660,(vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
        bufp->chgBit(oldp+664,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q));
        bufp->chgCData(oldp+665,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
        bufp->chgCData(oldp+666,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
        bufp->chgSData(oldp+667,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
        bufp->chgWData(oldp+668,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
        bufp->chgSData(oldp+672,((0x7ffU & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                                 ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                                 : 0U)
                                             : ((1U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? 1U
                                                 : 
                                                ((2U 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? 
                                                 ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                  >> 2U)
                                                  : 0U))))),11);
        bufp->chgCData(oldp+673,(((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                   ? 4U : 3U)),3);
        bufp->chgSData(oldp+674,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
        bufp->chgSData(oldp+675,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
        bufp->chgSData(oldp+676,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                   ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                   : 0U)),12);
        bufp->chgCData(oldp+677,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
        bufp->chgSData(oldp+678,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
        bufp->chgSData(oldp+679,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                   ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                   : 0U)),12);
        bufp->chgCData(oldp+680,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
        bufp->chgCData(oldp+681,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[1]),2);
        bufp->chgCData(oldp+682,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[2]),2);
        bufp->chgCData(oldp+683,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[3]),2);
        bufp->chgCData(oldp+684,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[4]),2);
        bufp->chgCData(oldp+685,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[5]),2);
        bufp->chgCData(oldp+686,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[6]),2);
        bufp->chgCData(oldp+687,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[7]),2);
        bufp->chgBit(oldp+688,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                                & VL_REDXOR_32((0xffU 
                                                & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                   >> 4U))))));
        bufp->chgWData(oldp+689,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q),256);
        bufp->chgWData(oldp+697,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),256);
        bufp->chgIData(oldp+705,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q),32);
        bufp->chgIData(oldp+706,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),32);
        bufp->chgBit(oldp+707,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q));
        bufp->chgBit(oldp+708,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
        bufp->chgBit(oldp+709,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q));
        bufp->chgBit(oldp+710,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
        bufp->chgCData(oldp+711,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),8);
        bufp->chgQData(oldp+712,((0x1ffffffffULL & 
                                  (1ULL + (QData)((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q))))),33);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[4U])) {
        bufp->chgWData(oldp+714,(vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws),256);
        bufp->chgSData(oldp+722,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
        bufp->chgBit(oldp+723,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
        bufp->chgSData(oldp+724,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
    }
    bufp->chgBit(oldp+725,(vlSelf->clk_i));
    bufp->chgBit(oldp+726,(vlSelf->rst_ni));
    bufp->chgQData(oldp+727,(vlSelf->time_i),48);
    bufp->chgWData(oldp+729,(vlSelf->rx_tlp_data_i),256);
    bufp->chgIData(oldp+737,(vlSelf->rx_tlp_keep_i),32);
    bufp->chgBit(oldp+738,(vlSelf->rx_tlp_last_i));
    bufp->chgBit(oldp+739,(vlSelf->rx_tlp_valid_i));
    bufp->chgBit(oldp+740,(vlSelf->rx_tlp_ready_o));
    bufp->chgWData(oldp+741,(vlSelf->tx_tlp_data_o),256);
    bufp->chgIData(oldp+749,(vlSelf->tx_tlp_keep_o),32);
    bufp->chgBit(oldp+750,(vlSelf->tx_tlp_last_o));
    bufp->chgBit(oldp+751,(vlSelf->tx_tlp_valid_o));
    bufp->chgBit(oldp+752,(vlSelf->tx_tlp_ready_i));
    bufp->chgBit(oldp+753,(vlSelf->reg_req_o));
    bufp->chgBit(oldp+754,(vlSelf->reg_gnt_i));
    bufp->chgBit(oldp+755,(vlSelf->reg_we_o));
    bufp->chgSData(oldp+756,(vlSelf->reg_addr_o),13);
    bufp->chgIData(oldp+757,(vlSelf->reg_wdata_o),32);
    bufp->chgCData(oldp+758,(vlSelf->reg_be_o),4);
    bufp->chgBit(oldp+759,(vlSelf->reg_rvalid_i));
    bufp->chgIData(oldp+760,(vlSelf->reg_rdata_i),32);
    bufp->chgBit(oldp+761,(vlSelf->dma_rd_req_valid_i));
    bufp->chgBit(oldp+762,(vlSelf->dma_rd_req_ready_o));
    bufp->chgQData(oldp+763,(vlSelf->dma_rd_req_addr_i),64);
    bufp->chgSData(oldp+765,(vlSelf->dma_rd_req_len_i),13);
    bufp->chgCData(oldp+766,(vlSelf->dma_rd_req_id_i),3);
    bufp->chgBit(oldp+767,(vlSelf->dma_rd_data_valid_o));
    bufp->chgCData(oldp+768,(vlSelf->dma_rd_data_id_o),3);
    bufp->chgSData(oldp+769,(vlSelf->dma_rd_data_dw_o),10);
    bufp->chgWData(oldp+770,(vlSelf->dma_rd_data_o),256);
    bufp->chgCData(oldp+778,(vlSelf->dma_rd_data_count_o),4);
    bufp->chgBit(oldp+779,(vlSelf->dma_rd_done_o));
    bufp->chgCData(oldp+780,(vlSelf->dma_rd_done_id_o),3);
    bufp->chgBit(oldp+781,(vlSelf->dma_rd_done_err_o));
    bufp->chgBit(oldp+782,(vlSelf->dma_wr_req_valid_i));
    bufp->chgBit(oldp+783,(vlSelf->dma_wr_req_ready_o));
    bufp->chgQData(oldp+784,(vlSelf->dma_wr_req_addr_i),64);
    bufp->chgSData(oldp+786,(vlSelf->dma_wr_req_len_i),13);
    bufp->chgWData(oldp+787,(vlSelf->dma_wr_data_i),256);
    bufp->chgCData(oldp+795,(vlSelf->dma_wr_data_count_i),4);
    bufp->chgBit(oldp+796,(vlSelf->dma_wr_data_valid_i));
    bufp->chgBit(oldp+797,(vlSelf->dma_wr_data_ready_o));
    bufp->chgBit(oldp+798,(vlSelf->dma_wr_done_o));
    bufp->chgBit(oldp+799,(vlSelf->dma_wr_done_err_o));
    bufp->chgBit(oldp+800,(vlSelf->msix_req_i));
    bufp->chgCData(oldp+801,(vlSelf->msix_vector_i),3);
    bufp->chgBit(oldp+802,(vlSelf->bus_master_en_o));
    bufp->chgBit(oldp+803,(vlSelf->mem_space_en_o));
    bufp->chgBit(oldp+804,(vlSelf->idle_o));
    bufp->chgQData(oldp+805,(vlSelf->wake_o),48);
    bufp->chgBit(oldp+807,(vlSelf->sim_req_i));
    bufp->chgBit(oldp+808,(vlSelf->sim_we_i));
    bufp->chgCData(oldp+809,(vlSelf->sim_addr_i),8);
    bufp->chgIData(oldp+810,(vlSelf->sim_wdata_i),32);
    bufp->chgIData(oldp+811,(vlSelf->sim_rdata_o),32);
    bufp->chgIData(oldp+812,(vlSelf->sim_seed_o),32);
    bufp->chgBit(oldp+813,(((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle) 
                            | ((IData)(vlSelf->dma_rd_req_ready_o) 
                               & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                  & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                     & ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_start)) 
                                        & ((vlSelf->time_i 
                                            < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                           & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                              == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->chgCData(oldp+814,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
    bufp->chgBit(oldp+815,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d));
    bufp->chgBit(oldp+816,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad));
    bufp->chgCData(oldp+817,(((IData)(vlSelf->dma_wr_data_valid_i)
                               ? (IData)(vlSelf->dma_wr_data_count_i)
                               : 0U)),5);
    bufp->chgBit(oldp+818,(((IData)(vlSelf->pcie_ep__DOT__ev_cpl_err) 
                            | ((IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ca) 
                               | (IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->chgBit(oldp+819,(((IData)(vlSelf->sim_req_i) 
                            & (IData)(vlSelf->sim_we_i))));
}

void Vpcie_ep___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_cleanup\n"); );
    // Init
    Vpcie_ep___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpcie_ep___024root*>(voidSelf);
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[3U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[4U] = 0U;
}
