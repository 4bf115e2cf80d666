// Reads one capture directory written by kleak-gate-capture.sh on the board
// and hands the pipeline what it needs: the report, the kallsyms snapshots in
// the order they were taken (each with the kernel clock at that moment), the
// module section addresses and build ids. Everything that would make the
// pairing wrong or the report incomplete is refused here (InputError, exit 2):
// the directory exists precisely so that the pairing cannot go wrong.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, oneLine } from '../errors.js';
import { buildIdFromNoteHex } from './build-id.js';
import { firstKmemleakFailure, kallsymsAllZero, objectAfter } from './checks.js';
import { MANIFEST_FORMAT, type Manifest, manifestValue, parseManifest, snapshotNumbers } from './manifest.js';

export interface CaptureSnapshot {
  /** The kallsyms copy of this snapshot. */
  path: string;
  text: string;
  /** The kernel's jiffies when the snapshot was taken (right before rmmod). */
  takenAtJiffies?: bigint;
  /** `snapshot-N`, N counting from 1 in the order they were taken. */
  label: string;
  /** The modules the snapshot was taken for (as /sys/module spells them). */
  modules: string[];
}

export interface CaptureInput {
  dir: string;
  bootId: string;
  kernelRelease?: string;
  /** jiffies right after `clear` at `begin`: older objects are not the test's. */
  beganAtJiffies?: bigint;
  report: { path: string; text: string };
  snapshots: CaptureSnapshot[];
  /** `name 0xaddr` lines of /sys/module/<m>/sections, per snapshot. */
  moduleSections: { module: string; path: string; text: string; snapshot: string }[];
  buildIds: { module: string; buildId: string; snapshot: string }[];
  warnings: string[];
}

const MANIFEST = 'manifest.txt';

export async function readCaptureDir(dir: string): Promise<CaptureInput> {
  const manifestPath = join(dir, MANIFEST);
  const m = parseManifest(manifestPath, await readText(manifestPath, `not a kleak-gate capture directory (no ${MANIFEST})`));
  const bootId = checkManifest(m);
  const warnings: string[] = [];

  const reportPath = join(dir, required(m, 'report'));
  const report = { path: reportPath, text: await readText(reportPath) };
  const endJiffies = jiffiesOf(m, 'end_jiffies');
  if (endJiffies !== undefined) {
    const late = objectAfter(report.text, endJiffies);
    if (late) {
      throw new InputError(
        report.path,
        `object allocated at jiffies ${late.jiffies}, after the capture ended at ${endJiffies}: this report is not from the capture's boot ${bootId}`,
        late.line,
      );
    }
  }
  checkReportComplete(m, report);
  const dmesgWarning = await checkDmesg(dir, m);
  if (dmesgWarning) warnings.push(dmesgWarning);

  const snapshots: CaptureSnapshot[] = [];
  const moduleSections: CaptureInput['moduleSections'] = [];
  const buildIds: CaptureInput['buildIds'] = [];
  for (const n of snapshotNumbers(m)) {
    const label = `snapshot-${n}`;
    const snapBoot = manifestValue(m, `snapshot.${n}.boot_id`);
    if (snapBoot !== bootId) {
      throw new InputError(
        m.path,
        `${label} was taken in boot ${snapBoot ?? '(none)'}, the report in boot ${bootId}: a snapshot names frames only in its own boot`,
        m.entries.get(`snapshot.${n}.boot_id`)?.line,
      );
    }
    const sdir = join(dir, required(m, `snapshot.${n}.dir`));
    const kallsymsPath = join(sdir, 'kallsyms.txt');
    const text = await readText(kallsymsPath);
    if (kallsymsAllZero(text)) {
      throw new InputError(kallsymsPath, 'every address is zero (read without root, or kptr_restrict=2): it cannot name any frame');
    }
    const modules = (manifestValue(m, `snapshot.${n}.modules`) ?? '').split(' ').filter(Boolean);
    const takenAtJiffies = jiffiesOf(m, `snapshot.${n}.jiffies`);
    snapshots.push({ path: kallsymsPath, text, label, modules, ...(takenAtJiffies !== undefined ? { takenAtJiffies } : {}) });
    for (const module of modules) {
      // Module names become file names below; the board's text is not trusted.
      if (!/^[A-Za-z0-9_]+$/.test(module)) {
        throw new InputError(
          m.path,
          `${label}: bad module name ${JSON.stringify(oneLine(module))}`,
          m.entries.get(`snapshot.${n}.modules`)?.line,
        );
      }
      const path = join(sdir, 'sections', `${module}.txt`);
      moduleSections.push({ module, path, text: await readText(path), snapshot: label });
      const id = await readBuildId(join(sdir, 'build-id', `${module}.hex`));
      if (id === undefined)
        warnings.push(`${label}: no build id for ${module} (the kernel exposes none): its source lines cannot be checked against the .ko`);
      else if ('problem' in id) warnings.push(`${label}: build id note of ${module}: ${id.problem}`);
      else buildIds.push({ module, buildId: id.buildId, snapshot: label });
    }
  }
  if (snapshots.length === 0) {
    warnings.push(`${dir}: no snapshot was taken: frames of modules removed before the scan stay unnamed`);
  } else if (snapshots.length > 1 && snapshots.some((s) => s.takenAtJiffies === undefined)) {
    warnings.push(`${dir}: ${snapshots.length} snapshots without the kernel clock: objects cannot be told apart by load`);
  }

  const kernelRelease = manifestValue(m, 'kernel_release') || undefined;
  const beganAtJiffies = jiffiesOf(m, 'begin_jiffies');
  return {
    dir,
    bootId,
    ...(kernelRelease !== undefined ? { kernelRelease } : {}),
    ...(beganAtJiffies !== undefined ? { beganAtJiffies } : {}),
    report,
    snapshots,
    moduleSections,
    buildIds,
    warnings,
  };
}

/** Refuses a manifest whose capture failed, is unfinished or spans boots; returns the boot id. */
function checkManifest(m: Manifest): string {
  const format = m.entries.get('format');
  if (format?.value !== MANIFEST_FORMAT) {
    throw new InputError(
      m.path,
      `not a kleak-gate capture manifest (format ${format ? JSON.stringify(oneLine(format.value)) : 'missing'}, expected ${MANIFEST_FORMAT})`,
      format?.line,
    );
  }
  const first = m.errors[0];
  if (first) throw new InputError(m.path, `the capture failed on the board: ${oneLine(first.value)}`, first.line);
  for (const key of ['kmemleak', 'kmemleak_end']) {
    const e = m.entries.get(key);
    if (e?.value !== 'enabled') {
      throw new InputError(m.path, `kmemleak was ${e ? oneLine(e.value) : 'not checked'} (${key}): the report cannot be trusted`, e?.line);
    }
  }
  if (manifestValue(m, 'complete') !== 'yes') {
    throw new InputError(m.path, "the capture is unfinished: 'end' did not complete on the board");
  }
  const bootId = required(m, 'boot_id');
  const end = m.entries.get('end_boot_id');
  if (end?.value !== bootId) {
    throw new InputError(
      m.path,
      `the report was read in boot ${end ? oneLine(end.value) : '(none)'}, the capture began in boot ${bootId}`,
      end?.line,
    );
  }
  return bootId;
}

/**
 * The board counted the report's records when it read it (`report_objects=`):
 * a report.txt with fewer of them was emptied or cut on the way (a full disk,
 * a truncated copy), and would pass as "no new leak". Without the count an
 * emptied report cannot be told from a clean one, so the count is required.
 */
function checkReportComplete(m: Manifest, report: { path: string; text: string }): void {
  const e = m.entries.get('report_objects');
  if (e === undefined) {
    throw new InputError(
      m.path,
      `missing report_objects= (how many objects the board read): without it an emptied or cut ${report.path} looks like a clean read`,
    );
  }
  if (!/^\d+$/.test(e.value)) throw new InputError(m.path, `report_objects=${oneLine(e.value)} is not a count`, e.line);
  const expected = Number(e.value);
  const found = countReportRecords(report.text);
  if (found < expected) {
    throw new InputError(
      m.path,
      `${report.path} holds ${found} of the ${expected} objects the board read (report_objects=${expected}): the report was emptied or cut after the capture`,
      e.line,
    );
  }
}

/** Records as the board script counts them (`grep -c '^unreferenced object'`). */
function countReportRecords(text: string): number {
  return text.match(/^\s*unreferenced object\b/gm)?.length ?? 0;
}

/** The value the script writes when dmesg could not be read. */
const DMESG_UNAVAILABLE = 'unavailable';

/** Checks the kernel log the capture saved; returns a warning when there is none to check. */
async function checkDmesg(dir: string, m: Manifest): Promise<string | undefined> {
  const e = m.entries.get('dmesg');
  if (e === undefined || e.value === '' || e.value === DMESG_UNAVAILABLE) {
    const why =
      e === undefined || e.value === ''
        ? 'the manifest names no kernel log (no dmesg=)'
        : 'the board could not read the kernel log (dmesg=unavailable)';
    return `${dir}: ${why}: whether kmemleak stopped tracking during the test is unchecked`;
  }
  const name = fileNameValue(m, 'dmesg');
  if (name === MANIFEST || name === manifestValue(m, 'report')) {
    throw new InputError(m.path, `dmesg=${oneLine(name)} is not the kernel log of the capture`, e.line);
  }
  const path = join(dir, name);
  const failure = firstKmemleakFailure(await readText(path));
  if (failure) throw new InputError(path, `kmemleak stopped tracking during the test: ${oneLine(failure.text)}`, failure.line);
  return undefined;
}

function required(m: Manifest, key: string): string {
  const value = manifestValue(m, key);
  if (value === undefined || value === '') throw new InputError(m.path, `missing ${key}=`);
  // Values name files inside the capture; a path that leaves it is not ours.
  if (key.endsWith('dir') || key === 'report') return fileNameValue(m, key);
  return value;
}

/** A manifest value that must be a plain file name inside the capture directory. */
function fileNameValue(m: Manifest, key: string): string {
  const value = manifestValue(m, key) ?? '';
  if (!/^[A-Za-z0-9._-]+$/.test(value) || value === '..' || value === '.') {
    throw new InputError(m.path, `${key}=${oneLine(value)} is not a file name inside the capture`, m.entries.get(key)?.line);
  }
  return value;
}

function jiffiesOf(m: Manifest, key: string): bigint | undefined {
  const e = m.entries.get(key);
  if (e === undefined || e.value === '') return undefined;
  if (!/^\d+$/.test(e.value)) throw new InputError(m.path, `${key}=${oneLine(e.value)} is not a jiffies count`, e.line);
  return BigInt(e.value);
}

async function readText(path: string, missing?: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? (missing ?? 'missing from the capture') : `cannot read (${code ?? String(e)})`);
  }
}

async function readBuildId(path: string): Promise<ReturnType<typeof buildIdFromNoteHex> | undefined> {
  try {
    return buildIdFromNoteHex(await readFile(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
