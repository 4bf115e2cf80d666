// The repository config's conventional place: used by the CLI, the Action
// and the git hook when no other config is named, so that all three give the
// same verdict on the same input.
export const DEFAULT_CONFIG = '.kleak-gate.yml';

/** The baseline used when none is named and no target picks baselines/<target>.json. */
export const DEFAULT_BASELINE = 'baselines/kmemleak.json';
