#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the nvme-cosim program as a user would and checks its exit status and output.
# usage: check_cli.sh NVME_COSIM CASE
set -u
bin=$1
case_name=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../scripts/program_check.sh"

case $case_name in
  TimesMatchGolden)
    # Every simulated time of three scans, against testbench/cli/golden/times.json: the
    # controller's timing must not drift unnoticed (a wider TLP datapath, say, may change only
    # what its issue allows). After a deliberate change: UPDATE_GOLDEN=1 ctest -R TimesMatchGolden.
    golden=$here/golden/times.json
    # The golden file holds the 64-bit build's times (CMake passes the build's width).
    if [ "${NVME_COSIM_TLP_WIDTH:-64}" != 64 ]; then
      echo "SKIPPED: the golden times are those of a 64-bit TLP stream" \
        "(NVME_COSIM_TLP_WIDTH=64); this build's is ${NVME_COSIM_TLP_WIDTH} bits, whose times differ"
      exit 77
    fi
    for strategy in sequential async ordered; do
      run scan --namespaces 48 --strategy $strategy --seed 3 --json "$work/$strategy.json"
      [ "$status" -eq 0 ] || fail "$strategy: exit status $status"
    done
    python3 - "$work" "$golden" "${UPDATE_GOLDEN:-0}" <<'PY' || fail "simulated times differ from the golden file"
import json, sys
work, golden, update = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
times = {}
for strategy in ("sequential", "async", "ordered"):
    run = json.load(open("%s/%s.json" % (work, strategy)))
    s = run["summary"]
    times[strategy] = {
        "summary": {k: s[k] for k in ("scan_started_ns", "scan_finished_ns", "simulated_ns",
                                      "evaluated_cycles", "skipped_cycles",
                                      "max_identify_inflight")},
        "namespaces": [[ns["nsid"], ns["node"], ns["identify_submit_ns"],
                        ns["identify_complete_ns"], ns["name_allocated_ns"],
                        ns["registration_end_ns"]] for ns in run["namespaces"]],
    }
if update:
    with open(golden, "w") as f:
        json.dump(times, f, indent=1, sort_keys=True)
        f.write("\n")
    print("golden file written:", golden)
    sys.exit(0)
expected = json.load(open(golden))
bad = 0
for strategy, got in times.items():
    want = expected[strategy]
    for key in got["summary"]:
        if got["summary"][key] != want["summary"][key]:
            print("%s %s: %s, golden %s" % (strategy, key, got["summary"][key], want["summary"][key]))
            bad += 1
    for g, w in zip(got["namespaces"], want["namespaces"]):
        if g != w:
            print("%s NSID %d: %s, golden %s" % (strategy, g[0], g, w))
            bad += 1
    if len(got["namespaces"]) != len(want["namespaces"]):
        print("%s: %d namespaces, golden %d" % (strategy, len(got["namespaces"]), len(want["namespaces"])))
        bad += 1
sys.exit(1 if bad else 0)
PY
    ;;
  ScanOrderedNamesFollowNsids)
    run scan --namespaces 19 --strategy ordered
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^Node +Generic +Namespace +Size +Format$'
    expect_line '^-{21} -{21} -{10} -{10} -+$'
    # Every row in node order carries its own NSID: nvme0nY <-> 0xY.
    for y in $(seq 1 19); do
      expect_line "^/dev/nvme0n$y +/dev/ng0n$y +$(printf '0x%x' "$y") +1\.07 GB +512 B$"
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
    expect_line 'skipped: failed +0x2, 0x5'
    [ "$(grep -c '^/dev/nvme' "$work/out")" -eq 4 ] || fail "not four namespaces"
    # Nothing registered: no registration times, rather than 0 ms.
    run scan --namespaces 2 --fail-nsid 1 --fail-nsid 2 --json "$work/none.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^  first registration +none  \(no namespace registered\)$'
    expect_line '^  last registration +none$'
    grep -q '"first_registration_ns": null,' "$work/none.json" || fail "first registration not null"
    grep -q '"last_registration_ns": null,' "$work/none.json" || fail "last registration not null"
    ;;
  BadOptionExitsTwo)
    for args in "scan --frobnicate" "scan --namespaces 0" "scan --nsids 1,1" \
                "scan --slots 33" "compare --strategy async" "scan --latency uniform:2ms-1ms" \
                "scan --nsids 8193" "scan --seed" "bogus" "scan --namespaces 5 --admin-depth 2" \
                "scan --json --verbose" "scan --json o.json --timeline o.json" \
                "scan --latency fixed:0.0001ps" "scan --clock-period 1ps --link-latency 1ms"; do
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
    # Every strategy's row, exactly: its figures are those of its run in the JSON (check_scan_json.py
    # checks each run: every NSID registered once, its names, its schedule), and each run is
    # the run `scan` gives with that strategy and seed (the same scan time and names).
    run compare --namespaces 8 --seeds 2 --json "$work/compare.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    cp "$work/out" "$work/compare.out"
    expect_line '^strategy +scan time \(ms\) +vs async +NSID order +stable, 2 seeds +Identify in flight +wall \(s\)$'
    "$here/check_scan_json.py" "$work/compare.json" --set namespaces=8 --set seeds=2 ||
      fail "compare.json"
    python3 - "$work/compare.json" "$work/compare.out" <<'PY' >"$work/rows" || fail "the rows"
import json, re, sys
j = json.load(open(sys.argv[1]))
out = open(sys.argv[2]).read().splitlines()
runs = {r["summary"]["strategy"]: r for r in j["strategies"]}
base = runs["async"]["summary"]["scan_time_ns"]
bad = 0
for name in ("sequential", "async", "ordered", "nsid"):
    s = runs[name]["summary"]
    assert s["registered"] == 8 and sorted(n["nsid"] for n in runs[name]["namespaces"]) == list(range(1, 9)), name
    ranks = [n["nsid"] for n in sorted(runs[name]["namespaces"], key=lambda n: int(n["node"][11:]))]
    order = "yes" if ranks == sorted(ranks) else "no"
    # Names stable over two seeds: sequential, ordered and nsid by their rules; async only
    # if its completion order happened to repeat (seed 1 and 2 differ here).
    stable = "no" if name == "async" else "yes"
    row = "%-10s  %14.3f  %8s  %-10s  %-15s  %18u  " % (
        name, s["scan_time_ns"] / 1e6, "%.2fx" % (s["scan_time_ns"] / base), order, stable,
        s["max_identify_inflight"])
    # The wall time is the host's: only its format.
    if not any(l.startswith(row) and re.fullmatch(r" *[0-9]+\.[0-9]{3}", l[len(row):]) for l in out):
        print("no row %r" % row, file=sys.stderr)
        bad += 1
    assert s["names_stable_across_seeds"] == (stable == "yes"), name
    print(name, s["scan_time_ns"], " ".join("%d=%s" % (n["nsid"], n["node"]) for n in sorted(runs[name]["namespaces"], key=lambda n: n["nsid"])))
sys.exit(1 if bad else 0)
PY
    for strategy in sequential async ordered nsid; do
      run scan --namespaces 8 --strategy $strategy --json "$work/$strategy.json"
      [ "$status" -eq 0 ] || fail "$strategy: exit status $status"
      python3 -c 'import json,sys; j=json.load(open(sys.argv[1]))
print(sys.argv[2], j["summary"]["scan_time_ns"], " ".join("%d=%s" % (n["nsid"], n["node"]) for n in sorted(j["namespaces"], key=lambda n: n["nsid"])))' \
        "$work/$strategy.json" $strategy >>"$work/scans"
    done
    diff "$work/rows" "$work/scans" || fail "compare's runs are not scan's runs"
    ;;
  JsonHasTheSchemaKeys)
    # Every key of the schema and every value the options determine (check_scan_json.py).
    run scan --namespaces 5 --strategy async --zero-capacity-nsid 3 --json "$work/scan.json" \
      --cmd-log "$work/cmd.log"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^  skipped: zero_capacity +0x3$'
    "$here/check_scan_json.py" "$work/scan.json" --out "$work/out" --cmd-log "$work/cmd.log" \
      --set namespaces=5 --set strategy='"async"' --set zero_capacity_nsids='[3]' ||
      fail "scan.json"
    grep -q '"skipped": \[{"nsid": 3, "skip_reason": "zero_capacity"}\]' "$work/scan.json" ||
      fail "NSID 3 not skipped for its zero capacity"
    run scan --nsids 2,40,0x41 --strategy nsid --fail-nsid 40 --seed 9 --slots 4 \
      --latency fixed:50us --admin-depth 16 --json "$work/sparse.json"
    [ "$status" -eq 0 ] || fail "sparse: exit status $status"
    "$here/check_scan_json.py" "$work/sparse.json" --out "$work/out" --set nsids='[2, 40, 65]' \
      --set nsids_spec='"2,40,0x41"' --set strategy='"nsid"' --set fail_nsids='[40]' \
      --set seed=9 --set slots=4 --set admin_depth=16 \
      --set latency='{"mode": "fixed", "min_ns": 50000, "max_ns": 50000}' || fail "sparse.json"
    run compare --namespaces 3 --seeds 1 --json "$work/compare.json"
    [ "$status" -eq 0 ] || fail "compare exit status $status"
    "$here/check_scan_json.py" "$work/compare.json" --set namespaces=3 --set seeds=1 ||
      fail "compare.json"
    ;;
  ProtocolLogsAndTraceEvents)
    run scan --namespaces 4 --strategy ordered --tlp-log "$work/tlp.log" \
      --cmd-log "$work/cmd.log" --trace-events "$work/trace.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line 'tlp log +.*tlp\.log$'
    expect_line 'cmd log +.*cmd\.log$'
    expect_line 'trace events +.*trace\.json$'
    for type in CfgRd0 MRd CplD MWr; do
      grep -Eq "^ +[0-9]+\.[0-9]{3} ns (down|up  ) $type" "$work/tlp.log" || fail "no $type TLP"
    done
    grep -Eq '^ +[0-9.]+ ns up   CplD cpl=01:00\.0 req=00:00\.0 tag=0x[0-9a-f]{2} SC .*\[[0-9a-f]{8} ' \
      "$work/tlp.log" || fail "no completion with status and header DWs"
    grep -Eq ' Identify .* 0[0-9A-F]h +SUCCESS$' "$work/cmd.log" || fail "no Identify with CNS, status"
    [ "$(grep -Ec '^ +[0-9]+ +[0-9]+ +[0-9]+ +0 +[0-9]+  Identify Namespace +0x[0-9a-f]{8} 00h  SUCCESS$' \
        "$work/cmd.log")" -eq 4 ] || fail "not 4 Identify Namespace commands"
    grep -q '"traceEvents": \[' "$work/trace.json" || fail "trace.json lacks traceEvents"
    [ "$(grep -c '"thread_name", "ph": "M", "pid": 1, "tid": [1-9][0-9]*, "args": {"name": "nsid 0x' \
        "$work/trace.json")" -eq 4 ] || fail "not one nsid track per namespace"
    grep -q '"name": "Identify Namespace", "cat": "command"' "$work/trace.json" ||
      fail "no admin command events"
    "$here/../scripts/check_trace_events.py" "$work/trace.json" "$work/cmd.log" 32 ||
      fail "trace.json does not read as a trace"
    # Fewer slots than Identify commands in flight: every slot is used, none beyond --slots.
    # With a fixed latency, every stay's latency part is exactly that long.
    run scan --namespaces 12 --slots 3 --strategy async --latency fixed:20us \
      --cmd-log "$work/cmd3.log" --trace-events "$work/trace3.json"
    [ "$status" -eq 0 ] || fail "--slots 3: exit status $status"
    "$here/../scripts/check_trace_events.py" "$work/trace3.json" "$work/cmd3.log" 3 20000 ||
      fail "--slots 3: trace3.json does not read as a trace"
    # Commands the host timed out before they reached the only slot (it is held by a slow
    # one), and their Aborts, which cannot reach it either: two controller resets, after which
    # the three healthy namespaces register and NSID 1 is given up. The trace still reads, and
    # the checker accepts that the timed-out and reset-ended commands have no stay.
    run scan --namespaces 4 --slots 1 --slow-nsid 1=500ms --admin-timeout 100ms \
      --cmd-log "$work/cmd_to.log" --trace-events "$work/trace_to.json"
    [ "$status" -eq 0 ] || fail "timeouts: exit status $status"
    # 4 descriptor lists and their 4 Aborts; NSID 1's two retries alone and their Aborts.
    [ "$(grep -c 'timed out$' "$work/cmd_to.log")" -eq 12 ] || fail "timeouts: not 12 timed out"
    expect_line 'ordered scan, seed 1: 3 of 4 namespaces registered, names follow NSID order'
    "$here/../scripts/check_trace_events.py" "$work/trace_to.json" "$work/cmd_to.log" 1 ||
      fail "timeouts: trace_to.json does not read as a trace"
    for slot in 0 1 2; do
      grep -q "\"thread_name\", \"ph\": \"M\", \"pid\": 4, \"tid\": $slot, \"args\": {\"name\": \"slot $slot\"}" \
        "$work/trace3.json" || fail "--slots 3: no track for slot $slot"
    done
    # Timeouts: NSID 4 takes longer than the admin timeout. Its command times out and is
    # aborted, three times (the two retries alone too), and NSID 4 is skipped; nothing is left
    # in a slot. With a
    # waveform the run goes on past the scan; the logs must not.
    for w in plain wave; do
      extra=()
      [ "$w" = wave ] && extra=(--waveform "$work/t.fst")
      run scan --namespaces 4 --strategy async --latency fixed:10us --slow-nsid 4=200ms \
        --admin-timeout 100ms --cmd-log "$work/cmd.$w.log" --tlp-log "$work/tlp.$w.log" \
        --trace-events "$work/trace.$w.json" "${extra[@]}"
      [ "$status" -eq 0 ] || fail "timeouts ($w): exit status $status"
    done
    [ "$(grep -c ' timed out$' "$work/cmd.plain.log")" -eq 3 ] || fail "not 3 timed-out commands"
    "$here/../scripts/check_trace_events.py" "$work/trace.plain.json" "$work/cmd.plain.log" 32 ||
      fail "timeouts: trace.plain.json does not read as a trace"
    if grep -q '"in_slot_at_end": true' "$work/trace.plain.json"; then
      fail "timeouts: a command stayed in its slot after its Abort"
    fi
    for f in cmd.%.log tlp.%.log trace.%.json; do
      cmp -s "$work/${f/\%/plain}" "$work/${f/\%/wave}" || fail "${f/\%/*} differs with --waveform"
    done
    run compare --namespaces 2 --seeds 1 --tlp-log "$work/c.log"
    [ "$status" -eq 0 ] || fail "compare exit status $status"
    for s in sequential async ordered nsid; do
      [ -s "$work/c.$s.log" ] || fail "no TLP log for $s"
    done
    ;;
  FaultsAreRecovered)
    # Sixteen namespaces hang (1000 s against a 1 s admin timeout) with 8 slots: timeouts,
    # Aborts, resets; the 44 healthy ones register in NSID order, the 16 are skipped as timed
    # out, and the summary says the scan is not complete.
    slow=()
    for n in 3 7 11 15 19 23 27 31 35 39 43 47 51 55 59 60; do slow+=(--slow-nsid "$n=1000s"); done
    run scan --strategy ordered --namespaces 60 --slots 8 --admin-timeout 1s "${slow[@]}" \
      --json "$work/hang.json"
    [ "$status" -eq 0 ] || fail "hanging namespaces: exit status $status"
    expect_line 'ordered scan, seed 1: 44 of 60 namespaces registered, names follow NSID order'
    expect_line '^  skipped: timeout +0x3, 0x7, 0xb, 0xf, 0x13, 0x17, 0x1b, 0x1f, 0x23, 0x27, 0x2b, 0x2f, 0x33, 0x37, 0x3b, 0x3c$'
    python3 - "$work/hang.json" <<'PY' || fail "hanging namespaces: JSON summary"
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["complete"] is False and s["registered"] == 44, s
hung = [3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59, 60]
assert s["skipped"] == [{"nsid": n, "skip_reason": "timeout"} for n in hung], s["skipped"]
assert set(hung) <= set(s["timed_out_nsids"]) and s["aborts"] > 0 and s["resets"] > 0, s
PY
    # A fatal error in the middle of the scan: one reset, and every namespace registers.
    run scan --namespaces 30 --fatal-at 9ms --admin-timeout 20ms --json "$work/fatal.json"
    [ "$status" -eq 0 ] || fail "--fatal-at: exit status $status"
    expect_line 'ordered scan, seed 1: 30 of 30 namespaces registered, names follow NSID order'
    grep -q '"resets": 1,' "$work/fatal.json" || fail "--fatal-at: not one reset"
    grep -q '"complete": true,' "$work/fatal.json" || fail "--fatal-at: not complete"
    # A dropped completion: one Abort, and every namespace registers.
    run scan --namespaces 19 --strategy async --drop-completion 5 --admin-timeout 50ms \
      --json "$work/drop.json"
    [ "$status" -eq 0 ] || fail "--drop-completion: exit status $status"
    expect_line '^  recovery +1 Abort\(s\), 0 controller reset\(s\); timed out: 0x5$'
    grep -q '"complete": true,' "$work/drop.json" || fail "--drop-completion: not complete"
    # Bad fault options: a usage error each.
    for args in "--fatal-at 0s" "--fatal-at soon" "--drop-completion 20" "--drop-completion 0"; do
      # shellcheck disable=SC2086
      run scan --namespaces 19 $args
      [ "$status" -eq 2 ] || fail "$args: exit status $status, not 2"
    done
    ;;
  HostileDeviceIsRejected)
    # Lying Identify Namespace data: each namespace is skipped with the reason.
    run scan --namespaces 8 --lie-nsid 2=flbas --lie-nsid 3=lbads-small --lie-nsid 4=lbads-large \
      --lie-nsid 5=ncap --json "$work/lie.json"
    [ "$status" -eq 0 ] || fail "--lie-nsid: exit status $status"
    expect_line 'ordered scan, seed 1: 4 of 8 namespaces registered, names follow NSID order'
    expect_line '^  skipped: failed +0x2, 0x3, 0x4, 0x5$'
    expect_line '^  Identify data rejected +0x5: NCAP 0x200001 is above NSZE 0x200000$'
    grep -q '"skip_reason": "failed", "why": "FLBAS' "$work/lie.json" || fail "no why in the JSON"
    # A lying Active NSID list stops the scan with a clear error (exit 1), never loops.
    for lie in unsorted duplicates; do
      run scan --namespaces 8 --list-lie "$lie"
      [ "$status" -eq 1 ] || fail "--list-lie $lie: exit status $status, not 1"
      grep -q 'Identify Active Namespace ID list rejected: entry 1:' "$work/err" ||
        fail "--list-lie $lie: no clear error"
    done
    # An NSID 0 inside the list ends it, as in Linux: only what came before registers.
    run scan --namespaces 8 --list-lie zero
    [ "$status" -eq 0 ] || fail "--list-lie zero: exit status $status"
    expect_line 'ordered scan, seed 1: 1 of 8 namespaces registered'
    # NN beyond what the driver supports: the controller is refused.
    run scan --namespaces 8 --nn 70000
    [ "$status" -eq 1 ] || fail "--nn 70000: exit status $status, not 1"
    grep -q 'NN 70000 is above the driver.s maximum' "$work/err" || fail "--nn: no clear error"
    # Root-complex faults on the device's reads: CFS, a reset, and every namespace registers.
    for fault in ur@1 timeout@1 ur@9 timeout@12; do
      run scan --namespaces 8 --read-fault "$fault" --admin-timeout 5ms
      [ "$status" -eq 0 ] || fail "--read-fault $fault: exit status $status"
      expect_line 'ordered scan, seed 1: 8 of 8 namespaces registered, names follow NSID order'
    done
    run scan --namespaces 8 --read-fault bad@1
    [ "$status" -eq 2 ] || fail "--read-fault bad@1: exit status $status, not 2"
    ;;
  WaveformIsWritten)
    # The FST holds cosim's ports and the host annotations, from time 0 to the scan's end and
    # the quarter of the scan time the run goes on for a viewer (docs/cli.md); nvme-cosim-fst
    # rebuilds from it exactly the TLPs the root complex logged, and the admin commands of the
    # command log.
    run scan --namespaces 2 --latency fixed:10us --waveform "$work/scan.fst" --json "$work/w.json" \
      --tlp-log "$work/tlp.log" --cmd-log "$work/cmd.log"
    [ "$status" -eq 0 ] || fail "exit status $status"
    fst2vcd "$work/scan.fst" >"$work/scan.vcd" 2>/dev/null || fail "fst2vcd cannot read the waveform"
    for sig in rst_ni rx_tlp_data_i rx_tlp_valid_i rx_tlp_ready_o tx_tlp_data_o tx_tlp_valid_o \
               tx_tlp_ready_i host_identify_inflight_i host_scan_phase_i host_registering_nsid_i \
               host_registered_i host_interrupts_i; do
      grep -Eq "^\\\$var wire [0-9]+ [^ ]+ $sig( |\$)" "$work/scan.vcd" || fail "no signal $sig"
    done
    grep -A1 '^\$timescale' "$work/scan.vcd" | grep -q '1ps' || fail "not in ps"
    python3 - "$work/w.json" "$work/scan.vcd" <<'PY' || fail "the waveform's time span"
import json, re, sys
s = json.load(open(sys.argv[1]))["summary"]
times = [int(l[1:]) for l in open(sys.argv[2]) if re.match(r"^#[0-9]+$", l)]
end_ns = s["simulated_ns"] + max(s["scan_time_ns"] // 4, 1000)
print("waveform from %d ps to %d ps; run to %d ns" % (times[0], times[-1], end_ns))
assert 0 <= times[0] < 4000, times[0]  # from the first clock edge
assert abs(times[-1] - end_ns * 1000) < 4000, (times[-1], end_ns)  # within a clock period
PY
    "$(dirname "$bin")/nvme-cosim-fst" "$work/scan.fst" --commands >"$work/fst.txt" ||
      fail "nvme-cosim-fst failed"
    cat "$work/fst.txt"
    python3 - "$work/fst.txt" "$work/tlp.log" "$work/cmd.log" <<'PY' || fail "nvme-cosim-fst's figures"
import collections, re, sys
fst = open(sys.argv[1]).read()
log = collections.Counter()
for line in open(sys.argv[2]):
    m = re.match(r"^ +[0-9.]+ ns (down|up  ) (\w+)", line)
    if m:
        log[(m.group(1).strip(), m.group(2))] += 1
got = collections.Counter()
section = None
for line in fst.splitlines():
    m = re.match(r"^(downstream|upstream) .*: ([0-9]+) TLPs", line)
    if m:
        section = "down" if m.group(1) == "downstream" else "up"
        total = int(m.group(2))
        assert total == sum(n for (d, _), n in log.items() if d == section), (section, total, log)
        continue
    m = re.match(r"^  (\w+) +([0-9]+)$", line)
    if m and section:
        got[(section, m.group(1))] += int(m.group(2))
    if line.startswith("admin commands"):
        section = None
assert got == log, ("TLP types", sorted(got.items()), sorted(log.items()))
admin = [l for l in open(sys.argv[3]) if re.match(r"^ +[0-9]+ +[0-9]+ +[0-9]+ +0 +", l)]
m = re.search(r"^admin commands: ([0-9]+) completed$", fst, re.M)
assert m and int(m.group(1)) == len(admin), ("admin commands", m and m.group(1), len(admin))
PY
    ;;
  FastClockAndSlowLinkWork)
    # The endpoint's DMA completion timeout follows the settings (it was a fixed 64K cycles,
    # 655 ns at 10 ps: Identify Controller timed out).
    for args in "--clock-period 10ps" "--link-latency 130us"; do
      # shellcheck disable=SC2086
      run scan --namespaces 3 --strategy ordered $args
      [ "$status" -eq 0 ] || fail "$args: exit status $status"
      expect_line 'ordered scan, seed 1: 3 of 3 namespaces registered, names follow NSID order'
    done
    ;;
  OutputsWriteThroughTheirPath)
    # A file name is never shell text: the VCD conversion takes it as an argument.
    cd "$work" || fail "no work dir"
    run scan --namespaces 2 --latency fixed:10us --waveform "x';touch INJECTED;echo '.vcd"
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ -e INJECTED ] && fail "the waveform name ran as a shell command"
    head -c 200 "x';touch INJECTED;echo '.vcd" | grep -q '^\$date' || fail "no VCD under the odd name"
    run scan --namespaces 2 --latency fixed:10us --waveform "a'b.vcd"
    [ "$status" -eq 0 ] && [ -s "a'b.vcd" ] || fail "a'b.vcd: status $status or empty"
    # Through a symlink, as '>' writes: the link stays, its target gets the waveform.
    : >target.fst && ln -s target.fst link.fst
    run scan --namespaces 2 --latency fixed:10us --waveform link.fst --json link.json
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ -L link.fst ] && [ -s target.fst ] || fail "the symlink was replaced or its target is empty"
    # A device that refuses the data: the error is reported and the device node stays.
    if [ -c /dev/full ]; then
      run scan --namespaces 2 --latency fixed:10us --waveform /dev/full
      [ "$status" -eq 1 ] || fail "/dev/full: exit status $status, not 1"
      grep -q -- '--waveform: cannot write /dev/full: No space left on device' "$work/err" ||
        fail "/dev/full: no write error reported"
      [ -c /dev/full ] || fail "/dev/full is no longer a device"
    fi
    # A usage error creates no file; compare checks every strategy's file names first.
    run scan --namespaces 2 --json ok.json --timeline /nonexistent/x.svg
    [ "$status" -eq 2 ] || fail "exit status $status, not 2"
    [ -e ok.json ] && fail "an empty ok.json was left behind"
    run compare --namespaces 2 --seeds 1 --tlp-log missing/t.log
    [ "$status" -eq 2 ] || fail "compare: exit status $status, not 2"
    grep -q 'cannot write missing/t.sequential.log' "$work/err" || fail "compare: file not named"
    ;;
  TimelineSvg)
    run scan --namespaces 19 --strategy ordered --timeline "$work/out.svg"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line 'timeline +.*out\.svg'
    [ -s "$work/out.svg" ] || fail "no out.svg"
    head -c 5 "$work/out.svg" | grep -Eq '^(<svg|<\?xml)' || fail "out.svg is not SVG"
    grep -q '</svg>' "$work/out.svg" || fail "out.svg is cut short"
    # One lane per namespace: "0xY → nvme0nY" (ordered names follow the NSIDs).
    for y in $(seq 1 19); do
      grep -q ">$(printf '0x%x' "$y") → nvme0n$y<" "$work/out.svg" || fail "no lane for NSID $y"
    done
    [ "$(grep -c 'class="lane' "$work/out.svg")" -eq 19 ] || fail "not 19 lanes"
    grep -q '<title>0x13 → nvme0n19: Identify Namespace in flight, start ' "$work/out.svg" ||
      fail "no hover title on the bars"
    cp "$work/out.svg" "$work/first.svg"
    run scan --namespaces 19 --strategy ordered --timeline "$work/out.svg"
    cmp -s "$work/out.svg" "$work/first.svg" || fail "the same run gave a different SVG"
    run compare --namespaces 6 --seeds 1 --timeline "$work/cmp.svg"
    [ "$status" -eq 0 ] || fail "compare exit status $status"
    [ -s "$work/cmp.svg" ] || fail "no cmp.svg"
    head -c 5 "$work/cmp.svg" | grep -Eq '^(<svg|<\?xml)' || fail "cmp.svg is not SVG"
    for s in sequential async ordered nsid; do
      grep -q ">$s: 6 of 6 namespaces registered" "$work/cmp.svg" || fail "no block for $s"
    done
    # Sequential takes 3.9x the fastest at 6 namespaces (seed 1): the three concurrent
    # strategies come again in a zoomed panel.
    [ "$(grep -c 'class="lane' "$work/cmp.svg")" -eq 42 ] || fail "not 4 x 6 + 3 x 6 lanes"
    # Sequential is within 3x of the others at 4 namespaces (2.8x): no zoomed panel. At 10
    # (5.7x) the three concurrent strategies come again, zoomed.
    run compare --namespaces 4 --seeds 1 --timeline "$work/cmp4.svg"
    [ "$status" -eq 0 ] || fail "compare 4: exit status $status"
    ! grep -q '>Zoomed:' "$work/cmp4.svg" || fail "a zoomed panel with every strategy within 3x"
    run compare --namespaces 10 --seeds 1 --timeline "$work/cmp10.svg"
    [ "$status" -eq 0 ] || fail "compare 10: exit status $status"
    grep -q '>Zoomed: the strategies within 3x of the fastest scan, on an axis of their own (sequential left out)<' \
      "$work/cmp10.svg" || fail "no zoomed panel without sequential"
    [ "$(grep -c 'class="lane' "$work/cmp10.svg")" -eq 70 ] || fail "not 4 x 10 + 3 x 10 lanes"
    [ "$(grep -c '>sequential: 10 of 10 namespaces registered' "$work/cmp10.svg")" -eq 1 ] ||
      fail "sequential is in the zoomed panel"
    [ "$(grep -c '>ordered: 10 of 10 namespaces registered' "$work/cmp10.svg")" -eq 2 ] ||
      fail "ordered is not in both panels"
    # Above 64 namespaces consecutive NSIDs share a lane: 100 -> 50 lanes of 2.
    run scan --namespaces 100 --strategy async --latency fixed:10us --timeline "$work/big.svg"
    [ "$status" -eq 0 ] || fail "100 namespaces: exit status $status"
    grep -q '>0x1-0x2<' "$work/big.svg" || fail "no grouped lane 0x1-0x2"
    [ "$(grep -c 'class="lane' "$work/big.svg")" -eq 50 ] || fail "not 50 grouped lanes"
    for f in out cmp cmp4 cmp10 big; do
      python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/$f.svg" ||
        fail "$f.svg is not well-formed XML"
    done
    ;;
  WideDatapathOnlyShortensTransfers)
    # The same sequential scan at this build's width and on the 64-bit program ($NVME_COSIM_64):
    # the same names, and every Identify shorter by one same amount, the data transfer saved.
    [ -x "${NVME_COSIM_64:-}" ] || fail "NVME_COSIM_64 names no 64-bit nvme-cosim"
    run scan --namespaces 48 --strategy sequential --seed 3 --json "$work/wide.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    "$NVME_COSIM_64" scan --namespaces 48 --strategy sequential --seed 3 \
      --json "$work/narrow.json" >/dev/null || fail "the 64-bit program failed"
    python3 - "$work/narrow.json" "$work/wide.json" <<'PY' || fail "more than transfers changed"
import json, sys
narrow, wide = (json.load(open(f)) for f in sys.argv[1:])
assert narrow["settings"]["tlp_width_bits"] == 64, narrow["settings"]["tlp_width_bits"]
assert wide["settings"]["tlp_width_bits"] > 64, "this build is 64 bits wide"
saved = set()
for n, w in zip(narrow["namespaces"], wide["namespaces"], strict=True):
    assert (n["nsid"], n["node"]) == (w["nsid"], w["node"]), (n["nsid"], n["node"], w["node"])
    saved.add((n["identify_complete_ns"] - n["identify_submit_ns"]) -
              (w["identify_complete_ns"] - w["identify_submit_ns"]))
print("every Identify Namespace shorter by", sorted(saved), "ns")
# 4 KiB at one DW per 4 ns clock against a beat per clock: microseconds, the same for each.
assert len(saved) == 1 and 1000 < saved.pop() < 4096, saved
PY
    ;;
  IoVerifySeedSweep)
    # Data integrity over seeds: each seed picks its block size (PRP1 alone up to PRP lists at
    # MDTS), depth and queue count; every read block is checked against what was written.
    # A failing seed prints the command that reproduces it, and the one that records its
    # waveform.
    sizes=(4k 8k 12k 64k 128k 16k)
    for seed in $(seq 1 12); do
      args=(io --rw randrw --verify --seed "$seed" --bs "${sizes[seed % 6]}" --size 768k
            --iodepth $((1 + seed * 5 % 16)) --queues $((1 + seed % 4)) --media-latency 2us)
      "$bin" "${args[@]}" >"$work/out" 2>"$work/err"
      status=$?
      if [ "$status" -ne 0 ] || ! grep -Eq '^  verify +[1-9][0-9]* blocks checked, 0 mismatches$' "$work/out" ||
        ! grep -Eq '^  errors +none$' "$work/out"; then
        cat "$work/out" "$work/err" >&2
        fail "seed $seed: reproduce with: $bin ${args[*]}" \
          "(add --waveform seed$seed.fst for its waveform)"
      fi
      echo "seed $seed: ${args[*]}: ok"
    done
    ;;
  IoRandRwVerifyPasses)
    # A short random mix on two queues, every read block checked against what was written.
    run io --rw randrw --verify --iodepth 4 --queues 2 --size 256k --media-latency 1us
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^nvme-cosim io: randrw \(50% reads\), bs 4 KiB, iodepth 4, 2 queues, size 256 KiB, verify, seed 1, media 1us latency, unlimited bandwidth, [0-9]+-bit TLPs$'
    expect_line '^randrw, seed 1: 64 of 64 I/Os in [0-9]+\.[0-9]{3} ms$'
    for op in read write; do
      expect_line "^  $op +[1-9][0-9]* I/Os, [0-9]+ KiB, [0-9]+ IOPS, [0-9]+\.[0-9] MB/s \([0-9]+\.[0-9] MiB/s\)$"
    done
    [ "$(grep -Ec '^    latency +min [0-9]+\.[0-9]{3} us, avg [0-9]+\.[0-9]{3} us, max [0-9]+\.[0-9]{3} us$' "$work/out")" -eq 2 ] ||
      fail "not a latency line per direction"
    [ "$(grep -Ec '^    percentiles +50th [0-9.]+ us, 90th [0-9.]+ us, 99th [0-9.]+ us, 99\.9th [0-9.]+ us$' "$work/out")" -eq 2 ] ||
      fail "not a percentile line per direction"
    expect_line '^  errors +none$'
    expect_line '^  verify +[1-9][0-9]* blocks checked, 0 mismatches$'
    expect_line '^  media +[0-9]+ reads? \([0-9]+ KiB\), [0-9]+ writes? \([0-9]+ KiB\), 0 zeroes, 0 flushes$'
    expect_line '^  simulated time +[0-9.]+ ms'
    expect_line '^  wall time +[0-9.]+ s  \(RTL cycles: [0-9]+ evaluated, [0-9]+ skipped while idle\)$'
    expect_line '^  RTL cycles per wall second +[0-9.]+ M evaluated$'
    [ -s "$work/err" ] && fail "a short run printed on stderr"
    # A read-only pattern with verify fills the region first; 4 KiB blocks, 8 KiB I/Os.
    run io --rw randread --verify --block-size 4096 --bs 8k --size 256k --iodepth 4 --queues 2 \
      --media-latency 1us
    [ "$status" -eq 0 ] || fail "randread --verify: exit status $status"
    expect_line '^  verify +64 blocks checked, 0 mismatches$'
    expect_line '^  prefill +32 writes, 256 KiB in [0-9.]+ ms  \(the region written for verify; not counted\)$'
    ;;
  IoJsonIsDeterministic)
    # The same options twice: the same JSON, byte for byte, but for the wall time. (Deeper
    # queues of these writes trip the RTL's ReqHolds assertion in pcie_dma_rd at some seeds:
    # nvme_io hands the DMA read port to the fetcher under a waiting executor request.)
    for n in 1 2; do
      run io --rw randrw --rwmixread 30 --verify --iodepth 4 --queues 2 --bs 8k --size 512k \
        --media-latency 2us --media-bandwidth 2GB/s --json "$work/io.json"
      [ "$status" -eq 0 ] || fail "run $n: exit status $status"
      grep -v '"wall_seconds":' "$work/io.json" >"$work/io.$n.json"
    done
    cmp "$work/io.1.json" "$work/io.2.json" || fail "two runs of the same options differ"
    python3 - "$work/io.json" <<'PY' || fail "io.json lacks the schema"
import json, sys
j = json.load(open(sys.argv[1]))
s = j["settings"]
assert (s["command"], s["rw"], s["rwmixread"], s["bs"], s["iodepth"], s["queues"], s["size"],
        s["verify"], s["media_bandwidth_bytes_per_s"]) == \
    ("io", "randrw", 30, 8192, 4, 2, 524288, True, 2e9), s
assert s["media_latency_cycles"] == 500 and s["media_bytes_per_cycle"] == 8, s
for op in ("read", "write"):
    d = j[op]
    assert d["ios"] > 0 and d["bytes"] == 8192 * d["ios"], d
    assert d["iops"] > 0 and d["bandwidth_bytes_per_s"] > 0, d
    l = d["latency_ns"]
    assert l["min"] <= l["p50"] <= l["p90"] <= l["p99"] <= l["p99_9"] <= l["max"], l
    assert l["min"] <= l["mean"] <= l["max"], l
assert j["read"]["ios"] + j["write"]["ios"] == j["workload"]["planned_ios"] == 64, j["workload"]
assert j["errors"] == {"count": 0, "status": 0, "timeouts": 0, "verify": 0, "first": []}, j["errors"]
assert j["verify"]["checked_blocks"] == 16 * j["read"]["ios"] and j["verify"]["mismatches"] == 0
m = j["media"]
assert m["bytes_read"] == j["read"]["bytes"] and m["bytes_written"] == j["write"]["bytes"], m
assert j["device"]["max_transfer_bytes"] == 131072, j["device"]
for key in ("simulated_ns", "wall_seconds", "evaluated_cycles", "skipped_cycles"):
    assert key in j, key
assert j["ok"] is True and j["prefill"] is None and j["readback"] is None
PY
    # Another seed, other offsets and another mix.
    run io --rw randrw --rwmixread 30 --verify --iodepth 4 --queues 2 --bs 8k --size 512k \
      --media-latency 2us --media-bandwidth 2GB/s --seed 2 --json "$work/io.json"
    [ "$status" -eq 0 ] || fail "--seed 2: exit status $status"
    grep -v '"wall_seconds":' "$work/io.json" | sed 's/"seed": 2/"seed": 1/' >"$work/io.3.json"
    cmp -s "$work/io.1.json" "$work/io.3.json" && fail "--seed 2 ran the same workload as seed 1"
    ;;
  IoWriteVerifyWritesTheRegion)
    # Sequential writes cover the region once, then a readback checks every block.
    run io --rw write --verify --iodepth 4 --queues 2 --size 512k --media-latency 1us \
      --json "$work/w.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^  readback +128 reads, 512 KiB in [0-9.]+ ms  \(the region read back for verify; not counted\)$'
    python3 - "$work/w.json" <<'PY' || fail "the writes did not cover the region"
import json, sys
j = json.load(open(sys.argv[1]))
size = j["settings"]["size"]
assert size == 524288 and j["write"]["bytes"] == size, (size, j["write"])
assert j["read"]["ios"] == 0 and j["read"]["latency_ns"] is None, j["read"]
assert j["media"]["bytes_written"] == size, j["media"]
assert j["readback"]["bytes"] == size and j["verify"]["checked_blocks"] == size // 512, j
assert j["verify"]["mismatches"] == 0 and j["errors"]["count"] == 0, j
PY
    # Random writes leave some blocks unwritten: the readback finds them zero, the rest written.
    run io --rw randwrite --verify --iodepth 4 --size 256k --media-latency 1us
    [ "$status" -eq 0 ] || fail "randwrite: exit status $status"
    expect_line '^  verify +512 blocks checked, 0 mismatches$'
    ;;
  IoLargeBlocksReportBandwidth)
    # 128 KiB reads, MDTS each: one command per I/O, close to the link's payload bandwidth.
    run io --rw read --bs 128k --iodepth 32 --size 4m --json "$work/bw.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^read, seed 1: 32 of 32 I/Os in [0-9.]+ ms$'
    expect_line '^  read +32 I/Os, 4 MiB, [0-9]+ IOPS, [0-9]+\.[0-9] MB/s \([0-9]+\.[0-9] MiB/s\)$'
    python3 - "$work/bw.json" <<'PY' || fail "bandwidth"
import json, sys
j = json.load(open(sys.argv[1]))
bw = j["read"]["bandwidth_bytes_per_s"]
# Gen3 x4 carries at most 3.94 GB/s; 256-byte payloads leave about 3.4 GB/s of data.
assert 1e9 < bw < 3.94e9, bw
assert j["workload"]["commands"] == 32 and j["device"]["max_payload_bytes"] > 0, j
print("read bandwidth %.1f MB/s" % (bw / 1e6))
PY
    # Above MDTS the driver splits each I/O: 256 KiB, two commands.
    run io --rw read --bs 256k --iodepth 2 --size 1m
    [ "$status" -eq 0 ] || fail "256k: exit status $status"
    expect_line '^read, seed 1: 4 of 4 I/Os in [0-9.]+ ms \(8 commands\)$'
    ;;
  IoRuntimeAndProtocolLogs)
    # --runtime ends the workload early; the command log and trace events show the I/O.
    run io --rw randread --iodepth 4 --queues 2 --runtime 60us --media-latency 1us \
      --cmd-log "$work/cmd.log" --trace-events "$work/trace.json" --json "$work/rt.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^randread, seed 1: [0-9]+ of 256 I/Os in [0-9.]+ ms, --runtime reached$'
    grep -q '"runtime_reached": true' "$work/rt.json" || fail "runtime_reached is not true"
    ios=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["read"]["ios"])' "$work/rt.json")
    [ "$ios" -gt 0 ] && [ "$ios" -lt 256 ] || fail "$ios I/Os in 60 us"
    [ "$(grep -Ec '^ +[0-9]+ +[0-9]+ +[0-9]+ +[12] +[0-9]+  Read +0x00000001 -    SUCCESS$' "$work/cmd.log")" -eq "$ios" ] ||
      fail "not one Read line per I/O in the command log"
    grep -q '"process_name", "ph": "M", "pid": 3, "tid": 0, "args": {"name": "I/O commands"}' \
      "$work/trace.json" || fail "no I/O command tracks"
    "$here/../scripts/check_trace_events.py" "$work/trace.json" "$work/cmd.log" 32 ||
      fail "trace.json does not read as a trace"
    ;;
  IoBadOptionExitsTwo)
    for args in "io --rw rw" "io --bs 1000" "io --bs 4kb" "io --iodepth 0" "io --queues 17" \
                "io --size 2g" "io --size 6k" "io --media-bandwidth fast" "io --runtime 0s" \
                "io --rwmixread 70" "io --strategy async" "io --latency fixed:1ms" \
                "scan --bs 4k" "io --verify=yes" "io --queues 16 --iodepth 1023 --bs 64k"; do
      # shellcheck disable=SC2086
      timeout 10 "$bin" $args >"$work/out" 2>"$work/err"
      status=$?
      echo "+ nvme-cosim $args -> $status: $(cat "$work/err")"
      [ "$status" -eq 2 ] || fail "'$args' exited $status, not 2"
      [ "$(wc -l <"$work/err")" -eq 1 ] || fail "'$args': not one line on stderr"
      grep -q 'see nvme-cosim --help' "$work/err" || fail "'$args': no pointer to --help"
      [ -s "$work/out" ] && fail "'$args' printed on stdout"
    done
    run io --help
    [ "$status" -eq 0 ] || fail "io --help exited $status"
    expect_line '--media-bandwidth RATE'
    ;;
  DefaultScanTimesExact)
    # `nvme-cosim scan` as a user first runs it, ordered and async: every figure printed and in
    # the JSON checked by check_scan_json.py (the registration schedule against its reference
    # model: ordered's chain lets a namespace go once its predecessor is named, not once it is
    # added), and the scan's simulated times pinned. Simulated time is deterministic; the pins
    # are what the run gave when this test was written, at each TLP width whose datapath
    # timing we know (the 64-bit stream moves one DW a clock, 256 bits a beat): a change to
    # them is a change to the controller's or the driver's timing, to be made on purpose.
    for strategy in ordered async; do
      args=(scan)
      [ "$strategy" = ordered ] || args+=(--strategy "$strategy")
      run "${args[@]}" --json "$work/$strategy.json" --cmd-log "$work/$strategy.cmd"
      [ "$status" -eq 0 ] || fail "$strategy: exit status $status"
      "$here/check_scan_json.py" "$work/$strategy.json" --out "$work/out" \
        --cmd-log "$work/$strategy.cmd" --set strategy="\"$strategy\"" || fail "$strategy: figures"
    done
    python3 - "$work" <<'PY' || fail "the default scan's simulated times moved"
import json, sys
# width -> strategy -> (scan_started_ns, scan_finished_ns, first_registration_ns, most in flight)
pinned = {
    256: {"ordered": (6304014, 11154547, 3300121, 19), "async": (6304014, 11133607, 1594905, 19)},
    64: {"ordered": (6308582, 11172664, 2926302, 19), "async": (6308582, 11149712, 1606874, 19)},
}
bad = 0
for strategy in ("ordered", "async"):
    j = json.load(open("%s/%s.json" % (sys.argv[1], strategy)))
    width = j["settings"]["tlp_width_bits"]
    s = j["summary"]
    got = (s["scan_started_ns"], s["scan_finished_ns"], s["first_registration_ns"],
           s["max_identify_inflight"])
    if width not in pinned:
        print("%d-bit TLPs: no pinned times; the reference model alone checked" % width)
        continue
    want = pinned[width][strategy]
    print("%s: %s, pinned %s" % (strategy, got, want))
    bad += got != want
sys.exit(1 if bad else 0)
PY
    ;;
  SameOptionsSameJson)
    # The same options give the same JSON, byte for byte, but for wall_seconds; so do the logs.
    for n in 1 2; do
      run scan --strategy async --namespaces 12 --seed 7 --json "$work/s$n.json" \
        --cmd-log "$work/cmd$n.log" --tlp-log "$work/tlp$n.log"
      [ "$status" -eq 0 ] || fail "scan $n: exit status $status"
      grep -v '"wall_seconds":' "$work/s$n.json" | sed "s|$work/s$n.json|JSON|" >"$work/s$n.cmp"
      run compare --namespaces 5 --seeds 2 --json "$work/c$n.json"
      [ "$status" -eq 0 ] || fail "compare $n: exit status $status"
      grep -v '"wall_seconds":' "$work/c$n.json" | sed "s|$work/c$n.json|JSON|" >"$work/c$n.cmp"
    done
    [ "$(grep -c '"wall_seconds":' "$work/s1.json")" -eq 1 ] || fail "not one wall time in scan"
    [ "$(grep -c '"wall_seconds":' "$work/c1.json")" -eq 4 ] || fail "not four wall times in compare"
    cmp "$work/s1.cmp" "$work/s2.cmp" || fail "two scans with the same options differ"
    cmp "$work/c1.cmp" "$work/c2.cmp" || fail "two compares with the same options differ"
    cmp "$work/cmd1.log" "$work/cmd2.log" || fail "the command logs differ"
    cmp "$work/tlp1.log" "$work/tlp2.log" || fail "the TLP logs differ"
    # Another seed is another run.
    run scan --strategy async --namespaces 12 --seed 8 --json "$work/s3.json"
    grep -v '"wall_seconds":' "$work/s3.json" | sed "s|$work/s3.json|JSON|; s/\"seed\": 8/\"seed\": 7/" >"$work/s3.cmp"
    cmp -s "$work/s1.cmp" "$work/s3.cmp" && fail "--seed 8 gave seed 7's run"
    ;;
  SizeOptionsShowInSizes)
    # --ns-blocks and --block-size reach Identify Namespace: the driver's sizes, printed and in
    # the JSON, are theirs (3000 blocks of 4096 bytes: 12288000 bytes, "0.01 GB").
    run scan --namespaces 3 --ns-blocks 3000 --block-size 4096 --json "$work/sz.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    for y in 1 2 3; do expect_line "^/dev/nvme0n$y +/dev/ng0n$y +0x$y +0\.01 GB +(512 B|4 KiB)$"; done
    "$here/check_scan_json.py" "$work/sz.json" --out "$work/out" --set namespaces=3 \
      --set ns_blocks=3000 --set block_bytes=4096 || fail "figures"
    run scan --namespaces 2 --ns-blocks 1953125000 --block-size 512 --json "$work/big.json"
    [ "$status" -eq 0 ] || fail "big: exit status $status"
    expect_line '^/dev/nvme0n2 +/dev/ng0n2 +0x2 +1000\.00 GB +512 B$'
    "$here/check_scan_json.py" "$work/big.json" --out "$work/out" --set namespaces=2 \
      --set ns_blocks=1953125000 || fail "big: figures"
    ;;
  AdminDepthBoundsIdentifyInFlight)
    # --admin-depth N leaves N - 2 tags (the empty slot of a full queue, the AER's): with 19
    # namespaces concurrent strategies hold exactly that many Identify commands at once,
    # counted from the command log's times.
    for depth in 5 8 16; do
      for strategy in async ordered; do
        run scan --strategy $strategy --admin-depth $depth --json "$work/d.json" --cmd-log "$work/d.cmd"
        [ "$status" -eq 0 ] || fail "--admin-depth $depth: exit status $status"
        expect_line "^  most Identify in flight +$((depth - 2))$"
        "$here/check_scan_json.py" "$work/d.json" --out "$work/out" --cmd-log "$work/d.cmd" \
          --set strategy="\"$strategy\"" --set admin_depth=$depth || fail "--admin-depth $depth: figures"
      done
    done
    ;;
  LinkLatencyAndClockPeriodTiming)
    # Fixed 100 us latency, one namespace at a time. An admin command's time from doorbell to
    # CQE crosses the link four times (doorbell write down, SQE read up, its completion down,
    # data, CQE and MSI-X writes up, posted back to back); a partition-table read twice that
    # (two Reads on the I/O queue). So 1 us more link latency adds exactly 4 us to every
    # Identify Namespace and 8 us to every disk add. The RTL does the same work in clock cycles
    # at any clock period: the evaluated cycles are equal, the latency is 100 us in cycles of
    # the period, and an Identify takes a + b x period (a in ns, b in cycles): linear.
    ident() {  # FILE -> the first Identify Namespace's duration and disk add, from the JSON
      python3 -c 'import json,sys; n=json.load(open(sys.argv[1]))["namespaces"]
d={x["identify_complete_ns"]-x["identify_submit_ns"] for x in n}; a={x["registration_end_ns"]-x["name_allocated_ns"] for x in n}
assert len(d)==1 and len(a)==1, (d, a); print(d.pop(), a.pop())' "$1"
    }
    for link in 300ns 1300ns 2300ns; do
      run scan --namespaces 4 --strategy sequential --latency fixed:100us --link-latency $link \
        --json "$work/l$link.json"
      [ "$status" -eq 0 ] || fail "--link-latency $link: exit status $status"
      "$here/check_scan_json.py" "$work/l$link.json" --out "$work/out" --set namespaces=4 \
        --set strategy='"sequential"' --set link_latency_ns=${link%ns} \
        --set latency='{"mode": "fixed", "min_ns": 100000, "max_ns": 100000}' || fail "$link: figures"
    done
    read -r i300 a300 < <(ident "$work/l300ns.json") || fail "300ns: durations differ"
    read -r i1300 a1300 < <(ident "$work/l1300ns.json") || fail "1300ns: durations differ"
    read -r i2300 a2300 < <(ident "$work/l2300ns.json") || fail "2300ns: durations differ"
    echo "Identify $i300 $i1300 $i2300 ns, disk add $a300 $a1300 $a2300 ns"
    [ $((i1300 - i300)) -eq 4000 ] && [ $((i2300 - i1300)) -eq 4000 ] ||
      fail "1 us of link latency did not add 4 us to each Identify"
    [ $((a1300 - a300)) -eq 8000 ] && [ $((a2300 - a1300)) -eq 8000 ] ||
      fail "1 us of link latency did not add 8 us to each disk add"
    [ $((i300 - 100000 - 4 * 300)) -gt 0 ] || fail "Identify shorter than its latency and link"
    for period in 2ns 4ns 8ns; do
      run scan --namespaces 4 --strategy sequential --latency fixed:100us --clock-period $period \
        --json "$work/p$period.json"
      [ "$status" -eq 0 ] || fail "--clock-period $period: exit status $status"
      "$here/check_scan_json.py" "$work/p$period.json" --out "$work/out" --set namespaces=4 \
        --set strategy='"sequential"' --set clock_period_ns=${period%ns} \
        --set latency='{"mode": "fixed", "min_ns": 100000, "max_ns": 100000}' || fail "$period: figures"
    done
    python3 - "$work" <<'PY' || fail "--clock-period: the cycle and time relations"
import json, sys
runs = {p: json.load(open("%s/p%dns.json" % (sys.argv[1], p))) for p in (2, 4, 8)}
cycles = {p: r["summary"]["evaluated_cycles"] for p, r in runs.items()}
assert len(set(cycles.values())) == 1, ("the same RTL work in cycles", cycles)
for p, r in runs.items():
    assert r["settings"]["latency"]["min_cycles"] == 100000 // p, (p, r["settings"]["latency"])
ident = {p: {n["identify_complete_ns"] - n["identify_submit_ns"] for n in r["namespaces"]}
         for p, r in runs.items()}
assert all(len(d) == 1 for d in ident.values()), ident
d = {p: ident[p].pop() for p in ident}
b = (d[4] - d[2]) // 2  # cycles per Identify that scale with the period
assert b > 0 and d[4] - d[2] == 2 * b and d[8] - d[4] == 4 * b, ("a + b x period", d)
print("Identify Namespace: %d ns + %d cycles x period (plus 100 us)" % (d[4] - 4 * b - 100000, b))
PY
    ;;
  CostOptionsMoveTheSchedule)
    # --name-cost and --disk-add-cost are the modelled times: the reference model checks every
    # namespace with the costs given, and one at a time (fixed latency, so the device's times do
    # not move) each namespace adds exactly its extra cost to the scan: 4 x (4 us + 100 us).
    run scan --namespaces 4 --strategy sequential --latency fixed:100us --json "$work/c1.json"
    [ "$status" -eq 0 ] || fail "defaults: exit status $status"
    for strategy in sequential ordered async; do
      run scan --namespaces 4 --strategy $strategy --latency fixed:100us --name-cost 5us \
        --disk-add-cost 300us --json "$work/c2.$strategy.json"
      [ "$status" -eq 0 ] || fail "costs: exit status $status"
      "$here/check_scan_json.py" "$work/c2.$strategy.json" --out "$work/out" --set namespaces=4 \
        --set strategy="\"$strategy\"" --set name_cost_ns=5000 --set disk_add_cost_ns=300000 \
        --set latency='{"mode": "fixed", "min_ns": 100000, "max_ns": 100000}' || fail "costs: figures"
    done
    python3 - "$work/c1.json" "$work/c2.sequential.json" <<'PY' || fail "the costs did not add up"
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:])
delta = b["summary"]["scan_time_ns"] - a["summary"]["scan_time_ns"]
assert delta == 4 * (4000 + 100000), delta
for x, y in zip(a["namespaces"], b["namespaces"], strict=True):
    assert y["name_allocated_ns"] - y["registration_start_ns"] == 5000, y
    assert (y["registration_end_ns"] - y["name_allocated_ns"]) - \
        (x["registration_end_ns"] - x["name_allocated_ns"]) == 100000, (x, y)
PY
    ;;
  VerboseAddsTheDriverLog)
    # --verbose adds the driver's log on stderr, and nothing else: stdout is the same but for
    # the wall time. The log has bring-up's six state changes in Linux's order, each stamped.
    run scan --namespaces 3
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ -s "$work/err" ] && fail "stderr without --verbose"
    grep -v '^  wall time ' "$work/out" >"$work/quiet"
    run scan --namespaces 3 --verbose
    [ "$status" -eq 0 ] || fail "--verbose: exit status $status"
    grep -v '^  wall time ' "$work/out" >"$work/loud"
    cmp "$work/quiet" "$work/loud" || fail "--verbose changed stdout"
    grep -Eo 'nvme0: [A-Z_]+ -> [A-Z_]+' "$work/err" >"$work/states"
    printf '%s\n' "nvme0: NEW -> DISABLING" "nvme0: DISABLING -> CONFIGURING_ADMIN" \
      "nvme0: CONFIGURING_ADMIN -> ENABLING" "nvme0: ENABLING -> IDENTIFYING" \
      "nvme0: IDENTIFYING -> CONFIGURING_QUEUES" "nvme0: CONFIGURING_QUEUES -> LIVE" >"$work/want"
    cmp "$work/states" "$work/want" || fail "not bring-up's six state changes"
    grep -Ev '^\[ *[0-9]+\.[0-9]{3} us\] ' "$work/err" && fail "a log line without its time stamp"
    grep -q 'nvme0: VS 1.4.0, VID 0x10ee' "$work/err" || fail "no controller line"
    ;;
  FailedRunsExitOne)
    # docs/cli.md: exit 1 when the simulation failed; each with one clear line on stderr.
    # A list that breaks its rules, a controller refused at bring-up, an output that cannot be
    # written, a compare whose strategy run fails, an io whose I/O fails.
    run scan --namespaces 4 --list-lie duplicates
    [ "$status" -eq 1 ] || fail "--list-lie: exit status $status, not 1"
    grep -qx 'nvme-cosim: Identify Active Namespace ID list rejected: entry 1: NSID 0x1 does not follow 0x1 in ascending order' "$work/err" ||
      fail "--list-lie: not the rule it broke"
    run scan --namespaces 4 --nn 70000
    [ "$status" -eq 1 ] || fail "--nn: exit status $status, not 1"
    grep -qx "nvme-cosim: controller bring-up failed (nvme0: Identify Controller rejected: NN 70000 is above the driver's maximum of 65536 namespaces; --verbose shows the driver's log)" "$work/err" ||
      fail "--nn: no clear error"
    if [ -c /dev/full ]; then
      for opt in --json --cmd-log --tlp-log --trace-events --timeline; do
        run scan --namespaces 2 $opt /dev/full
        [ "$status" -eq 1 ] || fail "$opt /dev/full: exit status $status, not 1"
        grep -q 'cannot write /dev/full: No space left on device' "$work/err" ||
          fail "$opt /dev/full: the file not named"
      done
    fi
    run compare --namespaces 4 --seeds 1 --list-lie unsorted
    [ "$status" -eq 1 ] || fail "compare: exit status $status, not 1"
    grep -q 'Identify Active Namespace ID list rejected' "$work/err" || fail "compare: no clear error"
    run io --size 64k --io-timeout 1us --media-latency 1ms
    [ "$status" -eq 1 ] || fail "io timeouts: exit status $status, not 1"
    grep -Eq '^nvme-cosim: [0-9]+ I/O error\(s\): 0 status, [1-9][0-9]* timeout, 0 verify; the first: ' "$work/err" ||
      fail "io timeouts: no error line"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
echo "PASS: $case_name"
