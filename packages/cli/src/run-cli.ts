import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { errorReport } from './terminal/print-error.js';
import { startRun } from './terminal/shutdown.js';

/**
 * Runs the CLI and returns its exit code. Errors become one line on stderr (no stack trace unless
 * `MOTIONREG_DEBUG=1`): the message of a MotionregError, or `[motionreg:cli] <message>` for anything else.
 * A run stopped by SIGINT (130), SIGTERM (143) or a closed pipe (0) prints nothing: the command has
 * cleaned up after itself by the time this returns.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  const run = startRun();
  try {
    await program.parseAsync([...argv]);
    return run.exitCode ?? 0;
  } catch (error) {
    if (run.exitCode !== undefined) return run.exitCode;
    if (error instanceof CommanderError) {
      // Commander already printed help, the version, or its own one-line usage error.
      return error.exitCode;
    }
    process.stderr.write(errorReport(error));
    return 1;
  } finally {
    run.end();
  }
}
