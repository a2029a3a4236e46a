// SPDX-License-Identifier: Apache-2.0
// Command latency model: fixed or uniform execution time from a seeded generator, per-NSID
// overrides. Test only: its registers sit on the simulation-control sideband.

`default_nettype none

module nvme_latency #(
  parameter bit          Enable       = 1'b1,
  parameter int unsigned NumOverrides = 16
) (
  input  logic        clk_i,
  input  logic        rst_ni,

  // Simulation control, core window (0200h-05FFh used here)
  input  logic        sim_we_i,
  input  logic [15:0] sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,
  input  logic        seed_load_i,
  input  logic [31:0] seed_i,

  // One draw per dispatched command
  input  logic        draw_i,
  input  logic [31:0] nsid_i,
  output logic [47:0] cycles_o
);

  // Register map (docs/nvme-controller.md)
  // 0200h MODE (0 fixed at MIN, 1 uniform in [MIN, MAX]), 0204h MIN_LO, 0208h MIN_HI,
  // 020Ch MAX_LO, 0210h MAX_HI: times in clock cycles, 48 bits.
  localparam logic [15:0] RegMode   = 16'h0200;
  localparam logic [15:0] RegMaxHi  = 16'h0210;
  localparam logic [15:0] OvrBase   = 16'h0300;  // entry i at 0300h + 20h * i: NSID (0 = unused),
                                                 // MODE, MIN_LO, MIN_HI, MAX_LO, MAX_HI

  if (Enable) begin : gen_model
    localparam int unsigned N = NumOverrides + 1;  // entry 0 is the default distribution

    logic [31:0] nsid_q [N];
    logic        mode_q [N];
    logic [47:0] min_q  [N];
    logic [47:0] max_q  [N];
    logic [63:0] state_q, state_d;   // xorshift64 state, never zero

    // Which entry an address hits: 0 for the default registers, i + 1 for override i.
    logic [15:0] rel;
    logic [4:0]  sel_entry;
    logic [2:0]  sel_field;          // 0 NSID, 1 MODE, 2 MIN_LO, 3 MIN_HI, 4 MAX_LO, 5 MAX_HI
    logic        sel_valid;
    always_comb begin
      rel       = sim_addr_i - OvrBase;
      sel_entry = 5'd0;
      sel_field = 3'd0;
      sel_valid = 1'b0;
      if (sim_addr_i >= RegMode && sim_addr_i <= RegMaxHi && sim_addr_i[1:0] == 2'b00) begin
        sel_valid = 1'b1;
        sel_field = 3'(sim_addr_i[4:2]) + 3'd1;
      end else if (sim_addr_i >= OvrBase && rel < 16'(NumOverrides * 32) &&
                   rel[4:0] < 5'd24 && rel[1:0] == 2'b00) begin
        sel_valid = 1'b1;
        sel_entry = 5'(rel[15:5]) + 5'd1;
        sel_field = rel[4:2];
      end
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        for (int i = 0; i < N; i++) begin
          nsid_q[i] <= '0;
          mode_q[i] <= 1'b0;
          min_q[i]  <= '0;
          max_q[i]  <= '0;
        end
      end else if (sim_we_i && sel_valid) begin
        unique case (sel_field)
          3'd0: nsid_q[sel_entry] <= sim_wdata_i;
          3'd1: mode_q[sel_entry] <= sim_wdata_i[0];
          3'd2: min_q[sel_entry][31:0]  <= sim_wdata_i;
          3'd3: min_q[sel_entry][47:32] <= sim_wdata_i[15:0];
          3'd4: max_q[sel_entry][31:0]  <= sim_wdata_i;
          3'd5: max_q[sel_entry][47:32] <= sim_wdata_i[15:0];
          default: ;
        endcase
      end
    end

    always_comb begin
      unique case (sel_field)
        3'd0: sim_rdata_o = nsid_q[sel_entry];
        3'd1: sim_rdata_o = {31'h0, mode_q[sel_entry]};
        3'd2: sim_rdata_o = min_q[sel_entry][31:0];
        3'd3: sim_rdata_o = {16'h0, min_q[sel_entry][47:32]};
        3'd4: sim_rdata_o = max_q[sel_entry][31:0];
        3'd5: sim_rdata_o = {16'h0, max_q[sel_entry][47:32]};
        default: sim_rdata_o = 32'h0;
      endcase
      if (!sel_valid) sim_rdata_o = 32'h0;
    end

    // The distribution for this command: the first override naming its NSID, else the default.
    logic [4:0] use_entry;
    always_comb begin
      use_entry = 5'd0;
      for (int i = N - 1; i >= 1; i--) begin
        if (nsid_q[i] != 32'h0 && nsid_q[i] == nsid_i) use_entry = 5'(i);
      end
    end

    // Uniform in [min, max]: scale 32 random bits by the width of the range.
    logic [47:0] span, offset;
    logic        unused_scaled_msb;
    logic [31:0] unused_scaled_fraction;
    assign span = (max_q[use_entry] > min_q[use_entry]) ? max_q[use_entry] - min_q[use_entry] : '0;
    assign {unused_scaled_msb, offset, unused_scaled_fraction} =
        ({33'h0, span} + 81'd1) * {49'h0, state_q[63:32]};
    assign cycles_o = mode_q[use_entry] ? min_q[use_entry] + offset : min_q[use_entry];

    function automatic logic [63:0] xorshift(logic [63:0] x);
      logic [63:0] y;
      y = x ^ (x << 13);
      y = y ^ (y >> 7);
      xorshift = y ^ (y << 17);
    endfunction

    // splitmix64's finalizer (as common/seed_mix.h): a bijection that spreads every seed bit
    // over the whole state, so nearby seeds give unrelated streams from the first draw. Its
    // input, the seed plus splitmix64's increment, is never zero, so neither is the state.
    function automatic logic [63:0] mix64(logic [63:0] x);
      logic [63:0] y;
      y = (x ^ (x >> 30)) * 64'hbf58_476d_1ce4_e5b9;
      y = (y ^ (y >> 27)) * 64'h94d0_49bb_1331_11eb;
      mix64 = y ^ (y >> 31);
    endfunction

    always_comb begin
      state_d = state_q;
      if (seed_load_i) state_d = mix64({32'h0, seed_i} + 64'h9e37_79b9_7f4a_7c15);
      else if (draw_i) state_d = xorshift(state_q);
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) state_q <= 64'h9e37_79b9_2545_f491;
      else         state_q <= state_d;
    end
  end else begin : gen_no_model
    // Synthesized hardware executes commands without artificial delay.
    assign cycles_o    = 48'h0;
    assign sim_rdata_o = 32'h0;
  end

endmodule

`default_nettype wire
