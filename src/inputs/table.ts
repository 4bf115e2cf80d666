// Every input of kleak-gate, once: the CLI's flags and --help, the Action's
// inputs (action.yml) and the config's `hook:` keys all come from this table,
// and each shell hands runCheck one settings object built by settings.ts.
//
// To add an input:
//   1. add an entry below (kebab-case name, kind, help, default, and the shells
//      that take it: `cli: [...]`, `action: true`, `hook: true`);
//   2. a check setting? add its field to CheckOptions (options.ts)
//      and read it in checkSettings() (settings.ts): the three shells get it;
//   3. Action input? `UPDATE=1 npx vitest run test/inputs` rewrites action.yml's
//      inputs from the table (the test fails until action.yml equals it), and
//      add a row to the README's inputs table (a test compares those too).
// An Action-only input that is not a check setting (mode, comment, ...) needs
// only step 1 and one line in src/action/settings.ts that reads it from `raw`
// with the values.ts helpers: oneValue(inputDef('x'), raw.x, label), booleanValue(...).
// A new mode: add it to MODES. A new file format for the Action: see src/render/index.ts.

import { FORMAT_NAMES, FORMATS } from '../render/index.js';
import type { InputDef } from './types.js';

/** The target names a file (baselines/<target>.json) and a comment marker: keep it plain. */
const TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function targetProblem(t: string): string | undefined {
  if (TARGET.test(t) && !t.includes('..')) return undefined;
  return "expected letters, digits, '.', '_' and '-' (it names baselines/<target>.json and the PR comment), e.g. 'rpi4-usb'";
}

/** auto, addr2line, llvm-symbolizer, or a command that is one of them (a path, a `<triple>-` prefix, a `-N` version). */
function symbolizerProblem(v: string): string | undefined {
  if (['auto', 'addr2line', 'llvm-symbolizer'].includes(v)) return undefined;
  if (/^[^\0\r\n]*?(?:^|\/)(?:[\w.+-]+-)?addr2line$|^[^\0\r\n]*?(?:^|\/)llvm-symbolizer(?:-\d+)?$/.test(v)) return undefined;
  return 'expected auto, addr2line, llvm-symbolizer, or such a command (aarch64-linux-gnu-addr2line, llvm-symbolizer-18, /opt/cross/bin/arm-linux-gnueabihf-addr2line)';
}

/** A git identity as the author input takes it: `Name <email>`. */
export const AUTHOR = /^([^<>\r\n]*[^<>\s])\s*<([^<>\s@]+@[^<>\s@]+)>$/;

function authorProblem(v: string): string | undefined {
  return AUTHOR.test(v) ? undefined : "expected 'Name <email>', e.g. 'Board Bot <board-bot@example.com>'";
}

/** How the sticky comment follows a change (Action input comment-on-change). */
export const COMMENT_ON_CHANGE = ['update', 'new'] as const;

/** The Action's modes (the CLI has a command for each). */
export const MODES = ['check', 'update-baseline', 'baseline-pr', 'publish'] as const;

const ANALYSIS = ['symbolize', 'check', 'baseline-update', 'diff'] as const;
/** diff's OLD and NEW are reads of their own, each with its own symbol tables. */
const ONE_READ = ['symbolize', 'check', 'baseline-update'] as const;
const GATE = ['check', 'baseline-update'] as const;

export const INPUTS: readonly InputDef[] = [
  {
    name: 'report',
    kind: 'paths',
    metavar: 'REPORT',
    help: 'kmemleak report files (debugfs file, dmesg with kmemleak.verbose=1, serial console or LAVA log, mail quote).',
    details: 'Several files are several runs of the same target. Either report or capture is required.',
    cli: ONE_READ,
    positional: true,
    action: true,
    hook: true,
  },
  {
    name: 'capture',
    kind: 'paths',
    metavar: 'DIR',
    help: 'capture directories written by `kleak-gate capture` on the board (report with its own kallsyms snapshots).',
    details:
      'The report and its snapshots travel together, so they cannot be paired wrongly. In the hook, a last segment with * picks the newest match.',
    cli: ONE_READ,
    action: true,
    hook: true,
  },
  {
    name: 'kallsyms',
    kind: 'paths',
    metavar: 'FILE',
    help: '/proc/kallsyms copies taken before rmmod (as root), or System.map files: they name the frames of removed modules.',
    cli: ONE_READ,
    action: true,
    hook: true,
  },
  {
    name: 'old-kallsyms',
    kind: 'paths',
    metavar: 'FILE',
    help: 'diff: /proc/kallsyms copies (or System.map) of the OLD read, when OLD is a report rather than a capture directory.',
    cli: ['diff'],
  },
  {
    name: 'new-kallsyms',
    kind: 'paths',
    metavar: 'FILE',
    help: 'diff: the same for the NEW read.',
    cli: ['diff'],
  },
  {
    name: 'debug-info',
    kind: 'paths',
    metavar: 'PATH',
    help: 'vmlinux and *.ko(.xz|.zst|.gz) with debug info (the very build that ran), or directories searched for them.',
    details:
      'With them, frames get file:line and annotations land on source lines. A binary that does not match the run gives a warning and no line, never a wrong line.',
    cli: ANALYSIS,
    action: true,
    hook: true,
  },
  {
    name: 'module-sections',
    kind: 'paths',
    metavar: '[MODULE=]FILE',
    help: '/sys/module/MODULE/sections dumps ("name 0xaddress" per line), to name module init code.',
    cli: ANALYSIS,
    action: true,
    hook: true,
  },
  {
    name: 'source-root',
    kind: 'path',
    metavar: 'DIR',
    help: 'the DWARF build directory prefix to strip from source paths (default: found by looking for the files in the repository).',
    cli: ANALYSIS,
    action: true,
    hook: true,
  },
  {
    name: 'symbolizer',
    kind: 'text',
    metavar: 'auto|addr2line|llvm-symbolizer|COMMAND',
    check: symbolizerProblem,
    default: 'auto',
    help: 'who turns addresses into source lines: auto picks per binary by its ELF machine ($CROSS_COMPILE addr2line, <triple>-addr2line, addr2line, llvm-symbolizer); addr2line or llvm-symbolizer: only binutils or only LLVM; or a command.',
    details:
      'A binary goes only to a tool that reads its machine (a binutils addr2line lists its targets in --help); with none, a warning names the Debian package to install.',
    cli: ANALYSIS,
    action: true,
    hook: true,
  },
  {
    name: 'baseline',
    kind: 'path',
    metavar: 'FILE',
    defaultText: 'baselines/<target>.json when target is set, else baselines/kmemleak.json',
    help: 'the committed baseline of accepted leaks (kleak-gate/baseline@1).',
    details: 'A missing baseline is an input error that says how to create one.',
    cli: GATE,
    action: true,
    hook: true,
  },
  {
    name: 'config',
    kind: 'path',
    metavar: 'FILE',
    defaultText: '.kleak-gate.yml when it exists',
    help: 'the repository config (scope, waivers, grown factor, runs, hook).',
    cli: GATE,
    action: true,
  },
  {
    name: 'target',
    kind: 'text',
    metavar: 'NAME',
    check: targetProblem,
    help: "the board or matrix leg (letters, digits, '.', '_', '-'): picks baselines/<target>.json and keys the PR comment.",
    cli: GATE,
    action: true,
    hook: true,
  },
  {
    name: 'min-seen',
    kind: 'count',
    metavar: 'N',
    defaultText: "the config's runs.min-seen, else 1",
    help: 'a leak seen in fewer of the given runs is flaky: reported, never failing.',
    cli: GATE,
    action: true,
  },
  {
    name: 'allow-unreadable',
    kind: 'boolean',
    default: false,
    help: 'judge the readable records of a report that also holds records that cannot be read (cut, garbled): they are listed and the gate fails.',
    details: 'Without it such a report is an input error (exit 2), naming the first unreadable record and how many there are.',
    cli: GATE,
    action: true,
    hook: true,
  },
  {
    name: 'mode',
    kind: 'choice',
    choices: MODES,
    default: 'check',
    help: 'what the step does.',
    details:
      'check: gate this run against the baseline. baseline-pr: open or update a pull request that brings the baseline to what this run shows (on the default branch only). update-baseline: write the baseline file in the workspace from this run (fixed leaks removed, notes kept, new ones only with accept-new) for a later step to commit or upload. publish: post the comment, annotations, job summary and file outputs of a result made elsewhere (the result input), and fail as its verdict says.',
    action: true,
  },
  {
    name: 'result',
    kind: 'path',
    help: "mode publish: a result JSON made elsewhere (`kleak-gate check --target T --format json`), e.g. on a board runner or in a fork's workflow.",
    details:
      "Refused unless its schema is kleak-gate/result@1, its target is this step's target, and its verdict agrees with its leaks. On workflow_run, the pull request comes from the event, never from this file.",
    action: true,
  },
  {
    name: 'accept-new',
    kind: 'boolean',
    default: false,
    help: 'baseline update (Action: mode update-baseline): also accept new and grown leaks into the baseline.',
    cli: ['baseline-update'],
    action: true,
  },
  {
    name: 'comment',
    kind: 'boolean',
    default: true,
    help: 'post or update one sticky comment per target on the pull request.',
    action: true,
  },
  {
    name: 'comment-on-change',
    kind: 'choice',
    choices: COMMENT_ON_CHANGE,
    default: 'update',
    help: 'update: edit the sticky comment in place; new: post a fresh comment when what to act on changed.',
    details:
      "new: when the verdict or the set of new and grown leaks differs from the previous comment's, post a fresh comment (the PR's subscribers are notified) and hide the previous one as outdated; otherwise edit in place.",
    action: true,
  },
  {
    name: 'annotations',
    kind: 'boolean',
    default: true,
    help: 'annotate new and grown leaks on their source lines and fixed ones on the baseline.',
    action: true,
  },
  // One file input per format the Action can write (the registry's `actionFile`).
  ...FORMATS.filter((f) => f.actionFile).map((f): InputDef => ({
    name: f.name,
    kind: 'path',
    help: `a path to write ${f.help} to (relative to the workspace, or absolute); the output of the same name is this path.`,
    action: true,
  })),
  {
    name: 'github-token',
    kind: 'text',
    actionDefault: '${{ github.token }}',
    help: 'the token for the GitHub API (the PR comment needs pull-requests: write).',
    details:
      'On pull requests from forks it is read-only: the comment is skipped with a warning and the verdict is unchanged. Masked in the log.',
    action: true,
  },
  {
    name: 'push-token',
    kind: 'text',
    help: 'mode baseline-pr: the token that writes the baseline branch (default: github-token), e.g. a PAT or GitHub App token.',
    details:
      'Pushes and pull requests made with GITHUB_TOKEN start no workflow: with a PAT or App token here, each update of the proposal runs the checks. Masked in the log.',
    action: true,
  },
  {
    name: 'sign-commits',
    kind: 'boolean',
    default: false,
    help: "mode baseline-pr: make the commit through GitHub's Git Data API instead of git push, so that GitHub signs it (Verified).",
    details: "The commit is then the token's own (github-actions[bot], or the App's bot): author and signoff cannot be set with it.",
    action: true,
  },
  {
    name: 'author',
    kind: 'text',
    help: 'mode baseline-pr: the commit author, "Name <email>" (default: github-actions[bot]).',
    check: authorProblem,
    action: true,
  },
  {
    name: 'signoff',
    kind: 'boolean',
    default: false,
    help: 'mode baseline-pr: end the commit message with a DCO `Signed-off-by:` trailer of the author.',
    action: true,
  },
  {
    name: 'format',
    kind: 'choice',
    choices: FORMAT_NAMES,
    default: 'text',
    help: 'the output format.',
    cli: ['symbolize', 'check', 'diff'],
  },
  {
    name: 'output',
    kind: 'path',
    metavar: 'FILE',
    help: 'write the output to FILE instead of standard output.',
    cli: ['symbolize', 'check', 'diff'],
  },
];

export function inputDef(name: string): InputDef {
  const def = INPUTS.find((d) => d.name === name);
  if (!def) throw new Error(`no input '${name}' in the table`);
  return def;
}
