// SPDX-License-Identifier: Apache-2.0
// DMA write engine: sends a request's data as memory writes split at MPS and 4 KiB boundaries.

`default_nettype none

`include "assert.svh"

module pcie_dma_wr (
  input  logic         clk_i,
  input  logic         rst_ni,

  // One request at a time: DW-aligned address, length in bytes (4..4096, multiple of 4)
  input  logic         req_valid_i,
  output logic         req_ready_o,
  input  logic [63:0]  req_addr_i,
  input  logic [12:0]  req_len_i,
  input  logic [31:0]  data_i,
  input  logic         data_valid_i,
  output logic         data_ready_o,
  output logic         done_o,
  output logic         done_err_o,

  input  logic         bus_master_en_i,
  input  logic [2:0]   max_payload_i,
  input  logic [15:0]  requester_id_i,

  // Memory write to the TX arbiter; the arbiter pulls the payload through mwr_pl_*
  output logic         mwr_valid_o,
  output logic [127:0] mwr_hdr_o,
  output logic [10:0]  mwr_len_dw_o,
  output logic [31:0]  mwr_pl_dw_o,
  output logic         mwr_pl_valid_o,
  input  logic         mwr_pl_ready_i,
  input  logic         mwr_done_i
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
  logic [12:0] left_q, left_d;   // bytes not yet sent or drained
  logic [12:0] chunk_q, chunk_d;
  logic        err_q, err_d;

  logic [12:0] to_boundary, mps_bytes, chunk;
  assign to_boundary = 13'd4096 - {1'b0, addr_q[11:0]};
  assign mps_bytes   = 13'd128 << max_payload_i;
  always_comb begin
    chunk = left_q;
    if (mps_bytes < chunk) chunk = mps_bytes;
    if (to_boundary < chunk) chunk = to_boundary;
  end

  logic len_bad;
  assign len_bad = (req_len_i == 13'd0) || (req_len_i[1:0] != 2'b00) ||
                   (req_len_i > 13'd4096) || (req_addr_i[1:0] != 2'b00);

  assign req_ready_o = (state_q == StIdle);

  always_comb begin
    state_d      = state_q;
    addr_d       = addr_q;
    left_d       = left_q;
    chunk_d      = chunk_q;
    err_d        = err_q;
    data_ready_o = 1'b0;
    done_o       = 1'b0;

    unique case (state_q)
      StIdle: begin
        if (req_valid_i) begin
          addr_d = req_addr_i;
          left_d = req_len_i;
          err_d  = len_bad || !bus_master_en_i;
          // A malformed request carries no data we could count, so it ends at once.
          state_d = len_bad ? StDone : (bus_master_en_i ? StSplit : StDrain);
        end
      end
      StSplit: begin
        if (!bus_master_en_i) begin
          err_d   = 1'b1;
          state_d = StDrain;
        end else begin
          chunk_d = chunk;
          state_d = StSend;
        end
      end
      StSend: begin
        data_ready_o = mwr_pl_ready_i;
        if (mwr_done_i) begin
          addr_d  = addr_q + {51'h0, chunk_q};
          left_d  = left_q - chunk_q;
          state_d = (left_q == chunk_q) ? StDone : StSplit;
        end
      end
      StDrain: begin
        data_ready_o = 1'b1;
        if (data_valid_i) begin
          left_d = left_q - 13'd4;
          if (left_q == 13'd4) state_d = StDone;
        end
      end
      StDone: begin
        done_o  = 1'b1;
        state_d = StIdle;
      end
      default: state_d = StIdle;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
      addr_q  <= '0;
      left_q  <= '0;
      chunk_q <= '0;
      err_q   <= 1'b0;
    end else begin
      state_q <= state_d;
      addr_q  <= addr_d;
      left_q  <= left_d;
      chunk_q <= chunk_d;
      err_q   <= err_d;
    end
  end

  assign done_err_o = err_q;

  assign mwr_valid_o    = (state_q == StSend);
  assign mwr_len_dw_o   = chunk_q[12:2];
  assign mwr_pl_dw_o    = data_i;
  assign mwr_pl_valid_o = data_valid_i;
  assign mwr_hdr_o      = pcie_ep_pkg::mem_req_hdr(1'b1, addr_q, requester_id_i, 8'h00, chunk_q[12:2]);

  // The requester holds a request, and each data DW, until it is taken; a memory write goes out
  // only when Bus Master Enable was set as it was offered.
  `ASSERT_STREAM(ReqHolds, req_valid_i, req_ready_o, {req_addr_i, req_len_i})
  `ASSERT_KNOWN_IF(ReqKnown, {req_addr_i, req_len_i}, req_valid_i)
  `ASSERT_STREAM(DataHolds, data_valid_i, data_ready_o, data_i)
  `ASSERT_KNOWN_IF(DataKnown, data_i, data_valid_i)
  `ASSERT(MwrNeedsBusMaster, $rose(mwr_valid_o) |-> $past(bus_master_en_i))

endmodule

`default_nettype wire
