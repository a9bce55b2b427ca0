/**
 * @packageDocumentation
 * `@motionreg/cli`: the `motionreg` command line. Its programmatic entry runs the same commands.
 */
export { createProgram } from './program.js';
export { runCli } from './run-cli.js';
export { runLoop, runLoopOptionsSchema } from './loop/run-loop.js';
export type { LoopRunReport, RunLoopOptions } from './loop/run-loop.js';
export { choosePrompt, replayShare } from './loop/choose-prompt.js';
