// SPDX-License-Identifier: Apache-2.0
// Type 0 configuration space: header, BAR0, PCI Express and MSI-X capabilities, error status.

`default_nettype none

module pcie_cfg_space #(
  parameter logic [15:0] VendorId       = 16'h10ee,
  parameter logic [15:0] DeviceId       = 16'h9038,
  parameter logic [15:0] SubsysVendorId = 16'h10ee,
  parameter logic [15:0] SubsysId       = 16'h0001,
  parameter logic [7:0]  RevisionId     = 8'h01,
  parameter int unsigned NumMsixVectors = 8,
  parameter logic [2:0]  MpsSupported   = 3'd2   // 512 bytes
) (
  input  logic        clk_i,
  input  logic        rst_ni,

  // Register access from configuration requests, DW index = register number
  input  logic [9:0]  rd_reg_i,
  output logic [31:0] rd_data_o,
  input  logic        wr_en_i,
  input  logic [9:0]  wr_reg_i,
  input  logic [31:0] wr_data_i,
  input  logic [3:0]  wr_be_i,
  input  logic [15:0] capture_id_i,       // bus/device of the latest CfgWr0, function 0
  input  logic        capture_en_i,

  // Error events, one cycle each
  input  logic        ev_malformed_i,
  input  logic        ev_ur_i,             // request not supported (answered UR or dropped)
  input  logic        ev_poisoned_i,       // poisoned TLP received
  input  logic        ev_poisoned_cpl_i,   // ... and it was a completion to our request
  input  logic        ev_sent_ca_i,        // we answered Completer Abort
  input  logic        ev_rcvd_ur_i,        // our request got UR
  input  logic        ev_rcvd_ca_i,        // our request got CA
  input  logic        ev_cpl_err_i,        // unexpected completion or completion timeout

  // Function state
  output logic        mem_space_en_o,
  output logic        bus_master_en_o,
  output logic [63:14] bar0_base_o,
  output logic [15:0] completer_id_o,
  output logic [2:0]  max_payload_o,       // effective encoding, bytes = 128 << n
  output logic [2:0]  max_read_req_o,
  output logic        msix_enable_o,
  output logic        msix_func_mask_o
);

  localparam int unsigned Bar0AddrWidth = pcie_ep_pkg::Bar0AddrWidth;

  localparam logic [7:0] PcieCapPtr = 8'h40;
  localparam logic [7:0] MsixCapPtr = 8'h80;

  // Writable state. Reset values follow the PCIe base specification.
  logic [15:0] command_q, command_d;
  logic [15:0] status_err_q, status_err_d;   // RW1C bits of Status
  logic [7:0]  cache_line_q, cache_line_d;
  logic [31:Bar0AddrWidth] bar0_lo_q, bar0_lo_d;
  logic [31:0] bar0_hi_q, bar0_hi_d;
  logic [7:0]  int_line_q, int_line_d;
  logic [15:0] dev_ctl_q, dev_ctl_d;
  logic [3:0]  dev_sta_q, dev_sta_d;         // RW1C error-detected bits of Device Status
  logic [7:0]  link_ctl_q, link_ctl_d;
  logic [3:0]  link_ctl2_q, link_ctl2_d;
  logic [1:0]  msix_ctl_q, msix_ctl_d;       // {enable, function mask}
  logic [15:0] completer_id_q, completer_id_d;

  // Writable bit masks
  localparam logic [15:0] CommandMask = 16'h0546;  // MSE, BME, PERR resp, SERR#, INTx disable
  localparam logic [15:0] StatusRw1c  = 16'hf900;  // parity/abort/SERR error bits
  localparam logic [15:0] DevCtlMask  = 16'h78ff;  // error enables, RO, MPS, ext tag(RO), NS, MRRS

  // Applies a write with byte enables to a 32-bit register image.
  // Write-one-to-clear bits of the upper half of a DW, as written with their byte enables.
  logic [15:0] clear_hi;
  assign clear_hi = wr_data_i[31:16] & {{8{wr_be_i[3]}}, {8{wr_be_i[2]}}};

  logic [31:0] wval;   // the addressed register after the write, before masking
  always_comb begin
    command_d      = command_q;
    status_err_d   = status_err_q;
    cache_line_d   = cache_line_q;
    bar0_lo_d      = bar0_lo_q;
    bar0_hi_d      = bar0_hi_q;
    int_line_d     = int_line_q;
    dev_ctl_d      = dev_ctl_q;
    dev_sta_d      = dev_sta_q;
    link_ctl_d     = link_ctl_q;
    link_ctl2_d    = link_ctl2_q;
    msix_ctl_d     = msix_ctl_q;
    completer_id_d = capture_en_i ? capture_id_i : completer_id_q;
    wval           = '0;

    if (wr_en_i) begin
      unique case (wr_reg_i)
        10'd1: begin  // Command / Status
          wval         = pcie_ep_pkg::merge_bytes({16'h0, command_q}, wr_data_i, wr_be_i);
          command_d    = wval[15:0] & CommandMask;
          status_err_d = status_err_q & ~(clear_hi & StatusRw1c);
        end
        10'd3: begin
          wval         = pcie_ep_pkg::merge_bytes({24'h0, cache_line_q}, wr_data_i, wr_be_i);
          cache_line_d = wval[7:0];
        end
        10'd4: begin
          wval      = pcie_ep_pkg::merge_bytes({bar0_lo_q, {Bar0AddrWidth{1'b0}}}, wr_data_i, wr_be_i);
          bar0_lo_d = wval[31:Bar0AddrWidth];
        end
        10'd5:  bar0_hi_d = pcie_ep_pkg::merge_bytes(bar0_hi_q, wr_data_i, wr_be_i);
        10'd15: begin
          wval       = pcie_ep_pkg::merge_bytes({24'h0, int_line_q}, wr_data_i, wr_be_i);
          int_line_d = wval[7:0];
        end
        10'd18: begin  // Device Control / Device Status
          wval      = pcie_ep_pkg::merge_bytes({16'h0, dev_ctl_q}, wr_data_i, wr_be_i);
          dev_ctl_d = wval[15:0] & DevCtlMask;
          dev_sta_d = dev_sta_q & ~clear_hi[3:0];
        end
        10'd20: begin  // Link Control: ASPM, RCB, common clock, extended synch
          wval       = pcie_ep_pkg::merge_bytes({24'h0, link_ctl_q}, wr_data_i, wr_be_i);
          link_ctl_d = wval[7:0] & 8'hcb;
        end
        10'd28: begin
          wval        = pcie_ep_pkg::merge_bytes({28'h0, link_ctl2_q}, wr_data_i, wr_be_i);
          link_ctl2_d = wval[3:0];
        end
        10'd32: begin  // MSI-X Message Control: enable and function mask
          wval       = pcie_ep_pkg::merge_bytes({msix_ctl_q[1], msix_ctl_q[0], 30'h0}, wr_data_i, wr_be_i);
          msix_ctl_d = wval[31:30];
        end
        default: ;
      endcase
    end

    // Error events set bits after the write so an event is never lost to a clear.
    if (ev_sent_ca_i)  status_err_d[11] = 1'b1;  // Signaled Target Abort
    if (ev_rcvd_ca_i)  status_err_d[12] = 1'b1;  // Received Target Abort
    if (ev_rcvd_ur_i)  status_err_d[13] = 1'b1;  // Received Master Abort
    if (ev_poisoned_i) status_err_d[15] = 1'b1;  // Detected Parity Error
    if (ev_poisoned_cpl_i && command_q[6]) status_err_d[8] = 1'b1;  // Master Data Parity Error
    if (ev_ur_i)        dev_sta_d[3] = 1'b1;       // Unsupported Request Detected
    if (ev_malformed_i) dev_sta_d[2] = 1'b1;       // Fatal Error Detected
    if (ev_ur_i || ev_poisoned_i || ev_sent_ca_i || ev_cpl_err_i || ev_rcvd_ca_i) begin
      dev_sta_d[1] = 1'b1;                         // Non-Fatal Error Detected
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_q      <= '0;
      status_err_q   <= '0;
      cache_line_q   <= '0;
      bar0_lo_q      <= '0;
      bar0_hi_q      <= '0;
      int_line_q     <= '0;
      dev_ctl_q      <= 16'h2810;  // MRRS 512 B, No Snoop, Relaxed Ordering, MPS 128 B
      dev_sta_q      <= '0;
      link_ctl_q     <= '0;
      link_ctl2_q    <= 4'd3;      // target link speed 8 GT/s
      msix_ctl_q     <= '0;
      completer_id_q <= '0;
    end else begin
      command_q      <= command_d;
      status_err_q   <= status_err_d;
      cache_line_q   <= cache_line_d;
      bar0_lo_q      <= bar0_lo_d;
      bar0_hi_q      <= bar0_hi_d;
      int_line_q     <= int_line_d;
      dev_ctl_q      <= dev_ctl_d;
      dev_sta_q      <= dev_sta_d;
      link_ctl_q     <= link_ctl_d;
      link_ctl2_q    <= link_ctl2_d;
      msix_ctl_q     <= msix_ctl_d;
      completer_id_q <= completer_id_d;
    end
  end

  // Read side
  localparam logic [10:0] MsixTableSize = 11'(NumMsixVectors - 1);
  always_comb begin
    unique case (rd_reg_i)
      10'd0:  rd_data_o = {DeviceId, VendorId};
      10'd1:  rd_data_o = {status_err_q | 16'h0010, command_q};  // Capabilities List
      10'd2:  rd_data_o = {24'h010802, RevisionId};
      10'd3:  rd_data_o = {8'h00, 8'h00, 8'h00, cache_line_q};
      10'd4:  rd_data_o = {bar0_lo_q, {(Bar0AddrWidth-4){1'b0}}, 4'b0100};  // 64-bit memory
      10'd5:  rd_data_o = bar0_hi_q;
      10'd11: rd_data_o = {SubsysId, SubsysVendorId};
      10'd13: rd_data_o = {24'h0, PcieCapPtr};
      10'd15: rd_data_o = {8'h00, 8'h00, 8'h00, int_line_q};  // no INTx pin
      // PCI Express capability, version 2, PCI Express Endpoint
      10'd16: rd_data_o = {16'h0002, MsixCapPtr, 8'h10};
      10'd17: rd_data_o = {16'h0000, 16'h8000 | {13'h0, MpsSupported}};  // role-based errors
      10'd18: rd_data_o = {12'h0, dev_sta_q, dev_ctl_q};
      10'd19: rd_data_o = {8'h00, 14'h0, 6'd4, 4'd3};   // port 0, x4, 8 GT/s
      10'd20: rd_data_o = {16'h1043, 8'h00, link_ctl_q}; // slot clock, x4, 8 GT/s
      10'd27: rd_data_o = {24'h0, 8'h0e};               // 2.5, 5 and 8 GT/s supported
      10'd28: rd_data_o = {16'h0, 12'h0, link_ctl2_q};
      // MSI-X capability: table at BAR0 + 2000h, PBA at BAR0 + 3000h
      10'd32: rd_data_o = {msix_ctl_q, 3'b000, MsixTableSize, 8'h00, 8'h11};
      10'd33: rd_data_o = 32'h0000_2000;
      10'd34: rd_data_o = 32'h0000_3000;
      default: rd_data_o = '0;
    endcase
  end

  // Device Control: MPS above what we support and reserved MRRS values are clamped.
  logic [2:0] mps_setting, mrrs_setting;
  assign mps_setting      = dev_ctl_q[7:5];
  assign mrrs_setting     = dev_ctl_q[14:12];
  assign max_payload_o    = (mps_setting > MpsSupported) ? MpsSupported : mps_setting;
  assign max_read_req_o   = (mrrs_setting > 3'd5) ? 3'd5 : mrrs_setting;

  assign mem_space_en_o   = command_q[1];
  assign bus_master_en_o  = command_q[2];
  assign bar0_base_o      = {bar0_hi_q, bar0_lo_q};
  assign completer_id_o   = completer_id_q;
  assign msix_enable_o    = msix_ctl_q[1];
  assign msix_func_mask_o = msix_ctl_q[0];

  if (NumMsixVectors < 2 || NumMsixVectors > 256) begin : gen_bad_vectors
    $error("NumMsixVectors must be 2..256 (the table window holds 256 entries)");
  end

endmodule

`default_nettype wire
