// SPDX-License-Identifier: Apache-2.0
// Receive side: checks each host TLP, buffers requests for the target, streams completion data to DMA.

`default_nettype none

module pcie_rx #(
  parameter int unsigned MaxTargetDw = 16,  // longest BAR0 request served
  parameter int unsigned Lanes       = 1,   // DWs per received word: 1, 2, 4 or 8
  localparam int unsigned CntWidth   = $clog2(Lanes + 1)
) (
  input  logic                     clk_i,
  input  logic                     rst_ni,

  // Words of a TLP, dw_count_i DWs in lanes 0 up (Lanes but in the TLP's last)
  input  logic [Lanes*32-1:0]      dw_i,
  input  logic [CntWidth-1:0]      dw_count_i,
  input  logic                     dw_last_i,
  input  logic                     dw_valid_i,
  output logic                     dw_ready_o,

  input  logic                     mem_space_en_i,
  input  logic [63:14] bar0_base_i,
  input  logic [2:0]               max_payload_i,

  // Host request for the target; header fields are stable while req_valid_o is high
  output logic                     req_valid_o,
  input  logic                     req_done_i,
  output pcie_ep_pkg::req_kind_e   req_kind_o,
  output logic                     req_mem_read_o,     // a memory read, whatever the kind
  output logic [15:0]              req_id_o,
  output logic [7:0]               req_tag_o,
  output logic [2:0]               req_tc_o,
  output logic [2:0]               req_attr_o,
  output logic [13:0] req_offset_o, // BAR0 offset
  output logic [10:0]              req_len_dw_o,
  output logic [3:0]               req_first_be_o,
  output logic [3:0]               req_last_be_o,
  output logic [9:0]               req_cfg_reg_o,
  output logic [12:0]              req_cfg_busdev_o,   // bus/device addressed
  input  logic [$clog2(MaxTargetDw)-1:0] pl_idx_i,
  output logic [31:0]              pl_dw_o,

  // Completions for the DMA read engine
  output logic                     cpl_start_o,
  output logic [15:0]              cpl_requester_id_o,
  output logic [7:0]               cpl_tag_o,
  output logic [2:0]               cpl_status_o,
  output logic [12:0]              cpl_byte_count_o,   // 1..4096
  output logic [10:0]              cpl_len_dw_o,       // payload DWs, 0 for Cpl
  output logic                     cpl_poisoned_o,
  output logic                     cpl_dw_valid_o,
  output logic [9:0]               cpl_dw_idx_o,       // payload index of lane 0
  output logic [Lanes*32-1:0]      cpl_dw_o,
  output logic [CntWidth-1:0]      cpl_dw_count_o,     // data DWs in lanes 0 up
  output logic                     cpl_end_o,
  output logic                     cpl_ok_o,           // the completion was well formed

  // Error events, one cycle each
  output logic                     ev_malformed_o,
  output logic                     ev_ur_o,
  output logic                     ev_poisoned_o,
  output logic                     ev_poisoned_cpl_o,
  output logic                     ev_unexpected_cpl_o,

  output logic                     idle_o              // between TLPs
);

  localparam int unsigned Bar0AddrWidth = pcie_ep_pkg::Bar0AddrWidth;

  typedef enum logic [2:0] {
    StHdr,       // collecting header DWs
    StDecode,    // header complete: classify and check
    StPayload,   // payload and digest DWs
    StEnd,       // whole TLP seen: act on it
    StWaitTarget // request handed to the target
  } state_e;

  // What to do with a TLP once it proved well formed.
  typedef enum logic [2:0] {
    ActRequest,   // hand to the target
    ActDrop,      // posted request we do not support or messages: discard
    ActCompletion,
    ActUnexpected // completion we cannot have asked for
  } action_e;

  state_e            state_q, state_d;
  logic [31:0]       hdr_q [4];
  logic [1:0]        hdr_cnt_q, hdr_cnt_d;
  logic              saw_last_q, saw_last_d;
  logic [10:0]       pl_cnt_q, pl_cnt_d;       // saturates; a valid TLP has at most 1025
  action_e           action_q, action_d;
  pcie_ep_pkg::req_kind_e         kind_q, kind_d;
  logic              malformed_q, malformed_d; // found while decoding the header
  logic              ur_q, ur_d;               // report UR when the TLP ends well formed
  logic [31:0]       payload_q [MaxTargetDw];
  // Payload DWs that came in the header's last word, moved down to lane 0
  logic [Lanes*32-1:0] rest_q, rest_d;
  logic [CntWidth-1:0] rest_count_q, rest_count_d;

  // Header fields
  logic [2:0]  fmt;
  logic [4:0]  typ;
  logic        has_data, hdr_4dw, digest, poisoned;
  logic [10:0] len_dw, expected_pl;
  logic [63:0] addr;
  logic [3:0]  first_be, last_be;
  logic [10:0] mps_dw;

  assign fmt         = hdr_q[0][31:29];
  assign typ         = hdr_q[0][28:24];
  assign has_data    = fmt[1];
  assign hdr_4dw     = fmt[0];
  assign digest      = hdr_q[0][15];
  assign poisoned    = hdr_q[0][14];
  assign len_dw      = (hdr_q[0][9:0] == 10'd0) ? 11'd1024 : {1'b0, hdr_q[0][9:0]};
  assign expected_pl = (has_data ? len_dw : 11'd0) + {10'd0, digest};
  assign addr        = hdr_4dw ? {hdr_q[2], hdr_q[3][31:2], 2'b00} : {32'h0, hdr_q[2][31:2], 2'b00};
  assign first_be    = hdr_q[1][3:0];
  assign last_be     = hdr_q[1][7:4];
  assign mps_dw      = 11'd32 << max_payload_i;

  // Header DW count from the first DW (Fmt bit 0 selects a 4-DW header).
  logic [2:0] hdr_dws;
  logic [3:0] hdr_seen;       // header DWs with this word's
  logic       hdr_complete;
  assign hdr_dws      = (hdr_cnt_q == 2'd0 ? dw_i[29] : hdr_q[0][29]) ? 3'd4 : 3'd3;
  assign hdr_seen     = 4'(hdr_cnt_q) + 4'(dw_count_i);
  assign hdr_complete = hdr_seen >= 4'(hdr_dws);

  // The payload word at hand: the header word's rest first, then the input.
  logic                use_rest, dw_take;
  logic [Lanes*32-1:0] pl_dws;
  logic [CntWidth-1:0] pl_count;
  logic                pl_last, pl_valid;
  assign use_rest   = rest_count_q != '0;
  assign dw_ready_o = (state_q == StHdr) || (state_q == StPayload && !use_rest);
  assign dw_take    = dw_valid_i && dw_ready_o;
  assign pl_dws     = use_rest ? rest_q : dw_i;
  assign pl_count   = use_rest ? rest_count_q : dw_count_i;
  assign pl_last    = use_rest ? saw_last_q : dw_last_i;
  assign pl_valid   = (state_q == StPayload) && (use_rest || dw_valid_i);

  logic [11:0] pl_cnt_sum;
  assign pl_cnt_sum = 12'(pl_cnt_q) + 12'(pl_count);

  // Classification of the complete header.
  logic      bar_hit;
  logic      bad_hdr;
  action_e   dec_action;
  pcie_ep_pkg::req_kind_e dec_kind;
  logic      dec_ur;
  assign bar_hit = mem_space_en_i && (addr[63:Bar0AddrWidth] == bar0_base_i);

  always_comb begin
    bad_hdr    = has_data && (len_dw > mps_dw);
    dec_action = ActDrop;
    dec_kind   = pcie_ep_pkg::ReqUr;
    dec_ur     = 1'b0;
    unique casez ({fmt, typ})
      {3'b0?0, pcie_ep_pkg::TypeMem}, {3'b0?1, pcie_ep_pkg::TypeMem}: begin
        // Byte-enable rules of PCIe 2.2.5, and no request may cross a 4 KiB boundary.
        if (len_dw == 11'd1 ? (last_be != 4'h0) : (last_be == 4'h0)) bad_hdr = 1'b1;
        if ({1'b0, addr[11:2]} + len_dw > 11'd1024) bad_hdr = 1'b1;
        if (!has_data) begin
          dec_action = ActRequest;
          dec_kind   = !bar_hit ? pcie_ep_pkg::ReqUr : (len_dw > 11'(MaxTargetDw) ? pcie_ep_pkg::ReqCa : pcie_ep_pkg::ReqMemRd);
          dec_ur     = !bar_hit;
        end else begin
          // Posted writes we cannot serve are dropped; poisoned data is never written.
          dec_kind   = pcie_ep_pkg::ReqMemWr;
          dec_action = (bar_hit && !poisoned && len_dw <= 11'(MaxTargetDw)) ? ActRequest : ActDrop;
          dec_ur     = !poisoned && !(bar_hit && len_dw <= 11'(MaxTargetDw));
        end
      end
      {3'b000, pcie_ep_pkg::TypeCfg0}, {3'b010, pcie_ep_pkg::TypeCfg0}: begin
        if (len_dw != 11'd1 || last_be != 4'h0) bad_hdr = 1'b1;
        dec_action = ActRequest;
        if (hdr_q[2][18:16] != 3'd0 || (has_data && poisoned)) begin
          dec_kind = pcie_ep_pkg::ReqUr;       // no such function, or a poisoned configuration write
          dec_ur   = 1'b1;
        end else begin
          dec_kind = has_data ? pcie_ep_pkg::ReqCfgWr : pcie_ep_pkg::ReqCfgRd;
        end
      end
      {3'b000, pcie_ep_pkg::TypeCfg1}, {3'b010, pcie_ep_pkg::TypeCfg1},
      {3'b000, pcie_ep_pkg::TypeMemLk}, {3'b001, pcie_ep_pkg::TypeMemLk},
      {3'b000, pcie_ep_pkg::TypeIo}, {3'b010, pcie_ep_pkg::TypeIo},
      {3'b01?, 5'b01100}, {3'b01?, 5'b01101}, {3'b01?, 5'b01110}: begin
        // Type 1 configuration, locked reads, I/O and AtomicOps: non-posted, unsupported.
        dec_action = ActRequest;
        dec_kind   = pcie_ep_pkg::ReqUr;
        dec_ur     = 1'b1;
      end
      {3'b001, 5'b10???}, {3'b011, 5'b10???}: begin
        dec_action = ActDrop;     // messages carry nothing an NVMe function acts on
      end
      {3'b000, pcie_ep_pkg::TypeCpl}, {3'b010, pcie_ep_pkg::TypeCpl}: dec_action = ActCompletion;
      {3'b000, pcie_ep_pkg::TypeCplLk}, {3'b010, pcie_ep_pkg::TypeCplLk}: dec_action = ActUnexpected;
      default: bad_hdr = 1'b1;   // undefined Fmt/Type, including TLP prefixes
    endcase
  end

  // Main state machine
  always_comb begin
    state_d     = state_q;
    hdr_cnt_d   = hdr_cnt_q;
    saw_last_d  = saw_last_q;
    pl_cnt_d    = pl_cnt_q;
    action_d    = action_q;
    kind_d      = kind_q;
    malformed_d = malformed_q;
    ur_d        = ur_q;
    rest_d       = rest_q;
    rest_count_d = rest_count_q;

    cpl_start_o         = 1'b0;
    cpl_end_o           = 1'b0;
    cpl_ok_o            = 1'b0;
    ev_malformed_o      = 1'b0;
    ev_ur_o             = 1'b0;
    ev_poisoned_o       = 1'b0;
    ev_poisoned_cpl_o   = 1'b0;
    ev_unexpected_cpl_o = 1'b0;

    unique case (state_q)
      StHdr: begin
        if (dw_take) begin
          if (hdr_complete) begin
            hdr_cnt_d    = 2'd0;
            saw_last_d   = dw_last_i;
            state_d      = StDecode;
            rest_count_d = CntWidth'(hdr_seen - 4'(hdr_dws));
            rest_d       = dw_i >> (32 * (32'(hdr_dws) - 32'(hdr_cnt_q)));
          end else if (dw_last_i) begin
            hdr_cnt_d      = 2'd0;    // truncated header
            ev_malformed_o = 1'b1;
          end else begin
            hdr_cnt_d = 2'(hdr_seen);
          end
        end
      end
      StDecode: begin
        action_d    = dec_action;
        kind_d      = dec_kind;
        malformed_d = bad_hdr;
        ur_d        = dec_ur;
        pl_cnt_d    = '0;
        cpl_start_o = !bad_hdr && (dec_action == ActCompletion);
        state_d     = (saw_last_q && !use_rest) ? StEnd : StPayload;
      end
      StPayload: begin
        if (pl_valid) begin
          pl_cnt_d     = (pl_cnt_sum > 12'h7ff) ? 11'h7ff : pl_cnt_sum[10:0];
          rest_count_d = '0;
          if (pl_last) state_d = StEnd;
        end
      end
      StEnd: begin
        state_d = StHdr;
        if (malformed_q || pl_cnt_q != expected_pl) begin
          ev_malformed_o = 1'b1;
          cpl_end_o      = (action_q == ActCompletion) && !malformed_q;
        end else begin
          ev_ur_o       = ur_q;
          ev_poisoned_o = poisoned;
          unique case (action_q)
            ActRequest:    state_d = StWaitTarget;
            ActCompletion: begin
              cpl_end_o         = 1'b1;
              cpl_ok_o          = 1'b1;
              ev_poisoned_cpl_o = poisoned;
            end
            ActUnexpected: ev_unexpected_cpl_o = 1'b1;
            default: ;
          endcase
        end
      end
      StWaitTarget: begin
        if (req_done_i) state_d = StHdr;
      end
      default: state_d = StHdr;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= StHdr;
      hdr_cnt_q   <= '0;
      saw_last_q  <= 1'b0;
      pl_cnt_q    <= '0;
      action_q    <= ActDrop;
      kind_q      <= pcie_ep_pkg::ReqUr;
      malformed_q <= 1'b0;
      ur_q        <= 1'b0;
      rest_q       <= '0;
      rest_count_q <= '0;
      for (int i = 0; i < 4; i++) hdr_q[i] <= '0;
    end else begin
      state_q     <= state_d;
      hdr_cnt_q   <= hdr_cnt_d;
      saw_last_q  <= saw_last_d;
      pl_cnt_q    <= pl_cnt_d;
      action_q    <= action_d;
      kind_q      <= kind_d;
      malformed_q <= malformed_d;
      ur_q        <= ur_d;
      rest_q       <= rest_d;
      rest_count_q <= rest_count_d;
      if (state_q == StHdr && dw_take) begin
        for (int l = 0; l < Lanes; l++) begin
          if (l < 32'(dw_count_i) && 32'(hdr_cnt_q) + l < 4) hdr_q[32'(hdr_cnt_q) + l] <= dw_i[l*32 +: 32];
        end
      end
    end
  end

  // Request payload buffer (no reset: a RAM write port)
  always_ff @(posedge clk_i) begin
    if (pl_valid && action_q == ActRequest) begin
      for (int l = 0; l < Lanes; l++) begin
        if (l < 32'(pl_count) && 32'(pl_cnt_q) + l < MaxTargetDw) begin
          payload_q[32'(pl_cnt_q) + l] <= pl_dws[l*32 +: 32];
        end
      end
    end
  end
  assign pl_dw_o = payload_q[pl_idx_i];

  // Completion payload streams straight through; the digest DW is not data.
  logic [10:0] data_left;
  assign data_left      = (has_data && pl_cnt_q < len_dw) ? len_dw - pl_cnt_q : 11'd0;
  assign cpl_dw_valid_o = pl_valid && (action_q == ActCompletion) && !malformed_q &&
                          data_left != 11'd0;
  assign cpl_dw_idx_o   = pl_cnt_q[9:0];
  assign cpl_dw_o       = pl_dws;
  assign cpl_dw_count_o = (data_left < 11'(pl_count)) ? CntWidth'(data_left) : pl_count;

  assign cpl_requester_id_o = hdr_q[2][31:16];
  assign cpl_tag_o          = hdr_q[2][15:8];
  assign cpl_status_o       = hdr_q[1][15:13];
  assign cpl_byte_count_o   = (hdr_q[1][11:0] == 12'd0) ? 13'd4096 : {1'b0, hdr_q[1][11:0]};
  assign cpl_len_dw_o       = has_data ? len_dw : 11'd0;
  assign cpl_poisoned_o     = poisoned;

  assign idle_o           = (state_q == StHdr) && (hdr_cnt_q == 2'd0);
  assign req_valid_o      = (state_q == StWaitTarget);
  assign req_kind_o       = kind_q;
  assign req_mem_read_o   = !has_data && (typ == pcie_ep_pkg::TypeMem || typ == pcie_ep_pkg::TypeMemLk);
  assign req_id_o         = hdr_q[1][31:16];
  assign req_tag_o        = hdr_q[1][15:8];
  assign req_tc_o         = hdr_q[0][22:20];
  assign req_attr_o       = {hdr_q[0][18], hdr_q[0][13:12]};
  assign req_offset_o     = addr[Bar0AddrWidth-1:0];
  assign req_len_dw_o     = len_dw;
  assign req_first_be_o   = first_be;
  assign req_last_be_o    = last_be;
  assign req_cfg_reg_o    = {hdr_q[2][11:8], hdr_q[2][7:2]};
  assign req_cfg_busdev_o = hdr_q[2][31:19];

endmodule

`default_nettype wire
