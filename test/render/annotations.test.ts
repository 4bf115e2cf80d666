import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX, annotationCommands, planAnnotations } from '../../src/render/annotations.js';
import { frame, leak, result } from './sample-result.js';

describe('planAnnotations', () => {
  it('puts a new leak on its allocating source line with the backtrace', () => {
    const [a, ...rest] = planAnnotations(result([leak(), leak({ status: 'known', fingerprint: 'kl1:aa' })]), {
      baseline: 'baselines/kmemleak.json',
    });
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ level: 'error', file: 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c', line: 28 });
    expect(a!.title).toBe('new memory leak in nicPktLogRxFrame [demo_wlan]');
    expect(a!.message).toContain('\nkmemdup+0x1c/0x40 (/usr/src/linux-6.1/mm/util.c:131)\nnicPktLogRxFrame+0x17/0x40');
  });

  it('falls back to the baseline file when no frame is in the repository', () => {
    const noSource = leak({ frames: [frame('kmalloc_trace'), frame(undefined, { address: 0xffffffffc027722an })] });
    const [a] = planAnnotations(result([noSource]), { baseline: 'baselines/b.json', inRepo: () => false });
    expect(a).toMatchObject({ file: 'baselines/b.json', line: 1 });
  });

  it('points a fixed leak at its baseline entry', () => {
    const r = result([], { fixed: [{ fingerprint: 'kl1:ff', title: 't', key: [], objects: 1, bytes: 1 }] });
    const [a] = planAnnotations(r, { baseline: 'b.json', baselineLine: (fp) => (fp === 'kl1:ff' ? 17 : undefined) });
    expect(a).toMatchObject({ level: 'notice', file: 'b.json', line: 17 });
  });

  it('keeps within 10 per level with room for the step’s own error and warnings, most important first', () => {
    const many = Array.from({ length: 15 }, (_, i) => leak({ fingerprint: `kl1:${i}`, objects: i + 1 }));
    const list = planAnnotations(result(many, { warnings: Array.from({ length: 12 }, (_, i) => `w${i}`) }), {
      baseline: 'baselines/kmemleak.json',
    });
    const errors = list.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    expect(errors[0]!.message).toContain('15 object(s)');
    expect(errors[8]!.title).toBe('7 more new or grown leaks');
    expect(list.filter((a) => a.level === 'warning')).toHaveLength(8);
  });

  it('clips messages to GitHub’s 4096 characters', () => {
    const deep = leak({ frames: Array.from({ length: 400 }, (_, i) => frame(`fn_${i}_${'x'.repeat(20)}`)) });
    const [a] = planAnnotations(result([deep]), { baseline: 'baselines/kmemleak.json' });
    expect(a!.message.length).toBe(MESSAGE_MAX);
  });

  it('writes one escaped command line per annotation', () => {
    const evil = leak({ title: '::error::x\n::warning::y', frames: [frame('a,b:c', { file: 'x.c', line: 1 })] });
    const lines = annotationCommands(planAnnotations(result([evil]), { baseline: 'baselines/kmemleak.json' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      '::error file=x.c,line=1,title=new %3A%3Aerror%3A%3Ax %3A%3Awarning%3A%3Ay::2 object(s), 128 bytes; fingerprint kl1:3f2a9c0d11aa22bb%0Aa,b:c (x.c:1)',
    );
    expect(lines[0]).not.toContain('\n');
  });
});
