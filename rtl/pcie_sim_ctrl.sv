// SPDX-License-Identifier: Apache-2.0
// Simulation-control registers of the endpoint (test only; constants when Enable = 0).

`default_nettype none

module pcie_sim_ctrl #(
  parameter bit           Enable             = 1'b1,
  parameter logic [15:0]  DefaultCplTimeout  = 16'd64   // units of 1024 cycles
) (
  input  logic        clk_i,
  input  logic        rst_ni,

  input  logic        sim_req_i,
  input  logic        sim_we_i,
  input  logic [7:0]  sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,

  output logic [31:0] seed_o,
  output logic        drop_cpl_o,        // swallow the next non-posted completion
  input  logic        drop_cpl_take_i,
  output logic [15:0] cpl_timeout_o,

  input  logic        ev_malformed_i,
  input  logic        ev_ur_i,
  input  logic        ev_cpl_err_i
);

  localparam logic [7:0] RegId          = 8'h00;
  localparam logic [7:0] RegVersion     = 8'h04;
  localparam logic [7:0] RegSeed        = 8'h08;
  localparam logic [7:0] RegDropCpl     = 8'h0c;
  localparam logic [7:0] RegCplTimeout  = 8'h10;
  localparam logic [7:0] RegMalformed   = 8'h14;
  localparam logic [7:0] RegUr          = 8'h18;
  localparam logic [7:0] RegCplErr      = 8'h1c;

  if (Enable) begin : gen_ctrl
    logic [31:0] seed_q, seed_d;
    logic [31:0] drop_q, drop_d;
    logic [15:0] timeout_q, timeout_d;
    logic [31:0] malformed_q, ur_q, cpl_err_q;

    logic write;
    assign write = sim_req_i && sim_we_i;

    always_comb begin
      seed_d    = seed_q;
      drop_d    = drop_q;
      timeout_d = timeout_q;
      if (drop_cpl_take_i && drop_q != 32'h0) drop_d = drop_q - 32'h1;
      if (write) begin
        unique case (sim_addr_i)
          RegSeed:       seed_d    = sim_wdata_i;
          RegDropCpl:    drop_d    = sim_wdata_i;
          RegCplTimeout: timeout_d = sim_wdata_i[15:0];
          default: ;
        endcase
      end
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        seed_q      <= '0;
        drop_q      <= '0;
        timeout_q   <= DefaultCplTimeout;
        malformed_q <= '0;
        ur_q        <= '0;
        cpl_err_q   <= '0;
      end else begin
        seed_q      <= seed_d;
        drop_q      <= drop_d;
        timeout_q   <= timeout_d;
        malformed_q <= malformed_q + {31'h0, ev_malformed_i};
        ur_q        <= ur_q + {31'h0, ev_ur_i};
        cpl_err_q   <= cpl_err_q + {31'h0, ev_cpl_err_i};
      end
    end

    always_comb begin
      unique case (sim_addr_i)
        RegId:         sim_rdata_o = 32'h4e56_4353;  // "NVCS"
        RegVersion:    sim_rdata_o = 32'h0000_0001;
        RegSeed:       sim_rdata_o = seed_q;
        RegDropCpl:    sim_rdata_o = drop_q;
        RegCplTimeout: sim_rdata_o = {16'h0, timeout_q};
        RegMalformed:  sim_rdata_o = malformed_q;
        RegUr:         sim_rdata_o = ur_q;
        RegCplErr:     sim_rdata_o = cpl_err_q;
        default:       sim_rdata_o = 32'h0;
      endcase
    end

    assign seed_o        = seed_q;
    assign drop_cpl_o    = (drop_q != 32'h0);
    assign cpl_timeout_o = timeout_q;
  end else begin : gen_tie_off
    assign sim_rdata_o   = 32'h0;
    assign seed_o        = 32'h0;
    assign drop_cpl_o    = 1'b0;
    assign cpl_timeout_o = DefaultCplTimeout;
  end

endmodule

`default_nettype wire
