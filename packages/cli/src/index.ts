/**
 * @packageDocumentation
 * `@motionreg/cli`: the `motionreg` command line. Its programmatic entry runs the same commands.
 */
export { createProgram } from './program.js';
export { runCli } from './run-cli.js';
