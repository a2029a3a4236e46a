#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every GoogleTest binary honours GoogleTest's sharding variables when run directly, as a CI
# runner that shards a binary runs it. For each binary: a small subset of its tests (the first
# test of each of its first suites, at most MAX_TESTS; at least MIN_TESTS when it has them, so
# that one shard runs two tests and a SystemC binary takes its process-per-test path), run as
# shard 0 and shard 1 of 2. Each shard must pass, create GTEST_SHARD_STATUS_FILE and skip
# nothing; the tests the two shards ran must not overlap and must together be the subset.
# Usage: check_gtest_sharding.sh BINARY[::CANDIDATES]...
#   CANDIDATES is a --gtest_filter the subset is taken from (to leave out slow tests).
set -euo pipefail
export LC_ALL=C  # one sort order for sort, comm and diff

readonly MAX_TESTS=6
readonly MIN_TESTS=4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The benches may write files (waveforms, logs) into the working directory.
cd "$work"
unset GTEST_FILTER GTEST_REPEAT GTEST_ALSO_RUN_DISABLED_TESTS GTEST_OUTPUT NVME_COSIM_TRACE

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The names --gtest_list_tests prints, one Suite.Test a line: suites start a line and end in a
# dot, tests are indented; either may carry a "  # GetParam() = ..." comment. DISABLED_ tests
# are listed too, but a run leaves them out.
list_tests() {
  "$1" --gtest_list_tests --gtest_filter="$2" | awk '
    /^[^ ]/ { suite = $1; next }
    /^  /   { name = suite $1; if (name !~ /(^|[\/.])DISABLED_/) print name }'
}

# The first test of each suite in listing order, then (below MIN_TESTS) the next tests in
# order, up to MAX_TESTS.
pick_subset() {
  awk -v max="$MAX_TESTS" -v min="$MIN_TESTS" '
    { name[NR] = $0; suite = $0; sub(/\.[^.]*$/, "", suite)
      if (!(suite in seen)) { seen[suite] = 1; first[NR] = 1 } }
    END {
      for (i = 1; i <= NR && picked < max; ++i) if (first[i]) { take[i] = 1; ++picked }
      for (i = 1; i <= NR && picked < min; ++i) if (!take[i]) { take[i] = 1; ++picked }
      for (i = 1; i <= NR; ++i) if (take[i]) print name[i]
    }'
}

ran() {
  if [[ -s $1 ]]; then paste -sd' ' "$1"; else echo "nothing"; fi
}

total_start=$SECONDS
for arg in "$@"; do
  binary=${arg%%::*}
  candidates='*'
  [[ $arg == *::* ]] && candidates=${arg#*::}
  name=$(basename "$binary")
  [[ -x $binary ]] || fail "$binary is not an executable"
  start=$SECONDS

  list_tests "$binary" "$candidates" | pick_subset >"$name.subset" ||
    fail "$name --gtest_list_tests failed"
  [[ -s $name.subset ]] || fail "$name lists no test matching '$candidates'"
  filter=$(paste -sd: "$name.subset")

  for index in 0 1; do
    status_file=$work/$name.shard$index.status
    out=$name.shard$index.out
    if ! GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=$index GTEST_SHARD_STATUS_FILE=$status_file \
      "$binary" --gtest_filter="$filter" >"$out" 2>&1; then
      cat "$out" >&2
      fail "$name, shard $index of 2 failed"
    fi
    [[ -e $status_file ]] || fail "$name, shard $index: GTEST_SHARD_STATUS_FILE was not created"
    if grep -q '^\[  SKIPPED \]' "$out"; then
      cat "$out" >&2
      fail "$name, shard $index skipped a test"
    fi
    sed -n 's/^\[       OK \] \([^ ]*\) .*/\1/p' "$out" | sort >"$name.shard$index.ran"
  done

  overlap=$(comm -12 "$name.shard0.ran" "$name.shard1.ran")
  [[ -z $overlap ]] || fail "$name: both shards ran ${overlap//$'\n'/ }"
  if ! diff <(sort "$name.subset") <(sort -m "$name.shard0.ran" "$name.shard1.ran") >"$name.diff"
  then
    cat "$name.diff" >&2
    fail "$name: the shards together did not run exactly the subset (< subset, > ran)"
  fi
  echo "PASS: $name ($((SECONDS - start)) s): shard 0 ran $(ran "$name.shard0.ran");" \
    "shard 1 ran $(ran "$name.shard1.ran")"
done
echo "PASS: all $# binaries honour GTEST_TOTAL_SHARDS and GTEST_SHARD_INDEX" \
  "($((SECONDS - total_start)) s)"
