#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks an nvme-cosim --trace-events file the way a trace viewer reads it.

Usage: check_trace_events.py TRACE.json CMD.log SLOTS [LATENCY_NS]

- Trace Event Format: only begin ("B"), end ("E") and metadata ("M") events, each with the
  members Perfetto UI and chrome://tracing need; every track and process named.
- On every track, read as viewers read it (a stable sort by ts, parsed as floating point, then
  a stack), every end closes the slice on top with the same name, and nothing stays open: the
  slices nest or follow one another, never partly overlap.
- Execution slots (pid 4): tracks 0..SLOTS-1 only; each stay is split exactly into its latency
  and its execution; every command of the command log (same run) went through exactly one
  slot, between its submission and its completion (or, for one the host timed out, its end),
  except that one the host timed out or a controller reset ended may never have reached a slot
  (it went through at most one); with LATENCY_NS (a run with a fixed
  latency), every stay's latency part lasts exactly that long.
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


SLOT_PARTS = ("latency", "execute")


def check_depth(track, event, stack):
    """Every track holds one level of slices, except that a slot stay holds its two parts."""
    pid, tid = track
    is_part = pid == PID_SLOTS and event["name"] in SLOT_PARTS
    if is_part and (len(stack) != 1 or stack[-1]["name"] in SLOT_PARTS):
        fail(f"slot {tid}: {event['name']!r} at {event['ts']} is not directly inside a stay")
    elif not is_part and stack:
        fail(f"pid {pid} tid {tid}: {event['name']!r} at {event['ts']} begins inside "
             f"{stack[-1]['name']!r}")


def check_format(events):
    """{(pid, tid): [(start_ns, end_ns, name, args)]} of the slices the B/E pairs make."""
    named_threads, named_processes = set(), set()
    tracks = collections.defaultdict(list)  # (pid, tid) -> B/E events in file order
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
        elif phase in ("B", "E"):
            if not isinstance(event.get("ts"), (int, float)) or event["ts"] < 0 or \
                    not isinstance(event.get("cat"), str) or \
                    not isinstance(event.get("args"), dict):
                fail(f"malformed {phase} event: {event}")
                continue
            tracks[(event["pid"], event["tid"])].append(event)
        else:
            fail(f"unexpected phase {phase!r}: {event}")

    bars = {}
    for track, track_events in tracks.items():
        if track not in named_threads:
            fail(f"track pid {track[0]} tid {track[1]} has no thread_name")
        if track[0] not in named_processes:
            fail(f"process {track[0]} has no process_name")
        stack, slices = [], []
        for event in sorted(track_events, key=lambda e: e["ts"]):  # stable, as viewers sort
            if event["ph"] == "B":
                check_depth(track, event, stack)
                stack.append(event)
            elif not stack or stack[-1]["name"] != event["name"]:
                fail(f"pid {track[0]} tid {track[1]}: end of {event['name']!r} at {event['ts']} "
                     f"while {stack[-1]['name'] if stack else 'nothing'!r} is open")
            else:
                begin = stack.pop()
                slices.append((ns(begin["ts"]), ns(event["ts"]), begin["name"], begin["args"]))
        for begin in stack:
            fail(f"pid {track[0]} tid {track[1]}: {begin['name']!r} at {begin['ts']} never ends")
        bars[track] = slices
    return bars


def slot_stays(bars, slots, latency_ns):
    """[(start, end, title, args)] of every command's stay in a slot, in time order."""
    stays = []
    for (pid, tid), track in bars.items():
        if pid != PID_SLOTS:
            continue
        if not 0 <= tid < slots:
            fail(f"slot track {tid} outside 0..{slots - 1}")
        parts = sorted(b[:2] for b in track if b[2] in SLOT_PARTS)
        latencies = {b[0]: b[1] - b[0] for b in track if b[2] == "latency"}
        mine = sorted((b for b in track if b[2] not in SLOT_PARTS), key=lambda b: b[:3])
        for start, end, name, args in mine:
            if latency_ns and not args.get("in_slot_at_end") and \
                    latencies.get(start) != latency_ns:
                fail(f"slot {tid}: {name!r} at {start} has no latency part of {latency_ns} ns "
                     f"from its start (found {latencies.get(start)})")
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
    pattern = re.compile(
        r"^ *(\d+) +(\d+|-) +(\d+|-) +(\d+) +(\d+)  (.+?) +(0x[0-9a-f]{8}) +\S+ +(.*)$")
    commands = []
    with open(path) as log:
        for line in log:
            if line.startswith("#"):
                continue
            match = pattern.match(line)
            if not match:
                fail(f"command log line not understood: {line.rstrip()}")
                continue
            submit, complete, _, qid, cid, title, nsid, status = match.groups()
            key = (int(submit), int(qid), int(cid), title)
            if "late: after its timeout" in status:
                # The end of a command listed already (its CQE, or a reset): it can only have
                # been in a slot before then.
                for command in reversed(commands):
                    if (command["submit"], command["qid"], command["cid"], command["title"]) == key:
                        command["ended"] = None if complete == "-" else int(complete)
                        break
                continue
            commands.append({"submit": int(submit), "timed_out": status == "timed out",
                             "cancelled": status.startswith("host: aborted"),
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
            ended = command.get("ended")
            if (title, args.get("cid"), args.get("nsid")) == \
                    (command["title"], command["cid"], command["nsid"]) and \
                    start >= command["submit"] and (ended is None or start < ended):
                found = stay
                break
        if found is None:
            # A command the host gave up on may never have been fetched (every slot was
            # held, or the run ended first), nor one a controller reset ended; any other
            # command must have had its stay.
            if not command["timed_out"] and not command["cancelled"]:
                fail(f"no slot stay for {command}")
            continue
        unmatched.remove(found)
        if command["complete"] is not None and not command["timed_out"] and \
                found[1] > command["complete"]:
            fail(f"{command} left its slot at {found[1]}, after its completion was reaped")
    for stay in unmatched:
        fail(f"slot stay without a command in the log: {stay}")


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    latency_ns = int(sys.argv[4]) if len(sys.argv) == 5 else None
    with open(sys.argv[1]) as trace_file:
        trace = json.load(trace_file)
    if not isinstance(trace.get("traceEvents"), list):
        fail("no traceEvents list")
        events = []
    else:
        events = trace["traceEvents"]
    bars = check_format(events)
    stays = slot_stays(bars, int(sys.argv[3]), latency_ns)
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
