#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages nvme-cosim needs, but only the missing ones.
# Silent and exit 0 when everything is present; exit 1 naming what is missing otherwise.
set -euo pipefail

have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pc() { have_cmd pkg-config && pkg-config --exists "$1"; }
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()    # required packages
optional=()   # nice to have (clang-format for `make format`)

have_cmd verilator || missing+=(verilator)
have_pc systemc || [[ -f /usr/include/systemc.h ]] || missing+=(libsystemc-dev)
[[ -f /usr/include/gtest/gtest.h ]] || have_deb libgtest-dev || missing+=(libgtest-dev)
{ have_cmd gtkwave && have_cmd fst2vcd; } || missing+=(gtkwave)
have_pc libnvme || [[ -f /usr/include/nvme/types.h ]] || missing+=(libnvme-dev)
have_cmd yosys || missing+=(yosys)
have_cmd cmake || missing+=(cmake)
have_cmd g++ || missing+=(g++)
have_cmd pkg-config || missing+=(pkg-config)
have_cmd make || missing+=(make)
have_cmd python3 || missing+=(python3)  # test scripts (trace-event checks), make mutants
# The cluster.Kubernetes test reads the manifests of cluster/kubernetes.
have_deb python3-yaml || python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
have_cmd ccache || missing+=(ccache)    # rebuilds of barely changed Verilated models (CMakeLists)
have_cmd clang-format || optional+=(clang-format)

# `install-deps.sh linux` (make linux): what building and booting User-Mode Linux 6.12 and 6.1
# needs besides the above: the kernel sources, a static busybox for the guest, nvme-cli and fio
# run inside it (from the host's /: /usr/sbin/nvme, /usr/bin/fio), and the kernel build's own
# tools.
if [[ ${1:-} == linux ]]; then
  [[ -f /usr/src/linux-source-6.12.tar.xz ]] || missing+=(linux-source-6.12)
  [[ -f /usr/src/linux-source-6.1.tar.xz ]] || missing+=(linux-source-6.1)
  { [[ -x /bin/busybox ]] && ! readelf -l /bin/busybox 2>/dev/null | grep -q interpreter; } ||
    missing+=(busybox-static)
  have_cmd nvme || missing+=(nvme-cli)
  [[ -x /usr/bin/fio ]] || missing+=(fio)
  have_cmd flex || missing+=(flex)
  have_cmd bison || missing+=(bison)
  have_cmd bc || missing+=(bc)
  have_cmd xz || missing+=(xz-utils)
  have_cmd patch || missing+=(patch)
  have_cmd readelf || missing+=(binutils)
fi

# `install-deps.sh qemu` (make bench-qemu): QEMU as a yardstick for the UML boot
# (bench/qemu_yardstick.sh), and the hardware-in-the-loop guest (hil/run-guest.sh). QEMU
# itself, a static busybox and cpio for the initramfs, and what unpacks Debian's 6.12 kernel
# package, which scripts/debian-kernel.sh downloads itself (never installs).
if [[ ${1:-} == qemu ]]; then
  have_cmd qemu-system-x86_64 || missing+=(qemu-system-x86)
  { [[ -x /bin/busybox ]] && ! readelf -l /bin/busybox 2>/dev/null | grep -q interpreter; } ||
    missing+=(busybox-static)
  have_cmd readelf || missing+=(binutils)
  have_cmd cpio || missing+=(cpio)
  have_cmd xz || missing+=(xz-utils)
  have_cmd gzip || missing+=(gzip)
  # depmod writes the modules.dep the package lacks; /sbin is not on every user's PATH.
  [[ -x /usr/sbin/depmod || -x /sbin/depmod ]] || missing+=(kmod)
fi

# `install-deps.sh slurm` (make test-slurm): a single-node SLURM cluster on this machine
# (cluster/slurm/local-cluster.sh): the controller, the node daemon and the client commands
# (slurm-wlm), and munge, which authenticates them to each other. The packages' own services
# are never used: the script runs its own daemons on its own configuration under build/.
if [[ ${1:-} == slurm ]]; then
  # /usr/sbin is not on every user's PATH.
  have_sbin() { have_cmd "$1" || [[ -x /usr/sbin/$1 ]]; }
  { have_sbin slurmctld && have_sbin slurmd && have_cmd sbatch; } || missing+=(slurm-wlm)
  { have_sbin munged && have_sbin mungekey; } || missing+=(munge)
fi

if [[ ${#missing[@]} -eq 0 && ${#optional[@]} -eq 0 ]]; then
  exit 0
fi

# Run as root, or through sudo when we are not root and sudo exists.
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if have_cmd sudo; then
    sudo_cmd=(sudo)
  elif [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: optional package missing: ${optional[*]} (needed only for 'make format')" >&2
    exit 0
  else
    echo "install-deps: missing packages: ${missing[*]} ${optional[*]}" >&2
    echo "install-deps: not root and no sudo; run as root:" >&2
    echo "  apt-get install ${missing[*]} ${optional[*]}" >&2
    exit 1
  fi
fi

apt_install() {
  # env, not a prefix assignment: sudo would drop DEBIAN_FRONTEND.
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "$@"
}

echo "install-deps: installing ${missing[*]} ${optional[*]}" >&2
if ! "${sudo_cmd[@]}" apt-get update -qq; then
  echo "install-deps: apt-get update failed; missing packages: ${missing[*]} ${optional[*]}" >&2
  [[ ${#missing[@]} -eq 0 ]] && exit 0
  exit 1
fi

if [[ ${#missing[@]} -gt 0 ]] && ! apt_install "${missing[@]}"; then
  echo "install-deps: apt-get install failed; missing packages: ${missing[*]}" >&2
  exit 1
fi

# A failure here only costs 'make format', so it does not fail the build.
if [[ ${#optional[@]} -gt 0 ]] && ! apt_install "${optional[@]}"; then
  echo "install-deps: could not install optional ${optional[*]} ('make format' unavailable)" >&2
fi
exit 0
