#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs `nvme-cosim sweep` as a user would: the matrix and its reports, shards and their merge,
# a failing case's commands, an interrupt and --resume, bad options.
# usage: check_sweep.sh NVME_COSIM CASE
set -u
bin=$1
case_name=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../scripts/program_check.sh"

# The ids a matrix should have, worked out here rather than by the program:
# expected_ids SEEDS(A-B) STRATEGIES SCENARIOS
expected_ids() {
  python3 - "$@" <<'PY'
import sys
first, last = map(int, sys.argv[1].split("-"))
strategies = sys.argv[2].split(",")
kernels = {"sequential", "async", "ordered"}
for scenario in sys.argv[3].split(","):
    for strategy in ([""] if scenario == "io" else strategies):
        if scenario == "linux" and strategy not in kernels:
            continue
        for seed in range(first, last + 1):
            print(".".join(p for p in (scenario, strategy, "seed%d" % seed) if p))
PY
}
case_ids() { awk -F'\t' '$1 == "case" { print $2 }' "$1"; }
# junit_check FILE TESTS FAILURES SKIPPED [IDS_FILE]: the report parses, its totals and its
# suites agree, and (given IDS_FILE) its cases are exactly those ids.
junit_check() {
  python3 - "$@" <<'PY' || fail "JUnit report $1 is wrong"
import sys, xml.etree.ElementTree as ET
path, tests, failures, skipped = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
root = ET.parse(path).getroot()
assert root.tag == "testsuites", root.tag
got = {k: int(root.get(k)) for k in ("tests", "failures", "skipped")}
assert got == {"tests": tests, "failures": failures, "skipped": skipped}, got
cases = root.findall("testsuite/testcase")
assert len(cases) == tests, len(cases)
for suite in root.findall("testsuite"):
    n = suite.findall("testcase")
    assert int(suite.get("tests")) == len(n), suite.get("name")
    assert int(suite.get("failures")) == sum(1 for c in n if c.find("failure") is not None)
    assert int(suite.get("skipped")) == sum(1 for c in n if c.find("skipped") is not None)
    for c in n:
        assert c.get("classname").startswith("sweep." + suite.get("name")), c.get("classname")
assert sum(1 for c in cases if c.find("failure") is not None) == failures
if len(sys.argv) > 5:
    ids = set()
    for c in cases:
        parts = c.get("classname").split(".")[1:] + ["seed" + c.get("name").split()[1]]
        ids.add(".".join(parts))
    want = set(open(sys.argv[5]).read().split())
    assert ids == want, (sorted(ids ^ want))[:5]
print("junit ok:", path, got)
PY
}

case $case_name in
  MatrixRunsAndReports)
    # 3 seeds: scan and faults 4 strategies each, io one per seed: 27 cases.
    run sweep --seeds 1-3 -j 2 --out "$work/s"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expected_ids 1-3 sequential,async,ordered,nsid scan,faults,io | sort > "$work/want"
    case_ids "$work/s/results.tsv" | sort > "$work/got"
    diff "$work/want" "$work/got" || fail "results.tsv's cases differ from the matrix"
    [ "$(grep -c $'^case\t[^\t]*\tpassed\t' "$work/s/results.tsv")" -eq 27 ] ||
      fail "not 27 passed cases"
    junit_check "$work/s/junit.xml" 27 0 0 "$work/want"
    expect_line '^total +27 +27 +0 +0 '
    expect_line '^scan +ordered +3 +3 +0 +0 '
    expect_line '^io +- +3 +3 +0 +0 '
    expect_line '^speed: 27 runs in .* runs per minute with 2 worker'
    grep -q '^sweep: 27/27 cases, 0 failed' "$work/err" || fail "no progress line at the end"
    [ -z "$(ls -A "$work/s" | grep -v -x -e results.tsv -e junit.xml -e logs -e waves)" ] ||
      fail "the sweep left more in its directory: $(ls -A "$work/s")"
    # Without -j, as many workers as CPUs this process may use (taskset here), not the machine's.
    run_cpu0() { echo "+ taskset -c 0 nvme-cosim $*"; taskset -c 0 "$bin" "$@" > "$work/out" 2>&1; }
    run_cpu0 sweep --seeds 1 --scenarios io --out "$work/one"
    grep -q '1 to run, 1 worker(s)$' "$work/out" || fail "taskset -c 0 gave not 1 worker: $(head -1 "$work/out")"
    [ -z "$(ls "$work/s/logs")" ] || fail "logs kept of passing cases"
    # A case's command is the run it made: the same simulated time.
    line=$(grep -m1 $'^case\tfaults.ordered.seed2\t' "$work/s/results.tsv")
    command=$(cut -f7 <<<"$line")
    simulated=$(cut -f5 <<<"$line")
    eval "$command --json $work/repro.json" > "$work/repro.out" || fail "reproduce: $command"
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]["simulated_ns"]
assert s == int(sys.argv[2]), (s, sys.argv[2])' "$work/repro.json" "$simulated" ||
      fail "the reproduced run's simulated time differs"
    echo "PASS"
    ;;
  ShardsMergeIntoTheWholeSweep)
    matrix=(--seeds 4-6 --strategies async,ordered --scenarios scan,faults,io)
    run sweep "${matrix[@]}" -j 2 --out "$work/whole"
    [ "$status" -eq 0 ] || fail "whole sweep: exit status $status"
    for i in 0 1 2; do
      run sweep "${matrix[@]}" -j 1 --shard $i/3 --out "$work/shard$i"
      [ "$status" -eq 0 ] || fail "shard $i: exit status $status"
      case_ids "$work/shard$i/results.tsv" > "$work/ids$i"
      [ "$(wc -l < "$work/ids$i")" -eq 5 ] || fail "shard $i has not 5 of the 15 cases"
    done
    sort "$work/ids0" "$work/ids1" "$work/ids2" > "$work/union"
    [ -z "$(uniq -d "$work/union")" ] || fail "shards overlap"
    case_ids "$work/whole/results.tsv" | sort > "$work/whole_ids"
    diff "$work/whole_ids" "$work/union" || fail "the shards do not cover the matrix"
    run sweep merge --out "$work/merged" "$work/shard2" "$work/shard0" "$work/shard1/results.tsv"
    [ "$status" -eq 0 ] || fail "merge: exit status $status"
    expect_line '^sweep merge: 3 shard\(s\) of 3, 15 of 15 cases with a result'
    expect_line '^total +15 +15 +0 +0 '
    junit_check "$work/merged/junit.xml" 15 0 0 "$work/whole_ids"
    # Deterministic: each case's verdict and simulated time as in the whole sweep.
    # (A sweep appends cases as they finish; the merge writes them in matrix order.)
    cut -f1-3,5 "$work/whole/results.tsv" | grep ^case | sort > "$work/whole_cut"
    cut -f1-3,5 "$work/merged/results.tsv" | grep ^case | sort > "$work/merged_cut"
    diff "$work/whole_cut" "$work/merged_cut" || fail "merged results differ from the whole sweep's"
    grep -qx $'shard\t0/1' "$work/merged/results.tsv" || fail "merged results are not shard 0/1"
    # A missing shard: its cases did not run, and the merge says so and fails.
    run sweep merge --out "$work/partial" "$work/shard0" "$work/shard2"
    [ "$status" -eq 1 ] || fail "merge without shard 1: exit status $status, expected 1"
    expect_line '^missing shard\(s\) of 3: 1$'
    expect_line '^total +15 +10 +0 +5 '
    junit_check "$work/partial/junit.xml" 15 0 5
    grep -q 'not run: no result (shards 1 of 3 are missing)' "$work/partial/junit.xml" ||
      fail "the skipped cases do not name the missing shard"
    # Shards of different sweeps, or one twice: refused.
    run sweep --seeds 4-7 --strategies async,ordered --scenarios scan,faults,io -j 2 --shard 1/3 \
      --out "$work/other"
    run sweep merge --out "$work/bad" "$work/shard0" "$work/other"
    [ "$status" -eq 2 ] || fail "merge of two matrices: exit status $status, expected 2"
    grep -q 'shard 1/3 is of another matrix' "$work/err" || fail "no 'another matrix' error"
    run sweep merge --out "$work/bad" "$work/shard0" "$work/shard0"
    [ "$status" -eq 2 ] || fail "a shard twice: exit status $status, expected 2"
    # A results file in the wrong shard's place: its cases are not that shard's.
    mkdir -p "$work/fake1"
    sed 's#^shard	0/3$#shard	1/3#' "$work/shard0/results.tsv" > "$work/fake1/results.tsv"
    run sweep merge --out "$work/bad" "$work/fake1" "$work/shard2"
    [ "$status" -eq 2 ] || fail "a shard holding another's cases: exit status $status, expected 2"
    grep -q 'shard 1/3 holds case .* of shard 0' "$work/err" || fail "no 'holds case' error"
    echo "PASS"
    ;;
  FailureShowsItsCommands)
    # A case over its time limit is killed and fails like any other: the failure names it, its
    # commands reproduce it (here, passing) and record its waveform, its log is kept.
    run sweep --seeds 3 --strategies ordered --scenarios scan --case-timeout 1ns --out "$work/f"
    [ "$status" -eq 1 ] || fail "exit status $status, expected 1"
    expect_line '^FAILED scan\.ordered\.seed3$'
    expect_line '^  the case.s process failed: timed out after [0-9.e+-]+ s$'
    expect_line "^  reproduce:     $bin scan --strategy ordered --seed 3 --namespaces 19\$"
    expect_line "^  with waveform: $bin scan --strategy ordered --seed 3 --namespaces 19 --waveform $work/f/waves/scan\.ordered\.seed3\.fst --verbose\$"
    expect_line "^  log:           $work/f/logs/scan\.ordered\.seed3\.log\$"
    expect_line '^total +1 +0 +1 +0 '
    [ -f "$work/f/logs/scan.ordered.seed3.log" ] || fail "the failed case's log is gone"
    junit_check "$work/f/junit.xml" 1 1 0
    grep -q 'message="the case&apos;s process failed: timed out' "$work/f/junit.xml" ||
      fail "the JUnit failure has not the problem"
    waveform_command=$(sed -n 's/^  with waveform: //p' "$work/out")
    eval "$waveform_command" > "$work/wave.out" 2> "$work/wave.err" ||
      fail "the waveform command failed: $waveform_command"
    [ -s "$work/f/waves/scan.ordered.seed3.fst" ] || fail "no waveform written"
    grep -q 'nvme0' "$work/wave.err" || fail "--verbose gave no driver log"
    echo "PASS"
    ;;
  InterruptKeepsFinishedResults)
    # Ctrl-C (SIGINT to the sweep alone, as a terminal sends it to the foreground process) ends
    # the sweep: what finished stays in results.tsv and the report; --resume runs the rest.
    out=$work/i
    "$bin" sweep --seeds 1-100 --scenarios scan -j 2 --out "$out" > "$work/out" 2> "$work/err" &
    pid=$!
    for _ in $(seq 1 600); do
      [ "$(case_ids "$out/results.tsv" 2>/dev/null | wc -l)" -ge 20 ] && break
      sleep 0.05
    done
    kill -INT $pid
    wait $pid
    status=$?
    cat "$work/out"
    [ "$status" -eq 130 ] || fail "exit status $status, expected 130"
    finished=$(case_ids "$out/results.tsv" | wc -l)
    [ "$finished" -ge 20 ] && [ "$finished" -lt 400 ] || fail "$finished cases finished"
    expect_line "^sweep interrupted \(Interrupt\): $finished of 400 cases finished"
    junit_check "$out/junit.xml" 400 0 $((400 - finished))
    grep -q 'not run: the sweep was interrupted' "$out/junit.xml" || fail "no interrupted reason"
    sleep 0.2
    ! pgrep -f -- "--out $out" > /dev/null || fail "workers outlived the sweep: $(pgrep -af -- "--out $out")"
    case_ids "$out/results.tsv" | sort > "$work/before"
    run sweep --seeds 1-100 --scenarios scan -j 2 --out "$out" --resume
    [ "$status" -eq 0 ] || fail "--resume: exit status $status"
    expect_line "^nvme-cosim sweep: 400 cases .*, $((400 - finished)) to run,"
    expect_line '^total +400 +400 +0 +0 '
    [ "$(case_ids "$out/results.tsv" | sort -u | wc -l)" -eq 400 ] || fail "not 400 results"
    [ "$(case_ids "$out/results.tsv" | wc -l)" -eq 400 ] || fail "a case ran twice"
    comm -23 "$work/before" <(case_ids "$out/results.tsv" | sort) | grep -q . &&
      fail "--resume lost a finished case"
    junit_check "$out/junit.xml" 400 0 0
    # --resume of another matrix is refused, and nothing is lost.
    run sweep --seeds 1-3 --out "$out" --resume
    [ "$status" -eq 2 ] || fail "--resume of another matrix: exit status $status, expected 2"
    grep -q 'holds another sweep' "$work/err" || fail "no 'another sweep' error"
    [ "$(case_ids "$out/results.tsv" | wc -l)" -eq 400 ] || fail "the refused resume lost results"
    echo "PASS"
    ;;
  WorkersKilledFromOutsideAreNotVerdicts)
    # A scancel or `kill` may reach the workers before the sweep: a case whose worker SIGTERM
    # or SIGINT ended is not a failure of the case. It is left without a result (exit 1,
    # named), and --resume runs it.
    out=$work/k
    "$bin" sweep --seeds 1-2 --strategies ordered --scenarios scan --namespaces 3000 -j 2 \
      --out "$out" > "$work/out" 2> "$work/err" &
    pid=$!
    for _ in $(seq 1 200); do
      [ "$(pgrep -P $pid | wc -l)" -eq 2 ] && break
      sleep 0.05
    done
    workers=$(pgrep -P $pid | tr '\n' ' ')
    [ -n "$workers" ] || fail "no workers seen"
    # shellcheck disable=SC2086
    kill -TERM $workers
    wait $pid
    status=$?
    cat "$work/out"
    [ "$status" -eq 1 ] || fail "exit status $status, expected 1"
    expect_line '^[12] case\(s\) not recorded: their processes were killed by SIGINT or SIGTERM'
    ! grep -q 'signal 15' "$out/results.tsv" || fail "a killed worker's case was recorded"
    run sweep --seeds 1-2 --strategies ordered --scenarios scan --namespaces 3000 -j 2 \
      --out "$out" --resume
    [ "$status" -eq 0 ] || fail "--resume: exit status $status"
    expect_line '^total +2 +2 +0 +0 '
    echo "PASS"
    ;;
  BadOptionsExitTwo)
    for args in "--shard 3/3" "--seeds 9-1" "--scenarios boot" "--strategies fast" "-j 0" \
                "--case-timeout 0s" "--bogus" "merge" "merge --out $work/m" \
                "merge --out $work/m /nonexistent" "merge --out $work/m $here/check_sweep.sh"; do
      # shellcheck disable=SC2086
      run sweep $args
      [ "$status" -eq 2 ] || fail "sweep $args: exit status $status, expected 2"
      grep -q '^nvme-cosim: sweep' "$work/err" || fail "sweep $args: no error naming the sweep"
    done
    # The linux scenario where no kernel is built: the program copied where no linux/ is.
    cp "$bin" "$work/nvme-cosim"
    bin=$work/nvme-cosim run sweep --scenarios scan,linux --seeds 1 --out "$work/l"
    [ "$status" -eq 2 ] || fail "linux without kernels: exit status $status, expected 2"
    grep -q 'the linux scenario: no 6.1 kernel and root directory in .*make linux' "$work/err" ||
      fail "no error naming make linux"
    run sweep --scenarios linux --strategies nsid --out "$work/l"
    [ "$status" -eq 2 ] && grep -q 'the matrix has no case' "$work/err" || fail "empty matrix"
    run sweep --help
    [ "$status" -eq 0 ] && grep -q '^usage: nvme-cosim sweep' "$work/out" || fail "--help"
    run sweep merge --help
    [ "$status" -eq 0 ] && grep -q '^usage: nvme-cosim sweep merge' "$work/out" || fail "merge --help"
    echo "PASS"
    ;;
  LinuxScenarioBootsEachKernel)
    # The real kernels (make linux): 6.1, stock 6.12 and ordered 6.12, two seeds each; nsid has
    # no kernel. Every namespace registered once; 6.1 and ordered names in NSID order.
    run sweep --scenarios linux --seeds 1-2 --namespaces 8 -j 2 --out "$work/k"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expected_ids 1-2 sequential,async,ordered,nsid linux | sort > "$work/want"
    junit_check "$work/k/junit.xml" 6 0 0 "$work/want"
    expect_line '^linux +ordered +2 +2 +0 +0 '
    grep -q $'^case\tlinux.sequential.seed1\tpassed\t.*linux --kernel 6.1 --seed 1 --namespaces 8 --no-nvme-cli\t' \
      "$work/k/results.tsv" || fail "linux.sequential.seed1 did not boot 6.1"
    # A guest killed by the time limit leaves no run directory behind (each case's TMPDIR is
    # the sweep's, removed when the case ends).
    mkdir "$work/tmp"
    TMPDIR=$work/tmp run sweep --scenarios linux --strategies ordered --seeds 1-2 \
      --case-timeout 300ms --out "$work/t"
    [ "$status" -eq 1 ] || fail "timed-out guests: exit status $status, expected 1"
    expect_line '^total +2 +0 +2 +0 '
    [ ! -e "$work/t/tmp" ] || fail "the sweep's scratch directory is left: $(ls -R "$work/t/tmp")"
    [ -z "$(ls -A "$work/tmp")" ] || fail "left in TMPDIR: $(ls -A "$work/tmp")"
    echo "PASS"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
