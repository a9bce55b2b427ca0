import { MotionregError } from '@motionreg/primitives';
import type { Job, JobStatus, RegistryStore } from '@motionreg/primitives';

/** Errors {@link moveJob} raised because another worker has the job now: the job is theirs, not failed. */
const takenOver = new WeakSet<object>();

/** True for the error {@link moveJob} throws when the job belongs to another worker (never mark it failed). */
export function isTakenOver(error: unknown): error is MotionregError {
  return typeof error === 'object' && error !== null && takenOver.has(error);
}

/** A `conflict` marked as taken over (see {@link isTakenOver}): the job is another worker's now. */
export function takenOverError(message: string): MotionregError {
  const error = new MotionregError('conflict', message, { component: 'loops' });
  takenOver.add(error);
  return error;
}

/**
 * Moves a job on to `status`, unless it is no longer this worker's: completed meanwhile, or claimed by
 * another worker after this one's lease ran out. Then it throws `conflict` (see {@link isTakenOver})
 * and leaves the job alone, rather than setting a finished job back to `rendered`.
 */
export async function moveJob(store: RegistryStore, job: Job, status: JobStatus, clipPath: string): Promise<void> {
  const current = await store.getJob(job.id);
  const stolen = current === null || current.status === 'completed' || current.status === 'failed' || current.leaseOwner !== job.leaseOwner;
  if (stolen) {
    const holder = current?.status === 'completed' || current?.status === 'failed' ? `is already ${current.status}` : `was claimed by ${current?.leaseOwner ?? 'nobody'}`;
    throw takenOverError(`job ${job.id} ${holder} while this worker (${job.leaseOwner ?? 'unleased'}) ran it: its lease ran out; leaving it to them`);
  }
  await store.updateJob(job.id, { status, clipPath });
}
