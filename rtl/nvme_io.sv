// SPDX-License-Identifier: Apache-2.0
// I/O engine: fetches I/O submission queue entries round robin into a ring of command entries,
// which pass in fetch order through the media-read prefetcher, the executor and the completion
// poster.

`default_nettype none

`include "assert.svh"

module nvme_io #(
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 32,
  parameter int unsigned NumEntries     = 16,  // commands between fetch and completion
  parameter int unsigned Lanes          = 1,   // DWs per DMA and media word
  localparam int unsigned CntWidth      = $clog2(Lanes + 1),
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned VecWidth      = $clog2(NumMsixVectors),
  localparam int unsigned EntWidth      = $clog2(NumEntries)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic                 run_i,
  input  logic                 reset_i,
  output logic                 idle_o,       // no command held, no DMA in flight
  output logic                 quiet_o,
  output logic                 fatal_o,
  input  logic [31:0]          nn_i,
  input  logic                 write_cache_i,

  // The queue table (nvme_io_queues)
  input  logic [MaxIoQueues:1] sq_work_i,
  output logic [MaxIoQueues:1] sq_busy_o,    // a command of the SQ is being fetched or held
  output logic [QidWidth-1:0]  fetch_qid_o,
  input  logic [63:0]          fetch_addr_i,
  output logic                 fetch_taken_o,
  output logic [QidWidth-1:0]  post_sqid_o,
  input  logic [11:0]          post_sq_head_i,
  input  logic                 post_cq_valid_i,
  input  logic                 post_cq_full_i,
  input  logic [63:0]          post_addr_i,
  input  logic                 post_phase_i,
  input  logic                 post_ien_i,
  input  logic [VecWidth-1:0]  post_iv_i,
  output logic                 post_taken_o,

  // Namespace table lookup (for the entry being fetched)
  output logic [31:0]          ns_nsid_o,
  input  logic                 ns_active_i,
  input  logic                 ns_lbaf_i,
  input  logic [47:0]          ns_nsze_i,

  // DMA reads (IDs 1..4) and writes through the endpoint
  output logic                 dma_rd_req_valid_o,
  input  logic                 dma_rd_req_ready_i,
  output logic [63:0]          dma_rd_req_addr_o,
  output logic [12:0]          dma_rd_req_len_o,
  output logic [2:0]           dma_rd_req_id_o,
  input  logic                 dma_rd_data_valid_i,
  input  logic [2:0]           dma_rd_data_id_i,
  input  logic [9:0]           dma_rd_data_dw_i,
  input  logic [Lanes*32-1:0]  dma_rd_data_i,
  input  logic [CntWidth-1:0]  dma_rd_data_count_i,
  input  logic                 dma_rd_done_i,
  input  logic [2:0]           dma_rd_done_id_i,
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
  output logic [VecWidth-1:0]  msix_vector_o,

  // Media port
  output logic                 media_rd_req_valid_o,
  input  logic                 media_rd_req_ready_i,
  output logic [63:0]          media_rd_req_addr_o,
  output logic [47:0]          media_rd_req_len_o,
  input  logic                 media_rd_data_valid_i,
  output logic                 media_rd_data_ready_o,
  input  logic [Lanes*32-1:0]  media_rd_data_i,
  output logic                 media_wr_req_valid_o,
  input  logic                 media_wr_req_ready_i,
  output logic [1:0]           media_wr_req_op_o,
  output logic [63:0]          media_wr_req_addr_o,
  output logic [47:0]          media_wr_req_len_o,
  output logic                 media_wr_data_valid_o,
  input  logic                 media_wr_data_ready_i,
  output logic [Lanes*32-1:0]  media_wr_data_o,
  input  logic                 media_wr_done_i
);

  localparam logic [2:0] IdFetch = 3'd1;

  // ---------------------------------------------------------------------------------------------
  // Command entries: a ring. fetch_ptr >= media_ptr >= exec_ptr >= post_ptr (mod 2 NumEntries);
  // each stage takes entries in order, so completions leave in fetch order.
  logic [EntWidth:0]   fetch_ptr_q, media_ptr_q, exec_ptr_q, post_ptr_q;
  logic [EntWidth-1:0] fetch_ent, media_ent, exec_ent, post_ent;
  assign fetch_ent = fetch_ptr_q[EntWidth-1:0];
  assign media_ent = media_ptr_q[EntWidth-1:0];
  assign exec_ent  = exec_ptr_q[EntWidth-1:0];
  assign post_ent  = post_ptr_q[EntWidth-1:0];

  // RAM, no reset: an entry is read only between its fetch and its completion.
  logic [7:0]          e_op        [NumEntries];
  logic [15:0]         e_cid       [NumEntries];
  logic [QidWidth-1:0] e_sqid      [NumEntries];
  logic [14:0]         e_status    [NumEntries];
  logic [63:0]         e_addr      [NumEntries];
  logic [31:0]         e_bytes     [NumEntries];
  logic [63:0]         e_prp1      [NumEntries];
  logic [63:0]         e_prp2      [NumEntries];
  logic                e_list      [NumEntries];
  logic                e_flush     [NumEntries];
  logic [47:0]         e_nsze      [NumEntries];
  logic                e_lbaf      [NumEntries];
  logic                e_dealloc   [NumEntries];
  logic                e_prefetched [NumEntries];
  logic [8:0]          e_acks      [NumEntries];

  logic room;
  assign room = (fetch_ptr_q - post_ptr_q) != (EntWidth+1)'(NumEntries);

  // SQs with a command in the ring or being fetched (Delete I/O SQ waits for them).
  always_comb begin
    sq_busy_o = '0;
    for (int i = 0; i < NumEntries; i++) begin
      if ((EntWidth+1)'(EntWidth'(i) - post_ent) < fetch_ptr_q - post_ptr_q) begin
        sq_busy_o[e_sqid[i]] = 1'b1;
      end
    end
    if (fetch_q != FetchIdle) sq_busy_o[fetch_qid_q] = 1'b1;
  end

  // ---------------------------------------------------------------------------------------------
  // Fetcher: one entry at a time, from the SQs with work, round robin
  typedef enum logic [1:0] {
    FetchIdle,
    FetchRequest,
    FetchWait,
    FetchDispatch
  } fetch_e;

  fetch_e              fetch_q, fetch_d;
  logic [QidWidth-1:0] fetch_qid_q, fetch_qid_d;
  logic [QidWidth-1:0] rr_q, rr_d;          // the last SQ served
  logic [31:0]         fetch_buf_q [16];
  logic                fetch_fatal;

  logic                work_found;
  logic [QidWidth-1:0] work_qid;
  always_comb begin
    work_found = 1'b0;
    work_qid   = '0;
    // The first SQ with work after the last one served, wrapping around.
    for (int k = MaxIoQueues; k >= 1; k--) begin
      if (sq_work_i[((32'(rr_q) + k - 1) % MaxIoQueues) + 1]) begin
        work_found = 1'b1;
        work_qid   = QidWidth'(((32'(rr_q) + k - 1) % MaxIoQueues) + 1);
      end
    end
  end

  always_comb begin
    fetch_d     = fetch_q;
    fetch_qid_d = fetch_qid_q;
    rr_d        = rr_q;
    fetch_fatal = 1'b0;
    unique case (fetch_q)
      FetchIdle: begin
        if (run_i && work_found && room) begin
          fetch_qid_d = work_qid;
          rr_d        = work_qid;
          fetch_d     = FetchRequest;
        end
      end
      FetchRequest: if (fetch_rd_ready) fetch_d = FetchWait;
      FetchWait: begin
        if (dma_rd_done_i && dma_rd_done_id_i == IdFetch) begin
          fetch_fatal = dma_rd_done_err_i;
          fetch_d     = dma_rd_done_err_i ? FetchIdle : FetchDispatch;
        end
      end
      FetchDispatch: fetch_d = FetchIdle;
      default: fetch_d = FetchIdle;
    endcase
    if (reset_i) begin
      fetch_d = FetchIdle;
      rr_d    = '0;
    end
  end

  assign fetch_qid_o   = fetch_qid_q;
  assign fetch_taken_o = fetch_q == FetchDispatch;

  always_ff @(posedge clk_i) begin
    if (fetch_q == FetchWait && dma_rd_data_valid_i && dma_rd_data_id_i == IdFetch) begin
      for (int l = 0; l < Lanes; l++) begin
        if (l < 32'(dma_rd_data_count_i) && 32'(dma_rd_data_dw_i[3:0]) + l < 16) begin
          fetch_buf_q[32'(dma_rd_data_dw_i[3:0]) + l] <= dma_rd_data_i[l*32 +: 32];
        end
      end
    end
  end

  // Decode of the fetched entry, stored with it
  logic [14:0] dec_status;
  logic [63:0] dec_addr;
  logic [31:0] dec_bytes;
  logic        dec_list, dec_flush;
  assign ns_nsid_o = fetch_buf_q[1];

  nvme_io_decode u_decode (
    .opcode_i      (fetch_buf_q[0][7:0]),
    .fuse_i        (fetch_buf_q[0][9:8]),
    .psdt_i        (fetch_buf_q[0][15:14]),
    .nsid_i        (fetch_buf_q[1]),
    .prp1_i        ({fetch_buf_q[7], fetch_buf_q[6]}),
    .prp2_i        ({fetch_buf_q[9], fetch_buf_q[8]}),
    .cdw10_i       (fetch_buf_q[10]),
    .cdw11_i       (fetch_buf_q[11]),
    .cdw12_i       (fetch_buf_q[12]),
    .nn_i          (nn_i),
    .ns_active_i   (ns_active_i),
    .ns_lbaf_i     (ns_lbaf_i),
    .ns_nsze_i     (ns_nsze_i),
    .write_cache_i (write_cache_i),
    .status_o      (dec_status),
    .media_addr_o  (dec_addr),
    .bytes_o       (dec_bytes),
    .prp_list_o    (dec_list),
    .flush_after_o (dec_flush)
  );

  logic unused_fetch;
  assign unused_fetch = ^{dma_rd_data_dw_i[9:4], fetch_buf_q[0][13:10], fetch_buf_q[2],
                          fetch_buf_q[3], fetch_buf_q[4], fetch_buf_q[5], fetch_buf_q[13],
                          fetch_buf_q[14], fetch_buf_q[15]};

  // ---------------------------------------------------------------------------------------------
  // Prefetcher: a Read's media request goes out as soon as it is fetched, so the media latency
  // of the commands behind the one executing overlaps its transfer.
  // A request offered and not yet taken stays offered, even if the controller stops meanwhile.
  logic media_pending, prefetch_read, media_offered_q;
  assign media_pending = media_ptr_q != fetch_ptr_q;
  assign prefetch_read = media_pending && (media_offered_q ||
                         (run_i && e_op[media_ent] == nvme_pkg::OpRead &&
                          e_status[media_ent] == nvme_pkg::StSuccess));
  assign media_rd_req_valid_o = prefetch_read;
  assign media_rd_req_addr_o  = e_addr[media_ent];
  assign media_rd_req_len_o   = 48'(e_bytes[media_ent]);
  logic media_advance;
  assign media_advance = media_pending && (!prefetch_read || media_rd_req_ready_i);

  // ---------------------------------------------------------------------------------------------
  // Executor
  logic        ex_idle, ex_quiet, ex_fatal, ex_done;
  logic [14:0] ex_status;
  logic [8:0]  ex_acks;
  logic        ex_rd_valid, ex_wr_valid;
  logic [63:0] ex_rd_addr, ex_wr_addr;
  logic [12:0] ex_rd_len, ex_wr_len;
  logic [2:0]  ex_rd_id;
  logic [Lanes*32-1:0] ex_wr_data;
  logic [CntWidth-1:0] ex_wr_count;
  logic        ex_wr_data_valid;
  logic        ex_started_q;     // the executor took the entry at exec_ptr
  logic        fetch_rd_ready, ex_rd_ready, ex_wr_ready;
  logic        wr_owner_post_q;  // the DMA write in flight is the poster's
  logic        wr_busy_q;

  nvme_io_exec #(
    .Lanes (Lanes)
  ) u_exec (
    .clk_i                 (clk_i),
    .rst_ni                (rst_ni),
    .reset_i               (reset_i),
    .run_i                 (run_i),
    .idle_o                (ex_idle),
    .quiet_o               (ex_quiet),
    .fatal_o               (ex_fatal),
    .start_i               (exec_ptr_q != media_ptr_q && !ex_started_q),
    .op_i                  (e_op[exec_ent]),
    .status_i              (e_status[exec_ent]),
    .addr_i                (e_addr[exec_ent]),
    .bytes_i               (e_bytes[exec_ent]),
    .prp1_i                (e_prp1[exec_ent]),
    .prp2_i                (e_prp2[exec_ent]),
    .prp_list_i            (e_list[exec_ent]),
    .flush_after_i         (e_flush[exec_ent]),
    .nsze_i                (e_nsze[exec_ent]),
    .lbaf_i                (e_lbaf[exec_ent]),
    .deallocate_i          (e_dealloc[exec_ent]),
    .prefetched_i          (e_prefetched[exec_ent]),
    .done_o                (ex_done),
    .done_status_o         (ex_status),
    .done_acks_o           (ex_acks),
    .dma_rd_req_valid_o    (ex_rd_valid),
    .dma_rd_req_ready_i    (ex_rd_ready),
    .dma_rd_req_addr_o     (ex_rd_addr),
    .dma_rd_req_len_o      (ex_rd_len),
    .dma_rd_req_id_o       (ex_rd_id),
    .dma_rd_data_valid_i   (dma_rd_data_valid_i),
    .dma_rd_data_id_i      (dma_rd_data_id_i),
    .dma_rd_data_dw_i      (dma_rd_data_dw_i),
    .dma_rd_data_i         (dma_rd_data_i),
    .dma_rd_data_count_i   (dma_rd_data_count_i),
    .dma_rd_done_i         (dma_rd_done_i),
    .dma_rd_done_id_i      (dma_rd_done_id_i),
    .dma_rd_done_err_i     (dma_rd_done_err_i),
    .dma_wr_req_valid_o    (ex_wr_valid),
    .dma_wr_req_ready_i    (ex_wr_ready),
    .dma_wr_req_addr_o     (ex_wr_addr),
    .dma_wr_req_len_o      (ex_wr_len),
    .dma_wr_data_o         (ex_wr_data),
    .dma_wr_data_count_o   (ex_wr_count),
    .dma_wr_data_valid_o   (ex_wr_data_valid),
    .dma_wr_data_ready_i   (dma_wr_data_ready_i && wr_busy_q && !wr_owner_post_q),
    .dma_wr_done_i         (dma_wr_done_i && !wr_owner_post_q),
    .dma_wr_done_err_i     (dma_wr_done_err_i),
    .media_rd_data_valid_i (media_rd_data_valid_i),
    .media_rd_data_ready_o (media_rd_data_ready_o),
    .media_rd_data_i       (media_rd_data_i),
    .media_wr_req_valid_o  (media_wr_req_valid_o),
    .media_wr_req_ready_i  (media_wr_req_ready_i),
    .media_wr_req_op_o     (media_wr_req_op_o),
    .media_wr_req_addr_o   (media_wr_req_addr_o),
    .media_wr_req_len_o    (media_wr_req_len_o),
    .media_wr_data_valid_o (media_wr_data_valid_o),
    .media_wr_data_ready_i (media_wr_data_ready_i),
    .media_wr_data_o       (media_wr_data_o)
  );

  // DMA read requests: the fetcher's, else the executor's; one offered and not yet taken stays
  // offered (a request holds until taken). Data and done come back by ID.
  logic fetch_rd_valid, rd_pick_ex, rd_wait_q, rd_wait_ex_q;
  assign fetch_rd_valid     = fetch_q == FetchRequest;
  assign rd_pick_ex         = rd_wait_q ? rd_wait_ex_q : !fetch_rd_valid;
  assign dma_rd_req_valid_o = fetch_rd_valid || ex_rd_valid;
  assign dma_rd_req_addr_o  = rd_pick_ex ? ex_rd_addr : fetch_addr_i;
  assign dma_rd_req_len_o   = rd_pick_ex ? ex_rd_len : 13'd64;
  assign dma_rd_req_id_o    = rd_pick_ex ? ex_rd_id : IdFetch;
  assign fetch_rd_ready     = dma_rd_req_ready_i && !rd_pick_ex;
  assign ex_rd_ready        = dma_rd_req_ready_i && rd_pick_ex;

  // ---------------------------------------------------------------------------------------------
  // Completion poster: the entry at post_ptr, once the executor is done with it and the media
  // acknowledged its write-channel requests (in order, counted in acks_q).
  typedef enum logic [1:0] {
    PostIdle,
    PostReq,
    PostData
  } post_e;

  post_e       post_q, post_d;
  // Media write-channel acknowledgements not yet claimed: the executor may run up to
  // NumEntries - 1 commands ahead of a poster waiting on a full CQ, each with up to 257.
  logic [12:0] acks_q, acks_d;
  logic [11:0] post_head_q;          // the SQ head the CQE reports, taken as it starts
  logic [2:0]  post_sent_q, post_sent_d;
  logic        post_ready;           // the head entry may complete now
  logic        post_pending;
  assign post_pending = post_ptr_q != exec_ptr_q;
  assign post_ready   = post_pending && {4'h0, e_acks[post_ent]} <= acks_q;
  assign post_sqid_o  = e_sqid[post_ent];

  logic post_wr_valid, post_wr_ready;
  logic post_drop;     // the CQ is gone, or the controller stopped: nothing is written
  assign post_drop = !run_i || !post_cq_valid_i;

  always_comb begin
    post_d       = post_q;
    post_sent_d  = post_sent_q;
    acks_d       = acks_q + 13'(media_wr_done_i);
    post_taken_o = 1'b0;
    msix_req_o   = 1'b0;
    unique case (post_q)
      PostIdle: begin
        if (post_ready && (post_drop || !post_cq_full_i)) begin
          acks_d = acks_q + 13'(media_wr_done_i) - {4'h0, e_acks[post_ent]};
          if (!post_drop) post_d = PostReq;
        end
      end
      PostReq: begin
        post_sent_d = '0;
        if (post_wr_ready) post_d = PostData;
      end
      PostData: begin
        if (dma_wr_data_valid_o && dma_wr_data_ready_i && wr_owner_post_q) begin
          post_sent_d = post_sent_q + 3'(dma_wr_data_count_o);
        end
        if (dma_wr_done_i && wr_owner_post_q) begin
          post_taken_o = 1'b1;
          msix_req_o   = post_ien_i && !dma_wr_done_err_i;
          post_d       = PostIdle;
        end
      end
      default: post_d = PostIdle;
    endcase
    if (reset_i) begin
      post_d = PostIdle;
      acks_d = '0;
    end
  end
  assign msix_vector_o = post_iv_i;

  // The entry leaves the ring when its CQE is written, or at once when it is dropped.
  logic post_leave;
  assign post_leave = (post_q == PostIdle && post_ready && post_drop) ||
                      (post_q == PostData && dma_wr_done_i && wr_owner_post_q);

  logic [Lanes*32-1:0] cqe_dws;
  logic [CntWidth-1:0] cqe_count;
  always_comb begin
    for (int l = 0; l < Lanes; l++) begin
      unique case (2'(post_sent_q + 3'(l)))
        2'd0: cqe_dws[l*32 +: 32] = 32'h0;                                  // command specific
        2'd1: cqe_dws[l*32 +: 32] = 32'h0;
        2'd2: cqe_dws[l*32 +: 32] = {16'(e_sqid[post_ent]), 4'h0, post_head_q};
        default: cqe_dws[l*32 +: 32] = {e_status[post_ent], post_phase_i, e_cid[post_ent]};
      endcase
    end
    cqe_count = (32'd4 - 32'(post_sent_q) < Lanes) ? CntWidth'(3'd4 - post_sent_q)
                                                   : CntWidth'(Lanes);
  end

  // DMA writes: one request at a time, the poster's first; data and done go to its owner.
  assign post_wr_valid       = post_q == PostReq;
  assign dma_wr_req_valid_o  = !wr_busy_q && (post_wr_valid || ex_wr_valid);
  assign dma_wr_req_addr_o   = post_wr_valid ? post_addr_i : ex_wr_addr;
  assign dma_wr_req_len_o    = post_wr_valid ? 13'd16 : ex_wr_len;
  assign post_wr_ready       = !wr_busy_q && dma_wr_req_ready_i;
  assign ex_wr_ready         = !wr_busy_q && dma_wr_req_ready_i && !post_wr_valid;
  assign dma_wr_data_valid_o = wr_busy_q && (wr_owner_post_q ? (post_q == PostData &&
                                                                post_sent_q < 3'd4)
                                                             : ex_wr_data_valid);
  assign dma_wr_data_o       = wr_owner_post_q ? cqe_dws : ex_wr_data;
  assign dma_wr_data_count_o = wr_owner_post_q ? cqe_count : ex_wr_count;

  // ---------------------------------------------------------------------------------------------
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fetch_q         <= FetchIdle;
      fetch_qid_q     <= '0;
      rr_q            <= '0;
      fetch_ptr_q     <= '0;
      media_ptr_q     <= '0;
      exec_ptr_q      <= '0;
      post_ptr_q      <= '0;
      ex_started_q    <= 1'b0;
      post_q          <= PostIdle;
      post_sent_q     <= '0;
      post_head_q     <= '0;
      acks_q          <= '0;
      wr_busy_q       <= 1'b0;
      wr_owner_post_q <= 1'b0;
      rd_wait_q       <= 1'b0;
      rd_wait_ex_q    <= 1'b0;
      media_offered_q <= 1'b0;
    end else begin
      fetch_q     <= fetch_d;
      fetch_qid_q <= fetch_qid_d;
      rr_q        <= rr_d;
      post_q      <= post_d;
      post_sent_q <= post_sent_d;
      // A word offered to the write engine holds until taken: the SQ head may move meanwhile.
      if (post_q == PostIdle) post_head_q <= post_sq_head_i;
      acks_q      <= acks_d;
      if (fetch_q == FetchDispatch) fetch_ptr_q <= fetch_ptr_q + 1'b1;
      if (media_advance) media_ptr_q <= media_ptr_q + 1'b1;
      if (exec_ptr_q != media_ptr_q && !ex_started_q) ex_started_q <= 1'b1;
      if (ex_done) begin
        exec_ptr_q   <= exec_ptr_q + 1'b1;
        ex_started_q <= 1'b0;
      end
      if (post_leave) post_ptr_q <= post_ptr_q + 1'b1;
      if (dma_wr_req_valid_o && dma_wr_req_ready_i) begin
        wr_busy_q       <= 1'b1;
        wr_owner_post_q <= post_wr_valid;
      end
      if (dma_wr_done_i) wr_busy_q <= 1'b0;
      media_offered_q <= media_rd_req_valid_o && !media_rd_req_ready_i;
      rd_wait_q       <= dma_rd_req_valid_o && !dma_rd_req_ready_i;
      // Only on a stall: a flop that changed in quiet cycles would differ with idle skipping.
      if (dma_rd_req_valid_o && !dma_rd_req_ready_i) rd_wait_ex_q <= rd_pick_ex;
      if (reset_i) begin
        fetch_ptr_q  <= '0;
        media_ptr_q  <= '0;
        exec_ptr_q   <= '0;
        post_ptr_q   <= '0;
        ex_started_q <= 1'b0;
      end
    end
  end

  always_ff @(posedge clk_i) begin
    if (fetch_q == FetchDispatch) begin
      e_op[fetch_ent]         <= fetch_buf_q[0][7:0];
      e_cid[fetch_ent]        <= fetch_buf_q[0][31:16];
      e_sqid[fetch_ent]       <= fetch_qid_q;
      e_status[fetch_ent]     <= dec_status;
      e_addr[fetch_ent]       <= dec_addr;
      e_bytes[fetch_ent]      <= dec_bytes;
      e_prp1[fetch_ent]       <= {fetch_buf_q[7], fetch_buf_q[6]};
      e_prp2[fetch_ent]       <= {fetch_buf_q[9], fetch_buf_q[8]};
      e_list[fetch_ent]       <= dec_list;
      e_flush[fetch_ent]      <= dec_flush;
      e_nsze[fetch_ent]       <= ns_nsze_i;
      e_lbaf[fetch_ent]       <= ns_lbaf_i;
      e_dealloc[fetch_ent]    <= fetch_buf_q[11][2];
      e_prefetched[fetch_ent] <= 1'b0;
    end
    if (media_advance && prefetch_read) e_prefetched[media_ent] <= 1'b1;
    if (ex_done) begin
      e_status[exec_ent] <= ex_status;
      e_acks[exec_ent]   <= ex_acks;
    end
  end

  assign fatal_o = fetch_fatal || ex_fatal || (post_q == PostData && dma_wr_done_i &&
                                               wr_owner_post_q && dma_wr_done_err_i);
  assign idle_o  = fetch_q == FetchIdle && fetch_ptr_q == post_ptr_q && ex_idle &&
                   post_q == PostIdle && !wr_busy_q;
  // Quiet: each stage waits on an input (a doorbell, DMA, the media) or has nothing to do.
  assign quiet_o = ((fetch_q == FetchIdle && !(run_i && work_found && room)) ||
                    fetch_q == FetchWait) &&
                   (!media_pending || (prefetch_read && !media_rd_req_ready_i)) &&
                   (ex_quiet && !(exec_ptr_q != media_ptr_q && !ex_started_q)) &&
                   post_q == PostIdle &&
                   !(post_ready && (post_drop || !post_cq_full_i)) && !media_wr_done_i;

  `ASSERT_KNOWN(ControlKnown, {dma_rd_req_valid_o, dma_wr_req_valid_o, dma_wr_data_valid_o,
                               msix_req_o, media_rd_req_valid_o, media_wr_req_valid_o,
                               media_wr_data_valid_o, media_rd_data_ready_o})

  if ((1 << EntWidth) != NumEntries) begin : gen_bad_entries
    $error("NumEntries must be a power of two");
  end

endmodule

`default_nettype wire
