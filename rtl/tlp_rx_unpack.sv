// SPDX-License-Identifier: Apache-2.0
// Turns AXI4-Stream TLP beats of BeatDw DWs into the receive path's words: one DW per cycle, or
// a whole beat per cycle.

`default_nettype none

`include "assert.svh"

module tlp_rx_unpack #(
  parameter int unsigned BeatDw = 2,       // 2, 4 or 8: a 64-, 128- or 256-bit stream
  parameter int unsigned Lanes  = 1,       // DWs per output word: 1, or BeatDw
  localparam int unsigned CntWidth = $clog2(Lanes + 1)
) (
  input  logic                  clk_i,
  input  logic                  rst_ni,

  input  logic [BeatDw*32-1:0]  rx_tlp_data_i,
  input  logic [BeatDw*4-1:0]   rx_tlp_keep_i,
  input  logic                  rx_tlp_last_i,
  input  logic                  rx_tlp_valid_i,
  output logic                  rx_tlp_ready_o,

  // Words of a TLP; DWs in lanes 0 up, dw_count_o of them
  output logic [Lanes*32-1:0]   dw_o,
  output logic [CntWidth-1:0]   dw_count_o,
  output logic                  dw_last_o,
  output logic                  dw_valid_o,
  input  logic                  dw_ready_i
);

  localparam int unsigned IdxWidth = $clog2(BeatDw);

  // DWs a beat carries: lane 0 always, then up to the highest lane with any byte enabled (a
  // beat's lanes fill from lane 0; a hole is the host's error, and the TLP's length says so).
  function automatic logic [IdxWidth:0] beat_dws(logic [BeatDw*4-1:0] keep);
    beat_dws = (IdxWidth + 1)'(1);
    for (int l = 1; l < BeatDw; l++) begin
      if (|keep[l*4 +: 4]) beat_dws = (IdxWidth + 1)'(l + 1);
    end
  endfunction

  if (Lanes == BeatDw) begin : g_whole_beats
    // A beat is a word, registered: the receive path decodes registers, not the host's pins.
    logic [BeatDw*32-1:0] beat_q;
    logic [CntWidth-1:0]  count_q;
    logic                 last_q, full_q;
    assign dw_o           = beat_q;
    assign dw_count_o     = count_q;
    assign dw_last_o      = last_q;
    assign dw_valid_o     = full_q;
    assign rx_tlp_ready_o = !full_q || dw_ready_i;

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        beat_q  <= '0;
        count_q <= '0;
        last_q  <= 1'b0;
        full_q  <= 1'b0;
      end else if (rx_tlp_ready_o) begin
        full_q <= rx_tlp_valid_i;
        if (rx_tlp_valid_i) begin
          beat_q  <= rx_tlp_data_i;
          count_q <= CntWidth'(beat_dws(rx_tlp_keep_i));
          last_q  <= rx_tlp_last_i;
        end
      end
    end
  end else begin : g_serialize
    // One DW per cycle from a registered beat.
    logic [BeatDw*32-1:0] beat_q, beat_d;
    logic [IdxWidth:0]    dws_q, dws_d;     // DWs in the beat
    logic [IdxWidth-1:0]  next_q, next_d;   // lane of the next DW to hand out
    logic                 last_q, last_d;
    logic                 full_q, full_d;

    logic dw_taken, beat_used, at_end;
    assign at_end     = ({1'b0, next_q} == dws_q - (IdxWidth + 1)'(1));
    assign dw_valid_o = full_q;
    assign dw_o       = beat_q[next_q*32 +: 32];
    assign dw_count_o = CntWidth'(1);
    assign dw_last_o  = last_q && at_end;

    assign dw_taken       = full_q && dw_ready_i;
    assign beat_used      = dw_taken && at_end;
    assign rx_tlp_ready_o = !full_q || beat_used;

    always_comb begin
      beat_d = beat_q;
      dws_d  = dws_q;
      last_d = last_q;
      full_d = full_q;
      next_d = next_q;
      if (rx_tlp_valid_i && rx_tlp_ready_o) begin
        beat_d = rx_tlp_data_i;
        dws_d  = beat_dws(rx_tlp_keep_i);
        last_d = rx_tlp_last_i;
        full_d = 1'b1;
        next_d = '0;
      end else if (beat_used) begin
        full_d = 1'b0;
      end else if (dw_taken) begin
        next_d = next_q + IdxWidth'(1);
      end
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        beat_q <= '0;
        dws_q  <= '0;
        last_q <= 1'b0;
        full_q <= 1'b0;
        next_q <= '0;
      end else begin
        beat_q <= beat_d;
        dws_q  <= dws_d;
        last_q <= last_d;
        full_q <= full_d;
        next_q <= next_d;
      end
    end
  end

  // Assertions on the host's side of the stream: they check the stimulus.
  `ASSERT_STREAM(RxTlpHolds, rx_tlp_valid_i, rx_tlp_ready_o,
                 {rx_tlp_data_i, rx_tlp_keep_i, rx_tlp_last_i})
  `ASSERT_KNOWN_IF(RxTlpKnown, {rx_tlp_data_i, rx_tlp_keep_i, rx_tlp_last_i}, rx_tlp_valid_i)

endmodule

`default_nettype wire
