#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make bench (scan speed): what a user waits for. The 4096-namespace `ordered` scan, with its
# evaluated RTL cycles (exact, the same on every machine) and wall time against the targets, and
# sweep figures from `nvme-cosim sweep` (its worker processes, checks and reports included):
# `ordered` 100-namespace scans, one per seed, and the default matrix's scan scenario (19
# namespaces, every strategy), completed per wall-clock minute with -j 1 and -j 2.
#
# Usage: bench/scan_speed.sh [--build-dir DIR] [--sweep-scans N]
#   --build-dir DIR    the project's build directory (default build): DIR/nvme-cosim
#   --sweep-scans N    100-namespace scans per sweep (default 40)
set -euo pipefail

build=build
sweep_scans=40
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --sweep-scans)
      [[ $# -ge 2 ]] || {
        echo "scan-speed: $1 needs a value" >&2
        exit 2
      }
      [[ $1 == --build-dir ]] && build=$2 || sweep_scans=$2
      shift 2
      ;;
    *)
      sed -n '/^# Usage:/,/^#   --sweep-scans/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
      exit 2
      ;;
  esac
done
[[ $sweep_scans =~ ^[1-9][0-9]*$ ]] || {
  echo "scan-speed: --sweep-scans takes a count of 1 or more" >&2
  exit 2
}
cosim=$build/nvme-cosim
[[ -x $cosim ]] || {
  echo "scan-speed: $cosim not found (make build)" >&2
  exit 2
}

readonly max_cycles=3000000 max_wall=4.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# summary.<key> of a scan's JSON.
summary() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["summary"][sys.argv[2]])' "$1" "$2"; }

"$cosim" scan --namespaces 4096 --strategy ordered --json "$work/big.json" >/dev/null
width=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["settings"]["tlp_width_bits"])' "$work/big.json")
echo "scan speed: $cosim, $width-bit TLP streams" 
cycles=$(summary "$work/big.json" evaluated_cycles)
wall=$(summary "$work/big.json" wall_seconds)
registered=$(summary "$work/big.json" registered)
[[ $registered == 4096 ]] || {
  echo "scan-speed: the 4096-namespace scan registered $registered" >&2
  exit 1
}
verdict() { if [[ $1 == 1 ]]; then echo met; else echo "NOT met"; fi; }
echo
echo "4096-namespace ordered scan"
printf '  evaluated RTL cycles %10d  (target <= %d: %s)\n' "$cycles" $max_cycles \
  "$(verdict "$((cycles <= max_cycles))")"
printf '  wall time            %10.2f s  (target < %.0f s: %s)\n' "$wall" $max_wall \
  "$(verdict "$(python3 -c "print(int($wall < $max_wall))")")"

# One sweep: $1 workers, then the sweep's own options; prints the wall seconds it took. The
# sweep checks every scan (every namespace registered once, names in NSID order where the
# strategy promises it) and exits 1 if one fails.
sweep() {
  local jobs=$1 start end
  shift
  start=$(date +%s.%N)
  "$cosim" sweep -j "$jobs" --out "$work/sweep" "$@" >"$work/sweep.out" 2>&1 || {
    cat "$work/sweep.out" >&2
    echo "scan-speed: the sweep failed" >&2
    exit 1
  }
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
# A table for one matrix: its title, the scans it runs, then the sweep's options.
sweep_table() {
  local title=$1 scans=$2 seconds
  shift 2
  echo
  echo "$title"
  printf '  %-8s %10s %16s\n' jobs "wall s" "scans per minute"
  for jobs in 1 2; do
    seconds=$(sweep "$jobs" "$@")
    printf '  %-8s %10.2f %16.0f\n' "$jobs" "$seconds" "$(python3 -c "print($scans * 60 / $seconds)")"
  done
}
sweep_table "Sweep: ordered 100-namespace scans, seeds 1-$sweep_scans (nvme-cosim sweep)" \
  "$sweep_scans" --scenarios scan --strategies ordered --namespaces 100 --seeds "1-$sweep_scans"
sweep_table "Sweep: 19-namespace scans, every strategy, seeds 1-$sweep_scans (nvme-cosim sweep)" \
  "$((sweep_scans * 4))" --scenarios scan --seeds "1-$sweep_scans"
