import { colorPrimitives } from '@motionreg/primitives';
import type { ColorExportEntry } from '@motionreg/primitives';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount, formatPercent, hexOf, inkOn } from '../html/escape.js';
import { sectionHtml } from './section.js';

const primitiveHex = new Map(colorPrimitives.map((primitive) => [primitive.name as string, hexOf(primitive.rgb)]));

/**
 * A depth bar: one segment per non-zero primitive, widest first, each in the primitive's own colour,
 * so a glance shows what a colour is made of. The labels under it name the largest parts.
 */
export function depthBarHtml(depth: Readonly<Record<string, number>>, colorOf: (part: string) => string): string {
  const parts = Object.entries(depth).filter(([, share]) => share > 0).sort((left, right) => right[1] - left[1]);
  const title = parts.map(([part, share]) => `${part} ${formatPercent(share)}%`).join(', ');
  const segments = parts
    .map(([part, share]) => `<span style="flex-grow:${share.toFixed(2)};background:${colorOf(part)}"></span>`)
    .join('');
  const legend = parts
    .slice(0, 3)
    .map(([part, share]) => `<span><i style="background:${colorOf(part)}"></i>${escapeHtml(part)} ${formatPercent(share)}</span>`)
    .join('');
  return `<div class="depth" role="img" aria-label="depth: ${escapeHtml(title)}" title="${escapeHtml(title)}">${segments}</div><div class="depth-legend">${legend}</div>`;
}

/** The colour of a primitive by name (grey for a name that is not one of the 16). */
export function primitiveColor(name: string): string {
  return primitiveHex.get(name) ?? '#888888';
}

function swatchHtml(entry: ColorExportEntry): string {
  const hex = hexOf(entry.rgb);
  return `<article class="entry swatch filterable" ${entryAttributes({ registry: 'static.colors', name: entry.name, count: entry.count, words: [entry.key, hex], seen: entry.lastSeenAt })}>
<div class="swatch-chip" style="background:${hex};color:${inkOn(entry.rgb)}"><span class="hex">${hex}</span></div>
<div class="entry-body"><div class="entry-head"><h4>${escapeHtml(entry.name)}</h4><span class="count" title="sightings">${formatCount(entry.count)}</span></div>
${depthBarHtml(entry.depth, primitiveColor)}</div></article>`;
}

/** Static colours: a swatch per entry with its name, count and depth over the 16 primitives. */
export function colorsSectionHtml(colors: readonly ColorExportEntry[]): string {
  const sorted = [...colors].sort((left, right) => right.count - left.count || left.name.localeCompare(right.name));
  const legend = colorPrimitives
    .map((primitive) => `<span><i style="background:${hexOf(primitive.rgb)}"></i>${primitive.name}</span>`)
    .join('');
  return sectionHtml({
    id: 'colors',
    title: 'Colours',
    total: colors.length,
    lead: 'Pure colours seen in single frames, named from a colour-name list by the nearest match (CIEDE2000). The bar under each is its depth: the share of each of the 16 origin primitives it mixes.',
    body: `<div class="primitive-legend" aria-label="the 16 primitives">${legend}</div><div class="grid swatches">${sorted.map(swatchHtml).join('')}</div>`,
    empty: 'No colours yet: run the loop with --focus frame or all.',
  });
}
