import { invalidInput, MotionregError } from '@motionreg/primitives';
import type { Job, RegistryStore } from '@motionreg/primitives';
import { takenOverError } from './move-job.js';

/** Options of {@link keepLease}. */
export interface KeepLeaseOptions {
  store: RegistryStore;
  /** A job this worker claimed: its `leaseOwner` is the worker that renews. */
  job: Job;
  /** The lease length each renewal asks for; a renewal runs every third of it. */
  leaseMs: number;
  /** The caller's own stop signal, folded into {@link LeaseKeeper.signal}. */
  signal?: AbortSignal;
  /** Hears a renewal that failed for another reason than a lost lease (the store down); the next one retries. */
  onError?: (error: unknown) => void;
}

/** What {@link keepLease} returns. */
export interface LeaseKeeper {
  /** Aborts when the lease is lost (its reason is then a taken-over `conflict`, see `isTakenOver`) or when the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Stops renewing (call it in a `finally`); a renewal in flight finishes but nothing follows it. */
  stop(): void;
}

/**
 * Keeps a claimed job's lease alive while the worker runs it: renews it every `leaseMs / 3`, so a render
 * longer than the lease is never claimed by a second worker. A renewal answered `conflict` or
 * `not_found` means the job is another worker's now (this one's lease ran out and it was claimed, or
 * the job was finished or put back meanwhile): the keeper then aborts its signal with a taken-over
 * error, so the job stops and is left to its holder rather than failed.
 *
 * @example
 * ```ts
 * const lease = keepLease({ store, job, leaseMs: 600_000, signal });
 * try {
 *   await runJob({ store, job, seed, outDir, signal: lease.signal });
 * } finally {
 *   lease.stop();
 * }
 * ```
 */
export function keepLease(options: KeepLeaseOptions): LeaseKeeper {
  const { store, job, leaseMs, signal, onError } = options;
  const worker = job.leaseOwner;
  if (worker === null) throw invalidInput('loops', `keepLease: job ${job.id} has no lease to keep (claim it first)`);
  if (!Number.isInteger(leaseMs) || leaseMs <= 0) throw invalidInput('loops', `keepLease: leaseMs must be a positive integer, got ${leaseMs}`);
  const lost = new AbortController();
  const combined = signal === undefined ? lost.signal : AbortSignal.any([signal, lost.signal]);
  // why: a third of the lease leaves two more chances to renew before it runs out, should one renewal be slow or fail.
  const everyMs = Math.max(1, Math.floor(leaseMs / 3));
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const renew = async () => {
    try {
      await store.renewLease({ jobId: job.id, worker, leaseMs });
    } catch (error) {
      if (MotionregError.isInstance(error) && (error.code === 'conflict' || error.code === 'not_found')) {
        if (!stopped) lost.abort(takenOverError(`job ${job.id} is no longer this worker's (${worker}): ${error.message}; leaving it to its holder`));
        stopped = true;
        return;
      }
      // why: a store that is down now may answer the next renewal; a lease lost meanwhile shows up as its conflict.
      onError?.(error);
    }
    schedule();
  };
  const schedule = () => {
    if (stopped || combined.aborted) return;
    // why: the next renewal is timed from the end of this one, so renewals never overlap on a slow store.
    timer = setTimeout(() => void renew(), everyMs);
    // why: renewal alone must not keep a process alive whose work has ended.
    timer.unref?.();
  };
  schedule();
  return {
    signal: combined,
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
