// SPDX-License-Identifier: Apache-2.0
// DMA read engine: splits requests into tagged memory reads and places completion data in order.

`default_nettype none

`include "assert.svh"

module pcie_dma_rd #(
  parameter int unsigned NumTags    = 32,
  parameter int unsigned NumIds     = 8,
  parameter int unsigned Lanes      = 1,   // DWs per completion data word
  localparam int unsigned TagWidth  = $clog2(NumTags),
  localparam int unsigned IdWidth   = $clog2(NumIds)
) (
  input  logic               clk_i,
  input  logic               rst_ni,

  // Requests: DW-aligned address, length in bytes (4..4096, multiple of 4)
  input  logic               req_valid_i,
  output logic               req_ready_o,
  input  logic [63:0]        req_addr_i,
  input  logic [12:0]        req_len_i,
  input  logic [IdWidth-1:0] req_id_i,

  // Data as it arrives, placed by DW offset inside its request
  output logic               data_valid_o,
  output logic [IdWidth-1:0] data_id_o,
  output logic [9:0]         data_dw_o,
  output logic [Lanes*32-1:0] data_o,         // DWs data_dw_o up
  output logic [$clog2(Lanes+1)-1:0] data_count_o,   // in lanes 0 up
  output logic               done_o,
  output logic [IdWidth-1:0] done_id_o,
  output logic               done_err_o,

  input  logic               bus_master_en_i,
  input  logic [2:0]         max_read_req_i,
  input  logic [15:0]        requester_id_i,
  input  logic [15:0]        timeout_ticks_i,  // units of 1024 cycles, 0 = never
  input  logic [47:0]        time_i,           // platform cycle counter

  // Memory read request to the TX arbiter
  output logic               mrd_valid_o,
  output logic [127:0]       mrd_hdr_o,
  input  logic               mrd_done_i,

  // Completions from the receive side
  input  logic               cpl_start_i,
  input  logic [15:0]        cpl_requester_id_i,
  input  logic [7:0]         cpl_tag_i,
  input  logic [2:0]         cpl_status_i,
  input  logic [12:0]        cpl_byte_count_i,
  input  logic [10:0]        cpl_len_dw_i,
  input  logic               cpl_poisoned_i,
  input  logic               cpl_dw_valid_i,
  input  logic [9:0]         cpl_dw_idx_i,
  input  logic [Lanes*32-1:0] cpl_dw_i,
  input  logic [$clog2(Lanes+1)-1:0] cpl_dw_count_i,
  input  logic               cpl_end_i,
  input  logic               cpl_ok_i,

  output logic               ev_rcvd_ur_o,
  output logic               ev_rcvd_ca_o,
  output logic               ev_cpl_err_o,     // unexpected, inconsistent or timed out

  // Idle skipping: nothing out, or reads out and nothing changes before wake_o unless a
  // completion arrives
  output logic               quiet_o,
  output logic [47:0]        wake_o
);

  // ---------------------------------------------------------------------------------------------
  // State per tag (one memory read TLP) and per request ID
  logic [NumTags-1:0] tag_busy_q, tag_busy_d;
  logic [IdWidth-1:0] tag_id_q    [NumTags];
  logic [9:0]         tag_off_q   [NumTags];   // DW offset of the read inside its request
  logic [12:0]        tag_len_q   [NumTags];   // bytes asked for
  logic [12:0]        tag_left_q  [NumTags];   // bytes still to come
  logic [15:0]        tag_stamp_q [NumTags];   // coarse time of issue

  logic [NumIds-1:0]  id_busy_q, id_busy_d;
  logic [NumIds-1:0]  id_err_q, id_err_d;
  logic [TagWidth:0]  id_pending_q [NumIds];   // tags in flight
  logic [TagWidth:0]  id_pending_d [NumIds];

  // ---------------------------------------------------------------------------------------------
  // Issuer: walks the current request one memory read at a time
  logic               issuing_q, issuing_d;
  logic               present_q, present_d;    // a read is offered to the TX arbiter
  logic [IdWidth-1:0] cur_id_q, cur_id_d;
  logic [63:0]        cur_addr_q, cur_addr_d;
  logic [12:0]        cur_left_q, cur_left_d;
  logic [9:0]         cur_off_q, cur_off_d;
  logic [TagWidth-1:0] pres_tag_q, pres_tag_d;
  logic [12:0]        pres_len_q, pres_len_d;

  logic               free_found;
  logic [TagWidth-1:0] free_tag;
  always_comb begin
    free_found = 1'b0;
    free_tag   = '0;
    for (int t = NumTags - 1; t >= 0; t--) begin
      if (!tag_busy_q[t]) begin
        free_found = 1'b1;
        free_tag   = TagWidth'(t);
      end
    end
  end

  // Largest read from cur_addr: MRRS, and never across a 4 KiB boundary.
  logic [12:0] to_boundary, mrrs_bytes, chunk;
  assign to_boundary = 13'd4096 - {1'b0, cur_addr_q[11:0]};
  assign mrrs_bytes  = 13'd128 << max_read_req_i;
  always_comb begin
    chunk = cur_left_q;
    if (mrrs_bytes < chunk) chunk = mrrs_bytes;
    if (to_boundary < chunk) chunk = to_boundary;
  end

  logic req_bad;
  assign req_bad = (req_len_i == 13'd0) || (req_len_i[1:0] != 2'b00) || (req_len_i > 13'd4096) ||
                   (req_addr_i[1:0] != 2'b00) || !bus_master_en_i;
  assign req_ready_o = !issuing_q;

  logic alloc;   // the offered read left for the host: its tag is now in flight
  assign alloc = present_q && mrd_done_i;

  always_comb begin
    issuing_d  = issuing_q;
    present_d  = present_q;
    cur_id_d   = cur_id_q;
    cur_addr_d = cur_addr_q;
    cur_left_d = cur_left_q;
    cur_off_d  = cur_off_q;
    pres_tag_d = pres_tag_q;
    pres_len_d = pres_len_q;

    if (req_valid_i && req_ready_o) begin
      issuing_d  = !req_bad;
      cur_id_d   = req_id_i;
      cur_addr_d = req_addr_i;
      cur_left_d = req_len_i;
      cur_off_d  = '0;
    end else if (alloc) begin
      present_d  = 1'b0;
      cur_addr_d = cur_addr_q + {51'h0, pres_len_q};
      cur_left_d = cur_left_q - pres_len_q;
      cur_off_d  = cur_off_q + pres_len_q[11:2];
      if (cur_left_q == pres_len_q) issuing_d = 1'b0;
    end else if (issuing_q && !present_q) begin
      if (!bus_master_en_i) begin
        issuing_d = 1'b0;          // Bus Master Enable went away: stop, report the error
      end else if (free_found) begin
        present_d  = 1'b1;
        pres_tag_d = free_tag;
        pres_len_d = chunk;
      end
    end
  end

  assign mrd_valid_o = present_q;
  assign mrd_hdr_o   = pcie_ep_pkg::mem_req_hdr(1'b0, cur_addr_q, requester_id_i, 8'(pres_tag_q),
                                   pres_len_q[12:2]);

  // ---------------------------------------------------------------------------------------------
  // Completion context, fixed when a completion's header arrives
  logic               ctx_active_q, ctx_active_d;  // between cpl_start and cpl_end
  logic               ctx_valid_q, ctx_valid_d;    // it belongs to one of our reads
  logic               ctx_good_q, ctx_good_d;      // its data is what we expect next
  logic [TagWidth-1:0] ctx_tag_q, ctx_tag_d;
  logic [9:0]         ctx_base_q, ctx_base_d;      // request DW offset of its first DW
  logic [12:0]        ctx_bytes_q, ctx_bytes_d;
  logic [2:0]         ctx_status_q, ctx_status_d;

  logic [TagWidth-1:0] start_tag;
  logic                start_valid;
  assign start_tag   = cpl_tag_i[TagWidth-1:0];
  assign start_valid = (cpl_tag_i < 8'(NumTags)) && tag_busy_q[start_tag] &&
                       (cpl_requester_id_i == requester_id_i);

  always_comb begin
    ctx_active_d = ctx_active_q;
    ctx_valid_d  = ctx_valid_q;
    ctx_good_d   = ctx_good_q;
    ctx_tag_d    = ctx_tag_q;
    ctx_base_d   = ctx_base_q;
    ctx_bytes_d  = ctx_bytes_q;
    ctx_status_d = ctx_status_q;
    if (cpl_start_i) begin
      ctx_active_d = 1'b1;
      ctx_valid_d  = start_valid;
      ctx_tag_d    = start_tag;
      ctx_bytes_d  = {cpl_len_dw_i, 2'b00};
      ctx_status_d = cpl_status_i;
      // Completions of one read come in address order, so Byte Count must equal what is left.
      ctx_good_d   = start_valid && (cpl_status_i == pcie_ep_pkg::CplSc) && !cpl_poisoned_i &&
                     (cpl_len_dw_i != 11'd0) && (cpl_byte_count_i == tag_left_q[start_tag]) &&
                     ({cpl_len_dw_i, 2'b00} <= cpl_byte_count_i);
      ctx_base_d   = tag_off_q[start_tag] + 10'((tag_len_q[start_tag] - tag_left_q[start_tag]) >> 2);
    end else if (cpl_end_i) begin
      ctx_active_d = 1'b0;
    end
  end

  assign data_valid_o = cpl_dw_valid_i && ctx_good_q;
  assign data_id_o    = tag_id_q[ctx_tag_q];
  assign data_dw_o    = ctx_base_q + cpl_dw_idx_i;
  assign data_o       = cpl_dw_i;
  assign data_count_o = cpl_dw_count_i;

  // ---------------------------------------------------------------------------------------------
  // Completion timeout: a sweep visits one tag per cycle, the one the cycle counter's low bits
  // name, and compares its issue time with the counter in units of 1024 cycles. Tied to the
  // counter rather than to a register of its own, the sweep is the same whether or not a
  // simulator skipped the cycles before.
  // Signals that follow the counter change on every cycle, busy or idle: left out of traces, so
  // that a run with idle skipping writes the same waveform as one without (as time_i itself).
  /* verilator tracing_off */
  logic [TagWidth-1:0] sweep_tag;
  logic [47:0]         sent_deadline;
  /* verilator tracing_on */
  logic                sweep_hit;
  assign sweep_tag = time_i[TagWidth-1:0];
  assign sweep_hit = !cpl_end_i && tag_busy_q[sweep_tag] && (timeout_ticks_i != 16'd0) &&
                     !(ctx_active_q && ctx_tag_q == sweep_tag) &&
                     ((time_i[25:10] - tag_stamp_q[sweep_tag]) >= timeout_ticks_i);

  // The earliest cycle a tag in flight can time out: the soonest deadline of the reads sent
  // since the engine last had none out (an early bound is enough; a wake finds them waiting),
  // for the timeout they were sent under.
  logic [47:0] wake_q, wake_d;
  logic [15:0] wake_ticks_q, wake_ticks_d;
  assign sent_deadline = (timeout_ticks_i == 16'd0) ? '1 :
                         {time_i[47:10] + 38'(timeout_ticks_i), 10'h0};

  // One tag retires per cycle at most: by its last completion, an error, or the sweep.
  logic                retire;
  logic                retire_err;
  logic [TagWidth-1:0] retire_tag;
  logic                partial;    // a good completion that leaves bytes outstanding
  always_comb begin
    retire       = 1'b0;
    retire_err   = 1'b0;
    retire_tag   = ctx_tag_q;
    partial      = 1'b0;
    ev_rcvd_ur_o = 1'b0;
    ev_rcvd_ca_o = 1'b0;
    ev_cpl_err_o = 1'b0;
    if (cpl_end_i && cpl_ok_i) begin
      if (!ctx_valid_q) begin
        ev_cpl_err_o = 1'b1;
      end else if (ctx_good_q) begin
        partial = (ctx_bytes_q != tag_left_q[ctx_tag_q]);
        retire  = !partial;
      end else begin
        retire       = 1'b1;
        retire_err   = 1'b1;
        ev_rcvd_ur_o = (ctx_status_q == pcie_ep_pkg::CplUr);
        ev_rcvd_ca_o = (ctx_status_q == pcie_ep_pkg::CplCa);
        ev_cpl_err_o = (ctx_status_q != pcie_ep_pkg::CplUr) && (ctx_status_q != pcie_ep_pkg::CplCa);
      end
    end else if (sweep_hit) begin
      retire       = 1'b1;
      retire_err   = 1'b1;
      retire_tag   = sweep_tag;
      ev_cpl_err_o = 1'b1;
    end
  end

  // ---------------------------------------------------------------------------------------------
  // Request bookkeeping and completion notification
  logic               done_found;
  logic [IdWidth-1:0] done_id;
  always_comb begin
    done_found = 1'b0;
    done_id    = '0;
    for (int i = NumIds - 1; i >= 0; i--) begin
      if (id_busy_q[i] && id_pending_q[i] == '0 && !(issuing_q && cur_id_q == IdWidth'(i))) begin
        done_found = 1'b1;
        done_id    = IdWidth'(i);
      end
    end
  end

  always_comb begin
    tag_busy_d = tag_busy_q;
    id_busy_d  = id_busy_q;
    id_err_d   = id_err_q;
    for (int i = 0; i < NumIds; i++) id_pending_d[i] = id_pending_q[i];

    if (done_found) begin
      id_busy_d[done_id] = 1'b0;
    end
    if (req_valid_i && req_ready_o) begin
      id_busy_d[req_id_i] = 1'b1;
      id_err_d[req_id_i]  = req_bad;
    end
    if (issuing_q && !present_q && !bus_master_en_i) id_err_d[cur_id_q] = 1'b1;
    if (alloc) begin
      tag_busy_d[pres_tag_q] = 1'b1;
      id_pending_d[cur_id_q] = id_pending_d[cur_id_q] + 1'b1;
    end
    if (retire) begin
      tag_busy_d[retire_tag] = 1'b0;
      id_pending_d[tag_id_q[retire_tag]] = id_pending_d[tag_id_q[retire_tag]] - 1'b1;
      if (retire_err) id_err_d[tag_id_q[retire_tag]] = 1'b1;
    end
  end

  always_comb begin
    wake_d       = wake_q;
    wake_ticks_d = wake_ticks_q;
    if (alloc) begin
      wake_d       = (tag_busy_q == '0 || sent_deadline < wake_q) ? sent_deadline : wake_q;
      wake_ticks_d = timeout_ticks_i;
    end
  end

  logic idle;   // nothing issued or outstanding
  assign idle       = !issuing_q && tag_busy_q == '0 && id_busy_q == '0;
  // Waiting on the host alone: reads out, none offered, no completion under way, no request
  // to report done, no deadline reached, and the timeout the same as the reads went out with.
  assign quiet_o    = idle || (!issuing_q && !ctx_active_q && !done_found && !cpl_start_i &&
                                 time_i < wake_q && timeout_ticks_i == wake_ticks_q);
  assign wake_o     = idle ? '1 : wake_q;
  assign done_o     = done_found;
  assign done_id_o  = done_id;
  assign done_err_o = id_err_q[done_id];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      issuing_q    <= 1'b0;
      present_q    <= 1'b0;
      cur_id_q     <= '0;
      cur_addr_q   <= '0;
      cur_left_q   <= '0;
      cur_off_q    <= '0;
      pres_tag_q   <= '0;
      pres_len_q   <= '0;
      ctx_active_q <= 1'b0;
      ctx_valid_q  <= 1'b0;
      ctx_good_q   <= 1'b0;
      ctx_tag_q    <= '0;
      ctx_base_q   <= '0;
      ctx_bytes_q  <= '0;
      ctx_status_q <= '0;
      wake_q       <= '1;
      wake_ticks_q <= '0;
      tag_busy_q   <= '0;
      id_busy_q    <= '0;
      id_err_q     <= '0;
      for (int i = 0; i < NumIds; i++) id_pending_q[i] <= '0;
    end else begin
      issuing_q    <= issuing_d;
      present_q    <= present_d;
      cur_id_q     <= cur_id_d;
      cur_addr_q   <= cur_addr_d;
      cur_left_q   <= cur_left_d;
      cur_off_q    <= cur_off_d;
      pres_tag_q   <= pres_tag_d;
      pres_len_q   <= pres_len_d;
      ctx_active_q <= ctx_active_d;
      ctx_valid_q  <= ctx_valid_d;
      ctx_good_q   <= ctx_good_d;
      ctx_tag_q    <= ctx_tag_d;
      ctx_base_q   <= ctx_base_d;
      ctx_bytes_q  <= ctx_bytes_d;
      ctx_status_q <= ctx_status_d;
      wake_q       <= wake_d;
      wake_ticks_q <= wake_ticks_d;
      tag_busy_q   <= tag_busy_d;
      id_busy_q    <= id_busy_d;
      id_err_q     <= id_err_d;
      for (int i = 0; i < NumIds; i++) id_pending_q[i] <= id_pending_d[i];
    end
  end

  // Per-tag bookkeeping (no reset needed: only read while the tag is busy)
  always_ff @(posedge clk_i) begin
    if (alloc) begin
      tag_id_q[pres_tag_q]    <= cur_id_q;
      tag_off_q[pres_tag_q]   <= cur_off_q;
      tag_len_q[pres_tag_q]   <= pres_len_q;
      tag_left_q[pres_tag_q]  <= pres_len_q;
      tag_stamp_q[pres_tag_q] <= time_i[25:10];
    end
    if (partial) tag_left_q[ctx_tag_q] <= tag_left_q[ctx_tag_q] - ctx_bytes_q;
  end

`ifndef SYNTHESIS
  // A request ID stays busy until its done pulse; reusing it earlier is a caller bug.
  always_ff @(posedge clk_i) begin
    if (req_valid_i && req_ready_o && id_busy_q[req_id_i]) begin
      $error("pcie_dma_rd: request ID %0d reused while busy", req_id_i);
    end
  end
`endif

  if (NumTags > 32) begin : gen_bad_tags
    $error("NumTags above 32 needs the Extended Tag Field");
  end

  // The requester holds a request until it is taken; a memory read goes out only when Bus
  // Master Enable was set as it was offered.
  `ASSERT_STREAM(ReqHolds, req_valid_i, req_ready_o, {req_addr_i, req_len_i, req_id_i})
  `ASSERT_KNOWN_IF(ReqKnown, {req_addr_i, req_len_i, req_id_i}, req_valid_i)
  `ASSERT(MrdNeedsBusMaster, $rose(mrd_valid_o) |-> $past(bus_master_en_i))

endmodule

`default_nettype wire
