import { MotionregError } from '@motionreg/primitives';
import type { ApiError, ErrorCode } from '@motionreg/primitives';

/**
 * The one table from error code to HTTP status. Every route's errors pass through it (the app's
 * error handler), so a code answers with the same status wherever it is raised.
 */
export const statusByCode: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  decode_failed: 422,
  store_unavailable: 503,
  remote_error: 502,
  encode_failed: 500,
  ffmpeg_not_found: 500,
  internal: 500,
};

/** Seconds a client should wait before retrying a `store_unavailable` answer. */
export const storeUnavailableRetryAfterSeconds = 2;

export interface ServiceErrorOptions {
  /** The HTTP status when it is not the code's usual one (413, 415, 411, 422 for a reused key). */
  status?: number;
  /** For a 400: the dotted path of the field at fault. */
  field?: string;
  headers?: Readonly<Record<string, string>>;
  retryable?: boolean;
  cause?: unknown;
}

/**
 * An error the service raises about the request itself (auth, size, shape, idempotency). It is a
 * {@link MotionregError} (component `service`) that may name the field at fault and carry a status
 * of its own for the protocol-level answers the code table does not cover (413, 411, 415).
 */
export class ServiceError extends MotionregError {
  readonly httpStatus: number;
  readonly field: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string, options: ServiceErrorOptions = {}) {
    super(code, message, {
      component: 'service',
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      ...(options.retryable === undefined ? {} : { retryable: options.retryable }),
    });
    this.name = 'ServiceError';
    this.httpStatus = options.status ?? statusByCode[code];
    this.field = options.field;
    this.headers = options.headers ?? {};
  }
}

/** What an error becomes on the wire: a status, headers and an {@link ApiError} body. */
export interface ErrorAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ApiError;
  /** Set for faults the client cannot act on: logged server-side under `body.error.errorId`. */
  readonly logged: boolean;
}

/**
 * Maps any thrown value to its answer. Request errors and store errors with a client-side code keep
 * their message (it names the input and cause, never a stack); anything else becomes a 500 with an
 * error id, its detail kept for the server log only.
 */
export function answerFor(error: unknown, errorId: () => string): ErrorAnswer {
  if (error instanceof ServiceError) {
    return {
      status: error.httpStatus,
      headers: error.headers,
      body: { error: { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) } },
      logged: false,
    };
  }
  if (MotionregError.isInstance(error)) {
    const status = statusByCode[error.code];
    if (status < 500 || error.code === 'store_unavailable') {
      const headers: Record<string, string> = error.code === 'store_unavailable' ? { 'Retry-After': String(storeUnavailableRetryAfterSeconds) } : {};
      return { status, headers, body: { error: { code: error.code, message: error.message } }, logged: error.code === 'store_unavailable' };
    }
  }
  const id = errorId();
  return {
    status: 500,
    headers: {},
    body: { error: { code: 'internal', message: `[motionreg:service] internal error; the service log has its detail under errorId ${id}`, errorId: id } },
    logged: true,
  };
}
