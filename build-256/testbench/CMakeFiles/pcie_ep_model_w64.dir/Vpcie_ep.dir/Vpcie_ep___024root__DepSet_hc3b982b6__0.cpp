// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpcie_ep.h for the primary calling header

#include "verilated.h"

#include "Vpcie_ep__Syms.h"
#include "Vpcie_ep___024root.h"

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpcie_ep___024root___dump_triggers__ico(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG

void Vpcie_ep___024root___eval_triggers__ico(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_triggers__ico\n"); );
    // Body
    vlSelf->__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vpcie_ep___024root___dump_triggers__ico(vlSelf);
    }
#endif
}

VL_INLINE_OPT void Vpcie_ep___024root___ico_sequent__TOP__0(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___ico_sequent__TOP__0\n"); );
    // Init
    QData/*47:0*/ pcie_ep__DOT__u_dma_rd__DOT__sent_deadline;
    pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = 0;
    // Body
    if ((1U & (~ VL_ONEHOT0_I((((0x1cU == (IData)(vlSelf->sim_addr_i)) 
                                << 7U) | (((0x18U == (IData)(vlSelf->sim_addr_i)) 
                                           << 6U) | 
                                          (((0x14U 
                                             == (IData)(vlSelf->sim_addr_i)) 
                                            << 5U) 
                                           | (((0x10U 
                                                == (IData)(vlSelf->sim_addr_i)) 
                                               << 4U) 
                                              | (((0xcU 
                                                   == (IData)(vlSelf->sim_addr_i)) 
                                                  << 3U) 
                                                 | (((8U 
                                                      == (IData)(vlSelf->sim_addr_i)) 
                                                     << 2U) 
                                                    | (((4U 
                                                         == (IData)(vlSelf->sim_addr_i)) 
                                                        << 1U) 
                                                       | (0U 
                                                          == (IData)(vlSelf->sim_addr_i))))))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:81: Assertion failed in %Npcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 81, "");
        }
    }
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q;
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id))) 
               & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d));
    }
    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 0U;
    vlSelf->sim_rdata_o = (((((((((0U == (IData)(vlSelf->sim_addr_i)) 
                                  | (4U == (IData)(vlSelf->sim_addr_i))) 
                                 | (8U == (IData)(vlSelf->sim_addr_i))) 
                                | (0xcU == (IData)(vlSelf->sim_addr_i))) 
                               | (0x10U == (IData)(vlSelf->sim_addr_i))) 
                              | (0x14U == (IData)(vlSelf->sim_addr_i))) 
                             | (0x18U == (IData)(vlSelf->sim_addr_i))) 
                            | (0x1cU == (IData)(vlSelf->sim_addr_i)))
                            ? ((0U == (IData)(vlSelf->sim_addr_i))
                                ? 0x4e564353U : ((4U 
                                                  == (IData)(vlSelf->sim_addr_i))
                                                  ? 1U
                                                  : 
                                                 ((8U 
                                                   == (IData)(vlSelf->sim_addr_i))
                                                   ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q
                                                   : 
                                                  ((0xcU 
                                                    == (IData)(vlSelf->sim_addr_i))
                                                    ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q
                                                    : 
                                                   ((0x10U 
                                                     == (IData)(vlSelf->sim_addr_i))
                                                     ? (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)
                                                     : 
                                                    ((0x14U 
                                                      == (IData)(vlSelf->sim_addr_i))
                                                      ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q
                                                      : 
                                                     ((0x18U 
                                                       == (IData)(vlSelf->sim_addr_i))
                                                       ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q
                                                       : vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q)))))))
                            : 0U);
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q;
    if (((IData)(vlSelf->rx_tlp_valid_i) & (IData)(vlSelf->rx_tlp_ready_o))) {
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
            = vlSelf->rx_tlp_data_i;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
            = vlSelf->rx_tlp_last_i;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 1U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d = 0U;
        vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
            = vlSelf->rx_tlp_keep_i;
        vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 1U;
        if ((0U != (0xfU & ((IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep) 
                            >> 4U)))) {
            vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 2U;
        }
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
            = vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout;
    } else {
        if (vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used) {
            vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 0U;
        }
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used)))) {
            if (vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken) {
                vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
                    = (1U & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q)));
            }
        }
    }
    pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = ((0U 
                                                   == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))
                                                   ? 0xffffffffffffULL
                                                   : 
                                                  (0xfffffffffc00ULL 
                                                   & (((vlSelf->time_i 
                                                        >> 0xaU) 
                                                       + (QData)((IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))) 
                                                      << 0xaU)));
    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval = 0U;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                if (vlSelf->reg_rvalid_i) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->reg_rdata_i;
                }
            }
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U == (IData)(vlSelf->reg_be_o))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (1U & (~ (IData)(vlSelf->reg_we_o)));
            } else if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (1U & (~ (IData)(vlSelf->reg_we_o)));
            }
            if ((0U != (IData)(vlSelf->reg_be_o))) {
                if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->pcie_ep__DOT__msix_rdata;
                }
            }
        } else if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
            if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                          >> 2U)))) {
                if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                              >> 1U)))) {
                    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                        vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                        vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                            = vlSelf->pcie_ep__DOT__cfg_rd_data;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q;
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q;
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
    if (((IData)(vlSelf->pcie_ep__DOT__drop_cpl_take) 
         & (0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q))) {
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
            = (vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
               - (IData)(1U));
    }
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d 
            = vlSelf->dma_rd_req_id_i;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->dma_rd_req_id_i))));
    }
    if (((IData)(vlSelf->sim_req_i) & (IData)(vlSelf->sim_we_i))) {
        if ((8U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
                = vlSelf->sim_wdata_i;
        } else if ((0xcU == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x10U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
                = (0xffffU & vlSelf->sim_wdata_i);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x10U == (IData)(vlSelf->sim_addr_i)) 
                                    << 2U) | (((0xcU 
                                                == (IData)(vlSelf->sim_addr_i)) 
                                               << 1U) 
                                              | (8U 
                                                 == (IData)(vlSelf->sim_addr_i)))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:53: Assertion failed in %Npcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 53, "");
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad = 
        ((0U == (IData)(vlSelf->dma_wr_req_len_i)) 
         | ((0U != (3U & (IData)(vlSelf->dma_wr_req_len_i))) 
            | ((0x1000U < (IData)(vlSelf->dma_wr_req_len_i)) 
               | (0U != (3U & (IData)(vlSelf->dma_wr_req_addr_i))))));
    vlSelf->idle_o = (((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                       & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                      & ((~ (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)) 
                         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)) 
                            & ((~ (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_valid)) 
                               & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                                      | ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found) 
                                         & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable)))) 
                                  & ((2U != (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)) 
                                     & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)) 
                                        & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                                           & (((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle) 
                                               | ((IData)(vlSelf->dma_rd_req_ready_o) 
                                                  & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                                     & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                                        & ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_start)) 
                                                           & ((vlSelf->time_i 
                                                               < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                                              & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                                 == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)))))))) 
                                              & (IData)(vlSelf->dma_wr_req_ready_o))))))))));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad = 
        (1U & ((0U == (IData)(vlSelf->dma_rd_req_len_i)) 
               | ((0U != (3U & (IData)(vlSelf->dma_rd_req_len_i))) 
                  | ((~ ((IData)(vlSelf->bus_master_en_o) 
                         & (0U == (3U & (IData)(vlSelf->dma_rd_req_addr_i))))) 
                     | (0x1000U < (IData)(vlSelf->dma_rd_req_len_i))))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free 
        = (1U & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                 | (IData)(vlSelf->tx_tlp_ready_i)));
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
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total = (3U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                                                     + 
                                                     ((IData)(vlSelf->dma_wr_data_valid_i)
                                                       ? (IData)(vlSelf->dma_wr_data_count_i)
                                                       : 0U)));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q;
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
    vlSelf->pcie_ep__DOT__tx_dw_valid = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                                         & (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? 1U : 
                                             ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? 1U
                                               : ((2U 
                                                   == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  (1U 
                                                   & ((1U 
                                                       < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                                      | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                   : 0U))) 
                                            >= ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                                 ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                                 : 0U)));
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
    vlSelf->pcie_ep__DOT__ev_cpl_err = ((IData)(vlSelf->pcie_ep__DOT__ev_dma_cpl_err) 
                                        | (IData)(vlSelf->pcie_ep__DOT__ev_unexpected_cpl));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat 
        = ((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
           & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
              & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes)));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept = (
                                                   (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
                                                   & (IData)(vlSelf->pcie_ep__DOT__tx_dw_valid));
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
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
                = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
                   | (0xffU & ((IData)(1U) << vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag])));
        }
    }
    if (((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
         & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
            = (1U & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes)) 
                     & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))));
    }
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
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xf0U & ((- (IData)((1U & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                       >> 1U)))) << 4U)) 
           | (0xfU & (- (IData)((1U & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes))))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q;
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q;
    vlSelf->pcie_ep__DOT__mwr_pl_take = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept) 
                                         & ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                            & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0) 
                                               & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0))));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done = 0U;
    if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) {
        if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) {
            if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept) {
                vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
                    = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end;
                if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word) {
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0U;
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done = 1U;
                }
            }
        } else {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
        }
    } else {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 1U;
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_valid)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)))) {
                if ((2U != (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits 
        = (0U >= (3U & (((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                         + (IData)(vlSelf->dma_wr_data_count_i)) 
                        - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined = (
                                                   (0xffffffff00000000ULL 
                                                    & vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined) 
                                                   | (IData)((IData)(
                                                                     (VL_LTS_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                                                                       ? vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q
                                                                       : 
                                                                      ((1U 
                                                                        > 
                                                                        (- (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                                                        ? 
                                                                       (vlSelf->dma_wr_data_i 
                                                                        >> 
                                                                        (0x1fU 
                                                                         & VL_MULS_III(32, (IData)(0x20U), 
                                                                                (- (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                                                        : 0U)))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined = (
                                                   (0xffffffffULL 
                                                    & vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined) 
                                                   | ((QData)((IData)(
                                                                      (VL_LTS_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                                                                        ? vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q
                                                                        : 
                                                                       ((1U 
                                                                         > 
                                                                         ((IData)(1U) 
                                                                          - (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                                                         ? 
                                                                        (vlSelf->dma_wr_data_i 
                                                                         >> 
                                                                         (0x1fU 
                                                                          & VL_MULS_III(32, (IData)(0x20U), 
                                                                                ((IData)(1U) 
                                                                                - (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                                                         : 0U)))) 
                                                      << 0x20U));
    vlSelf->pcie_ep__DOT__mwr_pl_dws = (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined);
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d = (IData)(
                                                           (vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined 
                                                            >> 
                                                            (0x3fU 
                                                             & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)))));
    vlSelf->pcie_ep__DOT__u_target__DOT__state_d = vlSelf->pcie_ep__DOT__u_target__DOT__state_q;
    vlSelf->pcie_ep__DOT__u_target__DOT__idx_d = vlSelf->pcie_ep__DOT__u_target__DOT__idx_q;
    vlSelf->pcie_ep__DOT__u_target__DOT__advance = 0U;
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d = 0U;
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 4U;
            } else if (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                        & (0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 4U;
            }
        } else if (vlSelf->reg_rvalid_i) {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q)));
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d 
                = ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw)
                    ? 3U : 1U);
        }
    } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((0U == (IData)(vlSelf->reg_be_o))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
        } else if (vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
            if (vlSelf->reg_gnt_i) {
                if (vlSelf->reg_we_o) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
                } else {
                    vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 2U;
                }
            }
        } else {
            vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
        }
        if (vlSelf->pcie_ep__DOT__u_target__DOT__advance) {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q)));
            if (vlSelf->pcie_ep__DOT__u_target__DOT__last_dw) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d 
                    = ((IData)(vlSelf->reg_we_o) ? 4U
                        : 3U);
            }
        }
    } else if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 3U;
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                      >> 2U)))) {
            if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 1U;
            }
        }
    }
    vlSelf->pcie_ep__DOT__mwr_done = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                      & (2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->pcie_ep__DOT__msix_msg_done = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                           & (1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc = (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                                   & (3U 
                                                      == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->dma_wr_data_ready_o = 0U;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->dma_wr_data_ready_o = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                                                 | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits)));
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->dma_wr_data_ready_o = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits;
        } else if (vlSelf->dma_wr_req_valid_i) {
            vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d 
                = (0x7ffU & ((IData)(vlSelf->dma_wr_req_len_i) 
                             >> 2U));
        }
    }
    if (((IData)(vlSelf->dma_wr_data_valid_i) & (IData)(vlSelf->dma_wr_data_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d 
            = (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                         - (IData)(vlSelf->dma_wr_data_count_i)));
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total) 
                     - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)));
    } else {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                     - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)));
    }
    vlSelf->pcie_ep__DOT__tx_dw = (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
                                    < ((0x20000000U 
                                        & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                        ? 4U : 3U))
                                    ? (((0U == (0x1fU 
                                                & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                   [0U] 
                                                   << 5U)))
                                         ? 0U : (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0x7fU 
                                                    & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                       [0U] 
                                                       << 5U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                      [0U] 
                                                      << 5U))))) 
                                       | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                          (3U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                           [0U])] >> 
                                          (0x1fU & 
                                           (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                            [0U] << 5U))))
                                    : ((VL_GTES_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                        & (0U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                        ? (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                            [((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                               ? (0xfU 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                               : 0U)]
                                             : ((1U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q
                                                 : 
                                                ((2U 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? vlSelf->pcie_ep__DOT__mwr_pl_dws
                                                  : 0U))) 
                                           >> (0x1fU 
                                               & VL_MULS_III(32, (IData)(0x20U), 
                                                             (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                        : 0U));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q;
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->pcie_ep__DOT__mwr_done) {
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr;
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left;
                }
            }
        } else if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
            if (vlSelf->dma_wr_req_valid_i) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                    = vlSelf->dma_wr_req_addr_i;
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d 
                    = vlSelf->dma_wr_req_len_i;
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
    vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d = vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d = vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q;
    if (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->pcie_ep__DOT__msix_msg_done))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q))) 
               & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d));
    } else if ((((~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)) 
                 & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found)) 
                & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = 1U;
    }
    if (((IData)(vlSelf->msix_req_i) & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                        >> 1U))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->msix_vector_i))));
    }
    vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                  & (IData)(vlSelf->pcie_ep__DOT__msix_msg_done))))) {
        if ((((~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)) 
              & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found)) 
             & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable))) {
            vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d 
                = vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec;
            vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d 
                = vlSelf->pcie_ep__DOT__u_msix__DOT__data_q
                [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec];
            vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d 
                = (((QData)((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                    [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec])) 
                    << 0x20U) | (QData)((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                                [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec])));
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q;
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
            = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d 
            = (((0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                | (pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
                   < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q))
                ? pcie_ep__DOT__u_dma_rd__DOT__sent_deadline
                : vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q);
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q))));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
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
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
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
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag))) 
               & vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d);
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
            = (0x3fU & (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
                        - (IData)(1U)));
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    if ((1U & (~ ((IData)(vlSelf->dma_rd_req_valid_i) 
                  & (IData)(vlSelf->dma_rd_req_ready_o))))) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d = 0U;
        } else if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                    & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
            if (vlSelf->bus_master_en_o) {
                if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d = 1U;
                }
            }
        }
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc)))) {
            if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                 & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                if (vlSelf->bus_master_en_o) {
                    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
                            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk;
                        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
                            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q;
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = vlSelf->dma_rd_req_len_i;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->dma_rd_req_addr_i;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
            = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad)));
    } else if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
            = (0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q) 
                         + ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                            >> 2U)));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = (0x1fffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
                          - (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
               + (QData)((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
             == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q))) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    } else if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
        if ((1U & (~ (IData)(vlSelf->bus_master_en_o)))) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    }
    if (vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0U;
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q;
    if (((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
         & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
            = (((~ (0xffffffffULL << (0x3fU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                                               << 5U)))) 
                & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d) 
               | ((QData)((IData)(vlSelf->pcie_ep__DOT__tx_dw)) 
                  << (0x3fU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                               << 5U))));
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat = ((0xffffffff00000000ULL 
                                                   & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat) 
                                                  | (IData)((IData)(
                                                                    (VL_LTS_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                                                                      ? (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q)
                                                                      : 
                                                                     ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                                                       ? 0U
                                                                       : vlSelf->pcie_ep__DOT__tx_dw)))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat = ((0xffffffffULL 
                                                   & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat) 
                                                  | ((QData)((IData)(
                                                                     (VL_LTS_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                                                                       ? (IData)(
                                                                                (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q 
                                                                                >> 0x20U))
                                                                       : 
                                                                      ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                                                        ? vlSelf->pcie_ep__DOT__tx_dw
                                                                        : 0U)))) 
                                                     << 0x20U));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
    if (((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
            = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat;
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q;
    if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
        } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat;
        }
    } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 1U;
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpcie_ep___024root___dump_triggers__act(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG

void Vpcie_ep___024root___eval_triggers__act(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___eval_triggers__act\n"); );
    // Body
    vlSelf->__VactTriggered.at(0U) = (((IData)(vlSelf->clk_i) 
                                       & (~ (IData)(vlSelf->__Vtrigrprev__TOP__clk_i))) 
                                      | ((~ (IData)(vlSelf->rst_ni)) 
                                         & (IData)(vlSelf->__Vtrigrprev__TOP__rst_ni)));
    vlSelf->__VactTriggered.at(1U) = ((IData)(vlSelf->clk_i) 
                                      & (~ (IData)(vlSelf->__Vtrigrprev__TOP__clk_i)));
    vlSelf->__Vtrigrprev__TOP__clk_i = vlSelf->clk_i;
    vlSelf->__Vtrigrprev__TOP__rst_ni = vlSelf->rst_ni;
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vpcie_ep___024root___dump_triggers__act(vlSelf);
    }
#endif
}

VL_INLINE_OPT void Vpcie_ep___024root___nba_sequent__TOP__0(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*3:0*/ __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__payload_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__payload_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_rx__DOT__payload_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_rx__DOT__payload_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_rx__DOT__payload_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__payload_q__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pcie_ep__DOT__u_target__DOT__rdata_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_target__DOT__rdata_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_target__DOT__rdata_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_target__DOT__rdata_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_target__DOT__rdata_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_target__DOT__rdata_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 = 0;
    CData/*2:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 = 0;
    SData/*12:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 = 0;
    SData/*12:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 = 0;
    SData/*9:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 = 0;
    SData/*12:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 = 0;
    // Body
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_valid_i) 
                                      & (0U == (((vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U] 
                                                  ^ 
                                                  (((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_addr_i) 
                                                    << 0xdU) 
                                                   | (IData)(vlSelf->__Vsampled__TOP__dma_wr_req_len_i))) 
                                                 | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U] 
                                                    ^ 
                                                    (((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_addr_i) 
                                                      >> 0x13U) 
                                                     | ((IData)(
                                                                (vlSelf->__Vsampled__TOP__dma_wr_req_addr_i 
                                                                 >> 0x20U)) 
                                                        << 0xdU)))) 
                                                | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U] 
                                                   ^ 
                                                   ((IData)(
                                                            (vlSelf->__Vsampled__TOP__dma_wr_req_addr_i 
                                                             >> 0x20U)) 
                                                    >> 0x13U))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_wr.sv:226: Assertion failed in %Npcie_ep.u_dma_wr.ReqHolds: (req_valid_i) && !(req_ready_o) |=> (req_valid_i) && $stable({req_addr_i, req_len_i})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_wr.sv", 226, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_valid_i) 
                                      & (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0 
                                         == (((QData)((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_i)) 
                                              << 1U) 
                                             | (QData)((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_count_i))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_wr.sv:228: Assertion failed in %Npcie_ep.u_dma_wr.DataHolds: (data_valid_i) && !(data_ready_o) |=> (data_valid_i) && $stable({data_i, data_count_i})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_wr.sv", 228, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__tx_tlp_valid_o)) 
                                   | (((0xfU == (0xfU 
                                                 & (IData)(vlSelf->__Vsampled__TOP__tx_tlp_keep_o))) 
                                       & (0U == (((IData)(1U) 
                                                  + (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT__keep_q)) 
                                                 & (IData)(vlSelf->__Vsampled__TOP__tx_tlp_keep_o)))) 
                                      & ((0xffU == (IData)(vlSelf->__Vsampled__TOP__tx_tlp_keep_o)) 
                                         | (IData)(vlSelf->__Vsampled__TOP__tx_tlp_last_o))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: tlp_tx_pack.sv:160: Assertion failed in %Npcie_ep.u_tx_pack.TxTlpKeep: tx_tlp_valid_o |-> tx_tlp_keep_o[3:0] == 4'hf &&                     (keep_plus_one & {1'b0, tx_tlp_keep_o}) == '0 &&                     (&tx_tlp_keep_o || tx_tlp_last_o)\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/tlp_tx_pack.sv", 160, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__tx_tlp_valid_o) 
                                      & (0U == (((vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U] 
                                                  ^ 
                                                  (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_data_o) 
                                                    << 9U) 
                                                   | (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_keep_o) 
                                                       << 1U) 
                                                      | (IData)(vlSelf->__Vsampled__TOP__tx_tlp_last_o)))) 
                                                 | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U] 
                                                    ^ 
                                                    (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_data_o) 
                                                      >> 0x17U) 
                                                     | ((IData)(
                                                                (vlSelf->__Vsampled__TOP__tx_tlp_data_o 
                                                                 >> 0x20U)) 
                                                        << 9U)))) 
                                                | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U] 
                                                   ^ 
                                                   ((IData)(
                                                            (vlSelf->__Vsampled__TOP__tx_tlp_data_o 
                                                             >> 0x20U)) 
                                                    >> 0x17U))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: tlp_tx_pack.sv:156: Assertion failed in %Npcie_ep.u_tx_pack.TxTlpHolds: (tx_tlp_valid_o) && !(tx_tlp_ready_i) |=> (tx_tlp_valid_o) && $stable({tx_tlp_data_o, tx_tlp_keep_o, tx_tlp_last_o})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/tlp_tx_pack.sv", 156, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__rx_tlp_valid_i) 
                                      & (0U == (((vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U] 
                                                  ^ 
                                                  (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_data_i) 
                                                    << 9U) 
                                                   | (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_keep_i) 
                                                       << 1U) 
                                                      | (IData)(vlSelf->__Vsampled__TOP__rx_tlp_last_i)))) 
                                                 | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U] 
                                                    ^ 
                                                    (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_data_i) 
                                                      >> 0x17U) 
                                                     | ((IData)(
                                                                (vlSelf->__Vsampled__TOP__rx_tlp_data_i 
                                                                 >> 0x20U)) 
                                                        << 9U)))) 
                                                | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U] 
                                                   ^ 
                                                   ((IData)(
                                                            (vlSelf->__Vsampled__TOP__rx_tlp_data_i 
                                                             >> 0x20U)) 
                                                    >> 0x17U))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: tlp_rx_unpack.sv:125: Assertion failed in %Npcie_ep.u_rx_unpack.RxTlpHolds: (rx_tlp_valid_i) && !(rx_tlp_ready_o) |=> (rx_tlp_valid_i) && $stable({rx_tlp_data_i, rx_tlp_keep_i, rx_tlp_last_i})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/tlp_rx_unpack.sv", 125, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ ((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_valid_i) 
                                       & (IData)(vlSelf->__Vsampled__TOP__dma_wr_data_ready_o))) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_count_i) 
                                      & ((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_count_i) 
                                         <= (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__recv_q))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_wr.sv:231: Assertion failed in %Npcie_ep.u_dma_wr.DataFitsRequest: data_valid_i && data_ready_o |->                           data_count_i != '0 && 11'(data_count_i) <= recv_q\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_wr.sv", 231, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_valid_i) 
                                      & (0U == (((vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U] 
                                                  ^ 
                                                  (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_addr_i) 
                                                    << 0x10U) 
                                                   | (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_len_i) 
                                                       << 3U) 
                                                      | (IData)(vlSelf->__Vsampled__TOP__dma_rd_req_id_i)))) 
                                                 | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U] 
                                                    ^ 
                                                    (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_addr_i) 
                                                      >> 0x10U) 
                                                     | ((IData)(
                                                                (vlSelf->__Vsampled__TOP__dma_rd_req_addr_i 
                                                                 >> 0x20U)) 
                                                        << 0x10U)))) 
                                                | (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U] 
                                                   ^ 
                                                   ((IData)(
                                                            (vlSelf->__Vsampled__TOP__dma_rd_req_addr_i 
                                                             >> 0x20U)) 
                                                    >> 0x10U))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_rd.sv:403: Assertion failed in %Npcie_ep.u_dma_rd.ReqHolds: (req_valid_i) && !(req_ready_o) |=> (req_valid_i) && $stable({req_addr_i, req_len_i, req_id_i})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_rd.sv", 403, "");
            }
        }
    }
    if (VL_UNLIKELY((((IData)(vlSelf->dma_rd_req_valid_i) 
                      & (IData)(vlSelf->dma_rd_req_ready_o)) 
                     & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
                        >> (IData)(vlSelf->dma_rd_req_id_i))))) {
        VL_WRITEF("[%0t] %%Error: pcie_dma_rd.sv:392: Assertion failed in %Npcie_ep.u_dma_rd: pcie_dma_rd: request ID %0# reused while busy\n",
                  64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name(),
                  3,(IData)(vlSelf->dma_rd_req_id_i));
        VL_STOP_MT("/work/main/rtl/pcie_dma_rd.sv", 392, "");
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_target__DOT___Vpast_0_0)) 
                                   | ((IData)(vlSelf->__Vsampled__TOP__reg_req_o) 
                                      & (vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_target__DOT___Vpast_1_0 
                                         == (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_we_o)) 
                                              << 0x31U) 
                                             | (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_addr_o)) 
                                                 << 0x24U) 
                                                | (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_wdata_o)) 
                                                    << 4U) 
                                                   | (QData)((IData)(vlSelf->__Vsampled__TOP__reg_be_o))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_target.sv:305: Assertion failed in %Npcie_ep.u_target.RegReqHolds: (reg_req_o) && !(reg_gnt_i) |=> (reg_req_o) && $stable({reg_we_o, reg_addr_o, reg_wdata_o, reg_be_o})\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_target.sv", 305, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0)) 
                                       & (2U == (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__state_q)))) 
                                   | (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_wr.sv:233: Assertion failed in %Npcie_ep.u_dma_wr.MwrNeedsBusMaster: $rose(mwr_valid_o) |-> $past(bus_master_en_i)\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_wr.sv", 233, "");
            }
        }
    }
    __Vdlyvset__pcie_ep__DOT__u_target__DOT__rdata_q__v0 = 0U;
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0)) 
                                       & (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT__present_q))) 
                                   | (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_rd.sv:405: Assertion failed in %Npcie_ep.u_dma_rd.MrdNeedsBusMaster: $rose(mrd_valid_o) |-> $past(bus_master_en_i)\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_rd.sv", 405, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((0U != (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__state_q)) 
                                   | (0U == (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_dma_wr.sv:232: Assertion failed in %Npcie_ep.u_dma_wr.QueueEmptyBetweenRequests: state_q == StIdle |-> queued_q == '0\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_dma_wr.sv", 232, "");
            }
        }
    }
    if (vlSymsp->_vm_contextp__->assertOn()) {
        if (VL_LIKELY((1U & (~ ((~ (IData)(vlSelf->__Vsampled__TOP__rst_ni)) 
                                | ((~ ((~ (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sending_q)) 
                                       & (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sending_d))) 
                                   | ((IData)(((2U 
                                                == (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q)) 
                                               & (((IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__pending_q) 
                                                   >> (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sel_d)) 
                                                  & (~ 
                                                     vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__mask_q
                                                     [vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_msix__DOT__sel_d])))) 
                                      & (IData)(vlSelf->__Vsampled__TOP__bus_master_en_o)))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_msix.sv:167: Assertion failed in %Npcie_ep.u_msix.MsgOnlyWhenUnmasked: !sending_q && sending_d |->                               pending_q[sel_d] && !picked_masked && msix_enable_i &&                               !func_mask_i && bus_master_en_i\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_msix.sv", 167, "");
            }
        }
    }
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__payload_q__v0 = 0U;
    if (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) 
         & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)))) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l = 1U;
        if ((VL_LTS_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count)) 
             & (0x10U > (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q)))) {
            __Vdlyvval__pcie_ep__DOT__u_rx__DOT__payload_q__v0 
                = vlSelf->dma_rd_data_o;
            __Vdlyvset__pcie_ep__DOT__u_rx__DOT__payload_q__v0 = 1U;
            __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__payload_q__v0 
                = (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q));
        }
    }
    if (vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we) {
        __Vdlyvval__pcie_ep__DOT__u_target__DOT__rdata_q__v0 
            = vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval;
        __Vdlyvset__pcie_ep__DOT__u_target__DOT__rdata_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_target__DOT__rdata_q__v0 
            = vlSelf->pcie_ep__DOT__u_target__DOT__idx_q;
    }
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q;
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q;
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 
            = (0xffffU & (IData)((vlSelf->time_i >> 0xaU)));
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    }
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial) {
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 
            = (0x1fffU & (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                          [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q] 
                          - (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q)));
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 = 1U;
        __Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[0U] 
        = (((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_addr_i) 
            << 0xdU) | (IData)(vlSelf->__Vsampled__TOP__dma_wr_req_len_i));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[1U] 
        = (((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_addr_i) 
            >> 0x13U) | ((IData)((vlSelf->__Vsampled__TOP__dma_wr_req_addr_i 
                                  >> 0x20U)) << 0xdU));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_1_0[2U] 
        = ((IData)((vlSelf->__Vsampled__TOP__dma_wr_req_addr_i 
                    >> 0x20U)) >> 0x13U);
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_0_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__dma_wr_req_valid_i) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__dma_wr_req_ready_o))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_3_0 
        = (((QData)((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_i)) 
            << 1U) | (QData)((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_count_i)));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_2_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__dma_wr_data_valid_i) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__dma_wr_data_ready_o))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[0U] 
        = (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_data_o) 
            << 9U) | (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_keep_o) 
                       << 1U) | (IData)(vlSelf->__Vsampled__TOP__tx_tlp_last_o)));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[1U] 
        = (((IData)(vlSelf->__Vsampled__TOP__tx_tlp_data_o) 
            >> 0x17U) | ((IData)((vlSelf->__Vsampled__TOP__tx_tlp_data_o 
                                  >> 0x20U)) << 9U));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_1_0[2U] 
        = ((IData)((vlSelf->__Vsampled__TOP__tx_tlp_data_o 
                    >> 0x20U)) >> 0x17U);
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT___Vpast_0_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__tx_tlp_valid_o) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__tx_tlp_ready_i))));
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[0U] 
        = (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_data_i) 
            << 9U) | (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_keep_i) 
                       << 1U) | (IData)(vlSelf->__Vsampled__TOP__rx_tlp_last_i)));
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[1U] 
        = (((IData)(vlSelf->__Vsampled__TOP__rx_tlp_data_i) 
            >> 0x17U) | ((IData)((vlSelf->__Vsampled__TOP__rx_tlp_data_i 
                                  >> 0x20U)) << 9U));
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_1_0[2U] 
        = ((IData)((vlSelf->__Vsampled__TOP__rx_tlp_data_i 
                    >> 0x20U)) >> 0x17U);
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT___Vpast_0_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__rx_tlp_valid_i) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__rx_tlp_ready_o))));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[0U] 
        = (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_addr_i) 
            << 0x10U) | (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_len_i) 
                          << 3U) | (IData)(vlSelf->__Vsampled__TOP__dma_rd_req_id_i)));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[1U] 
        = (((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_addr_i) 
            >> 0x10U) | ((IData)((vlSelf->__Vsampled__TOP__dma_rd_req_addr_i 
                                  >> 0x20U)) << 0x10U));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_1_0[2U] 
        = ((IData)((vlSelf->__Vsampled__TOP__dma_rd_req_addr_i 
                    >> 0x20U)) >> 0x10U);
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_0_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__dma_rd_req_valid_i) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__dma_rd_req_ready_o))));
    vlSelf->pcie_ep__DOT__u_target__DOT___Vpast_0_0 
        = ((IData)(vlSelf->__Vsampled__TOP__rst_ni) 
           & ((IData)(vlSelf->__Vsampled__TOP__reg_req_o) 
              & (~ (IData)(vlSelf->__Vsampled__TOP__reg_gnt_i))));
    vlSelf->pcie_ep__DOT__u_target__DOT___Vpast_1_0 
        = (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_we_o)) 
            << 0x31U) | (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_addr_o)) 
                          << 0x24U) | (((QData)((IData)(vlSelf->__Vsampled__TOP__reg_wdata_o)) 
                                        << 4U) | (QData)((IData)(vlSelf->__Vsampled__TOP__reg_be_o)))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_5_0 
        = vlSelf->__Vsampled__TOP__bus_master_en_o;
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT___Vpast_4_0 
        = (2U == (IData)(vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_wr__DOT__state_q));
    if (__Vdlyvset__pcie_ep__DOT__u_target__DOT__rdata_q__v0) {
        vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[__Vdlyvdim0__pcie_ep__DOT__u_target__DOT__rdata_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_target__DOT__rdata_q__v0;
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_3_0 
        = vlSelf->__Vsampled__TOP__bus_master_en_o;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT___Vpast_2_0 
        = vlSelf->__Vsampled__TOP__pcie_ep__DOT__u_dma_rd__DOT__present_q;
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_off_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_id_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_len_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[__Vdlyvdim0__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__tag_left_q__v1;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_rx__DOT__payload_q__v0) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[__Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__payload_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_rx__DOT__payload_q__v0;
    }
}

VL_INLINE_OPT void Vpcie_ep___024root___nba_sequent__TOP__1(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___nba_sequent__TOP__1\n"); );
    // Init
    CData/*0:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 = 0;
    CData/*0:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 = 0;
    CData/*2:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0 = 0;
    CData/*0:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0 = 0;
    CData/*2:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0 = 0;
    CData/*0:0*/ pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 = 0;
    CData/*0:0*/ pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0;
    pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0 = 0;
    SData/*10:0*/ pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0;
    pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0 = 0;
    QData/*47:0*/ pcie_ep__DOT__u_dma_rd__DOT__sent_deadline;
    pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = 0;
    CData/*1:0*/ pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0;
    pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0 = 0;
    VlWide<4>/*127:0*/ __Vfunc_mem_req_hdr__0__Vfuncout;
    VL_ZERO_W(128, __Vfunc_mem_req_hdr__0__Vfuncout);
    QData/*63:0*/ __Vfunc_mem_req_hdr__0__addr;
    __Vfunc_mem_req_hdr__0__addr = 0;
    SData/*15:0*/ __Vfunc_mem_req_hdr__0__requester_id;
    __Vfunc_mem_req_hdr__0__requester_id = 0;
    CData/*0:0*/ __Vfunc_mem_req_hdr__0__four_dw;
    __Vfunc_mem_req_hdr__0__four_dw = 0;
    IData/*31:0*/ __Vfunc_tlp_dw0__1__Vfuncout;
    __Vfunc_tlp_dw0__1__Vfuncout = 0;
    CData/*2:0*/ __Vfunc_tlp_dw0__1__fmt;
    __Vfunc_tlp_dw0__1__fmt = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__17__Vfuncout;
    __Vfunc_merge_bytes__17__Vfuncout = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__17__old;
    __Vfunc_merge_bytes__17__old = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__17__data;
    __Vfunc_merge_bytes__17__data = 0;
    CData/*3:0*/ __Vfunc_merge_bytes__17__be;
    __Vfunc_merge_bytes__17__be = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__17__res;
    __Vfunc_merge_bytes__17__res = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__18__Vfuncout;
    __Vfunc_merge_bytes__18__Vfuncout = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__18__old;
    __Vfunc_merge_bytes__18__old = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__18__data;
    __Vfunc_merge_bytes__18__data = 0;
    CData/*3:0*/ __Vfunc_merge_bytes__18__be;
    __Vfunc_merge_bytes__18__be = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__18__res;
    __Vfunc_merge_bytes__18__res = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__19__Vfuncout;
    __Vfunc_merge_bytes__19__Vfuncout = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__19__old;
    __Vfunc_merge_bytes__19__old = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__19__data;
    __Vfunc_merge_bytes__19__data = 0;
    CData/*3:0*/ __Vfunc_merge_bytes__19__be;
    __Vfunc_merge_bytes__19__be = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__19__res;
    __Vfunc_merge_bytes__19__res = 0;
    VlWide<4>/*127:0*/ __Vfunc_mem_req_hdr__20__Vfuncout;
    VL_ZERO_W(128, __Vfunc_mem_req_hdr__20__Vfuncout);
    QData/*63:0*/ __Vfunc_mem_req_hdr__20__addr;
    __Vfunc_mem_req_hdr__20__addr = 0;
    SData/*15:0*/ __Vfunc_mem_req_hdr__20__requester_id;
    __Vfunc_mem_req_hdr__20__requester_id = 0;
    CData/*7:0*/ __Vfunc_mem_req_hdr__20__tag;
    __Vfunc_mem_req_hdr__20__tag = 0;
    SData/*10:0*/ __Vfunc_mem_req_hdr__20__len_dw;
    __Vfunc_mem_req_hdr__20__len_dw = 0;
    CData/*0:0*/ __Vfunc_mem_req_hdr__20__four_dw;
    __Vfunc_mem_req_hdr__20__four_dw = 0;
    CData/*3:0*/ __Vfunc_mem_req_hdr__20__last_be;
    __Vfunc_mem_req_hdr__20__last_be = 0;
    IData/*31:0*/ __Vfunc_tlp_dw0__21__Vfuncout;
    __Vfunc_tlp_dw0__21__Vfuncout = 0;
    CData/*2:0*/ __Vfunc_tlp_dw0__21__fmt;
    __Vfunc_tlp_dw0__21__fmt = 0;
    SData/*9:0*/ __Vfunc_tlp_dw0__21__length_dw;
    __Vfunc_tlp_dw0__21__length_dw = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary = 0;
    VlWide<4>/*127:0*/ __Vfunc_mem_req_hdr__24__Vfuncout;
    VL_ZERO_W(128, __Vfunc_mem_req_hdr__24__Vfuncout);
    QData/*63:0*/ __Vfunc_mem_req_hdr__24__addr;
    __Vfunc_mem_req_hdr__24__addr = 0;
    SData/*15:0*/ __Vfunc_mem_req_hdr__24__requester_id;
    __Vfunc_mem_req_hdr__24__requester_id = 0;
    SData/*10:0*/ __Vfunc_mem_req_hdr__24__len_dw;
    __Vfunc_mem_req_hdr__24__len_dw = 0;
    CData/*0:0*/ __Vfunc_mem_req_hdr__24__four_dw;
    __Vfunc_mem_req_hdr__24__four_dw = 0;
    CData/*3:0*/ __Vfunc_mem_req_hdr__24__last_be;
    __Vfunc_mem_req_hdr__24__last_be = 0;
    IData/*31:0*/ __Vfunc_tlp_dw0__25__Vfuncout;
    __Vfunc_tlp_dw0__25__Vfuncout = 0;
    CData/*2:0*/ __Vfunc_tlp_dw0__25__fmt;
    __Vfunc_tlp_dw0__25__fmt = 0;
    SData/*9:0*/ __Vfunc_tlp_dw0__25__length_dw;
    __Vfunc_tlp_dw0__25__length_dw = 0;
    CData/*1:0*/ __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__mask_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    CData/*0:0*/ __Vdlyvval__pcie_ep__DOT__u_msix__DOT__mask_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6 = 0;
    CData/*5:0*/ __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7;
    __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hebd4d333__0;
    // Body
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v1 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0U;
    __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0U;
    if ((1U & (~ (IData)(vlSelf->rst_ni)))) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i = 4U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v = 8U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i = 8U;
    }
    if (vlSelf->rst_ni) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i = 8U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q 
            = (vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q 
               + ((IData)(vlSelf->pcie_ep__DOT__ev_cpl_err) 
                  | ((IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ca) 
                     | (IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ur))));
        if (((IData)(vlSelf->pcie_ep__DOT__msix_we) 
             & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid))) {
            if ((8U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))) {
                if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
                    __Vfunc_merge_bytes__17__be = vlSelf->reg_be_o;
                    __Vfunc_merge_bytes__17__data = vlSelf->reg_wdata_o;
                    __Vfunc_merge_bytes__17__old = 
                        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q
                        [(7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                >> 4U))];
                    __Vfunc_merge_bytes__17__res = 
                        ((0xffff0000U & __Vfunc_merge_bytes__17__res) 
                         | ((0xff00U & (((2U & (IData)(__Vfunc_merge_bytes__17__be))
                                          ? (__Vfunc_merge_bytes__17__data 
                                             >> 8U)
                                          : (__Vfunc_merge_bytes__17__old 
                                             >> 8U)) 
                                        << 8U)) | (0xffU 
                                                   & ((1U 
                                                       & (IData)(__Vfunc_merge_bytes__17__be))
                                                       ? __Vfunc_merge_bytes__17__data
                                                       : __Vfunc_merge_bytes__17__old))));
                    __Vfunc_merge_bytes__17__res = 
                        ((0xffffU & __Vfunc_merge_bytes__17__res) 
                         | ((((8U & (IData)(__Vfunc_merge_bytes__17__be))
                               ? (__Vfunc_merge_bytes__17__data 
                                  >> 0x18U) : (__Vfunc_merge_bytes__17__old 
                                               >> 0x18U)) 
                             << 0x18U) | (0xff0000U 
                                          & (((4U & (IData)(__Vfunc_merge_bytes__17__be))
                                               ? (__Vfunc_merge_bytes__17__data 
                                                  >> 0x10U)
                                               : (__Vfunc_merge_bytes__17__old 
                                                  >> 0x10U)) 
                                             << 0x10U))));
                    __Vfunc_merge_bytes__17__Vfuncout 
                        = __Vfunc_merge_bytes__17__res;
                    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__data_q__v0 
                        = __Vfunc_merge_bytes__17__Vfuncout;
                    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v0 = 1U;
                    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__data_q__v0 
                        = (7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
                if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))) {
                    if ((1U & (IData)(vlSelf->reg_be_o))) {
                        __Vdlyvval__pcie_ep__DOT__u_msix__DOT__mask_q__v0 
                            = (1U & vlSelf->reg_wdata_o);
                        __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 1U;
                        __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__mask_q__v0 
                            = (7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 4U));
                    }
                }
            }
            if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                          >> 3U)))) {
                if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
                    __Vfunc_merge_bytes__19__be = vlSelf->reg_be_o;
                    __Vfunc_merge_bytes__19__data = vlSelf->reg_wdata_o;
                    __Vfunc_merge_bytes__19__old = 
                        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q
                        [(7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                >> 4U))];
                    __Vfunc_merge_bytes__19__res = 
                        ((0xffff0000U & __Vfunc_merge_bytes__19__res) 
                         | ((0xff00U & (((2U & (IData)(__Vfunc_merge_bytes__19__be))
                                          ? (__Vfunc_merge_bytes__19__data 
                                             >> 8U)
                                          : (__Vfunc_merge_bytes__19__old 
                                             >> 8U)) 
                                        << 8U)) | (0xffU 
                                                   & ((1U 
                                                       & (IData)(__Vfunc_merge_bytes__19__be))
                                                       ? __Vfunc_merge_bytes__19__data
                                                       : __Vfunc_merge_bytes__19__old))));
                    __Vfunc_merge_bytes__19__res = 
                        ((0xffffU & __Vfunc_merge_bytes__19__res) 
                         | ((((8U & (IData)(__Vfunc_merge_bytes__19__be))
                               ? (__Vfunc_merge_bytes__19__data 
                                  >> 0x18U) : (__Vfunc_merge_bytes__19__old 
                                               >> 0x18U)) 
                             << 0x18U) | (0xff0000U 
                                          & (((4U & (IData)(__Vfunc_merge_bytes__19__be))
                                               ? (__Vfunc_merge_bytes__19__data 
                                                  >> 0x10U)
                                               : (__Vfunc_merge_bytes__19__old 
                                                  >> 0x10U)) 
                                             << 0x10U))));
                    __Vfunc_merge_bytes__19__Vfuncout 
                        = __Vfunc_merge_bytes__19__res;
                    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 
                        = (0xfffffffcU & __Vfunc_merge_bytes__19__Vfuncout);
                    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 1U;
                    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 
                        = (7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
                if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))) {
                    __Vfunc_merge_bytes__18__be = vlSelf->reg_be_o;
                    __Vfunc_merge_bytes__18__data = vlSelf->reg_wdata_o;
                    __Vfunc_merge_bytes__18__old = 
                        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q
                        [(7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                >> 4U))];
                    __Vfunc_merge_bytes__18__res = 
                        ((0xffff0000U & __Vfunc_merge_bytes__18__res) 
                         | ((0xff00U & (((2U & (IData)(__Vfunc_merge_bytes__18__be))
                                          ? (__Vfunc_merge_bytes__18__data 
                                             >> 8U)
                                          : (__Vfunc_merge_bytes__18__old 
                                             >> 8U)) 
                                        << 8U)) | (0xffU 
                                                   & ((1U 
                                                       & (IData)(__Vfunc_merge_bytes__18__be))
                                                       ? __Vfunc_merge_bytes__18__data
                                                       : __Vfunc_merge_bytes__18__old))));
                    __Vfunc_merge_bytes__18__res = 
                        ((0xffffU & __Vfunc_merge_bytes__18__res) 
                         | ((((8U & (IData)(__Vfunc_merge_bytes__18__be))
                               ? (__Vfunc_merge_bytes__18__data 
                                  >> 0x18U) : (__Vfunc_merge_bytes__18__old 
                                               >> 0x18U)) 
                             << 0x18U) | (0xff0000U 
                                          & (((4U & (IData)(__Vfunc_merge_bytes__18__be))
                                               ? (__Vfunc_merge_bytes__18__data 
                                                  >> 0x10U)
                                               : (__Vfunc_merge_bytes__18__old 
                                                  >> 0x10U)) 
                                             << 0x10U))));
                    __Vfunc_merge_bytes__18__Vfuncout 
                        = __Vfunc_merge_bytes__18__res;
                    __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 
                        = __Vfunc_merge_bytes__18__Vfuncout;
                    __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 1U;
                    __Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 
                        = (7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
            }
        }
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [0U];
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 1U;
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [1U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [2U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [3U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [4U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [5U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [6U];
        __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [7U];
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q 
            = (vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q 
               + (IData)(vlSelf->pcie_ep__DOT__ev_ur));
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q 
            = (vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q 
               + (IData)(vlSelf->pcie_ep__DOT__ev_malformed));
        if (((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
             & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l = 1U;
            if (VL_GTS_III(32, 4U, (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) {
                __Vdlyvval__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 
                    = vlSelf->pcie_ep__DOT__rx_dw;
                __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 1U;
                __Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__hdr_q__v0 
                    = vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q;
            }
        }
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d;
        vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q = vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q 
            = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d;
        vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q 
            = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
            = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q 
            = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q 
            = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q 
            = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d;
        vlSelf->pcie_ep__DOT__u_target__DOT__state_q 
            = vlSelf->pcie_ep__DOT__u_target__DOT__state_d;
        vlSelf->pcie_ep__DOT__u_target__DOT__status_q 
            = vlSelf->pcie_ep__DOT__u_target__DOT__status_d;
        vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q 
            = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q = vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q 
            = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q 
            = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q = vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d;
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q 
            = vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q 
            = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d;
        vlSelf->pcie_ep__DOT__u_target__DOT__idx_q 
            = vlSelf->pcie_ep__DOT__u_target__DOT__idx_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__action_q = vlSelf->pcie_ep__DOT__u_rx__DOT__action_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q = vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q 
            = vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__state_q = vlSelf->pcie_ep__DOT__u_rx__DOT__state_d;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q 
            = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q 
            = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q 
            = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q = vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q 
            = vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q 
            = vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d;
        vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q 
            = vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q 
            = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q 
            = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d;
        vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q 
            = vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d;
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q 
            = vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d;
    } else {
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q = 0U;
        __Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v1 = 1U;
        __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 1U;
        __Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 1U;
        __Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 1U;
        __Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 1U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q = 0U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q = 0U;
        __Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 1U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q = 0U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q = 0xffffffffffffULL;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q = 0U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q = 3U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q = 0U;
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q = 0x40U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q = 0x2810U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q = 0U;
        vlSelf->pcie_ep__DOT__u_target__DOT__state_q = 0U;
        vlSelf->pcie_ep__DOT__u_target__DOT__status_q = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q = 0ULL;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q = 4U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q = 0U;
        vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q = 0U;
        vlSelf->pcie_ep__DOT__u_target__DOT__idx_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__action_q = 1U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__state_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q = 0U;
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q = 0U;
        vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q = 0U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v0) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[__Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__data_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_msix__DOT__data_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__data_q__v1) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[0U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[3U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[4U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[5U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[6U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[7U] = 0U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[__Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[0U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[3U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[4U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[5U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[6U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[7U] = 0U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[__Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[0U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[3U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[4U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[5U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[6U] = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[7U] = 0U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7U] 
            = __Vdlyvval__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6U] = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7U] = 0U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v0) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[__Vdlyvdim0__pcie_ep__DOT__u_msix__DOT__mask_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_msix__DOT__mask_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_msix__DOT__mask_q__v1) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[0U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[1U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[2U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[3U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[4U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[5U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[6U] = 1U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[7U] = 1U;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v0) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__pcie_ep__DOT__u_rx__DOT__hdr_q__v0] 
            = __Vdlyvval__pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    }
    if (__Vdlyvset__pcie_ep__DOT__u_rx__DOT__hdr_q__v1) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0U] = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[1U] = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[2U] = 0U;
        vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[3U] = 0U;
    }
    vlSelf->pcie_ep__DOT__cpl_byte_count = ((0U == 
                                             (0xfffU 
                                              & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [1U]))
                                             ? 0x1000U
                                             : (0xfffU 
                                                & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [1U]));
    vlSelf->pcie_ep__DOT__req_mem_read = ((~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x1eU)) 
                                          & ((0U == 
                                              (0x1fU 
                                               & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [0U] 
                                                  >> 0x18U))) 
                                             | (1U 
                                                == 
                                                (0x1fU 
                                                 & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [0U] 
                                                    >> 0x18U)))));
    vlSelf->pcie_ep__DOT__u_rx__DOT__addr = ((0x20000000U 
                                              & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U])
                                              ? (((QData)((IData)(
                                                                  vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                  [2U])) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (0xfffffffcU 
                                                                    & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                    [3U]))))
                                              : (QData)((IData)(
                                                                (0xfffffffcU 
                                                                 & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                 [2U]))));
    vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw = ((0U 
                                                == 
                                                (0x3ffU 
                                                 & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                 [0U]))
                                                ? 0x400U
                                                : (0x3ffU 
                                                   & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U]));
    vlSelf->dma_wr_done_err_o = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q;
    vlSelf->tx_tlp_last_o = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->tx_tlp_data_o = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q;
    vlSelf->sim_seed_o = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q;
    vlSelf->tx_tlp_valid_o = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free 
        = (1U & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                 | (IData)(vlSelf->tx_tlp_ready_i)));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes 
        = ((VL_LTES_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)) 
            << 1U) | VL_LTES_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)));
    vlSelf->dma_rd_req_ready_o = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q)));
    vlSelf->sim_rdata_o = (((((((((0U == (IData)(vlSelf->sim_addr_i)) 
                                  | (4U == (IData)(vlSelf->sim_addr_i))) 
                                 | (8U == (IData)(vlSelf->sim_addr_i))) 
                                | (0xcU == (IData)(vlSelf->sim_addr_i))) 
                               | (0x10U == (IData)(vlSelf->sim_addr_i))) 
                              | (0x14U == (IData)(vlSelf->sim_addr_i))) 
                             | (0x18U == (IData)(vlSelf->sim_addr_i))) 
                            | (0x1cU == (IData)(vlSelf->sim_addr_i)))
                            ? ((0U == (IData)(vlSelf->sim_addr_i))
                                ? 0x4e564353U : ((4U 
                                                  == (IData)(vlSelf->sim_addr_i))
                                                  ? 1U
                                                  : 
                                                 ((8U 
                                                   == (IData)(vlSelf->sim_addr_i))
                                                   ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q
                                                   : 
                                                  ((0xcU 
                                                    == (IData)(vlSelf->sim_addr_i))
                                                    ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q
                                                    : 
                                                   ((0x10U 
                                                     == (IData)(vlSelf->sim_addr_i))
                                                     ? (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)
                                                     : 
                                                    ((0x14U 
                                                      == (IData)(vlSelf->sim_addr_i))
                                                      ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q
                                                      : 
                                                     ((0x18U 
                                                       == (IData)(vlSelf->sim_addr_i))
                                                       ? vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q
                                                       : vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q)))))))
                            : 0U);
    pcie_ep__DOT__u_dma_rd__DOT__sent_deadline = ((0U 
                                                   == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))
                                                   ? 0xffffffffffffULL
                                                   : 
                                                  (0xfffffffffc00ULL 
                                                   & (((vlSelf->time_i 
                                                        >> 0xaU) 
                                                       + (QData)((IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))) 
                                                      << 0xaU)));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1fU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1eU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1dU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1cU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1bU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1aU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x19U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x18U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x17U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x16U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x15U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x14U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x13U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x12U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x11U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x10U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xfU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xeU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xdU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xcU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xbU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xaU;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 9U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 8U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 7U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 6U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 5U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 4U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 3U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 2U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 1U;
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 0U;
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ VL_ONEHOT0_I((((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                                << 1U) | (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:150: Assertion failed in %Npcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 150, "");
        }
    }
    vlSelf->pcie_ep__DOT__max_payload = ((2U < (7U 
                                                & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                   >> 5U)))
                                          ? 2U : (7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 5U)));
    pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0 
        = (3U & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0U] 
        = pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0;
    vlSelf->pcie_ep__DOT__drop_cpl_take = 0U;
    vlSelf->pcie_ep__DOT__tgt_cpl_valid = 0U;
    vlSelf->pcie_ep__DOT__req_done = 0U;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    if (((0x1fffU & ((IData)(0x80U) << ((5U < (7U & 
                                               ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                         ? 5U : (7U 
                                                 & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                    >> 0xcU))))) 
         < (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x80U) << ((5U < 
                                              (7U & 
                                               ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                              ? 5U : 
                                             (7U & 
                                              ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))));
    }
    if (((0x1fffU & ((IData)(0x1000U) - (0xfffU & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q)))) 
         < (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x1000U) - (0xfffU 
                                              & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))));
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr 
        = (vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q 
           + (QData)((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left 
        = (0x1fffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q) 
                      - (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->pcie_ep__DOT__drop_cpl_take = 1U;
                }
                if ((0U == vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->pcie_ep__DOT__tgt_cpl_valid = 1U;
                }
            }
        }
    }
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                vlSelf->pcie_ep__DOT__req_done = 1U;
            }
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                << 2U) | (((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                           << 1U) | 
                                          (0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:79: Assertion failed in %Npcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 79, "");
        }
    }
    vlSelf->reg_we_o = (3U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q));
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end 
        = ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q) 
           == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q) 
                     - (IData)(1U))));
    vlSelf->pcie_ep__DOT__rx_dw = (IData)((vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q 
                                           >> (0x3fU 
                                               & ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q) 
                                                  << 5U))));
    vlSelf->bus_master_en_o = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                     >> 2U));
    vlSelf->mem_space_en_o = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                    >> 1U));
    vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count = 1U;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid 
        = ((0x20U > (0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [2U] >> 8U))) & ((vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                                                >> 
                                                (0x1fU 
                                                 & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 8U))) 
                                               & ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U] 
                                                   >> 0x10U) 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))));
    __Vfunc_mem_req_hdr__0__requester_id = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__0__addr = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q;
    __Vfunc_mem_req_hdr__0__four_dw = (0U != (IData)(
                                                     (__Vfunc_mem_req_hdr__0__addr 
                                                      >> 0x20U)));
    __Vfunc_tlp_dw0__1__fmt = (2U | (IData)(__Vfunc_mem_req_hdr__0__four_dw));
    __Vfunc_tlp_dw0__1__Vfuncout = (1U | ((IData)(__Vfunc_tlp_dw0__1__fmt) 
                                          << 0x1dU));
    __Vfunc_mem_req_hdr__0__Vfuncout[0U] = __Vfunc_tlp_dw0__1__Vfuncout;
    __Vfunc_mem_req_hdr__0__Vfuncout[1U] = (0xfU | 
                                            ((IData)(__Vfunc_mem_req_hdr__0__requester_id) 
                                             << 0x10U));
    __Vfunc_mem_req_hdr__0__Vfuncout[2U] = (IData)(
                                                   (((QData)((IData)(
                                                                     ((IData)(__Vfunc_mem_req_hdr__0__four_dw)
                                                                       ? 
                                                                      ((IData)(
                                                                               (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 2U)) 
                                                                       << 2U)
                                                                       : 0U))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(__Vfunc_mem_req_hdr__0__four_dw)
                                                                        ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 0x20U))
                                                                        : 
                                                                       ((IData)(
                                                                                (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 2U)) 
                                                                        << 2U))))));
    __Vfunc_mem_req_hdr__0__Vfuncout[3U] = (IData)(
                                                   ((((QData)((IData)(
                                                                      ((IData)(__Vfunc_mem_req_hdr__0__four_dw)
                                                                        ? 
                                                                       ((IData)(
                                                                                (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 2U)) 
                                                                        << 2U)
                                                                        : 0U))) 
                                                      << 0x20U) 
                                                     | (QData)((IData)(
                                                                       ((IData)(__Vfunc_mem_req_hdr__0__four_dw)
                                                                         ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 0x20U))
                                                                         : 
                                                                        ((IData)(
                                                                                (__Vfunc_mem_req_hdr__0__addr 
                                                                                >> 2U)) 
                                                                         << 2U))))) 
                                                    >> 0x20U));
    vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[0U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[0U];
    vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[1U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[1U];
    vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[2U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[2U];
    vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[3U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[3U];
    __Vfunc_mem_req_hdr__24__len_dw = (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                 >> 2U));
    __Vfunc_mem_req_hdr__24__requester_id = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__24__addr = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q;
    __Vfunc_mem_req_hdr__24__four_dw = (0U != (IData)(
                                                      (__Vfunc_mem_req_hdr__24__addr 
                                                       >> 0x20U)));
    __Vfunc_mem_req_hdr__24__last_be = ((1U < (IData)(__Vfunc_mem_req_hdr__24__len_dw))
                                         ? 0xfU : 0U);
    __Vfunc_tlp_dw0__25__length_dw = (0x3ffU & (IData)(__Vfunc_mem_req_hdr__24__len_dw));
    __Vfunc_tlp_dw0__25__fmt = (2U | (IData)(__Vfunc_mem_req_hdr__24__four_dw));
    __Vfunc_tlp_dw0__25__Vfuncout = (((IData)(__Vfunc_tlp_dw0__25__fmt) 
                                      << 0x1dU) | (IData)(__Vfunc_tlp_dw0__25__length_dw));
    __Vfunc_mem_req_hdr__24__Vfuncout[0U] = __Vfunc_tlp_dw0__25__Vfuncout;
    __Vfunc_mem_req_hdr__24__Vfuncout[1U] = (0xfU | 
                                             (((IData)(__Vfunc_mem_req_hdr__24__requester_id) 
                                               << 0x10U) 
                                              | ((IData)(__Vfunc_mem_req_hdr__24__last_be) 
                                                 << 4U)));
    __Vfunc_mem_req_hdr__24__Vfuncout[2U] = (IData)(
                                                    (((QData)((IData)(
                                                                      ((IData)(__Vfunc_mem_req_hdr__24__four_dw)
                                                                        ? 
                                                                       ((IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 2U)) 
                                                                        << 2U)
                                                                        : 0U))) 
                                                      << 0x20U) 
                                                     | (QData)((IData)(
                                                                       ((IData)(__Vfunc_mem_req_hdr__24__four_dw)
                                                                         ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 0x20U))
                                                                         : 
                                                                        ((IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 2U)) 
                                                                         << 2U))))));
    __Vfunc_mem_req_hdr__24__Vfuncout[3U] = (IData)(
                                                    ((((QData)((IData)(
                                                                       ((IData)(__Vfunc_mem_req_hdr__24__four_dw)
                                                                         ? 
                                                                        ((IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 2U)) 
                                                                         << 2U)
                                                                         : 0U))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((IData)(__Vfunc_mem_req_hdr__24__four_dw)
                                                                          ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 0x20U))
                                                                          : 
                                                                         ((IData)(
                                                                                (__Vfunc_mem_req_hdr__24__addr 
                                                                                >> 2U)) 
                                                                          << 2U))))) 
                                                     >> 0x20U));
    vlSelf->pcie_ep__DOT__mwr_hdr[0U] = __Vfunc_mem_req_hdr__24__Vfuncout[0U];
    vlSelf->pcie_ep__DOT__mwr_hdr[1U] = __Vfunc_mem_req_hdr__24__Vfuncout[1U];
    vlSelf->pcie_ep__DOT__mwr_hdr[2U] = __Vfunc_mem_req_hdr__24__Vfuncout[2U];
    vlSelf->pcie_ep__DOT__mwr_hdr[3U] = __Vfunc_mem_req_hdr__24__Vfuncout[3U];
    vlSelf->tx_tlp_keep_o = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total = (3U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                                                     + 
                                                     ((IData)(vlSelf->dma_wr_data_valid_i)
                                                       ? (IData)(vlSelf->dma_wr_data_count_i)
                                                       : 0U)));
    vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 0U;
    if ((IData)((((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                  >> 7U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                            [7U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 7U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 6U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [6U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 6U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 5U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [5U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 5U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 4U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [4U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 4U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 3U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [3U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 3U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 2U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [2U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 2U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 1U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [1U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 1U;
    }
    vlSelf->pcie_ep__DOT__u_msix__DOT__found = 0U;
    if ((IData)((((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                  >> 7U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                            [7U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 6U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [6U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 5U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [5U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 4U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [4U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 3U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [3U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 2U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [2U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 1U) & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                          [1U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q) 
               & (~ vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                  [0U])))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    vlSelf->pcie_ep__DOT__cfg_rd_data = ((0x800U & 
                                          vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U]) ? 0U
                                          : ((0x400U 
                                              & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U])
                                              ? 0U : 
                                             ((0x200U 
                                               & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U])
                                               ? 0U
                                               : ((0x100U 
                                                   & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U])
                                                   ? 0U
                                                   : 
                                                  ((0x80U 
                                                    & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U])
                                                    ? 
                                                   ((0x40U 
                                                     & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 0U
                                                     : 
                                                    ((0x20U 
                                                      & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 0U
                                                      : 
                                                     ((0x10U 
                                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0U
                                                       : 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0U
                                                         : 0x3000U)
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0x2000U
                                                         : 
                                                        (0x70011U 
                                                         | ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                                            << 0x1eU)))))))
                                                    : 
                                                   ((0x40U 
                                                     & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 
                                                    ((0x20U 
                                                      & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((0x10U 
                                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 0U
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0U
                                                         : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q)))
                                                       : 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0xeU
                                                         : 0U)
                                                        : 0U))
                                                      : 
                                                     ((0x10U 
                                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 0U
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0U
                                                         : 
                                                        (0x10430000U 
                                                         | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q))))
                                                       : 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0x43U
                                                         : 
                                                        (((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q) 
                                                          << 0x10U) 
                                                         | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q)))
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0x8002U
                                                         : 0x28010U))))
                                                     : 
                                                    ((0x20U 
                                                      & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((0x10U 
                                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q)
                                                         : 0U)
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0x40U
                                                         : 0U))
                                                       : 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 0x110eeU
                                                         : 0U)
                                                        : 0U))
                                                      : 
                                                     ((0x10U 
                                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 0U
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q
                                                         : 
                                                        (4U 
                                                         | (vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
                                                            << 0xeU))))
                                                       : 
                                                      ((8U 
                                                        & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                        [2U])
                                                        ? 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q)
                                                         : 0x1080201U)
                                                        : 
                                                       ((4U 
                                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                         [2U])
                                                         ? 
                                                        (0x100000U 
                                                         | (((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q) 
                                                             << 0x10U) 
                                                            | (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q)))
                                                         : 0x903810eeU))))))))));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 0U;
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 7U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [7U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (7U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 7U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 6U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [6U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (6U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 6U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 5U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [5U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (5U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 5U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 4U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [4U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (4U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 4U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 3U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [3U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (3U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 3U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 2U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [2U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 2U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 1U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [1U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (1U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 1U;
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 0U;
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 7U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [7U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (7U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 6U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [6U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (6U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 5U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [5U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (5U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 4U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [4U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (4U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 3U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [3U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (3U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 2U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [2U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 1U) & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [1U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (1U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if ((((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
          & (0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
             [0U])) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                          & (0U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    __Vfunc_mem_req_hdr__20__len_dw = (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                                                 >> 2U));
    __Vfunc_mem_req_hdr__20__tag = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    __Vfunc_mem_req_hdr__20__requester_id = vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__20__addr = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
    __Vfunc_mem_req_hdr__20__four_dw = (0U != (IData)(
                                                      (__Vfunc_mem_req_hdr__20__addr 
                                                       >> 0x20U)));
    __Vfunc_mem_req_hdr__20__last_be = ((1U < (IData)(__Vfunc_mem_req_hdr__20__len_dw))
                                         ? 0xfU : 0U);
    __Vfunc_tlp_dw0__21__length_dw = (0x3ffU & (IData)(__Vfunc_mem_req_hdr__20__len_dw));
    __Vfunc_tlp_dw0__21__fmt = __Vfunc_mem_req_hdr__20__four_dw;
    __Vfunc_tlp_dw0__21__Vfuncout = (((IData)(__Vfunc_tlp_dw0__21__fmt) 
                                      << 0x1dU) | (IData)(__Vfunc_tlp_dw0__21__length_dw));
    __Vfunc_mem_req_hdr__20__Vfuncout[0U] = __Vfunc_tlp_dw0__21__Vfuncout;
    __Vfunc_mem_req_hdr__20__Vfuncout[1U] = (0xfU | 
                                             (((IData)(__Vfunc_mem_req_hdr__20__requester_id) 
                                               << 0x10U) 
                                              | (((IData)(__Vfunc_mem_req_hdr__20__tag) 
                                                  << 8U) 
                                                 | ((IData)(__Vfunc_mem_req_hdr__20__last_be) 
                                                    << 4U))));
    __Vfunc_mem_req_hdr__20__Vfuncout[2U] = (IData)(
                                                    (((QData)((IData)(
                                                                      ((IData)(__Vfunc_mem_req_hdr__20__four_dw)
                                                                        ? 
                                                                       ((IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 2U)) 
                                                                        << 2U)
                                                                        : 0U))) 
                                                      << 0x20U) 
                                                     | (QData)((IData)(
                                                                       ((IData)(__Vfunc_mem_req_hdr__20__four_dw)
                                                                         ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 0x20U))
                                                                         : 
                                                                        ((IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 2U)) 
                                                                         << 2U))))));
    __Vfunc_mem_req_hdr__20__Vfuncout[3U] = (IData)(
                                                    ((((QData)((IData)(
                                                                       ((IData)(__Vfunc_mem_req_hdr__20__four_dw)
                                                                         ? 
                                                                        ((IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 2U)) 
                                                                         << 2U)
                                                                         : 0U))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((IData)(__Vfunc_mem_req_hdr__20__four_dw)
                                                                          ? (IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 0x20U))
                                                                          : 
                                                                         ((IData)(
                                                                                (__Vfunc_mem_req_hdr__20__addr 
                                                                                >> 2U)) 
                                                                          << 2U))))) 
                                                     >> 0x20U));
    vlSelf->pcie_ep__DOT__mrd_hdr[0U] = __Vfunc_mem_req_hdr__20__Vfuncout[0U];
    vlSelf->pcie_ep__DOT__mrd_hdr[1U] = __Vfunc_mem_req_hdr__20__Vfuncout[1U];
    vlSelf->pcie_ep__DOT__mrd_hdr[2U] = __Vfunc_mem_req_hdr__20__Vfuncout[2U];
    vlSelf->pcie_ep__DOT__mrd_hdr[3U] = __Vfunc_mem_req_hdr__20__Vfuncout[3U];
    vlSelf->dma_rd_data_dw_o = (0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                                          + (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q)));
    vlSelf->dma_wr_done_o = 0U;
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                vlSelf->dma_wr_done_o = 1U;
            }
        }
    }
    vlSelf->dma_wr_req_ready_o = (0U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q));
    vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr = 0U;
    vlSelf->pcie_ep__DOT__u_target__DOT__offset = (0x3fffU 
                                                   & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__addr) 
                                                      + 
                                                      ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q) 
                                                       << 2U)));
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 
        = ((1U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))
            ? (0U != (0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [1U] >> 4U))) : (0U == 
                                               (0xfU 
                                                & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U] 
                                                   >> 4U))));
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 
        = (0x400U < (0x7ffU & ((0x3ffU & (IData)((vlSelf->pcie_ep__DOT__u_rx__DOT__addr 
                                                  >> 2U))) 
                               + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))));
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 
        = ((1U != (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)) 
           | (0U != (0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [1U] >> 4U))));
    vlSelf->pcie_ep__DOT__cpl_len_dw = ((0x40000000U 
                                         & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U]) ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                         : 0U);
    vlSelf->pcie_ep__DOT__u_target__DOT__byte_count = 4U;
    if (vlSelf->pcie_ep__DOT__req_mem_read) {
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be 
            = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr 
            = ((0x7cU & ((IData)((vlSelf->pcie_ep__DOT__u_rx__DOT__addr 
                                  >> 2U)) << 2U)) | (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout));
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be 
            = (0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U] >> 4U));
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be 
            = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be 
            = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be 
            = (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->pcie_ep__DOT__u_target__DOT__byte_count 
            = (0x1fffU & ((1U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))
                           ? ((0U == (0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [1U])) ? 1U : 
                              (((IData)(4U) - (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout)) 
                               - (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout)))
                           : ((((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw) 
                                << 2U) - (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout)) 
                              - (IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout))));
    }
    pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0 
        = (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw) 
                     - (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q)));
    pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0 
        = ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0U] 
            >> 0x1eU) & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                         < (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)));
    vlSelf->pcie_ep__DOT__u_target__DOT__last_dw = 
        ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q) 
         == (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw) 
                       - (IData)(1U))));
    vlSelf->pcie_ep__DOT__dma_rd_idle = ((IData)(vlSelf->dma_rd_req_ready_o) 
                                         & ((0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                                            & (0U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q))));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->pcie_ep__DOT__max_payload)));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset 
        = (0xfffU & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset)));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
        = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    if (((IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes) 
         < (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    }
    if (((IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary) 
         < (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q;
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q;
    vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
        = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
    if (((IData)(vlSelf->pcie_ep__DOT__drop_cpl_take) 
         & (0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q))) {
        vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
            = (vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
               - (IData)(1U));
    }
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d 
            = vlSelf->dma_rd_req_id_i;
    }
    if (((IData)(vlSelf->sim_req_i) & (IData)(vlSelf->sim_we_i))) {
        if ((8U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
                = vlSelf->sim_wdata_i;
        } else if ((0xcU == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x10U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
                = (0xffffU & vlSelf->sim_wdata_i);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x10U == (IData)(vlSelf->sim_addr_i)) 
                                    << 2U) | (((0xcU 
                                                == (IData)(vlSelf->sim_addr_i)) 
                                               << 1U) 
                                              | (8U 
                                                 == (IData)(vlSelf->sim_addr_i)))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:53: Assertion failed in %Npcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 53, "");
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q;
    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)))) {
        if (vlSelf->pcie_ep__DOT__tgt_cpl_valid) {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d = 0U;
        } else if (vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d = 1U;
        } else if ((2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d = 2U;
        } else if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q) {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d = 3U;
        }
    }
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->pcie_ep__DOT__max_payload)));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left 
        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left;
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset 
        = (0xfffU & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset)));
    __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
        = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    if (((IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes) 
         < (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    }
    if (((IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary) 
         < (IData)(__Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_chunk 
        = __Vfunc_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    vlSelf->pcie_ep__DOT__rx_dw_last = ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q) 
                                        & (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    vlSelf->dma_rd_data_o = ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q)
                              ? vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q
                              : vlSelf->pcie_ep__DOT__rx_dw);
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad = 
        (1U & ((0U == (IData)(vlSelf->dma_rd_req_len_i)) 
               | ((0U != (3U & (IData)(vlSelf->dma_rd_req_len_i))) 
                  | ((~ ((IData)(vlSelf->bus_master_en_o) 
                         & (0U == (3U & (IData)(vlSelf->dma_rd_req_addr_i))))) 
                     | (0x1000U < (IData)(vlSelf->dma_rd_req_len_i))))));
    vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable 
        = (IData)(((2U == (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q)) 
                   & (IData)(vlSelf->bus_master_en_o)));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush = 0U;
    vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit = ((IData)(vlSelf->mem_space_en_o) 
                                                & ((vlSelf->pcie_ep__DOT__u_rx__DOT__addr 
                                                    >> 0xeU) 
                                                   == 
                                                   (((QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                                     << 0x12U) 
                                                    | (QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))));
    vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum = (0xfffU 
                                                   & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                                                      + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count)));
    vlSelf->dma_rd_done_id_o = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id;
    vlSelf->dma_rd_done_err_o = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q) 
                                       >> (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id)));
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found) {
        vlSelf->dma_rd_done_o = 1U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id))) 
               & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d));
    } else {
        vlSelf->dma_rd_done_o = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q;
    }
    vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0 
        = (1U & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))
                  ? (vlSelf->pcie_ep__DOT__rx_dw >> 0x1dU)
                  : (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U] >> 0x1dU)));
    vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d 
        = vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q;
    vlSelf->pcie_ep__DOT__u_target__DOT__status_d = vlSelf->pcie_ep__DOT__u_target__DOT__status_q;
    vlSelf->pcie_ep__DOT__cfg_capture_en = 0U;
    vlSelf->pcie_ep__DOT__cfg_wr_en = 0U;
    vlSelf->pcie_ep__DOT__ev_sent_ca = 0U;
    vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid = ((2U 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                                                 & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q) 
                                                    | (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)));
    vlSelf->pcie_ep__DOT__rx_dw_ready = ((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                                         | ((~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q)) 
                                            & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))));
    vlSelf->reg_addr_o = (0x1fffU & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset));
    vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid 
        = ((3U != (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                         >> 0xcU))) & (8U > (0xffU 
                                             & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                                >> 4U))));
    vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0 
        = ((0U == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                         >> 0xcU))) | (1U == (3U & 
                                              ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                               >> 0xcU))));
    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                 [0U] 
                                                 >> 0x1eU) 
                                                & ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw) 
                                                   > 
                                                   (0x7ffU 
                                                    & ((IData)(0x20U) 
                                                       << (IData)(vlSelf->pcie_ep__DOT__max_payload)))));
    if ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0U] 
         >> 0x1fU)) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x20000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                        }
                    }
                } else {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else {
                if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
                if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                    }
                }
            } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x19U)))) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x18U)))) {
                if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else {
            if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x20000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x19U)))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U] >> 0x18U)))) {
        if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
        if (pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    }
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
    if ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = __Vtemp_hebd4d333__0[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = __Vtemp_hebd4d333__0[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = ((0xffffff00U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                [1U]) | (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr));
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] = 0U;
    } else if ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[3U];
    } else if ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->pcie_ep__DOT__mwr_hdr[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->pcie_ep__DOT__mwr_hdr[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->pcie_ep__DOT__mwr_hdr[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->pcie_ep__DOT__mwr_hdr[3U];
    } else {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->pcie_ep__DOT__mrd_hdr[0U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->pcie_ep__DOT__mrd_hdr[1U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->pcie_ep__DOT__mrd_hdr[2U];
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->pcie_ep__DOT__mrd_hdr[3U];
    }
    vlSelf->pcie_ep__DOT__u_rx__DOT__data_left = ((IData)(pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0)
                                                   ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0)
                                                   : 0U);
    vlSelf->reg_be_o = (0xfU & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q))
                                 ? vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                [1U] : ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw)
                                         ? (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [1U] >> 4U)
                                         : 0xfU)));
    vlSelf->wake_o = ((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle)
                       ? 0xffffffffffffULL : vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q);
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q;
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0 
        = ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit)
            ? ((0x10U < (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))
                ? 5U : 2U) : 4U);
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0 
        = (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit) 
            & ((~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                   [0U] >> 0xeU)) & (0x10U >= (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))))
            ? 0U : 1U);
    pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0 
        = (1U & ((~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U] >> 0xeU)) & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit) 
                                          & (0x10U 
                                             >= (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw))))));
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
                    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                                  >> 2U)))) {
                        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->pcie_ep__DOT__cfg_capture_en = 1U;
                            }
                        }
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_d 
        = ((IData)(vlSelf->pcie_ep__DOT__cfg_capture_en)
            ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                          [2U] >> 0x10U)) : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q));
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken 
        = ((IData)(vlSelf->pcie_ep__DOT__rx_dw_ready) 
           & (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q));
    vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take = ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q) 
                                                & (IData)(vlSelf->pcie_ep__DOT__rx_dw_ready));
    vlSelf->pcie_ep__DOT__msix_rdata = 0U;
    if ((3U == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                      >> 0xcU)))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w = 1U;
        if ((0U == (0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
            vlSelf->pcie_ep__DOT__msix_rdata = vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q;
        }
    } else if (vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid) {
        vlSelf->pcie_ep__DOT__msix_rdata = ((8U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))
                                             ? ((4U 
                                                 & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                                                [(7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                                     >> 4U))]
                                                 : 
                                                vlSelf->pcie_ep__DOT__u_msix__DOT__data_q
                                                [(7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                                     >> 4U))])
                                             : ((4U 
                                                 & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset))
                                                 ? 
                                                vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                                [(7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                                     >> 4U))]
                                                 : 
                                                vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                                [(7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                                     >> 4U))]));
    }
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0 
        = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
           > ((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
               ? 4U : 3U));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0 
        = (0xfffU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
                     - ((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                         ? 4U : 3U)));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane = 
        (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
          < ((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
              ? 4U : 3U)) ? (7U & (((0x20000000U & 
                                     vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                     ? 4U : 3U) - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q)))
          : 0U);
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws = 
        (0xfffU & (((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                     ? 4U : 3U) + (0x7ffU & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
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
                                                   : 0U))))));
    vlSelf->dma_rd_data_count_o = (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left) 
                                    < (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count))
                                    ? ((IData)(pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0) 
                                       & (IData)(pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0))
                                    : (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count));
    vlSelf->dma_rd_data_valid_o = (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) 
                                    & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                           | (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                       & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)))) 
                                   & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    vlSelf->reg_req_o = 0U;
    vlSelf->pcie_ep__DOT__msix_we = 0U;
    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 0U;
    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 0U;
    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                  [0U] >> 0x1fU)))) {
        if ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x20000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1cU)))) {
                    if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U])) {
                                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x18U)))) {
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                                }
                            } else {
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                            }
                        }
                    } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x1aU)))) {
                        if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x19U)))) {
                            if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                if ((0x40000000U & 
                                     vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U])) {
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 3U;
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                                        = (1U & (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0));
                                } else {
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                                        = pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
                                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                                        = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit)));
                                }
                            }
                        }
                    }
                }
                if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1bU)))) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
                    }
                } else if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                            }
                        } else {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        }
                    }
                } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x1aU)))) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x18U)))) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                                = ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                    : 0U);
                        }
                    }
                }
            } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x1cU)))) {
                if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                            }
                        } else {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        }
                    } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U])) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 3U : 2U);
                    }
                } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else if ((1U & ((0U != (7U 
                                                  & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U] 
                                                     >> 0x10U))) 
                                          | ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x1eU) 
                                             & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [0U] 
                                                >> 0xeU))))) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 1U : 0U);
                        }
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                    }
                } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U)))) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                    }
                } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x18U)))) {
                    if ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 3U;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                            = pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                            = (1U & (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0));
                    } else {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                            = pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                            = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit)));
                    }
                }
            }
        } else if ((0x20000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                          [0U] >> 0x1cU)))) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1bU)))) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1aU)))) {
                        if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x19U)))) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 4U : ((0x40000000U 
                                                   & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U])
                                                   ? 3U
                                                   : (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0)));
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                                = (1U & ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U) 
                                         | ((0x40000000U 
                                             & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [0U]) ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0)
                                             : (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit)))));
                        }
                    }
                }
            }
            if ((0x10000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1bU)))) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
                }
            } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x1bU)))) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1aU)))) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 0U : ((0x40000000U 
                                               & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [0U])
                                               ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                               : 0U));
                    }
                }
            }
        } else if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x1cU)))) {
            if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                          [0U] >> 0x1bU)))) {
                if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else if ((1U & ((0U != (7U 
                                                  & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U] 
                                                     >> 0x10U))) 
                                          | ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x1eU) 
                                             & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [0U] 
                                                >> 0xeU))))) {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else {
                            vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 1U : 0U);
                        }
                    }
                } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U)))) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                    }
                } else {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind 
                        = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U]) ? 4U : ((0x40000000U 
                                           & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U]) ? 3U
                                           : (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0)));
                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur 
                        = (1U & ((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U) | 
                                 ((0x40000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U]) ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0)
                                   : (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit)))));
                }
            }
            if ((0x8000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1aU)))) {
                    if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 3U : 2U);
                    }
                }
            } else if ((0x4000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x19U)))) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                }
            } else if ((0x2000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((1U & (~ (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x18U)))) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                }
            } else {
                vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action 
                    = ((0x1000000U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U]) ? 0U : ((0x40000000U 
                                       & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U]) ? (IData)(pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                       : 0U));
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used 
        = ((IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken) 
           & (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval = 0U;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
                    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                                  >> 2U)))) {
                        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->pcie_ep__DOT__cfg_wr_en = 1U;
                            }
                        }
                    }
                    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->pcie_ep__DOT__ev_sent_ca = 1U;
                            }
                        }
                    }
                }
            }
            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U != (IData)(vlSelf->reg_be_o))) {
                    if (vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
                        vlSelf->reg_req_o = 1U;
                    }
                    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                        vlSelf->pcie_ep__DOT__msix_we 
                            = vlSelf->reg_we_o;
                    }
                }
            }
        }
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                if (vlSelf->reg_rvalid_i) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->reg_rdata_i;
                }
            }
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U == (IData)(vlSelf->reg_be_o))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (1U & (~ (IData)(vlSelf->reg_we_o)));
            } else if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (1U & (~ (IData)(vlSelf->reg_we_o)));
            }
            if ((0U != (IData)(vlSelf->reg_be_o))) {
                if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->pcie_ep__DOT__msix_rdata;
                }
            }
        } else if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
            if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                          >> 2U)))) {
                if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                              >> 1U)))) {
                    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                        vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                        vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval 
                            = vlSelf->pcie_ep__DOT__cfg_rd_data;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end = 
        (0xfffU & (((0xfffU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                    < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws))
                    ? ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q))
                    : (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws)));
    vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = vlSelf->pcie_ep__DOT__u_rx__DOT__state_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d = vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d = vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__action_d = vlSelf->pcie_ep__DOT__u_rx__DOT__action_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d = vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d = vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d = vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d = vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q;
    vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d = vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q;
    vlSelf->pcie_ep__DOT__cpl_start = 0U;
    vlSelf->pcie_ep__DOT__cpl_end = 0U;
    vlSelf->pcie_ep__DOT__cpl_ok = 0U;
    vlSelf->pcie_ep__DOT__ev_malformed = 0U;
    vlSelf->pcie_ep__DOT__ev_ur = 0U;
    vlSelf->pcie_ep__DOT__ev_poisoned = 0U;
    vlSelf->pcie_ep__DOT__ev_poisoned_cpl = 0U;
    vlSelf->pcie_ep__DOT__ev_unexpected_cpl = 0U;
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d = 0U;
                vlSelf->pcie_ep__DOT__u_target__DOT__status_d = 0U;
            }
        }
    } else if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q) 
                         >> 1U)))) {
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q)))) {
            if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
                if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                              >> 2U)))) {
                    if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                            vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d = 1U;
                        }
                    } else if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                        vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d = 1U;
                    }
                }
                if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__status_d 
                        = ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))
                            ? 1U : ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))
                                     ? 4U : 1U));
                }
            }
        }
    }
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush = 1U;
            }
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->bus_master_en_o)))) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush = 1U;
            }
        }
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                if (vlSelf->bus_master_en_o) {
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
                        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk;
                }
            }
        }
    }
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->dma_rd_req_id_i))));
    }
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        } else if (vlSelf->pcie_ep__DOT__req_done) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 0U;
            if (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q) 
                 | ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                    != (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
                                  + (1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0xfU))))))) {
                vlSelf->pcie_ep__DOT__ev_malformed = 1U;
                vlSelf->pcie_ep__DOT__cpl_end = ((2U 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)) 
                                                 & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q)));
            } else {
                vlSelf->pcie_ep__DOT__ev_ur = vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q;
                vlSelf->pcie_ep__DOT__ev_poisoned = 
                    (1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                           [0U] >> 0xeU));
                if ((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 4U;
                } else if ((2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->pcie_ep__DOT__cpl_end = 1U;
                    vlSelf->pcie_ep__DOT__cpl_ok = 1U;
                    vlSelf->pcie_ep__DOT__ev_poisoned_cpl 
                        = (1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0xeU));
                } else if ((3U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->pcie_ep__DOT__ev_unexpected_cpl = 1U;
                }
                if ((1U & (~ VL_ONEHOT0_I((((3U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)) 
                                            << 2U) 
                                           | (((2U 
                                                == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)) 
                                               << 1U) 
                                              | (0U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q)))))))) {
                    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                        VL_WRITEF("[%0t] %%Error: pcie_rx.sv:266: Assertion failed in %Npcie_ep.u_rx: synthesis parallel_case, but multiple matches found\n",
                                  64,VL_TIME_UNITED_Q(1),
                                  -12,vlSymsp->name());
                        VL_STOP_MT("/work/main/rtl/pcie_rx.sv", 266, "");
                    }
                }
            }
        } else if (vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d 
                = ((0x7ffU < (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum))
                    ? 0x7ffU : (0x7ffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum)));
            vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d = 0U;
            if (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q)
                  ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q)
                  : (IData)(vlSelf->pcie_ep__DOT__rx_dw_last))) {
                vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 3U;
            }
        }
    } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->pcie_ep__DOT__u_rx__DOT__action_d = vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action;
        vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d = vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind;
        vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d 
            = vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr;
        vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d = vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur;
        vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d = 0U;
        vlSelf->pcie_ep__DOT__cpl_start = ((~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr)) 
                                           & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action)));
        vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 
            (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q) 
              & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q)))
              ? 3U : 2U);
    } else if (vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take) {
        if (((0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
             >= ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                  ? 4U : 3U))) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0U;
            vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d 
                = vlSelf->pcie_ep__DOT__rx_dw_last;
            vlSelf->pcie_ep__DOT__u_rx__DOT__state_d = 1U;
            vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d 
                = (1U & (((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)) 
                         - (~ (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0))));
            vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d 
                = ((0x1fU >= VL_MULS_III(32, (IData)(0x20U), 
                                         (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                            ? 4U : 3U) 
                                          - (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))
                    ? (vlSelf->pcie_ep__DOT__rx_dw 
                       >> VL_MULS_III(32, (IData)(0x20U), 
                                      (((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                         ? 4U : 3U) 
                                       - (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))
                    : 0U);
        } else if (vlSelf->pcie_ep__DOT__rx_dw_last) {
            vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0U;
            vlSelf->pcie_ep__DOT__ev_malformed = 1U;
        } else {
            vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d 
                = (3U & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
        }
    }
    vlSelf->rx_tlp_ready_o = (1U & ((~ (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)) 
                                    | (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used)));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word 
        = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end) 
           == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0 
        = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end) 
           > ((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
               ? 4U : 3U));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws = 
        (0xfffU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end) 
                   - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q;
    vlSelf->idle_o = (((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                       & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                      & ((~ (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)) 
                         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)) 
                            & ((~ (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_valid)) 
                               & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                                      | ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found) 
                                         & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable)))) 
                                  & ((2U != (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)) 
                                     & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)) 
                                        & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                                           & (((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle) 
                                               | ((IData)(vlSelf->dma_rd_req_ready_o) 
                                                  & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                                     & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                                        & ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_start)) 
                                                           & ((vlSelf->time_i 
                                                               < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                                              & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                                 == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)))))))) 
                                              & (IData)(vlSelf->dma_wr_req_ready_o))))))))));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q;
    if (vlSelf->pcie_ep__DOT__cpl_start) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d 
            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d 
            = (0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                        [2U] >> 8U));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d 
            = ((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
               << 2U);
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d 
            = (7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                     [1U] >> 0xdU));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 1U;
    } else if (vlSelf->pcie_ep__DOT__cpl_end) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 0U;
    }
    vlSelf->pcie_ep__DOT__ev_rcvd_ur = 0U;
    vlSelf->pcie_ep__DOT__ev_rcvd_ca = 0U;
    if (((IData)(vlSelf->pcie_ep__DOT__cpl_end) & (IData)(vlSelf->pcie_ep__DOT__cpl_ok))) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q)))) {
                vlSelf->pcie_ep__DOT__ev_rcvd_ur = 
                    (1U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q));
                vlSelf->pcie_ep__DOT__ev_rcvd_ca = 
                    (4U == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q));
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q;
    vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
        = vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q;
    if (((IData)(vlSelf->rx_tlp_valid_i) & (IData)(vlSelf->rx_tlp_ready_o))) {
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
            = vlSelf->rx_tlp_data_i;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
            = vlSelf->rx_tlp_last_i;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 1U;
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d = 0U;
        vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
            = vlSelf->rx_tlp_keep_i;
        vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 1U;
        if ((0U != (0xfU & ((IData)(vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep) 
                            >> 4U)))) {
            vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 2U;
        }
        vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
            = vlSelf->__Vfunc_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout;
    } else {
        if (vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used) {
            vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 0U;
        }
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used)))) {
            if (vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken) {
                vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
                    = (1U & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q)));
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes 
        = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word) 
           | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0 
        = (0xfffU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws) 
                     - (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)));
    vlSelf->pcie_ep__DOT__tx_dw_valid = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                                         & (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? 1U : 
                                             ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? 1U
                                               : ((2U 
                                                   == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  (1U 
                                                   & ((1U 
                                                       < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                                      | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                   : 0U))) 
                                            >= ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                                 ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                                 : 0U)));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q;
    if (((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
         & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d 
            = (1U & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes)) 
                     & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))));
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat 
        = ((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
           & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
              & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes)));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept = (
                                                   (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
                                                   & (IData)(vlSelf->pcie_ep__DOT__tx_dw_valid));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xf0U & ((- (IData)((1U & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                       >> 1U)))) << 4U)) 
           | (0xfU & (- (IData)((1U & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes))))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               & (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
        } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word;
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
        }
    } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 1U;
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
    if (((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
            = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word;
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
    }
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q;
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q;
    vlSelf->pcie_ep__DOT__mwr_pl_take = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept) 
                                         & ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                            & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0) 
                                               & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0))));
    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done = 0U;
    if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) {
        if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) {
            if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept) {
                vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
                    = vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end;
                if (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word) {
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0U;
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done = 1U;
                }
            }
        } else {
            vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
        }
    } else {
        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 1U;
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__tgt_cpl_valid)))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)))) {
                if ((2U != (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                    if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                        vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits 
        = (0U >= (3U & (((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                         + (IData)(vlSelf->dma_wr_data_count_i)) 
                        - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined = (
                                                   (0xffffffff00000000ULL 
                                                    & vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined) 
                                                   | (IData)((IData)(
                                                                     (VL_LTS_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                                                                       ? vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q
                                                                       : 
                                                                      ((1U 
                                                                        > 
                                                                        (- (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                                                        ? 
                                                                       (vlSelf->dma_wr_data_i 
                                                                        >> 
                                                                        (0x1fU 
                                                                         & VL_MULS_III(32, (IData)(0x20U), 
                                                                                (- (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                                                        : 0U)))));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined = (
                                                   (0xffffffffULL 
                                                    & vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined) 
                                                   | ((QData)((IData)(
                                                                      (VL_LTS_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q))
                                                                        ? vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q
                                                                        : 
                                                                       ((1U 
                                                                         > 
                                                                         ((IData)(1U) 
                                                                          - (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                                                                         ? 
                                                                        (vlSelf->dma_wr_data_i 
                                                                         >> 
                                                                         (0x1fU 
                                                                          & VL_MULS_III(32, (IData)(0x20U), 
                                                                                ((IData)(1U) 
                                                                                - (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                                                                         : 0U)))) 
                                                      << 0x20U));
    vlSelf->pcie_ep__DOT__mwr_pl_dws = (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined);
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d = (IData)(
                                                           (vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined 
                                                            >> 
                                                            (0x3fU 
                                                             & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)))));
    vlSelf->pcie_ep__DOT__u_target__DOT__state_d = vlSelf->pcie_ep__DOT__u_target__DOT__state_q;
    vlSelf->pcie_ep__DOT__u_target__DOT__idx_d = vlSelf->pcie_ep__DOT__u_target__DOT__idx_q;
    vlSelf->pcie_ep__DOT__u_target__DOT__advance = 0U;
    if ((4U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d = 0U;
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 4U;
            } else if (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                        & (0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 4U;
            }
        } else if (vlSelf->reg_rvalid_i) {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q)));
            vlSelf->pcie_ep__DOT__u_target__DOT__state_d 
                = ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw)
                    ? 3U : 1U);
        }
    } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((0U == (IData)(vlSelf->reg_be_o))) {
            vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
        } else if (vlSelf->pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
            if (vlSelf->reg_gnt_i) {
                if (vlSelf->reg_we_o) {
                    vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
                } else {
                    vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 2U;
                }
            }
        } else {
            vlSelf->pcie_ep__DOT__u_target__DOT__advance = 1U;
        }
        if (vlSelf->pcie_ep__DOT__u_target__DOT__advance) {
            vlSelf->pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q)));
            if (vlSelf->pcie_ep__DOT__u_target__DOT__last_dw) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d 
                    = ((IData)(vlSelf->reg_we_o) ? 4U
                        : 3U);
            }
        }
    } else if ((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 3U;
        if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q) 
                      >> 2U)))) {
            if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->pcie_ep__DOT__u_target__DOT__state_d = 1U;
            }
        }
    }
    vlSelf->pcie_ep__DOT__mwr_done = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                      & (2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->pcie_ep__DOT__msix_msg_done = ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                           & (1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc = (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                                                   & (3U 
                                                      == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))) 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q));
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->dma_wr_data_ready_o = 0U;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->dma_wr_data_ready_o = (1U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                                                 | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits)));
        } else if ((1U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->dma_wr_data_ready_o = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits;
        } else if (vlSelf->dma_wr_req_valid_i) {
            vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d 
                = (0x7ffU & ((IData)(vlSelf->dma_wr_req_len_i) 
                             >> 2U));
        }
    }
    if (((IData)(vlSelf->dma_wr_data_valid_i) & (IData)(vlSelf->dma_wr_data_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d 
            = (0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                         - (IData)(vlSelf->dma_wr_data_count_i)));
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total) 
                     - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)));
    } else {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (3U & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                     - (IData)(vlSelf->pcie_ep__DOT__mwr_pl_take)));
    }
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q;
    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->pcie_ep__DOT__mwr_done) {
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr;
                    vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left;
                }
            }
        } else if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
            if (vlSelf->dma_wr_req_valid_i) {
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                    = vlSelf->dma_wr_req_addr_i;
                vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d 
                    = vlSelf->dma_wr_req_len_i;
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d = vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q;
    vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d = vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q;
    if (((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->pcie_ep__DOT__msix_msg_done))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = 0U;
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q))) 
               & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d));
    } else if ((((~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)) 
                 & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found)) 
                & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d = 1U;
    }
    if (((IData)(vlSelf->msix_req_i) & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                        >> 1U))) {
        vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->msix_vector_i))));
    }
    vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d = vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q;
    if ((1U & (~ ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                  & (IData)(vlSelf->pcie_ep__DOT__msix_msg_done))))) {
        if ((((~ (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q)) 
              & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found)) 
             & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable))) {
            vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d 
                = vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec;
            vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d 
                = vlSelf->pcie_ep__DOT__u_msix__DOT__data_q
                [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec];
            vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d 
                = (((QData)((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                    [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec])) 
                    << 0x20U) | (QData)((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                                [vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec])));
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q;
    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
            = vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d 
            = (((0U == vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                | (pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
                   < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q))
                ? pcie_ep__DOT__u_dma_rd__DOT__sent_deadline
                : vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q);
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    if ((1U & (~ ((IData)(vlSelf->dma_rd_req_valid_i) 
                  & (IData)(vlSelf->dma_rd_req_ready_o))))) {
        if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d = 0U;
        } else if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                    & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
            if (vlSelf->bus_master_en_o) {
                if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d = 1U;
                }
            }
        }
        if ((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc)))) {
            if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                 & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                if (vlSelf->bus_master_en_o) {
                    if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
                            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk;
                        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
                            = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag;
                    }
                }
            }
        }
    }
    vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
        = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q;
    if (((IData)(vlSelf->dma_rd_req_valid_i) & (IData)(vlSelf->dma_rd_req_ready_o))) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0U;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = vlSelf->dma_rd_req_len_i;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->dma_rd_req_addr_i;
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
            = (1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad)));
    } else if (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
            = (0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q) 
                         + ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                            >> 2U)));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = (0x1fffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
                          - (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = (vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
               + (QData)((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
             == (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q))) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    } else if (((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                & (~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
        if ((1U & (~ (IData)(vlSelf->bus_master_en_o)))) {
            vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    }
    if (vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush) {
        vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0U;
    }
}

VL_INLINE_OPT void Vpcie_ep___024root___nba_comb__TOP__0(Vpcie_ep___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root___nba_comb__TOP__0\n"); );
    // Body
    vlSelf->reg_wdata_o = vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q
        [vlSelf->pcie_ep__DOT__u_target__DOT__idx_q];
    vlSelf->dma_rd_data_id_o = vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
        [vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q];
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
    vlSelf->pcie_ep__DOT__tx_dw = (((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
                                    < ((0x20000000U 
                                        & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                        ? 4U : 3U))
                                    ? (((0U == (0x1fU 
                                                & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                   [0U] 
                                                   << 5U)))
                                         ? 0U : (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                                 (((IData)(0x1fU) 
                                                   + 
                                                   (0x7fU 
                                                    & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                       [0U] 
                                                       << 5U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                      [0U] 
                                                      << 5U))))) 
                                       | (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                          (3U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                           [0U])] >> 
                                          (0x1fU & 
                                           (vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                            [0U] << 5U))))
                                    : ((VL_GTES_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                                        & (0U < (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                                        ? (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                                            [((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                               ? (0xfU 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                               : 0U)]
                                             : ((1U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q
                                                 : 
                                                ((2U 
                                                  == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? vlSelf->pcie_ep__DOT__mwr_pl_dws
                                                  : 0U))) 
                                           >> (0x1fU 
                                               & VL_MULS_III(32, (IData)(0x20U), 
                                                             (- (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                                        : 0U));
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
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q;
    if (((IData)(vlSelf->pcie_ep__DOT__tx_dw_valid) 
         & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d 
            = (((~ (0xffffffffULL << (0x3fU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                                               << 5U)))) 
                & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d) 
               | ((QData)((IData)(vlSelf->pcie_ep__DOT__tx_dw)) 
                  << (0x3fU & ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q) 
                               << 5U))));
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat = ((0xffffffff00000000ULL 
                                                   & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat) 
                                                  | (IData)((IData)(
                                                                    (VL_LTS_III(32, 0U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                                                                      ? (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q)
                                                                      : 
                                                                     ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                                                       ? 0U
                                                                       : vlSelf->pcie_ep__DOT__tx_dw)))));
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat = ((0xffffffffULL 
                                                   & vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat) 
                                                  | ((QData)((IData)(
                                                                     (VL_LTS_III(32, 1U, (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q))
                                                                       ? (IData)(
                                                                                (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q 
                                                                                >> 0x20U))
                                                                       : 
                                                                      ((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)
                                                                        ? vlSelf->pcie_ep__DOT__tx_dw
                                                                        : 0U)))) 
                                                     << 0x20U));
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
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
        = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
    if (((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d 
            = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat;
    }
    vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q;
    if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q;
        } else if (vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d 
                = vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat;
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
