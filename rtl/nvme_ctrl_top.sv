// SPDX-License-Identifier: Apache-2.0
// The NVMe controller device: PCIe endpoint plus NVMe core, as an FPGA would host it.

`default_nettype none

module nvme_ctrl_top #(
  parameter int unsigned NumSlots      = 32,     // admin execution slots
  parameter int unsigned MaxNamespaces = 8192,   // namespace table entries (NSIDs 1..MaxNamespaces)
  parameter bit          SimCtrlEnable = 1'b1,
  parameter int unsigned TlpDataWidth  = 256,    // TLP stream width: 64, 128 or 256 bits
  // DWs the datapath moves per clock, as pcie_ep derives it
  localparam int unsigned Lanes        = (TlpDataWidth == 64) ? 1 : TlpDataWidth / 32
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  // Platform cycle counter (cycles since reset); an FPGA shell's free-running timer
  input  logic [47:0] time_i,

  // TLPs from the host (host-to-device)
  input  logic [TlpDataWidth-1:0]   rx_tlp_data_i,
  input  logic [TlpDataWidth/8-1:0] rx_tlp_keep_i,
  input  logic        rx_tlp_last_i,
  input  logic        rx_tlp_valid_i,
  output logic        rx_tlp_ready_o,

  // TLPs to the host (device-to-host)
  output logic [TlpDataWidth-1:0]   tx_tlp_data_o,
  output logic [TlpDataWidth/8-1:0] tx_tlp_keep_o,
  output logic        tx_tlp_last_o,
  output logic        tx_tlp_valid_o,
  input  logic        tx_tlp_ready_i,

  // Media port: the controller's data store, a DDR controller in a synthesized design
  // (docs/nvme-controller.md, Media port). Words are Lanes DWs; addresses and lengths in bytes.
  output logic        media_rd_req_valid_o,
  input  logic        media_rd_req_ready_i,
  output logic [63:0] media_rd_req_addr_o,
  output logic [47:0] media_rd_req_len_o,
  input  logic        media_rd_data_valid_i,
  output logic        media_rd_data_ready_o,
  input  logic [Lanes*32-1:0] media_rd_data_i,
  output logic        media_wr_req_valid_o,
  input  logic        media_wr_req_ready_i,
  output logic [1:0]  media_wr_req_op_o,      // 0 write, 1 zero, 2 flush
  output logic [63:0] media_wr_req_addr_o,
  output logic [47:0] media_wr_req_len_o,
  output logic        media_wr_data_valid_o,
  input  logic        media_wr_data_ready_i,
  output logic [Lanes*32-1:0] media_wr_data_o,
  input  logic        media_wr_done_i,        // one per write-channel request, in order

  // Simulation control sideband (test only; tied off when SimCtrlEnable = 0).
  // 0000h-00FFh: endpoint, 0100h-FFFFh: NVMe core (docs/nvme-controller.md)
  input  logic        sim_req_i,
  input  logic        sim_we_i,
  input  logic [15:0] sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,
  // Idle skipping (test only): nothing changes before cycle sim_wake_o unless a TLP arrives
  output logic        sim_idle_o,
  output logic [47:0] sim_wake_o
);

  localparam int unsigned NumMsixVectors = 32;   // admin queue and 16 I/O CQs, with room

  // Sideband split: the endpoint owns 0000h-00FFh, the core the rest.
  logic        sim_ep_req, sim_core_we, seed_load;
  logic [31:0] sim_ep_rdata, sim_core_rdata;
  assign sim_ep_req  = sim_req_i && sim_addr_i[15:8] == 8'h00;
  assign sim_core_we = sim_req_i && sim_we_i && sim_addr_i[15:8] != 8'h00;
  assign seed_load   = sim_ep_req && sim_we_i && sim_addr_i[7:0] == 8'h08;
  assign sim_rdata_o = (sim_addr_i[15:8] == 8'h00) ? sim_ep_rdata : sim_core_rdata;

  logic        reg_req, reg_gnt, reg_we, reg_rvalid;
  logic [12:0] reg_addr;
  logic [31:0] reg_wdata, reg_rdata;
  logic [3:0]  reg_be;

  logic        dma_rd_req_valid, dma_rd_req_ready, dma_rd_data_valid, dma_rd_done, dma_rd_done_err;
  logic [63:0] dma_rd_req_addr;
  logic [12:0] dma_rd_req_len;
  logic [9:0]  dma_rd_data_dw;
  logic [Lanes*32-1:0]        dma_rd_data;
  logic [$clog2(Lanes+1)-1:0] dma_rd_data_count;
  logic [2:0]  dma_rd_req_id, dma_rd_data_id, dma_rd_done_id;
  logic        dma_wr_req_valid, dma_wr_req_ready, dma_wr_data_valid, dma_wr_data_ready;
  logic        dma_wr_done, dma_wr_done_err;
  logic [63:0] dma_wr_req_addr;
  logic [12:0] dma_wr_req_len;
  logic [Lanes*32-1:0]        dma_wr_data;
  logic [$clog2(Lanes+1)-1:0] dma_wr_data_count;
  logic        msix_req;
  logic [$clog2(NumMsixVectors)-1:0] msix_vector;
  logic        ep_idle, core_quiet;
  logic [47:0] ep_wake, core_wake;
  logic        bus_master_en, mem_space_en;
  logic [31:0] seed;
  logic        unused_ep_outputs;   // the core checks DMA results, not function state
  assign unused_ep_outputs = ^{bus_master_en, mem_space_en, seed};

  pcie_ep #(
    .NumMsixVectors (NumMsixVectors),
    .SimCtrlEnable  (SimCtrlEnable),
    .TlpDataWidth   (TlpDataWidth)
  ) u_pcie_ep (
    .clk_i               (clk_i),
    .rst_ni              (rst_ni),
    .time_i              (time_i),
    .rx_tlp_data_i       (rx_tlp_data_i),
    .rx_tlp_keep_i       (rx_tlp_keep_i),
    .rx_tlp_last_i       (rx_tlp_last_i),
    .rx_tlp_valid_i      (rx_tlp_valid_i),
    .rx_tlp_ready_o      (rx_tlp_ready_o),
    .tx_tlp_data_o       (tx_tlp_data_o),
    .tx_tlp_keep_o       (tx_tlp_keep_o),
    .tx_tlp_last_o       (tx_tlp_last_o),
    .tx_tlp_valid_o      (tx_tlp_valid_o),
    .tx_tlp_ready_i      (tx_tlp_ready_i),
    .reg_req_o           (reg_req),
    .reg_gnt_i           (reg_gnt),
    .reg_we_o            (reg_we),
    .reg_addr_o          (reg_addr),
    .reg_wdata_o         (reg_wdata),
    .reg_be_o            (reg_be),
    .reg_rvalid_i        (reg_rvalid),
    .reg_rdata_i         (reg_rdata),
    .dma_rd_req_valid_i  (dma_rd_req_valid),
    .dma_rd_req_ready_o  (dma_rd_req_ready),
    .dma_rd_req_addr_i   (dma_rd_req_addr),
    .dma_rd_req_len_i    (dma_rd_req_len),
    .dma_rd_req_id_i     (dma_rd_req_id),
    .dma_rd_data_valid_o (dma_rd_data_valid),
    .dma_rd_data_id_o    (dma_rd_data_id),
    .dma_rd_data_dw_o    (dma_rd_data_dw),
    .dma_rd_data_o       (dma_rd_data),
    .dma_rd_data_count_o (dma_rd_data_count),
    .dma_rd_done_o       (dma_rd_done),
    .dma_rd_done_id_o    (dma_rd_done_id),
    .dma_rd_done_err_o   (dma_rd_done_err),
    .dma_wr_req_valid_i  (dma_wr_req_valid),
    .dma_wr_req_ready_o  (dma_wr_req_ready),
    .dma_wr_req_addr_i   (dma_wr_req_addr),
    .dma_wr_req_len_i    (dma_wr_req_len),
    .dma_wr_data_i       (dma_wr_data),
    .dma_wr_data_count_i (dma_wr_data_count),
    .dma_wr_data_valid_i (dma_wr_data_valid),
    .dma_wr_data_ready_o (dma_wr_data_ready),
    .dma_wr_done_o       (dma_wr_done),
    .dma_wr_done_err_o   (dma_wr_done_err),
    .msix_req_i          (msix_req),
    .msix_vector_i       (msix_vector),
    .bus_master_en_o     (bus_master_en),
    .mem_space_en_o      (mem_space_en),
    .idle_o              (ep_idle),
    .wake_o              (ep_wake),
    .sim_req_i           (sim_ep_req),
    .sim_we_i            (sim_we_i),
    .sim_addr_i          (sim_addr_i[7:0]),
    .sim_wdata_i         (sim_wdata_i),
    .sim_rdata_o         (sim_ep_rdata),
    .sim_seed_o          (seed)
  );

  nvme_core #(
    .Lanes          (Lanes),
    .NumSlots       (NumSlots),
    .MaxNamespaces  (MaxNamespaces),
    .NumMsixVectors (NumMsixVectors),
    .SimCtrlEnable  (SimCtrlEnable)
  ) u_nvme_core (
    .clk_i               (clk_i),
    .rst_ni              (rst_ni),
    .time_i              (time_i),
    .reg_req_i           (reg_req),
    .reg_gnt_o           (reg_gnt),
    .reg_we_i            (reg_we),
    .reg_addr_i          (reg_addr),
    .reg_wdata_i         (reg_wdata),
    .reg_be_i            (reg_be),
    .reg_rvalid_o        (reg_rvalid),
    .reg_rdata_o         (reg_rdata),
    .dma_rd_req_valid_o  (dma_rd_req_valid),
    .dma_rd_req_ready_i  (dma_rd_req_ready),
    .dma_rd_req_addr_o   (dma_rd_req_addr),
    .dma_rd_req_len_o    (dma_rd_req_len),
    .dma_rd_req_id_o     (dma_rd_req_id),
    .dma_rd_data_valid_i (dma_rd_data_valid),
    .dma_rd_data_id_i    (dma_rd_data_id),
    .dma_rd_data_dw_i    (dma_rd_data_dw),
    .dma_rd_data_i       (dma_rd_data),
    .dma_rd_data_count_i (dma_rd_data_count),
    .dma_rd_done_i       (dma_rd_done),
    .dma_rd_done_id_i    (dma_rd_done_id),
    .dma_rd_done_err_i   (dma_rd_done_err),
    .dma_wr_req_valid_o  (dma_wr_req_valid),
    .dma_wr_req_ready_i  (dma_wr_req_ready),
    .dma_wr_req_addr_o   (dma_wr_req_addr),
    .dma_wr_req_len_o    (dma_wr_req_len),
    .dma_wr_data_o       (dma_wr_data),
    .dma_wr_data_count_o (dma_wr_data_count),
    .dma_wr_data_valid_o (dma_wr_data_valid),
    .dma_wr_data_ready_i (dma_wr_data_ready),
    .dma_wr_done_i       (dma_wr_done),
    .dma_wr_done_err_i   (dma_wr_done_err),
    .msix_req_o          (msix_req),
    .msix_vector_o       (msix_vector),
    .media_rd_req_valid_o  (media_rd_req_valid_o),
    .media_rd_req_ready_i  (media_rd_req_ready_i),
    .media_rd_req_addr_o   (media_rd_req_addr_o),
    .media_rd_req_len_o    (media_rd_req_len_o),
    .media_rd_data_valid_i (media_rd_data_valid_i),
    .media_rd_data_ready_o (media_rd_data_ready_o),
    .media_rd_data_i       (media_rd_data_i),
    .media_wr_req_valid_o  (media_wr_req_valid_o),
    .media_wr_req_ready_i  (media_wr_req_ready_i),
    .media_wr_req_op_o     (media_wr_req_op_o),
    .media_wr_req_addr_o   (media_wr_req_addr_o),
    .media_wr_req_len_o    (media_wr_req_len_o),
    .media_wr_data_valid_o (media_wr_data_valid_o),
    .media_wr_data_ready_i (media_wr_data_ready_i),
    .media_wr_data_o       (media_wr_data_o),
    .media_wr_done_i       (media_wr_done_i),
    .sim_we_i            (sim_core_we),
    .sim_addr_i          (sim_addr_i),
    .sim_wdata_i         (sim_wdata_i),
    .sim_rdata_o         (sim_core_rdata),
    .seed_load_i         (seed_load),
    .seed_i              (sim_wdata_i),
    .quiet_o             (core_quiet),
    .wake_o              (core_wake)
  );

  assign sim_idle_o = ep_idle && core_quiet;
  assign sim_wake_o = (ep_wake < core_wake) ? ep_wake : core_wake;

endmodule

`default_nettype wire
