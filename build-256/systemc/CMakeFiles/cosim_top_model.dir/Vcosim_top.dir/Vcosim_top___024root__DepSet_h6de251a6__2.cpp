// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top__Syms.h"
#include "Vcosim_top___024root.h"

extern const VlWide<16>/*511:0*/ Vcosim_top__ConstPool__CONST_hfadb602f_0;
extern const VlWide<16>/*511:0*/ Vcosim_top__ConstPool__CONST_hb11e685b_0;
extern const VlWide<16>/*511:0*/ Vcosim_top__ConstPool__CONST_h8e6718ba_0;
extern const VlWide<16>/*511:0*/ Vcosim_top__ConstPool__CONST_h61538e93_0;
extern const VlWide<8>/*255:0*/ Vcosim_top__ConstPool__CONST_h9e67c271_0;

VL_INLINE_OPT void Vcosim_top___024root___nba_comb__TOP__1(Vcosim_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root___nba_comb__TOP__1\n"); );
    // Init
    IData/*31:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_hb42dbed9__0 = 0;
    IData/*31:0*/ cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0;
    cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT____Vlvbound_h03d50749__0 = 0;
    // Body
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
            if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw;
            } else {
                if ((0U == (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0x64013400U;
                } else if ((1U == (0x3ffU & ((IData)(5U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0xaU;
                }
                if ((0U == (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0x64013400U;
                } else if ((1U == (0x3ffU & ((IData)(6U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0xaU;
                }
                if ((0U == (0x3ffU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0x64013400U;
                } else if ((1U == (0x3ffU & ((IData)(7U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0xaU;
                }
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
        }
    } else if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
            if ((0x200U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x10U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((8U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((4U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((2U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
                    } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
                    } else {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index 
                            = (0x3ffU & ((IData)(0x3fcU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[1U] = 0x80000000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[2U] = 0x636f4000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[3U] = 0x6e766d65U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__109__Vfuncout;
                    }
                } else if ((2U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index 
                        = (0x3ffU & ((IData)(0x3fcU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__110__Vfuncout;
                } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index 
                        = (0x3ffU & ((IData)(0x3fcU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__111__Vfuncout;
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0x1003U;
                }
            } else if ((4U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index 
                    = (0x3ffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[0U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[1U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[2U] = 1U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[3U] = 0x4e564353U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res) 
                       | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                          (3U & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__112__Vfuncout;
            } else if ((2U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0x1002U;
                } else {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index 
                        = (0x3ffU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[0U] 
                        = (IData)((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[1U] 
                        = (IData)(((0xa354e00000000ULL 
                                    | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                   >> 0x20U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[2U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[3U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res) 
                           | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                              (3U & 
                                               (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__113__Vfuncout;
                }
            } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index 
                    = (0x3ffU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[0U] 
                    = (IData)((0xa354e00000000ULL | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[1U] 
                    = (IData)(((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                               >> 0x20U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[2U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[3U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res) 
                       | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                          (3U & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__114__Vfuncout;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0x801U;
            }
            if ((0x200U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x10U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((8U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((4U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((2U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
                    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
                    } else {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index 
                            = (0x3ffU & ((IData)(0x3fdU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[1U] = 0x80000000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[2U] = 0x636f4000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[3U] = 0x6e766d65U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__122__Vfuncout;
                    }
                } else if ((2U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index 
                        = (0x3ffU & ((IData)(0x3fdU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__123__Vfuncout;
                } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index 
                        = (0x3ffU & ((IData)(0x3fdU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__124__Vfuncout;
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0x1003U;
                }
            } else if ((4U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index 
                    = (0x3ffU & ((IData)(2U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[0U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[1U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[2U] = 1U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[3U] = 0x4e564353U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res) 
                       | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                          (3U & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__125__Vfuncout;
            } else if ((2U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0x1002U;
                } else {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index 
                        = (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[0U] 
                        = (IData)((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[1U] 
                        = (IData)(((0xa354e00000000ULL 
                                    | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                   >> 0x20U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[2U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[3U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res) 
                           | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                              (3U & 
                                               (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__126__Vfuncout;
                }
            } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index 
                    = (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[0U] 
                    = (IData)((0xa354e00000000ULL | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[1U] 
                    = (IData)(((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                               >> 0x20U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[2U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[3U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res) 
                       | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                          (3U & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__127__Vfuncout;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0x801U;
            }
            if ((0x200U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x10U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((8U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((4U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((2U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
                    } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
                    } else {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index 
                            = (0x3ffU & ((IData)(0x3feU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[1U] = 0x80000000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[2U] = 0x636f4000U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[3U] = 0x6e766d65U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__135__Vfuncout;
                    }
                } else if ((2U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index 
                        = (0x3ffU & ((IData)(0x3feU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__136__Vfuncout;
                } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index 
                        = (0x3ffU & ((IData)(0x3feU) 
                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[0U] 
                        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__137__Vfuncout;
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0x1003U;
                }
            } else if ((4U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index 
                    = (0x3ffU & ((IData)(3U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[0U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[1U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[2U] = 1U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[3U] = 0x4e564353U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res) 
                       | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                          (3U & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__138__Vfuncout;
            } else if ((2U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0x1002U;
                } else {
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index 
                        = (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[0U] 
                        = (IData)((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[1U] 
                        = (IData)(((0xa354e00000000ULL 
                                    | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                   >> 0x20U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[2U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[3U] = 0U;
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos 
                        = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index) 
                           << 2U);
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res) 
                           | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                              (3U & 
                                               (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res 
                        = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__Vfuncout 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__res;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                        = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__139__Vfuncout;
                }
            } else if ((1U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index 
                    = (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[0U] 
                    = (IData)((0xa354e00000000ULL | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[1U] 
                    = (IData)(((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                               >> 0x20U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[2U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[3U] = 0U;
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos 
                    = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index) 
                       << 2U);
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res) 
                       | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                          (3U & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__index) 
                                                << 2U)));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res 
                    = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__Vfuncout 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__res;
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                    = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__140__Vfuncout;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0x801U;
            }
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_active) {
            if ((0x200U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                    = ((0x10U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((8U & ((IData)(5U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((4U & ((IData)(5U) 
                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((2U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((1U 
                                                    & ((IData)(1U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (IData)(
                                                                (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                 >> 0x30U)))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 0xcU) 
                                                    << 0x10U)
                                                    : 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (~ (IData)(
                                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                    >> 0x30U))))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 9U) 
                                                    << 0x10U))))));
            } else if ((0x10U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((8U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((4U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        if ((2U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index 
                                = (0x3ffU & ((IData)(0x3e7U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[0U] 
                                = (IData)((0xa354e00000000ULL 
                                           | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[1U] 
                                = (IData)(((0xa354e00000000ULL 
                                            | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                           >> 0x20U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[2U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[3U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res) 
                                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(7U) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(7U) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                                      (3U 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__115__Vfuncout;
                        } else {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index 
                                = (0x3ffU & ((IData)(0x3ebU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[0U] 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[1U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[2U] = 1U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[3U] = 0x4e564353U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res) 
                                   | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(0xfU) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(0xfU) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                                      (3U 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__116__Vfuncout;
                        }
                    } else if ((2U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index 
                            = (0x3ffU & ((IData)(0x3ebU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[1U] = 0U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[2U] = 1U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[3U] = 0x4e564353U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__id_dw__117__Vfuncout;
                    } else {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
                    }
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
                }
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                    = ((8U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((4U & ((IData)(5U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((2U & ((IData)(5U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : (0x100U 
                                                 | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas) 
                                                    << 0x10U)))
                                     : ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53bf2e51__0
                                         : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53c51667__0))
                                 : ((2U & ((IData)(5U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? (IData)(
                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap 
                                                    >> 0x20U))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap))
                                     : ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? (0xffffU 
                                            & (IData)(
                                                      (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                       >> 0x20U)))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)))));
            }
            if ((0x200U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                    = ((0x10U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((8U & ((IData)(6U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((4U & ((IData)(6U) 
                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((2U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((1U 
                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (IData)(
                                                                (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                 >> 0x30U)))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 0xcU) 
                                                    << 0x10U)
                                                    : 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (~ (IData)(
                                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                    >> 0x30U))))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 9U) 
                                                    << 0x10U))))));
            } else if ((0x10U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((8U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((4U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        if ((2U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index 
                                = (0x3ffU & ((IData)(0x3e8U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[0U] 
                                = (IData)((0xa354e00000000ULL 
                                           | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[1U] 
                                = (IData)(((0xa354e00000000ULL 
                                            | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                           >> 0x20U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[2U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[3U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res) 
                                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(7U) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(7U) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                                      (3U 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__128__Vfuncout;
                        } else {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index 
                                = (0x3ffU & ((IData)(0x3ecU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[0U] 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[1U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[2U] = 1U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[3U] = 0x4e564353U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res) 
                                   | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(0xfU) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(0xfU) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                                      (3U 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__129__Vfuncout;
                        }
                    } else if ((2U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index 
                            = (0x3ffU & ((IData)(0x3ecU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[1U] = 0U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[2U] = 1U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[3U] = 0x4e564353U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__id_dw__130__Vfuncout;
                    } else {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
                    }
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
                }
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                    = ((8U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((4U & ((IData)(6U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((2U & ((IData)(6U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? 0U : (0x100U 
                                                 | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas) 
                                                    << 0x10U)))
                                     : ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53bf2e51__0
                                         : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53c51667__0))
                                 : ((2U & ((IData)(6U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? (IData)(
                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap 
                                                    >> 0x20U))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap))
                                     : ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? (0xffffU 
                                            & (IData)(
                                                      (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                       >> 0x20U)))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)))));
            }
            if ((0x200U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x100U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x80U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x40U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
            } else if ((0x20U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                    = ((0x10U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((8U & ((IData)(7U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((4U & ((IData)(7U) 
                                                + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((2U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((1U 
                                                    & ((IData)(1U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (IData)(
                                                                (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                 >> 0x30U)))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 0xcU) 
                                                    << 0x10U)
                                                    : 
                                                   ((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (~ (IData)(
                                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                    >> 0x30U))))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 9U) 
                                                    << 0x10U))))));
            } else if ((0x10U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                if ((8U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                    if ((4U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        if ((2U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index 
                                = (0x3ffU & ((IData)(0x3e9U) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[0U] 
                                = (IData)((0xa354e00000000ULL 
                                           | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[1U] 
                                = (IData)(((0xa354e00000000ULL 
                                            | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                           >> 0x20U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[2U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[3U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res) 
                                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(7U) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(7U) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                                      (3U 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__141__Vfuncout;
                        } else {
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index 
                                = (0x3ffU & ((IData)(0x3edU) 
                                             + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[0U] 
                                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[1U] = 0U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[2U] = 1U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[3U] = 0x4e564353U;
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos 
                                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index) 
                                   << 2U);
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res) 
                                   | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(0xfU) 
                                                          - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(0xfU) 
                                                            - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                                      (3U 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res 
                                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__Vfuncout 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__res;
                            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__142__Vfuncout;
                        }
                    } else if ((2U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index 
                            = (0x3ffU & ((IData)(0x3edU) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[0U] 
                            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[1U] = 0U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[2U] = 1U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[3U] = 0x4e564353U;
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos 
                            = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index) 
                               << 2U);
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res 
                            = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__Vfuncout 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__res;
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                            = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__id_dw__143__Vfuncout;
                    } else {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
                    }
                } else {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
                }
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                    = ((8U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((4U & ((IData)(7U) 
                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((2U & ((IData)(7U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : (0x100U 
                                                 | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas) 
                                                    << 0x10U)))
                                     : ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53bf2e51__0
                                         : vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT____VdfgExtracted_h53c51667__0))
                                 : ((2U & ((IData)(7U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? (IData)(
                                                   (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap 
                                                    >> 0x20U))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap))
                                     : ((1U & ((IData)(1U) 
                                               + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? (0xffffU 
                                            & (IData)(
                                                      (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                       >> 0x20U)))
                                         : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)))));
            }
        }
    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if (((1U <= (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
             & (5U >= (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index 
                = (0x3ffU & ((IData)(4U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res) 
                   | ((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x13U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                      (0xfU & (((IData)(0x13U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x13U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__118__Vfuncout;
        } else if (((6U <= (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xfU >= (0x3ffU & ((IData)(5U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index 
                = (0x3ffU & ((IData)(0x3ffU) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res) 
                   | ((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x27U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                      (0xfU & (((IData)(0x27U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x27U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__119__Vfuncout;
        } else if (((0x10U <= (0x3ffU & ((IData)(5U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0x11U >= (0x3ffU & ((IData)(5U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index 
                = (0x3ffU & ((IData)(0x3f5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res) 
                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(7U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                      (0xfU & (((IData)(7U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__120__Vfuncout;
        } else if (((0xc0U <= (0x3ffU & ((IData)(5U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xcfU >= (0x3ffU & ((IData)(5U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index 
                = (0x3ffU & ((IData)(0x345U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res) 
                   | ((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x3fU) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                      (0xfU & (((IData)(0x3fU) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x3fU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__5__KET____DOT__u_data_gen__DOT__text_dw__121__Vfuncout;
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o 
                = ((0x200U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                    ? ((0x100U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(5U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((0x40U & ((IData)(5U) 
                                                   + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((0x20U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((0x10U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((8U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((4U 
                                                      & ((IData)(5U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 
                                                     ((2U 
                                                       & ((IData)(5U) 
                                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                       ? 0U
                                                       : 
                                                      ((1U 
                                                        & ((IData)(1U) 
                                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                        ? 0U
                                                        : 0x9c4U)))))))))
                    : ((0x100U & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(5U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((0x40U & ((IData)(5U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? 0U : ((0x20U 
                                              & ((IData)(5U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                              ? 0U : 
                                             ((0x10U 
                                               & ((IData)(5U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                               ? 0U
                                               : ((8U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                                                      : 0x4466U)))))))
                                 : ((0x40U & ((IData)(5U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((0x20U & ((IData)(5U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(5U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 0U
                                                  : 
                                                 ((8U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x175U
                                                      : 0x1570000U)
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x3030000U))))))
                                     : ((0x20U & ((IData)(5U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(5U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 
                                                 ((8U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 
                                                  ((4U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x1000000U
                                                      : 0U)
                                                     : 0U))
                                                   : 
                                                  ((4U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x100U
                                                      : 0U)
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x10400U))
                                                    : 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x10500U
                                                      : 0xa3500U)
                                                     : 0U)))
                                                  : 
                                                 ((8U 
                                                   & ((IData)(5U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(5U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(5U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x10ee10eeU))))))))));
        }
        if (((1U <= (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
             & (5U >= (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index 
                = (0x3ffU & ((IData)(5U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res) 
                   | ((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x13U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                      (0xfU & (((IData)(0x13U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x13U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__131__Vfuncout;
        } else if (((6U <= (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xfU >= (0x3ffU & ((IData)(6U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q;
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res) 
                   | ((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x27U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                      (0xfU & (((IData)(0x27U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x27U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__132__Vfuncout;
        } else if (((0x10U <= (0x3ffU & ((IData)(6U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0x11U >= (0x3ffU & ((IData)(6U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index 
                = (0x3ffU & ((IData)(0x3f6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res) 
                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(7U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                      (0xfU & (((IData)(7U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__133__Vfuncout;
        } else if (((0xc0U <= (0x3ffU & ((IData)(6U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xcfU >= (0x3ffU & ((IData)(6U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index 
                = (0x3ffU & ((IData)(0x346U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res) 
                   | ((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x3fU) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                      (0xfU & (((IData)(0x3fU) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x3fU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__6__KET____DOT__u_data_gen__DOT__text_dw__134__Vfuncout;
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o 
                = ((0x200U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                    ? ((0x100U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(6U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((0x40U & ((IData)(6U) 
                                                   + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((0x20U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((0x10U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((8U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((4U 
                                                      & ((IData)(6U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 
                                                     ((2U 
                                                       & ((IData)(6U) 
                                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                       ? 0U
                                                       : 
                                                      ((1U 
                                                        & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                        ? 0U
                                                        : 0x9c4U)))))))))
                    : ((0x100U & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(6U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((0x40U & ((IData)(6U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? 0U : ((0x20U 
                                              & ((IData)(6U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                              ? 0U : 
                                             ((0x10U 
                                               & ((IData)(6U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                               ? 0U
                                               : ((8U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                                                      : 0x4466U)))))))
                                 : ((0x40U & ((IData)(6U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((0x20U & ((IData)(6U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(6U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 0U
                                                  : 
                                                 ((8U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x175U
                                                      : 0x1570000U)
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x3030000U))))))
                                     : ((0x20U & ((IData)(6U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(6U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 
                                                 ((8U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 
                                                  ((4U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x1000000U
                                                      : 0U)
                                                     : 0U))
                                                   : 
                                                  ((4U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x100U
                                                      : 0U)
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x10400U))
                                                    : 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x10500U
                                                      : 0xa3500U)
                                                     : 0U)))
                                                  : 
                                                 ((8U 
                                                   & ((IData)(6U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(6U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(6U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x10ee10eeU))))))))));
        }
        if (((1U <= (0x3ffU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
             & (5U >= (0x3ffU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index 
                = (0x3ffU & ((IData)(6U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res) 
                   | ((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x13U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                      (0xfU & (((IData)(0x13U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x13U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__144__Vfuncout;
        } else if (((6U <= (0x3ffU & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xfU >= (0x3ffU & ((IData)(7U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index 
                = (0x3ffU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res) 
                   | ((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x27U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                      (0xfU & (((IData)(0x27U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x27U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__145__Vfuncout;
        } else if (((0x10U <= (0x3ffU & ((IData)(7U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0x11U >= (0x3ffU & ((IData)(7U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index 
                = (0x3ffU & ((IData)(0x3f7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res) 
                   | ((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(7U) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                      (0xfU & (((IData)(7U) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__146__Vfuncout;
        } else if (((0xc0U <= (0x3ffU & ((IData)(7U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) 
                    & (0xcfU >= (0x3ffU & ((IData)(7U) 
                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))))) {
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index 
                = (0x3ffU & ((IData)(0x347U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos 
                = ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index) 
                   << 2U);
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res 
                = ((0xffffff00U & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res) 
                   | ((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x3fU) 
                                              - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                             << 3U)))
                                     ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                     << 3U))))) 
                                   | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                      (0xfU & (((IData)(0x3fU) 
                                                - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x3fU) 
                                                    - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__index) 
                                            << 2U)));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res 
                = ((0xffffffU & vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                << 3U)))
                                      ? 0U : (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                      << 3U))))) 
                                    | (Vcosim_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__Vfuncout 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__res;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                = vlSelf->__Vfunc_cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__7__KET____DOT__u_data_gen__DOT__text_dw__147__Vfuncout;
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o 
                = ((0x200U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                    ? ((0x100U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(7U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? 0U : ((0x40U & ((IData)(7U) 
                                                   + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                          ? 0U : ((0x20U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((0x10U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((8U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((4U 
                                                      & ((IData)(7U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 
                                                     ((2U 
                                                       & ((IData)(7U) 
                                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                       ? 0U
                                                       : 
                                                      ((1U 
                                                        & ((IData)(1U) 
                                                           + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                        ? 0U
                                                        : 0x9c4U)))))))))
                    : ((0x100U & ((IData)(7U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                        ? 0U : ((0x80U & ((IData)(7U) 
                                          + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                 ? ((0x40U & ((IData)(7U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? 0U : ((0x20U 
                                              & ((IData)(7U) 
                                                 + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                              ? 0U : 
                                             ((0x10U 
                                               & ((IData)(7U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                               ? 0U
                                               : ((8U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                                                      : 0x4466U)))))))
                                 : ((0x40U & ((IData)(7U) 
                                              + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                     ? ((0x20U & ((IData)(7U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(7U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 0U
                                                  : 
                                                 ((8U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x175U
                                                      : 0x1570000U)
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x3030000U))))))
                                     : ((0x20U & ((IData)(7U) 
                                                  + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                         ? 0U : ((0x10U 
                                                  & ((IData)(7U) 
                                                     + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                  ? 
                                                 ((8U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 
                                                  ((4U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x1000000U
                                                      : 0U)
                                                     : 0U))
                                                   : 
                                                  ((4U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x100U
                                                      : 0U)
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x10400U))
                                                    : 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0x10500U
                                                      : 0xa3500U)
                                                     : 0U)))
                                                  : 
                                                 ((8U 
                                                   & ((IData)(7U) 
                                                      + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & ((IData)(7U) 
                                                       + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & ((IData)(7U) 
                                                        + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & ((IData)(1U) 
                                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))
                                                      ? 0U
                                                      : 0x10ee10eeU))))))))));
        }
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total 
        = (0x1fU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q) 
                    + ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid)
                        ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                        : 0U)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q;
    if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))));
    }
    if (((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
         & (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
            | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
               & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d);
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects 
        = ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
           & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status)));
    if ((4U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U] 
            = (IData)((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                        << 0x20U) | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U] 
            = (IData)(((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o)) 
                         << 0x20U) | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o))) 
                       >> 0x20U));
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U] = 0U;
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U] 
            = Vcosim_top__ConstPool__CONST_h9e67c271_0[7U];
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U] = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U] = 0U;
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat 
        = ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)) 
           & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
              & (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                   ? 8U : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                            ? 1U : ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                     ? ((8U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                         ? 8U : (0xfU 
                                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                     : 0U))) >= ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                                  ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                                  : 0U))));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
           & (0xcU == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[0U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[1U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[2U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[3U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[4U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[5U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[6U];
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U] 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws[7U];
            }
        }
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d = 0U;
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) {
        if ((5U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0 = 1U;
            if ((0xfU >= (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__0) 
                                     << (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((1U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0 = 1U;
            if ((0xfU >= (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__0) 
                                     << (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((4U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1 = 0U;
            if ((0xfU >= (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hb5035c5f__1) 
                                     << (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        } else if ((0U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1 = 0U;
            if ((0xfU >= (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                   - (IData)(1U))))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d 
                    = (((~ ((IData)(1U) << (0x1fU & 
                                            (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U))))) 
                        & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d)) 
                       | (0xffffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT____Vlvbound_hebbb253f__1) 
                                     << (0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                  - (IData)(1U))))));
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                    << 3U) | (((4U 
                                                == 
                                                (0xffU 
                                                 & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                               << 2U) 
                                              | (((1U 
                                                   == 
                                                   (0xffU 
                                                    & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                                                  << 1U) 
                                                 | (5U 
                                                    == 
                                                    (0xffU 
                                                     & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_io_queues.sv:40: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.u_io_queues: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_io_queues.sv", 40, "");
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply 
        = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
           & ((8U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found)));
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d = 0U;
    }
    if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
         & (9U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))) {
        if (((((((((1U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                   | (2U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                  | (4U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                 | (5U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                | (7U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
               | (8U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
              | (0xaU == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
             | (0xbU == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
            if ((1U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((2U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((4U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((5U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((7U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d 
                    = (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value 
                       >> 0x10U);
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d 
                    = (0xffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value);
            } else if ((8U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else if ((0xaU == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value;
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0xbU == (0xffU 
                                              & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                    << 7U) | (((0xaU 
                                                == 
                                                (0xffU 
                                                 & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                               << 6U) 
                                              | (((8U 
                                                   == 
                                                   (0xffU 
                                                    & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                  << 5U) 
                                                 | (((7U 
                                                      == 
                                                      (0xffU 
                                                       & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                     << 4U) 
                                                    | (((5U 
                                                         == 
                                                         (0xffU 
                                                          & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                        << 3U) 
                                                       | (((4U 
                                                            == 
                                                            (0xffU 
                                                             & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                           << 2U) 
                                                          | (((2U 
                                                               == 
                                                               (0xffU 
                                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                              << 1U) 
                                                             | (1U 
                                                                == 
                                                                (0xffU 
                                                                 & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_features.sv:75: Assertion failed in %Ncosim_top.u_dut.u_nvme_core.u_admin.u_exec.u_features: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_features.sv", 75, "");
            }
        }
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q[7U];
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[0U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[0U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[1U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[1U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[2U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[2U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[3U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[3U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[4U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[4U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[5U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[5U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[6U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[6U];
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d[7U] 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws[7U];
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q;
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
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 0U;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) {
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) {
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d 
                    = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end;
                if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word) {
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d = 0U;
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d 
                        = ((((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more)) 
                            & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid))) 
                           & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)));
                    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done = 1U;
                }
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
        }
    } else {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 1U;
        if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid)))) {
            if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q)))) {
                if ((2U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                    if ((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q)))) {
                        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d = 0U;
                    }
                }
            }
        }
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take 
        = (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) 
            & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))
            ? ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                ? (0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0))
                : 0U) : 0U);
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q;
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
            = (7U & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q)));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d 
            = (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d) 
                     - (IData)(1U)));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q;
    if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))) 
               & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d);
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
            = (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d 
               | (0xffffffffULL & ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target))));
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q;
    if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
            = (((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))) 
                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d) 
               | (0xffffffffULL & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost) 
                                   << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q))));
    }
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target))) 
               & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d);
    }
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
        = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q;
    vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 0U;
    if ((4U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d = 0U;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 4U;
            } else if (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                        & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 4U;
            }
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q)));
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
                = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw)
                    ? 3U : 1U);
        }
    } else if ((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
        } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
            if ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
            } else {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 2U;
            }
        } else {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance = 1U;
        }
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d 
                = (0xfU & ((IData)(1U) + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q)));
            if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d 
                    = ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))
                        ? 4U : 3U);
            }
        }
    } else if ((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 3U;
        if ((1U & (~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                      >> 2U)))) {
            if ((2U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d = 1U;
            }
        }
    }
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
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d 
            = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
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
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d 
            = ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) 
               | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
        if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q) {
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q;
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
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word;
            vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d 
                = vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep;
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
    } else if (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d = 1U;
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
    if (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d = 0x157U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d = 0xfU;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d = 0xfU;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d = 0U;
        vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d = 0U;
    }
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
