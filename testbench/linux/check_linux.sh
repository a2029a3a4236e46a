#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Boots the real Linux 6.12 or 6.1 NVMe driver (User-Mode Linux, `make linux`) against the
# Verilated controller through `nvme-cosim linux` and checks what the kernel named.
# usage: check_linux.sh NVME_COSIM CASE
set -u
bin=$1
case_name=$2
. "$(cd "$(dirname "$0")" && pwd)/../scripts/program_check.sh"
# The sysfs table's rows as "Y:NSID" pairs, in node order.
mapping() {
  sed -n '/^From sysfs/,/^`nvme list`/p' "$work/out" | grep -E '^/dev/nvme0n' |
    while read -r node _ nsid _; do printf '%s:%d ' "${node#/dev/nvme0n}" "$((16#${nsid#0x}))"; done
}
# A clean probe: no timeout, reset or warning from the nvme driver and no I/O error from the
# block layer on the console (FILE, default $work/console).
clean_console() {
  local console=${1:-$work/console}
  [ -s "$console" ] || fail "no console in $console"
  if grep -Eiq 'nvme.*(timeout|reset|abort|warn|fail|error)' "$console"; then
    grep -Ei 'nvme.*(timeout|reset|abort|warn|fail|error)' "$console" >&2
    fail "the nvme driver complained"
  fi
  local io_errors='I/O error|blk_update_request|critical medium error|unable to read partition'
  if grep -Eq "$io_errors" "$console"; then
    grep -E "$io_errors" "$console" >&2
    fail "the console reports I/O errors"
  fi
}
# /init's block I/O went well: the dd check and fio, as nvme-cosim linux reports them.
guest_io_ok() {
  expect_line '^  I/O check \(dd\) +dd ok: 4 KiB at byte [0-9]+ of /dev/nvme0n1 read as zeros, then written and read back equal'
  expect_line '^  fio \(verify, randrw\) +exit 0, error 0, [1-9][0-9]* reads, [1-9][0-9]* writes$'
  expect_line '^  kernel I/O errors +none$'
}
# A copy of the guest's root whose /init is changed by the sed script $1, next to links to the
# kernels: a --linux-dir for runs where the guest's tools must fail.
linux_dir_with_init() {
  local built
  built=$(dirname "$bin")/linux
  mkdir -p "$work/linux"
  for k in stock ordered 6.1; do ln -sfn "$built/$k" "$work/linux/$k"; done
  rm -rf "$work/linux/root"
  cp -a "$built/root" "$work/linux/root"
  chmod u+w "$work/linux/root/init"
  sed -i "$1" "$work/linux/root/init"
}
# Per-NSID latencies that complete the Identify commands in reverse NSID order, 10 ms apart.
reversed() {
  for nsid in $(seq 1 "$1"); do echo --slow-nsid "$nsid=$((($1 + 1 - nsid) * 10))ms"; done
}

case $case_name in
  StockNamesFollowReversedCompletions)
    run linux --kernel stock --namespaces 8 $(reversed 8) --kernel-log "$work/console" \
      --json "$work/run.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ "$(mapping)" = "1:8 2:7 3:6 4:5 5:4 6:3 7:2 8:1 " ] || fail "mapping $(mapping)"
    expect_line 'names do NOT follow NSID order'
    expect_line '^Identify completion order|Identify completion order +8 7 6 5 4 3 2 1$'
    clean_console
    # The seed's own tool, inside the guest: nvme-cli's table names the same nodes.
    sed -n '/^`nvme list`/,/^Kernel log/p' "$work/out" | grep -Eq '^/dev/nvme0n1 ' ||
      fail "no nvme list output"
    python3 - "$work/run.json" <<'PY' || fail "JSON"
import json, sys
run = json.load(open(sys.argv[1]))
linux = run["linux"]
assert linux["kernel"] == "stock", linux["kernel"]
assert linux["guest_status"] == "done"
ctrl, ns = linux["id_ctrl"], linux["id_ns"]
assert ctrl["nn"] == 8, ctrl["nn"]
assert ctrl["mn"].strip() and ctrl["sn"].strip(), (ctrl["mn"], ctrl["sn"])
assert ns["nsze"] == 2097152 and ns["ncap"] == 2097152, (ns["nsze"], ns["ncap"])
print("JSON: id-ctrl nn", ctrl["nn"], "model", ctrl["mn"].strip(), "id-ns nsze", ns["nsze"])
PY
    ;;
  OrderedKernelNamesInNsidOrder)
    run linux --kernel ordered --namespaces 8 $(reversed 8) --kernel-log "$work/console"
    [ "$status" -eq 0 ] || fail "exit status $status"
    [ "$(mapping)" = "1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 " ] || fail "mapping $(mapping)"
    expect_line 'names follow NSID order'
    expect_line 'Identify completion order +8 7 6 5 4 3 2 1$'
    clean_console
    ;;
  Linux61ScansInNsidOrder)
    # 6.1 identifies one namespace at a time, so the reversed latencies cannot reorder it.
    run linux --kernel 6.1 --namespaces 8 $(reversed 8) --kernel-log "$work/console"
    [ "$status" -eq 0 ] || fail "exit status $status"
    grep -q 'Linux version 6\.1\.' "$work/console" || fail "the console shows no 6.1 kernel"
    [ "$(mapping)" = "1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 " ] || fail "mapping $(mapping)"
    # Each NSID behind exactly one node.
    [ -z "$(mapping | tr ' ' '\n' | sed -n 's/.*://p' | sort -n | uniq -d)" ] ||
      fail "an NSID registered twice: $(mapping)"
    expect_line 'names follow NSID order'
    expect_line 'Identify completion order +1 2 3 4 5 6 7 8$'
    # 6.1's block layer through the RTL too: partition tables, dd, fio.
    expect_line '^  partition tables +read on 8 of 8 namespaces$'
    guest_io_ok
    clean_console
    ;;
  GuestBlockIoThroughTheRtl)
    # The block layer through the RTL: the kernel reads each disk's partition table as it adds
    # it, /init writes and reads back a block with O_DIRECT (dd) and runs Debian's fio, a
    # verified random read/write job; no I/O error anywhere.
    run linux --kernel stock --namespaces 4 --kernel-log "$work/console" --cmd-log "$work/cmd.log" \
      --json "$work/run.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    guest_io_ok
    expect_line '^  partition tables +read on 4 of 4 namespaces$'
    expect_line '^ +LBAs 0-7, SUCCESS: NSID 1 2 3 4$'
    clean_console
    # The device side's command log: each namespace's partition-table Read on I/O queue 1.
    for nsid in 1 2 3 4; do
      grep -Eq "^ +[0-9]+ +[0-9]+ +[0-9]+ +1 +[0-9]+  Read +0x0000000$nsid +- +SUCCESS$" \
        "$work/cmd.log" || fail "no completed Read of NSID $nsid in the command log"
    done
    python3 - "$work/run.json" <<'PY' || fail "JSON"
import json, re, sys
linux = json.load(open(sys.argv[1]))["linux"]
# Every namespace's partition table: LBA 0 (MBR) and 1 (GPT header), before /init's I/O.
reads = linux["partition_reads"]
assert [r["nsid"] for r in reads] == [1, 2, 3, 4], reads
for r in reads:
    assert r["slba"] == 0 and r["blocks"] >= 2 and r["status"] == "SUCCESS", r
assert linux["io_commands_kernel"] == 4, linux["io_commands_kernel"]
# Every I/O command succeeded: Reads, Writes and the Flush of dd's conv=fsync.
lines = linux["io_commands"]
for line in lines:
    m = re.fullmatch(r"(.+): (\d+) \((\d+) SUCCESS\)", line)
    assert m and m.group(2) == m.group(3), line
names = [line.split(":")[0] for line in lines]
assert names[:1] == ["Read"] and "Write" in names and "Flush" in names, names
assert linux["io_check"].startswith("dd ok"), linux["io_check"]
assert linux["io_error_log"] == [], linux["io_error_log"]
# fio's own report: no error, its options as /init gave them, every written block read back.
assert linux["fio_status"] == 0
job = linux["fio"]["jobs"][0]
assert job["error"] == 0, job["error"]
opts = job["job options"]
assert (opts["rw"], opts["ioengine"], opts["verify"], opts["direct"]) == \
    ("randrw", "psync", "crc32c", "1"), opts
fio_reads, fio_writes = job["read"]["total_ios"], job["write"]["total_ios"]
# 256 blocks, each read or written once (randrw), then each written block read back to verify:
# 256 - writes + writes reads.
assert 0 < fio_writes < 256 and fio_reads == 256, (fio_reads, fio_writes)
print("JSON: partition reads", [(r["nsid"], r["slba"], r["blocks"]) for r in reads],
      "fio reads", fio_reads, "writes", fio_writes, "I/O", lines)
PY
    ;;
  GuestIoFailuresFailTheRun)
    # A failed dd check or fio fails the run, saying which.
    linux_dir_with_init 's|cmp /tmp/pattern /tmp/after|cmp /tmp/zeros /tmp/after|'
    run linux --linux-dir "$work/linux" --namespaces 1
    [ "$status" -eq 1 ] || fail "dd check: exit status $status"
    grep -q "the guest's I/O check: dd failed: 4 KiB at byte [0-9]* of /dev/nvme0n1 read back differs" \
      "$work/err" || fail "no dd failure named"
    linux_dir_with_init 's|/usr/bin/fio --name=verify|/usr/bin/fio --no-such-option --name=verify|'
    run linux --linux-dir "$work/linux" --namespaces 1
    [ "$status" -eq 1 ] || fail "fio: exit status $status"
    grep -q "fio in the guest failed: exit 1" "$work/err" || fail "no fio failure named"
    ;;
  SparseNsidsRegisteredOnce)
    nsids=$(seq 1 7 441 | tr '\n' ',')1000
    run linux --nsids "$nsids" --latency uniform:1ms-5ms --kernel-log "$work/console"
    [ "$status" -eq 0 ] || fail "exit status $status"
    registered=$(mapping | tr ' ' '\n' | sed -n 's/.*://p' | sort -n | tr '\n' ',')
    [ "$registered" = "$(echo "$nsids" | tr ',' '\n' | sort -n | tr '\n' ',')" ] ||
      fail "registered NSIDs $registered"
    [ "$(mapping | wc -w)" -eq 64 ] || fail "not 64 namespaces"
    clean_console
    ;;
  FailedIdentifyIsAbsent)
    run linux --namespaces 6 --fail-nsid 3 --kernel-log "$work/console"
    [ "$status" -eq 0 ] || fail "exit status $status"
    registered=$(mapping | tr ' ' '\n' | sed -n 's/.*://p' | sort -n | tr '\n' ' ')
    [ "$registered" = "1 2 4 5 6 " ] || fail "registered NSIDs $registered"
    expect_line 'not registered +0x3$'
    ;;
  DeviceSideLogsAndWaveform)
    run linux --namespaces 3 --cmd-log "$work/cmd.log" --tlp-log "$work/tlp.log" \
      --waveform "$work/run.fst"
    [ "$status" -eq 0 ] || fail "exit status $status"
    # Every namespace's Identify commands as the controller saw them, each with its CQE.
    for nsid in 1 2 3; do
      grep -Eq "Identify Namespace +0x0000000$nsid 00h +SUCCESS" "$work/cmd.log" ||
        fail "no completed Identify Namespace of NSID $nsid in the command log"
    done
    grep -q 'Identify Controller .* SUCCESS' "$work/cmd.log" || fail "no Identify Controller"
    # The guest's configuration cycles and the controller's DMA, as TLPs.
    grep -Eq ' down +CfgRd0 ' "$work/tlp.log" || fail "no configuration read in the TLP log"
    grep -Eq ' up +MWr(32|64) req=01:00.0 ' "$work/tlp.log" || fail "no DMA write in the TLP log"
    fst2vcd "$work/run.fst" 2>/dev/null | grep -q 'rx_tlp_data_i' || fail "waveform unreadable or empty"
    ;;
  SameSeedSameRun)
    # The guest's clock is simulated time, so one seed fixes everything: the names, every
    # command's time, the kernel's console and the device-side logs, byte for byte.
    for i in 1 2; do
      run linux --kernel stock --namespaces 8 --seed 7 --kernel-log "$work/console$i.log" \
        --cmd-log "$work/cmd$i.log" --tlp-log "$work/tlp$i.log" \
        --trace-events "$work/trace$i.log" --json "$work/run$i.json"
      [ "$status" -eq 0 ] || fail "run $i: exit status $status"
    done
    for f in console cmd tlp trace; do
      cmp "$work/${f}1.log" "$work/${f}2.log" || fail "the $f files of the two runs differ"
    done
    python3 - "$work/run1.json" "$work/run2.json" <<'PY' || fail "JSON"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def same_run(run):
    summary = dict(run["summary"])
    del summary["wall_seconds"]  # host time: the only figure allowed to differ
    return summary, run["namespaces"]
assert same_run(a) == same_run(b), "the two runs differ"
s = a["summary"]
assert s["registered"] == 8 and not s["names_follow_nsid_order"], s
times = [(ns["identify_submit_ns"], ns["identify_complete_ns"]) for ns in a["namespaces"]]
assert all(0 < sub < done for sub, done in times), times
# A kernel that sleeps costs no RTL cycles: most of simulated time is skipped.
assert s["evaluated_cycles"] * 20 < s["skipped_cycles"], (s["evaluated_cycles"], s["skipped_cycles"])
print("identical: summary and", len(times), "namespaces; cycles evaluated",
      s["evaluated_cycles"], "skipped", s["skipped_cycles"])
PY
    clean_console "$work/console1.log"
    ;;
  GuestRandomnessOnlyPicksCommandIds)
    # The kernel's own random state (--guest-seed) picks the block layer's tags, so the NVMe
    # command IDs; nothing else in the run depends on it.
    for g in 7 8; do
      run linux --kernel stock --namespaces 8 --seed 7 --guest-seed $g \
        --cmd-log "$work/cmd$g.log" --kernel-log "$work/console$g"
      [ "$status" -eq 0 ] || fail "guest seed $g: exit status $status"
    done
    cmp "$work/console7" "$work/console8" || fail "the consoles differ"
    # Columns: submit, complete, latency, qid, cid, command...
    without_cid() { grep -v '^#' "$1" | awk '{$5 = ""; print}'; }
    [ "$(without_cid "$work/cmd7.log")" = "$(without_cid "$work/cmd8.log")" ] ||
      fail "the command logs differ beyond the command IDs"
    cids() { grep -v '^#' "$1" | awk '{print $5}' | tr '\n' ' '; }
    [ "$(cids "$work/cmd7.log")" != "$(cids "$work/cmd8.log")" ] ||
      fail "the guest seed did not change the command IDs"
    ;;
  SeedsReorderOnlyStock)
    # On uniform latencies each seed completes the Identify commands in its own order: stock
    # 6.12 names follow it, 6.12 with our patch and 6.1 (one namespace at a time) do not.
    run linux-compare --namespaces 8 --seeds 4 --json "$work/compare.json"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line '^linux-6.1 +[0-9.]+ +[0-9.]+x +yes +yes +1 '
    expect_line '^linux-stock +[0-9.]+ +1.00x +(yes|no) +no +8 '
    expect_line '^linux-ordered +[0-9.]+ +[0-9.]+x +yes +yes +8 '
    python3 - "$work/compare.json" <<'PY' || fail "JSON"
import json, sys
rows = {r["summary"]["strategy"]: r["summary"] for r in json.load(open(sys.argv[1]))["strategies"]}
assert list(rows) == ["linux-6.1", "linux-stock", "linux-ordered"], list(rows)
for name, s in rows.items():
    assert s["ok"] and s["registered"] == 8 and s["seeds_checked"] == 4, (name, s)
assert not rows["linux-stock"]["names_stable_across_seeds"]
assert rows["linux-ordered"]["names_stable_across_seeds"]
assert rows["linux-ordered"]["names_follow_nsid_order"]
# One Identify at a time is slower than eight at once.
assert rows["linux-6.1"]["scan_time_ns"] > 2 * rows["linux-stock"]["scan_time_ns"], rows
PY
    ;;
  WallClockGuest)
    # The host's clock, paced: still the kernel's names, not repeatable at fine grain.
    run linux --guest-clock wall --kernel stock --namespaces 8 $(reversed 8) \
      --kernel-log "$work/console"
    [ "$status" -eq 0 ] || fail "exit status $status"
    expect_line "paced to the host's clock"
    [ "$(mapping)" = "1:8 2:7 3:6 4:5 5:4 6:3 7:2 8:1 " ] || fail "mapping $(mapping)"
    clean_console
    ;;
  BadSetupsFailClearly)
    run linux --linux-dir "$work/none" --namespaces 2
    [ "$status" -eq 1 ] || fail "no kernel: exit status $status"
    grep -q 'make linux' "$work/err" || fail "no hint to build the kernel"
    run linux --strategy async
    [ "$status" -eq 2 ] || fail "--strategy: exit status $status"
    run linux --kernel patched
    [ "$status" -eq 2 ] || fail "--kernel patched: exit status $status"
    run linux-compare --linux-dir "$work/none" --namespaces 2 --seeds 1
    [ "$status" -eq 1 ] || fail "linux-compare, no kernel: exit status $status"
    grep -q 'make linux' "$work/err" || fail "linux-compare: no hint to build the kernel"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
echo "PASS: $case_name"
