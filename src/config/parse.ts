// `.kleak-gate.yml` → Config. Parsed once, validated up front: a typo in a
// key, a date or a fingerprint must stop the run with the file and line
// (exit 2), never silently widen or narrow what the gate lets through.

import { InputError } from '../errors.js';
import { FINGERPRINT_VERSION, isFingerprint } from '../fingerprint/fingerprint.js';
import { defaultConfig, type Config, type HookConfig, type Scope, type Waiver } from './types.js';
import { NodeReader } from './yaml-nodes.js';
import { readYamlTree, YamlProblem, type YamlNode } from './yaml-tree.js';
import { LineIndex } from '../line-index.js';
import { globProblem, onlyWildcards, underscoreModulePattern } from './patterns.js';
import { INPUTS } from '../inputs/table.js';
import { valueProblem } from '../inputs/values.js';

const TOP_KEYS = ['scope', 'waivers', 'grown', 'runs', 'hook'] as const;
const WAIVER_KEYS = ['fingerprint', 'frames', 'reason', 'expires'] as const;
/** The hook section takes the table's inputs marked `hook`, by their one name. */
const HOOK_INPUTS = INPUTS.filter((d) => d.hook);

/** The frame-pattern wildcard for "any number of frames" (valgrind's `...`). */
export const ANY_FRAMES = '...';

/** Far beyond a reviewed config (thousands of waivers); read in well under a second (npm run bench). */
export const MAX_CONFIG_CHARS = 1024 * 1024;

export function parseConfig(text: string, path: string): Config {
  if (text.length > MAX_CONFIG_CHARS) {
    throw new InputError(path, `${text.length} characters: a config of more than ${MAX_CONFIG_CHARS} is not one people review`);
  }
  const lines = new LineIndex(text);
  const root = readTree(text, path, lines);
  const config = defaultConfig(path);
  if (root === null) return config; // an empty file is the default config
  const r = new NodeReader(path, lines);
  const top = r.map(root, 'the config', TOP_KEYS);

  const scope = top.get('scope');
  if (scope) config.scope = parseScope(r, scope.value);
  const waivers = top.get('waivers');
  if (waivers) config.waivers = parseWaivers(r, waivers.value);
  const grown = top.get('grown');
  if (grown) {
    const factor = r.map(grown.value, 'grown', ['factor']).get('factor');
    if (factor) {
      const f = r.number(factor.value, 'grown.factor');
      // Below 1 a known leak with its accepted count would already be "grown".
      if (!(f >= 1)) r.fail(factor.value, `grown.factor must be at least 1, got ${f}`);
      config.grown.factor = f;
    }
  }
  const runs = top.get('runs');
  if (runs) {
    const min = r.map(runs.value, 'runs', ['min-seen']).get('min-seen');
    if (min) {
      const n = r.number(min.value, 'runs.min-seen');
      if (!Number.isInteger(n) || n < 1) r.fail(min.value, `runs.min-seen must be a whole number >= 1, got ${n}`);
      config.runs.minSeen = n;
    }
  }
  const hook = top.get('hook');
  if (hook) config.hook = parseHook(r, hook.value);
  return config;
}

function readTree(text: string, path: string, lines: LineIndex): YamlNode | null {
  try {
    return readYamlTree(text, lines);
  } catch (e) {
    if (e instanceof YamlProblem) throw new InputError(path, `invalid YAML: ${e.cause_}`, e.line);
    throw e;
  }
}

function patterns(r: NodeReader, node: YamlNode, what: string, map: (p: string) => string = (p) => p): string[] {
  return r.strings(node, what).map(({ value, node: n }) => {
    const problem = globProblem(value);
    if (problem) r.fail(n, `${what}: ${problem}`);
    return map(value);
  });
}

function parseScope(r: NodeReader, node: YamlNode): Scope {
  const m = r.map(node, 'scope', ['modules', 'paths']);
  const modules = m.get('modules');
  const paths = m.get('paths');
  const scope: Scope = {
    modules: modules ? patterns(r, modules.value, 'scope.modules', underscoreModulePattern) : [],
    paths: paths ? patterns(r, paths.value, 'scope.paths') : [],
  };
  for (const p of paths ? r.strings(paths.value, 'scope.paths') : []) {
    // Resolved files are repository-relative; an absolute pattern never matches.
    if (p.value.startsWith('/')) r.fail(p.node, `scope.paths: '${p.value}' must be relative to the repository`);
  }
  // An empty scope would put every leak out of scope: the gate could never fail.
  if (scope.modules.length === 0 && scope.paths.length === 0) {
    r.fail(node, 'scope must list at least one of modules / paths (omit scope to cover everything)');
  }
  return scope;
}

function parseWaivers(r: NodeReader, node: YamlNode): Waiver[] {
  const items = r.seq(node, 'waivers');
  return items.map((item, i) => {
    const what = `waivers[${i}]`;
    const m = r.map(item, what, WAIVER_KEYS);
    const line = r.line(item);
    const waiver: Waiver = { reason: '', ref: { file: r.file, line } };
    const fp = m.get('fingerprint');
    const frames = m.get('frames');
    if (fp && frames) r.fail(frames.key, `${what}: give either fingerprint or frames, not both`);
    if (!fp && !frames) r.fail(item, `${what}: needs a fingerprint or frames`);
    if (fp) {
      const v = r.string(fp.value, `${what}.fingerprint`).trim();
      if (!isFingerprint(v)) {
        r.fail(fp.value, `${what}.fingerprint '${v}' is malformed (expected ${FINGERPRINT_VERSION}: followed by 16 hex digits)`);
      }
      waiver.fingerprint = v;
    }
    if (frames) {
      const list = r.strings(frames.value, `${what}.frames`);
      if (list.length === 0) r.fail(frames.value, `${what}.frames is empty`);
      waiver.frames = list.map(({ value, node: n }) => {
        if (value === ANY_FRAMES) return value;
        const problem = globProblem(value);
        if (problem) r.fail(n, `${what}.frames: ${problem}`);
        return value;
      });
      if (waiver.frames.every((f) => f === ANY_FRAMES || onlyWildcards(f))) {
        r.fail(frames.value, `${what}.frames pins nothing (only wildcards: it would waive any leak); name at least one function`);
      }
    }
    const reason = m.get('reason');
    if (!reason) r.fail(item, `${what}: reason is required (why is this leak acceptable?)`);
    waiver.reason = r.string(reason.value, `${what}.reason`).trim();
    if (waiver.reason === '') r.fail(reason.value, `${what}.reason is empty`);
    const expires = m.get('expires');
    if (expires) waiver.expires = checkDate(r, expires.value, `${what}.expires`);
    return waiver;
  });
}

function checkDate(r: NodeReader, node: YamlNode, what: string): string {
  const v = r.string(node, what).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
  // Date.UTC rolls 2027-02-30 over to March; a round trip catches it.
  if (!d || d.toISOString().slice(0, 10) !== v) r.fail(node, `${what} '${v}' is not a date (expected YYYY-MM-DD)`);
  return v;
}

function parseHook(r: NodeReader, node: YamlNode): HookConfig {
  const m = r.map(
    node,
    'hook',
    HOOK_INPUTS.map((d) => d.name),
  );
  const hook: HookConfig = {};
  for (const def of HOOK_INPUTS) {
    const e = m.get(def.name);
    if (!e) continue;
    const what = `hook.${def.name}`;
    if (def.kind === 'paths') {
      hook[def.name] = r.strings(e.value, what).map((x) => x.value);
      continue;
    }
    const value =
      def.kind === 'boolean'
        ? String(r.boolean(e.value, what))
        : def.kind === 'count'
          ? String(r.number(e.value, what))
          : r.string(e.value, what);
    const problem = valueProblem(def, value);
    if (problem) r.fail(e.value, `invalid ${what} '${value}': ${problem}`);
    hook[def.name] = value;
  }
  if (!hook.capture && !hook.report) r.fail(node, 'hook needs capture or report (what should the hook check?)');
  return hook;
}
