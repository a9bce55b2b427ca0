import { MotionregError } from '@motionreg/primitives';

/**
 * Runs `operation` again when it fails with a retryable `conflict`: another writer changed what the
 * operation was planned on (a key or a name appeared, a guard failed). The next attempt plans
 * against the new state, so a retry can never double-count. Small random waits spread the writers.
 */
export async function retryConflicts<T>(operation: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const retry = MotionregError.isInstance(error) && error.code === 'conflict' && error.retryable && attempt < attempts;
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 8 * attempt));
    }
  }
}
