// Raw values (CLI flags, INPUT_* text, YAML) → typed values, checked against
// the table: one validation and one message shape for every shell.
import { UsageError } from '../errors.js';
import type { InputDef, RawValue } from './types.js';

/** The problem with one string value of an input, or undefined when it is fine. */
export function valueProblem(def: InputDef, value: string): string | undefined {
  if (def.kind === 'choice' && !def.choices!.includes(value)) return `expected ${def.choices!.join(', ')}`;
  if (def.kind === 'count' && !/^[1-9]\d{0,8}$/.test(value)) return 'expected a whole number from 1';
  if (def.kind === 'boolean' && !['true', 'false'].includes(value)) return 'expected true or false';
  return def.check?.(value);
}

/** How a shell names an input in its messages: `--target`, `target`, `hook.target`. */
export type Label = (name: string) => string;

function refuse(def: InputDef, label: Label, value: string, problem: string): never {
  throw new UsageError(`invalid ${label(def.name)} '${value.replace(/[\r\n]+/g, ' ')}': ${problem}`);
}

function checked(def: InputDef, label: Label, value: string): string {
  const problem = valueProblem(def, value);
  if (problem) refuse(def, label, value, problem);
  return value;
}

/** A one-value input; '' counts as not given (the Action passes every input, empty when unset). */
export function oneValue(def: InputDef, raw: RawValue, label: Label): string | undefined {
  if (raw === undefined || raw === '') return typeof def.default === 'string' ? def.default : undefined;
  if (Array.isArray(raw)) {
    if (raw.length !== 1) refuse(def, label, raw.join(' '), `expected one value, got ${raw.length}`);
    return checked(def, label, raw[0]!);
  }
  return checked(def, label, String(raw));
}

export function listValue(def: InputDef, raw: RawValue, label: Label): string[] {
  if (raw === undefined || raw === '') return [];
  const list = Array.isArray(raw) ? raw : [String(raw)];
  return list.map((v) => checked(def, label, v));
}

export function booleanValue(def: InputDef, raw: RawValue, label: Label): boolean {
  if (raw === undefined || raw === '') return def.default === true;
  if (typeof raw === 'boolean') return raw;
  // The Action's YAML 1.2 core schema spellings, as @actions/core getBooleanInput takes them.
  const v = String(raw);
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  return refuse(def, label, v, 'expected true or false');
}

export function countValue(def: InputDef, raw: RawValue, label: Label): number | undefined {
  const v = oneValue(def, typeof raw === 'number' ? String(raw) : raw, label);
  return v === undefined ? undefined : Number(v);
}
