#!/usr/bin/env bash
# System packages the tests need (binutils addr2line, llvm-symbolizer, xz, zstd, xmllint,
# the cross binutils that read the boards' and test objects' ELF machines:
# arm64, arm32, riscv64, ppc64/ppc64le — a few MB each — the pre-commit
# framework for the hook manifest test, and chromium for the comment's
# rendering test).
# Installs only what is missing, so a developer machine that has them is untouched.
set -euo pipefail
need=()
command -v addr2line >/dev/null || need+=(binutils)
command -v llvm-symbolizer >/dev/null || need+=(llvm)
for triple in aarch64-linux-gnu arm-linux-gnueabihf riscv64-linux-gnu powerpc64le-linux-gnu; do
  command -v "$triple-addr2line" >/dev/null || need+=("binutils-$triple")
done
command -v xz >/dev/null || need+=(xz-utils)
command -v zstd >/dev/null || need+=(zstd)
command -v git >/dev/null || need+=(git)
command -v pre-commit >/dev/null || need+=(pre-commit)
command -v xmllint >/dev/null || need+=(libxml2-utils)   # the JUnit XML test validates against the XSD
# Headless Chromium renders the PR comment with GitHub's CSS (test/render/comment-browser.test.ts).
command -v chromium >/dev/null || need+=(chromium)
# Its emoji font, for the README's screenshot of the comment (UPDATE=1 of that test).
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} (install them with apt-get)" >&2; exit 1
  fi
fi
