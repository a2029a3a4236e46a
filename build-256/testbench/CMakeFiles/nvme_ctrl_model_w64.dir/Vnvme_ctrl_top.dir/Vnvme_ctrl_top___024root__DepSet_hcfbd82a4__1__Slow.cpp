// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vnvme_ctrl_top.h for the primary calling header

#include "verilated.h"

#include "Vnvme_ctrl_top__Syms.h"
#include "Vnvme_ctrl_top___024root.h"

VL_ATTR_COLD void Vnvme_ctrl_top___024root___stl_sequent__TOP__1(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___stl_sequent__TOP__1\n"); );
    // Body
    if ((IData)((0U != (0xc300U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 0U;
    }
    if ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src))) {
        if (((0U != (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))) 
             | ((0x1000U < (0x1fffU & ((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)) 
                                       + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes)))) 
                & (0U != (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2)))))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4013U;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0U;
        }
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
               >> (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 7U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end) 
           == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end) 
           > ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
               ? 4U : 3U));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws 
        = (0xfffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end) 
                     - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end) 
                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok))))) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
                = (0x1fU & (IData)(vlSelf->time_i));
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 0U;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok))) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err 
                    = ((1U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)) 
                       & (4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)));
            }
            if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q) 
                       != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                       [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]);
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire 
                    = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial)));
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 1U;
        }
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws 
        = ((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))
            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws
            : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend)
                ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q
                : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)
                    ? 0U : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q;
    if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
            = (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))));
    }
    if (((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
         & (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
            | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
               & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d);
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects 
        = ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
           & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status)));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid 
                    = (4U > (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q));
            }
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid 
                = (((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                    | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) 
                       | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad) 
                          | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold)) 
                             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit))))) 
                   & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q) 
                      < (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes) 
                                   >> 2U))));
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total 
        = (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                 + ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid)
                     ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                     : 0U)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word) 
           | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0 
        = (0xfffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws) 
                     - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q;
    if (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = ((0xfeU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d)) 
               | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
          & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q))) 
         & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
               >> 2U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err) 
           | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws 
                    = ((0U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
                        ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q
                        : ((1U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
                            ? 0U : ((2U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
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
                                                  >> 0x10U))))))));
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q)
            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q
            : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
           & (0xcU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
                = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
                   | (0xffU & ((IData)(1U) << vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag])));
        }
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d = 0U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) {
        if ((5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0 = 1U;
            if ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0) 
                                     << (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0 = 1U;
            if ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0) 
                                     << (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1 = 0U;
            if ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1) 
                                     << (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((0U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1 = 0U;
            if ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1) 
                                     << (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                    << 3U) | (((4U 
                                                == 
                                                (0xffU 
                                                 & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                               << 2U) 
                                              | (((1U 
                                                   == 
                                                   (0xffU 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                                  << 1U) 
                                                 | (5U 
                                                    == 
                                                    (0xffU 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_io_queues.sv:40: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_io_queues: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_io_queues.sv", 40, "");
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
           & ((8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d = 0U;
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
         & (9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))) {
        if (((((((((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                   | (2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                  | (4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                 | (5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                | (7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
               | (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
              | (0xaU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
             | (0xbU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
            if ((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d 
                    = (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value 
                       >> 0x10U);
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d 
                    = (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value);
            } else if ((8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((0xaU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0xbU == (0xffU 
                                              & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                    << 7U) | (((0xaU 
                                                == 
                                                (0xffU 
                                                 & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                               << 6U) 
                                              | (((8U 
                                                   == 
                                                   (0xffU 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                  << 5U) 
                                                 | (((7U 
                                                      == 
                                                      (0xffU 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                     << 4U) 
                                                    | (((5U 
                                                         == 
                                                         (0xffU 
                                                          & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                        << 3U) 
                                                       | (((4U 
                                                            == 
                                                            (0xffU 
                                                             & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                           << 2U) 
                                                          | (((2U 
                                                               == 
                                                               (0xffU 
                                                                & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                              << 1U) 
                                                             | (1U 
                                                                == 
                                                                (0xffU 
                                                                 & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_features.sv:75: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_features: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_features.sv", 75, "");
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
           & (((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                ? 1U : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                         ? 1U : ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                  ? (1U & ((1U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                           | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                  : 0U))) >= ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                               ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                               : 0U)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval = 0U;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d = 0x157U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d = 0xfU;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d = 0xfU;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d = 0U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en) {
        if (((((((((1U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U))) 
                   | (3U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [2U] >> 2U)))) 
                  | (4U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
                 | (5U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
                | (0xfU == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
               | (0x12U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
              | (0x14U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
             | (0x1cU == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [2U] >> 2U))))) {
            if ((1U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__3__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q) 
                       & (~ (0xf900U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi))));
                vlSelf->__Vfunc_merge_bytes__3__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__3__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q;
                vlSelf->__Vfunc_merge_bytes__3__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__3__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__3__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__3__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__3__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__3__be))
                                       ? vlSelf->__Vfunc_merge_bytes__3__data
                                       : vlSelf->__Vfunc_merge_bytes__3__old))));
                vlSelf->__Vfunc_merge_bytes__3__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__3__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__3__be))
                             ? (vlSelf->__Vfunc_merge_bytes__3__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__3__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__3__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__3__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__3__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__3__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__3__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__3__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d 
                    = (0x546U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((3U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__4__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__4__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__4__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
                vlSelf->__Vfunc_merge_bytes__4__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__4__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__4__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__4__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__4__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__4__be))
                                       ? vlSelf->__Vfunc_merge_bytes__4__data
                                       : vlSelf->__Vfunc_merge_bytes__4__old))));
                vlSelf->__Vfunc_merge_bytes__4__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__4__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__4__be))
                             ? (vlSelf->__Vfunc_merge_bytes__4__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__4__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__4__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__4__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__4__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__4__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__4__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__4__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
                    = (0xffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((4U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__5__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__5__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__5__old 
                    = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
                       << 0xeU);
                vlSelf->__Vfunc_merge_bytes__5__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__5__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__5__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__5__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__5__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__5__be))
                                       ? vlSelf->__Vfunc_merge_bytes__5__data
                                       : vlSelf->__Vfunc_merge_bytes__5__old))));
                vlSelf->__Vfunc_merge_bytes__5__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__5__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__5__be))
                             ? (vlSelf->__Vfunc_merge_bytes__5__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__5__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__5__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__5__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__5__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__5__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__5__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__5__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
                    = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                       >> 0xeU);
            } else if ((5U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__6__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__6__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__6__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
                vlSelf->__Vfunc_merge_bytes__6__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__6__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__6__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__6__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__6__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__6__be))
                                       ? vlSelf->__Vfunc_merge_bytes__6__data
                                       : vlSelf->__Vfunc_merge_bytes__6__old))));
                vlSelf->__Vfunc_merge_bytes__6__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__6__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__6__be))
                             ? (vlSelf->__Vfunc_merge_bytes__6__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__6__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__6__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__6__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__6__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__6__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__6__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
                    = vlSelf->__Vfunc_merge_bytes__6__Vfuncout;
            } else if ((0xfU == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__7__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__7__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__7__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
                vlSelf->__Vfunc_merge_bytes__7__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__7__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__7__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__7__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__7__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__7__be))
                                       ? vlSelf->__Vfunc_merge_bytes__7__data
                                       : vlSelf->__Vfunc_merge_bytes__7__old))));
                vlSelf->__Vfunc_merge_bytes__7__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__7__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__7__be))
                             ? (vlSelf->__Vfunc_merge_bytes__7__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__7__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__7__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__7__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__7__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__7__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__7__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__7__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
                    = (0xffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x12U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__8__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q) 
                       & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi)));
                vlSelf->__Vfunc_merge_bytes__8__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__8__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
                vlSelf->__Vfunc_merge_bytes__8__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__8__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__8__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__8__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__8__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__8__be))
                                       ? vlSelf->__Vfunc_merge_bytes__8__data
                                       : vlSelf->__Vfunc_merge_bytes__8__old))));
                vlSelf->__Vfunc_merge_bytes__8__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__8__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__8__be))
                             ? (vlSelf->__Vfunc_merge_bytes__8__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__8__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__8__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__8__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__8__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__8__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__8__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__8__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
                    = (0x78ffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x14U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__9__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__9__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__9__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
                vlSelf->__Vfunc_merge_bytes__9__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__9__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__9__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__9__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__9__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__9__be))
                                       ? vlSelf->__Vfunc_merge_bytes__9__data
                                       : vlSelf->__Vfunc_merge_bytes__9__old))));
                vlSelf->__Vfunc_merge_bytes__9__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__9__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__9__be))
                             ? (vlSelf->__Vfunc_merge_bytes__9__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__9__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__9__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__9__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__9__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__9__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__9__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__9__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
                    = (0xcbU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else {
                vlSelf->__Vfunc_merge_bytes__10__be 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__10__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__10__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
                vlSelf->__Vfunc_merge_bytes__10__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__10__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__10__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__10__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__10__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__10__be))
                                       ? vlSelf->__Vfunc_merge_bytes__10__data
                                       : vlSelf->__Vfunc_merge_bytes__10__old))));
                vlSelf->__Vfunc_merge_bytes__10__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__10__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__10__be))
                             ? (vlSelf->__Vfunc_merge_bytes__10__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__10__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__10__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__10__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__10__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__10__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__10__res;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__10__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
                    = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            }
        } else if ((0x20U == (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 2U)))) {
            vlSelf->__Vfunc_merge_bytes__11__be = (0xfU 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U]);
            vlSelf->__Vfunc_merge_bytes__11__data = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
            vlSelf->__Vfunc_merge_bytes__11__old = 
                ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                 << 0x1eU);
            vlSelf->__Vfunc_merge_bytes__11__res = 
                ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__11__res) 
                 | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__11__be))
                                  ? (vlSelf->__Vfunc_merge_bytes__11__data 
                                     >> 8U) : (vlSelf->__Vfunc_merge_bytes__11__old 
                                               >> 8U)) 
                                << 8U)) | (0xffU & 
                                           ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__11__be))
                                             ? vlSelf->__Vfunc_merge_bytes__11__data
                                             : vlSelf->__Vfunc_merge_bytes__11__old))));
            vlSelf->__Vfunc_merge_bytes__11__res = 
                ((0xffffU & vlSelf->__Vfunc_merge_bytes__11__res) 
                 | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__11__be))
                       ? (vlSelf->__Vfunc_merge_bytes__11__data 
                          >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__11__old 
                                       >> 0x18U)) << 0x18U) 
                    | (0xff0000U & (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__11__be))
                                      ? (vlSelf->__Vfunc_merge_bytes__11__data 
                                         >> 0x10U) : 
                                     (vlSelf->__Vfunc_merge_bytes__11__old 
                                      >> 0x10U)) << 0x10U))));
            vlSelf->__Vfunc_merge_bytes__11__Vfuncout 
                = vlSelf->__Vfunc_merge_bytes__11__res;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                = vlSelf->__Vfunc_merge_bytes__11__Vfuncout;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
                = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                   >> 0x1eU);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x20U == (0x3ffU 
                                               & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 2U))) 
                                    << 8U) | (((0x1cU 
                                                == 
                                                (0x3ffU 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 2U))) 
                                               << 7U) 
                                              | (((0x14U 
                                                   == 
                                                   (0x3ffU 
                                                    & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U] 
                                                       >> 2U))) 
                                                  << 6U) 
                                                 | (((0x12U 
                                                      == 
                                                      (0x3ffU 
                                                       & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                          [2U] 
                                                          >> 2U))) 
                                                     << 5U) 
                                                    | (((0xfU 
                                                         == 
                                                         (0x3ffU 
                                                          & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                             [2U] 
                                                             >> 2U))) 
                                                        << 4U) 
                                                       | (((5U 
                                                            == 
                                                            (0x3ffU 
                                                             & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                [2U] 
                                                                >> 2U))) 
                                                           << 3U) 
                                                          | (((4U 
                                                               == 
                                                               (0x3ffU 
                                                                & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 2U))) 
                                                              << 2U) 
                                                             | (((3U 
                                                                  == 
                                                                  (0x3ffU 
                                                                   & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                      [2U] 
                                                                      >> 2U))) 
                                                                 << 1U) 
                                                                | (1U 
                                                                   == 
                                                                   (0x3ffU 
                                                                    & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                       [2U] 
                                                                       >> 2U))))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_cfg_space.sv:95: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_cfg_space: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_cfg_space.sv", 95, "");
            }
        }
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x800U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x1000U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x2000U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x8000U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl) 
         & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
            >> 6U))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x100U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (8U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (4U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if ((((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur) 
            | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned)) 
           | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca)) 
          | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err)) 
         | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (2U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
            = (7U & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q)));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
            = (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d) 
                     - (IData)(1U)));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q;
    if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))) 
               & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d);
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
            = (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q;
    if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
            = (((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))) 
                & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d) 
               | (0xffffffffULL & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost) 
                                   << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target))) 
               & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d);
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid) 
           & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xf0U & ((- (IData)((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                       >> 1U)))) << 4U)) 
           | (0xfU & (- (IData)((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes))))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 0U;
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) {
            if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end;
                if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0U;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 1U;
                }
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
        }
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 1U;
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)))) {
                if ((2U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                    if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    }
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept) 
           & ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
              & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0) 
                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 0U;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 4U;
            } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                        & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 4U;
            }
        } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q)));
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
                = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw)
                    ? 3U : 1U);
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
            if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 2U;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
        }
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q)));
            if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
                    = ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))
                        ? 4U : 3U);
            }
        }
    } else if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 3U;
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                      >> 2U)))) {
            if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 1U;
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
           & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
           & (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc 
        = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
            & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined 
        = ((0xffffffff00000000ULL & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined) 
           | (IData)((IData)((VL_LTS_III(32, 0U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                               ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q
                               : ((1U > (- (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                   ? (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d 
                                      >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              (- (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                   : 0U)))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined 
        = ((0xffffffffULL & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined) 
           | ((QData)((IData)((VL_LTS_III(32, 1U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                                ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q
                                : ((1U > ((IData)(1U) 
                                          - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                    ? (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d 
                                       >> (0x1fU & 
                                           VL_MULS_III(32, (IData)(0x20U), 
                                                       ((IData)(1U) 
                                                        - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                    : 0U)))) << 0x20U));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws 
        = (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d 
        = (IData)((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined 
                   >> (0x3fU & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take)))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits 
        = (0U >= (3U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                         + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)) 
                        - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 0U;
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid) 
                 & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                    == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 4U;
            }
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
                = ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left))
                    ? 4U : 1U);
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))
                ? 2U : ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q))
                         ? 4U : 3U));
    } else if (vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad)
                ? 4U : ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))
                         ? 1U : 3U));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done))))) {
        if ((((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)) 
              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found)) 
             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q
                [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec];
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d 
                = (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                    [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec])) 
                    << 0x20U) | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                                [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec])));
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
            = (((0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                | (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
                   < vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q))
                ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline
                : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q);
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q))));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q] 
            = (0x3fU & ((IData)(1U) + vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q]));
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag))) 
               & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d);
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
            = (0x3fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                        [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
                        - (IData)(1U)));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    if ((1U & (~ ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                  & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))))) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 0U;
        } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                    & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
            if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 1U;
                }
            }
        }
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc)))) {
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                 & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
                            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
                            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag;
                    }
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q;
    if (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d = 0x40U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
            = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad)));
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
            = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q) 
                         + ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                            >> 2U)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = (0x1fffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
                          - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
               + (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
             == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                      >> 2U)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw 
        = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
            < ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [0U] 
                                                << 5U))))) 
                               | (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [0U])] >> (0x1fU 
                                              & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 0U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (0U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                     ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q
                    [((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                       ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                       : 0U)] : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                  ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q
                                  : ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                      ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws
                                      : 0U))) >> (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                (- (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                : 0U));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready = 0U;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left;
                }
            }
            vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready 
                = (1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                         | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits)));
        } else {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len;
                }
            }
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits;
            } else if (vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
                    = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len) 
                                 >> 2U));
            }
        }
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
            = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                         - (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total) 
                     - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take)));
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                     - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take)));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid) 
         & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
            = (1U & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes)) 
                     & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
            = (((~ (0xffffffffULL << (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                                               << 5U)))) 
                & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d) 
               | ((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw)) 
                  << (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                               << 5U))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat 
        = ((0xffffffff00000000ULL & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat) 
           | (IData)((IData)((VL_LTS_III(32, 0U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                               ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q)
                               : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                   ? 0U : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw)))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat 
        = ((0xffffffffULL & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat) 
           | ((QData)((IData)((VL_LTS_III(32, 1U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                                ? (IData)((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q 
                                           >> 0x20U))
                                : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                    ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw
                                    : 0U)))) << 0x20U));
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat;
        }
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal = 0U;
    vlSelf->nvme_ctrl_top__DOT__msix_req = 0U;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d = 0U;
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 0U;
    } else if ((((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)) 
                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found)) 
                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 1U;
    }
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
            } else {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
                        = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q) 
                                     + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                }
                if (vlSelf->nvme_ctrl_top__DOT__dma_wr_done) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal 
                        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next;
                    if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d 
                            = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q)));
                    }
                    vlSelf->nvme_ctrl_top__DOT__msix_req = 1U;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
                }
            }
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 6U;
            }
        } else {
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next) 
                 != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 5U;
            }
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if (((((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                   & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))) 
                  & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad))) 
                 & (((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active)) 
                     | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold)) 
                    | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
                    = ((IData)(1U) + vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q);
            }
            if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
                    = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q) 
                                 + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
                    = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                 + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                if (((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                     & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) 
                        | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d 
                        = (0x7ffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q)));
                }
            }
            if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) {
                    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0U;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
                    }
                } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit) 
                            & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 1U;
                } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit) 
                            & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken))) {
                    if ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 1U;
                    } else if ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 1U;
                    } else if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d = 0U;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d 
                            = (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q));
                    }
                    if ((1U & (~ VL_ONEHOT0_I((((3U 
                                                 == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)) 
                                                << 2U) 
                                               | (((2U 
                                                    == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)) 
                                                   << 1U) 
                                                  | (1U 
                                                     == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)))))))) {
                        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:459: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec: synthesis parallel_case, but multiple matches found\n",
                                      64,VL_TIME_UNITED_Q(1),
                                      -12,vlSymsp->name());
                            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 459, "");
                        }
                    }
                }
            }
            if (vlSelf->nvme_ctrl_top__DOT__dma_wr_done) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
                if (((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q)) 
                     & (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 1U;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 2U;
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 4U;
                }
            }
        } else if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 3U;
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
            = ((IData)(1U) + vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid);
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d 
            = ((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
               & ((~ ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                       >> 0xfU) | (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                  & (4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))));
        if ((0x1000U < (0x1fffU & ((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)) 
                                   + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes))))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
                = (0x1fffU & ((IData)(0x1000U) - (0xfffU 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))));
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d 
                = (0x1fffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes) 
                              - ((IData)(0x1000U) - 
                                 (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)))));
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
                = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d = 0U;
        }
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)
                ? 0U : ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src))
                         ? 2U : 4U));
    } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d = 0x40002U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 4U;
    } else if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot)));
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q) 
           | (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
               | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
              | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject)));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d = 0U;
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q))) 
               & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d));
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__msix_req) 
         & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
            >> 1U))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
            = (1U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d));
    }
}
