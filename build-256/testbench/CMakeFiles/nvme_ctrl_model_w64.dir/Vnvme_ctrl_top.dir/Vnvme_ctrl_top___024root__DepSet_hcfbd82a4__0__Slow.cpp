// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vnvme_ctrl_top.h for the primary calling header

#include "verilated.h"

#include "Vnvme_ctrl_top__Syms.h"
#include "Vnvme_ctrl_top___024root.h"

#ifdef VL_DEBUG
VL_ATTR_COLD void Vnvme_ctrl_top___024root___dump_triggers__stl(Vnvme_ctrl_top___024root* vlSelf);
#endif  // VL_DEBUG

VL_ATTR_COLD void Vnvme_ctrl_top___024root___eval_triggers__stl(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___eval_triggers__stl\n"); );
    // Body
    vlSelf->__VstlTriggered.at(0U) = (0U == vlSelf->__VstlIterCount);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vnvme_ctrl_top___024root___dump_triggers__stl(vlSelf);
    }
#endif
}

extern const VlWide<16>/*511:0*/ Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0;
extern const VlWide<16>/*511:0*/ Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0;
extern const VlWide<16>/*511:0*/ Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0;
extern const VlWide<16>/*511:0*/ Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0;

VL_ATTR_COLD void Vnvme_ctrl_top___024root___stl_sequent__TOP__0(Vnvme_ctrl_top___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root___stl_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 = 0;
    CData/*0:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 = 0;
    CData/*2:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0 = 0;
    CData/*0:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0 = 0;
    CData/*2:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0 = 0;
    CData/*0:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 = 0;
    CData/*1:0*/ nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0 = 0;
    CData/*0:0*/ nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_h602d76bb__0;
    nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_h602d76bb__0 = 0;
    CData/*0:0*/ nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_hcdf155cd__0;
    nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_hcdf155cd__0 = 0;
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
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout = 0;
    SData/*11:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes = 0;
    SData/*12:0*/ __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary = 0;
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
    IData/*31:0*/ __Vfunc_merge_bytes__26__Vfuncout;
    __Vfunc_merge_bytes__26__Vfuncout = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__26__old;
    __Vfunc_merge_bytes__26__old = 0;
    IData/*31:0*/ __Vfunc_merge_bytes__26__data;
    __Vfunc_merge_bytes__26__data = 0;
    CData/*3:0*/ __Vfunc_merge_bytes__26__be;
    __Vfunc_merge_bytes__26__be = 0;
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd);
    IData/*31:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__Vfuncout = 0;
    VlWide<10>/*319:0*/ __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd;
    VL_ZERO_W(320, __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd);
    VlWide<3>/*95:0*/ __Vtemp_ha4e92778__0;
    // Body
    if ((1U & (~ VL_ONEHOT0_I((((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                << 2U) | (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)) 
                                           << 1U) | 
                                          (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:79: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 79, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                                << 1U) | (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: pcie_tx_arb.sv:150: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_tx_arb: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/pcie_tx_arb.sv", 150, "");
        }
    }
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
            VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:81: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
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
            VL_WRITEF("[%0t] %%Error: nvme_core.sv:159: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.gen_sim: synthesis parallel_case, but multiple matches found\n",
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
            VL_WRITEF("[%0t] %%Error: nvme_ns_table.sv:106: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_ns_table.gen_table: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_ns_table.sv", 106, "");
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((2U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                << 2U) | (((1U == (3U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))) 
                                           << 1U) | 
                                          (0U == (3U 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_admin_exec.sv:310: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.unnamedblk1: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_admin_exec.sv", 310, "");
        }
    }
    vlSelf->tx_tlp_valid_o = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q;
    vlSelf->tx_tlp_data_o = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q;
    vlSelf->tx_tlp_keep_o = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q;
    vlSelf->tx_tlp_last_o = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q;
    vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw = (0x3ffU 
                                                  & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                                                     + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sent_deadline 
        = ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))
            ? 0xffffffffffffULL : (0xfffffffffc00ULL 
                                   & (((vlSelf->time_i 
                                        >> 0xaU) + (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))) 
                                      << 0xaU)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0U;
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0x10U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                      [0x10U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                      [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0x10U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xfU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xfU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xfU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xeU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xeU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xeU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xdU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xdU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xdU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xcU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xcU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xcU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xbU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xbU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xbU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [0xaU]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                     [0xaU] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                     [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 0xaU;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [9U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [9U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 9U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [8U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [8U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 8U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [7U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [7U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 7U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [6U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [6U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 6U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [5U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [5U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 5U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [4U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [4U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 4U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [3U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [3U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 3U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [2U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [2U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 2U;
    }
    if (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
          [1U]) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                   [1U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                   [1U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count 
        = ((0U == (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [1U])) ? 0x1000U : (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U]));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1fU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1eU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1dU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1cU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1bU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x1aU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x19U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x18U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x17U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x16U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x15U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x14U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x13U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x12U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x11U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0x10U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xfU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xeU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xdU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xcU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xbU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0xaU;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 9U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 8U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 7U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 6U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 5U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 4U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 3U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 2U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0U;
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU)) & (0x1fU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1fU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU)) & (0x1eU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1eU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU)) & (0x1dU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1dU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU)) & (0x1cU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1cU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU)) & (0x1bU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1bU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU)) & (0x1aU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x1aU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U)) & (0x19U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x19U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U)) & (0x18U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x18U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U)) & (0x17U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x17U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U)) & (0x16U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x16U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U)) & (0x15U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x15U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U)) & (0x14U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x14U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U)) & (0x13U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x13U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U)) & (0x12U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x12U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U)) & (0x11U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x11U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U)) & (0x10U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0x10U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU)) & (0xfU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xfU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU)) & (0xeU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xeU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU)) & (0xdU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xdU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU)) & (0xcU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xcU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU)) & (0xbU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xbU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU)) & (0xaU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0xaU;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U)) & (9U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 9U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U)) & (8U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 8U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U)) & (7U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 7U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U)) & (6U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 6U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U)) & (5U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 5U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U)) & (4U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 4U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U)) & (3U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 3U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U)) & (2U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 2U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U)) & (1U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost 
        = ((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q) 
           & ((6U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                      [0U])) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                [1U] == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q;
    if (((0x1fffU & ((IData)(0x80U) << ((5U < (7U & 
                                               ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                         ? 5U : (7U 
                                                 & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                    >> 0xcU))))) 
         < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x80U) << ((5U < 
                                              (7U & 
                                               ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                >> 0xcU)))
                                              ? 5U : 
                                             (7U & 
                                              ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 0xcU)))));
    }
    if (((0x1fffU & ((IData)(0x1000U) - (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q)))) 
         < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk 
            = (0x1fffU & ((IData)(0x1000U) - (0xfffU 
                                              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes 
        = ((VL_LTES_III(32, 1U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)) 
            << 1U) | VL_LTES_III(32, 0U, (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take = 0U;
    vlSelf->nvme_ctrl_top__DOT__sim_ep_rdata = ((((
                                                   (((((0U 
                                                        == 
                                                        (0xffU 
                                                         & (IData)(vlSelf->sim_addr_i))) 
                                                       | (4U 
                                                          == 
                                                          (0xffU 
                                                           & (IData)(vlSelf->sim_addr_i)))) 
                                                      | (8U 
                                                         == 
                                                         (0xffU 
                                                          & (IData)(vlSelf->sim_addr_i)))) 
                                                     | (0xcU 
                                                        == 
                                                        (0xffU 
                                                         & (IData)(vlSelf->sim_addr_i)))) 
                                                    | (0x10U 
                                                       == 
                                                       (0xffU 
                                                        & (IData)(vlSelf->sim_addr_i)))) 
                                                   | (0x14U 
                                                      == 
                                                      (0xffU 
                                                       & (IData)(vlSelf->sim_addr_i)))) 
                                                  | (0x18U 
                                                     == 
                                                     (0xffU 
                                                      & (IData)(vlSelf->sim_addr_i)))) 
                                                 | (0x1cU 
                                                    == 
                                                    (0xffU 
                                                     & (IData)(vlSelf->sim_addr_i))))
                                                 ? 
                                                ((0U 
                                                  == 
                                                  (0xffU 
                                                   & (IData)(vlSelf->sim_addr_i)))
                                                  ? 0x4e564353U
                                                  : 
                                                 ((4U 
                                                   == 
                                                   (0xffU 
                                                    & (IData)(vlSelf->sim_addr_i)))
                                                   ? 1U
                                                   : 
                                                  ((8U 
                                                    == 
                                                    (0xffU 
                                                     & (IData)(vlSelf->sim_addr_i)))
                                                    ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q
                                                    : 
                                                   ((0xcU 
                                                     == 
                                                     (0xffU 
                                                      & (IData)(vlSelf->sim_addr_i)))
                                                     ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q
                                                     : 
                                                    ((0x10U 
                                                      == 
                                                      (0xffU 
                                                       & (IData)(vlSelf->sim_addr_i)))
                                                      ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)
                                                      : 
                                                     ((0x14U 
                                                       == 
                                                       (0xffU 
                                                        & (IData)(vlSelf->sim_addr_i)))
                                                       ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q
                                                       : 
                                                      ((0x18U 
                                                        == 
                                                        (0xffU 
                                                         & (IData)(vlSelf->sim_addr_i)))
                                                        ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q
                                                        : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q)))))))
                                                 : 0U);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid 
        = ((0x20U > (0xffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [2U] >> 8U))) & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                                                >> 
                                                (0x1fU 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U] 
                                                    >> 8U))) 
                                               & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U] 
                                                   >> 0x10U) 
                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok 
        = ((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q) 
           & (0x2000U >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_rd_data 
        = ((0x800U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [2U]) ? 0U : ((0x400U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                           [2U]) ? 0U : ((0x200U & 
                                          vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U]) ? 0U
                                          : ((0x100U 
                                              & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U])
                                              ? 0U : 
                                             ((0x80U 
                                               & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U])
                                               ? ((0x40U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U])
                                                   ? 0U
                                                   : 
                                                  ((0x20U 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U])
                                                    ? 0U
                                                    : 
                                                   ((0x10U 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 0U
                                                     : 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0U
                                                       : 0x3000U)
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0x2000U
                                                       : 
                                                      (0x70011U 
                                                       | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                                          << 0x1eU)))))))
                                               : ((0x40U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [2U])
                                                   ? 
                                                  ((0x20U 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U])
                                                    ? 
                                                   ((0x10U 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 0U
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0U
                                                       : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q)))
                                                     : 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0xeU
                                                       : 0U)
                                                      : 0U))
                                                    : 
                                                   ((0x10U 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 0U
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0U
                                                       : 
                                                      (0x10430000U 
                                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q))))
                                                     : 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0x43U
                                                       : 
                                                      (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q) 
                                                        << 0x10U) 
                                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q)))
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0x8002U
                                                       : 0x28010U))))
                                                   : 
                                                  ((0x20U 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [2U])
                                                    ? 
                                                   ((0x10U 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q)
                                                       : 0U)
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0x40U
                                                       : 0U))
                                                     : 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 0x110eeU
                                                       : 0U)
                                                      : 0U))
                                                    : 
                                                   ((0x10U 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U])
                                                     ? 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 0U
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q
                                                       : 
                                                      (4U 
                                                       | (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q 
                                                          << 0xeU))))
                                                     : 
                                                    ((8U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                      [2U])
                                                      ? 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q)
                                                       : 0x1080201U)
                                                      : 
                                                     ((4U 
                                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                       [2U])
                                                       ? 
                                                      (0x100000U 
                                                       | (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q) 
                                                           << 0x10U) 
                                                          | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q)))
                                                       : 0x903810eeU))))))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 1U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 2U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 3U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 4U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 5U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 6U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 7U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 8U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 9U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xaU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xbU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xcU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xdU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xeU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0xfU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x10U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x11U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x12U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x13U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x14U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x15U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x16U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x17U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x18U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x19U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1aU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1bU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1cU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1dU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             >> 0x1eU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots 
        = (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots) 
                    + (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                       >> 0x1fU)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr 
        = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q 
           + (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 0U;
    if ((IData)((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                  >> 7U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                            [7U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 7U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 6U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [6U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 6U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 5U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [5U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 5U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 4U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [4U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 4U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 3U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [3U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 3U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 2U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [2U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 2U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 1U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [1U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 0U;
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1fU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1eU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1dU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1cU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1bU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x1aU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x19U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x18U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x17U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x16U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x15U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x14U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x13U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x12U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x11U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xfU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xeU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xdU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xcU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xbU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 0xaU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 9U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 8U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 7U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 6U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 5U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 4U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 3U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 2U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
                  >> 1U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    if ((1U & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
           & ((0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q) 
              & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q))));
    vlSelf->nvme_ctrl_top__DOT__sim_ep_req = ((IData)(vlSelf->sim_req_i) 
                                              & (0U 
                                                 == 
                                                 (0xff00U 
                                                  & (IData)(vlSelf->sim_addr_i))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left 
        = (0x1fffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q) 
                      - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q)));
    vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr = (
                                                   (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q 
                                                    << 0xcU) 
                                                   + (QData)((IData)(
                                                                     ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                                                      << 6U))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 0U;
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 7U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [7U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 7U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 6U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [6U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (6U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 6U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 5U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [5U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (5U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 5U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 4U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [4U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 4U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 3U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [3U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 3U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 2U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [2U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 2U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 1U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [1U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 0U;
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0 
        = (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0U] 
        = nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____Vlvbound_ha3c815c5__0;
    vlSelf->nvme_ctrl_top__DOT__sim_core_we = ((IData)(vlSelf->sim_req_i) 
                                               & ((IData)(vlSelf->sim_we_i) 
                                                  & (0U 
                                                     != 
                                                     (0xffU 
                                                      & ((IData)(vlSelf->sim_addr_i) 
                                                         >> 8U)))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free 
        = (1U & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q)) 
                 | (IData)(vlSelf->tx_tlp_ready_i)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 0U;
    if ((IData)((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                  >> 7U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                            [7U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 6U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [6U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 5U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [5U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 4U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [4U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 3U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [3U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 2U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [2U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
                >> 1U) & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                          [1U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    if ((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q) 
               & (~ vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                  [0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 0U;
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 7U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [7U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 6U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [6U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (6U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 5U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [5U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (5U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 4U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [4U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 3U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [3U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 2U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [2U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if (((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
           >> 1U) & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
                     [1U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                                  & (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q) 
          & (0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q
             [0U])) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q) 
                          & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable 
        = (1U & (IData)(((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q)) 
                         & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                            >> 2U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel 
        = (0xffffU & ((IData)(vlSelf->sim_addr_i) - (IData)(0x300U)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 0U;
    if ((((0x200U <= (IData)(vlSelf->sim_addr_i)) & 
          (0x210U >= (IData)(vlSelf->sim_addr_i))) 
         & (0U == (3U & (IData)(vlSelf->sim_addr_i))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field 
            = (7U & ((IData)(1U) + ((IData)(vlSelf->sim_addr_i) 
                                    >> 2U)));
    } else if (((((0x300U <= (IData)(vlSelf->sim_addr_i)) 
                  & (0x200U > (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel))) 
                 & (0x18U > (0x1fU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel)))) 
                & (0U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry 
            = (0x1fU & ((IData)(1U) + ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel) 
                                       >> 5U)));
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field 
            = (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel) 
                     >> 2U));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at = 0xffffffffffffULL;
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            & (~ vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
           & (~ vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0U] > vlSelf->time_i)) & (0xffffffffffffULL 
                                        > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                        [0U]))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 1U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 1U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [1U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [1U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [1U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 2U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 2U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [2U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [2U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [2U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 3U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 3U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [3U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [3U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [3U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 4U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 4U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [4U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [4U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [4U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 5U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 5U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [5U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [5U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [5U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 6U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 6U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [6U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [6U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [6U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 7U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 7U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [7U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [7U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [7U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 8U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 8U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [8U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [8U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [8U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                          >> 9U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                         >> 9U))) & 
          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
           [9U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                      [9U] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [9U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xaU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xaU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xaU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xaU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xaU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xbU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xbU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xbU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xbU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xbU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xcU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xcU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xcU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xcU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xcU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xdU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xdU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xdU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xdU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xdU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xeU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xeU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xeU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xeU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xeU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                            >> 0xfU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                             >> 0xfU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0xfU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                          [0xfU] < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0xfU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x10U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x10U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x10U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x10U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x10U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x11U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x11U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x11U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x11U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x11U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x12U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x12U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x12U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x12U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x12U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x13U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x13U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x13U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x13U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x13U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x14U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x14U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x14U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x14U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x14U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x15U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x15U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x15U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x15U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x15U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x16U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x16U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x16U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x16U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x16U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x17U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x17U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x17U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x17U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x17U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x18U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x18U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x18U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x18U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x18U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x19U))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x19U))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x19U] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x19U] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x19U];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1aU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1aU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1aU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1aU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1aU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1bU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1bU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1bU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1bU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1bU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1cU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1cU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1cU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1cU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1cU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1dU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1dU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1dU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1dU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1dU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1eU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1eU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1eU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1eU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1eU];
    }
    if ((((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 0x1fU))) & (~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                               >> 0x1fU))) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
             [0x1fU] > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                           [0x1fU] 
                                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
            [0x1fU];
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 0U;
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1fU)) & (0x1fU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1eU)) & (0x1eU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1dU)) & (0x1dU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1cU)) & (0x1cU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1bU)) & (0x1bU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x1aU)) & (0x1aU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x19U)) & (0x19U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x18U)) & (0x18U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x17U)) & (0x17U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x16U)) & (0x16U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x15U)) & (0x15U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x14U)) & (0x14U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x13U)) & (0x13U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x12U)) & (0x12U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x11U)) & (0x11U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0x10U)) & (0x10U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xfU)) & (0xfU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xeU)) & (0xeU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xdU)) & (0xdU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xcU)) & (0xcU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xbU)) & (0xbU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 0xaU)) & (0xaU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 9U)) & (9U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 8U)) & (8U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 7U)) & (7U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 6U)) & (6U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 5U)) & (5U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 4U)) & (4U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 3U)) & (3U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 2U)) & (2U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
             >> 1U)) & (1U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    if (((~ vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q) 
         & (0U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next 
        = (((0xfffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                       >> 0x10U)) == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q))
            ? 0U : (0xfffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca = 0U;
    vlSelf->nvme_ctrl_top__DOT__dma_wr_done = 0U;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q)))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_done = 1U;
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire 
        = ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q)) 
           & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q) 
              & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q)) 
                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
                    >> 8U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy 
        = ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
           | (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
           & (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle 
        = ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
           & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q
        [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held = 0U;
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1fU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1fU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1eU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1eU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1dU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1dU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1cU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1cU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1bU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1bU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x1aU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x1aU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x19U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x19U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x18U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x18U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x17U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x17U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x16U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x16U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x15U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x15U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x14U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x14U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x13U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x13U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x12U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x12U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x11U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x11U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0x10U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                              [0x10U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xfU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xfU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xeU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xeU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xdU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xdU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xcU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xcU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xbU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xbU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 0xaU) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                             [0xaU][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 9U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [9U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 8U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [8U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 7U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [7U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 6U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [6U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 5U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [5U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 4U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [4U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 3U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [3U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 2U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [2U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
          >> 1U) & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                           [1U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    if ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
         & (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
                   [0U][0U])))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held)));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit 
        = (4U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q)) 
           & (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done = 0U;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d = 0U;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d = 0U;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done = 1U;
            }
        }
    } else if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                         >> 1U)))) {
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
            if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
                if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                              >> 2U)))) {
                    if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d = 1U;
                        }
                    } else if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d = 1U;
                    }
                }
                if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d 
                        = ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))
                            ? 1U : ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))
                                     ? 4U : 1U));
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count = 1U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid 
        = ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
           & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q) 
              | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload 
        = ((2U < (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                        >> 5U))) ? 2U : (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                               >> 5U)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q) 
           == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q) 
                     - (IData)(1U))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready 
        = ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
           | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)) 
              & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
    __Vfunc_mem_req_hdr__0__requester_id = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__0__addr = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q;
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
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[0U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[0U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[1U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[1U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[2U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[2U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[3U] 
        = __Vfunc_mem_req_hdr__0__Vfuncout[3U];
    __Vfunc_mem_req_hdr__24__len_dw = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                 >> 2U));
    __Vfunc_mem_req_hdr__24__requester_id = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__24__addr = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q;
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
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[0U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[0U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[1U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[1U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[2U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[2U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[3U] 
        = __Vfunc_mem_req_hdr__24__Vfuncout[3U];
    __Vfunc_mem_req_hdr__20__len_dw = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q) 
                                                 >> 2U));
    __Vfunc_mem_req_hdr__20__tag = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q;
    __Vfunc_mem_req_hdr__20__requester_id = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q;
    __Vfunc_mem_req_hdr__20__addr = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q;
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
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[0U] 
        = __Vfunc_mem_req_hdr__20__Vfuncout[0U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[1U] 
        = __Vfunc_mem_req_hdr__20__Vfuncout[1U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[2U] 
        = __Vfunc_mem_req_hdr__20__Vfuncout[2U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[3U] 
        = __Vfunc_mem_req_hdr__20__Vfuncout[3U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw 
        = (IData)((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q 
                   >> (0x3fU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q) 
                                << 5U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad 
        = ((0x400U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q)) 
           | ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q 
               > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q) 
              | (0U == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_mem_read 
        = ((~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [0U] >> 0x1eU)) & ((0U == (0x1fU & (
                                                   vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0x18U))) 
                                  | (1U == (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [0U] >> 0x18U)))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
        = ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U]) ? (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [2U])) << 0x20U) 
                     | (QData)((IData)((0xfffffffcU 
                                        & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [3U])))) : (QData)((IData)(
                                                                   (0xfffffffcU 
                                                                    & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                    [2U]))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][0U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][1U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][2U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][3U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][4U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][5U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][6U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][7U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][8U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
        [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q][9U];
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw 
        = ((0U == (0x3ffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [0U])) ? 0x400U : (0x3ffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U]));
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
                if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
                    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                                  >> 2U)))) {
                        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en = 1U;
                            }
                        }
                    }
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_d 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en)
            ? (0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                          [2U] >> 0x10U)) : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q));
    if ((0x10U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
            [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry];
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
            [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry];
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0 = 0ULL;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 = 0ULL;
    }
    vlSelf->nvme_ctrl_top__DOT__ep_wake = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle)
                                            ? 0xffffffffffffULL
                                            : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take = 1U;
                }
            }
        }
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take) 
         & (0U != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
            = (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q 
               - (IData)(1U));
    }
    if (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d = 0U;
    }
    if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw = 1U;
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q)
            ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q)
            : (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid = 1U;
            }
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
            vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid = 1U;
        }
    }
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid = 1U;
                }
            }
        }
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
                if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
                    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                                  >> 2U)))) {
                        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en = 1U;
                            }
                        }
                    }
                    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                                      >> 1U)))) {
                            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))) {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca = 1U;
                            }
                        }
                    }
                }
            }
        }
    }
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush = 1U;
            }
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                          >> 2U)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush = 1U;
            }
        }
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
         & (IData)(vlSelf->sim_we_i))) {
        if ((8U == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d 
                = vlSelf->sim_wdata_i;
        } else if ((0xcU == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x10U == (0xffU & (IData)(vlSelf->sim_addr_i)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d 
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
                VL_WRITEF("[%0t] %%Error: pcie_sim_ctrl.sv:53: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_sim_ctrl.gen_ctrl: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/pcie_sim_ctrl.sv", 53, "");
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
         & ((IData)(vlSelf->sim_we_i) & (8U == (0xffU 
                                                & (IData)(vlSelf->sim_addr_i)))))) {
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
            = (0x9e3779b97f4a7c15ULL + (QData)((IData)(vlSelf->sim_wdata_i)));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
            = (0xbf58476d1ce4e5b9ULL * (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
                                        ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__x 
                                           >> 0x1eU)));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
            = (0x94d049bb133111ebULL * (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                                        ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                                           >> 0x1bU)));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout 
            = (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
               ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__y 
                  >> 0x1fU));
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mix64__32__Vfuncout;
    } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw) {
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q;
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
            = (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
               ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__x 
                  << 0xdU));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
            = (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
               ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
                  >> 7U));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout 
            = (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
               ^ (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__y 
                  << 0x11U));
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d 
            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__xorshift__33__Vfuncout;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad 
        = (1U & (~ (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                     >> 2U) & (0U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr))))));
    vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err = (1U 
                                                   & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q) 
                                                      >> (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q;
    if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 0U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 1U;
        } else if ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 2U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d = 3U;
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_changed 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__sim_core_we) 
           & (0x10cU == (IData)(vlSelf->sim_addr_i)));
    VL_ASSIGN_W(8192,vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d, vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q;
    if (vlSelf->nvme_ctrl_top__DOT__sim_core_we) {
        if ((0x600U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
                = vlSelf->sim_wdata_i;
        } else if ((0x604U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
                = ((0xffff00000000ULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d) 
                   | (IData)((IData)(vlSelf->sim_wdata_i)));
        } else if ((0x608U == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d 
                = ((0xffffffffULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d) 
                   | ((QData)((IData)((0xffffU & vlSelf->sim_wdata_i))) 
                      << 0x20U));
        } else if ((0x60cU == (IData)(vlSelf->sim_addr_i))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d 
                = (0x7fU & vlSelf->sim_wdata_i);
        } else if ((0x610U == (IData)(vlSelf->sim_addr_i))) {
            if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0 
                    = (1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q));
                if ((0x1fffU >= (0x3fffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                            - (IData)(1U))))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d[(0x1ffU 
                                                                                & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                                                - (IData)(1U)) 
                                                                                >> 5U))] 
                        = (((~ ((IData)(1U) << (0x1fU 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                   - (IData)(1U))))) 
                            & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d[
                            (0x1ffU & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                        - (IData)(1U)) 
                                       >> 5U))]) | 
                           ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT____Vlvbound_h2ed15b68__0) 
                            << (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                         - (IData)(1U)))));
                }
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d 
                    = (0x3fffU & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q) 
                                   + (1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q))) 
                                  - ((0x1fffU >= (0x3fffU 
                                                  & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                     - (IData)(1U)))) 
                                     & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q[
                                        (0x1ffU & (
                                                   (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                                    - (IData)(1U)) 
                                                   >> 5U))] 
                                        >> (0x1fU & 
                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q 
                                             - (IData)(1U)))))));
            }
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d 
                = ((IData)(1U) + vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q);
        } else if ((0x614U == (IData)(vlSelf->sim_addr_i))) {
            VL_CONST_W_1X(8192,vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d,0x00000000);
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d = 0U;
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
                VL_WRITEF("[%0t] %%Error: nvme_ns_table.sv:64: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_ns_table.gen_table: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_ns_table.sv", 64, "");
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = ((~ ((IData)(1U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id))) 
               & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d));
    }
    if (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
         & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d 
            = (1U | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata 
        = ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
            ? ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                ? 0U : ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                         ? (0xffffU & (IData)((((0x10U 
                                                 >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                 ? 
                                                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                                                [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                 : 0ULL) 
                                               >> 0x20U)))
                         : (IData)(((0x10U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                     ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q
                                    [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                     : 0ULL)))) : (
                                                   (2U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                    ? 
                                                   ((1U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                     ? 
                                                    (0xffffU 
                                                     & (IData)(
                                                               (((0x10U 
                                                                  >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                                  ? 
                                                                 vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                                                                 [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                                  : 0ULL) 
                                                                >> 0x20U)))
                                                     : (IData)(
                                                               ((0x10U 
                                                                 >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                                 ? 
                                                                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q
                                                                [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                                 : 0ULL)))
                                                    : 
                                                   ((1U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field))
                                                     ? 
                                                    ((0x10U 
                                                      >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry)) 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q
                                                     [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry])
                                                     : 
                                                    ((0x10U 
                                                      >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry))
                                                      ? 
                                                     vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q
                                                     [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry]
                                                      : 0U))));
    if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at = 0xffffffffffffULL;
    if (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
         & (0xffffffffffffULL > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q;
    }
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid) 
         & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at 
            < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at;
    }
    if ((((0ULL != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
          & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
             > vlSelf->time_i)) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                   < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted 
        = ((6U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_done));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q)) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffeU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (1U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & (~ vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q)) 
                     & ((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                         [0U]) | vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                    & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                          & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffdU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (2U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 1U)) << 1U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [1U]) 
                                                 << 1U) 
                                                | (0xfffffffeU 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 1U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffffbU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (4U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 2U)) << 2U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [2U]) 
                                                 << 2U) 
                                                | (0xfffffffcU 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 2U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffff7U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (8U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                      & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                             >> 3U)) << 3U)) & (((vlSelf->time_i 
                                                  >= 
                                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                  [3U]) 
                                                 << 3U) 
                                                | (0xfffffff8U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                    & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                           & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                       << 3U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffefU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 4U)) << 4U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [4U]) 
                                                    << 4U) 
                                                   | (0xfffffff0U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 4U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffdfU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 5U)) << 5U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [5U]) 
                                                    << 5U) 
                                                   | (0xffffffe0U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (5U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 5U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffffbfU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 6U)) << 6U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [6U]) 
                                                    << 6U) 
                                                   | (0xffffffc0U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (6U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 6U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffff7fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                         & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                >> 7U)) << 7U)) & (
                                                   ((vlSelf->time_i 
                                                     >= 
                                                     vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                                     [7U]) 
                                                    << 7U) 
                                                   | (0xffffff80U 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                       & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                              & (7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                          << 7U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffeffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 8U)) << 8U)) & 
                         (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [8U]) << 8U) | (0xffffff00U 
                                            & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (8U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 8U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffdffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 9U)) << 9U)) & 
                         (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                            [9U]) << 9U) | (0xfffffe00U 
                                            & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (9U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 9U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffffbffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xaU)) << 0xaU)) 
                         & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xaU]) << 0xaU) | (0xfffffc00U 
                                                  & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xaU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xaU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffff7ffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                          & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                 >> 0xbU)) << 0xbU)) 
                         & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                              [0xbU]) << 0xbU) | (0xfffff800U 
                                                  & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                        & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                               & (0xbU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                           << 0xbU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffefffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xcU)) << 0xcU)) 
                          & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xcU]) << 0xcU) | (0xfffff000U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xcU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xcU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffdfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xdU)) << 0xdU)) 
                          & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xdU]) << 0xdU) | (0xffffe000U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xdU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xdU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffffbfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xeU)) << 0xeU)) 
                          & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xeU]) << 0xeU) | (0xffffc000U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xeU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xeU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffff7fffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                           & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                  >> 0xfU)) << 0xfU)) 
                          & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                               [0xfU]) << 0xfU) | (0xffff8000U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                         & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                & (0xfU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                            << 0xfU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffeffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x10U)) << 0x10U)) 
                           & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x10U]) << 0x10U) 
                              | (0xffff0000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x10U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x10U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffdffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x11U)) << 0x11U)) 
                           & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x11U]) << 0x11U) 
                              | (0xfffe0000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x11U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x11U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfffbffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x12U)) << 0x12U)) 
                           & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x12U]) << 0x12U) 
                              | (0xfffc0000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x12U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x12U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfff7ffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                            & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                   >> 0x13U)) << 0x13U)) 
                           & (((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                [0x13U]) << 0x13U) 
                              | (0xfff80000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                          & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                 & (0x13U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                             << 0x13U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffefffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x100000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x14U)) << 0x14U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x14U]) << 0x14U) 
                               | (0xfff00000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x14U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x14U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffdfffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x200000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x15U)) << 0x15U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x15U]) << 0x15U) 
                               | (0xffe00000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x15U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x15U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xffbfffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x400000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x16U)) << 0x16U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x16U]) << 0x16U) 
                               | (0xffc00000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x16U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x16U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xff7fffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x800000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                             & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                    >> 0x17U)) << 0x17U)) 
                            & (((vlSelf->time_i >= 
                                 vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                 [0x17U]) << 0x17U) 
                               | (0xff800000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                           & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                  & (0x17U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                              << 0x17U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfeffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x1000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x18U)) << 0x18U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x18U]) << 0x18U) 
                                | (0xff000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x18U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x18U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfdffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x2000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x19U)) << 0x19U)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x19U]) << 0x19U) 
                                | (0xfe000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x19U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x19U))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xfbffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x4000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1aU)) << 0x1aU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1aU]) << 0x1aU) 
                                | (0xfc000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1aU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1aU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xf7ffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x8000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1bU)) << 0x1bU)) 
                             & (((vlSelf->time_i >= 
                                  vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                  [0x1bU]) << 0x1bU) 
                                | (0xf8000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                            & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                   & (0x1bU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                               << 0x1bU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xefffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x10000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1cU)) << 0x1cU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1cU]) << 0x1cU) 
                                 | (0xf0000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1cU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1cU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xdfffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x20000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1dU)) << 0x1dU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1dU]) << 0x1dU) 
                                 | (0xe0000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1dU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1dU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0xbfffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x40000000U & (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                               & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                      >> 0x1eU)) << 0x1eU)) 
                              & (((vlSelf->time_i >= 
                                   vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1eU]) << 0x1eU) 
                                 | (0xc0000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q))) 
                             & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                    & (0x1eU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                << 0x1eU))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
        = ((0x7fffffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready) 
           | (0x80000000U & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
                              & ((~ (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q 
                                     >> 0x1fU)) << 0x1fU)) 
                             & ((((vlSelf->time_i >= 
                                   vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q
                                   [0x1fU]) << 0x1fU) 
                                 | (0x80000000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q)) 
                                & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing) 
                                       & (0x1fU == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))) 
                                   << 0x1fU)))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot = 0U;
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1fU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1eU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1dU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1cU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1bU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x1aU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x19U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x18U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x17U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x16U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x15U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x14U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x13U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x12U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x11U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0x10U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xfU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xeU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xdU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xcU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xbU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(0xaU) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(9U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(9U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(8U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(8U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(7U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(7U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(6U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(6U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(5U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(5U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(4U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(4U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(3U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(3U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(2U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(2U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (0x1fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)));
    }
    if ((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready 
               >> (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi 
        = ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw 
            >> 0x10U) & ((0xff00U & ((- (IData)((1U 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                    [1U] 
                                                    >> 3U)))) 
                                     << 8U)) | (0xffU 
                                                & (- (IData)(
                                                             (1U 
                                                              & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                                 [1U] 
                                                                 >> 2U)))))));
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left 
        = (0x7ffU & (((6U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))
                       ? 4U : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes) 
                               >> 2U)) - (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum 
        = (0xfffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                     + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count)));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset 
        = (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__offset)));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__left;
    if (((IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes) 
         < (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__mps_bytes;
    }
    if (((IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary) 
         < (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout))) {
        __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout 
            = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__to_boundary;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk 
        = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__23__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes 
        = (0x1fffU & ((IData)(0x80U) << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q;
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset 
        = (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary 
        = (0x1fffU & ((IData)(0x1000U) - (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__offset)));
    __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__left;
    if (((IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes) 
         < (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__mps_bytes;
    }
    if (((IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary) 
         < (IData)(__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout))) {
        __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout 
            = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__to_boundary;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk 
        = __Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__write_size__22__Vfuncout;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)
            ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q
            : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0 
        = (1U & ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))
                  ? (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw 
                     >> 0x1dU) : (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1dU)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q) 
           | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q) 
              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset 
        = (0x3fffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr) 
                      + ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q) 
                         << 2U)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit 
        = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
            >> 1U) & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
                       >> 0xeU) == (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                     << 0x12U) | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0U;
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1fU) & (0x1fU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1fU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1fU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1eU) & (0x1eU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1eU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1eU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1dU) & (0x1dU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1dU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1dU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1cU) & (0x1cU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1cU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1cU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1bU) & (0x1bU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1bU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1bU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1aU) & (0x1aU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1aU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x1aU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x19U) & (0x19U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x19U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x19U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x18U) & (0x18U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x18U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x18U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x17U) & (0x17U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x17U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x17U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x16U) & (0x16U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x16U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x16U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x15U) & (0x15U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x15U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x15U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x14U) & (0x14U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x14U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x14U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x13U) & (0x13U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x13U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x13U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x12U) & (0x12U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x12U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x12U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x11U) & (0x11U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x11U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x11U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x10U) & (0x10U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x10U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0x10U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xfU) & (0xfU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xfU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xfU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xeU) & (0xeU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xeU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xeU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xdU) & (0xdU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xdU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xdU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xcU) & (0xcU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xcU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xcU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xbU) & (0xbU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xbU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xbU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xaU) & (0xaU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xaU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0xaU;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 9U) & (9U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [9U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 9U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 8U) & (8U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [8U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 8U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 7U) & (7U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [7U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 7U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 6U) & (6U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [6U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 6U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 5U) & (5U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [5U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 5U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 4U) & (4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [4U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 4U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 3U) & (3U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [3U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 3U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 2U) & (2U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [2U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 2U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 1U) & (1U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [1U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 1U;
    }
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__cmd[9U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__43__Vfuncout;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 0U;
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1fU) & (0x1fU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1fU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1eU) & (0x1eU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1eU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1dU) & (0x1dU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1dU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1cU) & (0x1cU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1cU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1bU) & (0x1bU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1bU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x1aU) & (0x1aU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x1aU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x19U) & (0x19U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x19U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x18U) & (0x18U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x18U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x17U) & (0x17U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x17U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x16U) & (0x16U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x16U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x15U) & (0x15U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x15U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x14U) & (0x14U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x14U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x13U) & (0x13U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x13U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x12U) & (0x12U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x12U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x11U) & (0x11U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x11U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0x10U) & (0x10U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0x10U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                       >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xfU) & (0xfU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xfU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xeU) & (0xeU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xeU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xdU) & (0xdU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xdU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xcU) & (0xcU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xcU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xbU) & (0xbU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xbU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 0xaU) & (0xaU != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0xaU][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                      >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 9U) & (9U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [9U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 8U) & (8U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [8U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 7U) & (7U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [7U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 6U) & (6U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [6U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 5U) & (5U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [5U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 4U) & (4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [4U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 3U) & (3U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [3U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 2U) & (2U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [2U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if (((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
            >> 1U) & (1U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [1U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    if ((((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q 
           & (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q))) 
          & (0U == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]))) 
         & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q
             [0U][0U] >> 0x10U) == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U] 
                                    >> 0x10U)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found = 1U;
    }
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__cmd[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__cmd[5U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2 
        = (((QData)((IData)(__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__38__Vfuncout)) 
            << 0x20U) | (QData)((IData)(__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__39__Vfuncout)));
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__cmd[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__cmd[3U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1 
        = (((QData)((IData)(__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__36__Vfuncout)) 
            << 0x20U) | (QData)((IData)(__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__37__Vfuncout)));
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__cmd[8U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__42__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__cmd[7U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__41__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__cmd[0U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__34__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__cmd[1U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__35__Vfuncout;
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[0U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[0U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[1U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[1U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[2U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[2U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[3U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[3U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[4U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[4U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[5U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[5U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[6U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[7U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[7U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[8U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[8U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[9U] 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[9U];
    __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__Vfuncout 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__cmd[6U];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
        = __Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cmd_dw__40__Vfuncout;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0 
        = (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                     - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0 
        = ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U] >> 0x1eU) & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                              < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q) 
           == (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                         - (IData)(1U))));
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0 
        = ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))
            ? (0U != (0xfU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [1U] >> 4U))) : (0U == 
                                               (0xfU 
                                                & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [1U] 
                                                   >> 4U))));
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0 
        = (0x400U < (0x7ffU & ((0x3ffU & (IData)((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
                                                  >> 2U))) 
                               + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))));
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0 
        = ((1U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)) 
           | (0U != (0xfU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [1U] >> 4U))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw 
        = ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U]) ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
            : 0U);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count = 4U;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_mem_read) {
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be 
            = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr 
            = ((0x7cU & ((IData)((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr 
                                  >> 2U)) << 2U)) | (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__12__Vfuncout));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be 
            = (0xfU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                       [1U] >> 4U));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be 
            = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be 
            = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                ? 0U : ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                         ? 1U : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                  ? 2U : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__be))
                                           ? 3U : 0U))));
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be 
            = (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
               [1U]);
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout 
            = ((8U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                ? ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 3U)))
                : ((4U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                    ? ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                                           ? 0U : 2U))
                    : ((2U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                        ? ((1U & (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__be))
                            ? 0U : 1U) : 0U)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count 
            = (0x1fffU & ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))
                           ? ((0U == (0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [1U])) ? 1U : 
                              (((IData)(4U) - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__13__Vfuncout)) 
                               - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__14__Vfuncout)))
                           : ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                                << 2U) - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__first_byte__15__Vfuncout)) 
                              - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__missing_high_bytes__16__Vfuncout))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal = 0U;
    vlSelf->sim_wake_o = ((vlSelf->nvme_ctrl_top__DOT__ep_wake 
                           < vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at)
                           ? vlSelf->nvme_ctrl_top__DOT__ep_wake
                           : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q) 
                  >> 1U)))) {
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))) {
            if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                  & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                     != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q))) 
                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot;
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject 
        = ((0ULL != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
           & ((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run)));
    vlSelf->nvme_ctrl_top__DOT__core_quiet = (((0U 
                                                == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                                               & ((~ 
                                                   ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                                    & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
                                                  & (((~ 
                                                       ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                                        & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                                            != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                                                      & (0U 
                                                         == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                                                     | (2U 
                                                        == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))))) 
                                              & ((0U 
                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                                 | ((1U 
                                                     == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                                    | ((2U 
                                                        == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                                       | ((3U 
                                                           == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                                          & (2U 
                                                             == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q)))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q;
    if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))) {
            if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal 
                    = vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err;
            }
        }
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q;
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d 
                = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                    == (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q))
                    ? 0U : (0xfffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q))));
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 0U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d 
                = ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err)
                    ? 0U : 3U);
        }
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d 
            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q;
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 2U;
            }
        } else if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                     & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                        != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q))) 
                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 1U;
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws 
        = (1U & ((1U <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left)) 
                 | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset = 1U;
                }
            }
        }
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d = 0U;
    }
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len = 0x10U;
            }
        }
    }
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d 
                        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk;
                }
            }
        }
    }
    if ((1U & (~ VL_ONEHOT0_I((((0x34U == (0x1fffU 
                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                << 0xbU) | (((0x30U 
                                              == (0x1fffU 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                             << 0xaU) 
                                            | (((0x2cU 
                                                 == 
                                                 (0x1fffU 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                << 9U) 
                                               | (((0x28U 
                                                    == 
                                                    (0x1fffU 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                   << 8U) 
                                                  | (((0x24U 
                                                       == 
                                                       (0x1fffU 
                                                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                      << 7U) 
                                                     | (((0x1cU 
                                                          == 
                                                          (0x1fffU 
                                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                         << 6U) 
                                                        | (((0x14U 
                                                             == 
                                                             (0x1fffU 
                                                              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                            << 5U) 
                                                           | (((0x10U 
                                                                == 
                                                                (0x1fffU 
                                                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                               << 4U) 
                                                              | (((0xcU 
                                                                   == 
                                                                   (0x1fffU 
                                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                  << 3U) 
                                                                 | (((8U 
                                                                      == 
                                                                      (0x1fffU 
                                                                       & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                     << 2U) 
                                                                    | (((4U 
                                                                         == 
                                                                         (0x1fffU 
                                                                          & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                        << 1U) 
                                                                       | (0U 
                                                                          == 
                                                                          (0x1fffU 
                                                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))))))))))))))))) {
        if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
            VL_WRITEF("[%0t] %%Error: nvme_regs.sv:86: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_regs: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_regs.sv", 86, "");
        }
    }
    vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q)
                                                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2
                                                    : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d 
        = (((((((((0U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                  | (4U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                 | (8U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                | ((0xcU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                   | (0x10U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))))) 
               | (0x14U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
              | (0x1cU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
             | (0x24U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
            | (0x28U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))))
            ? ((0U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                ? 0x1e0103ffU : ((4U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                  ? 0x20U : ((8U == 
                                              (0x1fffU 
                                               & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                              ? 0x10400U
                                              : (((0xcU 
                                                   == 
                                                   (0x1fffU 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                  | (0x10U 
                                                     == 
                                                     (0x1fffU 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))))
                                                  ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q
                                                  : 
                                                 ((0x14U 
                                                   == 
                                                   (0x1fffU 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                                   ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q
                                                   : 
                                                  ((0x1cU 
                                                    == 
                                                    (0x1fffU 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                                    ? 
                                                   (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q) 
                                                     << 2U) 
                                                    | (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q) 
                                                        << 1U) 
                                                       | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q)))
                                                    : 
                                                   ((0x24U 
                                                     == 
                                                     (0x1fffU 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                                     ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q
                                                     : 
                                                    ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q) 
                                                     << 0xcU))))))))
            : ((0x2cU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                ? (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q 
                           >> 0x14U)) : ((0x30U == 
                                          (0x1fffU 
                                           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                          ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q) 
                                             << 0xcU)
                                          : ((0x34U 
                                              == (0x1fffU 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))
                                              ? (IData)(
                                                        (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q 
                                                         >> 0x14U))
                                              : 0U))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid 
        = ((3U != (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                         >> 0xcU))) & (8U > (0xffU 
                                             & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                                >> 4U))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0 
        = ((0U == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                         >> 0xcU))) | (1U == (3U & 
                                              ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                               >> 0xcU))));
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit)
            ? ((0x10U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))
                ? 5U : 2U) : 4U);
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0 
        = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit) 
            & ((~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [0U] >> 0xeU)) & (0x10U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))))
            ? 0U : 1U);
    nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0 
        = (1U & ((~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U] >> 0xeU)) & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit) 
                                          & (0x10U 
                                             >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset 
        = (((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13)) 
            << 0x20U) | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted 
        = ((((0xfU < (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                      >> 0x10U)) ? 0xfU : (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                           >> 0x10U)) 
            << 0x10U) | ((0xfU < (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11))
                          ? 0xfU : (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid 
        = (((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
            & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))
            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q
            : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid);
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
                vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr 
                    = ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q 
                        << 0xcU) + ((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q)) 
                                    << 4U));
            }
        }
    }
    if ((3U == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                      >> 0xcU)))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w = 1U;
    }
    if ((1U & (~ VL_ONEHOT0_I((((0xbU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                << 7U) | (((0xaU == 
                                            (0xffU 
                                             & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                           << 6U) | 
                                          (((8U == 
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
            VL_WRITEF("[%0t] %%Error: nvme_features.sv:45: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_features: synthesis parallel_case, but multiple matches found\n",
                      64,VL_TIME_UNITED_Q(1),-12,vlSymsp->name());
            VL_STOP_MT("/work/main/rtl/nvme_features.sv", 45, "");
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported = 1U;
    if ((1U & (~ ((((((((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                        | (2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                       | (4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                      | (5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                     | (7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                    | (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                   | (0xaU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
                  | (0xbU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range 
        = ((0U != (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
           & (0x10U >= (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)));
    nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_hcdf155cd__0 
        = ((0U == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                   >> 0x10U)) | (0x3ffU < (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                           >> 0x10U)));
    nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_h602d76bb__0 
        = ((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
           & (7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 0U;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
         & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
            [1U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 1U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [2U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 2U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [3U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 3U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [4U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 4U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [5U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 5U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [6U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 6U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [7U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 7U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [8U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 8U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [9U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 9U) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                    [0xaU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xaU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0xbU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xbU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0xcU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xcU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0xdU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xdU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0xeU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xeU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0xfU] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    if ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
          >> 0xfU) & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q
                      [0x10U] == (0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use = 1U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current = 0U;
    if (((((((((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
               | (2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
              | (4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
             | (5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
            | (7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
           | (8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
          | (0xaU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) 
         | (0xbU == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
        if ((1U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
            if ((2U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                if ((4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default = 0x157U;
                } else if ((5U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    if ((7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default = 0xf000fU;
                    }
                }
            }
        }
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current 
            = ((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q
                : ((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q
                    : ((4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                        ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q
                        : ((5U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q
                            : ((7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                                ? (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q) 
                                    << 0x10U) | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q))
                                : ((8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q
                                    : ((0xaU == (0xffU 
                                                 & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
                                        ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q
                                        : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q)))))));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0)
            ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0)
            : 0U);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be 
        = (0xfU & ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q))
                    ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                   [1U] : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw)
                            ? (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U] >> 4U) : 0xfU)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr 
        = ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
            [0U] >> 0x1eU) & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw) 
                              > (0x7ffU & ((IData)(0x20U) 
                                           << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)))));
    if ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
         [0U] >> 0x1fU)) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                        }
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else {
                if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
                if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                    }
                }
            } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x19U)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x18U)))) {
                if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
                }
            }
        } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else {
            if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        } else if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
            if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
    } else if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x19U)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x18U)))) {
            if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_hb73b0eda__0) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
            }
        }
    } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [0U])) {
        if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U] >> 0x18U)))) {
        if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8d9df508__0) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
        if (nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h686e9cfc__0) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr = 1U;
        }
    }
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
    if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = __Vtemp_ha4e92778__0[0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = __Vtemp_ha4e92778__0[1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = ((0xffffff00U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                [1U]) | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] = 0U;
    } else if ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[2U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i[3U];
    } else if ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[2U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr[3U];
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[0U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[1U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[1U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[2U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[2U];
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[3U] 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr[3U];
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 0U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d = 1U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d = 0U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 0U;
    }
    if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_changed) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d = 1U;
        if ((0x400U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d 
                = (0x7ffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q)));
        }
        if ((0x400U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d = 1U;
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata 
        = (((((((((0x100U == (IData)(vlSelf->sim_addr_i)) 
                  | (0x104U == (IData)(vlSelf->sim_addr_i))) 
                 | (0x108U == (IData)(vlSelf->sim_addr_i))) 
                | (0x110U == (IData)(vlSelf->sim_addr_i))) 
               | (0x114U == (IData)(vlSelf->sim_addr_i))) 
              | (0x118U == (IData)(vlSelf->sim_addr_i))) 
             | (0x11cU == (IData)(vlSelf->sim_addr_i))) 
            | (0x120U == (IData)(vlSelf->sim_addr_i)))
            ? ((0x100U == (IData)(vlSelf->sim_addr_i))
                ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                : ((0x104U == (IData)(vlSelf->sim_addr_i))
                    ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q
                    : ((0x108U == (IData)(vlSelf->sim_addr_i))
                        ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q)
                        : ((0x110U == (IData)(vlSelf->sim_addr_i))
                            ? (IData)(vlSelf->time_i)
                            : ((0x114U == (IData)(vlSelf->sim_addr_i))
                                ? (0xffffU & (IData)(
                                                     (vlSelf->time_i 
                                                      >> 0x20U)))
                                : ((0x118U == (IData)(vlSelf->sim_addr_i))
                                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots)
                                    : ((0x11cU == (IData)(vlSelf->sim_addr_i))
                                        ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at)
                                        : (0xffffU 
                                           & (IData)(
                                                     (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at 
                                                      >> 0x20U))))))))))
            : ((0x124U == (IData)(vlSelf->sim_addr_i))
                ? (((IData)(vlSelf->nvme_ctrl_top__DOT__core_quiet) 
                    << 1U) | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle))
                : ((0x128U == (IData)(vlSelf->sim_addr_i))
                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q)
                    : ((0x12cU == (IData)(vlSelf->sim_addr_i))
                        ? (0xffffU & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                              >> 0x20U)))
                        : ((0x130U == (IData)(vlSelf->sim_addr_i))
                            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q
                            : ((0x134U == (IData)(vlSelf->sim_addr_i))
                                ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q)
                                : 0U))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count 
        = (((7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
            | ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
               & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                  | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend)))) 
           | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws));
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws;
            }
        }
    }
    vlSelf->rx_tlp_ready_o = (1U & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q)) 
                                    | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata = 0U;
    if ((3U == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                      >> 0xcU)))) {
        if ((0U == (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                              >> 2U)))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q;
        }
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata 
            = ((8U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))
                ? ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))
                    ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                   [(7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                           >> 4U))] : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q
                   [(7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                           >> 4U))]) : ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))
                                         ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q
                                        [(7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                                >> 4U))]
                                         : vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q
                                        [(7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                                >> 4U))]));
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 0U;
    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                  [0U] >> 0x1fU)))) {
        if ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
             [0U])) {
            if ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1cU)))) {
                    if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U])) {
                                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x18U)))) {
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                                }
                            } else {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                            }
                        }
                    } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x1aU)))) {
                        if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x19U)))) {
                            if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                if ((0x40000000U & 
                                     vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U])) {
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 3U;
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                                        = (1U & (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0));
                                } else {
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                                        = nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
                                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                                        = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit)));
                                }
                            }
                        }
                    }
                }
                if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1bU)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
                    }
                } else if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                            }
                        } else {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        }
                    }
                } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x1aU)))) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x18U)))) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                                = ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                    : 0U);
                        }
                    }
                }
            } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x1cU)))) {
                if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U)))) {
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                            }
                        } else {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        }
                    } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U])) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 3U : 2U);
                    }
                } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else if ((1U & ((0U != (7U 
                                                  & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U] 
                                                     >> 0x10U))) 
                                          | ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x1eU) 
                                             & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [0U] 
                                                >> 0xeU))))) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 1U : 0U);
                        }
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                    }
                } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                    }
                } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x18U)))) {
                    if ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 3U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                            = nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                            = (1U & (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0));
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                            = nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                            = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit)));
                    }
                }
            }
        } else if ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                    [0U])) {
            if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                          [0U] >> 0x1cU)))) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1bU)))) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x1aU)))) {
                        if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x19U)))) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 4U : ((0x40000000U 
                                                   & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U])
                                                   ? 3U
                                                   : (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0)));
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                                = (1U & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [0U] >> 0x18U) 
                                         | ((0x40000000U 
                                             & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                             [0U]) ? (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0)
                                             : (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit)))));
                        }
                    }
                }
            }
            if ((0x10000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1bU)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 1U;
                }
            } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0x1bU)))) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1aU)))) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 0U : ((0x40000000U 
                                               & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [0U])
                                               ? (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                               : 0U));
                    }
                }
            }
        } else if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0x1cU)))) {
            if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                          [0U] >> 0x1bU)))) {
                if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [0U])) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x19U)))) {
                        if ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U])) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else if ((1U & ((0U != (7U 
                                                  & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                     [2U] 
                                                     >> 0x10U))) 
                                          | ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [0U] 
                                              >> 0x1eU) 
                                             & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [0U] 
                                                >> 0xeU))))) {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                        } else {
                            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                                = ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U]) ? 1U : 0U);
                        }
                    }
                } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U])) {
                    if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind = 4U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur = 1U;
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind 
                        = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                            [0U]) ? 4U : ((0x40000000U 
                                           & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U]) ? 3U
                                           : (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h8b74b07d__0)));
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur 
                        = (1U & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                  [0U] >> 0x18U) | 
                                 ((0x40000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U]) ? (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h4b5f6cee__0)
                                   : (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit)))));
                }
            }
            if ((0x8000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                 [0U])) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x1aU)))) {
                    if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                         [0U])) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                            = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U]) ? 3U : 2U);
                    }
                }
            } else if ((0x4000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x19U)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                }
            } else if ((0x2000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U])) {
                if ((1U & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [0U] >> 0x18U)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action = 0U;
                }
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action 
                    = ((0x1000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U]) ? 0U : ((0x40000000U 
                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [0U]) ? (IData)(nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgExtracted_h630d9684__0)
                                       : 0U));
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad 
        = ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len)) 
           | ((0U != (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len))) 
              | ((0x1000U < (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len)) 
                 | (0U != (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value 
        = ((7U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))
            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted
            : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11);
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry_q
        [(0x1fffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid 
                     - (IData)(1U)))];
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active 
        = (((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid) 
            & (0x2000U >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid)) 
           & ((0x1fffU >= (0x3fffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid 
                                      - (IData)(1U)))) 
              & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q[
                 (0x1ffU & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid 
                             - (IData)(1U)) >> 5U))] 
                 >> (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid 
                              - (IData)(1U))))));
    vlSelf->nvme_ctrl_top__DOT__dma_rd_data_valid = 
        (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) 
          & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q) 
                 | (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left)))) 
             & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q)))) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_we = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask 
        = ((0xffff0000U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask) 
           | ((0xff00U & ((- (IData)((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be) 
                                            >> 1U)))) 
                          << 8U)) | (0xffU & (- (IData)(
                                                        (1U 
                                                         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be)))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask 
        = ((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask) 
           | (((- (IData)((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be) 
                                 >> 3U)))) << 0x18U) 
              | (0xff0000U & ((- (IData)((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be) 
                                                >> 2U)))) 
                              << 0x10U))));
    vlSelf->nvme_ctrl_top__DOT__reg_req = 0U;
    __Vfunc_merge_bytes__26__be = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
    __Vfunc_merge_bytes__26__data = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
    __Vfunc_merge_bytes__26__old = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q;
    vlSelf->__Vfunc_merge_bytes__26__res = ((0xffff0000U 
                                             & vlSelf->__Vfunc_merge_bytes__26__res) 
                                            | ((0xff00U 
                                                & (((2U 
                                                     & (IData)(__Vfunc_merge_bytes__26__be))
                                                     ? 
                                                    (__Vfunc_merge_bytes__26__data 
                                                     >> 8U)
                                                     : 
                                                    (__Vfunc_merge_bytes__26__old 
                                                     >> 8U)) 
                                                   << 8U)) 
                                               | (0xffU 
                                                  & ((1U 
                                                      & (IData)(__Vfunc_merge_bytes__26__be))
                                                      ? __Vfunc_merge_bytes__26__data
                                                      : __Vfunc_merge_bytes__26__old))));
    vlSelf->__Vfunc_merge_bytes__26__res = ((0xffffU 
                                             & vlSelf->__Vfunc_merge_bytes__26__res) 
                                            | ((((8U 
                                                  & (IData)(__Vfunc_merge_bytes__26__be))
                                                  ? 
                                                 (__Vfunc_merge_bytes__26__data 
                                                  >> 0x18U)
                                                  : 
                                                 (__Vfunc_merge_bytes__26__old 
                                                  >> 0x18U)) 
                                                << 0x18U) 
                                               | (0xff0000U 
                                                  & (((4U 
                                                       & (IData)(__Vfunc_merge_bytes__26__be))
                                                       ? 
                                                      (__Vfunc_merge_bytes__26__data 
                                                       >> 0x10U)
                                                       : 
                                                      (__Vfunc_merge_bytes__26__old 
                                                       >> 0x10U)) 
                                                     << 0x10U))));
    __Vfunc_merge_bytes__26__Vfuncout = vlSelf->__Vfunc_merge_bytes__26__res;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc 
        = (0xfffff1U & __Vfunc_merge_bytes__26__Vfuncout);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
           > ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
               ? 4U : 3U));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0 
        = (0xfffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
                     - ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                         ? 4U : 3U)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane 
        = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q) 
            < ((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                ? 4U : 3U)) ? (7U & (((0x20000000U 
                                       & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                       ? 4U : 3U) - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q)))
            : 0U);
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws 
        = (0xfffU & (((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                       ? 4U : 3U) + (0x7ffU & ((0U 
                                                == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                                    ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                                    : 0U)
                                                : (
                                                   (1U 
                                                    == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                    ? 1U
                                                    : 
                                                   ((2U 
                                                     == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                     ? 
                                                    ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                     >> 2U)
                                                     : 0U))))));
    vlSelf->sim_rdata_o = ((0U == (0xffU & ((IData)(vlSelf->sim_addr_i) 
                                            >> 8U)))
                            ? vlSelf->nvme_ctrl_top__DOT__sim_ep_rdata
                            : (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata 
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
                                                   : 0U))))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q)
            ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q)
            : (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q;
    if (((IData)(vlSelf->rx_tlp_valid_i) & (IData)(vlSelf->rx_tlp_ready_o))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d 
            = vlSelf->rx_tlp_data_i;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d 
            = vlSelf->rx_tlp_last_i;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d = 0U;
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep 
            = vlSelf->rx_tlp_keep_i;
        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 1U;
        if ((0U != (0xfU & ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__keep) 
                            >> 4U)))) {
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout = 2U;
        }
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d 
            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__beat_dws__2__Vfuncout;
    } else {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d = 0U;
        }
        if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used)))) {
            if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d 
                    = (1U & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q)));
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval = 0U;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
                if ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
                    if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_we 
                            = (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q));
                    }
                    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0) {
                        vlSelf->nvme_ctrl_top__DOT__reg_req = 1U;
                    }
                }
            }
        }
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q)))) {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q;
                }
            }
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q))) {
            if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (3U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q));
            } else if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we 
                    = (3U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q));
            }
            if ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be))) {
                if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT____VdfgExtracted_h94955772__0)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval 
                        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata;
                }
            }
        } else if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
            if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                          >> 2U)))) {
                if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q) 
                              >> 1U)))) {
                    if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we = 1U;
                        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval 
                            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_rd_data;
                    }
                }
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl = 0U;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 0U;
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q) 
                 | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q) 
                    != (0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                  + (1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                           [0U] >> 0xfU))))))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed = 1U;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end 
                    = ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q)) 
                       & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q)));
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q;
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned 
                    = (1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                             [0U] >> 0xeU));
                if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 4U;
                } else if ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end = 1U;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok = 1U;
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl 
                        = (1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [0U] >> 0xeU));
                } else if ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl = 1U;
                }
                if ((1U & (~ VL_ONEHOT0_I((((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q)) 
                                            << 2U) 
                                           | (((2U 
                                                == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q)) 
                                               << 1U) 
                                              | (0U 
                                                 == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q)))))))) {
                    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                        VL_WRITEF("[%0t] %%Error: pcie_rx.sv:266: Assertion failed in %Nnvme_ctrl_top.u_pcie_ep.u_rx: synthesis parallel_case, but multiple matches found\n",
                                  64,VL_TIME_UNITED_Q(1),
                                  -12,vlSymsp->name());
                        VL_STOP_MT("/work/main/rtl/pcie_rx.sv", 266, "");
                    }
                }
            }
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d 
                = ((0x7ffU < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum))
                    ? 0x7ffU : (0x7ffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum)));
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d = 0U;
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)
                  ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q)
                  : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 3U;
            }
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d = 0U;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start 
            = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr)) 
               & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d 
            = (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q) 
                & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)))
                ? 3U : 2U);
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take) {
        if (((0xfU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
             >= ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                  ? 4U : 3U))) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d 
                = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d = 1U;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d 
                = (1U & (((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)) 
                         - (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0))));
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d 
                = ((0x1fU >= VL_MULS_III(32, (IData)(0x20U), 
                                         (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                            ? 4U : 3U) 
                                          - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))
                    ? (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw 
                       >> VL_MULS_III(32, (IData)(0x20U), 
                                      (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                         ? 4U : 3U) 
                                       - (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))))
                    : 0U);
        } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last) {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed = 1U;
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d 
                = (3U & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)));
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q;
    if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))) {
                if ((1U & (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                              >> 2U)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d = 1U;
                }
            } else if (vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d 
                    = (1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad) 
                             | (~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                   >> 2U))));
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie 
        = ((2U == (7U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                 >> 0x33U)))) | (3U 
                                                 == 
                                                 (7U 
                                                  & (IData)(
                                                            (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                             >> 0x33U)))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap 
        = ((4U == (7U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                 >> 0x33U)))) ? (1ULL 
                                                 + 
                                                 (0xffffffffffffULL 
                                                  & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))
            : ((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                              >> 0x31U))) ? 0ULL : 
               (0xffffffffffffULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail 
        = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active) 
           & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                      >> 0x32U)));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__read 
        = ((3U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
           & (IData)(vlSelf->nvme_ctrl_top__DOT__reg_req));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr = 0U;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__reg_req) 
         & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))) {
        if (((((((((0xcU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                   | (0x10U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                  | (0x14U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                 | (0x24U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
                | (0x28U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
               | (0x2cU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
              | (0x30U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) 
             | (0x34U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))))) {
            if ((0xcU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
                    = (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q 
                       | (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw 
                          & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask));
            } else if ((0x10U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d 
                    = (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q 
                       & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw 
                             & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask)));
            } else if ((0x14U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc;
            } else if ((0x24U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__27__be 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__27__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__27__old 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q;
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
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d 
                    = (0xfff0fffU & vlSelf->__Vfunc_merge_bytes__27__Vfuncout);
            } else if ((0x28U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__28__be 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__28__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__28__old 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q) 
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
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                    = vlSelf->__Vfunc_merge_bytes__28__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
                    = ((0xffffffff00000ULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d) 
                       | (IData)((IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                                          >> 0xcU))));
            } else if ((0x2cU == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__29__be 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__29__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__29__old 
                    = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q 
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
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d 
                    = ((0xfffffULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d) 
                       | ((QData)((IData)(vlSelf->__Vfunc_merge_bytes__29__Vfuncout)) 
                          << 0x14U));
            } else if ((0x30U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
                vlSelf->__Vfunc_merge_bytes__30__be 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__30__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__30__old 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q) 
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
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                    = vlSelf->__Vfunc_merge_bytes__30__Vfuncout;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
                    = ((0xffffffff00000ULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d) 
                       | (IData)((IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr 
                                          >> 0xcU))));
            } else {
                vlSelf->__Vfunc_merge_bytes__31__be 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be;
                vlSelf->__Vfunc_merge_bytes__31__data 
                    = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw;
                vlSelf->__Vfunc_merge_bytes__31__old 
                    = (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q 
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
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d 
                    = ((0xfffffULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d) 
                       | ((QData)((IData)(vlSelf->__Vfunc_merge_bytes__31__Vfuncout)) 
                          << 0x14U));
            }
        } else if ((0x1000U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy) 
                 & ((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw) 
                    <= (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d 
                    = (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw);
            }
        } else if ((0x1004U == (0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))) {
            if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy) 
                 & ((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw) 
                    <= (0xfffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                  >> 0x10U))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d 
                    = (0xfffU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw);
            }
        }
        if ((1U & (~ VL_ONEHOT0_I((((0x1004U == (0x1fffU 
                                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                    << 9U) | (((0x1000U 
                                                == 
                                                (0x1fffU 
                                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                               << 8U) 
                                              | (((0x34U 
                                                   == 
                                                   (0x1fffU 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                  << 7U) 
                                                 | (((0x30U 
                                                      == 
                                                      (0x1fffU 
                                                       & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                     << 6U) 
                                                    | (((0x2cU 
                                                         == 
                                                         (0x1fffU 
                                                          & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                        << 5U) 
                                                       | (((0x28U 
                                                            == 
                                                            (0x1fffU 
                                                             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                           << 4U) 
                                                          | (((0x24U 
                                                               == 
                                                               (0x1fffU 
                                                                & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                              << 3U) 
                                                             | (((0x14U 
                                                                  == 
                                                                  (0x1fffU 
                                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                 << 2U) 
                                                                | (((0x10U 
                                                                     == 
                                                                     (0x1fffU 
                                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))) 
                                                                    << 1U) 
                                                                   | (0xcU 
                                                                      == 
                                                                      (0x1fffU 
                                                                       & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset)))))))))))))))) {
            if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                VL_WRITEF("[%0t] %%Error: nvme_regs.sv:125: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_regs: synthesis parallel_case, but multiple matches found\n",
                          64,VL_TIME_UNITED_Q(1),-12,
                          vlSymsp->name());
                VL_STOP_MT("/work/main/rtl/nvme_regs.sv", 125, "");
            }
        }
    }
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d 
                = ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)
                    ? 1U : 0U);
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
                = (0xffffffffffffULL & (vlSelf->time_i 
                                        + (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q))));
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d = 0U;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 0U;
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
            if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
                if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 2U;
                }
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
            }
        } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
            if ((0U != (3U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d 
                              >> 0xeU)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 3U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 1U;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))) {
        if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
            if ((vlSelf->time_i >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q)) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 2U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d = 1U;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 4U;
        }
    } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d)) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d = 1U;
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d 
            = (0xffffffffffffULL & (vlSelf->time_i 
                                    + (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q))));
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end 
        = (0xfffU & (((0xfffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))) 
                      < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws))
                      ? ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q))
                      : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws)));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q;
    vlSelf->sim_idle_o = ((IData)(vlSelf->nvme_ctrl_top__DOT__core_quiet) 
                          & (((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
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
                                                        == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))))))))))));
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d 
        = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q;
    if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d 
            = vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid;
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d 
            = (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [2U] >> 8U));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d 
            = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw) 
               << 2U);
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d 
            = (7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                     [1U] >> 0xdU));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d 
            = (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q
                         [(0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [2U] >> 8U))] + 
                         (0x7ffU & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q
                                     [(0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [2U] 
                                                >> 8U))] 
                                     - vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                                     [(0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                [2U] 
                                                >> 8U))]) 
                                    >> 2U))));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d 
            = ((((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid) 
                   & (0U == (7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [1U] >> 0xdU)))) 
                  & (~ (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                        [0U] >> 0xeU))) & (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw))) 
                & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count) 
                   == vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q
                   [(0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                              [2U] >> 8U))])) & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                                  << 2U) 
                                                 <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count)));
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 1U;
    } else if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end) {
        vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca = 0U;
    if (((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end) 
         & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok))) {
        if (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q) {
            if ((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q)))) {
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur 
                    = (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q));
                vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca 
                    = (4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q));
            }
        }
    }
    vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit 
        = ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end)) 
           & ((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q 
               >> (0x1fU & (IData)(vlSelf->time_i))) 
              & ((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q)) 
                 & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q) 
                        & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q) 
                           == (0x1fU & (IData)(vlSelf->time_i))))) 
                    & ((0xffffU & ((IData)((vlSelf->time_i 
                                            >> 0xaU)) 
                                   - vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q
                                   [(0x1fU & (IData)(vlSelf->time_i))])) 
                       >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))));
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
            if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                    = ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q)
                        ? ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                            ? 0xffffffffU : 0U) : (
                                                   ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                                    < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))
                                                    ? 
                                                   vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_q
                                                   [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q]
                                                    : 0U));
            } else if ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0x64013400U;
            } else if ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0xaU;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
        }
    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
            if ((0x200U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x100U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x80U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x40U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x20U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x10U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((8U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
                    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
                    } else {
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index 
                            = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                         - (IData)(9U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[0U] 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[1U] = 0x80000000U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[2U] = 0x636f4000U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[3U] = 0x6e766d65U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos 
                            = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index) 
                               << 2U);
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res 
                            = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__Vfuncout 
                            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__res;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__44__Vfuncout;
                    }
                } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index 
                        = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                     - (IData)(9U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[0U] 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos 
                        = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index) 
                           << 2U);
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res 
                        = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__Vfuncout 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__res;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__45__Vfuncout;
                } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index 
                        = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                     - (IData)(9U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[0U] 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[1U] = 0x80000000U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[2U] = 0x636f4000U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[3U] = 0x6e766d65U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos 
                        = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index) 
                           << 2U);
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res) 
                           | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                              (3U & 
                                               (((IData)(0xfU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res 
                        = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res) 
                           | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__Vfuncout 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__res;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__46__Vfuncout;
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0x1003U;
                }
            } else if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index 
                    = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                 - (IData)(4U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[0U] 
                    = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[1U] = 0U;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[2U] = 1U;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[3U] = 0x4e564353U;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos 
                    = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index) 
                       << 2U);
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res) 
                       | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                          (3U & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(0xfU) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res 
                    = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res) 
                       | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(0xfU) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__id[
                                           (3U & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__Vfuncout 
                    = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__res;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                    = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__47__Vfuncout;
            } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0x1002U;
                } else {
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index 
                        = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                     - (IData)(1U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[0U] 
                        = (IData)((0xa354e00000000ULL 
                                   | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[1U] 
                        = (IData)(((0xa354e00000000ULL 
                                    | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                   >> 0x20U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[2U] = 0U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[3U] = 0U;
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos 
                        = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index) 
                           << 2U);
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res 
                        = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res) 
                           | ((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos))
                               ? (0xffU & (((0U == 
                                             (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                 << 3U)))
                                             ? 0U : 
                                            (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                             (((IData)(7U) 
                                               + (0x7fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                     << 3U))))) 
                                           | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                              (3U & 
                                               (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                >> 2U))] 
                                              >> (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                     << 3U)))))
                               : 0U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos 
                        = (0xfffU & ((IData)(1U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res 
                        = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U)))))
                                : 0U) << 8U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos 
                        = (0xfffU & ((IData)(2U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res 
                        = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x10U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos 
                        = (0xfffU & ((IData)(3U) + 
                                     ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__index) 
                                      << 2U)));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res 
                        = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res) 
                           | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos))
                                ? (0xffU & (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__pos)) 
                                                      << 3U)))))
                                : 0U) << 0x18U));
                    vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__Vfuncout 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__res;
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                        = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__48__Vfuncout;
                }
            } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index 
                    = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                 - (IData)(1U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[0U] 
                    = (IData)((0xa354e00000000ULL | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[1U] 
                    = (IData)(((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                               >> 0x20U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[2U] = 0U;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[3U] = 0U;
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos 
                    = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index) 
                       << 2U);
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res 
                    = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res) 
                       | ((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos))
                           ? (0xffU & (((0U == (0x1fU 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                   << 3U)))
                                         ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                      << 3U))))) 
                                       | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                          (3U & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                 >> 2U))] 
                                          >> (0x1fU 
                                              & (((IData)(7U) 
                                                  - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                 << 3U)))))
                           : 0U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos 
                    = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res 
                    = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  << 3U)))))
                            : 0U) << 8U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos 
                    = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res 
                    = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x10U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos 
                    = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__index) 
                                                << 2U)));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res 
                    = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res) 
                       | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos))
                            ? (0xffU & (((0U == (0x1fU 
                                                 & (((IData)(7U) 
                                                     - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                    << 3U)))
                                          ? 0U : (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(7U) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(7U) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                       << 3U))))) 
                                        | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__id[
                                           (3U & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  >> 2U))] 
                                           >> (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__pos)) 
                                                  << 3U)))))
                            : 0U) << 0x18U));
                vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__Vfuncout 
                    = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__res;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                    = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__49__Vfuncout;
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0x801U;
            }
        } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active) {
            if ((0x200U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x100U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x80U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x40U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
            } else if ((0x20U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                    = ((0x10U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                        ? 0U : ((8U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                 ? 0U : ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                          ? 0U : ((2U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 0U
                                                   : 
                                                  ((1U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 
                                                   ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (IData)(
                                                                (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                 >> 0x30U)))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 0xcU) 
                                                    << 0x10U)
                                                    : 
                                                   ((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie) 
                                                      & (~ (IData)(
                                                                   (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                    >> 0x30U))))
                                                      ? 
                                                     ((2U 
                                                       == 
                                                       (7U 
                                                        & (IData)(
                                                                  (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                   >> 0x33U))))
                                                       ? 8U
                                                       : 0x11U)
                                                      : 9U) 
                                                    << 0x10U))))));
            } else if ((0x10U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                if ((8U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                    if ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                        if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index 
                                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                             - (IData)(0x1eU)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[0U] 
                                = (IData)((0xa354e00000000ULL 
                                           | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[1U] 
                                = (IData)(((0xa354e00000000ULL 
                                            | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid))) 
                                           >> 0x20U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[2U] = 0U;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[3U] = 0U;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos 
                                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index) 
                                   << 2U);
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res) 
                                   | ((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(7U) 
                                                          - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(7U) 
                                                            - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                                      (3U 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(7U) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res 
                                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res) 
                                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(7U) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__id[
                                               (3U 
                                                & (((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__Vfuncout 
                                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__res;
                            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__50__Vfuncout;
                        } else {
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index 
                                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                             - (IData)(0x1aU)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[0U] 
                                = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[1U] = 0U;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[2U] = 1U;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[3U] = 0x4e564353U;
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos 
                                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index) 
                                   << 2U);
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res 
                                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res) 
                                   | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos))
                                       ? (0xffU & (
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & (((IData)(0xfU) 
                                                          - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                         << 3U)))
                                                     ? 0U
                                                     : 
                                                    (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                                     (((IData)(7U) 
                                                       + 
                                                       (0x7fU 
                                                        & (((IData)(0xfU) 
                                                            - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                           << 3U))) 
                                                      >> 5U)] 
                                                     << 
                                                     ((IData)(0x20U) 
                                                      - 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                          << 3U))))) 
                                                   | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                                      (3U 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                          >> 2U))] 
                                                      >> 
                                                      (0x1fU 
                                                       & (((IData)(0xfU) 
                                                           - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                          << 3U)))))
                                       : 0U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos 
                                = (0xfffU & ((IData)(1U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res 
                                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U)))))
                                        : 0U) << 8U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos 
                                = (0xfffU & ((IData)(2U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res 
                                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x10U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos 
                                = (0xfffU & ((IData)(3U) 
                                             + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__index) 
                                                << 2U)));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res 
                                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res) 
                                   | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos))
                                        ? (0xffU & 
                                           (((0U == 
                                              (0x1fU 
                                               & (((IData)(0xfU) 
                                                   - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                  << 3U)))
                                              ? 0U : 
                                             (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                              (((IData)(7U) 
                                                + (0x7fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U))))) 
                                            | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__id[
                                               (3U 
                                                & (((IData)(0xfU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                   >> 2U))] 
                                               >> (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__pos)) 
                                                      << 3U)))))
                                        : 0U) << 0x18U));
                            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__Vfuncout 
                                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__res;
                            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__51__Vfuncout;
                        }
                    } else if ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))) {
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index 
                            = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                         - (IData)(0x1aU)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[0U] 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[1U] = 0U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[2U] = 1U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[3U] = 0x4e564353U;
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos 
                            = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index) 
                               << 2U);
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res 
                            = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res) 
                               | ((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos))
                                   ? (0xffU & (((0U 
                                                 == 
                                                 (0x1fU 
                                                  & (((IData)(0xfU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                     << 3U)))
                                                 ? 0U
                                                 : 
                                                (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                 (((IData)(7U) 
                                                   + 
                                                   (0x7fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U))) 
                                                  >> 5U)] 
                                                 << 
                                                 ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      << 3U))))) 
                                               | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                  (3U 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      >> 2U))] 
                                                  >> 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      << 3U)))))
                                   : 0U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos 
                            = (0xfffU & ((IData)(1U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res 
                            = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U)))))
                                    : 0U) << 8U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos 
                            = (0xfffU & ((IData)(2U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res 
                            = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x10U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos 
                            = (0xfffU & ((IData)(3U) 
                                         + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__index) 
                                            << 2U)));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res 
                            = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res) 
                               | (((0x10U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos))
                                    ? (0xffU & (((0U 
                                                  == 
                                                  (0x1fU 
                                                   & (((IData)(0xfU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                      << 3U)))
                                                  ? 0U
                                                  : 
                                                 (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                  (((IData)(7U) 
                                                    + 
                                                    (0x7fU 
                                                     & (((IData)(0xfU) 
                                                         - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                        << 3U))) 
                                                   >> 5U)] 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U))))) 
                                                | (vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__id[
                                                   (3U 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       >> 2U))] 
                                                   >> 
                                                   (0x1fU 
                                                    & (((IData)(0xfU) 
                                                        - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__pos)) 
                                                       << 3U)))))
                                    : 0U) << 0x18U));
                        vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__Vfuncout 
                            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__res;
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                            = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__id_dw__52__Vfuncout;
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
                }
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                    = ((8U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                        ? 0U : ((4U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                 ? ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                     ? ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? 0U : (0x100U 
                                                 | (((1U 
                                                      == 
                                                      (7U 
                                                       & (IData)(
                                                                 (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                  >> 0x33U))))
                                                      ? 2U
                                                      : 
                                                     (1U 
                                                      & (IData)(
                                                                (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                                 >> 0x30U)))) 
                                                    << 0x10U)))
                                     : ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? ((1U & (IData)(
                                                          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                           >> 0x31U)))
                                             ? 0U : 
                                            (0xffffU 
                                             & (IData)(
                                                       (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                        >> 0x20U))))
                                         : ((1U & (IData)(
                                                          (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                           >> 0x31U)))
                                             ? 0U : (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))))
                                 : ((2U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                     ? ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? (IData)(
                                                   (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap 
                                                    >> 0x20U))
                                         : (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap))
                                     : ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? (0xffffU 
                                            & (IData)(
                                                      (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                       >> 0x20U)))
                                         : (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)))));
            }
        }
    } else if ((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))) {
        if (((1U <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)) 
             & (5U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index 
                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                             - (IData)(1U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos 
                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index) 
                   << 2U);
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res 
                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res) 
                   | ((0x14U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x13U) 
                                              - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                             << 3U)))
                                     ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x13U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                     << 3U))))) 
                                   | (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                      (0xfU & (((IData)(0x13U) 
                                                - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x13U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res 
                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res) 
                   | (((0x14U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x13U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hfadb602f_0[
                                       (0xfU & (((IData)(0x13U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x13U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__Vfuncout 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__res;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__53__Vfuncout;
        } else if (((6U <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)) 
                    & (0xfU >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index 
                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                             - (IData)(6U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos 
                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index) 
                   << 2U);
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res 
                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res) 
                   | ((0x28U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x27U) 
                                              - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                             << 3U)))
                                     ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x27U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                     << 3U))))) 
                                   | (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                      (0xfU & (((IData)(0x27U) 
                                                - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x27U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res 
                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res) 
                   | (((0x28U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x27U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_hb11e685b_0[
                                       (0xfU & (((IData)(0x27U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x27U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__Vfuncout 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__res;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__54__Vfuncout;
        } else if (((0x10U <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)) 
                    & (0x11U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index 
                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                             - (IData)(0x10U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos 
                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index) 
                   << 2U);
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res 
                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res) 
                   | ((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(7U) 
                                              - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                             << 3U)))
                                     ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(7U) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                     << 3U))))) 
                                   | (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                      (0xfU & (((IData)(7U) 
                                                - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(7U) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res 
                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res) 
                   | (((8U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(7U) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h8e6718ba_0[
                                       (0xfU & (((IData)(7U) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(7U) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__Vfuncout 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__res;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__55__Vfuncout;
        } else if (((0xc0U <= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)) 
                    & (0xcfU >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))) {
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index 
                = (0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                             - (IData)(0xc0U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos 
                = ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index) 
                   << 2U);
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res 
                = ((0xffffff00U & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res) 
                   | ((0x40U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos))
                       ? (0xffU & (((0U == (0x1fU & 
                                            (((IData)(0x3fU) 
                                              - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                             << 3U)))
                                     ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                             (((IData)(7U) 
                                               + (0x1ffU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                     << 3U))) 
                                              >> 5U)] 
                                             << ((IData)(0x20U) 
                                                 - 
                                                 (0x1fU 
                                                  & (((IData)(0x3fU) 
                                                      - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                     << 3U))))) 
                                   | (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                      (0xfU & (((IData)(0x3fU) 
                                                - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                               >> 2U))] 
                                      >> (0x1fU & (
                                                   ((IData)(0x3fU) 
                                                    - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                   << 3U)))))
                       : 0U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos 
                = (0xfffU & ((IData)(1U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res 
                = ((0xffff00ffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                            << 3U)))))
                        : 0U) << 8U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos 
                = (0xfffU & ((IData)(2U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res 
                = ((0xff00ffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                            << 3U)))))
                        : 0U) << 0x10U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos 
                = (0xfffU & ((IData)(3U) + ((IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__index) 
                                            << 2U)));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res 
                = ((0xffffffU & vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res) 
                   | (((0x40U > (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos))
                        ? (0xffU & (((0U == (0x1fU 
                                             & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                << 3U)))
                                      ? 0U : (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                              (((IData)(7U) 
                                                + (0x1ffU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))) 
                                               >> 5U)] 
                                              << ((IData)(0x20U) 
                                                  - 
                                                  (0x1fU 
                                                   & (((IData)(0x3fU) 
                                                       - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                      << 3U))))) 
                                    | (Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0[
                                       (0xfU & (((IData)(0x3fU) 
                                                 - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                                >> 2U))] 
                                       >> (0x1fU & 
                                           (((IData)(0x3fU) 
                                             - (IData)(vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__pos)) 
                                            << 3U)))))
                        : 0U) << 0x18U));
            vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__Vfuncout 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__res;
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                = vlSelf->__Vfunc_nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__text_dw__56__Vfuncout;
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws 
                = ((0x200U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                    ? ((0x100U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                        ? 0U : ((0x80U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                 ? 0U : ((0x40U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                          ? 0U : ((0x20U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 0U
                                                   : 
                                                  ((0x10U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 0U
                                                    : 
                                                   ((8U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 0U
                                                     : 
                                                    ((4U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 
                                                     ((2U 
                                                       & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                       ? 0U
                                                       : 
                                                      ((1U 
                                                        & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                        ? 0U
                                                        : 0x9c4U)))))))))
                    : ((0x100U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                        ? 0U : ((0x80U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                 ? ((0x40U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                     ? 0U : ((0x20U 
                                              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                              ? 0U : 
                                             ((0x10U 
                                               & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                               ? 0U
                                               : ((8U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q
                                                      : 0x4466U)))))))
                                 : ((0x40U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                     ? ((0x20U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? 0U : ((0x10U 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                  ? 0U
                                                  : 
                                                 ((8U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x175U
                                                      : 0x1570000U)
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x3030000U))))))
                                     : ((0x20U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                         ? 0U : ((0x10U 
                                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                  ? 
                                                 ((8U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 
                                                  ((4U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x1000000U
                                                      : 0U)
                                                     : 0U))
                                                   : 
                                                  ((4U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x100U
                                                      : 0U)
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x10400U))
                                                    : 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0x10500U
                                                      : 0xa3500U)
                                                     : 0U)))
                                                  : 
                                                 ((8U 
                                                   & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                   ? 0U
                                                   : 
                                                  ((4U 
                                                    & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                    ? 0U
                                                    : 
                                                   ((2U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                     ? 0U
                                                     : 
                                                    ((1U 
                                                      & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                                      ? 0U
                                                      : 0x10ee10eeU))))))))));
        }
    } else {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws = 0U;
    }
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes = 0x1000U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 0U;
    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0U;
    if ((0x80U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
    } else if ((0x40U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
    } else if ((0x20U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
    } else if ((0x10U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
    } else if ((8U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        if ((4U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            if ((2U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
            } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
            } else if ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4105U;
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold = 1U;
            }
        } else if ((2U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
            } else {
                if (((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                     & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                        >> 0x1fU))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x410dU;
                } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported) {
                    if (nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_h602d76bb__0) {
                        if (((0xffffU == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11)) 
                             | (0xffffU == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                            >> 0x10U)))) {
                            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                        } else if (((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q)) 
                                    | (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q)))) {
                            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x400cU;
                        } else {
                            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                                = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted;
                        }
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current;
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                }
                if (((9U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                     & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status)))) {
                    if ((0x400U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                    } else if ((0x200U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                            = ((0x100U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)
                                ? 4U : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default);
                    } else if ((0x100U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default;
                    }
                }
                if ((((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                      & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status))) 
                     & (7U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0U;
                }
            }
        } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            if (((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                    >> 0x1fU))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x410dU;
            } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported) {
                if (nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_h602d76bb__0) {
                    if (((0xffffU == (0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11)) 
                         | (0xffffU == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                        >> 0x10U)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                    } else if (((0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q)) 
                                | (0U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q)))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x400cU;
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                            = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted;
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current;
                }
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
            }
            if (((9U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                 & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status)))) {
                if ((0x400U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                } else if ((0x200U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                        = ((0x100U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)
                            ? 4U : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default);
                } else if ((0x100U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                        = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default;
                }
            }
            if ((((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                  & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status))) 
                 & (7U != (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result = 0U;
            }
        } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4103U;
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result 
                = (1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found)));
        }
    } else if ((4U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        if ((2U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
            } else {
                if ((0U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    if (((0U == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid) 
                         | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid 
                            > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x400bU;
                    } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 6U;
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 2U;
                    }
                } else if ((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 1U;
                } else if ((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    if ((0xfffffffeU <= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid)) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x400bU;
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 4U;
                    }
                } else if ((3U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                    if ((1U & (((0U == vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid) 
                                | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid 
                                   > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q)) 
                               | (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active))))) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x400bU;
                    } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail) {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 6U;
                    } else {
                        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 3U;
                    }
                } else {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                }
                if ((1U & (~ VL_ONEHOT0_I((((3U == 
                                             (0xffU 
                                              & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                            << 3U) 
                                           | (((2U 
                                                == 
                                                (0xffU 
                                                 & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                               << 2U) 
                                              | (((1U 
                                                   == 
                                                   (0xffU 
                                                    & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                  << 1U) 
                                                 | (0U 
                                                    == 
                                                    (0xffU 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))))))) {
                    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                        VL_WRITEF("[%0t] %%Error: nvme_admin_decode.sv:89: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_decode: synthesis parallel_case, but multiple matches found\n",
                                  64,VL_TIME_UNITED_Q(1),
                                  -12,vlSymsp->name());
                        VL_STOP_MT("/work/main/rtl/nvme_admin_decode.sv", 89, "");
                    }
                }
            }
        } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            if ((1U & (((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range)) 
                        | ((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10) 
                           > (0xffffU & ((IData)(1U) 
                                         + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q))))) 
                       | ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                             - (IData)(1U)))) 
                          & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q) 
                             >> (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                          - (IData)(1U)))))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4101U;
            } else if (nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_hcdf155cd__0) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4102U;
            } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11)) {
                if (((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                      >> 1U) & (8U <= (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                       >> 0x10U)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4108U;
                } else if ((0U != (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)))) {
                    vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4013U;
                }
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
            }
        } else if ((1U & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range)) 
                          | (~ ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                   - (IData)(1U)))) 
                                & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q) 
                                   >> (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                - (IData)(1U))))))))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4101U;
        } else if (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x410cU;
        }
    } else if ((2U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4001U;
        } else {
            if ((1U & (~ VL_ONEHOT0_I((((4U == (0xffU 
                                                & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                        << 2U) | ((
                                                   (2U 
                                                    == 
                                                    (0xffU 
                                                     & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)) 
                                                   << 1U) 
                                                  | (1U 
                                                     == 
                                                     (0xffU 
                                                      & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)))))))) {
                if (VL_UNLIKELY(vlSymsp->_vm_contextp__->assertOn())) {
                    VL_WRITEF("[%0t] %%Error: nvme_admin_decode.sv:114: Assertion failed in %Nnvme_ctrl_top.u_nvme_core.u_admin.u_exec.u_decode: synthesis parallel_case, but multiple matches found\n",
                              64,VL_TIME_UNITED_Q(1),
                              -12,vlSymsp->name());
                    VL_STOP_MT("/work/main/rtl/nvme_admin_decode.sv", 114, "");
                }
            }
            if ((1U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 5U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0x40U;
            } else if ((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 6U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0x200U;
            } else if ((4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 7U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size = 0x1000U;
            } else {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4109U;
            }
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes 
                = (0x1fffU & ((IData)(4U) + (0x1ffcU 
                                             & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                                >> 0xeU))));
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw 
                = (0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12 
                             >> 2U));
            if (((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status)) 
                 & (((0x400U <= ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                  << 0x10U) | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                               >> 0x10U))) 
                     | (0U != (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset)))) 
                    | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset 
                       >= (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size)))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src = 0U;
            }
        }
    } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) {
        if ((1U & (((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range)) 
                    | ((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10) 
                       > (0xffffU & ((IData)(1U) + (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q))))) 
                   | ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                         - (IData)(1U)))) 
                      & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
                         >> (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                      - (IData)(1U)))))))) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4101U;
        } else if (nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT____VdfgExtracted_hcdf155cd__0) {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4102U;
        } else if ((1U & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11)) {
            if ((1U & (((0U == (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                >> 0x10U)) | (0x10U 
                                              < (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                                 >> 0x10U))) 
                       | (~ ((0xfU >= (0x1fU & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                                 >> 0x10U) 
                                                - (IData)(1U)))) 
                             & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q) 
                                >> (0x1fU & ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                              >> 0x10U) 
                                             - (IData)(1U))))))))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4100U;
            } else if ((0U != (0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1)))) {
                vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4013U;
            }
        } else {
            vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4002U;
        }
    } else if ((1U & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range)) 
                      | (~ ((0xfU >= (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                               - (IData)(1U)))) 
                            & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q) 
                               >> (0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                            - (IData)(1U))))))))) {
        vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status = 0x4101U;
    }
}
