// What a command may touch of the process: injected so that tests can run
// commands in-process and the core never reads process.* itself.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  readStdin: () => Promise<string>;
  now: () => Date;
  /** The real path of the running cli.js, for the commands the CLI prints (cli/invocation.ts). */
  program?: string;
}

/** A sub-command: parses its own argv, returns the exit code (0 pass, 1 gate failed, 2 bad input). */
export type Command = (argv: string[], io: CliIO) => Promise<number>;
