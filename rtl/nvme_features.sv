// SPDX-License-Identifier: Apache-2.0
// Feature store: the values Set Features writes and Get Features reads, by feature identifier.

`default_nettype none

module nvme_features #(
  parameter int unsigned MaxIoQueues = 16
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic        reset_i,         // controller reset: every feature back to its default

  // Read port, combinational: the feature named by fid_i
  input  logic [7:0]  fid_i,
  output logic        supported_o,     // a feature this controller stores
  output logic [31:0] current_o,
  output logic [31:0] default_o,       // also the saved value: nothing is saveable

  // Write port: a Set Features of fid_i that passed its checks
  input  logic        set_i,
  input  logic [31:0] set_value_i,

  // Values the controller acts on
  output logic [15:0] nsqa_o,          // Number of Queues granted, 0-based
  output logic [15:0] ncqa_o,
  output logic        ns_notice_en_o,  // 0Bh bit 8: namespace attribute notices enabled
  output logic        write_cache_o    // 06h bit 0: the volatile write cache is enabled
);

  localparam logic [15:0] MaxQ0Based  = 16'(MaxIoQueues - 1);
  localparam logic [31:0] TempDefault = 32'h0000_0157;   // 343 K, composite sensor

  logic [31:0] feat_arb_q, feat_arb_d;          // 01h
  logic [31:0] feat_power_q, feat_power_d;      // 02h
  logic [31:0] feat_temp_q, feat_temp_d;        // 04h
  logic [31:0] feat_err_q, feat_err_d;          // 05h
  logic        wce_q, wce_d;                    // 06h: enabled from reset, as on most drives
  logic [15:0] nsqa_q, nsqa_d, ncqa_q, ncqa_d;  // 07h
  logic [31:0] feat_coal_q, feat_coal_d;        // 08h
  logic [31:0] feat_atomic_q, feat_atomic_d;    // 0Ah
  logic [31:0] feat_async_q, feat_async_d;      // 0Bh

  always_comb begin
    supported_o = 1'b1;
    current_o   = 32'h0;
    default_o   = 32'h0;
    unique case (fid_i)
      nvme_pkg::FidArbitration:   current_o = feat_arb_q;
      nvme_pkg::FidPowerMgmt:     current_o = feat_power_q;
      nvme_pkg::FidTempThreshold: begin
        current_o = feat_temp_q;
        default_o = TempDefault;
      end
      nvme_pkg::FidErrorRecovery: current_o = feat_err_q;
      nvme_pkg::FidWriteCache: begin
        current_o = {31'h0, wce_q};
        default_o = 32'h1;
      end
      nvme_pkg::FidNumQueues: begin
        current_o = {ncqa_q, nsqa_q};
        default_o = {MaxQ0Based, MaxQ0Based};
      end
      nvme_pkg::FidIrqCoalescing: current_o = feat_coal_q;
      nvme_pkg::FidWriteAtomic:   current_o = feat_atomic_q;
      nvme_pkg::FidAsyncConfig:   current_o = feat_async_q;
      default: supported_o = 1'b0;
    endcase
  end

  always_comb begin
    feat_arb_d    = feat_arb_q;
    feat_power_d  = feat_power_q;
    feat_temp_d   = feat_temp_q;
    feat_err_d    = feat_err_q;
    wce_d         = wce_q;
    nsqa_d        = nsqa_q;
    ncqa_d        = ncqa_q;
    feat_coal_d   = feat_coal_q;
    feat_atomic_d = feat_atomic_q;
    feat_async_d  = feat_async_q;
    if (set_i) begin
      unique case (fid_i)
        nvme_pkg::FidArbitration:   feat_arb_d       = set_value_i;
        nvme_pkg::FidPowerMgmt:     feat_power_d     = set_value_i;
        nvme_pkg::FidTempThreshold: feat_temp_d      = set_value_i;
        nvme_pkg::FidErrorRecovery: feat_err_d       = set_value_i;
        nvme_pkg::FidWriteCache:    wce_d            = set_value_i[0];
        nvme_pkg::FidNumQueues:     {ncqa_d, nsqa_d} = set_value_i;
        nvme_pkg::FidIrqCoalescing: feat_coal_d      = set_value_i;
        nvme_pkg::FidWriteAtomic:   feat_atomic_d    = set_value_i;
        nvme_pkg::FidAsyncConfig:   feat_async_d     = set_value_i;
        default: ;
      endcase
    end
    if (reset_i) begin
      feat_arb_d    = '0;
      feat_power_d  = '0;
      feat_temp_d   = TempDefault;
      feat_err_d    = '0;
      wce_d         = 1'b1;
      nsqa_d        = MaxQ0Based;
      ncqa_d        = MaxQ0Based;
      feat_coal_d   = '0;
      feat_atomic_d = '0;
      feat_async_d  = '0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      feat_arb_q    <= '0;
      feat_power_q  <= '0;
      feat_temp_q   <= TempDefault;
      feat_err_q    <= '0;
      wce_q         <= 1'b1;
      nsqa_q        <= MaxQ0Based;
      ncqa_q        <= MaxQ0Based;
      feat_coal_q   <= '0;
      feat_atomic_q <= '0;
      feat_async_q  <= '0;
    end else begin
      feat_arb_q    <= feat_arb_d;
      feat_power_q  <= feat_power_d;
      feat_temp_q   <= feat_temp_d;
      feat_err_q    <= feat_err_d;
      wce_q         <= wce_d;
      nsqa_q        <= nsqa_d;
      ncqa_q        <= ncqa_d;
      feat_coal_q   <= feat_coal_d;
      feat_atomic_q <= feat_atomic_d;
      feat_async_q  <= feat_async_d;
    end
  end

  assign nsqa_o         = nsqa_q;
  assign ncqa_o         = ncqa_q;
  assign ns_notice_en_o = feat_async_q[8];
  assign write_cache_o  = wce_q;

endmodule

`default_nettype wire
