#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Synthesis sanity check with Yosys: no latches, no combinational loops, multiple drivers or
# implicit nets; prints cell, flip-flop and memory counts. Environment overrides (defaults in
# brackets):
#   SYNTH_TOP [pcie_ep]  SYNTH_FILELIST [rtl/pcie_ep.f]  SYNTH_OUT [build/synth]
#   SYNTH_PARAMS [SimCtrlEnable=0]: space-separated NAME=VALUE top parameters ("" for none),
#     e.g. "SimCtrlEnable=0 TlpDataWidth=256"
# Writes $SYNTH_OUT/summary.txt, "CELLS FLIP_FLOPS MEMORIES MEMORY_BITS" (scripts/synth_table.sh).
#
# Yosys 0.23's own SystemVerilog parser (Debian 12) rejects, among others: `import pkg::*`
# (anywhere; write pkg::Name), `return` in functions (assign to the function name), casts to a
# typedef (`state_e'(x)`), `unique if`/`priority if`, multi-dimensional packed arrays
# (`logic [3:0][7:0]`), unpacked-array ports, `'{...}` patterns, `inside`, `$bits(pkg::type_t)`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

top=${SYNTH_TOP:-pcie_ep}
filelist=${SYNTH_FILELIST:-rtl/pcie_ep.f}
out=${SYNTH_OUT:-build/synth}
params=${SYNTH_PARAMS-SimCtrlEnable=0}

die() { echo "synth: $*" >&2; exit 1; }

# File list: one path per line, relative to the repository root; `//` comments allowed; a line
# `-f other.f` includes another list, as Verilator reads it.
files=()
read_list() {
  local list=$1 f
  [[ -f $list ]] || die "file list $list not found"
  while read -r f; do
    [[ -n $f ]] || continue
    if [[ $f == "-f "* ]]; then
      read_list "${f#-f }"
      continue
    fi
    [[ -f $f ]] || die "$list names $f, which does not exist"
    files+=("$f")
  done < <(sed -e 's#//.*##' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$list")
}
read_list "$filelist"
[[ ${#files[@]} -gt 0 ]] || die "$filelist lists no files"

mkdir -p "$out"
log=$out/yosys.log
rm -f "$log" "$out/rtl_stat.txt" "$out/stat.txt" "$out/summary.txt"

{
  # SYNTHESIS is predefined by Yosys too; spelled out to match what the RTL tests for.
  echo "read_verilog -sv -DSYNTHESIS ${files[*]}"
  for p in $params; do
    echo "chparam -set ${p%%=*} ${p#*=} $top"
  done
  echo "hierarchy -check -top $top"
  echo "proc"
  echo "select -assert-none t:\$dlatch t:\$adlatch t:\$dlatchsr t:\$sr"
  echo "flatten"
  echo "tee -q -o $out/rtl_stat.txt stat"
  # The generic flow without memory_map: RAMs stay memories, as an FPGA flow maps them to block
  # RAM; mapping kilobits of RAM to flip-flops and multiplexers would only slow the check down.
  echo "synth -top $top -flatten -run begin:fine"
  echo "opt -fast -full"
  echo "opt -full"
  echo "techmap"
  echo "opt -fast"
  echo "abc -fast"
  echo "opt -fast"
  echo "check -assert"
  echo "tee -q -o $out/stat.txt stat"
} > "$out/synth.ys"

if ! yosys -q -l "$log" -s "$out/synth.ys" >/dev/null 2>&1; then
  echo "synth: yosys failed on $top (log: $log)" >&2
  if grep -q "Latch inferred for signal" "$log"; then
    # proc reports each latch once: an ERROR for always_comb, a note for always @*.
    grep -o "Latch inferred for signal .* from" "$log" | sort -u |
      sed -e 's/^Latch inferred for signal /synth: latch inferred in /' -e 's/ from$//' >&2
  elif grep -q "^ERROR: Found .* problems in 'check -assert'" "$log"; then
    echo "synth: design check failed (combinational loop, multiple drivers or undriven net):" >&2
    # The last report is the one from our `check -assert`, on the synthesised netlist.
    awk '/Executing CHECK pass/ { last = "" } { last = last $0 "\n" } END { printf "%s", last }' \
      "$log" | grep -E "^(Warning|    )" | sed 's/^/  /' >&2 || true
  elif grep -q "ERROR: syntax error" "$log"; then
    echo "synth: parse error; yosys 0.23 reads a subset of SystemVerilog (see scripts/synth.sh)" >&2
  elif grep -q "Can't find object for defparam" "$log"; then
    echo "synth: $top lacks a parameter named in SYNTH_PARAMS='$params'" >&2
  fi
  echo "synth: last lines of the log:" >&2
  tail -n 15 "$log" | sed 's/^/  /' >&2
  exit 1
fi

# Every RTL file starts with `default_nettype none; Yosys 0.23 only warns where a net is then
# implicit (Verilator stops), so that warning fails here too.
if grep -q "is implicitly declared" "$log"; then
  grep "is implicitly declared" "$log" | sort -u | sed 's/^/synth: /' >&2
  die "implicit net on $top under \`default_nettype none"
fi

# stat: "Number of cells: N" then one "  $_TYPE_   count" line per cell type.
cells=$(awk '/Number of cells:/ { print $NF; exit }' "$out/stat.txt")
ffs=$(awk '$1 ~ /^\$_(AL|S)?DFF/ { n += $2 } END { print n + 0 }' "$out/stat.txt")
# Memories stay memories (the flow above skips memory_map); count them in the RTL-level stat.
mems=$(awk '/Number of memories:/ { print $NF; exit }' "$out/rtl_stat.txt")
mem_bits=$(awk '/Number of memory bits:/ { print $NF; exit }' "$out/rtl_stat.txt")
warnings=$(grep -c '^Warning:' "$log" || true)

# For scripts/synth_table.sh: cells, flip-flops, memories, memory bits.
echo "${cells:-?} $ffs ${mems:-0} ${mem_bits:-0}" >"$out/summary.txt"

awk '/^Warning:/ && !seen[$0]++ && shown++ < 5 { print "  " $0 }' "$log"
echo "synth: $top OK: ${cells:-?} cells, $ffs flip-flops, ${mems:-0} memories (${mem_bits:-0} bits)," \
  "$warnings warnings (log: $log)"
