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
