// Where the board test finds things: the repository root, and the shared
// hil-6.1 fixtures beside it (`../shared` in CI, read-only).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const hil = join(repoRoot, '..', 'shared', 'fixtures', 'hil-6.1');
export const kernelImage = join(hil, 'kernel', 'bzImage');
export const moduleKo = (version: string): string =>
  join(hil, 'modules', version, version === 'filler' ? 'demo_filler.ko' : 'demo_wlan.ko');
export const captureScript = join(repoRoot, 'src', 'capture', 'kleak-gate-capture.sh');
export const guestInit = join(repoRoot, 'test', 'board', 'guest-init.sh');
