import { narrativeAspects } from '@motionreg/primitives';
import type { NarrativeAspect, NarrativeExportEntry, RegistryExport } from '@motionreg/primitives';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount } from '../html/escape.js';
import { sectionHtml } from './section.js';

const aspectTitles: Readonly<Record<NarrativeAspect, string>> = {
  genre: 'Genre', mood: 'Mood', plots: 'Plot', settings: 'Setting', themes: 'Theme', style: 'Style', sceneType: 'Scene type',
};

function chipsHtml(aspect: NarrativeAspect, entries: readonly NarrativeExportEntry[]): string {
  if (entries.length === 0) return '<span class="muted">none yet</span>';
  return [...entries]
    .sort((left, right) => right.count - left.count || left.name.localeCompare(right.name))
    .map((entry) => `<span class="chip filterable" ${entryAttributes({ registry: `narrative.${aspect}`, name: entry.name, count: entry.count, words: [entry.key, entry.origin, aspect], seen: entry.lastSeenAt })}>${escapeHtml(entry.name)}<b>${formatCount(entry.count)}</b></span>`)
    .join('');
}

/** Narrative per aspect, what the prompt and spec meant beside what the video showed. */
export function narrativeSectionHtml(narrative: RegistryExport['narrative']): string {
  const total = narrativeAspects.reduce((sum, aspect) => sum + narrative[aspect].length, 0);
  const rows = narrativeAspects
    .map((aspect) => {
      const entries = narrative[aspect];
      const intended = entries.filter((entry) => entry.origin === 'intended');
      const observed = entries.filter((entry) => entry.origin === 'observed');
      return `<div class="narrative-row" data-group><h3>${aspectTitles[aspect]}</h3><div class="chips">${chipsHtml(aspect, intended)}</div><div class="chips">${chipsHtml(aspect, observed)}</div></div>`;
    })
    .join('');
  return sectionHtml({
    id: 'narrative',
    title: 'Narrative',
    total,
    lead: 'Meaning, kept apart by where it came from: intended (the prompt and the spec) and observed (measured in the video).',
    body: `<div class="narrative"><div class="narrative-row narrative-head"><span></span><span>intended</span><span>observed</span></div>${rows}</div>`,
    empty: 'No narrative entries yet: run the loop with --focus window or all.',
  });
}
