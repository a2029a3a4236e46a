#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The sizes `make synth` found, one row per top and TLP stream width, from the summary.txt that
# scripts/synth.sh leaves in each output directory <SYNTH_DIR>/<top>_w<width>.
# Usage: synth_table.sh SYNTH_DIR "WIDTHS" TOP...
set -euo pipefail

dir=$1
widths=$2
shift 2

printf '%-14s %6s %8s %11s %8s %11s\n' top width cells flip-flops memories memory-bits
for top in "$@"; do
  for w in $widths; do
    summary=$dir/${top}_w$w/summary.txt
    if [[ -f $summary ]]; then
      read -r cells ffs mems mem_bits <"$summary"
    else
      cells=- ffs=- mems=- mem_bits=-
    fi
    printf '%-14s %6s %8s %11s %8s %11s\n' "$top" "$w" "$cells" "$ffs" "$mems" "$mem_bits"
  done
done
