#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Debian's own 6.12 amd64 kernel for the QEMU guests (bench/qemu_yardstick.sh, hil/run-guest.sh):
# downloaded with apt-get download and unpacked with dpkg-deb -x once, into a cache both share;
# never installed, so /boot and the initramfs hooks are left alone.
#
# Usage: scripts/debian-kernel.sh [--build-dir DIR] [--kernel-package PKG]
#   --build-dir DIR       the project's build directory (default build); the cache is
#                         DIR/debian-kernel
#   --kernel-package PKG  a Debian kernel image package (default: the unsigned image behind
#                         linux-image-6.12-amd64, e.g. linux-image-6.12.117+deb12-amd64-unsigned)
#
# Prints shell assignments for the caller to eval (values quoted with printf %q):
#   kernel_package  the package's name
#   kernel_version  its kernel release, e.g. 6.12.117+deb12-amd64
#   kernel_dir      the unpacked package
#   kernel_vmlinuz  kernel_dir/boot/vmlinuz-<release>
#   kernel_modules  kernel_dir/lib/modules/<release>, with a modules.dep made by depmod
# Progress and errors go to stderr; exit 1 on failure with the fix in the message.
#
# DIR/debian-kernel/<package>  one unpacked package each (delete one to fetch it again)
# DIR/debian-kernel/default    the package the default resolved to when first fetched; kept, so
#                              that later runs use the same kernel until it is deleted (then
#                              the newest one apt knows is taken)
set -euo pipefail

# Debian keeps depmod under /sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin

say() { echo "debian-kernel: $*" >&2; }
die() {
  echo "debian-kernel: error: $*" >&2
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

build_dir=build
kernel_package=
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --kernel-package)
      [[ $# -ge 2 ]] || usage error
      case $1 in
        --build-dir) build_dir=$2 ;;
        --kernel-package) kernel_package=$2 ;;
      esac
      shift 2
      ;;
    -h | --help) usage ;;
    *)
      echo "debian-kernel: unknown argument '$1'" >&2
      usage error
      ;;
  esac
done
# A package name becomes a directory name: no slashes, no dot-dot tricks.
if [[ -n $kernel_package && ! $kernel_package =~ ^[a-z0-9][a-z0-9.+-]*$ ]]; then
  die "--kernel-package '$kernel_package' is not a Debian package name"
fi

missing=()
for cmd in apt-get apt-cache dpkg-deb depmod flock; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing commands: ${missing[*]} (run: scripts/install-deps.sh qemu)"

mkdir -p "$build_dir/debian-kernel"
cache=$(cd "$build_dir/debian-kernel" && pwd)

# One fetch at a time: a second caller waits for the first's download and then uses it.
exec 9>"$cache/.lock"
if ! flock -n 9; then
  say "waiting for another fetch into $cache"
  flock -w 1800 9 || die "another fetch into $cache held its lock for 30 minutes (is it stuck?)"
fi

default_file=$cache/default
remember_default=false
if [[ -z $kernel_package ]]; then
  if [[ -f $default_file && -d $cache/$(cat "$default_file") ]]; then
    kernel_package=$(cat "$default_file")
  else
    # The meta package names the signed image of the current 6.12 release; the unsigned
    # image holds the same kernel without the Secure Boot signature. apt-cache reads the
    # local package lists only: no network here.
    signed=$(apt-cache depends linux-image-6.12-amd64 2>/dev/null |
      sed -n 's/^ *Depends: \(linux-image-6\.12\.[^ ]*-amd64\)$/\1/p' | head -n 1)
    [[ -n $signed ]] ||
      die "apt knows no linux-image-6.12-amd64 (run: apt-get update; or pass --kernel-package)"
    kernel_package=$signed-unsigned
    remember_default=true
  fi
fi

kernel_dir=$cache/$kernel_package
# Unpacked into <package>.new and renamed when complete: a directory named after the package
# is always a whole one, and a failed or interrupted fetch leaves nothing half-made behind.
if [[ ! -d $kernel_dir ]]; then
  say "fetching $kernel_package (downloaded and unpacked into $cache, not installed)"
  start=$(date +%s)
  new=$kernel_dir.new
  download=$cache/download
  rm -rf "$new" "$download"
  mkdir -p "$download"
  # As root, apt would hand the download to its unprivileged _apt user, who cannot write here.
  apt_opts=()
  [[ $(id -u) -ne 0 ]] || apt_opts=(-o APT::Sandbox::User=root)
  (cd "$download" && apt-get download -q "${apt_opts[@]}" "$kernel_package" >&2) ||
    die "apt-get download $kernel_package failed (run: apt-get update; check the name with" \
      "apt-cache search linux-image-6.12)"
  debs=("$download"/*.deb)
  [[ -f ${debs[0]} ]] || die "apt-get download left no .deb in $download"
  dpkg-deb -x "${debs[0]}" "$new"
  rm -rf "$download"
  kver_dirs=("$new"/lib/modules/*)
  [[ -d ${kver_dirs[0]} ]] || {
    rm -rf "$new"
    die "$kernel_package holds no lib/modules: not a kernel image package?"
  }
  # The package carries no modules.dep (its postinst makes it): made here, in the unpacked tree.
  depmod -b "$new" "${kver_dirs[0]##*/}"
  echo "$kernel_package" >"$new/.package"
  mv -T "$new" "$kernel_dir"
  say "setup (download, unpack, depmod) took $(($(date +%s) - start)) s"
fi
if $remember_default; then
  echo "$kernel_package" >"$default_file.new"
  mv -f "$default_file.new" "$default_file"
fi

kver_dirs=("$kernel_dir"/lib/modules/*)
[[ -d ${kver_dirs[0]} ]] || die "no lib/modules in $kernel_dir (delete it to fetch again)"
kernel_version=${kver_dirs[0]##*/}
kernel_modules=$kernel_dir/lib/modules/$kernel_version
kernel_vmlinuz=$kernel_dir/boot/vmlinuz-$kernel_version
[[ -f $kernel_vmlinuz ]] || die "$kernel_vmlinuz not found (delete $kernel_dir to fetch again)"
[[ -f $kernel_modules/modules.dep ]] ||
  die "$kernel_modules/modules.dep not found (delete $kernel_dir to fetch again)"

for var in kernel_package kernel_version kernel_dir kernel_vmlinuz kernel_modules; do
  printf '%s=%q\n' "$var" "${!var}"
done
