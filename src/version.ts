// The tool's version, from package.json (bundled into dist/ at build time):
// `--version`, SARIF's tool.driver.version and anything else that names it.
import pkg from '../package.json' with { type: 'json' };

export const TOOL_VERSION: string = pkg.version;
