#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the bench's rerun hint (testbench/common/test_main.cc) on tests that fail on purpose when
# NVME_COSIM_RERUN_CHECK=1 (and skip otherwise): run with a passing test beside it, the failing
# test fails once and prints exactly one line, `[  RERUN   ] <binary> --gtest_filter=<test>
# --trace`; that command, run as printed, fails the same way and writes <test>.fst ('/' in the
# name as '_'), which GTKWave's fst2vcd reads and which holds the top module's scope. Without the
# variable the test skips and nothing asks for a rerun.
# Usage: check_rerun_hint.sh TESTS_BINARY PASSING_TEST TOP_SCOPE FAILING_TEST...
set -euo pipefail

tests_binary=$1
passing=$2
top_scope=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; cat "$work/run.log" >&2; exit 1; }
message='deliberate failure: the first command'"'"'s SQ head is 1'

for test_name in "$@"; do
  : >"$work/run.log"
  if "$tests_binary" --gtest_filter="$test_name:$passing" >"$work/run.log" 2>&1; then :; else
    fail "$test_name without NVME_COSIM_RERUN_CHECK failed"
  fi
  ! grep -q 'RERUN' "$work/run.log" || fail "a rerun line without a failure"

  if NVME_COSIM_RERUN_CHECK=1 "$tests_binary" --gtest_filter="$test_name:$passing" \
      >"$work/run.log" 2>&1; then
    fail "$test_name passed"
  fi
  grep -qF "$message" "$work/run.log" || fail "not the deliberate failure"
  failures=$(grep -c ': Failure$' "$work/run.log" || true)
  (( failures == 1 )) || fail "$failures failures; expected one"
  grep -q "^\[       OK \] $passing " "$work/run.log" || fail "$passing did not pass"
  mapfile -t reruns < <(sed -n 's/^\[  RERUN   \] //p' "$work/run.log")
  (( ${#reruns[@]} == 1 )) || fail "${#reruns[@]} rerun lines; expected one"
  expected="$tests_binary --gtest_filter=$test_name --trace"
  [[ ${reruns[0]} == "$expected" ]] || fail "rerun line '${reruns[0]}', expected '$expected'"

  # The printed command, as printed.
  read -r -a command <<<"${reruns[0]}"
  if NVME_COSIM_RERUN_CHECK=1 NVME_COSIM_TRACE_DIR=$work/waves "${command[@]}" \
      >"$work/rerun.log" 2>&1; then
    cp "$work/rerun.log" "$work/run.log"
    fail "the rerun passed"
  fi
  cp "$work/rerun.log" "$work/run.log"
  grep -qF "$message" "$work/rerun.log" || fail "the rerun failed differently"
  grep -q "^\[  RERUN   \] $expected\$" "$work/rerun.log" || fail "the rerun printed no rerun line"
  fst=$work/waves/${test_name//\//_}.fst
  [[ -s $fst ]] || fail "the rerun wrote no $fst"
  fst2vcd -f "$fst" -o "$work/wave.vcd" >/dev/null 2>&1 || fail "fst2vcd cannot read $fst"
  grep -q "^\$scope module $top_scope \$end" "$work/wave.vcd" || fail "scope $top_scope missing"
  rm -rf "$work/waves" "$work/wave.vcd"
  echo "PASS: $test_name prints '[  RERUN   ] $expected'; the rerun fails again, writes its FST"
done
