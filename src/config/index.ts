export { loadConfig } from './load.js';
export { parseConfig, ANY_FRAMES } from './parse.js';
export { defaultConfig } from './types.js';
export type { Config, ConfigRef, HookConfig, Scope, Waiver } from './types.js';
