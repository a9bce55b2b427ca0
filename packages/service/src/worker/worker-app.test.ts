import { applyMigrations, createD1BindingExecutor } from '@motionreg/grow/sql';
import type { D1DatabaseBinding } from '@motionreg/grow/sql';
import { healthSchema } from '@motionreg/primitives';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerApp } from './worker-app.js';

describe('createWorkerApp (bindings read as the Worker reads them)', () => {
  let miniflare: Miniflare;
  let db: D1DatabaseBinding;
  beforeAll(async () => {
    miniflare = new Miniflare({ modules: true, script: 'export default {}', d1Databases: ['DB'] });
    db = await miniflare.getD1Database('DB');
  }, 60_000);
  afterAll(async () => miniflare.dispose());

  it('answers 503 naming the missing migrations until they are applied', async () => {
    const app = createWorkerApp({ DB: db, MOTIONREG_TOKEN: 't' });
    const response = await app.request('/api/jobs/counts');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('0003_idempotency_keys.sql');
  });

  it('makes reads need the token with MOTIONREG_READS_NEED_TOKEN=true, health excepted', async () => {
    await applyMigrations(createD1BindingExecutor(db));
    const app = createWorkerApp({ DB: db, MOTIONREG_TOKEN: 't', MOTIONREG_READS_NEED_TOKEN: 'true' });
    expect((await app.request('/api/jobs')).status).toBe(401);
    expect((await app.request('/api/jobs', { headers: { Authorization: 'Bearer t' } })).status).toBe(200);
    expect(healthSchema.parse(await (await app.request('/api/health')).json())).toMatchObject({ store: 'd1', readsNeedToken: true });
  });

  it('is read-only without the MOTIONREG_TOKEN secret, and keeps no clips without CLIPS', async () => {
    const app = createWorkerApp({ DB: db });
    expect((await app.request('/api/jobs', { method: 'POST', body: '{"prompt":"x"}', headers: { Authorization: 'Bearer anything', 'Content-Type': 'application/json' } })).status).toBe(401);
    expect((await app.request('/api/jobs/x/clip')).status).toBe(404);
  });
});
