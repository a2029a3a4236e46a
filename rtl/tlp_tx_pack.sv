// SPDX-License-Identifier: Apache-2.0
// Packs a stream of one DW per cycle into 64-bit AXI4-Stream TLP beats.

`default_nettype none

`include "assert.svh"

module tlp_tx_pack (
  input  logic        clk_i,
  input  logic        rst_ni,

  input  logic [31:0] dw_i,
  input  logic        dw_last_i,
  input  logic        dw_valid_i,
  output logic        dw_ready_o,

  output logic [63:0] tx_tlp_data_o,
  output logic [7:0]  tx_tlp_keep_o,
  output logic        tx_tlp_last_o,
  output logic        tx_tlp_valid_o,
  input  logic        tx_tlp_ready_i
);

  logic [31:0] lower_q, lower_d;    // first DW of a beat, waiting for its partner
  logic        have_lower_q, have_lower_d;
  logic [63:0] data_q, data_d;
  logic [7:0]  keep_q, keep_d;
  logic        last_q, last_d;
  logic        valid_q, valid_d;

  logic out_free;     // the output register can take a beat this cycle
  logic completes;    // the incoming DW finishes a beat

  assign out_free   = !valid_q || tx_tlp_ready_i;
  assign completes  = have_lower_q || dw_last_i;
  assign dw_ready_o = !completes || out_free;

  assign tx_tlp_data_o  = data_q;
  assign tx_tlp_keep_o  = keep_q;
  assign tx_tlp_last_o  = last_q;
  assign tx_tlp_valid_o = valid_q;

  always_comb begin
    lower_d      = lower_q;
    have_lower_d = have_lower_q;
    data_d       = data_q;
    keep_d       = keep_q;
    last_d       = last_q;
    valid_d      = valid_q && !tx_tlp_ready_i;
    if (dw_valid_i && dw_ready_o) begin
      if (!completes) begin
        lower_d      = dw_i;
        have_lower_d = 1'b1;
      end else begin
        data_d       = have_lower_q ? {dw_i, lower_q} : {32'h0, dw_i};
        keep_d       = have_lower_q ? 8'hff : 8'h0f;
        last_d       = dw_last_i;
        valid_d      = 1'b1;
        have_lower_d = 1'b0;
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lower_q      <= '0;
      have_lower_q <= 1'b0;
      data_q       <= '0;
      keep_q       <= '0;
      last_q       <= 1'b0;
      valid_q      <= 1'b0;
    end else begin
      lower_q      <= lower_d;
      have_lower_q <= have_lower_d;
      data_q       <= data_d;
      keep_q       <= keep_d;
      last_q       <= last_d;
      valid_q      <= valid_d;
    end
  end

  // A beat holds until the host takes it; it carries two DWs, or one as the TLP's last.
  `ASSERT_STREAM(TxTlpHolds, tx_tlp_valid_o, tx_tlp_ready_i,
                 {tx_tlp_data_o, tx_tlp_keep_o, tx_tlp_last_o})
  `ASSERT_KNOWN_IF(TxTlpKnown, {tx_tlp_data_o, tx_tlp_keep_o, tx_tlp_last_o}, tx_tlp_valid_o)
  `ASSERT(TxTlpKeep, tx_tlp_valid_o |->
                     tx_tlp_keep_o == 8'hff || (tx_tlp_keep_o == 8'h0f && tx_tlp_last_o))

endmodule

`default_nettype wire
