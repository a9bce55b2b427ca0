import { MotionregError } from '@motionreg/primitives';
import type { z } from 'zod';

/** Parses a caller's input with its contract schema; a mismatch is `invalid_input` naming the first issue. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new MotionregError('invalid_input', `invalid ${what}${where}: ${issue?.message ?? 'does not match its schema'}`, { component: 'grow', cause: parsed.error });
}
