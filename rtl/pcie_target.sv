// SPDX-License-Identifier: Apache-2.0
// Completer for host requests: configuration space, BAR0 registers and MSI-X table accesses.

`default_nettype none

`include "assert.svh"

module pcie_target #(
  parameter int unsigned MaxTargetDw = 16,
  parameter int unsigned Lanes       = 1,   // read data DWs the transmit arbiter sees at once
  localparam int unsigned IdxWidth   = $clog2(MaxTargetDw)
) (
  input  logic                   clk_i,
  input  logic                   rst_ni,

  // Request from the receive side
  input  logic                   req_valid_i,
  output logic                   req_done_o,
  input  pcie_ep_pkg::req_kind_e req_kind_i,
  input  logic                   req_mem_read_i,
  input  logic [15:0]            req_id_i,
  input  logic [7:0]             req_tag_i,
  input  logic [2:0]             req_tc_i,
  input  logic [2:0]             req_attr_i,
  input  logic [13:0]            req_offset_i,       // BAR0 offset
  input  logic [10:0]            req_len_dw_i,
  input  logic [3:0]             req_first_be_i,
  input  logic [3:0]             req_last_be_i,
  input  logic [9:0]             req_cfg_reg_i,
  input  logic [12:0]            req_cfg_busdev_i,   // bus/device the request addressed
  output logic [IdxWidth-1:0]    pl_idx_o,
  input  logic [31:0]            pl_dw_i,

  // Configuration space
  output logic [9:0]             cfg_rd_reg_o,
  input  logic [31:0]            cfg_rd_data_i,
  output logic                   cfg_wr_en_o,
  output logic [9:0]             cfg_wr_reg_o,
  output logic [31:0]            cfg_wr_data_o,
  output logic [3:0]             cfg_wr_be_o,
  output logic                   cfg_capture_en_o,
  output logic [15:0]            cfg_capture_id_o,
  input  logic [15:0]            completer_id_i,

  // MSI-X table and PBA
  output logic                   msix_pba_sel_o,
  output logic [9:0]             msix_dw_o,
  input  logic [31:0]            msix_rdata_i,
  output logic                   msix_we_o,
  output logic [31:0]            msix_wdata_o,
  output logic [3:0]             msix_be_o,

  // Register port
  output logic                   reg_req_o,
  input  logic                   reg_gnt_i,
  output logic                   reg_we_o,
  output logic [12:0]            reg_addr_o,
  output logic [31:0]            reg_wdata_o,
  output logic [3:0]             reg_be_o,
  input  logic                   reg_rvalid_i,
  input  logic [31:0]            reg_rdata_i,

  // Completion to the TX arbiter: 3-DW header, payload read by index
  output logic                   cpl_valid_o,
  output logic [95:0]            cpl_hdr_o,
  output logic [10:0]            cpl_len_dw_o,
  input  logic [IdxWidth-1:0]    cpl_pl_idx_i,
  output logic [Lanes*32-1:0]    cpl_pl_dws_o,   // read data DWs cpl_pl_idx_i up
  input  logic                   cpl_done_i,

  // Simulation control: swallow this completion
  input  logic                   drop_cpl_i,
  output logic                   drop_cpl_take_o,

  output logic                   ev_sent_ca_o
);

  typedef enum logic [2:0] {
    StIdle,
    StMemAccess,   // one DW of a BAR0 request
    StMemWaitData, // register read issued, waiting for its data
    StCompletion,
    StDone
  } state_e;

  state_e              state_q, state_d;
  logic [IdxWidth-1:0] idx_q, idx_d;
  logic [2:0]          status_q, status_d;
  logic                with_data_q, with_data_d;
  logic [31:0]         rdata_q [MaxTargetDw];
  logic                rdata_we;
  logic                advance;   // the current DW of a memory request is finished
  logic [31:0]         rdata_wval;

  // Current DW of a memory request
  logic [13:0] offset;
  logic [3:0]  dw_be;
  logic        last_dw;
  logic        is_write;
  logic [1:0]  window;
  assign offset   = req_offset_i + {8'h0, idx_q, 2'b00};
  assign window   = offset[13:12];
  assign last_dw  = ({7'h0, idx_q} == req_len_dw_i - 11'd1);
  assign dw_be    = (idx_q == '0) ? req_first_be_i : (last_dw ? req_last_be_i : 4'hf);
  assign is_write = (req_kind_i == pcie_ep_pkg::ReqMemWr);

  assign pl_idx_o = idx_q;

  assign cfg_rd_reg_o     = req_cfg_reg_i;
  assign cfg_wr_reg_o     = req_cfg_reg_i;
  assign cfg_wr_data_o    = pl_dw_i;
  assign cfg_wr_be_o      = req_first_be_i;
  assign cfg_capture_id_o = {req_cfg_busdev_i, 3'b000};

  assign msix_pba_sel_o = (window == pcie_ep_pkg::WinMsixPba);
  assign msix_dw_o      = offset[11:2];
  assign msix_wdata_o   = pl_dw_i;
  assign msix_be_o      = dw_be;

  assign reg_addr_o  = offset[12:0];
  assign reg_we_o    = is_write;
  assign reg_wdata_o = pl_dw_i;
  assign reg_be_o    = dw_be;

  always_comb begin
    state_d          = state_q;
    idx_d            = idx_q;
    status_d         = status_q;
    with_data_d      = with_data_q;
    rdata_we         = 1'b0;
    rdata_wval       = '0;
    cfg_wr_en_o      = 1'b0;
    cfg_capture_en_o = 1'b0;
    msix_we_o        = 1'b0;
    reg_req_o        = 1'b0;
    cpl_valid_o      = 1'b0;
    drop_cpl_take_o  = 1'b0;
    req_done_o       = 1'b0;
    ev_sent_ca_o     = 1'b0;
    advance          = 1'b0;

    unique case (state_q)
      StIdle: begin
        // Registers were cleared on the way here (StDone): an idle target holds still.
        if (req_valid_i) begin
          state_d = StCompletion;
          unique case (req_kind_i)
            pcie_ep_pkg::ReqCfgRd: begin
              rdata_we    = 1'b1;
              rdata_wval  = cfg_rd_data_i;
              with_data_d = 1'b1;
            end
            pcie_ep_pkg::ReqCfgWr: begin
              cfg_wr_en_o      = 1'b1;
              cfg_capture_en_o = 1'b1;
            end
            pcie_ep_pkg::ReqMemRd: begin
              with_data_d = 1'b1;
              state_d     = StMemAccess;
            end
            pcie_ep_pkg::ReqMemWr: state_d = StMemAccess;
            pcie_ep_pkg::ReqCa: begin
              status_d     = pcie_ep_pkg::CplCa;
              ev_sent_ca_o = 1'b1;
            end
            default: status_d = pcie_ep_pkg::CplUr;
          endcase
        end
      end
      StMemAccess: begin
        if (dw_be == 4'h0) begin
          // No byte enabled: nothing to touch, a read returns zeros.
          rdata_we = !is_write;
          advance  = 1'b1;
        end else if (window == pcie_ep_pkg::WinRegs || window == pcie_ep_pkg::WinDoorbell) begin
          reg_req_o = 1'b1;
          if (reg_gnt_i) begin
            if (is_write) advance = 1'b1;
            else state_d = StMemWaitData;
          end
        end else begin
          msix_we_o  = is_write;
          rdata_we   = !is_write;
          rdata_wval = msix_rdata_i;
          advance    = 1'b1;
        end
        if (advance) begin
          idx_d = idx_q + 1'b1;
          if (last_dw) state_d = is_write ? StDone : StCompletion;
        end
      end
      StMemWaitData: begin
        if (reg_rvalid_i) begin
          rdata_we   = 1'b1;
          rdata_wval = reg_rdata_i;
          idx_d      = idx_q + 1'b1;
          state_d    = last_dw ? StCompletion : StMemAccess;
        end
      end
      StCompletion: begin
        if (drop_cpl_i) begin
          drop_cpl_take_o = 1'b1;
          state_d         = StDone;
        end else begin
          cpl_valid_o = 1'b1;
          if (cpl_done_i) state_d = StDone;
        end
      end
      StDone: begin
        req_done_o  = 1'b1;
        idx_d       = '0;    // a configuration write reads its data at index 0 in StIdle
        status_d    = pcie_ep_pkg::CplSc;
        with_data_d = 1'b0;
        state_d     = StIdle;
      end
      default: state_d = StIdle;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= StIdle;
      idx_q       <= '0;
      status_q    <= pcie_ep_pkg::CplSc;
      with_data_q <= 1'b0;
    end else begin
      state_q     <= state_d;
      idx_q       <= idx_d;
      status_q    <= status_d;
      with_data_q <= with_data_d;
    end
  end

  // Read data buffer (no reset: a RAM write port)
  always_ff @(posedge clk_i) begin
    if (rdata_we) rdata_q[idx_q] <= rdata_wval;
  end
  always_comb begin
    for (int l = 0; l < Lanes; l++) begin
      cpl_pl_dws_o[l*32 +: 32] = (32'(cpl_pl_idx_i) + l < MaxTargetDw) ?
                                 rdata_q[32'(cpl_pl_idx_i) + l] : 32'h0;
    end
  end

  // Byte Count and Lower Address of a memory read completion (PCIe 2.3.1.1).
  function automatic logic [1:0] first_byte(logic [3:0] be);
    casez (be)
      4'b???1: first_byte = 2'd0;
      4'b??10: first_byte = 2'd1;
      4'b?100: first_byte = 2'd2;
      4'b1000: first_byte = 2'd3;
      default: first_byte = 2'd0;
    endcase
  endfunction
  function automatic logic [1:0] missing_high_bytes(logic [3:0] be);
    casez (be)
      4'b1???: missing_high_bytes = 2'd0;
      4'b01??: missing_high_bytes = 2'd1;
      4'b001?: missing_high_bytes = 2'd2;
      4'b0001: missing_high_bytes = 2'd3;
      default: missing_high_bytes = 2'd0;
    endcase
  endfunction

  logic [12:0] byte_count;
  logic [6:0]  lower_addr;
  always_comb begin
    byte_count = 13'd4;
    lower_addr = 7'd0;
    if (req_mem_read_i) begin
      lower_addr = {req_offset_i[6:2], first_byte(req_first_be_i)};
      if (req_len_dw_i == 11'd1) begin
        // Span from the lowest to the highest enabled byte; 1 when none is enabled.
        byte_count = (req_first_be_i == 4'h0) ? 13'd1 :
                     13'd4 - 13'(first_byte(req_first_be_i)) -
                     13'(missing_high_bytes(req_first_be_i));
      end else begin
        byte_count = {req_len_dw_i, 2'b00} - 13'(first_byte(req_first_be_i)) -
                     13'(missing_high_bytes(req_last_be_i));
      end
    end
  end

  // Configuration completions carry the ID the request addressed; others the captured one.
  logic [15:0] completer_id;
  assign completer_id = (req_kind_i == pcie_ep_pkg::ReqCfgRd || req_kind_i == pcie_ep_pkg::ReqCfgWr) ?
                        {req_cfg_busdev_i, 3'b000} : completer_id_i;

  // Byte Count is 12 bits on the wire: 4096 encodes as 0.
  logic unused_byte_count_msb;
  assign unused_byte_count_msb = byte_count[12];

  assign cpl_len_dw_o = with_data_q ? req_len_dw_i : 11'd0;
  assign cpl_hdr_o = {
    // DW2: requester ID, tag, lower address
    req_id_i, req_tag_i, 1'b0, lower_addr,
    // DW1: completer ID, status, BCM, byte count (4096 encodes as 0)
    completer_id, status_q, 1'b0, byte_count[11:0],
    // DW0: CplD or Cpl with the request's traffic class and attributes
    with_data_q ? pcie_ep_pkg::Fmt3DwData : pcie_ep_pkg::Fmt3Dw, pcie_ep_pkg::TypeCpl, 1'b0, req_tc_i, 1'b0, req_attr_i[2], 2'b00,
    1'b0, 1'b0, req_attr_i[1:0], 2'b00, with_data_q ? req_len_dw_i[9:0] : 10'd0
  };

  // A register access holds until the register block grants it.
  `ASSERT_STREAM(RegReqHolds, reg_req_o, reg_gnt_i, {reg_we_o, reg_addr_o, reg_wdata_o, reg_be_o})

endmodule

`default_nettype wire
