// SPDX-License-Identifier: Apache-2.0
// MSI-X table, pending bit array and message sender.

`default_nettype none

`include "assert.svh"

module pcie_msix #(
  parameter int unsigned NumVectors = 8,
  localparam int unsigned VecWidth  = $clog2(NumVectors)
) (
  input  logic                clk_i,
  input  logic                rst_ni,

  // BAR0 access to the table (window 2000h) and PBA (window 3000h), DW index in the window
  input  logic                pba_sel_i,
  input  logic [9:0]          acc_dw_i,
  output logic [31:0]         acc_rdata_o,
  input  logic                acc_we_i,
  input  logic [31:0]         acc_wdata_i,
  input  logic [3:0]          acc_be_i,

  // Capability state
  input  logic                msix_enable_i,
  input  logic                func_mask_i,
  input  logic                bus_master_en_i,

  // Interrupt requests
  input  logic                req_i,
  input  logic [VecWidth-1:0] vector_i,

  // Message to the TX arbiter: a memory write of data_o to addr_o
  output logic                msg_valid_o,
  output logic [63:0]         msg_addr_o,
  output logic [31:0]         msg_data_o,
  input  logic                msg_done_i,

  output logic                busy_o        // sending, or about to send a pending vector
);

  // Table entry DWs: 0 address low, 1 address high, 2 data, 3 vector control (bit 0 = mask).
  logic [31:0] addr_lo_q [NumVectors];
  logic [31:0] addr_hi_q [NumVectors];
  logic [31:0] data_q    [NumVectors];
  logic        mask_q    [NumVectors];
  logic [NumVectors-1:0] pending_q, pending_d;

  logic [VecWidth-1:0] entry;   // vector addressed by acc_dw_i
  logic                entry_valid;
  assign entry       = acc_dw_i[VecWidth+1:2];
  assign entry_valid = !pba_sel_i && (acc_dw_i[9:2] < 8'(NumVectors));

  // Table writes; the reset state masks every vector as the specification requires.
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      for (int v = 0; v < NumVectors; v++) begin
        addr_lo_q[v] <= '0;
        addr_hi_q[v] <= '0;
        data_q[v]    <= '0;
        mask_q[v]    <= 1'b1;
      end
    end else if (acc_we_i && entry_valid) begin
      unique case (acc_dw_i[1:0])
        2'd0: addr_lo_q[entry] <= pcie_ep_pkg::merge_bytes(addr_lo_q[entry], acc_wdata_i, acc_be_i) & 32'hffff_fffc;
        2'd1: addr_hi_q[entry] <= pcie_ep_pkg::merge_bytes(addr_hi_q[entry], acc_wdata_i, acc_be_i);
        2'd2: data_q[entry]    <= pcie_ep_pkg::merge_bytes(data_q[entry], acc_wdata_i, acc_be_i);
        2'd3: if (acc_be_i[0]) mask_q[entry] <= acc_wdata_i[0];
        default: ;
      endcase
    end
  end

  // PBA as 32-bit words: word w holds vectors 32w..32w+31.
  localparam int unsigned PbaWords = (NumVectors + 31) / 32;
  logic [PbaWords*32-1:0] pba_bits;
  assign pba_bits = {{(PbaWords*32 - NumVectors){1'b0}}, pending_q};

  always_comb begin
    acc_rdata_o = '0;
    if (pba_sel_i) begin
      for (int w = 0; w < PbaWords; w++) begin
        if (acc_dw_i == 10'(w)) acc_rdata_o = pba_bits[w*32 +: 32];
      end
    end else if (entry_valid) begin
      unique case (acc_dw_i[1:0])
        2'd0: acc_rdata_o = addr_lo_q[entry];
        2'd1: acc_rdata_o = addr_hi_q[entry];
        2'd2: acc_rdata_o = data_q[entry];
        2'd3: acc_rdata_o = {31'h0, mask_q[entry]};
        default: ;
      endcase
    end
  end

  // Sender: picks the lowest deliverable pending vector and holds its message until sent.
  logic                sending_q, sending_d;
  logic [VecWidth-1:0] sel_q, sel_d;
  logic [63:0]         msg_addr_q, msg_addr_d;
  logic [31:0]         msg_data_q, msg_data_d;

  logic                found;
  logic [VecWidth-1:0] found_vec;
  always_comb begin
    found     = 1'b0;
    found_vec = '0;
    for (int v = NumVectors - 1; v >= 0; v--) begin
      if (pending_q[v] && !mask_q[v]) begin
        found     = 1'b1;
        found_vec = VecWidth'(v);
      end
    end
  end

  logic deliverable;
  assign deliverable = msix_enable_i && !func_mask_i && bus_master_en_i;

  always_comb begin
    sending_d  = sending_q;
    sel_d      = sel_q;
    msg_addr_d = msg_addr_q;
    msg_data_d = msg_data_q;
    pending_d  = pending_q;

    if (sending_q && msg_done_i) begin
      sending_d          = 1'b0;
      pending_d[sel_q]   = 1'b0;
    end else if (!sending_q && found && deliverable) begin
      sending_d  = 1'b1;
      sel_d      = found_vec;
      msg_addr_d = {addr_hi_q[found_vec], addr_lo_q[found_vec]};
      msg_data_d = data_q[found_vec];
    end
    // A request while MSI-X is disabled has nowhere to go (no INTx) and is dropped.
    if (req_i && msix_enable_i) pending_d[vector_i] = 1'b1;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      sending_q  <= 1'b0;
      sel_q      <= '0;
      msg_addr_q <= '0;
      msg_data_q <= '0;
      pending_q  <= '0;
    end else begin
      sending_q  <= sending_d;
      sel_q      <= sel_d;
      msg_addr_q <= msg_addr_d;
      msg_data_q <= msg_data_d;
      pending_q  <= pending_d;
    end
  end

  assign msg_valid_o = sending_q;
  assign busy_o      = sending_q || (found && deliverable);
  assign msg_addr_o  = msg_addr_q;
  assign msg_data_o  = msg_data_q;

  // A message starts only for a pending, unmasked vector, with MSI-X enabled, the function mask
  // clear and Bus Master Enable set.
`ifndef SYNTHESIS
  // Indexing an unpacked array inside a property trips Verilator 5.006: name the bit first.
  logic picked_masked;
  assign picked_masked = mask_q[sel_d];
`endif
  `ASSERT(MsgOnlyWhenUnmasked, !sending_q && sending_d |->
                               pending_q[sel_d] && !picked_masked && msix_enable_i &&
                               !func_mask_i && bus_master_en_i)

endmodule

`default_nettype wire
