import { MotionregError, apiErrorSchema, errorCodes } from '@motionreg/primitives';
import type { ErrorCode } from '@motionreg/primitives';
import { z } from 'zod';
import { isRetryableStatus } from '../retry/retry-policy.js';

/**
 * What the client keeps of an error body that does not match `apiErrorSchema` exactly (an older or
 * newer service, a proxy's page): any message and code it can find. Third-party answers are parsed
 * leniently, never cast.
 */
const looseErrorSchema = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    field: z.string().optional(),
    errorId: z.string().optional(),
    /** A service may mark a 409 as "the same idempotency key is still being processed: try again". */
    retryable: z.boolean().optional(),
  }),
});

/** The code a status stands for when the body names none we know. */
function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 413 || status === 422) return 'invalid_input';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 429 || status >= 500) return 'store_unavailable';
  return 'remote_error';
}

function isErrorCode(value: string | undefined): value is ErrorCode {
  return value !== undefined && (errorCodes as readonly string[]).includes(value);
}

/** Where an error happened, for its message: `POST /api/growth (recordGrowth)`. */
export interface RequestLabel {
  readonly method: string;
  readonly path: string;
  readonly name: string;
}

export const labelOf = (label: RequestLabel): string => `${label.method} ${label.path} (${label.name})`;

/**
 * Maps a non-2xx answer to a `MotionregError` carrying the service's code, the HTTP status and
 * whether a retry may succeed. A 409 is retryable only when the service says so (in the body, or by
 * sending `Retry-After`): that is the service's "this idempotency key is still in flight" answer,
 * never a real conflict such as a name already taken.
 */
export function mapErrorResponse(label: RequestLabel, status: number, bodyText: string, headers: Headers): MotionregError {
  let json: unknown;
  try {
    json = bodyText.length > 0 ? JSON.parse(bodyText) : undefined;
  } catch {
    json = undefined;
  }
  const strict = apiErrorSchema.safeParse(json);
  const loose = looseErrorSchema.safeParse(json);
  const error = strict.success ? strict.data.error : loose.success ? loose.data.error : undefined;
  const code = isErrorCode(error?.code) ? error.code : codeForStatus(status);
  const inFlight = status === 409 && ((loose.success && loose.data.error.retryable === true) || headers.has('retry-after'));
  const retryable = isRetryableStatus(status) || inFlight;
  const detail = error?.message ?? (bodyText.trim().slice(0, 200) || 'no body');
  const extras = [error?.field === undefined ? '' : ` (field ${error.field})`, error?.errorId === undefined ? '' : ` (error id ${error.errorId})`].join('');
  return new MotionregError(code, `${labelOf(label)} answered ${status}: ${detail}${extras}`, { component: 'client', status, retryable });
}
