// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and any
// other SARIF viewer. One result per new / grown / known leak; the leak's
// fingerprint is the partialFingerprint GitHub uses to track an alert across
// runs, so an alert stays the same alert while line numbers move. The
// allocation backtrace is a codeFlow (inlined frames as steps of their own),
// so viewers can step through it. A target gives the run its own
// automationDetails id: two boards' uploads then never replace each other's
// alerts (upload-sarif keeps an id the file already has).
import type { CheckResult, ComparedLeak, Frame, LeakStatus, UnreadableRecord } from '../model.js';
import { describeUnreadable } from './text.js';
import { TOOL_VERSION } from '../version.js';
import { allocationSite, backtraceText, frameSource, frameSymbol, isRepoRelative } from './backtrace.js';
import { flatten, visibleStrings } from './escape.js';
import { SARIF_RULES } from './sarif-rules.js';
import type { OutputFormat } from './format.js';

export interface SarifOptions {
  /** Where results without a source line are placed (GitHub requires a location). */
  baseline: string;
  /** Which resolved paths are files of this repository (default: any relative path). */
  inRepo?: (file: string) => boolean;
  /** Board / matrix leg: the run's automationDetails id is `kleak-gate/<target>/`. */
  target?: string;
  toolVersion?: string;
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The repository checkout, as upload-sarif's checkout_path gives it. */
const SRCROOT = '%SRCROOT%';
/** Relative paths that are not this repository's (a kernel tree's, from DWARF). */
const BUILD_SRCROOT = 'BUILD_SRCROOT';

const RULE_OF: Partial<Record<LeakStatus, number>> = { new: 0, grown: 1, known: 2, unidentified: 3 };
const UNREADABLE_RULE = 4;
/** SARIF's comparison with the previous state, which is what the baseline is. */
const BASELINE_STATE: Partial<Record<LeakStatus, string>> = { new: 'new', grown: 'updated', known: 'unchanged' };

type Json = Record<string, unknown>;

function artifact(file: string, inRepo: (f: string) => boolean): Json {
  if (inRepo(file)) return { uri: encodeURI(file), uriBaseId: SRCROOT };
  if (file.startsWith('/')) return { uri: `file://${encodeURI(file)}` };
  return { uri: encodeURI(file.replace(/\\/g, '/')), uriBaseId: BUILD_SRCROOT };
}

function physical(file: string, line: number | undefined, inRepo: (f: string) => boolean): Json {
  return {
    physicalLocation: {
      artifactLocation: artifact(file, inRepo),
      ...(line !== undefined && line > 0 ? { region: { startLine: line } } : {}),
    },
  };
}

function step(name: string, fullName: string | undefined, src: { file?: string; line?: number }, inRepo: (f: string) => boolean): Json {
  const where = frameSource(src);
  const logical: Json = { name: flatten(name), kind: 'function' };
  if (fullName !== undefined) logical.fullyQualifiedName = flatten(fullName);
  return {
    ...(src.file !== undefined && src.file !== '' ? physical(src.file, src.line, inRepo) : {}),
    logicalLocations: [logical],
    message: { text: flatten(`${name}${where ? ` ${where}` : ''}`) },
  };
}

/** One step per frame, its inlined frames before it (innermost first, as the text backtrace). */
function flowSteps(frames: Frame[], site: Frame | undefined, inRepo: (f: string) => boolean): Json[] {
  const steps: Json[] = [];
  for (const frame of frames) {
    for (const inl of frame.inlined) steps.push({ location: step(`${inl.function} [inline]`, inl.function, inl, inRepo) });
    steps.push({
      location: step(frameSymbol(frame), frame.function, frame, inRepo),
      ...(frame === site ? { importance: 'essential' } : {}),
    });
  }
  return steps;
}

function result(leak: ComparedLeak, ruleIndex: number, opts: SarifOptions, inRepo: (f: string) => boolean): Json {
  const site = allocationSite(leak.frames, inRepo);
  const rule = SARIF_RULES[ruleIndex]!;
  const where = site ? physical(site.file, site.line, inRepo) : physical(opts.baseline, 1, inRepo);
  return {
    ruleId: rule.id,
    ruleIndex,
    level: rule.level,
    message: {
      // Code scanning shows the first sentence as the alert's title.
      text: `${flatten(leak.title)}: ${leak.objects} object(s), ${leak.bytes} bytes.\n${backtraceText(leak.frames)}`,
    },
    locations: [where],
    partialFingerprints: { primaryLocationLineHash: leak.fingerprint },
    codeFlows: [{ threadFlows: [{ locations: flowSteps(leak.frames, site?.frame, inRepo) }] }],
    baselineState: BASELINE_STATE[leak.status],
    properties: {
      status: leak.status,
      objects: leak.objects,
      bytes: leak.bytes,
      fingerprint: leak.fingerprint,
      ...(leak.baselineObjects !== undefined ? { baselineObjects: leak.baselineObjects } : {}),
    },
  };
}

/** An unreadable record: on its report line when the report is a file of the repository, else on the baseline. */
function unreadableResult(u: UnreadableRecord, opts: SarifOptions, inRepo: (f: string) => boolean): Json {
  const rule = SARIF_RULES[UNREADABLE_RULE]!;
  return {
    ruleId: rule.id,
    ruleIndex: UNREADABLE_RULE,
    level: rule.level,
    message: { text: flatten(`Unreadable kmemleak record: ${describeUnreadable(u)}.`) },
    locations: [inRepo(u.file) ? physical(u.file, u.line, inRepo) : physical(opts.baseline, 1, inRepo)],
    properties: { status: 'unreadable', cause: flatten(u.cause) },
  };
}

export function renderSarif(check: CheckResult, opts: SarifOptions): Json {
  const inRepo = opts.inRepo ?? isRepoRelative;
  const results: Json[] = [];
  for (const leak of check.leaks) {
    const ruleIndex = RULE_OF[leak.status];
    if (ruleIndex !== undefined) results.push(result(leak, ruleIndex, opts, inRepo));
  }
  for (const u of check.unreadable) results.push(unreadableResult(u, opts, inRepo));
  const version = opts.toolVersion ?? TOOL_VERSION;
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kleak-gate',
            version,
            semanticVersion: version,
            rules: SARIF_RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              help: { text: r.helpText, markdown: r.helpMarkdown },
              defaultConfiguration: { level: r.level },
              properties: {
                tags: ['kmemleak', 'memory-leak', 'linux-kernel'],
                precision: 'high',
                'problem.severity': r.level === 'note' ? 'recommendation' : 'error',
              },
            })),
          },
        },
        ...(opts.target ? { automationDetails: { id: `kleak-gate/${opts.target}/` } } : {}),
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The repository checkout: resolved source files of this repository.' } },
          [BUILD_SRCROOT]: { description: { text: 'The source tree of the build that ran on the board, outside this repository.' } },
        },
        results,
        properties: { verdict: check.verdict, summary: check.summary },
      },
    ],
  };
}

export const sarifFormat: OutputFormat = {
  name: 'sarif',
  extension: '.sarif',
  help: 'SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif)',
  machine: true,
  actionFile: true,
  render: (result, ctx) =>
    `${JSON.stringify(
      visibleStrings(
        renderSarif(result, {
          baseline: ctx.baseline,
          ...(ctx.inRepo ? { inRepo: ctx.inRepo } : {}),
          ...(ctx.target ? { target: ctx.target } : {}),
        }),
      ),
      null,
      2,
    )}\n`,
};
