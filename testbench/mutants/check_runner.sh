#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The mutant runner (scripts/mutants.py) on the toy project next to this script: the mutant a
# test catches is killed by that test, the untested one survives and fails the run, the
# equivalent one is not counted, the kill rate is computed from the other two, and every
# mutated file is restored, in a scratch copy and in place.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runner="$here/../../scripts/mutants.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/toy" "$work/toy"
fail() { echo "FAIL: $*" >&2; exit 1; }

check_report() {  # report file
  local report=$1
  grep -Eq '^add-subtracts +toy +killed +toy\.Sums$' "$report" || fail "add-subtracts: $(cat "$report")"
  grep -Eq '^twice-thrice +toy +survived *$' "$report" || fail "twice-thrice: $(cat "$report")"
  grep -Eq '^clamp-at-ten-inclusive +toy +equivalent *$' "$report" || fail "equivalent: $(cat "$report")"
  grep -q '^killed 1 of 2 (50.0%); 1 equivalent (not counted)' "$report" || fail "summary: $(cat "$report")"
}

# A scratch copy: the toy itself is never touched.
status=0
python3 "$runner" --source "$work/toy" --catalogue "$work/toy/catalogue.txt" \
  --build-dir "$work/scratch" --jobs 2 --report "$work/report" > "$work/out" 2>&1 || status=$?
[ "$status" = 1 ] || fail "a survivor must fail the run (exit 1), got $status: $(cat "$work/out")"
check_report "$work/report"
grep -q 'survived: \[twice-thrice\] arith.h: No test calls twice' "$work/out" ||
  fail "survivors are listed with their reason: $(cat "$work/out")"
cmp -s "$here/toy/arith.h" "$work/toy/arith.h" || fail "the source tree was changed"
cmp -s "$here/toy/arith.h" "$work/scratch/src/arith.h" || fail "the scratch copy was left mutated"

# In place, as CI runs it: the tree is restored after each mutant.
cmake -S "$work/toy" -B "$work/toy/build" > /dev/null
status=0
python3 "$runner" --source "$work/toy" --catalogue "$work/toy/catalogue.txt" --in-place \
  --build-dir "$work/toy/build" --jobs 2 --report "$work/report2" > "$work/out2" 2>&1 || status=$?
[ "$status" = 1 ] || fail "in place: exit $status: $(cat "$work/out2")"
check_report "$work/report2"
cmp -s "$here/toy/arith.h" "$work/toy/arith.h" || fail "in place: arith.h was left mutated"

# --only picks mutants; a killed-only selection passes.
python3 "$runner" --source "$work/toy" --catalogue "$work/toy/catalogue.txt" --only add-subtracts \
  --build-dir "$work/scratch" --jobs 2 > "$work/out3" 2>&1 || fail "--only: $(cat "$work/out3")"
grep -q '^killed 1 of 1 (100.0%)' "$work/out3" || fail "--only: $(cat "$work/out3")"

# A run cut short leaves a journal; the next run restores the file before anything else.
{ echo arith.h; cat "$here/toy/arith.h"; } > "$work/toy/build/mutant-applied"
echo 'int broken;' >> "$work/toy/arith.h"
python3 "$runner" --source "$work/toy" --catalogue "$work/toy/catalogue.txt" --in-place \
  --build-dir "$work/toy/build" --only add-subtracts --jobs 2 > "$work/out4" 2>&1 ||
  fail "after an interrupted run: $(cat "$work/out4")"
grep -q 'restoring arith.h, left mutated by an interrupted run' "$work/out4" || fail "no restore message"
cmp -s "$here/toy/arith.h" "$work/toy/arith.h" || fail "the interrupted run's file was not restored"

# A catalogue that no longer applies is refused, naming the mutant and the file.
sed -i 's/return a + b;/return b + a;/' "$work/toy/arith.h"
status=0
python3 "$runner" --source "$work/toy" --catalogue "$work/toy/catalogue.txt" --check \
  > "$work/out5" 2>&1 || status=$?
[ "$status" = 1 ] || fail "--check on a stale catalogue: exit $status"
grep -q "\[add-subtracts\] (catalogue line [0-9]*): its '- ' text occurs 0 times in arith.h, not once" \
  "$work/out5" || fail "--check message: $(cat "$work/out5")"
# The failing test is read from ctest's output, parameterized names and timeouts included.
python3 - "$runner" <<'PY' || fail "ctest output parsing"
import importlib.util, sys
spec = importlib.util.spec_from_file_location("mutants", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
out = """ 62/158 Test  #60: pcie_ep.Mps/DmaWrite.Splits/Mps128  # GetParam() = 128 .....***Failed    0.01 sec
 63/158 Test  #61: platform.Scan.Hangs ..........................***Timeout 120.01 sec
 64/158 Test  #62: cli.Program.Crashes .........***Exception: SegFault  0.10 sec
 65/158 Test  #63: cli.Program.Fine ............   Passed    0.10 sec"""
got = m.failed_tests(out)
want = ["pcie_ep.Mps/DmaWrite.Splits/Mps128", "platform.Scan.Hangs", "cli.Program.Crashes"]
assert got == want, got
PY
echo "mutant runner: killed, survived, equivalent, restore and --check as expected"
