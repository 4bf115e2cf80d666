// Waiver frame patterns are matched against the names the fingerprint uses,
// so that `.isra.0` / `.constprop.3` / `.cold` from one build don't defeat a
// waiver written against another: one normalization for both.
export { normalizeFunctionName } from '../fingerprint/normalize.js';
