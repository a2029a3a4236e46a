// SPDX-License-Identifier: Apache-2.0
// Namespace set: which NSIDs are active, with size and LBA format; written over the
// simulation-control sideband, read by the admin engine.

`default_nettype none

module nvme_ns_table #(
  parameter bit          Enable        = 1'b1,
  parameter int unsigned MaxNamespaces = 8192
) (
  input  logic        clk_i,
  input  logic        rst_ni,

  // Simulation control (0600h-06FFh)
  input  logic        sim_we_i,
  input  logic [15:0] sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,

  // Lookup (combinational)
  input  logic [31:0] nsid_i,
  output logic        active_o,
  output logic        zero_cap_o,
  output logic        lbaf_o,       // LBA format index: 0 = 512 bytes, 1 = 4 KiB
  output logic [47:0] nsze_o,
  output logic        fail_o,       // fault injection: Identify of this namespace fails
  output logic [2:0]  lie_o,        // fault injection: how its Identify Namespace data lies

  // Second lookup (combinational), for the I/O engine
  input  logic [31:0] io_nsid_i,
  output logic        io_active_o,
  output logic        io_lbaf_o,
  output logic [47:0] io_nsze_o
);

  localparam logic [15:0] RegSel     = 16'h0600;  // NSID the next COMMIT writes
  localparam logic [15:0] RegNszeLo  = 16'h0604;
  localparam logic [15:0] RegNszeHi  = 16'h0608;
  localparam logic [15:0] RegFlags   = 16'h060c;  // bit 0 active, bit 1 4 KiB LBAs, bit 2 NCAP = 0,
                                                  // fault injection: bit 3 Identify fails,
                                                  // bits 6:4 Identify Namespace lie (nvme_pkg)
  localparam logic [15:0] RegCommit  = 16'h0610;  // write: store the entry at SEL, SEL += 1
  localparam logic [15:0] RegClear   = 16'h0614;  // write: every namespace inactive
  localparam logic [15:0] RegCount   = 16'h0618;  // read: active namespaces
  localparam int unsigned IdxWidth   = $clog2(MaxNamespaces + 1);  // NSID 1..MaxNamespaces
  localparam int unsigned RamWidth   = $clog2(MaxNamespaces);      // entry NSID - 1

  logic in_range, io_in_range;
  assign in_range    = (nsid_i != 32'h0) && (nsid_i <= 32'(MaxNamespaces));
  assign io_in_range = (io_nsid_i != 32'h0) && (io_nsid_i <= 32'(MaxNamespaces));

  if (Enable) begin : gen_table
    logic [MaxNamespaces:1] active_q, active_d;
    logic [53:0]            entry_q [MaxNamespaces];  // {lie, fail, zero_cap, lbaf, nsze}; RAM
    logic [31:0]            sel_q, sel_d;
    logic [47:0]            nsze_q, nsze_d;
    logic [6:0]             flags_q, flags_d;
    logic [IdxWidth-1:0]    count_q, count_d;

    logic commit, sel_ok;
    assign commit = sim_we_i && sim_addr_i == RegCommit;
    assign sel_ok = (sel_q != 32'h0) && (sel_q <= 32'(MaxNamespaces));

    always_comb begin
      active_d = active_q;
      sel_d    = sel_q;
      nsze_d   = nsze_q;
      flags_d  = flags_q;
      count_d  = count_q;
      if (sim_we_i) begin
        unique case (sim_addr_i)
          RegSel:    sel_d = sim_wdata_i;
          RegNszeLo: nsze_d[31:0] = sim_wdata_i;
          RegNszeHi: nsze_d[47:32] = sim_wdata_i[15:0];
          RegFlags:  flags_d = sim_wdata_i[6:0];
          RegCommit: begin
            if (sel_ok) begin
              active_d[sel_q[IdxWidth-1:0]] = flags_q[0];
              count_d = count_q + IdxWidth'(flags_q[0]) - IdxWidth'(active_q[sel_q[IdxWidth-1:0]]);
            end
            sel_d = sel_q + 32'd1;   // dense sets are written without re-selecting
          end
          RegClear: begin
            active_d = '0;
            count_d  = '0;
          end
          default: ;
        endcase
      end
    end

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        active_q <= '0;
        sel_q    <= 32'd1;
        nsze_q   <= '0;
        flags_q  <= '0;
        count_q  <= '0;
      end else begin
        active_q <= active_d;
        sel_q    <= sel_d;
        nsze_q   <= nsze_d;
        flags_q  <= flags_d;
        count_q  <= count_d;
      end
    end

    always_ff @(posedge clk_i) begin
      if (commit && sel_ok) entry_q[RamWidth'(sel_q[IdxWidth-1:0] - 1'b1)] <= {flags_q[6:1], nsze_q};
    end

    always_comb begin
      unique case (sim_addr_i)
        RegSel:    sim_rdata_o = sel_q;
        RegNszeLo: sim_rdata_o = nsze_q[31:0];
        RegNszeHi: sim_rdata_o = {16'h0, nsze_q[47:32]};
        RegFlags:  sim_rdata_o = {25'h0, flags_q};
        RegCount:  sim_rdata_o = 32'(count_q);
        default:   sim_rdata_o = 32'h0;
      endcase
    end

    logic [IdxWidth-1:0] idx;
    logic [53:0]         entry;
    assign idx        = nsid_i[IdxWidth-1:0];
    assign entry      = entry_q[RamWidth'(idx - 1'b1)];
    assign active_o   = in_range && active_q[idx];
    assign zero_cap_o = entry[49];
    assign lbaf_o     = entry[48];
    assign nsze_o     = entry[47:0];
    assign fail_o     = in_range && active_q[idx] && entry[50];
    assign lie_o      = entry[53:51];

    logic [IdxWidth-1:0] io_idx;
    logic [53:0]         io_entry;
    assign io_idx      = io_nsid_i[IdxWidth-1:0];
    assign io_entry    = entry_q[RamWidth'(io_idx - 1'b1)];
    assign io_active_o = io_in_range && active_q[io_idx];
    assign io_lbaf_o   = io_entry[48];
    assign io_nsze_o   = io_entry[47:0];
    logic unused_io_entry;   // the I/O engine needs no Identify faults or NCAP
    assign unused_io_entry = ^io_entry[53:49];
  end else begin : gen_fixed
    // Synthesized without the test sideband: a single 1 GiB namespace, NSID 1.
    assign sim_rdata_o = 32'h0;
    assign active_o    = (nsid_i == 32'd1);
    assign zero_cap_o  = 1'b0;
    assign lbaf_o      = 1'b0;
    assign nsze_o      = 48'd2097152;
    assign fail_o      = 1'b0;
    assign lie_o       = 3'd0;
    assign io_active_o = (io_nsid_i == 32'd1);
    assign io_lbaf_o   = 1'b0;
    assign io_nsze_o   = 48'd2097152;
    logic unused_io_in_range;
    assign unused_io_in_range = io_in_range;
  end

endmodule

`default_nettype wire
