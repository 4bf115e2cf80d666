// The result JSON read back (mode publish): what check --format json wrote is
// read into the same result (it renders to the same JSON again), and each
// thing off in an untrusted file is refused with the file and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { resultOutput } from '../../src/action/outputs.js';
import { resultJson } from '../../src/render/json.js';
import { readResultJson } from '../../src/render/json-read.js';
import { fixture } from '../support/paths.js';

// The golden v2 result: `check --format json` on the real hil-6.1 v2 run.
const text = readFileSync(fixture('golden/hil-v2/check-json.json'), 'utf8');
const golden = JSON.parse(text);

function refusal(json: unknown): string {
  try {
    readResultJson(typeof json === 'string' ? json : JSON.stringify(json), 'r.json');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('not refused');
}

describe('readResultJson', () => {
  it('reads the v2 result back into the result it was written from', () => {
    const { result, target } = readResultJson(text, 'r.json');
    expect(resultJson(result, target)).toEqual(golden);
  });

  it.each([
    ['not JSON', '{', /^r\.json: not JSON: /],
    ['another schema', { ...golden, schema: 'kleak-gate/result@2' }, /^r\.json: schema: is "kleak-gate\/result@2"/],
    [
      'a status it does not know',
      { ...golden, leaks: [{ ...golden.leaks[0], status: 'ignored' }] },
      /^r\.json: leaks\[0\]\.status: expected one of/,
    ],
    ['a negative count', { ...golden, summary: { ...golden.summary, new: -1 } }, /^r\.json: summary\.new: expected a whole number$/],
    [
      'counts that disagree with the leaks',
      { ...golden, summary: { ...golden.summary, new: 0 } },
      /^r\.json: summary\.new: is 0, the leaks hold 1$/,
    ],
    [
      'a pass over a new leak',
      { ...golden, verdict: 'pass' },
      /^r\.json: verdict: is "pass", but the result holds leaks that fail the gate$/,
    ],
    [
      'an address that is not one',
      { ...golden, leaks: [{ ...golden.leaks[0], frames: [{ resolvedBy: 'kernel', address: 'x' }] }] },
      /frames\[0\]\.address: expected a hex address$/,
    ],
    ['the short form of the output', { ...golden, truncated: true }, /^r\.json: truncated: this is the short form/],
  ])('refuses %s', (_name, json, message) => {
    expect(refusal(json)).toMatch(message);
  });
});

describe('the result-json output', () => {
  const { result } = readResultJson(text, 'r.json');
  it('is the whole result while it fits, and its short form with the file beyond', () => {
    const whole = resultOutput(result, { dir: '/tmp', target: 'demo-board' }, '/tmp/r.json');
    expect(whole.short).toBe(false);
    expect(JSON.parse(whole.text)).toMatchObject({ target: 'demo-board', leaks: golden.leaks });
    const short = resultOutput(result, { dir: '/tmp', target: 'demo-board' }, '/tmp/r.json', 1000);
    expect(short.short).toBe(true);
    expect(JSON.parse(short.text)).toEqual({
      schema: 'kleak-gate/result@1',
      target: 'demo-board',
      verdict: 'fail',
      summary: golden.summary,
      runs: 1,
      truncated: true,
      resultFile: '/tmp/r.json',
    });
    expect(short.text.length).toBeLessThan(1000);
  });
});
