// The Action writes every file format of the registry (`actionFile`) to the
// path given in the input of the same name, relative to the workspace or
// absolute, and sets the output of that name to it: the same documents as
// `kleak-gate check --format`, on the real v2 run.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/render/index.js';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';

beforeAll(async () => {
  await ensureBuilt();
});

describe('file outputs', () => {
  it('junit, gitlab, ktap and sarif land where their inputs say, and the outputs name them', async () => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/kmemleak.json');
    const abs = join(mkdtempSync(join(tmpdir(), 'kg-files-')), 'kleak-gate.ktap');
    const paths: Record<string, string> = { junit: 'reports/kleak-gate.xml', gitlab: 'gl-code-quality.json', ktap: abs, sarif: 'k.sarif' };
    const run = await runAction({ workspace: ws, inputs: { ...inputsFor('v2'), ...paths }, apiUrl: 'http://127.0.0.1:9' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    for (const f of FORMATS.filter((x) => x.actionFile)) expect(run.outputs[f.name], f.name).toBe(paths[f.name]);
    const read = (p: string) => readFileSync(p.startsWith('/') ? p : join(ws, p), 'utf8');
    expect(read(paths.junit!)).toMatch(/<failure type="new"[^>]*kl1:1f21d21286858462/);
    expect((JSON.parse(read(paths.gitlab!)) as { fingerprint: string }[])[0]!.fingerprint).toBe('kl1:1f21d21286858462');
    expect(read(abs)).toMatch(/^KTAP version 1\n[\s\S]*^not ok 1 memory leak in nicPktLogRxFrame/m);
    expect(run.outputs.grown).toBe('0');
  });

  it('without the inputs, no file is written and the outputs are empty', async () => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/kmemleak.json');
    const run = await runAction({ workspace: ws, inputs: inputsFor('v2'), apiUrl: 'http://127.0.0.1:9' });
    for (const f of FORMATS.filter((x) => x.actionFile)) expect(run.outputs[f.name], f.name).toBe('');
  });
});
