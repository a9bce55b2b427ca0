import { renderReportHtml } from '@motionreg/report';
import type { RawHandler } from '../app/handlers.js';
import { loopProgressOf } from './diagnostics.js';

/**
 * `GET /`: the registry report (`@motionreg/report`), rendered live from the store on each request:
 * every registry, the diagnostics and loop progress, with each job's clip played from this service.
 */
export const homePage: RawHandler = async (c, deps) => {
  c.set('routeName', 'home');
  const [registries, diagnostics] = await Promise.all([deps.store.exportRegistries(), deps.store.diagnostics()]);
  const html = renderReportHtml(
    { export: registries, diagnostics, progress: loopProgressOf(diagnostics), title: 'motionreg registries (live)' },
    deps.clips === undefined ? {} : { clipUrl: (jobId) => `/api/jobs/${encodeURIComponent(jobId)}/clip` },
  );
  return c.html(html, 200, { 'Cache-Control': 'no-store' });
};
