import type { RegistryStore } from '@motionreg/primitives';

/** The one-line form of any thrown value, as a job's `error` holds it (at most 2,000 characters). */
export function oneLineError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return (line.length > 0 ? line : 'unknown error').slice(0, 2_000);
}

/**
 * Marks a job `failed` with the one-line error, unless growth already completed it. A store that
 * cannot record the failure (it is down, too) is left as it is: the job then shows up as stale in
 * diagnostics, which is the truth, and the original error is what the caller rethrows.
 */
export async function failJob(store: RegistryStore, jobId: string, error: unknown): Promise<void> {
  try {
    const current = await store.getJob(jobId);
    if (current === null || current.status === 'completed') return;
    await store.updateJob(jobId, { status: 'failed', error: oneLineError(error), clipPath: current.clipPath });
  } catch {
    // why: the caller rethrows the step's error, which says more than the store's second failure.
  }
}
