import { soundPrimitives } from '@motionreg/primitives';
import type { SoundExportEntry } from '@motionreg/primitives';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount } from '../html/escape.js';
import { depthBarHtml } from './colors.js';
import { sectionHtml } from './section.js';

/** One fixed colour per sound primitive, the same in the bars and the legend. */
export const soundPrimitiveColors: Readonly<Record<string, string>> = {
  silence: '#a3a9b3',
  rumble: '#a0663f',
  tone: '#5b7cfa',
  hiss: '#22b5a4',
};

const soundColor = (part: string): string => soundPrimitiveColors[part] ?? '#888888';

function numberFact(value: unknown, unit: string): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value)} ${unit}` : undefined;
}

function soundHtml(entry: SoundExportEntry): string {
  const facts = [numberFact(entry.value.peakHz, 'Hz peak'), numberFact(entry.value.centroidHz, 'Hz centre'), numberFact(entry.value.rmsDb, 'dB')]
    .filter((fact): fact is string => fact !== undefined)
    .map((fact) => `<span>${escapeHtml(fact)}</span>`)
    .join('');
  return `<article class="entry card sound filterable" ${entryAttributes({ registry: 'static.sound', name: entry.name, count: entry.count, words: [entry.key, entry.dominant], seen: entry.lastSeenAt })}>
<div class="entry-head"><h4>${escapeHtml(entry.name)}</h4><span class="count" title="sightings">${formatCount(entry.count)}</span></div>
<div class="sound-line"><span class="badge" style="--badge:${soundColor(entry.dominant)}">${escapeHtml(entry.dominant)}</span>
<span class="meter" title="strength ${Math.round(entry.strengthPct)}%"><span style="width:${Math.max(0, Math.min(100, entry.strengthPct)).toFixed(1)}%"></span></span></div>
${depthBarHtml(entry.depth, soundColor)}
${facts.length > 0 ? `<div class="facts">${facts}</div>` : ''}</article>`;
}

/** Static sound: each entry with its mix of the four sound primitives and its strength. */
export function soundSectionHtml(sounds: readonly SoundExportEntry[]): string {
  const sorted = [...sounds].sort((left, right) => right.count - left.count || left.name.localeCompare(right.name));
  const legend = soundPrimitives.map((primitive) => `<span><i style="background:${soundColor(primitive)}"></i>${primitive}</span>`).join('');
  return sectionHtml({
    id: 'sound',
    title: 'Sound',
    total: sounds.length,
    lead: 'Sounds measured from the decoded audio of single frames: the mix of the four sound primitives, the strongest one, and how loud.',
    body: `<div class="primitive-legend">${legend}</div><div class="grid cards">${sorted.map(soundHtml).join('')}</div>`,
    empty: 'No sounds yet: run the loop with --focus frame or all.',
  });
}
