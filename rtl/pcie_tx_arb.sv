// SPDX-License-Identifier: Apache-2.0
// Transmit arbiter: serializes completions, MSI-X messages, DMA writes and reads into one stream
// of words of Lanes DWs (one DW, or a whole beat, per cycle).

`default_nettype none

module pcie_tx_arb #(
  parameter int unsigned MaxTargetDw = 16,
  parameter int unsigned Lanes       = 1,   // DWs per word: 1, 2, 4 or 8
  localparam int unsigned IdxWidth   = $clog2(MaxTargetDw),
  localparam int unsigned CntWidth   = $clog2(Lanes + 1)
) (
  input  logic                  clk_i,
  input  logic                  rst_ni,

  // Completions from the target (highest priority: they free the host's tags). The target
  // shows the payload DWs from cpl_pl_idx_o up.
  input  logic                  cpl_valid_i,
  input  logic [95:0]           cpl_hdr_i,
  input  logic [10:0]           cpl_len_dw_i,
  output logic [IdxWidth-1:0]   cpl_pl_idx_o,
  input  logic [Lanes*32-1:0]   cpl_pl_dws_i,
  output logic                  cpl_done_o,

  // MSI-X message: a 1-DW memory write
  input  logic                  msix_valid_i,
  input  logic [127:0]          msix_hdr_i,
  input  logic [31:0]           msix_data_i,
  output logic                  msix_done_o,

  // DMA memory writes. The write engine shows its next payload DWs (mwr_pl_count_i of them, in
  // lanes 0 up); the arbiter takes mwr_pl_take_o of them.
  input  logic                  mwr_valid_i,
  input  logic                  mwr_more_i,      // another write follows at once
  input  logic [127:0]          mwr_hdr_i,
  input  logic [10:0]           mwr_len_dw_i,
  input  logic [Lanes*32-1:0]   mwr_pl_dws_i,
  input  logic [CntWidth-1:0]   mwr_pl_count_i,
  output logic [CntWidth-1:0]   mwr_pl_take_o,
  output logic                  mwr_done_o,

  // DMA memory read requests
  input  logic                  mrd_valid_i,
  input  logic [127:0]          mrd_hdr_i,
  output logic                  mrd_done_o,

  // To the packer: the TLP's DWs in order, dw_count_o per word (Lanes but in its last word)
  output logic [Lanes*32-1:0]   dw_o,
  output logic [CntWidth-1:0]   dw_count_o,
  output logic                  dw_last_o,
  output logic                  dw_valid_o,
  input  logic                  dw_ready_i,

  output logic                  idle_o            // between TLPs
);

  typedef enum logic [0:0] {
    StIdle,
    StSend
  } state_e;

  typedef enum logic [1:0] {
    SrcCpl,
    SrcMsix,
    SrcMwr,
    SrcMrd
  } source_e;

  state_e      state_q, state_d;
  source_e     src_q, src_d;
  logic [11:0] cnt_q, cnt_d;   // index in the TLP (header, then payload) of the word's first DW

  // The granted source's TLP; its payload DWs from pl_base up
  logic [127:0]        hdr;
  logic [10:0]         len_dw;        // payload DWs, 0 for none
  logic [Lanes*32-1:0] pl_dws;
  logic [CntWidth:0]   pl_avail;      // payload DWs the source can give now
  always_comb begin
    unique case (src_q)
      SrcCpl: begin
        hdr      = {32'h0, cpl_hdr_i};
        len_dw   = cpl_len_dw_i;
        pl_dws   = cpl_pl_dws_i;
        pl_avail = (CntWidth + 1)'(Lanes);
      end
      SrcMsix: begin
        hdr      = msix_hdr_i;
        len_dw   = 11'd1;
        pl_dws   = (Lanes*32)'(msix_data_i);
        pl_avail = (CntWidth + 1)'(1);
      end
      SrcMwr: begin
        hdr      = mwr_hdr_i;
        len_dw   = mwr_len_dw_i;
        pl_dws   = mwr_pl_dws_i;
        pl_avail = {1'b0, mwr_pl_count_i};
      end
      default: begin
        hdr      = mrd_hdr_i;
        len_dw   = 11'd0;
        pl_dws   = '0;
        pl_avail = '0;
      end
    endcase
  end

  // The word at cnt_q: header DWs first (3, or 4 when Fmt bit 0 says so), then payload.
  logic [2:0]  hdr_dws;
  logic [11:0] tlp_dws, word_end, pl_base;
  logic [2:0]  pl_lane;        // lane of the word's first payload DW
  logic [11:0] word_dws, pl_in_word;
  assign hdr_dws  = hdr[29] ? 3'd4 : 3'd3;
  assign tlp_dws  = 12'(hdr_dws) + {1'b0, len_dw};
  assign word_end = (cnt_q + 12'(Lanes) < tlp_dws) ? cnt_q + 12'(Lanes) : tlp_dws;
  assign word_dws = word_end - cnt_q;
  assign pl_base  = (cnt_q > 12'(hdr_dws)) ? cnt_q - 12'(hdr_dws) : 12'h0;
  assign pl_lane  = (cnt_q < 12'(hdr_dws)) ? 3'(12'(hdr_dws) - cnt_q) : 3'd0;
  assign pl_in_word = (word_end > 12'(hdr_dws)) ? word_end - cnt_q - 12'(pl_lane) : 12'h0;

  logic [1:0] hdr_idx [Lanes];   // header DW in lane l, while cnt_q + l is in the header
  always_comb begin
    for (int l = 0; l < Lanes; l++) hdr_idx[l] = 2'(cnt_q + 12'(l));
  end

  logic last_word, accept;
  assign last_word = (word_end == tlp_dws);

  always_comb begin
    dw_valid_o = (state_q == StSend) && (12'(pl_avail) >= pl_in_word);
    dw_count_o = CntWidth'(word_dws);
    dw_last_o  = last_word;
    for (int l = 0; l < Lanes; l++) begin
      if (cnt_q + 12'(l) < 12'(hdr_dws)) begin
        dw_o[l*32 +: 32] = hdr[hdr_idx[l]*32 +: 32];
      end else if (l >= 32'(pl_lane) && 12'(l) < word_dws) begin
        dw_o[l*32 +: 32] = pl_dws[(l - 32'(pl_lane))*32 +: 32];
      end else begin
        dw_o[l*32 +: 32] = 32'h0;
      end
    end
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
        state_d = StSend;
        if (cpl_valid_i)       src_d = SrcCpl;
        else if (msix_valid_i) src_d = SrcMsix;
        else if (mwr_valid_i)  src_d = SrcMwr;
        else if (mrd_valid_i)  src_d = SrcMrd;
        else                   state_d = StIdle;
      end
      StSend: begin
        if (accept) begin
          cnt_d = word_end;
          if (last_word) begin
            cnt_d   = '0;      // leave the counter cleared: an idle arbiter holds still
            done    = 1'b1;
            // The write engine's next write follows without a grant cycle, unless a completion
            // or an MSI-X message (higher priority) waits.
            state_d = (src_q == SrcMwr && mwr_more_i && !cpl_valid_i && !msix_valid_i) ?
                      StSend : StIdle;
          end
        end
      end
      default: state_d = StIdle;
    endcase
  end

  assign idle_o        = (state_q == StIdle);
  assign cpl_pl_idx_o  = pl_base[IdxWidth-1:0];
  assign mwr_pl_take_o = (accept && src_q == SrcMwr) ? CntWidth'(pl_in_word) : '0;
  assign cpl_done_o    = done && (src_q == SrcCpl);
  assign msix_done_o   = done && (src_q == SrcMsix);
  assign mwr_done_o    = done && (src_q == SrcMwr);
  assign mrd_done_o    = done && (src_q == SrcMrd);

  logic unused_pl_base;
  assign unused_pl_base = ^pl_base[11:IdxWidth];

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
