#!/usr/bin/env bash
# System packages the qemu board tests need: qemu-system-x86 and qemu-system-arm
# (boot the kmemleak kernels of test/fixtures/hil-6.1 and hil-arm64-6.1),
# busybox-static (the x86 guest's userland and an ash to run the capture script
# on the host), the same static busybox built for arm64 (the arm64 guest's
# userland), shellcheck (lints the capture script) and cpio. (The cross
# binutils that read the arm64 .ko files come from setup-system.sh.) Installs only what is missing, so a developer machine that has them is
# untouched; CI starts from a clean Debian 12.
set -euo pipefail
# Where the foreign-architecture busybox binaries go (test/board reads them from here).
GUEST_DIR=${KLEAK_GATE_GUEST_DIR:-/usr/local/lib/kleak-gate}

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v qemu-system-aarch64 >/dev/null || need+=(qemu-system-arm)
# the guest needs the *static* busybox: a dynamic one has no libc in the initramfs
if ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed'; then
  need+=(busybox-static)
fi
command -v shellcheck >/dev/null || need+=(shellcheck)
command -v cpio >/dev/null || need+=(cpio)
command -v gzip >/dev/null || need+=(gzip)

# busybox-static of another Debian architecture, unpacked (not installed: it
# would replace the host's own busybox) to $GUEST_DIR/<arch>/bin/busybox.
foreign_busybox() {
  local arch=$1 dest="$GUEST_DIR/$1"
  [ -x "$dest/bin/busybox" ] && return 0
  if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
    dpkg --add-architecture "$arch"
    apt-get update -qq
  fi
  local d
  d=$(mktemp -d)
  chmod 755 "$d" # apt-get download fetches as the _apt user
  (cd "$d" && apt-get download -qq "busybox-static:$arch" >/dev/null)
  mkdir -p "$dest"
  dpkg-deb -x "$d"/busybox-static_*_"$arch".deb "$dest"
  rm -rf "$d"
}

missing_foreign=()
[ -x "$GUEST_DIR/arm64/bin/busybox" ] || missing_foreign+=(arm64)

if [ ${#need[@]} -gt 0 ] || [ ${#missing_foreign[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing system packages: ${need[*]} ${missing_foreign[*]/#/busybox-static:} (run this script as root)" >&2
    exit 1
  fi
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  for arch in "${missing_foreign[@]}"; do foreign_busybox "$arch"; done
fi
