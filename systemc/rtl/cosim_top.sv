// SPDX-License-Identifier: Apache-2.0
// Co-simulation top: the controller, plus host-level activity shown beside it in waveforms.

`default_nettype none

module cosim_top #(
  parameter int unsigned TlpDataWidth = 256,  // TLP stream width: 64, 128 or 256 bits
  localparam int unsigned MediaWidth  = (TlpDataWidth == 64) ? 32 : TlpDataWidth
) (
  // The clock and the cycle counter change on every cycle, busy or idle: they are left out of
  // traces so a run with idle skipping writes the same waveform as one without.
  /* verilator tracing_off */
  input  logic        clk_i,
  input  logic [47:0] time_i,
  /* verilator tracing_on */
  input  logic        rst_ni,

  input  logic [TlpDataWidth-1:0]   rx_tlp_data_i,
  input  logic [TlpDataWidth/8-1:0] rx_tlp_keep_i,
  input  logic        rx_tlp_last_i,
  input  logic        rx_tlp_valid_i,
  output logic        rx_tlp_ready_o,
  output logic [TlpDataWidth-1:0]   tx_tlp_data_o,
  output logic [TlpDataWidth/8-1:0] tx_tlp_keep_o,
  output logic        tx_tlp_last_o,
  output logic        tx_tlp_valid_o,
  input  logic        tx_tlp_ready_i,

  // Media port, served by the platform's media model (common/media_port.h)
  output logic        media_rd_req_valid_o,
  input  logic        media_rd_req_ready_i,
  output logic [63:0] media_rd_req_addr_o,
  output logic [47:0] media_rd_req_len_o,
  input  logic        media_rd_data_valid_i,
  output logic        media_rd_data_ready_o,
  input  logic [MediaWidth-1:0] media_rd_data_i,
  output logic        media_wr_req_valid_o,
  input  logic        media_wr_req_ready_i,
  output logic [1:0]  media_wr_req_op_o,
  output logic [63:0] media_wr_req_addr_o,
  output logic [47:0] media_wr_req_len_o,
  output logic        media_wr_data_valid_o,
  input  logic        media_wr_data_ready_i,
  output logic [MediaWidth-1:0] media_wr_data_o,
  input  logic        media_wr_done_i,

  input  logic        sim_req_i,
  input  logic        sim_we_i,
  input  logic [15:0] sim_addr_i,
  input  logic [31:0] sim_wdata_i,
  output logic [31:0] sim_rdata_o,
  output logic        sim_idle_o,
  output logic [47:0] sim_wake_o,

  // Host activity, set by the platform (docs/platform.md); traced, drives nothing
  input  logic [15:0] host_admin_inflight_i,
  input  logic [15:0] host_identify_inflight_i,
  input  logic [7:0]  host_scan_phase_i,
  input  logic [31:0] host_registering_nsid_i,
  input  logic [31:0] host_registered_i,
  input  logic [31:0] host_interrupts_i,
  input  logic [15:0] host_resets_i,

  // Execution-slot observation for the platform's trace events (docs/platform.md). It reads the
  // admin engine through hierarchical references: simulation only, nothing added to the RTL.
  // Not traced: the platform reads these on busy edges only.
  /* verilator tracing_off */
  output logic [31:0] obs_slots_busy_o,     // slot_busy_q
  input  logic [4:0]  obs_slot_i,           // the slot read below
  output logic [95:0] obs_slot_cmd_o,       // its command's CDW10, NSID and CDW0
  output logic [47:0] obs_slot_deadline_o   // the cycle its latency has elapsed
  /* verilator tracing_on */
);

  assign obs_slots_busy_o    = u_dut.u_nvme_core.u_admin.slot_busy_q;
  assign obs_slot_cmd_o      = {u_dut.u_nvme_core.u_admin.slot_cmd_q[obs_slot_i][223:192],
                                u_dut.u_nvme_core.u_admin.slot_cmd_q[obs_slot_i][63:0]};
  assign obs_slot_deadline_o = u_dut.u_nvme_core.u_admin.slot_deadline_q[obs_slot_i];

  nvme_ctrl_top #(
    .TlpDataWidth (TlpDataWidth)
  ) u_dut (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .time_i         (time_i),
    .rx_tlp_data_i  (rx_tlp_data_i),
    .rx_tlp_keep_i  (rx_tlp_keep_i),
    .rx_tlp_last_i  (rx_tlp_last_i),
    .rx_tlp_valid_i (rx_tlp_valid_i),
    .rx_tlp_ready_o (rx_tlp_ready_o),
    .tx_tlp_data_o  (tx_tlp_data_o),
    .tx_tlp_keep_o  (tx_tlp_keep_o),
    .tx_tlp_last_o  (tx_tlp_last_o),
    .tx_tlp_valid_o (tx_tlp_valid_o),
    .tx_tlp_ready_i (tx_tlp_ready_i),
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
    .media_wr_done_i       (media_wr_done_i),
    .sim_req_i      (sim_req_i),
    .sim_we_i       (sim_we_i),
    .sim_addr_i     (sim_addr_i),
    .sim_wdata_i    (sim_wdata_i),
    .sim_rdata_o    (sim_rdata_o),
    .sim_idle_o     (sim_idle_o),
    .sim_wake_o     (sim_wake_o)
  );

  cosim_host_activity u_host (
    .admin_inflight_i    (host_admin_inflight_i),
    .identify_inflight_i (host_identify_inflight_i),
    .scan_phase_i        (host_scan_phase_i),
    .registering_nsid_i  (host_registering_nsid_i),
    .registered_i        (host_registered_i),
    .interrupts_i        (host_interrupts_i),
    .resets_i            (host_resets_i)
  );

endmodule

`default_nettype wire
