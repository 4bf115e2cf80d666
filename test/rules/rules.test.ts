import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { applyRules, grownFactor } from '../../src/rules/apply.js';
import { byFunction, HIL, leaksFrom } from './real-leaks.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const config = (yaml: string) => parseConfig(yaml, '.kleak-gate.yml');

// v2 while loaded: the NVRAM buffer and one packet-log copy, both named by the kernel.
const v2 = leaksFrom('v2-report-loaded.txt');
const nvram = byFunction(v2, 'nicLoadNvramCfg');
const pktlog = byFunction(v2, 'nicPktLogRxFrame');

describe('scope', () => {
  it('no scope: nothing is out of scope', () => {
    expect(applyRules(v2, config(''), { runs: 1, now: NOW }).decisions.size).toBe(0);
  });
  it('a leak allocated in core code is in scope through a later driver frame; - and _ are equal', () => {
    // Both leaks allocate in core (kmalloc_trace, kmemdup); demo_wlan frames come later.
    const r = applyRules(v2, config('scope: { modules: [demo-wlan] }'), { runs: 1, now: NOW });
    expect(r.decisions.size).toBe(0);
  });
  it("another team's module: both leaks out of scope, with the reason", () => {
    const r = applyRules(v2, config('scope: { modules: ["iwl*"] }'), { runs: 1, now: NOW });
    expect(r.decisions.get(nvram.fingerprint)).toEqual({ status: 'out-of-scope', reason: 'not in scope (modules iwl*)' });
    expect(r.decisions.get(pktlog.fingerprint)?.status).toBe('out-of-scope');
  });
  it('paths match resolved files (here the file addr2line gives for nicPktLogRxFrame, see hil-6.1 README)', () => {
    const resolved = v2.map((l) => ({
      ...l,
      frames: l.frames.map((f) =>
        f.function === 'nicPktLogRxFrame' ? { ...f, file: 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c', line: 28 } : f,
      ),
    }));
    const r = applyRules(resolved, config('scope: { paths: ["./drivers/net/wireless/demo_wlan/**"] }'), { runs: 1, now: NOW });
    expect(r.decisions.has(pktlog.fingerprint)).toBe(false);
    // NVRAM's frames carry no file (not resolved): paths cannot judge it, so it stays in scope (fail closed).
    expect(r.decisions.has(nvram.fingerprint)).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('a leak whose resolved files are all elsewhere is out of scope by paths', () => {
    // The header addr2line gives for the inlined kmalloc of nicLoadNvramCfg (hil-6.1 README), on the allocator frame.
    const resolved = v2.map((l) => ({
      ...l,
      frames: l.frames.map((f, i) =>
        l.fingerprint === nvram.fingerprint && i === 0 ? { ...f, file: '/usr/src/linux-6.1/include/linux/slab.h', line: 563 } : f,
      ),
    }));
    const r = applyRules(resolved, config('scope: { paths: ["drivers/net/wireless/demo_wlan/**"] }'), { runs: 1, now: NOW });
    expect(r.decisions.get(nvram.fingerprint)?.status).toBe('out-of-scope');
  });

  it('reports a scope pattern that matched nothing (a typo would pass every leak)', () => {
    const r = applyRules(v2, config('scope: { modules: [demo_wlam] }'), { runs: 1, now: NOW });
    expect(r.warnings).toEqual([
      '.kleak-gate.yml: scope.modules demo_wlam matched no frame of any leak in this run (a typo would put every leak out of scope)',
    ]);
  });
});

describe('waivers', () => {
  it('by fingerprint: the leak is waived with its reason', () => {
    const r = applyRules(
      v2,
      config(`waivers:\n  - fingerprint: "${nvram.fingerprint}"\n    reason: NVRAM kept for the device lifetime\n`),
      {
        runs: 1,
        now: NOW,
      },
    );
    expect(r.decisions.get(nvram.fingerprint)).toEqual({
      status: 'waived',
      reason: `NVRAM kept for the device lifetime (waiver at .kleak-gate.yml:2 (${nvram.fingerprint}))`,
    });
    expect(r.decisions.has(pktlog.fingerprint)).toBe(false);
    expect(r.warnings).toEqual([]);
  });
  it('by frames, valgrind style: "..." skips the allocator, then the named functions', () => {
    const c = config('waivers:\n  - frames: ["...", "nicPktLog*", "nicRxProcessDataPacket"]\n    reason: packet log owned by firmware\n');
    const r = applyRules(v2, c, { runs: 1, now: NOW });
    expect(r.decisions.get(pktlog.fingerprint)?.status).toBe('waived');
    expect(r.decisions.has(nvram.fingerprint)).toBe(false);
  });
  it('a frame pattern is anchored at the allocator frame: without "..." it does not slide', () => {
    const c = config('waivers:\n  - frames: ["nicPktLogRxFrame"]\n    reason: r\n');
    const r = applyRules(v2, c, { runs: 1, now: NOW });
    expect(r.decisions.size).toBe(0);
    expect(r.warnings[0]).toMatch(/is stale/);
  });
  it('frame names are compared after compiler-suffix normalization', () => {
    const renamed = v2.map((l) => ({
      ...l,
      frames: l.frames.map((f) => (f.function === 'nicPktLogRxFrame' ? { ...f, function: 'nicPktLogRxFrame.isra.0' } : f)),
    }));
    const c = config('waivers:\n  - frames: ["kmemdup", "nicPktLogRxFrame", "..."]\n    reason: r\n');
    expect(applyRules(renamed, c, { runs: 1, now: NOW }).decisions.get(pktlog.fingerprint)?.status).toBe('waived');
  });
  it('a raw (unnamed) frame is not matched by "*", only by "..."', () => {
    // v1 loaded: demo_wlan_init is a raw 0xffffffffc0313012 (its .init.text was freed).
    const v1 = leaksFrom('v1-report-loaded.txt');
    const star = config('waivers:\n  - frames: ["kmalloc_trace", "nicLoadNvramCfg", "*", "*", "*", "do_one_initcall"]\n    reason: r\n');
    expect(applyRules(v1, star, { runs: 1, now: NOW }).decisions.size).toBe(0);
    const dots = config('waivers:\n  - frames: ["kmalloc_trace", "nicLoadNvramCfg", "...", "do_one_initcall"]\n    reason: r\n');
    expect(applyRules(v1, dots, { runs: 1, now: NOW }).decisions.size).toBe(1);
  });
  it('an expired waiver no longer hides its leak, and the output names it', () => {
    const c = config(`waivers:\n  - fingerprint: "${nvram.fingerprint}"\n    reason: r\n    expires: 2026-11-24\n`);
    const r = applyRules(v2, c, { runs: 1, now: NOW });
    expect(r.decisions.has(nvram.fingerprint)).toBe(false);
    expect(r.warnings).toEqual([
      `waiver at .kleak-gate.yml:2 (${nvram.fingerprint}) expired on 2026-11-24: not applied, its leak is no longer hidden`,
    ]);
  });
  it('a waiver still applies on its expiry day', () => {
    const c = config(`waivers:\n  - fingerprint: "${nvram.fingerprint}"\n    reason: r\n    expires: 2026-11-25\n`);
    expect(applyRules(v2, c, { runs: 1, now: NOW }).decisions.get(nvram.fingerprint)?.status).toBe('waived');
  });
  it('a waiver that matches nothing is reported as stale', () => {
    const c = config('waivers:\n  - fingerprint: "kl1:00000000deadbeef"\n    reason: fixed long ago\n');
    const r = applyRules(v2, c, { runs: 1, now: NOW });
    expect(r.decisions.size).toBe(0);
    expect(r.warnings).toEqual([
      'waiver at .kleak-gate.yml:2 (kl1:00000000deadbeef) is stale: it matched no leak in this run; remove it if the leak is fixed',
    ]);
  });
  it('out of scope wins over a waiver, and such a waiver is not stale', () => {
    const c = config(`scope: { modules: [other] }\nwaivers:\n  - fingerprint: "${nvram.fingerprint}"\n    reason: r\n`);
    const r = applyRules(v2, c, { runs: 1, now: NOW });
    expect(r.decisions.get(nvram.fingerprint)?.status).toBe('out-of-scope');
    // no "stale" waiver warning, only the scope pattern that matched nothing
    expect(r.warnings).toEqual([
      '.kleak-gate.yml: scope.modules other matched no frame of any leak in this run (a typo would put every leak out of scope)',
    ]);
  });
});

describe('several runs: min-seen', () => {
  // Three boots: the packet-log leak alone (a record taken out of v2), v1 and v3 (NVRAM).
  const runs = leaksFrom('v2-report-loaded-pktlog-only.txt', 'v1-report-loaded.txt', 'v3-report-loaded.txt');
  const nv = byFunction(runs, 'nicLoadNvramCfg');
  const pk = byFunction(runs, 'nicPktLogRxFrame');

  it('the same leak site from three boots is one leak seen in 2 of 3 runs', () => {
    expect(runs).toHaveLength(2);
    expect(nv.runs).toEqual([1, 2]);
    expect(pk.runs).toEqual([0]);
  });
  it('min-seen 2: a leak in 1 of 3 runs is flaky ("seen 1/3"), the one in 2 of 3 is not', () => {
    const r = applyRules(runs, config('runs: { min-seen: 2 }'), { runs: 3, now: NOW });
    expect(r.decisions.get(pk.fingerprint)).toEqual({ status: 'flaky', reason: 'seen 1/3 runs, below runs.min-seen 2' });
    expect(r.decisions.has(nv.fingerprint)).toBe(false);
  });
  it('min-seen 3: both are flaky', () => {
    const r = applyRules(runs, config('runs: { min-seen: 3 }'), { runs: 3, now: NOW });
    expect(r.decisions.get(nv.fingerprint)?.reason).toBe('seen 2/3 runs, below runs.min-seen 3');
    expect(r.decisions.get(pk.fingerprint)?.status).toBe('flaky');
  });
  it('min-seen above the number of runs: fail closed (a leak in every run counts) and warn', () => {
    const r = applyRules(leaksFrom('v1-report-loaded.txt'), config('runs: { min-seen: 2 }'), { runs: 1, now: NOW });
    expect(r.decisions.size).toBe(0);
    expect(r.warnings[0]).toMatch(/runs\.min-seen is 2 but only 1 run\(s\) were given/);
  });
  it('a waiver wins over flaky (a human decision is the better explanation)', () => {
    const c = config(`runs: { min-seen: 2 }\nwaivers:\n  - fingerprint: "${pk.fingerprint}"\n    reason: r\n`);
    expect(applyRules(runs, c, { runs: 3, now: NOW }).decisions.get(pk.fingerprint)?.status).toBe('waived');
  });
});

describe('several runs: whole reports after rmmod, named from the kallsyms snapshots', () => {
  // Two boots, two KASLR offsets, every demo_wlan frame a raw address: v1
  // (NVRAM + TX template x2) and v3 (NVRAM; the template leak fixed).
  const leaks = leaksFrom(
    { report: `${HIL}v1/report-after-rmmod.txt`, kallsyms: [`${HIL}v1/kallsyms-before-rmmod.txt`] },
    { report: `${HIL}v3/report-after-rmmod.txt`, kallsyms: [`${HIL}v3/kallsyms-before-rmmod.txt`] },
  );
  const tmpl = byFunction(leaks, 'nicTxGenerateDescTemplate');
  const nv = byFunction(leaks, 'nicLoadNvramCfg');

  it('min-seen 2: the template leak (v1 only) is flaky "seen 1/2", NVRAM (both boots) is not', () => {
    expect(leaks).toHaveLength(2);
    const r = applyRules(leaks, config('runs: { min-seen: 2 }'), { runs: 2, now: NOW });
    expect(r.decisions.get(tmpl.fingerprint)).toEqual({ status: 'flaky', reason: 'seen 1/2 runs, below runs.min-seen 2' });
    expect(r.decisions.has(nv.fingerprint)).toBe(false);
  });
  it('scope by module reaches frames named from a snapshot (the module was gone when the report was read)', () => {
    const r = applyRules(leaks, config('scope: { modules: [demo_wlan] }'), { runs: 2, now: NOW });
    expect(r.decisions.size).toBe(0);
  });
  it('a frame waiver for the template family matches the symbolized raw frames', () => {
    const c = config('waivers:\n  - frames: ["...", "nicTxGenerateDescTemplate", "qmActivateStaRec"]\n    reason: template\n');
    const r = applyRules(leaks, c, { runs: 2, now: NOW });
    expect([...r.decisions.keys()]).toEqual([tmpl.fingerprint]);
  });
});

describe('grownFactor', () => {
  it('is 2 without a config (kmemleak counts vary between boots), and the configured factor otherwise', () => {
    expect(grownFactor(undefined)).toBe(2);
    expect(grownFactor(config('grown: { factor: 2.5 }'))).toBe(2.5);
  });
});
