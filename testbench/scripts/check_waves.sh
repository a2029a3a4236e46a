#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make waves works: the scenario writes an FST, the generated save file carries the markers at
# scan start and end and a translate filter that exists, and the printed command opens them.
# Usage: check_waves.sh NVME_COSIM_BINARY
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
script=$(dirname "$0")/../../scripts/waves.sh

"$script" "$1" "$work/out" --namespaces 5 --strategy ordered >"$work/stdout"
fail() { echo "FAIL: $*" >&2; cat "$work/stdout" >&2; exit 1; }

[[ -s $work/out/scan.fst ]] || fail "no waveform"
fst2vcd -f "$work/out/scan.fst" >/dev/null 2>&1 || fail "fst2vcd cannot read the waveform"
grep -q "^  gtkwave -a $work/out/scan.gtkw $work/out/scan.fst$" "$work/stdout" ||
  fail "no gtkwave command printed"
read -r _ _ marker_a marker_b _ < <(grep '^\*' "$work/out/scan.gtkw")
(( marker_a > 0 && marker_b > marker_a )) || fail "markers A=$marker_a B=$marker_b"
filter=$(grep '^\^1 ' "$work/out/scan.gtkw" | cut -d' ' -f2)
[[ -f $filter ]] || fail "translate filter $filter missing"
grep -q '^06 Identify$' "$filter" || fail "no Identify in the opcode filter"
echo "PASS: waveform, save file with markers at $marker_a and $marker_b ps, opcode filter"
