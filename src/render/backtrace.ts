// The resolved allocation backtrace as a reviewer reads it, shared by the
// Markdown, SARIF and annotation renderers. Plain text: callers escape it for
// their medium (code block, workflow command, JSON string).
import type { Frame } from '../model.js';
import { formatFrame } from '../symbolize/format.js';

/** `func+0x4e/0xb0 [mod]` as the kernel prints it (the core's %pS format), or the printed text when unnamed. */
export const frameSymbol: (frame: Frame) => string = formatFrame;

/** `path:line`, or undefined when source resolution gave nothing for this frame. */
export function frameSource(frame: { file?: string; line?: number }): string | undefined {
  if (frame.file === undefined) return undefined;
  return frame.line !== undefined ? `${frame.file}:${frame.line}` : frame.file;
}

/**
 * One line per frame, kmemleak's order (the allocation first), the way
 * decode_stacktrace.sh readers expect: `func+0x4e/0xb0 [mod] (file:line)`,
 * inlined frames first (`inlined (file:line) [inline]`), and how a bare
 * address was named.
 */
export function backtraceLines(frames: Frame[]): string[] {
  const lines: string[] = [];
  for (const frame of frames) {
    for (const inl of frame.inlined) {
      const src = frameSource(inl);
      lines.push(`${inl.function}${src ? ` (${src})` : ''} [inline]`);
    }
    const src = frameSource(frame);
    const how =
      frame.resolvedBy === 'kallsyms' ? '  (named from kallsyms)' : frame.resolvedBy === 'debug-info' ? '  (named from debug info)' : '';
    lines.push(`${frameSymbol(frame)}${src ? ` (${src})` : ''}${how}`);
  }
  return lines;
}

export function backtraceText(frames: Frame[]): string {
  return backtraceLines(frames).join('\n');
}

/**
 * Whether a resolved path can be shown as a location in the pull request:
 * relative, normalized, not escaping the repository.
 */
export function isRepoRelative(file: string): boolean {
  if (file === '' || file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return false;
  return !file.split(/[\\/]/).some((part) => part === '..' || part === '');
}

/**
 * The frame a reviewer should look at: the first one (from the allocation
 * outwards) whose source line lies in the repository. Allocator frames resolve
 * to kernel headers outside it, so they are passed over naturally.
 */
export function allocationSite(
  frames: Frame[],
  inRepo: (file: string) => boolean = isRepoRelative,
): { file: string; line: number; frame: Frame } | undefined {
  for (const frame of frames) {
    if (frame.file !== undefined && frame.line !== undefined && frame.line > 0 && inRepo(frame.file)) {
      return { file: frame.file, line: frame.line, frame };
    }
  }
  return undefined;
}
