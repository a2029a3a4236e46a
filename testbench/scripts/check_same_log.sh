#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one platform test twice, each in its own process, with NVME_COSIM_TLP_LOG pointing to a
# file, and checks the two TLP logs are byte-identical and not empty.
# Usage: check_same_log.sh TESTS_BINARY TEST_NAME
set -euo pipefail

tests_binary=$1
test_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for run in 1 2; do
  NVME_COSIM_TLP_LOG=$work/run$run.log "$tests_binary" --gtest_filter="$test_name" \
    >"$work/out$run.txt" || { cat "$work/out$run.txt" >&2; exit 1; }
done
if [[ ! -s $work/run1.log ]]; then
  echo "FAIL: $test_name wrote no TLP log" >&2
  exit 1
fi
if ! cmp -s "$work/run1.log" "$work/run2.log"; then
  echo "FAIL: the two runs differ:" >&2
  diff "$work/run1.log" "$work/run2.log" | head -20 >&2
  exit 1
fi
echo "PASS: two runs, $(wc -l <"$work/run1.log") identical TLP log lines"
