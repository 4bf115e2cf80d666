// `kleak-gate capture --print-script`: prints the board-side sh script so it
// can be copied to a device (`kleak-gate capture --print-script > kg-capture.sh`).
// The capture itself runs on the board, not here; reading a capture directory
// is `check --capture DIR`.
import { captureScriptText } from '../../capture/script.js';
import type { Command } from '../io.js';

const USAGE = 'usage: kleak-gate capture --print-script';

export const capture: Command = async (argv, io) => {
  if (argv.length === 1 && argv[0] === '--print-script') {
    io.stdout(captureScriptText());
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stdout(`${USAGE}\n  prints the POSIX sh script to run on the board: begin DIR | snapshot DIR MODULE... | end DIR\n`);
    return 0;
  }
  io.stderr(`${USAGE}\n`);
  return 2;
};
