import { createHash } from 'node:crypto';
import { MotionregError } from '@motionreg/primitives';
import type { ClipInfo } from '@motionreg/primitives';
import type { ServiceDependencies } from '../app/app-env.js';
import type { RawHandler } from '../app/handlers.js';
import { ServiceError } from '../app/service-error.js';
import { clipContentType } from '../clips/clip-store.js';
import type { ClipStore } from '../clips/clip-store.js';
import { declaredLength, limitedStream } from '../middleware/body-limit.js';

function clipsOf(deps: ServiceDependencies): ClipStore {
  if (deps.clips === undefined) throw new MotionregError('not_found', 'this service keeps no clips (no clip store configured)', { component: 'service' });
  return deps.clips;
}

/**
 * `PUT /api/jobs/:id/clip`: the MP4 body is streamed to the clip store (never held whole), hashed
 * and counted on the way; the answer names its size and SHA-256. The job must exist. Needs a
 * Content-Length (R2 takes streams of a known length) of at most the clip limit.
 */
export const uploadClip: RawHandler = async (c, deps) => {
  const clips = clipsOf(deps);
  const jobId = c.req.param('id') ?? '';
  const what = `PUT ${c.req.path}`;
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== clipContentType) throw new ServiceError('invalid_input', `${what}: a clip is sent as Content-Type ${clipContentType}, not ${JSON.stringify(type ?? '')}`, { status: 415, field: 'Content-Type' });
  const bytes = declaredLength(c.req.header('Content-Length'), what);
  if (bytes === undefined) throw new ServiceError('invalid_input', `${what}: a clip upload needs a Content-Length`, { status: 411, field: 'Content-Length' });
  if (bytes > deps.clipLimitBytes) throw new ServiceError('invalid_input', `${what}: the clip is ${bytes} bytes, more than the limit of ${deps.clipLimitBytes} bytes`, { status: 413 });
  const body = c.req.raw.body;
  if (bytes === 0 || body === null) throw new ServiceError('invalid_input', `${what}: the clip is empty`, { field: 'body' });
  if ((await deps.store.getJob(jobId)) === null) throw new MotionregError('not_found', `no job ${JSON.stringify(jobId)} to keep a clip for`, { component: 'service' });

  const hash = createHash('sha256');
  let counted = 0;
  const counting = limitedStream(deps.clipLimitBytes, what, (chunk) => {
    hash.update(chunk);
    counted += chunk.byteLength;
  });
  await clips.put(jobId, body.pipeThrough(counting), bytes);
  c.set('bodyConsumed', true);
  if (counted !== bytes) throw new ServiceError('invalid_input', `${what}: the body held ${counted} bytes, not the ${bytes} its Content-Length declared`, { field: 'Content-Length' });
  const info: ClipInfo = { jobId, bytes, sha256: hash.digest('hex'), contentType: clipContentType };
  return c.json(info);
};

/** `GET /api/jobs/:id/clip`: streams the clip back, 404 when none was uploaded. */
export const downloadClip: RawHandler = async (c, deps) => {
  const jobId = c.req.param('id') ?? '';
  const clip = await clipsOf(deps).get(jobId);
  if (clip === null) throw new MotionregError('not_found', `no clip for job ${JSON.stringify(jobId)}`, { component: 'service' });
  return new Response(clip.body, { status: 200, headers: { 'Content-Type': clipContentType, 'Content-Length': String(clip.bytes) } });
};

/** The clip routes by their `registryApi` names. */
export const clipRoutes = { uploadClip, downloadClip };
