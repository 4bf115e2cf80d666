import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  codeSpan,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  htmlCode,
  workflowCommand,
} from '../../src/render/escape.js';

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a```b')).toBe('````a```b````');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
  it('escapes pipes only in table cells and flattens newlines', () => {
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a\r\nb')).toBe('`a b`');
  });
});

describe('codeBlock', () => {
  it('outgrows a fence inside the text', () => {
    const block = codeBlock('x\n```\n````y');
    expect(block.startsWith('`````text\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
});

describe('HTML', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    expect(htmlCode('<b>\n</b>')).toBe('<code>&lt;b&gt; &lt;/b&gt;</code>');
  });
});

describe('workflow commands', () => {
  it('encodes %, CR and LF in data, plus : and , in properties', () => {
    expect(escapeCommandData('100%\r\n::error::x')).toBe('100%25%0D%0A::error::x');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  it('keeps a hostile message on the command line it belongs to', () => {
    const line = workflowCommand('error', { file: 'x.c', line: 3, title: 't::error::x,y' }, 'm\n::error::pwned');
    expect(line).toBe('::error file=x.c,line=3,title=t%3A%3Aerror%3A%3Ax%2Cy::m%0A::error::pwned');
    expect(line.split('\n')).toHaveLength(1);
  });
  it('drops absent properties', () => {
    expect(workflowCommand('warning', { file: undefined, title: 'k' }, 'w')).toBe('::warning title=k::w');
  });
});
