// SPDX-License-Identifier: Apache-2.0
// Turns 64-bit AXI4-Stream TLP beats into a stream of one DW per cycle.

`default_nettype none

`include "assert.svh"

module tlp_rx_unpack (
  input  logic        clk_i,
  input  logic        rst_ni,

  input  logic [63:0] rx_tlp_data_i,
  input  logic [7:0]  rx_tlp_keep_i,
  input  logic        rx_tlp_last_i,
  input  logic        rx_tlp_valid_i,
  output logic        rx_tlp_ready_o,

  output logic [31:0] dw_o,
  output logic        dw_last_o,
  output logic        dw_valid_o,
  input  logic        dw_ready_i
);

  logic [63:0] beat_q, beat_d;
  logic        two_dw_q, two_dw_d;  // upper DW of the beat is valid
  logic        last_q, last_d;
  logic        full_q, full_d;
  logic        upper_q, upper_d;    // next DW to hand out is the upper one

  logic dw_taken, beat_used;

  assign dw_valid_o = full_q;
  assign dw_o       = upper_q ? beat_q[63:32] : beat_q[31:0];
  assign dw_last_o  = last_q && (upper_q || !two_dw_q);

  assign dw_taken       = full_q && dw_ready_i;
  assign beat_used      = dw_taken && (upper_q || !two_dw_q);
  assign rx_tlp_ready_o = !full_q || beat_used;

  always_comb begin
    beat_d   = beat_q;
    two_dw_d = two_dw_q;
    last_d   = last_q;
    full_d   = full_q;
    upper_d  = upper_q;
    if (rx_tlp_valid_i && rx_tlp_ready_o) begin
      // A keep of 8'h0F marks a single-DW beat; any other upper-lane enable counts as two DWs.
      beat_d   = rx_tlp_data_i;
      two_dw_d = |rx_tlp_keep_i[7:4];
      last_d   = rx_tlp_last_i;
      full_d   = 1'b1;
      upper_d  = 1'b0;
    end else if (beat_used) begin
      full_d = 1'b0;
    end else if (dw_taken) begin
      upper_d = 1'b1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      beat_q   <= '0;
      two_dw_q <= 1'b0;
      last_q   <= 1'b0;
      full_q   <= 1'b0;
      upper_q  <= 1'b0;
    end else begin
      beat_q   <= beat_d;
      two_dw_q <= two_dw_d;
      last_q   <= last_d;
      full_q   <= full_d;
      upper_q  <= upper_d;
    end
  end

  // Assertions on the host's side of the stream: they check the stimulus.
  `ASSERT_STREAM(RxTlpHolds, rx_tlp_valid_i, rx_tlp_ready_o,
                 {rx_tlp_data_i, rx_tlp_keep_i, rx_tlp_last_i})
  `ASSERT_KNOWN_IF(RxTlpKnown, {rx_tlp_data_i, rx_tlp_keep_i, rx_tlp_last_i}, rx_tlp_valid_i)

endmodule

`default_nettype wire
