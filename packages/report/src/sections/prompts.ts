import type { InterpretationRecord } from '@motionreg/primitives';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount } from '../html/escape.js';
import { sectionHtml } from './section.js';

/** How many prompts the page lists (the newest); the count says how many there are in all. */
export const promptListLimit = 300;

/** The prompts interpreted so far, newest first, each with its source and whether it is done. */
export function promptsSectionHtml(interpretations: readonly InterpretationRecord[], total: number): string {
  const newest = [...interpretations].sort((left, right) => right.createdAt.localeCompare(left.createdAt)).slice(0, promptListLimit);
  const items = newest
    .map((record) => `<li class="filterable" ${entryAttributes({ registry: 'prompts', name: record.prompt, count: 1, words: [record.source, record.status], seen: record.createdAt })}><q>${escapeHtml(record.prompt)}</q><span class="prompt-meta">${escapeHtml(record.source)} · ${escapeHtml(record.status)} · <time>${escapeHtml(record.createdAt.slice(0, 16).replace('T', ' '))}</time></span></li>`)
    .join('');
  const shown = newest.length < total ? `<p class="muted">The newest ${formatCount(newest.length)} of ${formatCount(total)}.</p>` : '';
  return sectionHtml({
    id: 'prompts',
    title: 'Prompts',
    total,
    lead: 'Every distinct prompt the interpreter has read, newest first.',
    body: `${shown}<ol class="prompts">${items}</ol>`,
    empty: 'No prompts yet.',
  });
}
