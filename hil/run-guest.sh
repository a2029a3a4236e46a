#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Hardware in the loop (docs/hil.md, "The QEMU guest"): boots Debian's 6.12 amd64 kernel under
# QEMU TCG on a q35 machine with an emulated Intel IOMMU and QEMU's emulated NVMe controller at
# a fixed BDF, binds the controller to vfio-pci inside the guest, runs a busybox sh script there
# (typically driving the controller with a static nvme-cosim), and brings the files the script
# wrote back to the host, with its exit status and the guest's kernel log.
#
# Usage: hil/run-guest.sh --script FILE --out DIR [--build-dir DIR] [--program FILE]
#                         [--file SRC[:DEST]]... [--namespaces SPEC] [--serial S] [--mdts N]
#                         [--nvme-opts OPTS] [--modules LIST] [--noiommu] [--hugepages N]
#                         [--memory SIZE] [--timeout S] [--kernel-package PKG | --kernel-dir DIR]
#                         [--qemu-arg ARG]... [--verbose]
#   --script FILE     busybox sh script the guest runs once the controller is on vfio-pci
#   --out DIR         where the results go; must be absent, empty, or an earlier run's --out
#                     (which is emptied first)
#   --build-dir DIR   the project's build directory (default build); the kernel is cached in
#                     DIR/debian-kernel (scripts/debian-kernel.sh)
#   --program FILE    a statically linked x86-64 executable, /bin/nvme-cosim in the guest
#   --file SRC[:DEST] a file or directory copied into the guest, to the absolute path DEST
#                     (default /hil/files/NAME); repeatable
#   --namespaces SPEC NSID:SIZE:LBS,... (default 1:64M:512), or none. SIZE in bytes or with
#                     K, M or G (powers of 1024), a multiple of the logical block size LBS
#                     (512, 4096, ...); NSIDs 1..256. Each is a sparse raw file DIR/nsNSID.img
#   --serial S        the controller's serial number (default hil-nvme; 1..20 of A-Z a-z 0-9 . _ -)
#   --mdts N          the controller's MDTS, as a power of two of 4 KiB pages (default 7, QEMU's)
#   --nvme-opts OPTS  more properties of QEMU's nvme device, e.g. max_ioqpairs=4,msix_qsize=8
#   --modules LIST    more kernel modules (comma-separated) loaded before the bind; with nvme
#                     the kernel driver takes the controller first and /init unbinds it
#   --noiommu         no IOMMU: intel_iommu=off, no intel-iommu device, vfio in its unsafe
#                     no-IOMMU mode (/dev/vfio/noiommu-N); needs a kernel built with
#                     CONFIG_VFIO_NOIOMMU=y, which none of Debian's 6.12 kernels is
#                     (hil/build-noiommu-kernel.sh builds one for --kernel-dir)
#   --hugepages N     2 MiB huge pages reserved at boot and hugetlbfs on /dev/hugepages
#                     (default 0, or 64 with --noiommu)
#   --memory SIZE     guest RAM, as QEMU's -m takes it (default 512M)
#   --timeout S       wall seconds after which QEMU is killed (default 120); the script gets
#                     what is left after the boot, less 10 s for sending the results
#   --kernel-package PKG  a Debian kernel image package (default: the unsigned image behind
#                     linux-image-6.12-amd64); downloaded once, never installed
#   --kernel-dir DIR  an unpacked kernel laid out like Debian's package (boot/vmlinuz-R,
#                     boot/config-R, lib/modules/R with modules.dep) instead of a package
#   --qemu-arg ARG    one more argument for qemu-system-x86_64; repeatable
#   --verbose         the kernel's messages on the console too (dmesg.txt has them anyway)
#
# The guest script runs as root in /, with PATH=/bin (busybox) and these variables:
#   HIL_BDF            the controller's PCI address, 0000:00:04.0
#   HIL_VFIO_GROUP     its VFIO group, /dev/vfio/N (or /dev/vfio/noiommu-N)
#   HIL_IOMMU          on, or noiommu
#   HIL_SERIAL, HIL_MDTS  as configured
#   HIL_NAMESPACES     "NSID:BYTES:LBS ..." in NSID order, e.g. "1:67108864:512 2:33554432:4096"
#   HIL_OUT            /out: files written here come back to DIR/guest
#   HIL_FILES          /hil/files, where --file puts files by default
#   HIL_PROGRAM        /bin/nvme-cosim, or empty without --program
#   HIL_HUGEPAGES      huge pages reserved (0: none, and no /dev/hugepages)
#   HIL_PREVIOUS_DRIVER  the driver that held the controller before vfio-pci, or none
#   HIL_SCRIPT_TIMEOUT seconds the script has before it is killed
#
# Results in --out DIR:
#   guest/            the guest's /out: the script's files, and from /init: status ("exited N",
#                     "timeout S" or "setup-failed WHY"), script.log (the script's stdout and
#                     stderr), dmesg.txt (the kernel's log after the script), timing
#   console.log       the guest's serial console; qemu.log: QEMU's own messages
#   nsNSID.img        the namespaces' contents after the run
# Exit status: 0 the script exited 0; 1 it exited non-zero or ran out of time (guest/status);
#   2 bad arguments; 3 host-side setup failed, nothing booted; 4 the guest booted but could not
#   bind the controller to vfio-pci, the script did not run (guest/status, guest/dmesg.txt);
#   5 the boot failed, timed out or its results did not come back (console.log)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bdf=0000:00:04.0  # addr=0x4 on q35's root bus
reserve_s=10      # of --timeout, kept back for sending the results

say() { echo "hil: $*"; }
die() { # CODE MESSAGE...
  local code=$1
  shift
  echo "hil: error: $*" >&2
  exit "$code"
}
# The whole header from "Usage:" on: the options, the script's variables, the results, the
# exit codes.
usage() {
  sed -n '/^# Usage:/,/^set -euo/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"
  exit 0
}
bad_arg() {
  echo "hil: $*" >&2
  exit 2
}

script=
out=
build_dir=build
program=
files=()
ns_spec=1:64M:512
serial=hil-nvme
mdts=7
nvme_opts=
modules=
noiommu=false
hugepages=
memory=512M
timeout_s=120
kernel_package=
kernel_dir=
extra_qemu=()
console_level=quiet
while [[ $# -gt 0 ]]; do
  case $1 in
    --script | --out | --build-dir | --program | --file | --namespaces | --serial | --mdts | \
      --nvme-opts | --modules | --hugepages | --memory | --timeout | --kernel-package | \
      --kernel-dir | --qemu-arg)
      [[ $# -ge 2 ]] || bad_arg "$1 needs a value (see --help)"
      case $1 in
        --script) script=$2 ;;
        --out) out=$2 ;;
        --build-dir) build_dir=$2 ;;
        --program) program=$2 ;;
        --file) files+=("$2") ;;
        --namespaces) ns_spec=$2 ;;
        --serial) serial=$2 ;;
        --mdts) mdts=$2 ;;
        --nvme-opts) nvme_opts=$2 ;;
        --modules) modules=$2 ;;
        --hugepages) hugepages=$2 ;;
        --memory) memory=$2 ;;
        --timeout) timeout_s=$2 ;;
        --kernel-package) kernel_package=$2 ;;
        --kernel-dir) kernel_dir=$2 ;;
        --qemu-arg) extra_qemu+=("$2") ;;
      esac
      shift 2
      ;;
    --noiommu)
      noiommu=true
      shift
      ;;
    --verbose)
      console_level=loglevel=7
      shift
      ;;
    -h | --help) usage ;;
    *) bad_arg "unknown argument '$1' (see --help)" ;;
  esac
done

# --- Arguments ---
[[ -n $script ]] || bad_arg "--script FILE is required"
[[ -n $out ]] || bad_arg "--out DIR is required"
[[ -f $script ]] || bad_arg "--script $script not found"
[[ -z $program || -f $program ]] || bad_arg "--program $program not found"
[[ $serial =~ ^[A-Za-z0-9._-]{1,20}$ ]] ||
  bad_arg "--serial wants 1..20 of A-Z a-z 0-9 . _ - (NVMe allows 20 bytes), not '$serial'"
if ! [[ $mdts =~ ^[0-9]+$ ]] || ((mdts > 20)); then
  bad_arg "--mdts wants 0..20, not '$mdts'"
fi
[[ $nvme_opts =~ ^[A-Za-z0-9_.=,-]*$ ]] ||
  bad_arg "--nvme-opts wants QEMU properties like max_ioqpairs=4,msix_qsize=8, not '$nvme_opts'"
[[ $modules =~ ^[A-Za-z0-9_,-]*$ ]] || bad_arg "--modules wants module names, not '$modules'"
if ! [[ $timeout_s =~ ^[0-9]+$ ]] || ((timeout_s < 20)); then
  bad_arg "--timeout wants at least 20 seconds (a boot takes about 5), not '$timeout_s'"
fi
[[ $memory =~ ^[1-9][0-9]*[MG]?$ ]] || bad_arg "--memory wants e.g. 512M or 1G, not '$memory'"
[[ -z $kernel_package || -z $kernel_dir ]] ||
  bad_arg "--kernel-package and --kernel-dir exclude each other"
if [[ -z $hugepages ]]; then
  hugepages=0
  ! $noiommu || hugepages=64
fi
[[ $hugepages =~ ^[0-9]+$ ]] || bad_arg "--hugepages wants a number of 2 MiB pages, not '$hugepages'"
memory_mb=${memory%[MG]}
[[ $memory != *G ]] || memory_mb=$((memory_mb * 1024))
# Reserved at boot: too many leave the kernel too little to boot with, and it panics.
if ((hugepages * 2 > memory_mb - 256)); then
  bad_arg "--hugepages $hugepages (2 MiB each) leaves less than 256 MiB of --memory $memory" \
    "for the kernel: fewer pages, or more --memory"
fi
# QEMU splits its options at commas: a path with one would be cut in two.
for path in "$out" "$build_dir" "$kernel_dir"; do
  [[ $path != *,* ]] || bad_arg "'$path' holds a comma, which QEMU's options cannot take"
done

# Namespaces: "NSID:BYTES:LBS" words, sorted by NSID.
namespaces=()
if [[ $ns_spec != none ]]; then
  declare -A nsid_seen=()
  IFS=, read -r -a specs <<<"$ns_spec"
  for spec in "${specs[@]}"; do
    [[ $spec =~ ^([0-9]+):([0-9]+)([KMG]?):([0-9]+)$ ]] ||
      bad_arg "--namespaces: '$spec' is not NSID:SIZE:LBS (e.g. 1:64M:512)"
    nsid=$((10#${BASH_REMATCH[1]}))
    size=$((10#${BASH_REMATCH[2]}))
    lbs=$((10#${BASH_REMATCH[4]}))
    case ${BASH_REMATCH[3]} in
      K) size=$((size << 10)) ;;
      M) size=$((size << 20)) ;;
      G) size=$((size << 30)) ;;
    esac
    ((nsid >= 1 && nsid <= 256)) || bad_arg "--namespaces: NSID $nsid is not in 1..256 (QEMU's range)"
    [[ -z ${nsid_seen[$nsid]:-} ]] || bad_arg "--namespaces: NSID $nsid given twice"
    nsid_seen[$nsid]=1
    ((lbs >= 512 && (lbs & (lbs - 1)) == 0)) ||
      bad_arg "--namespaces: block size $lbs of NSID $nsid is not a power of two >= 512"
    ((size > 0 && size % lbs == 0)) ||
      bad_arg "--namespaces: size $size of NSID $nsid is not a positive multiple of $lbs"
    namespaces+=("$nsid:$size:$lbs")
  done
  mapfile -t namespaces < <(printf '%s\n' "${namespaces[@]}" | sort -t: -k1,1n)
fi

# --- Host-side preconditions (exit 3), each with the fix in the message ---
missing=()
for cmd in qemu-system-x86_64 timeout truncate readelf md5sum tar; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die 3 "missing commands: ${missing[*]} (run: scripts/install-deps.sh qemu)"
if [[ -n $program ]]; then
  LC_ALL=C readelf -h "$program" 2>/dev/null | grep -q 'Machine:.*X86-64' ||
    die 3 "--program $program is not an x86-64 ELF executable (the guest is x86-64)"
  # The guest has no libraries and no loader.
  interp=$(LC_ALL=C readelf -l "$program" | sed -n 's/.*\[Requesting program interpreter: \(.*\)\]/\1/p')
  [[ -z $interp ]] ||
    die 3 "--program $program is dynamically linked (interpreter $interp); the guest has no" \
      "libraries: link it statically (-static)"
fi

# The out directory: never one with someone else's files in it, never stale results.
if [[ -e $out ]]; then
  [[ -d $out ]] || die 3 "--out $out is not a directory"
  if [[ -n $(ls -A "$out") && ! -f $out/.hil-out ]]; then
    die 3 "--out $out is not empty and not an earlier run's: remove it or pick another"
  fi
  find "$out" -mindepth 1 -delete
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
: >"$out/.hil-out"

# --- The kernel ---
if [[ -n $kernel_dir ]]; then
  [[ -d $kernel_dir ]] || die 3 "--kernel-dir $kernel_dir not found"
  kernel_dir=$(cd "$kernel_dir" && pwd)
  kver_dirs=("$kernel_dir"/lib/modules/*)
  [[ -d ${kver_dirs[0]} ]] || die 3 "no lib/modules/RELEASE in --kernel-dir $kernel_dir"
  kernel_version=${kver_dirs[0]##*/}
  kernel_modules=${kver_dirs[0]}
  kernel_vmlinuz=$kernel_dir/boot/vmlinuz-$kernel_version
  kernel_package="$kernel_dir"
  [[ -f $kernel_vmlinuz ]] || die 3 "$kernel_vmlinuz not found (--kernel-dir's layout: boot/vmlinuz-R)"
else
  kernel_package_arg=()
  [[ -z $kernel_package ]] || kernel_package_arg=(--kernel-package "$kernel_package")
  kernel_vars=$("$repo/scripts/debian-kernel.sh" --build-dir "$build_dir" \
    "${kernel_package_arg[@]}") || die 3 "could not get the kernel (above)"
  kernel_version='' kernel_vmlinuz='' kernel_modules=''
  eval "$kernel_vars"
fi
kernel_config=$(dirname "$kernel_vmlinuz")/config-$kernel_version
if $noiommu && ! grep -qx 'CONFIG_VFIO_NOIOMMU=y' "$kernel_config" 2>/dev/null; then
  die 3 "--noiommu needs a kernel built with CONFIG_VFIO_NOIOMMU=y, and $kernel_package is not" \
    "(per $kernel_config; none of Debian's 6.12 kernels is): run hil/build-noiommu-kernel.sh" \
    "and pass --kernel-dir BUILD_DIR/hil-kernel/tree"
fi

# --- The initramfs: busybox, vfio, /init, the script, the program, the files ---
env_file=$out/.hil.env
{
  echo "export HIL_BDF='$bdf'"
  echo "export HIL_IOMMU='$($noiommu && echo noiommu || echo on)'"
  echo "export HIL_SERIAL='$serial'"
  echo "export HIL_MDTS='$mdts'"
  echo "export HIL_NAMESPACES='${namespaces[*]}'"
  echo "export HIL_OUT='/out'"
  echo "export HIL_FILES='/hil/files'"
  echo "export HIL_PROGRAM='${program:+/bin/nvme-cosim}'"
  echo "HIL_HUGEPAGES_WANTED='$hugepages'"
  echo "HIL_TIMEOUT='$timeout_s'"
  echo "HIL_RESERVE='$reserve_s'"
} >"$env_file"
adds=(--add "$env_file:/etc/hil.env" --add "$script:/hil/script.sh")
[[ -z $program ]] || adds+=(--add "$program:/bin/nvme-cosim")
for file in "${files[@]}"; do
  src=$file
  dest=/hil/files/$(basename "$file")
  # SRC:DEST only when what follows the last colon is an absolute path.
  if [[ $file == *:/* ]]; then
    src=${file%:*}
    dest=${file##*:}
  fi
  [[ -e $src ]] || die 3 "--file $src not found"
  adds+=(--add "$src:$dest")
done
initramfs=$out/.initramfs.cpio.gz
loaded=$("$repo/scripts/guest-initramfs.sh" --modules-dir "$kernel_modules" \
  --init "$repo/hil/init" --output "$initramfs" \
  --modules "vfio,vfio_iommu_type1,vfio_pci${modules:+,$modules}" "${adds[@]}") ||
  die 3 "could not build the initramfs (above)"
rm -f "$env_file"

# --- The boot ---
append="console=ttyS0 $console_level panic=-1"
# shellcheck disable=SC2054 # QEMU's option values are comma-separated lists
qemu_args=(
  -accel tcg -smp 1 -m "$memory" -no-reboot -nodefaults -display none
  -kernel "$kernel_vmlinuz" -initrd "$initramfs"
  # ttyS0: the console; ttyS1: the results, raw bytes.
  -serial "file:$out/console.log" -serial "file:$out/channel.bin"
)
if $noiommu; then
  qemu_args+=(-machine q35)
  append+=" intel_iommu=off"
else
  # The IOMMU before the controller, so that the controller's DMA goes through it; interrupt
  # remapping needs the split irqchip; caching-mode lets QEMU see the guest's mappings.
  # shellcheck disable=SC2054 # QEMU's option values are comma-separated lists
  qemu_args+=(-machine q35,kernel-irqchip=split -device intel-iommu,intremap=on,caching-mode=on)
  append+=" intel_iommu=on"
fi
((hugepages == 0)) || append+=" hugepagesz=2M hugepages=$hugepages"
qemu_args+=(-append "$append"
  -device "nvme,id=nvme0,addr=0x4,serial=$serial,mdts=$mdts${nvme_opts:+,$nvme_opts}")
for ns in "${namespaces[@]}"; do
  IFS=: read -r nsid size lbs <<<"$ns"
  img=$out/ns$nsid.img
  truncate -s "$size" "$img"
  qemu_args+=(-drive "file=$img,if=none,id=ns$nsid,format=raw"
    -device "nvme-ns,drive=ns$nsid,bus=nvme0,nsid=$nsid,logical_block_size=$lbs,physical_block_size=$lbs")
done
qemu_args+=("${extra_qemu[@]}")

say "kernel $kernel_version, $($noiommu && echo "no IOMMU" || echo "intel-iommu"), controller" \
  "$bdf, namespaces ${namespaces[*]:-none}; modules: $loaded"

# The console's last lines, without the terminal control sequences the firmware and the kernel
# send (one of them resets the terminal).
show_console() {
  [[ -f $out/console.log ]] || return 0
  echo "--- last lines of $out/console.log:" >&2
  tr -d '\r' <"$out/console.log" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\x1b.//g' | tail -n 25 >&2
  echo "---" >&2
}
boot_failed() {
  show_console
  [[ ! -s $out/qemu.log ]] || { echo "--- $out/qemu.log:" >&2; tail -n 10 "$out/qemu.log" >&2; }
  die 5 "$*"
}

start=$(date +%s%N)
rc=0
timeout --kill-after=5 "$timeout_s" qemu-system-x86_64 "${qemu_args[@]}" \
  </dev/null >"$out/qemu.log" 2>&1 || rc=$?
wall_ms=$((($(date +%s%N) - start) / 1000000))
rm -f "$initramfs"
wall=$(printf '%d.%03d' $((wall_ms / 1000)) $((wall_ms % 1000)))
[[ $rc -ne 124 && $rc -ne 137 ]] ||
  boot_failed "the guest did not finish in $timeout_s s and was killed (raise --timeout?)"
[[ $rc -eq 0 ]] || boot_failed "qemu-system-x86_64 exited with $rc (qemu.log)"

# --- The results: "HIL-RESULTS SIZE MD5\n", SIZE bytes of tar, "HIL-RESULTS-END\n" ---
channel=$out/channel.bin
header=$(head -c 100 "$channel" | head -n 1)
[[ $header =~ ^HIL-RESULTS\ ([0-9]+)\ ([0-9a-f]{32})$ ]] ||
  boot_failed "no results came back on the guest's ttyS1 (the guest crashed or never got to" \
    "send them; console.log)"
size=${BASH_REMATCH[1]}
sum=${BASH_REMATCH[2]}
tarball=$out/.results.tar
tail -c +$((${#header} + 2)) "$channel" | head -c "$size" >"$tarball"
got_size=$(stat -c %s "$tarball")
got_sum=$(md5sum <"$tarball")
trailer=$(tail -c +$((${#header} + 2 + size)) "$channel")
if [[ $got_size -ne $size || ${got_sum%% *} != "$sum" || $trailer != HIL-RESULTS-END ]]; then
  boot_failed "the results came back damaged: $got_size of $size bytes, MD5 ${got_sum%% *}" \
    "for $sum, trailer '${trailer:0:20}' ($channel)"
fi
mkdir -p "$out/guest"
tar -xf "$tarball" -C "$out/guest" --no-same-owner ||
  boot_failed "could not unpack the results ($tarball)"
rm -f "$tarball" "$channel"

status=$(cat "$out/guest/status" 2>/dev/null) || status=
timing=$(cat "$out/guest/timing" 2>/dev/null) || timing=
setup_s=
if [[ $timing =~ setup=([0-9]+)\ script=([0-9]+) ]]; then
  cs=${BASH_REMATCH[1]}
  setup_s=", bound at $((cs / 100)).$(printf '%02d' $((cs % 100))) s guest time"
fi
case $status in
  "exited 0")
    say "guest script passed; ${wall} s wall$setup_s; results in $out/guest"
    exit 0
    ;;
  exited\ * | timeout\ *)
    if [[ -s $out/guest/script.log ]]; then
      echo "--- last lines of $out/guest/script.log:" >&2
      tail -n 20 "$out/guest/script.log" >&2
      echo "---" >&2
    fi
    echo "hil: the guest script failed: $status (${wall} s wall; $out/guest/script.log," \
      "$out/guest/dmesg.txt)" >&2
    exit 1
    ;;
  setup-failed\ *)
    grep -iE 'vfio|dmar|iommu' "$out/guest/dmesg.txt" 2>/dev/null | tail -n 10 >&2 || true
    die 4 "the guest could not set up: ${status#setup-failed } ($out/guest/dmesg.txt," \
      "$out/console.log)"
    ;;
  *) boot_failed "the results hold no status ('$status')" ;;
esac
