// SPDX-License-Identifier: Apache-2.0
// PCIe transaction-layer endpoint: config space, BAR0, DMA and MSI-X over AXI4-Stream TLPs.

`default_nettype none

module pcie_ep #(
  parameter logic [15:0] VendorId       = 16'h10ee,
  parameter logic [15:0] DeviceId       = 16'h9038,
  parameter logic [15:0] SubsysVendorId = 16'h10ee,
  parameter logic [15:0] SubsysId       = 16'h0001,
  parameter logic [7:0]  RevisionId     = 8'h01,
  parameter int unsigned NumMsixVectors = 8,
  parameter int unsigned NumDmaIds      = 8,
  parameter bit          SimCtrlEnable  = 1'b1,
  parameter int unsigned TlpDataWidth   = 256,   // TLP stream width: 64, 128 or 256 bits
  localparam int unsigned BeatDw        = TlpDataWidth / 32,
  localparam int unsigned KeepWidth     = TlpDataWidth / 8,
  // DWs the datapath moves per clock: a whole beat, but one DW at 64 bits, where the timing of
  // the original one-DW datapath is kept as the reference (docs/pcie-endpoint.md).
  localparam int unsigned Lanes         = (TlpDataWidth == 64) ? 1 : BeatDw,
  localparam int unsigned LaneCntWidth  = $clog2(Lanes + 1),
  localparam int unsigned MsixIdxWidth  = $clog2(NumMsixVectors),
  localparam int unsigned DmaIdWidth    = $clog2(NumDmaIds)
) (
  input  logic                    clk_i,
  input  logic                    rst_ni,
  input  logic [47:0]             time_i,   // platform cycle counter (completion timeout)

  // TLPs from the host (host-to-device)
  input  logic [TlpDataWidth-1:0] rx_tlp_data_i,
  input  logic [KeepWidth-1:0]    rx_tlp_keep_i,
  input  logic                    rx_tlp_last_i,
  input  logic                    rx_tlp_valid_i,
  output logic                    rx_tlp_ready_o,

  // TLPs to the host (device-to-host)
  output logic [TlpDataWidth-1:0] tx_tlp_data_o,
  output logic [KeepWidth-1:0]    tx_tlp_keep_o,
  output logic                    tx_tlp_last_o,
  output logic                    tx_tlp_valid_o,
  input  logic                    tx_tlp_ready_i,

  // BAR0 register port: NVMe registers and doorbells (BAR0 0000h-1FFFh)
  output logic                    reg_req_o,
  input  logic                    reg_gnt_i,
  output logic                    reg_we_o,
  output logic [12:0]             reg_addr_o,
  output logic [31:0]             reg_wdata_o,
  output logic [3:0]              reg_be_o,
  input  logic                    reg_rvalid_i,
  input  logic [31:0]             reg_rdata_i,

  // DMA reads from host memory
  input  logic                    dma_rd_req_valid_i,
  output logic                    dma_rd_req_ready_o,
  input  logic [63:0]             dma_rd_req_addr_i,
  input  logic [12:0]             dma_rd_req_len_i,
  input  logic [DmaIdWidth-1:0]   dma_rd_req_id_i,
  output logic                    dma_rd_data_valid_o,
  output logic [DmaIdWidth-1:0]   dma_rd_data_id_o,
  output logic [9:0]              dma_rd_data_dw_o,
  output logic [Lanes*32-1:0]     dma_rd_data_o,         // DWs dma_rd_data_dw_o up
  output logic [LaneCntWidth-1:0] dma_rd_data_count_o,   // in lanes 0 up
  output logic                    dma_rd_done_o,
  output logic [DmaIdWidth-1:0]   dma_rd_done_id_o,
  output logic                    dma_rd_done_err_o,

  // DMA writes to host memory
  input  logic                    dma_wr_req_valid_i,
  output logic                    dma_wr_req_ready_o,
  input  logic [63:0]             dma_wr_req_addr_i,
  input  logic [12:0]             dma_wr_req_len_i,
  input  logic [Lanes*32-1:0]     dma_wr_data_i,
  input  logic [LaneCntWidth-1:0] dma_wr_data_count_i,   // DWs in lanes 0 up
  input  logic                    dma_wr_data_valid_i,
  output logic                    dma_wr_data_ready_o,
  output logic                    dma_wr_done_o,
  output logic                    dma_wr_done_err_o,

  // MSI-X requests from the NVMe core
  input  logic                    msix_req_i,
  input  logic [MsixIdxWidth-1:0] msix_vector_i,

  // Function state the NVMe core needs
  output logic                    bus_master_en_o,
  output logic                    mem_space_en_o,
  output logic                    idle_o,   // no TLP in progress; reads out at most (wake_o)
  output logic [47:0]             wake_o,   // with idle_o: nothing changes before this cycle

  // Simulation control sideband (test only; tied off when SimCtrlEnable = 0)
  input  logic                    sim_req_i,
  input  logic                    sim_we_i,
  input  logic [7:0]              sim_addr_i,
  input  logic [31:0]             sim_wdata_i,
  output logic [31:0]             sim_rdata_o,
  output logic [31:0]             sim_seed_o          // SEED register, for the NVMe core
);

  localparam int unsigned Bar0AddrWidth = pcie_ep_pkg::Bar0AddrWidth;

  localparam int unsigned MaxTargetDw = 16;
  localparam int unsigned TgtIdxWidth = $clog2(MaxTargetDw);

  // ---------------------------------------------------------------------------------------------
  // Function state from configuration space
  logic        mem_space_en, bus_master_en;
  logic [63:Bar0AddrWidth] bar0_base;
  logic [15:0] completer_id;
  logic [2:0]  max_payload, max_read_req;
  logic        msix_enable, msix_func_mask;

  assign bus_master_en_o = bus_master_en;
  assign mem_space_en_o  = mem_space_en;

  // Error events
  logic ev_malformed, ev_ur, ev_poisoned, ev_poisoned_cpl, ev_unexpected_cpl;
  logic ev_sent_ca, ev_rcvd_ur, ev_rcvd_ca, ev_dma_cpl_err, ev_cpl_err;
  assign ev_cpl_err = ev_dma_cpl_err || ev_unexpected_cpl;

  // Simulation control
  logic        drop_cpl, drop_cpl_take;
  logic [15:0] cpl_timeout;

  // ---------------------------------------------------------------------------------------------
  // Receive path
  logic [Lanes*32-1:0]     rx_dw;
  logic [LaneCntWidth-1:0] rx_dw_count;
  logic                    rx_dw_last, rx_dw_valid, rx_dw_ready;

  tlp_rx_unpack #(
    .BeatDw (BeatDw),
    .Lanes  (Lanes)
  ) u_rx_unpack (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .rx_tlp_data_i  (rx_tlp_data_i),
    .rx_tlp_keep_i  (rx_tlp_keep_i),
    .rx_tlp_last_i  (rx_tlp_last_i),
    .rx_tlp_valid_i (rx_tlp_valid_i),
    .rx_tlp_ready_o (rx_tlp_ready_o),
    .dw_o           (rx_dw),
    .dw_count_o     (rx_dw_count),
    .dw_last_o      (rx_dw_last),
    .dw_valid_o     (rx_dw_valid),
    .dw_ready_i     (rx_dw_ready)
  );

  logic                   req_valid, req_done, req_mem_read;
  pcie_ep_pkg::req_kind_e              req_kind;
  logic [15:0]            req_id;
  logic [12:0]            req_cfg_busdev;
  logic [7:0]             req_tag;
  logic [2:0]             req_tc, req_attr;
  logic [Bar0AddrWidth-1:0] req_offset;
  logic [10:0]            req_len_dw;
  logic [3:0]             req_first_be, req_last_be;
  logic [9:0]             req_cfg_reg;
  logic [TgtIdxWidth-1:0] req_pl_idx;
  logic [31:0]            req_pl_dw;

  logic        cpl_start, cpl_poisoned, cpl_dw_valid, cpl_end, cpl_ok;
  logic        rx_idle, tx_idle, dma_rd_quiet, msix_busy;
  logic [15:0] cpl_requester_id;
  logic [7:0]  cpl_tag;
  logic [2:0]  cpl_status;
  logic [12:0] cpl_byte_count;
  logic [10:0] cpl_len_dw;
  logic [9:0]  cpl_dw_idx;
  logic [Lanes*32-1:0]     cpl_dw;
  logic [LaneCntWidth-1:0] cpl_dw_count;

  pcie_rx #(
    .MaxTargetDw (MaxTargetDw),
    .Lanes       (Lanes)
  ) u_rx (
    .clk_i               (clk_i),
    .rst_ni              (rst_ni),
    .dw_i                (rx_dw),
    .dw_count_i          (rx_dw_count),
    .dw_last_i           (rx_dw_last),
    .dw_valid_i          (rx_dw_valid),
    .dw_ready_o          (rx_dw_ready),
    .mem_space_en_i      (mem_space_en),
    .bar0_base_i         (bar0_base),
    .max_payload_i       (max_payload),
    .req_valid_o         (req_valid),
    .req_done_i          (req_done),
    .req_kind_o          (req_kind),
    .req_mem_read_o      (req_mem_read),
    .req_id_o            (req_id),
    .req_tag_o           (req_tag),
    .req_tc_o            (req_tc),
    .req_attr_o          (req_attr),
    .req_offset_o        (req_offset),
    .req_len_dw_o        (req_len_dw),
    .req_first_be_o      (req_first_be),
    .req_last_be_o       (req_last_be),
    .req_cfg_reg_o       (req_cfg_reg),
    .req_cfg_busdev_o    (req_cfg_busdev),
    .pl_idx_i            (req_pl_idx),
    .pl_dw_o             (req_pl_dw),
    .cpl_start_o         (cpl_start),
    .cpl_requester_id_o  (cpl_requester_id),
    .cpl_tag_o           (cpl_tag),
    .cpl_status_o        (cpl_status),
    .cpl_byte_count_o    (cpl_byte_count),
    .cpl_len_dw_o        (cpl_len_dw),
    .cpl_poisoned_o      (cpl_poisoned),
    .cpl_dw_valid_o      (cpl_dw_valid),
    .cpl_dw_idx_o        (cpl_dw_idx),
    .cpl_dw_o            (cpl_dw),
    .cpl_dw_count_o      (cpl_dw_count),
    .cpl_end_o           (cpl_end),
    .cpl_ok_o            (cpl_ok),
    .ev_malformed_o      (ev_malformed),
    .ev_ur_o             (ev_ur),
    .ev_poisoned_o       (ev_poisoned),
    .ev_poisoned_cpl_o   (ev_poisoned_cpl),
    .ev_unexpected_cpl_o (ev_unexpected_cpl),
    .idle_o              (rx_idle)
  );

  // ---------------------------------------------------------------------------------------------
  // Configuration space and the completer for host requests
  logic [9:0]  cfg_rd_reg, cfg_wr_reg;
  logic [31:0] cfg_rd_data, cfg_wr_data;
  logic        cfg_wr_en, cfg_capture_en;
  logic [3:0]  cfg_wr_be;
  logic [15:0] cfg_capture_id;

  pcie_cfg_space #(
    .VendorId       (VendorId),
    .DeviceId       (DeviceId),
    .SubsysVendorId (SubsysVendorId),
    .SubsysId       (SubsysId),
    .RevisionId     (RevisionId),
    .NumMsixVectors (NumMsixVectors)
  ) u_cfg_space (
    .clk_i             (clk_i),
    .rst_ni            (rst_ni),
    .rd_reg_i          (cfg_rd_reg),
    .rd_data_o         (cfg_rd_data),
    .wr_en_i           (cfg_wr_en),
    .wr_reg_i          (cfg_wr_reg),
    .wr_data_i         (cfg_wr_data),
    .wr_be_i           (cfg_wr_be),
    .capture_id_i      (cfg_capture_id),
    .capture_en_i      (cfg_capture_en),
    .ev_malformed_i    (ev_malformed),
    .ev_ur_i           (ev_ur),
    .ev_poisoned_i     (ev_poisoned),
    .ev_poisoned_cpl_i (ev_poisoned_cpl),
    .ev_sent_ca_i      (ev_sent_ca),
    .ev_rcvd_ur_i      (ev_rcvd_ur),
    .ev_rcvd_ca_i      (ev_rcvd_ca),
    .ev_cpl_err_i      (ev_cpl_err),
    .mem_space_en_o    (mem_space_en),
    .bus_master_en_o   (bus_master_en),
    .bar0_base_o       (bar0_base),
    .completer_id_o    (completer_id),
    .max_payload_o     (max_payload),
    .max_read_req_o    (max_read_req),
    .msix_enable_o     (msix_enable),
    .msix_func_mask_o  (msix_func_mask)
  );

  logic                   msix_pba_sel, msix_we;
  logic [9:0]             msix_dw;
  logic [31:0]            msix_rdata, msix_wdata;
  logic [3:0]             msix_be;
  logic                   tgt_cpl_valid, tgt_cpl_done;
  logic [95:0]            tgt_cpl_hdr;
  logic [10:0]            tgt_cpl_len_dw;
  logic [TgtIdxWidth-1:0] tgt_cpl_pl_idx;
  logic [Lanes*32-1:0]    tgt_cpl_pl_dws;

  pcie_target #(
    .MaxTargetDw (MaxTargetDw),
    .Lanes       (Lanes)
  ) u_target (
    .clk_i            (clk_i),
    .rst_ni           (rst_ni),
    .req_valid_i      (req_valid),
    .req_done_o       (req_done),
    .req_kind_i       (req_kind),
    .req_mem_read_i   (req_mem_read),
    .req_id_i         (req_id),
    .req_tag_i        (req_tag),
    .req_tc_i         (req_tc),
    .req_attr_i       (req_attr),
    .req_offset_i     (req_offset),
    .req_len_dw_i     (req_len_dw),
    .req_first_be_i   (req_first_be),
    .req_last_be_i    (req_last_be),
    .req_cfg_reg_i    (req_cfg_reg),
    .req_cfg_busdev_i (req_cfg_busdev),
    .pl_idx_o         (req_pl_idx),
    .pl_dw_i          (req_pl_dw),
    .cfg_rd_reg_o     (cfg_rd_reg),
    .cfg_rd_data_i    (cfg_rd_data),
    .cfg_wr_en_o      (cfg_wr_en),
    .cfg_wr_reg_o     (cfg_wr_reg),
    .cfg_wr_data_o    (cfg_wr_data),
    .cfg_wr_be_o      (cfg_wr_be),
    .cfg_capture_en_o (cfg_capture_en),
    .cfg_capture_id_o (cfg_capture_id),
    .completer_id_i   (completer_id),
    .msix_pba_sel_o   (msix_pba_sel),
    .msix_dw_o        (msix_dw),
    .msix_rdata_i     (msix_rdata),
    .msix_we_o        (msix_we),
    .msix_wdata_o     (msix_wdata),
    .msix_be_o        (msix_be),
    .reg_req_o        (reg_req_o),
    .reg_gnt_i        (reg_gnt_i),
    .reg_we_o         (reg_we_o),
    .reg_addr_o       (reg_addr_o),
    .reg_wdata_o      (reg_wdata_o),
    .reg_be_o         (reg_be_o),
    .reg_rvalid_i     (reg_rvalid_i),
    .reg_rdata_i      (reg_rdata_i),
    .cpl_valid_o      (tgt_cpl_valid),
    .cpl_hdr_o        (tgt_cpl_hdr),
    .cpl_len_dw_o     (tgt_cpl_len_dw),
    .cpl_pl_idx_i     (tgt_cpl_pl_idx),
    .cpl_pl_dws_o     (tgt_cpl_pl_dws),
    .cpl_done_i       (tgt_cpl_done),
    .drop_cpl_i       (drop_cpl),
    .drop_cpl_take_o  (drop_cpl_take),
    .ev_sent_ca_o     (ev_sent_ca)
  );

  // ---------------------------------------------------------------------------------------------
  // MSI-X
  logic        msix_msg_valid, msix_msg_done;
  logic [63:0] msix_msg_addr;
  logic [31:0] msix_msg_data;

  pcie_msix #(
    .NumVectors (NumMsixVectors)
  ) u_msix (
    .clk_i           (clk_i),
    .rst_ni          (rst_ni),
    .pba_sel_i       (msix_pba_sel),
    .acc_dw_i        (msix_dw),
    .acc_rdata_o     (msix_rdata),
    .acc_we_i        (msix_we),
    .acc_wdata_i     (msix_wdata),
    .acc_be_i        (msix_be),
    .msix_enable_i   (msix_enable),
    .func_mask_i     (msix_func_mask),
    .bus_master_en_i (bus_master_en),
    .req_i           (msix_req_i),
    .vector_i        (msix_vector_i),
    .msg_valid_o     (msix_msg_valid),
    .msg_addr_o      (msix_msg_addr),
    .msg_data_o      (msix_msg_data),
    .msg_done_i      (msix_msg_done),
    .busy_o          (msix_busy)
  );

  // ---------------------------------------------------------------------------------------------
  // DMA engines
  logic         mrd_valid, mrd_done;
  logic [127:0] mrd_hdr;

  pcie_dma_rd #(
    .NumIds (NumDmaIds),
    .Lanes  (Lanes)
  ) u_dma_rd (
    .clk_i              (clk_i),
    .rst_ni             (rst_ni),
    .req_valid_i        (dma_rd_req_valid_i),
    .req_ready_o        (dma_rd_req_ready_o),
    .req_addr_i         (dma_rd_req_addr_i),
    .req_len_i          (dma_rd_req_len_i),
    .req_id_i           (dma_rd_req_id_i),
    .data_valid_o       (dma_rd_data_valid_o),
    .data_id_o          (dma_rd_data_id_o),
    .data_dw_o          (dma_rd_data_dw_o),
    .data_o             (dma_rd_data_o),
    .data_count_o       (dma_rd_data_count_o),
    .done_o             (dma_rd_done_o),
    .done_id_o          (dma_rd_done_id_o),
    .done_err_o         (dma_rd_done_err_o),
    .bus_master_en_i    (bus_master_en),
    .max_read_req_i     (max_read_req),
    .requester_id_i     (completer_id),
    .timeout_ticks_i    (cpl_timeout),
    .time_i             (time_i),
    .quiet_o            (dma_rd_quiet),
    .wake_o             (wake_o),
    .mrd_valid_o        (mrd_valid),
    .mrd_hdr_o          (mrd_hdr),
    .mrd_done_i         (mrd_done),
    .cpl_start_i        (cpl_start),
    .cpl_requester_id_i (cpl_requester_id),
    .cpl_tag_i          (cpl_tag),
    .cpl_status_i       (cpl_status),
    .cpl_byte_count_i   (cpl_byte_count),
    .cpl_len_dw_i       (cpl_len_dw),
    .cpl_poisoned_i     (cpl_poisoned),
    .cpl_dw_valid_i     (cpl_dw_valid),
    .cpl_dw_idx_i       (cpl_dw_idx),
    .cpl_dw_i           (cpl_dw),
    .cpl_dw_count_i     (cpl_dw_count),
    .cpl_end_i          (cpl_end),
    .cpl_ok_i           (cpl_ok),
    .ev_rcvd_ur_o       (ev_rcvd_ur),
    .ev_rcvd_ca_o       (ev_rcvd_ca),
    .ev_cpl_err_o       (ev_dma_cpl_err)
  );

  logic                    mwr_valid, mwr_more, mwr_done;
  logic [127:0]            mwr_hdr;
  logic [10:0]             mwr_len_dw;
  logic [Lanes*32-1:0]     mwr_pl_dws;
  logic [LaneCntWidth-1:0] mwr_pl_count, mwr_pl_take;

  pcie_dma_wr #(
    .Lanes (Lanes)
  ) u_dma_wr (
    .clk_i           (clk_i),
    .rst_ni          (rst_ni),
    .req_valid_i     (dma_wr_req_valid_i),
    .req_ready_o     (dma_wr_req_ready_o),
    .req_addr_i      (dma_wr_req_addr_i),
    .req_len_i       (dma_wr_req_len_i),
    .data_i          (dma_wr_data_i),
    .data_count_i    (dma_wr_data_count_i),
    .data_valid_i    (dma_wr_data_valid_i),
    .data_ready_o    (dma_wr_data_ready_o),
    .done_o          (dma_wr_done_o),
    .done_err_o      (dma_wr_done_err_o),
    .bus_master_en_i (bus_master_en),
    .max_payload_i   (max_payload),
    .requester_id_i  (completer_id),
    .mwr_valid_o     (mwr_valid),
    .mwr_more_o      (mwr_more),
    .mwr_hdr_o       (mwr_hdr),
    .mwr_len_dw_o    (mwr_len_dw),
    .mwr_pl_dws_o    (mwr_pl_dws),
    .mwr_pl_count_o  (mwr_pl_count),
    .mwr_pl_take_i   (mwr_pl_take),
    .mwr_done_i      (mwr_done)
  );

  // ---------------------------------------------------------------------------------------------
  // Transmit path
  logic [Lanes*32-1:0]     tx_dw;
  logic [LaneCntWidth-1:0] tx_dw_count;
  logic                    tx_dw_last, tx_dw_valid, tx_dw_ready;

  pcie_tx_arb #(
    .MaxTargetDw (MaxTargetDw),
    .Lanes       (Lanes)
  ) u_tx_arb (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .cpl_valid_i    (tgt_cpl_valid),
    .cpl_hdr_i      (tgt_cpl_hdr),
    .cpl_len_dw_i   (tgt_cpl_len_dw),
    .cpl_pl_idx_o   (tgt_cpl_pl_idx),
    .cpl_pl_dws_i   (tgt_cpl_pl_dws),
    .cpl_done_o     (tgt_cpl_done),
    .msix_valid_i   (msix_msg_valid),
    .msix_hdr_i     (pcie_ep_pkg::mem_req_hdr(1'b1, msix_msg_addr, completer_id, 8'h00, 11'd1)),
    .msix_data_i    (msix_msg_data),
    .msix_done_o    (msix_msg_done),
    .mwr_valid_i    (mwr_valid),
    .mwr_more_i     (mwr_more),
    .mwr_hdr_i      (mwr_hdr),
    .mwr_len_dw_i   (mwr_len_dw),
    .mwr_pl_dws_i   (mwr_pl_dws),
    .mwr_pl_count_i (mwr_pl_count),
    .mwr_pl_take_o  (mwr_pl_take),
    .mwr_done_o     (mwr_done),
    .mrd_valid_i    (mrd_valid),
    .mrd_hdr_i      (mrd_hdr),
    .mrd_done_o     (mrd_done),
    .dw_o           (tx_dw),
    .dw_count_o     (tx_dw_count),
    .dw_last_o      (tx_dw_last),
    .dw_valid_o     (tx_dw_valid),
    .dw_ready_i     (tx_dw_ready),
    .idle_o         (tx_idle)
  );

  tlp_tx_pack #(
    .BeatDw (BeatDw),
    .Lanes  (Lanes)
  ) u_tx_pack (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .dw_i           (tx_dw),
    .dw_count_i     (tx_dw_count),
    .dw_last_i      (tx_dw_last),
    .dw_valid_i     (tx_dw_valid),
    .dw_ready_o     (tx_dw_ready),
    .tx_tlp_data_o  (tx_tlp_data_o),
    .tx_tlp_keep_o  (tx_tlp_keep_o),
    .tx_tlp_last_o  (tx_tlp_last_o),
    .tx_tlp_valid_o (tx_tlp_valid_o),
    .tx_tlp_ready_i (tx_tlp_ready_i)
  );

  // Idle: nothing would change before wake_o without new input, so a simulator may skip. Between
  // TLPs the receive side implies an idle target; a ready write engine is an idle one; the read
  // engine may have reads out, waiting for their completions.
  assign idle_o = rx_idle && !rx_dw_valid && tx_idle && !tgt_cpl_valid && !msix_busy &&
                  !mwr_valid && !mrd_valid && !tx_tlp_valid_o && dma_wr_req_ready_o && dma_rd_quiet;

  // ---------------------------------------------------------------------------------------------
  // Simulation control sideband
  pcie_sim_ctrl #(
    .Enable (SimCtrlEnable)
  ) u_sim_ctrl (
    .clk_i           (clk_i),
    .rst_ni          (rst_ni),
    .sim_req_i       (sim_req_i),
    .sim_we_i        (sim_we_i),
    .sim_addr_i      (sim_addr_i),
    .sim_wdata_i     (sim_wdata_i),
    .sim_rdata_o     (sim_rdata_o),
    .seed_o          (sim_seed_o),
    .drop_cpl_o      (drop_cpl),
    .drop_cpl_take_i (drop_cpl_take),
    .cpl_timeout_o   (cpl_timeout),
    .ev_malformed_i  (ev_malformed),
    .ev_ur_i         (ev_ur),
    .ev_cpl_err_i    (ev_cpl_err || ev_rcvd_ur || ev_rcvd_ca)
  );

endmodule

`default_nettype wire
