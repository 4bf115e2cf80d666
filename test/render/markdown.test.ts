import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, renderMarkdown } from '../../src/render/markdown.js';
import { HOSTILE, frame, leak, result } from './sample-result.js';

/** The HTML GitHub-flavoured Markdown makes of it, with code elements cut out. */
function outsideCode(md: string): string {
  const html = marked.parse(md, { gfm: true, async: false });
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
}

describe('renderMarkdown', () => {
  it('gives verdict, counts, the new leak with its backtrace and source line', () => {
    const md = renderMarkdown(
      result([leak(), leak({ status: 'known', fingerprint: 'kl1:aa', title: 'memory leak in nicLoadNvramCfg [demo_wlan]' })]),
      {
        target: 'board-a',
        marker: '<!-- kleak-gate:board-a -->',
        acceptCommand:
          "npx github:OWNER/kleak-gate#v1 baseline update 'hil out/r.txt' --kallsyms k.txt --baseline baselines/board-a.json --accept-new",
      },
    );
    expect(md.startsWith('<!-- kleak-gate:board-a -->\n')).toBe(true);
    expect(md).toContain('❌ kleak-gate on `board-a`: 1 new leak');
    expect(md).toContain('nicPktLogRxFrame+0x17/0x40 [demo_wlan] (drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:28)');
    expect(md).toContain(
      "```sh\nnpx github:OWNER/kleak-gate#v1 baseline update 'hil out/r.txt' --kallsyms k.txt --baseline baselines/board-a.json --accept-new\n```",
    );
    const html = marked.parse(md, { gfm: true, async: false });
    expect(html.match(/<tr>/g)).toHaveLength(2 + 3); // counts: header + row; leaks: header + two rows
  });

  it('says clean now when asked and has no accept hint without new leaks', () => {
    const md = renderMarkdown(result([]), { cleanNow: true });
    expect(md).toContain('clean now');
    expect(md).not.toContain('accept it');
  });

  it('keeps device text inert: no HTML, no mention, no broken table, fences hold', () => {
    const evil = HOSTILE.join(' ');
    const hostile = leak({
      title: `memory leak in ${evil} [demo_wlan]`,
      frames: [frame(evil, { module: '@mention', file: 'drivers/x|y.c', line: 3 }), frame('```\n@mention\n```')],
      records: [{ object: '0x1', size: 64, comm: evil, frames: [], source: { file: 'r', line: 1 }, run: 0 }],
    });
    const md = renderMarkdown(result([hostile], { warnings: [evil] }), { target: 'b' });
    // A real tag is live even inside <code>: look at the whole HTML for it.
    expect(marked.parse(md, { gfm: true, async: false })).not.toMatch(/<img/i);
    const text = outsideCode(md);
    expect(text).not.toContain('@mention');
    expect(text).not.toContain('::error::');
    expect(text).not.toContain('$(touch');
    const html = marked.parse(md, { gfm: true, async: false });
    // Every row of the leak table still has its 6 cells.
    const rows = html
      .split('<tr>')
      .slice(1)
      .filter((r) => r.includes('<td'));
    for (const row of rows) expect(row.match(/<td/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('stays under the comment limit with a note when the result is huge', () => {
    const many = Array.from({ length: 3000 }, (_, i) => leak({ fingerprint: `kl1:${i.toString(16).padStart(16, '0')}` }));
    const md = renderMarkdown(result(many), { marker: '<!-- kleak-gate:x -->' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(md.startsWith('<!-- kleak-gate:x -->')).toBe(true);
    expect(md).toMatch(/Truncated to fit GitHub's size limit: \d+ parts not shown/);
  });

  it('lists fixed leaks', () => {
    const md = renderMarkdown(
      result([], {
        fixed: [{ fingerprint: 'kl1:ff', title: 'memory leak in nicTxGenerateDescTemplate [demo_wlan]', key: [], objects: 2, bytes: 8192 }],
      }),
      {},
    );
    expect(md).toContain('### Fixed');
    expect(md).toContain('`memory leak in nicTxGenerateDescTemplate [demo_wlan]` `kl1:ff`');
  });
});

describe('job summary size', () => {
  it('stays under GitHub’s 1 MiB of UTF-8 even with multi-byte device text', async () => {
    const { SUMMARY_MAX } = await import('../../src/render/markdown.js');
    const wide = '漏'.repeat(300);
    const many = Array.from({ length: 3000 }, (_, i) => leak({ fingerprint: `kl1:${i}`, title: `memory leak in ${wide}${i}` }));
    const md = renderMarkdown(result(many), { maxLength: SUMMARY_MAX });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
    expect(md).toContain('Truncated');
  });
});
