// SPDX-License-Identifier: Apache-2.0
// NVMe base specification constants shared by the controller modules.

`default_nettype none

package nvme_pkg;

  // Admin command opcodes
  localparam logic [7:0] OpDeleteIoSq   = 8'h00;
  localparam logic [7:0] OpCreateIoSq   = 8'h01;
  localparam logic [7:0] OpGetLogPage   = 8'h02;
  localparam logic [7:0] OpDeleteIoCq   = 8'h04;
  localparam logic [7:0] OpCreateIoCq   = 8'h05;
  localparam logic [7:0] OpIdentify     = 8'h06;
  localparam logic [7:0] OpAbort        = 8'h08;
  localparam logic [7:0] OpSetFeatures  = 8'h09;
  localparam logic [7:0] OpGetFeatures  = 8'h0a;
  localparam logic [7:0] OpAsyncEvent   = 8'h0c;

  // NVM command set I/O opcodes
  localparam logic [7:0] OpFlush        = 8'h00;
  localparam logic [7:0] OpWrite        = 8'h01;
  localparam logic [7:0] OpRead         = 8'h02;
  localparam logic [7:0] OpWriteZeroes  = 8'h08;
  localparam logic [7:0] OpDsm          = 8'h09;   // Dataset Management

  // Identify CNS values
  localparam logic [7:0] CnsNamespace   = 8'h00;
  localparam logic [7:0] CnsController  = 8'h01;
  localparam logic [7:0] CnsActiveList  = 8'h02;
  localparam logic [7:0] CnsDescriptors = 8'h03;

  // Log pages
  localparam logic [7:0] LogError       = 8'h01;
  localparam logic [7:0] LogSmart       = 8'h02;
  localparam logic [7:0] LogChangedNs   = 8'h04;

  // Feature identifiers with a stored value
  localparam logic [7:0] FidArbitration   = 8'h01;
  localparam logic [7:0] FidPowerMgmt     = 8'h02;
  localparam logic [7:0] FidTempThreshold = 8'h04;
  localparam logic [7:0] FidErrorRecovery = 8'h05;
  localparam logic [7:0] FidWriteCache    = 8'h06;
  localparam logic [7:0] FidNumQueues     = 8'h07;
  localparam logic [7:0] FidIrqCoalescing = 8'h08;
  localparam logic [7:0] FidWriteAtomic   = 8'h0a;
  localparam logic [7:0] FidAsyncConfig   = 8'h0b;

  // Status: {DNR, M, CRD[1:0], SCT[2:0], SC[7:0]} as in CQE DW3 bits 31:17.
  localparam logic [14:0] StSuccess           = 15'h0000;
  localparam logic [14:0] StInvalidOpcode     = {4'b1000, 3'd0, 8'h01};
  localparam logic [14:0] StInvalidField      = {4'b1000, 3'd0, 8'h02};
  localparam logic [14:0] StDataTransferError = {4'b0000, 3'd0, 8'h04};  // may be retried
  localparam logic [14:0] StInternalError     = {4'b0000, 3'd0, 8'h06};  // may be retried
  localparam logic [14:0] StAbortRequested    = {4'b0000, 3'd0, 8'h07};  // the host's Abort
  localparam logic [14:0] StCmdSequenceError  = {4'b1000, 3'd0, 8'h0c};
  localparam logic [14:0] StInvalidNamespace  = {4'b1000, 3'd0, 8'h0b};
  localparam logic [14:0] StPrpOffsetInvalid  = {4'b1000, 3'd0, 8'h13};
  localparam logic [14:0] StLbaOutOfRange     = {4'b1000, 3'd0, 8'h80};
  localparam logic [14:0] StCqInvalid         = {4'b1000, 3'd1, 8'h00};
  localparam logic [14:0] StInvalidQueueId    = {4'b1000, 3'd1, 8'h01};
  localparam logic [14:0] StInvalidQueueSize  = {4'b1000, 3'd1, 8'h02};
  localparam logic [14:0] StAbortLimit        = {4'b1000, 3'd1, 8'h03};
  localparam logic [14:0] StAerLimitExceeded  = {4'b1000, 3'd1, 8'h05};
  localparam logic [14:0] StInvalidVector     = {4'b1000, 3'd1, 8'h08};
  localparam logic [14:0] StInvalidLogPage    = {4'b1000, 3'd1, 8'h09};
  localparam logic [14:0] StInvalidQueueDel   = {4'b1000, 3'd1, 8'h0c};
  localparam logic [14:0] StFeatureNotSaveable = {4'b1000, 3'd1, 8'h0d};

  // Where a command's data comes from, generated one DW at a time.
  typedef enum logic [2:0] {
    SrcNone,
    SrcIdController,
    SrcIdNamespace,
    SrcIdDescriptors,
    SrcActiveList,
    SrcLogError,
    SrcLogSmart,
    SrcLogChangedNs
  } data_src_e;

  // Media port write-channel operations (docs/nvme-controller.md, Media port)
  localparam logic [1:0] MediaWrite = 2'd0;   // data follows on the write-data channel
  localparam logic [1:0] MediaZero  = 2'd1;   // the range reads as zeros afterwards
  localparam logic [1:0] MediaFlush = 2'd2;   // everything written so far becomes durable
  // Each namespace owns a 2^51-byte window of the media address space: NSID - 1 in bits 63:51.
  localparam int unsigned MediaNsShift = 51;

  localparam logic [31:0] VersionReg = 32'h0001_0400;  // NVMe 1.4

  // Fault injection over simulation control: Identify data that breaks the specification, so a
  // host's checks can be tested (docs/nvme-controller.md). Namespace table FLAGS bits 6:4, per
  // NSID: what its Identify Namespace (CNS 00h) reports. 5..7 lie as 0 does: not at all.
  localparam logic [2:0] NsLieNone       = 3'd0;
  localparam logic [2:0] NsLieFlbas      = 3'd1;  // FLBAS names format NLBAF + 1, which is absent
  localparam logic [2:0] NsLieLbadsSmall = 3'd2;  // the format in use reports LBADS 8 (< 9)
  localparam logic [2:0] NsLieLbadsLarge = 3'd3;  // the format in use reports LBADS 17 (> 16)
  localparam logic [2:0] NsLieNcap       = 3'd4;  // NCAP = NSZE + 1; NUSE as without the lie
  // LIST_LIE (core register 0134h), controller wide: what the Active NSID list (CNS 02h) reports.
  localparam logic [1:0] ListLieNone      = 2'd0;
  localparam logic [1:0] ListLieUnsorted  = 2'd1;  // each pair of consecutive entries swapped
  localparam logic [1:0] ListLieDuplicate = 2'd2;  // each NSID twice in a row
  localparam logic [1:0] ListLieZero      = 2'd3;  // NSID 0 after the first entry, then the rest

endpackage

`default_nettype wire
