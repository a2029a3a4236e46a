#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make bench (scan speed): what a user waits for. The 4096-namespace `ordered` scan, with its
# evaluated RTL cycles (exact, the same on every machine) and wall time against the targets, and
# a sweep figure: `ordered` 100-namespace scans, one per seed, completed per wall-clock minute,
# one at a time and two at a time (process start and exit included).
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

# One sweep: $1 jobs at a time over seeds 1..sweep_scans; prints the wall seconds it took.
sweep() {
  local jobs=$1 start end
  start=$(date +%s.%N)
  seq 1 "$sweep_scans" | xargs -P "$jobs" -I{} \
    "$cosim" scan --namespaces 100 --strategy ordered --seed {} --json "$work/s{}.json" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
echo
echo "Sweep: ordered 100-namespace scans, seeds 1-$sweep_scans"
printf '  %-8s %10s %16s\n' jobs "wall s" "scans per minute"
for jobs in 1 2; do
  seconds=$(sweep "$jobs")
  for seed in $(seq 1 "$sweep_scans"); do
    [[ $(summary "$work/s$seed.json" registered) == 100 ]] || {
      echo "scan-speed: seed $seed registered fewer than 100 namespaces" >&2
      exit 1
    }
  done
  printf '  %-8s %10.2f %16.0f\n' "$jobs" "$seconds" "$(python3 -c "print($sweep_scans * 60 / $seconds)")"
done
