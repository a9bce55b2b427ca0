import {
  colorPrimitiveNames, dynamicAspects, jobCountsSchema, jobStatuses, narrativeAspects, registryExportSchema, staticAspects,
} from '@motionreg/primitives';
import type {
  Diagnostics, ExportEntry, JobCounts, UnfinishedJob, InterpretationRecord, Job, Knowledge, LinguisticEntry, NarrativeOrigin, RegistryEntry,
  RegistryExport, RegistryKind,
} from '@motionreg/primitives';

/** An entry as both store kinds hold it, before it becomes a contract shape. */
export interface StoredEntry {
  readonly id: number;
  readonly registry: RegistryKind;
  readonly aspect: string;
  readonly origin: NarrativeOrigin | '';
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly depth: Record<string, number>;
  readonly value: Record<string, unknown>;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  /** Job ids, oldest first. */
  readonly sources: readonly string[];
}

export function toRegistryEntry(entry: StoredEntry): RegistryEntry {
  return {
    schemaVersion: 1,
    registry: entry.registry,
    aspect: entry.aspect,
    key: entry.key,
    name: entry.name,
    count: entry.count,
    depth: entry.depth,
    value: entry.value,
    sources: [...entry.sources],
    ...(entry.origin === '' ? {} : { origin: entry.origin }),
    firstSeenAt: entry.firstSeenAt,
    lastSeenAt: entry.lastSeenAt,
  };
}

/** Most recently seen first; ties by id, newest first. */
export function byRecency(a: StoredEntry, b: StoredEntry): number {
  if (a.lastSeenAt !== b.lastSeenAt) return a.lastSeenAt < b.lastSeenAt ? 1 : -1;
  return b.id - a.id;
}

/** Highest count first, then by key: the export's order. */
function byCount(a: StoredEntry, b: StoredEntry): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** An entry as the export lists it: without its address (the export groups by registry and aspect) or origin. */
function exportEntry(entry: StoredEntry): ExportEntry {
  const { schemaVersion: _version, registry: _registry, aspect: _aspect, origin: _origin, ...fields } = toRegistryEntry(entry);
  return fields;
}

/** A colour depth with every primitive present (stored depths always are; this guards old rows). */
function fullColorDepth(depth: Record<string, number>): Record<(typeof colorPrimitiveNames)[number], number> {
  return Object.fromEntries(colorPrimitiveNames.map((name) => [name, depth[name] ?? 0])) as Record<(typeof colorPrimitiveNames)[number], number>;
}

export interface ExportParts {
  readonly entries: readonly StoredEntry[];
  readonly linguistic: readonly LinguisticEntry[];
  readonly interpretations: readonly InterpretationRecord[];
  readonly totals: RegistryExport['totals'];
  readonly exportedAt: string;
}

/**
 * Every registry as one document. All entries of an aspect land in it whatever produced them, so a
 * per-window discovery can never be stored and left out (the reference system's gap).
 */
export function buildExport(parts: ExportParts): RegistryExport {
  const group = (registry: RegistryKind, aspect: string, origin?: NarrativeOrigin) =>
    parts.entries.filter((entry) => entry.registry === registry && entry.aspect === aspect && (origin === undefined || entry.origin === origin)).sort(byCount);
  const document = {
    schemaVersion: 1 as const,
    exportedAt: parts.exportedAt,
    static: {
      colors: group('static', 'colors').map((entry) => ({ ...exportEntry(entry), rgb: entry.value.rgb, depth: fullColorDepth(entry.depth) })),
      sound: group('static', 'sound').map((entry) => ({ ...exportEntry(entry), dominant: entry.value.dominant, strengthPct: entry.value.strengthPct })),
    },
    dynamic: Object.fromEntries(dynamicAspects.map((aspect) => [aspect, group('dynamic', aspect).map(exportEntry)])),
    narrative: Object.fromEntries(
      narrativeAspects.map((aspect) => [aspect, group('narrative', aspect).map((entry) => ({ ...exportEntry(entry), origin: entry.origin }))]),
    ),
    linguistic: [...parts.linguistic],
    interpretations: [...parts.interpretations],
    totals: parts.totals,
  };
  // why: the export is a boundary other tools read; parsing proves every entry has its contract shape.
  return registryExportSchema.parse(document);
}

export interface KnowledgeParts {
  readonly entries: readonly StoredEntry[];
  readonly linguistic: readonly LinguisticEntry[];
  readonly prompts: Knowledge['prompts'];
  readonly generatedAt: string;
  readonly limitPerPool?: number | undefined;
}

/** Every learned pool with counts and last-seen times, most recently seen first. */
export function buildKnowledge(parts: KnowledgeParts): Knowledge {
  const pool = (registry: RegistryKind, aspect: string) => {
    const entries = parts.entries.filter((entry) => entry.registry === registry && entry.aspect === aspect).sort(byRecency);
    return (parts.limitPerPool === undefined ? entries : entries.slice(0, parts.limitPerPool)).map(toRegistryEntry);
  };
  return {
    schemaVersion: 1,
    generatedAt: parts.generatedAt,
    static: Object.fromEntries(staticAspects.map((aspect) => [aspect, pool('static', aspect)])) as Knowledge['static'],
    dynamic: Object.fromEntries(dynamicAspects.map((aspect) => [aspect, pool('dynamic', aspect)])) as Knowledge['dynamic'],
    narrative: Object.fromEntries(narrativeAspects.map((aspect) => [aspect, pool('narrative', aspect)])),
    linguistic: [...parts.linguistic],
    prompts: parts.prompts,
  };
}

/** The jobs that owe a learning run and a discovery run: those that were measured. */
export const measuredStatuses = ['extracted', 'completed'] as const;

export interface DiagnosticsParts {
  readonly last: number;
  readonly jobs: readonly Job[];
  readonly learning: ReadonlyMap<string, { backfilled: boolean }>;
  readonly discovery: ReadonlyMap<string, { backfilled: boolean }>;
  readonly counts: JobCounts;
  /** Failed jobs, the most recent first, at most `last`. */
  readonly failed: readonly Job[];
  /** Stale jobs (see {@link isStale}), the oldest first, at most `last`. */
  readonly stale: readonly Job[];
}

/** A prompt shortened for a listing. */
export function promptPreview(prompt: string): string {
  return prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt;
}

function unfinished(job: Job): UnfinishedJob {
  return { jobId: job.id, status: job.status, promptPreview: promptPreview(job.prompt), updatedAt: job.updatedAt, error: job.error };
}

export function buildDiagnostics(parts: DiagnosticsParts): Diagnostics {
  const jobs = parts.jobs.map((job) => {
    const learning = parts.learning.get(job.id);
    const discovery = parts.discovery.get(job.id);
    return {
      jobId: job.id,
      status: job.status,
      promptPreview: promptPreview(job.prompt),
      hasLearningRun: learning !== undefined,
      hasDiscoveryRun: discovery !== undefined,
      backfilled: (learning?.backfilled ?? false) || (discovery?.backfilled ?? false),
    };
  });
  return {
    last: parts.last,
    jobs,
    missingLearning: jobs.filter((job) => !job.hasLearningRun).length,
    missingDiscovery: jobs.filter((job) => !job.hasDiscoveryRun).length,
    counts: parts.counts,
    failed: parts.failed.map(unfinished),
    stale: parts.stale.map(unfinished),
  };
}

/** Every status with a count of zero: counts start here so a status without jobs still shows. */
export function emptyJobCounts(): JobCounts {
  return jobCountsSchema.parse(Object.fromEntries(jobStatuses.map((status) => [status, 0])));
}

/** The statuses a worker moves on from; a job left in one of them too long is stale. */
export const unfinishedStatuses = ['rendered', 'extracted'] as const;

/** The instant before which an untouched unfinished job is stale. */
export function staleCutoff(now: Date, staleAfterMs: number): string {
  return new Date(now.getTime() - staleAfterMs).toISOString();
}

/**
 * Whether a job is stale at `now`: `pending` without a live lease, or `rendered`/`extracted`, and
 * untouched since `cutoff` (see {@link staleCutoff}). A pending job under a live lease is being worked on.
 */
export function isStale(job: Job, cutoff: string, now: string): boolean {
  if (job.updatedAt > cutoff) return false;
  if (job.status === 'pending') return job.leaseExpiresAt === null || job.leaseExpiresAt <= now;
  return (unfinishedStatuses as readonly string[]).includes(job.status);
}

/** The error a backfill gives the stale jobs it closes. */
export const staleJobError = 'stale: no worker finished it';

/** The summary a backfilled learning run carries in place of a measurement. */
export const backfilledSummary = { backfilled: true, reason: 'no learning run was recorded when the job ran' } as const;
