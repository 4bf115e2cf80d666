// The board-side script, bundled as text (esbuild loader 'text' for .sh) so
// that `kleak-gate capture --print-script` prints exactly the file that the
// tests lint and run in the guest: one copy, no drift.
import scriptText from './kleak-gate-capture.sh';

export function captureScriptText(): string {
  return scriptText;
}
