import type { Job } from '@motionreg/primitives';
import { escapeHtml, formatCount } from '../html/escape.js';
import { sectionHtml } from './section.js';

/** How many of the most recent jobs the page lists. */
export const jobListLimit = 200;

/** The most recent jobs: status, prompt, when, and a button that plays the clip where there is one. */
export function jobsSectionHtml(jobs: readonly Job[], total: number, clipUrl: (jobId: string) => string | undefined): string {
  const newest = [...jobs].sort((left, right) => right.createdAt.localeCompare(left.createdAt)).slice(0, jobListLimit);
  const rows = newest
    .map((job) => {
      const url = clipUrl(job.id);
      const play = url === undefined ? '<span class="muted">no clip</span>' : `<button type="button" class="play play-inline" data-clip="${escapeHtml(url)}" data-title="${escapeHtml(job.prompt)}" aria-label="play the clip of job ${escapeHtml(job.id)}">▶</button>`;
      return `<tr><td>${play}</td><td><span class="status status-${escapeHtml(job.status)}">${escapeHtml(job.status)}</span></td><td class="prompt">${escapeHtml(job.prompt)}${job.error === null ? '' : `<div class="error">${escapeHtml(job.error)}</div>`}</td><td><code>${escapeHtml(job.id)}</code></td><td><time>${escapeHtml(job.createdAt.slice(0, 16).replace('T', ' '))}</time></td></tr>`;
    })
    .join('');
  const shown = newest.length < total ? `<p class="muted">The newest ${formatCount(newest.length)} of ${formatCount(total)}.</p>` : '';
  return sectionHtml({
    id: 'jobs',
    title: 'Jobs',
    total,
    lead: 'The most recent jobs, newest first: one prompt each, through interpret, create, render, extract and grow.',
    body: `${shown}<div class="table-wrap"><table><thead><tr><th>clip</th><th>status</th><th>prompt</th><th>job</th><th>created (UTC)</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    empty: 'No jobs yet.',
    isEmpty: newest.length === 0,
  });
}
