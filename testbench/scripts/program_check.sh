# SPDX-License-Identifier: Apache-2.0
# Sourced by the scripts that run nvme-cosim as a user would (cli/check_cli.sh,
# linux/check_linux.sh), once they have set `bin`: a scratch directory removed on exit, and
# helpers that run the program and judge what it printed.

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
