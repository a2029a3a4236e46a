# SPDX-License-Identifier: Apache-2.0
# The guest half of hil.Vfio (check_vfio.sh): run by hil/run-guest.sh's /init as busybox sh,
# with QEMU's NVMe controller at $HIL_BDF on vfio-pci. Every command's output, JSON, exit status
# and error go to $HIL_OUT for the host to check; this script judges nothing itself.

cd "$HIL_OUT" || exit 1
# NAME COMMAND...: stdout to NAME.out, stderr to NAME.err, the exit status to NAME.rc.
record() {
  name=$1
  shift
  "$@" >"$name.out" 2>"$name.err"
  echo $? >"$name.rc"
}
config_command() { # the PCI command register, as hex
  dd if="/sys/bus/pci/devices/$HIL_BDF/config" bs=2 skip=2 count=1 2>/dev/null | od -An -tx2 |
    tr -d ' '
}
config_command >command-before

# Refused before anything is touched: no access to the group, not NVMe, a simulation option.
echo 'nobody:x:65534:65534:nobody:/:/bin/sh' >>/etc/passwd
record no-access su nobody -s /bin/sh -c "nvme-cosim scan --vfio $HIL_BDF"
record not-nvme nvme-cosim scan --vfio 0000:00:00.0
record sim-option nvme-cosim scan --vfio "$HIL_BDF" --latency fixed:1ms

# Every strategy, each a process of its own (the group is opened and closed each time).
for strategy in sequential async ordered nsid; do
  record "scan-$strategy" nvme-cosim scan --vfio "$HIL_BDF" --strategy "$strategy" \
    --json "scan-$strategy.json" --cmd-log "scan-$strategy.cmd" --trace-events "scan-$strategy.trace"
done
record compare nvme-cosim compare --vfio "$HIL_BDF" --seeds 2 --json compare.json
# Written and read back, on two queues: data through DMA both ways, MSI-X per queue.
record io nvme-cosim io --vfio "$HIL_BDF" --rw randrw --verify --bs 8k --iodepth 4 --queues 2 \
  --size 1m --json io.json

# Left as found: still on vfio-pci, the command register as before.
basename "$(readlink "/sys/bus/pci/devices/$HIL_BDF/driver")" >driver-after
config_command >command-after

# Handed back to Linux's own driver, which must find every namespace.
echo "$HIL_BDF" >/sys/bus/pci/drivers/vfio-pci/unbind
record unbound nvme-cosim scan --vfio "$HIL_BDF"
echo >"/sys/bus/pci/devices/$HIL_BDF/driver_override"
echo "$HIL_BDF" >/sys/bus/pci/drivers_probe
record bound-to-nvme nvme-cosim scan --vfio "$HIL_BDF"
expected=$(echo $HIL_NAMESPACES | wc -w)
i=0
while [ "$i" -lt 100 ]; do
  set -- /sys/block/nvme0n*
  [ -e "$1" ] && [ "$#" -ge "$expected" ] && break
  i=$((i + 1))
  usleep 100000
done
for dev in /sys/block/nvme0n*; do
  [ -e "$dev" ] && echo "$(cat "$dev/nsid") $(cat "$dev/size")"
done >linux-namespaces
exit 0
