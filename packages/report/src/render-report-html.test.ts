import { createMemoryStore } from '@motionreg/grow';
import { dynamicAspects, MotionregError, narrativeAspects } from '@motionreg/primitives';
import type { RegistryExport, RegistryStore } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growFixtureRegistry, hostilePrompt } from './__fixtures__/grown-registry.js';
import type { GrownRegistry } from './__fixtures__/grown-registry.js';
import { escapeHtml, formatCount } from './html/escape.js';
import { renderReportHtml } from './render-report-html.js';
import type { ReportInput } from './report-input.js';
import { growthPointsFromExport } from './sections/growth.js';

// A 2×1 PNG: enough to stand for a strip of frames.
const tinyPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAfBgH/1D5hVQAAAABJRU5ErkJggg==';

let store: RegistryStore;
let grown: GrownRegistry;
let input: ReportInput & { export: RegistryExport };

beforeAll(async () => {
  store = createMemoryStore();
  grown = await growFixtureRegistry(store);
  input = { export: await store.exportRegistries(), diagnostics: await store.diagnostics() };
});
afterAll(async () => store.close());

function allEntries(registries: RegistryExport) {
  return [
    ...registries.static.colors,
    ...registries.static.sound,
    ...dynamicAspects.flatMap((aspect) => registries.dynamic[aspect]),
    ...narrativeAspects.flatMap((aspect) => registries.narrative[aspect]),
  ];
}

describe('renderReportHtml', () => {
  it('shows every entry of every registry with its name and count', () => {
    const html = renderReportHtml(input);
    const entries = allEntries(input.export);
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) {
      expect(html).toContain(`>${escapeHtml(entry.name)}<`);
      expect(html).toContain(`data-name="${escapeHtml(entry.name.toLowerCase())}" data-count="${entry.count}"`);
    }
    for (const mapping of input.export.linguistic) expect(html).toContain(`<span class="canonical">${escapeHtml(mapping.canonical)}</span>`);
    expect(html).toContain(`<b>${formatCount(input.export.static.colors.length)}</b><span>colours</span>`);
  });

  it('keeps a prompt holding <script> as text: one script element on the page, ours', () => {
    const html = renderReportHtml(input);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain(escapeHtml(hostilePrompt));
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('<i>failing</i>');
    expect(html).toContain('ffmpeg exited with code 1 &lt;stderr&gt;');
  });

  it('names no resource outside the page (no network at view time)', () => {
    const html = renderReportHtml({ ...input, thumbnails: { [grown.jobIds[0]!]: { src: tinyPng, width: 2, height: 1, frames: 2 } } });
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|<link\b/i);
  });

  it('inlines each strip once and shows it on every entry its clip found; others say there are no frames', () => {
    const jobId = grown.jobIds[1]!;
    const html = renderReportHtml({ ...input, thumbnails: { [jobId]: { src: tinyPng, width: 2, height: 1, frames: 2 } } });
    expect(html.split(tinyPng)).toHaveLength(2);
    const found = dynamicAspects.flatMap((aspect) => input.export.dynamic[aspect]).filter((entry) => entry.sources.includes(jobId));
    expect(found.length).toBeGreaterThan(0);
    expect(html.match(/class="strip clip-0"/g)).toHaveLength(found.length);
    expect(html).toContain('no frames: none of its');
  });

  it('offers playback only where a clip URL is given, escaped', () => {
    const html = renderReportHtml(input, { clipUrl: (jobId) => (jobId === grown.jobIds[0] ? `clips/${jobId}.mp4?a=1&b="2"` : undefined) });
    expect(html).toContain(`data-clip="clips/${grown.jobIds[0]}.mp4?a=1&amp;b=&quot;2&quot;"`);
    expect(renderReportHtml(input)).not.toContain('data-clip=');
  });

  it('lists failed jobs and counts from diagnostics', () => {
    const html = renderReportHtml(input);
    expect(html).toContain(`<code>${grown.failedJobId}</code>`);
    expect(html).toMatch(/<span class="stat-value">1<\/span><span class="stat-label">failed<\/span>/);
  });

  it('lists the jobs given, each playable where a clip URL is known, prompts escaped', async () => {
    const jobs = await store.listJobs({ limit: 50 });
    const html = renderReportHtml({ ...input, jobs }, { clipUrl: (jobId) => (jobId === grown.jobIds[0] ? 'clips/a.mp4' : undefined) });
    expect(html).toContain('id="jobs"');
    expect(html.match(/class="play play-inline" data-clip="clips\/a\.mp4"/g)).toHaveLength(1);
    expect(html).toContain(escapeHtml(hostilePrompt));
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(renderReportHtml(input)).not.toContain('id="jobs"');
  });

  it('rejects input that is not an export with invalid_input', () => {
    const call = () => renderReportHtml({ ...input, export: { ...input.export, static: undefined } as unknown as RegistryExport });
    expect(call).toThrow(MotionregError);
    try {
      call();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
    expect(() => renderReportHtml({ ...input, thumbnails: { x: { src: 'https://example.com/a.png', width: 1, height: 1 } } })).toThrow(/thumbnails/);
  });

  it('renders an empty registry with an empty-state line in each section', async () => {
    const empty = createMemoryStore();
    const html = renderReportHtml({ export: await empty.exportRegistries(), diagnostics: await empty.diagnostics() });
    await empty.close();
    expect(html).toContain('No colours yet');
    expect(html).toContain('No runs yet.');
    expect(html).not.toContain('class="entry');
  });
});

describe('growthPointsFromExport', () => {
  it('finds one point per growth, summing to every timed entry', () => {
    const points = growthPointsFromExport(input.export);
    expect(points).toHaveLength(grown.jobIds.length);
    expect(points.reduce((sum, point) => sum + point.added, 0)).toBe(allEntries(input.export).length);
    expect(points.map((point) => point.at)).toEqual([...points.map((point) => point.at)].sort());
  });
});
