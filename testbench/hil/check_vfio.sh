#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# hil.Vfio (make test-hil, docs/hil.md): our driver on a controller nobody here wrote. Boots a
# QEMU guest (hil/run-guest.sh: q35, emulated Intel IOMMU, TCG, Debian's 6.12 kernel) with
# QEMU's NVMe controller holding NSIDs with gaps, sizes and both block sizes, and runs the
# static nvme-cosim there through VFIO (testbench/hil/guest_vfio.sh). Checks, from what came
# back: every strategy registers every namespace exactly once; sequential, ordered and nsid
# follow NSID order; the model, serial and each namespace's size and format are what QEMU was
# given; compare and a verified read/write io run pass; each misuse gets its own error; the
# function is left on vfio-pci with its command register as found; the IOMMU saw no bad DMA;
# and Linux's nvme driver, given the controller afterwards, finds every namespace.
#
# Usage: testbench/hil/check_vfio.sh --build-dir DIR [--out DIR]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build_dir=build
out=
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "check_vfio: unknown argument $1" >&2; exit 2 ;;
  esac
done
build_dir=$(cd "$build_dir" && pwd)
out=${out:-$build_dir/hil/vfio}
program=$build_dir/nvme-cosim-static
[[ -x $program ]] || { echo "FAIL: $program not built (cmake --build $build_dir)" >&2; exit 1; }

serial=hil-0001
# NSID:SIZE:LBS: gaps in the NSIDs, sizes that differ, 512 B and 4 KiB blocks.
namespaces=1:64M:512,2:32M:4096,3:16M:512,5:8M:512,8:48M:4096
rc=0
"$repo/hil/run-guest.sh" --build-dir "$build_dir" --program "$program" \
  --script "$here/guest_vfio.sh" --out "$out" --namespaces "$namespaces" --serial "$serial" \
  --modules nvme --timeout 300 || rc=$?
[[ $rc -eq 0 ]] || { echo "FAIL: hil/run-guest.sh exited $rc (results in $out)" >&2; exit 1; }

python3 - "$out/guest" "$serial" "$namespaces" <<'PY'
import json, os, sys

guest, serial, spec = sys.argv[1], sys.argv[2], sys.argv[3]
units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
want = {}  # NSID -> (bytes, block size)
for item in spec.split(","):
    nsid, size, lbs = item.split(":")
    want[int(nsid)] = (int(size[:-1]) * units[size[-1]], int(lbs))
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def text(name):
    with open(os.path.join(guest, name)) as f:
        return f.read()


def rc(name):
    return int(text(name + ".rc"))


def check_run(label, summary, namespaces, ordered):
    check(summary["ok"], label + ": not ok: " + summary.get("error", ""))
    check(summary["platform"] == "vfio 0000:00:04.0", label + ": platform " + summary["platform"])
    check(summary["clock"] == "host", label + ": clock " + summary["clock"])
    c = summary["controller"]
    check(c["model"] == "QEMU NVMe Ctrl", label + ": model " + repr(c["model"]))
    check(c["serial"] == serial, label + ": serial " + repr(c["serial"]))
    check(c["vendor_id"] == 0x1b36, label + ": vendor %#x" % c["vendor_id"])
    nsids = [ns["nsid"] for ns in namespaces]
    nodes = [ns["node"] for ns in namespaces]
    check(sorted(nsids) == sorted(want), label + ": registered %s" % sorted(nsids))
    check(len(set(nodes)) == len(nodes) == len(want), label + ": nodes %s" % nodes)
    check(summary["complete"] and summary["registered"] == len(want), label + ": incomplete")
    for ns in namespaces:
        size, lbs = want.get(ns["nsid"], (0, 0))
        check(ns["block_bytes"] == lbs and ns["blocks"] * lbs == size,
              label + ": NSID %d is %d x %d B, QEMU has %d B in %d B blocks" % (
                  ns["nsid"], ns["blocks"], ns["block_bytes"], size, lbs))
    if ordered:
        check(summary["names_follow_nsid_order"], label + ": names out of NSID order")


for strategy in ("sequential", "async", "ordered", "nsid"):
    name = "scan-" + strategy
    check(rc(name) == 0, name + " exited %d: %s" % (rc(name), text(name + ".err")))
    j = json.loads(text(name + ".json"))
    check(j["settings"]["vfio"] == "0000:00:04.0", name + ": settings.vfio")
    check_run(name, j["summary"], j["namespaces"], strategy != "async")
    out = text(name + ".out")
    check("nvme0: QEMU NVMe Ctrl, SN %s, FR " % serial in out, name + ": no controller line")
    check("host time" in out and "simulated time" not in out, name + ": not in host time")
    check(text(name + ".cmd").count("Identify") >= len(want), name + ": command log")
    json.loads(text(name + ".trace"))

check(rc("compare") == 0, "compare exited %d: %s" % (rc("compare"), text("compare.err")))
c = json.loads(text("compare.json"))
check([s["summary"]["strategy"] for s in c["strategies"]] ==
      ["sequential", "async", "ordered", "nsid"], "compare: strategies")
for s in c["strategies"]:
    label = "compare " + s["summary"]["strategy"]
    ordered = s["summary"]["strategy"] != "async"
    check_run(label, s["summary"], s["namespaces"], ordered)
    check(s["summary"]["seeds_checked"] == 2, label + ": runs checked")
    if ordered:
        check(s["summary"]["names_stable_across_seeds"], label + ": names not stable")
check("stable, 2 runs" in text("compare.out"), "compare: table header")

check(rc("io") == 0, "io exited %d: %s" % (rc("io"), text("io.err")))
io = json.loads(text("io.json"))
check(io["errors"]["count"] == 0, "io errors: %s" % io["errors"])
check(io["verify"]["mismatches"] == 0 and io["verify"]["checked_blocks"] > 0,
      "io verify: %s" % io["verify"])
check(io["read"]["ios"] > 0 and io["write"]["ios"] > 0, "io: reads and writes")
check(io["controller"]["model"] == "QEMU NVMe Ctrl", "io: controller")

errors = {
    "no-access": (1, "no access to IOMMU group"),
    "not-nvme": (1, "0000:00:00.0 is not an NVMe controller: class 060000"),
    "sim-option": (2, "--latency configures the simulation, not a device"),
    "unbound": (1, "0000:00:04.0 is bound to no driver, not vfio-pci"),
    "bound-to-nvme": (1, "0000:00:04.0 is bound to nvme, not vfio-pci"),
}
for name, (status, message) in errors.items():
    check(rc(name) == status, "%s: exit %d, not %d" % (name, rc(name), status))
    check(message in text(name + ".err"), "%s: %r not in %r" % (name, message, text(name + ".err")))

check(text("driver-after").strip() == "vfio-pci", "left bound to " + text("driver-after"))
check(text("command-after") == text("command-before"),
      "command register %s, was %s" % (text("command-after").strip(),
                                       text("command-before").strip()))
dmesg = text("dmesg.txt")
faults = [l for l in dmesg.splitlines() if "DMAR" in l and "fault" in l.lower()]
check(not faults, "IOMMU faults: %s" % faults[:3])
linux = sorted(tuple(map(int, l.split())) for l in text("linux-namespaces").splitlines())
check(linux == sorted((n, b // 512) for n, (b, _) in want.items()),
      "Linux's nvme driver afterwards: %s" % linux)

for f in failures:
    print("FAIL: " + f)
if failures:
    sys.exit(1)
print("hil.Vfio: passed")
PY
