#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks what `nvme-cosim scan` wrote, exactly, with expectations computed here from the options.

usage: check_scan_json.py SCAN.json [--out STDOUT] [--cmd-log CMD.log] [--set KEY=JSON ...]

- the JSON: every key of the schema (docs/cli.md), in order, and nothing else; every setting
  against its default or the --set value (the options the run was given); the summary against
  the namespaces (scan time, first and last registration, counts, skipped, list pages, names in
  NSID order); every listed NSID registered or skipped exactly once; each strategy's naming rule
  on the names themselves (sequential, ordered: the k-th smallest NSID is nvme0nk; nsid:
  nvme0nk is NSID k; async: names in Identify Namespace completion order); and every
  registration time against a reference model of the driver's schedule (a task goes from its
  Identify CQE straight to registration; one name lock held for the name cost, in arrival
  order; `ordered` allocates a name once its predecessor in NSID order has; the disk add, its
  partition reads plus the disk-add cost, follows; the scan ends with the last disk add);
- --out: the printed table and summary lines, each figure as the JSON has it;
- --cmd-log: the Identify commands in flight at once, counted from the command log's times,
  equal to the summary's max_identify_inflight.
A compare JSON is checked strategy by strategy (its "strategies"), with the compare keys.
"""
import json
import re
import sys

SETTINGS = [
    "command", "strategy", "vfio", "namespaces", "nsids_spec", "nsids", "ns_blocks", "block_bytes",
    "zero_capacity_nsids", "fail_nsids", "fatal_at_ns", "drop_completion_nsid", "ns_changes",
    "seed", "latency", "slow_nsids", "slots", "admin_depth", "admin_timeout_ns",
    "clock_period_ns", "tlp_width_bits", "link_latency_ns", "name_cost_ns", "disk_add_cost_ns",
    "skip_idle", "waveform", "json"]
SUMMARY = [
    "strategy", "seed", "platform", "clock", "controller", "ok", "scan_started_ns", "scan_finished_ns", "scan_time_ns",
    "first_registration_ns", "last_registration_ns", "max_identify_inflight", "registered",
    "complete", "skipped_nsids", "skipped", "removed_nsids", "timed_out_nsids", "aborts",
    "resets", "rescans", "list_pages", "names_follow_nsid_order", "simulated_ns",
    "wall_seconds", "evaluated_cycles", "skipped_cycles"]
COMPARE_SUMMARY_EXTRA = ["names_stable_across_seeds", "seeds_checked"]
NAMESPACE = [
    "nsid", "node", "generic", "blocks", "block_bytes", "identify_submit_ns",
    "identify_complete_ns", "chain_wait_start_ns", "registration_start_ns", "name_allocated_ns",
    "registration_end_ns"]

DEFAULTS = {
    "command": "scan", "strategy": "ordered", "namespaces": 19, "ns_blocks": 2097152,
    "block_bytes": 512, "zero_capacity_nsids": [], "fail_nsids": [], "fatal_at_ns": None,
    "drop_completion_nsid": None, "ns_changes": [], "seed": 1, "slow_nsids": [], "slots": 32,
    "admin_depth": 32, "admin_timeout_ns": 60000000000, "clock_period_ns": 4,
    "link_latency_ns": 300, "name_cost_ns": 1000, "disk_add_cost_ns": 200000,
    "skip_idle": True, "waveform": None,
    "latency": {"mode": "uniform", "min_ns": 100000, "max_ns": 2000000},
}

errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


def eq(got, want, what):
    check(got == want, "%s: %r, expected %r" % (what, got, want))


def expected_settings(overrides, path, command):
    want = dict(DEFAULTS)
    want["command"] = command
    want.update(overrides)
    if "nsids" not in want:
        want["nsids"] = list(range(1, want["namespaces"] + 1))
        want["nsids_spec"] = "1-%d" % want["namespaces"]
    want["namespaces"] = len(want["nsids"])
    period = want["clock_period_ns"]
    lat = dict(want["latency"])
    lat["min_cycles"] = int(round(lat["min_ns"] / period))
    lat["max_cycles"] = int(round(lat["max_ns"] / period))
    want["latency"] = lat
    want["json"] = path
    return want


def check_settings(s, want, keys, label):
    eq(list(s), keys, label + " settings keys")
    for key in keys:
        if key == "tlp_width_bits":
            check(s[key] in (64, 128, 256), "%s tlp_width_bits %r" % (label, s[key]))
        elif key in want:
            eq(s[key], want[key], "%s settings.%s" % (label, key))


def instance(node):
    m = re.fullmatch(r"/dev/nvme0n([0-9]+)", node)
    check(m is not None, "node %r" % node)
    return int(m.group(1)) if m else 0


def check_run(settings, summary, namespaces, label, compare):
    strategy = settings["strategy"]
    eq(list(summary), SUMMARY[:-4] + (COMPARE_SUMMARY_EXTRA if compare else []) + SUMMARY[-4:],
       label + " summary keys")
    eq(summary["strategy"], strategy, label + " summary.strategy")
    eq(summary["seed"], settings["seed"], label + " summary.seed")
    eq(summary["ok"], True, label + " summary.ok")
    for ns in namespaces:
        eq(list(ns), NAMESPACE, label + " namespace keys")
    # Every listed NSID registered or skipped, exactly once.
    listed = settings["nsids"]
    registered = [ns["nsid"] for ns in namespaces]
    skipped = [s["nsid"] for s in summary["skipped"]]
    eq(sorted(registered + skipped), sorted(listed), label + " registered + skipped NSIDs")
    failing = set(settings["fail_nsids"]) | {l["nsid"] for l in []}
    want_skipped = sorted(set(settings["fail_nsids"]) | set(settings["zero_capacity_nsids"]))
    eq(sorted(skipped), want_skipped, label + " skipped NSIDs")
    eq(summary["skipped_nsids"], sorted(skipped), label + " skipped_nsids")
    eq(summary["skipped"], [{"nsid": n, "skip_reason": "failed" if n in failing
                             else "zero_capacity"} for n in want_skipped], label + " skipped")
    eq(summary["registered"], len(namespaces), label + " registered")
    eq(summary["complete"], not want_skipped, label + " complete")
    for key in ("removed_nsids", "timed_out_nsids"):
        eq(summary[key], [], label + " " + key)
    for key in ("aborts", "resets", "rescans"):
        eq(summary[key], 0, label + " " + key)
    eq(summary["list_pages"], len(listed) // 1024 + 1, label + " list_pages")
    started, finished = summary["scan_started_ns"], summary["scan_finished_ns"]
    eq(summary["scan_time_ns"], finished - started, label + " scan_time_ns")
    ends = [ns["registration_end_ns"] for ns in namespaces]
    eq(summary["first_registration_ns"], min(ends) - started if ends else None,
       label + " first_registration_ns")
    eq(summary["last_registration_ns"], max(ends) - started if ends else None,
       label + " last_registration_ns")
    if settings["waveform"] is None and not settings["ns_changes"]:
        eq(summary["simulated_ns"], finished, label + " simulated_ns: the run ends with the scan")
    check(isinstance(summary["wall_seconds"], float) and summary["wall_seconds"] > 0,
          label + " wall_seconds")
    check(summary["evaluated_cycles"] > 0 and summary["skipped_cycles"] >= 0, label + " cycles")
    # Names, by the strategy's rule, on the names themselves.
    by_nsid = sorted(namespaces, key=lambda ns: ns["nsid"])
    ranks = {ns["nsid"]: k + 1 for k, ns in enumerate(by_nsid)}
    for ns in namespaces:
        eq(ns["generic"], ns["node"].replace("/dev/nvme0n", "/dev/ng0n"), label + " generic")
        eq(ns["blocks"], settings["ns_blocks"], label + " blocks")
        eq(ns["block_bytes"], settings["block_bytes"], label + " block_bytes")
        if strategy in ("sequential", "ordered"):
            eq(instance(ns["node"]), ranks[ns["nsid"]], "%s NSID %d's name" % (label, ns["nsid"]))
        elif strategy == "nsid":
            eq(instance(ns["node"]), ns["nsid"], "%s NSID %d's name" % (label, ns["nsid"]))
    by_node = sorted(namespaces, key=lambda ns: instance(ns["node"]))
    if strategy == "async":
        eq([instance(ns["node"]) for ns in by_node], list(range(1, len(namespaces) + 1)),
           label + " async names dense from 1")
        # Names in name-lock order; where no namespace waited for the lock, that is the Identify
        # completion order. (The platform's lock is not FIFO: under contention a later arrival
        # may take it first.)
        alloc = [ns["name_allocated_ns"] for ns in by_node]
        eq(alloc, sorted(alloc), label + " async names in name allocation order")
        if all(ns["name_allocated_ns"] == ns["registration_start_ns"] + settings["name_cost_ns"]
               for ns in namespaces):
            done = [ns["identify_complete_ns"] for ns in by_node]
            eq(done, sorted(done), label + " async names in Identify completion order")
    eq(summary["names_follow_nsid_order"],
       [ns["nsid"] for ns in by_node] == sorted(registered), label + " names_follow_nsid_order")
    # The JSON lists namespaces in node order, as `nvme list` does.
    eq([ns["node"] for ns in namespaces], [ns["node"] for ns in by_node], label + " node order")
    # The reference model of the registration schedule.
    name_cost, disk_add = settings["name_cost_ns"], settings["disk_add_cost_ns"]
    lock_free = 0
    for ns in sorted(namespaces, key=lambda ns: ns["name_allocated_ns"]):
        what = "%s NSID %d: " % (label, ns["nsid"])
        check(ns["identify_submit_ns"] < ns["identify_complete_ns"], what + "Identify times")
        eq(ns["chain_wait_start_ns"], ns["identify_complete_ns"], what + "registration waits from the CQE")
        if strategy != "ordered":
            eq(ns["registration_start_ns"], ns["chain_wait_start_ns"], what + "no chain")
        eq(ns["name_allocated_ns"], max(ns["registration_start_ns"], lock_free) + name_cost,
           what + "name allocated (one lock, the name cost)")
        lock_free = ns["name_allocated_ns"]
        check(ns["registration_end_ns"] >= ns["name_allocated_ns"] + disk_add,
              what + "disk add shorter than its cost")
    if strategy == "ordered" and not want_skipped:
        named = 0
        for ns in by_nsid:
            eq(ns["registration_start_ns"], max(ns["chain_wait_start_ns"], named),
               "%s NSID %d: the chain lets it go when its predecessor is named" % (label, ns["nsid"]))
            named = ns["name_allocated_ns"]
    if strategy == "sequential":
        for a, b in zip(by_nsid, by_nsid[1:]):
            check(b["identify_submit_ns"] > a["registration_end_ns"],
                  "%s NSID %d: Identify before NSID %d's disk add ended" % (label, b["nsid"], a["nsid"]))
        eq(summary["max_identify_inflight"], 1, label + " sequential: one Identify at a time")
    if ends and not want_skipped:
        if len(listed) % 1024 == 0 and strategy != "ordered":
            # Full pages end with an empty one, asked for after the last page's disk adds.
            check(finished > max(ends), label + " the empty last list page ends the scan")
        else:
            eq(finished, max(ends), label + " the scan ends with the last disk add")


def check_stdout(path, settings, summary, namespaces):
    out = open(path).read().splitlines()
    rows = [l for l in out if l.startswith("/dev/nvme")]
    want_rows = []
    for ns in sorted(namespaces, key=lambda ns: instance(ns["node"])):
        size = "%.2f GB" % (ns["blocks"] * ns["block_bytes"] / 1e9)
        fmt = "4 KiB" if ns["block_bytes"] == 4096 else "%d B" % ns["block_bytes"]
        want_rows.append("%-21s %-21s %-10s %-10s %s" % (ns["node"], ns["generic"],
                                                          "0x%x" % ns["nsid"], size, fmt))
    eq(rows, want_rows, "the printed table")
    follow = "follow" if summary["names_follow_nsid_order"] else "do NOT follow"
    want = ["%s scan, seed %d: %d of %d namespaces registered, names %s NSID order" % (
        settings["strategy"], settings["seed"], len(namespaces), len(settings["nsids"]), follow),
        "  %-26s %.3f ms  (first Identify Active NSID list to last disk added)" % (
            "scan time", summary["scan_time_ns"] / 1e6),
        "  %-26s %d" % ("most Identify in flight", summary["max_identify_inflight"]),
        "  %-26s %.3f ms  (enumeration and bring-up included)" % (
            "simulated time", summary["simulated_ns"] / 1e6)]
    if namespaces:
        want += ["  %-26s %.3f ms  after the scan started" % (
            "first registration", summary["first_registration_ns"] / 1e6),
            "  %-26s %.3f ms" % ("last registration", summary["last_registration_ns"] / 1e6)]
    for line in want:
        check(line in out, "no printed line %r" % line)


def count_in_flight(path):
    """The most Identify commands at once, from the command log's submit and complete times."""
    edges = []
    for line in open(path):
        m = re.match(r"^ +([0-9]+) +([0-9]+) +[0-9]+ +0 +[0-9]+  Identify", line)
        if m:
            edges += [(int(m.group(1)), 1), (int(m.group(2)), -1)]
    now = most = 0
    for _, delta in sorted(edges, key=lambda e: (e[0], e[1])):
        now += delta
        most = max(most, now)
    return most, len(edges) // 2


def main(argv):
    path = argv[1]
    out = cmd_log = None
    overrides = {}
    i = 2
    while i < len(argv):
        if argv[i] == "--out":
            out = argv[i + 1]
        elif argv[i] == "--cmd-log":
            cmd_log = argv[i + 1]
        elif argv[i] == "--set":
            key, value = argv[i + 1].split("=", 1)
            overrides[key] = json.loads(value)
        else:
            sys.exit("unknown argument " + argv[i])
        i += 2
    j = json.load(open(path))
    if "strategies" in j:  # compare
        eq(list(j), ["settings", "strategies"], "compare keys")
        want = expected_settings(overrides, path, "compare")
        keys = [k for k in SETTINGS if k != "strategy"]
        keys.insert(keys.index("seed") + 1, "seeds")
        check_settings(j["settings"], want, keys, "compare")
        strategies = [s["settings"]["strategy"] for s in j["strategies"]]
        eq(strategies, ["sequential", "async", "ordered", "nsid"], "compare strategies")
        for run in j["strategies"]:
            label = run["settings"]["strategy"]
            eq(list(run), ["settings", "summary", "namespaces"], label + " keys")
            want["strategy"] = label
            check_settings(run["settings"], want, SETTINGS[:SETTINGS.index("seed")] + ["seed", "seeds"] +
                           SETTINGS[SETTINGS.index("seed") + 1:],
                           label)
            check_run(run["settings"], run["summary"], run["namespaces"], label, True)
            eq(run["summary"]["seeds_checked"], want["seeds"], label + " seeds_checked")
    else:
        eq(list(j), ["settings", "summary", "namespaces"], "scan keys")
        want = expected_settings(overrides, path, "scan")
        check_settings(j["settings"], want, SETTINGS, "scan")
        check_run(j["settings"], j["summary"], j["namespaces"], "scan", False)
        if out:
            check_stdout(out, j["settings"], j["summary"], j["namespaces"])
        if cmd_log:
            most, count = count_in_flight(cmd_log)
            eq(j["summary"]["max_identify_inflight"], most,
               "most Identify in flight, counted from the command log")
            check(count > 0, "no Identify in the command log")
    for e in errors:
        print("FAIL:", e)
    if errors:
        sys.exit(1)
    print("ok:", path)


if __name__ == "__main__":
    main(sys.argv)
