// SPDX-License-Identifier: Apache-2.0
// Admin queue engine: fetches submissions into execution slots, which finish out of order.

`default_nettype none

`include "assert.svh"

module nvme_admin #(
  parameter int unsigned NumSlots       = 32,
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 8,
  parameter int unsigned Lanes          = 1,   // DWs per DMA data word
  localparam int unsigned CntWidth      = $clog2(Lanes + 1),
  localparam int unsigned SlotWidth     = $clog2(NumSlots),
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned VecWidth      = $clog2(NumMsixVectors)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic [47:0]          now_i,

  // Controller state
  input  logic                 run_i,
  input  logic                 reset_i,
  output logic                 idle_o,         // no DMA in flight, nothing executing
  output logic                 drained_o,      // idle, and no command waiting in a slot will run
  output logic                 quiet_o,        // waits on time or input alone (a fetch may wait)
  output logic                 fatal_o,
  input  logic [63:12]         asq_i,
  input  logic [63:12]         acq_i,
  input  logic [11:0]          asqs_i,
  input  logic [11:0]          acqs_i,
  input  logic [11:0]          sq_tail_i,
  input  logic [11:0]          cq_head_i,
  input  logic [31:0]          nn_i,
  input  logic [SlotWidth:0]   slots_i,        // execution slots in use, 1..NumSlots

  // Fault injection (simulation control): the first Identify naming this NSID (0: none) is lost
  // in its slot: it never completes unless aborted or the controller is reset.
  input  logic [31:0]          lose_nsid_i,
  output logic                 lose_taken_o,   // that Identify was fetched: disarm

  // Latency model
  output logic                 lat_draw_o,
  output logic [31:0]          lat_nsid_o,
  input  logic [47:0]          lat_cycles_i,

  // The I/O queue table (nvme_io_queues): its state, and the Create / Delete commands
  input  logic [MaxIoQueues:1] cq_valid_i,
  input  logic [MaxIoQueues:1] sq_valid_i,
  input  logic                 cq_in_use_i,
  input  logic [MaxIoQueues:1] io_sq_busy_i,
  output logic                 queue_apply_o,
  output logic [7:0]           queue_opcode_o,
  output logic [QidWidth-1:0]  queue_qid_o,
  output logic [QidWidth-1:0]  queue_cqid_o,
  output logic [63:12]         queue_base_o,
  output logic [11:0]          queue_size_o,
  output logic [VecWidth-1:0]  queue_iv_o,
  output logic                 queue_ien_o,
  output logic                 write_cache_o,

  // Namespace table lookup
  output logic [31:0]          ns_nsid_o,
  input  logic                 ns_active_i,
  input  logic                 ns_zero_cap_i,
  input  logic                 ns_lbaf_i,
  input  logic [47:0]          ns_nsze_i,
  input  logic                 ns_fail_i,      // fault injection: Identify of this NSID fails
  input  logic [2:0]           ns_lie_i,       // fault injection: its Identify data lies
  input  logic [1:0]           list_lie_i,     // fault injection: the Active NSID list lies

  // Namespace attribute change (simulation control): NSID added to the Changed Namespace List
  input  logic                 ns_changed_i,
  input  logic [31:0]          ns_changed_nsid_i,

  // DMA through the endpoint
  output logic                 dma_rd_req_valid_o,
  input  logic                 dma_rd_req_ready_i,
  output logic [63:0]          dma_rd_req_addr_o,
  output logic [12:0]          dma_rd_req_len_o,
  input  logic                 dma_rd_data_valid_i,
  input  logic [9:0]           dma_rd_data_dw_i,
  input  logic [Lanes*32-1:0]  dma_rd_data_i,
  input  logic [CntWidth-1:0]  dma_rd_data_count_i,
  input  logic                 dma_rd_done_i,
  input  logic                 dma_rd_done_err_i,
  output logic                 dma_wr_req_valid_o,
  input  logic                 dma_wr_req_ready_i,
  output logic [63:0]          dma_wr_req_addr_o,
  output logic [12:0]          dma_wr_req_len_o,
  output logic [Lanes*32-1:0]  dma_wr_data_o,
  output logic [CntWidth-1:0]  dma_wr_data_count_o,
  output logic                 dma_wr_data_valid_o,
  input  logic                 dma_wr_data_ready_i,
  input  logic                 dma_wr_done_i,
  input  logic                 dma_wr_done_err_i,
  output logic                 msix_req_o,

  // Observation for simulation control
  output logic [SlotWidth:0]   busy_slots_o,
  output logic                 wake_valid_o,   // a waiting slot's deadline, for idle skipping
  output logic [47:0]          wake_at_o
);

  // ---------------------------------------------------------------------------------------------
  // Execution slots. A slot holds one command from fetch until its completion is posted.
  logic [NumSlots-1:0] slot_busy_q, slot_busy_d;
  logic [NumSlots-1:0] slot_lost_q, slot_lost_d;       // never ready (fault injection)
  logic [NumSlots-1:0] slot_aborted_q, slot_aborted_d; // ready at once, ends aborted
  logic [47:0]         slot_deadline_q [NumSlots];
  logic [319:0]        slot_cmd_q [NumSlots];   // SQE DWs 0, 1, 6..13; RAM, no reset

  // ---------------------------------------------------------------------------------------------
  // Fetcher: one submission queue entry at a time, into a free slot
  typedef enum logic [1:0] {
    FetchIdle,
    FetchRequest,
    FetchWait,
    FetchDispatch
  } fetch_e;

  fetch_e               fetch_q, fetch_d;
  logic [11:0]          sq_head_q, sq_head_d;
  logic [SlotWidth-1:0] fetch_slot_q, fetch_slot_d;
  logic [31:0]          fetch_buf_q [16];
  logic                 fetch_fatal;
  logic                 fetch_abort;   // the fetched command is an Abort: no latency
  logic                 fetch_lost;    // the fetched command is the one to lose
  assign fetch_abort = fetch_buf_q[0][7:0] == nvme_pkg::OpAbort;
  assign fetch_lost  = lose_nsid_i != 32'h0 && fetch_buf_q[0][7:0] == nvme_pkg::OpIdentify &&
                       fetch_buf_q[1] == lose_nsid_i;
  assign lose_taken_o = fetch_q == FetchDispatch && fetch_lost;

  logic                 free_found;
  logic [SlotWidth-1:0] free_slot;
  always_comb begin
    free_found = 1'b0;
    free_slot  = '0;
    for (int i = NumSlots - 1; i >= 0; i--) begin
      if (!slot_busy_q[i] && (SlotWidth+1)'(i) < slots_i) begin
        free_found = 1'b1;
        free_slot  = SlotWidth'(i);
      end
    end
  end

  always_comb begin
    fetch_d      = fetch_q;
    sq_head_d    = sq_head_q;
    fetch_slot_d = fetch_slot_q;
    fetch_fatal  = 1'b0;
    lat_draw_o   = 1'b0;
    unique case (fetch_q)
      FetchIdle: begin
        if (run_i && sq_head_q != sq_tail_i && free_found) begin
          fetch_slot_d = free_slot;
          fetch_d      = FetchRequest;
        end
      end
      FetchRequest: if (dma_rd_req_ready_i) fetch_d = FetchWait;
      FetchWait: begin
        if (dma_rd_done_i) begin
          fetch_fatal = dma_rd_done_err_i;
          fetch_d     = dma_rd_done_err_i ? FetchIdle : FetchDispatch;
        end
      end
      FetchDispatch: begin
        lat_draw_o = 1'b1;
        sq_head_d  = (sq_head_q == asqs_i) ? 12'h0 : sq_head_q + 12'h1;
        fetch_d    = FetchIdle;
      end
      default: fetch_d = FetchIdle;
    endcase
    if (reset_i) begin
      fetch_d   = FetchIdle;
      sq_head_d = '0;
    end
  end

  assign dma_rd_req_valid_o = (fetch_q == FetchRequest);
  assign dma_rd_req_addr_o  = {asq_i, 12'h0} + {46'h0, sq_head_q, 6'h0};
  assign dma_rd_req_len_o   = 13'd64;
  assign lat_nsid_o         = fetch_buf_q[1];

  logic unused_rd_dw;
  assign unused_rd_dw = ^dma_rd_data_dw_i[9:4];   // a fetch is 16 DWs

  always_ff @(posedge clk_i) begin
    if (fetch_q == FetchWait && dma_rd_data_valid_i) begin
      for (int l = 0; l < Lanes; l++) begin
        if (l < 32'(dma_rd_data_count_i) && 32'(dma_rd_data_dw_i[3:0]) + l < 16) begin
          fetch_buf_q[32'(dma_rd_data_dw_i[3:0]) + l] <= dma_rd_data_i[l*32 +: 32];
        end
      end
    end
    if (fetch_q == FetchDispatch) begin
      slot_cmd_q[fetch_slot_q] <= {fetch_buf_q[13], fetch_buf_q[12], fetch_buf_q[11], fetch_buf_q[10],
                                   fetch_buf_q[9], fetch_buf_q[8], fetch_buf_q[7], fetch_buf_q[6],
                                   fetch_buf_q[1], fetch_buf_q[0]};
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Slot scheduling: slots whose latency has elapsed run round robin, one at a time.
  logic [SlotWidth-1:0] rr_q, rr_d;              // round-robin start among ready slots
  logic                 ex_executing;            // ex_slot holds the command under execution
  logic [SlotWidth-1:0] ex_slot;

  logic [NumSlots-1:0]  slot_ready;
  logic                 ready_found;
  logic [SlotWidth-1:0] ready_slot;
  always_comb begin
    for (int i = 0; i < NumSlots; i++) begin
      slot_ready[i] = slot_busy_q[i] && !slot_lost_q[i] &&
                      (now_i >= slot_deadline_q[i] || slot_aborted_q[i]) &&
                      !(ex_executing && ex_slot == SlotWidth'(i));
    end
    ready_found = 1'b0;
    ready_slot  = '0;
    for (int k = NumSlots - 1; k >= 0; k--) begin
      if (slot_ready[SlotWidth'(rr_q + SlotWidth'(k))]) begin
        ready_found = 1'b1;
        ready_slot  = SlotWidth'(rr_q + SlotWidth'(k));
      end
    end
  end

  // Earliest deadline among waiting slots, for a simulator that skips idle cycles.
  always_comb begin
    wake_valid_o = 1'b0;
    wake_at_o    = '1;
    for (int i = 0; i < NumSlots; i++) begin
      if (slot_busy_q[i] && !slot_lost_q[i] && !slot_aborted_q[i] &&
          slot_deadline_q[i] > now_i && slot_deadline_q[i] < wake_at_o) begin
        wake_valid_o = 1'b1;
        wake_at_o    = slot_deadline_q[i];
      end
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Abort (08h): the target is found by CID among the slots (admin commands only: SQID 0). A
  // command waiting in a slot can be aborted, lost or not; the one executing cannot.
  localparam int unsigned AbortLimit = 4;        // ACL + 1, as Identify Controller reports
  logic [31:0]          abort_cdw10;
  logic                 abort_found, abort_limit, abort_apply;
  logic [SlotWidth-1:0] abort_target;
  logic [SlotWidth:0]   aborts_held;
  assign abort_cdw10 = slot_cmd_q[ex_slot][6*32 +: 32];    // DW10 is the slot's seventh DW
  always_comb begin
    abort_found  = 1'b0;
    abort_target = '0;
    aborts_held  = '0;
    for (int i = NumSlots - 1; i >= 0; i--) begin
      if (slot_busy_q[i] && SlotWidth'(i) != ex_slot && abort_cdw10[15:0] == 16'h0 &&
          slot_cmd_q[i][31:16] == abort_cdw10[31:16]) begin
        abort_found  = 1'b1;
        abort_target = SlotWidth'(i);
      end
      if (slot_busy_q[i] && slot_cmd_q[i][7:0] == nvme_pkg::OpAbort) begin
        aborts_held = aborts_held + 1'b1;
      end
    end
    abort_limit = aborts_held > (SlotWidth+1)'(AbortLimit);
  end

  // ---------------------------------------------------------------------------------------------
  // Executor
  logic ex_idle, ex_fatal, ex_take, ex_frees_slot, event_ready;

  nvme_admin_exec #(
    .NumSlots       (NumSlots),
    .MaxIoQueues    (MaxIoQueues),
    .NumMsixVectors (NumMsixVectors),
    .Lanes          (Lanes)
  ) u_exec (
    .clk_i               (clk_i),
    .rst_ni              (rst_ni),
    .run_i               (run_i),
    .reset_i             (reset_i),
    .idle_o              (ex_idle),
    .fatal_o             (ex_fatal),
    .acq_i               (acq_i),
    .acqs_i              (acqs_i),
    .cq_head_i           (cq_head_i),
    .sq_head_i           (sq_head_q),
    .nn_i                (nn_i),
    .ready_found_i       (ready_found),
    .ready_slot_i        (ready_slot),
    .take_o              (ex_take),
    .executing_o         (ex_executing),
    .ex_slot_o           (ex_slot),
    .cmd_i               (slot_cmd_q[ex_slot]),
    .frees_slot_o        (ex_frees_slot),
    .event_ready_o       (event_ready),
    .aborted_i           (slot_aborted_q[ex_slot]),
    .abort_found_i       (abort_found),
    .abort_limit_i       (abort_limit),
    .abort_apply_o       (abort_apply),
    .cq_valid_i          (cq_valid_i),
    .sq_valid_i          (sq_valid_i),
    .cq_in_use_i         (cq_in_use_i),
    .io_sq_busy_i        (io_sq_busy_i),
    .queue_apply_o       (queue_apply_o),
    .queue_opcode_o      (queue_opcode_o),
    .queue_qid_o         (queue_qid_o),
    .queue_cqid_o        (queue_cqid_o),
    .queue_base_o        (queue_base_o),
    .queue_size_o        (queue_size_o),
    .queue_iv_o          (queue_iv_o),
    .queue_ien_o         (queue_ien_o),
    .write_cache_o       (write_cache_o),
    .ns_nsid_o           (ns_nsid_o),
    .ns_active_i         (ns_active_i),
    .ns_zero_cap_i       (ns_zero_cap_i),
    .ns_lbaf_i           (ns_lbaf_i),
    .ns_nsze_i           (ns_nsze_i),
    .ns_fail_i           (ns_fail_i),
    .ns_lie_i            (ns_lie_i),
    .list_lie_i          (list_lie_i),
    .ns_changed_i        (ns_changed_i),
    .ns_changed_nsid_i   (ns_changed_nsid_i),
    .dma_wr_req_valid_o  (dma_wr_req_valid_o),
    .dma_wr_req_ready_i  (dma_wr_req_ready_i),
    .dma_wr_req_addr_o   (dma_wr_req_addr_o),
    .dma_wr_req_len_o    (dma_wr_req_len_o),
    .dma_wr_data_o       (dma_wr_data_o),
    .dma_wr_data_count_o (dma_wr_data_count_o),
    .dma_wr_data_valid_o (dma_wr_data_valid_o),
    .dma_wr_data_ready_i (dma_wr_data_ready_i),
    .dma_wr_done_i       (dma_wr_done_i),
    .dma_wr_done_err_i   (dma_wr_done_err_i),
    .msix_req_o          (msix_req_o)
  );

  // ---------------------------------------------------------------------------------------------
  // Slot bookkeeping
  always_comb begin
    slot_busy_d    = slot_busy_q;
    slot_lost_d    = slot_lost_q;
    slot_aborted_d = slot_aborted_q;
    rr_d           = rr_q;
    if (fetch_q == FetchDispatch) begin
      slot_busy_d[fetch_slot_q]    = 1'b1;
      slot_lost_d[fetch_slot_q]    = fetch_lost;
      slot_aborted_d[fetch_slot_q] = 1'b0;
    end
    if (abort_apply) begin
      slot_lost_d[abort_target]    = 1'b0;
      slot_aborted_d[abort_target] = 1'b1;
    end
    if (ex_frees_slot) slot_busy_d[ex_slot] = 1'b0;
    if (ex_take) rr_d = ready_slot + 1'b1;
    if (reset_i) begin
      slot_busy_d    = '0;
      slot_lost_d    = '0;
      slot_aborted_d = '0;
      rr_d           = '0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fetch_q      <= FetchIdle;
      sq_head_q    <= '0;
      fetch_slot_q <= '0;
      slot_busy_q  <= '0;
      slot_lost_q  <= '0;
      slot_aborted_q <= '0;
      rr_q         <= '0;
      for (int i = 0; i < NumSlots; i++) slot_deadline_q[i] <= '0;
    end else begin
      fetch_q      <= fetch_d;
      sq_head_q    <= sq_head_d;
      fetch_slot_q <= fetch_slot_d;
      slot_busy_q  <= slot_busy_d;
      slot_lost_q  <= slot_lost_d;
      slot_aborted_q <= slot_aborted_d;
      rr_q         <= rr_d;
      // An Abort runs as soon as the executor is free: the latency model is for other commands.
      if (fetch_q == FetchDispatch) begin
        slot_deadline_q[fetch_slot_q] <= fetch_abort ? now_i : now_i + lat_cycles_i;
      end
    end
  end

  assign fatal_o = fetch_fatal || ex_fatal;
  assign idle_o  = (fetch_q == FetchIdle) && ex_idle;
  // Shutdown completes only once every command that will still run has: a command waiting out
  // its latency will write its data and completion entry later. A lost command never runs, and
  // with the engine stopped (CFS) nothing waiting starts.
  assign drained_o = idle_o && (!run_i || (slot_busy_q & ~slot_lost_q) == '0);
  // Quiet also while a fetch waits for its data: the endpoint wakes us when it comes.
  assign quiet_o = ex_idle && !(run_i && (event_ready || ready_found)) &&
                   ((fetch_q == FetchIdle && !(run_i && sq_head_q != sq_tail_i && free_found)) ||
                    fetch_q == FetchWait);

  always_comb begin
    busy_slots_o = '0;
    for (int i = 0; i < NumSlots; i++) busy_slots_o = busy_slots_o + (SlotWidth+1)'(slot_busy_q[i]);
  end

  // Requests and pulses to the endpoint and the registers are never X (rtl/assert.svh); their
  // payloads are checked where they are taken (pcie_dma_rd, pcie_dma_wr).
  `ASSERT_KNOWN(ControlKnown, {dma_rd_req_valid_o, dma_wr_req_valid_o, dma_wr_data_valid_o,
                               msix_req_o, idle_o, quiet_o, fatal_o})

  if ((1 << SlotWidth) != NumSlots) begin : gen_bad_slots
    $error("NumSlots must be a power of two");
  end

endmodule

`default_nettype wire
