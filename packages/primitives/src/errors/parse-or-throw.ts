import type { z } from 'zod';
import { MotionregError } from './motionreg-error.js';

/** Where a {@link parseOrThrow} failure is reported: the component (message prefix) and what was parsed. */
export interface ParseOrThrowContext {
  /** The component that parses, e.g. `grow`; becomes the `[motionreg:grow]` prefix. */
  component: string;
  /** What the value is, in words: `job update`, `render option`, `scene spec`. */
  what: string;
}

/**
 * Parses `value` with a zod schema and returns the parsed output; on a mismatch throws one
 * `MotionregError('invalid_input')` whose one-line message names `what`, the first issue's dotted
 * path and its message (`[motionreg:grow] invalid job update at status: Invalid option: ...`). The
 * ZodError is kept as the cause.
 *
 * @example
 * ```ts
 * const options = parseOrThrow(renderClipOptionsSchema, input, { component: 'render', what: 'render option' });
 * ```
 */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown, context: ParseOrThrowContext): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.map(String).join('.')}`;
  // why: a message is one line (CLI errors print it as is); zod's messages rarely break lines, but a custom one may.
  const message = (issue?.message ?? 'does not match its schema').replace(/\s+/g, ' ').trim();
  throw new MotionregError('invalid_input', `invalid ${context.what}${path}: ${message}`, { component: context.component, cause: parsed.error });
}
