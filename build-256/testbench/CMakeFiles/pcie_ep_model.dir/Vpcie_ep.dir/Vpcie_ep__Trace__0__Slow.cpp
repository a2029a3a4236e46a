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
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+728,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declArray(c+730,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+738,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+739,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+740,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+741,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+742,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+750,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+751,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+752,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+753,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+754,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+755,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+756,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+757,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+758,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+759,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+760,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+761,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+762,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+763,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+764,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+766,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+767,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+768,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+769,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+770,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+771,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+779,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+780,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+781,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+782,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+783,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+784,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+785,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+787,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+788,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+796,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+797,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+798,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+799,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+800,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+801,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+802,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+803,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+804,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+805,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+806,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+808,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+809,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+810,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+811,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+812,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+813,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->pushNamePrefix("pcie_ep ");
    tracep->declBus(c+821,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+822,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+821,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+823,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+824,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+825,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"NumDmaIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+826,"SimCtrlEnable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+827,"TlpDataWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+828,"KeepWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"LaneCntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+830,"MsixIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+830,"DmaIdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+728,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declArray(c+730,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+738,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+739,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+740,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+741,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+742,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+750,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+751,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+752,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+753,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+754,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+755,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+756,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+757,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+758,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+759,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+760,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+761,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+762,"dma_rd_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+763,"dma_rd_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+764,"dma_rd_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+766,"dma_rd_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+767,"dma_rd_req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+768,"dma_rd_data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+769,"dma_rd_data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+770,"dma_rd_data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+771,"dma_rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+779,"dma_rd_data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+780,"dma_rd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+781,"dma_rd_done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+782,"dma_rd_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+783,"dma_wr_req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+784,"dma_wr_req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+785,"dma_wr_req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+787,"dma_wr_req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+788,"dma_wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+796,"dma_wr_data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+797,"dma_wr_data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+798,"dma_wr_data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+799,"dma_wr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+800,"dma_wr_done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+801,"msix_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+802,"msix_vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+803,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+804,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+805,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+806,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+808,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+809,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+810,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+811,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+812,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+813,"sim_seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+831,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+832,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"TgtIdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+804,"mem_space_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+803,"bus_master_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+358,"bar0_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,14);
    tracep->declBus(c+360,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+361,"max_payload",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+362,"max_read_req",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+363,"msix_enable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+364,"msix_func_mask",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+365,"ev_malformed",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+366,"ev_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+367,"ev_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+368,"ev_poisoned_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+369,"ev_unexpected_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+370,"ev_sent_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+371,"ev_rcvd_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+372,"ev_rcvd_ca",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+104,"ev_dma_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+105,"ev_cpl_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+373,"drop_cpl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+374,"drop_cpl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+375,"cpl_timeout",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declArray(c+376,"rx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+384,"rx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+385,"rx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+386,"rx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+387,"rx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+388,"req_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+389,"req_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+390,"req_mem_read",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    {
        const char* __VenumItemNames[]
        = {"ReqCfgRd", "ReqCfgWr", "ReqMemRd", "ReqMemWr", 
                                "ReqUr", "ReqCa"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100", "101"};
        tracep->declDTypeEnum(1, "pcie_ep_pkg::req_kind_e", 6, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+391,"req_kind",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+392,"req_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+393,"req_cfg_busdev",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+394,"req_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+395,"req_tc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+396,"req_attr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+397,"req_offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+398,"req_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+399,"req_first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+400,"req_last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+401,"req_cfg_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+402,"req_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+758,"req_pl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+403,"cpl_start",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+404,"cpl_poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+405,"cpl_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+406,"cpl_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+407,"cpl_ok",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+408,"rx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+409,"tx_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+410,"dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+814,"dma_rd_quiet",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+411,"msix_busy",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+412,"cpl_requester_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+413,"cpl_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+414,"cpl_status",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+415,"cpl_byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+416,"cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+417,"cpl_dw_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declArray(c+771,"cpl_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+779,"cpl_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+401,"cfg_rd_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+401,"cfg_wr_reg",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+418,"cfg_rd_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+758,"cfg_wr_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+419,"cfg_wr_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+420,"cfg_capture_en",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+399,"cfg_wr_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+421,"cfg_capture_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+422,"msix_pba_sel",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+423,"msix_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+424,"msix_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+425,"msix_rdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+758,"msix_wdata",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+759,"msix_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+426,"tgt_cpl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+1,"tgt_cpl_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+427,"tgt_cpl_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 95,0);
    tracep->declBus(c+430,"tgt_cpl_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+431,"tgt_cpl_pl_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declArray(c+715,"tgt_cpl_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBit(c+432,"msix_msg_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+2,"msix_msg_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+433,"msix_msg_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+435,"msix_msg_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+436,"mrd_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+3,"mrd_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+437,"mrd_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBit(c+441,"mwr_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+442,"mwr_more",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+4,"mwr_done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+443,"mwr_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+447,"mwr_len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declArray(c+5,"mwr_pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+13,"mwr_pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+14,"mwr_pl_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declArray(c+106,"tx_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+448,"tx_dw_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+449,"tx_dw_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+15,"tx_dw_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+450,"tx_dw_ready",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+410,"unused_dma_rd_idle",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("u_cfg_space ");
    tracep->declBus(c+821,"VendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+822,"DeviceId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+821,"SubsysVendorId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+823,"SubsysId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+824,"RevisionId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+825,"NumMsixVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+833,"MpsSupported",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+401,"rd_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+418,"rd_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+419,"wr_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+401,"wr_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+758,"wr_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+399,"wr_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+421,"capture_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+420,"capture_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+365,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+366,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+367,"ev_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+368,"ev_poisoned_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+370,"ev_sent_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+371,"ev_rcvd_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+372,"ev_rcvd_ca_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+105,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+804,"mem_space_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+803,"bus_master_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+358,"bar0_base_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+360,"completer_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+361,"max_payload_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+362,"max_read_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+363,"msix_enable_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+364,"msix_func_mask_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+831,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+834,"PcieCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+835,"MsixCapPtr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+451,"command_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+114,"command_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+452,"status_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+115,"status_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+453,"cache_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+116,"cache_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+454,"bar0_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+117,"bar0_lo_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,14);
    tracep->declBus(c+455,"bar0_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+118,"bar0_hi_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+456,"int_line_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+119,"int_line_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+457,"dev_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+120,"dev_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+458,"dev_sta_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+121,"dev_sta_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+459,"link_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+122,"link_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+460,"link_ctl2_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+123,"link_ctl2_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+461,"msix_ctl_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+124,"msix_ctl_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+360,"completer_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+462,"completer_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+836,"CommandMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+837,"StatusRw1c",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+838,"DevCtlMask",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBus(c+723,"clear_hi",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+125,"wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+839,"MsixTableSize",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 10,0);
    tracep->declBus(c+463,"mps_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+464,"mrrs_setting",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_dma_rd ");
    tracep->declBus(c+828,"NumTags",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"NumIds",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+840,"TagWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+830,"IdWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+762,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+763,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+764,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+766,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+767,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+768,"data_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+769,"data_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+770,"data_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+771,"data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+779,"data_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+780,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+781,"done_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+782,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+803,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+362,"max_read_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+360,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+375,"timeout_ticks_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declQuad(c+728,"time_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBit(c+410,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+436,"mrd_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+437,"mrd_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+3,"mrd_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+403,"cpl_start_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+412,"cpl_requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+413,"cpl_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+414,"cpl_status_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+415,"cpl_byte_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+416,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+404,"cpl_poisoned_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+405,"cpl_dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+417,"cpl_dw_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+771,"cpl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+779,"cpl_dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+406,"cpl_end_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+407,"cpl_ok_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+371,"ev_rcvd_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+372,"ev_rcvd_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+104,"ev_cpl_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+814,"quiet_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+806,"wake_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 47,0);
    tracep->declBus(c+465,"tag_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+126,"tag_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+165+i*1,"tag_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 2,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+197+i*1,"tag_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 9,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+229+i*1,"tag_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+261+i*1,"tag_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 12,0);
    }
    for (int i = 0; i < 32; ++i) {
        tracep->declBus(c+293+i*1,"tag_stamp_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 15,0);
    }
    tracep->declBus(c+466,"id_busy_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+16,"id_busy_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+467,"id_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+127,"id_err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+468+i*1,"id_pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+128+i*1,"id_pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 5,0);
    }
    tracep->declBit(c+476,"issuing_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+17,"issuing_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+436,"present_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+18,"present_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+477,"cur_id_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+19,"cur_id_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+478,"cur_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+20,"cur_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+480,"cur_left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+22,"cur_left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+481,"cur_off_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+23,"cur_off_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+482,"pres_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+24,"pres_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+483,"pres_len_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+25,"pres_len_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+484,"free_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+485,"free_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+486,"to_boundary",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+487,"mrrs_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+488,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+26,"req_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+27,"alloc",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+489,"ctx_active_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+490,"ctx_active_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+491,"ctx_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+492,"ctx_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+493,"ctx_good_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+724,"ctx_good_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+494,"ctx_tag_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+495,"ctx_tag_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+496,"ctx_base_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+725,"ctx_base_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 9,0);
    tracep->declBus(c+497,"ctx_bytes_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+498,"ctx_bytes_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+499,"ctx_status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+500,"ctx_status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+501,"start_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+502,"start_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+136,"sweep_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declQuad(c+503,"wake_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declQuad(c+28,"wake_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 47,0);
    tracep->declBus(c+505,"wake_ticks_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+30,"wake_ticks_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+137,"retire",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+138,"retire_err",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+139,"retire_tag",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+140,"partial",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+506,"done_found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+507,"done_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+841,"t",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+841,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+842,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk4 ");
    tracep->declBus(c+508,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk5 ");
    tracep->declBus(c+509,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_dma_wr ");
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+783,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+784,"req_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+785,"req_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+787,"req_len_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declArray(c+788,"data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+796,"data_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+797,"data_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+798,"data_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+799,"done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+800,"done_err_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+803,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+361,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+360,"requester_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+441,"mwr_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+442,"mwr_more_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+443,"mwr_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+447,"mwr_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declArray(c+5,"mwr_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+13,"mwr_pl_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+14,"mwr_pl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+4,"mwr_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSplit", "StSend", "StDrain", 
                                "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(2, "pcie_dma_wr.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+510,"state_q",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+815,"state_d",2, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+511,"addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+31,"addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+513,"left_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+33,"left_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+514,"recv_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+34,"recv_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+515,"chunk_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+35,"chunk_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+516,"err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+816,"err_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+826,"BackToBack",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+517,"mps_bytes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+518,"chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+519,"next_chunk",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declQuad(c+520,"next_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+522,"next_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBit(c+817,"len_bad",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+831,"QueueDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+831,"QueueSlots",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+840,"QcWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declArray(c+523,"queue_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 447,0);
    tracep->declArray(c+36,"queue_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 447,0);
    tracep->declBus(c+537,"queued_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+50,"queued_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+818,"in_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+51,"take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+52,"total",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+53,"queue_fits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+538,"flush",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+54,"joined",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 703,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+843,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+844,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_msix ");
    tracep->declBus(c+825,"NumVectors",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+830,"VecWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+422,"pba_sel_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+424,"acc_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+425,"acc_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+423,"acc_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+758,"acc_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+759,"acc_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+363,"msix_enable_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+364,"func_mask_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+803,"bus_master_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+801,"req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+802,"vector_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+432,"msg_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+433,"msg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 63,0);
    tracep->declBus(c+435,"msg_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2,"msg_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+411,"busy_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+539+i*1,"addr_lo_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+547+i*1,"addr_hi_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+555+i*1,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBit(c+563+i*1,"mask_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0));
    }
    tracep->declBus(c+571,"pending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+76,"pending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBus(c+572,"entry",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+573,"entry_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+845,"PbaWords",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+574,"pba_bits",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+432,"sending_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+77,"sending_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+575,"sel_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+78,"sel_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declQuad(c+433,"msg_addr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declQuad(c+79,"msg_addr_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+435,"msg_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+81,"msg_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+576,"found",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+577,"found_vec",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+578,"deliverable",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+82,"picked_masked",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+579,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+580,"w",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+841,"v",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx ");
    tracep->declBus(c+832,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+376,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+384,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+385,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+386,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+387,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+804,"mem_space_en_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declQuad(c+358,"bar0_base_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 63,14);
    tracep->declBus(c+361,"max_payload_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+388,"req_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"req_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+391,"req_kind_o",1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+390,"req_mem_read_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+392,"req_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+394,"req_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+395,"req_tc_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+396,"req_attr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+397,"req_offset_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+398,"req_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+399,"req_first_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+400,"req_last_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+401,"req_cfg_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+393,"req_cfg_busdev_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+402,"pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+758,"pl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+403,"cpl_start_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+412,"cpl_requester_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+413,"cpl_tag_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+414,"cpl_status_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+415,"cpl_byte_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+416,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBit(c+404,"cpl_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+405,"cpl_dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+417,"cpl_dw_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declArray(c+771,"cpl_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+779,"cpl_dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+406,"cpl_end_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+407,"cpl_ok_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+365,"ev_malformed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+366,"ev_ur_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+367,"ev_poisoned_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+368,"ev_poisoned_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+369,"ev_unexpected_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+408,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+831,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    {
        const char* __VenumItemNames[]
        = {"StHdr", "StDecode", "StPayload", "StEnd", 
                                "StWaitTarget"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(3, "pcie_rx.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+581,"state_q",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+582,"state_d",3, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declBus(c+583+i*1,"hdr_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBus(c+587,"hdr_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+588,"hdr_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBit(c+589,"saw_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+590,"saw_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+591,"pl_cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+592,"pl_cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    {
        const char* __VenumItemNames[]
        = {"ActRequest", "ActDrop", "ActCompletion", 
                                "ActUnexpected"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(4, "pcie_rx.action_e", 4, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+593,"action_q",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+594,"action_d",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+391,"kind_q",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+595,"kind_d",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+596,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+597,"malformed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+598,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+599,"ur_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+325+i*1,"payload_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declArray(c+600,"rest_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+608,"rest_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+616,"rest_count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+617,"rest_count_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+618,"fmt",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+619,"typ",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBit(c+620,"has_data",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+621,"hdr_4dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+622,"digest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+404,"poisoned",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+398,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+623,"expected_pl",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declQuad(c+624,"addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 63,0);
    tracep->declBus(c+399,"first_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+400,"last_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+626,"mps_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declBus(c+627,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+628,"hdr_seen",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+629,"hdr_complete",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+630,"use_rest",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+631,"dw_take",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+771,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+632,"pl_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+633,"pl_last",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+634,"pl_valid",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+635,"pl_cnt_sum",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBit(c+636,"bar_hit",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+637,"bad_hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+638,"dec_action",4, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+639,"dec_kind",1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+640,"dec_ur",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+641,"data_left",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+642,"i",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+643,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+341,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_rx_unpack ");
    tracep->declBus(c+825,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+730,"rx_tlp_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+738,"rx_tlp_keep_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+739,"rx_tlp_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+740,"rx_tlp_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+741,"rx_tlp_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+376,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+384,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+385,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+386,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+387,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+830,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->pushNamePrefix("g_whole_beats ");
    tracep->declArray(c+376,"beat_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+384,"count_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+385,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+386,"full_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_sim_ctrl ");
    tracep->declBit(c+826,"Enable",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1);
    tracep->declBus(c+846,"DefaultCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 15,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+808,"sim_req_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+809,"sim_we_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+810,"sim_addr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+811,"sim_wdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+812,"sim_rdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+813,"seed_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+373,"drop_cpl_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+374,"drop_cpl_take_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+375,"cpl_timeout_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+365,"ev_malformed_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+366,"ev_ur_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+819,"ev_cpl_err_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+847,"RegId",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+848,"RegVersion",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+849,"RegSeed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+850,"RegDropCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+851,"RegCplTimeout",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+852,"RegMalformed",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+853,"RegUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->declBus(c+854,"RegCplErr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 7,0);
    tracep->pushNamePrefix("gen_ctrl ");
    tracep->declBus(c+644,"seed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+83,"seed_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+645,"drop_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+84,"drop_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+375,"timeout_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+85,"timeout_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBus(c+646,"malformed_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+647,"ur_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+648,"cpl_err_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+820,"write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_target ");
    tracep->declBus(c+832,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+388,"req_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+389,"req_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+391,"req_kind_i",1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBit(c+390,"req_mem_read_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+392,"req_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+394,"req_tag_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 7,0);
    tracep->declBus(c+395,"req_tc_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+396,"req_attr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 2,0);
    tracep->declBus(c+397,"req_offset_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 13,0);
    tracep->declBus(c+398,"req_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+399,"req_first_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+400,"req_last_be_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+401,"req_cfg_reg_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+393,"req_cfg_busdev_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+402,"pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+758,"pl_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+401,"cfg_rd_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+418,"cfg_rd_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+419,"cfg_wr_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+401,"cfg_wr_reg_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+758,"cfg_wr_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+399,"cfg_wr_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+420,"cfg_capture_en_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+421,"cfg_capture_id_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBus(c+360,"completer_id_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 15,0);
    tracep->declBit(c+422,"msix_pba_sel_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+424,"msix_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 9,0);
    tracep->declBus(c+425,"msix_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+423,"msix_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+758,"msix_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+759,"msix_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+754,"reg_req_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+755,"reg_gnt_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+756,"reg_we_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+757,"reg_addr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 12,0);
    tracep->declBus(c+758,"reg_wdata_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBus(c+759,"reg_be_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+760,"reg_rvalid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+761,"reg_rdata_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+426,"cpl_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+427,"cpl_hdr_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+430,"cpl_len_dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+431,"cpl_pl_idx_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declArray(c+715,"cpl_pl_dws_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBit(c+1,"cpl_done_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+373,"drop_cpl_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+374,"drop_cpl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+370,"ev_sent_ca_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StMemAccess", "StMemWaitData", 
                                "StCompletion", "StDone"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11", "100"};
        tracep->declDTypeEnum(5, "pcie_target.state_e", 5, 3, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+649,"state_q",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+86,"state_d",5, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+402,"idx_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+87,"idx_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBus(c+650,"status_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+651,"status_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBit(c+652,"with_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+653,"with_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+342+i*1,"rdata_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 31,0);
    }
    tracep->declBit(c+88,"rdata_we",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+89,"advance",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+90,"rdata_wval",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+654,"offset",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 13,0);
    tracep->declBus(c+759,"dw_be",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 3,0);
    tracep->declBit(c+655,"last_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+756,"is_write",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+656,"window",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+657,"byte_count",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 12,0);
    tracep->declBus(c+658,"lower_addr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 6,0);
    tracep->declBus(c+659,"completer_id",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 15,0);
    tracep->declBit(c+660,"unused_byte_count_msb",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+842,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_arb ");
    tracep->declBus(c+832,"MaxTargetDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"IdxWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+426,"cpl_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+427,"cpl_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 95,0);
    tracep->declBus(c+430,"cpl_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declBus(c+431,"cpl_pl_idx_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declArray(c+715,"cpl_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBit(c+1,"cpl_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+432,"msix_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+661,"msix_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+435,"msix_data_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+2,"msix_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+441,"mwr_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+442,"mwr_more_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+443,"mwr_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBus(c+447,"mwr_len_dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 10,0);
    tracep->declArray(c+5,"mwr_pl_dws_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+13,"mwr_pl_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBus(c+14,"mwr_pl_take_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+4,"mwr_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+436,"mrd_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+437,"mrd_hdr_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 127,0);
    tracep->declBit(c+3,"mrd_done_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+106,"dw_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+448,"dw_count_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+449,"dw_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+15,"dw_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+450,"dw_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+409,"idle_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    {
        const char* __VenumItemNames[]
        = {"StIdle", "StSend"};
        const char* __VenumItemValues[]
        = {"0", "1"};
        tracep->declDTypeEnum(6, "pcie_tx_arb.state_e", 2, 1, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+665,"state_q",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    tracep->declBus(c+91,"state_d",6, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 0,0);
    {
        const char* __VenumItemNames[]
        = {"SrcCpl", "SrcMsix", "SrcMwr", "SrcMrd"};
        const char* __VenumItemValues[]
        = {"0", "1", "10", "11"};
        tracep->declDTypeEnum(7, "pcie_tx_arb.source_e", 4, 2, __VenumItemNames, __VenumItemValues);
    }
    tracep->declBus(c+666,"src_q",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+667,"src_d",7, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 1,0);
    tracep->declBus(c+668,"cnt_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+92,"cnt_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declArray(c+669,"hdr",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 127,0);
    tracep->declBus(c+673,"len_dw",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 10,0);
    tracep->declArray(c+141,"pl_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+93,"pl_avail",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 4,0);
    tracep->declBus(c+674,"hdr_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+675,"tlp_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+676,"word_end",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+677,"pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+678,"pl_lane",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 2,0);
    tracep->declBus(c+679,"word_dws",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    tracep->declBus(c+680,"pl_in_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 11,0);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+681+i*1,"hdr_idx",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, true,(i+0), 1,0);
    }
    tracep->declBit(c+449,"last_word",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+94,"accept",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+95,"done",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+689,"unused_pl_base",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+842,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("unnamedblk2 ");
    tracep->declBus(c+842,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_tx_pack ");
    tracep->declBus(c+825,"BeatDw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+825,"Lanes",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+829,"CntWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBit(c+726,"clk_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+727,"rst_ni",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+106,"dw_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+448,"dw_count_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1, 3,0);
    tracep->declBit(c+449,"dw_last_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+15,"dw_valid_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+450,"dw_ready_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declArray(c+742,"tx_tlp_data_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 255,0);
    tracep->declBus(c+750,"tx_tlp_keep_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1, 31,0);
    tracep->declBit(c+751,"tx_tlp_last_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+752,"tx_tlp_valid_o",-1,FST_VD_OUTPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBit(c+753,"tx_tlp_ready_i",-1,FST_VD_INPUT,FST_VT_VCD_WIRE, false,-1);
    tracep->declBus(c+830,"FillWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declArray(c+690,"data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+149,"data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+698,"skid_data_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declArray(c+157,"skid_data_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+706,"keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+96,"keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+707,"skid_keep_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBus(c+97,"skid_keep_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declBit(c+708,"last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+98,"last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+709,"skid_last_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+99,"skid_last_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+710,"valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+100,"valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+711,"skid_valid_q",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+101,"skid_valid_d",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+855,"completes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declArray(c+106,"beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 255,0);
    tracep->declBus(c+712,"beat_lanes",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 7,0);
    tracep->declBit(c+94,"new_beat",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBit(c+102,"out_free",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1);
    tracep->declBus(c+103,"beat_keep",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 31,0);
    tracep->declQuad(c+713,"keep_plus_one",-1, FST_VD_IMPLICIT,FST_VT_SV_LOGIC, false,-1, 32,0);
    tracep->pushNamePrefix("g_whole_beats ");
    tracep->pushNamePrefix("unnamedblk1 ");
    tracep->declBus(c+842,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("unnamedblk3 ");
    tracep->declBus(c+842,"l",-1, FST_VD_IMPLICIT,FST_VT_SV_INT, false,-1, 31,0);
    tracep->popNamePrefix(3);
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_init_sub__TOP__pcie_ep_pkg__0(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpcie_ep___024root__trace_init_sub__TOP__pcie_ep_pkg__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+856,"Fmt3Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+857,"Fmt4Dw",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+833,"Fmt3DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+858,"Fmt4DwData",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+859,"FmtPrefix",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+860,"TypeMem",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+861,"TypeMemLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+862,"TypeIo",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+863,"TypeCfg0",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+864,"TypeCfg1",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+865,"TypeCpl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+866,"TypeCplLk",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 4,0);
    tracep->declBus(c+856,"CplSc",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+857,"CplUr",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+833,"CplCrs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+859,"CplCa",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 2,0);
    tracep->declBus(c+831,"Bar0AddrWidth",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 31,0);
    tracep->declBus(c+867,"WinRegs",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+868,"WinDoorbell",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+869,"WinMsixTbl",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
    tracep->declBus(c+870,"WinMsixPba",-1, FST_VD_IMPLICIT,FST_VT_VCD_PARAMETER, false,-1, 1,0);
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
    bufp->fullWData(oldp+5,(vlSelf->pcie_ep__DOT__mwr_pl_dws),256);
    bufp->fullCData(oldp+13,(((8U < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                               ? 8U : (0xfU & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))),4);
    bufp->fullCData(oldp+14,(vlSelf->pcie_ep__DOT__mwr_pl_take),4);
    bufp->fullBit(oldp+15,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q) 
                            & (((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                 ? 8U : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                          ? 1U : ((2U 
                                                   == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                   ? 
                                                  ((8U 
                                                    < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                                                    ? 8U
                                                    : 
                                                   (0xfU 
                                                    & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                   : 0U))) 
                               >= ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                    ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                    : 0U)))));
    bufp->fullCData(oldp+16,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_d),8);
    bufp->fullBit(oldp+17,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_d));
    bufp->fullBit(oldp+18,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_d));
    bufp->fullCData(oldp+19,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_d),3);
    bufp->fullQData(oldp+20,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_d),64);
    bufp->fullSData(oldp+22,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_d),13);
    bufp->fullSData(oldp+23,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_d),10);
    bufp->fullCData(oldp+24,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_d),5);
    bufp->fullSData(oldp+25,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_d),13);
    bufp->fullBit(oldp+26,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__req_bad));
    bufp->fullBit(oldp+27,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__alloc));
    bufp->fullQData(oldp+28,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_d),48);
    bufp->fullSData(oldp+30,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_d),16);
    bufp->fullQData(oldp+31,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_d),64);
    bufp->fullSData(oldp+33,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_d),13);
    bufp->fullSData(oldp+34,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_d),11);
    bufp->fullSData(oldp+35,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_d),13);
    bufp->fullWData(oldp+36,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_d),448);
    bufp->fullCData(oldp+50,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_d),5);
    bufp->fullCData(oldp+51,(vlSelf->pcie_ep__DOT__mwr_pl_take),5);
    bufp->fullCData(oldp+52,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total),5);
    bufp->fullBit(oldp+53,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_fits));
    bufp->fullWData(oldp+54,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__joined),704);
    bufp->fullCData(oldp+76,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_d),8);
    bufp->fullBit(oldp+77,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_d));
    bufp->fullCData(oldp+78,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d),3);
    bufp->fullQData(oldp+79,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_d),64);
    bufp->fullIData(oldp+81,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_d),32);
    bufp->fullBit(oldp+82,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q
                           [vlSelf->pcie_ep__DOT__u_msix__DOT__sel_d]));
    bufp->fullIData(oldp+83,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_d),32);
    bufp->fullIData(oldp+84,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_d),32);
    bufp->fullSData(oldp+85,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_d),16);
    bufp->fullCData(oldp+86,(vlSelf->pcie_ep__DOT__u_target__DOT__state_d),3);
    bufp->fullCData(oldp+87,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_d),4);
    bufp->fullBit(oldp+88,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_we));
    bufp->fullBit(oldp+89,(vlSelf->pcie_ep__DOT__u_target__DOT__advance));
    bufp->fullIData(oldp+90,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_wval),32);
    bufp->fullBit(oldp+91,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_d));
    bufp->fullSData(oldp+92,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_d),12);
    bufp->fullCData(oldp+93,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                               ? 8U : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                        ? 1U : ((2U 
                                                 == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                                 ? 
                                                ((8U 
                                                  < (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total))
                                                  ? 8U
                                                  : 
                                                 (0xfU 
                                                  & (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__total)))
                                                 : 0U)))),5);
    bufp->fullBit(oldp+94,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__new_beat));
    bufp->fullBit(oldp+95,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__done));
    bufp->fullIData(oldp+96,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_d),32);
    bufp->fullIData(oldp+97,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_d),32);
    bufp->fullBit(oldp+98,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_d));
    bufp->fullBit(oldp+99,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_d));
    bufp->fullBit(oldp+100,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_d));
    bufp->fullBit(oldp+101,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_d));
    bufp->fullBit(oldp+102,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__out_free));
    bufp->fullIData(oldp+103,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_keep),32);
    bufp->fullBit(oldp+104,(vlSelf->pcie_ep__DOT__ev_dma_cpl_err));
    bufp->fullBit(oldp+105,(vlSelf->pcie_ep__DOT__ev_cpl_err));
    bufp->fullWData(oldp+106,(vlSelf->pcie_ep__DOT__tx_dw),256);
    bufp->fullSData(oldp+114,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_d),16);
    bufp->fullSData(oldp+115,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_d),16);
    bufp->fullCData(oldp+116,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_d),8);
    bufp->fullIData(oldp+117,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_d),18);
    bufp->fullIData(oldp+118,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_d),32);
    bufp->fullCData(oldp+119,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_d),8);
    bufp->fullSData(oldp+120,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_d),16);
    bufp->fullCData(oldp+121,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_d),4);
    bufp->fullCData(oldp+122,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_d),8);
    bufp->fullCData(oldp+123,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_d),4);
    bufp->fullCData(oldp+124,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_d),2);
    bufp->fullIData(oldp+125,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__wval),32);
    bufp->fullIData(oldp+126,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_d),32);
    bufp->fullCData(oldp+127,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_d),8);
    bufp->fullCData(oldp+128,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[0]),6);
    bufp->fullCData(oldp+129,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[1]),6);
    bufp->fullCData(oldp+130,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[2]),6);
    bufp->fullCData(oldp+131,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[3]),6);
    bufp->fullCData(oldp+132,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[4]),6);
    bufp->fullCData(oldp+133,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[5]),6);
    bufp->fullCData(oldp+134,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[6]),6);
    bufp->fullCData(oldp+135,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_d[7]),6);
    bufp->fullBit(oldp+136,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__sweep_hit));
    bufp->fullBit(oldp+137,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire));
    bufp->fullBit(oldp+138,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_err));
    bufp->fullCData(oldp+139,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__retire_tag),5);
    bufp->fullBit(oldp+140,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__partial));
    bufp->fullWData(oldp+141,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_dws),256);
    bufp->fullWData(oldp+149,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_d),256);
    bufp->fullWData(oldp+157,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_d),256);
    bufp->fullCData(oldp+165,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[0]),3);
    bufp->fullCData(oldp+166,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[1]),3);
    bufp->fullCData(oldp+167,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[2]),3);
    bufp->fullCData(oldp+168,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[3]),3);
    bufp->fullCData(oldp+169,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[4]),3);
    bufp->fullCData(oldp+170,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[5]),3);
    bufp->fullCData(oldp+171,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[6]),3);
    bufp->fullCData(oldp+172,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[7]),3);
    bufp->fullCData(oldp+173,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[8]),3);
    bufp->fullCData(oldp+174,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[9]),3);
    bufp->fullCData(oldp+175,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[10]),3);
    bufp->fullCData(oldp+176,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[11]),3);
    bufp->fullCData(oldp+177,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[12]),3);
    bufp->fullCData(oldp+178,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[13]),3);
    bufp->fullCData(oldp+179,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[14]),3);
    bufp->fullCData(oldp+180,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[15]),3);
    bufp->fullCData(oldp+181,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[16]),3);
    bufp->fullCData(oldp+182,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[17]),3);
    bufp->fullCData(oldp+183,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[18]),3);
    bufp->fullCData(oldp+184,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[19]),3);
    bufp->fullCData(oldp+185,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[20]),3);
    bufp->fullCData(oldp+186,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[21]),3);
    bufp->fullCData(oldp+187,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[22]),3);
    bufp->fullCData(oldp+188,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[23]),3);
    bufp->fullCData(oldp+189,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[24]),3);
    bufp->fullCData(oldp+190,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[25]),3);
    bufp->fullCData(oldp+191,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[26]),3);
    bufp->fullCData(oldp+192,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[27]),3);
    bufp->fullCData(oldp+193,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[28]),3);
    bufp->fullCData(oldp+194,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[29]),3);
    bufp->fullCData(oldp+195,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[30]),3);
    bufp->fullCData(oldp+196,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_id_q[31]),3);
    bufp->fullSData(oldp+197,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[0]),10);
    bufp->fullSData(oldp+198,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[1]),10);
    bufp->fullSData(oldp+199,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[2]),10);
    bufp->fullSData(oldp+200,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[3]),10);
    bufp->fullSData(oldp+201,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[4]),10);
    bufp->fullSData(oldp+202,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[5]),10);
    bufp->fullSData(oldp+203,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[6]),10);
    bufp->fullSData(oldp+204,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[7]),10);
    bufp->fullSData(oldp+205,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[8]),10);
    bufp->fullSData(oldp+206,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[9]),10);
    bufp->fullSData(oldp+207,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[10]),10);
    bufp->fullSData(oldp+208,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[11]),10);
    bufp->fullSData(oldp+209,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[12]),10);
    bufp->fullSData(oldp+210,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[13]),10);
    bufp->fullSData(oldp+211,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[14]),10);
    bufp->fullSData(oldp+212,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[15]),10);
    bufp->fullSData(oldp+213,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[16]),10);
    bufp->fullSData(oldp+214,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[17]),10);
    bufp->fullSData(oldp+215,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[18]),10);
    bufp->fullSData(oldp+216,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[19]),10);
    bufp->fullSData(oldp+217,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[20]),10);
    bufp->fullSData(oldp+218,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[21]),10);
    bufp->fullSData(oldp+219,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[22]),10);
    bufp->fullSData(oldp+220,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[23]),10);
    bufp->fullSData(oldp+221,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[24]),10);
    bufp->fullSData(oldp+222,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[25]),10);
    bufp->fullSData(oldp+223,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[26]),10);
    bufp->fullSData(oldp+224,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[27]),10);
    bufp->fullSData(oldp+225,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[28]),10);
    bufp->fullSData(oldp+226,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[29]),10);
    bufp->fullSData(oldp+227,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[30]),10);
    bufp->fullSData(oldp+228,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_off_q[31]),10);
    bufp->fullSData(oldp+229,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[0]),13);
    bufp->fullSData(oldp+230,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[1]),13);
    bufp->fullSData(oldp+231,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[2]),13);
    bufp->fullSData(oldp+232,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[3]),13);
    bufp->fullSData(oldp+233,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[4]),13);
    bufp->fullSData(oldp+234,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[5]),13);
    bufp->fullSData(oldp+235,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[6]),13);
    bufp->fullSData(oldp+236,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[7]),13);
    bufp->fullSData(oldp+237,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[8]),13);
    bufp->fullSData(oldp+238,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[9]),13);
    bufp->fullSData(oldp+239,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[10]),13);
    bufp->fullSData(oldp+240,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[11]),13);
    bufp->fullSData(oldp+241,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[12]),13);
    bufp->fullSData(oldp+242,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[13]),13);
    bufp->fullSData(oldp+243,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[14]),13);
    bufp->fullSData(oldp+244,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[15]),13);
    bufp->fullSData(oldp+245,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[16]),13);
    bufp->fullSData(oldp+246,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[17]),13);
    bufp->fullSData(oldp+247,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[18]),13);
    bufp->fullSData(oldp+248,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[19]),13);
    bufp->fullSData(oldp+249,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[20]),13);
    bufp->fullSData(oldp+250,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[21]),13);
    bufp->fullSData(oldp+251,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[22]),13);
    bufp->fullSData(oldp+252,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[23]),13);
    bufp->fullSData(oldp+253,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[24]),13);
    bufp->fullSData(oldp+254,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[25]),13);
    bufp->fullSData(oldp+255,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[26]),13);
    bufp->fullSData(oldp+256,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[27]),13);
    bufp->fullSData(oldp+257,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[28]),13);
    bufp->fullSData(oldp+258,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[29]),13);
    bufp->fullSData(oldp+259,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[30]),13);
    bufp->fullSData(oldp+260,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_len_q[31]),13);
    bufp->fullSData(oldp+261,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[0]),13);
    bufp->fullSData(oldp+262,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[1]),13);
    bufp->fullSData(oldp+263,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[2]),13);
    bufp->fullSData(oldp+264,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[3]),13);
    bufp->fullSData(oldp+265,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[4]),13);
    bufp->fullSData(oldp+266,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[5]),13);
    bufp->fullSData(oldp+267,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[6]),13);
    bufp->fullSData(oldp+268,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[7]),13);
    bufp->fullSData(oldp+269,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[8]),13);
    bufp->fullSData(oldp+270,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[9]),13);
    bufp->fullSData(oldp+271,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[10]),13);
    bufp->fullSData(oldp+272,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[11]),13);
    bufp->fullSData(oldp+273,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[12]),13);
    bufp->fullSData(oldp+274,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[13]),13);
    bufp->fullSData(oldp+275,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[14]),13);
    bufp->fullSData(oldp+276,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[15]),13);
    bufp->fullSData(oldp+277,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[16]),13);
    bufp->fullSData(oldp+278,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[17]),13);
    bufp->fullSData(oldp+279,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[18]),13);
    bufp->fullSData(oldp+280,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[19]),13);
    bufp->fullSData(oldp+281,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[20]),13);
    bufp->fullSData(oldp+282,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[21]),13);
    bufp->fullSData(oldp+283,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[22]),13);
    bufp->fullSData(oldp+284,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[23]),13);
    bufp->fullSData(oldp+285,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[24]),13);
    bufp->fullSData(oldp+286,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[25]),13);
    bufp->fullSData(oldp+287,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[26]),13);
    bufp->fullSData(oldp+288,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[27]),13);
    bufp->fullSData(oldp+289,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[28]),13);
    bufp->fullSData(oldp+290,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[29]),13);
    bufp->fullSData(oldp+291,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[30]),13);
    bufp->fullSData(oldp+292,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_left_q[31]),13);
    bufp->fullSData(oldp+293,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[0]),16);
    bufp->fullSData(oldp+294,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[1]),16);
    bufp->fullSData(oldp+295,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[2]),16);
    bufp->fullSData(oldp+296,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[3]),16);
    bufp->fullSData(oldp+297,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[4]),16);
    bufp->fullSData(oldp+298,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[5]),16);
    bufp->fullSData(oldp+299,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[6]),16);
    bufp->fullSData(oldp+300,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[7]),16);
    bufp->fullSData(oldp+301,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[8]),16);
    bufp->fullSData(oldp+302,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[9]),16);
    bufp->fullSData(oldp+303,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[10]),16);
    bufp->fullSData(oldp+304,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[11]),16);
    bufp->fullSData(oldp+305,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[12]),16);
    bufp->fullSData(oldp+306,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[13]),16);
    bufp->fullSData(oldp+307,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[14]),16);
    bufp->fullSData(oldp+308,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[15]),16);
    bufp->fullSData(oldp+309,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[16]),16);
    bufp->fullSData(oldp+310,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[17]),16);
    bufp->fullSData(oldp+311,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[18]),16);
    bufp->fullSData(oldp+312,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[19]),16);
    bufp->fullSData(oldp+313,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[20]),16);
    bufp->fullSData(oldp+314,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[21]),16);
    bufp->fullSData(oldp+315,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[22]),16);
    bufp->fullSData(oldp+316,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[23]),16);
    bufp->fullSData(oldp+317,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[24]),16);
    bufp->fullSData(oldp+318,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[25]),16);
    bufp->fullSData(oldp+319,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[26]),16);
    bufp->fullSData(oldp+320,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[27]),16);
    bufp->fullSData(oldp+321,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[28]),16);
    bufp->fullSData(oldp+322,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[29]),16);
    bufp->fullSData(oldp+323,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[30]),16);
    bufp->fullSData(oldp+324,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_stamp_q[31]),16);
    bufp->fullIData(oldp+325,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[0]),32);
    bufp->fullIData(oldp+326,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[1]),32);
    bufp->fullIData(oldp+327,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[2]),32);
    bufp->fullIData(oldp+328,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[3]),32);
    bufp->fullIData(oldp+329,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[4]),32);
    bufp->fullIData(oldp+330,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[5]),32);
    bufp->fullIData(oldp+331,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[6]),32);
    bufp->fullIData(oldp+332,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[7]),32);
    bufp->fullIData(oldp+333,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[8]),32);
    bufp->fullIData(oldp+334,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[9]),32);
    bufp->fullIData(oldp+335,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[10]),32);
    bufp->fullIData(oldp+336,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[11]),32);
    bufp->fullIData(oldp+337,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[12]),32);
    bufp->fullIData(oldp+338,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[13]),32);
    bufp->fullIData(oldp+339,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[14]),32);
    bufp->fullIData(oldp+340,(vlSelf->pcie_ep__DOT__u_rx__DOT__payload_q[15]),32);
    bufp->fullIData(oldp+341,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk3__DOT__l),32);
    bufp->fullIData(oldp+342,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[0]),32);
    bufp->fullIData(oldp+343,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[1]),32);
    bufp->fullIData(oldp+344,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[2]),32);
    bufp->fullIData(oldp+345,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[3]),32);
    bufp->fullIData(oldp+346,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[4]),32);
    bufp->fullIData(oldp+347,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[5]),32);
    bufp->fullIData(oldp+348,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[6]),32);
    bufp->fullIData(oldp+349,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[7]),32);
    bufp->fullIData(oldp+350,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[8]),32);
    bufp->fullIData(oldp+351,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[9]),32);
    bufp->fullIData(oldp+352,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[10]),32);
    bufp->fullIData(oldp+353,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[11]),32);
    bufp->fullIData(oldp+354,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[12]),32);
    bufp->fullIData(oldp+355,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[13]),32);
    bufp->fullIData(oldp+356,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[14]),32);
    bufp->fullIData(oldp+357,(vlSelf->pcie_ep__DOT__u_target__DOT__rdata_q[15]),32);
    bufp->fullQData(oldp+358,((((QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q)) 
                                << 0x12U) | (QData)((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q)))),50);
    bufp->fullSData(oldp+360,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q),16);
    bufp->fullCData(oldp+361,(vlSelf->pcie_ep__DOT__max_payload),3);
    bufp->fullCData(oldp+362,(((5U < (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                            >> 0xcU)))
                                ? 5U : (7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                              >> 0xcU)))),3);
    bufp->fullBit(oldp+363,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q) 
                                   >> 1U))));
    bufp->fullBit(oldp+364,((1U & (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q))));
    bufp->fullBit(oldp+365,(vlSelf->pcie_ep__DOT__ev_malformed));
    bufp->fullBit(oldp+366,(vlSelf->pcie_ep__DOT__ev_ur));
    bufp->fullBit(oldp+367,(vlSelf->pcie_ep__DOT__ev_poisoned));
    bufp->fullBit(oldp+368,(vlSelf->pcie_ep__DOT__ev_poisoned_cpl));
    bufp->fullBit(oldp+369,(vlSelf->pcie_ep__DOT__ev_unexpected_cpl));
    bufp->fullBit(oldp+370,(vlSelf->pcie_ep__DOT__ev_sent_ca));
    bufp->fullBit(oldp+371,(vlSelf->pcie_ep__DOT__ev_rcvd_ur));
    bufp->fullBit(oldp+372,(vlSelf->pcie_ep__DOT__ev_rcvd_ca));
    bufp->fullBit(oldp+373,((0U != vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q)));
    bufp->fullBit(oldp+374,(vlSelf->pcie_ep__DOT__drop_cpl_take));
    bufp->fullSData(oldp+375,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q),16);
    bufp->fullWData(oldp+376,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__beat_q),256);
    bufp->fullCData(oldp+384,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__count_q),4);
    bufp->fullBit(oldp+385,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q));
    bufp->fullBit(oldp+386,(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__full_q));
    bufp->fullBit(oldp+387,(vlSelf->pcie_ep__DOT__rx_dw_ready));
    bufp->fullBit(oldp+388,((4U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q))));
    bufp->fullBit(oldp+389,(vlSelf->pcie_ep__DOT__req_done));
    bufp->fullBit(oldp+390,(vlSelf->pcie_ep__DOT__req_mem_read));
    bufp->fullCData(oldp+391,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q),3);
    bufp->fullSData(oldp+392,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U] >> 0x10U)),16);
    bufp->fullSData(oldp+393,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x13U)),13);
    bufp->fullCData(oldp+394,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [1U] >> 8U))),8);
    bufp->fullCData(oldp+395,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [0U] >> 0x14U))),3);
    bufp->fullCData(oldp+396,(((4U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                      [0U] >> 0x10U)) 
                               | (3U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0xcU)))),3);
    bufp->fullSData(oldp+397,((0x3fffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__addr))),14);
    bufp->fullSData(oldp+398,(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw),11);
    bufp->fullCData(oldp+399,((0xfU & vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [1U])),4);
    bufp->fullCData(oldp+400,((0xfU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                       [1U] >> 4U))),4);
    bufp->fullSData(oldp+401,((0x3ffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                         [2U] >> 2U))),10);
    bufp->fullCData(oldp+402,(vlSelf->pcie_ep__DOT__u_target__DOT__idx_q),4);
    bufp->fullBit(oldp+403,(vlSelf->pcie_ep__DOT__cpl_start));
    bufp->fullBit(oldp+404,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xeU))));
    bufp->fullBit(oldp+405,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid) 
                             & ((~ ((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q) 
                                    | (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left)))) 
                                & (2U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q))))));
    bufp->fullBit(oldp+406,(vlSelf->pcie_ep__DOT__cpl_end));
    bufp->fullBit(oldp+407,(vlSelf->pcie_ep__DOT__cpl_ok));
    bufp->fullBit(oldp+408,(((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q)) 
                             & (0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q)))));
    bufp->fullBit(oldp+409,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q)))));
    bufp->fullBit(oldp+410,(vlSelf->pcie_ep__DOT__dma_rd_idle));
    bufp->fullBit(oldp+411,(((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q) 
                             | ((IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__found) 
                                & (IData)(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable)))));
    bufp->fullSData(oldp+412,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [2U] >> 0x10U)),16);
    bufp->fullCData(oldp+413,((0xffU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),8);
    bufp->fullCData(oldp+414,((7U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                     [1U] >> 0xdU))),3);
    bufp->fullSData(oldp+415,(vlSelf->pcie_ep__DOT__cpl_byte_count),13);
    bufp->fullSData(oldp+416,(vlSelf->pcie_ep__DOT__cpl_len_dw),11);
    bufp->fullSData(oldp+417,((0x3ffU & (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q))),10);
    bufp->fullIData(oldp+418,(vlSelf->pcie_ep__DOT__cfg_rd_data),32);
    bufp->fullBit(oldp+419,(vlSelf->pcie_ep__DOT__cfg_wr_en));
    bufp->fullBit(oldp+420,(vlSelf->pcie_ep__DOT__cfg_capture_en));
    bufp->fullSData(oldp+421,((0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                          [2U] >> 0x10U))),16);
    bufp->fullBit(oldp+422,((3U == (3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                          >> 0xcU)))));
    bufp->fullBit(oldp+423,(vlSelf->pcie_ep__DOT__msix_we));
    bufp->fullSData(oldp+424,((0x3ffU & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                         >> 2U))),10);
    bufp->fullIData(oldp+425,(vlSelf->pcie_ep__DOT__msix_rdata),32);
    bufp->fullBit(oldp+426,(vlSelf->pcie_ep__DOT__tgt_cpl_valid));
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
    bufp->fullWData(oldp+427,(__Vtemp_h9937933b__0),96);
    bufp->fullSData(oldp+430,(((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                : 0U)),11);
    bufp->fullCData(oldp+431,(vlSelf->pcie_ep__DOT__tgt_cpl_pl_idx),4);
    bufp->fullBit(oldp+432,(vlSelf->pcie_ep__DOT__u_msix__DOT__sending_q));
    bufp->fullQData(oldp+433,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_addr_q),64);
    bufp->fullIData(oldp+435,(vlSelf->pcie_ep__DOT__u_msix__DOT__msg_data_q),32);
    bufp->fullBit(oldp+436,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__present_q));
    bufp->fullWData(oldp+437,(vlSelf->pcie_ep__DOT__mrd_hdr),128);
    bufp->fullBit(oldp+441,((2U == (IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q))));
    bufp->fullBit(oldp+442,(vlSelf->pcie_ep__DOT__mwr_more));
    bufp->fullWData(oldp+443,(vlSelf->pcie_ep__DOT__mwr_hdr),128);
    bufp->fullSData(oldp+447,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                         >> 2U))),11);
    bufp->fullCData(oldp+448,((0xfU & (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws))),4);
    bufp->fullBit(oldp+449,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__last_word));
    bufp->fullBit(oldp+450,((1U & (~ (IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q)))));
    bufp->fullSData(oldp+451,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__command_q),16);
    bufp->fullSData(oldp+452,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__status_err_q),16);
    bufp->fullCData(oldp+453,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__cache_line_q),8);
    bufp->fullIData(oldp+454,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_lo_q),18);
    bufp->fullIData(oldp+455,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__bar0_hi_q),32);
    bufp->fullCData(oldp+456,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__int_line_q),8);
    bufp->fullSData(oldp+457,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q),16);
    bufp->fullCData(oldp+458,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_sta_q),4);
    bufp->fullCData(oldp+459,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl_q),8);
    bufp->fullCData(oldp+460,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__link_ctl2_q),4);
    bufp->fullCData(oldp+461,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__msix_ctl_q),2);
    bufp->fullSData(oldp+462,(((IData)(vlSelf->pcie_ep__DOT__cfg_capture_en)
                                ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U] 
                                              >> 0x10U))
                                : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullCData(oldp+463,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 5U))),3);
    bufp->fullCData(oldp+464,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                     >> 0xcU))),3);
    bufp->fullIData(oldp+465,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__tag_busy_q),32);
    bufp->fullCData(oldp+466,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_busy_q),8);
    bufp->fullCData(oldp+467,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_err_q),8);
    bufp->fullCData(oldp+468,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[0]),6);
    bufp->fullCData(oldp+469,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[1]),6);
    bufp->fullCData(oldp+470,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[2]),6);
    bufp->fullCData(oldp+471,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[3]),6);
    bufp->fullCData(oldp+472,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[4]),6);
    bufp->fullCData(oldp+473,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[5]),6);
    bufp->fullCData(oldp+474,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[6]),6);
    bufp->fullCData(oldp+475,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__id_pending_q[7]),6);
    bufp->fullBit(oldp+476,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__issuing_q));
    bufp->fullCData(oldp+477,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_id_q),3);
    bufp->fullQData(oldp+478,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q),64);
    bufp->fullSData(oldp+480,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_left_q),13);
    bufp->fullSData(oldp+481,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_off_q),10);
    bufp->fullCData(oldp+482,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_tag_q),5);
    bufp->fullSData(oldp+483,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__pres_len_q),13);
    bufp->fullBit(oldp+484,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_found));
    bufp->fullCData(oldp+485,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__free_tag),5);
    bufp->fullSData(oldp+486,((0x1fffU & ((IData)(0x1000U) 
                                          - (0xfffU 
                                             & (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__cur_addr_q))))),13);
    bufp->fullSData(oldp+487,((0x1fffU & ((IData)(0x80U) 
                                          << ((5U < 
                                               (7U 
                                                & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                   >> 0xcU)))
                                               ? 5U
                                               : (7U 
                                                  & ((IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__dev_ctl_q) 
                                                     >> 0xcU)))))),13);
    bufp->fullSData(oldp+488,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__chunk),13);
    bufp->fullBit(oldp+489,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q));
    bufp->fullBit(oldp+490,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_d));
    bufp->fullBit(oldp+491,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_q));
    bufp->fullBit(oldp+492,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_valid_d));
    bufp->fullBit(oldp+493,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_q));
    bufp->fullCData(oldp+494,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_q),5);
    bufp->fullCData(oldp+495,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_tag_d),5);
    bufp->fullSData(oldp+496,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_q),10);
    bufp->fullSData(oldp+497,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_q),13);
    bufp->fullSData(oldp+498,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_bytes_d),13);
    bufp->fullCData(oldp+499,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_q),3);
    bufp->fullCData(oldp+500,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_status_d),3);
    bufp->fullCData(oldp+501,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [2U] >> 8U))),5);
    bufp->fullBit(oldp+502,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__start_valid));
    bufp->fullQData(oldp+503,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q),48);
    bufp->fullSData(oldp+505,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q),16);
    bufp->fullBit(oldp+506,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found));
    bufp->fullCData(oldp+507,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_id),3);
    bufp->fullIData(oldp+508,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk4__DOT__i),32);
    bufp->fullIData(oldp+509,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__unnamedblk5__DOT__i),32);
    bufp->fullCData(oldp+510,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_q),3);
    bufp->fullQData(oldp+511,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__addr_q),64);
    bufp->fullSData(oldp+513,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__left_q),13);
    bufp->fullSData(oldp+514,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__recv_q),11);
    bufp->fullSData(oldp+515,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q),13);
    bufp->fullBit(oldp+516,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_q));
    bufp->fullSData(oldp+517,((0x1fffU & ((IData)(0x80U) 
                                          << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),13);
    bufp->fullSData(oldp+518,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk),13);
    bufp->fullSData(oldp+519,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_chunk),13);
    bufp->fullQData(oldp+520,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_addr),64);
    bufp->fullSData(oldp+522,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__next_left),13);
    bufp->fullWData(oldp+523,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queue_q),448);
    bufp->fullCData(oldp+537,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__queued_q),5);
    bufp->fullBit(oldp+538,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__flush));
    bufp->fullIData(oldp+539,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[0]),32);
    bufp->fullIData(oldp+540,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[1]),32);
    bufp->fullIData(oldp+541,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[2]),32);
    bufp->fullIData(oldp+542,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[3]),32);
    bufp->fullIData(oldp+543,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[4]),32);
    bufp->fullIData(oldp+544,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[5]),32);
    bufp->fullIData(oldp+545,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[6]),32);
    bufp->fullIData(oldp+546,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_lo_q[7]),32);
    bufp->fullIData(oldp+547,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[0]),32);
    bufp->fullIData(oldp+548,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[1]),32);
    bufp->fullIData(oldp+549,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[2]),32);
    bufp->fullIData(oldp+550,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[3]),32);
    bufp->fullIData(oldp+551,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[4]),32);
    bufp->fullIData(oldp+552,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[5]),32);
    bufp->fullIData(oldp+553,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[6]),32);
    bufp->fullIData(oldp+554,(vlSelf->pcie_ep__DOT__u_msix__DOT__addr_hi_q[7]),32);
    bufp->fullIData(oldp+555,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[0]),32);
    bufp->fullIData(oldp+556,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[1]),32);
    bufp->fullIData(oldp+557,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[2]),32);
    bufp->fullIData(oldp+558,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[3]),32);
    bufp->fullIData(oldp+559,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[4]),32);
    bufp->fullIData(oldp+560,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[5]),32);
    bufp->fullIData(oldp+561,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[6]),32);
    bufp->fullIData(oldp+562,(vlSelf->pcie_ep__DOT__u_msix__DOT__data_q[7]),32);
    bufp->fullBit(oldp+563,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[0]));
    bufp->fullBit(oldp+564,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[1]));
    bufp->fullBit(oldp+565,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[2]));
    bufp->fullBit(oldp+566,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[3]));
    bufp->fullBit(oldp+567,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[4]));
    bufp->fullBit(oldp+568,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[5]));
    bufp->fullBit(oldp+569,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[6]));
    bufp->fullBit(oldp+570,(vlSelf->pcie_ep__DOT__u_msix__DOT__mask_q[7]));
    bufp->fullCData(oldp+571,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),8);
    bufp->fullCData(oldp+572,((7U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 4U))),3);
    bufp->fullBit(oldp+573,(vlSelf->pcie_ep__DOT__u_msix__DOT__entry_valid));
    bufp->fullIData(oldp+574,(vlSelf->pcie_ep__DOT__u_msix__DOT__pending_q),32);
    bufp->fullCData(oldp+575,(vlSelf->pcie_ep__DOT__u_msix__DOT__sel_q),3);
    bufp->fullBit(oldp+576,(vlSelf->pcie_ep__DOT__u_msix__DOT__found));
    bufp->fullCData(oldp+577,(vlSelf->pcie_ep__DOT__u_msix__DOT__found_vec),3);
    bufp->fullBit(oldp+578,(vlSelf->pcie_ep__DOT__u_msix__DOT__deliverable));
    bufp->fullIData(oldp+579,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk1__DOT__v),32);
    bufp->fullIData(oldp+580,(vlSelf->pcie_ep__DOT__u_msix__DOT__unnamedblk2__DOT__w),32);
    bufp->fullCData(oldp+581,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_q),3);
    bufp->fullCData(oldp+582,(vlSelf->pcie_ep__DOT__u_rx__DOT__state_d),3);
    bufp->fullIData(oldp+583,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[0]),32);
    bufp->fullIData(oldp+584,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[1]),32);
    bufp->fullIData(oldp+585,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[2]),32);
    bufp->fullIData(oldp+586,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q[3]),32);
    bufp->fullCData(oldp+587,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_q),2);
    bufp->fullCData(oldp+588,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_cnt_d),2);
    bufp->fullBit(oldp+589,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q));
    bufp->fullBit(oldp+590,(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_d));
    bufp->fullSData(oldp+591,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_q),11);
    bufp->fullSData(oldp+592,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_d),11);
    bufp->fullCData(oldp+593,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_q),3);
    bufp->fullCData(oldp+594,(vlSelf->pcie_ep__DOT__u_rx__DOT__action_d),3);
    bufp->fullCData(oldp+595,(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_d),3);
    bufp->fullBit(oldp+596,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_q));
    bufp->fullBit(oldp+597,(vlSelf->pcie_ep__DOT__u_rx__DOT__malformed_d));
    bufp->fullBit(oldp+598,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_q));
    bufp->fullBit(oldp+599,(vlSelf->pcie_ep__DOT__u_rx__DOT__ur_d));
    bufp->fullWData(oldp+600,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_q),256);
    bufp->fullWData(oldp+608,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_d),256);
    bufp->fullCData(oldp+616,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q),4);
    bufp->fullCData(oldp+617,(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_d),4);
    bufp->fullCData(oldp+618,((vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                               [0U] >> 0x1dU)),3);
    bufp->fullCData(oldp+619,((0x1fU & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                        [0U] >> 0x18U))),5);
    bufp->fullBit(oldp+620,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1eU))));
    bufp->fullBit(oldp+621,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0x1dU))));
    bufp->fullBit(oldp+622,((1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                   [0U] >> 0xfU))));
    bufp->fullSData(oldp+623,((0x7ffU & ((IData)(vlSelf->pcie_ep__DOT__cpl_len_dw) 
                                         + (1U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                                  [0U] 
                                                  >> 0xfU))))),11);
    bufp->fullQData(oldp+624,(vlSelf->pcie_ep__DOT__u_rx__DOT__addr),64);
    bufp->fullSData(oldp+626,((0x7ffU & ((IData)(0x20U) 
                                         << (IData)(vlSelf->pcie_ep__DOT__max_payload)))),11);
    bufp->fullCData(oldp+627,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_dws),3);
    bufp->fullCData(oldp+628,(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_seen),4);
    bufp->fullBit(oldp+629,(((IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_seen) 
                             >= (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_dws))));
    bufp->fullBit(oldp+630,((0U != (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q))));
    bufp->fullBit(oldp+631,(vlSelf->pcie_ep__DOT__u_rx__DOT__dw_take));
    bufp->fullCData(oldp+632,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_count),4);
    bufp->fullBit(oldp+633,(((0U != (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__rest_count_q))
                              ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__saw_last_q)
                              : (IData)(vlSelf->pcie_ep__DOT__u_rx_unpack__DOT__g_whole_beats__DOT__last_q))));
    bufp->fullBit(oldp+634,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_valid));
    bufp->fullSData(oldp+635,(vlSelf->pcie_ep__DOT__u_rx__DOT__pl_cnt_sum),12);
    bufp->fullBit(oldp+636,(vlSelf->pcie_ep__DOT__u_rx__DOT__bar_hit));
    bufp->fullBit(oldp+637,(vlSelf->pcie_ep__DOT__u_rx__DOT__bad_hdr));
    bufp->fullCData(oldp+638,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_action),3);
    bufp->fullCData(oldp+639,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_kind),3);
    bufp->fullBit(oldp+640,(vlSelf->pcie_ep__DOT__u_rx__DOT__dec_ur));
    bufp->fullSData(oldp+641,(vlSelf->pcie_ep__DOT__u_rx__DOT__data_left),11);
    bufp->fullIData(oldp+642,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk1__DOT__i),32);
    bufp->fullIData(oldp+643,(vlSelf->pcie_ep__DOT__u_rx__DOT__unnamedblk2__DOT__l),32);
    bufp->fullIData(oldp+644,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__seed_q),32);
    bufp->fullIData(oldp+645,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__drop_q),32);
    bufp->fullIData(oldp+646,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__malformed_q),32);
    bufp->fullIData(oldp+647,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__ur_q),32);
    bufp->fullIData(oldp+648,(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__cpl_err_q),32);
    bufp->fullCData(oldp+649,(vlSelf->pcie_ep__DOT__u_target__DOT__state_q),3);
    bufp->fullCData(oldp+650,(vlSelf->pcie_ep__DOT__u_target__DOT__status_q),3);
    bufp->fullCData(oldp+651,(vlSelf->pcie_ep__DOT__u_target__DOT__status_d),3);
    bufp->fullBit(oldp+652,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q));
    bufp->fullBit(oldp+653,(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_d));
    bufp->fullSData(oldp+654,(vlSelf->pcie_ep__DOT__u_target__DOT__offset),14);
    bufp->fullBit(oldp+655,(vlSelf->pcie_ep__DOT__u_target__DOT__last_dw));
    bufp->fullCData(oldp+656,((3U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__offset) 
                                     >> 0xcU))),2);
    bufp->fullSData(oldp+657,(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count),13);
    bufp->fullCData(oldp+658,(vlSelf->pcie_ep__DOT__u_target__DOT__lower_addr),7);
    bufp->fullSData(oldp+659,((((0U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)) 
                                | (1U == (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__kind_q)))
                                ? (0xfff8U & (vlSelf->pcie_ep__DOT__u_rx__DOT__hdr_q
                                              [2U] 
                                              >> 0x10U))
                                : (IData)(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__completer_id_q))),16);
    bufp->fullBit(oldp+660,((1U & ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__byte_count) 
                                   >> 0xcU))));
    bufp->fullWData(oldp+661,(vlSelf->pcie_ep__DOT____Vcellinp__u_tx_arb__msix_hdr_i),128);
    bufp->fullBit(oldp+665,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__state_q));
    bufp->fullCData(oldp+666,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q),2);
    bufp->fullCData(oldp+667,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_d),2);
    bufp->fullSData(oldp+668,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__cnt_q),12);
    bufp->fullWData(oldp+669,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr),128);
    bufp->fullSData(oldp+673,((0x7ffU & ((0U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                          ? ((IData)(vlSelf->pcie_ep__DOT__u_target__DOT__with_data_q)
                                              ? (IData)(vlSelf->pcie_ep__DOT__u_rx__DOT__len_dw)
                                              : 0U)
                                          : ((1U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                              ? 1U : 
                                             ((2U == (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__src_q))
                                               ? ((IData)(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__chunk_q) 
                                                  >> 2U)
                                               : 0U))))),11);
    bufp->fullCData(oldp+674,(((0x20000000U & vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr[0U])
                                ? 4U : 3U)),3);
    bufp->fullSData(oldp+675,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__tlp_dws),12);
    bufp->fullSData(oldp+676,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_end),12);
    bufp->fullSData(oldp+677,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0)
                                : 0U)),12);
    bufp->fullCData(oldp+678,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__pl_lane),3);
    bufp->fullSData(oldp+679,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__word_dws),12);
    bufp->fullSData(oldp+680,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h27fc46b1__0)
                                ? (IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h1d5a08d6__0)
                                : 0U)),12);
    bufp->fullCData(oldp+681,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[0]),2);
    bufp->fullCData(oldp+682,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[1]),2);
    bufp->fullCData(oldp+683,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[2]),2);
    bufp->fullCData(oldp+684,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[3]),2);
    bufp->fullCData(oldp+685,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[4]),2);
    bufp->fullCData(oldp+686,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[5]),2);
    bufp->fullCData(oldp+687,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[6]),2);
    bufp->fullCData(oldp+688,(vlSelf->pcie_ep__DOT__u_tx_arb__DOT__hdr_idx[7]),2);
    bufp->fullBit(oldp+689,(((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h36b2751d__0) 
                             & VL_REDXOR_32((0xffU 
                                             & ((IData)(vlSelf->pcie_ep__DOT__u_tx_arb__DOT____VdfgTmp_h339d77e5__0) 
                                                >> 4U))))));
    bufp->fullWData(oldp+690,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__data_q),256);
    bufp->fullWData(oldp+698,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_data_q),256);
    bufp->fullIData(oldp+706,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q),32);
    bufp->fullIData(oldp+707,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_keep_q),32);
    bufp->fullBit(oldp+708,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__last_q));
    bufp->fullBit(oldp+709,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_last_q));
    bufp->fullBit(oldp+710,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__valid_q));
    bufp->fullBit(oldp+711,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__skid_valid_q));
    bufp->fullCData(oldp+712,(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__beat_lanes),8);
    bufp->fullQData(oldp+713,((0x1ffffffffULL & (1ULL 
                                                 + (QData)((IData)(vlSelf->pcie_ep__DOT__u_tx_pack__DOT__keep_q))))),33);
    bufp->fullWData(oldp+715,(vlSelf->pcie_ep__DOT__tgt_cpl_pl_dws),256);
    bufp->fullSData(oldp+723,(vlSelf->pcie_ep__DOT__u_cfg_space__DOT__clear_hi),16);
    bufp->fullBit(oldp+724,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_good_d));
    bufp->fullSData(oldp+725,(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_base_d),10);
    bufp->fullBit(oldp+726,(vlSelf->clk_i));
    bufp->fullBit(oldp+727,(vlSelf->rst_ni));
    bufp->fullQData(oldp+728,(vlSelf->time_i),48);
    bufp->fullWData(oldp+730,(vlSelf->rx_tlp_data_i),256);
    bufp->fullIData(oldp+738,(vlSelf->rx_tlp_keep_i),32);
    bufp->fullBit(oldp+739,(vlSelf->rx_tlp_last_i));
    bufp->fullBit(oldp+740,(vlSelf->rx_tlp_valid_i));
    bufp->fullBit(oldp+741,(vlSelf->rx_tlp_ready_o));
    bufp->fullWData(oldp+742,(vlSelf->tx_tlp_data_o),256);
    bufp->fullIData(oldp+750,(vlSelf->tx_tlp_keep_o),32);
    bufp->fullBit(oldp+751,(vlSelf->tx_tlp_last_o));
    bufp->fullBit(oldp+752,(vlSelf->tx_tlp_valid_o));
    bufp->fullBit(oldp+753,(vlSelf->tx_tlp_ready_i));
    bufp->fullBit(oldp+754,(vlSelf->reg_req_o));
    bufp->fullBit(oldp+755,(vlSelf->reg_gnt_i));
    bufp->fullBit(oldp+756,(vlSelf->reg_we_o));
    bufp->fullSData(oldp+757,(vlSelf->reg_addr_o),13);
    bufp->fullIData(oldp+758,(vlSelf->reg_wdata_o),32);
    bufp->fullCData(oldp+759,(vlSelf->reg_be_o),4);
    bufp->fullBit(oldp+760,(vlSelf->reg_rvalid_i));
    bufp->fullIData(oldp+761,(vlSelf->reg_rdata_i),32);
    bufp->fullBit(oldp+762,(vlSelf->dma_rd_req_valid_i));
    bufp->fullBit(oldp+763,(vlSelf->dma_rd_req_ready_o));
    bufp->fullQData(oldp+764,(vlSelf->dma_rd_req_addr_i),64);
    bufp->fullSData(oldp+766,(vlSelf->dma_rd_req_len_i),13);
    bufp->fullCData(oldp+767,(vlSelf->dma_rd_req_id_i),3);
    bufp->fullBit(oldp+768,(vlSelf->dma_rd_data_valid_o));
    bufp->fullCData(oldp+769,(vlSelf->dma_rd_data_id_o),3);
    bufp->fullSData(oldp+770,(vlSelf->dma_rd_data_dw_o),10);
    bufp->fullWData(oldp+771,(vlSelf->dma_rd_data_o),256);
    bufp->fullCData(oldp+779,(vlSelf->dma_rd_data_count_o),4);
    bufp->fullBit(oldp+780,(vlSelf->dma_rd_done_o));
    bufp->fullCData(oldp+781,(vlSelf->dma_rd_done_id_o),3);
    bufp->fullBit(oldp+782,(vlSelf->dma_rd_done_err_o));
    bufp->fullBit(oldp+783,(vlSelf->dma_wr_req_valid_i));
    bufp->fullBit(oldp+784,(vlSelf->dma_wr_req_ready_o));
    bufp->fullQData(oldp+785,(vlSelf->dma_wr_req_addr_i),64);
    bufp->fullSData(oldp+787,(vlSelf->dma_wr_req_len_i),13);
    bufp->fullWData(oldp+788,(vlSelf->dma_wr_data_i),256);
    bufp->fullCData(oldp+796,(vlSelf->dma_wr_data_count_i),4);
    bufp->fullBit(oldp+797,(vlSelf->dma_wr_data_valid_i));
    bufp->fullBit(oldp+798,(vlSelf->dma_wr_data_ready_o));
    bufp->fullBit(oldp+799,(vlSelf->dma_wr_done_o));
    bufp->fullBit(oldp+800,(vlSelf->dma_wr_done_err_o));
    bufp->fullBit(oldp+801,(vlSelf->msix_req_i));
    bufp->fullCData(oldp+802,(vlSelf->msix_vector_i),3);
    bufp->fullBit(oldp+803,(vlSelf->bus_master_en_o));
    bufp->fullBit(oldp+804,(vlSelf->mem_space_en_o));
    bufp->fullBit(oldp+805,(vlSelf->idle_o));
    bufp->fullQData(oldp+806,(vlSelf->wake_o),48);
    bufp->fullBit(oldp+808,(vlSelf->sim_req_i));
    bufp->fullBit(oldp+809,(vlSelf->sim_we_i));
    bufp->fullCData(oldp+810,(vlSelf->sim_addr_i),8);
    bufp->fullIData(oldp+811,(vlSelf->sim_wdata_i),32);
    bufp->fullIData(oldp+812,(vlSelf->sim_rdata_o),32);
    bufp->fullIData(oldp+813,(vlSelf->sim_seed_o),32);
    bufp->fullBit(oldp+814,(((IData)(vlSelf->pcie_ep__DOT__dma_rd_idle) 
                             | ((IData)(vlSelf->dma_rd_req_ready_o) 
                                & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__ctx_active_q)) 
                                   & ((~ (IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__done_found)) 
                                      & ((~ (IData)(vlSelf->pcie_ep__DOT__cpl_start)) 
                                         & ((vlSelf->time_i 
                                             < vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_q) 
                                            & ((IData)(vlSelf->pcie_ep__DOT__u_dma_rd__DOT__wake_ticks_q) 
                                               == (IData)(vlSelf->pcie_ep__DOT__u_sim_ctrl__DOT__gen_ctrl__DOT__timeout_q))))))))));
    bufp->fullCData(oldp+815,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__state_d),3);
    bufp->fullBit(oldp+816,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__err_d));
    bufp->fullBit(oldp+817,(vlSelf->pcie_ep__DOT__u_dma_wr__DOT__len_bad));
    bufp->fullCData(oldp+818,(((IData)(vlSelf->dma_wr_data_valid_i)
                                ? (IData)(vlSelf->dma_wr_data_count_i)
                                : 0U)),5);
    bufp->fullBit(oldp+819,(((IData)(vlSelf->pcie_ep__DOT__ev_cpl_err) 
                             | ((IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ca) 
                                | (IData)(vlSelf->pcie_ep__DOT__ev_rcvd_ur)))));
    bufp->fullBit(oldp+820,(((IData)(vlSelf->sim_req_i) 
                             & (IData)(vlSelf->sim_we_i))));
    bufp->fullSData(oldp+821,(0x10eeU),16);
    bufp->fullSData(oldp+822,(0x9038U),16);
    bufp->fullSData(oldp+823,(1U),16);
    bufp->fullCData(oldp+824,(1U),8);
    bufp->fullIData(oldp+825,(8U),32);
    bufp->fullBit(oldp+826,(1U));
    bufp->fullIData(oldp+827,(0x100U),32);
    bufp->fullIData(oldp+828,(0x20U),32);
    bufp->fullIData(oldp+829,(4U),32);
    bufp->fullIData(oldp+830,(3U),32);
    bufp->fullIData(oldp+831,(0xeU),32);
    bufp->fullIData(oldp+832,(0x10U),32);
    bufp->fullCData(oldp+833,(2U),3);
    bufp->fullCData(oldp+834,(0x40U),8);
    bufp->fullCData(oldp+835,(0x80U),8);
    bufp->fullSData(oldp+836,(0x546U),16);
    bufp->fullSData(oldp+837,(0xf900U),16);
    bufp->fullSData(oldp+838,(0x78ffU),16);
    bufp->fullSData(oldp+839,(7U),11);
    bufp->fullIData(oldp+840,(5U),32);
    bufp->fullIData(oldp+841,(0xffffffffU),32);
    bufp->fullIData(oldp+842,(8U),32);
    bufp->fullIData(oldp+843,(0x16U),32);
    bufp->fullIData(oldp+844,(0xeU),32);
    bufp->fullIData(oldp+845,(1U),32);
    bufp->fullSData(oldp+846,(0x40U),16);
    bufp->fullCData(oldp+847,(0U),8);
    bufp->fullCData(oldp+848,(4U),8);
    bufp->fullCData(oldp+849,(8U),8);
    bufp->fullCData(oldp+850,(0xcU),8);
    bufp->fullCData(oldp+851,(0x10U),8);
    bufp->fullCData(oldp+852,(0x14U),8);
    bufp->fullCData(oldp+853,(0x18U),8);
    bufp->fullCData(oldp+854,(0x1cU),8);
    bufp->fullBit(oldp+855,(1U));
    bufp->fullCData(oldp+856,(0U),3);
    bufp->fullCData(oldp+857,(1U),3);
    bufp->fullCData(oldp+858,(3U),3);
    bufp->fullCData(oldp+859,(4U),3);
    bufp->fullCData(oldp+860,(0U),5);
    bufp->fullCData(oldp+861,(1U),5);
    bufp->fullCData(oldp+862,(2U),5);
    bufp->fullCData(oldp+863,(4U),5);
    bufp->fullCData(oldp+864,(5U),5);
    bufp->fullCData(oldp+865,(0xaU),5);
    bufp->fullCData(oldp+866,(0xbU),5);
    bufp->fullCData(oldp+867,(0U),2);
    bufp->fullCData(oldp+868,(1U),2);
    bufp->fullCData(oldp+869,(2U),2);
    bufp->fullCData(oldp+870,(3U),2);
}
