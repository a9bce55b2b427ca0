import { setTimeout as sleep } from 'node:timers/promises';
import { invalidInput } from '@motionreg/primitives';
import { z } from 'zod';

/** How often and how fast a loop runs: shared by every loop. */
export const repeatOptionsSchema = z.object({
  /** How many runs; 0 runs until the signal aborts (SIGINT/SIGTERM in the CLI). @default 1 */
  runs: z.number().int().nonnegative().max(10_000_000).default(1),
  /** Milliseconds to wait between runs (the wait ends early when the signal aborts). @default 0 */
  delayMs: z.number().int().nonnegative().max(86_400_000).default(0),
});
export type RepeatOptions = z.input<typeof repeatOptionsSchema>;

/** Parses a loop's options with zod, naming the loop and the first bad option. */
export function parseLoopOptions<Schema extends z.ZodType>(schema: Schema, options: unknown, loop: string): z.infer<Schema> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput('loops', `invalid ${loop} option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, parsed.error);
  }
  return parsed.data;
}

/**
 * Calls `run(index)` `runs` times (or forever with `runs: 0`), waiting `delayMs` between runs, and stops
 * before the next run once `signal` aborts. A run in progress is never cut off here: each loop's run
 * decides how to finish or fail its own work when the signal aborts. Returns how many runs started.
 */
export async function repeatRuns(options: { runs: number; delayMs: number; signal?: AbortSignal }, run: (index: number) => Promise<void>): Promise<number> {
  let index = 0;
  while ((options.runs === 0 || index < options.runs) && options.signal?.aborted !== true) {
    if (index > 0 && options.delayMs > 0) {
      try {
        await sleep(options.delayMs, undefined, options.signal === undefined ? {} : { signal: options.signal });
      } catch {
        break; // why: the signal aborted the wait; no run was started, so there is nothing to finish.
      }
    }
    await run(index);
    index += 1;
  }
  return index;
}
