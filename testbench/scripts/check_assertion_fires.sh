#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a disabled bench test that breaks an RTL assertion on purpose and checks that it fails the
# way any test should: the assertion's %Error line names it, the harness fails the test with
# nothing else failing, the bench prints its rerun command, and that command, run as printed,
# fails again and writes the test's waveform.
# Usage: check_assertion_fires.sh TESTS_BINARY TEST_NAME ASSERTION_PATH
#   e.g. ... pcie_ep_tests Assertions.DISABLED_RxValidDroppedBeforeReadyFails \
#            TOP.pcie_ep.u_rx_unpack.RxTlpHolds
set -euo pipefail

tests_binary=$1
test_name=$2
assertion=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; cat "$work/run.log" >&2; exit 1; }

if "$tests_binary" --gtest_filter="$test_name" --gtest_also_run_disabled_tests \
    >"$work/run.log" 2>&1; then
  fail "$test_name passed"
fi
grep -q "Assertion failed in $assertion: " "$work/run.log" || fail "no failure of $assertion"
grep -q "RTL assertion failed at cycle" "$work/run.log" || fail "the harness did not fail the test"
failures=$(grep -c ': Failure$' "$work/run.log" || true)
(( failures == 1 )) || fail "$failures failures; expected only the assertion's"

expected="$tests_binary --gtest_filter=$test_name --gtest_also_run_disabled_tests --trace"
rerun=$(sed -n 's/^\[  RERUN   \] //p' "$work/run.log")
[[ $rerun == "$expected" ]] || fail "rerun line '$rerun', expected '$expected'"

# The printed command, as printed: the test fails again and leaves its waveform.
read -r -a command <<<"$rerun"
if NVME_COSIM_TRACE_DIR=$work/waves "${command[@]}" >"$work/rerun.log" 2>&1; then
  fail "the rerun passed"
fi
[[ -s $work/waves/$test_name.fst ]] || fail "the rerun wrote no $test_name.fst"
echo "PASS: $assertion failed $test_name; rerun line works and wrote $test_name.fst"
