import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/render/sarif.js';
import { validateSarif } from '../support/sarif-schema.js';
import { HOSTILE, frame, leak, result } from './sample-result.js';

describe('renderSarif', () => {
  const known = leak({
    status: 'known',
    fingerprint: 'kl1:aa',
    frames: [frame('kmalloc_trace'), frame(undefined, { address: 0xffffffffc027722an })],
  });
  const sarif = renderSarif(result([leak(), known]), { baseline: 'baselines/b.json' });

  it('is valid SARIF 2.1.0', () => {
    expect(validateSarif(sarif)).toEqual([]);
  });

  it('fingerprints, locates and traces each leak', () => {
    const results = (sarif as any).runs[0].results;
    expect(results).toHaveLength(2);
    const [n, k] = results;
    expect(n.ruleId).toBe('kmemleak/new');
    expect(n.level).toBe('error');
    expect(n.partialFingerprints.primaryLocationLineHash).toBe('kl1:3f2a9c0d11aa22bb');
    expect(n.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c', uriBaseId: '%SRCROOT%' },
      region: { startLine: 28 },
    });
    const flow = n.codeFlows[0].threadFlows[0].locations;
    expect(flow).toHaveLength(4);
    // Kernel-tree paths are not the repository's files: a logical location only.
    expect(flow[0].location.physicalLocation).toBeUndefined();
    expect(flow[1].location.logicalLocations[0].name).toBe('nicPktLogRxFrame+0x17/0x40 [demo_wlan]');
    expect(k.level).toBe('note');
    expect(k.locations[0].physicalLocation.artifactLocation.uri).toBe('baselines/b.json');
    expect(k.codeFlows[0].threadFlows[0].locations[1].location.message.text).toBe('0xffffffffc027722a');
  });

  it('stays valid with hostile names', () => {
    const evil = HOSTILE.join(' ');
    const s = renderSarif(result([leak({ title: evil, frames: [frame(evil, { file: 'a b/%x.c', line: 2 })] })]));
    expect(validateSarif(s)).toEqual([]);
    expect((s as any).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/%25x.c');
  });

  it('rejects what the schema rejects (the validator is live)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
  });
});
