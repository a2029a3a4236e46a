// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_fst_c.h"
#include "Vpcie_ep__Syms.h"


VL_ATTR_COLD void Vpcie_ep___024root__trace_init_sub__TOP__0(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_init_sub__TOP__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+620,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declQuad(c+622,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+624,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+625,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+626,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+627,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+628,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+630,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+631,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+632,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+633,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+634,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+635,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+636,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+637,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+638,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+639,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+640,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+641,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+642,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+643,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+644,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+646,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+647,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+648,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+649,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+650,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+651,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+652,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+653,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+654,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+655,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+656,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+657,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+658,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+660,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+661,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+662,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+663,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+664,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+665,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+666,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+667,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+668,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+669,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+670,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+671,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+672,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+674,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+675,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+676,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+677,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+678,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+679,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->pushNamePrefix("pcie_ep ");
    tracep->declBus(c+689,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+690,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+689,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+691,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+692,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+693,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+693,"NumDmaIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+694,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+695,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+696,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+693,"KeepWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"LaneCntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+698,"MsixIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+698,"DmaIdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+620,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declQuad(c+622,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+624,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+625,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+626,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+627,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+628,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+630,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+631,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+632,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+633,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+634,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+635,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+636,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+637,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+638,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+639,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+640,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+641,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+642,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+643,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+644,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+646,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+647,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+648,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+649,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+650,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+651,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+652,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+653,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+654,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+655,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+656,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+657,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+658,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+660,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+661,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+662,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+663,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+664,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+665,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+666,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+667,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+668,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+669,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+670,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+671,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+672,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+674,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+675,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+676,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+677,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+678,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+679,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+699,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+700,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+701,"TgtIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+670,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+669,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+302,"bar0_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,14);
    tracep->declBus(c+304,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+305,"max_payload",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+306,"max_read_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+307,"msix_enable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+308,"msix_func_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+309,"ev_malformed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+310,"ev_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+311,"ev_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+312,"ev_poisoned_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+313,"ev_unexpected_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+314,"ev_sent_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+315,"ev_rcvd_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+316,"ev_rcvd_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+71,"ev_dma_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+72,"ev_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+317,"drop_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+318,"drop_cpl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+319,"cpl_timeout",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+320,"rx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+702,"rx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+321,"rx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+322,"rx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+323,"rx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+324,"req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+325,"req_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+326,"req_mem_read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ReqCfgRd", "ReqCfgWr", "ReqMemRd", "ReqMemWr", 
                                "ReqUr", "ReqCa"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101"};
        tracep->declDTypeEnum(1, "pcie_ep_pkg::req_kind_e", 6, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+327,"req_kind",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+328,"req_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+329,"req_cfg_busdev",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+330,"req_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+331,"req_tc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+332,"req_attr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+333,"req_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+334,"req_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+335,"req_first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+336,"req_last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+337,"req_cfg_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+338,"req_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+638,"req_pl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+339,"cpl_start",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+340,"cpl_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+341,"cpl_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+342,"cpl_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+343,"cpl_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+344,"rx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+345,"tx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+346,"dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+680,"dma_rd_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+347,"msix_busy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+348,"cpl_requester_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+349,"cpl_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+350,"cpl_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+351,"cpl_byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+352,"cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+353,"cpl_dw_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+651,"cpl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+652,"cpl_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+337,"cfg_rd_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+337,"cfg_wr_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+354,"cfg_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+638,"cfg_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+355,"cfg_wr_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+356,"cfg_capture_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+335,"cfg_wr_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+357,"cfg_capture_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+358,"msix_pba_sel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+359,"msix_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+360,"msix_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+361,"msix_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+638,"msix_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+639,"msix_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+362,"tgt_cpl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1,"tgt_cpl_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+363,"tgt_cpl_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 95,0);
    tracep->declBus(c+366,"tgt_cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+367,"tgt_cpl_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+681,"tgt_cpl_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+368,"msix_msg_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2,"msix_msg_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+369,"msix_msg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+371,"msix_msg_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+372,"mrd_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+3,"mrd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+373,"mrd_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBit(c+377,"mwr_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+703,"mwr_more",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+4,"mwr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+378,"mwr_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+382,"mwr_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+5,"mwr_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+6,"mwr_pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+7,"mwr_pl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+73,"tx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+383,"tx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+384,"tx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+8,"tx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+385,"tx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+346,"unused_dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_cfg_space ");
    tracep->declBus(c+689,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+690,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+689,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+691,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+692,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+693,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+704,"MpsSupported",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+337,"rd_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+354,"rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+355,"wr_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+337,"wr_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+638,"wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+335,"wr_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+357,"capture_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+356,"capture_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+309,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+310,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+311,"ev_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+312,"ev_poisoned_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+314,"ev_sent_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+315,"ev_rcvd_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+316,"ev_rcvd_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+72,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+670,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+669,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+302,"bar0_base_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+304,"completer_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+305,"max_payload_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+306,"max_read_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+307,"msix_enable_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+308,"msix_func_mask_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+699,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+705,"PcieCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+706,"MsixCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+386,"command_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+74,"command_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+387,"status_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+75,"status_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+388,"cache_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+76,"cache_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+389,"bar0_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+77,"bar0_lo_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+390,"bar0_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+78,"bar0_hi_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+391,"int_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+79,"int_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+392,"dev_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+80,"dev_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+393,"dev_sta_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+81,"dev_sta_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+394,"link_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+82,"link_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+395,"link_ctl2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+83,"link_ctl2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+396,"msix_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+84,"msix_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+304,"completer_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+397,"completer_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+707,"CommandMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+708,"StatusRw1c",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+709,"DevCtlMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+615,"clear_hi",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+85,"wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+710,"MsixTableSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 10,0);
    tracep->declBus(c+398,"mps_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+399,"mrrs_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_dma_rd ");
    tracep->declBus(c+711,"NumTags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+693,"NumIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+712,"TagWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+698,"IdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+642,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+643,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+644,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+646,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+647,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+648,"data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+649,"data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+650,"data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+651,"data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+652,"data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+653,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+654,"done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+655,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+669,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+306,"max_read_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+304,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+319,"timeout_ticks_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declQuad(c+620,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+346,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+372,"mrd_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+373,"mrd_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+3,"mrd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+339,"cpl_start_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+348,"cpl_requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+349,"cpl_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+350,"cpl_status_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+351,"cpl_byte_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+352,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+340,"cpl_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+341,"cpl_dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+353,"cpl_dw_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+651,"cpl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+652,"cpl_dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+342,"cpl_end_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+343,"cpl_ok_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+315,"ev_rcvd_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+316,"ev_rcvd_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+71,"ev_cpl_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+680,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+672,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+400,"tag_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+86,"tag_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+109+i*1,"tag_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 2,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+141+i*1,"tag_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 9,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+173+i*1,"tag_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+205+i*1,"tag_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+237+i*1,"tag_stamp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+401,"id_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+9,"id_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+402,"id_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+87,"id_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+403+i*1,"id_pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+88+i*1,"id_pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    tracep->declBit(c+411,"issuing_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+10,"issuing_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+372,"present_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+11,"present_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+412,"cur_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+12,"cur_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+413,"cur_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+13,"cur_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+415,"cur_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+15,"cur_left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+416,"cur_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+16,"cur_off_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+417,"pres_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+17,"pres_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+418,"pres_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+18,"pres_len_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+419,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+420,"free_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+421,"to_boundary",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+422,"mrrs_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+423,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+19,"req_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+20,"alloc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+424,"ctx_active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+425,"ctx_active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+426,"ctx_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+427,"ctx_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+428,"ctx_good_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+616,"ctx_good_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+429,"ctx_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+430,"ctx_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+431,"ctx_base_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+617,"ctx_base_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+432,"ctx_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+433,"ctx_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+434,"ctx_status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+435,"ctx_status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+436,"start_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+437,"start_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+96,"sweep_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+438,"wake_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+21,"wake_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+440,"wake_ticks_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+23,"wake_ticks_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+97,"retire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+98,"retire_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+99,"retire_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+100,"partial",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+441,"done_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+442,"done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+713,"t",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+713,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+714,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+443,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+444,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_dma_wr ");
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+656,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+657,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+658,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+660,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+661,"data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+662,"data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+663,"data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+664,"data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+665,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+666,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+669,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+305,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+304,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+377,"mwr_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+703,"mwr_more_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+378,"mwr_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+382,"mwr_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+5,"mwr_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+6,"mwr_pl_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBus(c+7,"mwr_pl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+4,"mwr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSplit", "StSend", "StDrain", 
                                "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(2, "pcie_dma_wr.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+445,"state_q",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+682,"state_d",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+446,"addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+24,"addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+448,"left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+26,"left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+449,"recv_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+27,"recv_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+450,"chunk_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+451,"chunk_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+452,"err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+683,"err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+715,"BackToBack",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+453,"mps_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+454,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+455,"next_chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declQuad(c+456,"next_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+458,"next_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+684,"len_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+716,"QueueDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"QueueSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+696,"QcWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+459,"queue_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+28,"queue_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+460,"queued_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+29,"queued_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+685,"in_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+30,"take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+31,"total",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+32,"queue_fits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+461,"flush",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+33,"joined",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+717,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+718,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_msix ");
    tracep->declBus(c+693,"NumVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+698,"VecWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+358,"pba_sel_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+360,"acc_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+361,"acc_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+359,"acc_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+638,"acc_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+639,"acc_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+307,"msix_enable_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+308,"func_mask_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+669,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+667,"req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+668,"vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+368,"msg_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+369,"msg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+371,"msg_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2,"msg_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+347,"busy_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+462+i*1,"addr_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+470+i*1,"addr_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+478+i*1,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBit(c+486+i*1,"mask_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    tracep->declBus(c+494,"pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+35,"pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+495,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+496,"entry_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+697,"PbaWords",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+497,"pba_bits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+368,"sending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+36,"sending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+498,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+37,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+369,"msg_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+38,"msg_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+371,"msg_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+40,"msg_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+499,"found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+500,"found_vec",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+501,"deliverable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+41,"picked_masked",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+502,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+503,"w",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+713,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx ");
    tracep->declBus(c+700,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+320,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+702,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+321,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+322,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+323,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+670,"mem_space_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+302,"bar0_base_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+305,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+324,"req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+325,"req_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+327,"req_kind_o",1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+326,"req_mem_read_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+328,"req_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+330,"req_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+331,"req_tc_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+332,"req_attr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+333,"req_offset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+334,"req_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+335,"req_first_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+336,"req_last_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+337,"req_cfg_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+329,"req_cfg_busdev_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+338,"pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+638,"pl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+339,"cpl_start_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+348,"cpl_requester_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+349,"cpl_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+350,"cpl_status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+351,"cpl_byte_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+352,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+340,"cpl_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+341,"cpl_dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+353,"cpl_dw_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+651,"cpl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+652,"cpl_dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+342,"cpl_end_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+343,"cpl_ok_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+309,"ev_malformed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+310,"ev_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+311,"ev_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+312,"ev_poisoned_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+313,"ev_unexpected_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+344,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+699,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StHdr", "StDecode", "StPayload", "StEnd", 
                                "StWaitTarget"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(3, "pcie_rx.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+504,"state_q",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+505,"state_d",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+506+i*1,"hdr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+510,"hdr_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+511,"hdr_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+512,"saw_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+513,"saw_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+514,"pl_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+515,"pl_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    {
        const char* __VenumItemNames[]
        = {"ActRequest", "ActDrop", "ActCompletion", 
                                "ActUnexpected"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(4, "pcie_rx.action_e", 4, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+516,"action_q",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+517,"action_d",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+327,"kind_q",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+518,"kind_d",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+519,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+520,"malformed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+521,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+522,"ur_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+269+i*1,"payload_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+523,"rest_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+524,"rest_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+525,"rest_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+526,"rest_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+527,"fmt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+528,"typ",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+529,"has_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+530,"hdr_4dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+531,"digest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+340,"poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+334,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+532,"expected_pl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declQuad(c+533,"addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+335,"first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+336,"last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+535,"mps_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+536,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+537,"hdr_seen",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+538,"hdr_complete",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+525,"use_rest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+539,"dw_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+651,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+540,"pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+541,"pl_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+542,"pl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+543,"pl_cnt_sum",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+544,"bar_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+545,"bad_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+546,"dec_action",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+547,"dec_kind",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+548,"dec_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+549,"data_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+550,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+551,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+285,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx_unpack ");
    tracep->declBus(c+696,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+622,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+624,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+625,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+626,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+627,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+320,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+702,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+321,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+322,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+323,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+697,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->pushNamePrefix("g_serialize ");
    tracep->declQuad(c+552,"beat_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+42,"beat_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+554,"dws_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+44,"dws_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+555,"next_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+45,"next_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+556,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+46,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+322,"full_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+47,"full_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+557,"dw_taken",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+558,"beat_used",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+559,"at_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_sim_ctrl ");
    tracep->declBit(c+694,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+719,"DefaultCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+674,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+675,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+676,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+677,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+678,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+679,"seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+317,"drop_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+318,"drop_cpl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+319,"cpl_timeout_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+309,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+310,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+686,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+720,"RegId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+721,"RegVersion",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+722,"RegSeed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+723,"RegDropCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+724,"RegCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+725,"RegMalformed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+726,"RegUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+727,"RegCplErr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->pushNamePrefix("gen_ctrl ");
    tracep->declBus(c+560,"seed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+48,"seed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+561,"drop_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+49,"drop_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+319,"timeout_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+50,"timeout_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+562,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+563,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+564,"cpl_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+687,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_target ");
    tracep->declBus(c+700,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+701,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+324,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+325,"req_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+327,"req_kind_i",1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+326,"req_mem_read_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+328,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+330,"req_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+331,"req_tc_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+332,"req_attr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+333,"req_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+334,"req_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+335,"req_first_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+336,"req_last_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+337,"req_cfg_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+329,"req_cfg_busdev_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+338,"pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+638,"pl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+337,"cfg_rd_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+354,"cfg_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+355,"cfg_wr_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+337,"cfg_wr_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+638,"cfg_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+335,"cfg_wr_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+356,"cfg_capture_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+357,"cfg_capture_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+304,"completer_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+358,"msix_pba_sel_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+360,"msix_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+361,"msix_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+359,"msix_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+638,"msix_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+639,"msix_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+634,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+635,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+636,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+637,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+638,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+639,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+640,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+641,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+362,"cpl_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+363,"cpl_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+366,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+367,"cpl_pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+681,"cpl_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1,"cpl_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+317,"drop_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+318,"drop_cpl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+314,"ev_sent_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StMemAccess", "StMemWaitData", 
                                "StCompletion", "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(5, "pcie_target.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+565,"state_q",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+51,"state_d",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+338,"idx_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+52,"idx_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+566,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+567,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+568,"with_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+569,"with_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+286+i*1,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+53,"rdata_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+54,"advance",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+55,"rdata_wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+570,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+639,"dw_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+571,"last_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+636,"is_write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+572,"window",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+573,"byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+574,"lower_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+575,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+576,"unused_byte_count_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+718,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_arb ");
    tracep->declBus(c+700,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+701,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+362,"cpl_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+363,"cpl_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+366,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+367,"cpl_pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+681,"cpl_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+1,"cpl_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+368,"msix_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+577,"msix_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+371,"msix_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2,"msix_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+377,"mwr_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+703,"mwr_more_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+378,"mwr_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+382,"mwr_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+5,"mwr_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+6,"mwr_pl_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBus(c+7,"mwr_pl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+4,"mwr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+372,"mrd_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+373,"mrd_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+3,"mrd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+73,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+383,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+384,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+8,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+385,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+345,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSend"};
        const char* __VenumItemValues[]
        = {"0", "1"};
        tracep->declDTypeEnum(6, "pcie_tx_arb.state_e", 2, 1, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+581,"state_q",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+56,"state_d",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    {
        const char* __VenumItemNames[]
        = {"SrcCpl", "SrcMsix", "SrcMwr", "SrcMrd"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(7, "pcie_tx_arb.source_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+582,"src_q",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+583,"src_d",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+584,"cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+57,"cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declArray(c+585,"hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+589,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+688,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+58,"pl_avail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+590,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+591,"tlp_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+592,"word_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+593,"pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+594,"pl_lane",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+595,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+596,"pl_in_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    for (int i = 0; i < 1; ++i) {
        tracep->declBus(c+597+i*1,"hdr_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 1,0);
    }
    tracep->declBit(c+384,"last_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+59,"accept",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+60,"done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+598,"unused_pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+718,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+718,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_pack ");
    tracep->declBus(c+696,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+697,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+618,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+619,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+73,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+383,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 0,0);
    tracep->declBit(c+384,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+8,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+385,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+628,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+630,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBit(c+631,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+632,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+633,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+697,"FillWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declQuad(c+599,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+101,"data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+601,"skid_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+103,"skid_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+603,"keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+61,"keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+604,"skid_keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+62,"skid_keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+605,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+63,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+606,"skid_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+64,"skid_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+607,"valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+65,"valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+608,"skid_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+66,"skid_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+609,"completes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+105,"beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+610,"beat_lanes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+67,"new_beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+68,"out_free",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+69,"beat_keep",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+611,"keep_plus_one",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 8,0);
    tracep->pushNamePrefix("g_gather ");
    tracep->declQuad(c+612,"gather_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+107,"gather_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+614,"fill_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+70,"fill_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBit(c+383,"unused_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+717,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+717,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_init_sub__TOP__pcie_ep_pkg__0(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_init_sub__TOP__pcie_ep_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+728,"Fmt3Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+729,"Fmt4Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+704,"Fmt3DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+730,"Fmt4DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+731,"FmtPrefix",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+732,"TypeMem",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+733,"TypeMemLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+734,"TypeIo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+735,"TypeCfg0",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+736,"TypeCfg1",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+737,"TypeCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+738,"TypeCplLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+728,"CplSc",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+729,"CplUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+704,"CplCrs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+731,"CplCa",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+699,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+739,"WinRegs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+740,"WinDoorbell",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+741,"WinMsixTbl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+742,"WinMsixPba",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_init_top(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_init_top\n"); );
    // Body
    Vpcie_ep___024root__trace_init_sub__TOP__0(vlSelf, tracep);
    tracep->pushNamePrefix("pcie_ep_pkg ");
    Vpcie_ep___024root__trace_init_sub__TOP__pcie_ep_pkg__0(vlSelf, tracep);
    tracep->popNamePrefix(1);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vpcie_ep___024root__trace_chg_top_0(void* voidSelf, VerilatedFst::Buffer* bufp);
void Vpcie_ep___024root__trace_cleanup(void* voidSelf, VerilatedFst* /*unused*/);

VL_ATTR_COLD void Vpcie_ep___024root__trace_register(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_register\n"); );
    // Body
    tracep->addFullCb(&Vpcie_ep___024root__trace_full_top_0, vlSelf);
    tracep->addChgCb(&Vpcie_ep___024root__trace_chg_top_0, vlSelf);
    tracep->addCleanupCb(&Vpcie_ep___024root__trace_cleanup, vlSelf);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_full_sub_0(Vpcie_ep___024root* vlSelf, VerilatedFst::Buffer* bufp);

VL_ATTR_COLD void Vpcie_ep___024root__trace_full_top_0(void* voidSelf, VerilatedFst::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_full_top_0\n"); );
    // Init
    Vpcie_ep___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpcie_ep___024root*>(voidSelf);
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    Vpcie_ep___024root__trace_full_sub_0((&vlSymsp->TOP), bufp);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_full_sub_0(Vpcie_ep___024root* vlSelf, VerilatedFst::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_full_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
    VlWide<3>/*95:0*/ __Vtemp_hebd4d333__0;
    VlWide<3>/*95:0*/ __Vtemp_h9937933b__0;
    // Body
    bufp->fullBit(oldp+1,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                           & (0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullBit(oldp+2,(vlSelf->pcie_ep__DOT__msix_msg_done));
    bufp->fullBit(oldp+3,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done) 
                           & (3U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q)))));
    bufp->fullBit(oldp+4,(vlSelf->pcie_ep__DOT__mwr_done));
    bufp->fullIData(oldp+5,(vlSelf->pcie_ep__DOT__mwr_pl_dws),32);
    bufp->fullBit(oldp+6,((1U & ((1U < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                 | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))));
    bufp->fullBit(oldp+7,(vlSelf->pcie_ep__DOT__mwr_pl_take));
    bufp->fullBit(oldp+8,(vlSelf->pcie_ep__DOT__tx_dw_valid));
    bufp->fullCData(oldp+9,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
    bufp->fullBit(oldp+10,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
    bufp->fullBit(oldp+11,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d));
    bufp->fullCData(oldp+12,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
    bufp->fullQData(oldp+13,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
    bufp->fullSData(oldp+15,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
    bufp->fullSData(oldp+16,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
    bufp->fullCData(oldp+17,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
    bufp->fullSData(oldp+18,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
    bufp->fullBit(oldp+19,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    bufp->fullBit(oldp+20,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc));
    bufp->fullQData(oldp+21,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
    bufp->fullSData(oldp+23,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
    bufp->fullQData(oldp+24,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
    bufp->fullSData(oldp+26,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
    bufp->fullSData(oldp+27,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
    bufp->fullIData(oldp+28,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d),32);
    bufp->fullCData(oldp+29,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d),2);
    bufp->fullCData(oldp+30,(vlSelf->pcie_ep__DOT__mwr_pl_take),2);
    bufp->fullCData(oldp+31,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total),2);
    bufp->fullBit(oldp+32,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
    bufp->fullQData(oldp+33,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined),64);
    bufp->fullCData(oldp+35,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d),8);
    bufp->fullBit(oldp+36,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d));
    bufp->fullCData(oldp+37,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d),3);
    bufp->fullQData(oldp+38,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
    bufp->fullIData(oldp+40,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
    bufp->fullBit(oldp+41,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                           [vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->fullQData(oldp+42,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_d),64);
    bufp->fullCData(oldp+44,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_d),2);
    bufp->fullBit(oldp+45,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_d));
    bufp->fullBit(oldp+46,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_d));
    bufp->fullBit(oldp+47,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_d));
    bufp->fullIData(oldp+48,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
    bufp->fullIData(oldp+49,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
    bufp->fullSData(oldp+50,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    bufp->fullCData(oldp+51,(vlSelf->pcie_ep__DOT__u_target__DOT__state_d),3);
    bufp->fullCData(oldp+52,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_d),4);
    bufp->fullBit(oldp+53,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we));
    bufp->fullBit(oldp+54,(vlSelf->pcie_ep__DOT__u_target__DOT__advance));
    bufp->fullIData(oldp+55,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval),32);
    bufp->fullBit(oldp+56,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d));
    bufp->fullSData(oldp+57,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
    bufp->fullCData(oldp+58,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                               ? 1U : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                        ? 1U : ((2U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? 
                                                (1U 
                                                 & ((1U 
                                                     < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)) 
                                                    | (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                 : 0U)))),2);
    bufp->fullBit(oldp+59,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__accept));
    bufp->fullBit(oldp+60,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done));
    bufp->fullCData(oldp+61,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d),8);
    bufp->fullCData(oldp+62,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),8);
    bufp->fullBit(oldp+63,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d));
    bufp->fullBit(oldp+64,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
    bufp->fullBit(oldp+65,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d));
    bufp->fullBit(oldp+66,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
    bufp->fullBit(oldp+67,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
    bufp->fullBit(oldp+68,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free));
    bufp->fullCData(oldp+69,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep),8);
    bufp->fullBit(oldp+70,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_d));
    bufp->fullBit(oldp+71,(vlSelf->pcie_ep__DOT__ev_dma_cpl_err));
    bufp->fullBit(oldp+72,(vlSelf->pcie_ep__DOT__ev_cpl_err));
    bufp->fullIData(oldp+73,(vlSelf->pcie_ep__DOT__tx_dw),32);
    bufp->fullSData(oldp+74,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
    bufp->fullSData(oldp+75,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
    bufp->fullCData(oldp+76,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
    bufp->fullIData(oldp+77,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
    bufp->fullIData(oldp+78,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
    bufp->fullCData(oldp+79,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
    bufp->fullSData(oldp+80,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
    bufp->fullCData(oldp+81,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
    bufp->fullCData(oldp+82,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
    bufp->fullCData(oldp+83,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
    bufp->fullCData(oldp+84,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
    bufp->fullIData(oldp+85,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval),32);
    bufp->fullIData(oldp+86,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
    bufp->fullCData(oldp+87,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
    bufp->fullCData(oldp+88,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
    bufp->fullCData(oldp+89,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
    bufp->fullCData(oldp+90,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
    bufp->fullCData(oldp+91,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
    bufp->fullCData(oldp+92,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
    bufp->fullCData(oldp+93,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
    bufp->fullCData(oldp+94,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
    bufp->fullCData(oldp+95,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
    bufp->fullBit(oldp+96,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
    bufp->fullBit(oldp+97,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire));
    bufp->fullBit(oldp+98,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err));
    bufp->fullCData(oldp+99,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
    bufp->fullBit(oldp+100,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial));
    bufp->fullQData(oldp+101,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d),64);
    bufp->fullQData(oldp+103,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),64);
    bufp->fullQData(oldp+105,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat),64);
    bufp->fullQData(oldp+107,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_d),64);
    bufp->fullCData(oldp+109,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
    bufp->fullCData(oldp+110,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
    bufp->fullCData(oldp+111,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
    bufp->fullCData(oldp+112,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
    bufp->fullCData(oldp+113,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
    bufp->fullCData(oldp+114,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
    bufp->fullCData(oldp+115,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
    bufp->fullCData(oldp+116,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
    bufp->fullCData(oldp+117,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
    bufp->fullCData(oldp+118,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
    bufp->fullCData(oldp+119,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
    bufp->fullCData(oldp+120,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
    bufp->fullCData(oldp+121,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
    bufp->fullCData(oldp+122,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
    bufp->fullCData(oldp+123,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
    bufp->fullCData(oldp+124,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
    bufp->fullCData(oldp+125,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
    bufp->fullCData(oldp+126,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
    bufp->fullCData(oldp+127,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
    bufp->fullCData(oldp+128,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
    bufp->fullCData(oldp+129,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
    bufp->fullCData(oldp+130,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
    bufp->fullCData(oldp+131,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
    bufp->fullCData(oldp+132,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
    bufp->fullCData(oldp+133,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
    bufp->fullCData(oldp+134,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
    bufp->fullCData(oldp+135,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
    bufp->fullCData(oldp+136,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
    bufp->fullCData(oldp+137,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
    bufp->fullCData(oldp+138,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
    bufp->fullCData(oldp+139,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
    bufp->fullCData(oldp+140,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
    bufp->fullSData(oldp+141,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
    bufp->fullSData(oldp+142,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
    bufp->fullSData(oldp+143,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
    bufp->fullSData(oldp+144,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
    bufp->fullSData(oldp+145,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
    bufp->fullSData(oldp+146,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
    bufp->fullSData(oldp+147,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
    bufp->fullSData(oldp+148,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
    bufp->fullSData(oldp+149,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
    bufp->fullSData(oldp+150,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
    bufp->fullSData(oldp+151,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
    bufp->fullSData(oldp+152,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
    bufp->fullSData(oldp+153,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
    bufp->fullSData(oldp+154,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
    bufp->fullSData(oldp+155,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
    bufp->fullSData(oldp+156,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
    bufp->fullSData(oldp+157,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
    bufp->fullSData(oldp+158,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
    bufp->fullSData(oldp+159,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
    bufp->fullSData(oldp+160,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
    bufp->fullSData(oldp+161,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
    bufp->fullSData(oldp+162,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
    bufp->fullSData(oldp+163,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
    bufp->fullSData(oldp+164,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
    bufp->fullSData(oldp+165,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
    bufp->fullSData(oldp+166,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
    bufp->fullSData(oldp+167,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
    bufp->fullSData(oldp+168,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
    bufp->fullSData(oldp+169,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
    bufp->fullSData(oldp+170,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
    bufp->fullSData(oldp+171,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
    bufp->fullSData(oldp+172,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
    bufp->fullSData(oldp+173,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
    bufp->fullSData(oldp+174,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
    bufp->fullSData(oldp+175,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
    bufp->fullSData(oldp+176,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
    bufp->fullSData(oldp+177,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
    bufp->fullSData(oldp+178,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
    bufp->fullSData(oldp+179,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
    bufp->fullSData(oldp+180,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
    bufp->fullSData(oldp+181,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
    bufp->fullSData(oldp+182,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
    bufp->fullSData(oldp+183,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
    bufp->fullSData(oldp+184,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
    bufp->fullSData(oldp+185,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
    bufp->fullSData(oldp+186,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
    bufp->fullSData(oldp+187,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
    bufp->fullSData(oldp+188,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
    bufp->fullSData(oldp+189,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
    bufp->fullSData(oldp+190,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
    bufp->fullSData(oldp+191,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
    bufp->fullSData(oldp+192,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
    bufp->fullSData(oldp+193,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
    bufp->fullSData(oldp+194,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
    bufp->fullSData(oldp+195,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
    bufp->fullSData(oldp+196,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
    bufp->fullSData(oldp+197,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
    bufp->fullSData(oldp+198,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
    bufp->fullSData(oldp+199,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
    bufp->fullSData(oldp+200,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
    bufp->fullSData(oldp+201,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
    bufp->fullSData(oldp+202,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
    bufp->fullSData(oldp+203,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
    bufp->fullSData(oldp+204,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
    bufp->fullSData(oldp+205,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
    bufp->fullSData(oldp+206,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
    bufp->fullSData(oldp+207,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
    bufp->fullSData(oldp+208,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
    bufp->fullSData(oldp+209,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
    bufp->fullSData(oldp+210,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
    bufp->fullSData(oldp+211,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
    bufp->fullSData(oldp+212,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
    bufp->fullSData(oldp+213,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
    bufp->fullSData(oldp+214,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
    bufp->fullSData(oldp+215,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
    bufp->fullSData(oldp+216,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
    bufp->fullSData(oldp+217,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
    bufp->fullSData(oldp+218,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
    bufp->fullSData(oldp+219,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
    bufp->fullSData(oldp+220,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
    bufp->fullSData(oldp+221,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
    bufp->fullSData(oldp+222,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
    bufp->fullSData(oldp+223,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
    bufp->fullSData(oldp+224,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
    bufp->fullSData(oldp+225,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
    bufp->fullSData(oldp+226,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
    bufp->fullSData(oldp+227,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
    bufp->fullSData(oldp+228,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
    bufp->fullSData(oldp+229,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
    bufp->fullSData(oldp+230,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
    bufp->fullSData(oldp+231,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
    bufp->fullSData(oldp+232,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
    bufp->fullSData(oldp+233,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
    bufp->fullSData(oldp+234,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
    bufp->fullSData(oldp+235,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
    bufp->fullSData(oldp+236,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
    bufp->fullSData(oldp+237,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
    bufp->fullSData(oldp+238,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
    bufp->fullSData(oldp+239,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
    bufp->fullSData(oldp+240,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
    bufp->fullSData(oldp+241,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
    bufp->fullSData(oldp+242,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
    bufp->fullSData(oldp+243,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
    bufp->fullSData(oldp+244,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
    bufp->fullSData(oldp+245,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
    bufp->fullSData(oldp+246,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
    bufp->fullSData(oldp+247,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
    bufp->fullSData(oldp+248,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
    bufp->fullSData(oldp+249,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
    bufp->fullSData(oldp+250,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
    bufp->fullSData(oldp+251,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
    bufp->fullSData(oldp+252,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
    bufp->fullSData(oldp+253,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
    bufp->fullSData(oldp+254,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
    bufp->fullSData(oldp+255,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
    bufp->fullSData(oldp+256,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
    bufp->fullSData(oldp+257,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
    bufp->fullSData(oldp+258,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
    bufp->fullSData(oldp+259,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
    bufp->fullSData(oldp+260,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
    bufp->fullSData(oldp+261,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
    bufp->fullSData(oldp+262,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
    bufp->fullSData(oldp+263,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
    bufp->fullSData(oldp+264,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
    bufp->fullSData(oldp+265,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
    bufp->fullSData(oldp+266,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
    bufp->fullSData(oldp+267,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
    bufp->fullSData(oldp+268,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
    bufp->fullIData(oldp+269,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
    bufp->fullIData(oldp+270,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
    bufp->fullIData(oldp+271,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
    bufp->fullIData(oldp+272,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
    bufp->fullIData(oldp+273,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
    bufp->fullIData(oldp+274,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
    bufp->fullIData(oldp+275,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
    bufp->fullIData(oldp+276,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
    bufp->fullIData(oldp+277,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
    bufp->fullIData(oldp+278,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
    bufp->fullIData(oldp+279,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
    bufp->fullIData(oldp+280,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
    bufp->fullIData(oldp+281,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
    bufp->fullIData(oldp+282,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
    bufp->fullIData(oldp+283,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
    bufp->fullIData(oldp+284,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
    bufp->fullIData(oldp+285,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
    bufp->fullIData(oldp+286,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
    bufp->fullIData(oldp+287,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
    bufp->fullIData(oldp+288,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
    bufp->fullIData(oldp+289,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
    bufp->fullIData(oldp+290,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
    bufp->fullIData(oldp+291,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
    bufp->fullIData(oldp+292,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
    bufp->fullIData(oldp+293,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
    bufp->fullIData(oldp+294,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
    bufp->fullIData(oldp+295,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
    bufp->fullIData(oldp+296,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
    bufp->fullIData(oldp+297,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
    bufp->fullIData(oldp+298,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
    bufp->fullIData(oldp+299,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
    bufp->fullIData(oldp+300,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
    bufp->fullIData(oldp+301,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    bufp->fullQData(oldp+302,((((QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                << 0x12U) | (QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
    bufp->fullSData(oldp+304,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
    bufp->fullCData(oldp+305,(vlSelf->pcie_ep__DOT__max_payload),3);
    bufp->fullCData(oldp+306,(((5U < (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                            >> 0xcU)))
                                ? 5U : (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                              >> 0xcU)))),3);
    bufp->fullBit(oldp+307,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                   >> 1U))));
    bufp->fullBit(oldp+308,((1U & (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
    bufp->fullBit(oldp+309,(vlSelf->pcie_ep__DOT__ev_malformed));
    bufp->fullBit(oldp+310,(vlSelf->pcie_ep__DOT__ev_ur));
    bufp->fullBit(oldp+311,(vlSelf->pcie_ep__DOT__ev_poisoned));
    bufp->fullBit(oldp+312,(vlSelf->pcie_ep__DOT__ev_poisoned_cpl));
    bufp->fullBit(oldp+313,(vlSelf->pcie_ep__DOT__ev_unexpected_cpl));
    bufp->fullBit(oldp+314,(vlSelf->pcie_ep__DOT__ev_sent_ca));
    bufp->fullBit(oldp+315,(vlSelf->pcie_ep__DOT__ev_rcvd_ur));
    bufp->fullBit(oldp+316,(vlSelf->pcie_ep__DOT__ev_rcvd_ca));
    bufp->fullBit(oldp+317,((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
    bufp->fullBit(oldp+318,(vlSelf->pcie_ep__DOT__drop_cpl_take));
    bufp->fullSData(oldp+319,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
    bufp->fullIData(oldp+320,(vlSelf->pcie_ep__DOT__rx_dw),32);
    bufp->fullBit(oldp+321,(vlSelf->pcie_ep__DOT__rx_dw_last));
    bufp->fullBit(oldp+322,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__full_q));
    bufp->fullBit(oldp+323,(vlSelf->pcie_ep__DOT__rx_dw_ready));
    bufp->fullBit(oldp+324,((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))));
    bufp->fullBit(oldp+325,(vlSelf->pcie_ep__DOT__req_done));
    bufp->fullBit(oldp+326,(vlSelf->pcie_ep__DOT__req_mem_read));
    bufp->fullCData(oldp+327,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q),3);
    bufp->fullSData(oldp+328,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U] >> 0x10U)),16);
    bufp->fullSData(oldp+329,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x13U)),13);
    bufp->fullCData(oldp+330,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 8U))),8);
    bufp->fullCData(oldp+331,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x14U))),3);
    bufp->fullCData(oldp+332,(((4U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x10U)) 
                               | (3U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0xcU)))),3);
    bufp->fullSData(oldp+333,((0x3fffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__addr))),14);
    bufp->fullSData(oldp+334,(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw),11);
    bufp->fullCData(oldp+335,((0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U])),4);
    bufp->fullCData(oldp+336,((0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U] >> 4U))),4);
    bufp->fullSData(oldp+337,((0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U))),10);
    bufp->fullCData(oldp+338,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q),4);
    bufp->fullBit(oldp+339,(vlSelf->pcie_ep__DOT__cpl_start));
    bufp->fullBit(oldp+340,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xeU))));
    bufp->fullBit(oldp+341,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) 
                             & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                    | (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))))));
    bufp->fullBit(oldp+342,(vlSelf->pcie_ep__DOT__cpl_end));
    bufp->fullBit(oldp+343,(vlSelf->pcie_ep__DOT__cpl_ok));
    bufp->fullBit(oldp+344,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                             & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
    bufp->fullBit(oldp+345,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
    bufp->fullBit(oldp+346,(vlSelf->pcie_ep__DOT__dma_rd_idle));
    bufp->fullBit(oldp+347,(((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                             | ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found) 
                                & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable)))));
    bufp->fullSData(oldp+348,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x10U)),16);
    bufp->fullCData(oldp+349,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),8);
    bufp->fullCData(oldp+350,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U] >> 0xdU))),3);
    bufp->fullSData(oldp+351,(vlSelf->pcie_ep__DOT__cpl_byte_count),13);
    bufp->fullSData(oldp+352,(vlSelf->pcie_ep__DOT__cpl_len_dw),11);
    bufp->fullSData(oldp+353,((0x3ffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
    bufp->fullIData(oldp+354,(vlSelf->pcie_ep__DOT__cfg_rd_data),32);
    bufp->fullBit(oldp+355,(vlSelf->pcie_ep__DOT__cfg_wr_en));
    bufp->fullBit(oldp+356,(vlSelf->pcie_ep__DOT__cfg_capture_en));
    bufp->fullSData(oldp+357,((0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U] >> 0x10U))),16);
    bufp->fullBit(oldp+358,((3U == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                          >> 0xcU)))));
    bufp->fullBit(oldp+359,(vlSelf->pcie_ep__DOT__msix_we));
    bufp->fullSData(oldp+360,((0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 2U))),10);
    bufp->fullIData(oldp+361,(vlSelf->pcie_ep__DOT__msix_rdata),32);
    bufp->fullBit(oldp+362,(vlSelf->pcie_ep__DOT__tgt_cpl_valid));
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
    __Vtemp_h9937933b__0[2U] = ((0xffffff00U & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                 [1U]) | (IData)(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr));
    bufp->fullWData(oldp+363,(__Vtemp_h9937933b__0),96);
    bufp->fullSData(oldp+366,(((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                : 0U)),11);
    bufp->fullCData(oldp+367,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                ? (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                : 0U)),4);
    bufp->fullBit(oldp+368,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q));
    bufp->fullQData(oldp+369,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
    bufp->fullIData(oldp+371,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
    bufp->fullBit(oldp+372,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q));
    bufp->fullWData(oldp+373,(vlSelf->pcie_ep__DOT__mrd_hdr),128);
    bufp->fullBit(oldp+377,((2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullWData(oldp+378,(vlSelf->pcie_ep__DOT__mwr_hdr),128);
    bufp->fullSData(oldp+382,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                         >> 2U))),11);
    bufp->fullBit(oldp+383,((1U & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws))));
    bufp->fullBit(oldp+384,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word));
    bufp->fullBit(oldp+385,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
    bufp->fullSData(oldp+386,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
    bufp->fullSData(oldp+387,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
    bufp->fullCData(oldp+388,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
    bufp->fullIData(oldp+389,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
    bufp->fullIData(oldp+390,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
    bufp->fullCData(oldp+391,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
    bufp->fullSData(oldp+392,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
    bufp->fullCData(oldp+393,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
    bufp->fullCData(oldp+394,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
    bufp->fullCData(oldp+395,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
    bufp->fullCData(oldp+396,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
    bufp->fullSData(oldp+397,(((IData)(vlSelf->pcie_ep__DOT__cfg_capture_en)
                                ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U] 
                                              >> 0x10U))
                                : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullCData(oldp+398,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 5U))),3);
    bufp->fullCData(oldp+399,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 0xcU))),3);
    bufp->fullIData(oldp+400,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
    bufp->fullCData(oldp+401,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
    bufp->fullCData(oldp+402,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
    bufp->fullCData(oldp+403,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
    bufp->fullCData(oldp+404,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
    bufp->fullCData(oldp+405,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
    bufp->fullCData(oldp+406,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
    bufp->fullCData(oldp+407,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
    bufp->fullCData(oldp+408,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
    bufp->fullCData(oldp+409,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
    bufp->fullCData(oldp+410,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
    bufp->fullBit(oldp+411,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
    bufp->fullCData(oldp+412,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
    bufp->fullQData(oldp+413,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
    bufp->fullSData(oldp+415,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
    bufp->fullSData(oldp+416,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
    bufp->fullCData(oldp+417,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
    bufp->fullSData(oldp+418,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
    bufp->fullBit(oldp+419,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found));
    bufp->fullCData(oldp+420,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
    bufp->fullSData(oldp+421,((0x1fffU & ((IData)(0x1000U) 
                                          - (0xfffU 
                                             & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
    bufp->fullSData(oldp+422,((0x1fffU & ((IData)(0x80U) 
                                          << ((5U < 
                                               (7U 
                                                & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                   >> 0xcU)))
                                               ? 5U
                                               : (7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
    bufp->fullSData(oldp+423,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
    bufp->fullBit(oldp+424,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
    bufp->fullBit(oldp+425,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
    bufp->fullBit(oldp+426,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
    bufp->fullBit(oldp+427,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
    bufp->fullBit(oldp+428,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    bufp->fullCData(oldp+429,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
    bufp->fullCData(oldp+430,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
    bufp->fullSData(oldp+431,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
    bufp->fullSData(oldp+432,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
    bufp->fullSData(oldp+433,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
    bufp->fullCData(oldp+434,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
    bufp->fullCData(oldp+435,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
    bufp->fullCData(oldp+436,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),5);
    bufp->fullBit(oldp+437,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid));
    bufp->fullQData(oldp+438,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
    bufp->fullSData(oldp+440,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
    bufp->fullBit(oldp+441,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found));
    bufp->fullCData(oldp+442,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
    bufp->fullIData(oldp+443,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
    bufp->fullIData(oldp+444,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
    bufp->fullCData(oldp+445,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
    bufp->fullQData(oldp+446,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
    bufp->fullSData(oldp+448,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
    bufp->fullSData(oldp+449,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
    bufp->fullSData(oldp+450,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
    bufp->fullSData(oldp+451,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
    bufp->fullBit(oldp+452,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q));
    bufp->fullSData(oldp+453,((0x1fffU & ((IData)(0x80U) 
                                          << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),13);
    bufp->fullSData(oldp+454,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
    bufp->fullSData(oldp+455,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
    bufp->fullQData(oldp+456,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
    bufp->fullSData(oldp+458,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
    bufp->fullIData(oldp+459,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q),32);
    bufp->fullCData(oldp+460,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q),2);
    bufp->fullBit(oldp+461,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush));
    bufp->fullIData(oldp+462,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
    bufp->fullIData(oldp+463,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
    bufp->fullIData(oldp+464,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
    bufp->fullIData(oldp+465,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
    bufp->fullIData(oldp+466,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
    bufp->fullIData(oldp+467,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
    bufp->fullIData(oldp+468,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
    bufp->fullIData(oldp+469,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
    bufp->fullIData(oldp+470,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
    bufp->fullIData(oldp+471,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
    bufp->fullIData(oldp+472,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
    bufp->fullIData(oldp+473,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
    bufp->fullIData(oldp+474,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
    bufp->fullIData(oldp+475,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
    bufp->fullIData(oldp+476,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
    bufp->fullIData(oldp+477,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
    bufp->fullIData(oldp+478,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
    bufp->fullIData(oldp+479,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
    bufp->fullIData(oldp+480,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
    bufp->fullIData(oldp+481,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
    bufp->fullIData(oldp+482,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
    bufp->fullIData(oldp+483,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
    bufp->fullIData(oldp+484,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
    bufp->fullIData(oldp+485,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
    bufp->fullBit(oldp+486,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[0]));
    bufp->fullBit(oldp+487,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[1]));
    bufp->fullBit(oldp+488,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[2]));
    bufp->fullBit(oldp+489,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[3]));
    bufp->fullBit(oldp+490,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[4]));
    bufp->fullBit(oldp+491,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[5]));
    bufp->fullBit(oldp+492,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[6]));
    bufp->fullBit(oldp+493,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[7]));
    bufp->fullCData(oldp+494,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),8);
    bufp->fullCData(oldp+495,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 4U))),3);
    bufp->fullBit(oldp+496,(vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid));
    bufp->fullIData(oldp+497,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),32);
    bufp->fullCData(oldp+498,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q),3);
    bufp->fullBit(oldp+499,(vlSelf->pcie_ep__DOT__u_msix__DOT__found));
    bufp->fullCData(oldp+500,(vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec),3);
    bufp->fullBit(oldp+501,(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable));
    bufp->fullIData(oldp+502,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
    bufp->fullIData(oldp+503,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
    bufp->fullCData(oldp+504,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q),3);
    bufp->fullCData(oldp+505,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_d),3);
    bufp->fullIData(oldp+506,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
    bufp->fullIData(oldp+507,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
    bufp->fullIData(oldp+508,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
    bufp->fullIData(oldp+509,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
    bufp->fullCData(oldp+510,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
    bufp->fullCData(oldp+511,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
    bufp->fullBit(oldp+512,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q));
    bufp->fullBit(oldp+513,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d));
    bufp->fullSData(oldp+514,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
    bufp->fullSData(oldp+515,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
    bufp->fullCData(oldp+516,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q),3);
    bufp->fullCData(oldp+517,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_d),3);
    bufp->fullCData(oldp+518,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d),3);
    bufp->fullBit(oldp+519,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q));
    bufp->fullBit(oldp+520,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d));
    bufp->fullBit(oldp+521,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q));
    bufp->fullBit(oldp+522,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d));
    bufp->fullIData(oldp+523,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q),32);
    bufp->fullIData(oldp+524,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d),32);
    bufp->fullBit(oldp+525,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q));
    bufp->fullBit(oldp+526,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d));
    bufp->fullCData(oldp+527,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [0U] >> 0x1dU)),3);
    bufp->fullCData(oldp+528,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0x18U))),5);
    bufp->fullBit(oldp+529,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1eU))));
    bufp->fullBit(oldp+530,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1dU))));
    bufp->fullBit(oldp+531,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xfU))));
    bufp->fullSData(oldp+532,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
                                         + (1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [0U] 
                                                  >> 0xfU))))),11);
    bufp->fullQData(oldp+533,(vlSelf->pcie_ep__DOT__u_rx__DOT__addr),64);
    bufp->fullSData(oldp+535,((0x7ffU & ((IData)(0x20U) 
                                         << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),11);
    bufp->fullCData(oldp+536,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                ? 4U : 3U)),3);
    bufp->fullCData(oldp+537,((0xfU & ((IData)(1U) 
                                       + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))),4);
    bufp->fullBit(oldp+538,(((0xfU & ((IData)(1U) + (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q))) 
                             >= ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT____VdfgTmp_h158dc724__0)
                                  ? 4U : 3U))));
    bufp->fullBit(oldp+539,(vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take));
    bufp->fullBit(oldp+540,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count));
    bufp->fullBit(oldp+541,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q)
                              ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q)
                              : (IData)(vlSelf->pcie_ep__DOT__rx_dw_last))));
    bufp->fullBit(oldp+542,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid));
    bufp->fullSData(oldp+543,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
    bufp->fullBit(oldp+544,(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit));
    bufp->fullBit(oldp+545,(vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr));
    bufp->fullCData(oldp+546,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action),3);
    bufp->fullCData(oldp+547,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind),3);
    bufp->fullBit(oldp+548,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur));
    bufp->fullSData(oldp+549,(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left),11);
    bufp->fullIData(oldp+550,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
    bufp->fullIData(oldp+551,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
    bufp->fullQData(oldp+552,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_q),64);
    bufp->fullCData(oldp+554,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dws_q),2);
    bufp->fullBit(oldp+555,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__next_q));
    bufp->fullBit(oldp+556,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__last_q));
    bufp->fullBit(oldp+557,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__dw_taken));
    bufp->fullBit(oldp+558,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__beat_used));
    bufp->fullBit(oldp+559,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_serialize__DOT__at_end));
    bufp->fullIData(oldp+560,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
    bufp->fullIData(oldp+561,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
    bufp->fullIData(oldp+562,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
    bufp->fullIData(oldp+563,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
    bufp->fullIData(oldp+564,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
    bufp->fullCData(oldp+565,(vlSelf->pcie_ep__DOT__u_target__DOT__state_q),3);
    bufp->fullCData(oldp+566,(vlSelf->pcie_ep__DOT__u_target__DOT__status_q),3);
    bufp->fullCData(oldp+567,(vlSelf->pcie_ep__DOT__u_target__DOT__status_d),3);
    bufp->fullBit(oldp+568,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q));
    bufp->fullBit(oldp+569,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d));
    bufp->fullSData(oldp+570,(vlSelf->pcie_ep__DOT__u_target__DOT__offset),14);
    bufp->fullBit(oldp+571,(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw));
    bufp->fullCData(oldp+572,((3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 0xcU))),2);
    bufp->fullSData(oldp+573,(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count),13);
    bufp->fullCData(oldp+574,(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr),7);
    bufp->fullSData(oldp+575,((((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                | (1U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))
                                ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U] 
                                              >> 0x10U))
                                : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullBit(oldp+576,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count) 
                                   >> 0xcU))));
    bufp->fullWData(oldp+577,(vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
    bufp->fullBit(oldp+581,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q));
    bufp->fullCData(oldp+582,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
    bufp->fullCData(oldp+583,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
    bufp->fullSData(oldp+584,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
    bufp->fullWData(oldp+585,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
    bufp->fullSData(oldp+589,((0x7ffU & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                          ? ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                              ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                              : 0U)
                                          : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? 1U : 
                                             ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                  >> 2U)
                                               : 0U))))),11);
    bufp->fullCData(oldp+590,(((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                ? 4U : 3U)),3);
    bufp->fullSData(oldp+591,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
    bufp->fullSData(oldp+592,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
    bufp->fullSData(oldp+593,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                : 0U)),12);
    bufp->fullCData(oldp+594,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
    bufp->fullSData(oldp+595,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
    bufp->fullSData(oldp+596,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h4a9ed596__0)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_hc07d7ea5__0)
                                : 0U)),12);
    bufp->fullCData(oldp+597,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
    bufp->fullBit(oldp+598,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                             & VL_REDXOR_32((0xffU 
                                             & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                >> 4U))))));
    bufp->fullQData(oldp+599,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q),64);
    bufp->fullQData(oldp+601,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),64);
    bufp->fullCData(oldp+603,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q),8);
    bufp->fullCData(oldp+604,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),8);
    bufp->fullBit(oldp+605,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q));
    bufp->fullBit(oldp+606,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
    bufp->fullBit(oldp+607,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q));
    bufp->fullBit(oldp+608,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
    bufp->fullBit(oldp+609,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__completes));
    bufp->fullCData(oldp+610,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),2);
    bufp->fullSData(oldp+611,((0x1ffU & ((IData)(1U) 
                                         + (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q)))),9);
    bufp->fullQData(oldp+612,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__gather_q),64);
    bufp->fullBit(oldp+614,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__g_gather__DOT__fill_q));
    bufp->fullSData(oldp+615,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
    bufp->fullBit(oldp+616,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
    bufp->fullSData(oldp+617,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
    bufp->fullBit(oldp+618,(vlSelf->clk_i));
    bufp->fullBit(oldp+619,(vlSelf->rst_ni));
    bufp->fullQData(oldp+620,(vlSelf->time_i),48);
    bufp->fullQData(oldp+622,(vlSelf->rx_tlp_data_i),64);
    bufp->fullCData(oldp+624,(vlSelf->rx_tlp_keep_i),8);
    bufp->fullBit(oldp+625,(vlSelf->rx_tlp_last_i));
    bufp->fullBit(oldp+626,(vlSelf->rx_tlp_valid_i));
    bufp->fullBit(oldp+627,(vlSelf->rx_tlp_ready_o));
    bufp->fullQData(oldp+628,(vlSelf->tx_tlp_data_o),64);
    bufp->fullCData(oldp+630,(vlSelf->tx_tlp_keep_o),8);
    bufp->fullBit(oldp+631,(vlSelf->tx_tlp_last_o));
    bufp->fullBit(oldp+632,(vlSelf->tx_tlp_valid_o));
    bufp->fullBit(oldp+633,(vlSelf->tx_tlp_ready_i));
    bufp->fullBit(oldp+634,(vlSelf->reg_req_o));
    bufp->fullBit(oldp+635,(vlSelf->reg_gnt_i));
    bufp->fullBit(oldp+636,(vlSelf->reg_we_o));
    bufp->fullSData(oldp+637,(vlSelf->reg_addr_o),13);
    bufp->fullIData(oldp+638,(vlSelf->reg_wdata_o),32);
    bufp->fullCData(oldp+639,(vlSelf->reg_be_o),4);
    bufp->fullBit(oldp+640,(vlSelf->reg_rvalid_i));
    bufp->fullIData(oldp+641,(vlSelf->reg_rdata_i),32);
    bufp->fullBit(oldp+642,(vlSelf->dma_rd_req_valid_i));
    bufp->fullBit(oldp+643,(vlSelf->dma_rd_req_ready_o));
    bufp->fullQData(oldp+644,(vlSelf->dma_rd_req_addr_i),64);
    bufp->fullSData(oldp+646,(vlSelf->dma_rd_req_len_i),13);
    bufp->fullCData(oldp+647,(vlSelf->dma_rd_req_id_i),3);
    bufp->fullBit(oldp+648,(vlSelf->dma_rd_data_valid_o));
    bufp->fullCData(oldp+649,(vlSelf->dma_rd_data_id_o),3);
    bufp->fullSData(oldp+650,(vlSelf->dma_rd_data_dw_o),10);
    bufp->fullIData(oldp+651,(vlSelf->dma_rd_data_o),32);
    bufp->fullBit(oldp+652,(vlSelf->dma_rd_data_count_o));
    bufp->fullBit(oldp+653,(vlSelf->dma_rd_done_o));
    bufp->fullCData(oldp+654,(vlSelf->dma_rd_done_id_o),3);
    bufp->fullBit(oldp+655,(vlSelf->dma_rd_done_err_o));
    bufp->fullBit(oldp+656,(vlSelf->dma_wr_req_valid_i));
    bufp->fullBit(oldp+657,(vlSelf->dma_wr_req_ready_o));
    bufp->fullQData(oldp+658,(vlSelf->dma_wr_req_addr_i),64);
    bufp->fullSData(oldp+660,(vlSelf->dma_wr_req_len_i),13);
    bufp->fullIData(oldp+661,(vlSelf->dma_wr_data_i),32);
    bufp->fullBit(oldp+662,(vlSelf->dma_wr_data_count_i));
    bufp->fullBit(oldp+663,(vlSelf->dma_wr_data_valid_i));
    bufp->fullBit(oldp+664,(vlSelf->dma_wr_data_ready_o));
    bufp->fullBit(oldp+665,(vlSelf->dma_wr_done_o));
    bufp->fullBit(oldp+666,(vlSelf->dma_wr_done_err_o));
    bufp->fullBit(oldp+667,(vlSelf->msix_req_i));
    bufp->fullCData(oldp+668,(vlSelf->msix_vector_i),3);
    bufp->fullBit(oldp+669,(vlSelf->bus_master_en_o));
    bufp->fullBit(oldp+670,(vlSelf->mem_space_en_o));
    bufp->fullBit(oldp+671,(vlSelf->idle_o));
    bufp->fullQData(oldp+672,(vlSelf->wake_o),48);
    bufp->fullBit(oldp+674,(vlSelf->sim_req_i));
    bufp->fullBit(oldp+675,(vlSelf->sim_we_i));
    bufp->fullCData(oldp+676,(vlSelf->sim_addr_i),8);
    bufp->fullIData(oldp+677,(vlSelf->sim_wdata_i),32);
    bufp->fullIData(oldp+678,(vlSelf->sim_rdata_o),32);
    bufp->fullIData(oldp+679,(vlSelf->sim_seed_o),32);
    bufp->fullBit(oldp+680,(((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle) 
                             | ((IData)(vlSelf->dma_rd_req_ready_o) 
                                & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                   & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                      & ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_start)) 
                                         & ((vlSelf->time_i 
                                             < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                            & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                               == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->fullIData(oldp+681,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                              [((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                 ? (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                 : 0U)]),32);
    bufp->fullCData(oldp+682,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
    bufp->fullBit(oldp+683,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d));
    bufp->fullBit(oldp+684,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad));
    bufp->fullCData(oldp+685,(((IData)(vlSelf->dma_wr_data_valid_i)
                                ? (IData)(vlSelf->dma_wr_data_count_i)
                                : 0U)),2);
    bufp->fullBit(oldp+686,(((IData)(vlSelf->pcie_ep__DOT__ev_cpl_err) 
                             | ((IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ca) 
                                | (IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->fullBit(oldp+687,(((IData)(vlSelf->sim_req_i) 
                             & (IData)(vlSelf->sim_we_i))));
    bufp->fullIData(oldp+688,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                ? vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q
                               [((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                  ? (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0))
                                  : 0U)] : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                             ? vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q
                                             : ((2U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? vlSelf->pcie_ep__DOT__mwr_pl_dws
                                                 : 0U)))),32);
    bufp->fullSData(oldp+689,(0x10eeU),16);
    bufp->fullSData(oldp+690,(0x9038U),16);
    bufp->fullSData(oldp+691,(1U),16);
    bufp->fullCData(oldp+692,(1U),8);
    bufp->fullIData(oldp+693,(8U),32);
    bufp->fullBit(oldp+694,(1U));
    bufp->fullIData(oldp+695,(0x40U),32);
    bufp->fullIData(oldp+696,(2U),32);
    bufp->fullIData(oldp+697,(1U),32);
    bufp->fullIData(oldp+698,(3U),32);
    bufp->fullIData(oldp+699,(0xeU),32);
    bufp->fullIData(oldp+700,(0x10U),32);
    bufp->fullIData(oldp+701,(4U),32);
    bufp->fullBit(oldp+702,(1U));
    bufp->fullBit(oldp+703,(0U));
    bufp->fullCData(oldp+704,(2U),3);
    bufp->fullCData(oldp+705,(0x40U),8);
    bufp->fullCData(oldp+706,(0x80U),8);
    bufp->fullSData(oldp+707,(0x546U),16);
    bufp->fullSData(oldp+708,(0xf900U),16);
    bufp->fullSData(oldp+709,(0x78ffU),16);
    bufp->fullSData(oldp+710,(7U),11);
    bufp->fullIData(oldp+711,(0x20U),32);
    bufp->fullIData(oldp+712,(5U),32);
    bufp->fullIData(oldp+713,(0xffffffffU),32);
    bufp->fullIData(oldp+714,(8U),32);
    bufp->fullBit(oldp+715,(0U));
    bufp->fullIData(oldp+716,(0U),32);
    bufp->fullIData(oldp+717,(2U),32);
    bufp->fullIData(oldp+718,(1U),32);
    bufp->fullSData(oldp+719,(0x40U),16);
    bufp->fullCData(oldp+720,(0U),8);
    bufp->fullCData(oldp+721,(4U),8);
    bufp->fullCData(oldp+722,(8U),8);
    bufp->fullCData(oldp+723,(0xcU),8);
    bufp->fullCData(oldp+724,(0x10U),8);
    bufp->fullCData(oldp+725,(0x14U),8);
    bufp->fullCData(oldp+726,(0x18U),8);
    bufp->fullCData(oldp+727,(0x1cU),8);
    bufp->fullCData(oldp+728,(0U),3);
    bufp->fullCData(oldp+729,(1U),3);
    bufp->fullCData(oldp+730,(3U),3);
    bufp->fullCData(oldp+731,(4U),3);
    bufp->fullCData(oldp+732,(0U),5);
    bufp->fullCData(oldp+733,(1U),5);
    bufp->fullCData(oldp+734,(2U),5);
    bufp->fullCData(oldp+735,(4U),5);
    bufp->fullCData(oldp+736,(5U),5);
    bufp->fullCData(oldp+737,(0xaU),5);
    bufp->fullCData(oldp+738,(0xbU),5);
    bufp->fullCData(oldp+739,(0U),2);
    bufp->fullCData(oldp+740,(1U),2);
    bufp->fullCData(oldp+741,(2U),2);
    bufp->fullCData(oldp+742,(3U),2);
}
