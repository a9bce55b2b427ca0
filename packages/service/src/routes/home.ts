import { renderReportHtml } from '@motionreg/report';
import type { RawHandler } from '../app/handlers.js';
import { loopProgressOf } from './diagnostics.js';

/**
 * `GET /`: the registry report (`@motionreg/report`), rendered live from the store on each request:
 * every registry, the diagnostics and loop progress, with each job's clip played from this service.
 */
export const homePage: RawHandler = async (c, deps) => {
  c.set('routeName', 'home');
  // why: the newest jobs give the page its Jobs section, each clip playable from this service whichever worker made it.
  const [registries, diagnostics, jobs] = await Promise.all([deps.store.exportRegistries(), deps.store.diagnostics(), deps.store.listJobs({ limit: 200 })]);
  const html = renderReportHtml(
    { export: registries, diagnostics, progress: loopProgressOf(diagnostics), jobs, title: 'motionreg registries (live)' },
    deps.clips === undefined ? {} : { clipUrl: (jobId) => `/api/jobs/${encodeURIComponent(jobId)}/clip` },
  );
  return c.html(html, 200, { 'Cache-Control': 'no-store' });
};
