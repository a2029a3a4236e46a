// SPDX-License-Identifier: Apache-2.0
// I/O executor: runs one decoded I/O command at a time, in fetch order. Reads stream media words
// into memory writes to the PRP pages; writes gather PRP pages into a staging ring and stream it
// to the media; Write Zeroes, Dataset Management (deallocate) and Flush become media requests.

`default_nettype none

module nvme_io_exec #(
  parameter int unsigned Lanes      = 1,      // DWs per DMA and media word
  localparam int unsigned CntWidth  = $clog2(Lanes + 1),
  localparam int unsigned LaneWidth = (Lanes > 1) ? $clog2(Lanes) : 1
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,
  input  logic                 reset_i,
  input  logic                 run_i,          // low: commands end without running (disable, CFS)
  output logic                 idle_o,         // no command, no DMA in flight
  output logic                 quiet_o,        // waits on inputs alone
  output logic                 fatal_o,        // a memory write failed

  // The command to run (the entry at the executor's pointer)
  input  logic                 start_i,
  input  logic [7:0]           op_i,
  input  logic [14:0]          status_i,       // the decode's verdict
  input  logic [63:0]          addr_i,         // media address (nvme_io_decode)
  input  logic [31:0]          bytes_i,
  input  logic [63:0]          prp1_i,
  input  logic [63:0]          prp2_i,
  input  logic                 prp_list_i,
  input  logic                 flush_after_i,
  input  logic [47:0]          nsze_i,
  input  logic                 lbaf_i,
  input  logic                 deallocate_i,   // Dataset Management: CDW11.AD
  input  logic                 prefetched_i,   // its media read was issued (Read)
  output logic                 done_o,         // the command is over: status and media requests
  output logic [14:0]          done_status_o,
  output logic [8:0]           done_acks_o,    // write-channel requests it made (each is acked)

  // DMA reads (IDs: 2 and 3 data chunks, 4 PRP lists)
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

  // DMA writes
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

  // Media: read data (requests come from the prefetcher), write channel
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
  output logic [Lanes*32-1:0]  media_wr_data_o
);

  localparam logic [2:0] IdChunkA = 3'd2;
  localparam logic [2:0] IdChunkB = 3'd3;
  localparam logic [2:0] IdList   = 3'd4;

  localparam int unsigned WordBytes  = Lanes * 4;
  localparam int unsigned RingDw     = 1024;              // 4 KiB staging ring
  localparam int unsigned RingRows   = RingDw / Lanes;
  localparam int unsigned RowWidth   = $clog2(RingRows);
  localparam int unsigned ChunkBytes = 2048;              // one DMA read of write data
  localparam int unsigned PrpEntries = 64;                // PRP list entries held

  typedef enum logic [3:0] {
    XIdle,
    XListReq,    // read (part of) the PRP list
    XListWait,
    XListNext,   // the list read is complete: check it, follow a chain
    XSeg,        // size the next PRP segment
    XRdReq,      // Read: a memory write of the segment
    XRdData,     // Read: media words into it
    XDrain,      // Read that fails: media words dropped
    XGather,     // Write, Dataset Management: PRP pages into the ring (and Write: to the media)
    XRangeCheck, // Dataset Management: every range inside the namespace
    XRangeZero,  // Dataset Management: a Zero request per range
    XMediaOp,    // one write-channel request without data (Flush, Zero)
    XFinish
  } exec_e;

  exec_e        ex_q, ex_d;
  logic [14:0]  status_q, status_d;
  logic [8:0]   acks_q, acks_d;
  logic [31:0]  left_q, left_d;        // bytes of host data not yet covered by a segment
  logic [31:0]  seg_off_q, seg_off_d;  // command data offset of the current segment
  logic [12:0]  seg_len_q, seg_len_d;
  logic [63:0]  seg_addr_q, seg_addr_d;
  logic [6:0]   seg_idx_q, seg_idx_d;  // 0: PRP1, then PRP2 or list entries
  logic [1:0]   media_op_q, media_op_d;
  logic         then_flush_q, then_flush_d;  // a Flush request follows (FUA, no write cache)

  // ---------------------------------------------------------------------------------------------
  // PRP list: entries read into prp_q, data entries contiguous from 0
  logic [31:0]  prp_q [PrpEntries*2];  // DWs; RAM, no reset
  logic [63:0]  list_ptr_q, list_ptr_d;
  logic [6:0]   list_fill_q, list_fill_d;   // data entries held
  logic [6:0]   list_left_q, list_left_d;   // data entries still to read
  logic         list_bad_q, list_bad_d;     // an entry with a page offset
  logic [9:0]   list_slots;                 // entries between list_ptr and its page end
  logic [6:0]   list_take;                  // entries this read asks for
  logic         list_chain;                 // the last one points to the next list page
  assign list_slots = 10'((13'd4096 - {1'b0, list_ptr_q[11:0]}) >> 3);
  assign list_chain = {3'h0, list_left_q} > list_slots;
  assign list_take  = list_chain ? list_slots[6:0] : list_left_q;

  logic list_data;
  assign list_data = ex_q == XListWait && dma_rd_data_valid_i && dma_rd_data_id_i == IdList;
  always_ff @(posedge clk_i) begin
    if (list_data) begin
      for (int l = 0; l < Lanes; l++) begin
        if (l < 32'(dma_rd_data_count_i)) begin
          prp_q[7'({list_fill_q, 1'b0} + 8'(dma_rd_data_dw_i) + 8'(l))] <= dma_rd_data_i[l*32 +: 32];
        end
      end
    end
  end

  // A list entry's low DW (an even DW of the read) must have a zero page offset.
  logic list_word_bad;
  always_comb begin
    list_word_bad = 1'b0;
    for (int l = 0; l < Lanes; l++) begin
      if (l < 32'(dma_rd_data_count_i) && ((32'(dma_rd_data_dw_i) + l) % 2) == 0 &&
          dma_rd_data_i[l*32 +: 12] != 12'h0) begin
        list_word_bad = 1'b1;
      end
    end
  end

  logic [63:0] list_last;     // the last entry read: the next list page when chaining
  assign list_last = {prp_q[7'({list_fill_q + list_take - 7'd1, 1'b1})],
                      prp_q[7'({list_fill_q + list_take - 7'd1, 1'b0})]};

  // Segment addresses: PRP1 (with its offset), then PRP2, or the list's entries
  logic [63:0] seg_page;
  always_comb begin
    if (seg_idx_q == 7'd0) seg_page = prp1_i;
    else if (!prp_list_i) seg_page = prp2_i;
    else seg_page = {prp_q[7'({seg_idx_q - 7'd1, 1'b1})], prp_q[7'({seg_idx_q - 7'd1, 1'b0})]};
  end
  logic [12:0] seg_room;       // bytes from the segment's address to its page end
  assign seg_room = 13'd4096 - {1'b0, seg_page[11:0]};

  // ---------------------------------------------------------------------------------------------
  // Read: the media word under transfer is split at segment ends; rd_used_q of its DWs went out.
  logic [LaneWidth-1:0] rd_used_q, rd_used_d;
  logic [10:0]          seg_dws_q, seg_dws_d;     // DWs of the segment not yet offered
  logic [CntWidth-1:0]  rd_avail, rd_count;
  logic [Lanes*32-1:0]  rd_shifted;
  assign rd_avail   = CntWidth'(Lanes) - CntWidth'(rd_used_q);
  assign rd_count   = (11'(rd_avail) > seg_dws_q) ? CntWidth'(seg_dws_q) : rd_avail;
  assign rd_shifted = media_rd_data_i >> (32 * rd_used_q);

  logic [31:0] drain_words_q, drain_words_d;

  // ---------------------------------------------------------------------------------------------
  // Write and Dataset Management: host data into a 4 KiB ring at its command data offset (mod
  // 4 KiB), in chunks of at most 2 KiB, two in flight. Chunk reads complete in any order; the
  // media side follows the chunks that are complete from the oldest on.
  logic [31:0] req_end_q, req_end_d;      // data offset requested so far
  logic [31:0] fill_q, fill_d;            // data offset received contiguously
  logic [31:0] sent_q, sent_d;            // data offset sent to the media
  logic        chunk_busy_q [2];          // A, B
  logic        chunk_done_q [2];
  logic [31:0] chunk_base_q [2];          // data offset of the chunk's first byte
  logic [31:0] chunk_end_q  [2];
  logic        chunk_old_q, chunk_old_d;  // which chunk is the older one
  logic        chunk_next_q, chunk_next_d;  // which ID the next chunk uses
  logic        gather_err_q, gather_err_d;  // a chunk read failed
  logic        media_req_sent_q, media_req_sent_d;

  logic [12:0] chunk_len;
  logic [31:0] ring_room;
  logic        chunk_can;
  assign ring_room = 32'(RingDw * 4) - (req_end_q - sent_q);
  always_comb begin
    chunk_len = 13'(ChunkBytes);
    if ({19'h0, chunk_len} > seg_off_q + {19'h0, seg_len_q} - req_end_q) begin
      chunk_len = 13'(seg_off_q + {19'h0, seg_len_q} - req_end_q);
    end
  end
  assign chunk_can = ex_q == XGather && req_end_q < seg_off_q + {19'h0, seg_len_q} &&
                     !chunk_busy_q[chunk_next_q] && ring_room >= {19'h0, chunk_len};

  // Ring banks: DW p of the command data lives in bank p % Lanes, row (p / Lanes) % RingRows.
  logic                 chunk_data;
  logic [31:0]          data_pos;      // command data DW of lane 0 of the arriving word
  assign chunk_data = dma_rd_data_valid_i &&
                      (dma_rd_data_id_i == IdChunkA || dma_rd_data_id_i == IdChunkB);
  assign data_pos   = (chunk_base_q[dma_rd_data_id_i == IdChunkB] >> 2) + 32'(dma_rd_data_dw_i);

  logic [Lanes*32-1:0]  ring_word;     // the row holding data offset sent_q
  logic [Lanes*32-1:0]  bank_dw;       // each bank at the row of DW range_pos
  logic [31:0]          range_pos;     // Dataset Management: the DW being read
  logic [RowWidth-1:0]  send_row;
  assign send_row = RowWidth'(sent_q / WordBytes);

  for (genvar b = 0; b < Lanes; b++) begin : g_bank
    logic [31:0] mem [RingRows];       // RAM, no reset
    logic [31:0] lane;                 // the arriving word's lane for this bank
    logic [31:0] pos;
    assign lane = 32'((b + Lanes - (data_pos % Lanes)) % Lanes);
    assign pos  = data_pos + lane;
    always_ff @(posedge clk_i) begin
      if (chunk_data && lane < 32'(dma_rd_data_count_i)) begin
        mem[RowWidth'(pos / Lanes)] <= dma_rd_data_i[lane*32 +: 32];
      end
    end
    assign ring_word[b*32 +: 32] = mem[send_row];
    assign bank_dw[b*32 +: 32]   = mem[RowWidth'(range_pos / Lanes)];
  end

  logic [31:0] range_dw;
  assign range_dw = bank_dw[(range_pos % Lanes)*32 +: 32];

  // Write: the media takes whole words; a failed chunk read leaves zeros, never stale data.
  logic send_ok;
  assign send_ok = op_i == nvme_pkg::OpWrite && media_req_sent_q && sent_q < bytes_i &&
                   sent_q + WordBytes <= fill_q;
  assign media_wr_data_valid_o = ex_q == XGather && send_ok;
  assign media_wr_data_o       = gather_err_q ? '0 : ring_word;

  // ---------------------------------------------------------------------------------------------
  // Dataset Management ranges: 16 bytes each, {context attributes, length in blocks, start LBA};
  // read one DW per cycle (steps 1..3) from the ring.
  logic [7:0]  range_q, range_d;
  logic [1:0]  range_step_q, range_step_d;
  logic [31:0] range_nlb_q, range_nlb_d;
  logic [31:0] range_slba_lo_q, range_slba_lo_d;
  logic [63:0] range_slba;
  logic [7:0]  range_last;
  logic [3:0]  lbads;
  logic        range_ok;
  assign range_pos  = {22'h0, range_q, 2'b00} + {30'h0, range_step_q};
  assign range_last = 8'(bytes_i[31:4] - 28'd1);
  assign range_slba = {range_dw, range_slba_lo_q};
  assign lbads      = lbaf_i ? 4'd12 : 4'd9;
  logic [64:0] range_end;
  assign range_end = {1'b0, range_slba} + {33'h0, range_nlb_q};
  assign range_ok  = range_end <= {17'h0, nsze_i} &&
                     (range_end << lbads) <= (65'h1 << nvme_pkg::MediaNsShift);
  // Zero requests use the registered range: re-read it (step 3 holds the high SLBA DW).
  logic [63:0] zero_addr;
  logic [47:0] zero_len;
  assign zero_addr = addr_i | (range_slba << lbads);
  assign zero_len  = 48'({16'h0, range_nlb_q} << lbads);

  // ---------------------------------------------------------------------------------------------
  always_comb begin
    ex_d             = ex_q;
    status_d         = status_q;
    acks_d           = acks_q;
    left_d           = left_q;
    seg_off_d        = seg_off_q;
    seg_len_d        = seg_len_q;
    seg_addr_d       = seg_addr_q;
    seg_idx_d        = seg_idx_q;
    media_op_d       = media_op_q;
    then_flush_d     = then_flush_q;
    list_ptr_d       = list_ptr_q;
    list_fill_d      = list_fill_q;
    list_left_d      = list_left_q;
    list_bad_d       = list_bad_q;
    rd_used_d        = rd_used_q;
    seg_dws_d        = seg_dws_q;
    drain_words_d    = drain_words_q;
    req_end_d        = req_end_q;
    fill_d           = fill_q;
    sent_d           = sent_q;
    chunk_old_d      = chunk_old_q;
    chunk_next_d     = chunk_next_q;
    gather_err_d     = gather_err_q;
    media_req_sent_d = media_req_sent_q;
    range_d          = range_q;
    range_step_d     = range_step_q;
    range_nlb_d      = range_nlb_q;
    range_slba_lo_d  = range_slba_lo_q;
    fatal_o          = 1'b0;
    done_o           = 1'b0;

    media_rd_data_ready_o = 1'b0;

    unique case (ex_q)
      XIdle: begin
        if (start_i) begin
          status_d      = status_i;
          acks_d        = '0;
          left_d        = bytes_i;
          seg_off_d     = '0;
          seg_idx_d     = '0;
          rd_used_d     = '0;
          list_ptr_d    = prp2_i;
          list_fill_d   = '0;
          // Entries after PRP1: one per page past PRP1's page
          list_left_d   = 7'((bytes_i - (32'd4096 - {20'h0, prp1_i[11:0]}) + 32'd4095) >> 12);
          list_bad_d    = 1'b0;
          then_flush_d  = flush_after_i;
          drain_words_d = bytes_i / WordBytes;
          if (!run_i || status_i != nvme_pkg::StSuccess) begin
            ex_d = prefetched_i ? XDrain : XFinish;
          end else begin
            unique case (op_i)
              nvme_pkg::OpRead, nvme_pkg::OpWrite, nvme_pkg::OpDsm: begin
                ex_d = (prp_list_i && op_i != nvme_pkg::OpDsm) ? XListReq : XSeg;
              end
              nvme_pkg::OpWriteZeroes: begin
                media_op_d = nvme_pkg::MediaZero;
                ex_d       = XMediaOp;
              end
              default: begin   // Flush
                media_op_d = nvme_pkg::MediaFlush;
                ex_d       = XMediaOp;
              end
            endcase
          end
        end
      end

      XListReq: begin
        if (dma_rd_req_ready_i) ex_d = XListWait;
      end
      XListWait: begin
        if (list_data && list_word_bad) list_bad_d = 1'b1;
        if (dma_rd_done_i && dma_rd_done_id_i == IdList) begin
          if (dma_rd_done_err_i) begin
            status_d = nvme_pkg::StDataTransferError;
            ex_d     = prefetched_i ? XDrain : XFinish;
          end else begin
            ex_d = XListNext;   // its last data may land with the done: look next cycle
          end
        end
      end
      XListNext: begin
        if (list_bad_q) begin
          status_d = nvme_pkg::StPrpOffsetInvalid;
          ex_d     = prefetched_i ? XDrain : XFinish;
        end else if (list_chain) begin
          // The page's last entry is the next list page: data entries continue over it.
          list_ptr_d  = list_last;
          list_fill_d = list_fill_q + list_take - 7'd1;
          list_left_d = list_left_q - (list_take - 7'd1);
          ex_d        = XListReq;
        end else begin
          list_fill_d = list_fill_q + list_take;
          list_left_d = '0;
          ex_d        = XSeg;
        end
      end

      XSeg: begin
        seg_addr_d = seg_page;
        seg_len_d  = ({19'h0, seg_room} < left_q) ? seg_room : 13'(left_q);
        seg_dws_d  = 11'((({19'h0, seg_room} < left_q) ? {19'h0, seg_room} : left_q) >> 2);
        req_end_d  = seg_off_q;
        if (op_i == nvme_pkg::OpRead) begin
          ex_d = XRdReq;
        end else begin
          if (seg_idx_q == 7'd0) begin
            fill_d           = '0;
            sent_d           = '0;
            gather_err_d     = 1'b0;
            chunk_old_d      = 1'b0;
            chunk_next_d     = 1'b0;
            media_req_sent_d = op_i != nvme_pkg::OpWrite;
          end
          ex_d = XGather;
        end
      end

      XRdReq: begin
        if (dma_wr_req_valid_o && dma_wr_req_ready_i) ex_d = XRdData;
      end
      XRdData: begin
        if (dma_wr_data_valid_o && dma_wr_data_ready_i) begin
          seg_dws_d = seg_dws_q - 11'(rd_count);
          if (rd_count == rd_avail) begin
            media_rd_data_ready_o = 1'b1;
            rd_used_d = '0;
          end else begin
            rd_used_d = LaneWidth'(rd_used_q + LaneWidth'(rd_count));
          end
        end
        if (dma_wr_done_i) begin
          if (dma_wr_done_err_i) fatal_o = 1'b1;
          left_d    = left_q - {19'h0, seg_len_q};
          seg_off_d = seg_off_q + {19'h0, seg_len_q};
          seg_idx_d = seg_idx_q + 7'd1;
          ex_d      = (left_q == {19'h0, seg_len_q}) ? XFinish : XSeg;
        end
      end
      XDrain: begin
        media_rd_data_ready_o = drain_words_q != 32'h0;
        if (media_rd_data_valid_i && drain_words_q != 32'h0) drain_words_d = drain_words_q - 32'd1;
        if (drain_words_q == 32'h0) ex_d = XFinish;
      end

      XGather: begin
        // The Write's media request goes first; its data follows as the ring fills.
        if (!media_req_sent_q) begin
          if (media_wr_req_ready_i) begin
            media_req_sent_d = 1'b1;
            acks_d           = acks_q + 9'd1;
          end
        end
        if (chunk_can) begin
          if (dma_rd_req_ready_i) begin
            req_end_d    = req_end_q + {19'h0, chunk_len};
            chunk_next_d = !chunk_next_q;
          end
        end
        if (dma_rd_done_i && (dma_rd_done_id_i == IdChunkA || dma_rd_done_id_i == IdChunkB) &&
            dma_rd_done_err_i) begin
          gather_err_d = 1'b1;
        end
        // The older chunk complete: its data counts as received.
        if (chunk_busy_q[chunk_old_q] && chunk_done_q[chunk_old_q]) begin
          fill_d      = chunk_end_q[chunk_old_q];
          chunk_old_d = !chunk_old_q;
        end
        if (media_wr_data_valid_o && media_wr_data_ready_i) sent_d = sent_q + WordBytes;
        // Segment fully requested and received: next segment, or the media side's end.
        if (req_end_q == seg_off_q + {19'h0, seg_len_q} && fill_q == req_end_q &&
            !chunk_busy_q[0] && !chunk_busy_q[1]) begin
          if (left_q != {19'h0, seg_len_q}) begin
            left_d    = left_q - {19'h0, seg_len_q};
            seg_off_d = seg_off_q + {19'h0, seg_len_q};
            seg_idx_d = seg_idx_q + 7'd1;
            ex_d      = XSeg;
          end else if (op_i == nvme_pkg::OpDsm) begin
            range_d      = '0;
            range_step_d = 2'd1;
            if (gather_err_q) begin
              status_d = nvme_pkg::StDataTransferError;
              ex_d     = XFinish;
            end else begin
              ex_d = XRangeCheck;
            end
          end else if (sent_q == bytes_i) begin
            if (gather_err_q) status_d = nvme_pkg::StDataTransferError;
            if (then_flush_q) begin
              media_op_d = nvme_pkg::MediaFlush;
              ex_d       = XMediaOp;
            end else begin
              ex_d = XFinish;
            end
          end
        end
      end

      XRangeCheck, XRangeZero: begin
        // Both walk the ranges: steps 1 and 2 read the length and the low SLBA DW; step 3 (the
        // high DW is read in place) checks the range, or sends its Zero request.
        unique case (range_step_q)
          2'd1: begin
            range_nlb_d  = range_dw;
            range_step_d = 2'd2;
          end
          2'd2: begin
            range_slba_lo_d = range_dw;
            range_step_d    = 2'd3;
          end
          default: begin
            if (ex_q == XRangeCheck) begin
              if (!range_ok) begin
                status_d = nvme_pkg::StLbaOutOfRange;
                ex_d     = XFinish;
              end else if (range_q != range_last) begin
                range_d      = range_q + 8'd1;
                range_step_d = 2'd1;
              end else if (deallocate_i) begin
                range_d      = '0;
                range_step_d = 2'd1;
                ex_d         = XRangeZero;
              end else begin
                ex_d = XFinish;   // other attributes are hints
              end
            end else if (range_nlb_q == 32'h0 || media_wr_req_ready_i) begin
              // A range of no blocks sends nothing.
              if (range_nlb_q != 32'h0) acks_d = acks_q + 9'd1;
              if (range_q != range_last) begin
                range_d      = range_q + 8'd1;
                range_step_d = 2'd1;
              end else begin
                ex_d = XFinish;
              end
            end
          end
        endcase
      end

      XMediaOp: begin
        if (media_wr_req_ready_i) begin
          acks_d = acks_q + 9'd1;
          // Write Zeroes with FUA, or no write cache: a Flush follows.
          if (then_flush_q && media_op_q != nvme_pkg::MediaFlush) begin
            media_op_d   = nvme_pkg::MediaFlush;
            then_flush_d = 1'b0;
          end else begin
            ex_d = XFinish;
          end
        end
      end

      XFinish: begin
        done_o = 1'b1;
        ex_d   = XIdle;
      end

      default: ex_d = XIdle;
    endcase

    if (reset_i) ex_d = XIdle;
  end

  assign done_status_o = status_q;
  assign done_acks_o   = acks_q;

  // Requests, outside the state machine's block: the readies it reads may depend on them.
  always_comb begin
    dma_rd_req_valid_o   = ex_q == XListReq || chunk_can;
    dma_rd_req_addr_o    = list_ptr_q;
    dma_rd_req_len_o     = 13'({list_take, 3'b000});
    dma_rd_req_id_o      = IdList;
    if (ex_q == XGather) begin
      dma_rd_req_addr_o = seg_addr_q + {32'h0, req_end_q - seg_off_q};
      dma_rd_req_len_o  = chunk_len;
      dma_rd_req_id_o   = chunk_next_q ? IdChunkB : IdChunkA;
    end
    // A Read's memory write waits for its first media word: asked for earlier, it would hold
    // the upstream link (fetches, completions, interrupts) for the whole media latency.
    dma_wr_req_valid_o   = ex_q == XRdReq && media_rd_data_valid_i;
    media_wr_req_valid_o = 1'b0;
    media_wr_req_op_o    = media_op_q;
    media_wr_req_addr_o  = addr_i;
    media_wr_req_len_o   = 48'(bytes_i);
    unique case (ex_q)
      XGather: begin
        media_wr_req_valid_o = !media_req_sent_q;
        media_wr_req_op_o    = nvme_pkg::MediaWrite;
      end
      XRangeZero: begin
        media_wr_req_valid_o = range_step_q == 2'd3 && range_nlb_q != 32'h0;
        media_wr_req_op_o    = nvme_pkg::MediaZero;
        media_wr_req_addr_o  = zero_addr;
        media_wr_req_len_o   = zero_len;
      end
      XMediaOp: media_wr_req_valid_o = 1'b1;
      default: ;
    endcase
  end

  // Read segments: the memory write of the current segment. The valid is kept out of the
  // state machine's block, which reads the write engine's ready (itself a function of it).
  assign dma_wr_data_valid_o = ex_q == XRdData && media_rd_data_valid_i && seg_dws_q != 11'h0;
  assign dma_wr_req_addr_o   = seg_addr_q;
  assign dma_wr_req_len_o    = seg_len_q;
  assign dma_wr_data_o       = rd_shifted;
  assign dma_wr_data_count_o = rd_count;

  // Chunk bookkeeping: a chunk is busy from its request until the older-first walk retires it.
  logic chunk_issue;
  assign chunk_issue = chunk_can && dma_rd_req_ready_i;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      for (int c = 0; c < 2; c++) begin
        chunk_busy_q[c] <= 1'b0;
        chunk_done_q[c] <= 1'b0;
        chunk_base_q[c] <= '0;
        chunk_end_q[c]  <= '0;
      end
    end else begin
      if (chunk_issue) begin
        chunk_busy_q[chunk_next_q] <= 1'b1;
        chunk_done_q[chunk_next_q] <= 1'b0;
        chunk_base_q[chunk_next_q] <= req_end_q;
        chunk_end_q[chunk_next_q]  <= req_end_q + {19'h0, chunk_len};
      end
      if (dma_rd_done_i && dma_rd_done_id_i == IdChunkA) chunk_done_q[0] <= 1'b1;
      if (dma_rd_done_i && dma_rd_done_id_i == IdChunkB) chunk_done_q[1] <= 1'b1;
      if (ex_q == XGather && chunk_busy_q[chunk_old_q] && chunk_done_q[chunk_old_q]) begin
        chunk_busy_q[chunk_old_q] <= 1'b0;
      end
      if (reset_i) begin
        chunk_busy_q[0] <= 1'b0;
        chunk_busy_q[1] <= 1'b0;
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ex_q             <= XIdle;
      status_q         <= '0;
      acks_q           <= '0;
      left_q           <= '0;
      seg_off_q        <= '0;
      seg_len_q        <= '0;
      seg_addr_q       <= '0;
      seg_idx_q        <= '0;
      media_op_q       <= nvme_pkg::MediaWrite;
      then_flush_q     <= 1'b0;
      list_ptr_q       <= '0;
      list_fill_q      <= '0;
      list_left_q      <= '0;
      list_bad_q       <= 1'b0;
      rd_used_q        <= '0;
      seg_dws_q        <= '0;
      drain_words_q    <= '0;
      req_end_q        <= '0;
      fill_q           <= '0;
      sent_q           <= '0;
      chunk_old_q      <= 1'b0;
      chunk_next_q     <= 1'b0;
      gather_err_q     <= 1'b0;
      media_req_sent_q <= 1'b0;
      range_q          <= '0;
      range_step_q     <= '0;
      range_nlb_q      <= '0;
      range_slba_lo_q  <= '0;
    end else begin
      ex_q             <= ex_d;
      status_q         <= status_d;
      acks_q           <= acks_d;
      left_q           <= left_d;
      seg_off_q        <= seg_off_d;
      seg_len_q        <= seg_len_d;
      seg_addr_q       <= seg_addr_d;
      seg_idx_q        <= seg_idx_d;
      media_op_q       <= media_op_d;
      then_flush_q     <= then_flush_d;
      list_ptr_q       <= list_ptr_d;
      list_fill_q      <= list_fill_d;
      list_left_q      <= list_left_d;
      list_bad_q       <= list_bad_d;
      rd_used_q        <= rd_used_d;
      seg_dws_q        <= seg_dws_d;
      drain_words_q    <= drain_words_d;
      req_end_q        <= req_end_d;
      fill_q           <= fill_d;
      sent_q           <= sent_d;
      chunk_old_q      <= chunk_old_d;
      chunk_next_q     <= chunk_next_d;
      gather_err_q     <= gather_err_d;
      media_req_sent_q <= media_req_sent_d;
      range_q          <= range_d;
      range_step_q     <= range_step_d;
      range_nlb_q      <= range_nlb_d;
      range_slba_lo_q  <= range_slba_lo_d;
    end
  end

  // Quiet: every way forward waits on an input (DMA data or done, media data or readiness).
  logic gather_quiet;
  assign gather_quiet = !chunk_can && !send_ok &&
                        !(chunk_busy_q[chunk_old_q] && chunk_done_q[chunk_old_q]) &&
                        !(req_end_q == seg_off_q + {19'h0, seg_len_q} && fill_q == req_end_q &&
                          !chunk_busy_q[0] && !chunk_busy_q[1]) &&
                        media_req_sent_q;
  always_comb begin
    unique case (ex_q)
      XIdle:     quiet_o = !start_i;
      XListWait: quiet_o = 1'b1;
      XRdReq:    quiet_o = !media_rd_data_valid_i;
      XRdData:   quiet_o = !media_rd_data_valid_i || seg_dws_q == 11'h0;
      XDrain:    quiet_o = !media_rd_data_valid_i && drain_words_q != 32'h0;
      XGather:   quiet_o = gather_quiet;
      default:   quiet_o = 1'b0;
    endcase
  end
  assign idle_o = ex_q == XIdle;

endmodule

`default_nettype wire
