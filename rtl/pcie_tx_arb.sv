// SPDX-License-Identifier: Apache-2.0
// Transmit arbiter: serializes completions, MSI-X messages, DMA writes and reads into one DW stream.

`default_nettype none

module pcie_tx_arb #(
  parameter int unsigned MaxTargetDw = 16,
  localparam int unsigned IdxWidth   = $clog2(MaxTargetDw)
) (
  input  logic                clk_i,
  input  logic                rst_ni,

  // Completions from the target (highest priority: they free the host's tags)
  input  logic                cpl_valid_i,
  input  logic [95:0]         cpl_hdr_i,
  input  logic [10:0]         cpl_len_dw_i,
  output logic [IdxWidth-1:0] cpl_pl_idx_o,
  input  logic [31:0]         cpl_pl_dw_i,
  output logic                cpl_done_o,

  // MSI-X message: a 1-DW memory write
  input  logic                msix_valid_i,
  input  logic [127:0]        msix_hdr_i,
  input  logic [31:0]         msix_data_i,
  output logic                msix_done_o,

  // DMA memory writes, payload pulled from the write engine
  input  logic                mwr_valid_i,
  input  logic [127:0]        mwr_hdr_i,
  input  logic [10:0]         mwr_len_dw_i,
  input  logic [31:0]         mwr_pl_dw_i,
  input  logic                mwr_pl_valid_i,
  output logic                mwr_pl_ready_o,
  output logic                mwr_done_o,

  // DMA memory read requests
  input  logic                mrd_valid_i,
  input  logic [127:0]        mrd_hdr_i,
  output logic                mrd_done_o,

  // To the packer
  output logic [31:0]         dw_o,
  output logic                dw_last_o,
  output logic                dw_valid_o,
  input  logic                dw_ready_i,

  output logic                idle_o            // between TLPs
);

  typedef enum logic [1:0] {
    StIdle,
    StHeader,
    StPayload
  } state_e;

  typedef enum logic [1:0] {
    SrcCpl,
    SrcMsix,
    SrcMwr,
    SrcMrd
  } source_e;

  state_e      state_q, state_d;
  source_e     src_q, src_d;
  logic [10:0] cnt_q, cnt_d;   // DW index inside the header or the payload

  // The granted source's TLP
  logic [127:0] hdr;
  logic [10:0]  len_dw;        // payload DWs, 0 for none
  logic [31:0]  pl_dw;
  logic         pl_valid;
  always_comb begin
    unique case (src_q)
      SrcCpl: begin
        hdr      = {32'h0, cpl_hdr_i};
        len_dw   = cpl_len_dw_i;
        pl_dw    = cpl_pl_dw_i;
        pl_valid = 1'b1;
      end
      SrcMsix: begin
        hdr      = msix_hdr_i;
        len_dw   = 11'd1;
        pl_dw    = msix_data_i;
        pl_valid = 1'b1;
      end
      SrcMwr: begin
        hdr      = mwr_hdr_i;
        len_dw   = mwr_len_dw_i;
        pl_dw    = mwr_pl_dw_i;
        pl_valid = mwr_pl_valid_i;
      end
      default: begin
        hdr      = mrd_hdr_i;
        len_dw   = 11'd0;
        pl_dw    = 32'h0;
        pl_valid = 1'b0;
      end
    endcase
  end

  logic [1:0] hdr_last_idx;  // Fmt bit 0 selects a 4-DW header
  logic       last_hdr_dw, last_pl_dw, accept;
  assign hdr_last_idx = hdr[29] ? 2'd3 : 2'd2;
  assign last_hdr_dw  = (cnt_q[1:0] == hdr_last_idx);
  assign last_pl_dw   = (cnt_q == len_dw - 11'd1);

  always_comb begin
    dw_valid_o = 1'b0;
    dw_o       = '0;
    dw_last_o  = 1'b0;
    unique case (state_q)
      StHeader: begin
        dw_valid_o = 1'b1;
        dw_o       = hdr[cnt_q[1:0]*32 +: 32];
        dw_last_o  = last_hdr_dw && (len_dw == 11'd0);
      end
      StPayload: begin
        dw_valid_o = pl_valid;
        dw_o       = pl_dw;
        dw_last_o  = last_pl_dw;
      end
      default: ;
    endcase
  end
  assign accept = dw_valid_o && dw_ready_i;

  logic done;
  always_comb begin
    state_d = state_q;
    src_d   = src_q;
    cnt_d   = cnt_q;
    done    = 1'b0;
    unique case (state_q)
      StIdle: begin
        state_d = StHeader;
        if (cpl_valid_i)       src_d = SrcCpl;
        else if (msix_valid_i) src_d = SrcMsix;
        else if (mwr_valid_i)  src_d = SrcMwr;
        else if (mrd_valid_i)  src_d = SrcMrd;
        else                   state_d = StIdle;
      end
      StHeader: begin
        if (accept) begin
          cnt_d = cnt_q + 11'd1;
          if (last_hdr_dw) begin
            cnt_d = '0;
            if (len_dw == 11'd0) begin
              done    = 1'b1;
              state_d = StIdle;
            end else begin
              state_d = StPayload;
            end
          end
        end
      end
      StPayload: begin
        if (accept) begin
          cnt_d = cnt_q + 11'd1;
          if (last_pl_dw) begin
            cnt_d   = '0;      // leave the counter cleared: an idle arbiter holds still
            done    = 1'b1;
            state_d = StIdle;
          end
        end
      end
      default: state_d = StIdle;
    endcase
  end

  assign idle_o         = (state_q == StIdle);
  assign cpl_pl_idx_o   = cnt_q[IdxWidth-1:0];
  assign mwr_pl_ready_o = (state_q == StPayload) && (src_q == SrcMwr) && dw_ready_i;
  assign cpl_done_o     = done && (src_q == SrcCpl);
  assign msix_done_o    = done && (src_q == SrcMsix);
  assign mwr_done_o     = done && (src_q == SrcMwr);
  assign mrd_done_o     = done && (src_q == SrcMrd);

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
      src_q   <= SrcCpl;
      cnt_q   <= '0;
    end else begin
      state_q <= state_d;
      src_q   <= src_d;
      cnt_q   <= cnt_d;
    end
  end

endmodule

`default_nettype wire
