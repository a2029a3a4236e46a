// SPDX-License-Identifier: Apache-2.0
// Packs the transmit arbiter's words (one DW, or a whole beat, per cycle) into AXI4-Stream TLP
// beats of BeatDw DWs, registered.

`default_nettype none

`include "assert.svh"

module tlp_tx_pack #(
  parameter int unsigned BeatDw = 2,       // 2, 4 or 8: a 64-, 128- or 256-bit stream
  parameter int unsigned Lanes  = 1,       // DWs per input word: 1, or BeatDw
  localparam int unsigned CntWidth = $clog2(Lanes + 1)
) (
  input  logic                  clk_i,
  input  logic                  rst_ni,

  // Words of a TLP; all but its last carry Lanes DWs, in lanes 0 up
  input  logic [Lanes*32-1:0]   dw_i,
  input  logic [CntWidth-1:0]   dw_count_i,
  input  logic                  dw_last_i,
  input  logic                  dw_valid_i,
  output logic                  dw_ready_o,

  output logic [BeatDw*32-1:0]  tx_tlp_data_o,
  output logic [BeatDw*4-1:0]   tx_tlp_keep_o,
  output logic                  tx_tlp_last_o,
  output logic                  tx_tlp_valid_o,
  input  logic                  tx_tlp_ready_i
);

  localparam int unsigned FillWidth = $clog2(BeatDw);

  logic [BeatDw*32-1:0] data_q, data_d, skid_data_q, skid_data_d;
  logic [BeatDw*4-1:0]  keep_q, keep_d, skid_keep_q, skid_keep_d;
  logic                 last_q, last_d, skid_last_q, skid_last_d;
  logic                 valid_q, valid_d, skid_valid_q, skid_valid_d;

  logic completes;    // the incoming word finishes a beat
  logic [BeatDw*32-1:0] beat;
  logic [BeatDw-1:0]    beat_lanes;   // lanes of `beat` that carry a DW

  // A skid register behind the output one: input ready is a register, so nothing upstream waits
  // combinationally on the host's tx_tlp_ready_i (and a simulator settles less on each input).
  assign dw_ready_o = !skid_valid_q;

  if (Lanes == BeatDw) begin : g_whole_beats
    // Each word is a beat already.
    assign completes = 1'b1;
    assign beat      = dw_i;
    always_comb begin
      for (int l = 0; l < BeatDw; l++) beat_lanes[l] = l < 32'(dw_count_i);
    end
  end else begin : g_gather
    // One DW per cycle: gather DWs until a beat is full or the TLP ends.
    logic [BeatDw*32-1:0]  gather_q, gather_d;
    logic [FillWidth-1:0]  fill_q, fill_d;   // DWs gathered for the beat being built

    assign completes = (fill_q == FillWidth'(BeatDw - 1)) || dw_last_i;
    always_comb begin
      for (int l = 0; l < BeatDw; l++) begin
        beat_lanes[l]    = l <= 32'(fill_q);
        beat[l*32 +: 32] = (l < 32'(fill_q)) ? gather_q[l*32 +: 32] :
                           (l == 32'(fill_q)) ? dw_i[31:0] : 32'h0;
      end
      gather_d = gather_q;
      fill_d   = fill_q;
      if (dw_valid_i && dw_ready_o) begin
        gather_d[fill_q*32 +: 32] = dw_i[31:0];
        fill_d = completes ? '0 : fill_q + FillWidth'(1);
      end
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        gather_q <= '0;
        fill_q   <= '0;
      end else begin
        gather_q <= gather_d;
        fill_q   <= fill_d;
      end
    end

    logic unused_count;
    assign unused_count = ^dw_count_i;   // always one DW
  end

  assign tx_tlp_data_o  = data_q;
  assign tx_tlp_keep_o  = keep_q;
  assign tx_tlp_last_o  = last_q;
  assign tx_tlp_valid_o = valid_q;

  logic                 new_beat, out_free;
  logic [BeatDw*4-1:0]  beat_keep;
  assign new_beat = dw_valid_i && dw_ready_o && completes;
  assign out_free = !valid_q || tx_tlp_ready_i;
  always_comb begin
    for (int l = 0; l < BeatDw; l++) beat_keep[l*4 +: 4] = {4{beat_lanes[l]}};
    data_d       = data_q;
    keep_d       = keep_q;
    last_d       = last_q;
    valid_d      = valid_q;
    skid_data_d  = skid_data_q;
    skid_keep_d  = skid_keep_q;
    skid_last_d  = skid_last_q;
    skid_valid_d = skid_valid_q;
    if (out_free) begin
      // The output register moves on: to the skid beat, else the new one, else empty.
      valid_d      = skid_valid_q || new_beat;
      skid_valid_d = skid_valid_q && new_beat;
      if (skid_valid_q) begin
        data_d = skid_data_q;
        keep_d = skid_keep_q;
        last_d = skid_last_q;
      end else if (new_beat) begin
        data_d = beat;
        keep_d = beat_keep;
        last_d = dw_last_i;
      end
    end else if (new_beat) begin
      skid_valid_d = 1'b1;
    end
    if (new_beat && (!out_free || skid_valid_q)) begin
      skid_data_d = beat;
      skid_keep_d = beat_keep;
      skid_last_d = dw_last_i;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      data_q       <= '0;
      keep_q       <= '0;
      last_q       <= 1'b0;
      valid_q      <= 1'b0;
      skid_data_q  <= '0;
      skid_keep_q  <= '0;
      skid_last_q  <= 1'b0;
      skid_valid_q <= 1'b0;
    end else begin
      data_q       <= data_d;
      keep_q       <= keep_d;
      last_q       <= last_d;
      valid_q      <= valid_d;
      skid_data_q  <= skid_data_d;
      skid_keep_q  <= skid_keep_d;
      skid_last_q  <= skid_last_d;
      skid_valid_q <= skid_valid_d;
    end
  end

  // A beat holds until the host takes it; its lanes fill from lane 0, and only the TLP's last
  // beat may be partly filled.
  logic [BeatDw*4:0] keep_plus_one;
  assign keep_plus_one = {1'b0, tx_tlp_keep_o} + 1'b1;
  `ASSERT_STREAM(TxTlpHolds, tx_tlp_valid_o, tx_tlp_ready_i,
                 {tx_tlp_data_o, tx_tlp_keep_o, tx_tlp_last_o})
  `ASSERT_KNOWN_IF(TxTlpKnown, {tx_tlp_data_o, tx_tlp_keep_o, tx_tlp_last_o}, tx_tlp_valid_o)
  `ASSERT(TxTlpKeep, tx_tlp_valid_o |-> tx_tlp_keep_o[3:0] == 4'hf &&
                     (keep_plus_one & {1'b0, tx_tlp_keep_o}) == '0 &&
                     (&tx_tlp_keep_o || tx_tlp_last_o))

endmodule

`default_nettype wire
