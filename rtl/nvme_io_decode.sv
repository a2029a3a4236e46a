// SPDX-License-Identifier: Apache-2.0
// I/O command decode (combinational): the checks the NVM command set prescribes for one
// submission queue entry, and where its data lies on the media.

`default_nettype none

module nvme_io_decode #(
  parameter int unsigned MaxTransferBytes = 131072   // MDTS: 2^5 pages of 4 KiB
) (
  // The command
  input  logic [7:0]  opcode_i,
  input  logic [1:0]  fuse_i,        // CDW0 bits 9:8
  input  logic [1:0]  psdt_i,        // CDW0 bits 15:14
  input  logic [31:0] nsid_i,
  input  logic [63:0] prp1_i,
  input  logic [63:0] prp2_i,
  input  logic [31:0] cdw10_i,
  input  logic [31:0] cdw11_i,
  input  logic [31:0] cdw12_i,

  // The namespace table's entry for nsid_i, and the controller's settings
  input  logic [31:0] nn_i,
  input  logic        ns_active_i,
  input  logic        ns_lbaf_i,     // 0: 512-byte blocks, 1: 4 KiB
  input  logic [47:0] ns_nsze_i,
  input  logic        write_cache_i, // Volatile Write Cache enabled (Set Features 06h)

  output logic [14:0] status_o,      // StSuccess, or why the command fails without running
  output logic [63:0] media_addr_o,  // the first byte (Read, Write, Write Zeroes), or the
                                     // namespace's window (Dataset Management)
  output logic [31:0] bytes_o,       // media bytes (Read, Write, Write Zeroes), or the range
                                     // list's bytes (Dataset Management)
  output logic        prp_list_o,    // PRP2 points to a PRP list
  output logic        flush_after_o  // a Write that must be durable before it completes
);

  localparam logic [63:0] ByteWindow = 64'h1 << nvme_pkg::MediaNsShift;

  logic [63:0] slba;
  logic [16:0] nlb;           // Read, Write, Write Zeroes: blocks, 1-based
  logic [3:0]  lbads;
  logic [31:0] data_bytes;    // host memory the command moves
  assign slba  = {cdw11_i, cdw10_i};
  assign nlb   = {1'b0, cdw12_i[15:0]} + 17'd1;
  assign lbads = ns_lbaf_i ? 4'd12 : 4'd9;

  logic is_rw, is_flush, known;
  assign is_rw    = opcode_i == nvme_pkg::OpRead || opcode_i == nvme_pkg::OpWrite;
  assign is_flush = opcode_i == nvme_pkg::OpFlush;
  assign known    = is_rw || is_flush || opcode_i == nvme_pkg::OpWriteZeroes ||
                    opcode_i == nvme_pkg::OpDsm;

  logic nsid_in_range;   // 1..NN
  assign nsid_in_range = nsid_i != 32'h0 && nsid_i <= nn_i;

  // The blocks must lie inside the namespace, and inside its media window (2^51 bytes: only a
  // namespace larger than that has blocks the media cannot hold).
  logic [64:0] end_lba;
  logic        in_range;
  assign end_lba  = {1'b0, slba} + {48'h0, nlb};
  assign in_range = end_lba <= {17'h0, ns_nsze_i} && (end_lba << lbads) <= {1'b0, ByteWindow};

  // Dataset Management moves its range list (16 bytes a range, NR 0-based); the others move
  // their blocks.
  always_comb begin
    if (opcode_i == nvme_pkg::OpDsm) data_bytes = {19'h0, {1'b0, cdw10_i[7:0]} + 9'd1, 4'h0};
    else if (is_flush) data_bytes = 32'h0;
    else data_bytes = {15'h0, nlb} << lbads;
  end

  // PRP1 takes the data up to its page boundary; PRP2 is the second page, or a list of pages.
  logic        moves_data;
  logic [31:0] first_bytes, rest_bytes;
  assign moves_data  = is_rw || opcode_i == nvme_pkg::OpDsm;
  assign first_bytes = 32'd4096 - {20'h0, prp1_i[11:0]};
  assign rest_bytes  = (data_bytes > first_bytes) ? data_bytes - first_bytes : 32'h0;
  assign prp_list_o  = rest_bytes > 32'd4096;

  logic prp_bad;
  assign prp_bad = prp1_i[1:0] != 2'b00 ||
                   (rest_bytes != 32'h0 && !prp_list_o && prp2_i[11:0] != 12'h0) ||
                   (prp_list_o && prp2_i[2:0] != 3'b000);

  always_comb begin
    status_o = nvme_pkg::StSuccess;
    if (!known) begin
      status_o = nvme_pkg::StInvalidOpcode;
    end else if (fuse_i != 2'b00 || psdt_i != 2'b00) begin
      status_o = nvme_pkg::StInvalidField;      // no fused commands, no SGLs
    end else if (is_flush ? !(nsid_in_range || nsid_i == 32'hffff_ffff) : !nsid_in_range) begin
      status_o = nvme_pkg::StInvalidNamespace;   // not a valid NSID at all
    end else if (nsid_i != 32'hffff_ffff && !ns_active_i) begin
      status_o = nvme_pkg::StInvalidField;       // valid but inactive, as the base spec has it
    end else if (is_rw && data_bytes > 32'(MaxTransferBytes)) begin
      status_o = nvme_pkg::StInvalidField;      // over MDTS
    end else if ((is_rw || opcode_i == nvme_pkg::OpWriteZeroes) && !in_range) begin
      status_o = nvme_pkg::StLbaOutOfRange;
    end else if (moves_data && prp_bad) begin
      status_o = nvme_pkg::StPrpOffsetInvalid;
    end
  end

  // A Flush names no blocks (its CDW10..12 are reserved).
  assign media_addr_o  = is_flush ? 64'h0 : {nsid_i[12:0] - 13'd1, 51'h0} |
                         ((opcode_i == nvme_pkg::OpDsm) ? 64'h0 : (slba << lbads));
  assign bytes_o       = data_bytes;
  // FUA, or no write cache: the data (or zeroes) is durable before the completion is posted.
  assign flush_after_o = (opcode_i == nvme_pkg::OpWrite || opcode_i == nvme_pkg::OpWriteZeroes) &&
                         (cdw12_i[30] || !write_cache_i);

  logic unused;
  assign unused = ^{cdw12_i[31], cdw12_i[29:16], nsid_i[31:13], prp1_i[63:12], prp2_i[63:12]};

endmodule

`default_nettype wire
