#!/bin/sh
# kleak-gate capture: run on the board, as root, around a driver test.
#
#   kleak-gate-capture.sh begin    DIR            before the test (before insmod)
#   kleak-gate-capture.sh snapshot DIR MODULE...  right before each rmmod
#   kleak-gate-capture.sh end      DIR            after the test (after rmmod)
#   kleak-gate-capture.sh print    DIR            the capture on standard output
#                                                 (serial console) as a text block
#
# Writes one capture directory (give it to `kleak-gate check --capture DIR`):
#   manifest.txt             key=value lines, appended by each step
#   report-before-begin.txt  what kmemleak held before `clear` (not the test's)
#   snapshot-N/              one per `snapshot`, in order: kallsyms.txt,
#                            modules.txt, sections/MODULE.txt, build-id/MODULE.hex
#   report.txt               /sys/kernel/debug/kmemleak after the test
#   dmesg-kmemleak.txt       the kernel log's kmemleak lines (errors included)
#
# `print` is for boards whose only way back is the serial console (LAVA, LKFT):
#   ===KLEAK-CAPTURE-BEGIN sha256=<of the .tar.gz> bytes=<its size>===
#   base64 of `tar -cz` of DIR's contents (names relative to DIR)
#   ===KLEAK-CAPTURE-END===
# and `kleak-gate capture extract LOG --to DIR` gets the directory back from
# the job log, checking the size and sha256 (a console that dropped or
# mangled a byte must not pass). The kernel's console log level is lowered
# to 1 while printing (when /proc/sys/kernel/printk is writable) so that
# kernel messages do not land inside the block, and restored after.
#
# Why a script and not a recipe: a removed module's frames can only be named
# from a /proc/kallsyms copy taken before rmmod, as root, in the same boot,
# and kmemleak only reports objects older than 5 s (MSECS_MIN_AGE) that a
# scan found unreferenced. Every step refuses (exit 1) rather than write a
# capture that would mislead; the manifest then carries an `error=` line so
# kleak-gate refuses it too. Exit 2 is a usage error.
#
# POSIX sh; runs under busybox ash. Needs: cat, grep, sed, od, tr, head, wc,
# sleep, mkdir, date, dmesg; for `print` also tar (with -z), base64, sha256sum,
# cut (busybox has them all).
#
# Environment (optional):
#   KLEAK_GATE_MIN_AGE_WAIT  seconds between the two scans (default 6, i.e.
#                            past kmemleak's 5 s MSECS_MIN_AGE)
#   KLEAK_GATE_SYSROOT       prefix for /proc and /sys (tests only)

KG_FORMAT=kleak-gate-capture/1
KG_ROOT=${KLEAK_GATE_SYSROOT:-}
KG_PROC=$KG_ROOT/proc
KG_SYS=$KG_ROOT/sys
KG_DEBUGFS=$KG_SYS/kernel/debug
KG_KMEMLEAK=$KG_DEBUGFS/kmemleak
KG_WAIT=${KLEAK_GATE_MIN_AGE_WAIT:-6}

say() { printf 'kleak-gate capture: %s\n' "$*" >&2; }

usage() {
  say "usage: $0 begin DIR | snapshot DIR MODULE... | end DIR | print DIR"
  exit 2
}

# One manifest line; newlines in a value would forge other keys, so drop them.
put() {
  printf '%s=%s\n' "$1" "$(printf '%s' "$2" | tr -d '\r\n')" >> "$KG_MANIFEST"
}

# Refuse, and leave the refusal in the manifest so that a capture directory
# copied off the board after a failed step is refused by kleak-gate as well.
fail() {
  [ -f "$KG_MANIFEST" ] && put error "$KG_STEP: $*"
  say "$KG_STEP: $*"
  exit 1
}

get() {  # last value of key $1 in the manifest
  sed -n "s/^$1=//p" "$KG_MANIFEST" | tail -n 1
}

# The kernel's own clock, in the unit of the `jiffies` field of a kmemleak
# record: /proc/timer_list prints it (CONFIG_PROC_FS; checked on 6.1 tinyconfig).
now_jiffies() {
  sed -n 's/^jiffies: *\([0-9][0-9]*\)$/\1/p' "$KG_PROC/timer_list" 2>/dev/null | head -n 1
}

boot_id() {
  cat "$KG_PROC/sys/kernel/random/boot_id" 2>/dev/null
}

count_objects() {
  grep -c '^unreferenced object' "$1"
}

# kmemleak reports an object only when a scan finds it unreferenced and it is
# older than MSECS_MIN_AGE (5 s): scan, wait past that, scan again. Writing
# "scan" fails (EPERM) once kmemleak has disabled itself.
scan_twice() {
  if echo scan > "$KG_KMEMLEAK" && sleep "$KG_WAIT" && echo scan > "$KG_KMEMLEAK"; then
    return 0
  fi
  save_dmesg
  fail "writing 'scan' to $KG_KMEMLEAK failed: kmemleak is disabled (see $KG_DIR/dmesg-kmemleak.txt)"
}

# kmemleak says in the log when it gave up (pool empty, disabled): such a
# report is incomplete, and kleak-gate refuses it from these lines.
save_dmesg() {
  if dmesg > "$KG_DIR/dmesg.tmp" 2>/dev/null; then
    grep -i 'kmemleak' "$KG_DIR/dmesg.tmp" > "$KG_DIR/dmesg-kmemleak.txt"
    put dmesg dmesg-kmemleak.txt
  else
    put dmesg unavailable
  fi
  rm -f "$KG_DIR/dmesg.tmp"
}

# An empty file is a valid report (no leaks), so only the read's status says
# whether it worked.
read_report() {
  cat "$KG_KMEMLEAK" > "$1" || fail "reading $KG_KMEMLEAK failed"
}

same_boot() {
  now=$(boot_id)
  was=$(get boot_id)
  [ -n "$now" ] || fail "cannot read $KG_PROC/sys/kernel/random/boot_id"
  [ "$now" = "$was" ] || fail "the board rebooted since 'begin' (boot id $was, now $now): start again with 'begin' in a new directory"
}

cmd_begin() {
  [ -e "$KG_MANIFEST" ] && { say "begin: $KG_DIR already holds a capture; use a new directory"; exit 1; }
  mkdir -p "$KG_DIR" || { say "begin: cannot create $KG_DIR"; exit 1; }
  : > "$KG_MANIFEST" || { say "begin: cannot write $KG_MANIFEST"; exit 1; }
  put format "$KG_FORMAT"
  put kernel_release "$(cat "$KG_PROC/sys/kernel/osrelease" 2>/dev/null)"
  id=$(boot_id)
  [ -n "$id" ] || fail "cannot read $KG_PROC/sys/kernel/random/boot_id"
  put boot_id "$id"
  put kernel_cmdline "$(cat "$KG_PROC/cmdline" 2>/dev/null)"
  put kptr_restrict "$(cat "$KG_PROC/sys/kernel/kptr_restrict" 2>/dev/null)"
  put begin_time "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  if [ ! -e "$KG_KMEMLEAK" ] && [ -z "$KG_ROOT" ]; then
    mount -t debugfs debugfs "$KG_DEBUGFS" 2>/dev/null
  fi
  if [ ! -e "$KG_KMEMLEAK" ]; then
    put kmemleak absent
    fail "no $KG_KMEMLEAK: the kernel lacks CONFIG_DEBUG_KMEMLEAK, debugfs is not mounted, or this is not root"
  fi
  if ! cat "$KG_KMEMLEAK" > /dev/null; then
    put kmemleak unreadable
    fail "cannot read $KG_KMEMLEAK (are you root?)"
  fi
  # Leaks from before the test are not the test's: report them, then `clear`
  # marks them so they are not reported again. Only objects that a scan has
  # already found (and older than 5 s) can be cleared, hence scan_twice first.
  scan_twice
  read_report "$KG_DIR/report-before-begin.txt"
  echo clear > "$KG_KMEMLEAK" || fail "writing 'clear' to $KG_KMEMLEAK failed"
  put kmemleak enabled
  put begin_report report-before-begin.txt
  put begin_report_objects "$(count_objects "$KG_DIR/report-before-begin.txt")"
  put begin_jiffies "$(now_jiffies)"
  put begin_uptime "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
}

# A kallsyms read without root (or with kptr_restrict=2) has only zero
# addresses and would name every raw frame wrongly: refuse it.
kallsyms_has_addresses() {
  grep -q '^0*[1-9a-fA-F][0-9a-fA-F]* ' "$1"
}

snapshot_module() {  # $1 = module name as /sys/module spells it, $2 = snapshot dir
  m=$1
  sd=$2
  [ -d "$KG_SYS/module/$m/sections" ] || fail "module $m is not loaded (no $KG_SYS/module/$m/sections): take the snapshot before rmmod"
  {
    for f in "$KG_SYS/module/$m/sections"/.* "$KG_SYS/module/$m/sections"/*; do
      [ -f "$f" ] || continue
      printf '%s %s\n' "${f##*/}" "$(cat "$f")"
    done
  } > "$sd/sections/$m.txt" || fail "cannot read $KG_SYS/module/$m/sections (are you root?)"
  grep -q '^\.text 0x0*[1-9a-fA-F]' "$sd/sections/$m.txt" || fail "$KG_SYS/module/$m/sections/.text is missing or zero (are you root?)"
  note=$KG_SYS/module/$m/notes/.note.gnu.build-id
  if [ -f "$note" ]; then
    od -An -v -tx1 "$note" | tr -d ' \n' > "$sd/build-id/$m.hex" || fail "cannot read $note"
  fi
  syms=$(grep -c "[[:space:]]\[$m\]\$" "$sd/kallsyms.txt")
  [ "$syms" -gt 0 ] || fail "no symbol of module $m in /proc/kallsyms"
  printf '%s' "$syms"
}

cmd_snapshot() {
  [ -f "$KG_MANIFEST" ] || { say "snapshot: no $KG_MANIFEST: run 'begin $KG_DIR' first"; exit 1; }
  [ -n "$(get complete)" ] && fail "the capture has ended; start a new one"
  same_boot
  n=1
  while [ -e "$KG_DIR/snapshot-$n" ]; do n=$((n + 1)); done
  sd=$KG_DIR/snapshot-$n
  mkdir -p "$sd/sections" "$sd/build-id" || fail "cannot create $sd"
  cat "$KG_PROC/kallsyms" > "$sd/kallsyms.txt" || fail "cannot read $KG_PROC/kallsyms"
  if ! kallsyms_has_addresses "$sd/kallsyms.txt"; then
    fail "$KG_PROC/kallsyms has only zero addresses (kptr_restrict=$(cat "$KG_PROC/sys/kernel/kptr_restrict" 2>/dev/null)): run as root with kernel.kptr_restrict 0 or 1"
  fi
  cat "$KG_PROC/modules" > "$sd/modules.txt" || fail "cannot read $KG_PROC/modules"
  mods=
  counts=
  for arg in "$@"; do
    # /sys/module spells every module with '_', whatever insmod was given
    m=$(printf '%s' "$arg" | tr - _)
    case $m in ''|*[!A-Za-z0-9_]*) fail "bad module name '$arg'" ;; esac
    c=$(snapshot_module "$m" "$sd") || exit 1
    mods="$mods${mods:+ }$m"
    counts="$counts${counts:+ }$m:$c"
  done
  # Taken last, so everything the loaded module did before the snapshot is
  # at or before this moment; an object's jiffies then names its load.
  j=$(now_jiffies)
  put "snapshot.$n.dir" "snapshot-$n"
  put "snapshot.$n.boot_id" "$(boot_id)"
  put "snapshot.$n.modules" "$mods"
  put "snapshot.$n.module_symbols" "$counts"
  put "snapshot.$n.jiffies" "$j"
  put "snapshot.$n.uptime" "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
  put "snapshot.$n.time" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  say "snapshot-$n: $counts symbols, jiffies $j"
}

cmd_end() {
  [ -f "$KG_MANIFEST" ] || { say "end: no $KG_MANIFEST: run 'begin $KG_DIR' first"; exit 1; }
  [ -n "$(get complete)" ] && fail "the capture has already ended"
  same_boot
  scan_twice
  read_report "$KG_DIR/report.txt"
  put report report.txt
  put end_boot_id "$(boot_id)"
  put end_jiffies "$(now_jiffies)"
  put end_uptime "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
  put end_time "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  put report_objects "$(count_objects "$KG_DIR/report.txt")"
  save_dmesg
  # Both scans were accepted, so kmemleak was still on when the report was
  # read (a disabled kmemleak refuses "scan" but still lets the file be read,
  # as 6.1 does with kmemleak=off).
  put kmemleak_end enabled
  put complete yes
  say "done: $(get report_objects) objects in $KG_DIR/report.txt"
}

# The block goes to standard output, so nothing else may: messages go to stderr.
cmd_print() {
  [ -f "$KG_MANIFEST" ] || { say "print: no $KG_MANIFEST: not a capture directory"; exit 1; }
  tgz=${TMPDIR:-/tmp}/kleak-gate-print.$$.tgz
  # names relative to DIR (manifest.txt, snapshot-1/...), so that the
  # extracted directory is the capture directory itself
  if ! (cd "$KG_DIR" && tar -czf "$tgz" -- *); then
    rm -f "$tgz"
    say "print: cannot archive $KG_DIR"
    exit 1
  fi
  sum=$(sha256sum < "$tgz" | cut -d' ' -f1)
  size=$(wc -c < "$tgz" | tr -d ' ')
  printk=$KG_PROC/sys/kernel/printk
  level=
  if [ -w "$printk" ]; then
    level=$(cat "$printk" 2>/dev/null)
    echo 1 > "$printk" 2>/dev/null || level=
  fi
  echo "===KLEAK-CAPTURE-BEGIN sha256=$sum bytes=$size==="
  base64 < "$tgz"
  rc=$?
  echo "===KLEAK-CAPTURE-END==="
  # the four numbers as read ("4 4 1 7"): the kernel takes them back as one write
  [ -n "$level" ] && echo "$level" > "$printk"
  rm -f "$tgz"
  [ "$rc" -eq 0 ] || { say "print: base64 failed"; exit 1; }
  say "print: $size bytes (sha256 $sum) printed"
}

[ $# -ge 2 ] || usage
KG_STEP=$1
KG_DIR=$2
KG_MANIFEST=$KG_DIR/manifest.txt
shift 2
case $KG_STEP in
  begin) [ $# -eq 0 ] || usage; cmd_begin ;;
  snapshot) [ $# -ge 1 ] || usage; cmd_snapshot "$@" ;;
  end) [ $# -eq 0 ] || usage; cmd_end ;;
  print) [ $# -eq 0 ] || usage; cmd_print ;;
  *) usage ;;
esac
