#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make bench (I/O speed): `nvme-cosim io` on the default Gen3 x4 link. 128 KiB sequential reads
# at queue depth 32 against the link model's payload bandwidth (target: at least 85%), and 4 KiB
# random reads at queue depth 32 (IOPS); both in simulated time, each with its wall-clock cost
# in evaluated RTL cycles per second.
#
# The payload bandwidth is the link's 8 GT/s x 4 lanes with 128b/130b encoding (3.938 bytes/ns)
# times MPS / (MPS + 12 + 24): a memory write of Max Payload Size bytes with a 3-DW header and
# the 24 bytes of framing, sequence number and LCRC the link model charges (systemc/pcie_link.h).
#
# Usage: bench/io_speed.sh [--build-dir DIR] [--size SIZE]
#   --build-dir DIR    the project's build directory (default build): DIR/nvme-cosim
#   --size SIZE        bytes the sequential run reads (default 64m)
set -euo pipefail

build=build
size=64m
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --size)
      [[ $# -ge 2 ]] || {
        echo "io-speed: $1 needs a value" >&2
        exit 2
      }
      [[ $1 == --build-dir ]] && build=$2 || size=$2
      shift 2
      ;;
    *)
      sed -n '/^# Usage:/,/^#   --size/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
      exit 2
      ;;
  esac
done
cosim=$build/nvme-cosim
[[ -x $cosim ]] || {
  echo "io-speed: $cosim not found (make build)" >&2
  exit 2
}

readonly min_ratio=0.85 link_bytes_per_ns=3.938
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A value from a run's JSON: json FILE KEY.KEY...
json() {
  python3 -c 'import json, sys
value = json.load(open(sys.argv[1]))
for key in sys.argv[2].split("."): value = value[key]
print(value)' "$1" "$2"
}

"$cosim" io --rw read --bs 128k --iodepth 32 --size "$size" --json "$work/seq.json" >/dev/null 2>&1
"$cosim" io --rw randread --bs 4k --iodepth 32 --size 4m --json "$work/rand.json" >/dev/null 2>&1
for run in seq rand; do
  [[ $(json "$work/$run.json" ok) == True ]] || {
    echo "io-speed: the $run run failed (rerun it without --json to see why)" >&2
    exit 1
  }
done

mps=$(json "$work/seq.json" device.max_payload_bytes)
echo "I/O speed: $cosim, $(json "$work/seq.json" settings.tlp_width_bits)-bit TLP streams," \
  "media $(json "$work/seq.json" settings.media_latency_ns) ns latency, MPS $mps bytes"
python3 - "$work" "$mps" "$link_bytes_per_ns" "$min_ratio" <<'PY'
import json, sys
work, mps, link, min_ratio = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
seq = json.load(open(work + "/seq.json"))
rand = json.load(open(work + "/rand.json"))
payload = link * mps / (mps + 12 + 24) * 1e9  # bytes per second
bandwidth = seq["read"]["bandwidth_bytes_per_s"]
ratio = bandwidth / payload

def cost(run):
    return run["evaluated_cycles"] / run["wall_seconds"] / 1e6

print()
print("128 KiB sequential reads, queue depth 32")
print("  bandwidth          %8.1f MB/s of %.1f MB/s link payload: %.1f%%  (target >= %.0f%%: %s)"
      % (bandwidth / 1e6, payload / 1e6, 100 * ratio, 100 * min_ratio,
         "met" if ratio >= min_ratio else "NOT met"))
print("  wall time          %8.2f s  (%.2f M RTL cycles evaluated per second)"
      % (seq["wall_seconds"], cost(seq)))
print()
print("4 KiB random reads, queue depth 32")
print("  IOPS               %8.0f  (latency p50 %.1f us, p99 %.1f us)"
      % (rand["read"]["iops"], rand["read"]["latency_ns"]["p50"] / 1e3,
         rand["read"]["latency_ns"]["p99"] / 1e3))
print("  wall time          %8.2f s  (%.2f M RTL cycles evaluated per second)"
      % (rand["wall_seconds"], cost(rand)))
PY
