// SPDX-License-Identifier: Apache-2.0
// NVMe controller registers, admin doorbells and the enable/disable/shutdown handshakes.

`default_nettype none

module nvme_regs #(
  parameter logic [15:0] Mqes    = 16'd1023,  // CAP.MQES, 0-based
  parameter logic [7:0]  Timeout = 8'd30      // CAP.TO, units of 500 ms
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic [47:0] now_i,

  // BAR0 register port from the endpoint (NVMe registers and doorbells)
  input  logic        reg_req_i,
  output logic        reg_gnt_o,
  input  logic        reg_we_i,
  input  logic [12:0] reg_addr_i,
  input  logic [31:0] reg_wdata_i,
  input  logic [3:0]  reg_be_i,
  output logic        reg_rvalid_o,
  output logic [31:0] reg_rdata_o,

  input  logic [31:0] ready_delay_i,   // cycles from CC.EN = 1 to CSTS.RDY = 1

  // Admin engine control
  output logic        engine_run_o,    // fetch and execute commands
  output logic        engine_reset_o,  // one cycle: drop every queue and command
  input  logic        engine_idle_i,   // no DMA in flight, nothing executing
  input  logic        engine_drained_i, // idle, and no fetched command is still to run
  input  logic        fatal_i,         // a DMA failed: report Controller Fatal Status
  output logic [63:12] asq_o,
  output logic [63:12] acq_o,
  output logic [11:0] asqs_o,          // 0-based sizes
  output logic [11:0] acqs_o,
  output logic [11:0] sq_tail_o,       // admin doorbells
  output logic [11:0] cq_head_o,
  // I/O queue doorbells (1008h and up), for the queue table to check and take
  output logic        io_db_we_o,
  output logic [9:0]  io_db_index_o,   // 2y: SQ y tail, 2y + 1: CQ y head
  output logic [15:0] io_db_value_o,

  // Earliest cycle at which this block changes state by itself (enable delay), for idle skipping
  output logic        settled_o,       // no handshake step pending other than the enable delay
  output logic        wake_valid_o,
  output logic [47:0] wake_at_o
);

  typedef enum logic [2:0] {
    StDisabled,
    StEnabling,   // CC.EN = 1, waiting for the ready delay
    StReady,
    StShutdown,   // CC.SHN written: finishing work
    StDisabling   // CC.EN = 0: waiting for DMA to drain before the reset
  } state_e;

  localparam logic [31:0] CcMask  = 32'h00ff_fff1;
  localparam logic [31:0] AqaMask = 32'h0fff_0fff;

  state_e       state_q, state_d;
  logic [31:0]  cc_q, cc_d;
  logic [31:0]  aqa_q, aqa_d;
  logic [63:12] asq_q, asq_d, acq_q, acq_d;
  logic [31:0]  intm_q, intm_d;
  logic [1:0]   shst_q, shst_d;
  logic         cfs_q, cfs_d;
  logic         csts_rdy_q, csts_rdy_d;  // CSTS.RDY: from ready until a reset has completed
  logic [11:0]  sq_tail_q, sq_tail_d, cq_head_q, cq_head_d;
  logic [47:0]  ready_at_q, ready_at_d;
  logic         rvalid_q;
  logic [31:0]  rdata_q, rdata_d;

  logic [31:0] be_mask;
  always_comb begin
    for (int b = 0; b < 4; b++) be_mask[b*8 +: 8] = {8{reg_be_i[b]}};
  end

  logic write, read;
  assign reg_gnt_o = 1'b1;   // every access completes in one cycle
  assign write     = reg_req_i && reg_we_i;
  assign read      = reg_req_i && !reg_we_i;

  // Commands are processed and doorbells taken while enabled and ready. CSTS.RDY stays 1
  // through StDisabling until the reset is done (NVMe: RDY clears once the controller is ready
  // to be re-enabled), so a host that saw RDY = 0 knows the DMA has drained.
  logic rdy;
  assign rdy = (state_q == StReady) || (state_q == StShutdown);

  // Read data
  always_comb begin
    unique case (reg_addr_i)
      13'h000: rdata_d = {Timeout, 5'b0, 2'b00, 1'b1, Mqes};  // CQR: contiguous queues required
      13'h004: rdata_d = {8'h00, 4'h0, 4'h0, 3'b000, 8'h01, 5'b0};  // CSS: NVM command set
      13'h008: rdata_d = nvme_pkg::VersionReg;
      13'h00c, 13'h010: rdata_d = intm_q;
      13'h014: rdata_d = cc_q;
      13'h01c: rdata_d = {26'h0, 2'b00, shst_q, cfs_q, csts_rdy_q};
      13'h024: rdata_d = aqa_q;
      13'h028: rdata_d = {asq_q[31:12], 12'h0};
      13'h02c: rdata_d = asq_q[63:32];
      13'h030: rdata_d = {acq_q[31:12], 12'h0};
      13'h034: rdata_d = acq_q[63:32];
      default: rdata_d = 32'h0;  // reserved registers and write-only doorbells
    endcase
  end

  logic [31:0] wdata_cc;
  logic [31:0] wdata_addr;   // low DW of ASQ or ACQ after a write
  logic        unused_wdata_addr;
  assign unused_wdata_addr = ^wdata_addr[11:0];
  assign wdata_cc = pcie_ep_pkg::merge_bytes(cc_q, reg_wdata_i, reg_be_i) & CcMask;

  always_comb begin
    state_d    = state_q;
    cc_d       = cc_q;
    aqa_d      = aqa_q;
    asq_d      = asq_q;
    acq_d      = acq_q;
    intm_d     = intm_q;
    shst_d     = shst_q;
    cfs_d      = cfs_q || fatal_i;
    csts_rdy_d = csts_rdy_q;
    sq_tail_d  = sq_tail_q;
    cq_head_d  = cq_head_q;
    ready_at_d = ready_at_q;
    wdata_addr = 32'h0;
    engine_reset_o = 1'b0;

    if (write) begin
      unique case (reg_addr_i)
        13'h00c: intm_d = intm_q | (reg_wdata_i & be_mask);   // INTMS: write 1 to set
        13'h010: intm_d = intm_q & ~(reg_wdata_i & be_mask);  // INTMC: write 1 to clear
        13'h014: cc_d   = wdata_cc;
        13'h024: aqa_d  = pcie_ep_pkg::merge_bytes(aqa_q, reg_wdata_i, reg_be_i) & AqaMask;
        13'h028: begin
          wdata_addr    = pcie_ep_pkg::merge_bytes({asq_q[31:12], 12'h0}, reg_wdata_i, reg_be_i);
          asq_d[31:12]  = wdata_addr[31:12];   // page aligned: bits 11:0 read as zero
        end
        13'h02c: asq_d[63:32] = pcie_ep_pkg::merge_bytes(asq_q[63:32], reg_wdata_i, reg_be_i);
        13'h030: begin
          wdata_addr    = pcie_ep_pkg::merge_bytes({acq_q[31:12], 12'h0}, reg_wdata_i, reg_be_i);
          acq_d[31:12]  = wdata_addr[31:12];
        end
        13'h034: acq_d[63:32] = pcie_ep_pkg::merge_bytes(acq_q[63:32], reg_wdata_i, reg_be_i);
        13'h1000: begin
          // A tail beyond the queue is an invalid doorbell value: ignored.
          if (rdy && reg_wdata_i[15:0] <= {4'h0, aqa_q[11:0]}) sq_tail_d = reg_wdata_i[11:0];
        end
        13'h1004: begin
          if (rdy && reg_wdata_i[15:0] <= {4'h0, aqa_q[27:16]}) cq_head_d = reg_wdata_i[11:0];
        end
        default: ;
      endcase
    end

    unique case (state_q)
      StDisabled: begin
        if (cc_d[0]) begin
          state_d    = StEnabling;
          ready_at_d = now_i + {16'h0, ready_delay_i};
          shst_d     = 2'b00;
        end
      end
      StEnabling: begin
        if (!cc_d[0]) begin
          state_d = StDisabling;
        end else if (now_i >= ready_at_q) begin
          state_d    = StReady;
          csts_rdy_d = 1'b1;
        end
      end
      StReady: begin
        if (!cc_d[0]) begin
          state_d = StDisabling;
        end else if (cc_d[15:14] != 2'b00) begin
          state_d = StShutdown;
          shst_d  = 2'b01;       // shutdown processing occurring
        end
      end
      StShutdown: begin
        if (!cc_d[0]) state_d = StDisabling;
        else if (engine_drained_i) shst_d = 2'b10;  // shutdown complete
      end
      StDisabling: begin
        // Outstanding DMA finishes first; then every queue and command is dropped.
        if (engine_idle_i) begin
          engine_reset_o = 1'b1;
          state_d   = cc_d[0] ? StEnabling : StDisabled;
          ready_at_d = now_i + {16'h0, ready_delay_i};
          sq_tail_d = '0;
          cq_head_d = '0;
          cfs_d     = 1'b0;
          csts_rdy_d = 1'b0;
        end
      end
      default: begin
        state_d    = StDisabled;
        csts_rdy_d = 1'b0;
      end
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q    <= StDisabled;
      cc_q       <= '0;
      aqa_q      <= '0;
      asq_q      <= '0;
      acq_q      <= '0;
      intm_q     <= '0;
      shst_q     <= '0;
      cfs_q      <= 1'b0;
      csts_rdy_q <= 1'b0;
      sq_tail_q  <= '0;
      cq_head_q  <= '0;
      ready_at_q <= '0;
      rvalid_q   <= 1'b0;
      rdata_q    <= '0;
    end else begin
      state_q    <= state_d;
      cc_q       <= cc_d;
      aqa_q      <= aqa_d;
      asq_q      <= asq_d;
      acq_q      <= acq_d;
      intm_q     <= intm_d;
      shst_q     <= shst_d;
      cfs_q      <= cfs_d;
      csts_rdy_q <= csts_rdy_d;
      sq_tail_q  <= sq_tail_d;
      cq_head_q  <= cq_head_d;
      ready_at_q <= ready_at_d;
      rvalid_q   <= read;
      if (read) rdata_q <= rdata_d;   // holds still between reads
    end
  end

  assign reg_rvalid_o   = rvalid_q;
  assign reg_rdata_o    = rdata_q;
  assign engine_run_o   = rdy && !cfs_q;
  assign asq_o          = asq_q;
  assign acq_o          = acq_q;
  assign asqs_o         = aqa_q[11:0];
  assign acqs_o         = aqa_q[27:16];
  assign sq_tail_o      = sq_tail_q;
  assign cq_head_o      = cq_head_q;
  assign io_db_we_o     = write && rdy && reg_addr_i[12] && reg_addr_i[11:3] != 9'h0;
  assign io_db_index_o  = reg_addr_i[11:2];
  assign io_db_value_o  = reg_wdata_i[15:0];
  assign settled_o      = (state_q == StDisabled) || (state_q == StEnabling) ||
                          (state_q == StReady) || (state_q == StShutdown && shst_q == 2'b10);
  assign wake_valid_o   = (state_q == StEnabling);
  assign wake_at_o      = ready_at_q;

endmodule

`default_nettype wire
