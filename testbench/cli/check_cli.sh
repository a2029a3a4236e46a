#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the nvme-cosim program as a user would and checks its exit status and output.
# usage: check_cli.sh NVME_COSIM CASE
set -u
bin=$1
case_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# Runs the program; stdout to $work/out, stderr to $work/err, status in $status.
run() {
  echo "+ nvme-cosim $*"
  "$bin" "$@" >"$work/out" 2>"$work/err"
  status=$?
  cat "$work/out"
  cat "$work/err" >&2
}
expect_line() { grep -Eq -- "$1" "$work/out" || fail "no line matching '$1'"; }

case $case_name in
  ScanOrderedNamesFollowNsids)
    run scan --namespaces 19 --strategy ordered
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^Node +Generic +Namespace +Size$'
    expect_line '^-{21} -{21} -{10} -+$'
    # Every row in node order carries its own NSID: nvme0nY <-> 0xY.
    for y in $(seq 1 19); do
      expect_line "^/dev/nvme0n$y +/dev/ng0n$y +$(printf '0x%x' "$y") +1\.07 GB$"
    done
    expect_line '^/dev/nvme0n19 +/dev/ng0n19 +0x13 '
    nodes=$(grep -Eo '^/dev/nvme0n[0-9]+' "$work/out" | sed 's/.*n//' | tr '\n' ' ')
    [ "$nodes" = "$(seq 1 19 | tr '\n' ' ')" ] || fail "rows not in node order: $nodes"
    expect_line 'names follow NSID order'
    expect_line 'scan time +[0-9.]+ ms'
    expect_line 'first registration'
    expect_line 'last registration'
    expect_line 'most Identify in flight +[0-9]+'
    expect_line 'simulated time'
    expect_line 'wall time'
    ;;
  ScanNsidStrategyOnSparseNsids)
    run scan --nsids 1,10,333 --strategy nsid
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^/dev/nvme0n1 +/dev/ng0n1 +0x1 '
    expect_line '^/dev/nvme0n10 +/dev/ng0n10 +0xa '
    expect_line '^/dev/nvme0n333 +/dev/ng0n333 +0x14d '
    [ "$(grep -c '^/dev/nvme' "$work/out")" -eq 3 ] || fail "not three namespaces"
    ;;
  FailedIdentifyIsSkipped)
    run scan --namespaces 6 --strategy ordered --fail-nsid 2 --fail-nsid 5
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^/dev/nvme0n1 +/dev/ng0n1 +0x1 '
    expect_line '^/dev/nvme0n2 +/dev/ng0n2 +0x3 '
    expect_line '^/dev/nvme0n3 +/dev/ng0n3 +0x4 '
    expect_line '^/dev/nvme0n4 +/dev/ng0n4 +0x6 '
    expect_line 'skipped namespaces +0x2, 0x5'
    [ "$(grep -c '^/dev/nvme' "$work/out")" -eq 4 ] || fail "not four namespaces"
    ;;
  BadOptionExitsTwo)
    for args in "scan --frobnicate" "scan --namespaces 0" "scan --nsids 1,1" \
                "scan --slots 33" "compare --strategy async" "scan --latency uniform:2ms-1ms" \
                "scan --nsids 8193" "scan --seed" "bogus"; do
      # shellcheck disable=SC2086
      timeout 10 "$bin" $args >"$work/out" 2>"$work/err"
      status=$?
      echo "+ nvme-cosim $args -> $status: $(cat "$work/err")"
      [ "$status" -eq 2 ] || fail "'$args' exited $status, not 2"
      [ "$(wc -l <"$work/err")" -eq 1 ] || fail "'$args': not one line on stderr"
      grep -q 'see nvme-cosim --help' "$work/err" || fail "'$args': no pointer to --help"
      [ -s "$work/out" ] && fail "'$args' printed on stdout"
    done
    run --help
    [ "$status" -eq 0 ] || fail "--help exited $status"
    run scan --help
    [ "$status" -eq 0 ] || fail "scan --help exited $status"
    expect_line '--strategy NAME'
    ;;
  CompareShowsEveryStrategy)
    run compare --namespaces 8 --seeds 2
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^strategy +scan time \(ms\) +vs async'
    for s in sequential async ordered nsid; do
      expect_line "^$s +[0-9]+\.[0-9]{3} +[0-9]+\.[0-9]{2}x +(yes|no) +(yes|no) +[0-9]+ "
    done
    expect_line '^async +[0-9.]+ +1\.00x '
    expect_line '^sequential +[0-9.]+ +[0-9.]+x +yes +yes +1 '
    expect_line '^ordered +[0-9.]+ +[0-9.]+x +yes +yes '
    expect_line '^nsid +[0-9.]+ +[0-9.]+x +yes +yes '
    ;;
  JsonHasTheSchemaKeys)
    run scan --namespaces 5 --strategy async --zero-capacity-nsid 3 --json "$work/scan.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line 'skipped namespaces +0x3'
    for key in settings summary namespaces scan_time_ns first_registration_ns \
               last_registration_ns max_identify_inflight wall_seconds simulated_ns strategy \
               names_follow_nsid_order nsid node generic blocks block_bytes identify_submit_ns \
               identify_complete_ns registration_start_ns registration_end_ns \
               chain_wait_start_ns skipped_nsids; do
      grep -q "\"$key\":" "$work/scan.json" || fail "scan.json lacks \"$key\""
    done
    [ "$(grep -c '"nsid": ' "$work/scan.json")" -eq 4 ] || fail "not 4 namespace entries"
    grep -q '"skipped_nsids": \[3\]' "$work/scan.json" || fail "NSID 3 not skipped"
    if command -v python3 >/dev/null; then
      python3 -m json.tool "$work/scan.json" >/dev/null || fail "scan.json is not JSON"
    fi
    run compare --namespaces 3 --seeds 1 --json "$work/compare.json"
    [ "$status" -eq 0 ] || fail "compare exit status $status"
    for key in settings strategies summary namespaces names_stable_across_seeds; do
      grep -q "\"$key\":" "$work/compare.json" || fail "compare.json lacks \"$key\""
    done
    [ "$(grep -c '"scan_time_ns":' "$work/compare.json")" -eq 4 ] || fail "not 4 strategies"
    if command -v python3 >/dev/null; then
      python3 -m json.tool "$work/compare.json" >/dev/null || fail "compare.json is not JSON"
    fi
    ;;
  WaveformIsWritten)
    run scan --namespaces 2 --latency fixed:10us --waveform "$work/scan.fst"
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ -s "$work/scan.fst" ] || fail "no waveform"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
echo "PASS: $case_name"
