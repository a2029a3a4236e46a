#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A 6.12 x86-64 kernel for hil/run-guest.sh --noiommu (docs/hil.md, "The QEMU guest"): vfio's
# unsafe no-IOMMU mode needs CONFIG_VFIO_NOIOMMU=y, which none of Debian's 6.12 kernels has.
# Built from Debian's linux-source-6.12 with x86_64_defconfig plus the options below, and laid
# out like Debian's package for --kernel-dir. About 20 minutes on two cores, 2.5 GB of disk;
# skipped while the source and this recipe are unchanged.
#
# Usage: hil/build-noiommu-kernel.sh [--build-dir DIR] [--jobs N]
#   --build-dir DIR  the project's build directory (default build); everything goes to
#                    DIR/hil-kernel
#   --jobs N         make's -j (default: nproc)
#
# DIR/hil-kernel/src   the kernel source, extracted once
# DIR/hil-kernel/obj   the objects and .config; build.log: make's output
# DIR/hil-kernel/tree  boot/vmlinuz-R, boot/config-R, lib/modules/R with modules.dep: pass it
#                      as hil/run-guest.sh --kernel-dir (printed on the last line)
set -euo pipefail

tarball=/usr/src/linux-source-6.12.tar.xz
# Bump when a change below changes what gets built.
recipe=1
# What x86_64_defconfig lacks for the guest: vfio with its no-IOMMU mode, the Intel IOMMU and
# interrupt remapping (the same kernel serves both modes), huge pages, the NVMe driver, and no
# debug info (it would triple the build).
options=(
  CONFIG_MODULES=y CONFIG_VFIO=m CONFIG_VFIO_PCI=m CONFIG_VFIO_NOIOMMU=y
  CONFIG_VFIO_IOMMU_TYPE1=m CONFIG_IOMMU_SUPPORT=y CONFIG_INTEL_IOMMU=y CONFIG_IRQ_REMAP=y
  CONFIG_HUGETLBFS=y CONFIG_BLK_DEV_NVME=m CONFIG_DEVTMPFS=y CONFIG_PCI_MSI=y
  CONFIG_SERIAL_8250=y CONFIG_SERIAL_8250_CONSOLE=y CONFIG_BLK_DEV_INITRD=y CONFIG_RD_GZIP=y
  CONFIG_DEBUG_INFO_NONE=y
)

say() { echo "noiommu-kernel: $*"; }
die() {
  echo "noiommu-kernel: error: $*" >&2
  exit 1
}

build_dir=build
jobs=$(nproc)
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir | --jobs)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      case $1 in
        --build-dir) build_dir=$2 ;;
        --jobs) jobs=$2 ;;
      esac
      shift 2
      ;;
    -h | --help)
      sed -n '/^# Usage:/,/^#$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *)
      echo "noiommu-kernel: unknown argument '$1'" >&2
      sed -n '/^# Usage:/,/^#$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
      exit 2
      ;;
  esac
done
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number, not '$jobs'"

missing=()
for cmd in make gcc flex bison bc tar xz perl flock; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
# libelf and libssl headers: objtool and the module signing tools need them on x86.
[[ -f /usr/include/libelf.h ]] || missing+=(libelf-dev)
[[ -f /usr/include/openssl/ssl.h ]] || missing+=(libssl-dev)
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing: ${missing[*]} (run: scripts/install-deps.sh linux; apt-get install libelf-dev" \
    "libssl-dev)"
[[ -f $tarball ]] || die "$tarball not found (run: scripts/install-deps.sh linux)"

mkdir -p "$build_dir/hil-kernel"
base=$(cd "$build_dir/hil-kernel" && pwd)
# Kbuild cannot handle these characters in its paths.
[[ $base != *[[:space:]:]* ]] || die "build directory '$base' contains a space or a colon"
src=$base/src
obj=$base/obj
tree=$base/tree
log=$obj/build.log
exec 9>"$base/.lock"
flock -n 9 || die "another build-noiommu-kernel.sh is running on $base"

key="recipe $recipe, $(stat -c '%s %Y' "$tarball") $tarball"
if [[ -f $tree/.stamp && $(cat "$tree/.stamp") == "$key" ]]; then
  say "up to date"
  echo "$tree"
  exit 0
fi

if [[ ! -f $src/.stamp || $(cat "$src/.stamp") != "$key" ]]; then
  say "extracting $(basename "$tarball") into $src"
  rm -rf "$src" "$src.tmp" "$obj"
  mkdir -p "$src.tmp"
  tar -xf "$tarball" -C "$src.tmp" --strip-components=1
  echo "$key" >"$src.tmp/.stamp"
  mv "$src.tmp" "$src"
fi

mkdir -p "$obj"
: >"$log"
kmake() {
  if ! make -C "$src" O="$obj" -j"$jobs" KBUILD_BUILD_USER=nvme-cosim KBUILD_BUILD_HOST=hil \
    "$@" >>"$log" 2>&1; then
    echo "noiommu-kernel: error: make $* failed; last lines of $log:" >&2
    tail -n 25 "$log" >&2
    exit 1
  fi
}
say "configuring and building in $obj (log: $log)"
kmake x86_64_defconfig
config_args=()
for opt in "${options[@]}"; do
  name=${opt%%=*}
  case ${opt#*=} in
    y) config_args+=(--enable "${name#CONFIG_}") ;;
    m) config_args+=(--module "${name#CONFIG_}") ;;
  esac
done
"$src/scripts/config" --file "$obj/.config" "${config_args[@]}"
kmake olddefconfig
# Kconfig silently drops an option whose dependencies are not met.
bad=()
for opt in "${options[@]}"; do
  grep -qxF "$opt" "$obj/.config" || bad+=("$opt")
done
[[ ${#bad[@]} -eq 0 ]] || die "Kconfig did not keep ${bad[*]} (a dependency is missing)"
kmake bzImage modules

release=$(make -s -C "$src" O="$obj" kernelrelease)
rm -rf "$tree.new" "$tree"
mkdir -p "$tree.new/boot"
cp "$obj/arch/x86/boot/bzImage" "$tree.new/boot/vmlinuz-$release"
cp "$obj/.config" "$tree.new/boot/config-$release"
kmake INSTALL_MOD_PATH="$tree.new" INSTALL_MOD_STRIP=1 modules_install
# modules_install links back to the build tree; the guest needs none of it.
rm -f "$tree.new/lib/modules/$release/build" "$tree.new/lib/modules/$release/source"
echo "$key" >"$tree.new/.stamp"
mv "$tree.new" "$tree"
say "kernel $release ready"
echo "$tree"
