// A frame as the kernel's scripts/decode_stacktrace.sh prints it: the
// `+off/size` replaced by what `addr2line -i` said at that address, the inline
// chain on one line (innermost first, the frame's own place last), the module
// after it, bare up to Linux 6.1 and in brackets in newer scripts, and newer
// scripts keep an info tag such as `(P)` at the end:
//   nicLoadNvramCfg (/build/drivers/net/wireless/demo_wlan/nic/nic.c:38) demo_wlan
//   do_one_initcall (init/main.c:1255 init/main.c:1272)
//   main_thread (os/gl_init.c:108 (discriminator 1)) [demo_wlan]
// The name is the symbol the kernel printed (never an inlined one): the same
// frame as the raw report's, without its offset.

import type { Frame } from '../model.js';
import { bounded, decimal, MAX_INT } from './numbers.js';

const NAME = /^[^\s()+[\]:]+$/;
const PLACE = /^(\S+?):(\d+|\?)(?::\d+)?$/;
const DISCRIMINATOR_END = /^\d+\)$/;
const MODULE = /^(?:\[([\w-]+)\]|([\w-]+))$/;
const INFO = /^\([A-Z]*\)$/;

interface Place {
  file?: string;
  line?: number;
}

/** Parses one decoded frame line (already trimmed); undefined when it is not one. */
export function parseDecodedFrame(text: string): Frame | undefined {
  const open = text.indexOf(' (');
  if (open <= 0) return undefined;
  const name = text.slice(0, open);
  if (!NAME.test(name)) return undefined;
  const close = matchingParen(text, open + 1);
  if (close < 0) return undefined;
  const places = parsePlaces(text.slice(open + 2, close));
  if (!places) return undefined;
  const module = parseTail(text.slice(close + 1));
  if (module === null) return undefined;
  const own = places[places.length - 1]!;
  return {
    function: name,
    module,
    resolvedBy: 'kernel',
    inlined: [],
    text,
    file: own.file,
    line: own.line,
  };
}

function matchingParen(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `path:line` places separated by spaces, each with an optional `(discriminator N)`; `??:?` for none. */
function parsePlaces(inner: string): Place[] | undefined {
  const tokens = inner.split(' ');
  const places: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '(discriminator' && DISCRIMINATOR_END.test(tokens[i + 1] ?? '') && places.length > 0) {
      i++;
      continue;
    }
    const m = PLACE.exec(t);
    if (!m) return undefined;
    places.push(m[1] === '??' || m[2] === '?' ? {} : { file: m[1]!, line: bounded(decimal(m[2]!, 'line number', MAX_INT)) });
  }
  return places.length > 0 ? places : undefined;
}

/** What follows the places: nothing, a module (bare or in brackets), then an optional info tag. Null when something else. */
function parseTail(tail: string): string | undefined | null {
  const tokens = tail.split(' ').filter((t) => t !== '');
  if (tokens.length > 0 && INFO.test(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length === 0) return undefined;
  if (tokens.length > 1) return null;
  const m = MODULE.exec(tokens[0]!);
  return m ? (m[1] ?? m[2]!) : null;
}
