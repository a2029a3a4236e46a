#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks an nvme-cosim --trace-events file the way a trace viewer reads it.

Usage: check_trace_events.py TRACE.json CMD.log SLOTS

- Trace Event Format: only complete ("X") and metadata ("M") events, each with the members
  Perfetto UI and chrome://tracing need; every track and process named.
- On every track, events nest properly: one inside another or one after another, never
  partly overlapping (Perfetto flags those as misnested slices).
- Execution slots (pid 4): tracks 0..SLOTS-1 only; each stay is split exactly into its latency
  and its execution; every command of the command log (same run) went through exactly one
  slot, between its submission and its completion.
Exit status 1 with the reasons on stderr.
"""

import collections
import json
import re
import sys

PID_SLOTS = 4
METADATA = {"process_name": "name", "process_sort_index": "sort_index",
            "thread_name": "name", "thread_sort_index": "sort_index"}

errors = []


def fail(message):
    errors.append(message)


def ns(microseconds):
    """Trace times are microseconds with three decimals: whole nanoseconds."""
    return round(microseconds * 1000)


def check_format(events):
    named_threads, named_processes = set(), set()
    bars = collections.defaultdict(list)  # (pid, tid) -> [(start, end, name, args)]
    for event in events:
        phase = event.get("ph")
        if not isinstance(event.get("name"), str) or not isinstance(event.get("pid"), int) or \
                not isinstance(event.get("tid"), int):
            fail(f"event without name, pid or tid: {event}")
            continue
        if phase == "M":
            key = METADATA.get(event["name"])
            if key is None or key not in event.get("args", {}):
                fail(f"unknown metadata event: {event}")
            elif event["name"] == "thread_name":
                named_threads.add((event["pid"], event["tid"]))
            elif event["name"] == "process_name":
                named_processes.add(event["pid"])
        elif phase == "X":
            ts, dur = event.get("ts"), event.get("dur")
            if not isinstance(ts, (int, float)) or not isinstance(dur, (int, float)) or \
                    ts < 0 or dur < 0 or not isinstance(event.get("cat"), str) or \
                    not isinstance(event.get("args"), dict):
                fail(f"malformed complete event: {event}")
                continue
            start = ns(ts)
            bars[(event["pid"], event["tid"])].append(
                (start, start + ns(dur), event["name"], event["args"]))
        else:
            fail(f"unexpected phase {phase!r}: {event}")
    for track in bars:
        if track not in named_threads:
            fail(f"track pid {track[0]} tid {track[1]} has no thread_name")
        if track[0] not in named_processes:
            fail(f"process {track[0]} has no process_name")
    return bars


def check_nesting(bars):
    for (pid, tid), track in bars.items():
        # Outer before inner at the same start, as a viewer stacks them.
        open_bars = []
        for start, end, name, _ in sorted(track, key=lambda b: (b[0], -b[1])):
            while open_bars and open_bars[-1][1] <= start:
                open_bars.pop()
            if open_bars and end > open_bars[-1][1]:
                fail(f"pid {pid} tid {tid}: {name!r} [{start}, {end}) overlaps "
                     f"{open_bars[-1][2]!r} [{open_bars[-1][0]}, {open_bars[-1][1]}) partly")
            open_bars.append((start, end, name))


def slot_stays(bars, slots):
    """[(start, end, title, args)] of every command's stay in a slot, in time order."""
    stays = []
    for (pid, tid), track in bars.items():
        if pid != PID_SLOTS:
            continue
        if not 0 <= tid < slots:
            fail(f"slot track {tid} outside 0..{slots - 1}")
        parts = sorted(b[:2] for b in track if b[2] in ("latency", "execute"))
        mine = sorted((b for b in track if b[2] not in ("latency", "execute")), key=lambda b: b[:3])
        for previous, stay in zip(mine, mine[1:]):
            if stay[0] < previous[1]:
                fail(f"slot {tid} holds two commands at once: {previous[:3]} and {stay[:3]}")
        for start, end, name, _ in mine:
            cursor = start
            for piece_start, piece_end in parts:
                if start <= piece_start and piece_end <= end and piece_start == cursor:
                    cursor = piece_end
            if cursor != end:
                fail(f"slot {tid}: {name!r} [{start}, {end}) is not split exactly into its "
                     f"latency and its execution")
        stays += mine
    return sorted(stays, key=lambda stay: stay[:2])


def commands_from_log(path):
    pattern = re.compile(r"^ *(\d+) +(\d+|-) +(\d+|-) +(\d+) +(\d+)  (.+?) +(0x[0-9a-f]{8}) ")
    commands = []
    with open(path) as log:
        for line in log:
            if line.startswith("#"):
                continue
            match = pattern.match(line)
            if not match:
                fail(f"command log line not understood: {line.rstrip()}")
                continue
            submit, complete, _, qid, cid, title, nsid = match.groups()
            commands.append({"submit": int(submit),
                             "complete": None if complete == "-" else int(complete),
                             "qid": int(qid), "cid": int(cid), "title": title,
                             "nsid": hex(int(nsid, 16))})
    return commands


def check_against_commands(stays, commands):
    unmatched = list(stays)
    for command in commands:
        if command["qid"] != 0:
            continue
        found = None
        for stay in unmatched:
            start, end, title, args = stay
            if (title, args.get("cid"), args.get("nsid")) == \
                    (command["title"], command["cid"], command["nsid"]) and \
                    start >= command["submit"]:
                found = stay
                break
        if found is None:
            fail(f"no slot stay for {command}")
            continue
        unmatched.remove(found)
        if command["complete"] is not None and found[1] > command["complete"]:
            fail(f"{command} left its slot at {found[1]}, after its completion was reaped")
    for stay in unmatched:
        fail(f"slot stay without a command in the log: {stay}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1]) as trace_file:
        trace = json.load(trace_file)
    if trace.get("displayTimeUnit") not in ("ns", "ms") or \
            not isinstance(trace.get("traceEvents"), list):
        fail("no traceEvents list or displayTimeUnit")
        events = []
    else:
        events = trace["traceEvents"]
    bars = check_format(events)
    check_nesting(bars)
    stays = slot_stays(bars, int(sys.argv[3]))
    commands = commands_from_log(sys.argv[2])
    if not stays:
        fail("no execution slot events")
    check_against_commands(stays, commands)
    if errors:
        for message in errors[:20]:
            print("FAIL:", message, file=sys.stderr)
        sys.exit(1)
    slots_used = len({(pid, tid) for pid, tid in bars if pid == PID_SLOTS})
    print(f"trace events: {len(events)} events on {len(bars)} tracks, {len(stays)} commands "
          f"through {slots_used} execution slots, all nested and matching the command log")


if __name__ == "__main__":
    main()
