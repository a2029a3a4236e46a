// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpcie_ep.h for the primary calling header

#include "verilated.h"

#include "Vpcie_ep__Syms.h"
#include "Vpcie_ep___024root.h"

extern const VlWide<8>/*255:0*/ Vpcie_ep__ConstPool__CONST_h9e67c271_0;

VL_INLINE_OPT void Vpcie_ep___024root___nba_comb__TOP__0(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___nba_comb__TOP__0\n"); );
    // Body
    vlSelf->reg_wdata_o = vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q
        [vlSelf->pcie_ep__DOT__u_target__DOT__idx_q];
    vlSelf->dma_rd_data_id_o = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q];
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[0U] = vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
        [vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx];
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[1U] = ((0x10U 
                                                 > 
                                                 ((IData)(1U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(1U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[2U] = ((0x10U 
                                                 > 
                                                 ((IData)(2U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[3U] = ((0x10U 
                                                 > 
                                                 ((IData)(3U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(3U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[4U] = ((0x10U 
                                                 > 
                                                 ((IData)(4U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(4U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[5U] = ((0x10U 
                                                 > 
                                                 ((IData)(5U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(5U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[6U] = ((0x10U 
                                                 > 
                                                 ((IData)(6U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(6U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[7U] = ((0x10U 
                                                 > 
                                                 ((IData)(7U) 
                                                  + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                                [(0xfU 
                                                  & ((IData)(7U) 
                                                     + (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx)))]
                                                 : 0U);
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q;
    if (vlSelf->pcie_ep__DOT__cpl_start) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d 
            = (0x3ffU & (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q
                         [(0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [2U] >> 8U))] + 
                         (0x7ffU & ((vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q
                                     [(0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [2U] 
                                                >> 8U))] 
                                     - vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                                     [(0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [2U] 
                                                >> 8U))]) 
                                    >> 2U))));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d 
            = ((((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid) 
                   & (0U == (7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [1U] >> 0xdU)))) 
                  & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U] >> 0xeU))) & (0U != (IData)(vlSelf->pcie_ep__DOT__cpl_len_dw))) 
                & ((IData)(vlSelf->pcie_ep__DOT__cpl_byte_count) 
                   == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                   [(0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [2U] >> 8U))])) & (((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
                                                  << 2U) 
                                                 <= (IData)(vlSelf->pcie_ep__DOT__cpl_byte_count)));
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit 
        = ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_end)) 
           & ((vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
               >> (0x1fU & (IData)(vlSelf->time_i))) 
              & ((0U != (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)) 
                 & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q) 
                        & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q) 
                           == (0x1fU & (IData)(vlSelf->time_i))))) 
                    & ((0xffffU & ((IData)((vlSelf->time_i 
                                            >> 0xaU)) 
                                   - vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q
                                   [(0x1fU & (IData)(vlSelf->time_i))])) 
                       >= (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))));
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi 
        = ((vlSelf->reg_wdata_o >> 0x10U) & ((0xff00U 
                                              & ((- (IData)(
                                                            (1U 
                                                             & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                [1U] 
                                                                >> 3U)))) 
                                                 << 8U)) 
                                             | (0xffU 
                                                & (- (IData)(
                                                             (1U 
                                                              & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                 [1U] 
                                                                 >> 2U)))))));
    if ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[3U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[4U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[5U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[6U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws[7U];
    } else if ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] = 0U;
    } else if ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[3U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[4U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[5U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[6U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = vlSelf->pcie_ep__DOT__mwr_pl_dws[7U];
    } else {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = Vpcie_ep__ConstPool__CONST_h9e67c271_0[7U];
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err = 0U;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__cpl_end) 
                  & (IData)(vlSelf->pcie_ep__DOT__cpl_ok))))) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
                = (0x1fU & (IData)(vlSelf->time_i));
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire = 0U;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial = 0U;
    vlSelf->pcie_ep__DOT__ev_dma_cpl_err = 0U;
    if (((IData)(vlSelf->pcie_ep__DOT__cpl_end) & (IData)(vlSelf->pcie_ep__DOT__cpl_ok))) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q)))) {
                vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
                vlSelf->pcie_ep__DOT__ev_dma_cpl_err 
                    = ((1U != (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)) 
                       & (4U != (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)));
            }
            if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q) {
                vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial 
                    = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q) 
                       != vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                       [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]);
                vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire 
                    = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial)));
            } else {
                vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
            }
        } else {
            vlSelf->pcie_ep__DOT__ev_dma_cpl_err = 1U;
        }
    } else if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
        vlSelf->pcie_ep__DOT__ev_dma_cpl_err = 1U;
    }
    vlSelf->pcie_ep__DOT__tx_dw[0U] = (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [0U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [0U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [0U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [0U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (0U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[1U] = (((0xfffU & ((IData)(1U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [1U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [1U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [1U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [1U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [1U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (1U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(1U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(1U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(1U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(1U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(1U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[2U] = (((0xfffU & ((IData)(2U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [2U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [2U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [2U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [2U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [2U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 2U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (2U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(2U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(2U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(2U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(2U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(2U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[3U] = (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [3U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [3U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [3U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [3U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [3U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 3U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (3U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(3U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(3U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(3U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(3U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(3U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[4U] = (((0xfffU & ((IData)(4U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [4U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [4U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [4U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [4U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [4U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 4U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (4U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(4U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(4U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(4U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(4U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(4U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[5U] = (((0xfffU & ((IData)(5U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [5U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [5U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [5U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [5U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [5U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 5U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (5U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(5U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(5U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(5U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(5U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(5U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[6U] = (((0xfffU & ((IData)(6U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [6U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [6U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [6U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [6U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [6U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 6U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (6U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(6U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(6U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(6U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(6U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(6U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__tx_dw[7U] = (((0xfffU & ((IData)(7U) 
                                                   + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                                        < ((0x20000000U 
                                            & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                            ? 4U : 3U))
                                        ? (((0U == 
                                             (0x1fU 
                                              & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [7U] 
                                                 << 5U)))
                                             ? 0U : 
                                            (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                             (((IData)(0x1fU) 
                                               + (0x7fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [7U] 
                                                     << 5U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [7U] 
                                                     << 5U))))) 
                                           | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                              (3U & 
                                               vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                               [7U])] 
                                              >> (0x1fU 
                                                  & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                     [7U] 
                                                     << 5U))))
                                        : ((VL_GTES_III(32, 7U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                            & (7U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                            ? (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(7U) 
                                                                 - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                                 ? 0U
                                                 : 
                                                (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0xffU 
                                                    & VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(7U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(7U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                                               | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                                                  (7U 
                                                   & (VL_MULS_III(32, (IData)(0x20U), 
                                                                  ((IData)(7U) 
                                                                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                                                      >> 5U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & VL_MULS_III(32, (IData)(0x20U), 
                                                                 ((IData)(7U) 
                                                                  - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                                            : 0U));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q;
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = (((~ ((IData)(1U) << (IData)(vlSelf->dma_rd_req_id_i))) 
                & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d)) 
               | (0xffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad) 
                           << (IData)(vlSelf->dma_rd_req_id_i))));
    }
    if ((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
          & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q))) 
         & (~ (IData)(vlSelf->bus_master_en_o)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q))));
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q;
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q))));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q] 
            = (0x3fU & ((IData)(1U) + vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q]));
    } else {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
    }
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
                = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
                   | (0xffU & ((IData)(1U) << vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag])));
        }
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag))) 
               & vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d);
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
            = (0x3fU & (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
                        - (IData)(1U)));
    }
    vlSelf->pcie_ep__DOT__ev_cpl_err = ((IData)(vlSelf->pcie_ep__DOT__ev_dma_cpl_err) 
                                        | (IData)(vlSelf->pcie_ep__DOT__ev_unexpected_cpl));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[0U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[1U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[2U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[3U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[4U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[5U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[6U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[7U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U];
    if (((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[0U] 
            = vlSelf->pcie_ep__DOT__tx_dw[0U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[1U] 
            = vlSelf->pcie_ep__DOT__tx_dw[1U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[2U] 
            = vlSelf->pcie_ep__DOT__tx_dw[2U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[3U] 
            = vlSelf->pcie_ep__DOT__tx_dw[3U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[4U] 
            = vlSelf->pcie_ep__DOT__tx_dw[4U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[5U] 
            = vlSelf->pcie_ep__DOT__tx_dw[5U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[6U] 
            = vlSelf->pcie_ep__DOT__tx_dw[6U];
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[7U] 
            = vlSelf->pcie_ep__DOT__tx_dw[7U];
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[0U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[1U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[2U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[3U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[4U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[5U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[6U];
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q[7U];
    if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U];
        } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
                = vlSelf->pcie_ep__DOT__tx_dw[0U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
                = vlSelf->pcie_ep__DOT__tx_dw[1U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
                = vlSelf->pcie_ep__DOT__tx_dw[2U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
                = vlSelf->pcie_ep__DOT__tx_dw[3U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
                = vlSelf->pcie_ep__DOT__tx_dw[4U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
                = vlSelf->pcie_ep__DOT__tx_dw[5U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
                = vlSelf->pcie_ep__DOT__tx_dw[6U];
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
                = vlSelf->pcie_ep__DOT__tx_dw[7U];
        }
    }
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
        = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q;
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval = 0U;
    if (vlSelf->pcie_ep__DOT__cfg_wr_en) {
        if (((((((((1U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U))) 
                   | (3U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [2U] >> 2U)))) 
                  | (4U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
                 | (5U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
                | (0xfU == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
               | (0x12U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
              | (0x14U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
             | (0x1cU == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [2U] >> 2U))))) {
            if ((1U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__3__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
                    = ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q) 
                       & (~ (0xf900U & (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi))));
                vlSelf->__Vfunc_merge_bytes__3__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__3__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__3__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d 
                    = (0x546U & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((3U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__4__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__4__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__4__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__4__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
                    = (0xffU & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((4U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__5__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__5__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__5__old 
                    = (vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__5__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
                    = (vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                       >> 0xeU);
            } else if ((5U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__6__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__6__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__6__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
                    = vlSelf->__Vfunc_merge_bytes__6__Vfuncout;
            } else if ((0xfU == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__7__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__7__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__7__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__7__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
                    = (0xffU & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x12U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__8__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
                    = ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q) 
                       & (~ (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi)));
                vlSelf->__Vfunc_merge_bytes__8__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__8__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__8__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
                    = (0x78ffU & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x14U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__9__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__9__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__9__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__9__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
                    = (0xcbU & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else {
                vlSelf->__Vfunc_merge_bytes__10__be 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__10__data 
                    = vlSelf->reg_wdata_o;
                vlSelf->__Vfunc_merge_bytes__10__old 
                    = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
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
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__10__Vfuncout;
                vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
                    = (0xfU & vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval);
            }
        } else if ((0x20U == (0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 2U)))) {
            vlSelf->__Vfunc_merge_bytes__11__be = (0xfU 
                                                   & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U]);
            vlSelf->__Vfunc_merge_bytes__11__data = vlSelf->reg_wdata_o;
            vlSelf->__Vfunc_merge_bytes__11__old = 
                ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
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
            vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                = vlSelf->__Vfunc_merge_bytes__11__Vfuncout;
            vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
                = (vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval 
                   >> 0x1eU);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x20U == (0x3ffU 
                                               & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 2U))) 
                                    << 8U) | (((0x1cU 
                                                == 
                                                (0x3ffU 
                                                 & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 2U))) 
                                               << 7U) 
                                              | (((0x14U 
                                                   == 
                                                   (0x3ffU 
                                                    & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U] 
                                                       >> 2U))) 
                                                  << 6U) 
                                                 | (((0x12U 
                                                      == 
                                                      (0x3ffU 
                                                       & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                          [2U] 
                                                          >> 2U))) 
                                                     << 5U) 
                                                    | (((0xfU 
                                                         == 
                                                         (0x3ffU 
                                                          & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                             [2U] 
                                                             >> 2U))) 
                                                        << 4U) 
                                                       | (((5U 
                                                            == 
                                                            (0x3ffU 
                                                             & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                [2U] 
                                                                >> 2U))) 
                                                           << 3U) 
                                                          | (((4U 
                                                               == 
                                                               (0x3ffU 
                                                                & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 2U))) 
                                                              << 2U) 
                                                             | (((3U 
                                                                  == 
                                                                  (0x3ffU 
                                                                   & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                      [2U] 
                                                                      >> 2U))) 
                                                                 << 1U) 
                                                                | (1U 
                                                                   == 
                                                                   (0x3ffU 
                                                                    & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                       [2U] 
                                                                       >> 2U))))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_cfg_space.sv:95: Assertion failed in %Npcie_ep.u_cfg_space: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_cfg_space.sv", 95, "");
            }
        }
    }
    if (vlSelf->pcie_ep__DOT__ev_sent_ca) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x800U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->pcie_ep__DOT__ev_rcvd_ca) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x1000U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->pcie_ep__DOT__ev_rcvd_ur) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x2000U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->pcie_ep__DOT__ev_poisoned) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x8000U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (((IData)(vlSelf->pcie_ep__DOT__ev_poisoned_cpl) 
         & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q) 
            >> 6U))) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x100U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->pcie_ep__DOT__ev_ur) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (8U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if (vlSelf->pcie_ep__DOT__ev_malformed) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (4U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if ((((((IData)(vlSelf->pcie_ep__DOT__ev_ur) | (IData)(vlSelf->pcie_ep__DOT__ev_poisoned)) 
           | (IData)(vlSelf->pcie_ep__DOT__ev_sent_ca)) 
          | (IData)(vlSelf->pcie_ep__DOT__ev_cpl_err)) 
         | (IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ca))) {
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (2U | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
}
