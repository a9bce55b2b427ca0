import type { RawHandler } from '../app/handlers.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';

/** `GET /api/metrics`: Prometheus text, this instance's request counters and latencies plus jobs per status. */
export function metricsHandler(idempotency: IdempotencyStore): RawHandler {
  return async (c, deps) => {
    const [jobs, idempotencyKeys] = await Promise.all([deps.store.countJobs(), idempotency.size()]);
    return c.text(deps.metrics.render({ jobs, idempotencyKeys }), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
  };
}
