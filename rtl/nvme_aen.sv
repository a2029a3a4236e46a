// SPDX-License-Identifier: Apache-2.0
// Asynchronous events: parked AER commands, the namespace-attribute notice and log page 04h.

`default_nettype none

module nvme_aen (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic        reset_i,            // controller reset: parked AERs dropped, notice unmasked

  // Asynchronous Event Request commands
  input  logic        aer_park_i,         // an AER passed its checks: park its CID
  input  logic [15:0] aer_cid_i,
  output logic        aer_full_o,         // AERL + 1 parked: the next one is refused

  // The event: one parked AER completes with the namespace-attribute notice
  input  logic        notice_en_i,        // Set Features 0Bh bit 8
  output logic        fire_o,             // post the event now
  output logic [15:0] fire_cid_o,         // the oldest parked AER, which the event completes
  input  logic        posted_i,           // the event's completion was posted

  // Changed Namespace List (log page 04h)
  input  logic        ns_changed_i,       // simulation control: a namespace changed
  input  logic [31:0] ns_changed_nsid_i,
  input  logic [9:0]  log_dw_i,           // DW of the log to read
  output logic [31:0] log_dw_o,
  input  logic        log_cleared_i       // read without RAE and sent: empty it, unmask
);

  localparam int unsigned AerDepth  = 4;      // AERL + 1 (nvme_data_gen reports AERL = 3)
  localparam int unsigned AerWidth  = $clog2(AerDepth + 1);   // a count, 0..AerDepth
  localparam int unsigned AerIdx    = $clog2(AerDepth);       // an index
  localparam int unsigned ListDepth = 1024;   // NSIDs the log holds; then it overflows
  localparam int unsigned ListWidth = $clog2(ListDepth + 1);
  localparam int unsigned ListIdx   = $clog2(ListDepth);

  // Outstanding AER CIDs, oldest first
  logic [15:0]          aer_cid_q [AerDepth];
  logic [AerWidth-1:0]  aer_count_q, aer_count_d;
  logic                 ns_event_q, ns_event_d;     // a notice waits for an AER
  logic                 ns_masked_q, ns_masked_d;   // reported; masked until log 04h is read

  // Changed Namespace List
  logic [31:0]          changed_q [ListDepth];
  logic [ListWidth-1:0] changed_count_q, changed_count_d;
  logic                 changed_overflow_q, changed_overflow_d;

  assign aer_full_o = aer_count_q == AerWidth'(AerDepth);
  assign fire_o     = aer_count_q != '0 && ns_event_q && !ns_masked_q && notice_en_i;
  assign fire_cid_o = aer_cid_q[0];

  // After an overflow the log is a single entry of FFFFFFFFh.
  assign log_dw_o = changed_overflow_q ? ((log_dw_i == 10'd0) ? 32'hffff_ffff : 32'h0) :
                    ({1'b0, log_dw_i} < changed_count_q) ? changed_q[log_dw_i] : 32'h0;

  always_comb begin
    aer_count_d        = aer_count_q;
    ns_event_d         = ns_event_q;
    ns_masked_d        = ns_masked_q;
    changed_count_d    = changed_count_q;
    changed_overflow_d = changed_overflow_q;

    if (aer_park_i) aer_count_d = aer_count_q + 1'b1;
    // An event posted: its AER is consumed and the notice masked until the log is read.
    if (posted_i) begin
      aer_count_d = aer_count_d - 1'b1;
      ns_event_d  = 1'b0;
      ns_masked_d = 1'b1;
    end
    if (log_cleared_i) begin
      changed_count_d    = '0;
      changed_overflow_d = 1'b0;
      ns_masked_d        = 1'b0;
    end
    if (ns_changed_i) begin
      ns_event_d = 1'b1;
      if (changed_count_q == ListWidth'(ListDepth)) changed_overflow_d = 1'b1;
      else changed_count_d = changed_count_q + 1'b1;
    end

    if (reset_i) begin
      aer_count_d = '0;
      ns_masked_d = 1'b0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_count_q        <= '0;
      ns_event_q         <= 1'b0;
      ns_masked_q        <= 1'b0;
      changed_count_q    <= '0;
      changed_overflow_q <= 1'b0;
    end else begin
      aer_count_q        <= aer_count_d;
      ns_event_q         <= ns_event_d;
      ns_masked_q        <= ns_masked_d;
      changed_count_q    <= changed_count_d;
      changed_overflow_q <= changed_overflow_d;
    end
  end

  // Storage without reset: only read below the count that says it was written.
  always_ff @(posedge clk_i) begin
    if (aer_park_i) aer_cid_q[aer_count_q[AerIdx-1:0]] <= aer_cid_i;
    if (posted_i) begin
      for (int i = 0; i < AerDepth - 1; i++) aer_cid_q[i] <= aer_cid_q[i + 1];
    end
    if (ns_changed_i && changed_count_q != ListWidth'(ListDepth)) begin
      changed_q[changed_count_q[ListIdx-1:0]] <= ns_changed_nsid_i;
    end
  end

endmodule

`default_nettype wire
