// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top__Syms.h"
#include "Vcosim_top___024root.h"

#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__ico(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG

void Vcosim_top___024root___eval_triggers__ico(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_triggers__ico\n"); );
    // Body
    vlSelf->__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vcosim_top___024root___dump_triggers__ico(vlSelf);
    }
#endif
}

VL_INLINE_OPT void Vcosim_top___024root___ico_sequent__TOP__0(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___ico_sequent__TOP__0\n"); );
    // Body
    if ((1U & (~ VL_ONEHOT0_I((((0x1cU == (0xffU & (IData)(vlSelf->sim_addr_i))) 
                                << 7U) | (((0x18U == 
                                            (0xffU 
                                             & (IData)(vlSelf->sim_addr_i))) 
                                           << 6U) | 
                                          (((0x14U 
                                             == (0xffU 
                                                 & (IData)(vlSelf->sim_addr_i))) 
                                            << 5U) 
                                           | (((0x10U 
                                                == 
                                                (0xffU 
                                                 & (IData)(vlSelf->sim_addr_i))) 
                                               << 4U) 
                                              | (((0xcU 
                                                   == 
                                                   (0xffU 
                                                    & (IData)(vlSelf->sim_addr_i))) 
                                                  << 3U) 
                                                 | (((8U 
                                                      == 
                                                      (0xffU 
                                                       & (IData)(vlSelf->sim_addr_i))) 
                                                     << 2U) 
                                                    | (((4U 
                                                         == 
                                                         (0xffU 
                                                          & (IData)(vlSelf->sim_addr_i))) 
                                                        << 1U) 
                                                       | (0U 
                                                          == 
                                                          (0xffU 
                                                           & (IData)(vlSelf->sim_addr_i)))))))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:81: Assertion failed in %Ncosim_top.u_dut.u_pcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 81, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((0x134U == (IData)(vlSelf->sim_addr_i)) 
                                << 0xcU) | (((0x130U 
                                              == (IData)(vlSelf->sim_addr_i)) 
                                             << 0xbU) 
                                            | (((0x12cU 
                                                 == (IData)(vlSelf->sim_addr_i)) 
                                                << 0xaU) 
                                               | (((0x128U 
                                                    == (IData)(vlSelf->sim_addr_i)) 
                                                   << 9U) 
                                                  | (((0x124U 
                                                       == (IData)(vlSelf->sim_addr_i)) 
                                                      << 8U) 
                                                     | (((0x120U 
                                                          == (IData)(vlSelf->sim_addr_i)) 
                                                         << 7U) 
                                                        | (((0x11cU 
                                                             == (IData)(vlSelf->sim_addr_i)) 
                                                            << 6U) 
                                                           | (((0x118U 
                                                                == (IData)(vlSelf->sim_addr_i)) 
                                                               << 5U) 
                                                              | (((0x114U 
                                                                   == (IData)(vlSelf->sim_addr_i)) 
                                                                  << 4U) 
                                                                 | (((0x110U 
                                                                      == (IData)(vlSelf->sim_addr_i)) 
                                                                     << 3U) 
                                                                    | (((0x108U 
                                                                         == (IData)(vlSelf->sim_addr_i)) 
                                                                        << 2U) 
                                                                       | (((0x104U 
                                                                            == (IData)(vlSelf->sim_addr_i)) 
                                                                           << 1U) 
                                                                          | (0x100U 
                                                                             == (IData)(vlSelf->sim_addr_i)))))))))))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_core.sv:159: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.gen_sim: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_core.sv", 159, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((0x618U == (IData)(vlSelf->sim_addr_i)) 
                                << 4U) | (((0x60cU 
                                            == (IData)(vlSelf->sim_addr_i)) 
                                           << 3U) | 
                                          (((0x608U 
                                             == (IData)(vlSelf->sim_addr_i)) 
                                            << 2U) 
                                           | (((0x604U 
                                                == (IData)(vlSelf->sim_addr_i)) 
                                               << 1U) 
                                              | (0x600U 
                                                 == (IData)(vlSelf->sim_addr_i)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_ns_table.sv:106: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_ns_table.gen_table: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_ns_table.sv", 106, "");
        }
    }
    vlSelf->obs_slot_cmd_o[0U] = (IData)((((QData)((IData)(
                                                           vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                                                           [vlSelf->obs_slot_i][1U])) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                                                            [vlSelf->obs_slot_i][0U]))));
    vlSelf->obs_slot_cmd_o[1U] = (IData)(((((QData)((IData)(
                                                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                                                            [vlSelf->obs_slot_i][1U])) 
                                            << 0x20U) 
                                           | (QData)((IData)(
                                                             vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                                                             [vlSelf->obs_slot_i][0U]))) 
                                          >> 0x20U));
    vlSelf->obs_slot_cmd_o[2U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->obs_slot_i][6U];
    vlSelf->obs_slot_deadline_o = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
        [vlSelf->obs_slot_i];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
        = ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))
            ? 0xffffffffffffULL : (0xfffffffffc00ULL 
                                   & (((vlSelf->time_i 
                                        >> 0xaU) + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))) 
                                      << 0xaU)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject 
        = ((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
           & ((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run)));
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata 
        = (((((((((0U == (0xffU & (IData)(vlSelf->sim_addr_i))) 
                  | (4U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
                 | (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
                | (0xcU == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
               | (0x10U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
              | (0x14U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
             | (0x18U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
            | (0x1cU == (0xffU & (IData)(vlSelf->sim_addr_i))))
            ? ((0U == (0xffU & (IData)(vlSelf->sim_addr_i)))
                ? 0x4e564353U : ((4U == (0xffU & (IData)(vlSelf->sim_addr_i)))
                                  ? 1U : ((8U == (0xffU 
                                                  & (IData)(vlSelf->sim_addr_i)))
                                           ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q
                                           : ((0xcU 
                                               == (0xffU 
                                                   & (IData)(vlSelf->sim_addr_i)))
                                               ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q
                                               : ((0x10U 
                                                   == 
                                                   (0xffU 
                                                    & (IData)(vlSelf->sim_addr_i)))
                                                   ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)
                                                   : 
                                                  ((0x14U 
                                                    == 
                                                    (0xffU 
                                                     & (IData)(vlSelf->sim_addr_i)))
                                                    ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q
                                                    : 
                                                   ((0x18U 
                                                     == 
                                                     (0xffU 
                                                      & (IData)(vlSelf->sim_addr_i)))
                                                     ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q
                                                     : vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q)))))))
            : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req 
        = ((IData)(vlSelf->sim_req_i) & (0U == (0xff00U 
                                                & (IData)(vlSelf->sim_addr_i))));
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we 
        = ((IData)(vlSelf->sim_req_i) & ((IData)(vlSelf->sim_we_i) 
                                         & (0U != (0xffU 
                                                   & ((IData)(vlSelf->sim_addr_i) 
                                                      >> 8U)))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free 
        = (1U & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                 | (IData)(vlSelf->tx_tlp_ready_i)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel 
        = (0xffffU & ((IData)(vlSelf->sim_addr_i) - (IData)(0x300U)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 0U;
    if ((((0x200U <= (IData)(vlSelf->sim_addr_i)) & 
          (0x210U >= (IData)(vlSelf->sim_addr_i))) 
         & (0U == (3U & (IData)(vlSelf->sim_addr_i))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field 
            = (7U & ((IData)(1U) + ((IData)(vlSelf->sim_addr_i) 
                                    >> 2U)));
    } else if (((((0x300U <= (IData)(vlSelf->sim_addr_i)) 
                  & (0x200U > (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel))) 
                 & (0x18U > (0x1fU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel)))) 
                & (0U == (3U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry 
            = (0x1fU & ((IData)(1U) + ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel) 
                                       >> 5U)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field 
            = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel) 
                     >> 2U));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at = 0xffffffffffffULL;
    if (((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
           & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0U] > vlSelf->time_i)) & (0xffffffffffffULL 
                                        > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                        [0U]))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 1U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 1U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [1U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [1U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [1U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 2U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 2U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [2U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [2U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [2U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 3U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 3U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [3U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [3U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [3U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 4U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 4U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [4U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [4U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [4U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 5U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 5U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [5U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [5U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [5U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 6U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 6U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [6U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [6U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [6U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 7U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 7U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [7U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [7U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [7U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 8U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 8U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [8U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [8U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [8U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 9U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 9U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [9U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [9U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [9U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xaU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xaU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xaU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xaU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xaU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xbU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xbU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xbU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xbU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xbU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xcU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xcU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xcU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xcU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xcU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xdU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xdU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xdU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xdU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xdU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xeU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xeU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xeU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xeU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xeU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xfU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xfU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xfU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xfU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xfU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x10U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x10U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x10U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x10U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x10U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x11U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x11U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x11U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x11U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x11U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x12U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x12U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x12U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x12U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x12U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x13U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x13U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x13U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x13U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x13U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x14U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x14U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x14U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x14U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x14U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x15U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x15U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x15U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x15U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x15U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x16U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x16U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x16U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x16U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x16U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x17U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x17U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x17U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x17U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x17U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x18U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x18U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x18U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x18U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x18U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x19U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x19U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x19U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x19U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x19U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1aU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1aU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1aU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1aU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1aU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1bU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1bU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1bU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1bU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1bU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1cU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1cU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1cU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1cU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1cU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1dU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1dU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1dU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1dU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1dU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1eU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1eU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1eU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1eU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1eU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1fU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1fU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1fU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1fU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1fU];
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr = 0U;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__reg_req) 
         & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))) {
        if (((((((((0xcU == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                   | (0x10U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                  | (0x14U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                 | (0x24U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                | (0x28U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
               | (0x2cU == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
              | (0x30U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
             | (0x34U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))))) {
            if ((0xcU == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
                    = (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q 
                       | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw 
                          & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask));
            } else if ((0x10U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
                    = (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q 
                       & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw 
                             & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask)));
            } else if ((0x14U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc;
            } else if ((0x24U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__27__be 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__27__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__27__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q;
                vlSelf->__Vfunc_merge_bytes__27__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__27__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__27__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__27__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__27__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__27__be))
                                       ? vlSelf->__Vfunc_merge_bytes__27__data
                                       : vlSelf->__Vfunc_merge_bytes__27__old))));
                vlSelf->__Vfunc_merge_bytes__27__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__27__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__27__be))
                             ? (vlSelf->__Vfunc_merge_bytes__27__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__27__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__27__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__27__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__27__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__27__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__27__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d 
                    = (0xfff0fffU & vlSelf->__Vfunc_merge_bytes__27__Vfuncout);
            } else if ((0x28U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__28__be 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__28__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__28__old 
                    = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q) 
                       << 0xcU);
                vlSelf->__Vfunc_merge_bytes__28__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__28__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__28__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__28__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__28__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__28__be))
                                       ? vlSelf->__Vfunc_merge_bytes__28__data
                                       : vlSelf->__Vfunc_merge_bytes__28__old))));
                vlSelf->__Vfunc_merge_bytes__28__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__28__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__28__be))
                             ? (vlSelf->__Vfunc_merge_bytes__28__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__28__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__28__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__28__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__28__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__28__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__28__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                    = vlSelf->__Vfunc_merge_bytes__28__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
                    = ((0xffffffff00000ULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d) 
                       | (IData)((IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                                          >> 0xcU))));
            } else if ((0x2cU == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__29__be 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__29__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__29__old 
                    = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q 
                               >> 0x14U));
                vlSelf->__Vfunc_merge_bytes__29__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__29__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__29__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__29__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__29__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__29__be))
                                       ? vlSelf->__Vfunc_merge_bytes__29__data
                                       : vlSelf->__Vfunc_merge_bytes__29__old))));
                vlSelf->__Vfunc_merge_bytes__29__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__29__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__29__be))
                             ? (vlSelf->__Vfunc_merge_bytes__29__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__29__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__29__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__29__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__29__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__29__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__29__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
                    = ((0xfffffULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d) 
                       | ((QData)((IData)(vlSelf->__Vfunc_merge_bytes__29__Vfuncout)) 
                          << 0x14U));
            } else if ((0x30U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__30__be 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__30__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__30__old 
                    = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q) 
                       << 0xcU);
                vlSelf->__Vfunc_merge_bytes__30__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__30__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__30__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__30__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__30__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__30__be))
                                       ? vlSelf->__Vfunc_merge_bytes__30__data
                                       : vlSelf->__Vfunc_merge_bytes__30__old))));
                vlSelf->__Vfunc_merge_bytes__30__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__30__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__30__be))
                             ? (vlSelf->__Vfunc_merge_bytes__30__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__30__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__30__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__30__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__30__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__30__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__30__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                    = vlSelf->__Vfunc_merge_bytes__30__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
                    = ((0xffffffff00000ULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d) 
                       | (IData)((IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                                          >> 0xcU))));
            } else {
                vlSelf->__Vfunc_merge_bytes__31__be 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__31__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__31__old 
                    = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q 
                               >> 0x14U));
                vlSelf->__Vfunc_merge_bytes__31__res 
                    = ((0xffff0000U & vlSelf->__Vfunc_merge_bytes__31__res) 
                       | ((0xff00U & (((2U & (IData)(vlSelf->__Vfunc_merge_bytes__31__be))
                                        ? (vlSelf->__Vfunc_merge_bytes__31__data 
                                           >> 8U) : 
                                       (vlSelf->__Vfunc_merge_bytes__31__old 
                                        >> 8U)) << 8U)) 
                          | (0xffU & ((1U & (IData)(vlSelf->__Vfunc_merge_bytes__31__be))
                                       ? vlSelf->__Vfunc_merge_bytes__31__data
                                       : vlSelf->__Vfunc_merge_bytes__31__old))));
                vlSelf->__Vfunc_merge_bytes__31__res 
                    = ((0xffffU & vlSelf->__Vfunc_merge_bytes__31__res) 
                       | ((((8U & (IData)(vlSelf->__Vfunc_merge_bytes__31__be))
                             ? (vlSelf->__Vfunc_merge_bytes__31__data 
                                >> 0x18U) : (vlSelf->__Vfunc_merge_bytes__31__old 
                                             >> 0x18U)) 
                           << 0x18U) | (0xff0000U & 
                                        (((4U & (IData)(vlSelf->__Vfunc_merge_bytes__31__be))
                                           ? (vlSelf->__Vfunc_merge_bytes__31__data 
                                              >> 0x10U)
                                           : (vlSelf->__Vfunc_merge_bytes__31__old 
                                              >> 0x10U)) 
                                         << 0x10U))));
                vlSelf->__Vfunc_merge_bytes__31__Vfuncout 
                    = vlSelf->__Vfunc_merge_bytes__31__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
                    = ((0xfffffULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d) 
                       | ((QData)((IData)(vlSelf->__Vfunc_merge_bytes__31__Vfuncout)) 
                          << 0x14U));
            }
        } else if ((0x1000U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
            if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy) 
                 & ((0xffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw) 
                    <= (0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d 
                    = (0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw);
            }
        } else if ((0x1004U == (0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
            if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy) 
                 & ((0xffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw) 
                    <= (0xfffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                  >> 0x10U))))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d 
                    = (0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw);
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x1004U == (0x1fffU 
                                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                    << 9U) | (((0x1000U 
                                                == 
                                                (0x1fffU 
                                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                               << 8U) 
                                              | (((0x34U 
                                                   == 
                                                   (0x1fffU 
                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                  << 7U) 
                                                 | (((0x30U 
                                                      == 
                                                      (0x1fffU 
                                                       & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                     << 6U) 
                                                    | (((0x2cU 
                                                         == 
                                                         (0x1fffU 
                                                          & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                        << 5U) 
                                                       | (((0x28U 
                                                            == 
                                                            (0x1fffU 
                                                             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                           << 4U) 
                                                          | (((0x24U 
                                                               == 
                                                               (0x1fffU 
                                                                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                              << 3U) 
                                                             | (((0x14U 
                                                                  == 
                                                                  (0x1fffU 
                                                                   & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                 << 2U) 
                                                                | (((0x10U 
                                                                     == 
                                                                     (0x1fffU 
                                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                    << 1U) 
                                                                   | (0xcU 
                                                                      == 
                                                                      (0x1fffU 
                                                                       & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_regs.sv:125: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_regs: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_regs.sv", 125, "");
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit 
        = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end)) 
           & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
               >> (0x1fU & (IData)(vlSelf->time_i))) 
              & ((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)) 
                 & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q) 
                        & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q) 
                           == (0x1fU & (IData)(vlSelf->time_i))))) 
                    & ((0xffffU & ((IData)((vlSelf->time_i 
                                            >> 0xaU)) 
                                   - vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q
                                   [(0x1fU & (IData)(vlSelf->time_i))])) 
                       >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffeU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (1U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
                     & ((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                         [0U]) | vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                    & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                          & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffdU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (2U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 1U)) << 1U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [1U]) 
                                                 << 1U) 
                                                | (0xfffffffeU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 1U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffbU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (4U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 2U)) << 2U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [2U]) 
                                                 << 2U) 
                                                | (0xfffffffcU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 2U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffff7U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (8U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 3U)) << 3U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [3U]) 
                                                 << 3U) 
                                                | (0xfffffff8U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 3U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffefU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 4U)) << 4U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [4U]) 
                                                    << 4U) 
                                                   | (0xfffffff0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 4U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffdfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 5U)) << 5U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [5U]) 
                                                    << 5U) 
                                                   | (0xffffffe0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (5U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 5U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffbfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 6U)) << 6U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [6U]) 
                                                    << 6U) 
                                                   | (0xffffffc0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (6U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 6U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffff7fU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 7U)) << 7U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [7U]) 
                                                    << 7U) 
                                                   | (0xffffff80U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (7U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 7U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffeffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 8U)) << 8U)) & 
                         (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [8U]) << 8U) | (0xffffff00U 
                                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (8U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 8U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffdffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 9U)) << 9U)) & 
                         (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [9U]) << 9U) | (0xfffffe00U 
                                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (9U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 9U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffbffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xaU)) << 0xaU)) 
                         & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xaU]) << 0xaU) | (0xfffffc00U 
                                                  & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xaU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xaU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffff7ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xbU)) << 0xbU)) 
                         & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xbU]) << 0xbU) | (0xfffff800U 
                                                  & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xbU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xbU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffefffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xcU)) << 0xcU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xcU]) << 0xcU) | (0xfffff000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xcU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xcU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffdfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xdU)) << 0xdU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xdU]) << 0xdU) | (0xffffe000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xdU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xdU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffbfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xeU)) << 0xeU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xeU]) << 0xeU) | (0xffffc000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xeU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xeU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffff7fffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xfU)) << 0xfU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xfU]) << 0xfU) | (0xffff8000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xfU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xfU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffeffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x10U)) << 0x10U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x10U]) << 0x10U) 
                              | (0xffff0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x10U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x10U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffdffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x11U)) << 0x11U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x11U]) << 0x11U) 
                              | (0xfffe0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x11U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x11U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffbffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x12U)) << 0x12U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x12U]) << 0x12U) 
                              | (0xfffc0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x12U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x12U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfff7ffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x13U)) << 0x13U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x13U]) << 0x13U) 
                              | (0xfff80000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x13U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x13U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffefffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x14U)) << 0x14U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x14U]) << 0x14U) 
                               | (0xfff00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x14U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x14U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffdfffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x15U)) << 0x15U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x15U]) << 0x15U) 
                               | (0xffe00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x15U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x15U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffbfffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x16U)) << 0x16U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x16U]) << 0x16U) 
                               | (0xffc00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x16U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x16U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xff7fffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x17U)) << 0x17U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x17U]) << 0x17U) 
                               | (0xff800000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x17U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x17U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfeffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x18U)) << 0x18U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x18U]) << 0x18U) 
                                | (0xff000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x18U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x18U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfdffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x19U)) << 0x19U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x19U]) << 0x19U) 
                                | (0xfe000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x19U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x19U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfbffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1aU)) << 0x1aU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1aU]) << 0x1aU) 
                                | (0xfc000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1aU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1aU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xf7ffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1bU)) << 0x1bU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1bU]) << 0x1bU) 
                                | (0xf8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1bU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1bU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xefffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1cU)) << 0x1cU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1cU]) << 0x1cU) 
                                 | (0xf0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1cU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1cU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xdfffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1dU)) << 0x1dU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1dU]) << 0x1dU) 
                                 | (0xe0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1dU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1dU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xbfffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1eU)) << 0x1eU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1eU]) << 0x1eU) 
                                 | (0xc0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1eU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1eU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0x7fffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000000U & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1fU)) << 0x1fU)) 
                             & ((((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1fU]) << 0x1fU) 
                                 | (0x80000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                                & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                       & (0x1fU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                   << 0x1fU)))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot = 0U;
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(9U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(9U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(8U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(8U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take) 
         & (0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
               - (IData)(1U));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
            = (((0U == vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
                   < vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q))
                ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline
                : vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q);
    }
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d 
                = ((1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)
                    ? 1U : 0U);
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
                = (0xffffffffffffULL & (vlSelf->time_i 
                                        + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q))));
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            if ((1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 2U;
                }
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
            }
        } else if ((1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
            if ((0U != (3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
                              >> 0xeU)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 3U;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 1U;
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
        }
    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
            if ((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q)) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 2U;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 1U;
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
        }
    } else if ((1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
            = (0xffffffffffffULL & (vlSelf->time_i 
                                    + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q))));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 0U;
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
         & (IData)(vlSelf->sim_we_i))) {
        if ((8U == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
                = vlSelf->sim_wdata_i;
        } else if ((0xcU == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x10U == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
                = (0xffffU & vlSelf->sim_wdata_i);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x10U == (0xffU 
                                               & (IData)(vlSelf->sim_addr_i))) 
                                    << 2U) | (((0xcU 
                                                == 
                                                (0xffU 
                                                 & (IData)(vlSelf->sim_addr_i))) 
                                               << 1U) 
                                              | (8U 
                                                 == 
                                                 (0xffU 
                                                  & (IData)(vlSelf->sim_addr_i))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:53: Assertion failed in %Ncosim_top.u_dut.u_pcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 53, "");
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
         & ((IData)(vlSelf->sim_we_i) & (8U == (0xffU 
                                                & (IData)(vlSelf->sim_addr_i)))))) {
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
            = (0x9e3779b97f4a7c15ULL + (QData)((IData)(vlSelf->sim_wdata_i)));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
            = (0xbf58476d1ce4e5b9ULL * (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
                                        ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
                                           >> 0x1eU)));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
            = (0x94d049bb133111ebULL * (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                                        ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                                           >> 0x1bU)));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout 
            = (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
               ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                  >> 0x1fU));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout;
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__lat_draw) {
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q;
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
            = (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
               ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
                  << 0xdU));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
            = (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
               ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
                  >> 7U));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout 
            = (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
               ^ (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
                  << 0x11U));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_changed 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) 
           & (0x10cU == (IData)(vlSelf->sim_addr_i)));
    VL_ASSIGN_W(8192,vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) {
        if ((0x600U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x604U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
                = ((0xffff00000000ULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d) 
                   | (IData)((IData)(vlSelf->sim_wdata_i)));
        } else if ((0x608U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
                = ((0xffffffffULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d) 
                   | ((QData)((IData)((0xffffU & vlSelf->sim_wdata_i))) 
                      << 0x20U));
        } else if ((0x60cU == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d 
                = (0x7fU & vlSelf->sim_wdata_i);
        } else if ((0x610U == (IData)(vlSelf->sim_addr_i))) {
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0 
                    = (1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q));
                if ((0x1fffU >= (0x3fffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                            - (IData)(1U))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d[(0x1ffU 
                                                                                & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                                                - (IData)(1U)) 
                                                                                >> 5U))] 
                        = (((~ ((IData)(1U) << (0x1fU 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                   - (IData)(1U))))) 
                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d[
                            (0x1ffU & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                        - (IData)(1U)) 
                                       >> 5U))]) | 
                           ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0) 
                            << (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                         - (IData)(1U)))));
                }
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d 
                    = (0x3fffU & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q) 
                                   + (1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q))) 
                                  - ((0x1fffU >= (0x3fffU 
                                                  & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                     - (IData)(1U)))) 
                                     & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q[
                                        (0x1ffU & (
                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                    - (IData)(1U)) 
                                                   >> 5U))] 
                                        >> (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                             - (IData)(1U)))))));
            }
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
                = ((IData)(1U) + vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q);
        } else if ((0x614U == (IData)(vlSelf->sim_addr_i))) {
            VL_CONST_W_1X(8192,vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d,0x00000000);
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d = 0U;
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x614U == (IData)(vlSelf->sim_addr_i)) 
                                    << 5U) | (((0x610U 
                                                == (IData)(vlSelf->sim_addr_i)) 
                                               << 4U) 
                                              | (((0x60cU 
                                                   == (IData)(vlSelf->sim_addr_i)) 
                                                  << 3U) 
                                                 | (((0x608U 
                                                      == (IData)(vlSelf->sim_addr_i)) 
                                                     << 2U) 
                                                    | (((0x604U 
                                                         == (IData)(vlSelf->sim_addr_i)) 
                                                        << 1U) 
                                                       | (0x600U 
                                                          == (IData)(vlSelf->sim_addr_i))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_ns_table.sv:64: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_ns_table.gen_table: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_ns_table.sv", 64, "");
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[0U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[1U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[2U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[3U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[4U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[5U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[6U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[7U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xffffff00U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep) 
           | ((0xf0U & ((- (IData)((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                          >> 1U)))) 
                        << 4U)) | (0xfU & (- (IData)(
                                                     (1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes)))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xffff00ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep) 
           | ((0xf000U & ((- (IData)((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                            >> 3U)))) 
                          << 0xcU)) | (0xf00U & ((- (IData)(
                                                            (1U 
                                                             & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                                                >> 2U)))) 
                                                 << 8U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xff00ffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep) 
           | ((0xf00000U & ((- (IData)((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                              >> 5U)))) 
                            << 0x14U)) | (0xf0000U 
                                          & ((- (IData)(
                                                        (1U 
                                                         & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                                            >> 4U)))) 
                                             << 0x10U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep 
        = ((0xffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep) 
           | (((- (IData)((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                 >> 7U)))) << 0x1cU) 
              | (0xf000000U & ((- (IData)((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes) 
                                                 >> 6U)))) 
                               << 0x18U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[0U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[0U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[1U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[1U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[2U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[2U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[3U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[3U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[4U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[4U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[5U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[5U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[6U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[6U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[7U] 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[7U];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
        }
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata 
        = ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
            ? ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                ? 0U : ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                         ? (0xffffU & (IData)((((0x10U 
                                                 >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                 ? 
                                                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                                                [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                 : 0ULL) 
                                               >> 0x20U)))
                         : (IData)(((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                     ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                                    [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                     : 0ULL)))) : (
                                                   (2U 
                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                    ? 
                                                   ((1U 
                                                     & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                     ? 
                                                    (0xffffU 
                                                     & (IData)(
                                                               (((0x10U 
                                                                  >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                                  ? 
                                                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                                                                 [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                                  : 0ULL) 
                                                                >> 0x20U)))
                                                     : (IData)(
                                                               ((0x10U 
                                                                 >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                                 ? 
                                                                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                                                                [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                                 : 0ULL)))
                                                    : 
                                                   ((1U 
                                                     & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                     ? 
                                                    ((0x10U 
                                                      >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry)) 
                                                     & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q
                                                     [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry])
                                                     : 
                                                    ((0x10U 
                                                      >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                      ? 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                                                     [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                      : 0U))));
    if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at = 0xffffffffffffULL;
    if (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
         & (0xffffffffffffULL > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q;
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid) 
         & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at;
    }
    if ((((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
             > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                   < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end) 
                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_ok))))) {
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag 
                = (0x1fU & (IData)(vlSelf->time_i));
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 0U;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end) 
         & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_ok))) {
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err 
                    = ((1U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)) 
                       & (4U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q)));
            }
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial 
                    = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q) 
                       != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                       [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]);
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire 
                    = (1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial)));
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 1U;
        }
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet 
        = (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                   & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                      | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
               & (((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                       & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                           != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                          & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                   & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                  | (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))))) 
           & ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
              | ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                 | ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                    | ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                       & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q)))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__msix_req = 0U;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
            } else {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
                        = (0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                }
                if (vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_done) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next;
                    if ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d 
                            = (1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q)));
                    }
                    vlSelf->cosim_top__DOT__u_dut__DOT__msix_req = 1U;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
                }
            }
        } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 6U;
            }
        } else {
            if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next) 
                 != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 5U;
            }
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if (((((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                   & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))) 
                  & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad))) 
                 & (((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_active)) 
                     | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold)) 
                    | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
                    = ((IData)(1U) + vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q);
            }
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d 
                    = (0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q) 
                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
                    = (0x3ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
                if (((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                     & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) 
                        | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit)))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d 
                        = (0x7ffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q)));
                }
            }
            if ((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) {
                    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0U;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
                    }
                } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit) 
                            & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 1U;
                } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit) 
                            & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken))) {
                    if ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 1U;
                    } else if ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 1U;
                    } else if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d = 0U;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d 
                            = (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q));
                    }
                    if ((1U & (~ VL_ONEHOT0_I((((3U 
                                                 == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)) 
                                                << 2U) 
                                               | (((2U 
                                                    == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)) 
                                                   << 1U) 
                                                  | (1U 
                                                     == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)))))))) {
                        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:459: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec: synthesis parallel_case, but multiple matches found\n",
                                      64,VL_TIME_UNITED_Q(1),
                                      -12,vlSymsp->name());
                            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 459, "");
                        }
                    }
                }
            }
            if (vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_done) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
                if (((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q)) 
                     & (0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q)))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 1U;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 2U;
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 4U;
                }
            }
        } else if ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 3U;
        }
    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d 
            = ((IData)(1U) + vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d 
            = ((2U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
               & ((~ ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                       >> 0xfU) | (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                  & (4U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))));
        if ((0x1000U < (0x1fffU & ((0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)) 
                                   + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes))))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
                = (0x1fffU & ((IData)(0x1000U) - (0xfffU 
                                                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))));
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d 
                = (0x1fffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes) 
                              - ((IData)(0x1000U) - 
                                 (0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)))));
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d = 0U;
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)
                ? 0U : ((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src))
                         ? 2U : 4U));
    } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d = 0x40002U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 4U;
    } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 0U;
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q;
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_changed) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 1U;
        if ((0x400U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d 
                = (0x7ffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q)));
        }
        if ((0x400U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 1U;
        }
    }
    vlSelf->sim_wake_o = ((vlSelf->cosim_top__DOT__u_dut__DOT__ep_wake 
                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at)
                           ? vlSelf->cosim_top__DOT__u_dut__DOT__ep_wake
                           : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q))));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q] 
            = (0x3fU & ((IData)(1U) + vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q]));
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
            [7U];
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q;
    if (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = ((0xfeU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d)) 
               | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    }
    if ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
          & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q))) 
         & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
               >> 2U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
               | (0xffU & ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q))));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag))) 
               & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
            = (0x3fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                        [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
                        - (IData)(1U)));
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d 
                = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d) 
                   | (0xffU & ((IData)(1U) << vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag])));
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err) 
           | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
    vlSelf->sim_idle_o = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet) 
                          & (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
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
                                                        == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))))))))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata 
        = (((((((((0x100U == (IData)(vlSelf->sim_addr_i)) 
                  | (0x104U == (IData)(vlSelf->sim_addr_i))) 
                 | (0x108U == (IData)(vlSelf->sim_addr_i))) 
                | (0x110U == (IData)(vlSelf->sim_addr_i))) 
               | (0x114U == (IData)(vlSelf->sim_addr_i))) 
              | (0x118U == (IData)(vlSelf->sim_addr_i))) 
             | (0x11cU == (IData)(vlSelf->sim_addr_i))) 
            | (0x120U == (IData)(vlSelf->sim_addr_i)))
            ? ((0x100U == (IData)(vlSelf->sim_addr_i))
                ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                : ((0x104U == (IData)(vlSelf->sim_addr_i))
                    ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q
                    : ((0x108U == (IData)(vlSelf->sim_addr_i))
                        ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)
                        : ((0x110U == (IData)(vlSelf->sim_addr_i))
                            ? (IData)(vlSelf->time_i)
                            : ((0x114U == (IData)(vlSelf->sim_addr_i))
                                ? (0xffffU & (IData)(
                                                     (vlSelf->time_i 
                                                      >> 0x20U)))
                                : ((0x118U == (IData)(vlSelf->sim_addr_i))
                                    ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots)
                                    : ((0x11cU == (IData)(vlSelf->sim_addr_i))
                                        ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at)
                                        : (0xffffU 
                                           & (IData)(
                                                     (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
                                                      >> 0x20U))))))))))
            : ((0x124U == (IData)(vlSelf->sim_addr_i))
                ? (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet) 
                    << 1U) | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle))
                : ((0x128U == (IData)(vlSelf->sim_addr_i))
                    ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q)
                    : ((0x12cU == (IData)(vlSelf->sim_addr_i))
                        ? (0xffffU & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                              >> 0x20U)))
                        : ((0x130U == (IData)(vlSelf->sim_addr_i))
                            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q
                            : ((0x134U == (IData)(vlSelf->sim_addr_i))
                                ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q)
                                : 0U))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot)));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q) 
           | (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
               | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
              | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject)));
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)))) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d = 0U;
                }
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q;
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q))) 
               & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d));
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__msix_req) 
         & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
            >> 1U))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d 
            = (1U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval = 0U;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_wr_en) {
        if (((((((((1U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U))) 
                   | (3U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [2U] >> 2U)))) 
                  | (4U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
                 | (5U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
                | (0xfU == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
               | (0x12U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U] >> 2U)))) 
              | (0x14U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [2U] >> 2U)))) 
             | (0x1cU == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [2U] >> 2U))))) {
            if ((1U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__3__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
                    = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q) 
                       & (~ (0xf900U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi))));
                vlSelf->__Vfunc_merge_bytes__3__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__3__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__3__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d 
                    = (0x546U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((3U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__4__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__4__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__4__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__4__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d 
                    = (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((4U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__5__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__5__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__5__old 
                    = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__5__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d 
                    = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                       >> 0xeU);
            } else if ((5U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__6__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__6__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__6__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d 
                    = vlSelf->__Vfunc_merge_bytes__6__Vfuncout;
            } else if ((0xfU == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__7__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__7__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__7__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__7__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d 
                    = (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x12U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__8__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
                    = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q) 
                       & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi)));
                vlSelf->__Vfunc_merge_bytes__8__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__8__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__8__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d 
                    = (0x78ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else if ((0x14U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                            [2U] >> 2U)))) {
                vlSelf->__Vfunc_merge_bytes__9__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__9__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__9__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__9__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d 
                    = (0xcbU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            } else {
                vlSelf->__Vfunc_merge_bytes__10__be 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U]);
                vlSelf->__Vfunc_merge_bytes__10__data 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__10__old 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q;
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
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                    = vlSelf->__Vfunc_merge_bytes__10__Vfuncout;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d 
                    = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval);
            }
        } else if ((0x20U == (0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 2U)))) {
            vlSelf->__Vfunc_merge_bytes__11__be = (0xfU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U]);
            vlSelf->__Vfunc_merge_bytes__11__data = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
            vlSelf->__Vfunc_merge_bytes__11__old = 
                ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
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
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                = vlSelf->__Vfunc_merge_bytes__11__Vfuncout;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d 
                = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval 
                   >> 0x1eU);
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x20U == (0x3ffU 
                                               & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [2U] 
                                                  >> 2U))) 
                                    << 8U) | (((0x1cU 
                                                == 
                                                (0x3ffU 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 2U))) 
                                               << 7U) 
                                              | (((0x14U 
                                                   == 
                                                   (0x3ffU 
                                                    & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U] 
                                                       >> 2U))) 
                                                  << 6U) 
                                                 | (((0x12U 
                                                      == 
                                                      (0x3ffU 
                                                       & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                          [2U] 
                                                          >> 2U))) 
                                                     << 5U) 
                                                    | (((0xfU 
                                                         == 
                                                         (0x3ffU 
                                                          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                             [2U] 
                                                             >> 2U))) 
                                                        << 4U) 
                                                       | (((5U 
                                                            == 
                                                            (0x3ffU 
                                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                [2U] 
                                                                >> 2U))) 
                                                           << 3U) 
                                                          | (((4U 
                                                               == 
                                                               (0x3ffU 
                                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                   [2U] 
                                                                   >> 2U))) 
                                                              << 2U) 
                                                             | (((3U 
                                                                  == 
                                                                  (0x3ffU 
                                                                   & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                      [2U] 
                                                                      >> 2U))) 
                                                                 << 1U) 
                                                                | (1U 
                                                                   == 
                                                                   (0x3ffU 
                                                                    & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                       [2U] 
                                                                       >> 2U))))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: pcie_cfg_space.sv:95: Assertion failed in %Ncosim_top.u_dut.u_pcie_ep.u_cfg_space: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_cfg_space.sv", 95, "");
            }
        }
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_sent_ca) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x800U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x1000U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x2000U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x8000U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned_cpl) 
         & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
            >> 6U))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d 
            = (0x100U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (8U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_malformed) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (4U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    if ((((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur) 
            | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned)) 
           | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_sent_ca)) 
          | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err)) 
         | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d 
            = (2U | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d));
    }
    vlSelf->sim_rdata_o = ((0U == (0xffU & ((IData)(vlSelf->sim_addr_i) 
                                            >> 8U)))
                            ? vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata
                            : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata 
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
                                                   : 0U))))))));
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vcosim_top___024root___dump_triggers__act(Vcosim_top___024root* vlSelf);
#endif  // VL_DEBUG

void Vcosim_top___024root___eval_triggers__act(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___eval_triggers__act\n"); );
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
        Vcosim_top___024root___dump_triggers__act(vlSelf);
    }
#endif
}

extern const VlWide<8>/*255:0*/ Vcosim_top__ConstPool__CONST_h9e67c271_0;
extern const VlWide<14>/*447:0*/ Vcosim_top__ConstPool__CONST_hb0e0ad07_0;
extern const VlWide<256>/*8191:0*/ Vcosim_top__ConstPool__CONST_h4ae14f6a_0;

VL_INLINE_OPT void Vcosim_top___024root___nba_sequent__TOP__0(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 = 0;
    CData/*0:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 = 0;
    CData/*0:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 = 0;
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
    CData/*3:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 0;
    IData/*31:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep = 0;
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
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary = 0;
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
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 = 0;
    CData/*1:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v8;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v8 = 0;
    CData/*2:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6 = 0;
    CData/*5:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0;
    CData/*5:0*/ __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0;
    __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0;
    SData/*15:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0;
    CData/*5:0*/ __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1;
    __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v2;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v2 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0;
    CData/*5:0*/ __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0;
    __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0;
    SData/*15:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0;
    CData/*5:0*/ __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1;
    __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v2;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v2 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 = 0;
    CData/*0:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v1 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 = 0;
    IData/*31:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v1 = 0;
    CData/*4:0*/ __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0;
    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 = 0;
    QData/*47:0*/ __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0;
    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 = 0;
    CData/*0:0*/ __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v1;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v1 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hb0bcf461__0;
    VlWide<3>/*95:0*/ __Vtemp_haa5796a6__0;
    VlWide<3>/*95:0*/ __Vtemp_hd42f694e__0;
    VlWide<3>/*95:0*/ __Vtemp_h0a3b04f3__0;
    VlWide<3>/*95:0*/ __Vtemp_h39f4b02e__0;
    VlWide<3>/*95:0*/ __Vtemp_h7a565872__0;
    VlWide<256>/*8191:0*/ __Vtemp_hd2200485__0;
    // Body
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v2 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v2 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 0U;
    vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 0U;
    vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 = 0U;
    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v8 = 0U;
    if ((1U & (~ (IData)(vlSelf->rst_ni)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i = 4U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v = 8U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i = 8U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i = 0x11U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i = 0x20U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__read));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q 
        = ((IData)(vlSelf->rst_ni) & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q 
        = (1U & ((~ (IData)(vlSelf->rst_ni)) | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d)));
    if (vlSelf->rst_ni) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q 
            = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready)) 
               & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i = 8U;
        if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid))) {
            if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field) 
                          >> 2U)))) {
                if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field) 
                              >> 1U)))) {
                    if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hd6dd96fe__0 
                            = (1U & vlSelf->sim_wdata_i);
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hd6dd96fe__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 = 1U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    }
                    if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h00f4e23d__0 
                            = vlSelf->sim_wdata_i;
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h00f4e23d__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 = 1U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    }
                }
                if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))) {
                    if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h72a7e8c8__0 
                            = (0xffffU & vlSelf->sim_wdata_i);
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h72a7e8c8__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 1U;
                            __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 = 0x20U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    } else {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h853db7d8__0 
                            = vlSelf->sim_wdata_i;
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h853db7d8__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 1U;
                            __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 = 0U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    }
                }
            }
            if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))) {
                if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field) 
                              >> 1U)))) {
                    if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hbdf6411a__0 
                            = (0xffffU & vlSelf->sim_wdata_i);
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_hbdf6411a__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 1U;
                            __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 = 0x20U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    } else {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h8d761e49__0 
                            = vlSelf->sim_wdata_i;
                        if ((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))) {
                            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____Vlvbound_h8d761e49__0;
                            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 1U;
                            __Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 = 0U;
                            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry;
                        }
                    }
                }
            }
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q 
               + ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err) 
                  | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca) 
                     | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur))));
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [0U];
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0 = 1U;
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [1U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [2U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [3U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [4U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [5U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [6U];
        __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
            [7U];
        if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_we) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid))) {
            if ((8U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) {
                if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
                    __Vfunc_merge_bytes__17__be = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                    __Vfunc_merge_bytes__17__data = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                    __Vfunc_merge_bytes__17__old = 
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q
                        [(7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
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
                    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 
                        = __Vfunc_merge_bytes__17__Vfuncout;
                    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 = 1U;
                    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0 
                        = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
                if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) {
                    if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
                        vlSelf->__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 
                            = (1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw);
                        vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 = 1U;
                        vlSelf->__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v0 
                            = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 4U));
                    }
                }
            }
            if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                          >> 3U)))) {
                if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
                    __Vfunc_merge_bytes__19__be = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                    __Vfunc_merge_bytes__19__data = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                    __Vfunc_merge_bytes__19__old = 
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q
                        [(7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
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
                    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 
                        = (0xfffffffcU & __Vfunc_merge_bytes__19__Vfuncout);
                    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 = 1U;
                    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0 
                        = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
                if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) {
                    __Vfunc_merge_bytes__18__be = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                    __Vfunc_merge_bytes__18__data = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw;
                    __Vfunc_merge_bytes__18__old = 
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q
                        [(7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
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
                    __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 
                        = __Vfunc_merge_bytes__18__Vfuncout;
                    __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 = 1U;
                    __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0 
                        = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                 >> 4U));
                }
            }
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q 
               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q 
               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_malformed));
        if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
            __Vtemp_hb0bcf461__0[0U] = 1U;
            __Vtemp_hb0bcf461__0[1U] = 0U;
            __Vtemp_hb0bcf461__0[2U] = 0U;
            __Vtemp_haa5796a6__0[0U] = (IData)(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                 > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                                 ? 
                                                (0xffffffffffffULL 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                    - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                                 : 0ULL));
            __Vtemp_haa5796a6__0[1U] = (IData)((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                  > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                                  ? 
                                                 (0xffffffffffffULL 
                                                  & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                                     - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                                  : 0ULL) 
                                                >> 0x20U));
            __Vtemp_haa5796a6__0[2U] = 0U;
            VL_ADD_W(3, __Vtemp_hd42f694e__0, __Vtemp_hb0bcf461__0, __Vtemp_haa5796a6__0);
            __Vtemp_h0a3b04f3__0[0U] = __Vtemp_hd42f694e__0[0U];
            __Vtemp_h0a3b04f3__0[1U] = __Vtemp_hd42f694e__0[1U];
            __Vtemp_h0a3b04f3__0[2U] = (0x1ffffU & 
                                        __Vtemp_hd42f694e__0[2U]);
            __Vtemp_h39f4b02e__0[0U] = (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
                                                >> 0x20U));
            __Vtemp_h39f4b02e__0[1U] = 0U;
            __Vtemp_h39f4b02e__0[2U] = 0U;
            VL_MUL_W(3, __Vtemp_h7a565872__0, __Vtemp_h0a3b04f3__0, __Vtemp_h39f4b02e__0);
            __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 
                = (0xffffffffffffULL & ((8U == (0xffU 
                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                                [0U]))
                                         ? vlSelf->time_i
                                         : (vlSelf->time_i 
                                            + (((0x10U 
                                                 >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry)) 
                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q
                                                [vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry])
                                                ? (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 
                                                   + 
                                                   (((QData)((IData)(
                                                                     (0x1ffffU 
                                                                      & __Vtemp_h7a565872__0[2U]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      __Vtemp_h7a565872__0[1U]))))
                                                : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))));
            __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 = 1U;
            __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q;
        }
        if (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l = 8U;
            if ((VL_LTS_III(32, 0U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[0U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q;
            }
            if ((VL_LTS_III(32, 1U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(1U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[1U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1 
                    = (3U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
            if ((VL_LTS_III(32, 2U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(2U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[2U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2 
                    = (3U & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
            if ((VL_LTS_III(32, 3U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(3U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[3U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3 
                    = (3U & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
            if ((VL_LTS_III(32, 4U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(4U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[4U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q;
            }
            if ((VL_LTS_III(32, 5U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(5U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[5U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5 
                    = (3U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
            if ((VL_LTS_III(32, 6U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(6U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[6U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6 
                    = (3U & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
            if ((VL_LTS_III(32, 7U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)) 
                 & VL_GTS_III(32, 4U, ((IData)(7U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))) {
                __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[7U];
                __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 = 1U;
                __Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7 
                    = (3U & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
            }
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d[7U];
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__read) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d;
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[8U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[8U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[9U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[9U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xaU] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xaU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xbU] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xbU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xcU] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xcU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xdU] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xdU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d;
        if (vlSelf->rx_tlp_ready_o) {
            if (vlSelf->rx_tlp_valid_i) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q 
                    = vlSelf->rx_tlp_last_i;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q = 1U;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q = 0U;
            }
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d;
        VL_ASSIGN_W(8192,__Vtemp_hd2200485__0, vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d);
        VL_ASSIGN_W(8192,vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q, __Vtemp_hd2200485__0);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d;
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q = 0U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v1 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v1 = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q = 0U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v2 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v2 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v1 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1 = 1U;
        vlSelf->__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q__v1 = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q = 0U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v1 = 1U;
        __Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v8 = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q = 0xffffffffffffULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[1U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[2U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[3U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[4U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[5U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[6U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[7U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[8U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[8U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[9U] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[9U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xaU] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[0xaU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xbU] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[0xbU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xcU] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[0xcU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xdU] 
            = Vcosim_top__ConstPool__CONST_hb0e0ad07_0[0xdU];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q = 3U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q = 0x40U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q = 0x157U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q = 0xfU;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q = 0xfU;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q = 0x2810U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q = 0U;
        VL_ASSIGN_W(8192,__Vtemp_hd2200485__0, Vcosim_top__ConstPool__CONST_h4ae14f6a_0);
        VL_ASSIGN_W(8192,vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q, __Vtemp_hd2200485__0);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q = 0U;
    }
    if (vlSelf->rst_ni) {
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q = 0ULL;
        }
        if (((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q = 0U;
        }
        if (vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) {
            if ((1U & (~ VL_ONEHOT0_I((((0x130U == (IData)(vlSelf->sim_addr_i)) 
                                        << 6U) | ((
                                                   (0x12cU 
                                                    == (IData)(vlSelf->sim_addr_i)) 
                                                   << 5U) 
                                                  | (((0x128U 
                                                       == (IData)(vlSelf->sim_addr_i)) 
                                                      << 4U) 
                                                     | (((0x108U 
                                                          == (IData)(vlSelf->sim_addr_i)) 
                                                         << 3U) 
                                                        | (((0x134U 
                                                             == (IData)(vlSelf->sim_addr_i)) 
                                                            << 2U) 
                                                           | (((0x104U 
                                                                == (IData)(vlSelf->sim_addr_i)) 
                                                               << 1U) 
                                                              | (0x100U 
                                                                 == (IData)(vlSelf->sim_addr_i)))))))))))) {
                if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                    VL_WRITEF("[%0t] %%Error: nvme_core.sv:130: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.gen_sim: synthesis parallel_case, but multiple matches found\n",
                              64,VL_TIME_UNITED_Q(1),
                              -12,vlSymsp->name());
                    VL_STOP_MT("/work/main/rtl/nvme_core.sv", 130, "");
                }
            }
            if ((0x100U == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q 
                    = vlSelf->sim_wdata_i;
            } else if ((0x104U == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q 
                    = vlSelf->sim_wdata_i;
            } else if ((0x134U == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q 
                    = (3U & vlSelf->sim_wdata_i);
            } else if ((0x108U == (IData)(vlSelf->sim_addr_i))) {
                if (((0U != vlSelf->sim_wdata_i) & 
                     (0x20U >= vlSelf->sim_wdata_i))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q 
                        = (0x3fU & vlSelf->sim_wdata_i);
                }
            } else if ((0x128U == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                    = ((0xffff00000000ULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                       | (IData)((IData)(vlSelf->sim_wdata_i)));
            } else if ((0x12cU == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                    = ((0xffffffffULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                       | ((QData)((IData)((0xffffU 
                                           & vlSelf->sim_wdata_i))) 
                          << 0x20U));
            } else if ((0x130U == (IData)(vlSelf->sim_addr_i))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q 
                    = vlSelf->sim_wdata_i;
            }
        }
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q = 0x1000U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q = 0x64U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q = 0x20U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q = 0U;
    }
    if (vlSelf->rst_ni) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d;
        if (vlSelf->rx_tlp_ready_o) {
            if (vlSelf->rx_tlp_valid_i) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[0U] 
                    = vlSelf->rx_tlp_data_i[0U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[1U] 
                    = vlSelf->rx_tlp_data_i[1U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[2U] 
                    = vlSelf->rx_tlp_data_i[2U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[3U] 
                    = vlSelf->rx_tlp_data_i[3U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[4U] 
                    = vlSelf->rx_tlp_data_i[4U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[5U] 
                    = vlSelf->rx_tlp_data_i[5U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[6U] 
                    = vlSelf->rx_tlp_data_i[6U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[7U] 
                    = vlSelf->rx_tlp_data_i[7U];
                __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                    = vlSelf->rx_tlp_keep_i;
                __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 1U;
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 4U)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 2U;
                }
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 8U)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 3U;
                }
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 0xcU)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 4U;
                }
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 0x10U)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 5U;
                }
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 0x14U)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 6U;
                }
                if ((0U != (0xfU & (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                                    >> 0x18U)))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 7U;
                }
                if ((0U != (__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
                            >> 0x1cU))) {
                    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 8U;
                }
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q 
                    = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout;
            }
        }
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d;
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q = 0x9e3779b92545f491ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[7U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[7U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[8U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[9U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xaU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xbU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xcU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xdU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xeU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0xfU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0x10U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0] 
            = (((~ (0xffffULL << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0))) 
                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                [__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0]) 
               | (0xffffffffffffULL & ((QData)((IData)(__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0)) 
                                       << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v0))));
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1] 
            = (((~ (0xffffffffULL << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1))) 
                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                [__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1]) 
               | (0xffffffffffffULL & ((QData)((IData)(__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1)) 
                                       << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v1))));
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q__v2) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[1U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[2U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[3U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[4U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[5U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[6U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[7U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[8U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[9U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xaU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xbU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xcU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xdU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xeU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0xfU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0x10U] = 0ULL;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0] 
            = (((~ (0xffffULL << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0))) 
                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                [__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0]) 
               | (0xffffffffffffULL & ((QData)((IData)(__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0)) 
                                       << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v0))));
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1] 
            = (((~ (0xffffffffULL << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1))) 
                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                [__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1]) 
               | (0xffffffffffffULL & ((QData)((IData)(__Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1)) 
                                       << (IData)(__Vdlyvlsb__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v1))));
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q__v2) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[1U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[2U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[3U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[4U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[5U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[6U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[7U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[8U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[9U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xaU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xbU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xcU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xdU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xeU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0xfU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0x10U] = 0ULL;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v0;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v1;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v2;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v3;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v4;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v5;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v6;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7U] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v7;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q__v8) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[7U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[7U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[7U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[7U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[8U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[9U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xaU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xbU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xcU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xdU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xeU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0xfU] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0x10U] = 0U;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[1U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[2U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[3U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[4U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[5U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[6U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[7U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[8U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[9U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xaU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xbU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xcU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xdU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xeU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0xfU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x10U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x11U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x12U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x13U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x14U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x15U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x16U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x17U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x18U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x19U] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1aU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1bU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1cU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1dU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1eU] = 0ULL;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0x1fU] = 0ULL;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v0;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v1;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v2;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v3;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v4;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v5;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v6;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[__Vdlyvdim0__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7] 
            = __Vdlyvval__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v7;
    }
    if (__Vdlyvset__cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q__v8) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[0U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[3U] = 0U;
    }
    vlSelf->obs_slot_deadline_o = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
        [vlSelf->obs_slot_i];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_byte_count 
        = ((0U == (0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [1U])) ? 0x1000U : (0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U]));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_mem_read 
        = ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [0U] >> 0x1eU)) & ((0U == (0x1fU & (
                                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0x18U))) 
                                  | (1U == (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [0U] >> 0x18U)))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
        = ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U]) ? (((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U])) << 0x20U) 
                     | (QData)((IData)((0xfffffffcU 
                                        & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [3U])))) : (QData)((IData)(
                                                                   (0xfffffffcU 
                                                                    & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                    [2U]))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw 
        = ((0U == (0x3ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [0U])) ? 0x400U : (0x3ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U]));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free 
        = (1U & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                 | (IData)(vlSelf->tx_tlp_ready_i)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
        = ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))
            ? 0xffffffffffffULL : (0xfffffffffc00ULL 
                                   & (((vlSelf->time_i 
                                        >> 0xaU) + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))) 
                                      << 0xaU)));
    vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata 
        = (((((((((0U == (0xffU & (IData)(vlSelf->sim_addr_i))) 
                  | (4U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
                 | (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
                | (0xcU == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
               | (0x10U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
              | (0x14U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
             | (0x18U == (0xffU & (IData)(vlSelf->sim_addr_i)))) 
            | (0x1cU == (0xffU & (IData)(vlSelf->sim_addr_i))))
            ? ((0U == (0xffU & (IData)(vlSelf->sim_addr_i)))
                ? 0x4e564353U : ((4U == (0xffU & (IData)(vlSelf->sim_addr_i)))
                                  ? 1U : ((8U == (0xffU 
                                                  & (IData)(vlSelf->sim_addr_i)))
                                           ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q
                                           : ((0xcU 
                                               == (0xffU 
                                                   & (IData)(vlSelf->sim_addr_i)))
                                               ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q
                                               : ((0x10U 
                                                   == 
                                                   (0xffU 
                                                    & (IData)(vlSelf->sim_addr_i)))
                                                   ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)
                                                   : 
                                                  ((0x14U 
                                                    == 
                                                    (0xffU 
                                                     & (IData)(vlSelf->sim_addr_i)))
                                                    ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q
                                                    : 
                                                   ((0x18U 
                                                     == 
                                                     (0xffU 
                                                      & (IData)(vlSelf->sim_addr_i)))
                                                     ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q
                                                     : vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q)))))))
            : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next 
        = (((0xfffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                       >> 0x10U)) == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q))
            ? 0U : (0xfffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1fU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1eU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1dU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1cU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1bU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1aU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x19U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x18U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x17U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x16U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x15U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x14U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x13U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x12U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x11U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x10U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xfU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xeU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xdU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xcU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xbU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xaU;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 9U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 8U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 7U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 6U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 5U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 4U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 3U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 2U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 0U;
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ VL_ONEHOT0_I((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                                << 1U) | (1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:150: Assertion failed in %Ncosim_top.u_dut.u_pcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 150, "");
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy 
        = ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
           | (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)));
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                << 2U) | (((1U == (3U 
                                                   & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(1U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(1U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(2U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(3U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(3U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(3U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                << 2U) | (((1U == (3U 
                                                   & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(1U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(1U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(2U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & ((IData)(3U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                << 2U) | (((1U == (3U 
                                                   & ((IData)(3U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & ((IData)(3U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q)
            ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q)
            : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q));
    vlSelf->obs_slots_busy_o = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (1U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 1U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 2U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 3U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 4U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 5U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 6U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 7U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 8U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 9U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xaU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xbU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xcU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xdU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xeU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xfU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x10U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x11U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x12U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x13U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x14U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x15U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x16U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x17U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x18U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x19U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1aU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1bU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1cU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1dU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1eU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots) 
                    + (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                       >> 0x1fU)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at = 0xffffffffffffULL;
    if (((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
           & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0U] > vlSelf->time_i)) & (0xffffffffffffULL 
                                        > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                        [0U]))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 1U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 1U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [1U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [1U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [1U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 2U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 2U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [2U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [2U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [2U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 3U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 3U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [3U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [3U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [3U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 4U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 4U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [4U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [4U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [4U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 5U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 5U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [5U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [5U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [5U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 6U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 6U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [6U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [6U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [6U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 7U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 7U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [7U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [7U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [7U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 8U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 8U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [8U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [8U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [8U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 9U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 9U))) & 
          (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [9U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [9U] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [9U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xaU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xaU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xaU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xaU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xaU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xbU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xbU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xbU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xbU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xbU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xcU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xcU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xcU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xcU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xcU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xdU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xdU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xdU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xdU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xdU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xeU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xeU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xeU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xeU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xeU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xfU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xfU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xfU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xfU] < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xfU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x10U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x10U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x10U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x10U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x10U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x11U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x11U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x11U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x11U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x11U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x12U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x12U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x12U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x12U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x12U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x13U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x13U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x13U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x13U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x13U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x14U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x14U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x14U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x14U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x14U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x15U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x15U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x15U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x15U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x15U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x16U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x16U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x16U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x16U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x16U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x17U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x17U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x17U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x17U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x17U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x18U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x18U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x18U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x18U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x18U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x19U))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x19U))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x19U] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x19U] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x19U];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1aU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1aU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1aU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1aU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1aU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1bU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1bU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1bU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1bU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1bU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1cU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1cU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1cU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1cU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1cU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1dU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1dU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1dU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1dU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1dU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1eU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1eU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1eU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1eU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1eU];
    }
    if ((((((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1fU))) & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1fU))) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1fU] > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1fU] 
                                           < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1fU];
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload 
        = ((2U < (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                        >> 5U))) ? 2U : (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 5U)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 0U;
    if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take = 1U;
                }
                if ((0U == vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 1U;
                }
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_done = 0U;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_done = 1U;
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold 
        = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q)) 
           & (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0U] 
        = (3U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[1U] 
        = (3U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[2U] 
        = (3U & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[3U] 
        = (3U & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[4U] 
        = (3U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[5U] 
        = (3U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[6U] 
        = (3U & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[7U] 
        = (3U & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    if (((0x1fffU & ((IData)(0x80U) << ((5U < (7U & 
                                               ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                         ? 5U : (7U 
                                                 & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                    >> 0xcU))))) 
         < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x80U) << ((5U < 
                                              (7U & 
                                               ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                              ? 5U : 
                                             (7U & 
                                              ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))));
    }
    if (((0x1fffU & ((IData)(0x1000U) - (0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q)))) 
         < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x1000U) - (0xfffU 
                                              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr 
        = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q 
           + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left 
        = (0x1fffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q) 
                      - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    if ((1U & (~ VL_ONEHOT0_I((((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                << 2U) | (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                           << 1U) | 
                                          (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:79: Assertion failed in %Ncosim_top.u_dut.u_pcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 79, "");
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0U;
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU)) & (0x1fU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1fU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU)) & (0x1eU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1eU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU)) & (0x1dU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1dU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU)) & (0x1cU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1cU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU)) & (0x1bU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1bU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU)) & (0x1aU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1aU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U)) & (0x19U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x19U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U)) & (0x18U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x18U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U)) & (0x17U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x17U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U)) & (0x16U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x16U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U)) & (0x15U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x15U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U)) & (0x14U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x14U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U)) & (0x13U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x13U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U)) & (0x12U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x12U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U)) & (0x11U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x11U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U)) & (0x10U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x10U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU)) & (0xfU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xfU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU)) & (0xeU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xeU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU)) & (0xdU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xdU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU)) & (0xcU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xcU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU)) & (0xbU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xbU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU)) & (0xaU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xaU;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U)) & (9U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 9U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U)) & (8U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 8U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U)) & (7U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 7U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U)) & (6U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 6U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U)) & (5U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 5U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U)) & (4U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 4U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U)) & (3U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 3U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U)) & (2U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 2U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U)) & (1U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 0U;
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU)) & (0x1fU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU)) & (0x1eU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU)) & (0x1dU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU)) & (0x1cU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU)) & (0x1bU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU)) & (0x1aU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U)) & (0x19U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U)) & (0x18U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U)) & (0x17U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U)) & (0x16U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U)) & (0x15U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U)) & (0x14U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U)) & (0x13U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U)) & (0x12U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U)) & (0x11U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U)) & (0x10U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU)) & (0xfU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU)) & (0xeU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU)) & (0xdU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU)) & (0xcU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU)) & (0xbU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU)) & (0xaU < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U)) & (9U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U)) & (8U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U)) & (7U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U)) & (6U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U)) & (5U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U)) & (4U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U)) & (3U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U)) & (2U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U)) & (1U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q) 
         & (0U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid 
        = ((0x20U > (0xffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [2U] >> 8U))) & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                                                >> 
                                                (0x1fU 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 8U))) 
                                               & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U] 
                                                   >> 0x10U) 
                                                  == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))));
    __Vfunc_mem_req_hdr__0__requester_id = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__0__addr = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q;
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
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[0U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[0U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[1U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[1U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[2U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[2U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[3U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[3U];
    __Vfunc_mem_req_hdr__24__len_dw = (0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                 >> 2U));
    __Vfunc_mem_req_hdr__24__requester_id = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__24__addr = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q;
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
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr[0U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[0U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr[1U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[1U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr[2U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[2U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr[3U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[3U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing 
        = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
           & (0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad 
        = ((0x400U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q)) 
           | ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q 
               > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q) 
              | (0U == vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr = 0U;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 
        = ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))
            ? (0U != (0xfU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [1U] >> 4U))) : (0U == 
                                               (0xfU 
                                                & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U] 
                                                   >> 4U))));
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 
        = (0x400U < (0x7ffU & ((0x3ffU & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
                                                  >> 2U))) 
                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))));
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 
        = ((1U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)) 
           | (0U != (0xfU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [1U] >> 4U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw 
        = ((0x40000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U]) ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
            : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count = 4U;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_mem_read) {
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be 
            = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr 
            = ((0x7cU & ((IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
                                  >> 2U)) << 2U)) | (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be 
            = (0xfU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U] >> 4U));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be 
            = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be 
            = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be 
            = (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count 
            = (0x1fffU & ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))
                           ? ((0U == (0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [1U])) ? 1U : 
                              (((IData)(4U) - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout)) 
                               - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout)))
                           : ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                                << 2U) - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout)) 
                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout))));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run 
        = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q)) 
           & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left 
        = (0x7ffU & (((6U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))
                       ? 4U : ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes) 
                               >> 2U)) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at = 0xffffffffffffULL;
    if (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
         & (0xffffffffffffULL > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q;
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid) 
         & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at 
            < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at;
    }
    if ((((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
          & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
             > vlSelf->time_i)) & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                   < vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q;
    }
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset 
        = (0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset)));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
        = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    if (((IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes) 
         < (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    }
    if (((IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary) 
         < (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk 
        = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left;
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset 
        = (0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset)));
    __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
        = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    if (((IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes) 
         < (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    }
    if (((IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary) 
         < (IData)(__Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk 
        = __Vfunc_cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffeU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (1U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & (~ vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
                     & ((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                         [0U]) | vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                    & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                          & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffdU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (2U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 1U)) << 1U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [1U]) 
                                                 << 1U) 
                                                | (0xfffffffeU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 1U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffbU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (4U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 2U)) << 2U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [2U]) 
                                                 << 2U) 
                                                | (0xfffffffcU 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 2U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffff7U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (8U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 3U)) << 3U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [3U]) 
                                                 << 3U) 
                                                | (0xfffffff8U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 3U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffefU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 4U)) << 4U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [4U]) 
                                                    << 4U) 
                                                   | (0xfffffff0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 4U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffdfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 5U)) << 5U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [5U]) 
                                                    << 5U) 
                                                   | (0xffffffe0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (5U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 5U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffbfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 6U)) << 6U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [6U]) 
                                                    << 6U) 
                                                   | (0xffffffc0U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (6U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 6U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffff7fU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 7U)) << 7U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [7U]) 
                                                    << 7U) 
                                                   | (0xffffff80U 
                                                      & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (7U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 7U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffeffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 8U)) << 8U)) & 
                         (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [8U]) << 8U) | (0xffffff00U 
                                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (8U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 8U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffdffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 9U)) << 9U)) & 
                         (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [9U]) << 9U) | (0xfffffe00U 
                                            & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (9U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 9U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffbffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xaU)) << 0xaU)) 
                         & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xaU]) << 0xaU) | (0xfffffc00U 
                                                  & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xaU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xaU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffff7ffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xbU)) << 0xbU)) 
                         & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xbU]) << 0xbU) | (0xfffff800U 
                                                  & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xbU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xbU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffefffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xcU)) << 0xcU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xcU]) << 0xcU) | (0xfffff000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xcU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xcU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffdfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xdU)) << 0xdU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xdU]) << 0xdU) | (0xffffe000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xdU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xdU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffbfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xeU)) << 0xeU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xeU]) << 0xeU) | (0xffffc000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xeU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xeU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffff7fffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xfU)) << 0xfU)) 
                          & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xfU]) << 0xfU) | (0xffff8000U 
                                                   & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xfU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xfU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffeffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x10U)) << 0x10U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x10U]) << 0x10U) 
                              | (0xffff0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x10U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x10U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffdffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x11U)) << 0x11U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x11U]) << 0x11U) 
                              | (0xfffe0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x11U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x11U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffbffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x12U)) << 0x12U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x12U]) << 0x12U) 
                              | (0xfffc0000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x12U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x12U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfff7ffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x13U)) << 0x13U)) 
                           & (((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x13U]) << 0x13U) 
                              | (0xfff80000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x13U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x13U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffefffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x14U)) << 0x14U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x14U]) << 0x14U) 
                               | (0xfff00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x14U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x14U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffdfffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x15U)) << 0x15U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x15U]) << 0x15U) 
                               | (0xffe00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x15U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x15U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffbfffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x16U)) << 0x16U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x16U]) << 0x16U) 
                               | (0xffc00000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x16U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x16U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xff7fffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x17U)) << 0x17U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x17U]) << 0x17U) 
                               | (0xff800000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x17U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x17U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfeffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x18U)) << 0x18U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x18U]) << 0x18U) 
                                | (0xff000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x18U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x18U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfdffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x19U)) << 0x19U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x19U]) << 0x19U) 
                                | (0xfe000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x19U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x19U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfbffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1aU)) << 0x1aU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1aU]) << 0x1aU) 
                                | (0xfc000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1aU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1aU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xf7ffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1bU)) << 0x1bU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1bU]) << 0x1bU) 
                                | (0xf8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1bU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1bU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xefffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1cU)) << 0x1cU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1cU]) << 0x1cU) 
                                 | (0xf0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1cU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1cU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xdfffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1dU)) << 0x1dU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1dU]) << 0x1dU) 
                                 | (0xe0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1dU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1dU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xbfffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000000U & (((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1eU)) << 0x1eU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1eU]) << 0x1eU) 
                                 | (0xc0000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1eU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1eU))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0x7fffffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000000U & ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1fU)) << 0x1fU)) 
                             & ((((vlSelf->time_i >= 
                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1fU]) << 0x1fU) 
                                 | (0x80000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                                & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                       & (0x1fU == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                   << 0x1fU)))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot = 0U;
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(9U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(9U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(8U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(8U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q) 
           | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q) 
              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen 
        = (0xfU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q) 
                   + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws 
        = ((1U & ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))
                   ? (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q[0U] 
                      >> 0x1dU) : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1dU)))
            ? 4U : 3U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__rx_dw_ready 
        = ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
           | ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)) 
              & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr 
        = ((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U] >> 0x1eU) & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                              > (0x7ffU & ((IData)(0x20U) 
                                           << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)))));
    if ((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
         [0U] >> 0x1fU)) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x40000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x10000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                        }
                    }
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else {
                if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
                if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x10000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                    }
                }
            } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x19U)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x18U)))) {
                if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else {
            if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x10000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x10000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x8000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x19U)))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((0x4000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x2000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x1000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((1U & (~ (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U] >> 0x18U)))) {
        if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
        if (cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject 
        = ((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
           & ((vlSelf->time_i >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws 
        = ((8U > (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left))
            ? (0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left))
            : 8U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q) 
           & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__rx_dw_ready));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count 
        = (((7U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
            | ((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
               & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                  | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))))
            ? 1U : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws));
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws;
            }
        }
    }
}
