#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# nvme-cosim-fst reads a waveform alone; its figures must agree with the JSON of the same run:
# for every namespace, the Identify Namespace doorbell reaches the device after the driver rang
# it (within the link latency) and its completion entry is written before the driver saw it.
# Usage: check_fst_analysis.sh NVME_COSIM NVME_COSIM_FST
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$1" scan --namespaces 6 --strategy ordered --waveform "$work/run.fst" --json "$work/run.json" \
  >/dev/null
"$2" "$work/run.fst" --commands >"$work/analysis.txt" || fail "analysis failed"
grep -q '^downstream (host to device): [0-9]* TLPs' "$work/analysis.txt" || fail "no TLP counts"
grep -q '% of Gen3 x4' "$work/analysis.txt" || fail "no link utilization"
grep -q '^  Identify CNS 00h *6 ' "$work/analysis.txt" || fail "not 6 Identify Namespace commands"

# nsid submit complete, one line per namespace, from the JSON.
grep -o '"nsid": [0-9]*\|"identify_submit_ns": [0-9]*\|"identify_complete_ns": [0-9]*' \
  "$work/run.json" | grep -o '[0-9]*$' | paste - - - >"$work/json.txt"
[[ $(wc -l <"$work/json.txt") -eq 6 ]] || fail "JSON does not list 6 namespaces"
while read -r nsid submit complete; do
  line=$(grep " Identify cdw10 0x0 nsid $nsid " "$work/analysis.txt") ||
    fail "no Identify Namespace for NSID $nsid in the waveform"
  doorbell=$(sed 's/.* doorbell \([0-9]*\) .*/\1/' <<<"$line")
  cqe=$(sed 's/.* cqe \([0-9]*\) .*/\1/' <<<"$line")
  (( doorbell >= submit && doorbell - submit < 2000 )) ||
    fail "NSID $nsid: doorbell at $doorbell ns, driver rang at $submit ns"
  (( cqe > doorbell && cqe <= complete )) ||
    fail "NSID $nsid: CQE at $cqe ns, driver completed at $complete ns"
done <"$work/json.txt"
echo "PASS: TLP counts, utilization and 6 Identify latencies agree with the run's JSON"
