// A comment as GitHub shows it, in a real browser: the Markdown through a
// GFM renderer (marked), styled by GitHub's own markdown CSS
// (github-markdown-css), in headless Chromium (Debian `chromium`) driven by
// puppeteer-core, at a reviewer's column width. What is measured: whether
// anything runs past the page or past its own box (a table that scrolls, a
// code block whose lines are cut), with every <details> opened so folded
// content is laid out too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import puppeteer, { type Browser } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

/** The flags this machine's Chromium needs headless (no sandbox as root, no network chatter), and a fresh profile. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'kleak-gate-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function commentHtml(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  // GitHub's comment body: .markdown-body with 16 px padding inside the column.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; } .markdown-body { box-sizing: border-box; padding: 16px; }</style></head>
<body><article class="markdown-body">${body}</article></body></html>`;
}

export interface Overflow {
  /** The page is wider than the viewport. */
  page: boolean;
  /** Elements whose content is wider than their box (they scroll or cut), as `tag: text…`. */
  boxes: string[];
  /** The links of the comment. */
  links: string[];
}

export async function measure(browser: Browser, markdown: string, width: number, screenshot?: string): Promise<Overflow> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.setContent(commentHtml(markdown), { waitUntil: 'load' });
    if (screenshot) {
      // As a reviewer opens it: the first backtrace and the table of the other leaks unfolded.
      const height = await page.evaluate(() => {
        for (const d of [...document.querySelectorAll('details')].slice(0, 2)) d.open = true;
        return Math.ceil(document.querySelector('article')!.getBoundingClientRect().height);
      });
      await page.setViewport({ width, height });
      await page.screenshot({ path: screenshot as `${string}.png` });
    }
    return await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      const boxes: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('article *')) {
        const tooWide = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
        const pastEdge = el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5;
        if (tooWide || pastEdge) boxes.push(`${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 60)}`);
      }
      return {
        page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        boxes,
        links: [...document.querySelectorAll('a')].map((a) => a.href),
      };
    });
  } finally {
    await page.close();
  }
}
