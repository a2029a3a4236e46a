#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make waves works: the scenario writes an FST, the generated save file carries the markers at
# scan start and end, opens its view on the scan, has a translate filter that exists and shows
# only enum-typed signals by enum name, and the printed command opens them.
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
# The view opens on the scan: GTKWave shows 2^-zoom ps per 200 pixels and keeps [timestart]
# only if the view ends inside the waveform. The wave pane is at most the window's width less
# the two side panes, and at least 900 pixels (the width waves.sh fits the scan into).
read -r zoom < <(grep '^\*' "$work/out/scan.gtkw" | cut -c2- | cut -d' ' -f1)
view_start=$(sed -n 's/^\[timestart\] //p' "$work/out/scan.gtkw")
read -r _ width _ < <(grep '^\[size\]' "$work/out/scan.gtkw")
sst=$(sed -n 's/^\[sst_width\] //p' "$work/out/scan.gtkw")
names=$(sed -n 's/^\[signals_width\] //p' "$work/out/scan.gtkw")
last=$(fst2vcd -f "$work/out/scan.fst" 2>/dev/null | grep '^#' | tail -1 | cut -c2-)
awk -v zoom="$zoom" -v start="$view_start" -v a="$marker_a" -v b="$marker_b" -v last="$last" \
    -v widest=$((width - sst - names)) 'BEGIN {
      per_pixel = 2 ^ -zoom / 200
      exit !(start <= a && start + 900 * per_pixel >= b && start + widest * per_pixel <= last) }' ||
  fail "view from $view_start ps at zoom $zoom does not frame $marker_a..$marker_b ps within $last ps"

# Every signal the save file shows exists in the waveform as named, range included (the TLP
# stream ports take the build's width, NVME_COSIM_TLP_WIDTH).
fst2vcd -f "$work/out/scan.fst" 2>/dev/null | awk '
  header_done { next }
  /^\$scope/ { path = path (path == "" ? "" : ".") $3 }
  /^\$upscope/ { sub(/\.?[^.]*$/, "", path) }
  /^\$var/ { print path "." $5 ($6 ~ /^\[/ ? $6 : "") }
  /^\$enddefinitions/ { header_done = 1 }' >"$work/fst_signals"
shown=0
while read -r signal; do
  grep -qxF "$signal" "$work/fst_signals" || fail "the save file shows $signal, not in the waveform"
  shown=$((shown + 1))
done < <(grep '^cosim\.' "$work/out/scan.gtkw")
(( shown >= 10 )) || fail "only $shown signals in the save file"

# Signals shown by enum name (flags with bit 32, TR_ENUM) must carry an enum table in the FST:
# fst2vcd -e writes it as a "misc 07" attribute just before the variable.
fst2vcd -e -f "$work/out/scan.fst" 2>/dev/null | awk '
  header_done { next }
  /^\$scope/ { path = path (path == "" ? "" : ".") $3 }
  /^\$upscope/ { sub(/\.?[^.]*$/, "", path) }
  /^\$attrbegin misc 07/ { enum_next = 1; next }
  /^\$var/ { if (enum_next) print path "." $5 $6; enum_next = 0 }
  /^\$enddefinitions/ { header_done = 1 }' >"$work/enum_signals"
enum_flagged=0
while read -r signal; do
  grep -qxF "$signal" "$work/enum_signals" || fail "$signal is shown by enum name but has no enum table"
  enum_flagged=$((enum_flagged + 1))
done < <(grep -A1 '^@1[0-9a-f]\{8\}$' "$work/out/scan.gtkw" | grep -v '^@\|^--$')
(( enum_flagged >= 3 )) || fail "only $enum_flagged signals shown by enum name"

echo "PASS: waveform, save file with markers at $marker_a and $marker_b ps framed at zoom $zoom," \
  "$shown signals all in the waveform, opcode filter, $enum_flagged enum signals"
