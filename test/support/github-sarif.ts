// GitHub code scanning's required SARIF properties, as its reference page
// "SARIF support for code scanning" (docs.github.com, code-security/reference/
// code-scanning/sarif-files/sarif-support) lists them, checked on a SARIF log
// on top of the schema. "The empty string is not supported for required
// properties", so a required string must be non-empty. One deliberate gap:
// the page marks region columns required too, but kleak-gate knows lines,
// not columns, and SARIF (§3.30) reads a region without columns as the whole
// line, which is what code scanning then highlights.

type Json = Record<string, any>;

function text(v: unknown): boolean {
  return typeof v === 'string' && v !== '';
}

function physicalProblems(where: string, p: Json | undefined): string[] {
  if (!p) return [`${where}.physicalLocation is missing`];
  const out: string[] = [];
  if (!text(p.artifactLocation?.uri)) out.push(`${where}.physicalLocation.artifactLocation.uri is missing`);
  if (!(Number.isInteger(p.region?.startLine) && p.region.startLine > 0)) out.push(`${where}.physicalLocation.region.startLine is missing`);
  return out;
}

/** Every required property GitHub documents that is absent or empty, one line each. */
export function githubSarifProblems(log: Json): string[] {
  const out: string[] = [];
  if (!text(log.$schema)) out.push('$schema is missing');
  if (log.version !== '2.1.0') out.push('version is not 2.1.0');
  if (!Array.isArray(log.runs) || log.runs.length === 0) return [...out, 'runs is missing'];
  log.runs.forEach((run: Json, r: number) => {
    const driver = run.tool?.driver;
    if (!text(driver?.name)) out.push(`runs[${r}].tool.driver.name is missing`);
    if (!Array.isArray(driver?.rules)) out.push(`runs[${r}].tool.driver.rules is missing`);
    (driver?.rules ?? []).forEach((rule: Json, i: number) => {
      const at = `runs[${r}].tool.driver.rules[${i}]`;
      if (!text(rule.id)) out.push(`${at}.id is missing`);
      for (const p of ['shortDescription', 'fullDescription', 'help']) if (!text(rule[p]?.text)) out.push(`${at}.${p}.text is missing`);
      if (typeof rule.shortDescription?.text === 'string' && rule.shortDescription.text.length > 1024)
        out.push(`${at}.shortDescription.text is over 1024 characters`);
      if (typeof rule.fullDescription?.text === 'string' && rule.fullDescription.text.length > 1024)
        out.push(`${at}.fullDescription.text is over 1024 characters`);
      if (typeof rule.name === 'string' && rule.name.length > 255) out.push(`${at}.name is over 255 characters`);
    });
    if (!Array.isArray(run.results)) out.push(`runs[${r}].results is missing`);
    (run.results ?? []).forEach((res: Json, i: number) => {
      const at = `runs[${r}].results[${i}]`;
      if (!text(res.message?.text)) out.push(`${at}.message.text is missing`);
      if (!Array.isArray(res.locations) || res.locations.length === 0) out.push(`${at}.locations is missing`);
      else if (res.locations.length > 10) out.push(`${at}.locations has more than 10 entries`);
      (res.locations ?? []).forEach((l: Json, j: number) => out.push(...physicalProblems(`${at}.locations[${j}]`, l.physicalLocation)));
      if (!text(res.partialFingerprints?.primaryLocationLineHash)) out.push(`${at}.partialFingerprints.primaryLocationLineHash is missing`);
    });
  });
  return out;
}
