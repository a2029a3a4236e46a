// SPDX-License-Identifier: Apache-2.0
// NVMe controller core behind the PCIe endpoint: registers, admin engine, namespaces, latency.

`default_nettype none

module nvme_core #(
  parameter int unsigned NumSlots       = 32,
  parameter int unsigned MaxNamespaces  = 8192,
  parameter int unsigned NumMsixVectors = 32,
  parameter int unsigned MaxIoQueues    = 16,
  parameter int unsigned NumIoEntries   = 16,  // I/O commands between fetch and completion
  parameter bit          SimCtrlEnable  = 1'b1,
  parameter int unsigned Lanes          = 1,   // DWs per DMA data word
  localparam int unsigned CntWidth      = $clog2(Lanes + 1),
  localparam int unsigned SlotWidth     = $clog2(NumSlots),
  localparam int unsigned QidWidth      = $clog2(MaxIoQueues + 1),
  localparam int unsigned VecWidth      = $clog2(NumMsixVectors)
) (
  input  logic        clk_i,
  input  logic        rst_ni,
  input  logic [47:0] time_i,          // platform cycle counter: the time base of deadlines

  // Register port from the endpoint
  input  logic        reg_req_i,
  output logic        reg_gnt_o,
  input  logic        reg_we_i,
  input  logic [12:0] reg_addr_i,
  input  logic [31:0] reg_wdata_i,
  input  logic [3:0]  reg_be_i,
  output logic        reg_rvalid_o,
  output logic [31:0] reg_rdata_o,

  // DMA through the endpoint: read ID 0 admin fetches, 1..4 the I/O engine
  output logic        dma_rd_req_valid_o,
  input  logic        dma_rd_req_ready_i,
  output logic [63:0] dma_rd_req_addr_o,
  output logic [12:0] dma_rd_req_len_o,
  output logic [2:0]  dma_rd_req_id_o,
  input  logic        dma_rd_data_valid_i,
  input  logic [2:0]  dma_rd_data_id_i,
  input  logic [9:0]  dma_rd_data_dw_i,
  input  logic [Lanes*32-1:0] dma_rd_data_i,
  input  logic [CntWidth-1:0] dma_rd_data_count_i,
  input  logic        dma_rd_done_i,
  input  logic [2:0]  dma_rd_done_id_i,
  input  logic        dma_rd_done_err_i,
  output logic        dma_wr_req_valid_o,
  input  logic        dma_wr_req_ready_i,
  output logic [63:0] dma_wr_req_addr_o,
  output logic [12:0] dma_wr_req_len_o,
  output logic [Lanes*32-1:0] dma_wr_data_o,
  output logic [CntWidth-1:0] dma_wr_data_count_o,
  output logic        dma_wr_data_valid_o,
  input  logic        dma_wr_data_ready_i,
  input  logic        dma_wr_done_i,
  input  logic        dma_wr_done_err_i,
  output logic        msix_req_o,
  output logic [VecWidth-1:0] msix_vector_o,

  // Media port (docs/nvme-controller.md): reads, and writes, zeroes and flushes
  output logic        media_rd_req_valid_o,
  input  logic        media_rd_req_ready_i,
  output logic [63:0] media_rd_req_addr_o,
  output logic [47:0] media_rd_req_len_o,
  input  logic        media_rd_data_valid_i,
  output logic        media_rd_data_ready_o,
  input  logic [Lanes*32-1:0] media_rd_data_i,
  output logic        media_wr_req_valid_o,
  input  logic        media_wr_req_ready_i,
  output logic [1:0]  media_wr_req_op_o,
  output logic [63:0] media_wr_req_addr_o,
  output logic [47:0] media_wr_req_len_o,
  output logic        media_wr_data_valid_o,
  input  logic        media_wr_data_ready_i,
  output logic [Lanes*32-1:0] media_wr_data_o,
  input  logic        media_wr_done_i,

  // Simulation control, core window 0100h-FFFFh
  input  logic        sim_we_i,
  input  logic [15:0] sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,
  input  logic        seed_load_i,
  input  logic [31:0] seed_i,
  output logic        quiet_o,         // waiting only on time (wake_o) or on the host
  output logic [47:0] wake_o           // earliest self-timed event, all ones if none
);

  // Core-wide simulation registers (docs/nvme-controller.md)
  localparam logic [15:0] RegNn         = 16'h0100;
  localparam logic [15:0] RegReadyDelay = 16'h0104;
  localparam logic [15:0] RegSlots      = 16'h0108;
  localparam logic [15:0] RegNsChanged  = 16'h010c;  // write an NSID: Changed Namespace List + notice
  localparam logic [15:0] RegNowLo      = 16'h0110;
  localparam logic [15:0] RegNowHi      = 16'h0114;
  localparam logic [15:0] RegBusySlots  = 16'h0118;
  localparam logic [15:0] RegWakeLo     = 16'h011c;  // earliest self-timed event, all ones if none
  localparam logic [15:0] RegWakeHi     = 16'h0120;
  localparam logic [15:0] RegIdle       = 16'h0124;  // bit 0: no DMA in flight, nothing executing
  // Fault injection
  localparam logic [15:0] RegFatalAtLo  = 16'h0128;  // cycle at which CSTS.CFS sets; 0 = never
  localparam logic [15:0] RegFatalAtHi  = 16'h012c;
  localparam logic [15:0] RegLoseNsid   = 16'h0130;  // the next Identify of this NSID is lost
  localparam logic [15:0] RegListLie    = 16'h0134;  // fault injection: Active NSID list lie

  localparam logic [31:0] DefaultNn         = 32'd4096;
  localparam logic [31:0] DefaultReadyDelay = 32'd100;

  // Deadlines are absolute cycle numbers on the platform's counter (time_i). The core holds no
  // free-running state of its own, so a simulator may skip the cycles in which it waits.

  logic [31:0]        nn, ready_delay;
  logic [1:0]         list_lie;
  logic [SlotWidth:0] slots;
  logic               ns_changed;
  logic               fatal_inject;                // the injected fatal error happens now
  logic               fatal_wake_valid;
  logic [47:0]        fatal_at;
  logic [31:0]        lose_nsid;
  logic               lose_taken;
  logic [31:0]        sim_core_rdata, sim_lat_rdata, sim_ns_rdata;

  logic               engine_run, engine_reset, engine_idle, engine_quiet, engine_fatal;
  logic               admin_idle, admin_quiet, admin_fatal, io_idle, io_quiet, io_fatal;
  logic               admin_drained, engine_drained;
  assign engine_idle    = admin_idle && io_idle;
  assign engine_drained = admin_drained && io_idle;
  assign engine_quiet = admin_quiet && io_quiet;
  assign engine_fatal = admin_fatal || io_fatal;
  logic               regs_settled;
  logic [63:12]       asq, acq;
  logic [11:0]        asqs, acqs, sq_tail, cq_head;
  logic               regs_wake_valid, admin_wake_valid;
  logic [47:0]        regs_wake_at, admin_wake_at, wake_at;
  logic [SlotWidth:0] busy_slots;

  always_comb begin
    wake_at = '1;
    if (regs_wake_valid && regs_wake_at < wake_at) wake_at = regs_wake_at;
    if (admin_wake_valid && admin_wake_at < wake_at) wake_at = admin_wake_at;
    if (fatal_wake_valid && fatal_at < wake_at) wake_at = fatal_at;
  end

  if (SimCtrlEnable) begin : gen_sim
    logic [31:0]        nn_q, ready_delay_q;
    logic [SlotWidth:0] slots_q;
    logic [47:0]        fatal_at_q;
    logic [31:0]        lose_nsid_q;
    logic [1:0]         list_lie_q;
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        nn_q          <= DefaultNn;
        ready_delay_q <= DefaultReadyDelay;
        slots_q       <= (SlotWidth+1)'(NumSlots);
        fatal_at_q    <= '0;
        lose_nsid_q   <= '0;
        list_lie_q    <= nvme_pkg::ListLieNone;
      end else begin
        // Both faults are one-shot: they disarm when they happen.
        if (fatal_inject) fatal_at_q <= '0;
        if (lose_taken) lose_nsid_q <= '0;
        if (sim_we_i) begin
          unique case (sim_addr_i)
            RegNn:         nn_q <= sim_wdata_i;
            RegReadyDelay: ready_delay_q <= sim_wdata_i;
            RegListLie:    list_lie_q <= sim_wdata_i[1:0];
            // 1..NumSlots; anything else keeps the current count.
            RegSlots: if (sim_wdata_i != 32'h0 && sim_wdata_i <= 32'(NumSlots)) begin
              slots_q <= (SlotWidth+1)'(sim_wdata_i);
            end
            RegFatalAtLo:  fatal_at_q[31:0] <= sim_wdata_i;
            RegFatalAtHi:  fatal_at_q[47:32] <= sim_wdata_i[15:0];
            RegLoseNsid:   lose_nsid_q <= sim_wdata_i;
            default: ;
          endcase
        end
      end
    end
    assign nn          = nn_q;
    assign ready_delay = ready_delay_q;
    assign slots       = slots_q;
    assign list_lie    = list_lie_q;
    assign ns_changed  = sim_we_i && sim_addr_i == RegNsChanged;
    assign fatal_at    = fatal_at_q;
    assign lose_nsid   = lose_nsid_q;
    // The fatal error strikes a running controller: one that is disabled or not yet ready at
    // that time takes it when it next runs.
    assign fatal_inject     = fatal_at_q != '0 && time_i >= fatal_at_q && engine_run;
    assign fatal_wake_valid = fatal_at_q != '0 && fatal_at_q > time_i;

    always_comb begin
      unique case (sim_addr_i)
        RegNn:         sim_core_rdata = nn_q;
        RegReadyDelay: sim_core_rdata = ready_delay_q;
        RegSlots:      sim_core_rdata = 32'(slots_q);
        RegNowLo:      sim_core_rdata = time_i[31:0];
        RegNowHi:      sim_core_rdata = {16'h0, time_i[47:32]};
        RegBusySlots:  sim_core_rdata = 32'(busy_slots);
        RegWakeLo:     sim_core_rdata = wake_at[31:0];
        RegWakeHi:     sim_core_rdata = {16'h0, wake_at[47:32]};
        RegIdle:       sim_core_rdata = {30'h0, quiet_o, engine_idle};
        RegFatalAtLo:  sim_core_rdata = fatal_at_q[31:0];
        RegFatalAtHi:  sim_core_rdata = {16'h0, fatal_at_q[47:32]};
        RegLoseNsid:   sim_core_rdata = lose_nsid_q;
        RegListLie:    sim_core_rdata = {30'h0, list_lie_q};
        default:       sim_core_rdata = 32'h0;
      endcase
    end
  end else begin : gen_fixed
    assign nn             = 32'd1;
    assign ready_delay    = 32'd16;
    assign slots          = (SlotWidth+1)'(NumSlots);
    assign list_lie       = nvme_pkg::ListLieNone;
    assign ns_changed     = 1'b0;
    assign sim_core_rdata = 32'h0;
    assign fatal_at       = '0;
    assign lose_nsid      = '0;
    assign fatal_inject   = 1'b0;
    assign fatal_wake_valid = 1'b0;
    logic unused_lose_taken;
    assign unused_lose_taken = lose_taken;
  end

  assign sim_rdata_o = sim_core_rdata | sim_lat_rdata | sim_ns_rdata;
  assign quiet_o     = engine_quiet && regs_settled;
  assign wake_o      = wake_at;

  logic        io_db_we;
  logic [9:0]  io_db_index;
  logic [15:0] io_db_value;

  nvme_regs u_regs (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .now_i          (time_i),
    .reg_req_i      (reg_req_i),
    .reg_gnt_o      (reg_gnt_o),
    .reg_we_i       (reg_we_i),
    .reg_addr_i     (reg_addr_i),
    .reg_wdata_i    (reg_wdata_i),
    .reg_be_i       (reg_be_i),
    .reg_rvalid_o   (reg_rvalid_o),
    .reg_rdata_o    (reg_rdata_o),
    .ready_delay_i  (ready_delay),
    .engine_run_o   (engine_run),
    .engine_reset_o (engine_reset),
    .engine_idle_i  (engine_idle),
    .engine_drained_i (engine_drained),
    .io_db_we_o     (io_db_we),
    .io_db_index_o  (io_db_index),
    .io_db_value_o  (io_db_value),
    .fatal_i        (engine_fatal || fatal_inject),
    .asq_o          (asq),
    .acq_o          (acq),
    .asqs_o         (asqs),
    .acqs_o         (acqs),
    .sq_tail_o      (sq_tail),
    .cq_head_o      (cq_head),
    .settled_o      (regs_settled),
    .wake_valid_o   (regs_wake_valid),
    .wake_at_o      (regs_wake_at)
  );

  logic        lat_draw;
  logic [31:0] lat_nsid;
  logic [47:0] lat_cycles;

  nvme_latency #(
    .Enable (SimCtrlEnable)
  ) u_latency (
    .clk_i       (clk_i),
    .rst_ni      (rst_ni),
    .sim_we_i    (sim_we_i),
    .sim_addr_i  (sim_addr_i),
    .sim_wdata_i (sim_wdata_i),
    .sim_rdata_o (sim_lat_rdata),
    .seed_load_i (seed_load_i),
    .seed_i      (seed_i),
    .draw_i      (lat_draw),
    .nsid_i      (lat_nsid),
    .cycles_o    (lat_cycles)
  );

  logic [31:0] ns_nsid;
  logic        ns_active, ns_zero_cap, ns_lbaf, ns_fail;
  logic [47:0] ns_nsze;
  logic [2:0]  ns_lie;
  logic [31:0] io_ns_nsid;
  logic        io_ns_active, io_ns_lbaf;
  logic [47:0] io_ns_nsze;

  nvme_ns_table #(
    .Enable        (SimCtrlEnable),
    .MaxNamespaces (MaxNamespaces)
  ) u_ns_table (
    .clk_i       (clk_i),
    .rst_ni      (rst_ni),
    .sim_we_i    (sim_we_i),
    .sim_addr_i  (sim_addr_i),
    .sim_wdata_i (sim_wdata_i),
    .sim_rdata_o (sim_ns_rdata),
    .nsid_i      (ns_nsid),
    .active_o    (ns_active),
    .zero_cap_o  (ns_zero_cap),
    .lbaf_o      (ns_lbaf),
    .nsze_o      (ns_nsze),
    .fail_o      (ns_fail),
    .lie_o       (ns_lie),
    .io_nsid_i   (io_ns_nsid),
    .io_active_o (io_ns_active),
    .io_lbaf_o   (io_ns_lbaf),
    .io_nsze_o   (io_ns_nsze)
  );

  nvme_admin #(
    .NumSlots       (NumSlots),
    .MaxIoQueues    (MaxIoQueues),
    .NumMsixVectors (NumMsixVectors),
    .Lanes          (Lanes)
  ) u_admin (
    .clk_i               (clk_i),
    .rst_ni              (rst_ni),
    .now_i               (time_i),
    .run_i               (engine_run),
    .reset_i             (engine_reset),
    .idle_o              (admin_idle),
    .drained_o           (admin_drained),
    .quiet_o             (admin_quiet),
    .fatal_o             (admin_fatal),
    .asq_i               (asq),
    .acq_i               (acq),
    .asqs_i              (asqs),
    .acqs_i              (acqs),
    .sq_tail_i           (sq_tail),
    .cq_head_i           (cq_head),
    .nn_i                (nn),
    .slots_i             (slots),
    .lose_nsid_i         (lose_nsid),
    .lose_taken_o        (lose_taken),
    .lat_draw_o          (lat_draw),
    .lat_nsid_o          (lat_nsid),
    .lat_cycles_i        (lat_cycles),
    .cq_valid_i          (cq_valid),
    .sq_valid_i          (sq_valid),
    .cq_in_use_i         (cq_in_use),
    .io_sq_busy_i        (io_sq_busy),
    .queue_apply_o       (queue_apply),
    .queue_opcode_o      (queue_opcode),
    .queue_qid_o         (queue_qid),
    .queue_cqid_o        (queue_cqid),
    .queue_base_o        (queue_base),
    .queue_size_o        (queue_size),
    .queue_iv_o          (queue_iv),
    .queue_ien_o         (queue_ien),
    .write_cache_o       (write_cache),
    .ns_nsid_o           (ns_nsid),
    .ns_active_i         (ns_active),
    .ns_zero_cap_i       (ns_zero_cap),
    .ns_lbaf_i           (ns_lbaf),
    .ns_nsze_i           (ns_nsze),
    .ns_fail_i           (ns_fail),
    .ns_lie_i            (ns_lie),
    .list_lie_i          (list_lie),
    .ns_changed_i        (ns_changed),
    .ns_changed_nsid_i   (sim_wdata_i),
    .dma_rd_req_valid_o  (adm_dma_rd_req_valid),
    .dma_rd_req_ready_i  (adm_dma_rd_req_ready),
    .dma_rd_req_addr_o   (adm_dma_rd_req_addr),
    .dma_rd_req_len_o    (adm_dma_rd_req_len),
    .dma_rd_data_valid_i (adm_dma_rd_data_valid),
    .dma_rd_data_dw_i    (dma_rd_data_dw_i),
    .dma_rd_data_i       (dma_rd_data_i),
    .dma_rd_data_count_i (dma_rd_data_count_i),
    .dma_rd_done_i       (adm_dma_rd_done),
    .dma_rd_done_err_i   (dma_rd_done_err_i),
    .dma_wr_req_valid_o  (adm_dma_wr_req_valid),
    .dma_wr_req_ready_i  (adm_dma_wr_req_ready),
    .dma_wr_req_addr_o   (adm_dma_wr_req_addr),
    .dma_wr_req_len_o    (adm_dma_wr_req_len),
    .dma_wr_data_o       (adm_dma_wr_data),
    .dma_wr_data_count_o (adm_dma_wr_data_count),
    .dma_wr_data_valid_o (adm_dma_wr_data_valid),
    .dma_wr_data_ready_i (adm_dma_wr_data_ready),
    .dma_wr_done_i       (adm_dma_wr_done),
    .dma_wr_done_err_i   (dma_wr_done_err_i),
    .msix_req_o          (adm_msix_req),
    .busy_slots_o        (busy_slots),
    .wake_valid_o        (admin_wake_valid),
    .wake_at_o           (admin_wake_at)
  );


  // ---------------------------------------------------------------------------------------------
  // I/O queue table
  logic [MaxIoQueues:1] cq_valid, sq_valid, sq_work, io_sq_busy;
  logic                 cq_in_use, queue_apply, queue_ien, write_cache;
  logic [7:0]           queue_opcode;
  logic [QidWidth-1:0]  queue_qid, queue_cqid;
  logic [63:12]         queue_base;
  logic [11:0]          queue_size;
  logic [VecWidth-1:0]  queue_iv;

  // Doorbells of queues beyond the table are ignored, like those of queues not created.
  logic                 io_db_ok;
  assign io_db_ok = io_db_we && io_db_index[9:1] <= 9'(MaxIoQueues);

  logic [QidWidth-1:0]  fetch_qid, post_sqid;
  logic [63:0]          fetch_addr, post_addr;
  logic                 fetch_taken, post_taken;
  logic [11:0]          post_sq_head;
  logic                 post_cq_valid, post_cq_full, post_phase, post_ien;
  logic [VecWidth-1:0]  post_iv;

  nvme_io_queues #(
    .MaxIoQueues    (MaxIoQueues),
    .NumMsixVectors (NumMsixVectors)
  ) u_io_queues (
    .clk_i           (clk_i),
    .rst_ni          (rst_ni),
    .reset_i         (engine_reset),
    .apply_i         (queue_apply),
    .opcode_i        (queue_opcode),
    .qid_i           (queue_qid),
    .cqid_i          (queue_cqid),
    .base_i          (queue_base),
    .size_i          (queue_size),
    .iv_i            (queue_iv),
    .ien_i           (queue_ien),
    .cq_valid_o      (cq_valid),
    .sq_valid_o      (sq_valid),
    .cq_in_use_o     (cq_in_use),
    .db_we_i         (io_db_ok),
    .db_qid_i        (QidWidth'(io_db_index[9:1])),
    .db_cq_i         (io_db_index[0]),
    .db_value_i      (io_db_value),
    .sq_work_o       (sq_work),
    .fetch_qid_i     (fetch_qid),
    .fetch_addr_o    (fetch_addr),
    .fetch_taken_i   (fetch_taken),
    .post_sqid_i     (post_sqid),
    .post_sq_head_o  (post_sq_head),
    .post_cq_valid_o (post_cq_valid),
    .post_cq_full_o  (post_cq_full),
    .post_addr_o     (post_addr),
    .post_phase_o    (post_phase),
    .post_ien_o      (post_ien),
    .post_iv_o       (post_iv),
    .post_taken_i    (post_taken)
  );

  // ---------------------------------------------------------------------------------------------
  // I/O engine
  logic                io_rd_req_valid, io_rd_req_ready;
  logic [63:0]         io_rd_req_addr;
  logic [12:0]         io_rd_req_len;
  logic [2:0]          io_rd_req_id;
  logic                io_wr_req_valid, io_wr_req_ready, io_wr_data_valid, io_wr_data_ready;
  logic                io_wr_done;
  logic [63:0]         io_wr_req_addr;
  logic [12:0]         io_wr_req_len;
  logic [Lanes*32-1:0] io_wr_data;
  logic [CntWidth-1:0] io_wr_data_count;
  logic                io_msix_req;
  logic [VecWidth-1:0] io_msix_vector;

  nvme_io #(
    .MaxIoQueues    (MaxIoQueues),
    .NumMsixVectors (NumMsixVectors),
    .NumEntries     (NumIoEntries),
    .Lanes          (Lanes)
  ) u_io (
    .clk_i                 (clk_i),
    .rst_ni                (rst_ni),
    .run_i                 (engine_run),
    .reset_i               (engine_reset),
    .idle_o                (io_idle),
    .quiet_o               (io_quiet),
    .fatal_o               (io_fatal),
    .nn_i                  (nn),
    .write_cache_i         (write_cache),
    .sq_work_i             (sq_work),
    .sq_busy_o             (io_sq_busy),
    .fetch_qid_o           (fetch_qid),
    .fetch_addr_i          (fetch_addr),
    .fetch_taken_o         (fetch_taken),
    .post_sqid_o           (post_sqid),
    .post_sq_head_i        (post_sq_head),
    .post_cq_valid_i       (post_cq_valid),
    .post_cq_full_i        (post_cq_full),
    .post_addr_i           (post_addr),
    .post_phase_i          (post_phase),
    .post_ien_i            (post_ien),
    .post_iv_i             (post_iv),
    .post_taken_o          (post_taken),
    .ns_nsid_o             (io_ns_nsid),
    .ns_active_i           (io_ns_active),
    .ns_lbaf_i             (io_ns_lbaf),
    .ns_nsze_i             (io_ns_nsze),
    .dma_rd_req_valid_o    (io_rd_req_valid),
    .dma_rd_req_ready_i    (io_rd_req_ready),
    .dma_rd_req_addr_o     (io_rd_req_addr),
    .dma_rd_req_len_o      (io_rd_req_len),
    .dma_rd_req_id_o       (io_rd_req_id),
    .dma_rd_data_valid_i   (dma_rd_data_valid_i && dma_rd_data_id_i != 3'd0),
    .dma_rd_data_id_i      (dma_rd_data_id_i),
    .dma_rd_data_dw_i      (dma_rd_data_dw_i),
    .dma_rd_data_i         (dma_rd_data_i),
    .dma_rd_data_count_i   (dma_rd_data_count_i),
    .dma_rd_done_i         (dma_rd_done_i && dma_rd_done_id_i != 3'd0),
    .dma_rd_done_id_i      (dma_rd_done_id_i),
    .dma_rd_done_err_i     (dma_rd_done_err_i),
    .dma_wr_req_valid_o    (io_wr_req_valid),
    .dma_wr_req_ready_i    (io_wr_req_ready),
    .dma_wr_req_addr_o     (io_wr_req_addr),
    .dma_wr_req_len_o      (io_wr_req_len),
    .dma_wr_data_o         (io_wr_data),
    .dma_wr_data_count_o   (io_wr_data_count),
    .dma_wr_data_valid_o   (io_wr_data_valid),
    .dma_wr_data_ready_i   (io_wr_data_ready),
    .dma_wr_done_i         (io_wr_done),
    .dma_wr_done_err_i     (dma_wr_done_err_i),
    .msix_req_o            (io_msix_req),
    .msix_vector_o         (io_msix_vector),
    .media_rd_req_valid_o  (media_rd_req_valid_o),
    .media_rd_req_ready_i  (media_rd_req_ready_i),
    .media_rd_req_addr_o   (media_rd_req_addr_o),
    .media_rd_req_len_o    (media_rd_req_len_o),
    .media_rd_data_valid_i (media_rd_data_valid_i),
    .media_rd_data_ready_o (media_rd_data_ready_o),
    .media_rd_data_i       (media_rd_data_i),
    .media_wr_req_valid_o  (media_wr_req_valid_o),
    .media_wr_req_ready_i  (media_wr_req_ready_i),
    .media_wr_req_op_o     (media_wr_req_op_o),
    .media_wr_req_addr_o   (media_wr_req_addr_o),
    .media_wr_req_len_o    (media_wr_req_len_o),
    .media_wr_data_valid_o (media_wr_data_valid_o),
    .media_wr_data_ready_i (media_wr_data_ready_i),
    .media_wr_data_o       (media_wr_data_o),
    .media_wr_done_i       (media_wr_done_i)
  );

  // ---------------------------------------------------------------------------------------------
  // DMA sharing between the admin and I/O engines. Reads: the admin fetch first; the data and
  // done of a read go by ID (admin 0). Writes: one request at a time, the admin engine's first
  // when both ask; the data and done go to the engine that owns the write in flight.
  logic                adm_dma_rd_req_valid, adm_dma_rd_req_ready;
  logic [63:0]         adm_dma_rd_req_addr;
  logic [12:0]         adm_dma_rd_req_len;
  logic                adm_dma_rd_data_valid, adm_dma_rd_done;
  logic                adm_dma_wr_req_valid, adm_dma_wr_req_ready, adm_dma_wr_data_valid;
  logic                adm_dma_wr_data_ready, adm_dma_wr_done;
  logic [63:0]         adm_dma_wr_req_addr;
  logic [12:0]         adm_dma_wr_req_len;
  logic [Lanes*32-1:0] adm_dma_wr_data;
  logic [CntWidth-1:0] adm_dma_wr_data_count;
  logic                adm_msix_req;

  // A read request offered and not taken stays offered, whoever asks meanwhile.
  logic rd_pick_io, rd_wait_q, rd_wait_io_q;
  assign rd_pick_io            = rd_wait_q ? rd_wait_io_q : !adm_dma_rd_req_valid;
  assign dma_rd_req_valid_o    = adm_dma_rd_req_valid || io_rd_req_valid;
  assign dma_rd_req_addr_o     = rd_pick_io ? io_rd_req_addr : adm_dma_rd_req_addr;
  assign dma_rd_req_len_o      = rd_pick_io ? io_rd_req_len : adm_dma_rd_req_len;
  assign dma_rd_req_id_o       = rd_pick_io ? io_rd_req_id : 3'd0;
  assign adm_dma_rd_req_ready  = dma_rd_req_ready_i && !rd_pick_io;
  assign io_rd_req_ready       = dma_rd_req_ready_i && rd_pick_io;
  assign adm_dma_rd_data_valid = dma_rd_data_valid_i && dma_rd_data_id_i == 3'd0;
  assign adm_dma_rd_done       = dma_rd_done_i && dma_rd_done_id_i == 3'd0;

  logic wr_busy_q, wr_owner_io_q;
  assign dma_wr_req_valid_o    = !wr_busy_q && (adm_dma_wr_req_valid || io_wr_req_valid);
  assign dma_wr_req_addr_o     = adm_dma_wr_req_valid ? adm_dma_wr_req_addr : io_wr_req_addr;
  assign dma_wr_req_len_o      = adm_dma_wr_req_valid ? adm_dma_wr_req_len : io_wr_req_len;
  assign adm_dma_wr_req_ready  = !wr_busy_q && dma_wr_req_ready_i;
  assign io_wr_req_ready       = !wr_busy_q && dma_wr_req_ready_i && !adm_dma_wr_req_valid;
  assign dma_wr_data_valid_o   = wr_busy_q && (wr_owner_io_q ? io_wr_data_valid
                                                             : adm_dma_wr_data_valid);
  assign dma_wr_data_o         = wr_owner_io_q ? io_wr_data : adm_dma_wr_data;
  assign dma_wr_data_count_o   = wr_owner_io_q ? io_wr_data_count : adm_dma_wr_data_count;
  assign adm_dma_wr_data_ready = dma_wr_data_ready_i && wr_busy_q && !wr_owner_io_q;
  assign io_wr_data_ready      = dma_wr_data_ready_i && wr_busy_q && wr_owner_io_q;
  assign adm_dma_wr_done       = dma_wr_done_i && !wr_owner_io_q;
  assign io_wr_done            = dma_wr_done_i && wr_owner_io_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wr_busy_q     <= 1'b0;
      wr_owner_io_q <= 1'b0;
      rd_wait_q     <= 1'b0;
      rd_wait_io_q  <= 1'b0;
    end else begin
      rd_wait_q <= dma_rd_req_valid_o && !dma_rd_req_ready_i;
      // Only on a stall: a flop that changed in quiet cycles would differ with idle skipping.
      if (dma_rd_req_valid_o && !dma_rd_req_ready_i) rd_wait_io_q <= rd_pick_io;
      if (dma_wr_req_valid_o && dma_wr_req_ready_i) begin
        wr_busy_q     <= 1'b1;
        wr_owner_io_q <= !adm_dma_wr_req_valid;
      end
      if (dma_wr_done_i) wr_busy_q <= 1'b0;
    end
  end

  // Each engine raises its interrupt as its completion entry is written, so never both at once.
  assign msix_req_o    = adm_msix_req || io_msix_req;
  assign msix_vector_o = io_msix_req ? io_msix_vector : '0;

endmodule

`default_nettype wire
