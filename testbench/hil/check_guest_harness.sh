#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Self-check of the hardware-in-the-loop guest (hil/run-guest.sh, docs/hil.md): boots it with
# busybox-only guest scripts and checks what comes back. About 40 s, most of it five boots.
#   1. intel-iommu, three namespaces (512 and 4096 byte blocks), the kernel's nvme driver loaded
#      first: the controller ends up on vfio-pci in a group of its own with /dev/vfio/N; the
#      program and a --file arrive intact; all 256 byte values and 256 KiB of random bytes come
#      back intact; then, rebound to nvme inside the guest, the kernel sees the serial, MDTS and
#      namespaces run-guest.sh was given; the kernel log comes back and shows the IOMMU on,
#      and the fault of a DMA the script aimed at an unmapped IOVA (through BAR0 with devmem).
#   2. --noiommu: with a kernel built with CONFIG_VFIO_NOIOMMU=y (--kernel-dir), the controller
#      on vfio-pci with /dev/vfio/noiommu-N and hugetlbfs on /dev/hugepages; with Debian's
#      kernels (none has it) a refusal with exit 3 before booting.
#   3. a script exiting 7: exit 1, status "exited 7", its files back.
#   4. a script that hangs and leaves a child behind: killed at its deadline, exit 1, status
#      "timeout S", its files back, QEMU not killed.
#   5. a dynamically linked --program and a bad --namespaces: refused (exit 3, exit 2), no boot.
#
# Usage: testbench/hil/check_guest_harness.sh [--build-dir DIR] [--kernel-dir DIR]
#   --build-dir DIR   the project's build directory (default build): the kernel cache
#                     (DIR/debian-kernel) and the scratch directory (DIR/hil-check, kept on
#                     failure)
#   --kernel-dir DIR  passed on to run-guest.sh: a kernel in Debian's package layout; one with
#                     CONFIG_VFIO_NOIOMMU=y (hil/build-noiommu-kernel.sh) makes part 2 boot
# Exit 0: all passed; 1: a check failed (the message says which, the files are kept); 2: bad
# arguments.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_guest=$repo/hil/run-guest.sh
build_dir=build
kernel_dir=
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --kernel-dir)
      [[ $# -ge 2 ]] || {
        echo "check_guest_harness: $1 needs a value" >&2
        exit 2
      }
      case $1 in
        --build-dir) build_dir=$2 ;;
        --kernel-dir) kernel_dir=$2 ;;
      esac
      shift 2
      ;;
    *)
      sed -n '/^# Usage:/,/^#$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
      exit 2
      ;;
  esac
done

mkdir -p "$build_dir"
work=$(cd "$build_dir" && pwd)/hil-check
rm -rf "$work"
mkdir -p "$work"
kernel_args=()
[[ -z $kernel_dir ]] || kernel_args=(--kernel-dir "$kernel_dir")

fail() {
  echo "FAIL: $*" >&2
  echo "(files kept in $work)" >&2
  exit 1
}
pass() { echo "PASS: $*"; }
# Runs run-guest.sh with the given arguments; its exit status in $rc, its output in $work/log.
guest() {
  echo "+ hil/run-guest.sh $*"
  rc=0
  "$run_guest" --build-dir "$build_dir" "${kernel_args[@]}" "$@" >"$work/log" 2>&1 || rc=$?
  cat "$work/log"
}
expect_rc() { [[ $rc -eq $1 ]] || fail "run-guest.sh exited $rc, $1 expected (output above)"; }
expect_file() { # FILE CONTENT
  [[ -f $1 ]] || fail "$1 did not come back"
  [[ $(cat "$1") == "$2" ]] || fail "$1 holds '$(head -c 200 "$1")', '$2' expected"
}
expect_grep() { # PATTERN FILE
  grep -Eq -- "$1" "$2" || fail "nothing matches '$1' in $2"
}

# All 256 byte values, and random bytes: what must survive the trip through the guest.
for ((i = 0; i < 256; i++)); do
  # shellcheck disable=SC2059 # the format is the byte
  printf "\\$(printf %03o "$i")"
done >"$work/bytes.bin"
[[ $(stat -c %s "$work/bytes.bin") -eq 256 ]] || fail "could not make the 256-byte file"
head -c 262144 /dev/urandom >"$work/random.bin"

# --- 1. intel-iommu ---
cat >"$work/iommu.sh" <<'EOF'
set -u
d=/sys/bus/pci/devices/$HIL_BDF
o=$HIL_OUT
cat "$d/vendor" >"$o/vendor"
cat "$d/device" >"$o/device"
cat "$d/class" >"$o/class"
basename "$(readlink "$d/driver")" >"$o/driver"
group=$(basename "$(readlink "$d/iommu_group")")
echo "$group" >"$o/group"
ls "/sys/kernel/iommu_groups/$group/devices" >"$o/group-members"
[ -c "/dev/vfio/$group" ] && echo yes >"$o/group-node"
ls -l /dev/vfio >"$o/dev-vfio.txt"
echo "$HIL_VFIO_GROUP" >"$o/vfio-group"
echo "$HIL_PREVIOUS_DRIVER" >"$o/previous-driver"
env | grep '^HIL_' | sort >"$o/env.txt"
i=0
s=
while [ $i -lt 256 ]; do
  s="$s\\$(printf %03o $i)"
  i=$((i + 1))
done
printf "$s" >"$o/bytes.bin"
cp "$HIL_FILES/random.bin" "$o/random.bin"
md5sum <"$HIL_PROGRAM" | cut -d' ' -f1 >"$o/program.md5"
# A DMA to an IOVA nobody mapped, with busybox alone: the admin queues put at 1 MiB and 2 MiB
# through BAR0, the controller enabled, the admin doorbell rung. Its fetch of the command must
# fault in the IOMMU, and the fault must show in dmesg.txt. (The firmware left the controller
# enabled with queues of its own: disabled first.)
read -r bar _ <"$d/resource"
bar=$((bar))
printf '\006\000' | dd of="$d/config" bs=1 seek=4 count=2 conv=notrunc 2>/dev/null # mem + bus master
ready() { # 0 or 1: wait until CSTS.RDY is that
  i=0
  while [ $(($(devmem $((bar + 0x1c)) 32) & 1)) -ne "$1" ] && [ $i -lt 50 ]; do
    usleep 100000
    i=$((i + 1))
  done
}
devmem $((bar + 0x14)) 32 0
ready 0
devmem $((bar + 0x24)) 32 0x000f000f
devmem $((bar + 0x28)) 64 0x100000
devmem $((bar + 0x30)) 64 0x200000
devmem $((bar + 0x14)) 32 0x00460001
ready 1
devmem $((bar + 0x1000)) 32 1
i=0
while ! dmesg | grep -q 'fault addr 0x100000' && [ $i -lt 20 ]; do
  usleep 100000
  i=$((i + 1))
done
devmem $((bar + 0x14)) 32 0
ready 0
# The kernel's own view of the controller: vfio-pci off, nvme on.
echo "$HIL_BDF" >"$d/driver/unbind"
echo >"$d/driver_override"
echo "$HIL_BDF" >/sys/bus/pci/drivers_probe
n=0
for ns in $HIL_NAMESPACES; do n=$((n + 1)); done
i=0
while [ "$(ls -d /sys/block/nvme0n* 2>/dev/null | wc -l)" -lt $n ] && [ $i -lt 100 ]; do
  usleep 100000
  i=$((i + 1))
done
# The serial number field is padded with spaces to its 20 bytes.
sed "s/ *$//" /sys/class/nvme/nvme0/serial >"$o/serial"
for b in /sys/block/nvme0n*; do
  echo "$(cat "$b/nsid"):$(($(cat "$b/size") * 512)):$(cat "$b/queue/logical_block_size")"
done | sort -t: -k1,1n | tr '\n' ' ' | sed 's/ $//' >"$o/namespaces"
cat /sys/block/nvme0n1/queue/max_hw_sectors_kb >"$o/max_hw_sectors_kb"
echo done
EOF
guest --script "$work/iommu.sh" --out "$work/iommu" --program /bin/busybox \
  --file "$work/random.bin" --namespaces 5:16M:512,1:64M:512,2:32M:4096 --serial hil-check \
  --mdts 4 --modules nvme
expect_rc 0
g=$work/iommu/guest
expect_file "$g/status" "exited 0"
expect_file "$g/vendor" 0x1b36
expect_file "$g/device" 0x0010
expect_file "$g/class" 0x010802
expect_file "$g/driver" vfio-pci
expect_file "$g/previous-driver" nvme
expect_file "$g/group-members" 0000:00:04.0
expect_file "$g/group-node" yes
expect_file "$g/vfio-group" "/dev/vfio/$(cat "$g/group")"
cmp -s "$g/bytes.bin" "$work/bytes.bin" || fail "the 256 byte values came back changed"
cmp -s "$g/random.bin" "$work/random.bin" || fail "the random bytes came back changed"
expect_file "$g/program.md5" "$(md5sum </bin/busybox | cut -d' ' -f1)"
expect_grep '^HIL_NAMESPACES=1:67108864:512 2:33554432:4096 5:16777216:512$' "$g/env.txt"
expect_file "$g/serial" hil-check
expect_file "$g/namespaces" "1:67108864:512 2:33554432:4096 5:16777216:512"
# MDTS 4: 2^4 pages of 4 KiB (below the 128 KiB the IOMMU caps a request at).
expect_file "$g/max_hw_sectors_kb" 64
expect_file "$g/script.log" "done"
expect_grep 'DMAR: IOMMU enabled' "$g/dmesg.txt"
expect_grep 'DMAR: \[DMA Read.*\] Request device \[00:04\.0\] fault addr 0x100000 ' "$g/dmesg.txt"
expect_grep 'VFIO - User Level meta-driver' "$g/dmesg.txt"
[[ -s $work/iommu/console.log ]] || fail "no console.log"
for n in 1 2 5; do [[ -f $work/iommu/ns$n.img ]] || fail "no ns$n.img"; done
[[ $(stat -c %s "$work/iommu/ns2.img") -eq 33554432 ]] || fail "ns2.img is not 32 MiB"
pass "intel-iommu: vfio-pci, group $(cat "$g/group") alone, /dev/vfio/$(cat "$g/group");" \
  "files intact both ways; the DMAR fault in dmesg.txt; serial, MDTS and namespaces as configured"

# --- 2. no IOMMU ---
cat >"$work/noiommu.sh" <<'EOF'
d=/sys/bus/pci/devices/$HIL_BDF
basename "$(readlink "$d/driver")" >"$HIL_OUT/driver"
echo "$HIL_VFIO_GROUP" >"$HIL_OUT/vfio-group"
[ -c "$HIL_VFIO_GROUP" ] && echo yes >"$HIL_OUT/group-node"
grep -q ' /dev/hugepages hugetlbfs ' /proc/mounts && echo yes >"$HIL_OUT/hugetlbfs"
echo "$HIL_HUGEPAGES" >"$HIL_OUT/hugepages"
cat /sys/module/vfio/parameters/enable_unsafe_noiommu_mode >"$HIL_OUT/noiommu-mode"
cp "$HIL_FILES/bytes.bin" "$HIL_OUT/bytes.bin"
EOF
guest --script "$work/noiommu.sh" --out "$work/noiommu" --noiommu --file "$work/bytes.bin"
if [[ $rc -eq 3 ]] && grep -q 'CONFIG_VFIO_NOIOMMU' "$work/log"; then
  pass "--noiommu refused before booting: the kernel has no CONFIG_VFIO_NOIOMMU"
else
  expect_rc 0
  g=$work/noiommu/guest
  expect_file "$g/status" "exited 0"
  expect_file "$g/driver" vfio-pci
  expect_grep '^/dev/vfio/noiommu-[0-9]+$' "$g/vfio-group"
  expect_file "$g/group-node" yes
  expect_file "$g/hugetlbfs" yes
  expect_file "$g/hugepages" 64
  expect_file "$g/noiommu-mode" Y
  cmp -s "$g/bytes.bin" "$work/bytes.bin" || fail "the 256 byte values came back changed"
  if grep -q 'DMAR: IOMMU enabled' "$g/dmesg.txt"; then fail "the IOMMU is on with --noiommu"; fi
  pass "no IOMMU: vfio-pci, $(cat "$g/vfio-group"), 64 huge pages on /dev/hugepages"
fi

# --- 3. a failing script ---
cat >"$work/fails.sh" <<'EOF'
echo partial >"$HIL_OUT/partial"
echo "about to fail"
exit 7
EOF
guest --script "$work/fails.sh" --out "$work/fails"
expect_rc 1
expect_file "$work/fails/guest/status" "exited 7"
expect_file "$work/fails/guest/partial" partial
expect_file "$work/fails/guest/script.log" "about to fail"
expect_grep 'guest script failed: exited 7' "$work/log"
pass "a script exiting 7: exit 1, status and files back"

# --- 4. a hanging script ---
cat >"$work/hangs.sh" <<'EOF'
echo before >"$HIL_OUT/before"
sleep 1000 &
sleep 1000
EOF
guest --script "$work/hangs.sh" --out "$work/hangs" --timeout 25
expect_rc 1
expect_grep '^timeout [0-9]+$' "$work/hangs/guest/status"
expect_file "$work/hangs/guest/before" before
[[ -s $work/hangs/guest/dmesg.txt ]] || fail "no dmesg.txt after the timeout"
pass "a hanging script: killed at its deadline ($(cat "$work/hangs/guest/status")), exit 1," \
  "files back"

# --- 5. refusals ---
dynamic=$(command -v ls)
guest --script "$work/fails.sh" --out "$work/refused" --program "$dynamic"
expect_rc 3
expect_grep 'dynamically linked' "$work/log"
guest --script "$work/fails.sh" --out "$work/refused" --namespaces 1:1000:512
expect_rc 2
[[ ! -e $work/refused/console.log ]] || fail "a refused run booted"
pass "a dynamic --program (exit 3) and a bad --namespaces (exit 2) refused without a boot"

rm -rf "$work"
echo "PASS: the HIL guest harness"
