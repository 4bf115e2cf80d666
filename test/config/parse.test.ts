import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { InputError } from '../../src/errors.js';

const FP = 'kl1:0123456789abcdef';

/** The thrown InputError, so a test can check file, line and cause together. */
function failure(text: string): InputError {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig: a full config', () => {
  const text = [
    'scope:',
    '  modules: [demo-wlan, "wlan_*"]',
    '  paths: ["drivers/net/wireless/demo_wlan/**"]',
    'waivers:',
    `  - fingerprint: "${FP}"`,
    '    reason: RCU-deferred free, false positive',
    '    expires: 2027-03-01',
    '  - frames: ["...", "skb_clone", "..."]',
    '    reason: skb_clone in softirq',
    'grown: { factor: 2 }',
    'runs: { min-seen: 2 }',
    'hook:',
    '  capture: hil-out/*',
    '  kallsyms: [extra/kallsyms.txt]',
    '  baseline: baselines/board.json',
    '',
  ].join('\n');
  const c = parseConfig(text, 'cfg.yml');

  it('keeps the scope, with module patterns in the _ spelling', () => {
    expect(c.scope).toEqual({ modules: ['demo_wlan', 'wlan_*'], paths: ['drivers/net/wireless/demo_wlan/**'] });
  });
  it('keeps waivers with their line, reason and expiry', () => {
    expect(c.waivers).toEqual([
      { fingerprint: FP, reason: 'RCU-deferred free, false positive', expires: '2027-03-01', ref: { file: 'cfg.yml', line: 5 } },
      { frames: ['...', 'skb_clone', '...'], reason: 'skb_clone in softirq', ref: { file: 'cfg.yml', line: 8 } },
    ]);
  });
  it('reads grown, runs and hook', () => {
    expect(c.grown.factor).toBe(2);
    expect(c.runs.minSeen).toBe(2);
    expect(c.hook).toEqual({ capture: ['hil-out/*'], kallsyms: ['extra/kallsyms.txt'], baseline: 'baselines/board.json' });
  });
});

describe('parseConfig: defaults', () => {
  it('an empty file is everything in scope, no waivers, grown factor 2 (the compare default), min-seen 1', () => {
    const c = parseConfig('', 'e.yml');
    expect(c.scope).toBeUndefined();
    expect(c.waivers).toEqual([]);
    expect(c.grown.factor).toBe(2);
    expect(c.runs.minSeen).toBe(1);
  });
  it('a %YAML 1.1 file, where dates are timestamps, still gives YYYY-MM-DD', () => {
    const c = parseConfig(`%YAML 1.1\n---\nwaivers:\n  - fingerprint: "${FP}"\n    reason: r\n    expires: 2027-03-01\n`, 'c.yml');
    expect(c.waivers[0]!.expires).toBe('2027-03-01');
  });
  it('a file of comments only, or a document marker and nothing else, is the default config', () => {
    expect(parseConfig('# nothing yet\n', 'c.yml')).toEqual(parseConfig('', 'c.yml'));
    expect(parseConfig('%YAML 1.2\n---\n# nothing yet\n', 'c.yml')).toEqual(parseConfig('', 'c.yml'));
  });
});

describe('parseConfig: YAML typing', () => {
  const hook = (line: string, head = '') => parseConfig(`${head}hook:\n  report: r.txt\n  ${line}\n`, 'c.yml').hook!;
  it('yes is a string in YAML 1.2 (not a boolean), but true in a %YAML 1.1 file', () => {
    expect(failure('hook:\n  report: r.txt\n  allow-unreadable: yes\n').cause_).toMatch(/must be true or false/);
    expect(hook('allow-unreadable: yes', '%YAML 1.1\n---\n')['allow-unreadable']).toBe('true');
  });
  it('core tags are read as written: !!str keeps digits a string, !!bool reads true', () => {
    expect(hook('symbolizer: !!str addr2line').symbolizer).toBe('addr2line');
    expect(hook('allow-unreadable: !!bool true')['allow-unreadable']).toBe('true');
    expect(parseConfig('runs: { min-seen: !!int "3" }\n', 'c.yml').runs.minSeen).toBe(3);
  });
  it('the non-specific tag ! changes nothing on a mapping or a string', () => {
    expect(parseConfig('scope: !\n  modules: [! demo-wlan]\n', 'c.yml').scope).toEqual({ modules: ['demo_wlan'], paths: [] });
  });
  it('a quoted number is a string, so it is not a count', () => {
    expect(failure('runs:\n  min-seen: "3"\n').cause_).toMatch(/runs.min-seen must be a number/);
  });
});

// Each bad value: the line the user must fix and a cause that says what is wrong.
describe('parseConfig: line-precise errors', () => {
  const cases: [string, string, number, RegExp][] = [
    ['unknown top key', 'scope:\n  modules: [a]\nwaiver: []\n', 3, /unknown key 'waiver'/],
    ['unknown nested key', 'runs:\n  min_seen: 2\n', 2, /unknown key 'min_seen' in runs/],
    ['unknown waiver key', `waivers:\n  - fingerprint: "${FP}"\n    reason: r\n    until: 2027-01-01\n`, 4, /unknown key 'until'/],
    ['bad date', `waivers:\n  - fingerprint: "${FP}"\n    reason: r\n    expires: 2027-02-30\n`, 4, /not a date/],
    ['date in another format', `waivers:\n  - fingerprint: "${FP}"\n    reason: r\n    expires: 01/03/2027\n`, 4, /YYYY-MM-DD/],
    ['malformed fingerprint', 'waivers:\n  - reason: r\n    fingerprint: "kl1:xyz"\n', 3, /malformed/],
    ['fingerprint of another version', 'waivers:\n  - reason: r\n    fingerprint: "kl2:0123456789abcdef"\n', 3, /kl1:/],
    ['missing reason', `waivers:\n  - fingerprint: "${FP}"\n`, 2, /reason is required/],
    ['empty reason', `waivers:\n  - fingerprint: "${FP}"\n    reason: "  "\n`, 3, /reason is empty/],
    ['neither fingerprint nor frames', 'waivers:\n  - reason: r\n', 2, /fingerprint or frames/],
    ['both fingerprint and frames', `waivers:\n  - fingerprint: "${FP}"\n    frames: [a]\n    reason: r\n`, 3, /not both/],
    ['frames that match everything', 'waivers:\n  - frames: ["...", "*"]\n    reason: r\n', 2, /pins nothing \(only wildcards/],
    ['a frame pattern "*?" (matches any name)', 'waivers:\n  - frames: ["*?"]\n    reason: r\n', 2, /waivers\[0\]\.frames pins nothing/],
    ['frame patterns of classes and extglobs only', 'waivers:\n  - frames: ["[a-z]*", "...", "+(?)"]\n    reason: r\n', 2, /pins nothing/],
    ['bad frame glob', 'waivers:\n  - reason: r\n    frames:\n      - "..."\n      - "call_rcu[zz"\n', 5, /unclosed '\['/],
    ['bad module pattern', 'scope:\n  modules:\n    - "demo_{wlan"\n', 3, /unclosed '\{'/],
    ['negated path pattern', 'scope:\n  paths: ["!drivers/**"]\n', 2, /negated/],
    ['absolute path pattern', 'scope:\n  paths: ["/home/runner/work/x/**"]\n', 2, /relative to the repository/],
    ['empty scope', 'scope: {}\n', 1, /at least one of modules/],
    ['factor 0', 'grown: { factor: 0 }\n', 1, /at least 1/],
    ['negative factor', 'grown:\n  factor: -2\n', 2, /at least 1/],
    ['factor as text', 'grown:\n  factor: twice\n', 2, /must be a number/],
    ['min-seen 0', 'runs:\n  min-seen: 0\n', 2, />= 1/],
    ['min-seen 1.5', 'runs:\n  min-seen: 1.5\n', 2, /whole number/],
    ['waivers not a list', 'waivers:\n  fingerprint: x\n', 2, /must be a list/],
    ['duplicate key', 'grown: { factor: 2 }\ngrown: { factor: 3 }\n', 2, /^duplicate key 'grown' in the config \(first at line 1\)/],
    [
      'duplicate key in a waiver',
      `waivers:\n  - fingerprint: "${FP}"\n    reason: r\n    reason: s\n`,
      4,
      /^duplicate key 'reason' in waivers\[0\] \(first at line 3\)/,
    ],
    ['YAML syntax', 'scope:\n  modules: [a\nruns: {}\n', 3, /invalid YAML/],
    ['alias', 'scope:\n  modules: &m [a]\n  paths: *m\n', 3, /aliases/],
    ['hook with nothing to check', 'hook:\n  baseline: b.json\n', 2, /capture or report/],
    [
      'hook: a bad symbolizer',
      'hook:\n  report: r.txt\n  symbolizer: gdb\n',
      3,
      /invalid hook.symbolizer 'gdb': expected auto, addr2line, llvm-symbolizer/,
    ],
    ['hook: the old key reports', 'hook:\n  reports: [r.txt]\n', 2, /unknown key 'reports' in hook/],
    [
      'hook: allow-unreadable not a boolean',
      'hook:\n  report: r.txt\n  allow-unreadable: yes please\n',
      3,
      /hook.allow-unreadable must be true or false/,
    ],
    ['top level not a mapping', '- a\n- b\n', 1, /must be a mapping/],
    ['an empty value, named at its key', 'grown:\n  factor:\n', 2, /grown.factor must be a number/],
    ['a tag of no core type', 'scope:\n  modules: !mods [a]\n', 2, /YAML tag '!mods' is not supported/],
    ['a core tag the config has no use for', 'waivers:\n  - fingerprint: !!binary aGk=\n', 2, /YAML tag '!!binary' is not supported/],
    ['a value that is not of its tag', 'runs:\n  min-seen: !!int three\n', 2, /'three' is not a valid !!int/],
    ['a document of only null', '~\n', 1, /the config must be a mapping/],
    ['a tag on the wrong kind of node', 'scope: !!seq\n  modules: [a]\n', 1, /'!!seq' does not fit a mapping/],
    ['two documents', 'runs: { min-seen: 2 }\n---\nruns: { min-seen: 3 }\n', 3, /more than one YAML document/],
    ['a %TAG directive', '%TAG !e! tag:example.com,2000:\n---\nruns: {}\n', 3, /%TAG directives are not supported/],
    ['nesting over 100 levels', `scope:\n  modules: ${'['.repeat(101)}\n`, 2, /nested more than 100 levels deep/],
  ];
  it.each(cases)('%s', (_name, text, line, cause) => {
    const e = failure(text);
    expect(e.file).toBe('cfg.yml');
    expect(e.line).toBe(line);
    expect(e.cause_).toMatch(cause);
    expect(e.message).not.toContain('\n');
  });
});

describe('loadConfig', () => {
  it('a missing file is an input error naming it, not "no config"', async () => {
    await expect(loadConfig('/nonexistent/.kleak-gate.yml')).rejects.toThrow(/\.kleak-gate\.yml: config file not found/);
  });
  it('reads and parses a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-config-'));
    const path = join(dir, '.kleak-gate.yml');
    await writeFile(path, 'runs: { min-seen: 3 }\n');
    expect((await loadConfig(path)).runs.minSeen).toBe(3);
  });
});
