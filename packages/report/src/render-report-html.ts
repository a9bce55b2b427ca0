import { colorPrimitives, dynamicAspects, invalidInput, narrativeAspects } from '@motionreg/primitives';
import type { ColorExportEntry, RegistryExport } from '@motionreg/primitives';
import { escapeHtml, formatCount, hexOf } from './html/escape.js';
import { reportScript } from './page/script.js';
import { reportCss } from './page/styles.js';
import { reportInputSchema } from './report-input.js';
import type { ParsedReportInput, RenderReportOptions, ReportInput, ThumbnailStrip } from './report-input.js';
import { colorsSectionHtml } from './sections/colors.js';
import { diagnosticsSectionHtml } from './sections/diagnostics.js';
import { dynamicSectionHtml } from './sections/dynamic.js';
import type { ClipPictures } from './sections/dynamic.js';
import { growthPointsFromExport, growthSectionHtml } from './sections/growth.js';
import { jobsSectionHtml } from './sections/jobs.js';
import { linguisticSectionHtml } from './sections/linguistic.js';
import { narrativeSectionHtml } from './sections/narrative.js';
import { promptsSectionHtml } from './sections/prompts.js';
import { soundSectionHtml } from './sections/sound.js';

/**
 * Picks, for each dynamic entry, one clip with a strip: the source job that the most entries share,
 * so the page carries as few pictures as possible (each strip is inlined once, as a CSS class).
 */
function clipPictures(input: ParsedReportInput, clipUrl: (jobId: string) => string | undefined): { pictures: ClipPictures; css: () => string } {
  const popularity = new Map<string, number>();
  for (const aspect of dynamicAspects) {
    for (const entry of input.export.dynamic[aspect]) {
      for (const jobId of entry.sources) if (input.thumbnails[jobId] !== undefined) popularity.set(jobId, (popularity.get(jobId) ?? 0) + 1);
    }
  }
  const classes = new Map<string, string>();
  const used: { className: string; strip: ThumbnailStrip }[] = [];
  const stripFor: ClipPictures['stripFor'] = (sources) => {
    let best: string | undefined;
    for (const jobId of sources) {
      if (input.thumbnails[jobId] === undefined) continue;
      if (best === undefined || (popularity.get(jobId) ?? 0) > (popularity.get(best) ?? 0)) best = jobId;
    }
    if (best === undefined) return undefined;
    const strip = input.thumbnails[best]!;
    let className = classes.get(best);
    if (className === undefined) {
      className = `clip-${classes.size}`;
      classes.set(best, className);
      used.push({ className, strip });
    }
    return { jobId: best, className, strip };
  };
  return {
    pictures: { stripFor, clipUrl },
    // why: called after the sections ran, so only the strips some entry shows are inlined.
    css: () => used.map(({ className, strip }) => `.${className}{background-image:url("${strip.src}")}`).join('\n'),
  };
}

function ribbonColors(colors: readonly ColorExportEntry[]): string[] {
  const top = [...colors].sort((left, right) => right.count - left.count).slice(0, 32).map((entry) => entry.rgb);
  const ordered = top.length >= 4 ? top : colorPrimitives.map((primitive) => [...primitive.rgb] as [number, number, number]);
  // why: ordered by hue so the ribbon reads as a spectrum, not as noise; greys (little chroma) go last, dark to light.
  const chroma = ([red, green, blue]: readonly number[]): number => Math.max(red!, green!, blue!) - Math.min(red!, green!, blue!);
  const hue = ([red, green, blue]: readonly number[]): number => Math.atan2(Math.sqrt(3) * (green! - blue!), 2 * red! - green! - blue!);
  const order = (rgb: readonly number[]): number => (chroma(rgb) < 24 ? 10 + (rgb[0]! + rgb[1]! + rgb[2]!) / 765 : hue(rgb));
  return [...ordered].sort((left, right) => order(left) - order(right)).map((rgb) => hexOf(rgb));
}

function totalsHtml(registries: RegistryExport, hasJobs: boolean): string {
  const dynamicCount = dynamicAspects.reduce((sum, aspect) => sum + registries.dynamic[aspect].length, 0);
  const narrativeCount = narrativeAspects.reduce((sum, aspect) => sum + registries.narrative[aspect].length, 0);
  const cards: [string, number, string][] = [
    ['#colors', registries.static.colors.length, 'colours'],
    ['#sound', registries.static.sound.length, 'sounds'],
    ['#dynamic', dynamicCount, 'dynamic'],
    ['#narrative', narrativeCount, 'narrative'],
    ['#linguistic', registries.linguistic.length, 'linguistic'],
    [hasJobs ? '#jobs' : '#diagnostics', registries.totals.jobs, 'jobs'],
    ['#prompts', registries.totals.interpretations, 'prompts'],
  ];
  return cards.map(([href, value, label]) => `<a class="total" href="${href}"><b>${formatCount(value)}</b><span>${label}</span></a>`).join('');
}

function registryOptionsHtml(): string {
  const options: [string, string][] = [
    ['', 'All registries'], ['static.colors', 'Colours'], ['static.sound', 'Sound'], ['dynamic', 'Dynamic (all)'],
    ...dynamicAspects.map((aspect): [string, string] => [`dynamic.${aspect}`, `\u2003${aspect}`]),
    ['narrative', 'Narrative (all)'],
    ...narrativeAspects.map((aspect): [string, string] => [`narrative.${aspect}`, `\u2003${aspect}`]),
    ['linguistic', 'Linguistic'], ['prompts', 'Prompts'],
  ];
  return options.map(([value, label]) => `<option value="${value}">${escapeHtml(label)}</option>`).join('');
}

/**
 * Renders the registry report: one self-contained HTML page (inline CSS, script and pictures, no
 * request at view time) with colour swatches and their depth, sounds and their primitive mix, every
 * dynamic registry with frames from a clip that found each entry, narrative intended beside
 * observed, linguistic growth, loop diagnostics, growth over time, a search box, filters, and a light
 * and a dark theme. Pure: no I/O and no Node API, so the service serves it on Workers as well.
 * Every string from the store is escaped.
 *
 * @example
 * ```ts
 * const html = renderReportHtml({
 *   export: await store.exportRegistries(),
 *   diagnostics: await store.diagnostics(),
 * }, { clipUrl: (jobId) => `/api/jobs/${encodeURIComponent(jobId)}/clip` });
 * ```
 */
export function renderReportHtml(input: ReportInput, options: RenderReportOptions = {}): string {
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput('report', `invalid report input at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, parsed.error);
  }
  const data = parsed.data;
  const registries = data.export;
  const clipUrl = options.clipUrl ?? (() => undefined);
  const { pictures, css: stripCss } = clipPictures(data, clipUrl);
  const growth = data.growth ?? growthPointsFromExport(registries);
  const sections = [
    growthSectionHtml(growth),
    colorsSectionHtml(registries.static.colors),
    soundSectionHtml(registries.static.sound),
    dynamicSectionHtml(registries.dynamic, pictures),
    narrativeSectionHtml(registries.narrative),
    linguisticSectionHtml(registries.linguistic),
    diagnosticsSectionHtml(data.diagnostics, data.progress, clipUrl),
    ...(data.jobs.length > 0 ? [jobsSectionHtml(data.jobs, registries.totals.jobs, clipUrl)] : []),
    promptsSectionHtml(registries.interpretations, registries.totals.interpretations),
  ].join('\n');
  const ribbon = ribbonColors(registries.static.colors).map((hex) => `<span style="background:${hex}"></span>`).join('');
  const exportedAt = registries.exportedAt.slice(0, 16).replace('T', ' ');
  const nav = [
    ['growth', 'Growth'], ['colors', 'Colours'], ['sound', 'Sound'], ['dynamic', 'Dynamic'],
    ...dynamicAspects.map((aspect) => [`dynamic-${aspect}`, aspect]),
    ['narrative', 'Narrative'], ['linguistic', 'Linguistic'], ['diagnostics', 'Diagnostics'], ...(data.jobs.length > 0 ? [['jobs', 'Jobs']] : []), ['prompts', 'Prompts'],
  ].map(([id, label]) => `<a href="#${id}">${escapeHtml(label!)}</a>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; media-src *">
<title>${escapeHtml(data.title)}</title>
<style>${reportCss}</style>
<style>${stripCss()}</style>
</head>
<body>
<header class="hero"><div class="wrap">
<div class="hero-top"><div><h1>${escapeHtml(data.title)}</h1>
<p class="sub">Exported ${escapeHtml(exportedAt)} UTC · ${formatCount(registries.totals.entries)} entries from ${formatCount(registries.totals.jobs)} jobs · ${formatCount(registries.totals.learningRuns)} learning and ${formatCount(registries.totals.discoveryRuns)} discovery runs</p></div>
<button type="button" class="theme-toggle" id="theme-toggle">Theme</button></div>
<div class="palette-ribbon" aria-hidden="true">${ribbon}</div>
<div class="totals">${totalsHtml(registries, data.jobs.length > 0)}</div>
<nav class="jump" aria-label="sections">${nav}</nav>
</div></header>
<div class="toolbar"><div class="wrap" role="search">
<input type="search" id="search" placeholder="Search names, keys, spans, prompts  ( / )" aria-label="search">
<select id="registry" aria-label="registry">${registryOptionsHtml()}</select>
<input type="number" id="min-count" min="1" step="1" placeholder="count ≥" aria-label="minimum count">
<select id="sort" aria-label="sort"><option value="count">Most seen</option><option value="name">Name A–Z</option><option value="newest">Newest</option></select>
<span class="shown" id="shown" aria-live="polite"></span>
</div></div>
<main class="wrap">
${sections}
</main>
<footer>motionreg · a self-contained page: everything on it is in this one file</footer>
<dialog class="player" id="player"><div class="player-bar"><span class="player-title"></span><button type="button" class="player-close">Close</button></div><video controls playsinline preload="none"></video></dialog>
<script>${reportScript}</script>
</body>
</html>
`;
}
