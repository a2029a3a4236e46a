// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vnvme_ctrl_top__Syms.h"


VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_init_sub__TOP__0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_init_sub__TOP__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declQuad(c+2006,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2008,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2009,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2010,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2011,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2012,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2014,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2015,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2016,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2017,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2018,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2019,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2020,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2022,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2023,"sim_idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2024,"sim_wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->pushNamePrefix("nvme_ctrl_top ");
    tracep->declBus(c+2050,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2051,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2052,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2053,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declQuad(c+2006,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2008,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2009,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2010,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2011,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2012,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2014,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2015,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2016,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2017,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2018,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2019,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2020,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2022,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2023,"sim_idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2024,"sim_wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+1,"sim_ep_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2,"sim_core_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2026,"seed_load",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+8,"sim_ep_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2027,"sim_core_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1661,"reg_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2056,"reg_gnt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1662,"reg_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+381,"reg_rvalid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1663,"reg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1830,"reg_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+382,"reg_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1664,"reg_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1665,"dma_rd_req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1666,"dma_rd_req_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1667,"dma_rd_data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1668,"dma_rd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1669,"dma_rd_done_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1670,"dma_rd_req_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2057,"dma_rd_req_len",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1672,"dma_rd_data_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1673,"dma_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1674,"dma_rd_data_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+2028,"dma_rd_data_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1675,"dma_rd_done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1676,"dma_wr_req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1677,"dma_wr_req_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1831,"dma_wr_data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1832,"dma_wr_data_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1678,"dma_wr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+383,"dma_wr_done_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1833,"dma_wr_req_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1679,"dma_wr_req_len",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1835,"dma_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1680,"dma_wr_data_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+297,"msix_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2029,"ep_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+19,"core_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1681,"ep_wake",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+9,"core_wake",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+1683,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1684,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+384,"seed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2030,"unused_ep_outputs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_nvme_core ");
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2050,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2051,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2052,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2058,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1661,"reg_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2056,"reg_gnt_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1662,"reg_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1663,"reg_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1830,"reg_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"reg_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+381,"reg_rvalid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+382,"reg_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1665,"dma_rd_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1666,"dma_rd_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1670,"dma_rd_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2057,"dma_rd_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBit(c+1667,"dma_rd_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1672,"dma_rd_data_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"dma_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"dma_rd_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1668,"dma_rd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1669,"dma_rd_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1676,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1677,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1833,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1679,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1835,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1680,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1831,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1832,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1678,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+383,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+297,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2020,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2027,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2026,"seed_load_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2021,"seed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+19,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+9,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2059,"RegNn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2060,"RegReadyDelay",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2061,"RegSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2062,"RegNsChanged",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2063,"RegNowLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2064,"RegNowHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2065,"RegBusySlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2066,"RegWakeLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2067,"RegWakeHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2068,"RegIdle",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2069,"RegFatalAtLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2070,"RegFatalAtHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2071,"RegLoseNsid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2072,"RegListLie",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2073,"DefaultNn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2074,"DefaultReadyDelay",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+385,"nn",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+386,"ready_delay",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+387,"list_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+388,"slots",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+3,"ns_changed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+11,"fatal_inject",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2031,"fatal_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+389,"fatal_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+391,"lose_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2032,"lose_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+20,"sim_core_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+21,"sim_lat_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2033,"sim_ns_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+392,"engine_run",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1685,"engine_reset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1686,"engine_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2034,"engine_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2035,"engine_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+393,"regs_settled",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+394,"asq",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+396,"acq",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declBus(c+398,"asqs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+399,"acqs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+400,"sq_tail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+401,"cq_head",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+402,"regs_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+12,"admin_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+403,"regs_wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+13,"admin_wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+9,"wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+405,"busy_slots",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+1687,"lat_draw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1106,"lat_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1095,"lat_cycles",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1836,"ns_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1837,"ns_active",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1838,"ns_zero_cap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1839,"ns_lbaf",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1840,"ns_fail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1841,"ns_nsze",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1843,"ns_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("gen_sim ");
    tracep->declBus(c+385,"nn_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+386,"ready_delay_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+388,"slots_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declQuad(c+389,"fatal_at_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+391,"lose_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+387,"list_lie_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_admin ");
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2050,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2075,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"now_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+392,"run_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1686,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2034,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2035,"fatal_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+394,"asq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declQuad(c+396,"acq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+398,"asqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+399,"acqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+400,"sq_tail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+401,"cq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+385,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+388,"slots_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 5,0);
    tracep->declBus(c+391,"lose_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2032,"lose_taken_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1687,"lat_draw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1106,"lat_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declQuad(c+1095,"lat_cycles_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1836,"ns_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1837,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1838,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1839,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1841,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1840,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1843,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+387,"list_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2021,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1665,"dma_rd_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1666,"dma_rd_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1670,"dma_rd_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2057,"dma_rd_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBit(c+1667,"dma_rd_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1672,"dma_rd_data_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"dma_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"dma_rd_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1668,"dma_rd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1669,"dma_rd_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1676,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1677,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1833,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1679,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1835,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1680,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1831,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1832,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1678,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+383,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+297,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+405,"busy_slots_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 5,0);
    tracep->declBit(c+12,"wake_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+13,"wake_at_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+406,"slot_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1844,"slot_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+407,"slot_lost_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1845,"slot_lost_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+408,"slot_aborted_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1846,"slot_aborted_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declQuad(c+409+i*2,"slot_deadline_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declArray(c+1107+i*10,"slot_cmd_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 319,0);
    }
    {
        const char* __VenumItemNames[]
        = {"FetchIdle", "FetchRequest", "FetchWait", 
                                "FetchDispatch"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(1, "nvme_admin.fetch_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1688,"fetch_q",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1689,"fetch_d",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+473,"sq_head_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1690,"sq_head_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1691,"fetch_slot_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1692,"fetch_slot_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1427+i*1,"fetch_buf_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+1693,"fetch_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1443,"fetch_abort",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1847,"fetch_lost",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+474,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+475,"free_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+1694,"unused_rd_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+476,"rr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+298,"rr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+477,"ex_executing",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+478,"ex_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+15,"slot_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+16,"ready_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+17,"ready_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2076,"AbortLimit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1848,"abort_cdw10",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1849,"abort_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1850,"abort_limit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1851,"abort_apply",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1852,"abort_target",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1853,"aborts_held",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+479,"ex_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+299,"ex_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+300,"ex_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2036,"ex_frees_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1695,"event_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_exec ");
    tracep->declBus(c+2050,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2075,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+392,"run_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+479,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+299,"fatal_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+396,"acq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+399,"acqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+401,"cq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+473,"sq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+385,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+16,"ready_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+17,"ready_slot_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBit(c+300,"take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+477,"executing_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+478,"ex_slot_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declArray(c+1854,"cmd_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 319,0);
    tracep->declBit(c+2036,"frees_slot_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1695,"event_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+480,"aborted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1849,"abort_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1850,"abort_limit_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1851,"abort_apply_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1836,"ns_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1837,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1838,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1839,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1841,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1840,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1843,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+387,"list_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2021,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1676,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1677,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1833,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1679,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1835,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1680,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1831,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1832,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1678,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+383,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+297,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ExIdle", "ExDecode", "ExDataReq", "ExData", 
                                "ExPostWait", "ExPostReq", 
                                "ExPost"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101", "110"};
        tracep->declDTypeEnum(2, "nvme_admin_exec.exec_e", 7, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+481,"ex_q",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+301,"ex_d",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+478,"ex_slot_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+302,"ex_slot_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+482,"ex_aer_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+303,"ex_aer_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1864,"opcode",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1865,"cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1866,"nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1867,"cdw10",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1868,"cdw11",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1869,"cdw12",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1870,"cdw13",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1871,"prp1",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1873,"prp2",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1875,"cdw0",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1876,"unused_cdw0",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    {
        const char* __VenumItemNames[]
        = {"SrcNone", "SrcIdController", "SrcIdNamespace", 
                                "SrcIdDescriptors", 
                                "SrcActiveList", "SrcLogError", 
                                "SrcLogSmart", "SrcLogChangedNs"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101", "110", 
                                "111"};
        tracep->declDTypeEnum(3, "nvme_pkg::data_src_e", 8, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1877,"dec_src",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1878,"dec_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+1879,"dec_result",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1880,"dec_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1881,"dec_start_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBit(c+1882,"dec_hold",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1883,"dec_feat_value",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1884,"dec_clear_log",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+483,"cq_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+484,"sq_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBit(c+1885,"cq_in_use",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1886,"feat_supported",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1887,"feat_current",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1888,"feat_default",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+485,"nsqa",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+486,"ncqa",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1696,"aer_full",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1889,"effects",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+487,"src_q",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+304,"src_d",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+488,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+305,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+489,"result_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+306,"result_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+490,"seg1_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+307,"seg1_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+491,"seg2_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+308,"seg2_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+492,"in_seg2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+309,"in_seg2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+493,"sent_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+310,"sent_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+494,"gen_dw_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+311,"gen_dw_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+495,"scan_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+312,"scan_nsid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+496,"scan_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+313,"scan_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+497,"list_lie_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+314,"list_lie_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+498,"pend_next_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+315,"pend_next_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+499,"pend_held_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+316,"pend_held_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+500,"pend_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+317,"pend_nsid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+501,"clear_changed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+318,"clear_changed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+502,"cq_tail_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+319,"cq_tail_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+503,"phase_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+320,"phase_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+504,"cq_tail_next",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+1697,"cqe_posted",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+505,"ns_notice_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1695,"aer_fire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1444,"aer_cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2037,"changed_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1890,"gen_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1097,"data_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+506,"one_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1098,"data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1891,"scan_emit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+507,"scan_pad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+508,"list_pend",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+509,"list_hold",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2038,"post_cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2039,"cqe_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+510,"seg_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+511,"words_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+512,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1892,"wr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+513,"wr_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+514,"wr_waiting_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1893,"wr_waiting_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+515,"wr_held_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1835,"wr_held_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+516,"wr_held_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1680,"wr_held_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+1894,"data_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1698,"taken_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("g_data_gen ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_data_gen[0] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2077,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2078,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2079,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+487,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+494,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+385,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1866,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1837,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1838,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1839,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1841,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1843,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+2037,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1890,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2080,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2085,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2095,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2097,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+1895,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+1897,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+1901,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+1905,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1907,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1909,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+1910,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1911,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_aen ");
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1912,"aer_park_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1865,"aer_cid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1696,"aer_full_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+505,"notice_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1695,"fire_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1444,"fire_cid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1699,"posted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2021,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+494,"log_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+2037,"log_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1700,"log_cleared_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2076,"AerDepth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2113,"AerWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2114,"AerIdx",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2115,"ListDepth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2116,"ListWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2117,"ListIdx",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+1445+i*1,"aer_cid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+1701,"aer_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1913,"aer_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+517,"ns_event_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+22,"ns_event_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+518,"ns_masked_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1702,"ns_masked_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1703,"changed_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+23,"changed_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBit(c+519,"changed_overflow_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+24,"changed_overflow_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1449,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_decode ");
    tracep->declBus(c+2075,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1864,"opcode_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+1914,"fuse_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBus(c+1915,"psdt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBus(c+1866,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1867,"cdw10_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1868,"cdw11_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1869,"cdw12_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1870,"cdw13_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1916,"prp1_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+1917,"prp2_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+385,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1837,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1840,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+483,"cq_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBus(c+484,"sq_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBit(c+1885,"cq_in_use_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+485,"nsqa_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+486,"ncqa_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1886,"feat_supported_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1887,"feat_current_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1888,"feat_default_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1696,"aer_full_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+480,"aborted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1849,"abort_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1850,"abort_limit_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1877,"src_o",3,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1878,"status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 14,0);
    tracep->declBus(c+1879,"result_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1880,"bytes_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1881,"start_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBit(c+1882,"hold_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1883,"feat_value_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1884,"clear_log_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2118,"MaxQ0Based",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+1918,"qid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1919,"qsize",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1920,"fid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1920,"cns",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1920,"lid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1921,"numd",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1922,"log_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1924,"log_size",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+1925,"is_set",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1926,"qid_in_range",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1927,"queues_granted",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_features ");
    tracep->declBus(c+2075,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1920,"fid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+1886,"supported_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1887,"current_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1888,"default_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1928,"set_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1883,"set_value_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+485,"nsqa_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+486,"ncqa_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+505,"ns_notice_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2118,"MaxQ0Based",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2119,"TempDefault",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+520,"feat_arb_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1929,"feat_arb_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+521,"feat_power_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1930,"feat_power_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+522,"feat_temp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1931,"feat_temp_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+523,"feat_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1932,"feat_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+485,"nsqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1933,"nsqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+486,"ncqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1934,"ncqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+524,"feat_coal_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1935,"feat_coal_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+525,"feat_atomic_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1936,"feat_atomic_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+526,"feat_async_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1937,"feat_async_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_io_queues ");
    tracep->declBus(c+2075,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1889,"apply_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1864,"opcode_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+1938,"qid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBus(c+1939,"cqid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBus(c+483,"cq_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBus(c+484,"sq_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBit(c+1885,"cq_in_use_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+483,"cq_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+1940,"cq_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+484,"sq_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+1941,"sq_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    for (int i = 0; i < 17; ++i) {
        tracep->declBus(c+1450+i*1,"sq_cqid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 4,0);
    }
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2120,"q",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2121,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2122,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1467,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2123,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+2122,"k",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+2123,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk6 ");
    tracep->declBus(c+2122,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk7 ");
    tracep->declBus(c+527,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk8 ");
    tracep->declBus(c+2123,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_latency ");
    tracep->declBit(c+2052,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2075,"NumOverrides",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2020,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+21,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2026,"seed_load_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2021,"seed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1687,"draw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1106,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declQuad(c+1095,"cycles_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2124,"RegMode",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2125,"RegMaxHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2126,"OvrBase",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->pushNamePrefix("gen_model ");
    tracep->declBus(c+2127,"N",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    for (int i = 0; i < 17; ++i) {
        tracep->declBus(c+528+i*1,"nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declBit(c+545+i*1,"mode_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declQuad(c+562+i*2,"min_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declQuad(c+596+i*2,"max_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    tracep->declQuad(c+630,"state_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+25,"state_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+4,"rel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+5,"sel_entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+6,"sel_field",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+7,"sel_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1942,"use_entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declQuad(c+1943,"span",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+1099,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+1101,"unused_scaled_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1102,"unused_scaled_fraction",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+632,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2128,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
    tracep->pushNamePrefix("u_ns_table ");
    tracep->declBit(c+2052,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2051,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2020,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2033,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1836,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1837,"active_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1838,"zero_cap_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1839,"lbaf_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1841,"nsze_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1840,"fail_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1843,"lie_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+2129,"RegSel",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2130,"RegNszeLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2131,"RegNszeHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2132,"RegFlags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2133,"RegCommit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2134,"RegClear",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2135,"RegCount",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2136,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2137,"RamWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+1945,"in_range",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("gen_table ");
    tracep->declArray(c+633,"active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8192,1);
    tracep->declArray(c+27,"active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8192,1);
    tracep->declBus(c+1704,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+283,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1705,"nsze_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+284,"nsze_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1707,"flags_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+286,"flags_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+889,"count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+287,"count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBit(c+2040,"commit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1708,"sel_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1946,"idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declQuad(c+1947,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 53,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_regs ");
    tracep->declBus(c+2138,"Mqes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2139,"Timeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"now_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1661,"reg_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2056,"reg_gnt_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1662,"reg_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1663,"reg_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1830,"reg_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"reg_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+381,"reg_rvalid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+382,"reg_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+386,"ready_delay_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+392,"engine_run_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1685,"engine_reset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1686,"engine_idle_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2041,"fatal_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+394,"asq_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declQuad(c+396,"acq_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+398,"asqs_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+399,"acqs_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+400,"sq_tail_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+401,"cq_head_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBit(c+393,"settled_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+402,"wake_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+403,"wake_at_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2140,"CcMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2141,"AqaMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StDisabled", "StEnabling", "StReady", "StShutdown", 
                                "StDisabling"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(4, "nvme_regs.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+890,"state_q",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+321,"state_d",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+891,"cc_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+322,"cc_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+892,"aqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+323,"aqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+394,"asq_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+324,"asq_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+396,"acq_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+326,"acq_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declBus(c+893,"intm_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+328,"intm_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+894,"shst_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+329,"shst_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+895,"cfs_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+330,"cfs_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+896,"csts_rdy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+331,"csts_rdy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+400,"sq_tail_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+332,"sq_tail_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+401,"cq_head_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+333,"cq_head_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declQuad(c+403,"ready_at_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+334,"ready_at_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+381,"rvalid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+382,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1709,"rdata_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1710,"be_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1711,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1712,"read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+897,"rdy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1949,"wdata_cc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+336,"wdata_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+337,"unused_wdata_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2142,"b",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
    tracep->pushNamePrefix("u_pcie_ep ");
    tracep->declBus(c+2077,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2143,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2077,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2144,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2145,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumDmaIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2052,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2053,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2114,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"KeepWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"LaneCntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2113,"MsixIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2113,"DmaIdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2004,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declQuad(c+2006,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2008,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2009,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2010,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2011,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2012,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2014,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2015,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2016,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2017,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1661,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2056,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1662,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1663,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1830,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+381,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+382,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1665,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1666,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1670,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2057,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+2146,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1667,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2028,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1672,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1668,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1675,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1669,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1676,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1677,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1833,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1679,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1835,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1680,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1831,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1832,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1678,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+383,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+297,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2146,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1683,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1684,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2029,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1681,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2019,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2042,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+8,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+384,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2136,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2075,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2076,"TgtIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+1684,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1683,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+898,"bar0_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,14);
    tracep->declBus(c+900,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+901,"max_payload",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+902,"max_read_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1713,"msix_enable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1714,"msix_func_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1715,"ev_malformed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1716,"ev_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1717,"ev_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1718,"ev_poisoned_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1719,"ev_unexpected_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1720,"ev_sent_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1721,"ev_rcvd_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1722,"ev_rcvd_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+338,"ev_dma_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+339,"ev_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+903,"drop_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+904,"drop_cpl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+905,"cpl_timeout",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+906,"rx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2147,"rx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+907,"rx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+908,"rx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+909,"rx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+910,"req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+911,"req_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+912,"req_mem_read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ReqCfgRd", "ReqCfgWr", "ReqMemRd", "ReqMemWr", 
                                "ReqUr", "ReqCa"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101"};
        tracep->declDTypeEnum(5, "pcie_ep_pkg::req_kind_e", 6, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1723,"req_kind",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+913,"req_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+914,"req_cfg_busdev",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+915,"req_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+916,"req_tc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+917,"req_attr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+918,"req_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+919,"req_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+920,"req_first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+921,"req_last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+922,"req_cfg_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1724,"req_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1830,"req_pl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1725,"cpl_start",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+923,"cpl_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1089,"cpl_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1726,"cpl_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1727,"cpl_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+924,"rx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+925,"tx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1728,"dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2043,"dma_rd_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1729,"msix_busy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+926,"cpl_requester_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+927,"cpl_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+928,"cpl_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+929,"cpl_byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+930,"cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1730,"cpl_dw_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1673,"cpl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1674,"cpl_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+922,"cfg_rd_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+922,"cfg_wr_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1731,"cfg_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1830,"cfg_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1732,"cfg_wr_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1733,"cfg_capture_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+920,"cfg_wr_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+931,"cfg_capture_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1734,"msix_pba_sel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1735,"msix_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1736,"msix_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1737,"msix_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1830,"msix_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1664,"msix_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+932,"tgt_cpl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1103,"tgt_cpl_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+1090,"tgt_cpl_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 95,0);
    tracep->declBus(c+933,"tgt_cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1738,"tgt_cpl_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+2044,"tgt_cpl_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1739,"msix_msg_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1950,"msix_msg_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+934,"msix_msg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+936,"msix_msg_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1740,"mrd_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1104,"mrd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+1741,"mrd_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBit(c+1745,"mwr_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2148,"mwr_more",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1951,"mwr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+937,"mwr_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+941,"mwr_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1952,"mwr_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1953,"mwr_pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1954,"mwr_pl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1955,"tx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1746,"tx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+1747,"tx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1956,"tx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+942,"tx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1728,"unused_dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_cfg_space ");
    tracep->declBus(c+2077,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2143,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2077,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2144,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2145,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2055,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2149,"MpsSupported",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+922,"rd_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1731,"rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1732,"wr_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+922,"wr_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1830,"wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+920,"wr_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+931,"capture_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1733,"capture_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1715,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1716,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1717,"ev_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1718,"ev_poisoned_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1720,"ev_sent_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1721,"ev_rcvd_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1722,"ev_rcvd_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+339,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1684,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1683,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+898,"bar0_base_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+900,"completer_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+901,"max_payload_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+902,"max_read_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1713,"msix_enable_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1714,"msix_func_mask_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2136,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2150,"PcieCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2151,"MsixCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+1748,"command_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+340,"command_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+943,"status_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+341,"status_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+944,"cache_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+342,"cache_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+945,"bar0_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+343,"bar0_lo_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+946,"bar0_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+344,"bar0_hi_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+947,"int_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+345,"int_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+948,"dev_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+346,"dev_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+949,"dev_sta_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+347,"dev_sta_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+950,"link_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+348,"link_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+951,"link_ctl2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+349,"link_ctl2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1749,"msix_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+350,"msix_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+900,"completer_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1093,"completer_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2152,"CommandMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2153,"StatusRw1c",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2154,"DevCtlMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+1957,"clear_hi",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+351,"wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2155,"MsixTableSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 10,0);
    tracep->declBus(c+952,"mps_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+953,"mrrs_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_dma_rd ");
    tracep->declBus(c+2050,"NumTags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2055,"NumIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2058,"TagWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2113,"IdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1665,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1666,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1670,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2057,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+2146,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1667,"data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2028,"data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1672,"data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1668,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1675,"done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1669,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1683,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+902,"max_read_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+900,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+905,"timeout_ticks_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declQuad(c+2004,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1728,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1740,"mrd_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1741,"mrd_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+1104,"mrd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1725,"cpl_start_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+926,"cpl_requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+927,"cpl_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+928,"cpl_status_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+929,"cpl_byte_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+930,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+923,"cpl_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1089,"cpl_dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1730,"cpl_dw_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"cpl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"cpl_dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1726,"cpl_end_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1727,"cpl_ok_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1721,"ev_rcvd_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1722,"ev_rcvd_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+338,"ev_cpl_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2043,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1681,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+954,"tag_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+352,"tag_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1468+i*1,"tag_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 2,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1500+i*1,"tag_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 9,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1532+i*1,"tag_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1564+i*1,"tag_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1596+i*1,"tag_stamp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+1750,"id_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1751,"id_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+955,"id_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+353,"id_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+956+i*1,"id_pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+354+i*1,"id_pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    tracep->declBit(c+1752,"issuing_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1958,"issuing_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1740,"present_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1959,"present_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1753,"cur_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1754,"cur_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+964,"cur_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1960,"cur_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+966,"cur_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1962,"cur_left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1755,"cur_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1963,"cur_off_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1756,"pres_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1964,"pres_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1757,"pres_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1965,"pres_len_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+967,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+968,"free_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+969,"to_boundary",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+970,"mrrs_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+971,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+1758,"req_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1966,"alloc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+972,"ctx_active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1759,"ctx_active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+973,"ctx_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1760,"ctx_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+974,"ctx_good_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1967,"ctx_good_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1761,"ctx_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1762,"ctx_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+975,"ctx_base_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1968,"ctx_base_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1763,"ctx_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1764,"ctx_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+976,"ctx_status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1765,"ctx_status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+977,"start_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+978,"start_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+362,"sweep_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+979,"wake_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+363,"wake_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+981,"wake_ticks_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1969,"wake_ticks_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+365,"retire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+366,"retire_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+367,"retire_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+368,"partial",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1668,"done_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1675,"done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2122,"t",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2122,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2156,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+982,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+983,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_dma_wr ");
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1676,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1677,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1833,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1679,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1835,"data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1680,"data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1831,"data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1832,"data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1678,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+383,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1683,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+901,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+900,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1745,"mwr_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2148,"mwr_more_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+937,"mwr_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+941,"mwr_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1952,"mwr_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1953,"mwr_pl_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBus(c+1954,"mwr_pl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1951,"mwr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSplit", "StSend", "StDrain", 
                                "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(6, "pcie_dma_wr.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1766,"state_q",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1970,"state_d",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+984,"addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1971,"addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+986,"left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1973,"left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1767,"recv_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1974,"recv_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+987,"chunk_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1768,"chunk_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+383,"err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1975,"err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2157,"BackToBack",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+988,"mps_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+989,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+990,"next_chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declQuad(c+991,"next_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+993,"next_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+1976,"len_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2158,"QueueDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"QueueSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2114,"QcWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+994,"queue_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1977,"queue_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1769,"queued_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1978,"queued_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+2045,"in_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1979,"take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1980,"total",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+1981,"queue_fits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1770,"flush",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1982,"joined",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2159,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2121,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_msix ");
    tracep->declBus(c+2055,"NumVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2113,"VecWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1734,"pba_sel_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1736,"acc_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1737,"acc_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1735,"acc_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1830,"acc_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"acc_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1713,"msix_enable_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1714,"func_mask_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1683,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+297,"req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2146,"vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1739,"msg_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+934,"msg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+936,"msg_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1950,"msg_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1729,"busy_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+995+i*1,"addr_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1003+i*1,"addr_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1011+i*1,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBit(c+1771+i*1,"mask_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    tracep->declBus(c+1779,"pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+369,"pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1780,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1781,"entry_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2054,"PbaWords",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1782,"pba_bits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1739,"sending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1984,"sending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1019,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1985,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+934,"msg_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1986,"msg_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+936,"msg_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1988,"msg_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1783,"found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1784,"found_vec",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1785,"deliverable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2046,"picked_masked",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1020,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1786,"w",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2122,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx ");
    tracep->declBus(c+2075,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+906,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2147,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+907,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+908,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+909,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1684,"mem_space_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+898,"bar0_base_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+901,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+910,"req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+911,"req_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1723,"req_kind_o",5,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+912,"req_mem_read_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+913,"req_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+915,"req_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+916,"req_tc_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+917,"req_attr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+918,"req_offset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+919,"req_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+920,"req_first_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+921,"req_last_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+922,"req_cfg_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+914,"req_cfg_busdev_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1724,"pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+1830,"pl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1725,"cpl_start_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+926,"cpl_requester_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+927,"cpl_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+928,"cpl_status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+929,"cpl_byte_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+930,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+923,"cpl_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1089,"cpl_dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1730,"cpl_dw_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1673,"cpl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1674,"cpl_dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1726,"cpl_end_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1727,"cpl_ok_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1715,"ev_malformed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1716,"ev_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1717,"ev_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1718,"ev_poisoned_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1719,"ev_unexpected_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+924,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2136,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StHdr", "StDecode", "StPayload", "StEnd", 
                                "StWaitTarget"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(7, "pcie_rx.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1021,"state_q",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1787,"state_d",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+1022+i*1,"hdr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+1026,"hdr_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1788,"hdr_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+1027,"saw_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1789,"saw_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1790,"pl_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1791,"pl_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    {
        const char* __VenumItemNames[]
        = {"ActRequest", "ActDrop", "ActCompletion", 
                                "ActUnexpected"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(8, "pcie_rx.action_e", 4, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1792,"action_q",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1793,"action_d",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1723,"kind_q",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1794,"kind_d",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1028,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1795,"malformed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1029,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1796,"ur_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1628+i*1,"payload_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+1030,"rest_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1797,"rest_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1031,"rest_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1798,"rest_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1032,"fmt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1033,"typ",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+1034,"has_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1035,"hdr_4dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1036,"digest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+923,"poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+919,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1037,"expected_pl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declQuad(c+1038,"addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+920,"first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+921,"last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1040,"mps_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1041,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1042,"hdr_seen",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1043,"hdr_complete",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1031,"use_rest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1044,"dw_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1673,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1799,"pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+1045,"pl_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1800,"pl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1801,"pl_cnt_sum",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+1802,"bar_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1046,"bad_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1803,"dec_action",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1804,"dec_kind",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1805,"dec_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1806,"data_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1047,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1048,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+1644,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx_unpack ");
    tracep->declBus(c+2114,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2006,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2008,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2009,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2010,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2011,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+906,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2147,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+907,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+908,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+909,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2054,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->pushNamePrefix("g_serialize ");
    tracep->declQuad(c+1049,"beat_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+288,"beat_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1051,"dws_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+290,"dws_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1052,"next_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+291,"next_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+1053,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+292,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+908,"full_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+293,"full_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1054,"dw_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1055,"beat_used",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1056,"at_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_sim_ctrl ");
    tracep->declBit(c+2052,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2160,"DefaultCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2019,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2042,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2021,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+8,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+384,"seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+903,"drop_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+904,"drop_cpl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+905,"cpl_timeout_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1715,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1716,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2047,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2161,"RegId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2162,"RegVersion",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2163,"RegSeed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2164,"RegDropCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2165,"RegCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2166,"RegMalformed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2167,"RegUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2168,"RegCplErr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->pushNamePrefix("gen_ctrl ");
    tracep->declBus(c+384,"seed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+294,"seed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1057,"drop_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+295,"drop_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+905,"timeout_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+296,"timeout_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1058,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1059,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1060,"cpl_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2048,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_target ");
    tracep->declBus(c+2075,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2076,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+910,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+911,"req_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1723,"req_kind_i",5,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+912,"req_mem_read_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+913,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+915,"req_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+916,"req_tc_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+917,"req_attr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+918,"req_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+919,"req_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+920,"req_first_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+921,"req_last_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+922,"req_cfg_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+914,"req_cfg_busdev_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1724,"pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+1830,"pl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+922,"cfg_rd_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1731,"cfg_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1732,"cfg_wr_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+922,"cfg_wr_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1830,"cfg_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+920,"cfg_wr_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1733,"cfg_capture_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+931,"cfg_capture_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+900,"completer_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1734,"msix_pba_sel_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1736,"msix_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1737,"msix_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1735,"msix_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1830,"msix_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"msix_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1661,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2056,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1662,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1663,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1830,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1664,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+381,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+382,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+932,"cpl_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1090,"cpl_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+933,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1738,"cpl_pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+2044,"cpl_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1103,"cpl_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+903,"drop_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+904,"drop_cpl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1720,"ev_sent_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StMemAccess", "StMemWaitData", 
                                "StCompletion", "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(9, "pcie_target.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1061,"state_q",9, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1989,"state_d",9, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1724,"idx_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1990,"idx_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1062,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1807,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1063,"with_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1808,"with_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1645+i*1,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+1809,"rdata_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1991,"advance",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1810,"rdata_wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1811,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+1664,"dw_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1812,"last_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1662,"is_write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1813,"window",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1064,"byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1065,"lower_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+1094,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1066,"unused_byte_count_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2121,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_arb ");
    tracep->declBus(c+2075,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2076,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+932,"cpl_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1090,"cpl_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+933,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1738,"cpl_pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+2044,"cpl_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1103,"cpl_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1739,"msix_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1067,"msix_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+936,"msix_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1950,"msix_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1745,"mwr_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2148,"mwr_more_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+937,"mwr_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+941,"mwr_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1952,"mwr_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1953,"mwr_pl_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBus(c+1954,"mwr_pl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1951,"mwr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1740,"mrd_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1741,"mrd_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+1104,"mrd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1955,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1746,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1747,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1956,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+942,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+925,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSend"};
        const char* __VenumItemValues[]
        = {"0", "1"};
        tracep->declDTypeEnum(10, "pcie_tx_arb.state_e", 2, 1, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1071,"state_q",10, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+1992,"state_d",10, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    {
        const char* __VenumItemNames[]
        = {"SrcCpl", "SrcMsix", "SrcMwr", "SrcMrd"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(11, "pcie_tx_arb.source_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1072,"src_q",11, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1814,"src_d",11, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1073,"cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1993,"cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declArray(c+1815,"hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+1074,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+2049,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1105,"pl_avail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1819,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1820,"tlp_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1821,"word_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1822,"pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1823,"pl_lane",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1824,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1825,"pl_in_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    for (int i = 0; i < 1; ++i) {
        tracep->declBus(c+1075+i*1,"hdr_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 1,0);
    }
    tracep->declBit(c+1747,"last_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1994,"accept",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1995,"done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1826,"unused_pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2121,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2121,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_pack ");
    tracep->declBus(c+2114,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2054,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2002,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2003,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1955,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1746,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+1747,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1956,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+942,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2012,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2014,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+2015,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2016,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2017,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2054,"FillWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declQuad(c+1076,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+370,"data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1078,"skid_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+372,"skid_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1827,"keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+374,"keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1080,"skid_keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+375,"skid_keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+1081,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+376,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1082,"skid_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+377,"skid_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1083,"valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+378,"valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1084,"skid_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+379,"skid_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1828,"completes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1996,"beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1085,"beat_lanes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+1998,"new_beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+18,"out_free",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+380,"beat_keep",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1829,"keep_plus_one",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8,0);
    tracep->pushNamePrefix("g_gather ");
    tracep->declQuad(c+1086,"gather_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1999,"gather_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1088,"fill_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+2001,"fill_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+1746,"unused_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2159,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2159,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(4);
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+2146,"Fmt3Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2169,"Fmt4Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2149,"Fmt3DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2170,"Fmt4DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2171,"FmtPrefix",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2172,"TypeMem",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2173,"TypeMemLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2174,"TypeIo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2175,"TypeCfg0",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2176,"TypeCfg1",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2177,"TypeCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2178,"TypeCplLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2146,"CplSc",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2169,"CplUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2149,"CplCrs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2171,"CplCa",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2136,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2179,"WinRegs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2180,"WinDoorbell",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2181,"WinMsixTbl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2182,"WinMsixPba",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_init_sub__TOP__nvme_pkg__0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_init_sub__TOP__nvme_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+2161,"OpDeleteIoSq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2145,"OpCreateIoSq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2183,"OpGetLogPage",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2162,"OpDeleteIoCq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2079,"OpCreateIoCq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2184,"OpIdentify",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2163,"OpAbort",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2185,"OpSetFeatures",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2186,"OpGetFeatures",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2164,"OpAsyncEvent",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2161,"CnsNamespace",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2145,"CnsController",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2183,"CnsActiveList",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2078,"CnsDescriptors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2145,"LogError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2183,"LogSmart",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2162,"LogChangedNs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2145,"FidArbitration",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2183,"FidPowerMgmt",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2162,"FidTempThreshold",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2079,"FidErrorRecovery",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2187,"FidNumQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2163,"FidIrqCoalescing",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2186,"FidWriteAtomic",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2188,"FidAsyncConfig",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2189,"StSuccess",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2190,"StInvalidOpcode",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2191,"StInvalidField",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2192,"StInternalError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2193,"StAbortRequested",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2194,"StCmdSequenceError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2195,"StInvalidNamespace",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2196,"StPrpOffsetInvalid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2197,"StCqInvalid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2198,"StInvalidQueueId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2199,"StInvalidQueueSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2200,"StAbortLimit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2201,"StAerLimitExceeded",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2202,"StInvalidVector",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2203,"StInvalidLogPage",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2204,"StInvalidQueueDel",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2205,"StFeatureNotSaveable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2206,"VersionReg",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2146,"NsLieNone",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2169,"NsLieFlbas",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2149,"NsLieLbadsSmall",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2170,"NsLieLbadsLarge",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2171,"NsLieNcap",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2179,"ListLieNone",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2180,"ListLieUnsorted",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2181,"ListLieDuplicate",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2182,"ListLieZero",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_init_top(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_init_top\n"); );
    // Body
    Vnvme_ctrl_top___024root__trace_init_sub__TOP__0(vlSelf, tracep);
    tracep->pushNamePrefix("nvme_pkg ");
    Vnvme_ctrl_top___024root__trace_init_sub__TOP__nvme_pkg__0(vlSelf, tracep);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("pcie_ep_pkg ");
    Vnvme_ctrl_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0(vlSelf, tracep);
    tracep->popNamePrefix(1);
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vnvme_ctrl_top___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vnvme_ctrl_top___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/);

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_register(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_register\n"); );
    // Body
    tracep->addFullCb(&Vnvme_ctrl_top___024root__trace_full_top_0, vlSelf);
    tracep->addChgCb(&Vnvme_ctrl_top___024root__trace_chg_top_0, vlSelf);
    tracep->addCleanupCb(&Vnvme_ctrl_top___024root__trace_cleanup, vlSelf);
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_full_sub_0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst::Buffer* bufp);

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_full_top_0\n"); );
    // Init
    Vnvme_ctrl_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vnvme_ctrl_top___024root*>(voidSelf);
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    Vnvme_ctrl_top___024root__trace_full_sub_0((&vlSymsp->TOP), bufp);
}

extern const VlWide<10>/*319:0*/ Vnvme_ctrl_top__ConstPool__CONST_heb83c8ac_0;
extern const VlWide<16>/*511:0*/ Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0;

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_full_sub_0(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vnvme_ctrl_top___024root__trace_full_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
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
    VlWide<5>/*159:0*/ __Vtemp_h5348e692__0;
    // Body
    bufp->fullBit(oldp+1,(vlSelf->nvme_ctrl_top__DOT__sim_ep_req));
    bufp->fullBit(oldp+2,(vlSelf->nvme_ctrl_top__DOT__sim_core_we));
    bufp->fullBit(oldp+3,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_changed));
    bufp->fullSData(oldp+4,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel),16);
    bufp->fullCData(oldp+5,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry),5);
    bufp->fullCData(oldp+6,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field),3);
    bufp->fullBit(oldp+7,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid));
    bufp->fullIData(oldp+8,(vlSelf->nvme_ctrl_top__DOT__sim_ep_rdata),32);
    bufp->fullQData(oldp+9,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__wake_at),48);
    bufp->fullBit(oldp+11,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject));
    bufp->fullBit(oldp+12,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_valid));
    bufp->fullQData(oldp+13,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__admin_wake_at),48);
    bufp->fullIData(oldp+15,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready),32);
    bufp->fullBit(oldp+16,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found));
    bufp->fullCData(oldp+17,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot),5);
    bufp->fullBit(oldp+18,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free));
    bufp->fullBit(oldp+19,(vlSelf->nvme_ctrl_top__DOT__core_quiet));
    bufp->fullIData(oldp+20,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata),32);
    bufp->fullIData(oldp+21,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_lat_rdata),32);
    bufp->fullBit(oldp+22,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d));
    bufp->fullSData(oldp+23,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d),11);
    bufp->fullBit(oldp+24,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d));
    bufp->fullQData(oldp+25,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d),64);
    bufp->fullWData(oldp+27,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d),8192);
    bufp->fullIData(oldp+283,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d),32);
    bufp->fullQData(oldp+284,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d),48);
    bufp->fullCData(oldp+286,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d),7);
    bufp->fullSData(oldp+287,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d),14);
    bufp->fullQData(oldp+288,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d),64);
    bufp->fullCData(oldp+290,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d),2);
    bufp->fullBit(oldp+291,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d));
    bufp->fullBit(oldp+292,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d));
    bufp->fullBit(oldp+293,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d));
    bufp->fullIData(oldp+294,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
    bufp->fullIData(oldp+295,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
    bufp->fullSData(oldp+296,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    bufp->fullBit(oldp+297,(vlSelf->nvme_ctrl_top__DOT__msix_req));
    bufp->fullCData(oldp+298,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d),5);
    bufp->fullBit(oldp+299,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal));
    bufp->fullBit(oldp+300,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take));
    bufp->fullCData(oldp+301,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d),3);
    bufp->fullCData(oldp+302,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d),5);
    bufp->fullBit(oldp+303,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d));
    bufp->fullCData(oldp+304,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d),3);
    bufp->fullSData(oldp+305,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d),15);
    bufp->fullIData(oldp+306,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d),32);
    bufp->fullSData(oldp+307,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d),13);
    bufp->fullSData(oldp+308,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d),13);
    bufp->fullBit(oldp+309,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d));
    bufp->fullSData(oldp+310,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d),11);
    bufp->fullSData(oldp+311,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d),10);
    bufp->fullIData(oldp+312,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d),32);
    bufp->fullSData(oldp+313,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d),11);
    bufp->fullCData(oldp+314,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d),2);
    bufp->fullBit(oldp+315,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d));
    bufp->fullBit(oldp+316,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d));
    bufp->fullIData(oldp+317,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d),32);
    bufp->fullBit(oldp+318,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d));
    bufp->fullSData(oldp+319,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d),12);
    bufp->fullBit(oldp+320,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d));
    bufp->fullCData(oldp+321,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_d),3);
    bufp->fullIData(oldp+322,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d),32);
    bufp->fullIData(oldp+323,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d),32);
    bufp->fullQData(oldp+324,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d),52);
    bufp->fullQData(oldp+326,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d),52);
    bufp->fullIData(oldp+328,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d),32);
    bufp->fullCData(oldp+329,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d),2);
    bufp->fullBit(oldp+330,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d));
    bufp->fullBit(oldp+331,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d));
    bufp->fullSData(oldp+332,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d),12);
    bufp->fullSData(oldp+333,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d),12);
    bufp->fullQData(oldp+334,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d),48);
    bufp->fullIData(oldp+336,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr),32);
    bufp->fullBit(oldp+337,((1U & VL_REDXOR_32((0xfffU 
                                                & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr)))));
    bufp->fullBit(oldp+338,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_dma_cpl_err));
    bufp->fullBit(oldp+339,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err));
    bufp->fullSData(oldp+340,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
    bufp->fullSData(oldp+341,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
    bufp->fullCData(oldp+342,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
    bufp->fullIData(oldp+343,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
    bufp->fullIData(oldp+344,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
    bufp->fullCData(oldp+345,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
    bufp->fullSData(oldp+346,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
    bufp->fullCData(oldp+347,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
    bufp->fullCData(oldp+348,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
    bufp->fullCData(oldp+349,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
    bufp->fullCData(oldp+350,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
    bufp->fullIData(oldp+351,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval),32);
    bufp->fullIData(oldp+352,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
    bufp->fullCData(oldp+353,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
    bufp->fullCData(oldp+354,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
    bufp->fullCData(oldp+355,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
    bufp->fullCData(oldp+356,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
    bufp->fullCData(oldp+357,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
    bufp->fullCData(oldp+358,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
    bufp->fullCData(oldp+359,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
    bufp->fullCData(oldp+360,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
    bufp->fullCData(oldp+361,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
    bufp->fullBit(oldp+362,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
    bufp->fullQData(oldp+363,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
    bufp->fullBit(oldp+365,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire));
    bufp->fullBit(oldp+366,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err));
    bufp->fullCData(oldp+367,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
    bufp->fullBit(oldp+368,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial));
    bufp->fullCData(oldp+369,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d),8);
    bufp->fullQData(oldp+370,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d),64);
    bufp->fullQData(oldp+372,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),64);
    bufp->fullCData(oldp+374,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d),8);
    bufp->fullCData(oldp+375,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),8);
    bufp->fullBit(oldp+376,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d));
    bufp->fullBit(oldp+377,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
    bufp->fullBit(oldp+378,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d));
    bufp->fullBit(oldp+379,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
    bufp->fullCData(oldp+380,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep),8);
    bufp->fullBit(oldp+381,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q));
    bufp->fullIData(oldp+382,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q),32);
    bufp->fullBit(oldp+383,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q));
    bufp->fullIData(oldp+384,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
    bufp->fullIData(oldp+385,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q),32);
    bufp->fullIData(oldp+386,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q),32);
    bufp->fullCData(oldp+387,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q),2);
    bufp->fullCData(oldp+388,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q),6);
    bufp->fullQData(oldp+389,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q),48);
    bufp->fullIData(oldp+391,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q),32);
    bufp->fullBit(oldp+392,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run));
    bufp->fullBit(oldp+393,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                             | ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                | ((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                   | ((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                      & (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q))))))));
    bufp->fullQData(oldp+394,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q),52);
    bufp->fullQData(oldp+396,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q),52);
    bufp->fullSData(oldp+398,((0xfffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)),12);
    bufp->fullSData(oldp+399,((0xfffU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                         >> 0x10U))),12);
    bufp->fullSData(oldp+400,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q),12);
    bufp->fullSData(oldp+401,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q),12);
    bufp->fullBit(oldp+402,((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))));
    bufp->fullQData(oldp+403,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q),48);
    bufp->fullCData(oldp+405,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__busy_slots),6);
    bufp->fullIData(oldp+406,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q),32);
    bufp->fullIData(oldp+407,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q),32);
    bufp->fullIData(oldp+408,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q),32);
    bufp->fullQData(oldp+409,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0]),48);
    bufp->fullQData(oldp+411,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[1]),48);
    bufp->fullQData(oldp+413,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[2]),48);
    bufp->fullQData(oldp+415,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[3]),48);
    bufp->fullQData(oldp+417,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[4]),48);
    bufp->fullQData(oldp+419,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[5]),48);
    bufp->fullQData(oldp+421,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[6]),48);
    bufp->fullQData(oldp+423,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[7]),48);
    bufp->fullQData(oldp+425,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[8]),48);
    bufp->fullQData(oldp+427,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[9]),48);
    bufp->fullQData(oldp+429,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[10]),48);
    bufp->fullQData(oldp+431,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[11]),48);
    bufp->fullQData(oldp+433,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[12]),48);
    bufp->fullQData(oldp+435,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[13]),48);
    bufp->fullQData(oldp+437,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[14]),48);
    bufp->fullQData(oldp+439,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[15]),48);
    bufp->fullQData(oldp+441,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[16]),48);
    bufp->fullQData(oldp+443,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[17]),48);
    bufp->fullQData(oldp+445,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[18]),48);
    bufp->fullQData(oldp+447,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[19]),48);
    bufp->fullQData(oldp+449,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[20]),48);
    bufp->fullQData(oldp+451,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[21]),48);
    bufp->fullQData(oldp+453,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[22]),48);
    bufp->fullQData(oldp+455,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[23]),48);
    bufp->fullQData(oldp+457,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[24]),48);
    bufp->fullQData(oldp+459,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[25]),48);
    bufp->fullQData(oldp+461,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[26]),48);
    bufp->fullQData(oldp+463,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[27]),48);
    bufp->fullQData(oldp+465,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[28]),48);
    bufp->fullQData(oldp+467,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[29]),48);
    bufp->fullQData(oldp+469,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[30]),48);
    bufp->fullQData(oldp+471,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[31]),48);
    bufp->fullSData(oldp+473,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q),12);
    bufp->fullBit(oldp+474,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found));
    bufp->fullCData(oldp+475,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot),5);
    bufp->fullCData(oldp+476,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q),5);
    bufp->fullBit(oldp+477,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing));
    bufp->fullCData(oldp+478,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q),5);
    bufp->fullBit(oldp+479,((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))));
    bufp->fullBit(oldp+480,((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                   >> (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))));
    bufp->fullCData(oldp+481,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q),3);
    bufp->fullBit(oldp+482,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q));
    bufp->fullSData(oldp+483,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q),16);
    bufp->fullSData(oldp+484,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q),16);
    bufp->fullSData(oldp+485,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q),16);
    bufp->fullSData(oldp+486,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q),16);
    bufp->fullCData(oldp+487,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q),3);
    bufp->fullSData(oldp+488,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q),15);
    bufp->fullIData(oldp+489,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q),32);
    bufp->fullSData(oldp+490,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q),13);
    bufp->fullSData(oldp+491,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q),13);
    bufp->fullBit(oldp+492,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q));
    bufp->fullSData(oldp+493,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q),11);
    bufp->fullSData(oldp+494,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q),10);
    bufp->fullIData(oldp+495,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q),32);
    bufp->fullSData(oldp+496,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q),11);
    bufp->fullCData(oldp+497,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q),2);
    bufp->fullBit(oldp+498,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q));
    bufp->fullBit(oldp+499,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q));
    bufp->fullIData(oldp+500,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q),32);
    bufp->fullBit(oldp+501,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q));
    bufp->fullSData(oldp+502,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q),12);
    bufp->fullBit(oldp+503,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q));
    bufp->fullSData(oldp+504,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next),12);
    bufp->fullBit(oldp+505,((1U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
                                   >> 8U))));
    bufp->fullBit(oldp+506,(((7U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                             | ((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                                   | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))))));
    bufp->fullBit(oldp+507,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad));
    bufp->fullBit(oldp+508,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend));
    bufp->fullBit(oldp+509,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold));
    bufp->fullSData(oldp+510,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes),13);
    bufp->fullSData(oldp+511,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left),11);
    bufp->fullBit(oldp+512,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws));
    bufp->fullBit(oldp+513,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count));
    bufp->fullBit(oldp+514,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q));
    bufp->fullIData(oldp+515,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q),32);
    bufp->fullBit(oldp+516,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q));
    bufp->fullBit(oldp+517,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q));
    bufp->fullBit(oldp+518,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q));
    bufp->fullBit(oldp+519,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q));
    bufp->fullIData(oldp+520,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q),32);
    bufp->fullIData(oldp+521,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q),32);
    bufp->fullIData(oldp+522,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q),32);
    bufp->fullIData(oldp+523,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q),32);
    bufp->fullIData(oldp+524,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q),32);
    bufp->fullIData(oldp+525,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q),32);
    bufp->fullIData(oldp+526,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q),32);
    bufp->fullIData(oldp+527,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i),32);
    bufp->fullIData(oldp+528,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0]),32);
    bufp->fullIData(oldp+529,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[1]),32);
    bufp->fullIData(oldp+530,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[2]),32);
    bufp->fullIData(oldp+531,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[3]),32);
    bufp->fullIData(oldp+532,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[4]),32);
    bufp->fullIData(oldp+533,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[5]),32);
    bufp->fullIData(oldp+534,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[6]),32);
    bufp->fullIData(oldp+535,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[7]),32);
    bufp->fullIData(oldp+536,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[8]),32);
    bufp->fullIData(oldp+537,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[9]),32);
    bufp->fullIData(oldp+538,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[10]),32);
    bufp->fullIData(oldp+539,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[11]),32);
    bufp->fullIData(oldp+540,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[12]),32);
    bufp->fullIData(oldp+541,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[13]),32);
    bufp->fullIData(oldp+542,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[14]),32);
    bufp->fullIData(oldp+543,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[15]),32);
    bufp->fullIData(oldp+544,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[16]),32);
    bufp->fullBit(oldp+545,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0]));
    bufp->fullBit(oldp+546,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[1]));
    bufp->fullBit(oldp+547,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[2]));
    bufp->fullBit(oldp+548,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[3]));
    bufp->fullBit(oldp+549,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[4]));
    bufp->fullBit(oldp+550,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[5]));
    bufp->fullBit(oldp+551,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[6]));
    bufp->fullBit(oldp+552,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[7]));
    bufp->fullBit(oldp+553,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[8]));
    bufp->fullBit(oldp+554,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[9]));
    bufp->fullBit(oldp+555,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[10]));
    bufp->fullBit(oldp+556,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[11]));
    bufp->fullBit(oldp+557,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[12]));
    bufp->fullBit(oldp+558,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[13]));
    bufp->fullBit(oldp+559,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[14]));
    bufp->fullBit(oldp+560,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[15]));
    bufp->fullBit(oldp+561,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[16]));
    bufp->fullQData(oldp+562,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0]),48);
    bufp->fullQData(oldp+564,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[1]),48);
    bufp->fullQData(oldp+566,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[2]),48);
    bufp->fullQData(oldp+568,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[3]),48);
    bufp->fullQData(oldp+570,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[4]),48);
    bufp->fullQData(oldp+572,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[5]),48);
    bufp->fullQData(oldp+574,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[6]),48);
    bufp->fullQData(oldp+576,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[7]),48);
    bufp->fullQData(oldp+578,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[8]),48);
    bufp->fullQData(oldp+580,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[9]),48);
    bufp->fullQData(oldp+582,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[10]),48);
    bufp->fullQData(oldp+584,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[11]),48);
    bufp->fullQData(oldp+586,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[12]),48);
    bufp->fullQData(oldp+588,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[13]),48);
    bufp->fullQData(oldp+590,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[14]),48);
    bufp->fullQData(oldp+592,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[15]),48);
    bufp->fullQData(oldp+594,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[16]),48);
    bufp->fullQData(oldp+596,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0]),48);
    bufp->fullQData(oldp+598,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[1]),48);
    bufp->fullQData(oldp+600,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[2]),48);
    bufp->fullQData(oldp+602,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[3]),48);
    bufp->fullQData(oldp+604,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[4]),48);
    bufp->fullQData(oldp+606,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[5]),48);
    bufp->fullQData(oldp+608,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[6]),48);
    bufp->fullQData(oldp+610,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[7]),48);
    bufp->fullQData(oldp+612,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[8]),48);
    bufp->fullQData(oldp+614,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[9]),48);
    bufp->fullQData(oldp+616,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[10]),48);
    bufp->fullQData(oldp+618,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[11]),48);
    bufp->fullQData(oldp+620,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[12]),48);
    bufp->fullQData(oldp+622,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[13]),48);
    bufp->fullQData(oldp+624,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[14]),48);
    bufp->fullQData(oldp+626,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[15]),48);
    bufp->fullQData(oldp+628,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[16]),48);
    bufp->fullQData(oldp+630,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q),64);
    bufp->fullIData(oldp+632,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i),32);
    bufp->fullWData(oldp+633,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q),8192);
    bufp->fullSData(oldp+889,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q),14);
    bufp->fullCData(oldp+890,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__state_q),3);
    bufp->fullIData(oldp+891,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q),32);
    bufp->fullIData(oldp+892,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q),32);
    bufp->fullIData(oldp+893,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q),32);
    bufp->fullCData(oldp+894,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q),2);
    bufp->fullBit(oldp+895,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q));
    bufp->fullBit(oldp+896,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q));
    bufp->fullBit(oldp+897,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
    bufp->fullQData(oldp+898,((((QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                << 0x12U) | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
    bufp->fullSData(oldp+900,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
    bufp->fullCData(oldp+901,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload),3);
    bufp->fullCData(oldp+902,(((5U < (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                            >> 0xcU)))
                                ? 5U : (7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                              >> 0xcU)))),3);
    bufp->fullBit(oldp+903,((0U != vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
    bufp->fullBit(oldp+904,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__drop_cpl_take));
    bufp->fullSData(oldp+905,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
    bufp->fullIData(oldp+906,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw),32);
    bufp->fullBit(oldp+907,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last));
    bufp->fullBit(oldp+908,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q));
    bufp->fullBit(oldp+909,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_ready));
    bufp->fullBit(oldp+910,((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
    bufp->fullBit(oldp+911,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_done));
    bufp->fullBit(oldp+912,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_mem_read));
    bufp->fullSData(oldp+913,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U] >> 0x10U)),16);
    bufp->fullSData(oldp+914,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x13U)),13);
    bufp->fullCData(oldp+915,((0xffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 8U))),8);
    bufp->fullCData(oldp+916,((7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x14U))),3);
    bufp->fullCData(oldp+917,(((4U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x10U)) 
                               | (3U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0xcU)))),3);
    bufp->fullSData(oldp+918,((0x3fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr))),14);
    bufp->fullSData(oldp+919,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw),11);
    bufp->fullCData(oldp+920,((0xfU & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U])),4);
    bufp->fullCData(oldp+921,((0xfU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U] >> 4U))),4);
    bufp->fullSData(oldp+922,((0x3ffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U))),10);
    bufp->fullBit(oldp+923,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xeU))));
    bufp->fullBit(oldp+924,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                             & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
    bufp->fullBit(oldp+925,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
    bufp->fullSData(oldp+926,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x10U)),16);
    bufp->fullCData(oldp+927,((0xffU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),8);
    bufp->fullCData(oldp+928,((7U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U] >> 0xdU))),3);
    bufp->fullSData(oldp+929,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_byte_count),13);
    bufp->fullSData(oldp+930,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw),11);
    bufp->fullSData(oldp+931,((0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U] >> 0x10U))),16);
    bufp->fullBit(oldp+932,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tgt_cpl_valid));
    bufp->fullSData(oldp+933,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                : 0U)),11);
    bufp->fullQData(oldp+934,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
    bufp->fullIData(oldp+936,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
    bufp->fullWData(oldp+937,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_hdr),128);
    bufp->fullSData(oldp+941,((0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                         >> 2U))),11);
    bufp->fullBit(oldp+942,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
    bufp->fullSData(oldp+943,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
    bufp->fullCData(oldp+944,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
    bufp->fullIData(oldp+945,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
    bufp->fullIData(oldp+946,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
    bufp->fullCData(oldp+947,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
    bufp->fullSData(oldp+948,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
    bufp->fullCData(oldp+949,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
    bufp->fullCData(oldp+950,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
    bufp->fullCData(oldp+951,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
    bufp->fullCData(oldp+952,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 5U))),3);
    bufp->fullCData(oldp+953,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 0xcU))),3);
    bufp->fullIData(oldp+954,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
    bufp->fullCData(oldp+955,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
    bufp->fullCData(oldp+956,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
    bufp->fullCData(oldp+957,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
    bufp->fullCData(oldp+958,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
    bufp->fullCData(oldp+959,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
    bufp->fullCData(oldp+960,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
    bufp->fullCData(oldp+961,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
    bufp->fullCData(oldp+962,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
    bufp->fullCData(oldp+963,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
    bufp->fullQData(oldp+964,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
    bufp->fullSData(oldp+966,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
    bufp->fullBit(oldp+967,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found));
    bufp->fullCData(oldp+968,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
    bufp->fullSData(oldp+969,((0x1fffU & ((IData)(0x1000U) 
                                          - (0xfffU 
                                             & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
    bufp->fullSData(oldp+970,((0x1fffU & ((IData)(0x80U) 
                                          << ((5U < 
                                               (7U 
                                                & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                   >> 0xcU)))
                                               ? 5U
                                               : (7U 
                                                  & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
    bufp->fullSData(oldp+971,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
    bufp->fullBit(oldp+972,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
    bufp->fullBit(oldp+973,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
    bufp->fullBit(oldp+974,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    bufp->fullSData(oldp+975,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
    bufp->fullCData(oldp+976,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
    bufp->fullCData(oldp+977,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),5);
    bufp->fullBit(oldp+978,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid));
    bufp->fullQData(oldp+979,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
    bufp->fullSData(oldp+981,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
    bufp->fullIData(oldp+982,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
    bufp->fullIData(oldp+983,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
    bufp->fullQData(oldp+984,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
    bufp->fullSData(oldp+986,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
    bufp->fullSData(oldp+987,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
    bufp->fullSData(oldp+988,((0x1fffU & ((IData)(0x80U) 
                                          << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)))),13);
    bufp->fullSData(oldp+989,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
    bufp->fullSData(oldp+990,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
    bufp->fullQData(oldp+991,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
    bufp->fullSData(oldp+993,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
    bufp->fullIData(oldp+994,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q),32);
    bufp->fullIData(oldp+995,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
    bufp->fullIData(oldp+996,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
    bufp->fullIData(oldp+997,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
    bufp->fullIData(oldp+998,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
    bufp->fullIData(oldp+999,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
    bufp->fullIData(oldp+1000,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
    bufp->fullIData(oldp+1001,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
    bufp->fullIData(oldp+1002,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
    bufp->fullIData(oldp+1003,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
    bufp->fullIData(oldp+1004,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
    bufp->fullIData(oldp+1005,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
    bufp->fullIData(oldp+1006,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
    bufp->fullIData(oldp+1007,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
    bufp->fullIData(oldp+1008,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
    bufp->fullIData(oldp+1009,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
    bufp->fullIData(oldp+1010,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
    bufp->fullIData(oldp+1011,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
    bufp->fullIData(oldp+1012,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
    bufp->fullIData(oldp+1013,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
    bufp->fullIData(oldp+1014,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
    bufp->fullIData(oldp+1015,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
    bufp->fullIData(oldp+1016,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
    bufp->fullIData(oldp+1017,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
    bufp->fullIData(oldp+1018,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
    bufp->fullCData(oldp+1019,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q),3);
    bufp->fullIData(oldp+1020,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
    bufp->fullCData(oldp+1021,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q),3);
    bufp->fullIData(oldp+1022,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
    bufp->fullIData(oldp+1023,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
    bufp->fullIData(oldp+1024,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
    bufp->fullIData(oldp+1025,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
    bufp->fullCData(oldp+1026,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
    bufp->fullBit(oldp+1027,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q));
    bufp->fullBit(oldp+1028,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q));
    bufp->fullBit(oldp+1029,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q));
    bufp->fullIData(oldp+1030,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q),32);
    bufp->fullBit(oldp+1031,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q));
    bufp->fullCData(oldp+1032,((vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U] >> 0x1dU)),3);
    bufp->fullCData(oldp+1033,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x18U))),5);
    bufp->fullBit(oldp+1034,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0x1eU))));
    bufp->fullBit(oldp+1035,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0x1dU))));
    bufp->fullBit(oldp+1036,((1U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0xfU))));
    bufp->fullSData(oldp+1037,((0x7ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                          + (1U & (
                                                   vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0xfU))))),11);
    bufp->fullQData(oldp+1038,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__addr),64);
    bufp->fullSData(oldp+1040,((0x7ffU & ((IData)(0x20U) 
                                          << (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__max_payload)))),11);
    bufp->fullCData(oldp+1041,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                 ? 4U : 3U)),3);
    bufp->fullCData(oldp+1042,((0xfU & ((IData)(1U) 
                                        + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))),4);
    bufp->fullBit(oldp+1043,(((0xfU & ((IData)(1U) 
                                       + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                              >= ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                   ? 4U : 3U))));
    bufp->fullBit(oldp+1044,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take));
    bufp->fullBit(oldp+1045,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q)
                               ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q)
                               : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__rx_dw_last))));
    bufp->fullBit(oldp+1046,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr));
    bufp->fullIData(oldp+1047,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
    bufp->fullIData(oldp+1048,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
    bufp->fullQData(oldp+1049,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q),64);
    bufp->fullCData(oldp+1051,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q),2);
    bufp->fullBit(oldp+1052,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q));
    bufp->fullBit(oldp+1053,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q));
    bufp->fullBit(oldp+1054,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken));
    bufp->fullBit(oldp+1055,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used));
    bufp->fullBit(oldp+1056,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    bufp->fullIData(oldp+1057,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
    bufp->fullIData(oldp+1058,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
    bufp->fullIData(oldp+1059,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
    bufp->fullIData(oldp+1060,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
    bufp->fullCData(oldp+1061,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_q),3);
    bufp->fullCData(oldp+1062,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_q),3);
    bufp->fullBit(oldp+1063,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q));
    bufp->fullSData(oldp+1064,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count),13);
    bufp->fullCData(oldp+1065,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr),7);
    bufp->fullBit(oldp+1066,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count) 
                                    >> 0xcU))));
    bufp->fullWData(oldp+1067,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
    bufp->fullBit(oldp+1071,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q));
    bufp->fullCData(oldp+1072,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
    bufp->fullSData(oldp+1073,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
    bufp->fullSData(oldp+1074,((0x7ffU & ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                           ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                               ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                               : 0U)
                                           : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? 1U
                                               : ((2U 
                                                   == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                   >> 2U)
                                                   : 0U))))),11);
    bufp->fullCData(oldp+1075,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
    bufp->fullQData(oldp+1076,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q),64);
    bufp->fullQData(oldp+1078,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),64);
    bufp->fullCData(oldp+1080,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),8);
    bufp->fullBit(oldp+1081,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q));
    bufp->fullBit(oldp+1082,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
    bufp->fullBit(oldp+1083,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q));
    bufp->fullBit(oldp+1084,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
    bufp->fullCData(oldp+1085,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),2);
    bufp->fullQData(oldp+1086,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q),64);
    bufp->fullBit(oldp+1088,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q));
    bufp->fullBit(oldp+1089,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) 
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
    __Vtemp_hfa415f30__0[2U] = ((0xffffff00U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [1U]) | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr));
    bufp->fullWData(oldp+1090,(__Vtemp_hfa415f30__0),96);
    bufp->fullSData(oldp+1093,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en)
                                 ? (0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U] 
                                               >> 0x10U))
                                 : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullSData(oldp+1094,((((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                 | (1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                 ? (0xfff8U & (vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U] 
                                               >> 0x10U))
                                 : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullQData(oldp+1095,((0xffffffffffffULL & 
                                (((0x10U >= (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry)) 
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
    bufp->fullIData(oldp+1097,(((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q))
                                 ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws
                                 : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend)
                                     ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q
                                     : ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)
                                         ? 0U : vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q)))),32);
    bufp->fullBit(oldp+1098,(((4U != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullQData(oldp+1099,((0xffffffffffffULL & 
                                (((QData)((IData)((0x1ffffU 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullBit(oldp+1101,((1U & (__Vtemp_h9538ce28__0[2U] 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullIData(oldp+1102,(__Vtemp_he0e2daa5__0[0U]),32);
    bufp->fullBit(oldp+1103,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullBit(oldp+1104,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullCData(oldp+1105,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                 ? 1U : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                          ? 1U : ((2U 
                                                   == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  (1U 
                                                   & ((1U 
                                                       < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                                      | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                   : 0U)))),2);
    bufp->fullIData(oldp+1106,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                               [1U]),32);
    bufp->fullWData(oldp+1107,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[0]),320);
    bufp->fullWData(oldp+1117,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[1]),320);
    bufp->fullWData(oldp+1127,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[2]),320);
    bufp->fullWData(oldp+1137,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[3]),320);
    bufp->fullWData(oldp+1147,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[4]),320);
    bufp->fullWData(oldp+1157,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[5]),320);
    bufp->fullWData(oldp+1167,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[6]),320);
    bufp->fullWData(oldp+1177,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[7]),320);
    bufp->fullWData(oldp+1187,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[8]),320);
    bufp->fullWData(oldp+1197,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[9]),320);
    bufp->fullWData(oldp+1207,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[10]),320);
    bufp->fullWData(oldp+1217,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[11]),320);
    bufp->fullWData(oldp+1227,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[12]),320);
    bufp->fullWData(oldp+1237,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[13]),320);
    bufp->fullWData(oldp+1247,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[14]),320);
    bufp->fullWData(oldp+1257,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[15]),320);
    bufp->fullWData(oldp+1267,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[16]),320);
    bufp->fullWData(oldp+1277,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[17]),320);
    bufp->fullWData(oldp+1287,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[18]),320);
    bufp->fullWData(oldp+1297,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[19]),320);
    bufp->fullWData(oldp+1307,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[20]),320);
    bufp->fullWData(oldp+1317,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[21]),320);
    bufp->fullWData(oldp+1327,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[22]),320);
    bufp->fullWData(oldp+1337,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[23]),320);
    bufp->fullWData(oldp+1347,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[24]),320);
    bufp->fullWData(oldp+1357,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[25]),320);
    bufp->fullWData(oldp+1367,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[26]),320);
    bufp->fullWData(oldp+1377,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[27]),320);
    bufp->fullWData(oldp+1387,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[28]),320);
    bufp->fullWData(oldp+1397,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[29]),320);
    bufp->fullWData(oldp+1407,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[30]),320);
    bufp->fullWData(oldp+1417,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[31]),320);
    bufp->fullIData(oldp+1427,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[0]),32);
    bufp->fullIData(oldp+1428,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[1]),32);
    bufp->fullIData(oldp+1429,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[2]),32);
    bufp->fullIData(oldp+1430,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[3]),32);
    bufp->fullIData(oldp+1431,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[4]),32);
    bufp->fullIData(oldp+1432,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[5]),32);
    bufp->fullIData(oldp+1433,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[6]),32);
    bufp->fullIData(oldp+1434,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[7]),32);
    bufp->fullIData(oldp+1435,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[8]),32);
    bufp->fullIData(oldp+1436,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[9]),32);
    bufp->fullIData(oldp+1437,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[10]),32);
    bufp->fullIData(oldp+1438,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[11]),32);
    bufp->fullIData(oldp+1439,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[12]),32);
    bufp->fullIData(oldp+1440,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[13]),32);
    bufp->fullIData(oldp+1441,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[14]),32);
    bufp->fullIData(oldp+1442,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[15]),32);
    bufp->fullBit(oldp+1443,((8U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                     [0U]))));
    bufp->fullSData(oldp+1444,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                               [0U]),16);
    bufp->fullSData(oldp+1445,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[0]),16);
    bufp->fullSData(oldp+1446,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[1]),16);
    bufp->fullSData(oldp+1447,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[2]),16);
    bufp->fullSData(oldp+1448,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[3]),16);
    bufp->fullIData(oldp+1449,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i),32);
    bufp->fullCData(oldp+1450,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[0]),5);
    bufp->fullCData(oldp+1451,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[1]),5);
    bufp->fullCData(oldp+1452,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[2]),5);
    bufp->fullCData(oldp+1453,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[3]),5);
    bufp->fullCData(oldp+1454,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[4]),5);
    bufp->fullCData(oldp+1455,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[5]),5);
    bufp->fullCData(oldp+1456,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[6]),5);
    bufp->fullCData(oldp+1457,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[7]),5);
    bufp->fullCData(oldp+1458,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[8]),5);
    bufp->fullCData(oldp+1459,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[9]),5);
    bufp->fullCData(oldp+1460,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[10]),5);
    bufp->fullCData(oldp+1461,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[11]),5);
    bufp->fullCData(oldp+1462,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[12]),5);
    bufp->fullCData(oldp+1463,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[13]),5);
    bufp->fullCData(oldp+1464,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[14]),5);
    bufp->fullCData(oldp+1465,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[15]),5);
    bufp->fullCData(oldp+1466,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[16]),5);
    bufp->fullIData(oldp+1467,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l),32);
    bufp->fullCData(oldp+1468,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
    bufp->fullCData(oldp+1469,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
    bufp->fullCData(oldp+1470,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
    bufp->fullCData(oldp+1471,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
    bufp->fullCData(oldp+1472,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
    bufp->fullCData(oldp+1473,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
    bufp->fullCData(oldp+1474,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
    bufp->fullCData(oldp+1475,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
    bufp->fullCData(oldp+1476,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
    bufp->fullCData(oldp+1477,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
    bufp->fullCData(oldp+1478,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
    bufp->fullCData(oldp+1479,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
    bufp->fullCData(oldp+1480,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
    bufp->fullCData(oldp+1481,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
    bufp->fullCData(oldp+1482,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
    bufp->fullCData(oldp+1483,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
    bufp->fullCData(oldp+1484,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
    bufp->fullCData(oldp+1485,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
    bufp->fullCData(oldp+1486,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
    bufp->fullCData(oldp+1487,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
    bufp->fullCData(oldp+1488,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
    bufp->fullCData(oldp+1489,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
    bufp->fullCData(oldp+1490,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
    bufp->fullCData(oldp+1491,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
    bufp->fullCData(oldp+1492,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
    bufp->fullCData(oldp+1493,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
    bufp->fullCData(oldp+1494,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
    bufp->fullCData(oldp+1495,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
    bufp->fullCData(oldp+1496,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
    bufp->fullCData(oldp+1497,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
    bufp->fullCData(oldp+1498,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
    bufp->fullCData(oldp+1499,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
    bufp->fullSData(oldp+1500,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
    bufp->fullSData(oldp+1501,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
    bufp->fullSData(oldp+1502,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
    bufp->fullSData(oldp+1503,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
    bufp->fullSData(oldp+1504,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
    bufp->fullSData(oldp+1505,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
    bufp->fullSData(oldp+1506,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
    bufp->fullSData(oldp+1507,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
    bufp->fullSData(oldp+1508,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
    bufp->fullSData(oldp+1509,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
    bufp->fullSData(oldp+1510,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
    bufp->fullSData(oldp+1511,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
    bufp->fullSData(oldp+1512,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
    bufp->fullSData(oldp+1513,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
    bufp->fullSData(oldp+1514,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
    bufp->fullSData(oldp+1515,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
    bufp->fullSData(oldp+1516,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
    bufp->fullSData(oldp+1517,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
    bufp->fullSData(oldp+1518,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
    bufp->fullSData(oldp+1519,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
    bufp->fullSData(oldp+1520,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
    bufp->fullSData(oldp+1521,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
    bufp->fullSData(oldp+1522,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
    bufp->fullSData(oldp+1523,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
    bufp->fullSData(oldp+1524,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
    bufp->fullSData(oldp+1525,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
    bufp->fullSData(oldp+1526,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
    bufp->fullSData(oldp+1527,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
    bufp->fullSData(oldp+1528,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
    bufp->fullSData(oldp+1529,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
    bufp->fullSData(oldp+1530,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
    bufp->fullSData(oldp+1531,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
    bufp->fullSData(oldp+1532,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
    bufp->fullSData(oldp+1533,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
    bufp->fullSData(oldp+1534,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
    bufp->fullSData(oldp+1535,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
    bufp->fullSData(oldp+1536,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
    bufp->fullSData(oldp+1537,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
    bufp->fullSData(oldp+1538,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
    bufp->fullSData(oldp+1539,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
    bufp->fullSData(oldp+1540,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
    bufp->fullSData(oldp+1541,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
    bufp->fullSData(oldp+1542,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
    bufp->fullSData(oldp+1543,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
    bufp->fullSData(oldp+1544,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
    bufp->fullSData(oldp+1545,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
    bufp->fullSData(oldp+1546,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
    bufp->fullSData(oldp+1547,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
    bufp->fullSData(oldp+1548,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
    bufp->fullSData(oldp+1549,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
    bufp->fullSData(oldp+1550,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
    bufp->fullSData(oldp+1551,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
    bufp->fullSData(oldp+1552,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
    bufp->fullSData(oldp+1553,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
    bufp->fullSData(oldp+1554,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
    bufp->fullSData(oldp+1555,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
    bufp->fullSData(oldp+1556,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
    bufp->fullSData(oldp+1557,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
    bufp->fullSData(oldp+1558,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
    bufp->fullSData(oldp+1559,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
    bufp->fullSData(oldp+1560,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
    bufp->fullSData(oldp+1561,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
    bufp->fullSData(oldp+1562,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
    bufp->fullSData(oldp+1563,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
    bufp->fullSData(oldp+1564,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
    bufp->fullSData(oldp+1565,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
    bufp->fullSData(oldp+1566,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
    bufp->fullSData(oldp+1567,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
    bufp->fullSData(oldp+1568,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
    bufp->fullSData(oldp+1569,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
    bufp->fullSData(oldp+1570,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
    bufp->fullSData(oldp+1571,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
    bufp->fullSData(oldp+1572,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
    bufp->fullSData(oldp+1573,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
    bufp->fullSData(oldp+1574,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
    bufp->fullSData(oldp+1575,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
    bufp->fullSData(oldp+1576,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
    bufp->fullSData(oldp+1577,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
    bufp->fullSData(oldp+1578,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
    bufp->fullSData(oldp+1579,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
    bufp->fullSData(oldp+1580,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
    bufp->fullSData(oldp+1581,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
    bufp->fullSData(oldp+1582,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
    bufp->fullSData(oldp+1583,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
    bufp->fullSData(oldp+1584,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
    bufp->fullSData(oldp+1585,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
    bufp->fullSData(oldp+1586,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
    bufp->fullSData(oldp+1587,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
    bufp->fullSData(oldp+1588,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
    bufp->fullSData(oldp+1589,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
    bufp->fullSData(oldp+1590,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
    bufp->fullSData(oldp+1591,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
    bufp->fullSData(oldp+1592,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
    bufp->fullSData(oldp+1593,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
    bufp->fullSData(oldp+1594,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
    bufp->fullSData(oldp+1595,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
    bufp->fullSData(oldp+1596,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
    bufp->fullSData(oldp+1597,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
    bufp->fullSData(oldp+1598,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
    bufp->fullSData(oldp+1599,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
    bufp->fullSData(oldp+1600,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
    bufp->fullSData(oldp+1601,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
    bufp->fullSData(oldp+1602,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
    bufp->fullSData(oldp+1603,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
    bufp->fullSData(oldp+1604,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
    bufp->fullSData(oldp+1605,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
    bufp->fullSData(oldp+1606,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
    bufp->fullSData(oldp+1607,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
    bufp->fullSData(oldp+1608,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
    bufp->fullSData(oldp+1609,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
    bufp->fullSData(oldp+1610,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
    bufp->fullSData(oldp+1611,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
    bufp->fullSData(oldp+1612,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
    bufp->fullSData(oldp+1613,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
    bufp->fullSData(oldp+1614,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
    bufp->fullSData(oldp+1615,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
    bufp->fullSData(oldp+1616,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
    bufp->fullSData(oldp+1617,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
    bufp->fullSData(oldp+1618,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
    bufp->fullSData(oldp+1619,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
    bufp->fullSData(oldp+1620,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
    bufp->fullSData(oldp+1621,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
    bufp->fullSData(oldp+1622,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
    bufp->fullSData(oldp+1623,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
    bufp->fullSData(oldp+1624,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
    bufp->fullSData(oldp+1625,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
    bufp->fullSData(oldp+1626,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
    bufp->fullSData(oldp+1627,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
    bufp->fullIData(oldp+1628,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
    bufp->fullIData(oldp+1629,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
    bufp->fullIData(oldp+1630,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
    bufp->fullIData(oldp+1631,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
    bufp->fullIData(oldp+1632,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
    bufp->fullIData(oldp+1633,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
    bufp->fullIData(oldp+1634,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
    bufp->fullIData(oldp+1635,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
    bufp->fullIData(oldp+1636,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
    bufp->fullIData(oldp+1637,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
    bufp->fullIData(oldp+1638,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
    bufp->fullIData(oldp+1639,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
    bufp->fullIData(oldp+1640,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
    bufp->fullIData(oldp+1641,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
    bufp->fullIData(oldp+1642,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
    bufp->fullIData(oldp+1643,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
    bufp->fullIData(oldp+1644,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
    bufp->fullIData(oldp+1645,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
    bufp->fullIData(oldp+1646,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
    bufp->fullIData(oldp+1647,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
    bufp->fullIData(oldp+1648,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
    bufp->fullIData(oldp+1649,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
    bufp->fullIData(oldp+1650,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
    bufp->fullIData(oldp+1651,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
    bufp->fullIData(oldp+1652,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
    bufp->fullIData(oldp+1653,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
    bufp->fullIData(oldp+1654,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
    bufp->fullIData(oldp+1655,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
    bufp->fullIData(oldp+1656,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
    bufp->fullIData(oldp+1657,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
    bufp->fullIData(oldp+1658,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
    bufp->fullIData(oldp+1659,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
    bufp->fullIData(oldp+1660,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    bufp->fullBit(oldp+1661,(vlSelf->nvme_ctrl_top__DOT__reg_req));
    bufp->fullBit(oldp+1662,((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))));
    bufp->fullSData(oldp+1663,((0x1fffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset))),13);
    bufp->fullCData(oldp+1664,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be),4);
    bufp->fullBit(oldp+1665,((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))));
    bufp->fullBit(oldp+1666,((1U & (~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))));
    bufp->fullBit(oldp+1667,(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_valid));
    bufp->fullBit(oldp+1668,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found));
    bufp->fullBit(oldp+1669,(vlSelf->nvme_ctrl_top__DOT__dma_rd_done_err));
    bufp->fullQData(oldp+1670,(vlSelf->nvme_ctrl_top__DOT__dma_rd_req_addr),64);
    bufp->fullSData(oldp+1672,(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw),10);
    bufp->fullIData(oldp+1673,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws),32);
    bufp->fullBit(oldp+1674,((((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left) 
                               < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count))
                               ? ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h6aacb8ae__0) 
                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT____VdfgTmp_h41975c2d__0))
                               : (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count))));
    bufp->fullCData(oldp+1675,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
    bufp->fullBit(oldp+1676,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_valid));
    bufp->fullBit(oldp+1677,((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullBit(oldp+1678,(vlSelf->nvme_ctrl_top__DOT__dma_wr_done));
    bufp->fullSData(oldp+1679,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_len),13);
    bufp->fullBit(oldp+1680,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d));
    bufp->fullQData(oldp+1681,(vlSelf->nvme_ctrl_top__DOT__ep_wake),48);
    bufp->fullBit(oldp+1683,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                    >> 2U))));
    bufp->fullBit(oldp+1684,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                    >> 1U))));
    bufp->fullBit(oldp+1685,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_reset));
    bufp->fullBit(oldp+1686,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_idle));
    bufp->fullBit(oldp+1687,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__lat_draw));
    bufp->fullCData(oldp+1688,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q),2);
    bufp->fullCData(oldp+1689,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d),2);
    bufp->fullSData(oldp+1690,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d),12);
    bufp->fullCData(oldp+1691,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q),5);
    bufp->fullCData(oldp+1692,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d),5);
    bufp->fullBit(oldp+1693,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal));
    bufp->fullBit(oldp+1694,((1U & VL_REDXOR_32((0x3fU 
                                                 & ((IData)(vlSelf->nvme_ctrl_top__DOT__dma_rd_data_dw) 
                                                    >> 4U))))));
    bufp->fullBit(oldp+1695,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire));
    bufp->fullBit(oldp+1696,((4U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q))));
    bufp->fullBit(oldp+1697,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted));
    bufp->fullSData(oldp+1698,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),11);
    bufp->fullBit(oldp+1699,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i));
    bufp->fullBit(oldp+1700,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i));
    bufp->fullCData(oldp+1701,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q),3);
    bufp->fullBit(oldp+1702,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d));
    bufp->fullSData(oldp+1703,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q),11);
    bufp->fullIData(oldp+1704,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q),32);
    bufp->fullQData(oldp+1705,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q),48);
    bufp->fullCData(oldp+1707,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q),7);
    bufp->fullBit(oldp+1708,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok));
    bufp->fullIData(oldp+1709,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d),32);
    bufp->fullIData(oldp+1710,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask),32);
    bufp->fullBit(oldp+1711,(((IData)(vlSelf->nvme_ctrl_top__DOT__reg_req) 
                              & (3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))));
    bufp->fullBit(oldp+1712,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__read));
    bufp->fullBit(oldp+1713,((1U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                    >> 1U))));
    bufp->fullBit(oldp+1714,((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
    bufp->fullBit(oldp+1715,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_malformed));
    bufp->fullBit(oldp+1716,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_ur));
    bufp->fullBit(oldp+1717,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned));
    bufp->fullBit(oldp+1718,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_poisoned_cpl));
    bufp->fullBit(oldp+1719,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
    bufp->fullBit(oldp+1720,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_sent_ca));
    bufp->fullBit(oldp+1721,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur));
    bufp->fullBit(oldp+1722,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca));
    bufp->fullCData(oldp+1723,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q),3);
    bufp->fullCData(oldp+1724,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q),4);
    bufp->fullBit(oldp+1725,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start));
    bufp->fullBit(oldp+1726,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_end));
    bufp->fullBit(oldp+1727,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_ok));
    bufp->fullBit(oldp+1728,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle));
    bufp->fullBit(oldp+1729,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                              | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                 & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))));
    bufp->fullSData(oldp+1730,((0x3ffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
    bufp->fullIData(oldp+1731,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_rd_data),32);
    bufp->fullBit(oldp+1732,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_wr_en));
    bufp->fullBit(oldp+1733,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cfg_capture_en));
    bufp->fullBit(oldp+1734,((3U == (3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                           >> 0xcU)))));
    bufp->fullBit(oldp+1735,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_we));
    bufp->fullSData(oldp+1736,((0x3ffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                          >> 2U))),10);
    bufp->fullIData(oldp+1737,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_rdata),32);
    bufp->fullCData(oldp+1738,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                 ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                 : 0U)),4);
    bufp->fullBit(oldp+1739,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q));
    bufp->fullBit(oldp+1740,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
    bufp->fullWData(oldp+1741,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mrd_hdr),128);
    bufp->fullBit(oldp+1745,((2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullBit(oldp+1746,((1U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws))));
    bufp->fullBit(oldp+1747,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word));
    bufp->fullSData(oldp+1748,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
    bufp->fullCData(oldp+1749,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
    bufp->fullCData(oldp+1750,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
    bufp->fullCData(oldp+1751,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
    bufp->fullBit(oldp+1752,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
    bufp->fullCData(oldp+1753,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
    bufp->fullCData(oldp+1754,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
    bufp->fullSData(oldp+1755,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
    bufp->fullCData(oldp+1756,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
    bufp->fullSData(oldp+1757,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
    bufp->fullBit(oldp+1758,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    bufp->fullBit(oldp+1759,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
    bufp->fullBit(oldp+1760,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
    bufp->fullCData(oldp+1761,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
    bufp->fullCData(oldp+1762,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
    bufp->fullSData(oldp+1763,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
    bufp->fullSData(oldp+1764,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
    bufp->fullCData(oldp+1765,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
    bufp->fullCData(oldp+1766,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
    bufp->fullSData(oldp+1767,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
    bufp->fullSData(oldp+1768,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
    bufp->fullCData(oldp+1769,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q),2);
    bufp->fullBit(oldp+1770,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush));
    bufp->fullBit(oldp+1771,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[0]));
    bufp->fullBit(oldp+1772,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[1]));
    bufp->fullBit(oldp+1773,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[2]));
    bufp->fullBit(oldp+1774,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[3]));
    bufp->fullBit(oldp+1775,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[4]));
    bufp->fullBit(oldp+1776,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[5]));
    bufp->fullBit(oldp+1777,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[6]));
    bufp->fullBit(oldp+1778,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[7]));
    bufp->fullCData(oldp+1779,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),8);
    bufp->fullCData(oldp+1780,((7U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                      >> 4U))),3);
    bufp->fullBit(oldp+1781,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid));
    bufp->fullIData(oldp+1782,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),32);
    bufp->fullBit(oldp+1783,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found));
    bufp->fullCData(oldp+1784,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec),3);
    bufp->fullBit(oldp+1785,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable));
    bufp->fullIData(oldp+1786,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
    bufp->fullCData(oldp+1787,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d),3);
    bufp->fullCData(oldp+1788,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
    bufp->fullBit(oldp+1789,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d));
    bufp->fullSData(oldp+1790,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
    bufp->fullSData(oldp+1791,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
    bufp->fullCData(oldp+1792,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q),3);
    bufp->fullCData(oldp+1793,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d),3);
    bufp->fullCData(oldp+1794,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d),3);
    bufp->fullBit(oldp+1795,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d));
    bufp->fullBit(oldp+1796,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d));
    bufp->fullIData(oldp+1797,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d),32);
    bufp->fullBit(oldp+1798,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d));
    bufp->fullBit(oldp+1799,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count));
    bufp->fullBit(oldp+1800,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid));
    bufp->fullSData(oldp+1801,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
    bufp->fullBit(oldp+1802,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit));
    bufp->fullCData(oldp+1803,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action),3);
    bufp->fullCData(oldp+1804,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind),3);
    bufp->fullBit(oldp+1805,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur));
    bufp->fullSData(oldp+1806,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left),11);
    bufp->fullCData(oldp+1807,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__status_d),3);
    bufp->fullBit(oldp+1808,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d));
    bufp->fullBit(oldp+1809,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we));
    bufp->fullIData(oldp+1810,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval),32);
    bufp->fullSData(oldp+1811,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset),14);
    bufp->fullBit(oldp+1812,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw));
    bufp->fullCData(oldp+1813,((3U & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                      >> 0xcU))),2);
    bufp->fullCData(oldp+1814,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
    bufp->fullWData(oldp+1815,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
    bufp->fullCData(oldp+1819,(((0x20000000U & vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                 ? 4U : 3U)),3);
    bufp->fullSData(oldp+1820,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
    bufp->fullSData(oldp+1821,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
    bufp->fullSData(oldp+1822,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                 ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                 : 0U)),12);
    bufp->fullCData(oldp+1823,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
    bufp->fullSData(oldp+1824,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
    bufp->fullSData(oldp+1825,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                 ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                 : 0U)),12);
    bufp->fullBit(oldp+1826,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                              & VL_REDXOR_32((0xffU 
                                              & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                 >> 4U))))));
    bufp->fullCData(oldp+1827,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q),8);
    bufp->fullBit(oldp+1828,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__completes));
    bufp->fullSData(oldp+1829,((0x1ffU & ((IData)(1U) 
                                          + (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q)))),9);
    bufp->fullIData(oldp+1830,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__req_pl_dw),32);
    bufp->fullBit(oldp+1831,(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid));
    bufp->fullBit(oldp+1832,(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready));
    bufp->fullQData(oldp+1833,(vlSelf->nvme_ctrl_top__DOT__dma_wr_req_addr),64);
    bufp->fullIData(oldp+1835,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d),32);
    bufp->fullIData(oldp+1836,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid),32);
    bufp->fullBit(oldp+1837,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_active));
    bufp->fullBit(oldp+1838,((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                            >> 0x31U)))));
    bufp->fullBit(oldp+1839,((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                            >> 0x30U)))));
    bufp->fullBit(oldp+1840,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_fail));
    bufp->fullQData(oldp+1841,((0xffffffffffffULL & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)),48);
    bufp->fullCData(oldp+1843,((7U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                              >> 0x33U)))),3);
    bufp->fullIData(oldp+1844,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d),32);
    bufp->fullIData(oldp+1845,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d),32);
    bufp->fullIData(oldp+1846,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d),32);
    bufp->fullBit(oldp+1847,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost));
    bufp->fullIData(oldp+1848,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]),32);
    bufp->fullBit(oldp+1849,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found));
    bufp->fullBit(oldp+1850,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit));
    bufp->fullBit(oldp+1851,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply));
    bufp->fullCData(oldp+1852,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target),5);
    bufp->fullCData(oldp+1853,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held),6);
    bufp->fullWData(oldp+1854,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i),320);
    bufp->fullCData(oldp+1864,((0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)),8);
    bufp->fullSData(oldp+1865,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                >> 0x10U)),16);
    bufp->fullIData(oldp+1866,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid),32);
    bufp->fullIData(oldp+1867,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10),32);
    bufp->fullIData(oldp+1868,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11),32);
    bufp->fullIData(oldp+1869,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12),32);
    bufp->fullIData(oldp+1870,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13),32);
    bufp->fullQData(oldp+1871,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1),64);
    bufp->fullQData(oldp+1873,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2),64);
    bufp->fullIData(oldp+1875,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0),32);
    bufp->fullBit(oldp+1876,((1U & VL_REDXOR_32((0xfU 
                                                 & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                    >> 0xaU))))));
    bufp->fullCData(oldp+1877,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src),3);
    bufp->fullSData(oldp+1878,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status),15);
    bufp->fullIData(oldp+1879,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result),32);
    bufp->fullSData(oldp+1880,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes),13);
    bufp->fullSData(oldp+1881,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw),10);
    bufp->fullBit(oldp+1882,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold));
    bufp->fullIData(oldp+1883,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value),32);
    bufp->fullBit(oldp+1884,(((2U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                              & ((~ ((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                      >> 0xfU) | (0U 
                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                                 & (4U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))));
    bufp->fullBit(oldp+1885,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use));
    bufp->fullBit(oldp+1886,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported));
    bufp->fullIData(oldp+1887,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current),32);
    bufp->fullIData(oldp+1888,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default),32);
    bufp->fullBit(oldp+1889,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects));
    bufp->fullIData(oldp+1890,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dws),32);
    bufp->fullBit(oldp+1891,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit));
    bufp->fullIData(oldp+1892,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws),32);
    bufp->fullBit(oldp+1893,(((~ (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_ready)) 
                              & (IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid))));
    bufp->fullBit(oldp+1894,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken));
    bufp->fullQData(oldp+1895,((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid)))),64);
    __Vtemp_h9b99ab37__0[0U] = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
    __Vtemp_h9b99ab37__0[1U] = 0U;
    __Vtemp_h9b99ab37__0[2U] = 1U;
    __Vtemp_h9b99ab37__0[3U] = 0x4e564353U;
    bufp->fullWData(oldp+1897,(__Vtemp_h9b99ab37__0),128);
    __Vtemp_h58c00025__0[0U] = vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
    __Vtemp_h58c00025__0[1U] = 0x80000000U;
    __Vtemp_h58c00025__0[2U] = 0x636f4000U;
    __Vtemp_h58c00025__0[3U] = 0x6e766d65U;
    bufp->fullWData(oldp+1901,(__Vtemp_h58c00025__0),128);
    bufp->fullQData(oldp+1905,(((1U & (IData)((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x31U)))
                                 ? 0ULL : (0xffffffffffffULL 
                                           & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))),64);
    bufp->fullQData(oldp+1907,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap),64);
    bufp->fullCData(oldp+1909,(((1U == (7U & (IData)(
                                                     (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                      >> 0x33U))))
                                 ? 2U : (1U & (IData)(
                                                      (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                       >> 0x30U))))),8);
    bufp->fullBit(oldp+1910,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie));
    bufp->fullCData(oldp+1911,(((2U == (7U & (IData)(
                                                     (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                      >> 0x33U))))
                                 ? 8U : 0x11U)),8);
    bufp->fullBit(oldp+1912,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i));
    bufp->fullCData(oldp+1913,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d),3);
    bufp->fullCData(oldp+1914,((3U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                      >> 8U))),2);
    bufp->fullCData(oldp+1915,((3U & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                      >> 0xeU))),2);
    bufp->fullSData(oldp+1916,((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))),12);
    bufp->fullSData(oldp+1917,((0xfffU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2))),12);
    bufp->fullSData(oldp+1918,((0xffffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),16);
    bufp->fullSData(oldp+1919,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                >> 0x10U)),16);
    bufp->fullCData(oldp+1920,((0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),8);
    bufp->fullIData(oldp+1921,(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                 << 0x10U) | (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                              >> 0x10U))),32);
    bufp->fullQData(oldp+1922,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset),64);
    bufp->fullSData(oldp+1924,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size),13);
    bufp->fullBit(oldp+1925,((9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))));
    bufp->fullBit(oldp+1926,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range));
    bufp->fullIData(oldp+1927,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted),32);
    bufp->fullBit(oldp+1928,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
                              & (9U == (0xffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))));
    bufp->fullIData(oldp+1929,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d),32);
    bufp->fullIData(oldp+1930,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d),32);
    bufp->fullIData(oldp+1931,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d),32);
    bufp->fullIData(oldp+1932,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d),32);
    bufp->fullSData(oldp+1933,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d),16);
    bufp->fullSData(oldp+1934,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d),16);
    bufp->fullIData(oldp+1935,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d),32);
    bufp->fullIData(oldp+1936,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d),32);
    bufp->fullIData(oldp+1937,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d),32);
    bufp->fullCData(oldp+1938,((0x1fU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),5);
    bufp->fullCData(oldp+1939,((0x1fU & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                         >> 0x10U))),5);
    bufp->fullSData(oldp+1940,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d),16);
    bufp->fullSData(oldp+1941,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d),16);
    bufp->fullCData(oldp+1942,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry),5);
    bufp->fullQData(oldp+1943,(((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                 > vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                 ? (0xffffffffffffULL 
                                    & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                       - vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                 : 0ULL)),48);
    bufp->fullBit(oldp+1945,(((0U != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid) 
                              & (0x2000U >= vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid))));
    bufp->fullSData(oldp+1946,((0x3fffU & vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__ns_nsid)),14);
    bufp->fullQData(oldp+1947,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry),54);
    bufp->fullIData(oldp+1949,(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc),32);
    bufp->fullBit(oldp+1950,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__msix_msg_done));
    bufp->fullBit(oldp+1951,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_done));
    bufp->fullIData(oldp+1952,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws),32);
    bufp->fullBit(oldp+1953,((1U & ((1U < (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                    | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))));
    bufp->fullBit(oldp+1954,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take));
    bufp->fullIData(oldp+1955,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw),32);
    bufp->fullBit(oldp+1956,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__tx_dw_valid));
    bufp->fullSData(oldp+1957,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
    bufp->fullBit(oldp+1958,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
    bufp->fullBit(oldp+1959,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d));
    bufp->fullQData(oldp+1960,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
    bufp->fullSData(oldp+1962,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
    bufp->fullSData(oldp+1963,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
    bufp->fullCData(oldp+1964,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
    bufp->fullSData(oldp+1965,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
    bufp->fullBit(oldp+1966,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc));
    bufp->fullBit(oldp+1967,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
    bufp->fullSData(oldp+1968,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
    bufp->fullSData(oldp+1969,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
    bufp->fullCData(oldp+1970,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
    bufp->fullQData(oldp+1971,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
    bufp->fullSData(oldp+1973,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
    bufp->fullSData(oldp+1974,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
    bufp->fullBit(oldp+1975,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d));
    bufp->fullBit(oldp+1976,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad));
    bufp->fullIData(oldp+1977,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d),32);
    bufp->fullCData(oldp+1978,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d),2);
    bufp->fullCData(oldp+1979,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_take),2);
    bufp->fullCData(oldp+1980,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total),2);
    bufp->fullBit(oldp+1981,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
    bufp->fullQData(oldp+1982,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined),64);
    bufp->fullBit(oldp+1984,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d));
    bufp->fullCData(oldp+1985,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d),3);
    bufp->fullQData(oldp+1986,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
    bufp->fullIData(oldp+1988,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
    bufp->fullCData(oldp+1989,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__state_d),3);
    bufp->fullCData(oldp+1990,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d),4);
    bufp->fullBit(oldp+1991,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__advance));
    bufp->fullBit(oldp+1992,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d));
    bufp->fullSData(oldp+1993,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
    bufp->fullBit(oldp+1994,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__accept));
    bufp->fullBit(oldp+1995,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done));
    bufp->fullQData(oldp+1996,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat),64);
    bufp->fullBit(oldp+1998,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
    bufp->fullQData(oldp+1999,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d),64);
    bufp->fullBit(oldp+2001,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d));
    bufp->fullBit(oldp+2002,(vlSelf->clk_i));
    bufp->fullBit(oldp+2003,(vlSelf->rst_ni));
    bufp->fullQData(oldp+2004,(vlSelf->time_i),48);
    bufp->fullQData(oldp+2006,(vlSelf->rx_tlp_data_i),64);
    bufp->fullCData(oldp+2008,(vlSelf->rx_tlp_keep_i),8);
    bufp->fullBit(oldp+2009,(vlSelf->rx_tlp_last_i));
    bufp->fullBit(oldp+2010,(vlSelf->rx_tlp_valid_i));
    bufp->fullBit(oldp+2011,(vlSelf->rx_tlp_ready_o));
    bufp->fullQData(oldp+2012,(vlSelf->tx_tlp_data_o),64);
    bufp->fullCData(oldp+2014,(vlSelf->tx_tlp_keep_o),8);
    bufp->fullBit(oldp+2015,(vlSelf->tx_tlp_last_o));
    bufp->fullBit(oldp+2016,(vlSelf->tx_tlp_valid_o));
    bufp->fullBit(oldp+2017,(vlSelf->tx_tlp_ready_i));
    bufp->fullBit(oldp+2018,(vlSelf->sim_req_i));
    bufp->fullBit(oldp+2019,(vlSelf->sim_we_i));
    bufp->fullSData(oldp+2020,(vlSelf->sim_addr_i),16);
    bufp->fullIData(oldp+2021,(vlSelf->sim_wdata_i),32);
    bufp->fullIData(oldp+2022,(vlSelf->sim_rdata_o),32);
    bufp->fullBit(oldp+2023,(vlSelf->sim_idle_o));
    bufp->fullQData(oldp+2024,(vlSelf->sim_wake_o),48);
    bufp->fullBit(oldp+2026,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
                              & ((IData)(vlSelf->sim_we_i) 
                                 & (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))))));
    bufp->fullIData(oldp+2027,((vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__sim_core_rdata 
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
    bufp->fullCData(oldp+2028,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]),3);
    bufp->fullBit(oldp+2029,((((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
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
    bufp->fullBit(oldp+2030,((1U & (((VL_REDXOR_4(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id) 
                                      ^ VL_REDXOR_4(
                                                    (6U 
                                                     & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q)))) 
                                     ^ VL_REDXOR_32(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q)) 
                                    ^ VL_REDXOR_32(
                                                   vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                                                   [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q])))));
    bufp->fullBit(oldp+2031,(((0ULL != vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                              & (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                 > vlSelf->time_i))));
    bufp->fullBit(oldp+2032,(((3U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                              & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost))));
    bufp->fullIData(oldp+2033,(((0x600U == (IData)(vlSelf->sim_addr_i))
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
    bufp->fullBit(oldp+2034,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                              & ((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                     & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                                        | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
                                 & (((~ ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__engine_run) 
                                         & (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                             != (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                                            & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                                     & (0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                                    | (2U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))))));
    bufp->fullBit(oldp+2035,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                              | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal))));
    bufp->fullBit(oldp+2036,(((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
                              & (((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                                  & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
                                 | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))));
    bufp->fullIData(oldp+2037,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q)
                                 ? ((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q))
                                     ? 0xffffffffU : 0U)
                                 : (((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q) 
                                     < (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q))
                                     ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_q
                                    [vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q]
                                     : 0U))),32);
    bufp->fullSData(oldp+2038,((0xffffU & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)
                                            ? vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                                           [0U] : (vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2039,(((0U == (3U & (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q)))
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
    bufp->fullBit(oldp+2040,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_core_we) 
                              & (0x610U == (IData)(vlSelf->sim_addr_i)))));
    bufp->fullBit(oldp+2041,((((IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                               | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
                              | (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__fatal_inject))));
    bufp->fullCData(oldp+2042,((0xffU & (IData)(vlSelf->sim_addr_i))),8);
    bufp->fullBit(oldp+2043,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                              | ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                 & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                    & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                       & ((~ (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__cpl_start)) 
                                          & ((vlSelf->time_i 
                                              < vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                             & ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->fullIData(oldp+2044,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q
                               [((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                  ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                  : 0U)]),32);
    bufp->fullCData(oldp+2045,(((IData)(vlSelf->nvme_ctrl_top__DOT__dma_wr_data_valid)
                                 ? (IData)(vlSelf->nvme_ctrl_top__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                                 : 0U)),2);
    bufp->fullBit(oldp+2046,(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                             [vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->fullBit(oldp+2047,(((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_cpl_err) 
                              | ((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ca) 
                                 | (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->fullBit(oldp+2048,(((IData)(vlSelf->nvme_ctrl_top__DOT__sim_ep_req) 
                              & (IData)(vlSelf->sim_we_i))));
    bufp->fullIData(oldp+2049,(((0U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                 ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q
                                [((IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                   ? (0xfU & (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                   : 0U)] : ((1U == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q
                                              : ((2U 
                                                  == (IData)(vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                  ? vlSelf->nvme_ctrl_top__DOT__u_pcie_ep__DOT__mwr_pl_dws
                                                  : 0U)))),32);
    bufp->fullIData(oldp+2050,(0x20U),32);
    bufp->fullIData(oldp+2051,(0x2000U),32);
    bufp->fullBit(oldp+2052,(1U));
    bufp->fullIData(oldp+2053,(0x40U),32);
    bufp->fullIData(oldp+2054,(1U),32);
    bufp->fullIData(oldp+2055,(8U),32);
    bufp->fullBit(oldp+2056,(1U));
    bufp->fullSData(oldp+2057,(0x40U),13);
    bufp->fullIData(oldp+2058,(5U),32);
    bufp->fullSData(oldp+2059,(0x100U),16);
    bufp->fullSData(oldp+2060,(0x104U),16);
    bufp->fullSData(oldp+2061,(0x108U),16);
    bufp->fullSData(oldp+2062,(0x10cU),16);
    bufp->fullSData(oldp+2063,(0x110U),16);
    bufp->fullSData(oldp+2064,(0x114U),16);
    bufp->fullSData(oldp+2065,(0x118U),16);
    bufp->fullSData(oldp+2066,(0x11cU),16);
    bufp->fullSData(oldp+2067,(0x120U),16);
    bufp->fullSData(oldp+2068,(0x124U),16);
    bufp->fullSData(oldp+2069,(0x128U),16);
    bufp->fullSData(oldp+2070,(0x12cU),16);
    bufp->fullSData(oldp+2071,(0x130U),16);
    bufp->fullSData(oldp+2072,(0x134U),16);
    bufp->fullIData(oldp+2073,(0x1000U),32);
    bufp->fullIData(oldp+2074,(0x64U),32);
    bufp->fullIData(oldp+2075,(0x10U),32);
    bufp->fullIData(oldp+2076,(4U),32);
    bufp->fullSData(oldp+2077,(0x10eeU),16);
    bufp->fullCData(oldp+2078,(3U),8);
    bufp->fullCData(oldp+2079,(5U),8);
    __Vtemp_h5348e692__0[0U] = 0x30303031U;
    __Vtemp_h5348e692__0[1U] = 0x30303030U;
    __Vtemp_h5348e692__0[2U] = 0x30303030U;
    __Vtemp_h5348e692__0[3U] = 0x30303030U;
    __Vtemp_h5348e692__0[4U] = 0x4e564353U;
    bufp->fullWData(oldp+2080,(__Vtemp_h5348e692__0),160);
    bufp->fullWData(oldp+2085,(Vnvme_ctrl_top__ConstPool__CONST_heb83c8ac_0),320);
    bufp->fullQData(oldp+2095,(0x312e302020202020ULL),64);
    bufp->fullWData(oldp+2097,(Vnvme_ctrl_top__ConstPool__CONST_h61538e93_0),512);
    bufp->fullIData(oldp+2113,(3U),32);
    bufp->fullIData(oldp+2114,(2U),32);
    bufp->fullIData(oldp+2115,(0x400U),32);
    bufp->fullIData(oldp+2116,(0xbU),32);
    bufp->fullIData(oldp+2117,(0xaU),32);
    bufp->fullSData(oldp+2118,(0xfU),16);
    bufp->fullIData(oldp+2119,(0x157U),32);
    bufp->fullIData(oldp+2120,(0x11U),32);
    bufp->fullIData(oldp+2121,(1U),32);
    bufp->fullIData(oldp+2122,(0xffffffffU),32);
    bufp->fullIData(oldp+2123,(0x20U),32);
    bufp->fullSData(oldp+2124,(0x200U),16);
    bufp->fullSData(oldp+2125,(0x210U),16);
    bufp->fullSData(oldp+2126,(0x300U),16);
    bufp->fullIData(oldp+2127,(0x11U),32);
    bufp->fullIData(oldp+2128,(0U),32);
    bufp->fullSData(oldp+2129,(0x600U),16);
    bufp->fullSData(oldp+2130,(0x604U),16);
    bufp->fullSData(oldp+2131,(0x608U),16);
    bufp->fullSData(oldp+2132,(0x60cU),16);
    bufp->fullSData(oldp+2133,(0x610U),16);
    bufp->fullSData(oldp+2134,(0x614U),16);
    bufp->fullSData(oldp+2135,(0x618U),16);
    bufp->fullIData(oldp+2136,(0xeU),32);
    bufp->fullIData(oldp+2137,(0xdU),32);
    bufp->fullSData(oldp+2138,(0x3ffU),16);
    bufp->fullCData(oldp+2139,(0x1eU),8);
    bufp->fullIData(oldp+2140,(0xfffff1U),32);
    bufp->fullIData(oldp+2141,(0xfff0fffU),32);
    bufp->fullIData(oldp+2142,(4U),32);
    bufp->fullSData(oldp+2143,(0x9038U),16);
    bufp->fullSData(oldp+2144,(1U),16);
    bufp->fullCData(oldp+2145,(1U),8);
    bufp->fullCData(oldp+2146,(0U),3);
    bufp->fullBit(oldp+2147,(1U));
    bufp->fullBit(oldp+2148,(0U));
    bufp->fullCData(oldp+2149,(2U),3);
    bufp->fullCData(oldp+2150,(0x40U),8);
    bufp->fullCData(oldp+2151,(0x80U),8);
    bufp->fullSData(oldp+2152,(0x546U),16);
    bufp->fullSData(oldp+2153,(0xf900U),16);
    bufp->fullSData(oldp+2154,(0x78ffU),16);
    bufp->fullSData(oldp+2155,(7U),11);
    bufp->fullIData(oldp+2156,(8U),32);
    bufp->fullBit(oldp+2157,(0U));
    bufp->fullIData(oldp+2158,(0U),32);
    bufp->fullIData(oldp+2159,(2U),32);
    bufp->fullSData(oldp+2160,(0x40U),16);
    bufp->fullCData(oldp+2161,(0U),8);
    bufp->fullCData(oldp+2162,(4U),8);
    bufp->fullCData(oldp+2163,(8U),8);
    bufp->fullCData(oldp+2164,(0xcU),8);
    bufp->fullCData(oldp+2165,(0x10U),8);
    bufp->fullCData(oldp+2166,(0x14U),8);
    bufp->fullCData(oldp+2167,(0x18U),8);
    bufp->fullCData(oldp+2168,(0x1cU),8);
    bufp->fullCData(oldp+2169,(1U),3);
    bufp->fullCData(oldp+2170,(3U),3);
    bufp->fullCData(oldp+2171,(4U),3);
    bufp->fullCData(oldp+2172,(0U),5);
    bufp->fullCData(oldp+2173,(1U),5);
    bufp->fullCData(oldp+2174,(2U),5);
    bufp->fullCData(oldp+2175,(4U),5);
    bufp->fullCData(oldp+2176,(5U),5);
    bufp->fullCData(oldp+2177,(0xaU),5);
    bufp->fullCData(oldp+2178,(0xbU),5);
    bufp->fullCData(oldp+2179,(0U),2);
    bufp->fullCData(oldp+2180,(1U),2);
    bufp->fullCData(oldp+2181,(2U),2);
    bufp->fullCData(oldp+2182,(3U),2);
    bufp->fullCData(oldp+2183,(2U),8);
    bufp->fullCData(oldp+2184,(6U),8);
    bufp->fullCData(oldp+2185,(9U),8);
    bufp->fullCData(oldp+2186,(0xaU),8);
    bufp->fullCData(oldp+2187,(7U),8);
    bufp->fullCData(oldp+2188,(0xbU),8);
    bufp->fullSData(oldp+2189,(0U),15);
    bufp->fullSData(oldp+2190,(0x4001U),15);
    bufp->fullSData(oldp+2191,(0x4002U),15);
    bufp->fullSData(oldp+2192,(6U),15);
    bufp->fullSData(oldp+2193,(7U),15);
    bufp->fullSData(oldp+2194,(0x400cU),15);
    bufp->fullSData(oldp+2195,(0x400bU),15);
    bufp->fullSData(oldp+2196,(0x4013U),15);
    bufp->fullSData(oldp+2197,(0x4100U),15);
    bufp->fullSData(oldp+2198,(0x4101U),15);
    bufp->fullSData(oldp+2199,(0x4102U),15);
    bufp->fullSData(oldp+2200,(0x4103U),15);
    bufp->fullSData(oldp+2201,(0x4105U),15);
    bufp->fullSData(oldp+2202,(0x4108U),15);
    bufp->fullSData(oldp+2203,(0x4109U),15);
    bufp->fullSData(oldp+2204,(0x410cU),15);
    bufp->fullSData(oldp+2205,(0x410dU),15);
    bufp->fullIData(oldp+2206,(0x10400U),32);
}
