// The `inputs:` and `outputs:` sections of action.yml, made from the input
// table and the output list. A test holds action.yml equal to this text
// (`UPDATE=1 npx vitest run test/inputs` rewrites it), so the Action cannot
// declare an input the table does not have, or miss one.
import { INPUTS } from './table.js';
import type { InputDef } from './types.js';
import { wrapWords } from './wrap.js';

export interface OutputDef {
  name: string;
  description: string;
}

const WIDTH = 110;

function wrap(text: string, indent: string): string[] {
  return wrapWords(text, WIDTH - indent.length).map((l) => indent + l);
}

/** An input's description in action.yml: its help, what its kind takes, its details, its computed default. */
export function actionDescription(d: InputDef): string {
  const kind =
    d.kind === 'paths'
      ? 'Paths or globs, one per line, relative to the workspace or absolute; a line that matches nothing fails the step.'
      : d.kind === 'boolean'
        ? 'true or false.'
        : d.kind === 'count'
          ? 'A whole number from 1.'
          : d.kind === 'choice' && !d.details
            ? `One of: ${d.choices!.join(', ')}.`
            : '';
  const dflt = d.defaultText ? `Default: ${d.defaultText}.` : '';
  return [d.help, kind, d.details ?? '', dflt].filter(Boolean).join(' ');
}

function quote(v: string): string {
  return `'${v.replace(/'/g, "''")}'`;
}

function block(name: string, description: string, extra: string[]): string[] {
  return [`  ${name}:`, '    description: >-', ...wrap(description, '      '), ...extra.map((l) => `    ${l}`)];
}

export function actionInputsYaml(): string {
  const out = ['inputs:'];
  for (const d of INPUTS.filter((x) => x.action)) {
    const dflt = d.actionDefault ?? (d.default !== undefined ? String(d.default) : '');
    out.push(...block(d.name, actionDescription(d), ['required: false', `default: ${quote(dflt)}`]));
  }
  return out.join('\n') + '\n';
}

export function actionOutputsYaml(outputs: readonly OutputDef[]): string {
  const out = ['outputs:'];
  for (const o of outputs) out.push(...block(o.name, o.description, []));
  return out.join('\n') + '\n';
}
