import { applyMigrations, createD1BindingExecutor, createSqlStore } from '@motionreg/grow/sql';
import type { D1DatabaseBinding } from '@motionreg/grow/sql';
import { buildInstruction, createCountingExecutor, d1FreeLimits } from '@motionreg/grow/testing';
import type { CallUsage, CountingExecutor } from '@motionreg/grow/testing';
import { colorDepth, registryApi } from '@motionreg/primitives';
import type { GrowthRecordInput, Mapping, ObservationInput, RegistryApiRouteName } from '@motionreg/primitives';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testToken } from '../__fixtures__/http.js';
import { createRegistryApp } from '../app/create-registry-app.js';
import { createSqlIdempotencyStore } from '../idempotency/sql-idempotency-store.js';
import { backfillPromptsPerRequest } from '../routes/interpretations.js';

/** The largest growth a request may carry (the route's maxItems): distinct colours, each a few frames. */
function largestGrowth(jobId: string): GrowthRecordInput {
  const observations: ObservationInput[] = [];
  for (let index = 0; observations.length < (registryApi.recordGrowth.maxItems ?? 0); index += 1) {
    const rgb: [number, number, number] = [(index % 16) * 17, (Math.floor(index / 16) % 16) * 17, (Math.floor(index / 256) % 16) * 17];
    observations.push({ registry: 'static', aspect: 'colors', key: rgb.join(','), occurrences: 1 + (index % 3), depth: colorDepth(rgb), value: { rgb }, naming: { kind: 'color', rgb } });
  }
  return { jobId, prompt: `busy ${jobId}`, focus: 'frame', observations, learning: { spec: null, summary: {} } };
}

const mappings = (seed: number, count = 6): Mapping[] =>
  Array.from({ length: count }, (_, index): Mapping => ({ span: `span ${seed} ${index}`, canonical: 'slow', domain: 'motion.speed', kind: 'synonym' }));

/**
 * Each write request of the service, with an Idempotency-Key, as the Worker runs it: the store and
 * the key table on one D1 executor, every statement counted against a free account's limits for one
 * Worker invocation (50 queries, 100 parameters and 100 KB per statement). Batches use their route's
 * largest allowed size.
 */
describe('one request, one Worker invocation: within D1 free-account limits', () => {
  let miniflare: Miniflare;
  let counting: CountingExecutor;
  let app: ReturnType<typeof createRegistryApp>;
  const usages: Partial<Record<RegistryApiRouteName, CallUsage>> = {};
  const readUsages: Record<string, CallUsage> = {};

  beforeAll(async () => {
    miniflare = new Miniflare({ modules: true, script: 'export default {}', d1Databases: ['DB'] });
    const db: D1DatabaseBinding = await miniflare.getD1Database('DB');
    await applyMigrations(createD1BindingExecutor(db));
    counting = createCountingExecutor(createD1BindingExecutor(db));
    app = createRegistryApp({
      store: createSqlStore(counting, { capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true } }),
      idempotency: createSqlIdempotencyStore(counting),
      token: testToken,
    });
  }, 60_000);
  afterAll(async () => {
    await miniflare.dispose();
    process.stdout.write(`${JSON.stringify({ d1RequestUsage: usages, d1ReadUsage: readUsages, limits: d1FreeLimits })}\n`);
  });

  const send = async (name: RegistryApiRouteName, path: string, body: unknown, key: string): Promise<unknown> => {
    const route = registryApi[name];
    const { result, usage } = await counting.measure(async () =>
      app.request(path, { method: route.method, body: JSON.stringify(body), headers: { Authorization: `Bearer ${testToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': key } }),
    );
    usages[name] = usage;
    expect(result.status, `${name}: ${await result.clone().text()}`).toBe(200);
    expect(usage.statements, name).toBeLessThanOrEqual(d1FreeLimits.queriesPerCall);
    expect(usage.maxParams, name).toBeLessThanOrEqual(d1FreeLimits.paramsPerStatement);
    expect(usage.maxStatementBytes, name).toBeLessThanOrEqual(d1FreeLimits.bytesPerStatement);
    return result.json();
  };

  it('jobs: create, claim, renew, update', async () => {
    await send('createJob', '/api/jobs', { id: 'job-1', prompt: 'a slow pan' }, 'k-create');
    await send('claimJob', '/api/jobs/claim', { worker: 'w' }, 'k-claim');
    await send('renewLease', '/api/jobs/job-1/lease', { worker: 'w' }, 'k-renew');
    await send('updateJob', '/api/jobs/job-1', { status: 'rendered' }, 'k-update');
  });

  it('growth of the largest allowed size, and a learning run', async () => {
    await send('recordGrowth', '/api/growth', largestGrowth('job-1'), 'k-growth');
    await send('recordLearningRun', '/api/learning-runs', { jobId: 'job-1', prompt: 'a slow pan', spec: null, summary: {} }, 'k-learning');
  });

  it('interpretations: one, a full batch, completion, backfill', async () => {
    await send('enqueueInterpretation', '/api/interpretations', { prompt: 'one prompt', source: 'web' }, 'k-enqueue');
    const items = Array.from({ length: registryApi.enqueueInterpretations.maxItems ?? 0 }, (_, index) => ({ prompt: `prompt ${index}`, source: 'loop' }));
    const batch = (await send('enqueueInterpretations', '/api/interpretations/batch', { items }, 'k-enqueue-batch')) as { items: { id: string }[] };
    await send('completeInterpretation', `/api/interpretations/${batch.items[0]?.id ?? ''}/complete`, { instruction: buildInstruction('prompt 0', mappings(0)) }, 'k-complete');
    for (let index = 0; index < 40; index += 1) await app.request('/api/jobs', { method: 'POST', body: JSON.stringify({ id: `uninterpreted-${index}`, prompt: `never interpreted ${index}` }), headers: { Authorization: `Bearer ${testToken}`, 'Content-Type': 'application/json' } });
    const backfilled = (await send('backfillInterpretations', '/api/interpretations/backfill', { limit: 1_000 }, 'k-backfill-prompts')) as { enqueued: unknown[] };
    expect(backfilled.enqueued).toHaveLength(backfillPromptsPerRequest);
  });

  it('prompt growth: one, and a full batch', async () => {
    await send('recordPromptGrowth', '/api/prompt-growth', { sourceId: 's-0', prompt: 'p 0', source: 'loop', instruction: buildInstruction('p 0', mappings(0)) }, 'k-prompt');
    const few = usages.recordPromptGrowth?.statements;
    await send('recordPromptGrowth', '/api/prompt-growth', { sourceId: 's-many', prompt: 'p many', source: 'loop', instruction: buildInstruction('p many', mappings(999, 40)) }, 'k-prompt-many');
    // set-based: the statements of one prompt growth do not grow with its mappings
    expect(usages.recordPromptGrowth?.statements).toBe(few);
    const records = Array.from({ length: registryApi.recordPromptGrowthBatch.maxItems ?? 0 }, (_, index) => ({
      sourceId: `s-${index + 1}`, prompt: `p ${index + 1}`, source: 'loop', instruction: buildInstruction(`p ${index + 1}`, mappings(index + 1)),
    }));
    await send('recordPromptGrowthBatch', '/api/linguistic/batch', { records }, 'k-prompt-batch');
  });

  it('reads of the whole registry (2,000+ entries by now): export, report page, knowledge, diagnostics, progress, metrics', async () => {
    for (const path of ['/api/export/all', '/', '/api/export?section=static.colors&offset=1000&limit=500', '/api/knowledge', '/api/diagnostics', '/api/loop-progress', '/api/metrics', '/api/registries/static/colors']) {
      const { result, usage } = await counting.measure(async () => app.request(path));
      readUsages[path] = usage;
      expect(result.status, path).toBe(200);
      expect(usage.statements, path).toBeLessThanOrEqual(d1FreeLimits.queriesPerCall);
    }
  });

  it('maintenance: rename, backfill', async () => {
    const entries = (await (await app.request('/api/registries/static/colors?limit=1')).json()) as { name: string }[];
    await send('renameEntry', '/api/registries/rename', { name: entries[0]?.name ?? '', newName: 'Harbour Teal' }, 'k-rename');
    await send('backfill', '/api/backfill', { last: 20 }, 'k-backfill');
  });
});
