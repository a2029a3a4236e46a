// SPDX-License-Identifier: Apache-2.0
// Admin queue engine: fetches submissions, runs them in concurrent execution slots that finish
// out of order, transfers their data and posts completions with MSI-X vector 0.

module nvme_admin #(
  parameter int unsigned NumSlots       = 32,
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 8,
  localparam int unsigned SlotWidth     = $clog2(NumSlots),
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned AerDepth      = 4    // AERL + 1
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic [47:0]          now_i,

  // Controller state
  input  logic                 run_i,
  input  logic                 reset_i,
  output logic                 idle_o,         // no DMA in flight, nothing executing
  output logic                 quiet_o,        // ... and nothing to start: waits on time or input
  output logic                 fatal_o,
  input  logic [63:12]         asq_i,
  input  logic [63:12]         acq_i,
  input  logic [11:0]          asqs_i,
  input  logic [11:0]          acqs_i,
  input  logic [11:0]          sq_tail_i,
  input  logic [11:0]          cq_head_i,
  input  logic [31:0]          nn_i,
  input  logic [SlotWidth:0]   slots_i,        // execution slots in use, 1..NumSlots

  // Latency model
  output logic                 lat_draw_o,
  output logic [31:0]          lat_nsid_o,
  input  logic [47:0]          lat_cycles_i,

  // Namespace table lookup
  output logic [31:0]          ns_nsid_o,
  input  logic                 ns_active_i,
  input  logic                 ns_zero_cap_i,
  input  logic                 ns_lbaf_i,
  input  logic [47:0]          ns_nsze_i,
  input  logic                 ns_fail_i,      // fault injection: Identify of this NSID fails

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
  input  logic [31:0]          dma_rd_data_i,
  input  logic                 dma_rd_done_i,
  input  logic                 dma_rd_done_err_i,
  output logic                 dma_wr_req_valid_o,
  input  logic                 dma_wr_req_ready_i,
  output logic [63:0]          dma_wr_req_addr_o,
  output logic [12:0]          dma_wr_req_len_o,
  output logic [31:0]          dma_wr_data_o,
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
  logic [47:0]         slot_deadline_q [NumSlots];
  logic [319:0]        slot_cmd_q [NumSlots];   // SQE DWs 0, 1, 6..13; RAM, no reset

  // SQE fields of a stored command
  function automatic logic [31:0] cmd_dw(logic [319:0] cmd, int unsigned sqe_dw);
    // DW0 -> 0, DW1 -> 1, DW6..13 -> 2..9
    int unsigned slot_dw;
    slot_dw = (sqe_dw >= 6) ? sqe_dw - 4 : sqe_dw;
    cmd_dw = cmd[slot_dw*32 +: 32];
  endfunction

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

  always_ff @(posedge clk_i) begin
    if (fetch_q == FetchWait && dma_rd_data_valid_i) fetch_buf_q[dma_rd_data_dw_i[3:0]] <= dma_rd_data_i;
    if (fetch_q == FetchDispatch) begin
      slot_cmd_q[fetch_slot_q] <= {fetch_buf_q[13], fetch_buf_q[12], fetch_buf_q[11], fetch_buf_q[10],
                                   fetch_buf_q[9], fetch_buf_q[8], fetch_buf_q[7], fetch_buf_q[6],
                                   fetch_buf_q[1], fetch_buf_q[0]};
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Executor state
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
  logic [SlotWidth-1:0] rr_q, rr_d;              // round-robin start among ready slots

  // The command under execution
  logic [319:0] cmd;
  logic [7:0]   opcode;
  logic [15:0]  cid;
  logic [31:0]  nsid, cdw10, cdw11, cdw12, cdw13;
  logic [63:0]  prp1, prp2;
  logic [31:0]  cdw0;
  assign cmd    = slot_cmd_q[ex_slot_q];
  assign cdw0   = cmd_dw(cmd, 0);
  assign opcode = cdw0[7:0];
  assign cid    = cdw0[31:16];
  logic unused_cdw0;
  assign unused_cdw0 = ^{cdw0[13:10], dma_rd_data_dw_i[9:4]};   // reserved; fetch is 16 DWs
  assign nsid   = cmd_dw(cmd, 1);
  assign prp1   = {cmd_dw(cmd, 7), cmd_dw(cmd, 6)};
  assign prp2   = {cmd_dw(cmd, 9), cmd_dw(cmd, 8)};
  assign cdw10  = cmd_dw(cmd, 10);
  assign cdw11  = cmd_dw(cmd, 11);
  assign cdw12  = cmd_dw(cmd, 12);
  assign cdw13  = cmd_dw(cmd, 13);

  // Ready slots: latency elapsed, not executing; picked round robin.
  logic [NumSlots-1:0]  slot_ready;
  logic                 ready_found;
  logic [SlotWidth-1:0] ready_slot;
  always_comb begin
    for (int i = 0; i < NumSlots; i++) begin
      slot_ready[i] = slot_busy_q[i] && now_i >= slot_deadline_q[i] &&
                      !(ex_q != ExIdle && !ex_aer_q && ex_slot_q == SlotWidth'(i));
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
      if (slot_busy_q[i] && slot_deadline_q[i] > now_i && slot_deadline_q[i] < wake_at_o) begin
        wake_valid_o = 1'b1;
        wake_at_o    = slot_deadline_q[i];
      end
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Queue and feature state changed by admin commands
  logic [MaxIoQueues:1] cq_valid_q, cq_valid_d;
  logic [MaxIoQueues:1] sq_valid_q, sq_valid_d;
  logic [QidWidth-1:0]  sq_cqid_q [MaxIoQueues+1];
  logic [15:0]          nsqa_q, nsqa_d, ncqa_q, ncqa_d;   // 0-based queues granted
  logic [31:0]          feat_arb_q, feat_arb_d;          // 01h
  logic [31:0]          feat_power_q, feat_power_d;      // 02h
  logic [31:0]          feat_temp_q, feat_temp_d;        // 04h
  logic [31:0]          feat_err_q, feat_err_d;          // 05h
  logic [31:0]          feat_coal_q, feat_coal_d;        // 08h
  logic [31:0]          feat_atomic_q, feat_atomic_d;    // 0Ah
  logic [31:0]          feat_async_q, feat_async_d;      // 0Bh

  localparam logic [15:0] MaxQ0Based  = 16'(MaxIoQueues - 1);
  localparam logic [31:0] TempDefault = 32'h0000_0157;   // 343 K, composite sensor

  // Asynchronous events: outstanding AER CIDs and the namespace-attribute notice
  logic [15:0]     aer_cid_q [AerDepth];
  logic [2:0]      aer_count_q, aer_count_d;
  logic            ns_event_q, ns_event_d;       // a notice waits for an AER
  logic            ns_masked_q, ns_masked_d;     // reported; masked until log 04h is read

  // Changed Namespace List (log 04h)
  logic [31:0]     changed_q [1024];
  logic [10:0]     changed_count_q, changed_count_d;
  logic            changed_overflow_q, changed_overflow_d;

  // ---------------------------------------------------------------------------------------------
  // Decode: status, result, data and effects of the command in ex_slot_q
  nvme_pkg::data_src_e dec_src;
  logic [14:0]         dec_status;
  logic [31:0]         dec_result;
  logic [12:0]         dec_bytes;      // data length
  logic [9:0]          dec_start_dw;   // first DW of the data structure sent
  logic                dec_hold;       // an AER parked until an event: no completion now

  logic [15:0] qid, qsize;
  logic [7:0]  fid, cns, lid;
  logic [31:0] numd;
  logic [63:0] log_offset;
  logic [12:0] log_size;
  assign qid        = cdw10[15:0];
  assign qsize      = cdw10[31:16];
  assign fid        = cdw10[7:0];
  assign cns        = cdw10[7:0];
  assign lid        = cdw10[7:0];
  assign numd       = {cdw11[15:0], cdw10[31:16]};
  assign log_offset = {cdw13, cdw12};

  logic is_set;         // Set Features (else Get Features)
  assign is_set = (opcode == nvme_pkg::OpSetFeatures);

  logic qid_in_range;   // 1..MaxIoQueues
  assign qid_in_range = qid != 16'h0 && qid <= 16'(MaxIoQueues);

  // Some queue uses completion queue `qid`
  logic cq_in_use;
  always_comb begin
    cq_in_use = 1'b0;
    for (int q = 1; q <= MaxIoQueues; q++) begin
      if (sq_valid_q[q] && sq_cqid_q[q] == QidWidth'(qid)) cq_in_use = 1'b1;
    end
  end

  always_comb begin
    dec_src      = nvme_pkg::SrcNone;
    dec_status   = nvme_pkg::StSuccess;
    dec_result   = 32'h0;
    dec_bytes    = 13'd4096;
    dec_start_dw = '0;
    dec_hold     = 1'b0;
    log_size     = 13'd0;

    unique case (opcode)
      nvme_pkg::OpIdentify: begin
        unique case (cns)
          nvme_pkg::CnsNamespace: begin
            // NSID 0, beyond NN, or broadcast (no namespace management): invalid.
            if (nsid == 32'h0 || nsid > nn_i) dec_status = nvme_pkg::StInvalidNamespace;
            else if (ns_fail_i) dec_status = nvme_pkg::StInternalError;
            else dec_src = nvme_pkg::SrcIdNamespace;
          end
          nvme_pkg::CnsController: dec_src = nvme_pkg::SrcIdController;
          nvme_pkg::CnsActiveList: begin
            if (nsid >= 32'hffff_fffe) dec_status = nvme_pkg::StInvalidNamespace;
            else dec_src = nvme_pkg::SrcActiveList;
          end
          nvme_pkg::CnsDescriptors: begin
            if (nsid == 32'h0 || nsid > nn_i || !ns_active_i) begin
              dec_status = nvme_pkg::StInvalidNamespace;
            end else if (ns_fail_i) begin
              dec_status = nvme_pkg::StInternalError;
            end else begin
              dec_src = nvme_pkg::SrcIdDescriptors;
            end
          end
          default: dec_status = nvme_pkg::StInvalidField;
        endcase
      end
      nvme_pkg::OpGetLogPage: begin
        unique case (lid)
          nvme_pkg::LogError:     begin dec_src = nvme_pkg::SrcLogError;     log_size = 13'd64;   end
          nvme_pkg::LogSmart:     begin dec_src = nvme_pkg::SrcLogSmart;     log_size = 13'd512;  end
          nvme_pkg::LogChangedNs: begin dec_src = nvme_pkg::SrcLogChangedNs; log_size = 13'd4096; end
          default: dec_status = nvme_pkg::StInvalidLogPage;
        endcase
        dec_bytes    = {numd[10:0], 2'b00} + 13'd4;
        dec_start_dw = log_offset[11:2];
        // At most one page of data, from a DW-aligned offset inside the log.
        if (dec_status == nvme_pkg::StSuccess &&
            (numd >= 32'd1024 || log_offset[1:0] != 2'b00 || log_offset >= {51'h0, log_size})) begin
          dec_status = nvme_pkg::StInvalidField;
          dec_src    = nvme_pkg::SrcNone;
        end
      end
      nvme_pkg::OpSetFeatures, nvme_pkg::OpGetFeatures: begin
        if (is_set && cdw10[31]) begin
          dec_status = nvme_pkg::StFeatureNotSaveable;
        end else begin
          unique case (fid)
            nvme_pkg::FidArbitration: dec_result = feat_arb_q;
            nvme_pkg::FidPowerMgmt: dec_result = feat_power_q;
            nvme_pkg::FidTempThreshold: dec_result = feat_temp_q;
            nvme_pkg::FidErrorRecovery: dec_result = feat_err_q;
            nvme_pkg::FidNumQueues: begin
              if (is_set && (cdw11[15:0] == 16'hffff || cdw11[31:16] == 16'hffff)) begin
                dec_status = nvme_pkg::StInvalidField;
              end else if (is_set && (cq_valid_q != '0 || sq_valid_q != '0)) begin
                dec_status = nvme_pkg::StCmdSequenceError;  // I/O queues exist already
              end else if (is_set) begin
                dec_result = {(cdw11[31:16] > MaxQ0Based) ? MaxQ0Based : cdw11[31:16],
                              (cdw11[15:0] > MaxQ0Based) ? MaxQ0Based : cdw11[15:0]};
              end else begin
                dec_result = {ncqa_q, nsqa_q};
              end
            end
            nvme_pkg::FidIrqCoalescing: dec_result = feat_coal_q;
            nvme_pkg::FidWriteAtomic: dec_result = feat_atomic_q;
            nvme_pkg::FidAsyncConfig: dec_result = feat_async_q;
            default: dec_status = nvme_pkg::StInvalidField;
          endcase
          // Get Features select: 0 current, 1 default, 2 saved (= default), 3 capabilities.
          if (!is_set && dec_status == nvme_pkg::StSuccess) begin
            unique case (cdw10[10:8])
              3'd0: ;
              3'd1, 3'd2: dec_result = (fid == nvme_pkg::FidTempThreshold) ? TempDefault :
                                       (fid == nvme_pkg::FidNumQueues) ? {MaxQ0Based, MaxQ0Based} : 32'h0;
              3'd3: dec_result = 32'h0000_0004;   // changeable, not saveable
              default: dec_status = nvme_pkg::StInvalidField;
            endcase
          end
          if (is_set && dec_status == nvme_pkg::StSuccess && fid != nvme_pkg::FidNumQueues) dec_result = 32'h0;
        end
      end
      nvme_pkg::OpCreateIoCq: begin
        if (!qid_in_range || qid > ncqa_q + 16'h1 || cq_valid_q[QidWidth'(qid)]) begin
          dec_status = nvme_pkg::StInvalidQueueId;
        end else if (qsize == 16'h0 || qsize > 16'd1023) begin
          dec_status = nvme_pkg::StInvalidQueueSize;
        end else if (!cdw11[0]) begin
          dec_status = nvme_pkg::StInvalidField;      // CAP.CQR: queues must be contiguous
        end else if (cdw11[1] && cdw11[31:16] >= 16'(NumMsixVectors)) begin
          dec_status = nvme_pkg::StInvalidVector;
        end else if (prp1[11:0] != 12'h0) begin
          dec_status = nvme_pkg::StPrpOffsetInvalid;
        end
      end
      nvme_pkg::OpCreateIoSq: begin
        if (!qid_in_range || qid > nsqa_q + 16'h1 || sq_valid_q[QidWidth'(qid)]) begin
          dec_status = nvme_pkg::StInvalidQueueId;
        end else if (qsize == 16'h0 || qsize > 16'd1023) begin
          dec_status = nvme_pkg::StInvalidQueueSize;
        end else if (!cdw11[0]) begin
          dec_status = nvme_pkg::StInvalidField;
        end else if (cdw11[31:16] == 16'h0 || cdw11[31:16] > 16'(MaxIoQueues) ||
                     !cq_valid_q[QidWidth'(cdw11[31:16])]) begin
          dec_status = nvme_pkg::StCqInvalid;
        end else if (prp1[11:0] != 12'h0) begin
          dec_status = nvme_pkg::StPrpOffsetInvalid;
        end
      end
      nvme_pkg::OpDeleteIoSq: begin
        if (!qid_in_range || !sq_valid_q[QidWidth'(qid)]) dec_status = nvme_pkg::StInvalidQueueId;
      end
      nvme_pkg::OpDeleteIoCq: begin
        if (!qid_in_range || !cq_valid_q[QidWidth'(qid)]) dec_status = nvme_pkg::StInvalidQueueId;
        else if (cq_in_use) dec_status = nvme_pkg::StInvalidQueueDel;
      end
      nvme_pkg::OpAsyncEvent: begin
        if (aer_count_q == 3'(AerDepth)) dec_status = nvme_pkg::StAerLimitExceeded;
        else dec_hold = 1'b1;
      end
      default: dec_status = nvme_pkg::StInvalidOpcode;
    endcase

    // Fused operations and SGLs are not supported for admin commands.
    if (cdw0[9:8] != 2'b00 || cdw0[15:14] != 2'b00) begin
      dec_status = nvme_pkg::StInvalidField;
      dec_src    = nvme_pkg::SrcNone;
      dec_hold   = 1'b0;
    end

    // Data goes to PRP1 and, past the first page boundary, to PRP2 (page aligned).
    if (dec_src != nvme_pkg::SrcNone) begin
      if (prp1[1:0] != 2'b00 ||
          ({1'b0, prp1[11:0]} + dec_bytes > 13'd4096 && prp2[11:0] != 12'h0)) begin
        dec_status = nvme_pkg::StPrpOffsetInvalid;
        dec_src    = nvme_pkg::SrcNone;
      end
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Executor
  nvme_pkg::data_src_e src_q, src_d;
  logic [14:0]         status_q, status_d;
  logic [31:0]         result_q, result_d;
  logic [12:0]         seg1_bytes_q, seg1_bytes_d;  // to PRP1
  logic [12:0]         seg2_bytes_q, seg2_bytes_d;  // to PRP2, 0 if none
  logic                in_seg2_q, in_seg2_d;
  logic [10:0]         sent_q, sent_d;              // DWs sent in this segment / CQE
  logic [9:0]          gen_dw_q, gen_dw_d;          // index into the data structure
  logic [31:0]         scan_nsid_q, scan_nsid_d;    // active list: next NSID to look at
  logic [10:0]         scan_count_q, scan_count_d;  // active list: NSIDs emitted
  logic                clear_changed_q, clear_changed_d;
  logic [11:0]         cq_tail_q, cq_tail_d;
  logic                phase_q, phase_d;
  logic                ex_fatal;

  logic [11:0] cq_tail_next;
  assign cq_tail_next = (cq_tail_q == acqs_i) ? 12'h0 : cq_tail_q + 12'h1;

  // Asynchronous event ready to report
  logic aer_fire;
  assign aer_fire = aer_count_q != 3'd0 && ns_event_q && !ns_masked_q && feat_async_q[8];

  // Data of the current DW
  logic [31:0] gen_dw, changed_dw, data_dw;
  logic        data_valid;
  logic        scan_emit, scan_pad;
  assign changed_dw = changed_overflow_q ? ((gen_dw_q == 10'd0) ? 32'hffff_ffff : 32'h0) :
                      ({1'b0, gen_dw_q} < changed_count_q) ? changed_q[gen_dw_q] : 32'h0;

  nvme_data_gen u_data_gen (
    .src_i         (src_q),
    .dw_i          (gen_dw_q),
    .nn_i          (nn_i),
    .nsid_i        (nsid),
    .ns_active_i   (ns_active_i),
    .ns_zero_cap_i (ns_zero_cap_i),
    .ns_lbaf_i     (ns_lbaf_i),
    .ns_nsze_i     (ns_nsze_i),
    .changed_dw_i  (changed_dw),
    .dw_o          (gen_dw)
  );

  // The active list scans the table one NSID per cycle; past NN or 1024 entries it is zeros.
  assign scan_pad   = scan_count_q == 11'd1024 || scan_nsid_q > nn_i || scan_nsid_q == 32'h0;
  assign scan_emit  = !scan_pad && ns_active_i;
  assign ns_nsid_o  = (src_q == nvme_pkg::SrcActiveList && ex_q == ExData) ? scan_nsid_q : nsid;
  assign data_valid = (src_q != nvme_pkg::SrcActiveList) || scan_pad || scan_emit;
  assign data_dw    = (src_q != nvme_pkg::SrcActiveList) ? gen_dw : (scan_pad ? 32'h0 : scan_nsid_q);

  // Completion queue entry
  logic [15:0] post_cid;
  logic [31:0] cqe_dw;
  assign post_cid = ex_aer_q ? aer_cid_q[0] : cid;
  always_comb begin
    unique case (sent_q[1:0])
      2'd0: cqe_dw = result_q;
      2'd1: cqe_dw = 32'h0;
      2'd2: cqe_dw = {16'h0, 4'h0, sq_head_q};                 // SQ ID 0, SQ head
      default: cqe_dw = {status_q, phase_q, post_cid};
    endcase
  end

  logic [12:0] seg_bytes;
  assign seg_bytes = in_seg2_q ? seg2_bytes_q : seg1_bytes_q;

  always_comb begin
    dma_wr_req_valid_o  = 1'b0;
    dma_wr_req_addr_o   = in_seg2_q ? prp2 : prp1;
    dma_wr_req_len_o    = seg_bytes;
    dma_wr_data_valid_o = 1'b0;
    dma_wr_data_o       = data_dw;
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
        dma_wr_data_o       = cqe_dw;
      end
      default: ;
    endcase
  end

  logic data_taken;
  assign data_taken = dma_wr_data_valid_o && dma_wr_data_ready_i;

  always_comb begin
    ex_d            = ex_q;
    ex_slot_d       = ex_slot_q;
    ex_aer_d        = ex_aer_q;
    rr_d            = rr_q;
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
    clear_changed_d = clear_changed_q;
    cq_tail_d       = cq_tail_q;
    phase_d         = phase_q;
    ex_fatal        = 1'b0;
    msix_req_o      = 1'b0;

    unique case (ex_q)
      ExIdle: begin
        if (run_i && aer_fire) begin
          ex_aer_d = 1'b1;
          status_d = nvme_pkg::StSuccess;
          result_d = 32'h0004_0002;   // notice: namespace attribute changed, log page 04h
          clear_changed_d = 1'b0;
          ex_d     = ExPostWait;
        end else if (run_i && ready_found) begin
          ex_aer_d  = 1'b0;
          ex_slot_d = ready_slot;
          rr_d      = ready_slot + 1'b1;
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
        in_seg2_d       = 1'b0;
        clear_changed_d = opcode == nvme_pkg::OpGetLogPage && lid == nvme_pkg::LogChangedNs &&
                          !cdw10[15] && dec_src != nvme_pkg::SrcNone;  // RAE clear
        // PRP1 takes the data up to its page boundary, PRP2 the rest.
        if ({1'b0, prp1[11:0]} + dec_bytes > 13'd4096) begin
          seg1_bytes_d = 13'd4096 - {1'b0, prp1[11:0]};
          seg2_bytes_d = dec_bytes - (13'd4096 - {1'b0, prp1[11:0]});
        end else begin
          seg1_bytes_d = dec_bytes;
          seg2_bytes_d = '0;
        end
        if (dec_hold) ex_d = ExIdle;          // the slot is freed; the AER waits in aer_cid_q
        else if (dec_src != nvme_pkg::SrcNone) ex_d = ExDataReq;
        else ex_d = ExPostWait;
      end
      ExDataReq: if (dma_wr_req_ready_i) ex_d = ExData;
      ExData: begin
        if (src_q == nvme_pkg::SrcActiveList && !scan_pad && (!ns_active_i || data_taken)) begin
          scan_nsid_d = scan_nsid_q + 32'd1;
        end
        if (data_taken) begin
          sent_d   = sent_q + 11'd1;
          gen_dw_d = gen_dw_q + 10'd1;
          if (src_q == nvme_pkg::SrcActiveList && scan_emit) scan_count_d = scan_count_q + 11'd1;
        end
        if (dma_wr_done_i) begin
          ex_fatal = dma_wr_done_err_i;
          sent_d   = '0;
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
        if (data_taken) sent_d = sent_q + 11'd1;
        if (dma_wr_done_i) begin
          ex_fatal   = dma_wr_done_err_i;
          cq_tail_d  = cq_tail_next;
          if (cq_tail_next == 12'h0) phase_d = !phase_q;
          msix_req_o = 1'b1;
          ex_d       = ExIdle;
        end
      end
      default: ex_d = ExIdle;
    endcase

    if (reset_i) begin
      ex_d      = ExIdle;
      cq_tail_d = '0;
      phase_d   = 1'b1;
      rr_d      = '0;
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Slot, queue, feature and event bookkeeping
  logic ex_frees_slot;   // the command in ex_slot_q leaves its slot this cycle
  assign ex_frees_slot = !ex_aer_q && ((ex_q == ExDecode && dec_hold) ||
                                       (ex_q == ExPost && dma_wr_done_i));

  logic effects;         // ExDecode of a command whose checks passed
  assign effects = ex_q == ExDecode && dec_status == nvme_pkg::StSuccess;

  always_comb begin
    slot_busy_d        = slot_busy_q;
    cq_valid_d         = cq_valid_q;
    sq_valid_d         = sq_valid_q;
    nsqa_d             = nsqa_q;
    ncqa_d             = ncqa_q;
    feat_arb_d         = feat_arb_q;
    feat_power_d       = feat_power_q;
    feat_temp_d        = feat_temp_q;
    feat_err_d         = feat_err_q;
    feat_coal_d        = feat_coal_q;
    feat_atomic_d      = feat_atomic_q;
    feat_async_d       = feat_async_q;
    aer_count_d        = aer_count_q;
    ns_event_d         = ns_event_q;
    ns_masked_d        = ns_masked_q;
    changed_count_d    = changed_count_q;
    changed_overflow_d = changed_overflow_q;

    if (fetch_q == FetchDispatch) slot_busy_d[fetch_slot_q] = 1'b1;
    if (ex_frees_slot) slot_busy_d[ex_slot_q] = 1'b0;

    if (effects) begin
      unique case (opcode)
        nvme_pkg::OpCreateIoCq: cq_valid_d[QidWidth'(qid)] = 1'b1;
        nvme_pkg::OpCreateIoSq: sq_valid_d[QidWidth'(qid)] = 1'b1;
        nvme_pkg::OpDeleteIoCq: cq_valid_d[QidWidth'(qid)] = 1'b0;
        nvme_pkg::OpDeleteIoSq: sq_valid_d[QidWidth'(qid)] = 1'b0;
        nvme_pkg::OpAsyncEvent: aer_count_d = aer_count_q + 3'd1;
        nvme_pkg::OpSetFeatures: begin
          unique case (fid)
            nvme_pkg::FidArbitration: feat_arb_d    = cdw11;
            nvme_pkg::FidPowerMgmt: feat_power_d  = cdw11;
            nvme_pkg::FidTempThreshold: feat_temp_d   = cdw11;
            nvme_pkg::FidErrorRecovery: feat_err_d    = cdw11;
            nvme_pkg::FidNumQueues: {ncqa_d, nsqa_d} = dec_result;
            nvme_pkg::FidIrqCoalescing: feat_coal_d   = cdw11;
            nvme_pkg::FidWriteAtomic: feat_atomic_d = cdw11;
            nvme_pkg::FidAsyncConfig: feat_async_d  = cdw11;
            default: ;
          endcase
        end
        default: ;
      endcase
    end

    // An event posted: its AER is consumed and the notice masked until the log is read.
    if (ex_q == ExPost && dma_wr_done_i && ex_aer_q) begin
      aer_count_d = aer_count_d - 3'd1;
      ns_event_d  = 1'b0;
      ns_masked_d = 1'b1;
    end
    if (ex_q == ExPost && dma_wr_done_i && clear_changed_q) begin
      changed_count_d    = '0;
      changed_overflow_d = 1'b0;
      ns_masked_d        = 1'b0;
    end
    if (ns_changed_i) begin
      ns_event_d = 1'b1;
      if (changed_count_q == 11'd1024) changed_overflow_d = 1'b1;
      else changed_count_d = changed_count_q + 11'd1;
    end

    if (reset_i) begin
      slot_busy_d   = '0;
      cq_valid_d    = '0;
      sq_valid_d    = '0;
      nsqa_d        = MaxQ0Based;
      ncqa_d        = MaxQ0Based;
      feat_arb_d    = '0;
      feat_power_d  = '0;
      feat_temp_d   = TempDefault;
      feat_err_d    = '0;
      feat_coal_d   = '0;
      feat_atomic_d = '0;
      feat_async_d  = '0;
      aer_count_d   = '0;
      ns_masked_d   = 1'b0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fetch_q            <= FetchIdle;
      sq_head_q          <= '0;
      fetch_slot_q       <= '0;
      slot_busy_q        <= '0;
      ex_q               <= ExIdle;
      ex_slot_q          <= '0;
      ex_aer_q           <= 1'b0;
      rr_q               <= '0;
      src_q              <= nvme_pkg::SrcNone;
      status_q           <= '0;
      result_q           <= '0;
      seg1_bytes_q       <= '0;
      seg2_bytes_q       <= '0;
      in_seg2_q          <= 1'b0;
      sent_q             <= '0;
      gen_dw_q           <= '0;
      scan_nsid_q        <= '0;
      scan_count_q       <= '0;
      clear_changed_q    <= 1'b0;
      cq_tail_q          <= '0;
      phase_q            <= 1'b1;
      cq_valid_q         <= '0;
      sq_valid_q         <= '0;
      nsqa_q             <= MaxQ0Based;
      ncqa_q             <= MaxQ0Based;
      feat_arb_q         <= '0;
      feat_power_q       <= '0;
      feat_temp_q        <= TempDefault;
      feat_err_q         <= '0;
      feat_coal_q        <= '0;
      feat_atomic_q      <= '0;
      feat_async_q       <= '0;
      aer_count_q        <= '0;
      ns_event_q         <= 1'b0;
      ns_masked_q        <= 1'b0;
      changed_count_q    <= '0;
      changed_overflow_q <= 1'b0;
      for (int i = 0; i < NumSlots; i++) slot_deadline_q[i] <= '0;
    end else begin
      fetch_q            <= fetch_d;
      sq_head_q          <= sq_head_d;
      fetch_slot_q       <= fetch_slot_d;
      slot_busy_q        <= slot_busy_d;
      ex_q               <= ex_d;
      ex_slot_q          <= ex_slot_d;
      ex_aer_q           <= ex_aer_d;
      rr_q               <= rr_d;
      src_q              <= src_d;
      status_q           <= status_d;
      result_q           <= result_d;
      seg1_bytes_q       <= seg1_bytes_d;
      seg2_bytes_q       <= seg2_bytes_d;
      in_seg2_q          <= in_seg2_d;
      sent_q             <= sent_d;
      gen_dw_q           <= gen_dw_d;
      scan_nsid_q        <= scan_nsid_d;
      scan_count_q       <= scan_count_d;
      clear_changed_q    <= clear_changed_d;
      cq_tail_q          <= cq_tail_d;
      phase_q            <= phase_d;
      cq_valid_q         <= cq_valid_d;
      sq_valid_q         <= sq_valid_d;
      nsqa_q             <= nsqa_d;
      ncqa_q             <= ncqa_d;
      feat_arb_q         <= feat_arb_d;
      feat_power_q       <= feat_power_d;
      feat_temp_q        <= feat_temp_d;
      feat_err_q         <= feat_err_d;
      feat_coal_q        <= feat_coal_d;
      feat_atomic_q      <= feat_atomic_d;
      feat_async_q       <= feat_async_d;
      aer_count_q        <= aer_count_d;
      ns_event_q         <= ns_event_d;
      ns_masked_q        <= ns_masked_d;
      changed_count_q    <= changed_count_d;
      changed_overflow_q <= changed_overflow_d;
      if (fetch_q == FetchDispatch) slot_deadline_q[fetch_slot_q] <= now_i + lat_cycles_i;
    end
  end

  // Storage without reset: only read where a valid/count bit says it was written.
  always_ff @(posedge clk_i) begin
    if (effects && opcode == nvme_pkg::OpCreateIoSq) sq_cqid_q[QidWidth'(qid)] <= QidWidth'(cdw11[31:16]);
    if (effects && opcode == nvme_pkg::OpAsyncEvent) aer_cid_q[aer_count_q[1:0]] <= cid;
    if (ex_q == ExPost && dma_wr_done_i && ex_aer_q) begin
      for (int i = 0; i < AerDepth - 1; i++) aer_cid_q[i] <= aer_cid_q[i + 1];
    end
    if (ns_changed_i && changed_count_q != 11'd1024) changed_q[changed_count_q[9:0]] <= ns_changed_nsid_i;
  end

  assign fatal_o = fetch_fatal || ex_fatal;
  assign idle_o  = (fetch_q == FetchIdle) && (ex_q == ExIdle);
  assign quiet_o = idle_o && !(run_i && sq_head_q != sq_tail_i && free_found) &&
                   !(run_i && (aer_fire || ready_found));

  always_comb begin
    busy_slots_o = '0;
    for (int i = 0; i < NumSlots; i++) busy_slots_o = busy_slots_o + (SlotWidth+1)'(slot_busy_q[i]);
  end

  if ((1 << SlotWidth) != NumSlots) begin : gen_bad_slots
    $error("NumSlots must be a power of two");
  end

endmodule
