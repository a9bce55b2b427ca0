import { MotionregError } from '@motionreg/primitives';
import type { ClipInfo, RegistryStore } from '@motionreg/primitives';

/** A store that also keeps each job's clip (the registry service's typed client does). */
export interface ClipSharingStore extends RegistryStore {
  uploadClip(jobId: string, clip: string): Promise<ClipInfo>;
}

/** True for a store that can keep clips, so a report on any machine can play what any worker found. */
export function canShareClips(store: RegistryStore): store is ClipSharingStore {
  return typeof (store as Partial<ClipSharingStore>).uploadClip === 'function';
}

/**
 * Uploads a job's rendered clip to a store that keeps clips (the service), and does nothing on a local store,
 * whose clips already sit beside it. A service run without clip storage answers `not_found`: the job goes on,
 * as the clip is for people to watch, not part of what is measured. Any other failure fails the job (the
 * client has already retried it).
 *
 * @returns what the store kept, or `null` when it keeps no clips.
 */
export async function shareClip(store: RegistryStore, jobId: string, clipPath: string): Promise<ClipInfo | null> {
  if (!canShareClips(store)) return null;
  try {
    return await store.uploadClip(jobId, clipPath);
  } catch (error) {
    if (MotionregError.isInstance(error) && error.code === 'not_found') return null;
    throw error;
  }
}
