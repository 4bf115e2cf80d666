// The output registry: every format once. The CLI's --format and its help,
// and the Action's file inputs/outputs (`actionFile`), come from this list.
// To add a format: write a module that exports an OutputFormat (format.ts)
// and add it here; then `UPDATE=1 npx vitest run test/inputs` if it is an
// Action file (action.yml gains its input and output).
import { showInvisible } from './escape.js';
import type { OutputFormat } from './format.js';
import { gitlabFormat } from './gitlab.js';
import { jsonFormat } from './json.js';
import { junitFormat } from './junit.js';
import { ktapFormat } from './ktap.js';
import { markdownFormat } from './markdown.js';
import { sarifFormat } from './sarif.js';
import { textFormat } from './text.js';

export const FORMATS: readonly OutputFormat[] = [
  textFormat,
  jsonFormat,
  markdownFormat,
  sarifFormat,
  junitFormat,
  gitlabFormat,
  ktapFormat,
].map(visible);

/**
 * Whatever a format writes, no invisible character of device text reaches a
 * reader (escape.ts showInvisible): shown as `\u202e` in text, Markdown and
 * XML, and written as JSON's own escape in JSON documents (the same data).
 * Formats whose consumer decodes the JSON and shows the strings (SARIF,
 * GitLab) escape them in the data as well.
 */
function visible(f: OutputFormat): OutputFormat {
  const { render, renderLeaks } = f;
  const out: OutputFormat = { ...f, render: (result, ctx) => showInvisible(render(result, ctx)) };
  if (renderLeaks) out.renderLeaks = (view) => showInvisible(renderLeaks(view));
  return out;
}

export const FORMAT_NAMES: readonly string[] = FORMATS.map((f) => f.name);

export function outputFormat(name: string): OutputFormat {
  const f = FORMATS.find((x) => x.name === name);
  if (!f) throw new Error(`no output format '${name}'`);
  return f;
}
