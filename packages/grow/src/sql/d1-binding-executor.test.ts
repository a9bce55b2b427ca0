import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MotionregError } from '@motionreg/primitives';
import { createD1BindingExecutor } from './d1-binding-executor.js';
import type { D1DatabaseBinding } from './d1-binding-executor.js';
import { createD1BindingStore } from './d1-binding-store.js';
import { sql } from './sql-executor.js';

/** A real D1 (miniflare's workerd) and its binding as a Worker sees it. */
async function startD1() {
  const miniflare = new Miniflare({ modules: true, script: 'export default {}', d1Databases: ['DB'] });
  // why: miniflare's binding proxy is typed as workers-types' D1Database; the executor takes it by shape.
  const db: D1DatabaseBinding = await miniflare.getD1Database('DB');
  return { db, dispose: () => miniflare.dispose() };
}

// The conformance suite over a real D1 binding runs inside workerd, where a Worker sees its binding:
// `packages/client/src/conformance-worker.test.ts` runs it through the client against the service's Worker,
// whose store is this executor under `createSqlStore`. It no longer runs here through miniflare's Node-side
// binding proxy: that proxy makes two synchronous cross-thread calls per statement (prepare, bind), and
// under CI load one of them now and then reads its answer before it has arrived (`message?.id === id`),
// after which every later call reads the previous call's answer. The few calls below stay on the proxy.

describe('createD1BindingExecutor', () => {
  it('reads rows, runs a batch atomically and maps a failed constraint to a retryable conflict', async () => {
    const { db, dispose } = await startD1();
    try {
      const executor = createD1BindingExecutor(db);
      await executor.atomic(async () => ({ statements: [sql('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)')], finish: () => undefined }));
      const inserted = await executor.atomic(async () => ({
        statements: [sql('INSERT INTO t (v) VALUES (?) RETURNING id', 'a'), sql('INSERT INTO t (v) VALUES (?) RETURNING id', "it's; DROP TABLE t")],
        finish: (results) => results.map((rows) => rows[0]?.id),
      }));
      expect(inserted).toEqual([1, 2]);
      const error = await executor
        .atomic(async () => ({ statements: [sql('INSERT INTO t (v) VALUES (?)', 'b'), sql('INSERT INTO t (v) VALUES (?)', 'a')], finish: () => undefined }))
        .then(() => undefined, (caught: unknown) => caught);
      expect(MotionregError.isInstance(error) && error.code === 'conflict' && error.retryable).toBe(true);
      // The batch rolled back as a whole: 'b' is not there.
      expect((await executor.read(sql('SELECT v FROM t ORDER BY id'))).map((row) => row.v)).toEqual(['a', "it's; DROP TABLE t"]);
      await expect(executor.read(sql('SELECT nope FROM t'))).rejects.toMatchObject({ code: 'remote_error' });
    } finally {
      await dispose();
    }
  });

  it('says which migrations a database lacks unless asked to apply them', async () => {
    const { db, dispose } = await startD1();
    try {
      await expect(createD1BindingStore({ db }).listJobs()).rejects.toMatchObject({ code: 'store_unavailable' });
      expect(await createD1BindingStore({ db, migrate: true }).listJobs()).toEqual([]);
      expect(await createD1BindingStore({ db }).listJobs()).toEqual([]);
    } finally {
      await dispose();
    }
  });
});

describe('@motionreg/grow/sql in a Worker', () => {
  it('bundles for workerd without Node built-ins and serves a store over the D1 binding', async () => {
    const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
    const bundle = await build({
      stdin: {
        contents: `import { createD1BindingStore } from ${JSON.stringify(entry)};
          export default {
            async fetch(request, env) {
              const store = createD1BindingStore({ db: env.DB, migrate: true });
              await store.createJob({ id: 'job-1', prompt: 'a calm sea' });
              const claimed = await store.claimJob({ worker: 'worker-in-workerd' });
              return Response.json({ claimed, counts: await store.countJobs() });
            },
          };`,
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      // why: 'browser' refuses Node built-ins (node:crypto, libsql, undici would fail the build), as a Worker without nodejs_compat does.
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((input) => /libsql|undici|node:/.test(input))).toEqual([]);
    const miniflare = new Miniflare({ modules: true, script: bundle.outputFiles[0]!.text, d1Databases: ['DB'], compatibilityDate: '2025-01-01' });
    try {
      const response = await miniflare.dispatchFetch('http://worker.local/');
      const answer = z.object({ claimed: z.object({ id: z.string(), leaseOwner: z.string() }), counts: z.record(z.string(), z.number()) }).parse(await response.json());
      expect(answer.claimed).toMatchObject({ id: 'job-1', leaseOwner: 'worker-in-workerd' });
      expect(answer.counts.pending).toBe(1);
    } finally {
      await miniflare.dispose();
    }
  });
});
