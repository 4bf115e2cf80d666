// The capture reader on real captures from the qemu board
// (test/fixtures/capture, see its README), and on copies of them with one
// thing changed, each the way it goes wrong on a real bench.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIdFromNoteHex } from '../../src/capture/build-id.js';
import { readCaptureDir } from '../../src/capture/read.js';
import { InputError } from '../../src/errors.js';

const fixtures = fileURLToPath(new URL('../fixtures/capture/', import.meta.url));
const V1_BUILD_ID = '0c903073b51fcc564fdf73a90fde9e74656a9d5b';
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of a fixture capture, with the manifest lines rewritten by edit. */
function copyOf(name: string, edit: (manifest: string) => string = (m) => m): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kleak-cap-')), name);
  temps.push(join(dir, '..'));
  cpSync(join(fixtures, name), dir, { recursive: true });
  const path = join(dir, 'manifest.txt');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

async function refusal(dir: string): Promise<InputError> {
  const e = await readCaptureDir(dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('readCaptureDir', () => {
  it('reads a good capture: report, snapshots in order with their jiffies, sections, build ids', async () => {
    const dir = join(fixtures, 'reload-v1');
    const cap = await readCaptureDir(dir);
    expect(cap.bootId).toMatch(/^[0-9a-f-]{36}$/);
    expect(cap.kernelRelease).toBe('6.1.192');
    expect(cap.report.text).toBe(readFileSync(join(dir, 'report.txt'), 'utf8'));
    expect(cap.snapshots.map((s) => s.label)).toEqual(['snapshot-1', 'snapshot-2']);
    expect(cap.snapshots[0]!.path).toBe(join(dir, 'snapshot-1', 'kallsyms.txt'));
    expect(cap.snapshots[0]!.text).toContain('[demo_wlan]');
    const [s1, s2] = cap.snapshots.map((s) => s.takenAtJiffies!);
    expect(cap.beganAtJiffies! < s1! && s1! < s2!).toBe(true);
    expect(cap.moduleSections.map((m) => [m.module, m.snapshot])).toEqual([
      ['demo_wlan', 'snapshot-1'],
      ['demo_wlan', 'snapshot-2'],
    ]);
    expect(cap.moduleSections[0]!.text).toMatch(/^\.text 0xffffffffc0[0-9a-f]{6}$/m);
    // two loads at two addresses: the section dumps differ
    expect(cap.moduleSections[0]!.text).not.toBe(cap.moduleSections[1]!.text);
    expect(cap.buildIds).toEqual([
      { module: 'demo_wlan', buildId: V1_BUILD_ID, snapshot: 'snapshot-1' },
      { module: 'demo_wlan', buildId: V1_BUILD_ID, snapshot: 'snapshot-2' },
    ]);
    expect(cap.warnings).toEqual([]);
  });

  it('refuses a capture whose snapshot the script refused (all-zero kallsyms), naming the manifest line', async () => {
    const e = await refusal(join(fixtures, 'kptr2'));
    expect(e.file).toBe(join(fixtures, 'kptr2', 'manifest.txt'));
    expect(e.line).toBeGreaterThan(0);
    expect(e.message).toMatch(/snapshot: .*only zero addresses/);
  });

  it('refuses an all-zero kallsyms on its own, even without the script saying so', async () => {
    // as if an older script had recorded the snapshot: the real zero file stays
    const dir = copyOf('kptr2', (m) => {
      const boot = /^boot_id=(.*)$/m.exec(m)![1];
      return m.replace(/^error=.*\n/m, '') + `snapshot.1.dir=snapshot-1\nsnapshot.1.boot_id=${boot}\nsnapshot.1.modules=demo_wlan\n`;
    });
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'snapshot-1', 'kallsyms.txt'));
    expect(e.message).toMatch(/every address is zero/);
  });

  it('refuses a capture made with kmemleak off', async () => {
    expect((await refusal(join(fixtures, 'plain'))).message).toMatch(/kmemleak is disabled/);
  });

  it('refuses a report read in another boot than the one the capture began in', async () => {
    const dir = copyOf('reload-v1', (m) => m.replace(/^end_boot_id=.*$/m, 'end_boot_id=9d7f1b0e-0000-4000-8000-000000000000'));
    expect((await refusal(dir)).message).toMatch(/report was read in boot 9d7f1b0e-/);
  });

  it('refuses a snapshot taken in another boot', async () => {
    const other = readFileSync(join(fixtures, 'kptr2', 'manifest.txt'), 'utf8').match(/^boot_id=(.*)$/m)![1]!;
    const dir = copyOf('reload-v1', (m) => m.replace(/^snapshot\.2\.boot_id=.*$/m, `snapshot.2.boot_id=${other}`));
    const e = await refusal(dir);
    expect(e.message).toMatch(/snapshot-2 was taken in boot/);
    expect(e.line).toBeGreaterThan(0);
  });

  it("refuses a report swapped in from another machine (objects younger than the capture's end)", async () => {
    const dir = copyOf('reload-v1');
    cpSync(join(fixtures, 'other-board-report.txt'), join(dir, 'report.txt'));
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'report.txt'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/after the capture ended/);
  });

  it('refuses a capture whose kernel log says kmemleak gave up', async () => {
    const dir = copyOf('reload-v1');
    // the real lines of a boot where kmemleak was disabled
    cpSync(join(fixtures, 'plain', 'dmesg-kmemleak.txt'), join(dir, 'dmesg-kmemleak.txt'));
    const e = await refusal(dir);
    expect(e.message).toMatch(/kmemleak stopped tracking.*Kernel memory leak detector disabled/);
  });

  it('refuses an unfinished capture, a missing manifest and names that leave the directory', async () => {
    expect((await refusal(copyOf('reload-v1', (m) => m.replace(/^complete=yes\n/m, '')))).message).toMatch(/unfinished/);
    const noManifest = copyOf('reload-v1');
    rmSync(join(noManifest, 'manifest.txt'));
    expect((await refusal(noManifest)).message).toMatch(/not a kleak-gate capture directory/);
    expect((await refusal(copyOf('reload-v1', (m) => m.replace('snapshot.1.dir=snapshot-1', 'snapshot.1.dir=..')))).message).toMatch(
      /not a file name inside/,
    );
    expect(
      (await refusal(copyOf('reload-v1', (m) => m.replace('snapshot.1.modules=demo_wlan', 'snapshot.1.modules=../../etc/x')))).message,
    ).toMatch(/bad module name/);
    expect((await refusal(copyOf('reload-v1', (m) => m.replace('format=kleak-gate-capture/1', 'format=other/9')))).message).toMatch(
      /not a kleak-gate capture manifest/,
    );
  });
});

// Copies in the test's temp dir (copyOf); the fixture files stay as the board wrote them.
describe("readCaptureDir: the report against the manifest's report_objects", () => {
  it('refuses an emptied report.txt, naming the report_objects line', async () => {
    const dir = copyOf('reload-v1');
    writeFileSync(join(dir, 'report.txt'), '');
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'manifest.txt'));
    const manifest = readFileSync(join(dir, 'manifest.txt'), 'utf8').split('\n');
    expect(manifest[e.line! - 1]).toBe('report_objects=6');
    expect(e.message).toMatch(/holds 0 of the 6 objects the board read/);
  });

  it('refuses a report.txt cut in half', async () => {
    const dir = copyOf('reload-v1');
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    writeFileSync(join(dir, 'report.txt'), text.slice(0, Math.floor(text.length / 2)));
    const e = await refusal(dir);
    expect(e.message).toMatch(/holds [1-5] of the 6 objects the board read \(report_objects=6\)/);
  });

  it('refuses a manifest without report_objects= and an emptied report (derived: the line removed from the real manifest)', async () => {
    const dir = copyOf('reload-v1', (m) => m.replace(/^report_objects=.*\n/m, ''));
    writeFileSync(join(dir, 'report.txt'), '');
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'manifest.txt'));
    expect(e.message).toMatch(
      /missing report_objects= \(how many objects the board read\): without it an emptied or cut .*report\.txt looks like a clean read/,
    );
  });

  it('refuses a report_objects= that is not a count', async () => {
    const e = await refusal(copyOf('reload-v1', (m) => m.replace('report_objects=6', 'report_objects=six')));
    expect(e.message).toMatch(/report_objects=six is not a count/);
  });
});

describe('readCaptureDir: dmesg= names a file of the capture', () => {
  it('refuses a dmesg= that leaves the capture or names the manifest or the report', async () => {
    for (const value of ['../reload-v1/dmesg-kmemleak.txt', '/etc/hostname', '..', 'manifest.txt', 'report.txt']) {
      const e = await refusal(copyOf('reload-v1', (m) => m.replace('dmesg=dmesg-kmemleak.txt', `dmesg=${value}`)));
      expect(e.file).toMatch(/manifest\.txt$/);
      expect(e.line).toBeGreaterThan(0);
      expect(e.cause_).toMatch(/^dmesg=.* is not (a file name inside the capture|the kernel log of the capture)$/);
    }
  });

  it('reads a capture whose kernel log was unavailable, with a warning that it was not checked', async () => {
    const cap = await readCaptureDir(copyOf('reload-v1', (m) => m.replace('dmesg=dmesg-kmemleak.txt', 'dmesg=unavailable')));
    expect(cap.warnings).toEqual([
      expect.stringMatching(
        /could not read the kernel log \(dmesg=unavailable\): whether kmemleak stopped tracking during the test is unchecked/,
      ),
    ]);
    const none = await readCaptureDir(copyOf('reload-v1', (m) => m.replace('dmesg=dmesg-kmemleak.txt\n', '')));
    expect(none.warnings).toEqual([expect.stringMatching(/names no kernel log/)]);
  });
});

describe('buildIdFromNoteHex', () => {
  it('reads the id out of the ELF note that /sys/module/<m>/notes holds', () => {
    const hex = readFileSync(join(fixtures, 'reload-v1', 'snapshot-1', 'build-id', 'demo_wlan.hex'), 'utf8');
    expect(buildIdFromNoteHex(hex)).toEqual({ buildId: V1_BUILD_ID });
    expect(buildIdFromNoteHex(hex.slice(0, 40))).toHaveProperty('problem');
    expect(buildIdFromNoteHex('zz')).toEqual({ problem: 'not a hex dump' });
  });
});
