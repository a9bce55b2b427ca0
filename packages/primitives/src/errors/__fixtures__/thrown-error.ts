import { MotionregError } from '../motionreg-error.js';

/** The MotionregError a call throws, so a test can assert on its code and message; any other outcome fails the test. */
export function thrownError(run: () => unknown): MotionregError {
  try {
    run();
  } catch (error) {
    if (MotionregError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a MotionregError');
}
