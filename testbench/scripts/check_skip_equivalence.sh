#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Idle skipping must not change results: runs one scenario with skipping on, on again, and off,
# each in its own process, and checks completion times, TLP logs and waveforms are identical.
# Usage: check_skip_equivalence.sh TESTS_BINARY TEST_NAME
set -euo pipefail

tests_binary=$1
test_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {  # run NAME SKIP
  mkdir -p "$work/$1"
  NVME_COSIM_SKIP=$2 NVME_COSIM_OUT=$work/$1 "$tests_binary" --gtest_filter="$test_name" \
    >"$work/$1/out.txt" || { cat "$work/$1/out.txt" >&2; exit 1; }
  # The FST header carries the date it was written, and the writer records a time for every
  # dump call even where nothing changed: drop both, the value changes and their times remain.
  fst2vcd -f "$work/$1/wave.fst" 2>/dev/null | sed '/^\$date/,/^\$end/d' |
    awk '/^#/ { pending = $0; next } { if (pending != "") { print pending; pending = "" } print }' \
    >"$work/$1/wave.vcd"
}
run skip 1
run again 1
run noskip 0

for file in completions.log tlp.log wave.vcd; do
  if [[ ! -s $work/skip/$file ]]; then
    echo "FAIL: $file is empty" >&2
    exit 1
  fi
  for other in again noskip; do
    if ! cmp -s "$work/skip/$file" "$work/$other/$file"; then
      echo "FAIL: $file differs between 'skip' and '$other':" >&2
      diff "$work/skip/$file" "$work/$other/$file" | head -20 >&2
      exit 1
    fi
  done
done
# The waveform holds the RTL hierarchy and the host activity on the same time base.
for scope in cosim_top u_dut u_pcie_ep u_nvme_core u_admin u_host; do
  grep -q "^\$scope module $scope \$end" "$work/skip/wave.vcd" ||
    { echo "FAIL: scope $scope missing from the waveform" >&2; exit 1; }
done
grep -q ' scan_phase_i ' "$work/skip/wave.vcd" || { echo "FAIL: no host activity" >&2; exit 1; }
# Every signal the GTKWave save files name exists under that name. The TLP stream ports' ranges
# are the build's (NVME_COSIM_TLP_WIDTH): the save files give the 64-bit ones and waves.sh
# puts in the waveform's (cli.Waves.SaveFileWithMarkers checks those), so they go unranged here.
unrange_tlp_ports() { sed -E 's/^(cosim\.cosim_top\.[rt]x_tlp_(data|keep)_[io])\[[0-9]+:0\]$/\1/'; }
awk '/^\$scope/ { path[++depth] = $3 } /^\$upscope/ { depth-- }
     /^\$var/ { name = ""; for (i = 1; i <= depth; i++) name = name path[i] "."
                print name $5 ($6 ~ /^\[/ ? $6 : "") }' "$work/skip/wave.vcd" | unrange_tlp_ports |
  sort -u >"$work/signals"
save_dir=$(dirname "$0")/../../waves
for save in "$save_dir"/*.gtkw; do
  grep '^cosim\.' "$save" | unrange_tlp_ports | while read -r signal; do
    grep -qxF "$signal" "$work/signals" ||
      { echo "FAIL: $(basename "$save") names $signal, not in the waveform" >&2; exit 1; }
  done
done
echo "PASS: $(wc -l <"$work/skip/completions.log") completions, $(wc -l <"$work/skip/tlp.log") TLPs" \
  "and a $(wc -l <"$work/skip/wave.vcd")-line waveform identical with skipping on, on again and off"
