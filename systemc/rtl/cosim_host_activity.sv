// SPDX-License-Identifier: Apache-2.0
// Host-level activity as a scope of its own, so GTKWave lists it under "u_host".

`default_nettype none

module cosim_host_activity (
  input logic [15:0] admin_inflight_i,     // admin commands submitted, not completed
  input logic [15:0] identify_inflight_i,  // Identify commands of the scan in flight
  input logic [7:0]  scan_phase_i,         // docs/platform.md: 0 idle, 1 bring-up, 2 list, ...
  input logic [31:0] registering_nsid_i,   // NSID whose name is being allocated, 0 if none
  input logic [31:0] registered_i,         // namespaces registered so far
  input logic [31:0] interrupts_i,         // MSI-X messages received
  input logic [15:0] resets_i              // controller resets by the driver's recovery
);
endmodule

`default_nettype wire
