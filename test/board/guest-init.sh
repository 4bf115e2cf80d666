#!/bin/sh
# /init of the board test's initramfs: a driver test as a user's HIL job runs
# it, wrapped in the project's capture script (/bin/kleak-gate-capture), then
# the capture directory printed on the serial console (`kleak-gate-capture
# print`) for the host to unpack (`kleak-gate capture extract`).
#
# kleak.scenario= on the kernel command line:
#   v1 | v2 | v3   insmod demo_wlan of that version, let it run, snapshot, rmmod
#   v1-rawptr      v1 again, booted with no_hash_pointers: real addresses in the report
#   reload-v1      v1 twice in one boot (demo_filler takes the freed area in
#                  between, so the second load lands elsewhere)
#   kptr2          kptr_restrict=2 before the snapshot: kallsyms reads as zeros
#   plain          begin and end only (used with kmemleak=off)
export PATH=/bin:/sbin
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t debugfs debugfs /sys/kernel/debug
mount -t tmpfs tmpfs /tmp

SCEN=none
# words, not lines: the command line is one line of space-separated options
# shellcheck disable=SC2013
for arg in $(cat /proc/cmdline); do
  case $arg in kleak.scenario=*) SCEN=${arg#kleak.scenario=} ;; esac
done
CAP=/tmp/capture
MODS=/lib/modules/kleak

# Each step's exit status goes on the console; the host test asserts on it.
step() {
  kleak-gate-capture "$@"
  echo "BOARD-STEP $1 rc=$?"
}

load_run_snapshot_unload() {  # $1 = .ko
  insmod "$1" || echo "BOARD: insmod $1 failed"
  # the driver's main_thread works through its fake firmware traffic
  sleep 3
  step snapshot "$CAP" demo_wlan
  rmmod demo_wlan || echo "BOARD: rmmod failed"
}

echo "BOARD: scenario=$SCEN kernel=$(uname -r)"
step begin "$CAP"
case $SCEN in
  v1|v2|v3) load_run_snapshot_unload "$MODS/$SCEN/demo_wlan.ko" ;;
  v1-rawptr) load_run_snapshot_unload "$MODS/v1/demo_wlan.ko" ;;  # booted with no_hash_pointers
  reload-v1)
    load_run_snapshot_unload "$MODS/v1/demo_wlan.ko"
    insmod "$MODS/filler/demo_filler.ko"
    load_run_snapshot_unload "$MODS/v1/demo_wlan.ko"
    ;;
  kptr2)
    insmod "$MODS/v1/demo_wlan.ko"
    sleep 3
    echo 2 > /proc/sys/kernel/kptr_restrict
    step snapshot "$CAP" demo_wlan
    rmmod demo_wlan
    ;;
  plain) ;;
  *) echo "BOARD: unknown scenario $SCEN" ;;
esac
step end "$CAP"

# the capture on the console as the script prints it for LAVA jobs (printk
# quieted meanwhile); the host unpacks it with src/capture/extract.ts
kleak-gate-capture print "$CAP"
echo "BOARD-PRINT rc=$?"
# the serial port drains slowly under TCG: rebooting at once lets the
# kernel's "reboot:" line land inside the base64 block
sleep 2
sync
reboot -f
