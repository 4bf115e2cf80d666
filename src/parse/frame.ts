// One backtrace line, in every form the kernel (or syzkaller's symbolizer)
// has printed it:
//   [<ffffffff817623ae>] kmemleak_alloc+0x4e/0xb0          (%p real, pre-4.15)
//   [<000000005b8e4771>] kmem_cache_alloc+0x1c0/0x3c0     (%p hashed)
//   [<(____ptrval____)>] 0xffffffffc027722a               (random pool not ready; raw %pS)
//   __kmalloc_noprof+0x3cd/0x4d0                           (v6.13+: no address column)
//   idpf_init_task+0x1ec/0x8d0 [idpf]                      (module)
//   sock_kmalloc+0x7f/0xc0 net/core/sock.c:1774           (syzkaller-symbolized)
//   kmalloc include/linux/slab.h:557 [inline]             (syzkaller inline frame)
//   nicLoadNvramCfg (drivers/.../nic.c:38) demo_wlan       (decode_stacktrace.sh; newer ones print [demo_wlan])
//   do_one_initcall (init/main.c:1255 init/main.c:1272)    (decode_stacktrace.sh: inline chain, innermost first)
//   nicLoadNvramCfg+0x1a/0x90 demo_wlan                    (decode_stacktrace.sh could not decode it)

import type { Frame, InlineFrame } from '../model.js';
import { parseDecodedFrame } from './decoded.js';
import { bounded, decimal, hexUnsigned, hexNumber, MAX_INT, OutOfRange } from './numbers.js';

const ADDRESS_COLUMN = /^\[<([0-9a-fA-F]+|\(____ptrval____\)|\(ptrval\))>\]\s+/;
// Any name the kernel printed (Rust and other toolchains make odd ones); it is escaped wherever shown.
const SYMBOL = /^(\S+?)\+0x([0-9a-fA-F]+)\/0x([0-9a-fA-F]+)$/;
const RAW = /^0x([0-9a-fA-F]+)$/;
const NAME = /^[^\s+[\]]+$/;
const MODULE = /^\[([\w-]+)\]$/;
// decode_stacktrace.sh prints the module without brackets when it cannot decode a frame; the
// 6.1 script on a CRLF console log keeps the closing one (`demo_wlan]`: it strips `]` before `\r`).
const BARE_MODULE = /^([\w-]+)\]?$/;
const SOURCE = /^(\S+?):(\d+)(?::\d+)?$/;

export type ParsedFrameLine =
  | { kind: 'frame'; frame: Frame; columnAddress?: string }
  | { kind: 'inline'; inline: InlineFrame; columnAddress?: string }
  | { kind: 'terminator' }
  /** Meant as a frame, but a number in it is beyond what the kernel prints (see numbers.ts). */
  | { kind: 'unreadable'; cause: string };

// The kernel's own two forms, `[<col>] func+0x1/0x2 [mod]` and `[<col>] 0xaddr`,
// in one regex each: the common case of a large report, without splitting.
const PLAIN_SYMBOL =
  /^\s*(?:\[<([0-9a-fA-F]+|\(____ptrval____\)|\(ptrval\))>\]\s+)?(\S+?)\+0x([0-9a-fA-F]+)\/0x([0-9a-fA-F]+)(?:\s+\[([\w-]+)\])?$/;

/** Parses a backtrace line; undefined when the line is not a frame. */
export function parseFrameLine(line: string): ParsedFrameLine | undefined {
  try {
    return parseFrame(line);
  } catch (e) {
    if (e instanceof OutOfRange) return { kind: 'unreadable', cause: e.message };
    throw e;
  }
}

const offsetOf = (digits: string) => bounded(hexNumber(digits, 'offset'));
const sizeOf = (digits: string) => bounded(hexNumber(digits, 'symbol size'));

function parseFrame(line: string): ParsedFrameLine | undefined {
  const plain = PLAIN_SYMBOL.exec(line);
  if (plain && plain[5] !== 'inline') {
    const frame: Frame = {
      address: realColumnAddress(plain[1]),
      function: plain[2]!,
      offset: offsetOf(plain[3]!),
      size: sizeOf(plain[4]!),
      module: plain[5],
      resolvedBy: 'kernel',
      inlined: [],
      text: line.trim(),
      file: undefined,
      line: undefined,
    };
    return plain[1] === undefined ? { kind: 'frame', frame } : { kind: 'frame', frame, columnAddress: plain[1] };
  }
  let rest = line.trim();
  let columnAddress: string | undefined;
  const col = ADDRESS_COLUMN.exec(rest);
  if (col) {
    columnAddress = col[1]!;
    rest = rest.slice(col[0].length);
  }
  if (columnAddress === undefined) {
    const decoded = parseDecodedFrame(rest);
    if (decoded) return { kind: 'frame', frame: decoded };
  }
  const tokens = rest.split(/\s+/);
  const symbol = tokens[0];
  if (!symbol) return undefined;
  let i = 1;
  let module: string | undefined;
  const mod = tokens[i] !== undefined ? MODULE.exec(tokens[i]!) : null;
  if (mod && tokens[i] !== '[inline]') {
    module = mod[1]!;
    i++;
  } else if (tokens.length === 2 && SYMBOL.test(symbol) && BARE_MODULE.test(tokens[1]!)) {
    module = BARE_MODULE.exec(tokens[1]!)![1]!;
    i++;
  }
  let file: string | undefined;
  let lineNo: number | undefined;
  const src = tokens[i] !== undefined ? SOURCE.exec(tokens[i]!) : null;
  if (src) {
    file = src[1]!;
    lineNo = bounded(decimal(src[2]!, 'line number', MAX_INT));
    i++;
  }
  if (tokens[i]?.startsWith('(discriminator')) i += 2;
  const inline = tokens[i] === '[inline]';
  if (inline) i++;
  if (i !== tokens.length) return undefined;

  if (inline) {
    if (!NAME.test(symbol)) return undefined;
    return { kind: 'inline', inline: { function: symbol, file, line: lineNo }, columnAddress };
  }
  const raw = RAW.exec(symbol);
  if (raw) {
    if (isTerminator(raw[1]!)) return { kind: 'terminator' };
    const address = bounded(hexUnsigned(raw[1]!, 'address'));
    return {
      kind: 'frame',
      columnAddress,
      frame: { address, resolvedBy: 'unresolved', inlined: [], text: rest, module, file, line: lineNo },
    };
  }
  const sym = SYMBOL.exec(symbol);
  if (!sym) return undefined;
  return {
    kind: 'frame',
    columnAddress,
    frame: {
      address: realColumnAddress(columnAddress),
      function: sym[1]!,
      offset: offsetOf(sym[2]!),
      size: sizeOf(sym[3]!),
      module,
      resolvedBy: 'kernel',
      inlined: [],
      text: rest,
      file,
      line: lineNo,
    },
  };
}

/** ULONG_MAX ends pre-5.2 traces (save_stack_trace): not a frame. */
function isTerminator(hex: string): boolean {
  return /^f+$/i.test(hex) && (hex.length === 8 || hex.length === 16);
}

/**
 * The `[<...>]` column is a real address only when it looks like kernel text
 * of a 64-bit kernel; hashed %p values (upper half zero) and the ptrval
 * placeholder carry nothing.
 */
function realColumnAddress(col: string | undefined): bigint | undefined {
  if (!col || col.length !== 16 || !/^ffff/i.test(col)) return undefined;
  return BigInt('0x' + col);
}
