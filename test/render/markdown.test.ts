import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, renderMarkdown } from '../../src/render/markdown.js';
import { blobLink } from '../../src/render/markdown-leaks.js';
import { HOSTILE, frame, leak, result } from './sample-result.js';

/** The HTML GitHub-flavoured Markdown makes of it, with code elements cut out. */
function outsideCode(md: string): string {
  const html = marked.parse(md, { gfm: true, async: false });
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
}

describe('renderMarkdown', () => {
  it('gives verdict, counts, the new leak with its backtrace and source line, the known one in the collapsed table', () => {
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
    expect(md).toContain('**1 new** · 0 grown · 0 fixed · 1 known · 0 waived · 4 objects in 1 run');
    expect(md).toContain('### 🆕 new: `memory leak in nicPktLogRxFrame [demo_wlan]`');
    expect(md).toContain(
      'nicPktLogRxFrame+0x17/0x40 [demo_wlan]  (named from kallsyms)\n    at drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:28',
    );
    expect(md).toContain(
      "```sh\nnpx github:OWNER/kleak-gate#v1 baseline update 'hil out/r.txt' \\\n  --kallsyms k.txt \\\n  --baseline baselines/board-a.json \\\n  --accept-new\n```",
    );
    const html = marked.parse(md, { gfm: true, async: false });
    // Only the other leaks are a table (header + the known one), inside a closed <details>.
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(md).toMatch(
      /<details><summary>1 known \(it does not fail the check\)<\/summary>\n\n\| status \| leak \| objects \| fingerprint \|/,
    );
    // Without a link function, the place is plain.
    expect(md).toContain('allocated at `drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:28`');
  });

  it('links the allocating line at the commit under test, and only a repository file', () => {
    const link = blobLink({ serverUrl: 'https://github.com/', owner: 'acme', repo: 'demo-wlan', sha: 'abc123' }, (f) =>
      f.startsWith('drivers/'),
    );
    const md = renderMarkdown(
      result([leak(), leak({ fingerprint: 'kl1:bb', frames: [frame('f', { file: '/usr/src/x (1).c', line: 3 })] })]),
      {
        sourceLink: link,
      },
    );
    expect(md).toContain(
      'allocated at [`drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:28`](https://github.com/acme/demo-wlan/blob/abc123/drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c#L28)',
    );
    expect(md).not.toContain('x%20(1)');
    expect(link('drivers/a b/(x).c', 5)).toBe('https://github.com/acme/demo-wlan/blob/abc123/drivers/a%20b/%28x%29.c#L5');
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
    // A known one with the same text: every row of the table still has its 4 cells.
    const table = renderMarkdown(result([{ ...hostile, status: 'known' }]), { target: 'b' });
    expect(outsideCode(table)).not.toContain('@mention');
    const rows = marked
      .parse(table, { gfm: true, async: false })
      .split('<tr>')
      .slice(1)
      .filter((r) => r.includes('<td'));
    expect(rows).toHaveLength(1);
    for (const row of rows) expect(row.match(/<td/g)).toHaveLength(4);
  });

  it('stays under the comment limit with a note when the result is huge', () => {
    const many = Array.from({ length: 3000 }, (_, i) => leak({ fingerprint: `kl1:${i.toString(16).padStart(16, '0')}` }));
    const md = renderMarkdown(result(many), { marker: '<!-- kleak-gate:x -->' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(md.startsWith('<!-- kleak-gate:x -->')).toBe(true);
    expect(md).toMatch(/Truncated to fit GitHub's size limit: \d+ parts not shown/);
  });

  it('cuts rows of the collapsed table to fit, and still closes it', () => {
    const many = Array.from({ length: 3000 }, (_, i) => leak({ status: 'known', fingerprint: `kl1:${i.toString(16).padStart(16, '0')}` }));
    const md = renderMarkdown(result(many), { marker: '<!-- kleak-gate:x -->' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(md).toMatch(/\n<\/details>\n\n> \[!NOTE\]\n> Truncated to fit GitHub's size limit: \d+ parts not shown/);
    expect(md.match(/<details>/g)).toHaveLength(md.match(/<\/details>/g)!.length);
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
