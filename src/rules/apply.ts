// The rules between fingerprinting and comparing with the baseline: which
// leaks are someone else's (scope), which a person accepted (waivers), and
// which showed too seldom to trust (runs.min-seen). Pure: no files, no clock.

import type { Leak } from '../model.js';
import { defaultConfig, type Config } from '../config/types.js';
import { compileScope, describeScope } from './scope.js';
import { compileWaivers, describeWaiver } from './waivers.js';

export type RuleStatus = 'waived' | 'out-of-scope' | 'flaky';

export interface RuleDecision {
  status: RuleStatus;
  reason: string;
}

export interface RulesResult {
  /** Keyed by fingerprint; leaks without an entry go on to the baseline comparison. */
  decisions: Map<string, RuleDecision>;
  warnings: string[];
}

export function applyRules(leaks: readonly Leak[], config: Config, opts: { runs: number; now: Date }): RulesResult {
  const decisions = new Map<string, RuleDecision>();
  const warnings: string[] = [];
  const scope = compileScope(config.scope);
  const waivers = compileWaivers(config.waivers, opts.now);
  const used = new Set<number>();

  // With fewer runs than min-seen every leak would be "flaky" and the gate
  // could never fail: require what the runs can give, and say so.
  let minSeen = config.runs.minSeen;
  if (minSeen > opts.runs) {
    warnings.push(
      `${config.path}: runs.min-seen is ${minSeen} but only ${opts.runs} run(s) were given; a leak seen in all ${opts.runs} counts`,
    );
    minSeen = opts.runs;
  }

  for (const leak of leaks) {
    // An unidentified leak's fingerprint and frames are not its allocation site's: no rule can be about it.
    if (leak.unidentified) continue;
    const matching = waivers.map((w, i) => ({ w, i })).filter(({ w }) => w.matches(leak));
    matching.forEach(({ i }) => used.add(i));
    const live = matching.find(({ w }) => !w.expired);
    let decision: RuleDecision | undefined;
    if (config.scope && !scope.inScope(leak)) {
      decision = { status: 'out-of-scope', reason: `not in scope (${describeScope(config.scope)})` };
    } else if (live) {
      const w = live.w.waiver;
      decision = { status: 'waived', reason: `${w.reason} (${describeWaiver(w)}${w.expires ? `, until ${w.expires}` : ''})` };
    } else if (leak.runs.length < minSeen) {
      decision = { status: 'flaky', reason: `seen ${leak.runs.length}/${opts.runs} runs, below runs.min-seen ${minSeen}` };
    }
    if (decision) decisions.set(leak.fingerprint, decision);
  }

  if (config.scope && leaks.length > 0) {
    for (const p of scope.unused())
      warnings.push(`${config.path}: ${p} matched no frame of any leak in this run (a typo would put every leak out of scope)`);
  }
  waivers.forEach(({ waiver, expired }, i) => {
    if (expired) {
      const hit = used.has(i) ? 'its leak is no longer hidden' : 'it matched no leak either';
      warnings.push(`${describeWaiver(waiver)} expired on ${waiver.expires}: not applied, ${hit}`);
    } else if (!used.has(i)) {
      warnings.push(`${describeWaiver(waiver)} is stale: it matched no leak in this run; remove it if the leak is fixed`);
    }
  });
  return { decisions, warnings };
}

/** "grown" fails only when objects exceed factor × the baseline's count. */
export function grownFactor(config: Config | undefined): number {
  return config?.grown.factor ?? defaultConfig().grown.factor;
}
