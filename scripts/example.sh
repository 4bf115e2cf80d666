#!/usr/bin/env bash
# npm run example: the main job on the example shipped in the repository —
# the demo board's pull-request story (test/fixtures/hil-6.1, real reports of
# a 6.1 kmemleak kernel): v1 is the baseline's build, v2 adds a leak, v3
# fixes one. Prints what a kernel engineer sees; exits 0 when each verdict is
# the expected one.
set -u
cd "$(dirname "$0")/.."
runs=test/fixtures/hil-6.1/runs
mods=test/fixtures/hil-6.1/modules
status=0
for v in v1 v2 v3; do
  case $v in v2) want=1 ;; *) want=0 ;; esac
  echo "=== demo_wlan $v against baselines/demo-board.json (expect exit $want)"
  node dist/cli.js check "$runs/$v/report-after-rmmod.txt" \
    --kallsyms "$runs/$v/kallsyms-before-rmmod.txt" \
    --debug-info "$mods/$v" --module-sections "$runs/$v/module-sections.txt" \
    --baseline baselines/demo-board.json
  got=$?
  echo "=== exit $got"
  echo
  [ "$got" = "$want" ] || status=1
done
exit $status
