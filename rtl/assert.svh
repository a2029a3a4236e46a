// SPDX-License-Identifier: Apache-2.0
// Assertion macros: concurrent properties on clk_i, off in reset, left out of synthesis.
//
// Every macro names its property, checks it at each rising edge of clk_i while rst_ni is high,
// and on failure prints the property's text after the failing instance's path:
//   [<ps>] %Error: tlp_rx_unpack.sv:<line>: Assertion failed in TOP.pcie_ep.u_rx_unpack.RxTlpHolds: <text>
// Properties on a module's inputs check whoever drives them (a bench, or the module upstream);
// properties on its outputs check the module itself. Under SYNTHESIS the macros expand to
// nothing. Verilator compiles them with --assert (docs/nvme-controller.md, "Assertions").

`ifndef ASSERT_SVH
`define ASSERT_SVH

`ifndef SYNTHESIS

// prop_ holds at every rising edge of clk_i out of reset.
`define ASSERT(name_, prop_) \
  name_: assert property (@(posedge clk_i) disable iff (!rst_ni) (prop_)) \
    else $error("%s", `"prop_`");

// No X or Z bit in sig_ (while valid_ is high). Verilator is a two-state simulator, where these
// cannot fail; a four-state simulator sees them.
`define ASSERT_KNOWN(name_, sig_) \
  `ASSERT(name_, !$isunknown(sig_))
`define ASSERT_KNOWN_IF(name_, sig_, valid_) \
  `ASSERT(name_, (valid_) |-> !$isunknown(sig_))

// A valid/ready stream: once valid_ is high while ready_ is low, valid_ stays high and payload_
// keeps its value until the cycle that has both.
`define ASSERT_STREAM(name_, valid_, ready_, payload_) \
  `ASSERT(name_, (valid_) && !(ready_) |=> (valid_) && $stable(payload_))

`else

`define ASSERT(name_, prop_)
`define ASSERT_KNOWN(name_, sig_)
`define ASSERT_KNOWN_IF(name_, sig_, valid_)
`define ASSERT_STREAM(name_, valid_, ready_, payload_)

`endif

`endif
