export { applyRules, grownFactor, seenText } from './apply.js';
export type { RuleDecision, RuleStatus, RulesResult } from './apply.js';
export { compileFramePattern } from './frames.js';
export { compileScope } from './scope.js';
export { isExpired } from './waivers.js';
