// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vcosim_top__Syms.h"


VL_ATTR_COLD void Vcosim_top___024root__trace_init_sub__TOP__0(Vcosim_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_init_sub__TOP__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2177,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2185,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2186,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2187,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2188,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2189,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2197,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2198,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2199,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2200,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2201,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2202,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2205,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2206,"sim_idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2207,"sim_wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2209,"host_admin_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2210,"host_identify_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2211,"host_scan_phase_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2212,"host_registering_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2213,"host_registered_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2214,"host_interrupts_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2215,"host_resets_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->pushNamePrefix("cosim_top ");
    tracep->declBus(c+2236,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2177,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2185,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2186,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2187,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2188,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2189,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2197,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2198,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2199,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2200,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2201,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2202,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2205,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2206,"sim_idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2207,"sim_wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2209,"host_admin_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2210,"host_identify_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2211,"host_scan_phase_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2212,"host_registering_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2213,"host_registered_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2214,"host_interrupts_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2215,"host_resets_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->pushNamePrefix("u_dut ");
    tracep->declBus(c+2237,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2238,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2239,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2236,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2177,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2185,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2186,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2187,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2188,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2189,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2197,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2198,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2199,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2200,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2201,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2202,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2205,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2206,"sim_idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+2207,"sim_wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+1,"sim_ep_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2,"sim_core_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2216,"seed_load",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+8,"sim_ep_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2217,"sim_core_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1724,"reg_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2241,"reg_gnt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1725,"reg_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+387,"reg_rvalid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1726,"reg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1908,"reg_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+388,"reg_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1727,"reg_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1728,"dma_rd_req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1729,"dma_rd_req_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1730,"dma_rd_data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1731,"dma_rd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1732,"dma_rd_done_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1733,"dma_rd_req_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2242,"dma_rd_req_len",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1735,"dma_rd_data_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declArray(c+1736,"dma_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1744,"dma_rd_data_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+2218,"dma_rd_data_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1745,"dma_rd_done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1746,"dma_wr_req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1747,"dma_wr_req_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1909,"dma_wr_data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1910,"dma_wr_data_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1748,"dma_wr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+389,"dma_wr_done_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1911,"dma_wr_req_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1749,"dma_wr_req_len",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declArray(c+1913,"dma_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1750,"dma_wr_data_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+291,"msix_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2219,"ep_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+19,"core_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1751,"ep_wake",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+9,"core_wake",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+1753,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1754,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+390,"seed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2220,"unused_ep_outputs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_nvme_core ");
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2237,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2238,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2239,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2243,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1724,"reg_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2241,"reg_gnt_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1725,"reg_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1726,"reg_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1908,"reg_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"reg_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+387,"reg_rvalid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+388,"reg_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1728,"dma_rd_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1729,"dma_rd_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1733,"dma_rd_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2242,"dma_rd_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBit(c+1730,"dma_rd_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1735,"dma_rd_data_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"dma_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"dma_rd_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1731,"dma_rd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1732,"dma_rd_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1746,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1747,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1911,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1749,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+1913,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1750,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1909,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1910,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1748,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+291,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2217,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2216,"seed_load_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2204,"seed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+19,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+9,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2244,"RegNn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2245,"RegReadyDelay",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2246,"RegSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2247,"RegNsChanged",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2248,"RegNowLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2249,"RegNowHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2250,"RegBusySlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2251,"RegWakeLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2252,"RegWakeHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2253,"RegIdle",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2254,"RegFatalAtLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2255,"RegFatalAtHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2256,"RegLoseNsid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2257,"RegListLie",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2258,"DefaultNn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2259,"DefaultReadyDelay",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+391,"nn",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+392,"ready_delay",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+393,"list_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+394,"slots",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+3,"ns_changed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+11,"fatal_inject",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2221,"fatal_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+395,"fatal_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+397,"lose_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2222,"lose_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+20,"sim_core_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+21,"sim_lat_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2223,"sim_ns_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+398,"engine_run",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1755,"engine_reset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1756,"engine_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2224,"engine_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2225,"engine_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+399,"regs_settled",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+400,"asq",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+402,"acq",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declBus(c+404,"asqs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+405,"acqs",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+406,"sq_tail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+407,"cq_head",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+408,"regs_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+12,"admin_wake_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+409,"regs_wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+13,"admin_wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+9,"wake_at",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+411,"busy_slots",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+1757,"lat_draw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1169,"lat_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1151,"lat_cycles",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1921,"ns_nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1924,"ns_lbaf",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1925,"ns_fail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1926,"ns_nsze",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("gen_sim ");
    tracep->declBus(c+391,"nn_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+392,"ready_delay_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+394,"slots_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declQuad(c+395,"fatal_at_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+397,"lose_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+393,"list_lie_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_admin ");
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2237,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2260,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+398,"run_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1756,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2224,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2225,"fatal_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+400,"asq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declQuad(c+402,"acq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+404,"asqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+405,"acqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+406,"sq_tail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+407,"cq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+394,"slots_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 5,0);
    tracep->declBus(c+397,"lose_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2222,"lose_taken_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1757,"lat_draw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1169,"lat_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declQuad(c+1151,"lat_cycles_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1921,"ns_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1925,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+393,"list_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2204,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1728,"dma_rd_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1729,"dma_rd_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1733,"dma_rd_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2242,"dma_rd_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBit(c+1730,"dma_rd_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1735,"dma_rd_data_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"dma_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"dma_rd_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1731,"dma_rd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1732,"dma_rd_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1746,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1747,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1911,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1749,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+1913,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1750,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1909,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1910,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1748,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+291,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+411,"busy_slots_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 5,0);
    tracep->declBit(c+12,"wake_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+13,"wake_at_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+412,"slot_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1929,"slot_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+413,"slot_lost_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1930,"slot_lost_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+414,"slot_aborted_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1931,"slot_aborted_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declQuad(c+415+i*2,"slot_deadline_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declArray(c+1170+i*10,"slot_cmd_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 319,0);
    }
    {
        const char* __VenumItemNames[]
        = {"FetchIdle", "FetchRequest", "FetchWait", 
                                "FetchDispatch"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(1, "nvme_admin.fetch_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1758,"fetch_q",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1759,"fetch_d",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+479,"sq_head_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1760,"sq_head_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1761,"fetch_slot_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1762,"fetch_slot_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1490+i*1,"fetch_buf_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+1763,"fetch_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1506,"fetch_abort",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1932,"fetch_lost",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+480,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+481,"free_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+1764,"unused_rd_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+482,"rr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+292,"rr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+483,"ex_executing",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+484,"ex_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+15,"slot_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+16,"ready_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+17,"ready_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2261,"AbortLimit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1933,"abort_cdw10",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1934,"abort_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1935,"abort_limit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1936,"abort_apply",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1937,"abort_target",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1938,"aborts_held",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 5,0);
    tracep->declBit(c+485,"ex_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+293,"ex_fatal",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+294,"ex_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2226,"ex_frees_slot",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1765,"event_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_exec ");
    tracep->declBus(c+2237,"NumSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2260,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"SlotWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+398,"run_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+485,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+293,"fatal_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+402,"acq_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+405,"acqs_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+407,"cq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+479,"sq_head_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+16,"ready_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+17,"ready_slot_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBit(c+294,"take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+483,"executing_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+484,"ex_slot_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declArray(c+1939,"cmd_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 319,0);
    tracep->declBit(c+2226,"frees_slot_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1765,"event_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+486,"aborted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1934,"abort_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1935,"abort_limit_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1936,"abort_apply_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1921,"ns_nsid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1925,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+393,"list_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2204,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1746,"dma_wr_req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1747,"dma_wr_req_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1911,"dma_wr_req_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1749,"dma_wr_req_len_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+1913,"dma_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1750,"dma_wr_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1909,"dma_wr_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1910,"dma_wr_data_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1748,"dma_wr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"dma_wr_done_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+291,"msix_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ExIdle", "ExDecode", "ExDataReq", "ExData", 
                                "ExPostWait", "ExPostReq", 
                                "ExPost"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101", "110"};
        tracep->declDTypeEnum(2, "nvme_admin_exec.exec_e", 7, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+487,"ex_q",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+295,"ex_d",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+484,"ex_slot_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+296,"ex_slot_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+488,"ex_aer_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+297,"ex_aer_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1949,"opcode",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1950,"cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1951,"nsid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1952,"cdw10",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1953,"cdw11",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1954,"cdw12",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1955,"cdw13",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1956,"prp1",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+1958,"prp2",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1960,"cdw0",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1961,"unused_cdw0",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
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
    tracep->declBus(c+1962,"dec_src",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1963,"dec_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+1964,"dec_result",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1965,"dec_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1966,"dec_start_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBit(c+1967,"dec_hold",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1968,"dec_feat_value",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1969,"dec_clear_log",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+489,"cq_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+490,"sq_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBit(c+1970,"cq_in_use",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1971,"feat_supported",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1972,"feat_current",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1973,"feat_default",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+491,"nsqa",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+492,"ncqa",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1766,"aer_full",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1974,"effects",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+493,"src_q",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+298,"src_d",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+494,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+299,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 14,0);
    tracep->declBus(c+495,"result_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+300,"result_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+496,"seg1_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+301,"seg1_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+497,"seg2_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+302,"seg2_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+498,"in_seg2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+303,"in_seg2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+499,"sent_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+304,"sent_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+500,"gen_dw_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+305,"gen_dw_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+501,"scan_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+306,"scan_nsid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+502,"scan_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+307,"scan_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+503,"list_lie_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+308,"list_lie_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+504,"pend_next_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+309,"pend_next_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+505,"pend_held_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+310,"pend_held_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+506,"pend_nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+311,"pend_nsid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+507,"clear_changed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+312,"clear_changed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+508,"cq_tail_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+313,"cq_tail_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+509,"phase_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+314,"phase_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+510,"cq_tail_next",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+1767,"cqe_posted",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+511,"ns_notice_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1765,"aer_fire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1507,"aer_cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1975,"changed_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declArray(c+1976,"gen_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+1153,"data_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBit(c+512,"one_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1161,"data_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1984,"scan_emit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+513,"scan_pad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+514,"list_pend",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+515,"list_hold",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1985,"post_cid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declArray(c+1986,"cqe_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+516,"seg_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+517,"words_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+518,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declArray(c+1994,"wr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+519,"wr_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+520,"wr_waiting_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2002,"wr_waiting_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+521,"wr_held_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+1913,"wr_held_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+529,"wr_held_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1750,"wr_held_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+2003,"data_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1768,"taken_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("g_data_gen ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_data_gen[0] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+500,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2004,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[1] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+530,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2022,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[2] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+531,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2023,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[3] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+532,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2024,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[4] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+533,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2025,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[5] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+534,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2026,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[6] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+535,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2027,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_data_gen[7] ");
    tracep->pushNamePrefix("u_data_gen ");
    tracep->declBus(c+2262,"PciVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2263,"Aerl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"Mdts",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+493,"src_i",3,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+536,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"ns_zero_cap_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"ns_lbaf_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"ns_nsze_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+1928,"ns_lie_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1975,"changed_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2028,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declArray(c+2265,"SerialNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 159,0);
    tracep->declArray(c+2270,"ModelNumber",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 319,0);
    tracep->declQuad(c+2280,"Firmware",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 63,0);
    tracep->declArray(c+2282,"SubNqn",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 511,0);
    tracep->declQuad(c+2005,"eui64",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declArray(c+2007,"nguid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declArray(c+2011,"uuid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declQuad(c+2015,"nuse",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2017,"ncap",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2019,"flbas",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2020,"lbads_lie",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2021,"lbads_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_aen ");
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2029,"aer_park_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1950,"aer_cid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1766,"aer_full_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+511,"notice_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1765,"fire_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1507,"fire_cid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1769,"posted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+3,"ns_changed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2204,"ns_changed_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+500,"log_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1975,"log_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1770,"log_cleared_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2261,"AerDepth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2298,"AerWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2299,"AerIdx",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2300,"ListDepth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2301,"ListWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2302,"ListIdx",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+1508+i*1,"aer_cid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+1771,"aer_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+2030,"aer_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+537,"ns_event_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+22,"ns_event_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+538,"ns_masked_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1772,"ns_masked_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1773,"changed_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+23,"changed_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBit(c+539,"changed_overflow_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+24,"changed_overflow_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1512,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_decode ");
    tracep->declBus(c+2260,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1949,"opcode_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2031,"fuse_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBus(c+2032,"psdt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 1,0);
    tracep->declBus(c+1951,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1952,"cdw10_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1953,"cdw11_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1954,"cdw12_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1955,"cdw13_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2033,"prp1_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+2034,"prp2_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+391,"nn_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"ns_active_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1925,"ns_fail_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+489,"cq_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBus(c+490,"sq_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBit(c+1970,"cq_in_use_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+491,"nsqa_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+492,"ncqa_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1971,"feat_supported_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1972,"feat_current_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1973,"feat_default_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1766,"aer_full_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+486,"aborted_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1934,"abort_found_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1935,"abort_limit_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1962,"src_o",3,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1963,"status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 14,0);
    tracep->declBus(c+1964,"result_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1965,"bytes_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1966,"start_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBit(c+1967,"hold_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1968,"feat_value_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1969,"clear_log_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2303,"MaxQ0Based",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2035,"qid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2036,"qsize",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2037,"fid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+2037,"cns",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+2037,"lid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+2038,"numd",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+2039,"log_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+2041,"log_size",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+2042,"is_set",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2043,"qid_in_range",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2044,"queues_granted",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_features ");
    tracep->declBus(c+2260,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2037,"fid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+1971,"supported_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1972,"current_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1973,"default_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2045,"set_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1968,"set_value_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+491,"nsqa_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+492,"ncqa_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+511,"ns_notice_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2303,"MaxQ0Based",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2304,"TempDefault",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+540,"feat_arb_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2046,"feat_arb_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+541,"feat_power_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2047,"feat_power_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+542,"feat_temp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2048,"feat_temp_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+543,"feat_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2049,"feat_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+491,"nsqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2050,"nsqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+492,"ncqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2051,"ncqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+544,"feat_coal_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2052,"feat_coal_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+545,"feat_atomic_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2053,"feat_atomic_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+546,"feat_async_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2054,"feat_async_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_io_queues ");
    tracep->declBus(c+2260,"MaxIoQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"QidWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"reset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1974,"apply_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1949,"opcode_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2055,"qid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBus(c+2056,"cqid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 4,0);
    tracep->declBus(c+489,"cq_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBus(c+490,"sq_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 16,1);
    tracep->declBit(c+1970,"cq_in_use_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+489,"cq_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+2057,"cq_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+490,"sq_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    tracep->declBus(c+2058,"sq_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 16,1);
    for (int i = 0; i < 17; ++i) {
        tracep->declBus(c+1513+i*1,"sq_cqid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 4,0);
    }
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2305,"q",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2307,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1530,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2308,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+2307,"k",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+2308,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk6 ");
    tracep->declBus(c+2307,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk7 ");
    tracep->declBus(c+547,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk8 ");
    tracep->declBus(c+2308,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_latency ");
    tracep->declBit(c+2239,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2260,"NumOverrides",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+21,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2216,"seed_load_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2204,"seed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1757,"draw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1169,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declQuad(c+1151,"cycles_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2309,"RegMode",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2310,"RegMaxHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2311,"OvrBase",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->pushNamePrefix("gen_model ");
    tracep->declBus(c+2312,"N",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    for (int i = 0; i < 17; ++i) {
        tracep->declBus(c+548+i*1,"nsid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declBit(c+565+i*1,"mode_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declQuad(c+582+i*2,"min_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    for (int i = 0; i < 17; ++i) {
        tracep->declQuad(c+616+i*2,"max_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 47,0);
    }
    tracep->declQuad(c+650,"state_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+25,"state_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+4,"rel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+5,"sel_entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+6,"sel_field",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+7,"sel_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2059,"use_entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declQuad(c+2060,"span",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+1162,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+1164,"unused_scaled_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1165,"unused_scaled_fraction",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+652,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2313,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
    tracep->pushNamePrefix("u_ns_table ");
    tracep->declBit(c+2239,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2238,"MaxNamespaces",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2203,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2223,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1921,"nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1922,"active_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1923,"zero_cap_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1924,"lbaf_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1926,"nsze_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1925,"fail_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1928,"lie_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+2314,"RegSel",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2315,"RegNszeLo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2316,"RegNszeHi",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2317,"RegFlags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2318,"RegCommit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2319,"RegClear",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2320,"RegCount",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2321,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2322,"RamWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2062,"in_range",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("gen_table ");
    tracep->declArray(c+653,"active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8192,1);
    tracep->declArray(c+27,"active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8192,1);
    tracep->declBus(c+1774,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+283,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1775,"nsze_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+284,"nsze_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1777,"flags_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+286,"flags_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+909,"count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+287,"count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBit(c+2227,"commit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1778,"sel_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2063,"idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declQuad(c+2064,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 53,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_regs ");
    tracep->declBus(c+2323,"Mqes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2324,"Timeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1724,"reg_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2241,"reg_gnt_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1725,"reg_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1726,"reg_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1908,"reg_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"reg_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+387,"reg_rvalid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+388,"reg_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+392,"ready_delay_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+398,"engine_run_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1755,"engine_reset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1756,"engine_idle_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2228,"fatal_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+400,"asq_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declQuad(c+402,"acq_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,12);
    tracep->declBus(c+404,"asqs_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+405,"acqs_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+406,"sq_tail_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBus(c+407,"cq_head_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 11,0);
    tracep->declBit(c+399,"settled_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+408,"wake_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+409,"wake_at_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+2325,"CcMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2326,"AqaMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StDisabled", "StEnabling", "StReady", "StShutdown", 
                                "StDisabling"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(4, "nvme_regs.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+910,"state_q",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+315,"state_d",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+911,"cc_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+316,"cc_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+912,"aqa_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+317,"aqa_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+400,"asq_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+318,"asq_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+402,"acq_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declQuad(c+320,"acq_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,12);
    tracep->declBus(c+913,"intm_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+322,"intm_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+914,"shst_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+323,"shst_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+915,"cfs_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+324,"cfs_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+916,"csts_rdy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+325,"csts_rdy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+406,"sq_tail_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+326,"sq_tail_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+407,"cq_head_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+327,"cq_head_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declQuad(c+409,"ready_at_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+328,"ready_at_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBit(c+387,"rvalid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+388,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1779,"rdata_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1780,"be_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1781,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1782,"read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+917,"rdy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2066,"wdata_cc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+330,"wdata_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+331,"unused_wdata_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2327,"b",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
    tracep->pushNamePrefix("u_pcie_ep ");
    tracep->declBus(c+2262,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2328,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2262,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2329,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2330,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumDmaIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2239,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2236,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2237,"KeepWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"LaneCntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2298,"MsixIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2298,"DmaIdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2177,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2185,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2186,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2187,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2188,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2189,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2197,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2198,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2199,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2200,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1724,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2241,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1725,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1726,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1908,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+387,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+388,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1728,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1729,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1733,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2242,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+2331,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1730,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2218,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1735,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1731,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1745,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1732,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1746,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1747,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1911,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1749,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+1913,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1750,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1909,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1910,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1748,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+291,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2331,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1753,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1754,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2219,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1751,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+1,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2202,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2229,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+8,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+390,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2321,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2260,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"TgtIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+1754,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1753,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+918,"bar0_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,14);
    tracep->declBus(c+920,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+921,"max_payload",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+922,"max_read_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1783,"msix_enable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1784,"msix_func_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1785,"ev_malformed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1786,"ev_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1787,"ev_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1788,"ev_poisoned_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1789,"ev_unexpected_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1790,"ev_sent_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1791,"ev_rcvd_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1792,"ev_rcvd_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+332,"ev_dma_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+333,"ev_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+923,"drop_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+924,"drop_cpl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+925,"cpl_timeout",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declArray(c+926,"rx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+934,"rx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+935,"rx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+936,"rx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+937,"rx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+938,"req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+939,"req_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+940,"req_mem_read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ReqCfgRd", "ReqCfgWr", "ReqMemRd", "ReqMemWr", 
                                "ReqUr", "ReqCa"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101"};
        tracep->declDTypeEnum(5, "pcie_ep_pkg::req_kind_e", 6, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1793,"req_kind",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+941,"req_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+942,"req_cfg_busdev",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+943,"req_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+944,"req_tc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+945,"req_attr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+946,"req_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+947,"req_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+948,"req_first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+949,"req_last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+950,"req_cfg_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1794,"req_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1908,"req_pl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1795,"cpl_start",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+951,"cpl_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1145,"cpl_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1796,"cpl_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1797,"cpl_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+952,"rx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+953,"tx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1798,"dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2230,"dma_rd_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1799,"msix_busy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+954,"cpl_requester_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+955,"cpl_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+956,"cpl_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+957,"cpl_byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+958,"cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1800,"cpl_dw_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declArray(c+1736,"cpl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1744,"cpl_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+950,"cfg_rd_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+950,"cfg_wr_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1801,"cfg_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1908,"cfg_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1802,"cfg_wr_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1803,"cfg_capture_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+948,"cfg_wr_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+959,"cfg_capture_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1804,"msix_pba_sel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1805,"msix_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1806,"msix_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1807,"msix_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1908,"msix_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1727,"msix_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+960,"tgt_cpl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1166,"tgt_cpl_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+1146,"tgt_cpl_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 95,0);
    tracep->declBus(c+961,"tgt_cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1808,"tgt_cpl_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declArray(c+2067,"tgt_cpl_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBit(c+1809,"msix_msg_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2075,"msix_msg_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+962,"msix_msg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+964,"msix_msg_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1810,"mrd_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1167,"mrd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+1811,"mrd_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBit(c+1815,"mwr_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1816,"mwr_more",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2076,"mwr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+965,"mwr_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+969,"mwr_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declArray(c+2077,"mwr_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+2085,"mwr_pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+2086,"mwr_pl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declArray(c+2087,"tx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1817,"tx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1818,"tx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2231,"tx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+970,"tx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1798,"unused_dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_cfg_space ");
    tracep->declBus(c+2262,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2328,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2262,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2329,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2330,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2240,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2332,"MpsSupported",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+950,"rd_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1801,"rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1802,"wr_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+950,"wr_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1908,"wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+948,"wr_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+959,"capture_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1803,"capture_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1785,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1786,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1787,"ev_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1788,"ev_poisoned_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1790,"ev_sent_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1791,"ev_rcvd_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1792,"ev_rcvd_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+333,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1754,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1753,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+918,"bar0_base_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+920,"completer_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+921,"max_payload_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+922,"max_read_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1783,"msix_enable_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1784,"msix_func_mask_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2321,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2333,"PcieCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2334,"MsixCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+1819,"command_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+334,"command_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+971,"status_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+335,"status_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+972,"cache_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+336,"cache_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+973,"bar0_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+337,"bar0_lo_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+974,"bar0_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+338,"bar0_hi_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+975,"int_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+339,"int_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+976,"dev_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+340,"dev_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+977,"dev_sta_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+341,"dev_sta_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+978,"link_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+342,"link_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+979,"link_ctl2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+343,"link_ctl2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1820,"msix_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+344,"msix_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+920,"completer_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1149,"completer_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2335,"CommandMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2336,"StatusRw1c",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2337,"DevCtlMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+2095,"clear_hi",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+345,"wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2338,"MsixTableSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 10,0);
    tracep->declBus(c+980,"mps_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+981,"mrrs_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_dma_rd ");
    tracep->declBus(c+2237,"NumTags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"NumIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"TagWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2298,"IdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1728,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1729,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1733,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+2242,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+2331,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1730,"data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2218,"data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+1735,"data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1731,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1745,"done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1732,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1753,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+922,"max_read_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+920,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+925,"timeout_ticks_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1798,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1810,"mrd_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1811,"mrd_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+1167,"mrd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1795,"cpl_start_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+954,"cpl_requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+955,"cpl_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+956,"cpl_status_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+957,"cpl_byte_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+958,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+951,"cpl_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1145,"cpl_dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1800,"cpl_dw_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"cpl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"cpl_dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1796,"cpl_end_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1797,"cpl_ok_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1791,"ev_rcvd_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1792,"ev_rcvd_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+332,"ev_cpl_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2230,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1751,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+982,"tag_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+346,"tag_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1531+i*1,"tag_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 2,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1563+i*1,"tag_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 9,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1595+i*1,"tag_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1627+i*1,"tag_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+1659+i*1,"tag_stamp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+1821,"id_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1822,"id_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+983,"id_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+347,"id_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+984+i*1,"id_pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+348+i*1,"id_pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    tracep->declBit(c+1823,"issuing_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2096,"issuing_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1810,"present_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2097,"present_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1824,"cur_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1825,"cur_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+992,"cur_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2098,"cur_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+994,"cur_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+2100,"cur_left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1826,"cur_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+2101,"cur_off_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1827,"pres_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2102,"pres_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1828,"pres_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+2103,"pres_len_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+995,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+996,"free_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+997,"to_boundary",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+998,"mrrs_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+999,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+1829,"req_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2104,"alloc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1000,"ctx_active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1830,"ctx_active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1001,"ctx_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1831,"ctx_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1002,"ctx_good_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2105,"ctx_good_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1832,"ctx_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1833,"ctx_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1003,"ctx_base_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+2106,"ctx_base_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+1834,"ctx_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1835,"ctx_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1004,"ctx_status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1836,"ctx_status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1005,"start_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+1006,"start_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+356,"sweep_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+1007,"wake_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+357,"wake_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+1009,"wake_ticks_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+2107,"wake_ticks_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+359,"retire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+360,"retire_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+361,"retire_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+362,"partial",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1731,"done_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1745,"done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2307,"t",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2307,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2306,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+1010,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+1011,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_dma_wr ");
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1746,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1747,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+1911,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+1749,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+1913,"data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1750,"data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1909,"data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1910,"data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1748,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1753,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+921,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+920,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1815,"mwr_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1816,"mwr_more_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+965,"mwr_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+969,"mwr_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declArray(c+2077,"mwr_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2085,"mwr_pl_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+2086,"mwr_pl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+2076,"mwr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSplit", "StSend", "StDrain", 
                                "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(6, "pcie_dma_wr.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1837,"state_q",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+2108,"state_d",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+1012,"addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2109,"addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1014,"left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+2111,"left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1838,"recv_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+2112,"recv_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1015,"chunk_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+2113,"chunk_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+389,"err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2114,"err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2239,"BackToBack",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+1016,"mps_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1017,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1018,"next_chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declQuad(c+1019,"next_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+1021,"next_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+2115,"len_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2321,"QueueDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2321,"QueueSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2243,"QcWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declArray(c+1022,"queue_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 447,0);
    tracep->declArray(c+2116,"queue_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 447,0);
    tracep->declBus(c+1839,"queued_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2130,"queued_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2232,"in_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2131,"take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+2132,"total",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+2133,"queue_fits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1840,"flush",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+2134,"joined",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 703,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2339,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2340,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_msix ");
    tracep->declBus(c+2240,"NumVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2298,"VecWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1804,"pba_sel_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1806,"acc_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1807,"acc_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1805,"acc_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1908,"acc_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"acc_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1783,"msix_enable_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1784,"func_mask_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1753,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+291,"req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2331,"vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+1809,"msg_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+962,"msg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+964,"msg_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2075,"msg_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1799,"busy_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1036+i*1,"addr_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1044+i*1,"addr_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1052+i*1,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBit(c+1841+i*1,"mask_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    tracep->declBus(c+1849,"pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+363,"pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+1850,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1851,"entry_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+2341,"PbaWords",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+1852,"pba_bits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1809,"sending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2156,"sending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1060,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+2157,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+962,"msg_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+2158,"msg_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+964,"msg_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+2160,"msg_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1853,"found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1854,"found_vec",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1855,"deliverable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2233,"picked_masked",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1061,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1856,"w",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2307,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx ");
    tracep->declBus(c+2260,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+926,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+934,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+935,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+936,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+937,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1754,"mem_space_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+918,"bar0_base_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+921,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+938,"req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+939,"req_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1793,"req_kind_o",5,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+940,"req_mem_read_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+941,"req_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+943,"req_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+944,"req_tc_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+945,"req_attr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+946,"req_offset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+947,"req_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+948,"req_first_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+949,"req_last_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+950,"req_cfg_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+942,"req_cfg_busdev_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1794,"pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+1908,"pl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1795,"cpl_start_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+954,"cpl_requester_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+955,"cpl_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+956,"cpl_status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+957,"cpl_byte_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+958,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+951,"cpl_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1145,"cpl_dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1800,"cpl_dw_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+1736,"cpl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1744,"cpl_dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1796,"cpl_end_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1797,"cpl_ok_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1785,"ev_malformed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1786,"ev_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1787,"ev_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1788,"ev_poisoned_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1789,"ev_unexpected_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+952,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2321,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StHdr", "StDecode", "StPayload", "StEnd", 
                                "StWaitTarget"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(7, "pcie_rx.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1062,"state_q",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1857,"state_d",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+1063+i*1,"hdr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+1067,"hdr_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1858,"hdr_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+1068,"saw_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1859,"saw_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1860,"pl_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1861,"pl_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    {
        const char* __VenumItemNames[]
        = {"ActRequest", "ActDrop", "ActCompletion", 
                                "ActUnexpected"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(8, "pcie_rx.action_e", 4, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1862,"action_q",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1863,"action_d",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1793,"kind_q",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1864,"kind_d",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1069,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1865,"malformed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1070,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1866,"ur_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1691+i*1,"payload_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declArray(c+1071,"rest_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+1867,"rest_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1079,"rest_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1875,"rest_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1080,"fmt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1081,"typ",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+1082,"has_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1083,"hdr_4dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1084,"digest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+951,"poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+947,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1085,"expected_pl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declQuad(c+1086,"addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+948,"first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+949,"last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1088,"mps_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+1089,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1090,"hdr_seen",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1091,"hdr_complete",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1092,"use_rest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1093,"dw_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+1736,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1876,"pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1094,"pl_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1877,"pl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1878,"pl_cnt_sum",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+1879,"bar_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1095,"bad_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1880,"dec_action",8, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1881,"dec_kind",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1882,"dec_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1883,"data_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+1096,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+1097,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+1707,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx_unpack ");
    tracep->declBus(c+2240,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2177,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2185,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2186,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2187,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2188,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+926,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+934,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+935,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+936,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+937,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2298,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->pushNamePrefix("g_whole_beats ");
    tracep->declArray(c+926,"beat_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+934,"count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+935,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+936,"full_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_sim_ctrl ");
    tracep->declBit(c+2239,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+2342,"DefaultCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2202,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2229,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2204,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+8,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+390,"seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+923,"drop_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+924,"drop_cpl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+925,"cpl_timeout_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1785,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1786,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2234,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2343,"RegId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2344,"RegVersion",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2345,"RegSeed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2346,"RegDropCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2347,"RegCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2348,"RegMalformed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2349,"RegUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2350,"RegCplErr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->pushNamePrefix("gen_ctrl ");
    tracep->declBus(c+390,"seed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+288,"seed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1098,"drop_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+289,"drop_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+925,"timeout_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+290,"timeout_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+1099,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1100,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1101,"cpl_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+2235,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_target ");
    tracep->declBus(c+2260,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+938,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+939,"req_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1793,"req_kind_i",5,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+940,"req_mem_read_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+941,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+943,"req_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+944,"req_tc_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+945,"req_attr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+946,"req_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+947,"req_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+948,"req_first_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+949,"req_last_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+950,"req_cfg_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+942,"req_cfg_busdev_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1794,"pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+1908,"pl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+950,"cfg_rd_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1801,"cfg_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1802,"cfg_wr_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+950,"cfg_wr_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1908,"cfg_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+948,"cfg_wr_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1803,"cfg_capture_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+959,"cfg_capture_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+920,"completer_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+1804,"msix_pba_sel_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1806,"msix_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+1807,"msix_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1805,"msix_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1908,"msix_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"msix_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1724,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2241,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1725,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+1726,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+1908,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+1727,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+387,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+388,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+960,"cpl_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1146,"cpl_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+961,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1808,"cpl_pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declArray(c+2067,"cpl_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBit(c+1166,"cpl_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+923,"drop_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+924,"drop_cpl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1790,"ev_sent_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StMemAccess", "StMemWaitData", 
                                "StCompletion", "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(9, "pcie_target.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1102,"state_q",9, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+2161,"state_d",9, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1794,"idx_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+2162,"idx_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+1103,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1884,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+1104,"with_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1885,"with_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1708+i*1,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+1886,"rdata_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2163,"advance",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1887,"rdata_wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1888,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+1727,"dw_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+1889,"last_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1725,"is_write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+1890,"window",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1105,"byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+1106,"lower_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+1150,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+1107,"unused_byte_count_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_arb ");
    tracep->declBus(c+2260,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+960,"cpl_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1146,"cpl_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+961,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+1808,"cpl_pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declArray(c+2067,"cpl_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBit(c+1166,"cpl_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1809,"msix_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1108,"msix_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+964,"msix_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2075,"msix_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1815,"mwr_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1816,"mwr_more_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+965,"mwr_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+969,"mwr_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declArray(c+2077,"mwr_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2085,"mwr_pl_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+2086,"mwr_pl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+2076,"mwr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+1810,"mrd_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+1811,"mrd_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+1167,"mrd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2087,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1817,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1818,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2231,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+970,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+953,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSend"};
        const char* __VenumItemValues[]
        = {"0", "1"};
        tracep->declDTypeEnum(10, "pcie_tx_arb.state_e", 2, 1, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1112,"state_q",10, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+2164,"state_d",10, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    {
        const char* __VenumItemNames[]
        = {"SrcCpl", "SrcMsix", "SrcMwr", "SrcMrd"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(11, "pcie_tx_arb.source_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+1113,"src_q",11, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1891,"src_d",11, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+1114,"cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+2165,"cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declArray(c+1892,"hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+1115,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declArray(c+2166,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1168,"pl_avail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+1896,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1897,"tlp_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1898,"word_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1899,"pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1900,"pl_lane",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+1901,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+1902,"pl_in_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+1116+i*1,"hdr_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 1,0);
    }
    tracep->declBit(c+1818,"last_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2174,"accept",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2175,"done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1903,"unused_pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_pack ");
    tracep->declBus(c+2240,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2240,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2261,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+2176,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2087,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+1817,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+1818,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2231,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+970,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+2189,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+2197,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2198,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2199,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+2200,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+2298,"FillWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declArray(c+1124,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+364,"data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+1132,"skid_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+372,"skid_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1904,"keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+380,"keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+1140,"skid_keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+381,"skid_keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+1141,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+382,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1142,"skid_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+383,"skid_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1143,"valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+384,"valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1144,"skid_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+385,"skid_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2241,"completes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+2087,"beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+1905,"beat_lanes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+2174,"new_beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+18,"out_free",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+386,"beat_keep",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+1906,"keep_plus_one",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 32,0);
    tracep->pushNamePrefix("g_whole_beats ");
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+2306,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(4);
    tracep->pushNamePrefix("u_host ");
    tracep->declBus(c+2209,"admin_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2210,"identify_inflight_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+2211,"scan_phase_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+2212,"registering_nsid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2213,"registered_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2214,"interrupts_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+2215,"resets_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vcosim_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0(Vcosim_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+2331,"Fmt3Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2351,"Fmt4Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2332,"Fmt3DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2352,"Fmt4DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2353,"FmtPrefix",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2354,"TypeMem",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2355,"TypeMemLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2356,"TypeIo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2357,"TypeCfg0",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2358,"TypeCfg1",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2359,"TypeCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2360,"TypeCplLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+2331,"CplSc",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2351,"CplUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2332,"CplCrs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2353,"CplCa",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2321,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2361,"WinRegs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2362,"WinDoorbell",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2363,"WinMsixTbl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2364,"WinMsixPba",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
}

VL_ATTR_COLD void Vcosim_top___024root__trace_init_sub__TOP__nvme_pkg__0(Vcosim_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_init_sub__TOP__nvme_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+2343,"OpDeleteIoSq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2330,"OpCreateIoSq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2365,"OpGetLogPage",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2344,"OpDeleteIoCq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"OpCreateIoCq",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2366,"OpIdentify",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2345,"OpAbort",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2367,"OpSetFeatures",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2368,"OpGetFeatures",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2346,"OpAsyncEvent",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2343,"CnsNamespace",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2330,"CnsController",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2365,"CnsActiveList",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2263,"CnsDescriptors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2330,"LogError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2365,"LogSmart",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2344,"LogChangedNs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2330,"FidArbitration",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2365,"FidPowerMgmt",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2344,"FidTempThreshold",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2264,"FidErrorRecovery",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2369,"FidNumQueues",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2345,"FidIrqCoalescing",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2368,"FidWriteAtomic",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2370,"FidAsyncConfig",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+2371,"StSuccess",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2372,"StInvalidOpcode",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2373,"StInvalidField",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2374,"StInternalError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2375,"StAbortRequested",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2376,"StCmdSequenceError",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2377,"StInvalidNamespace",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2378,"StPrpOffsetInvalid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2379,"StCqInvalid",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2380,"StInvalidQueueId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2381,"StInvalidQueueSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2382,"StAbortLimit",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2383,"StAerLimitExceeded",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2384,"StInvalidVector",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2385,"StInvalidLogPage",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2386,"StInvalidQueueDel",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2387,"StFeatureNotSaveable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 14,0);
    tracep->declBus(c+2388,"VersionReg",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+2331,"NsLieNone",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2351,"NsLieFlbas",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2332,"NsLieLbadsSmall",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2352,"NsLieLbadsLarge",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2353,"NsLieNcap",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+2361,"ListLieNone",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2362,"ListLieUnsorted",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2363,"ListLieDuplicate",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+2364,"ListLieZero",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
}

VL_ATTR_COLD void Vcosim_top___024root__trace_init_top(Vcosim_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_init_top\n"); );
    // Body
    Vcosim_top___024root__trace_init_sub__TOP__0(vlSelf, tracep);
    tracep->pushNamePrefix("nvme_pkg ");
    Vcosim_top___024root__trace_init_sub__TOP__nvme_pkg__0(vlSelf, tracep);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("pcie_ep_pkg ");
    Vcosim_top___024root__trace_init_sub__TOP__pcie_ep_pkg__0(vlSelf, tracep);
    tracep->popNamePrefix(1);
}

VL_ATTR_COLD void Vcosim_top___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vcosim_top___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vcosim_top___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/);

VL_ATTR_COLD void Vcosim_top___024root__trace_register(Vcosim_top___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_register\n"); );
    // Body
    tracep->addFullCb(&Vcosim_top___024root__trace_full_top_0, vlSelf);
    tracep->addChgCb(&Vcosim_top___024root__trace_chg_top_0, vlSelf);
    tracep->addCleanupCb(&Vcosim_top___024root__trace_cleanup, vlSelf);
}

VL_ATTR_COLD void Vcosim_top___024root__trace_full_sub_0(Vcosim_top___024root* vlSelf, VerilatedFst::Buffer* bufp);

VL_ATTR_COLD void Vcosim_top___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_full_top_0\n"); );
    // Init
    Vcosim_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vcosim_top___024root*>(voidSelf);
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    Vcosim_top___024root__trace_full_sub_0((&vlSymsp->TOP), bufp);
}

extern const VlWide<8>/*255:0*/ Vcosim_top__ConstPool__CONST_h9e67c271_0;
extern const VlWide<10>/*319:0*/ Vcosim_top__ConstPool__CONST_heb83c8ac_0;
extern const VlWide<16>/*511:0*/ Vcosim_top__ConstPool__CONST_h61538e93_0;

VL_ATTR_COLD void Vcosim_top___024root__trace_full_sub_0(Vcosim_top___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vcosim_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vcosim_top___024root__trace_full_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
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
    VlWide<5>/*159:0*/ __Vtemp_h5348e692__0;
    // Body
    bufp->fullBit(oldp+1,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req));
    bufp->fullBit(oldp+2,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we));
    bufp->fullBit(oldp+3,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_changed));
    bufp->fullSData(oldp+4,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__rel),16);
    bufp->fullCData(oldp+5,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_entry),5);
    bufp->fullCData(oldp+6,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_field),3);
    bufp->fullBit(oldp+7,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__sel_valid));
    bufp->fullIData(oldp+8,(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_rdata),32);
    bufp->fullQData(oldp+9,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__wake_at),48);
    bufp->fullBit(oldp+11,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject));
    bufp->fullBit(oldp+12,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_valid));
    bufp->fullQData(oldp+13,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__admin_wake_at),48);
    bufp->fullIData(oldp+15,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_ready),32);
    bufp->fullBit(oldp+16,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found));
    bufp->fullCData(oldp+17,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_slot),5);
    bufp->fullBit(oldp+18,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__out_free));
    bufp->fullBit(oldp+19,(vlSelf->cosim_top__DOT__u_dut__DOT__core_quiet));
    bufp->fullIData(oldp+20,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata),32);
    bufp->fullIData(oldp+21,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_lat_rdata),32);
    bufp->fullBit(oldp+22,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_d));
    bufp->fullSData(oldp+23,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_d),11);
    bufp->fullBit(oldp+24,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_d));
    bufp->fullQData(oldp+25,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_d),64);
    bufp->fullWData(oldp+27,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_d),8192);
    bufp->fullIData(oldp+283,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_d),32);
    bufp->fullQData(oldp+284,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_d),48);
    bufp->fullCData(oldp+286,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_d),7);
    bufp->fullSData(oldp+287,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_d),14);
    bufp->fullIData(oldp+288,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
    bufp->fullIData(oldp+289,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
    bufp->fullSData(oldp+290,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    bufp->fullBit(oldp+291,(vlSelf->cosim_top__DOT__u_dut__DOT__msix_req));
    bufp->fullCData(oldp+292,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_d),5);
    bufp->fullBit(oldp+293,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal));
    bufp->fullBit(oldp+294,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_take));
    bufp->fullCData(oldp+295,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_d),3);
    bufp->fullCData(oldp+296,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_d),5);
    bufp->fullBit(oldp+297,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_d));
    bufp->fullCData(oldp+298,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_d),3);
    bufp->fullSData(oldp+299,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_d),15);
    bufp->fullIData(oldp+300,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_d),32);
    bufp->fullSData(oldp+301,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_d),13);
    bufp->fullSData(oldp+302,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_d),13);
    bufp->fullBit(oldp+303,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_d));
    bufp->fullSData(oldp+304,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_d),11);
    bufp->fullSData(oldp+305,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_d),10);
    bufp->fullIData(oldp+306,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_d),32);
    bufp->fullSData(oldp+307,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_d),11);
    bufp->fullCData(oldp+308,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_d),2);
    bufp->fullBit(oldp+309,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_d));
    bufp->fullBit(oldp+310,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_d));
    bufp->fullIData(oldp+311,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_d),32);
    bufp->fullBit(oldp+312,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_d));
    bufp->fullSData(oldp+313,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_d),12);
    bufp->fullBit(oldp+314,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_d));
    bufp->fullCData(oldp+315,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_d),3);
    bufp->fullIData(oldp+316,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_d),32);
    bufp->fullIData(oldp+317,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_d),32);
    bufp->fullQData(oldp+318,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_d),52);
    bufp->fullQData(oldp+320,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_d),52);
    bufp->fullIData(oldp+322,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_d),32);
    bufp->fullCData(oldp+323,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_d),2);
    bufp->fullBit(oldp+324,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_d));
    bufp->fullBit(oldp+325,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_d));
    bufp->fullSData(oldp+326,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_d),12);
    bufp->fullSData(oldp+327,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_d),12);
    bufp->fullQData(oldp+328,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_d),48);
    bufp->fullIData(oldp+330,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr),32);
    bufp->fullBit(oldp+331,((1U & VL_REDXOR_32((0xfffU 
                                                & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_addr)))));
    bufp->fullBit(oldp+332,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_dma_cpl_err));
    bufp->fullBit(oldp+333,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err));
    bufp->fullSData(oldp+334,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
    bufp->fullSData(oldp+335,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
    bufp->fullCData(oldp+336,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
    bufp->fullIData(oldp+337,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
    bufp->fullIData(oldp+338,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
    bufp->fullCData(oldp+339,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
    bufp->fullSData(oldp+340,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
    bufp->fullCData(oldp+341,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
    bufp->fullCData(oldp+342,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
    bufp->fullCData(oldp+343,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
    bufp->fullCData(oldp+344,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
    bufp->fullIData(oldp+345,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__wval),32);
    bufp->fullIData(oldp+346,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
    bufp->fullCData(oldp+347,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
    bufp->fullCData(oldp+348,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
    bufp->fullCData(oldp+349,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
    bufp->fullCData(oldp+350,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
    bufp->fullCData(oldp+351,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
    bufp->fullCData(oldp+352,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
    bufp->fullCData(oldp+353,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
    bufp->fullCData(oldp+354,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
    bufp->fullCData(oldp+355,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
    bufp->fullBit(oldp+356,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
    bufp->fullQData(oldp+357,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
    bufp->fullBit(oldp+359,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire));
    bufp->fullBit(oldp+360,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_err));
    bufp->fullCData(oldp+361,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
    bufp->fullBit(oldp+362,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__partial));
    bufp->fullCData(oldp+363,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_d),8);
    bufp->fullWData(oldp+364,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_d),256);
    bufp->fullWData(oldp+372,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),256);
    bufp->fullIData(oldp+380,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_d),32);
    bufp->fullIData(oldp+381,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),32);
    bufp->fullBit(oldp+382,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_d));
    bufp->fullBit(oldp+383,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
    bufp->fullBit(oldp+384,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_d));
    bufp->fullBit(oldp+385,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
    bufp->fullIData(oldp+386,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_keep),32);
    bufp->fullBit(oldp+387,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rvalid_q));
    bufp->fullIData(oldp+388,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_q),32);
    bufp->fullBit(oldp+389,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_q));
    bufp->fullIData(oldp+390,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
    bufp->fullIData(oldp+391,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__nn_q),32);
    bufp->fullIData(oldp+392,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__ready_delay_q),32);
    bufp->fullCData(oldp+393,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__list_lie_q),2);
    bufp->fullCData(oldp+394,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__slots_q),6);
    bufp->fullQData(oldp+395,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q),48);
    bufp->fullIData(oldp+397,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__lose_nsid_q),32);
    bufp->fullBit(oldp+398,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run));
    bufp->fullBit(oldp+399,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                             | ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                | ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                   | ((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q)) 
                                      & (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q))))))));
    bufp->fullQData(oldp+400,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__asq_q),52);
    bufp->fullQData(oldp+402,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__acq_q),52);
    bufp->fullSData(oldp+404,((0xfffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q)),12);
    bufp->fullSData(oldp+405,((0xfffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q 
                                         >> 0x10U))),12);
    bufp->fullSData(oldp+406,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q),12);
    bufp->fullSData(oldp+407,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cq_head_q),12);
    bufp->fullBit(oldp+408,((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q))));
    bufp->fullQData(oldp+409,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__ready_at_q),48);
    bufp->fullCData(oldp+411,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__busy_slots),6);
    bufp->fullIData(oldp+412,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_q),32);
    bufp->fullIData(oldp+413,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_q),32);
    bufp->fullIData(oldp+414,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q),32);
    bufp->fullQData(oldp+415,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[0]),48);
    bufp->fullQData(oldp+417,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[1]),48);
    bufp->fullQData(oldp+419,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[2]),48);
    bufp->fullQData(oldp+421,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[3]),48);
    bufp->fullQData(oldp+423,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[4]),48);
    bufp->fullQData(oldp+425,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[5]),48);
    bufp->fullQData(oldp+427,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[6]),48);
    bufp->fullQData(oldp+429,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[7]),48);
    bufp->fullQData(oldp+431,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[8]),48);
    bufp->fullQData(oldp+433,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[9]),48);
    bufp->fullQData(oldp+435,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[10]),48);
    bufp->fullQData(oldp+437,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[11]),48);
    bufp->fullQData(oldp+439,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[12]),48);
    bufp->fullQData(oldp+441,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[13]),48);
    bufp->fullQData(oldp+443,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[14]),48);
    bufp->fullQData(oldp+445,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[15]),48);
    bufp->fullQData(oldp+447,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[16]),48);
    bufp->fullQData(oldp+449,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[17]),48);
    bufp->fullQData(oldp+451,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[18]),48);
    bufp->fullQData(oldp+453,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[19]),48);
    bufp->fullQData(oldp+455,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[20]),48);
    bufp->fullQData(oldp+457,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[21]),48);
    bufp->fullQData(oldp+459,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[22]),48);
    bufp->fullQData(oldp+461,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[23]),48);
    bufp->fullQData(oldp+463,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[24]),48);
    bufp->fullQData(oldp+465,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[25]),48);
    bufp->fullQData(oldp+467,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[26]),48);
    bufp->fullQData(oldp+469,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[27]),48);
    bufp->fullQData(oldp+471,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[28]),48);
    bufp->fullQData(oldp+473,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[29]),48);
    bufp->fullQData(oldp+475,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[30]),48);
    bufp->fullQData(oldp+477,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_deadline_q[31]),48);
    bufp->fullSData(oldp+479,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q),12);
    bufp->fullBit(oldp+480,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found));
    bufp->fullCData(oldp+481,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_slot),5);
    bufp->fullCData(oldp+482,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__rr_q),5);
    bufp->fullBit(oldp+483,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_executing));
    bufp->fullCData(oldp+484,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q),5);
    bufp->fullBit(oldp+485,((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q))));
    bufp->fullBit(oldp+486,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_q 
                                   >> (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_slot_q)))));
    bufp->fullCData(oldp+487,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q),3);
    bufp->fullBit(oldp+488,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q));
    bufp->fullSData(oldp+489,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_q),16);
    bufp->fullSData(oldp+490,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_q),16);
    bufp->fullSData(oldp+491,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_q),16);
    bufp->fullSData(oldp+492,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_q),16);
    bufp->fullCData(oldp+493,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q),3);
    bufp->fullSData(oldp+494,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__status_q),15);
    bufp->fullIData(oldp+495,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__result_q),32);
    bufp->fullSData(oldp+496,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg1_bytes_q),13);
    bufp->fullSData(oldp+497,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg2_bytes_q),13);
    bufp->fullBit(oldp+498,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__in_seg2_q));
    bufp->fullSData(oldp+499,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__sent_q),11);
    bufp->fullSData(oldp+500,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q),10);
    bufp->fullIData(oldp+501,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_nsid_q),32);
    bufp->fullSData(oldp+502,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_count_q),11);
    bufp->fullCData(oldp+503,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_lie_q),2);
    bufp->fullBit(oldp+504,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_next_q));
    bufp->fullBit(oldp+505,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_held_q));
    bufp->fullIData(oldp+506,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__pend_nsid_q),32);
    bufp->fullBit(oldp+507,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__clear_changed_q));
    bufp->fullSData(oldp+508,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_q),12);
    bufp->fullBit(oldp+509,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__phase_q));
    bufp->fullSData(oldp+510,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_tail_next),12);
    bufp->fullBit(oldp+511,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q 
                                   >> 8U))));
    bufp->fullBit(oldp+512,(((7U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                             | ((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
                                & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad)) 
                                   | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend))))));
    bufp->fullBit(oldp+513,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_pad));
    bufp->fullBit(oldp+514,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_pend));
    bufp->fullBit(oldp+515,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__list_hold));
    bufp->fullSData(oldp+516,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__seg_bytes),13);
    bufp->fullSData(oldp+517,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__words_left),11);
    bufp->fullCData(oldp+518,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__word_dws),4);
    bufp->fullCData(oldp+519,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_count),4);
    bufp->fullBit(oldp+520,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_waiting_q));
    bufp->fullWData(oldp+521,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_q),256);
    bufp->fullCData(oldp+529,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_q),4);
    bufp->fullSData(oldp+530,((0x3ffU & ((IData)(1U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+531,((0x3ffU & ((IData)(2U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+532,((0x3ffU & ((IData)(3U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+533,((0x3ffU & ((IData)(4U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+534,((0x3ffU & ((IData)(5U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+535,((0x3ffU & ((IData)(6U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullSData(oldp+536,((0x3ffU & ((IData)(7U) 
                                         + (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__gen_dw_q)))),10);
    bufp->fullBit(oldp+537,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_event_q));
    bufp->fullBit(oldp+538,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_q));
    bufp->fullBit(oldp+539,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_overflow_q));
    bufp->fullIData(oldp+540,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_q),32);
    bufp->fullIData(oldp+541,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_q),32);
    bufp->fullIData(oldp+542,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_q),32);
    bufp->fullIData(oldp+543,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_q),32);
    bufp->fullIData(oldp+544,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_q),32);
    bufp->fullIData(oldp+545,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_q),32);
    bufp->fullIData(oldp+546,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_q),32);
    bufp->fullIData(oldp+547,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk7__DOT__i),32);
    bufp->fullIData(oldp+548,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[0]),32);
    bufp->fullIData(oldp+549,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[1]),32);
    bufp->fullIData(oldp+550,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[2]),32);
    bufp->fullIData(oldp+551,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[3]),32);
    bufp->fullIData(oldp+552,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[4]),32);
    bufp->fullIData(oldp+553,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[5]),32);
    bufp->fullIData(oldp+554,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[6]),32);
    bufp->fullIData(oldp+555,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[7]),32);
    bufp->fullIData(oldp+556,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[8]),32);
    bufp->fullIData(oldp+557,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[9]),32);
    bufp->fullIData(oldp+558,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[10]),32);
    bufp->fullIData(oldp+559,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[11]),32);
    bufp->fullIData(oldp+560,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[12]),32);
    bufp->fullIData(oldp+561,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[13]),32);
    bufp->fullIData(oldp+562,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[14]),32);
    bufp->fullIData(oldp+563,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[15]),32);
    bufp->fullIData(oldp+564,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__nsid_q[16]),32);
    bufp->fullBit(oldp+565,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[0]));
    bufp->fullBit(oldp+566,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[1]));
    bufp->fullBit(oldp+567,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[2]));
    bufp->fullBit(oldp+568,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[3]));
    bufp->fullBit(oldp+569,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[4]));
    bufp->fullBit(oldp+570,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[5]));
    bufp->fullBit(oldp+571,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[6]));
    bufp->fullBit(oldp+572,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[7]));
    bufp->fullBit(oldp+573,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[8]));
    bufp->fullBit(oldp+574,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[9]));
    bufp->fullBit(oldp+575,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[10]));
    bufp->fullBit(oldp+576,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[11]));
    bufp->fullBit(oldp+577,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[12]));
    bufp->fullBit(oldp+578,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[13]));
    bufp->fullBit(oldp+579,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[14]));
    bufp->fullBit(oldp+580,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[15]));
    bufp->fullBit(oldp+581,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__mode_q[16]));
    bufp->fullQData(oldp+582,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[0]),48);
    bufp->fullQData(oldp+584,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[1]),48);
    bufp->fullQData(oldp+586,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[2]),48);
    bufp->fullQData(oldp+588,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[3]),48);
    bufp->fullQData(oldp+590,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[4]),48);
    bufp->fullQData(oldp+592,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[5]),48);
    bufp->fullQData(oldp+594,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[6]),48);
    bufp->fullQData(oldp+596,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[7]),48);
    bufp->fullQData(oldp+598,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[8]),48);
    bufp->fullQData(oldp+600,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[9]),48);
    bufp->fullQData(oldp+602,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[10]),48);
    bufp->fullQData(oldp+604,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[11]),48);
    bufp->fullQData(oldp+606,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[12]),48);
    bufp->fullQData(oldp+608,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[13]),48);
    bufp->fullQData(oldp+610,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[14]),48);
    bufp->fullQData(oldp+612,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[15]),48);
    bufp->fullQData(oldp+614,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__min_q[16]),48);
    bufp->fullQData(oldp+616,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[0]),48);
    bufp->fullQData(oldp+618,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[1]),48);
    bufp->fullQData(oldp+620,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[2]),48);
    bufp->fullQData(oldp+622,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[3]),48);
    bufp->fullQData(oldp+624,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[4]),48);
    bufp->fullQData(oldp+626,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[5]),48);
    bufp->fullQData(oldp+628,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[6]),48);
    bufp->fullQData(oldp+630,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[7]),48);
    bufp->fullQData(oldp+632,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[8]),48);
    bufp->fullQData(oldp+634,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[9]),48);
    bufp->fullQData(oldp+636,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[10]),48);
    bufp->fullQData(oldp+638,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[11]),48);
    bufp->fullQData(oldp+640,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[12]),48);
    bufp->fullQData(oldp+642,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[13]),48);
    bufp->fullQData(oldp+644,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[14]),48);
    bufp->fullQData(oldp+646,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[15]),48);
    bufp->fullQData(oldp+648,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__max_q[16]),48);
    bufp->fullQData(oldp+650,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__state_q),64);
    bufp->fullIData(oldp+652,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__unnamedblk1__DOT__i),32);
    bufp->fullWData(oldp+653,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__active_q),8192);
    bufp->fullSData(oldp+909,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__count_q),14);
    bufp->fullCData(oldp+910,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__state_q),3);
    bufp->fullIData(oldp+911,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cc_q),32);
    bufp->fullIData(oldp+912,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__aqa_q),32);
    bufp->fullIData(oldp+913,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__intm_q),32);
    bufp->fullCData(oldp+914,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__shst_q),2);
    bufp->fullBit(oldp+915,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__cfs_q));
    bufp->fullBit(oldp+916,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__csts_rdy_q));
    bufp->fullBit(oldp+917,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdy));
    bufp->fullQData(oldp+918,((((QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                << 0x12U) | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
    bufp->fullSData(oldp+920,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
    bufp->fullCData(oldp+921,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload),3);
    bufp->fullCData(oldp+922,(((5U < (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                            >> 0xcU)))
                                ? 5U : (7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                              >> 0xcU)))),3);
    bufp->fullBit(oldp+923,((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
    bufp->fullBit(oldp+924,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__drop_cpl_take));
    bufp->fullSData(oldp+925,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
    bufp->fullWData(oldp+926,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q),256);
    bufp->fullCData(oldp+934,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q),4);
    bufp->fullBit(oldp+935,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q));
    bufp->fullBit(oldp+936,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q));
    bufp->fullBit(oldp+937,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__rx_dw_ready));
    bufp->fullBit(oldp+938,((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q))));
    bufp->fullBit(oldp+939,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_done));
    bufp->fullBit(oldp+940,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_mem_read));
    bufp->fullSData(oldp+941,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U] >> 0x10U)),16);
    bufp->fullSData(oldp+942,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x13U)),13);
    bufp->fullCData(oldp+943,((0xffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 8U))),8);
    bufp->fullCData(oldp+944,((7U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x14U))),3);
    bufp->fullCData(oldp+945,(((4U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x10U)) 
                               | (3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0xcU)))),3);
    bufp->fullSData(oldp+946,((0x3fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr))),14);
    bufp->fullSData(oldp+947,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw),11);
    bufp->fullCData(oldp+948,((0xfU & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U])),4);
    bufp->fullCData(oldp+949,((0xfU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U] >> 4U))),4);
    bufp->fullSData(oldp+950,((0x3ffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U))),10);
    bufp->fullBit(oldp+951,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xeU))));
    bufp->fullBit(oldp+952,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
                             & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
    bufp->fullBit(oldp+953,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
    bufp->fullSData(oldp+954,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x10U)),16);
    bufp->fullCData(oldp+955,((0xffU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),8);
    bufp->fullCData(oldp+956,((7U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U] >> 0xdU))),3);
    bufp->fullSData(oldp+957,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_byte_count),13);
    bufp->fullSData(oldp+958,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw),11);
    bufp->fullSData(oldp+959,((0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U] >> 0x10U))),16);
    bufp->fullBit(oldp+960,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_valid));
    bufp->fullSData(oldp+961,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                : 0U)),11);
    bufp->fullQData(oldp+962,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
    bufp->fullIData(oldp+964,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
    bufp->fullWData(oldp+965,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_hdr),128);
    bufp->fullSData(oldp+969,((0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                         >> 2U))),11);
    bufp->fullBit(oldp+970,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
    bufp->fullSData(oldp+971,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
    bufp->fullCData(oldp+972,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
    bufp->fullIData(oldp+973,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
    bufp->fullIData(oldp+974,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
    bufp->fullCData(oldp+975,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
    bufp->fullSData(oldp+976,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
    bufp->fullCData(oldp+977,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
    bufp->fullCData(oldp+978,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
    bufp->fullCData(oldp+979,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
    bufp->fullCData(oldp+980,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 5U))),3);
    bufp->fullCData(oldp+981,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 0xcU))),3);
    bufp->fullIData(oldp+982,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
    bufp->fullCData(oldp+983,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
    bufp->fullCData(oldp+984,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
    bufp->fullCData(oldp+985,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
    bufp->fullCData(oldp+986,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
    bufp->fullCData(oldp+987,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
    bufp->fullCData(oldp+988,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
    bufp->fullCData(oldp+989,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
    bufp->fullCData(oldp+990,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
    bufp->fullCData(oldp+991,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
    bufp->fullQData(oldp+992,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
    bufp->fullSData(oldp+994,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
    bufp->fullBit(oldp+995,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_found));
    bufp->fullCData(oldp+996,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
    bufp->fullSData(oldp+997,((0x1fffU & ((IData)(0x1000U) 
                                          - (0xfffU 
                                             & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
    bufp->fullSData(oldp+998,((0x1fffU & ((IData)(0x80U) 
                                          << ((5U < 
                                               (7U 
                                                & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                   >> 0xcU)))
                                               ? 5U
                                               : (7U 
                                                  & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
    bufp->fullSData(oldp+999,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
    bufp->fullBit(oldp+1000,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
    bufp->fullBit(oldp+1001,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
    bufp->fullBit(oldp+1002,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    bufp->fullSData(oldp+1003,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
    bufp->fullCData(oldp+1004,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
    bufp->fullCData(oldp+1005,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 8U))),5);
    bufp->fullBit(oldp+1006,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__start_valid));
    bufp->fullQData(oldp+1007,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
    bufp->fullSData(oldp+1009,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
    bufp->fullIData(oldp+1010,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
    bufp->fullIData(oldp+1011,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
    bufp->fullQData(oldp+1012,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
    bufp->fullSData(oldp+1014,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
    bufp->fullSData(oldp+1015,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
    bufp->fullSData(oldp+1016,((0x1fffU & ((IData)(0x80U) 
                                           << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)))),13);
    bufp->fullSData(oldp+1017,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
    bufp->fullSData(oldp+1018,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
    bufp->fullQData(oldp+1019,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
    bufp->fullSData(oldp+1021,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
    bufp->fullWData(oldp+1022,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_q),448);
    bufp->fullIData(oldp+1036,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
    bufp->fullIData(oldp+1037,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
    bufp->fullIData(oldp+1038,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
    bufp->fullIData(oldp+1039,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
    bufp->fullIData(oldp+1040,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
    bufp->fullIData(oldp+1041,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
    bufp->fullIData(oldp+1042,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
    bufp->fullIData(oldp+1043,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
    bufp->fullIData(oldp+1044,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
    bufp->fullIData(oldp+1045,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
    bufp->fullIData(oldp+1046,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
    bufp->fullIData(oldp+1047,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
    bufp->fullIData(oldp+1048,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
    bufp->fullIData(oldp+1049,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
    bufp->fullIData(oldp+1050,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
    bufp->fullIData(oldp+1051,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
    bufp->fullIData(oldp+1052,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
    bufp->fullIData(oldp+1053,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
    bufp->fullIData(oldp+1054,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
    bufp->fullIData(oldp+1055,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
    bufp->fullIData(oldp+1056,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
    bufp->fullIData(oldp+1057,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
    bufp->fullIData(oldp+1058,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
    bufp->fullIData(oldp+1059,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
    bufp->fullCData(oldp+1060,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_q),3);
    bufp->fullIData(oldp+1061,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
    bufp->fullCData(oldp+1062,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q),3);
    bufp->fullIData(oldp+1063,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
    bufp->fullIData(oldp+1064,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
    bufp->fullIData(oldp+1065,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
    bufp->fullIData(oldp+1066,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
    bufp->fullCData(oldp+1067,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
    bufp->fullBit(oldp+1068,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q));
    bufp->fullBit(oldp+1069,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_q));
    bufp->fullBit(oldp+1070,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_q));
    bufp->fullWData(oldp+1071,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_q),256);
    bufp->fullCData(oldp+1079,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q),4);
    bufp->fullCData(oldp+1080,((vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                [0U] >> 0x1dU)),3);
    bufp->fullCData(oldp+1081,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [0U] >> 0x18U))),5);
    bufp->fullBit(oldp+1082,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0x1eU))));
    bufp->fullBit(oldp+1083,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0x1dU))));
    bufp->fullBit(oldp+1084,((1U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                    [0U] >> 0xfU))));
    bufp->fullSData(oldp+1085,((0x7ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_len_dw) 
                                          + (1U & (
                                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                                   [0U] 
                                                   >> 0xfU))))),11);
    bufp->fullQData(oldp+1086,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__addr),64);
    bufp->fullSData(oldp+1088,((0x7ffU & ((IData)(0x20U) 
                                          << (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__max_payload)))),11);
    bufp->fullCData(oldp+1089,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws),3);
    bufp->fullCData(oldp+1090,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen),4);
    bufp->fullBit(oldp+1091,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_seen) 
                              >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_dws))));
    bufp->fullBit(oldp+1092,((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q))));
    bufp->fullBit(oldp+1093,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dw_take));
    bufp->fullBit(oldp+1094,(((0U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_q))
                               ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_q)
                               : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q))));
    bufp->fullBit(oldp+1095,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bad_hdr));
    bufp->fullIData(oldp+1096,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
    bufp->fullIData(oldp+1097,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
    bufp->fullIData(oldp+1098,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
    bufp->fullIData(oldp+1099,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
    bufp->fullIData(oldp+1100,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
    bufp->fullIData(oldp+1101,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
    bufp->fullCData(oldp+1102,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_q),3);
    bufp->fullCData(oldp+1103,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_q),3);
    bufp->fullBit(oldp+1104,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q));
    bufp->fullSData(oldp+1105,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count),13);
    bufp->fullCData(oldp+1106,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr),7);
    bufp->fullBit(oldp+1107,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__byte_count) 
                                    >> 0xcU))));
    bufp->fullWData(oldp+1108,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
    bufp->fullBit(oldp+1112,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q));
    bufp->fullCData(oldp+1113,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
    bufp->fullSData(oldp+1114,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
    bufp->fullSData(oldp+1115,((0x7ffU & ((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                           ? ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_q)
                                               ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__len_dw)
                                               : 0U)
                                           : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? 1U
                                               : ((2U 
                                                   == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                   >> 2U)
                                                   : 0U))))),11);
    bufp->fullCData(oldp+1116,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
    bufp->fullCData(oldp+1117,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[1]),2);
    bufp->fullCData(oldp+1118,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[2]),2);
    bufp->fullCData(oldp+1119,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[3]),2);
    bufp->fullCData(oldp+1120,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[4]),2);
    bufp->fullCData(oldp+1121,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[5]),2);
    bufp->fullCData(oldp+1122,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[6]),2);
    bufp->fullCData(oldp+1123,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[7]),2);
    bufp->fullWData(oldp+1124,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__data_q),256);
    bufp->fullWData(oldp+1132,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),256);
    bufp->fullIData(oldp+1140,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),32);
    bufp->fullBit(oldp+1141,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__last_q));
    bufp->fullBit(oldp+1142,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
    bufp->fullBit(oldp+1143,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__valid_q));
    bufp->fullBit(oldp+1144,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
    bufp->fullBit(oldp+1145,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid) 
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
    __Vtemp_hf92d58aa__0[2U] = ((0xffffff00U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [1U]) | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__lower_addr));
    bufp->fullWData(oldp+1146,(__Vtemp_hf92d58aa__0),96);
    bufp->fullSData(oldp+1149,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_capture_en)
                                 ? (0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U] 
                                               >> 0x10U))
                                 : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullSData(oldp+1150,((((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                 | (1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))
                                 ? (0xfff8U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_q
                                               [2U] 
                                               >> 0x10U))
                                 : (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullQData(oldp+1151,((0xffffffffffffULL & 
                                (((0x10U >= (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry)) 
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
    bufp->fullWData(oldp+1153,(__Vtemp_haee9d52e__0),256);
    bufp->fullBit(oldp+1161,(((4U != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__src_q)) 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullQData(oldp+1162,((0xffffffffffffULL & 
                                (((QData)((IData)((0x1ffffU 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullBit(oldp+1164,((1U & (__Vtemp_hbeddeb7a__0[2U] 
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
                                          : 0ULL) >> 0x20U));
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
    bufp->fullIData(oldp+1165,(__Vtemp_he69f221d__0[0U]),32);
    bufp->fullBit(oldp+1166,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullBit(oldp+1167,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done) 
                              & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullCData(oldp+1168,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                 ? 8U : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                          ? 1U : ((2U 
                                                   == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((8U 
                                                    < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                                    ? 8U
                                                    : 
                                                   (0xfU 
                                                    & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                   : 0U)))),5);
    bufp->fullIData(oldp+1169,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                               [1U]),32);
    bufp->fullWData(oldp+1170,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[0]),320);
    bufp->fullWData(oldp+1180,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[1]),320);
    bufp->fullWData(oldp+1190,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[2]),320);
    bufp->fullWData(oldp+1200,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[3]),320);
    bufp->fullWData(oldp+1210,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[4]),320);
    bufp->fullWData(oldp+1220,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[5]),320);
    bufp->fullWData(oldp+1230,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[6]),320);
    bufp->fullWData(oldp+1240,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[7]),320);
    bufp->fullWData(oldp+1250,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[8]),320);
    bufp->fullWData(oldp+1260,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[9]),320);
    bufp->fullWData(oldp+1270,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[10]),320);
    bufp->fullWData(oldp+1280,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[11]),320);
    bufp->fullWData(oldp+1290,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[12]),320);
    bufp->fullWData(oldp+1300,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[13]),320);
    bufp->fullWData(oldp+1310,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[14]),320);
    bufp->fullWData(oldp+1320,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[15]),320);
    bufp->fullWData(oldp+1330,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[16]),320);
    bufp->fullWData(oldp+1340,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[17]),320);
    bufp->fullWData(oldp+1350,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[18]),320);
    bufp->fullWData(oldp+1360,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[19]),320);
    bufp->fullWData(oldp+1370,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[20]),320);
    bufp->fullWData(oldp+1380,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[21]),320);
    bufp->fullWData(oldp+1390,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[22]),320);
    bufp->fullWData(oldp+1400,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[23]),320);
    bufp->fullWData(oldp+1410,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[24]),320);
    bufp->fullWData(oldp+1420,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[25]),320);
    bufp->fullWData(oldp+1430,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[26]),320);
    bufp->fullWData(oldp+1440,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[27]),320);
    bufp->fullWData(oldp+1450,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[28]),320);
    bufp->fullWData(oldp+1460,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[29]),320);
    bufp->fullWData(oldp+1470,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[30]),320);
    bufp->fullWData(oldp+1480,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_cmd_q[31]),320);
    bufp->fullIData(oldp+1490,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[0]),32);
    bufp->fullIData(oldp+1491,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[1]),32);
    bufp->fullIData(oldp+1492,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[2]),32);
    bufp->fullIData(oldp+1493,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[3]),32);
    bufp->fullIData(oldp+1494,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[4]),32);
    bufp->fullIData(oldp+1495,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[5]),32);
    bufp->fullIData(oldp+1496,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[6]),32);
    bufp->fullIData(oldp+1497,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[7]),32);
    bufp->fullIData(oldp+1498,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[8]),32);
    bufp->fullIData(oldp+1499,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[9]),32);
    bufp->fullIData(oldp+1500,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[10]),32);
    bufp->fullIData(oldp+1501,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[11]),32);
    bufp->fullIData(oldp+1502,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[12]),32);
    bufp->fullIData(oldp+1503,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[13]),32);
    bufp->fullIData(oldp+1504,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[14]),32);
    bufp->fullIData(oldp+1505,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q[15]),32);
    bufp->fullBit(oldp+1506,((8U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_buf_q
                                     [0U]))));
    bufp->fullSData(oldp+1507,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q
                               [0U]),16);
    bufp->fullSData(oldp+1508,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[0]),16);
    bufp->fullSData(oldp+1509,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[1]),16);
    bufp->fullSData(oldp+1510,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[2]),16);
    bufp->fullSData(oldp+1511,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_cid_q[3]),16);
    bufp->fullIData(oldp+1512,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__unnamedblk1__DOT__i),32);
    bufp->fullCData(oldp+1513,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[0]),5);
    bufp->fullCData(oldp+1514,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[1]),5);
    bufp->fullCData(oldp+1515,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[2]),5);
    bufp->fullCData(oldp+1516,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[3]),5);
    bufp->fullCData(oldp+1517,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[4]),5);
    bufp->fullCData(oldp+1518,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[5]),5);
    bufp->fullCData(oldp+1519,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[6]),5);
    bufp->fullCData(oldp+1520,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[7]),5);
    bufp->fullCData(oldp+1521,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[8]),5);
    bufp->fullCData(oldp+1522,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[9]),5);
    bufp->fullCData(oldp+1523,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[10]),5);
    bufp->fullCData(oldp+1524,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[11]),5);
    bufp->fullCData(oldp+1525,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[12]),5);
    bufp->fullCData(oldp+1526,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[13]),5);
    bufp->fullCData(oldp+1527,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[14]),5);
    bufp->fullCData(oldp+1528,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[15]),5);
    bufp->fullCData(oldp+1529,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_cqid_q[16]),5);
    bufp->fullIData(oldp+1530,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__unnamedblk2__DOT__l),32);
    bufp->fullCData(oldp+1531,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
    bufp->fullCData(oldp+1532,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
    bufp->fullCData(oldp+1533,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
    bufp->fullCData(oldp+1534,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
    bufp->fullCData(oldp+1535,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
    bufp->fullCData(oldp+1536,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
    bufp->fullCData(oldp+1537,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
    bufp->fullCData(oldp+1538,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
    bufp->fullCData(oldp+1539,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
    bufp->fullCData(oldp+1540,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
    bufp->fullCData(oldp+1541,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
    bufp->fullCData(oldp+1542,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
    bufp->fullCData(oldp+1543,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
    bufp->fullCData(oldp+1544,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
    bufp->fullCData(oldp+1545,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
    bufp->fullCData(oldp+1546,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
    bufp->fullCData(oldp+1547,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
    bufp->fullCData(oldp+1548,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
    bufp->fullCData(oldp+1549,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
    bufp->fullCData(oldp+1550,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
    bufp->fullCData(oldp+1551,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
    bufp->fullCData(oldp+1552,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
    bufp->fullCData(oldp+1553,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
    bufp->fullCData(oldp+1554,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
    bufp->fullCData(oldp+1555,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
    bufp->fullCData(oldp+1556,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
    bufp->fullCData(oldp+1557,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
    bufp->fullCData(oldp+1558,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
    bufp->fullCData(oldp+1559,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
    bufp->fullCData(oldp+1560,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
    bufp->fullCData(oldp+1561,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
    bufp->fullCData(oldp+1562,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
    bufp->fullSData(oldp+1563,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
    bufp->fullSData(oldp+1564,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
    bufp->fullSData(oldp+1565,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
    bufp->fullSData(oldp+1566,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
    bufp->fullSData(oldp+1567,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
    bufp->fullSData(oldp+1568,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
    bufp->fullSData(oldp+1569,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
    bufp->fullSData(oldp+1570,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
    bufp->fullSData(oldp+1571,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
    bufp->fullSData(oldp+1572,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
    bufp->fullSData(oldp+1573,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
    bufp->fullSData(oldp+1574,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
    bufp->fullSData(oldp+1575,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
    bufp->fullSData(oldp+1576,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
    bufp->fullSData(oldp+1577,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
    bufp->fullSData(oldp+1578,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
    bufp->fullSData(oldp+1579,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
    bufp->fullSData(oldp+1580,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
    bufp->fullSData(oldp+1581,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
    bufp->fullSData(oldp+1582,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
    bufp->fullSData(oldp+1583,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
    bufp->fullSData(oldp+1584,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
    bufp->fullSData(oldp+1585,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
    bufp->fullSData(oldp+1586,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
    bufp->fullSData(oldp+1587,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
    bufp->fullSData(oldp+1588,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
    bufp->fullSData(oldp+1589,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
    bufp->fullSData(oldp+1590,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
    bufp->fullSData(oldp+1591,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
    bufp->fullSData(oldp+1592,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
    bufp->fullSData(oldp+1593,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
    bufp->fullSData(oldp+1594,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
    bufp->fullSData(oldp+1595,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
    bufp->fullSData(oldp+1596,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
    bufp->fullSData(oldp+1597,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
    bufp->fullSData(oldp+1598,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
    bufp->fullSData(oldp+1599,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
    bufp->fullSData(oldp+1600,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
    bufp->fullSData(oldp+1601,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
    bufp->fullSData(oldp+1602,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
    bufp->fullSData(oldp+1603,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
    bufp->fullSData(oldp+1604,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
    bufp->fullSData(oldp+1605,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
    bufp->fullSData(oldp+1606,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
    bufp->fullSData(oldp+1607,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
    bufp->fullSData(oldp+1608,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
    bufp->fullSData(oldp+1609,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
    bufp->fullSData(oldp+1610,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
    bufp->fullSData(oldp+1611,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
    bufp->fullSData(oldp+1612,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
    bufp->fullSData(oldp+1613,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
    bufp->fullSData(oldp+1614,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
    bufp->fullSData(oldp+1615,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
    bufp->fullSData(oldp+1616,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
    bufp->fullSData(oldp+1617,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
    bufp->fullSData(oldp+1618,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
    bufp->fullSData(oldp+1619,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
    bufp->fullSData(oldp+1620,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
    bufp->fullSData(oldp+1621,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
    bufp->fullSData(oldp+1622,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
    bufp->fullSData(oldp+1623,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
    bufp->fullSData(oldp+1624,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
    bufp->fullSData(oldp+1625,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
    bufp->fullSData(oldp+1626,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
    bufp->fullSData(oldp+1627,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
    bufp->fullSData(oldp+1628,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
    bufp->fullSData(oldp+1629,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
    bufp->fullSData(oldp+1630,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
    bufp->fullSData(oldp+1631,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
    bufp->fullSData(oldp+1632,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
    bufp->fullSData(oldp+1633,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
    bufp->fullSData(oldp+1634,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
    bufp->fullSData(oldp+1635,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
    bufp->fullSData(oldp+1636,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
    bufp->fullSData(oldp+1637,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
    bufp->fullSData(oldp+1638,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
    bufp->fullSData(oldp+1639,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
    bufp->fullSData(oldp+1640,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
    bufp->fullSData(oldp+1641,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
    bufp->fullSData(oldp+1642,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
    bufp->fullSData(oldp+1643,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
    bufp->fullSData(oldp+1644,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
    bufp->fullSData(oldp+1645,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
    bufp->fullSData(oldp+1646,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
    bufp->fullSData(oldp+1647,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
    bufp->fullSData(oldp+1648,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
    bufp->fullSData(oldp+1649,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
    bufp->fullSData(oldp+1650,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
    bufp->fullSData(oldp+1651,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
    bufp->fullSData(oldp+1652,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
    bufp->fullSData(oldp+1653,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
    bufp->fullSData(oldp+1654,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
    bufp->fullSData(oldp+1655,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
    bufp->fullSData(oldp+1656,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
    bufp->fullSData(oldp+1657,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
    bufp->fullSData(oldp+1658,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
    bufp->fullSData(oldp+1659,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
    bufp->fullSData(oldp+1660,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
    bufp->fullSData(oldp+1661,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
    bufp->fullSData(oldp+1662,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
    bufp->fullSData(oldp+1663,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
    bufp->fullSData(oldp+1664,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
    bufp->fullSData(oldp+1665,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
    bufp->fullSData(oldp+1666,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
    bufp->fullSData(oldp+1667,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
    bufp->fullSData(oldp+1668,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
    bufp->fullSData(oldp+1669,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
    bufp->fullSData(oldp+1670,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
    bufp->fullSData(oldp+1671,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
    bufp->fullSData(oldp+1672,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
    bufp->fullSData(oldp+1673,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
    bufp->fullSData(oldp+1674,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
    bufp->fullSData(oldp+1675,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
    bufp->fullSData(oldp+1676,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
    bufp->fullSData(oldp+1677,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
    bufp->fullSData(oldp+1678,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
    bufp->fullSData(oldp+1679,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
    bufp->fullSData(oldp+1680,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
    bufp->fullSData(oldp+1681,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
    bufp->fullSData(oldp+1682,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
    bufp->fullSData(oldp+1683,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
    bufp->fullSData(oldp+1684,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
    bufp->fullSData(oldp+1685,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
    bufp->fullSData(oldp+1686,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
    bufp->fullSData(oldp+1687,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
    bufp->fullSData(oldp+1688,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
    bufp->fullSData(oldp+1689,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
    bufp->fullSData(oldp+1690,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
    bufp->fullIData(oldp+1691,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
    bufp->fullIData(oldp+1692,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
    bufp->fullIData(oldp+1693,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
    bufp->fullIData(oldp+1694,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
    bufp->fullIData(oldp+1695,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
    bufp->fullIData(oldp+1696,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
    bufp->fullIData(oldp+1697,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
    bufp->fullIData(oldp+1698,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
    bufp->fullIData(oldp+1699,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
    bufp->fullIData(oldp+1700,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
    bufp->fullIData(oldp+1701,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
    bufp->fullIData(oldp+1702,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
    bufp->fullIData(oldp+1703,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
    bufp->fullIData(oldp+1704,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
    bufp->fullIData(oldp+1705,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
    bufp->fullIData(oldp+1706,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
    bufp->fullIData(oldp+1707,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
    bufp->fullIData(oldp+1708,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
    bufp->fullIData(oldp+1709,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
    bufp->fullIData(oldp+1710,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
    bufp->fullIData(oldp+1711,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
    bufp->fullIData(oldp+1712,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
    bufp->fullIData(oldp+1713,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
    bufp->fullIData(oldp+1714,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
    bufp->fullIData(oldp+1715,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
    bufp->fullIData(oldp+1716,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
    bufp->fullIData(oldp+1717,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
    bufp->fullIData(oldp+1718,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
    bufp->fullIData(oldp+1719,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
    bufp->fullIData(oldp+1720,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
    bufp->fullIData(oldp+1721,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
    bufp->fullIData(oldp+1722,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
    bufp->fullIData(oldp+1723,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    bufp->fullBit(oldp+1724,(vlSelf->cosim_top__DOT__u_dut__DOT__reg_req));
    bufp->fullBit(oldp+1725,((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q))));
    bufp->fullSData(oldp+1726,((0x1fffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset))),13);
    bufp->fullCData(oldp+1727,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__dw_be),4);
    bufp->fullBit(oldp+1728,((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))));
    bufp->fullBit(oldp+1729,((1U & (~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)))));
    bufp->fullBit(oldp+1730,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_valid));
    bufp->fullBit(oldp+1731,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found));
    bufp->fullBit(oldp+1732,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_done_err));
    bufp->fullQData(oldp+1733,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_req_addr),64);
    bufp->fullSData(oldp+1735,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_dw),10);
    bufp->fullWData(oldp+1736,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_dws),256);
    bufp->fullCData(oldp+1744,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_dw_count),4);
    bufp->fullCData(oldp+1745,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
    bufp->fullBit(oldp+1746,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_valid));
    bufp->fullBit(oldp+1747,((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullBit(oldp+1748,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_done));
    bufp->fullSData(oldp+1749,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_len),13);
    bufp->fullCData(oldp+1750,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),4);
    bufp->fullQData(oldp+1751,(vlSelf->cosim_top__DOT__u_dut__DOT__ep_wake),48);
    bufp->fullBit(oldp+1753,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                    >> 2U))));
    bufp->fullBit(oldp+1754,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q) 
                                    >> 1U))));
    bufp->fullBit(oldp+1755,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_reset));
    bufp->fullBit(oldp+1756,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_idle));
    bufp->fullBit(oldp+1757,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__lat_draw));
    bufp->fullCData(oldp+1758,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q),2);
    bufp->fullCData(oldp+1759,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_d),2);
    bufp->fullSData(oldp+1760,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_d),12);
    bufp->fullCData(oldp+1761,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_q),5);
    bufp->fullCData(oldp+1762,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_slot_d),5);
    bufp->fullBit(oldp+1763,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal));
    bufp->fullBit(oldp+1764,((1U & VL_REDXOR_32((0x3fU 
                                                 & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_rd_data_dw) 
                                                    >> 4U))))));
    bufp->fullBit(oldp+1765,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire));
    bufp->fullBit(oldp+1766,((4U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q))));
    bufp->fullBit(oldp+1767,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted));
    bufp->fullSData(oldp+1768,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d),11);
    bufp->fullBit(oldp+1769,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__posted_i));
    bufp->fullBit(oldp+1770,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__log_cleared_i));
    bufp->fullCData(oldp+1771,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_q),3);
    bufp->fullBit(oldp+1772,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__ns_masked_d));
    bufp->fullSData(oldp+1773,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__changed_count_q),11);
    bufp->fullIData(oldp+1774,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_q),32);
    bufp->fullQData(oldp+1775,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__nsze_q),48);
    bufp->fullCData(oldp+1777,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__flags_q),7);
    bufp->fullBit(oldp+1778,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__sel_ok));
    bufp->fullIData(oldp+1779,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__rdata_d),32);
    bufp->fullIData(oldp+1780,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__be_mask),32);
    bufp->fullBit(oldp+1781,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__reg_req) 
                              & (3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q)))));
    bufp->fullBit(oldp+1782,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__read));
    bufp->fullBit(oldp+1783,((1U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                    >> 1U))));
    bufp->fullBit(oldp+1784,((1U & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
    bufp->fullBit(oldp+1785,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_malformed));
    bufp->fullBit(oldp+1786,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_ur));
    bufp->fullBit(oldp+1787,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned));
    bufp->fullBit(oldp+1788,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_poisoned_cpl));
    bufp->fullBit(oldp+1789,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_unexpected_cpl));
    bufp->fullBit(oldp+1790,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_sent_ca));
    bufp->fullBit(oldp+1791,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur));
    bufp->fullBit(oldp+1792,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca));
    bufp->fullCData(oldp+1793,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_q),3);
    bufp->fullCData(oldp+1794,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_q),4);
    bufp->fullBit(oldp+1795,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start));
    bufp->fullBit(oldp+1796,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_end));
    bufp->fullBit(oldp+1797,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_ok));
    bufp->fullBit(oldp+1798,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle));
    bufp->fullBit(oldp+1799,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q) 
                              | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found) 
                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable)))));
    bufp->fullSData(oldp+1800,((0x3ffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
    bufp->fullIData(oldp+1801,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_rd_data),32);
    bufp->fullBit(oldp+1802,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_wr_en));
    bufp->fullBit(oldp+1803,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cfg_capture_en));
    bufp->fullBit(oldp+1804,((3U == (3U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                           >> 0xcU)))));
    bufp->fullBit(oldp+1805,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_we));
    bufp->fullSData(oldp+1806,((0x3ffU & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                          >> 2U))),10);
    bufp->fullIData(oldp+1807,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_rdata),32);
    bufp->fullCData(oldp+1808,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_idx),4);
    bufp->fullBit(oldp+1809,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_q));
    bufp->fullBit(oldp+1810,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_q));
    bufp->fullWData(oldp+1811,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mrd_hdr),128);
    bufp->fullBit(oldp+1815,((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullBit(oldp+1816,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_more));
    bufp->fullCData(oldp+1817,((0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws))),4);
    bufp->fullBit(oldp+1818,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__last_word));
    bufp->fullSData(oldp+1819,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
    bufp->fullCData(oldp+1820,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
    bufp->fullCData(oldp+1821,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
    bufp->fullCData(oldp+1822,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
    bufp->fullBit(oldp+1823,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
    bufp->fullCData(oldp+1824,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
    bufp->fullCData(oldp+1825,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
    bufp->fullSData(oldp+1826,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
    bufp->fullCData(oldp+1827,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
    bufp->fullSData(oldp+1828,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
    bufp->fullBit(oldp+1829,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    bufp->fullBit(oldp+1830,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
    bufp->fullBit(oldp+1831,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
    bufp->fullCData(oldp+1832,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
    bufp->fullCData(oldp+1833,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
    bufp->fullSData(oldp+1834,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
    bufp->fullSData(oldp+1835,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
    bufp->fullCData(oldp+1836,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
    bufp->fullCData(oldp+1837,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
    bufp->fullSData(oldp+1838,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
    bufp->fullCData(oldp+1839,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_q),5);
    bufp->fullBit(oldp+1840,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__flush));
    bufp->fullBit(oldp+1841,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[0]));
    bufp->fullBit(oldp+1842,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[1]));
    bufp->fullBit(oldp+1843,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[2]));
    bufp->fullBit(oldp+1844,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[3]));
    bufp->fullBit(oldp+1845,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[4]));
    bufp->fullBit(oldp+1846,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[5]));
    bufp->fullBit(oldp+1847,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[6]));
    bufp->fullBit(oldp+1848,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q[7]));
    bufp->fullCData(oldp+1849,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),8);
    bufp->fullCData(oldp+1850,((7U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                      >> 4U))),3);
    bufp->fullBit(oldp+1851,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__entry_valid));
    bufp->fullIData(oldp+1852,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__pending_q),32);
    bufp->fullBit(oldp+1853,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found));
    bufp->fullCData(oldp+1854,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__found_vec),3);
    bufp->fullBit(oldp+1855,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__deliverable));
    bufp->fullIData(oldp+1856,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
    bufp->fullCData(oldp+1857,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_d),3);
    bufp->fullCData(oldp+1858,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
    bufp->fullBit(oldp+1859,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__saw_last_d));
    bufp->fullSData(oldp+1860,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
    bufp->fullSData(oldp+1861,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
    bufp->fullCData(oldp+1862,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_q),3);
    bufp->fullCData(oldp+1863,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__action_d),3);
    bufp->fullCData(oldp+1864,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__kind_d),3);
    bufp->fullBit(oldp+1865,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__malformed_d));
    bufp->fullBit(oldp+1866,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__ur_d));
    bufp->fullWData(oldp+1867,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_d),256);
    bufp->fullCData(oldp+1875,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__rest_count_d),4);
    bufp->fullCData(oldp+1876,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_count),4);
    bufp->fullBit(oldp+1877,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_valid));
    bufp->fullSData(oldp+1878,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
    bufp->fullBit(oldp+1879,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__bar_hit));
    bufp->fullCData(oldp+1880,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_action),3);
    bufp->fullCData(oldp+1881,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_kind),3);
    bufp->fullBit(oldp+1882,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__dec_ur));
    bufp->fullSData(oldp+1883,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__data_left),11);
    bufp->fullCData(oldp+1884,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__status_d),3);
    bufp->fullBit(oldp+1885,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__with_data_d));
    bufp->fullBit(oldp+1886,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_we));
    bufp->fullIData(oldp+1887,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__rdata_wval),32);
    bufp->fullSData(oldp+1888,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset),14);
    bufp->fullBit(oldp+1889,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__last_dw));
    bufp->fullCData(oldp+1890,((3U & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__offset) 
                                      >> 0xcU))),2);
    bufp->fullCData(oldp+1891,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
    bufp->fullWData(oldp+1892,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
    bufp->fullCData(oldp+1896,(((0x20000000U & vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                 ? 4U : 3U)),3);
    bufp->fullSData(oldp+1897,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
    bufp->fullSData(oldp+1898,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
    bufp->fullSData(oldp+1899,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                 ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                 : 0U)),12);
    bufp->fullCData(oldp+1900,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
    bufp->fullSData(oldp+1901,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
    bufp->fullSData(oldp+1902,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                 ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                 : 0U)),12);
    bufp->fullBit(oldp+1903,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                              & VL_REDXOR_32((0xffU 
                                              & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                 >> 4U))))));
    bufp->fullIData(oldp+1904,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q),32);
    bufp->fullCData(oldp+1905,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),8);
    bufp->fullQData(oldp+1906,((0x1ffffffffULL & (1ULL 
                                                  + (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__keep_q))))),33);
    bufp->fullIData(oldp+1908,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__req_pl_dw),32);
    bufp->fullBit(oldp+1909,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid));
    bufp->fullBit(oldp+1910,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready));
    bufp->fullQData(oldp+1911,(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_req_addr),64);
    bufp->fullWData(oldp+1913,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_d),256);
    bufp->fullIData(oldp+1921,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid),32);
    bufp->fullBit(oldp+1922,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_active));
    bufp->fullBit(oldp+1923,((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                            >> 0x31U)))));
    bufp->fullBit(oldp+1924,((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                            >> 0x30U)))));
    bufp->fullBit(oldp+1925,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_fail));
    bufp->fullQData(oldp+1926,((0xffffffffffffULL & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry)),48);
    bufp->fullCData(oldp+1928,((7U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                              >> 0x33U)))),3);
    bufp->fullIData(oldp+1929,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_busy_d),32);
    bufp->fullIData(oldp+1930,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_lost_d),32);
    bufp->fullIData(oldp+1931,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__slot_aborted_d),32);
    bufp->fullBit(oldp+1932,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost));
    bufp->fullIData(oldp+1933,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i[6U]),32);
    bufp->fullBit(oldp+1934,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_found));
    bufp->fullBit(oldp+1935,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_limit));
    bufp->fullBit(oldp+1936,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_apply));
    bufp->fullCData(oldp+1937,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__abort_target),5);
    bufp->fullCData(oldp+1938,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__aborts_held),6);
    bufp->fullWData(oldp+1939,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT____Vcellinp__u_exec__cmd_i),320);
    bufp->fullCData(oldp+1949,((0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)),8);
    bufp->fullSData(oldp+1950,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                >> 0x10U)),16);
    bufp->fullIData(oldp+1951,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid),32);
    bufp->fullIData(oldp+1952,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10),32);
    bufp->fullIData(oldp+1953,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11),32);
    bufp->fullIData(oldp+1954,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw12),32);
    bufp->fullIData(oldp+1955,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw13),32);
    bufp->fullQData(oldp+1956,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1),64);
    bufp->fullQData(oldp+1958,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2),64);
    bufp->fullIData(oldp+1960,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0),32);
    bufp->fullBit(oldp+1961,((1U & VL_REDXOR_32((0xfU 
                                                 & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                                    >> 0xaU))))));
    bufp->fullCData(oldp+1962,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src),3);
    bufp->fullSData(oldp+1963,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_status),15);
    bufp->fullIData(oldp+1964,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_result),32);
    bufp->fullSData(oldp+1965,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_bytes),13);
    bufp->fullSData(oldp+1966,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_start_dw),10);
    bufp->fullBit(oldp+1967,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold));
    bufp->fullIData(oldp+1968,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_feat_value),32);
    bufp->fullBit(oldp+1969,(((2U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)) 
                              & ((~ ((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                      >> 0xfU) | (0U 
                                                  == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_src)))) 
                                 & (4U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10))))));
    bufp->fullBit(oldp+1970,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cq_in_use));
    bufp->fullBit(oldp+1971,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_supported));
    bufp->fullIData(oldp+1972,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_current),32);
    bufp->fullIData(oldp+1973,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__feat_default),32);
    bufp->fullBit(oldp+1974,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects));
    bufp->fullIData(oldp+1975,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__changed_dw),32);
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
    bufp->fullWData(oldp+1976,(__Vtemp_he3925090__0),256);
    bufp->fullBit(oldp+1984,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__scan_emit));
    bufp->fullSData(oldp+1985,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__post_cid),16);
    bufp->fullWData(oldp+1986,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_dws),256);
    bufp->fullWData(oldp+1994,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_dws),256);
    bufp->fullBit(oldp+2002,(((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_ready)) 
                              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid))));
    bufp->fullBit(oldp+2003,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__data_taken));
    bufp->fullIData(oldp+2004,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__0__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullQData(oldp+2005,((0xa354e00000000ULL 
                                | (QData)((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid)))),64);
    __Vtemp_h5ee54475__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
    __Vtemp_h5ee54475__0[1U] = 0U;
    __Vtemp_h5ee54475__0[2U] = 1U;
    __Vtemp_h5ee54475__0[3U] = 0x4e564353U;
    bufp->fullWData(oldp+2007,(__Vtemp_h5ee54475__0),128);
    __Vtemp_h572a19e3__0[0U] = vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__nsid;
    __Vtemp_h572a19e3__0[1U] = 0x80000000U;
    __Vtemp_h572a19e3__0[2U] = 0x636f4000U;
    __Vtemp_h572a19e3__0[3U] = 0x6e766d65U;
    bufp->fullWData(oldp+2011,(__Vtemp_h572a19e3__0),128);
    bufp->fullQData(oldp+2015,(((1U & (IData)((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                               >> 0x31U)))
                                 ? 0ULL : (0xffffffffffffULL 
                                           & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry))),64);
    bufp->fullQData(oldp+2017,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__ncap),64);
    bufp->fullCData(oldp+2019,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__flbas),8);
    bufp->fullBit(oldp+2020,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__g_data_gen__BRA__0__KET____DOT__u_data_gen__DOT__lbads_lie));
    bufp->fullCData(oldp+2021,(((2U == (7U & (IData)(
                                                     (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry 
                                                      >> 0x33U))))
                                 ? 8U : 0x11U)),8);
    bufp->fullIData(oldp+2022,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__1__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2023,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__2__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2024,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__3__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2025,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__4__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2026,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__5__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2027,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__6__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullIData(oldp+2028,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellout__g_data_gen__BRA__7__KET____DOT__u_data_gen__dw_o),32);
    bufp->fullBit(oldp+2029,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT____Vcellinp__u_aen__aer_park_i));
    bufp->fullCData(oldp+2030,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_aen__DOT__aer_count_d),3);
    bufp->fullCData(oldp+2031,((3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                      >> 8U))),2);
    bufp->fullCData(oldp+2032,((3U & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0 
                                      >> 0xeU))),2);
    bufp->fullSData(oldp+2033,((0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp1))),12);
    bufp->fullSData(oldp+2034,((0xfffU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__prp2))),12);
    bufp->fullSData(oldp+2035,((0xffffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),16);
    bufp->fullSData(oldp+2036,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                >> 0x10U)),16);
    bufp->fullCData(oldp+2037,((0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),8);
    bufp->fullIData(oldp+2038,(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                 << 0x10U) | (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10 
                                              >> 0x10U))),32);
    bufp->fullQData(oldp+2039,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_offset),64);
    bufp->fullSData(oldp+2041,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__log_size),13);
    bufp->fullBit(oldp+2042,((9U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0))));
    bufp->fullBit(oldp+2043,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__qid_in_range));
    bufp->fullIData(oldp+2044,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_decode__DOT__queues_granted),32);
    bufp->fullBit(oldp+2045,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__effects) 
                              & (9U == (0xffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw0)))));
    bufp->fullIData(oldp+2046,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_arb_d),32);
    bufp->fullIData(oldp+2047,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_power_d),32);
    bufp->fullIData(oldp+2048,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_temp_d),32);
    bufp->fullIData(oldp+2049,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_err_d),32);
    bufp->fullSData(oldp+2050,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__nsqa_d),16);
    bufp->fullSData(oldp+2051,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__ncqa_d),16);
    bufp->fullIData(oldp+2052,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_coal_d),32);
    bufp->fullIData(oldp+2053,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_atomic_d),32);
    bufp->fullIData(oldp+2054,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_features__DOT__feat_async_d),32);
    bufp->fullCData(oldp+2055,((0x1fU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw10)),5);
    bufp->fullCData(oldp+2056,((0x1fU & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cdw11 
                                         >> 0x10U))),5);
    bufp->fullSData(oldp+2057,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__cq_valid_d),16);
    bufp->fullSData(oldp+2058,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__u_io_queues__DOT__sq_valid_d),16);
    bufp->fullCData(oldp+2059,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT__gen_model__DOT__use_entry),5);
    bufp->fullQData(oldp+2060,(((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                 > vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0)
                                 ? (0xffffffffffffULL 
                                    & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h2ba1795c__0 
                                       - vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_latency__DOT____VdfgTmp_h546d0b28__0))
                                 : 0ULL)),48);
    bufp->fullBit(oldp+2062,(((0U != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid) 
                              & (0x2000U >= vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid))));
    bufp->fullSData(oldp+2063,((0x3fffU & vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__ns_nsid)),14);
    bufp->fullQData(oldp+2064,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_ns_table__DOT__gen_table__DOT__entry),54);
    bufp->fullIData(oldp+2066,(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__wdata_cc),32);
    bufp->fullWData(oldp+2067,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tgt_cpl_pl_dws),256);
    bufp->fullBit(oldp+2075,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__msix_msg_done));
    bufp->fullBit(oldp+2076,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_done));
    bufp->fullWData(oldp+2077,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_dws),256);
    bufp->fullCData(oldp+2085,(((8U < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                 ? 8U : (0xfU & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))),4);
    bufp->fullCData(oldp+2086,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take),4);
    bufp->fullWData(oldp+2087,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__tx_dw),256);
    bufp->fullSData(oldp+2095,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
    bufp->fullBit(oldp+2096,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
    bufp->fullBit(oldp+2097,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__present_d));
    bufp->fullQData(oldp+2098,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
    bufp->fullSData(oldp+2100,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
    bufp->fullSData(oldp+2101,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
    bufp->fullCData(oldp+2102,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
    bufp->fullSData(oldp+2103,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
    bufp->fullBit(oldp+2104,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__alloc));
    bufp->fullBit(oldp+2105,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
    bufp->fullSData(oldp+2106,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
    bufp->fullSData(oldp+2107,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
    bufp->fullCData(oldp+2108,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
    bufp->fullQData(oldp+2109,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
    bufp->fullSData(oldp+2111,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
    bufp->fullSData(oldp+2112,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
    bufp->fullSData(oldp+2113,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
    bufp->fullBit(oldp+2114,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__err_d));
    bufp->fullBit(oldp+2115,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__len_bad));
    bufp->fullWData(oldp+2116,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_d),448);
    bufp->fullCData(oldp+2130,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queued_d),5);
    bufp->fullCData(oldp+2131,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__mwr_pl_take),5);
    bufp->fullCData(oldp+2132,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total),5);
    bufp->fullBit(oldp+2133,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
    bufp->fullWData(oldp+2134,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__joined),704);
    bufp->fullBit(oldp+2156,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sending_d));
    bufp->fullCData(oldp+2157,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d),3);
    bufp->fullQData(oldp+2158,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
    bufp->fullIData(oldp+2160,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
    bufp->fullCData(oldp+2161,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__state_d),3);
    bufp->fullCData(oldp+2162,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__idx_d),4);
    bufp->fullBit(oldp+2163,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_target__DOT__advance));
    bufp->fullBit(oldp+2164,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_d));
    bufp->fullSData(oldp+2165,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
    bufp->fullWData(oldp+2166,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__pl_dws),256);
    bufp->fullBit(oldp+2174,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_pack__DOT__new_beat));
    bufp->fullBit(oldp+2175,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__done));
    bufp->fullBit(oldp+2176,(vlSelf->rst_ni));
    bufp->fullWData(oldp+2177,(vlSelf->rx_tlp_data_i),256);
    bufp->fullIData(oldp+2185,(vlSelf->rx_tlp_keep_i),32);
    bufp->fullBit(oldp+2186,(vlSelf->rx_tlp_last_i));
    bufp->fullBit(oldp+2187,(vlSelf->rx_tlp_valid_i));
    bufp->fullBit(oldp+2188,(vlSelf->rx_tlp_ready_o));
    bufp->fullWData(oldp+2189,(vlSelf->tx_tlp_data_o),256);
    bufp->fullIData(oldp+2197,(vlSelf->tx_tlp_keep_o),32);
    bufp->fullBit(oldp+2198,(vlSelf->tx_tlp_last_o));
    bufp->fullBit(oldp+2199,(vlSelf->tx_tlp_valid_o));
    bufp->fullBit(oldp+2200,(vlSelf->tx_tlp_ready_i));
    bufp->fullBit(oldp+2201,(vlSelf->sim_req_i));
    bufp->fullBit(oldp+2202,(vlSelf->sim_we_i));
    bufp->fullSData(oldp+2203,(vlSelf->sim_addr_i),16);
    bufp->fullIData(oldp+2204,(vlSelf->sim_wdata_i),32);
    bufp->fullIData(oldp+2205,(vlSelf->sim_rdata_o),32);
    bufp->fullBit(oldp+2206,(vlSelf->sim_idle_o));
    bufp->fullQData(oldp+2207,(vlSelf->sim_wake_o),48);
    bufp->fullSData(oldp+2209,(vlSelf->host_admin_inflight_i),16);
    bufp->fullSData(oldp+2210,(vlSelf->host_identify_inflight_i),16);
    bufp->fullCData(oldp+2211,(vlSelf->host_scan_phase_i),8);
    bufp->fullIData(oldp+2212,(vlSelf->host_registering_nsid_i),32);
    bufp->fullIData(oldp+2213,(vlSelf->host_registered_i),32);
    bufp->fullIData(oldp+2214,(vlSelf->host_interrupts_i),32);
    bufp->fullSData(oldp+2215,(vlSelf->host_resets_i),16);
    bufp->fullBit(oldp+2216,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
                              & ((IData)(vlSelf->sim_we_i) 
                                 & (8U == (0xffU & (IData)(vlSelf->sim_addr_i)))))));
    bufp->fullIData(oldp+2217,((vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__sim_core_rdata 
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
    bufp->fullCData(oldp+2218,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                               [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q]),3);
    bufp->fullBit(oldp+2219,((((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_rx__DOT__state_q)) 
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
    bufp->fullBit(oldp+2220,((1U & (((VL_REDXOR_4(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_id) 
                                      ^ VL_REDXOR_4(
                                                    (6U 
                                                     & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_cfg_space__DOT__command_q)))) 
                                     ^ VL_REDXOR_32(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q)) 
                                    ^ VL_REDXOR_32(
                                                   vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__tag_id_q
                                                   [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q])))));
    bufp->fullBit(oldp+2221,(((0ULL != vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q) 
                              & (vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__gen_sim__DOT__fatal_at_q 
                                 > vlSelf->time_i))));
    bufp->fullBit(oldp+2222,(((3U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)) 
                              & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_lost))));
    bufp->fullIData(oldp+2223,(((0x600U == (IData)(vlSelf->sim_addr_i))
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
    bufp->fullBit(oldp+2224,(((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                              & ((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                                     & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__aer_fire) 
                                        | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ready_found)))) 
                                 & (((~ ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__engine_run) 
                                         & (((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__sq_head_q) 
                                             != (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_regs__DOT__sq_tail_q)) 
                                            & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__free_found)))) 
                                     & (0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q))) 
                                    | (2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_q)))))));
    bufp->fullBit(oldp+2225,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                              | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal))));
    bufp->fullBit(oldp+2226,(((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_aer_q)) 
                              & (((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__ex_q)) 
                                  & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__dec_hold)) 
                                 | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__cqe_posted)))));
    bufp->fullBit(oldp+2227,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_core_we) 
                              & (0x610U == (IData)(vlSelf->sim_addr_i)))));
    bufp->fullBit(oldp+2228,((((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__ex_fatal) 
                               | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__fetch_fatal)) 
                              | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__fatal_inject))));
    bufp->fullCData(oldp+2229,((0xffU & (IData)(vlSelf->sim_addr_i))),8);
    bufp->fullBit(oldp+2230,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__dma_rd_idle) 
                              | ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__issuing_q)) 
                                 & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                    & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                       & ((~ (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__cpl_start)) 
                                          & ((vlSelf->time_i 
                                              < vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                             & ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                                == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->fullBit(oldp+2231,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                              & (((0U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                   ? 8U : ((1U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                            ? 1U : 
                                           ((2U == (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? ((8U 
                                                 < (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total))
                                                 ? 8U
                                                 : 
                                                (0xfU 
                                                 & (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_dma_wr__DOT__total)))
                                             : 0U))) 
                                 >= ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                      ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                      : 0U)))));
    bufp->fullCData(oldp+2232,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__dma_wr_data_valid)
                                 ? (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_nvme_core__DOT__u_admin__DOT__u_exec__DOT__wr_held_count_d)
                                 : 0U)),5);
    bufp->fullBit(oldp+2233,(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__mask_q
                             [vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->fullBit(oldp+2234,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_cpl_err) 
                              | ((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ca) 
                                 | (IData)(vlSelf->cosim_top__DOT__u_dut__DOT__u_pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->fullBit(oldp+2235,(((IData)(vlSelf->cosim_top__DOT__u_dut__DOT__sim_ep_req) 
                              & (IData)(vlSelf->sim_we_i))));
    bufp->fullIData(oldp+2236,(0x100U),32);
    bufp->fullIData(oldp+2237,(0x20U),32);
    bufp->fullIData(oldp+2238,(0x2000U),32);
    bufp->fullBit(oldp+2239,(1U));
    bufp->fullIData(oldp+2240,(8U),32);
    bufp->fullBit(oldp+2241,(1U));
    bufp->fullSData(oldp+2242,(0x40U),13);
    bufp->fullIData(oldp+2243,(5U),32);
    bufp->fullSData(oldp+2244,(0x100U),16);
    bufp->fullSData(oldp+2245,(0x104U),16);
    bufp->fullSData(oldp+2246,(0x108U),16);
    bufp->fullSData(oldp+2247,(0x10cU),16);
    bufp->fullSData(oldp+2248,(0x110U),16);
    bufp->fullSData(oldp+2249,(0x114U),16);
    bufp->fullSData(oldp+2250,(0x118U),16);
    bufp->fullSData(oldp+2251,(0x11cU),16);
    bufp->fullSData(oldp+2252,(0x120U),16);
    bufp->fullSData(oldp+2253,(0x124U),16);
    bufp->fullSData(oldp+2254,(0x128U),16);
    bufp->fullSData(oldp+2255,(0x12cU),16);
    bufp->fullSData(oldp+2256,(0x130U),16);
    bufp->fullSData(oldp+2257,(0x134U),16);
    bufp->fullIData(oldp+2258,(0x1000U),32);
    bufp->fullIData(oldp+2259,(0x64U),32);
    bufp->fullIData(oldp+2260,(0x10U),32);
    bufp->fullIData(oldp+2261,(4U),32);
    bufp->fullSData(oldp+2262,(0x10eeU),16);
    bufp->fullCData(oldp+2263,(3U),8);
    bufp->fullCData(oldp+2264,(5U),8);
    __Vtemp_h5348e692__0[0U] = 0x30303031U;
    __Vtemp_h5348e692__0[1U] = 0x30303030U;
    __Vtemp_h5348e692__0[2U] = 0x30303030U;
    __Vtemp_h5348e692__0[3U] = 0x30303030U;
    __Vtemp_h5348e692__0[4U] = 0x4e564353U;
    bufp->fullWData(oldp+2265,(__Vtemp_h5348e692__0),160);
    bufp->fullWData(oldp+2270,(Vcosim_top__ConstPool__CONST_heb83c8ac_0),320);
    bufp->fullQData(oldp+2280,(0x312e302020202020ULL),64);
    bufp->fullWData(oldp+2282,(Vcosim_top__ConstPool__CONST_h61538e93_0),512);
    bufp->fullIData(oldp+2298,(3U),32);
    bufp->fullIData(oldp+2299,(2U),32);
    bufp->fullIData(oldp+2300,(0x400U),32);
    bufp->fullIData(oldp+2301,(0xbU),32);
    bufp->fullIData(oldp+2302,(0xaU),32);
    bufp->fullSData(oldp+2303,(0xfU),16);
    bufp->fullIData(oldp+2304,(0x157U),32);
    bufp->fullIData(oldp+2305,(0x11U),32);
    bufp->fullIData(oldp+2306,(8U),32);
    bufp->fullIData(oldp+2307,(0xffffffffU),32);
    bufp->fullIData(oldp+2308,(0x20U),32);
    bufp->fullSData(oldp+2309,(0x200U),16);
    bufp->fullSData(oldp+2310,(0x210U),16);
    bufp->fullSData(oldp+2311,(0x300U),16);
    bufp->fullIData(oldp+2312,(0x11U),32);
    bufp->fullIData(oldp+2313,(0U),32);
    bufp->fullSData(oldp+2314,(0x600U),16);
    bufp->fullSData(oldp+2315,(0x604U),16);
    bufp->fullSData(oldp+2316,(0x608U),16);
    bufp->fullSData(oldp+2317,(0x60cU),16);
    bufp->fullSData(oldp+2318,(0x610U),16);
    bufp->fullSData(oldp+2319,(0x614U),16);
    bufp->fullSData(oldp+2320,(0x618U),16);
    bufp->fullIData(oldp+2321,(0xeU),32);
    bufp->fullIData(oldp+2322,(0xdU),32);
    bufp->fullSData(oldp+2323,(0x3ffU),16);
    bufp->fullCData(oldp+2324,(0x1eU),8);
    bufp->fullIData(oldp+2325,(0xfffff1U),32);
    bufp->fullIData(oldp+2326,(0xfff0fffU),32);
    bufp->fullIData(oldp+2327,(4U),32);
    bufp->fullSData(oldp+2328,(0x9038U),16);
    bufp->fullSData(oldp+2329,(1U),16);
    bufp->fullCData(oldp+2330,(1U),8);
    bufp->fullCData(oldp+2331,(0U),3);
    bufp->fullCData(oldp+2332,(2U),3);
    bufp->fullCData(oldp+2333,(0x40U),8);
    bufp->fullCData(oldp+2334,(0x80U),8);
    bufp->fullSData(oldp+2335,(0x546U),16);
    bufp->fullSData(oldp+2336,(0xf900U),16);
    bufp->fullSData(oldp+2337,(0x78ffU),16);
    bufp->fullSData(oldp+2338,(7U),11);
    bufp->fullIData(oldp+2339,(0x16U),32);
    bufp->fullIData(oldp+2340,(0xeU),32);
    bufp->fullIData(oldp+2341,(1U),32);
    bufp->fullSData(oldp+2342,(0x40U),16);
    bufp->fullCData(oldp+2343,(0U),8);
    bufp->fullCData(oldp+2344,(4U),8);
    bufp->fullCData(oldp+2345,(8U),8);
    bufp->fullCData(oldp+2346,(0xcU),8);
    bufp->fullCData(oldp+2347,(0x10U),8);
    bufp->fullCData(oldp+2348,(0x14U),8);
    bufp->fullCData(oldp+2349,(0x18U),8);
    bufp->fullCData(oldp+2350,(0x1cU),8);
    bufp->fullCData(oldp+2351,(1U),3);
    bufp->fullCData(oldp+2352,(3U),3);
    bufp->fullCData(oldp+2353,(4U),3);
    bufp->fullCData(oldp+2354,(0U),5);
    bufp->fullCData(oldp+2355,(1U),5);
    bufp->fullCData(oldp+2356,(2U),5);
    bufp->fullCData(oldp+2357,(4U),5);
    bufp->fullCData(oldp+2358,(5U),5);
    bufp->fullCData(oldp+2359,(0xaU),5);
    bufp->fullCData(oldp+2360,(0xbU),5);
    bufp->fullCData(oldp+2361,(0U),2);
    bufp->fullCData(oldp+2362,(1U),2);
    bufp->fullCData(oldp+2363,(2U),2);
    bufp->fullCData(oldp+2364,(3U),2);
    bufp->fullCData(oldp+2365,(2U),8);
    bufp->fullCData(oldp+2366,(6U),8);
    bufp->fullCData(oldp+2367,(9U),8);
    bufp->fullCData(oldp+2368,(0xaU),8);
    bufp->fullCData(oldp+2369,(7U),8);
    bufp->fullCData(oldp+2370,(0xbU),8);
    bufp->fullSData(oldp+2371,(0U),15);
    bufp->fullSData(oldp+2372,(0x4001U),15);
    bufp->fullSData(oldp+2373,(0x4002U),15);
    bufp->fullSData(oldp+2374,(6U),15);
    bufp->fullSData(oldp+2375,(7U),15);
    bufp->fullSData(oldp+2376,(0x400cU),15);
    bufp->fullSData(oldp+2377,(0x400bU),15);
    bufp->fullSData(oldp+2378,(0x4013U),15);
    bufp->fullSData(oldp+2379,(0x4100U),15);
    bufp->fullSData(oldp+2380,(0x4101U),15);
    bufp->fullSData(oldp+2381,(0x4102U),15);
    bufp->fullSData(oldp+2382,(0x4103U),15);
    bufp->fullSData(oldp+2383,(0x4105U),15);
    bufp->fullSData(oldp+2384,(0x4108U),15);
    bufp->fullSData(oldp+2385,(0x4109U),15);
    bufp->fullSData(oldp+2386,(0x410cU),15);
    bufp->fullSData(oldp+2387,(0x410dU),15);
    bufp->fullIData(oldp+2388,(0x10400U),32);
}
