// SPDX-License-Identifier: Apache-2.0
// DMA write engine: sends a request's data as memory writes split at MPS and 4 KiB boundaries.
// The data arrives in words of up to Lanes DWs; a small queue re-aligns it to each write's start.

`default_nettype none

`include "assert.svh"

module pcie_dma_wr #(
  parameter int unsigned Lanes = 1,   // DWs per data word: 1, 2, 4 or 8
  localparam int unsigned CntWidth = $clog2(Lanes + 1)
) (
  input  logic                 clk_i,
  input  logic                 rst_ni,

  // One request at a time: DW-aligned address, length in bytes (4..4096, multiple of 4). Its
  // data comes in words of data_count_i DWs (1..Lanes) in lanes 0 up.
  input  logic                 req_valid_i,
  output logic                 req_ready_o,
  input  logic [63:0]          req_addr_i,
  input  logic [12:0]          req_len_i,
  input  logic [Lanes*32-1:0]  data_i,
  input  logic [CntWidth-1:0]  data_count_i,
  input  logic                 data_valid_i,
  output logic                 data_ready_o,
  output logic                 done_o,
  output logic                 done_err_o,

  input  logic                 bus_master_en_i,
  input  logic [2:0]           max_payload_i,
  input  logic [15:0]          requester_id_i,

  // Memory write to the TX arbiter. It sees the next payload DWs (mwr_pl_count_o of them, in
  // lanes 0 up) and takes mwr_pl_take_i of them each cycle.
  output logic                 mwr_valid_o,
  output logic                 mwr_more_o,     // another write follows this one at once
  output logic [127:0]         mwr_hdr_o,
  output logic [10:0]          mwr_len_dw_o,
  output logic [Lanes*32-1:0]  mwr_pl_dws_o,
  output logic [CntWidth-1:0]  mwr_pl_count_o,
  input  logic [CntWidth-1:0]  mwr_pl_take_i,
  input  logic                 mwr_done_i
);

  typedef enum logic [2:0] {
    StIdle,
    StSplit,   // size the next memory write
    StSend,
    StDrain,   // no bus mastering: swallow the data, report an error
    StDone
  } state_e;

  state_e      state_q, state_d;
  logic [63:0] addr_q, addr_d;
  logic [12:0] left_q, left_d;   // bytes not yet sent
  logic [10:0] recv_q, recv_d;   // DWs not yet received from the requester
  logic [12:0] chunk_q, chunk_d;
  logic        err_q, err_d;

  // Writes go back to back (the next one sized while the last word of this one goes out) on a
  // datapath wider than one lane; at one lane the original timing, with a cycle to size each
  // write, stays the reference (docs/pcie-endpoint.md).
  localparam bit BackToBack = Lanes > 1;

  // Size of a write at page offset `offset` with `left` bytes to go: up to MPS and the next
  // 4 KiB boundary.
  function automatic logic [12:0] write_size(logic [11:0] offset, logic [12:0] left,
                                             logic [12:0] mps_bytes);
    logic [12:0] to_boundary;
    to_boundary = 13'd4096 - {1'b0, offset};
    write_size  = left;
    if (mps_bytes < write_size) write_size = mps_bytes;
    if (to_boundary < write_size) write_size = to_boundary;
  endfunction

  logic [12:0] mps_bytes, chunk, next_chunk;
  logic [63:0] next_addr;
  logic [12:0] next_left;
  assign mps_bytes  = 13'd128 << max_payload_i;
  assign chunk      = write_size(addr_q[11:0], left_q, mps_bytes);
  assign next_addr  = addr_q + {51'h0, chunk_q};
  assign next_left  = left_q - chunk_q;
  assign next_chunk = write_size(next_addr[11:0], next_left, mps_bytes);
  assign mwr_more_o = BackToBack && state_q == StSend && next_left != 13'd0 && bus_master_en_i;

  logic len_bad;
  assign len_bad = (req_len_i == 13'd0) || (req_len_i[1:0] != 2'b00) ||
                   (req_len_i > 13'd4096) || (req_addr_i[1:0] != 2'b00);

  assign req_ready_o = (state_q == StIdle);

  // ---------------------------------------------------------------------------------------------
  // Payload queue. The arbiter sees the queued DWs followed by the incoming word, and takes from
  // the front. A word is accepted only when what it leaves behind fits: up to Lanes-1 DWs a write
  // leaves of a word that straddles two writes, and as many again while the next write's header
  // goes out. With one lane nothing is kept: the word passes straight through.
  localparam int unsigned QueueDw    = 2 * (Lanes - 1);
  localparam int unsigned QueueSlots = (QueueDw > 0) ? QueueDw : 1;
  localparam int unsigned QcWidth    = $clog2(QueueSlots + Lanes + 1);

  logic [QueueSlots*32-1:0] queue_q, queue_d;
  logic [QcWidth-1:0]       queued_q, queued_d;   // DWs in the queue
  logic [QcWidth-1:0]       in_dws, take, total;
  logic                     queue_fits, flush;
  logic [(QueueSlots+Lanes)*32-1:0] joined;       // queue, then the incoming word

  assign in_dws     = data_valid_i ? QcWidth'(data_count_i) : '0;
  assign take       = QcWidth'(mwr_pl_take_i);
  assign total      = queued_q + in_dws;
  assign queue_fits = QcWidth'(queued_q + QcWidth'(data_count_i) - take) <= QcWidth'(QueueDw);

  always_comb begin
    for (int i = 0; i < QueueSlots + Lanes; i++) begin
      if (i < 32'(queued_q)) joined[i*32 +: 32] = queue_q[i*32 +: 32];
      else if (i - 32'(queued_q) < Lanes) joined[i*32 +: 32] = data_i[(i - 32'(queued_q))*32 +: 32];
      else joined[i*32 +: 32] = 32'h0;
    end
    mwr_pl_dws_o   = joined[Lanes*32-1:0];
    mwr_pl_count_o = (total > QcWidth'(Lanes)) ? CntWidth'(Lanes) : CntWidth'(total);
    // Accepted: whatever the arbiter leaves of queue and word stays. Not accepted: the word is
    // offered again next cycle, and the arbiter took from the queue alone.
    queued_d = (data_valid_i && data_ready_o) ? total - take : queued_q - take;
    for (int i = 0; i < QueueSlots; i++) begin
      queue_d[i*32 +: 32] = (i + 32'(take) < QueueSlots + Lanes) ?
                            joined[(i + 32'(take))*32 +: 32] : 32'h0;
    end
    if (flush) queued_d = '0;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      queue_q  <= '0;
      queued_q <= '0;
    end else begin
      queue_q  <= queue_d;
      queued_q <= queued_d;
    end
  end

  always_comb begin
    state_d      = state_q;
    addr_d       = addr_q;
    left_d       = left_q;
    chunk_d      = chunk_q;
    recv_d       = recv_q;
    err_d        = err_q;
    data_ready_o = 1'b0;
    done_o       = 1'b0;
    flush        = 1'b0;

    unique case (state_q)
      StIdle: begin
        if (req_valid_i) begin
          addr_d = req_addr_i;
          left_d = req_len_i;
          recv_d = req_len_i[12:2];
          err_d  = len_bad || !bus_master_en_i;
          // A malformed request carries no data we could count, so it ends at once.
          state_d = len_bad ? StDone : (bus_master_en_i ? StSplit : StDrain);
        end
      end
      StSplit: begin
        data_ready_o = queue_fits;
        if (!bus_master_en_i) begin
          // What was received already is dropped; the rest is drained.
          err_d   = 1'b1;
          flush   = 1'b1;
          state_d = (recv_q == 11'd0) ? StDone : StDrain;
        end else begin
          chunk_d = chunk;
          state_d = StSend;
        end
      end
      StSend: begin
        data_ready_o = queue_fits;
        if (mwr_done_i) begin
          addr_d  = next_addr;
          left_d  = next_left;
          state_d = (next_left == 13'd0) ? StDone : StSplit;
          if (mwr_more_o) begin
            chunk_d = next_chunk;
            state_d = StSend;
          end
        end
      end
      StDrain: begin
        data_ready_o = 1'b1;
        flush        = 1'b1;   // drained words are dropped, not queued
        if (data_valid_i && recv_q == 11'(data_count_i)) state_d = StDone;
      end
      StDone: begin
        done_o  = 1'b1;
        state_d = StIdle;
      end
      default: state_d = StIdle;
    endcase
    if (data_valid_i && data_ready_o) recv_d = recv_q - 11'(data_count_i);
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
      addr_q  <= '0;
      left_q  <= '0;
      recv_q  <= '0;
      chunk_q <= '0;
      err_q   <= 1'b0;
    end else begin
      state_q <= state_d;
      addr_q  <= addr_d;
      left_q  <= left_d;
      recv_q  <= recv_d;
      chunk_q <= chunk_d;
      err_q   <= err_d;
    end
  end

  assign done_err_o = err_q;

  assign mwr_valid_o    = (state_q == StSend);
  assign mwr_len_dw_o   = chunk_q[12:2];
  assign mwr_hdr_o      = pcie_ep_pkg::mem_req_hdr(1'b1, addr_q, requester_id_i, 8'h00, chunk_q[12:2]);

  // The requester holds a request, and each data DW, until it is taken; a memory write goes out
  // only when Bus Master Enable was set as it was offered.
  `ASSERT_STREAM(ReqHolds, req_valid_i, req_ready_o, {req_addr_i, req_len_i})
  `ASSERT_KNOWN_IF(ReqKnown, {req_addr_i, req_len_i}, req_valid_i)
  `ASSERT_STREAM(DataHolds, data_valid_i, data_ready_o, {data_i, data_count_i})
  `ASSERT_KNOWN_IF(DataKnown, {data_i, data_count_i}, data_valid_i)
  `ASSERT(DataFitsRequest, data_valid_i && data_ready_o |->
                           data_count_i != '0 && 11'(data_count_i) <= recv_q)
  `ASSERT(QueueEmptyBetweenRequests, state_q == StIdle |-> queued_q == '0)
  `ASSERT(MwrNeedsBusMaster, $rose(mwr_valid_o) |-> $past(bus_master_en_i))

endmodule

`default_nettype wire
