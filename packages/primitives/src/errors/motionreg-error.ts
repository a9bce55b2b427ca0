/**
 * The closed set of error codes every motionreg package uses. Tests assert on these, never on message text.
 */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'store_unavailable',
  'decode_failed',
  'encode_failed',
  'ffmpeg_not_found',
  'remote_error',
  'internal',
] as const;

/** One of {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

const motionregErrorMarker = Symbol.for('motionreg.error');

/** Options for {@link MotionregError}. */
export interface MotionregErrorOptions {
  /** The component that raised it, e.g. `extract`; becomes the `[motionreg:extract]` prefix. */
  component: string;
  /** The underlying error, if any. */
  cause?: unknown;
  /** For errors from another service: the HTTP status. */
  status?: number;
  /** Whether repeating the same call may succeed (network faults, 429, 5xx). */
  retryable?: boolean;
}

/**
 * The one error base class of motionreg. Messages start with the component:
 * `[motionreg:extract] cannot decode clip.mp4: moov atom not found`.
 *
 * @example
 * ```ts
 * try { await extractClip('missing.mp4'); }
 * catch (error) { if (MotionregError.isInstance(error) && error.code === 'decode_failed') { ... } }
 * ```
 */
export class MotionregError extends Error {
  readonly code: ErrorCode;
  readonly component: string;
  readonly status: number | undefined;
  readonly retryable: boolean;
  private readonly [motionregErrorMarker] = true;

  constructor(code: ErrorCode, message: string, options: MotionregErrorOptions) {
    super(`[motionreg:${options.component}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MotionregError';
    this.code = code;
    this.component = options.component;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
  }

  /**
   * True for any MotionregError, even one created by another copy of this package
   * (two installed versions would defeat `instanceof`).
   */
  static isInstance(value: unknown): value is MotionregError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[motionregErrorMarker] === true;
  }
}

/** Shorthand for the most common error: bad input named with its cause. */
export function invalidInput(component: string, message: string, cause?: unknown): MotionregError {
  return new MotionregError('invalid_input', message, { component, cause });
}
