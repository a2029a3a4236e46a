// SPDX-License-Identifier: Apache-2.0
// I/O queue table: the queues the admin commands created, their doorbells, and the heads, tails
// and phases the I/O engine moves.

`default_nettype none

module nvme_io_queues #(
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 32,
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned VecWidth      = $clog2(NumMsixVectors)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic                 reset_i,       // controller reset: every I/O queue deleted

  // A Create or Delete I/O queue command that passed its checks
  input  logic                 apply_i,
  input  logic [7:0]           opcode_i,
  input  logic [QidWidth-1:0]  qid_i,         // CDW10.QID
  input  logic [QidWidth-1:0]  cqid_i,        // Create I/O SQ: CDW11.CQID
  input  logic [63:12]         base_i,        // PRP1: the queue's first page
  input  logic [11:0]          size_i,        // CDW10.QSIZE, 0-based
  input  logic [VecWidth-1:0]  iv_i,          // Create I/O CQ: CDW11.IV
  input  logic                 ien_i,         // Create I/O CQ: CDW11.IEN

  output logic [MaxIoQueues:1] cq_valid_o,
  output logic [MaxIoQueues:1] sq_valid_o,
  output logic                 cq_in_use_o,   // some SQ posts to CQ qid_i

  // Doorbell writes at BAR0 1008h and up: SQ y tail at index 2y, CQ y head at 2y + 1. A write to
  // a queue that does not exist, or of a value beyond the queue, is ignored.
  input  logic                 db_we_i,
  input  logic [QidWidth-1:0]  db_qid_i,
  input  logic                 db_cq_i,
  input  logic [15:0]          db_value_i,

  // The fetcher: SQs with entries to fetch, and one SQ's fetch position
  output logic [MaxIoQueues:1] sq_work_o,
  input  logic [QidWidth-1:0]  fetch_qid_i,
  output logic [63:0]          fetch_addr_o,  // the entry at the SQ head
  input  logic                 fetch_taken_i, // that entry was fetched: the head moves on

  // The completion poster: where the CQE of a command from SQ post_sqid_i goes
  input  logic [QidWidth-1:0]  post_sqid_i,
  output logic [11:0]          post_sq_head_o,
  output logic                 post_cq_valid_o,
  output logic                 post_cq_full_o,
  output logic [63:0]          post_addr_o,   // the CQ entry at the tail
  output logic                 post_phase_o,
  output logic                 post_ien_o,
  output logic [VecWidth-1:0]  post_iv_o,
  input  logic                 post_taken_i   // a CQE was written at post_addr_o: the tail moves
);

  logic [MaxIoQueues:1] cq_valid_q, cq_valid_d;
  logic [MaxIoQueues:1] sq_valid_q, sq_valid_d;
  logic [MaxIoQueues:1] cq_phase_q, cq_phase_d;
  logic [MaxIoQueues:1] cq_ien_q;

  // Per queue; index 0 is unused (queue 0 is the admin queue, in nvme_regs)
  logic [QidWidth-1:0]  sq_cqid_q [MaxIoQueues+1];
  logic [63:12]         sq_base_q [MaxIoQueues+1];
  logic [11:0]          sq_size_q [MaxIoQueues+1];
  logic [11:0]          sq_tail_q [MaxIoQueues+1];
  logic [11:0]          sq_head_q [MaxIoQueues+1];
  logic [63:12]         cq_base_q [MaxIoQueues+1];
  logic [11:0]          cq_size_q [MaxIoQueues+1];
  logic [11:0]          cq_head_q [MaxIoQueues+1];
  logic [11:0]          cq_tail_q [MaxIoQueues+1];
  logic [VecWidth-1:0]  cq_iv_q   [MaxIoQueues+1];

  always_comb begin
    cq_in_use_o = 1'b0;
    for (int q = 1; q <= MaxIoQueues; q++) begin
      if (sq_valid_q[q] && sq_cqid_q[q] == qid_i) cq_in_use_o = 1'b1;
    end
  end

  logic create_sq, create_cq;
  assign create_sq = apply_i && opcode_i == nvme_pkg::OpCreateIoSq;
  assign create_cq = apply_i && opcode_i == nvme_pkg::OpCreateIoCq;

  logic [QidWidth-1:0] post_cqid;
  assign post_cqid = sq_cqid_q[post_sqid_i];

  always_comb begin
    cq_valid_d = cq_valid_q;
    sq_valid_d = sq_valid_q;
    cq_phase_d = cq_phase_q;
    // The phase tag inverts each time the tail wraps.
    if (post_taken_i && cq_tail_q[post_cqid] == cq_size_q[post_cqid]) begin
      cq_phase_d[post_cqid] = !cq_phase_q[post_cqid];
    end
    if (apply_i) begin
      unique case (opcode_i)
        nvme_pkg::OpCreateIoCq: begin
          cq_valid_d[qid_i] = 1'b1;
          cq_phase_d[qid_i] = 1'b1;
        end
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
      cq_phase_q <= '0;
    end else begin
      cq_valid_q <= cq_valid_d;
      sq_valid_q <= sq_valid_d;
      cq_phase_q <= cq_phase_d;
    end
  end

  // Storage without reset: only read where a valid bit says the queue was created, which also
  // zeroes its head and tail.
  logic db_sq_ok, db_cq_ok;
  assign db_sq_ok = db_we_i && !db_cq_i && sq_valid_q[db_qid_i] &&
                    db_value_i <= {4'h0, sq_size_q[db_qid_i]};
  assign db_cq_ok = db_we_i && db_cq_i && cq_valid_q[db_qid_i] &&
                    db_value_i <= {4'h0, cq_size_q[db_qid_i]};

  always_ff @(posedge clk_i) begin
    if (fetch_taken_i) begin
      sq_head_q[fetch_qid_i] <= (sq_head_q[fetch_qid_i] == sq_size_q[fetch_qid_i]) ?
                                12'h0 : sq_head_q[fetch_qid_i] + 12'h1;
    end
    if (post_taken_i) begin
      cq_tail_q[post_cqid] <= (cq_tail_q[post_cqid] == cq_size_q[post_cqid]) ?
                              12'h0 : cq_tail_q[post_cqid] + 12'h1;
    end
    if (db_sq_ok) sq_tail_q[db_qid_i] <= db_value_i[11:0];
    if (db_cq_ok) cq_head_q[db_qid_i] <= db_value_i[11:0];
    if (create_sq) begin
      sq_cqid_q[qid_i] <= cqid_i;
      sq_base_q[qid_i] <= base_i;
      sq_size_q[qid_i] <= size_i;
      sq_tail_q[qid_i] <= '0;
      sq_head_q[qid_i] <= '0;
    end
    if (create_cq) begin
      cq_base_q[qid_i] <= base_i;
      cq_size_q[qid_i] <= size_i;
      cq_head_q[qid_i] <= '0;
      cq_tail_q[qid_i] <= '0;
      cq_iv_q[qid_i]   <= iv_i;
      cq_ien_q[qid_i]  <= ien_i;
    end
  end

  always_comb begin
    for (int q = 1; q <= MaxIoQueues; q++) begin
      sq_work_o[q] = sq_valid_q[q] && sq_head_q[q] != sq_tail_q[q];
    end
  end

  logic [11:0] cq_tail_next;
  assign cq_tail_next = (cq_tail_q[post_cqid] == cq_size_q[post_cqid]) ?
                        12'h0 : cq_tail_q[post_cqid] + 12'h1;

  assign fetch_addr_o    = {sq_base_q[fetch_qid_i], 12'h0} + {46'h0, sq_head_q[fetch_qid_i], 6'h0};
  assign post_sq_head_o  = sq_head_q[post_sqid_i];
  assign post_cq_valid_o = cq_valid_q[post_cqid];
  assign post_cq_full_o  = cq_tail_next == cq_head_q[post_cqid];
  assign post_addr_o     = {cq_base_q[post_cqid], 12'h0} + {48'h0, cq_tail_q[post_cqid], 4'h0};
  assign post_phase_o    = cq_phase_q[post_cqid];
  assign post_ien_o      = cq_ien_q[post_cqid];
  assign post_iv_o       = cq_iv_q[post_cqid];
  assign cq_valid_o      = cq_valid_q;
  assign sq_valid_o      = sq_valid_q;

endmodule

`default_nettype wire
