// SPDX-License-Identifier: Apache-2.0
// Admin command decode (combinational): the status, result, data and effects of one command.

`default_nettype none

module nvme_admin_decode #(
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumMsixVectors = 8,
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1)
) (
  // The command
  input  logic [7:0]           opcode_i,
  input  logic [1:0]           fuse_i,         // CDW0 bits 9:8
  input  logic [1:0]           psdt_i,         // CDW0 bits 15:14
  input  logic [31:0]          nsid_i,
  input  logic [31:0]          cdw10_i,
  input  logic [31:0]          cdw11_i,
  input  logic [31:0]          cdw12_i,
  input  logic [31:0]          cdw13_i,
  input  logic [11:0]          prp1_offset_i,  // PRP1 and PRP2 bits 11:0
  input  logic [11:0]          prp2_offset_i,

  // State the checks read
  input  logic [31:0]          nn_i,
  input  logic                 ns_active_i,    // the namespace table's entry for nsid_i
  input  logic                 ns_fail_i,
  input  logic [MaxIoQueues:1] cq_valid_i,
  input  logic [MaxIoQueues:1] sq_valid_i,
  input  logic                 cq_in_use_i,    // some SQ uses the CQ named by CDW10.QID
  input  logic [15:0]          nsqa_i,         // queues granted, 0-based
  input  logic [15:0]          ncqa_i,
  input  logic                 feat_supported_i,  // the feature CDW10.FID is stored
  input  logic [31:0]          feat_current_i,    // its current value
  input  logic [31:0]          feat_default_i,    // its default (= saved) value
  input  logic                 aer_full_i,     // AERL + 1 requests parked already
  input  logic                 aborted_i,      // this command was aborted by the host's Abort
  input  logic                 abort_found_i,  // Abort: its target is in a slot, not running
  input  logic                 abort_limit_i,  // Abort: more than ACL + 1 aborts outstanding

  // Outcome
  output nvme_pkg::data_src_e  src_o,          // data to send, SrcNone for none
  output logic [14:0]          status_o,
  output logic [31:0]          result_o,       // CQE DW0
  output logic [12:0]          bytes_o,        // data length
  output logic [9:0]           start_dw_o,     // first DW of the data structure sent
  output logic                 hold_o,         // an AER parked until an event: no completion now
  output logic [31:0]          feat_value_o,   // what Set Features stores: CDW11, or 07h's grant
  output logic                 clear_log_o     // log 04h read without RAE: clear it once sent
);

  localparam logic [15:0] MaxQ0Based = 16'(MaxIoQueues - 1);

  logic [15:0] qid, qsize;
  logic [7:0]  fid, cns, lid;
  logic [31:0] numd;
  logic [63:0] log_offset;
  logic [12:0] log_size;
  assign qid        = cdw10_i[15:0];
  assign qsize      = cdw10_i[31:16];
  assign fid        = cdw10_i[7:0];
  assign cns        = cdw10_i[7:0];
  assign lid        = cdw10_i[7:0];
  assign numd       = {cdw11_i[15:0], cdw10_i[31:16]};
  assign log_offset = {cdw13_i, cdw12_i};

  logic is_set;         // Set Features (else Get Features)
  assign is_set = (opcode_i == nvme_pkg::OpSetFeatures);

  logic qid_in_range;   // 1..MaxIoQueues
  assign qid_in_range = qid != 16'h0 && qid <= 16'(MaxIoQueues);

  // Number of Queues as granted: what was asked for, at most MaxIoQueues of each kind.
  logic [31:0] queues_granted;
  assign queues_granted = {(cdw11_i[31:16] > MaxQ0Based) ? MaxQ0Based : cdw11_i[31:16],
                           (cdw11_i[15:0] > MaxQ0Based) ? MaxQ0Based : cdw11_i[15:0]};
  assign feat_value_o   = (fid == nvme_pkg::FidNumQueues) ? queues_granted : cdw11_i;

  always_comb begin
    src_o      = nvme_pkg::SrcNone;
    status_o   = nvme_pkg::StSuccess;
    result_o   = 32'h0;
    bytes_o    = 13'd4096;
    start_dw_o = '0;
    hold_o     = 1'b0;
    log_size   = 13'd0;

    unique case (opcode_i)
      nvme_pkg::OpIdentify: begin
        unique case (cns)
          nvme_pkg::CnsNamespace: begin
            // NSID 0, beyond NN, or broadcast (no namespace management): invalid.
            if (nsid_i == 32'h0 || nsid_i > nn_i) status_o = nvme_pkg::StInvalidNamespace;
            else if (ns_fail_i) status_o = nvme_pkg::StInternalError;
            else src_o = nvme_pkg::SrcIdNamespace;
          end
          nvme_pkg::CnsController: src_o = nvme_pkg::SrcIdController;
          nvme_pkg::CnsActiveList: begin
            if (nsid_i >= 32'hffff_fffe) status_o = nvme_pkg::StInvalidNamespace;
            else src_o = nvme_pkg::SrcActiveList;
          end
          nvme_pkg::CnsDescriptors: begin
            if (nsid_i == 32'h0 || nsid_i > nn_i || !ns_active_i) begin
              status_o = nvme_pkg::StInvalidNamespace;
            end else if (ns_fail_i) begin
              status_o = nvme_pkg::StInternalError;
            end else begin
              src_o = nvme_pkg::SrcIdDescriptors;
            end
          end
          default: status_o = nvme_pkg::StInvalidField;
        endcase
      end
      nvme_pkg::OpGetLogPage: begin
        unique case (lid)
          nvme_pkg::LogError:     begin src_o = nvme_pkg::SrcLogError;     log_size = 13'd64;   end
          nvme_pkg::LogSmart:     begin src_o = nvme_pkg::SrcLogSmart;     log_size = 13'd512;  end
          nvme_pkg::LogChangedNs: begin src_o = nvme_pkg::SrcLogChangedNs; log_size = 13'd4096; end
          default: status_o = nvme_pkg::StInvalidLogPage;
        endcase
        bytes_o    = {numd[10:0], 2'b00} + 13'd4;
        start_dw_o = log_offset[11:2];
        // At most one page of data, from a DW-aligned offset inside the log.
        if (status_o == nvme_pkg::StSuccess &&
            (numd >= 32'd1024 || log_offset[1:0] != 2'b00 || log_offset >= {51'h0, log_size})) begin
          status_o = nvme_pkg::StInvalidField;
          src_o    = nvme_pkg::SrcNone;
        end
      end
      nvme_pkg::OpSetFeatures, nvme_pkg::OpGetFeatures: begin
        if (is_set && cdw10_i[31]) begin
          status_o = nvme_pkg::StFeatureNotSaveable;
        end else if (!feat_supported_i) begin
          status_o = nvme_pkg::StInvalidField;
        end else if (is_set && fid == nvme_pkg::FidNumQueues) begin
          if (cdw11_i[15:0] == 16'hffff || cdw11_i[31:16] == 16'hffff) begin
            status_o = nvme_pkg::StInvalidField;
          end else if (cq_valid_i != '0 || sq_valid_i != '0) begin
            status_o = nvme_pkg::StCmdSequenceError;  // I/O queues exist already
          end else begin
            result_o = queues_granted;
          end
        end else begin
          result_o = feat_current_i;
        end
        // Get Features select: 0 current, 1 default, 2 saved (= default), 3 capabilities.
        if (!is_set && status_o == nvme_pkg::StSuccess) begin
          unique case (cdw10_i[10:8])
            3'd0: ;
            3'd1, 3'd2: result_o = feat_default_i;
            3'd3: result_o = 32'h0000_0004;   // changeable, not saveable
            default: status_o = nvme_pkg::StInvalidField;
          endcase
        end
        if (is_set && status_o == nvme_pkg::StSuccess && fid != nvme_pkg::FidNumQueues) begin
          result_o = 32'h0;
        end
      end
      nvme_pkg::OpCreateIoCq: begin
        if (!qid_in_range || qid > ncqa_i + 16'h1 || cq_valid_i[QidWidth'(qid)]) begin
          status_o = nvme_pkg::StInvalidQueueId;
        end else if (qsize == 16'h0 || qsize > 16'd1023) begin
          status_o = nvme_pkg::StInvalidQueueSize;
        end else if (!cdw11_i[0]) begin
          status_o = nvme_pkg::StInvalidField;      // CAP.CQR: queues must be contiguous
        end else if (cdw11_i[1] && cdw11_i[31:16] >= 16'(NumMsixVectors)) begin
          status_o = nvme_pkg::StInvalidVector;
        end else if (prp1_offset_i != 12'h0) begin
          status_o = nvme_pkg::StPrpOffsetInvalid;
        end
      end
      nvme_pkg::OpCreateIoSq: begin
        if (!qid_in_range || qid > nsqa_i + 16'h1 || sq_valid_i[QidWidth'(qid)]) begin
          status_o = nvme_pkg::StInvalidQueueId;
        end else if (qsize == 16'h0 || qsize > 16'd1023) begin
          status_o = nvme_pkg::StInvalidQueueSize;
        end else if (!cdw11_i[0]) begin
          status_o = nvme_pkg::StInvalidField;
        end else if (cdw11_i[31:16] == 16'h0 || cdw11_i[31:16] > 16'(MaxIoQueues) ||
                     !cq_valid_i[QidWidth'(cdw11_i[31:16])]) begin
          status_o = nvme_pkg::StCqInvalid;
        end else if (prp1_offset_i != 12'h0) begin
          status_o = nvme_pkg::StPrpOffsetInvalid;
        end
      end
      nvme_pkg::OpDeleteIoSq: begin
        if (!qid_in_range || !sq_valid_i[QidWidth'(qid)]) status_o = nvme_pkg::StInvalidQueueId;
      end
      nvme_pkg::OpDeleteIoCq: begin
        if (!qid_in_range || !cq_valid_i[QidWidth'(qid)]) status_o = nvme_pkg::StInvalidQueueId;
        else if (cq_in_use_i) status_o = nvme_pkg::StInvalidQueueDel;
      end
      nvme_pkg::OpAsyncEvent: begin
        if (aer_full_i) status_o = nvme_pkg::StAerLimitExceeded;
        else hold_o = 1'b1;
      end
      nvme_pkg::OpAbort: begin
        // DW0 bit 0: 0 when the command was aborted, 1 when it was not (not found, running).
        if (abort_limit_i) status_o = nvme_pkg::StAbortLimit;
        else result_o = {31'h0, !abort_found_i};
      end
      default: status_o = nvme_pkg::StInvalidOpcode;
    endcase

    // Fused operations and SGLs are not supported for admin commands.
    if (fuse_i != 2'b00 || psdt_i != 2'b00) begin
      status_o = nvme_pkg::StInvalidField;
      src_o    = nvme_pkg::SrcNone;
      hold_o   = 1'b0;
    end

    // Data goes to PRP1 and, past the first page boundary, to PRP2 (page aligned).
    if (src_o != nvme_pkg::SrcNone) begin
      if (prp1_offset_i[1:0] != 2'b00 ||
          ({1'b0, prp1_offset_i} + bytes_o > 13'd4096 && prp2_offset_i != 12'h0)) begin
        status_o = nvme_pkg::StPrpOffsetInvalid;
        src_o    = nvme_pkg::SrcNone;
      end
    end

    // An aborted command ends with Command Abort Requested: no data, no effects.
    if (aborted_i) begin
      status_o = nvme_pkg::StAbortRequested;
      result_o = 32'h0;
      src_o    = nvme_pkg::SrcNone;
      hold_o   = 1'b0;
    end
  end

  // Reading the Changed Namespace List without Retain Asynchronous Event clears it.
  assign clear_log_o = opcode_i == nvme_pkg::OpGetLogPage && lid == nvme_pkg::LogChangedNs &&
                       !cdw10_i[15] && src_o != nvme_pkg::SrcNone;

endmodule

`default_nettype wire
