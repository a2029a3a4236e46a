#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Mutation testing: how many small, realistic bugs do the tests catch?

Each mutant in the catalogue (testbench/mutants/catalogue.txt, format described there) replaces
one exact piece of text in one file. The runner applies them one at a time to a scratch copy of
the source tree, builds what the change touches, runs the tests (the mutant's own hint first,
then the rest; neither the slow nor the linux labels) until one fails, restores the file, and
prints a table: mutant, killed or survived, and by which test. At the end the tests that
killed a mutant are run once more on the unmutated tree, so a test failing for its own reasons
kills nothing.

  scripts/mutants.py --check                 the catalogue still applies to this tree
  scripts/mutants.py --list                  the mutants, one per line
  scripts/mutants.py [--only ID,..|--ci]     run them (scratch copy in build/mutants)
  scripts/mutants.py --in-place --build-dir build --ci
                                             run them in this tree (a throwaway clone, as CI)
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The full pass: what `make test` runs but the whole-stack sweeps and the real kernel (minutes
# each, and they add nothing the faster tests of the same layer do not already check).
FULL_PASS_EXCLUDE = "slow|linux"
# The catalogue's own tests: a mutated tree fails mutants.Catalogue by design.
OWN_TESTS = r"^mutants\."
JOURNAL = "mutant-applied"  # in the build directory: the file a run had mutated, to restore


@dataclass
class Mutant:
    ident: str
    path: str
    why: str = ""
    tests: str = ""  # ctest regex run first
    area: str = ""
    equivalent: str = ""  # why no test can tell it from the original, if so
    ci: bool = False
    old: str = ""
    new: str = ""
    line: int = 0  # of its header in the catalogue
    old_lines: list = field(default_factory=list)
    new_lines: list = field(default_factory=list)


class CatalogueError(Exception):
    pass


def parse_catalogue(path):
    """Blocks: `[id] path`, then `key: value` lines, then `- ` (old) and `+ ` (new) lines."""
    mutants, current = [], None
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        if raw.startswith("#") or (not raw.strip() and current is None):
            continue
        header = re.fullmatch(r"\[([a-z0-9][a-z0-9-]*)\]\s+(\S+)", raw)
        if header:
            current = Mutant(ident=header.group(1), path=header.group(2), line=number)
            mutants.append(current)
        elif current is None:
            raise CatalogueError(f"{path}:{number}: text before the first [id] header")
        elif raw.startswith("- ") or raw == "-":
            current.old_lines.append(raw[2:])
        elif raw.startswith("+ ") or raw == "+":
            current.new_lines.append(raw[2:])
        elif not raw.strip():
            continue
        else:
            key, sep, value = raw.partition(":")
            key = key.strip()
            if not sep or key not in ("why", "tests", "area", "equivalent", "ci"):
                raise CatalogueError(f"{path}:{number}: expected why/tests/area/equivalent/ci, "
                                     f"'- ' or '+ ': {raw!r}")
            if key == "ci":
                current.ci = value.strip() == "yes"
            else:
                setattr(current, key, (getattr(current, key) + " " + value.strip()).strip())
    for m in mutants:
        m.old = "\n".join(m.old_lines)
        m.new = "\n".join(m.new_lines)
    return mutants


def check_catalogue(mutants, tree):
    """Every mutant names a file, a reason, and text found exactly once that it changes."""
    problems, seen = [], set()
    for m in mutants:
        where = f"[{m.ident}] (catalogue line {m.line})"
        if m.ident in seen:
            problems.append(f"{where}: the id is used twice")
        seen.add(m.ident)
        if not m.why:
            problems.append(f"{where}: no 'why:' line")
        if not m.area:
            problems.append(f"{where}: no 'area:' line")
        if not m.old_lines:
            problems.append(f"{where}: no '- ' lines (the text to replace)")
            continue
        if m.old == m.new:
            problems.append(f"{where}: the replacement equals the original")
        target = tree / m.path
        if not target.is_file():
            problems.append(f"{where}: {m.path} does not exist")
            continue
        count = target.read_text().count(m.old)
        if count != 1:
            problems.append(f"{where}: its '- ' text occurs {count} times in {m.path}, not once")
        if m.tests:
            try:
                re.compile(m.tests)
            except re.error as e:
                problems.append(f"{where}: tests: {e}")
    return problems


def run(cmd, log, cwd=None, env=None):
    """Runs cmd with its output appended to log; returns (exit status, output)."""
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace")
    with open(log, "a") as f:
        f.write("$ " + " ".join(cmd) + "\n" + result.stdout + "\n")
    return result.returncode, result.stdout


def sync_scratch(source, scratch):
    """Copies the tracked and untracked-but-not-ignored files of `source` into `scratch`,
    writing only files whose content differs so the scratch build stays incremental."""
    listed = subprocess.run(["git", "-C", str(source), "ls-files", "-co", "--exclude-standard",
                             "-z"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if listed.returncode == 0:
        files = sorted({f for f in listed.stdout.decode().split("\0") if f})
    else:  # not a git checkout (a copy, an unpacked archive): every file
        files = sorted(str(p.relative_to(source)) for p in source.rglob("*") if p.is_file())
    manifest = scratch / ".mutants-manifest"
    previous = set(manifest.read_text().split("\n")) if manifest.exists() else set()
    for rel in files:
        src, dst = source / rel, scratch / rel
        if not src.is_file():  # deleted in the work tree but still in the index
            continue
        data = src.read_bytes()
        if dst.is_file() and dst.read_bytes() == data:
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)
        shutil.copymode(src, dst)
    for rel in previous - set(files):
        if rel and (scratch / rel).is_file():
            (scratch / rel).unlink()
    manifest.write_text("\n".join(files))


# "  7/20 Test  #12: suite.Name  # GetParam() = 4 .....***Failed  0.01 sec" (or ***Timeout,
# ***Exception: SegFault); parameterized names carry their parameter after the name.
FAILED_TEST = re.compile(r"Test\s+#\d+: (\S+) .*?\*\*\*(?:Failed|Timeout|Exception)")


def failed_tests(ctest_output):
    return FAILED_TEST.findall(ctest_output)


class Runner:
    def __init__(self, args, tree, build):
        self.args, self.tree, self.build = args, tree, build
        self.log = build / "mutants.log"
        self.journal = build / JOURNAL

    def restore_interrupted(self):
        if not self.journal.exists():
            return
        rel, _, original = self.journal.read_text().partition("\n")
        print(f"mutants: restoring {rel}, left mutated by an interrupted run")
        (self.tree / rel).write_text(original)
        self.journal.unlink()

    def ctest(self, selection):
        cmd = ["ctest", "--test-dir", str(self.build), "--stop-on-failure", "--no-tests=ignore",
               "-j", str(self.args.jobs)] + selection
        status, output = run(cmd, self.log)
        failures = failed_tests(output)
        if status != 0 and not failures:
            failures = ["(ctest failed without a test failing: see " + str(self.log) + ")"]
        return failures

    def build_tree(self):
        return run(["cmake", "--build", str(self.build), "-j", str(self.args.jobs)], self.log)[0]

    def try_mutant(self, m):
        target = self.tree / m.path
        original = target.read_text()
        self.journal.write_text(m.path + "\n" + original)
        try:
            target.write_text(original.replace(m.old, m.new, 1))
            if self.build_tree() != 0:
                return "build failed", ""
            if m.tests:
                failures = self.ctest(["-R", m.tests, "-E", OWN_TESTS, "-LE", FULL_PASS_EXCLUDE])
                if failures:
                    return "killed", failures[0]
            skip = OWN_TESTS + (f"|({m.tests})" if m.tests else "")
            rest = ["-LE", FULL_PASS_EXCLUDE, "-E", skip]
            failures = self.ctest(rest)
            if failures:
                return "killed", failures[0]
            return ("equivalent" if m.equivalent else "survived"), ""
        finally:
            target.write_text(original)
            self.journal.unlink()


def raise_interrupt(_signum, _frame):
    raise KeyboardInterrupt


def format_duration(seconds):
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m {secs:02d}s" if hours else f"{minutes}m {secs:02d}s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=REPO, help="the tree to mutate a copy of")
    parser.add_argument("--catalogue", type=Path, help="default: testbench/mutants/catalogue.txt")
    parser.add_argument("--check", action="store_true", help="check the catalogue applies")
    parser.add_argument("--list", action="store_true", help="list the mutants")
    parser.add_argument("--only", default="", help="comma-separated mutant ids")
    parser.add_argument("--ci", action="store_true", help="only the mutants marked 'ci: yes'")
    parser.add_argument("--in-place", action="store_true",
                        help="mutate this tree itself (a throwaway clone), not a scratch copy")
    parser.add_argument("--build-dir", type=Path,
                        help="scratch directory, src/ and build/ in it (default: build/mutants); "
                             "with --in-place, this tree's build directory")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--report", type=Path, help="also write the table to this file")
    args = parser.parse_args()

    source = args.source.resolve()
    catalogue = args.catalogue or source / "testbench" / "mutants" / "catalogue.txt"
    try:
        mutants = parse_catalogue(catalogue)
    except CatalogueError as e:
        sys.exit(f"mutants: {e}")
    if args.list:
        for m in mutants:
            flags = (" ci" if m.ci else "") + (" equivalent" if m.equivalent else "")
            print(f"{m.ident:36} {m.area:22} {m.path}{flags}")
        return 0
    problems = check_catalogue(mutants, source)
    if problems or args.check:
        for p in problems:
            print("mutants: " + p, file=sys.stderr)
        if args.check and not problems:
            print(f"mutants: {len(mutants)} mutants, each applies once to this tree")
        return 1 if problems else 0

    if args.only:
        wanted = args.only.split(",")
        unknown = sorted(set(wanted) - {m.ident for m in mutants})
        if unknown:
            sys.exit("mutants: no such mutant: " + ", ".join(unknown))
        mutants = [m for m in mutants if m.ident in wanted]
    if args.ci:
        mutants = [m for m in mutants if m.ci]

    if args.build_dir is None:
        args.build_dir = source / "build" / ("" if args.in_place else "mutants")
    if args.in_place:
        tree, build = source, args.build_dir.resolve()
        if not (build / "CMakeCache.txt").exists():
            sys.exit(f"mutants: --in-place needs a configured build directory: {build}")
    else:
        scratch = args.build_dir.resolve()
        tree, build = scratch / "src", scratch / "build"
        tree.mkdir(parents=True, exist_ok=True)
        build.mkdir(parents=True, exist_ok=True)
    if not args.in_place:  # its own compiler cache (CMakeLists.txt uses ccache): not the user's
        os.environ.setdefault("CCACHE_DIR", str(scratch / "ccache"))
    runner = Runner(args, tree, build)
    runner.restore_interrupted()
    if not args.in_place:
        sync_scratch(source, tree)
        if not (build / "CMakeCache.txt").exists():
            print(f"mutants: configuring the scratch copy in {build}")
            configure = ["cmake", "-S", str(tree), "-B", str(build), "-G", "Unix Makefiles"]
            status, _ = run(configure, runner.log)
            if status != 0:
                sys.exit(f"mutants: configure failed: see {runner.log}")

    # SIGTERM (a CI time limit, a cancelled job) restores the mutated file as Ctrl-C does.
    signal.signal(signal.SIGTERM, raise_interrupt)
    started = time.monotonic()
    print(f"mutants: building the unmutated tree ({build}; log {runner.log})", flush=True)
    if runner.build_tree() != 0:
        sys.exit(f"mutants: the unmutated tree does not build: see {runner.log}")

    rows = []
    header = f"{'mutant':36} {'area':22} {'result':12} {'by':s}"
    print(header, flush=True)
    try:
        for m in mutants:
            t0 = time.monotonic()
            result, by = runner.try_mutant(m)
            rows.append((m, result, by))
            took = format_duration(time.monotonic() - t0)
            print(f"{m.ident:36} {m.area:22} {result:12} {by}  ({took})", flush=True)
    except KeyboardInterrupt:
        print("mutants: interrupted; the mutated file is restored", file=sys.stderr)
        return 130

    # Killers must pass on the unmutated tree, or their kills mean nothing.
    killers = sorted({by for _, result, by in rows if result == "killed"})
    verdict = 0
    if killers:
        runner.build_tree()
        regex = "^(" + "|".join(re.escape(k) for k in killers) + ")$"
        status, output = run(["ctest", "--test-dir", str(build), "-j", str(args.jobs), "-R",
                              regex], runner.log)
        if status != 0:
            print("mutants: these tests fail on the unmutated tree too: " +
                  ", ".join(failed_tests(output)), file=sys.stderr)
            verdict = 1

    counted = [r for r in rows if r[1] in ("killed", "survived")]
    killed = sum(1 for r in rows if r[1] == "killed")
    equivalent = sum(1 for r in rows if r[1] == "equivalent")
    broken = [r[0].ident for r in rows if r[1] == "build failed"]
    rate = 100.0 * killed / len(counted) if counted else 0.0
    summary = (f"killed {killed} of {len(counted)} ({rate:.1f}%); "
               f"{equivalent} equivalent (not counted); wall time "
               f"{format_duration(time.monotonic() - started)}")
    print(summary)
    for m, result, _ in rows:
        if result == "survived":
            print(f"  survived: [{m.ident}] {m.path}: {m.why}")
    if broken:
        print("mutants: these do not build (fix the catalogue): " + ", ".join(broken),
              file=sys.stderr)
        verdict = 1
    if args.report:
        with open(args.report, "w") as f:
            f.write(header + "\n")
            for m, result, by in rows:
                f.write(f"{m.ident:36} {m.area:22} {result:12} {by}\n")
            f.write(summary + "\n")
    if any(r[1] == "survived" for r in rows):
        verdict = 1
    return verdict


if __name__ == "__main__":
    sys.exit(main())
