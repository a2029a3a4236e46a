// SPDX-License-Identifier: Apache-2.0
// Admin executor: runs one command from a ready slot (decode, effects, data) and posts its CQE.

`default_nettype none

module nvme_admin_exec #(
  parameter int unsigned NumSlots       = 32,
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 8,
  parameter int unsigned Lanes          = 1,    // DWs per data word to the write engine
  localparam int unsigned CntWidth      = $clog2(Lanes + 1),
  localparam int unsigned SlotWidth     = $clog2(NumSlots),
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned VecWidth      = $clog2(NumMsixVectors)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,

  // Controller state
  input  logic                 run_i,
  input  logic                 reset_i,
  output logic                 idle_o,         // nothing executing
  output logic                 fatal_o,        // a data or completion write failed
  input  logic [63:12]         acq_i,
  input  logic [11:0]          acqs_i,
  input  logic [11:0]          cq_head_i,
  input  logic [11:0]          sq_head_i,      // reported in every completion entry
  input  logic [31:0]          nn_i,

  // Execution slots
  input  logic                 ready_found_i,  // a slot's latency has elapsed
  input  logic [SlotWidth-1:0] ready_slot_i,   // the one to run next
  output logic                 take_o,         // ready_slot_i starts executing
  output logic                 executing_o,    // ex_slot_o holds the command under execution
  output logic [SlotWidth-1:0] ex_slot_o,
  input  logic [319:0]         cmd_i,          // the command in ex_slot_o (nvme_admin's format)
  output logic                 frees_slot_o,   // the command leaves ex_slot_o this cycle
  output logic                 event_ready_o,  // an asynchronous event waits to be posted
  input  logic                 aborted_i,      // the command in ex_slot_o was aborted
  input  logic                 abort_found_i,  // an Abort in ex_slot_o: its target can be aborted
  input  logic                 abort_limit_i,  // an Abort in ex_slot_o: over the Abort limit
  output logic                 abort_apply_o,  // the Abort in ex_slot_o takes effect this cycle

  // The I/O queue table: its state for the checks, and the Create / Delete that passed them
  input  logic [MaxIoQueues:1] cq_valid_i,
  input  logic [MaxIoQueues:1] sq_valid_i,
  input  logic                 cq_in_use_i,    // some SQ posts to CQ queue_qid_o
  input  logic [MaxIoQueues:1] io_sq_busy_i,   // the I/O engine holds commands of these SQs
  output logic                 queue_apply_o,
  output logic [7:0]           queue_opcode_o,
  output logic [QidWidth-1:0]  queue_qid_o,
  output logic [QidWidth-1:0]  queue_cqid_o,
  output logic [63:12]         queue_base_o,
  output logic [11:0]          queue_size_o,
  output logic [VecWidth-1:0]  queue_iv_o,
  output logic                 queue_ien_o,
  output logic                 write_cache_o,  // Set Features 06h: volatile write cache on

  // Namespace table lookup
  output logic [31:0]          ns_nsid_o,
  input  logic                 ns_active_i,
  input  logic                 ns_zero_cap_i,
  input  logic                 ns_lbaf_i,
  input  logic [47:0]          ns_nsze_i,
  input  logic                 ns_fail_i,
  input  logic [2:0]           ns_lie_i,       // fault injection: nvme_pkg::NsLie*
  input  logic [1:0]           list_lie_i,     // fault injection: nvme_pkg::ListLie*

  // Namespace attribute change (simulation control)
  input  logic                 ns_changed_i,
  input  logic [31:0]          ns_changed_nsid_i,

  // DMA writes through the endpoint, and the interrupt
  output logic                 dma_wr_req_valid_o,
  input  logic                 dma_wr_req_ready_i,
  output logic [63:0]          dma_wr_req_addr_o,
  output logic [12:0]          dma_wr_req_len_o,
  output logic [Lanes*32-1:0]  dma_wr_data_o,
  output logic [CntWidth-1:0]  dma_wr_data_count_o,   // DWs in lanes 0 up
  output logic                 dma_wr_data_valid_o,
  input  logic                 dma_wr_data_ready_i,
  input  logic                 dma_wr_done_i,
  input  logic                 dma_wr_done_err_i,
  output logic                 msix_req_o
);

  typedef enum logic [2:0] {
    ExIdle,
    ExDecode,     // one cycle: check the command, apply its effects on queues and features
    ExDataReq,    // ask for a DMA write of one PRP segment
    ExData,       // stream the segment's data
    ExPostWait,   // wait for room in the completion queue
    ExPostReq,
    ExPost        // stream the 16-byte completion entry
  } exec_e;

  exec_e                ex_q, ex_d;
  logic [SlotWidth-1:0] ex_slot_q, ex_slot_d;
  logic                 ex_aer_q, ex_aer_d;      // posting an asynchronous event, not a slot

  // ---------------------------------------------------------------------------------------------
  // The command under execution: SQE DWs 0, 1 and 6..13 as nvme_admin stores them
  function automatic logic [31:0] cmd_dw(logic [319:0] cmd, int unsigned sqe_dw);
    // DW0 -> 0, DW1 -> 1, DW6..13 -> 2..9
    int unsigned slot_dw;
    slot_dw = (sqe_dw >= 6) ? sqe_dw - 4 : sqe_dw;
    cmd_dw = cmd[slot_dw*32 +: 32];
  endfunction

  logic [7:0]   opcode;
  logic [15:0]  cid;
  logic [31:0]  nsid, cdw10, cdw11, cdw12, cdw13;
  logic [63:0]  prp1, prp2;
  logic [31:0]  cdw0;
  assign cdw0   = cmd_dw(cmd_i, 0);
  assign opcode = cdw0[7:0];
  assign cid    = cdw0[31:16];
  logic unused_cdw0;
  assign unused_cdw0 = ^cdw0[13:10];   // reserved
  assign nsid   = cmd_dw(cmd_i, 1);
  assign prp1   = {cmd_dw(cmd_i, 7), cmd_dw(cmd_i, 6)};
  assign prp2   = {cmd_dw(cmd_i, 9), cmd_dw(cmd_i, 8)};
  assign cdw10  = cmd_dw(cmd_i, 10);
  assign cdw11  = cmd_dw(cmd_i, 11);
  assign cdw12  = cmd_dw(cmd_i, 12);
  assign cdw13  = cmd_dw(cmd_i, 13);

  // ---------------------------------------------------------------------------------------------
  // Decode: status, result, data and effects of the command in ex_slot_q
  nvme_pkg::data_src_e dec_src;
  logic [14:0]         dec_status;
  logic [31:0]         dec_result;
  logic [12:0]         dec_bytes;       // data length
  logic [9:0]          dec_start_dw;    // first DW of the data structure sent
  logic                dec_hold;        // an AER parked until an event: no completion now
  logic [31:0]         dec_feat_value;  // what Set Features stores
  logic                dec_clear_log;   // log 04h read without RAE

  logic        feat_supported;
  logic [31:0] feat_current, feat_default;
  logic [15:0] nsqa, ncqa;
  logic        aer_full;

  nvme_admin_decode #(
    .MaxIoQueues    (MaxIoQueues),
    .NumMsixVectors (NumMsixVectors)
  ) u_decode (
    .opcode_i         (opcode),
    .fuse_i           (cdw0[9:8]),
    .psdt_i           (cdw0[15:14]),
    .nsid_i           (nsid),
    .cdw10_i          (cdw10),
    .cdw11_i          (cdw11),
    .cdw12_i          (cdw12),
    .cdw13_i          (cdw13),
    .prp1_offset_i    (prp1[11:0]),
    .prp2_offset_i    (prp2[11:0]),
    .nn_i             (nn_i),
    .ns_active_i      (ns_active_i),
    .ns_fail_i        (ns_fail_i),
    .cq_valid_i       (cq_valid_i),
    .sq_valid_i       (sq_valid_i),
    .cq_in_use_i      (cq_in_use_i),
    .nsqa_i           (nsqa),
    .ncqa_i           (ncqa),
    .feat_supported_i (feat_supported),
    .feat_current_i   (feat_current),
    .feat_default_i   (feat_default),
    .aer_full_i       (aer_full),
    .aborted_i        (aborted_i),
    .abort_found_i    (abort_found_i),
    .abort_limit_i    (abort_limit_i),
    .src_o            (dec_src),
    .status_o         (dec_status),
    .result_o         (dec_result),
    .bytes_o          (dec_bytes),
    .start_dw_o       (dec_start_dw),
    .hold_o           (dec_hold),
    .feat_value_o     (dec_feat_value),
    .clear_log_o      (dec_clear_log)
  );

  logic effects;         // ExDecode of a command whose checks passed
  // Delete I/O SQ completes after every command of that SQ the I/O engine holds, as the
  // specification requires: it waits in ExDecode, effects not yet applied.
  logic sq_delete_waits;
  assign sq_delete_waits = opcode == nvme_pkg::OpDeleteIoSq && dec_status == nvme_pkg::StSuccess &&
                           io_sq_busy_i[cdw10[QidWidth-1:0]];
  assign effects = ex_q == ExDecode && dec_status == nvme_pkg::StSuccess && !sq_delete_waits;

  // I/O queues created and deleted by admin commands: the table is in nvme_core
  assign queue_apply_o  = effects;
  assign queue_opcode_o = opcode;
  assign queue_qid_o    = cdw10[QidWidth-1:0];
  assign queue_cqid_o   = cdw11[16 +: QidWidth];
  assign queue_base_o   = prp1[63:12];
  assign queue_size_o   = cdw10[27:16];
  assign queue_iv_o     = cdw11[16 +: VecWidth];
  assign queue_ien_o    = cdw11[1];

  // ---------------------------------------------------------------------------------------------
  // Transfer and completion state
  nvme_pkg::data_src_e src_q, src_d;
  logic [14:0]         status_q, status_d;
  logic [31:0]         result_q, result_d;
  logic [12:0]         seg1_bytes_q, seg1_bytes_d;  // to PRP1
  logic [12:0]         seg2_bytes_q, seg2_bytes_d;  // to PRP2, 0 if none
  logic                in_seg2_q, in_seg2_d;
  logic [10:0]         sent_q, sent_d;              // DWs sent in this segment / CQE
  logic [9:0]          gen_dw_q, gen_dw_d;          // index into the data structure
  logic [31:0]         scan_nsid_q, scan_nsid_d;    // active list: next NSID to look at
  logic [10:0]         scan_count_q, scan_count_d;  // active list: entries written
  // Active list lies (list_lie_q, taken at decode): an entry to write before the scan goes on
  // (pend_next_q), or, for the unsorted list, the first NSID of a pair held back until its
  // partner is written (pend_held_q).
  logic [1:0]          list_lie_q, list_lie_d;
  logic                pend_next_q, pend_next_d;
  logic                pend_held_q, pend_held_d;
  logic [31:0]         pend_nsid_q, pend_nsid_d;
  logic                clear_changed_q, clear_changed_d;
  logic [11:0]         cq_tail_q, cq_tail_d;
  logic                phase_q, phase_d;

  logic [11:0] cq_tail_next;
  assign cq_tail_next = (cq_tail_q == acqs_i) ? 12'h0 : cq_tail_q + 12'h1;

  logic cqe_posted;   // the completion entry in flight was written
  assign cqe_posted = ex_q == ExPost && dma_wr_done_i;

  // ---------------------------------------------------------------------------------------------
  // Features and asynchronous events
  logic        ns_notice_en;
  logic        aer_fire;      // an asynchronous event is ready to report
  logic [15:0] aer_cid;       // the AER it completes
  logic [31:0] changed_dw;    // log 04h, DW gen_dw_q

  nvme_features #(
    .MaxIoQueues (MaxIoQueues)
  ) u_features (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .reset_i        (reset_i),
    .fid_i          (cdw10[7:0]),
    .supported_o    (feat_supported),
    .current_o      (feat_current),
    .default_o      (feat_default),
    .set_i          (effects && opcode == nvme_pkg::OpSetFeatures),
    .set_value_i    (dec_feat_value),
    .nsqa_o         (nsqa),
    .ncqa_o         (ncqa),
    .ns_notice_en_o (ns_notice_en),
    .write_cache_o  (write_cache_o)
  );

  nvme_aen u_aen (
    .clk_i             (clk_i),
    .rst_ni            (rst_ni),
    .reset_i           (reset_i),
    .aer_park_i        (effects && opcode == nvme_pkg::OpAsyncEvent),
    .aer_cid_i         (cid),
    .aer_full_o        (aer_full),
    .notice_en_i       (ns_notice_en),
    .fire_o            (aer_fire),
    .fire_cid_o        (aer_cid),
    .posted_i          (cqe_posted && ex_aer_q),
    .ns_changed_i      (ns_changed_i),
    .ns_changed_nsid_i (ns_changed_nsid_i),
    .log_dw_i          (gen_dw_q),
    .log_dw_o          (changed_dw),
    .log_cleared_i     (cqe_posted && clear_changed_q)
  );

  // ---------------------------------------------------------------------------------------------
  // Data of the current word: lane l holds DW gen_dw_q + l of the data structure
  logic [Lanes*32-1:0] gen_dws, data_dws;
  logic                one_dw;       // a source that gives one DW per word
  logic                data_valid;
  logic                scan_emit, scan_pad;

  for (genvar l = 0; l < Lanes; l++) begin : g_data_gen
    nvme_data_gen u_data_gen (
      .src_i         (src_q),
      .dw_i          (gen_dw_q + 10'(l)),
      .nn_i          (nn_i),
      .nsid_i        (nsid),
      .ns_active_i   (ns_active_i),
      .ns_zero_cap_i (ns_zero_cap_i),
      .ns_lbaf_i     (ns_lbaf_i),
      .ns_nsze_i     (ns_nsze_i),
      .ns_lie_i      (ns_lie_i),
      .changed_dw_i  (changed_dw),
      .dw_o          (gen_dws[l*32 +: 32])
    );
  end

  // The active list scans the table one NSID per cycle; past NN or 1024 entries it is zeros.
  // A lie writes pend_nsid_q first when pend_next_q, or when the scan ends with a held NSID; the
  // unsorted list holds the first NSID of each pair (list_hold) and writes it after the second.
  logic list_pend, list_hold;
  assign scan_pad   = scan_count_q == 11'd1024 || scan_nsid_q > nn_i || scan_nsid_q == 32'h0;
  assign scan_emit  = !scan_pad && ns_active_i;
  assign list_pend  = pend_next_q || (pend_held_q && scan_pad);
  assign list_hold  = list_lie_q == nvme_pkg::ListLieUnsorted && !pend_held_q;
  assign ns_nsid_o  = (src_q == nvme_pkg::SrcActiveList && ex_q == ExData) ? scan_nsid_q : nsid;
  assign data_valid = (src_q != nvme_pkg::SrcActiveList) || list_pend || scan_pad ||
                      (scan_emit && !list_hold);
  // The table walk and the changed-namespace log (a RAM with one read port) give one DW a cycle.
  assign one_dw = src_q == nvme_pkg::SrcLogChangedNs ||
                  (src_q == nvme_pkg::SrcActiveList && (list_pend || !scan_pad));
  always_comb begin
    if (src_q != nvme_pkg::SrcActiveList) data_dws = gen_dws;
    else if (list_pend) data_dws = (Lanes*32)'(pend_nsid_q);
    else if (scan_pad) data_dws = '0;
    else data_dws = (Lanes*32)'(scan_nsid_q);
  end

  // Completion queue entry
  logic [15:0] post_cid;
  logic [Lanes*32-1:0] cqe_dws;
  assign post_cid = ex_aer_q ? aer_cid : cid;
  always_comb begin
    for (int l = 0; l < Lanes; l++) begin
      unique case (2'(sent_q + 11'(l)))
        2'd0: cqe_dws[l*32 +: 32] = result_q;
        2'd1: cqe_dws[l*32 +: 32] = 32'h0;
        2'd2: cqe_dws[l*32 +: 32] = {16'h0, 4'h0, sq_head_i};    // SQ ID 0, SQ head
        default: cqe_dws[l*32 +: 32] = {status_q, phase_q, post_cid};
      endcase
    end
  end

  logic [12:0] seg_bytes;
  logic [10:0] dws_left;     // DWs of the segment or entry not yet sent
  logic [CntWidth-1:0] word_dws;   // DWs of a full word: Lanes, or fewer at the end
  assign seg_bytes  = in_seg2_q ? seg2_bytes_q : seg1_bytes_q;
  assign dws_left   = ((ex_q == ExPost) ? 11'd4 : seg_bytes[12:2]) - sent_q;
  assign word_dws   = (dws_left < 11'(Lanes)) ? CntWidth'(dws_left) : CntWidth'(Lanes);

  logic [Lanes*32-1:0] wr_dws;     // the word to offer: the data, or the completion entry
  logic [CntWidth-1:0] wr_count;
  always_comb begin
    dma_wr_req_valid_o  = 1'b0;
    dma_wr_req_addr_o   = in_seg2_q ? prp2 : prp1;
    dma_wr_req_len_o    = seg_bytes;
    dma_wr_data_valid_o = 1'b0;
    wr_dws              = data_dws;
    wr_count            = one_dw ? CntWidth'(1) : word_dws;
    unique case (ex_q)
      ExDataReq: dma_wr_req_valid_o = 1'b1;
      ExData:    dma_wr_data_valid_o = data_valid && sent_q < seg_bytes[12:2];
      ExPostReq: begin
        dma_wr_req_valid_o = 1'b1;
        dma_wr_req_addr_o  = {acq_i, 12'h0} + {48'h0, cq_tail_q, 4'h0};
        dma_wr_req_len_o   = 13'd16;
      end
      ExPost: begin
        dma_wr_data_valid_o = sent_q < 11'd4;
        wr_dws              = cqe_dws;
        wr_count            = word_dws;
      end
      default: ;
    endcase
  end

  // A word offered to the write engine holds until it is taken, even when its source moves on
  // in the meantime (the SQ head in a completion entry, a namespace change under a log 04h read).
  logic                wr_waiting_q, wr_waiting_d;   // offered last cycle and not taken
  logic [Lanes*32-1:0] wr_held_q, wr_held_d;
  logic [CntWidth-1:0] wr_held_count_q, wr_held_count_d;
  assign dma_wr_data_o       = wr_waiting_q ? wr_held_q : wr_dws;
  assign dma_wr_data_count_o = wr_waiting_q ? wr_held_count_q : wr_count;
  assign wr_waiting_d        = dma_wr_data_valid_o && !dma_wr_data_ready_i;
  assign wr_held_d           = dma_wr_data_o;
  assign wr_held_count_d     = dma_wr_data_count_o;

  logic data_taken;
  logic [10:0] taken_dws;
  assign data_taken = dma_wr_data_valid_o && dma_wr_data_ready_i;
  assign taken_dws  = 11'(dma_wr_data_count_o);

  // ---------------------------------------------------------------------------------------------
  // Executor
  always_comb begin
    ex_d            = ex_q;
    ex_slot_d       = ex_slot_q;
    ex_aer_d        = ex_aer_q;
    src_d           = src_q;
    status_d        = status_q;
    result_d        = result_q;
    seg1_bytes_d    = seg1_bytes_q;
    seg2_bytes_d    = seg2_bytes_q;
    in_seg2_d       = in_seg2_q;
    sent_d          = sent_q;
    gen_dw_d        = gen_dw_q;
    scan_nsid_d     = scan_nsid_q;
    scan_count_d    = scan_count_q;
    list_lie_d      = list_lie_q;
    pend_next_d     = pend_next_q;
    pend_held_d     = pend_held_q;
    pend_nsid_d     = pend_nsid_q;
    clear_changed_d = clear_changed_q;
    cq_tail_d       = cq_tail_q;
    phase_d         = phase_q;
    take_o          = 1'b0;
    fatal_o         = 1'b0;
    msix_req_o      = 1'b0;

    unique case (ex_q)
      ExIdle: begin
        if (run_i && aer_fire) begin
          ex_aer_d = 1'b1;
          status_d = nvme_pkg::StSuccess;
          result_d = 32'h0004_0002;   // notice: namespace attribute changed, log page 04h
          clear_changed_d = 1'b0;
          ex_d     = ExPostWait;
        end else if (run_i && ready_found_i) begin
          take_o    = 1'b1;
          ex_aer_d  = 1'b0;
          ex_slot_d = ready_slot_i;
          ex_d      = ExDecode;
        end
      end
      ExDecode: begin
        src_d           = dec_src;
        status_d        = dec_status;
        result_d        = dec_result;
        sent_d          = '0;
        gen_dw_d        = dec_start_dw;
        scan_nsid_d     = nsid + 32'd1;
        scan_count_d    = '0;
        list_lie_d      = list_lie_i;
        pend_next_d     = 1'b0;
        pend_held_d     = 1'b0;
        in_seg2_d       = 1'b0;
        clear_changed_d = dec_clear_log;
        // PRP1 takes the data up to its page boundary, PRP2 the rest.
        if ({1'b0, prp1[11:0]} + dec_bytes > 13'd4096) begin
          seg1_bytes_d = 13'd4096 - {1'b0, prp1[11:0]};
          seg2_bytes_d = dec_bytes - (13'd4096 - {1'b0, prp1[11:0]});
        end else begin
          seg1_bytes_d = dec_bytes;
          seg2_bytes_d = '0;
        end
        if (sq_delete_waits) ex_d = ExDecode;
        else if (dec_hold) ex_d = ExIdle;     // the slot is freed; the AER waits in u_aen
        else if (dec_src != nvme_pkg::SrcNone) ex_d = ExDataReq;
        else ex_d = ExPostWait;
      end
      ExDataReq: if (dma_wr_req_ready_i) ex_d = ExData;
      ExData: begin
        if (src_q == nvme_pkg::SrcActiveList && !list_pend && !scan_pad &&
            (!ns_active_i || list_hold || data_taken)) begin
          scan_nsid_d = scan_nsid_q + 32'd1;
        end
        if (data_taken) begin
          sent_d   = sent_q + taken_dws;
          gen_dw_d = gen_dw_q + taken_dws[9:0];
          if (src_q == nvme_pkg::SrcActiveList && (list_pend || scan_emit)) begin
            scan_count_d = scan_count_q + 11'd1;
          end
        end
        // Active list lies: what is written next, after the entry of this cycle.
        if (src_q == nvme_pkg::SrcActiveList) begin
          if (list_pend) begin
            if (data_taken) begin
              pend_next_d = 1'b0;
              pend_held_d = 1'b0;
            end
          end else if (scan_emit && list_hold) begin
            pend_nsid_d = scan_nsid_q;            // unsorted: the first of a pair waits
            pend_held_d = 1'b1;
          end else if (scan_emit && data_taken) begin
            unique case (list_lie_q)
              nvme_pkg::ListLieUnsorted: begin    // the pair's second went first
                pend_held_d = 1'b0;
                pend_next_d = 1'b1;
              end
              nvme_pkg::ListLieDuplicate: begin   // the same NSID again
                pend_nsid_d = scan_nsid_q;
                pend_next_d = 1'b1;
              end
              nvme_pkg::ListLieZero: begin        // a zero after the first entry only
                pend_nsid_d = 32'h0;
                pend_next_d = scan_count_q == 11'd0;
              end
              default: ;
            endcase
          end
        end
        if (dma_wr_done_i) begin
          fatal_o = dma_wr_done_err_i;
          sent_d  = '0;
          if (!in_seg2_q && seg2_bytes_q != 13'd0) begin
            in_seg2_d = 1'b1;
            ex_d      = ExDataReq;
          end else begin
            ex_d = ExPostWait;
          end
        end
      end
      ExPostWait: begin
        // Never overrun the host's completion queue: wait for its head doorbell.
        if (cq_tail_next != cq_head_i) ex_d = ExPostReq;
        sent_d = '0;
      end
      ExPostReq: if (dma_wr_req_ready_i) ex_d = ExPost;
      ExPost: begin
        if (data_taken) sent_d = sent_q + taken_dws;
        if (dma_wr_done_i) begin
          fatal_o    = dma_wr_done_err_i;
          cq_tail_d  = cq_tail_next;
          if (cq_tail_next == 12'h0) phase_d = !phase_q;
          msix_req_o = !dma_wr_done_err_i;  // no interrupt for an entry never written
          ex_d       = ExIdle;
        end
      end
      default: ex_d = ExIdle;
    endcase

    if (reset_i) begin
      ex_d      = ExIdle;
      cq_tail_d = '0;
      phase_d   = 1'b1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ex_q            <= ExIdle;
      ex_slot_q       <= '0;
      ex_aer_q        <= 1'b0;
      src_q           <= nvme_pkg::SrcNone;
      status_q        <= '0;
      result_q        <= '0;
      seg1_bytes_q    <= '0;
      seg2_bytes_q    <= '0;
      in_seg2_q       <= 1'b0;
      sent_q          <= '0;
      gen_dw_q        <= '0;
      scan_nsid_q     <= '0;
      scan_count_q    <= '0;
      list_lie_q      <= nvme_pkg::ListLieNone;
      pend_next_q     <= 1'b0;
      pend_held_q     <= 1'b0;
      pend_nsid_q     <= '0;
      clear_changed_q <= 1'b0;
      cq_tail_q       <= '0;
      phase_q         <= 1'b1;
      wr_waiting_q    <= 1'b0;
      wr_held_q       <= '0;
      wr_held_count_q <= '0;
    end else begin
      ex_q            <= ex_d;
      ex_slot_q       <= ex_slot_d;
      ex_aer_q        <= ex_aer_d;
      src_q           <= src_d;
      status_q        <= status_d;
      result_q        <= result_d;
      seg1_bytes_q    <= seg1_bytes_d;
      seg2_bytes_q    <= seg2_bytes_d;
      in_seg2_q       <= in_seg2_d;
      sent_q          <= sent_d;
      gen_dw_q        <= gen_dw_d;
      scan_nsid_q     <= scan_nsid_d;
      scan_count_q    <= scan_count_d;
      list_lie_q      <= list_lie_d;
      pend_next_q     <= pend_next_d;
      pend_held_q     <= pend_held_d;
      pend_nsid_q     <= pend_nsid_d;
      clear_changed_q <= clear_changed_d;
      cq_tail_q       <= cq_tail_d;
      phase_q         <= phase_d;
      wr_waiting_q    <= wr_waiting_d;
      wr_held_q       <= wr_held_d;
      wr_held_count_q <= wr_held_count_d;
    end
  end

  assign idle_o        = ex_q == ExIdle;
  assign executing_o   = ex_q != ExIdle && !ex_aer_q;
  assign ex_slot_o     = ex_slot_q;
  assign frees_slot_o  = !ex_aer_q && ((ex_q == ExDecode && dec_hold) || cqe_posted);
  assign event_ready_o = aer_fire;
  assign abort_apply_o = effects && opcode == nvme_pkg::OpAbort && abort_found_i;

endmodule

`default_nettype wire
