#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make bench-qemu: QEMU as a yardstick for the UML co-simulation (docs/linux.md, "QEMU as a
# yardstick"). Boots Debian's own 6.12 amd64 kernel under QEMU TCG with one emulated NVMe
# controller holding N namespaces, R times, and reports each boot's wall time and which disk
# name the kernel gave which NSID.
#
# Usage: bench/qemu_yardstick.sh [--namespaces N] [--runs R] [--json FILE] [--build-dir DIR]
#                                [--kernel-package PKG] [--timeout S] [--verbose]
#   --namespaces N  emulated namespaces, NSIDs 1..N (default 19; QEMU allows up to 256)
#   --runs R        boots (default 5)
#   --json FILE     also write the figures as JSON (schema in docs/linux.md)
#   --build-dir DIR the project's build directory (default build); the kernel goes to
#                   DIR/debian-kernel, all other files to DIR/qemu-yardstick
#   --kernel-package PKG  a Debian kernel image package (default: the unsigned image behind
#                   linux-image-6.12-amd64); downloaded once, never installed
#   --timeout S     wall seconds after which a boot is killed and the run fails (default 60)
#   --verbose       the kernel's messages on the console too (run-K.log), to see why a boot
#                   failed; the serial console slows the boot, so not for figures
#
# DIR/debian-kernel/PKG          the kernel package, unpacked with dpkg-deb -x by
#                                scripts/debian-kernel.sh and shared with hil/run-guest.sh
#                                (kept; delete DIR/debian-kernel to fetch the newest package)
# DIR/qemu-yardstick/initramfs.cpio.gz  static busybox, the NVMe modules, bench/qemu_init
#                                (scripts/guest-initramfs.sh)
# DIR/qemu-yardstick/run-K.log   the console of boot K of the last invocation
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
init_script=$repo/bench/qemu_init
busybox=/bin/busybox
# Debian keeps depmod under /sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin

say() { echo "qemu-yardstick: $*"; }
die() {
  echo "qemu-yardstick: error: $*" >&2
  exit 1
}
# Milliseconds as seconds with three decimals.
fmt_ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
# The usage text above, to stderr with exit 2 after a wrong argument, else to stdout with 0.
usage() {
  local text
  text=$(sed -n '/^# Usage:/,/^#$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}")
  if [[ ${1:-} == error ]]; then
    echo "$text" >&2
    exit 2
  fi
  echo "$text"
  exit 0
}

namespaces=19
runs=5
json=
build_dir=build
kernel_package=
timeout_s=60
console_level=quiet
while [[ $# -gt 0 ]]; do
  case $1 in
    --namespaces | --runs | --json | --build-dir | --kernel-package | --timeout)
      [[ $# -ge 2 ]] || usage error
      case $1 in
        --namespaces) namespaces=$2 ;;
        --runs) runs=$2 ;;
        --json) json=$2 ;;
        --build-dir) build_dir=$2 ;;
        --kernel-package) kernel_package=$2 ;;
        --timeout) timeout_s=$2 ;;
      esac
      shift 2
      ;;
    --verbose)
      console_level=loglevel=7
      shift
      ;;
    -h | --help) usage ;;
    *)
      echo "qemu-yardstick: unknown argument '$1'" >&2
      usage error
      ;;
  esac
done
is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }
if ! is_count "$namespaces" || ((namespaces > 256)); then
  die "--namespaces wants 1..256 (QEMU's limit per controller), not '$namespaces'"
fi
is_count "$runs" || die "--runs wants a positive number, not '$runs'"
is_count "$timeout_s" || die "--timeout wants a positive number of seconds, not '$timeout_s'"

# --- Preconditions, each with the fix in the message ---
missing=()
for cmd in qemu-system-x86_64 apt-get apt-cache dpkg-deb depmod cpio gzip xz readelf timeout \
  flock; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing commands: ${missing[*]} (run: scripts/install-deps.sh qemu)"
[[ -x $busybox ]] || die "$busybox not found (run: scripts/install-deps.sh qemu)"
# The initramfs holds busybox alone: a dynamically linked one would find no libraries there.
if LC_ALL=C readelf -l "$busybox" | grep -q 'program interpreter'; then
  die "$busybox is dynamically linked; the guest needs busybox-static" \
    "(run: scripts/install-deps.sh qemu)"
fi
[[ -f $init_script ]] || die "$init_script not found"

work=$build_dir/qemu-yardstick
mkdir -p "$work"
work=$(cd "$work" && pwd)
# One invocation at a time per build directory: they share the files, and two side by side
# would slow each other's boots.
exec 9>"$work/.lock"
flock -n 9 || die "another qemu_yardstick.sh is running on $work"

# --- 1. The kernel package: downloaded and unpacked once, shared with hil/run-guest.sh ---
# Older versions of this script unpacked the kernel into DIR/qemu-yardstick/kernel: moved into
# the shared cache rather than fetched again.
if [[ -f $work/kernel/.package ]]; then
  old_package=$(cat "$work/kernel/.package")
  mkdir -p "$build_dir/debian-kernel"
  mv -T "$work/kernel" "$build_dir/debian-kernel/$old_package" 2>/dev/null || true
fi
rm -rf "$work/kernel"
kernel_package_arg=()
[[ -z $kernel_package ]] || kernel_package_arg=(--kernel-package "$kernel_package")
kernel_vars=$("$repo/scripts/debian-kernel.sh" --build-dir "$build_dir" \
  "${kernel_package_arg[@]}") || die "could not get the kernel (above)"
kernel_version='' kernel_vmlinuz='' kernel_modules=''
eval "$kernel_vars"
kver=$kernel_version

# --- 2. The initramfs: cheap, so made on every invocation ---
# The NVMe driver with what it needs; a kernel with it built in (Debian's cloud flavour) needs
# no modules.
initramfs=$work/initramfs.cpio.gz
modules=$("$repo/scripts/guest-initramfs.sh" --modules-dir "$kernel_modules" \
  --init "$init_script" --output "$initramfs" --modules nvme) ||
  die "could not build the initramfs (above)"

qemu_version=$(qemu-system-x86_64 --version | sed -n '1s/^QEMU emulator version \([^ ]*\).*/\1/p')
say "QEMU $qemu_version (TCG), kernel $kver ($kernel_package), $namespaces namespace(s)," \
  "$runs run(s); modules: ${modules:-none, nvme built in}"

# --- 3. The boots ---
# The guest gives up waiting for namespaces at half the host's limit, so that a missing one is
# reported with the count the guest saw rather than as a killed boot.
guest_wait=$(((timeout_s + 1) / 2))
# shellcheck disable=SC2054 # QEMU's option values are comma-separated lists
qemu_args=(
  -machine q35 -accel tcg -m 512M -nographic -no-reboot -nic none
  -kernel "$kernel_vmlinuz" -initrd "$initramfs"
  # panic=-1: a panic reboots at once, which -no-reboot turns into QEMU's exit.
  -append "console=ttyS0 $console_level panic=-1 YARDSTICK_EXPECT=$namespaces YARDSTICK_WAIT=$guest_wait"
  -device nvme,serial=yardstick,id=nvme0
)
# null-co: no backing file; read-zeroes so the partition scan reads the same zeros every time.
for ((k = 1; k <= namespaces; k++)); do
  qemu_args+=(-drive "if=none,id=ns$k,driver=null-co,size=16M,read-zeroes=on"
    -device "nvme-ns,bus=nvme0,nsid=$k,drive=ns$k")
done

# The console's last lines, without the terminal control sequences the firmware and the kernel
# send (one of them resets the terminal).
show_console() {
  tr -d '\r' <"$1" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\x1b.//g' | tail -n 20 >&2
}
rm -f "$work"/run-*.log
walls=()     # milliseconds per run, QEMU's start to its exit
inits=()     # milliseconds, guest clock: boot to /init
scans=()     # milliseconds, guest clock: first insmod to all namespaces seen
orders=()    # true/false: nvme0nY is NSID Y for every Y
mappings=()  # the NSIDs in name order, comma separated
for ((r = 1; r <= runs; r++)); do
  log=$work/run-$r.log
  start=$(date +%s%N)
  rc=0
  timeout --kill-after=5 "$timeout_s" qemu-system-x86_64 "${qemu_args[@]}" \
    </dev/null >"$log" 2>&1 || rc=$?
  wall_ms=$((($(date +%s%N) - start) / 1000000))
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    show_console "$log"
    die "run $r: the boot did not finish in ${timeout_s} s and was killed (console: $log)"
  fi
  if [[ $rc -ne 0 ]]; then
    show_console "$log"
    die "run $r: qemu-system-x86_64 exited with $rc (console: $log)"
  fi
  # "done N INIT SCAN": the guest's own times, in centiseconds (bench/qemu_init).
  status=$(tr -d '\r' <"$log" | sed -n 's/.*yardstick-status //p')
  read -r state _ init_cs scan_cs <<<"$status"
  [[ $state == "done" && $init_cs =~ ^[0-9]+$ && $scan_cs =~ ^[0-9]+$ ]] || {
    show_console "$log"
    die "run $r: the guest did not see $namespaces namespaces (status '${status:-none}'," \
      "console: $log)"
  }
  # Not anchored at the line's start: the first line follows the firmware's escape sequences.
  mapfile -t lines < <(tr -d '\r' <"$log" |
    sed -n 's/.*yardstick-map nvme0n\([0-9]*\) \([0-9]*\)$/\1 \2/p')
  [[ ${#lines[@]} -eq $namespaces ]] ||
    die "run $r: ${#lines[@]} disks in the mapping, $namespaces expected (console: $log)"
  nsids=()
  misplaced=0
  for ((i = 0; i < namespaces; i++)); do
    read -r y nsid <<<"${lines[i]}"
    # The kernel hands out nvme0n1..nvme0nN; the mapping lists the NSIDs in that name order.
    [[ $y -eq $((i + 1)) ]] || die "run $r: disk names are not nvme0n1..nvme0n$namespaces" \
      "(console: $log)"
    nsids+=("$nsid")
    [[ $nsid -eq $y ]] || misplaced=$((misplaced + 1))
  done
  walls+=("$wall_ms")
  inits+=("$((init_cs * 10))")
  scans+=("$((scan_cs * 10))")
  if [[ $misplaced -eq 0 ]]; then
    orders+=(true)
    verdict="names follow NSID order"
  else
    orders+=(false)
    verdict="names out of NSID order ($misplaced of $namespaces on another NSID)"
  fi
  mappings+=("$(IFS=,; echo "${nsids[*]}")")
  say "run $r: $(fmt_ms "$wall_ms") s (kernel boot to /init $(fmt_ms "${inits[-1]}") s," \
    "driver load and scan $(fmt_ms "${scans[-1]}") s), $verdict"
done

# --- 4. The summary ---
sum=0
min=${walls[0]}
for w in "${walls[@]}"; do
  sum=$((sum + w))
  ((w >= min)) || min=$w
done
mean=$(((sum + runs / 2) / runs))
distinct=$(printf '%s\n' "${mappings[@]}" | sort -u | wc -l)
say "wall time mean $(fmt_ms "$mean") s, min $(fmt_ms "$min") s;" \
  "$distinct distinct mapping(s) in $runs run(s); QEMU $qemu_version"

if [[ -n $json ]]; then
  {
    echo "{"
    echo "  \"qemu_version\": \"$qemu_version\","
    echo "  \"kernel_version\": \"$kver\","
    echo "  \"kernel_package\": \"$kernel_package\","
    echo "  \"namespaces\": $namespaces,"
    echo "  \"mean_wall_s\": $(fmt_ms "$mean"),"
    echo "  \"min_wall_s\": $(fmt_ms "$min"),"
    echo "  \"distinct_mappings\": $distinct,"
    echo "  \"runs\": ["
    for ((r = 0; r < runs; r++)); do
      sep=,
      ((r < runs - 1)) || sep=
      echo "    {\"wall_s\": $(fmt_ms "${walls[r]}"), \"guest_init_s\": $(fmt_ms "${inits[r]}")," \
        "\"guest_scan_s\": $(fmt_ms "${scans[r]}"), \"nsid_order\": ${orders[r]}," \
        "\"mapping\": [${mappings[r]//,/, }]}$sep"
    done
    echo "  ]"
    echo "}"
  } >"$json"
  say "figures written to $json"
fi
