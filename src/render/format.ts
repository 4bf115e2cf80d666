// The interface every output format implements (the registry in index.ts
// lists them). A format renders data into text; where it goes (stdout,
// --output, an Action file input) is the caller's business.
import type { CheckResult, Leak } from '../model.js';

/** What a renderer may need besides the result; all of it plain data. */
export interface RenderContext {
  /** The baseline file as the user named it (where leaks without a source line are placed). */
  baseline: string;
  /** Board / matrix leg. */
  target?: string;
  /** Which resolved source paths are files of this repository (default: any relative path). */
  inRepo?: (file: string) => boolean;
  /** The "how to accept" command of this run (accept-command.ts), for the formats people read. */
  acceptCommand?: string;
}

/** `symbolize`'s output: leaks without a verdict. */
export interface LeaksView {
  leaks: Leak[];
  runs: number;
  warnings: string[];
}

export interface OutputFormat {
  /** `--format NAME`; for `actionFile` formats also the Action's input and output NAME. */
  name: string;
  /** The conventional file extension, with the dot. */
  extension: string;
  /** One line for --help and action.yml. */
  help: string;
  /** `check`'s output: the result with its verdict. */
  render: (result: CheckResult, ctx: RenderContext) => string;
  /** `symbolize`'s output; absent = the format needs a verdict. */
  renderLeaks?: (view: LeaksView) => string;
  /** The Action writes it to the path given in the input of the same name (and sets the output to it). */
  actionFile?: boolean;
  /** Machine-readable: warnings go to stderr too, since the document may not show them to a person. */
  machine: boolean;
}
