// Where the board test finds things: the repository root, and the hil-6.1
// kernel and modules: the copies in test/fixtures/hil-6.1 (bzImage, the demo
// .ko files), unless KLEAK_GATE_HIL_DIR says where a workflow put others.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const hil = process.env.KLEAK_GATE_HIL_DIR ? resolve(process.env.KLEAK_GATE_HIL_DIR) : join(repoRoot, 'test', 'fixtures', 'hil-6.1');
export const kernelImage = join(hil, 'kernel', 'bzImage');
export const moduleKo = (version: string): string =>
  join(hil, 'modules', version, version === 'filler' ? 'demo_filler.ko' : 'demo_wlan.ko');
export const captureScript = join(repoRoot, 'src', 'capture', 'kleak-gate-capture.sh');
export const guestInit = join(repoRoot, 'test', 'board', 'guest-init.sh');
export const fixtureRuns = join(repoRoot, 'test', 'fixtures', 'hil-6.1', 'runs');

/** The arm64 board (hil-arm64-6.1): its Image.gz and .ko.xz files, booted under qemu-system-aarch64. */
export const hilArm64 = join(repoRoot, 'test', 'fixtures', 'hil-arm64-6.1');
export const arm64Kernel = join(hilArm64, 'kernel', 'Image.gz');
export const arm64Ko = (version: string): string =>
  join(hilArm64, 'modules', version, version === 'filler' ? 'demo_filler.ko.xz' : 'demo_wlan.ko.xz');
/** Debian's busybox-static:arm64, unpacked there by scripts/setup-board.sh (it can't be installed beside the host's own). */
export const arm64Busybox = process.env.KLEAK_GATE_BUSYBOX_ARM64 ?? '/usr/local/lib/kleak-gate/arm64/bin/busybox';
