#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# nvme-cosim-fst reads a waveform alone; every figure it prints for a 6-namespace scan must equal
# the one computed here, independently, from the --tlp-log and --cmd-log of the same run:
# - per direction: the TLP count, the count of each TLP type, the wire bytes (header and data
#   DWs from each TLP's header DW0, x 4, + 24 bytes of framing and DLLPs) and the link
#   utilization (100 x wire bytes / 3.938 bytes per ns / (last - first device-side time in ns
#   + 1), to the 2 decimals printed);
# - the admin commands completed: the command log's admin commands with a completion;
# - Identify CNS 00h: one per namespace, as many as the command log's Identify Namespace
#   commands, with its summary line (doorbell to CQE, CQE to MSI-X: min/avg/max);
# - per Identify Namespace: CID, NSID, status and the doorbell, CQE and MSI-X times.
# The TLP log records the root complex's side (down: handed to the link, up: arrived); the FST
# is the device's. The link model (docs/architecture.md sections 5 and 6) converts exactly:
#   down: arrival = max(sent, wire free) + wire bytes / (Gen3 x4: 8 GT/s x 4 x 128/130 / 8
#         bytes per ns, rounded to a ps) + link latency; the bridge drives it from the first
#         edge after the arrival (none during the 16 reset edges), one beat per edge, after the
#         beats of the TLPs before it; the device time is the edge of its last beat;
#   up:   device time (the edge of the last beat) = arrival - link latency - serialization,
#         exact only while the wire is free when the device sends: with a clock period above
#         the longest TLP's serialization (296 bytes: 75.156 ns), a TLP never waits for the
#         one before it. Hence the pinned --clock-period 80ns; --link-latency is pinned too.
#         The script checks that no upstream TLP waited and that every device time is an edge.
# Usage: check_fst_analysis.sh NVME_COSIM NVME_COSIM_FST
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

namespaces=6 period_ns=80 latency_ns=300
"$1" scan --namespaces "$namespaces" --strategy ordered --clock-period "${period_ns}ns" \
  --link-latency "${latency_ns}ns" --waveform "$work/run.fst" --json "$work/run.json" \
  --tlp-log "$work/tlp.log" --cmd-log "$work/cmd.log" >/dev/null || fail "scan failed"
"$2" "$work/run.fst" --clock-period-ps $((period_ns * 1000)) --commands >"$work/analysis.txt" ||
  fail "analysis failed"

python3 - "$work" "$namespaces" "$period_ns" "$latency_ns" <<'EOF'
import json
import math
import re
import sys

work, namespaces, period_ns, latency_ns = sys.argv[1], *map(int, sys.argv[2:])
P, L = period_ns * 1000, latency_ns * 1000  # ps
RESET_EDGES = 16
errors = []


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(ok, msg):
    if not ok:
        errors.append(msg)


settings = json.load(open(f"{work}/run.json"))["settings"]
if settings["clock_period_ns"] != period_ns or settings["link_latency_ns"] != latency_ns:
    fail(f"the run's settings are not the pinned ones: {settings}")
beat_dw = settings["tlp_width_bits"] // 32

# ---- the TLP log -----------------------------------------------------------------------------
BYTES_PER_NS = 8.0 * 4 * 128.0 / 130.0 / 8.0  # PCIe Gen3 x4, as the link serializes
line_re = re.compile(r"^ *(\d+)\.(\d{3}) ns (down|up)  *(\S+) .*?\[([0-9a-f ]+)\](?: data=(.*))?$")
tlps = []
for line in open(f"{work}/tlp.log"):
    if line.startswith("#"):
        continue
    m = line_re.match(line.rstrip("\n"))
    if not m:
        fail(f"unparsed TLP log line: {line!r}")
    hdr = [int(x, 16) for x in m.group(5).split()]
    fmt, length = hdr[0] >> 29 & 7, hdr[0] & 0x3FF or 1024
    dws = len(hdr) + (length if fmt & 2 else 0)
    data = [int(x, 16) for x in (m.group(6) or "").split() if x != "..."]
    wire = 4 * dws + 24
    tlps.append({
        "t": int(m.group(1)) * 1000 + int(m.group(2)),  # ps at the root complex
        "dir": m.group(3), "type": m.group(4), "hdr": hdr, "data": data, "dws": dws, "len": length,
        "wire": wire, "ser": math.floor(wire * 1000.0 / BYTES_PER_NS + 0.5),
        "addr": (hdr[2] << 32 | hdr[3]) if fmt & 1 else hdr[2] if len(hdr) > 2 else None,
    })
down = [t for t in tlps if t["dir"] == "down"]
up = [t for t in tlps if t["dir"] == "up"]

# Downstream: the link, then the bridge (one beat per edge, edge c at c x P).
wire_free, last_edge = 0, RESET_EDGES
for t in down:
    wire_free = max(t["t"], wire_free) + t["ser"]
    arrival = wire_free + L
    first = max(arrival // P + 1, last_edge + 1)
    last_edge = first + -(-t["dws"] // beat_dw) - 1
    t["dev"] = last_edge * P
# Upstream: back from the arrival; the wire was free (nothing queued) when the device sent.
prev_arrival = None
for t in up:
    t["dev"] = t["t"] - L - t["ser"]
    if prev_arrival is not None and t["dev"] <= prev_arrival - L:
        fail(f"upstream TLP at {t['t']} ps waited for the wire: its device time is not exact")
    if t["dev"] % P:
        fail(f"upstream TLP at {t['t']} ps: device time {t['dev']} ps is not a clock edge")
    prev_arrival = t["t"]

analysis = open(f"{work}/analysis.txt").read()


def block(name, tlps_dir):
    nbytes = sum(t["wire"] for t in tlps_dir)
    span_ns = (tlps_dir[-1]["dev"] - tlps_dir[0]["dev"]) / 1000.0 + 1
    text = (f"{name}: {len(tlps_dir)} TLPs, {nbytes} wire bytes, "
            f"{100.0 * nbytes / 3.938 / span_ns:.2f} % of Gen3 x4 between the first and last\n")
    for kind in sorted({t["type"] for t in tlps_dir}):
        text += f"  {kind:<8} {sum(t['type'] == kind for t in tlps_dir)}\n"
    return text


for name, tlps_dir in (("downstream (host to device)", down), ("upstream (device to host)", up)):
    expected = block(name, tlps_dir)
    check(expected in analysis, f"expected, from the TLP log:\n{expected}")

# ---- the command log -------------------------------------------------------------------------
cmds = []
for line in open(f"{work}/cmd.log"):
    if line.startswith("#"):
        continue
    f = line.split()
    cmds.append({"submit": int(f[0]), "complete": None if f[1] == "-" else int(f[1]),
                 "qid": int(f[3]), "cid": int(f[4]), "name": " ".join(f[5:-3]),
                 "nsid": int(f[-3], 16), "cns": f[-2], "status": f[-1]})
admin = [c for c in cmds if c["qid"] == 0]
completed = sum(c["complete"] is not None for c in admin)
check(f"admin commands: {completed} completed\n" in analysis,
      f"expected {completed} admin commands completed (the command log)")
identify_ns = [c for c in admin if c["name"] == "Identify Namespace" and c["cns"] == "00h"]
if len(identify_ns) != namespaces or sorted(c["nsid"] for c in identify_ns) != list(
        range(1, namespaces + 1)):
    fail(f"the command log has {len(identify_ns)} Identify Namespace commands, "
         f"expected one for each of NSIDs 1..{namespaces}")

# BAR0 (its final value in BAR 0/1) and the admin CQ base (ACQ, 30h) from the host's writes.
bar0 = acq = 0
for t in down:
    if t["type"] == "CfgWr0" and t["data"] and t["data"][0] != 0xFFFFFFFF:
        reg = t["hdr"][2] & 0xFFC
        if reg == 0x10:
            bar0 = bar0 & ~0xFFFFFFFF | t["data"][0] & ~0xF
        elif reg == 0x14:
            bar0 = bar0 & 0xFFFFFFFF | t["data"][0] << 32
    elif t["type"].startswith("MWr") and t["addr"] is not None:
        for i, dw in enumerate(t["data"]):
            if t["addr"] + 4 * i == bar0 + 0x30:
                acq = acq & ~0xFFFFFFFF | dw
            elif t["addr"] + 4 * i == bar0 + 0x34:
                acq = acq & 0xFFFFFFFF | dw << 32
if not bar0 or not acq:
    fail(f"no BAR0 ({bar0:#x}) or ACQ ({acq:#x}) in the TLP log")

# Each admin command's SQ tail doorbell: the host rings one per command, at its submit time;
# commands submitted at one ns ring in the command log's order.
doorbells = {}
for t in down:
    if t["type"].startswith("MWr") and t["addr"] == bar0 + 0x1000:
        doorbells.setdefault((t["t"] + 500) // 1000, []).append(t)
submits = {}
for c in admin:
    submits.setdefault(c["submit"], []).append(c)
for c in identify_ns:
    same = submits[c["submit"]]
    rung = doorbells.get(c["submit"], [])
    if len(rung) != len(same):
        fail(f"{len(same)} admin commands submitted at {c['submit']} ns, {len(rung)} doorbells")
    c["doorbell"] = rung[same.index(c)]
    # Its CQE: the first admin CQE (SQ ID 0) with its CID after the doorbell; then the MSI-X.
    after = tlps[tlps.index(c["doorbell"]) + 1:]
    cqe = next((t for t in after if t["dir"] == "up" and t["type"] == "MWr64" and
                acq <= t["addr"] < acq + 0x10000 and t["len"] == 4 and
                t["data"][2] >> 16 == 0 and t["data"][3] & 0xFFFF == c["cid"]), None)
    if cqe is None or cqe["t"] > c["complete"] * 1000:
        fail(f"no CQE for CID {c['cid']} (NSID {c['nsid']}) before its completion")
    c["cqe"], c["cqe_status"] = cqe, cqe["data"][3] >> 17
    c["msi"] = next(t for t in tlps[tlps.index(cqe) + 1:] if t["dir"] == "up" and
                    t["type"].startswith("MWr") and 0xFEE00000 <= t["addr"] < 0xFEF00000)
    check(c["status"] == "SUCCESS" and c["cqe_status"] == 0, f"NSID {c['nsid']}: status")
    expected = (f"  cid {c['cid']} Identify cdw10 0x0 nsid {c['nsid']} "
                f"doorbell {c['doorbell']['dev'] // 1000} cqe {c['cqe']['dev'] // 1000} "
                f"msi {c['msi']['dev'] // 1000} status 0x{c['cqe_status']:x}\n")
    check(expected in analysis, f"expected, from the TLP and command logs:\n{expected}")

by_cqe = sorted(identify_ns, key=lambda c: c["cqe"]["dev"])
lat = [(c["cqe"]["dev"] - c["doorbell"]["dev"]) / 1e6 for c in by_cqe]
msi = [(c["msi"]["dev"] - c["cqe"]["dev"]) / 1e3 for c in by_cqe]
summary = (f"  {'Identify CNS 00h':<22} {len(lat):5} {min(lat):9.3f}/{sum(lat) / len(lat):9.3f}/"
           f"{max(lat):9.3f} {min(msi):9.1f}/{sum(msi) / len(msi):9.1f}/{max(msi):9.1f}\n")
check(summary in analysis, f"expected, from the TLP and command logs:\n{summary}")

if errors:
    print(open(f"{work}/analysis.txt").read(), file=sys.stderr)
    for e in errors:
        print(f"FAIL: {e}", file=sys.stderr)
    sys.exit(1)
EOF
echo "PASS: TLP counts, types, bytes, utilization and $namespaces Identify Namespace commands" \
  "(doorbell, CQE, MSI-X) equal the run's TLP and command logs"
