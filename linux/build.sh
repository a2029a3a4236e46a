#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make linux: builds the User-Mode Linux kernels (6.12 stock and patched, 6.1) and the guest's
# root directory that run the real NVMe driver against nvme-cosim (docs/linux.md).
# Usage: linux/build.sh [BUILD_DIR]   (default build/linux; JOBS=n sets make's -j, default nproc)
#
# BUILD_DIR/src      Debian's linux-source-6.12, extracted once, kept unpatched between runs
# BUILD/stock/linux  6.12 as released, configured from allnoconfig + linux/uml.config
# BUILD/ordered/linux  the same kernel with linux/patches/*.patch applied: a copy of stock's
#                    object directory rebuilt incrementally (only patched files and the link)
# BUILD/src-6.1      Debian's linux-source-6.1, extracted once, never patched
# BUILD/6.1/linux    6.1 as released, same configuration: the sequential-scan baseline
# BUILD/root         the guest's hostfs root: static busybox, its applet links, /init
# BUILD/*.log        full output of each step
# Every step keeps a stamp holding the hash of its inputs and is skipped while they are unchanged.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tarball=/usr/src/linux-source-6.12.tar.xz
tarball_61=/usr/src/linux-source-6.1.tar.xz
fragment=$repo/linux/uml.config
patch_dir=$repo/linux/patches
init_script=$repo/linux/init
busybox=/bin/busybox
jobs=${JOBS:-$(nproc)}
# Bump when a change to this script changes what gets built (the stamps do not hash the script).
recipe=1

say() { echo "linux: $*"; }
die() {
  echo "linux: error: $*" >&2
  exit 1
}

# --- Preconditions, each with the fix in the message ---
missing=()
for cmd in make gcc flex bison bc tar xz patch sha256sum readelf flock; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[[ ${#missing[@]} -eq 0 ]] ||
  die "missing commands: ${missing[*]} (run: scripts/install-deps.sh linux)"
for t in "$tarball" "$tarball_61"; do
  [[ -f $t ]] || die "$t not found (run: scripts/install-deps.sh linux)"
done
[[ -x $busybox ]] || die "$busybox not found (run: scripts/install-deps.sh linux)"
# The guest root holds busybox alone: a dynamically linked one would find no libraries there.
if LC_ALL=C readelf -l "$busybox" | grep -q 'program interpreter'; then
  die "$busybox is dynamically linked; the guest needs busybox-static" \
    "(run: scripts/install-deps.sh linux)"
fi
[[ -f $fragment ]] || die "$fragment not found"
[[ -f $init_script ]] || die "$init_script not found"

build=${1:-build/linux}
mkdir -p "$build"
build=$(cd "$build" && pwd)
# Kbuild cannot handle these characters in its paths.
[[ $build != *[[:space:]:]* ]] || die "build directory '$build' contains a space or a colon"
src=$build/src
stock=$build/stock
ordered=$build/ordered
src_61=$build/src-6.1
k61=$build/6.1
root=$build/root
# Copies of the patches currently applied to $src, in order: what to reverse after a crash.
applied=$build/applied-patches

# One build.sh at a time per build directory: they share the source tree.
exec 9>"$build/.lock"
flock -n 9 || die "another linux/build.sh is running on $build"

hash_text() { sha256sum | cut -d' ' -f1; }
hash_file() { sha256sum <"$1" | cut -d' ' -f1; }
stamp_ok() { [[ -f $1/.nvmecosim-stamp && $(cat "$1/.nvmecosim-stamp") == "$2" ]]; }

# Runs make on a kernel tree with its output in LOG; on failure shows the log's end and stops.
# The environment gets build_env (set per kernel below).
build_env=()
kmake() { # LOG SRCDIR OBJDIR [VAR=value...] TARGET
  local log=$1 tree=$2 obj=$3
  shift 3
  if ! env "${build_env[@]}" make -C "$tree" O="$obj" ARCH=um -j"$jobs" "$@" >>"$log" 2>&1; then
    echo "linux: error: make ${*: -1} failed; last lines of $log:" >&2
    tail -n 25 "$log" >&2
    exit 1
  fi
}

# Reverses the patches listed in $applied (newest first), leaving $src as released.
unpatch_source() {
  [[ -d $applied ]] || return 0
  local list i
  shopt -s nullglob
  list=("$applied"/*.patch)
  shopt -u nullglob
  for ((i = ${#list[@]} - 1; i >= 0; i--)); do
    if patch -d "$src" -p1 -R --dry-run -s --batch --fuzz=0 <"${list[i]}" >/dev/null 2>&1; then
      patch -d "$src" -p1 -R -s --batch --fuzz=0 --no-backup-if-mismatch <"${list[i]}" \
        >>"$build/ordered.log" 2>&1
    elif ! patch -d "$src" -p1 --dry-run -s --batch --fuzz=0 <"${list[i]}" >/dev/null 2>&1; then
      # Neither applied (killed between recording and applying it is fine) nor reversible.
      die "$src is neither patched nor clean for ${list[i]}; delete $build and build again"
    fi
    rm -f "${list[i]}"
  done
  rmdir "$applied"
}
# A run that was interrupted while the tree was patched: restore it first, and on any exit.
unpatch_source
trap unpatch_source EXIT

# What identifies a source tarball: a new Debian upload changes its size or time.
source_id() { echo "$(stat -c '%s %Y' "$1") $1"; }

# Extracts TARBALL into SRCDIR unless its stamp says it already holds it.
extract_source() { # TARBALL SRCDIR OBJDIR...   (the object directories built from SRCDIR)
  local tarball=$1 tree=$2 id
  shift 2
  id=$(source_id "$tarball")
  stamp_ok "$tree" "$id" && return 0
  say "extracting $(basename "$tarball") into $tree"
  # New source: every object built from the old one is stale.
  rm -rf "$tree" "$tree.tmp" "$@"
  mkdir -p "$tree.tmp"
  tar -xf "$tarball" -C "$tree.tmp" --strip-components=1
  mv "$tree.tmp" "$tree"
  echo "$id" >"$tree/.nvmecosim-stamp"
  did=1
}

# Identical banners on every machine ("Linux version 6.12.x (nvme-cosim@stock) #1 ..."), and the
# console says which kernel booted. Only init/version.o depends on these.
set_build_env() { # NAME TARBALL
  build_env=(KBUILD_BUILD_USER=nvme-cosim KBUILD_BUILD_HOST="$1" KBUILD_BUILD_VERSION=1
    KBUILD_BUILD_TIMESTAMP="$(date -u -d "@$(stat -c %Y "$2")")")
}

# Every line of the fragment must hold in .config: Kconfig silently drops a value whose
# dependencies are not met.
check_config() { # CONFIG_FILE
  local line sym bad=()
  while IFS= read -r line; do
    case $line in
      CONFIG_*=*)
        grep -qxF -- "$line" "$1" || bad+=("$line") ;;
      "# CONFIG_"*" is not set")
        sym=${line#\# }
        sym=${sym%% *}
        ! grep -q "^$sym=" "$1" || bad+=("$line") ;;
    esac
  done <"$fragment"
  if [[ ${#bad[@]} -gt 0 ]]; then
    echo "linux: error: linux/uml.config asks for what Kconfig did not keep (a dependency" \
      "is missing): ${bad[*]}" >&2
    exit 1
  fi
}

# The stamp key of a kernel configured from the fragment alone and built from TARBALL's source.
plain_kernel_key() { # TARBALL
  (echo "recipe $recipe" && source_id "$1" && hash_file "$fragment") | hash_text
}

# A kernel as released: allnoconfig + the fragment, checked, built. KEY is its stamp; DEPENDENT
# object directories (built from this one) lose their stamps when it is rebuilt.
build_plain_kernel() { # NAME TARBALL SRCDIR OBJDIR KEY [DEPENDENT...]
  local name=$1 tarball=$2 tree=$3 obj=$4 key=$5 dep log=$build/$1.log
  shift 5
  stamp_ok "$obj" "$key" && return 0
  say "building the $name kernel in $obj (log: $log)"
  rm -f "$obj/.nvmecosim-stamp"
  for dep in "$@"; do rm -f "$dep/.nvmecosim-stamp"; done
  mkdir -p "$obj"
  : >"$log"
  # allnoconfig with the fragment as the forced values. On an existing object directory this
  # rewrites .config and kbuild rebuilds what the changed options touch.
  kmake "$log" "$tree" "$obj" KCONFIG_ALLCONFIG="$fragment" allnoconfig
  check_config "$obj/.config"
  set_build_env "$name" "$tarball"
  kmake "$log" "$tree" "$obj" linux
  echo "$key" >"$obj/.nvmecosim-stamp"
  did=1
}

# --- 1. Linux 6.12 as released: the stock kernel ---
extract_source "$tarball" "$src" "$stock" "$ordered"
stock_key=$(plain_kernel_key "$tarball")
build_plain_kernel stock "$tarball" "$src" "$stock" "$stock_key" "$ordered"

# --- 2. The ordered kernel: stock + linux/patches/*.patch ---
shopt -s nullglob
patches=("$patch_dir"/*.patch)
shopt -u nullglob
ordered_key=$( (echo "$stock_key" && for p in "${patches[@]}"; do
  echo "$(basename "$p") $(hash_file "$p")"
done) | hash_text)
if ! stamp_ok "$ordered" "$ordered_key"; then
  say "building the ordered kernel in $ordered, ${#patches[@]} patch(es) (log: $build/ordered.log)"
  : >"$build/ordered.log"
  # Start from stock's finished objects, timestamps kept: make then recompiles only what the
  # patches change (their files are newer than stock's objects) and relinks.
  rm -rf "$ordered"
  cp -a "$stock" "$ordered"
  rm -f "$ordered/.nvmecosim-stamp"
  mkdir -p "$applied"
  i=0
  for p in "${patches[@]}"; do
    name=$(printf '%03d-%s' "$i" "$(basename "$p")")
    if ! patch -d "$src" -p1 --dry-run -s --batch --fuzz=0 <"$p" >>"$build/ordered.log" 2>&1; then
      echo "linux: error: $p does not apply to $src (patch -p1, no fuzz):" >&2
      tail -n 15 "$build/ordered.log" >&2
      exit 1
    fi
    cp "$p" "$applied/$name"
    patch -d "$src" -p1 -s --batch --fuzz=0 --no-backup-if-mismatch <"$p" \
      >>"$build/ordered.log" 2>&1
    i=$((i + 1))
  done
  set_build_env ordered "$tarball"
  kmake "$build/ordered.log" "$src" "$ordered" linux
  # The shared tree goes back to the release, so stock stays buildable from it.
  unpatch_source
  echo "$ordered_key" >"$ordered/.nvmecosim-stamp"
  did=1
fi

# --- 3. Linux 6.1 as released: scans namespaces one at a time, the sequential baseline ---
extract_source "$tarball_61" "$src_61" "$k61"
build_plain_kernel 6.1 "$tarball_61" "$src_61" "$k61" "$(plain_kernel_key "$tarball_61")"

# --- 4. The guest's root directory ---
root_key=$( (echo "recipe $recipe" && hash_file "$init_script" && hash_file "$busybox") | hash_text)
if ! stamp_ok "$root" "$root_key"; then
  say "preparing the guest root in $root"
  rm -rf "$root"
  mkdir -p "$root/bin"
  cp "$busybox" "$root/bin/busybox"
  # Applet links made here, so the guest can mount its root read-only.
  for applet in $("$busybox" --list); do
    [[ $applet == busybox ]] || ln -s busybox "$root/bin/$applet"
  done
  install -m 755 "$init_script" "$root/init"
  # Mount points: /out receives results, /host the host's / (nvme-cli).
  mkdir "$root/proc" "$root/sys" "$root/dev" "$root/tmp" "$root/out" "$root/host"
  echo "$root_key" >"$root/.nvmecosim-stamp"
  did=1
fi

if [[ -z ${did:-} ]]; then
  say "up to date: $stock/linux, $ordered/linux, $k61/linux, $root"
fi
