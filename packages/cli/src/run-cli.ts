import { CommanderError } from 'commander';
import { MotionregError } from '@motionreg/primitives';
import { createProgram } from './program.js';

/**
 * Runs the CLI and returns its exit code. Errors become one line on stderr (no stack trace):
 * the message of a MotionregError, or `motionreg: <message>` for anything else.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed help, the version, or its own one-line usage error.
      return error.exitCode;
    }
    const message = MotionregError.isInstance(error) ? error.message : `motionreg: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message.split('\n')[0]}\n`);
    return 1;
  }
}
