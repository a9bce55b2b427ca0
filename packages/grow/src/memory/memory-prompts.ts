import {
  MotionregError, instructionSchema, interpretationInputSchema, interpretationQuerySchema, parseOrThrow, promptGrowthRecordSchema,
} from '@motionreg/primitives';
import type {
  Instruction, InterpretationInput, InterpretationQuery, InterpretationRecord, PromptGrowthOutcome, PromptGrowthRecord, RegistryStore,
} from '@motionreg/primitives';
import { linguisticKey, normalizeSpan } from '../core/prompt-growth.js';
import { linguisticList } from './memory-state.js';
import type { MemoryContext } from './memory-state.js';

const component = 'grow';

/** The prompt operations of the memory store: prompt growth, the interpretation queue and the linguistic registry. */
export function memoryPromptOperations(
  context: MemoryContext,
): Pick<RegistryStore, 'recordPromptGrowth' | 'enqueueInterpretation' | 'listInterpretations' | 'completeInterpretation' | 'listLinguistic'> {
  const { state, clock, run } = context;
  const { interpretations, interpretationByPrompt, linguistic, promptGrowthRuns } = state;
  const interpretationOf = (id: string): InterpretationRecord => {
    const record = interpretations.get(id);
    if (record === undefined) throw new MotionregError('internal', `interpretation ${id} is indexed but missing`, { component });
    return record;
  };

  /** One prompt's growth, once per source: its interpretation and one count per distinct mapping. */
  const growPrompt = (record: PromptGrowthRecord): PromptGrowthOutcome => {
    const previous = promptGrowthRuns.get(record.sourceId);
    if (previous !== undefined) return { ...previous, alreadyRecorded: true };
    const at = clock().toISOString();
    let interpretationId = interpretationByPrompt.get(record.prompt);
    if (interpretationId === undefined) {
      interpretationId = crypto.randomUUID();
      interpretationByPrompt.set(record.prompt, interpretationId);
      interpretations.set(interpretationId, { id: interpretationId, prompt: record.prompt, source: record.source, status: 'done', instruction: record.instruction, createdAt: at, updatedAt: at });
    } else {
      interpretations.set(interpretationId, { ...interpretationOf(interpretationId), status: 'done', instruction: record.instruction, updatedAt: at });
    }
    let added = 0;
    let counted = 0;
    const seen = new Set<string>();
    for (const mapping of record.instruction.mappings) {
      const span = normalizeSpan(mapping.span);
      const key = linguisticKey(span, mapping.domain, mapping.canonical);
      // A mapping repeated within one instruction counts once, as in the SQL stores.
      if (span.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const current = linguistic.get(key);
      if (current === undefined) {
        linguistic.set(key, { span, canonical: mapping.canonical, domain: mapping.domain, kind: mapping.kind, count: 1, firstSeenAt: at, lastSeenAt: at });
        added += 1;
      } else {
        linguistic.set(key, { ...current, kind: mapping.kind, count: current.count + 1, lastSeenAt: at });
        counted += 1;
      }
    }
    const outcome: PromptGrowthOutcome = { sourceId: record.sourceId, alreadyRecorded: false, interpretationId, linguisticAdded: added, linguisticCounted: counted };
    promptGrowthRuns.set(record.sourceId, outcome);
    return outcome;
  };

  return {
    recordPromptGrowth: (record: PromptGrowthRecord) => run(() => growPrompt(parseOrThrow(promptGrowthRecordSchema, record, { component, what: 'prompt growth record' }))),

    enqueueInterpretation: (input: InterpretationInput) =>
      run(() => {
        const parsed = parseOrThrow(interpretationInputSchema, input, { component, what: 'interpretation' });
        const existingId = interpretationByPrompt.get(parsed.prompt);
        if (existingId !== undefined) return interpretationOf(existingId);
        const at = clock().toISOString();
        const record: InterpretationRecord = { id: crypto.randomUUID(), prompt: parsed.prompt, source: parsed.source, status: 'pending', instruction: null, createdAt: at, updatedAt: at };
        interpretations.set(record.id, record);
        interpretationByPrompt.set(record.prompt, record.id);
        return record;
      }),

    listInterpretations: (query: InterpretationQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(interpretationQuerySchema, query, { component, what: 'interpretation query' });
        return [...interpretations.values()].filter((record) => parsed.status === undefined || record.status === parsed.status).slice(0, parsed.limit);
      }),

    completeInterpretation: (id: string, instruction: Instruction) =>
      run(() => {
        const parsedInstruction = parseOrThrow(instructionSchema, instruction, { component, what: 'instruction' });
        const record = interpretations.get(id);
        if (record === undefined) throw new MotionregError('not_found', `no interpretation ${id}`, { component });
        growPrompt({ sourceId: id, prompt: record.prompt, source: record.source, instruction: parsedInstruction });
        return interpretationOf(id);
      }),

    listLinguistic: () => run(() => linguisticList(state)),
  };
}
