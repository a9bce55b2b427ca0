import { generatePrompts, interpret } from '@motionreg/interpret';
import { createSecureRandom } from '@motionreg/primitives';
import type { InterpretationRecord, Knowledge, LinguisticEntry, RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import { oneLineError } from '../job/fail-job.js';
import { parseLoopOptions, repeatOptionsSchema, repeatRuns } from '../repeat/repeat-runs.js';

/** Options of {@link runInterpretLoop} (besides the store, signal and log). */
export const interpretLoopOptionsSchema = repeatOptionsSchema.extend({
  /** At most this many queued prompts per cycle. @default 50 */
  queueLimit: z.number().int().positive().max(10_000).default(50),
  /** How many of the most recent jobs the backfill checks per cycle. @default 100 */
  backfillLimit: z.number().int().nonnegative().max(10_000).default(100),
  /** New readable prompts generated, interpreted and recorded per cycle. @default 1 */
  generate: z.number().int().nonnegative().max(1_000).default(1),
  /** Seed of the first cycle's generator; cycle i uses seed + i. @default a secure random seed */
  seed: z.number().int().nonnegative().max(2 ** 31).optional(),
});
export type InterpretLoopOptions = z.input<typeof interpretLoopOptionsSchema> & {
  store: RegistryStore;
  /** Stops the loop between prompts. */
  signal?: AbortSignal;
  /** @default console.log */
  log?: (line: string) => void;
};

/** What {@link runInterpretLoop} did over all cycles. */
export interface InterpretLoopSummary {
  cycles: number;
  /** Queued prompts interpreted. */
  interpreted: number;
  /** Job prompts that had no interpretation, now interpreted. */
  backfilled: number;
  generated: number;
  /** Prompts whose interpretation threw (left in the queue). */
  failed: number;
  linguisticAdded: number;
  linguisticUpdated: number;
  interrupted: boolean;
}

const previewLength = 60;

/** A prompt as the `[cycle]` lines show it: its first words, then an ellipsis. */
export function promptPreview(prompt: string): string {
  return `${prompt.length > previewLength ? prompt.slice(0, previewLength).trimEnd() : prompt}…`;
}

const mappingKey = (entry: LinguisticEntry) => `${entry.span}\u0000${entry.domain}\u0000${entry.canonical}`;

/** New and updated linguistic mappings between two readings of the registry (a mapping is unique per span, domain and canonical). */
export function linguisticGrowth(before: readonly LinguisticEntry[], after: readonly LinguisticEntry[]): { added: number; updated: number } {
  const counts = new Map(before.map((entry) => [mappingKey(entry), entry.count]));
  let added = 0;
  let updated = 0;
  for (const entry of after) {
    const earlier = counts.get(mappingKey(entry));
    if (earlier === undefined) added += 1;
    else if (entry.count > earlier) updated += 1;
  }
  return { added, updated };
}

/**
 * The interpret loop (seed 000 §4.1, seed 003 §4): each cycle drains the interpretation queue,
 * backfills the prompts of jobs that were never interpreted, generates new readable prompts, and
 * reports how the linguistic registry grew (completing an interpretation grows its mappings, once).
 * Logs exactly `[cycle] interpreted: …`, `[cycle] backfill: n interpreted`, `[cycle] generated: …`
 * and `[cycle] linguistic growth: +n new, m updated`.
 *
 * @example
 * ```ts
 * await runInterpretLoop({ store, runs: 0, delayMs: 5_000, signal: controller.signal });
 * ```
 */
export async function runInterpretLoop(options: InterpretLoopOptions): Promise<InterpretLoopSummary> {
  const { store, signal, log = console.log, ...plain } = options;
  const settings = parseLoopOptions(interpretLoopOptionsSchema, plain, 'interpret loop');
  const firstSeed = settings.seed ?? createSecureRandom().int(0, 2 ** 31 - 1);
  const summary: InterpretLoopSummary = { cycles: 0, interpreted: 0, backfilled: 0, generated: 0, failed: 0, linguisticAdded: 0, linguisticUpdated: 0, interrupted: false };
  const stopped = () => signal?.aborted === true;

  /** Interprets one queued record and completes it; false when interpretation threw (the record stays queued). */
  const complete = async (record: InterpretationRecord, knowledge: Knowledge): Promise<boolean> => {
    let instruction;
    try {
      instruction = interpret(record.prompt, { linguistic: knowledge.linguistic, knowledge });
    } catch (error) {
      summary.failed += 1;
      log(`[cycle] failed: ${promptPreview(record.prompt)} ${oneLineError(error)}`);
      return false;
    }
    await store.completeInterpretation(record.id, instruction);
    return true;
  };

  summary.cycles = await repeatRuns({ runs: settings.runs, delayMs: settings.delayMs, ...(signal === undefined ? {} : { signal }) }, async (cycle) => {
    const before = await store.listLinguistic();
    const knowledge = await store.getKnowledge();

    for (const record of await store.listInterpretations({ status: 'pending', limit: settings.queueLimit })) {
      if (stopped()) break;
      if (await complete(record, knowledge)) {
        summary.interpreted += 1;
        log(`[cycle] interpreted: ${promptPreview(record.prompt)}`);
      }
    }

    let backfilled = 0;
    if (settings.backfillLimit > 0 && !stopped()) {
      const prompts = new Set((await store.listJobs({ limit: settings.backfillLimit })).map((job) => job.prompt.trim()).filter((prompt) => prompt.length > 0));
      for (const prompt of prompts) {
        if (stopped()) break;
        // why: enqueueing returns a prompt already known as it is, so only prompts never interpreted come back pending.
        const record = await store.enqueueInterpretation({ prompt, source: 'backfill' });
        if (record.status === 'pending' && (await complete(record, knowledge))) backfilled += 1;
      }
    }
    summary.backfilled += backfilled;
    log(`[cycle] backfill: ${backfilled} interpreted`);

    if (settings.generate > 0 && !stopped()) {
      const avoid = knowledge.prompts.map((earlier) => earlier.prompt);
      const seed = (firstSeed + cycle) % 2 ** 31;
      for (const generated of generatePrompts({ count: settings.generate, seed, knowledge, linguistic: knowledge.linguistic, avoid })) {
        if (stopped()) break;
        const record = await store.enqueueInterpretation({ prompt: generated.prompt, source: 'generator' });
        if (record.status === 'pending' && (await complete(record, knowledge))) {
          summary.generated += 1;
          log(`[cycle] generated: ${promptPreview(generated.prompt)}`);
        }
      }
    }

    const growth = linguisticGrowth(before, await store.listLinguistic());
    summary.linguisticAdded += growth.added;
    summary.linguisticUpdated += growth.updated;
    log(`[cycle] linguistic growth: +${growth.added} new, ${growth.updated} updated`);
  });
  summary.interrupted = stopped();
  return summary;
}
