#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one bench test with --trace and checks that the FST it writes is named after the test,
# parses with GTKWave's fst2vcd, and holds the given module scopes and the TLP streams.
# Usage: check_trace.sh TESTS_BINARY TEST_NAME SCOPE...
set -euo pipefail

tests_binary=$1
test_name=$2
shift 2
scopes=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

NVME_COSIM_TRACE_DIR=$work "$tests_binary" --gtest_filter="$test_name" --trace >"$work/run.log"
fst=$work/$test_name.fst
if [[ ! -s $fst ]]; then
  echo "FAIL: no waveform $fst; test output:" >&2
  cat "$work/run.log" >&2
  exit 1
fi

fst2vcd -f "$fst" -o "$work/wave.vcd" >/dev/null 2>&1 || { echo "FAIL: fst2vcd cannot read $fst" >&2; exit 1; }

for scope in "${scopes[@]}"; do
  grep -q "^\$scope module $scope \$end" "$work/wave.vcd" || { echo "FAIL: scope $scope missing" >&2; exit 1; }
done
for signal in rx_tlp_data_i tx_tlp_data_o state_q; do
  grep -q " $signal " "$work/wave.vcd" || { echo "FAIL: signal $signal missing" >&2; exit 1; }
done
# The waveform must cover the test: reset and three configuration reads take over 40 cycles.
last_time=$(grep '^#' "$work/wave.vcd" | tail -1 | tr -d '#')
if (( last_time < 160000 )); then
  echo "FAIL: waveform ends at $last_time ps" >&2
  exit 1
fi
echo "PASS: $fst parses, $(grep -c '^\$var' "$work/wave.vcd") signals, ends at $last_time ps"
