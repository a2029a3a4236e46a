#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make bench (its second half): the real Linux 6.12 NVMe driver booted, scanning and powered
# off against the Verilated controller (`nvme-cosim linux`, the guest's clock driven by
# simulated time), side by side with Debian's 6.12 kernel under QEMU TCG on QEMU's emulated NVMe
# controller (bench/qemu_yardstick.sh). Same namespace counts, same number of boots; wall time
# per boot from process start to exit, and how many different name -> NSID mappings the boots
# gave (nvme-cosim: one seed, every boot alike; QEMU: no seed to give).
#
# Usage: bench/linux_vs_qemu.sh [--build-dir DIR] [--runs R] [--namespaces "N ..."]
#   --build-dir DIR    the project's build directory (default build): DIR/nvme-cosim, DIR/linux
#   --runs R           boots per side and namespace count (default 5)
#   --namespaces LIST  namespace counts, each a row pair (default "19 100")
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build
runs=5
counts="19 100"
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --runs | --namespaces)
      [[ $# -ge 2 ]] || {
        echo "linux-vs-qemu: $1 needs a value" >&2
        exit 2
      }
      case $1 in
        --build-dir) build=$2 ;;
        --runs) runs=$2 ;;
        --namespaces) counts=$2 ;;
      esac
      shift 2
      ;;
    *)
      sed -n '/^# Usage:/,/^#   --namespaces/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
      exit 2
      ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || {
  echo "linux-vs-qemu: --runs: '$runs' is not a count" >&2
  exit 2
}
bin=$build/nvme-cosim
[[ -x $bin ]] || {
  echo "linux-vs-qemu: $bin not found (run: make build)" >&2
  exit 1
}
[[ -x $build/linux/stock/linux ]] || {
  echo "linux-vs-qemu: no kernel in $build/linux (run: make linux)" >&2
  exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }

for n in $counts; do
  # nvme-cosim: the same command each time, as a regression would run it.
  for k in $(seq 1 "$runs"); do
    start=$(now_ms)
    if ! "$bin" linux --kernel stock --no-nvme-cli --namespaces "$n" --json "$work/cosim-$n-$k.json" \
      >"$work/cosim-$n-$k.out" 2>&1; then
      tail -n 20 "$work/cosim-$n-$k.out" >&2
      echo "linux-vs-qemu: nvme-cosim linux failed (above)" >&2
      exit 1
    fi
    echo $(($(now_ms) - start)) >"$work/cosim-$n-$k.ms"
  done
  "$repo/bench/qemu_yardstick.sh" --build-dir "$build" --namespaces "$n" --runs "$runs" \
    --json "$work/qemu-$n.json" >"$work/qemu-$n.out" 2>&1 || {
    tail -n 20 "$work/qemu-$n.out" >&2
    echo "linux-vs-qemu: the QEMU yardstick failed (above)" >&2
    exit 1
  }
done

python3 - "$work" "$runs" $counts <<'PY'
import json, sys
work, runs, counts = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print("One boot, namespace scan and power-off of Linux 6.12 per row, %d boots each; wall time" % runs)
print("from process start to exit.\n")
head = "%-44s %10s %15s %15s %13s %9s"
print(head % ("", "namespaces", "wall mean (s)", "wall min (s)", "NSID order", "mappings"))
for n in counts:
    cosim = []
    for k in range(1, runs + 1):
        run = json.load(open("%s/cosim-%s-%d.json" % (work, n, k)))
        ms = int(open("%s/cosim-%s-%d.ms" % (work, n, k)).read())
        mapping = tuple(ns["nsid"] for ns in sorted(run["namespaces"], key=lambda ns: int(ns["node"].rsplit("n", 1)[1])))
        cosim.append((ms / 1000, run["summary"]["names_follow_nsid_order"], mapping))
    qemu = json.load(open("%s/qemu-%s.json" % (work, n)))
    q = [(r["wall_s"], r["nsid_order"], tuple(r["mapping"])) for r in qemu["runs"]]
    rows = [("nvme-cosim linux (UML, RTL, simulated clock)", cosim),
            ("QEMU %s TCG, Debian %s" % (qemu["qemu_version"], qemu["kernel_version"]), q)]
    for label, boots in rows:
        walls = [b[0] for b in boots]
        print(head % (label[:44], n, "%.3f" % (sum(walls) / len(walls)), "%.3f" % min(walls),
                      "%d of %d" % (sum(b[1] for b in boots), len(boots)),
                      len(set(b[2] for b in boots))))
    ratio = (sum(b[0] for b in q) / len(q)) / (sum(b[0] for b in cosim) / len(cosim))
    print("%-44s %10s %15s" % ("  QEMU / nvme-cosim", n, "%.1fx" % ratio))
print("\nNSID order: boots whose /dev/nvme0nY rise with the NSID. mappings: distinct name -> NSID")
print("mappings over the boots (1: every boot named alike).")
PY
