// The repository config's conventional place: used by the CLI, the Action
// and the git hook when no other config is named, so that all three give the
// same verdict on the same input.
export const DEFAULT_CONFIG = '.kleak-gate.yml';
