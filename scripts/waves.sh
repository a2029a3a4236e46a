#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make waves: runs the default scenario with an FST waveform, writes a GTKWave save file for it
# (signals grouped, admin opcodes by name, markers A and B at scan start and
# end) and prints the command that opens both.
# Usage: waves.sh NVME_COSIM_BINARY OUT_DIR [nvme-cosim scan options...]
set -euo pipefail

binary=$1
out=$2
shift 2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

"$binary" scan --waveform "$out/scan.fst" --json "$out/scan.json" "$@" >"$out/scan.txt"

number() { grep -o "\"$1\": [0-9]*" "$out/scan.json" | head -1 | grep -o '[0-9]*$'; }
start_ns=$(number scan_started_ns)
end_ns=$(number scan_finished_ns)

# The waveform's time unit is 1 ps. The view opens on the scan: [timestart] a little before it,
# and a zoom that fits it into the wave pane. GTKWave shows 2^-zoom time units per 200 pixels;
# the pane is about 900 pixels wide in the save file's window size.
start_ps=$((start_ns * 1000))
end_ps=$((end_ns * 1000))
margin_ps=$(((end_ps - start_ps) / 50))
view_start_ps=$((start_ps > margin_ps ? start_ps - margin_ps : 0))
zoom=$(awk -v span=$((end_ps - view_start_ps + margin_ps)) 'BEGIN { printf "%.6f", -log(span * 200 / 900) / log(2) }')

# The TLP stream ports are as wide as the build made them (NVME_COSIM_TLP_WIDTH: 64, 128 or 256
# bits); the save file names them with the 64-bit ranges, so those take the waveform's own.
range_of() {  # the [msb:0] of a cosim_top port in the waveform's header
  fst2vcd -f "$out/scan.fst" 2>/dev/null | sed -n '1,/^\$enddefinitions/p' |
    awk -v name="$1" '$1 == "$var" && $5 == name && !found++ { print $6 }'
}
data_range=$(range_of rx_tlp_data_i)
keep_range=$(range_of rx_tlp_keep_i)
[[ $data_range =~ ^\[[0-9]+:0\]$ && $keep_range =~ ^\[[0-9]+:0\]$ ]] ||
  { echo "waves.sh: no TLP stream ports in $out/scan.fst" >&2; exit 1; }

# The "*" line holds the zoom, the primary marker and the named markers A..Z (-1: unset);
# translate filters get absolute paths.
{
  echo "[dumpfile] \"$out/scan.fst\""
  echo "[timestart] $view_start_ps"
  echo "*$zoom $start_ps $start_ps $end_ps$(printf ' -1%.0s' {1..24})"
  sed -e '/^\[timestart\]/d' -e "s|^\\^\\([0-9]*\\) waves/|^\\1 $root/waves/|" \
    -e "s/^\\(cosim\\.cosim_top\\.[rt]x_tlp_data_[io]\\)\\[63:0\\]$/\\1$data_range/" \
    -e "s/^\\(cosim\\.cosim_top\\.[rt]x_tlp_keep_[io]\\)\\[7:0\\]$/\\1$keep_range/" \
    "$root/waves/nvme-cosim.gtkw"
} >"$out/scan.gtkw"

cat "$out/scan.txt"
echo
echo "Waveform: $out/scan.fst (markers A and B: scan start $start_ns ns, end $end_ns ns)"
echo "Open it with:"
echo "  gtkwave -a $out/scan.gtkw $out/scan.fst"
