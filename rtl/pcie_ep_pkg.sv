// SPDX-License-Identifier: Apache-2.0
// TLP header encodings and the BAR0 map shared by the PCIe endpoint modules.

`default_nettype none

package pcie_ep_pkg;

  // Fmt[2:0] and Type[4:0] of TLP header DW0 (PCIe base specification, 2.2.1).
  localparam logic [2:0] Fmt3Dw       = 3'b000;
  localparam logic [2:0] Fmt4Dw       = 3'b001;
  localparam logic [2:0] Fmt3DwData   = 3'b010;
  localparam logic [2:0] Fmt4DwData   = 3'b011;
  localparam logic [2:0] FmtPrefix    = 3'b100;

  localparam logic [4:0] TypeMem      = 5'b00000;
  localparam logic [4:0] TypeMemLk    = 5'b00001;
  localparam logic [4:0] TypeIo       = 5'b00010;
  localparam logic [4:0] TypeCfg0     = 5'b00100;
  localparam logic [4:0] TypeCfg1     = 5'b00101;
  localparam logic [4:0] TypeCpl      = 5'b01010;
  localparam logic [4:0] TypeCplLk    = 5'b01011;

  // Completion status (DW1 bits 15:13 of a completion).
  localparam logic [2:0] CplSc  = 3'b000;  // successful
  localparam logic [2:0] CplUr  = 3'b001;  // unsupported request
  localparam logic [2:0] CplCrs = 3'b010;  // configuration request retry
  localparam logic [2:0] CplCa  = 3'b100;  // completer abort

  // BAR0: 16 KiB, split into four 4 KiB windows.
  localparam int unsigned Bar0AddrWidth = 14;
  localparam logic [1:0] WinRegs     = 2'd0;  // NVMe controller registers
  localparam logic [1:0] WinDoorbell = 2'd1;  // doorbells
  localparam logic [1:0] WinMsixTbl  = 2'd2;  // MSI-X table
  localparam logic [1:0] WinMsixPba  = 2'd3;  // MSI-X pending bit array

  // What the target does with a host request, decided once its header is checked.
  typedef enum logic [2:0] {
    ReqCfgRd,
    ReqCfgWr,
    ReqMemRd,
    ReqMemWr,
    ReqUr,     // non-posted request we do not support: Unsupported Request completion
    ReqCa      // non-posted request violating our programming model: Completer Abort
  } req_kind_e;

  // A register write with byte enables: enabled bytes from `data`, the others from `old`.
  function automatic logic [31:0] merge_bytes(logic [31:0] old, logic [31:0] data, logic [3:0] be);
    logic [31:0] res;
    for (int b = 0; b < 4; b++) res[b*8 +: 8] = be[b] ? data[b*8 +: 8] : old[b*8 +: 8];
    merge_bytes = res;
  endfunction

  // Header DW0 for a request or completion without the Length field.
  function automatic logic [31:0] tlp_dw0(logic [2:0] fmt, logic [4:0] typ, logic poisoned,
                                          logic [9:0] length_dw);
    tlp_dw0 = {fmt, typ, 1'b0, 3'b000, 4'b0000, 1'b0, poisoned, 2'b00, 2'b00, length_dw};
  endfunction

  // Header of a memory request from us: 3 DWs below 4 GiB (required), 4 DWs above.
  // Returned as {DW3, DW2, DW1, DW0}; DW3 is zero for a 3-DW header.
  function automatic logic [127:0] mem_req_hdr(logic with_data, logic [63:0] addr,
                                               logic [15:0] requester_id, logic [7:0] tag,
                                               logic [10:0] len_dw);
    logic       four_dw;
    logic [3:0] last_be;
    four_dw = (addr[63:32] != 32'h0);
    last_be = (len_dw > 11'd1) ? 4'hf : 4'h0;
    mem_req_hdr = {four_dw ? {addr[31:2], 2'b00} : 32'h0,
            four_dw ? addr[63:32] : {addr[31:2], 2'b00},
            requester_id, tag, last_be, 4'hf,
            tlp_dw0({1'b0, with_data, four_dw}, TypeMem, 1'b0, len_dw[9:0])};
  endfunction

endpackage

`default_nettype wire
