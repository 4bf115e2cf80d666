import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { renderSarif } from '../../src/render/sarif.js';
import { githubSarifProblems } from '../support/github-sarif.js';
import { validateSarif } from '../support/sarif-schema.js';
import { HOSTILE, frame, leak, result } from './sample-result.js';

describe('renderSarif', () => {
  const known = leak({
    status: 'known',
    fingerprint: 'kl1:aa',
    baselineObjects: 1,
    frames: [frame('kmalloc_trace'), frame(undefined, { address: 0xffffffffc027722an })],
  });
  const grown = leak({ status: 'grown', fingerprint: 'kl1:bb', baselineObjects: 1 });
  const waived = leak({ status: 'waived', fingerprint: 'kl1:cc' });
  const sarif = renderSarif(result([leak(), known, grown, waived]), { baseline: 'baselines/b.json' }) as any;

  it('is valid SARIF 2.1.0 with every property GitHub code scanning requires', () => {
    expect(validateSarif(sarif)).toEqual([]);
    expect(githubSarifProblems(sarif)).toEqual([]);
  });

  it('checks GitHub’s required properties for real (the checker is live)', () => {
    const bare = structuredClone(sarif);
    delete bare.runs[0].tool.driver.rules[0].fullDescription;
    bare.runs[0].tool.driver.rules[1].help.text = '';
    delete bare.runs[0].results[0].partialFingerprints;
    expect(githubSarifProblems(bare)).toEqual([
      'runs[0].tool.driver.rules[0].fullDescription.text is missing',
      'runs[0].tool.driver.rules[1].help.text is missing',
      'runs[0].results[0].partialFingerprints.primaryLocationLineHash is missing',
    ]);
  });

  it('describes each rule: short and full description, help in text and Markdown, the tool version', () => {
    const driver = sarif.runs[0].tool.driver;
    expect(driver.version).toBe(pkg.version);
    expect(driver.rules.map((r: any) => r.id)).toEqual([
      'kmemleak/new',
      'kmemleak/grown',
      'kmemleak/known',
      'kmemleak/unidentified',
      'kmemleak/unreadable',
    ]);
    for (const rule of driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.markdown).toContain('## How to fix');
    }
    expect(driver.rules[0].help.text).toContain('baseline update');
    expect(driver.rules[0].help.markdown).toContain('--accept-new');
  });

  it('fingerprints, locates, traces and compares each leak with the baseline', () => {
    const results = sarif.runs[0].results;
    expect(results.map((r: any) => [r.ruleId, r.level, r.baselineState])).toEqual([
      ['kmemleak/new', 'error', 'new'],
      ['kmemleak/known', 'note', 'unchanged'],
      ['kmemleak/grown', 'error', 'updated'],
    ]);
    const [n, k, g] = results;
    expect(n.partialFingerprints.primaryLocationLineHash).toBe('kl1:3f2a9c0d11aa22bb');
    expect(n.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c', uriBaseId: '%SRCROOT%' },
      region: { startLine: 28 },
    });
    expect(n.message.text.split('\n')[0]).toBe('memory leak in nicPktLogRxFrame [demo_wlan]: 2 object(s), 128 bytes.');
    const flow = n.codeFlows[0].threadFlows[0].locations;
    expect(flow).toHaveLength(4);
    // A kernel-tree file outside the repository is still a file: an absolute URI.
    expect(flow[0].location.physicalLocation).toEqual({
      artifactLocation: { uri: 'file:///usr/src/linux-6.1/mm/util.c' },
      region: { startLine: 131 },
    });
    expect(flow[1].importance).toBe('essential');
    expect(flow[1].location.logicalLocations[0].name).toBe('nicPktLogRxFrame+0x17/0x40 [demo_wlan]');
    // No file known: no physical location is made up.
    expect(flow[2].location.physicalLocation).toBeUndefined();
    expect(k.locations[0].physicalLocation.artifactLocation.uri).toBe('baselines/b.json');
    expect(k.codeFlows[0].threadFlows[0].locations[1].location.message.text).toBe('0xffffffffc027722a');
    expect(g.properties.baselineObjects).toBe(1);
  });

  it('gives inlined frames steps of their own, and relative paths outside the repository their own base', () => {
    const inl = leak({
      frames: [
        frame('kmalloc_trace'),
        frame('nicLoadNvramCfg', {
          module: 'demo_wlan',
          file: 'drivers/net/wireless/demo_wlan/nic/nic.c',
          line: 37,
          inlined: [{ function: 'kmalloc', file: 'include/linux/slab.h', line: 563 }],
        }),
      ],
    });
    const s = renderSarif(result([inl]), { baseline: 'baselines/kmemleak.json', inRepo: (f) => f.startsWith('drivers/') }) as any;
    const flow = s.runs[0].results[0].codeFlows[0].threadFlows[0].locations;
    expect(flow.map((f: any) => f.location.message.text)).toEqual([
      'kmalloc_trace',
      'kmalloc [inline] include/linux/slab.h:563',
      'nicLoadNvramCfg [demo_wlan] drivers/net/wireless/demo_wlan/nic/nic.c:37',
    ]);
    expect(flow[1].location.physicalLocation.artifactLocation).toEqual({ uri: 'include/linux/slab.h', uriBaseId: 'BUILD_SRCROOT' });
    expect(Object.keys(s.runs[0].originalUriBaseIds)).toEqual(['%SRCROOT%', 'BUILD_SRCROOT']);
    expect(validateSarif(s)).toEqual([]);
  });

  it('gives each target its own automation id; without a target the upload category decides', () => {
    const a = renderSarif(result([leak()]), { baseline: 'baselines/kmemleak.json', target: 'rpi4-usb' }) as any;
    const b = renderSarif(result([leak()]), { baseline: 'baselines/kmemleak.json', target: 'imx8-sdio' }) as any;
    expect(a.runs[0].automationDetails).toEqual({ id: 'kleak-gate/rpi4-usb/' });
    expect(b.runs[0].automationDetails).toEqual({ id: 'kleak-gate/imx8-sdio/' });
    expect(sarif.runs[0].automationDetails).toBeUndefined();
  });

  it('stays valid with hostile names', () => {
    const evil = HOSTILE.join(' ');
    const s = renderSarif(result([leak({ title: evil, frames: [frame(evil, { file: 'a b/%x.c', line: 2 })] })]), {
      baseline: 'baselines/kmemleak.json',
    });
    expect(validateSarif(s)).toEqual([]);
    expect(githubSarifProblems(s as any)).toEqual([]);
    expect((s as any).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/%25x.c');
  });

  it('rejects what the schema rejects (the validator is live)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
  });
});
