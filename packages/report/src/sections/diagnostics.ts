import { jobStatuses } from '@motionreg/primitives';
import type { Diagnostics, LoopProgress, UnfinishedJob } from '@motionreg/primitives';
import { escapeHtml, formatCount } from '../html/escape.js';
import { sectionHtml } from './section.js';

function jobRowsHtml(jobs: readonly UnfinishedJob[], clipUrl: (jobId: string) => string | undefined): string {
  return jobs
    .map((job) => {
      const url = clipUrl(job.jobId);
      const id = url === undefined ? `<code>${escapeHtml(job.jobId)}</code>` : `<a href="${escapeHtml(url)}"><code>${escapeHtml(job.jobId)}</code></a>`;
      return `<tr><td>${id}</td><td><span class="status status-${escapeHtml(job.status)}">${escapeHtml(job.status)}</span></td><td class="prompt">${escapeHtml(job.promptPreview)}</td><td class="error">${escapeHtml(job.error ?? '')}</td><td><time>${escapeHtml(job.updatedAt.slice(0, 16).replace('T', ' '))}</time></td></tr>`;
    })
    .join('');
}

function jobTableHtml(title: string, jobs: readonly UnfinishedJob[], clipUrl: (jobId: string) => string | undefined, none: string): string {
  if (jobs.length === 0) return `<h3>${escapeHtml(title)} <span class="section-count">0</span></h3><p class="ok-line">${escapeHtml(none)}</p>`;
  return `<h3>${escapeHtml(title)} <span class="section-count">${jobs.length}</span></h3><div class="table-wrap"><table><thead><tr><th>job</th><th>status</th><th>prompt</th><th>error</th><th>updated (UTC)</th></tr></thead><tbody>${jobRowsHtml(jobs, clipUrl)}</tbody></table></div>`;
}

function stat(label: string, value: number, tone: 'ok' | 'warn' | 'bad' | 'plain'): string {
  return `<div class="stat stat-${tone}"><span class="stat-value">${formatCount(value)}</span><span class="stat-label">${escapeHtml(label)}</span></div>`;
}

/** Loop diagnostics: jobs per status, runs owed by measured jobs, and every failed and stale job. */
export function diagnosticsSectionHtml(diagnostics: Diagnostics, progress: LoopProgress | undefined, clipUrl: (jobId: string) => string | undefined): string {
  const counts = progress?.counts ?? diagnostics.counts;
  const statuses = jobStatuses
    .map((status) => stat(status, counts[status], status === 'failed' ? (counts[status] > 0 ? 'bad' : 'ok') : status === 'completed' ? 'ok' : 'plain'))
    .join('');
  const missing = diagnostics.missingLearning + diagnostics.missingDiscovery;
  const checked = diagnostics.jobs.length;
  const summary = missing === 0
    ? `<p class="ok-line">All ${formatCount(checked)} of the last ${formatCount(diagnostics.last)} measured jobs have their learning run and their discovery run.</p>`
    : `<p class="warn-line">Of the last ${formatCount(checked)} measured jobs, ${formatCount(diagnostics.missingLearning)} miss a learning run and ${formatCount(diagnostics.missingDiscovery)} a discovery run (<code>motionreg registry diagnostics --backfill</code> records them).</p>`;
  const owed = diagnostics.jobs
    .filter((job) => !job.hasLearningRun || !job.hasDiscoveryRun)
    .map((job) => `<li><code>${escapeHtml(job.jobId)}</code> missing ${[job.hasLearningRun ? '' : 'learning', job.hasDiscoveryRun ? '' : 'discovery'].filter(Boolean).join(' and ')}: ${escapeHtml(job.promptPreview)}</li>`)
    .join('');
  return sectionHtml({
    id: 'diagnostics',
    title: 'Loop diagnostics',
    lead: 'Every job should end completed with one learning run and one discovery run. Failed and stale jobs are listed with their error.',
    body: `<div class="stats">${statuses}${stat('missing learning', diagnostics.missingLearning, diagnostics.missingLearning > 0 ? 'warn' : 'ok')}${stat('missing discovery', diagnostics.missingDiscovery, diagnostics.missingDiscovery > 0 ? 'warn' : 'ok')}${stat('stale', progress?.stale ?? diagnostics.stale.length, diagnostics.stale.length > 0 ? 'warn' : 'ok')}</div>
${summary}${owed.length > 0 ? `<ul class="owed">${owed}</ul>` : ''}
${jobTableHtml('Failed jobs', diagnostics.failed, clipUrl, 'No job failed.')}
${jobTableHtml('Stale jobs', diagnostics.stale, clipUrl, 'No job is stuck.')}`,
    empty: '',
    isEmpty: false,
  });
}
