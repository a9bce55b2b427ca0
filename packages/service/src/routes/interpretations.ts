import type { InterpretationRecord, PromptGrowthOutcome } from '@motionreg/primitives';
import type { JsonHandlers } from '../app/handlers.js';
import { pathParameter } from '../app/handlers.js';

type InterpretationRoutes =
  | 'recordPromptGrowth' | 'enqueueInterpretation' | 'enqueueInterpretations' | 'listInterpretations'
  | 'completeInterpretation' | 'backfillInterpretations' | 'listLinguistic' | 'recordPromptGrowthBatch';

/** The most jobs and interpretations a prompt backfill reads (the store's list limit). */
const backfillScanLimit = 10_000;

/**
 * The most prompts one backfill request enqueues, whatever `limit` asks: each costs 2 statements,
 * and a request must stay within D1's 50 queries per Worker invocation. A caller wanting more calls
 * again until `enqueued` comes back empty.
 */
export const backfillPromptsPerRequest = 20;

/** The interpretation queue and the linguistic registry. Batches apply their items in order, each exactly once by the store. */
export const interpretationHandlers: Pick<JsonHandlers, InterpretationRoutes> = {
  recordPromptGrowth: ({ deps, input }) => deps.store.recordPromptGrowth(input),
  enqueueInterpretation: ({ deps, input }) => deps.store.enqueueInterpretation(input),
  enqueueInterpretations: async ({ deps, input }) => {
    const items: InterpretationRecord[] = [];
    for (const item of input.items) items.push(await deps.store.enqueueInterpretation(item));
    return { items };
  },
  listInterpretations: ({ deps, input }) => deps.store.listInterpretations(input),
  completeInterpretation: ({ deps, params, input }) => deps.store.completeInterpretation(pathParameter(params, 'id'), input.instruction),
  backfillInterpretations: async ({ deps, input }) => {
    // why: a job's prompt that was never queued or interpreted is queued with source "backfill";
    // enqueueing a known prompt returns it unchanged, so a repeat of this request adds nothing.
    const known = new Set((await deps.store.listInterpretations({ limit: backfillScanLimit })).map((record) => record.prompt));
    const enqueued: InterpretationRecord[] = [];
    for (const job of await deps.store.listJobs({ limit: backfillScanLimit })) {
      if (enqueued.length >= Math.min(input.limit, backfillPromptsPerRequest)) break;
      if (job.prompt.trim().length === 0 || known.has(job.prompt)) continue;
      known.add(job.prompt);
      enqueued.push(await deps.store.enqueueInterpretation({ prompt: job.prompt, source: 'backfill' }));
    }
    return { enqueued };
  },
  listLinguistic: ({ deps }) => deps.store.listLinguistic(),
  recordPromptGrowthBatch: async ({ deps, input }) => {
    const outcomes: PromptGrowthOutcome[] = [];
    for (const record of input.records) outcomes.push(await deps.store.recordPromptGrowth(record));
    return { outcomes };
  },
};
