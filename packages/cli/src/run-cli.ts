import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { errorReport } from './terminal/print-error.js';

/**
 * Runs the CLI and returns its exit code. Errors become one line on stderr (no stack trace unless
 * `MOTIONREG_DEBUG=1`): the message of a MotionregError, or `[motionreg:cli] <message>` for anything else.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed help, the version, or its own one-line usage error.
      return error.exitCode;
    }
    process.stderr.write(errorReport(error));
    return 1;
  }
}
