// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and any
// other SARIF viewer. One result per new / grown / known leak; the leak's
// fingerprint is the partialFingerprint GitHub uses to track an alert across
// runs, so an alert stays the same alert while line numbers move. The
// allocation backtrace is a codeFlow, so viewers can step through it.
import { DEFAULT_BASELINE } from '../config/default-path.js';
import type { CheckResult, ComparedLeak, Frame } from '../model.js';
import { allocationSite, backtraceText, frameSource, frameSymbol, isRepoRelative } from './backtrace.js';
import { flatten } from './escape.js';

export interface SarifOptions {
  /** Where results without a source line are placed (GitHub requires a location). */
  baseline?: string;
  /** Which resolved paths are files of this repository (default: any relative path). */
  inRepo?: (file: string) => boolean;
  toolVersion?: string;
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const RULES = [
  { id: 'kmemleak/new', level: 'error', text: 'A memory leak that the baseline does not contain.' },
  { id: 'kmemleak/grown', level: 'error', text: 'A known memory leak that now leaks more objects than the baseline accepts.' },
  { id: 'kmemleak/known', level: 'note', text: 'A memory leak accepted in the baseline.' },
] as const;

type Json = Record<string, unknown>;

function physical(file: string, line: number | undefined): Json {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
      ...(line !== undefined && line > 0 ? { region: { startLine: line } } : {}),
    },
  };
}

function frameLocation(frame: Frame, inRepo: (f: string) => boolean): Json {
  const loc: Json = frame.file !== undefined && inRepo(frame.file) ? physical(frame.file, frame.line) : {};
  const logical: Json = { name: flatten(frameSymbol(frame)), kind: 'function' };
  if (frame.function !== undefined) logical.fullyQualifiedName = flatten(frame.function);
  const src = frameSource(frame);
  return {
    ...loc,
    logicalLocations: [logical],
    message: { text: flatten(`${frameSymbol(frame)}${src ? ` ${src}` : ''}`) },
  };
}

function result(leak: ComparedLeak, opts: SarifOptions, inRepo: (f: string) => boolean): Json {
  const site = allocationSite(leak.frames, inRepo);
  const ruleIndex = leak.status === 'new' ? 0 : leak.status === 'grown' ? 1 : 2;
  const rule = RULES[ruleIndex]!;
  const where = site ? physical(site.file, site.line) : physical(opts.baseline ?? DEFAULT_BASELINE, 1);
  return {
    ruleId: rule.id,
    ruleIndex,
    level: rule.level,
    message: {
      text: `${flatten(leak.title)}: ${leak.objects} object(s), ${leak.bytes} bytes\n${backtraceText(leak.frames)}`,
    },
    locations: [where],
    partialFingerprints: { primaryLocationLineHash: leak.fingerprint },
    codeFlows: [
      {
        threadFlows: [{ locations: leak.frames.map((f) => ({ location: frameLocation(f, inRepo) })) }],
      },
    ],
    properties: { status: leak.status, objects: leak.objects, bytes: leak.bytes, fingerprint: leak.fingerprint },
  };
}

export function renderSarif(check: CheckResult, opts: SarifOptions = {}): Json {
  const inRepo = opts.inRepo ?? isRepoRelative;
  const shown = check.leaks.filter((l) => l.status === 'new' || l.status === 'grown' || l.status === 'known');
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kleak-gate',
            ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.text },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        results: shown.map((l) => result(l, opts, inRepo)),
        properties: { verdict: check.verdict, summary: check.summary },
      },
    ],
  };
}
