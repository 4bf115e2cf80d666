// Entry of the Action (dist/index.js). Nothing but run(): the logic sits in
// modules that take their inputs as arguments (actions/typescript-action).
import { run } from './run.js';

void run();
