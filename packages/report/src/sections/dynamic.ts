import { colorPrimitiveNames, dynamicAspects, rgbSchema } from '@motionreg/primitives';
import type { DynamicAspect, ExportEntry, RegistryExport } from '@motionreg/primitives';
import { z } from 'zod';
import { entryAttributes } from '../html/entry-attributes.js';
import { escapeHtml, formatCount, hexOf } from '../html/escape.js';
import type { ThumbnailStrip } from '../report-input.js';
import { depthBarHtml, primitiveColor } from './colors.js';
import { sectionHtml } from './section.js';

/** How each dynamic registry is introduced on the page. */
const aspectLeads: Readonly<Record<DynamicAspect, string>> = {
  camera: 'Camera moves read from the frames of each window: pans, tilts, zooms, shakes.',
  motion: 'How fast and which way things move inside the frame.',
  gradient: 'How colour and light change across the frame.',
  lighting: 'Brightness, contrast and colour temperature per window.',
  composition: 'Where the visual weight sits, and how symmetric the frame is.',
  transition: 'How one shot gives way to the next: fades, dissolves, wipes.',
  temporal: 'Pacing per clip: cuts, shot length and tempo.',
  sound: 'Sound per window: what is present, its tempo and its strongest primitive.',
  blends: 'Mixtures measured as blends of registry entries, such as a colour made of four pure ones.',
};

const aspectTitles: Readonly<Record<DynamicAspect, string>> = {
  camera: 'Camera', motion: 'Motion', gradient: 'Gradient', lighting: 'Lighting', composition: 'Composition',
  transition: 'Transition', temporal: 'Temporal', sound: 'Sound over time', blends: 'Blends',
};

const primitiveNames = new Set<string>(colorPrimitiveNames);

/** A stable colour per origin value (pan, zoom, warm ...), so the same part has the same colour everywhere. */
export function partColor(part: string): string {
  if (primitiveNames.has(part)) return primitiveColor(part);
  let hash = 0;
  for (const character of part) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  return `hsl(${hash % 360} 55% 55%)`;
}

function formatFact(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && Number.isFinite(value)) return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (Array.isArray(value) && value.length <= 4 && value.every((item) => typeof item === 'number')) return value.map((item) => formatFact(item)).join(', ');
  return undefined;
}

/** The entry's scalar measurements (up to six), as `label value` pairs. */
function factsHtml(value: Readonly<Record<string, unknown>>): string {
  const facts = Object.entries(value)
    .flatMap(([label, fact]) => {
      const text = formatFact(fact);
      return text === undefined || label === 'domain' ? [] : [`<span><b>${escapeHtml(label)}</b> ${escapeHtml(text)}</span>`];
    })
    .slice(0, 6);
  return facts.length > 0 ? `<div class="facts">${facts.join('')}</div>` : '';
}

const blendInputSchema = z.object({ rgb: rgbSchema, weightPct: z.number(), name: z.string().optional() });
const colorBlendSchema = z.object({ output: z.object({ rgb: rgbSchema }), inputs: z.array(blendInputSchema) });

/** A colour blend shows its output and the pure colours it mixes, in proportion. */
function colorBlendHtml(value: Readonly<Record<string, unknown>>): string {
  const blend = colorBlendSchema.safeParse(value);
  if (!blend.success) return '';
  const inputs = blend.data.inputs
    .map((input) => `<span style="flex-grow:${Math.max(0.5, input.weightPct).toFixed(2)};background:${hexOf(input.rgb)}" title="${escapeHtml(`${input.name ?? hexOf(input.rgb)} ${Math.round(input.weightPct)}%`)}"></span>`)
    .join('');
  return `<div class="blend"><span class="blend-out" style="background:${hexOf(blend.data.output.rgb)}" title="${hexOf(blend.data.output.rgb)}"></span><span class="blend-eq">=</span><span class="blend-in">${inputs}</span></div>`;
}

/** What the dynamic section needs to show frames and offer playback. */
export interface ClipPictures {
  /** The strip to show for an entry found by `sources`, with its CSS class, or undefined. */
  stripFor: (sources: readonly string[]) => { jobId: string; className: string; strip: ThumbnailStrip } | undefined;
  clipUrl: (jobId: string) => string | undefined;
}

function stripHtml(entry: ExportEntry, pictures: ClipPictures): string {
  const chosen = pictures.stripFor(entry.sources);
  const playable = [...(chosen === undefined ? [] : [chosen.jobId]), ...[...entry.sources].reverse()]
    .map((jobId) => ({ jobId, url: pictures.clipUrl(jobId) }))
    .find((candidate) => candidate.url !== undefined);
  const play = playable?.url === undefined ? '' : `<button type="button" class="play" data-clip="${escapeHtml(playable.url)}" data-title="${escapeHtml(entry.name)}" aria-label="play a clip that found ${escapeHtml(entry.name)}">▶</button>`;
  if (chosen === undefined) {
    return `<div class="strip strip-none"><span>no frames: none of its ${entry.sources.length} clip${entry.sources.length === 1 ? '' : 's'} is at hand</span>${play}</div>`;
  }
  return `<div class="strip ${chosen.className}" role="img" aria-label="${chosen.strip.frames} frames of clip ${escapeHtml(chosen.jobId)}" title="clip ${escapeHtml(chosen.jobId)}" style="aspect-ratio:${chosen.strip.width}/${chosen.strip.height}">${play}</div>`;
}

function dynamicEntryHtml(aspect: DynamicAspect, entry: ExportEntry, pictures: ClipPictures): string {
  const isColorDepth = Object.keys(entry.depth).every((part) => primitiveNames.has(part));
  return `<article class="entry card dynamic filterable" ${entryAttributes({ registry: `dynamic.${aspect}`, name: entry.name, count: entry.count, words: [entry.key, aspect], seen: entry.lastSeenAt })}>
${stripHtml(entry, pictures)}
<div class="entry-head"><h4>${escapeHtml(entry.name)}</h4><span class="count" title="sightings">${formatCount(entry.count)}</span></div>
<code class="key" title="key: the quantised measurement">${escapeHtml(entry.key)}</code>
${aspect === 'blends' ? colorBlendHtml(entry.value) : ''}
${depthBarHtml(entry.depth, isColorDepth ? primitiveColor : partColor)}
${aspect === 'blends' ? '' : factsHtml(entry.value)}
<div class="sources">found by ${formatCount(entry.sources.length)} clip${entry.sources.length === 1 ? '' : 's'}</div></article>`;
}

/** Every dynamic registry, one sub-section each, every entry with a strip of frames from a clip that found it. */
export function dynamicSectionHtml(dynamic: RegistryExport['dynamic'], pictures: ClipPictures): string {
  const total = dynamicAspects.reduce((sum, aspect) => sum + dynamic[aspect].length, 0);
  const groups = dynamicAspects
    .map((aspect) => {
      const entries = [...dynamic[aspect]].sort((left, right) => right.count - left.count || left.name.localeCompare(right.name));
      const body = entries.length === 0
        ? `<p class="empty">Nothing found yet.</p>`
        : `<div class="grid cards">${entries.map((entry) => dynamicEntryHtml(aspect, entry, pictures)).join('')}</div>`;
      return `<div class="group" id="dynamic-${aspect}" data-group><h3>${aspectTitles[aspect]} <span class="section-count" data-total="${entries.length}">${formatCount(entries.length)}</span></h3><p class="lead">${escapeHtml(aspectLeads[aspect])}</p>${body}</div>`;
    })
    .join('');
  return sectionHtml({
    id: 'dynamic',
    title: 'Dynamic',
    total,
    lead: 'What changes over time, measured per window of frames. Each entry shows frames from a clip that found it.',
    body: groups,
    empty: 'No dynamic entries yet: run the loop with --focus window or all.',
  });
}
