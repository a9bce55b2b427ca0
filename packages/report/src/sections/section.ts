import { escapeHtml, formatCount } from '../html/escape.js';

/** One top-level section of the page. */
export interface SectionParts {
  id: string;
  title: string;
  /** How many entries the section holds (shown beside the title; the script updates it when filtering). */
  total?: number;
  lead?: string;
  body: string;
  /** Shown instead of the body when the section holds nothing. */
  empty: string;
  /** True when there is nothing to show. @default total === 0 */
  isEmpty?: boolean;
}

/** A section with its heading, a one-line explanation, and the body or an empty-state line. */
export function sectionHtml(parts: SectionParts): string {
  const isEmpty = parts.isEmpty ?? parts.total === 0;
  const total = parts.total === undefined ? '' : ` <span class="section-count" data-total="${parts.total}">${formatCount(parts.total)}</span>`;
  return `<section class="panel" id="${escapeHtml(parts.id)}" data-section>
<header class="section-head"><h2>${escapeHtml(parts.title)}${total}</h2>${parts.lead === undefined ? '' : `<p class="lead">${escapeHtml(parts.lead)}</p>`}</header>
${isEmpty ? `<p class="empty">${escapeHtml(parts.empty)}</p>` : parts.body}
<p class="no-match" hidden>Nothing here matches the filters.</p>
</section>`;
}
