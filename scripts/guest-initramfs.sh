#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the initramfs of a QEMU guest (bench/qemu_yardstick.sh, hil/run-guest.sh): a static
# busybox with its applet links, kernel modules with every module they depend on (from the
# kernel's modules.dep, decompressed), an /init, and any further files.
#
# Usage: scripts/guest-initramfs.sh --modules-dir DIR --init FILE --output FILE
#                                   [--modules M,M...] [--add SRC:DEST]... [--busybox FILE]
#   --modules-dir DIR  the kernel's lib/modules/<release>, with modules.dep (scripts/debian-kernel.sh)
#   --init FILE        becomes /init (mode 755)
#   --output FILE      the gzipped newc cpio archive, written whole or not at all
#   --modules LIST     module names (dashes and underscores alike), comma-separated; those built
#                      into the kernel (modules.builtin) are skipped
#   --add SRC:DEST     copies the file or directory SRC to the absolute path DEST; repeatable
#   --busybox FILE     a statically linked busybox (default /bin/busybox)
#
# The modules land in /lib/modules as plain .ko files: busybox insmod reads no .ko.xz.
# /lib/modules/load-order names them one per line, each after every module it needs, for the
# guest's /init to insmod in that order. Prints that order on one line (module names without
# .ko, empty when all are built in); exit 1 with the fix in the message on failure.
set -euo pipefail

die() {
  echo "guest-initramfs: error: $*" >&2
  exit 1
}
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

moddir=
init=
output=
modules=
adds=()
busybox=/bin/busybox
while [[ $# -gt 0 ]]; do
  case $1 in
    --modules-dir | --init | --output | --modules | --add | --busybox)
      [[ $# -ge 2 ]] || usage error
      case $1 in
        --modules-dir) moddir=$2 ;;
        --init) init=$2 ;;
        --output) output=$2 ;;
        --modules) modules=$2 ;;
        --add) adds+=("$2") ;;
        --busybox) busybox=$2 ;;
      esac
      shift 2
      ;;
    -h | --help) usage ;;
    *)
      echo "guest-initramfs: unknown argument '$1'" >&2
      usage error
      ;;
  esac
done
[[ -n $moddir && -n $init && -n $output ]] || usage error

missing=()
for cmd in cpio gzip xz readelf; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing commands: ${missing[*]} (run: scripts/install-deps.sh qemu)"
[[ -f $moddir/modules.dep ]] ||
  die "$moddir/modules.dep not found (scripts/debian-kernel.sh makes it; delete the kernel" \
    "directory to fetch it again)"
[[ -f $init ]] || die "--init $init not found"
[[ -x $busybox ]] || die "$busybox not found (run: scripts/install-deps.sh qemu)"
# The initramfs holds no libraries: a dynamically linked busybox could not start there.
if LC_ALL=C readelf -l "$busybox" | grep -q 'program interpreter'; then
  die "$busybox is dynamically linked; the guest needs busybox-static" \
    "(run: scripts/install-deps.sh qemu)"
fi

# --- The modules and their dependencies, in load order ---
# modules.dep: "kernel/.../vfio-pci.ko.xz: kernel/.../vfio-pci-core.ko.xz kernel/.../vfio.ko.xz
# kernel/.../irqbypass.ko.xz": every module it needs, each after the ones it needs itself, so
# that read right to left the line is a load order ending with the module.
norm() { local n=${1##*/}; n=${n%%.ko*}; echo "${n//-/_}"; }
order=()                # paths relative to moddir, dependencies first
declare -A seen=()
IFS=, read -r -a wanted <<<"$modules"
for want in "${wanted[@]}"; do
  [[ -n $want ]] || continue
  want=$(norm "$want")
  dep_line=$(awk -F: -v want="$want" '{
      n = $1; sub(/.*\//, "", n); sub(/\.ko.*/, "", n); gsub(/-/, "_", n)
      if (n == want) { print; exit }
    }' "$moddir/modules.dep")
  if [[ -z $dep_line ]]; then
    awk -v want="$want" '{ n = $0; sub(/.*\//, "", n); sub(/\.ko.*/, "", n); gsub(/-/, "_", n)
        if (n == want) found = 1 } END { exit !found }' "$moddir/modules.builtin" 2>/dev/null ||
      die "the kernel has no module '$want' (in neither modules.dep nor modules.builtin)"
    continue  # built in
  fi
  read -r -a chain <<<"${dep_line/:/}"
  for ((i = ${#chain[@]} - 1; i >= 0; i--)); do
    [[ -n ${seen[${chain[i]}]:-} ]] && continue
    seen[${chain[i]}]=1
    order+=("${chain[i]}")
  done
done

# --- The tree ---
out_dir=$(dirname "$output")
mkdir -p "$out_dir"
stage=$(mktemp -d "$out_dir/.initramfs.XXXXXX")
trap 'rm -rf "$stage" "$output.new"' EXIT
mkdir -p "$stage"/{bin,proc,sys,dev,tmp,lib/modules}
cp "$busybox" "$stage/bin/busybox"
for applet in $("$busybox" --list); do
  [[ $applet == busybox ]] || ln -s busybox "$stage/bin/$applet"
done
install -m 755 "$init" "$stage/init"
: >"$stage/lib/modules/load-order"
for rel in "${order[@]}"; do
  name=${rel##*/}
  case $name in
    *.ko.xz) xz -dc "$moddir/$rel" >"$stage/lib/modules/${name%.xz}" ;;
    *.ko) cp "$moddir/$rel" "$stage/lib/modules/$name" ;;
    *) die "cannot unpack module $name (only .ko and .ko.xz are handled)" ;;
  esac
  echo "${name%.xz}" >>"$stage/lib/modules/load-order"
done
for add in "${adds[@]}"; do
  # At the last colon: DEST is a guest path of our choosing, SRC any host path.
  src=${add%:*}
  dest=${add##*:}
  [[ $add == *:* && -n $src && $dest == /* ]] ||
    die "--add wants SRC:DEST with an absolute DEST, not '$add'"
  [[ -e $src ]] || die "--add: $src not found"
  mkdir -p "$stage$(dirname "$dest")"
  cp -a "$src" "$stage$dest"
done

# No /dev/console here: the kernel's built-in initramfs has one, and this archive is unpacked
# over it.
(cd "$stage" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) |
  gzip -1 >"$output.new"
mv -f "$output.new" "$output"
loaded=()
for rel in "${order[@]}"; do
  name=${rel##*/}
  loaded+=("${name%%.ko*}")
done
echo "${loaded[*]}"
