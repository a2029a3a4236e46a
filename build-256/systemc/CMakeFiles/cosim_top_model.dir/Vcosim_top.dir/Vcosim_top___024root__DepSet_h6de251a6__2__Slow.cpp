// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top__Syms.h"
#include "Vcosim_top___024root.h"

extern const VlWide<8>/*255:0*/ Vcosim_top__ConstPool__CONST_h9e67c271_0;

VL_ATTR_COLD void Vcosim_top___024root___stl_sequent__TOP__2(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___stl_sequent__TOP__2\n"); );
    // Init
    IData/*31:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 = 0;
    IData/*31:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 = 0;
    // Body
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
           & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
           & (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc 
        = (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
            & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) 
           & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0U]
            : ((8U > (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 1U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[1U]
            : ((8U > ((IData)(1U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(1U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(1U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(1U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(1U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(1U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[1U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 2U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[2U]
            : ((8U > ((IData)(2U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(2U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(2U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(2U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(2U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(2U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[2U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 3U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[3U]
            : ((8U > ((IData)(3U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(3U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(3U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(3U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(3U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(3U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[3U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 4U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[4U]
            : ((8U > ((IData)(4U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(4U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(4U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(4U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(4U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(4U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[4U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 5U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[5U]
            : ((8U > ((IData)(5U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(5U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(5U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(5U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(5U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(5U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[5U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 6U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[6U]
            : ((8U > ((IData)(6U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(6U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(6U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(6U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(6U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(6U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[6U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 7U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[7U]
            : ((8U > ((IData)(7U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(7U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(7U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(7U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(7U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(7U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[7U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 8U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[8U]
            : ((8U > ((IData)(8U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(8U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(8U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(8U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(8U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(8U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[8U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 9U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[9U]
            : ((8U > ((IData)(9U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(9U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(9U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(9U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(9U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(9U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[9U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xaU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xaU]
            : ((8U > ((IData)(0xaU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xaU) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xaU) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xaU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0xaU) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0xaU) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xaU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xbU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xbU]
            : ((8U > ((IData)(0xbU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xbU) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xbU) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xbU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0xbU) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0xbU) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xbU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xcU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xcU]
            : ((8U > ((IData)(0xcU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xcU) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xcU) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xcU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0xcU) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0xcU) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xcU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xdU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0xdU]
            : ((8U > ((IData)(0xdU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xdU) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xdU) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xdU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0xdU) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0xdU) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xdU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xeU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? 0U : ((8U > ((IData)(0xeU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                     ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                     ((IData)(0xeU) 
                                                      - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                          ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                                  (((IData)(0x1fU) 
                                    + (0xffU & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xeU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                                   >> 5U)] << ((IData)(0x20U) 
                                               - (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(0xeU) 
                                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                        | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                           (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                              ((IData)(0xeU) 
                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                                  >> 5U))] >> (0x1fU 
                                               & VL_MULS_III(32, (IData)(0x20U), 
                                                             ((IData)(0xeU) 
                                                              - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                     : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xeU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0xfU, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? 0U : ((8U > ((IData)(0xfU) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                     ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                     ((IData)(0xfU) 
                                                      - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                          ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                                  (((IData)(0x1fU) 
                                    + (0xffU & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xfU) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                                   >> 5U)] << ((IData)(0x20U) 
                                               - (0x1fU 
                                                  & VL_MULS_III(32, (IData)(0x20U), 
                                                                ((IData)(0xfU) 
                                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                        | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                           (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                              ((IData)(0xfU) 
                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                                  >> 5U))] >> (0x1fU 
                                               & VL_MULS_III(32, (IData)(0x20U), 
                                                             ((IData)(0xfU) 
                                                              - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                     : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0xfU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x10U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[0U]
            : ((8U > ((IData)(0x10U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x10U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x10U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x10U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x10U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x10U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x10U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x11U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[1U]
            : ((8U > ((IData)(0x11U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x11U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x11U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x11U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x11U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x11U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x11U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x12U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[2U]
            : ((8U > ((IData)(0x12U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x12U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x12U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x12U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x12U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x12U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x12U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x13U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[3U]
            : ((8U > ((IData)(0x13U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x13U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x13U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x13U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x13U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x13U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x13U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x14U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[4U]
            : ((8U > ((IData)(0x14U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x14U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x14U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x14U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x14U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x14U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x14U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 
        = (VL_LTS_III(32, 0x15U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))
            ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q[5U]
            : ((8U > ((IData)(0x15U) - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0x15U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0x15U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0x15U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(0x15U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(0x15U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0x15U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[0U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[0U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[1U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[1U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[2U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[2U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[3U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[3U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[4U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[4U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[5U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[5U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[6U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[6U];
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[7U] 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[7U];
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))
            ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))
                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                         (((IData)(0x1fU) + (0x3ffU 
                                             & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))) 
                          >> 5U)] << ((IData)(0x20U) 
                                      - (0x1fU & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))) 
               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                  (0x1fU & (VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)) 
                            >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
            : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(1U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(1U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(1U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(1U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(1U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(1U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[1U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(2U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(2U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(2U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(2U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(2U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(2U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[2U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(3U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(3U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(3U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(3U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(3U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(3U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[3U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(4U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(4U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(4U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(4U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(4U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(4U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[4U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(5U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(5U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(5U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(5U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(5U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(5U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[5U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(6U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(6U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(6U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(6U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(6U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(6U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[6U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(7U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(7U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(7U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(7U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(7U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(7U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[7U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(8U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(8U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(8U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(8U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(8U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(8U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(8U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[8U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(9U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(9U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(9U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(9U) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(9U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(9U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(9U) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[9U] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(0xaU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xaU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xaU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xaU) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xaU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(0xaU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xaU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xaU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(0xbU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xbU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xbU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xbU) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xbU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(0xbU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xbU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xbU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(0xcU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xcU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xcU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xcU) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xcU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(0xcU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xcU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xcU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 
        = ((0x16U > ((IData)(0xdU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))
            ? ((0x2bfU >= (0x3ffU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xdU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(0xdU) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                             (((IData)(0x1fU) + (0x3ffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(0xdU) 
                                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xdU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined[
                      (0x1fU & (VL_MULS_III(32, (IData)(0x20U), 
                                            ((IData)(0xdU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))) 
                                >> 5U))] >> (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(0xdU) 
                                                            + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))))))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d[0xdU] 
        = cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits 
        = (0xeU >= (0x1fU & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)) 
                             - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 0U;
    } else if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid) 
                 & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                    == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 4U;
            }
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
                = ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left))
                    ? 4U : 1U);
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d = 2U;
            }
        }
    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))
                ? 2U : ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q))
                         ? 4U : 3U));
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad)
                ? 4U : ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))
                         ? 1U : 3U));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q;
    if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done))))) {
        if ((((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)) 
              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found)) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q
                [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec];
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d 
                = (((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                    [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec])) 
                    << 0x20U) | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                                [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec])));
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d 
            = (((0U == vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
                | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
                   < vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q))
                ? vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline
                : vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q))));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q;
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
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q;
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
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag))) 
               & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d);
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
            = (0x3fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d
                        [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                        [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag]] 
                        - (IData)(1U)));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    if ((1U & (~ ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                  & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))))) {
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 0U;
        } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                    & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
            if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d = 1U;
                }
            }
        }
        if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc)))) {
            if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                 & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag;
                    }
                }
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q;
    if (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d = 0x40U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_req_addr;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d 
            = (1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad)));
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d 
            = (0x3ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q) 
                         + ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                            >> 2U)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d 
            = (0x1fffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q 
               + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q)));
        if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q) 
             == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
        if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                      >> 2U)))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d = 0U;
        }
    }
    if ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws[7U];
    } else if ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] = 0U;
    } else if ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws[7U];
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready = 0U;
    if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left;
                    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk;
                    }
                }
            }
            vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready 
                = (1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                         | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits)));
        } else {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                if (vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_addr;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len;
                }
            }
            if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk;
                }
                vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits;
            } else if (vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
                    = (0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len) 
                                 >> 2U));
            }
        }
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid) 
         & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d 
            = (0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q) 
                         - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (0x1fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total) 
                        - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)));
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d 
            = (0x1fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                        - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take)));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[0U] 
        = (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [0U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [0U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [0U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 0U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (0U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              (- (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[1U] 
        = (((0xfffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [1U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [1U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [1U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [1U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [1U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 1U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (1U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(1U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(1U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(1U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(1U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(1U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[2U] 
        = (((0xfffU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [2U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [2U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [2U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [2U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [2U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 2U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (2U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(2U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(2U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(2U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(2U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(2U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[3U] 
        = (((0xfffU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [3U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [3U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [3U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [3U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [3U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 3U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (3U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(3U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(3U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(3U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(3U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(3U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[4U] 
        = (((0xfffU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [4U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [4U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [4U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [4U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [4U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 4U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (4U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(4U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(4U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(4U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(4U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(4U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[5U] 
        = (((0xfffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [5U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [5U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [5U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [5U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [5U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 5U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (5U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(5U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(5U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(5U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(5U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(5U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[6U] 
        = (((0xfffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [6U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [6U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [6U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [6U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [6U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 6U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (6U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(6U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(6U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(6U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(6U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(6U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw[7U] 
        = (((0xfffU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
            < ((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (((0U == (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [7U] 
                                                 << 5U)))
                                 ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                         (((IData)(0x1fU) 
                                           + (0x7fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [7U] 
                                                 << 5U))) 
                                          >> 5U)] << 
                                         ((IData)(0x20U) 
                                          - (0x1fU 
                                             & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                [7U] 
                                                << 5U))))) 
                               | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[
                                  (3U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                   [7U])] >> (0x1fU 
                                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx
                                                 [7U] 
                                                 << 5U))))
            : ((VL_GTES_III(32, 7U, (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)) 
                & (7U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws)))
                ? (((0U == (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                ((IData)(7U) 
                                                 - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane)))))
                     ? 0U : (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                             (((IData)(0x1fU) + (0xffU 
                                                 & VL_MULS_III(32, (IData)(0x20U), 
                                                               ((IData)(7U) 
                                                                - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))) 
                              >> 5U)] << ((IData)(0x20U) 
                                          - (0x1fU 
                                             & VL_MULS_III(32, (IData)(0x20U), 
                                                           ((IData)(7U) 
                                                            - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))) 
                   | (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws[
                      (7U & (VL_MULS_III(32, (IData)(0x20U), 
                                         ((IData)(7U) 
                                          - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))) 
                             >> 5U))] >> (0x1fU & VL_MULS_III(32, (IData)(0x20U), 
                                                              ((IData)(7U) 
                                                               - (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane))))))
                : 0U));
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready) 
           & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid));
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
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
         & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free)) 
            | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))) {
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
    }
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
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free) {
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
        }
    }
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
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
         & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 0U;
    } else if ((((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)) 
                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found)) 
                & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d = 1U;
    }
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
}
