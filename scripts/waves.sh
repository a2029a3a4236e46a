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

# The waveform's time unit is 1 ps. The "*" line holds the zoom, the primary marker and the
# named markers A..Z (-1: unset); translate filters get absolute paths.
{
  echo "[dumpfile] \"$out/scan.fst\""
  echo "*-30.000000 $((start_ns * 1000)) $((start_ns * 1000)) $((end_ns * 1000))$(printf ' -1%.0s' {1..24})"
  sed "s|^\\^\\([0-9]*\\) waves/|^\\1 $root/waves/|" "$root/waves/nvme-cosim.gtkw"
} >"$out/scan.gtkw"

cat "$out/scan.txt"
echo
echo "Waveform: $out/scan.fst (markers A and B: scan start $start_ns ns, end $end_ns ns)"
echo "Open it with:"
echo "  gtkwave -a $out/scan.gtkw $out/scan.fst"
