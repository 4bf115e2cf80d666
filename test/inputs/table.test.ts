// The one input table against what each shell declares and accepts:
// action.yml's inputs and outputs are generated from it and compared
// (UPDATE=1 rewrites them), the CLI's --help and parser are read back per
// command, and the README's Action tables name the same inputs and outputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUTS } from '../../src/action/outputs.js';
import { actionInputsYaml, actionOutputsYaml } from '../../src/inputs/action-yml.js';
import { INPUTS } from '../../src/inputs/table.js';
import type { CliCommand } from '../../src/inputs/types.js';
import { cli } from '../support/cli.js';
import { repoRoot } from '../support/paths.js';

const ACTION_YML = join(repoRoot, 'action.yml');
const SECTIONS = /^inputs:\n[\s\S]*?(?=^runs:)/m;

describe('action.yml', () => {
  const generated = `${actionInputsYaml()}\n${actionOutputsYaml(OUTPUTS)}\n`;
  if (process.env.UPDATE === '1') {
    const text = readFileSync(ACTION_YML, 'utf8');
    writeFileSync(ACTION_YML, text.replace(SECTIONS, generated));
  }
  const text = readFileSync(ACTION_YML, 'utf8');

  it('declares exactly the inputs and outputs made from the table (UPDATE=1 rewrites them)', () => {
    expect(SECTIONS.exec(text)?.[0]).toBe(generated);
  });

  it('is valid YAML whose inputs are the table’s Action inputs, in order, with their defaults', () => {
    const yml = parse(text) as { inputs: Record<string, { default: string; required: boolean }>; outputs: Record<string, unknown> };
    const actionInputs = INPUTS.filter((d) => d.action);
    expect(Object.keys(yml.inputs)).toEqual(actionInputs.map((d) => d.name));
    expect(yml.inputs.symbolizer!.default).toBe('auto');
    expect(yml.inputs.baseline!.default).toBe('');
    expect(yml.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(Object.keys(yml.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    for (const name of ['source-root', 'symbolizer', 'min-seen', 'target', 'module-sections']) expect(yml.inputs).toHaveProperty(name);
    expect(yml.outputs).toHaveProperty('grown');
  });
});

const COMMANDS: [CliCommand, string[]][] = [
  ['symbolize', ['symbolize']],
  ['check', ['check']],
  ['baseline-update', ['baseline', 'update']],
];

describe('the CLI', () => {
  it.each(COMMANDS)('%s: --help lists exactly the table’s flags for it', async (command, argv) => {
    const help = await cli([...argv, '--help']);
    expect(help.code).toBe(0);
    const shown = new Set([...help.stdout.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1]));
    const expected = INPUTS.filter((d) => d.cli?.includes(command) && !d.positional).map((d) => d.name);
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  it.each(COMMANDS)('%s: the parser takes every flag of the table (none is "unknown")', async (command, argv) => {
    for (const d of INPUTS.filter((x) => x.cli?.includes(command) && !x.positional)) {
      const value = d.kind === 'boolean' ? [] : [d.choices?.[0] ?? (d.kind === 'count' ? '1' : 'x')];
      const r = await cli([...argv, `--${d.name}`, ...value, '--help']);
      expect(r.stderr, d.name).toBe('');
      expect(r.code, d.name).toBe(0);
    }
  });

  it('check --help names every output format of the registry', async () => {
    const help = await cli(['check', '--help']);
    expect(help.stdout).toMatch(/--format text\|json\|markdown\|sarif/);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  /** The backticked names in the first column of the table under a heading. */
  function firstColumn(heading: string): string[] {
    const lines = readme.slice(readme.indexOf(`\n${heading}\n`) + 1).split('\n');
    const start = lines.findIndex((l) => l.startsWith('|'));
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
    const rows = lines.slice(start + 2, end); // after the header and the separator
    return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
  }
  it('lists the Action inputs of the table', () => {
    expect(firstColumn('### Inputs')).toEqual(INPUTS.filter((d) => d.action).map((d) => d.name));
  });
  it('lists the Action outputs', () => {
    expect(firstColumn('### Outputs')).toEqual(OUTPUTS.map((o) => o.name));
  });
});
