import { MotionregError } from '@motionreg/primitives';
import type { Job } from '@motionreg/primitives';

/**
 * The `conflict` a lease renewal answers when `worker` no longer holds `job`'s lease, naming why: the
 * job is finished, or another worker (or nobody, after a retry put it back) holds it now.
 */
export function leaseLost(job: Job, worker: string): MotionregError {
  const why = job.status === 'completed' || job.status === 'failed'
    ? `it is already ${job.status}`
    : `it is held by ${job.leaseOwner === null ? 'nobody' : JSON.stringify(job.leaseOwner)} now (the lease ran out or the job was put back)`;
  return new MotionregError('conflict', `cannot renew the lease of job ${job.id} for worker ${JSON.stringify(worker)}: ${why}`, { component: 'grow' });
}
