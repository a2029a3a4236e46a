// SPDX-License-Identifier: Apache-2.0
// I/O queue table: which queues the admin commands created, and the CQ each SQ posts to.

`default_nettype none

module nvme_io_queues #(
  parameter int unsigned MaxIoQueues = 16,
  localparam int unsigned QidWidth   = $clog2(MaxIoQueues + 1)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic                 reset_i,       // controller reset: every I/O queue deleted

  // A Create or Delete I/O queue command that passed its checks
  input  logic                 apply_i,
  input  logic [7:0]           opcode_i,
  input  logic [QidWidth-1:0]  qid_i,         // CDW10.QID
  input  logic [QidWidth-1:0]  cqid_i,        // Create I/O SQ: CDW11.CQID

  output logic [MaxIoQueues:1] cq_valid_o,
  output logic [MaxIoQueues:1] sq_valid_o,
  output logic                 cq_in_use_o    // some SQ posts to CQ qid_i
);

  logic [MaxIoQueues:1] cq_valid_q, cq_valid_d;
  logic [MaxIoQueues:1] sq_valid_q, sq_valid_d;
  logic [QidWidth-1:0]  sq_cqid_q [MaxIoQueues+1];

  always_comb begin
    cq_in_use_o = 1'b0;
    for (int q = 1; q <= MaxIoQueues; q++) begin
      if (sq_valid_q[q] && sq_cqid_q[q] == qid_i) cq_in_use_o = 1'b1;
    end
  end

  always_comb begin
    cq_valid_d = cq_valid_q;
    sq_valid_d = sq_valid_q;
    if (apply_i) begin
      unique case (opcode_i)
        nvme_pkg::OpCreateIoCq: cq_valid_d[qid_i] = 1'b1;
        nvme_pkg::OpCreateIoSq: sq_valid_d[qid_i] = 1'b1;
        nvme_pkg::OpDeleteIoCq: cq_valid_d[qid_i] = 1'b0;
        nvme_pkg::OpDeleteIoSq: sq_valid_d[qid_i] = 1'b0;
        default: ;
      endcase
    end
    if (reset_i) begin
      cq_valid_d = '0;
      sq_valid_d = '0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cq_valid_q <= '0;
      sq_valid_q <= '0;
    end else begin
      cq_valid_q <= cq_valid_d;
      sq_valid_q <= sq_valid_d;
    end
  end

  // Storage without reset: only read where a valid bit says it was written.
  always_ff @(posedge clk_i) begin
    if (apply_i && opcode_i == nvme_pkg::OpCreateIoSq) sq_cqid_q[qid_i] <= cqid_i;
  end

  assign cq_valid_o = cq_valid_q;
  assign sq_valid_o = sq_valid_q;

endmodule

`default_nettype wire
