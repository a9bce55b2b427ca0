import type { LinguisticEntry } from '@motionreg/primitives';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount } from '../html/escape.js';
import { sectionHtml } from './section.js';

/** The linguistic registry grouped by domain: every span of English and the canonical value it maps to. */
export function linguisticSectionHtml(linguistic: readonly LinguisticEntry[]): string {
  const byDomain = new Map<string, LinguisticEntry[]>();
  for (const entry of linguistic) byDomain.set(entry.domain, [...(byDomain.get(entry.domain) ?? []), entry]);
  const groups = [...byDomain.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([domain, entries]) => {
      const rows = [...entries]
        .sort((left, right) => right.count - left.count || left.span.localeCompare(right.span))
        .map((entry) => `<li class="filterable" ${entryAttributes({ registry: 'linguistic', name: entry.span, count: entry.count, words: [entry.canonical, entry.domain, entry.kind] })}><span class="span">${escapeHtml(entry.span)}</span><span class="arrow" aria-hidden="true">→</span><span class="canonical">${escapeHtml(entry.canonical)}</span><span class="kind">${escapeHtml(entry.kind)}</span><span class="count">${formatCount(entry.count)}</span></li>`)
        .join('');
      return `<div class="lexicon" data-group><h3>${escapeHtml(domain)}</h3><ul>${rows}</ul></div>`;
    })
    .join('');
  return sectionHtml({
    id: 'linguistic',
    title: 'Linguistic',
    total: linguistic.length,
    lead: 'How the words of prompts were understood: each span of English and the canonical value it maps to, per domain, with how often it was used.',
    body: `<div class="lexicons">${groups}</div>`,
    empty: 'No linguistic mappings yet.',
  });
}
