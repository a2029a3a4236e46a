// SPDX-License-Identifier: Apache-2.0
// Identify and log page contents, one DW at a time by index (combinational).

`default_nettype none

module nvme_data_gen #(
  parameter logic [15:0] PciVendorId  = 16'h10ee,
  parameter logic [7:0]  Aerl         = 8'd3,     // 0-based: four outstanding AERs
  parameter logic [7:0]  Mdts         = 8'd5      // 128 KiB in 4 KiB pages
) (
  input  nvme_pkg::data_src_e src_i,
  input  logic [9:0]          dw_i,          // DW index inside the data structure
  input  logic [31:0]         nn_i,          // Number of Namespaces
  // Identify Namespace / descriptors
  input  logic [31:0]         nsid_i,
  input  logic                ns_active_i,
  input  logic                ns_zero_cap_i,
  input  logic                ns_lbaf_i,     // 0: 512-byte LBAs, 1: 4 KiB
  input  logic [47:0]         ns_nsze_i,
  input  logic [2:0]          ns_lie_i,      // fault injection: nvme_pkg::NsLie*
  // Changed Namespace List log
  input  logic [31:0]         changed_dw_i,  // entry dw_i of the list, 0 past its end
  output logic [31:0]         dw_o
);

  // Identify Controller strings, space padded (first character in the most significant byte).
  localparam logic [20*8-1:0]  SerialNumber = "NVCS0000000000000001";
  localparam logic [40*8-1:0]  ModelNumber  = "nvme-cosim RTL NVMe controller          ";
  localparam logic [8*8-1:0]   Firmware     = "1.0     ";
  localparam logic [64*8-1:0]  SubNqn       = {"nqn.2026-11.org.nvme-cosim:ctrl-1", {31{8'h00}}};

  // DW `index` of a string field: byte 0 of the field is its first character.
  function automatic logic [31:0] text_dw(logic [64*8-1:0] text, logic [6:0] chars,
                                          logic [9:0] index);
    logic [31:0] res;
    logic [11:0] pos;
    for (int b = 0; b < 4; b++) begin
      pos = {index, 2'b00} + 12'(b);
      res[b*8 +: 8] = (pos < {5'h0, chars}) ? text[({5'h0, chars} - 12'd1 - pos) * 8 +: 8] : 8'h00;
    end
    text_dw = res;
  endfunction

  // Unique identifiers of a namespace, derived from its NSID (same in CNS 00h and 03h).
  logic [63:0]  eui64;
  logic [127:0] nguid, uuid;
  assign eui64 = {24'h000a35, 8'h4e, nsid_i};                       // OUI, 'N', NSID
  assign nguid = {64'h4e56_4353_0000_0001, 32'h0, nsid_i};          // "NVCS", controller, NSID
  assign uuid  = {32'h6e766d65, 16'h636f, 16'h4000, 16'h8000, 16'h0, nsid_i};  // version 4 form

  // Big-endian identifier bytes laid out in memory order: byte 0 of the ID is its top byte.
  function automatic logic [31:0] id_dw(logic [127:0] id, logic [4:0] bytes, logic [9:0] index);
    logic [31:0] res;
    logic [11:0] pos;
    for (int b = 0; b < 4; b++) begin
      pos = {index, 2'b00} + 12'(b);
      res[b*8 +: 8] = (pos < {7'h0, bytes}) ? id[({7'h0, bytes} - 12'd1 - pos) * 8 +: 8] : 8'h00;
    end
    id_dw = res;
  endfunction

  // Identify Namespace fields a lie changes (ns_lie_i); without one NCAP = NUSE.
  logic [63:0] nuse, ncap;
  logic [7:0]  flbas;
  logic        lbads_lie;      // the format in use reports lbads_bad
  logic [7:0]  lbads_bad;
  assign nuse      = ns_zero_cap_i ? 64'h0 : {16'h0, ns_nsze_i};
  assign ncap      = (ns_lie_i == nvme_pkg::NsLieNcap) ? {16'h0, ns_nsze_i} + 64'd1 : nuse;
  assign flbas     = (ns_lie_i == nvme_pkg::NsLieFlbas) ? 8'd2 : {7'h0, ns_lbaf_i};  // NLBAF + 1
  assign lbads_lie = ns_lie_i == nvme_pkg::NsLieLbadsSmall || ns_lie_i == nvme_pkg::NsLieLbadsLarge;
  assign lbads_bad = (ns_lie_i == nvme_pkg::NsLieLbadsSmall) ? 8'd8 : 8'd17;

  always_comb begin
    dw_o = 32'h0;
    unique case (src_i)
      nvme_pkg::SrcIdController: begin
        if (dw_i >= 10'd1 && dw_i <= 10'd5) dw_o = text_dw({{44*8{1'b0}}, SerialNumber}, 20, dw_i - 10'd1);
        else if (dw_i >= 10'd6 && dw_i <= 10'd15) dw_o = text_dw({{24*8{1'b0}}, ModelNumber}, 40, dw_i - 10'd6);
        else if (dw_i >= 10'd16 && dw_i <= 10'd17) dw_o = text_dw({{56*8{1'b0}}, Firmware}, 8, dw_i - 10'd16);
        else if (dw_i >= 10'd192 && dw_i <= 10'd207) dw_o = text_dw(SubNqn, 64, dw_i - 10'd192);
        else begin
          unique case (dw_i)
            10'd0:   dw_o = {PciVendorId, PciVendorId};          // VID, SSVID
            10'd18:  dw_o = 32'h000a_3500;                       // IEEE OUI 00-0A-35, LSB first
            10'd19:  dw_o = {16'h0001, Mdts, 8'h00};             // CMIC, MDTS, CNTLID 1
            10'd20:  dw_o = nvme_pkg::VersionReg;                // VER
            10'd23:  dw_o = 32'h0000_0100;                       // OAES: namespace attribute notices
            10'd27:  dw_o = 32'h0100_0000;                       // CNTRLTYPE: I/O controller
            10'd64:  dw_o = {Aerl, 8'd3, 16'h0000};              // OACS, ACL, AERL
            10'd66:  dw_o = {16'h0157, 16'h0000};                // WCTEMP 343 K
            10'd67:  dw_o = {16'h0000, 16'h0175};                // CCTEMP 373 K
            10'd128: dw_o = {16'h0000, 8'h44, 8'h66};            // SQES, CQES
            10'd129: dw_o = nn_i;                                // NN
            10'd130: dw_o = 32'h0000_000c;                       // ONCS: Write Zeroes, DSM
            10'd131: dw_o = 32'h0000_0700;                       // VWC: present, Flush all NS
            10'd512: dw_o = {16'h0000, 16'h09c4};                // PSD0: 25.00 W
            default: dw_o = 32'h0;
          endcase
        end
      end
      nvme_pkg::SrcIdNamespace: begin
        // An inactive namespace reads as a zero-filled structure.
        if (ns_active_i) begin
          unique case (dw_i)
            10'd0:  dw_o = ns_nsze_i[31:0];
            10'd1:  dw_o = {16'h0, ns_nsze_i[47:32]};
            10'd2:  dw_o = ncap[31:0];
            10'd3:  dw_o = ncap[63:32];
            10'd4:  dw_o = nuse[31:0];
            10'd5:  dw_o = nuse[63:32];
            10'd6:  dw_o = {8'h00, flbas, 8'h01, 8'h00};           // FLBAS, NLBAF 1
            // DLFEAT: deallocated blocks read as zeros; Write Zeroes takes the Deallocate bit
            10'd8:  dw_o = 32'h0000_0900;
            10'd26, 10'd27, 10'd28, 10'd29: dw_o = id_dw(nguid, 16, dw_i - 10'd26);
            10'd30, 10'd31: dw_o = id_dw({64'h0, eui64}, 8, dw_i - 10'd30);
            // LBAF0: 512 bytes, LBAF1: 4096 bytes
            10'd32: dw_o = {8'h00, (lbads_lie && !ns_lbaf_i) ? lbads_bad : 8'd9, 16'h0000};
            10'd33: dw_o = {8'h00, (lbads_lie && ns_lbaf_i) ? lbads_bad : 8'd12, 16'h0000};
            default: dw_o = 32'h0;
          endcase
        end
      end
      nvme_pkg::SrcIdDescriptors: begin
        // EUI64 (type 1), NGUID (type 2), UUID (type 3), each after a 4-byte header.
        unique case (dw_i)
          10'd0:  dw_o = 32'h0000_0801;
          10'd1, 10'd2: dw_o = id_dw({64'h0, eui64}, 8, dw_i - 10'd1);
          10'd3:  dw_o = 32'h0000_1002;
          10'd4, 10'd5, 10'd6, 10'd7: dw_o = id_dw(nguid, 16, dw_i - 10'd4);
          10'd8:  dw_o = 32'h0000_1003;
          10'd9, 10'd10, 10'd11, 10'd12: dw_o = id_dw(uuid, 16, dw_i - 10'd9);
          default: dw_o = 32'h0;
        endcase
      end
      nvme_pkg::SrcLogSmart: begin
        // Composite temperature 308 K, available spare 100 %, threshold 10 %.
        if (dw_i == 10'd0) dw_o = {8'd100, 16'h0134, 8'h00};
        else if (dw_i == 10'd1) dw_o = 32'h0000_000a;
      end
      nvme_pkg::SrcLogChangedNs: dw_o = changed_dw_i;
      default: dw_o = 32'h0;   // SrcLogError: no errors recorded; SrcNone
    endcase
  end

endmodule

`default_nettype wire
