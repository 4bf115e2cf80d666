// Entry of dist/cli.js: builds the process IO and exits with the code.
import { realpathSync } from 'node:fs';
import { runCli } from './run.js';

const io = {
  stdout: (t: string) => void process.stdout.write(t),
  stderr: (t: string) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  now: () => new Date(),
  // Symlinks resolved: node_modules/.bin/kleak-gate is a link to the package's dist/cli.js.
  program: process.argv[1] ? realpathSync(process.argv[1]) : undefined,
};

// `kleak-gate check … | head`: a reader that stops early is no error of ours; the
// verdict's exit code stands (without this, node throws EPIPE with a stack trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
