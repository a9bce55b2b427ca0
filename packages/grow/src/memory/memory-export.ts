import { entryQuerySchema, knowledgeOptionsSchema, parseOrThrow, registryAddressSchema } from '@motionreg/primitives';
import type { EntryQuery, Knowledge, KnowledgeOptions, RegistryAddress, RegistryEntry, RegistryExport, RegistryStore } from '@motionreg/primitives';
import { buildExport, buildKnowledge, byRecency, toRegistryEntry } from '../core/shape.js';
import { linguisticList } from './memory-state.js';
import type { MemoryContext } from './memory-state.js';

const component = 'grow';

/** The reading operations of the memory store: one registry, the knowledge for creation, the whole export. */
export function memoryExportOperations(context: MemoryContext): Pick<RegistryStore, 'listEntries' | 'getKnowledge' | 'exportRegistries'> {
  const { state, clock, run } = context;
  const { entries, jobs, learningRuns, discoveryRuns, linguistic, interpretations } = state;
  return {
    listEntries: (address: RegistryAddress, query: EntryQuery = {}) =>
      run((): RegistryEntry[] => {
        const parsedAddress = parseOrThrow(registryAddressSchema, address, { component, what: 'registry address' });
        const parsed = parseOrThrow(entryQuerySchema, query, { component, what: 'entry query' });
        const matching = [...entries.values()]
          .filter((entry) => entry.registry === parsedAddress.registry && entry.aspect === parsedAddress.aspect && (parsed.origin === undefined || entry.origin === parsed.origin))
          .sort(byRecency);
        return (parsed.limit === undefined ? matching : matching.slice(0, parsed.limit)).map((entry) => toRegistryEntry(entry));
      }),

    getKnowledge: (knowledgeOptions: KnowledgeOptions = {}) =>
      run((): Knowledge => {
        const parsed = parseOrThrow(knowledgeOptionsSchema, knowledgeOptions, { component, what: 'knowledge options' });
        const prompts = new Map<string, { prompt: string; count: number; lastSeenAt: string }>();
        const see = (prompt: string, at: string) => {
          const current = prompts.get(prompt);
          if (current === undefined) prompts.set(prompt, { prompt, count: 1, lastSeenAt: at });
          else prompts.set(prompt, { prompt, count: current.count + 1, lastSeenAt: at > current.lastSeenAt ? at : current.lastSeenAt });
        };
        for (const job of jobs.values()) see(job.prompt, job.createdAt);
        for (const record of interpretations.values()) if (record.status === 'done') see(record.prompt, record.updatedAt);
        const promptList = [...prompts.values()].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0)).slice(0, parsed.promptLimit);
        return buildKnowledge({ entries: [...entries.values()], linguistic: linguisticList(state), prompts: promptList, generatedAt: clock().toISOString(), limitPerPool: parsed.limitPerPool });
      }),

    exportRegistries: () =>
      run((): RegistryExport =>
        buildExport({
          entries: [...entries.values()],
          linguistic: linguisticList(state),
          interpretations: [...interpretations.values()],
          totals: {
            entries: entries.size,
            jobs: jobs.size,
            learningRuns: learningRuns.size,
            discoveryRuns: discoveryRuns.size,
            linguistic: linguistic.size,
            interpretations: interpretations.size,
          },
          exportedAt: clock().toISOString(),
        }),
      ),
  };
}
