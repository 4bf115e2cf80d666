#!/usr/bin/env bash
# System packages the qemu board test needs: qemu-system-x86 (boots the
# kmemleak kernel), busybox-static (the guest's userland and an ash to run
# the capture script on the host), shellcheck (lints the capture script) and
# cpio (packs the initramfs). Installs only what is missing, so a developer
# machine that has them is untouched; CI starts from a clean Debian.
set -euo pipefail
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
# the guest needs the *static* busybox: a dynamic one has no libc in the initramfs
if ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed'; then
  need+=(busybox-static)
fi
command -v shellcheck >/dev/null || need+=(shellcheck)
command -v cpio >/dev/null || need+=(cpio)
command -v gzip >/dev/null || need+=(gzip)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} (install them with apt-get)" >&2; exit 1
  fi
fi
