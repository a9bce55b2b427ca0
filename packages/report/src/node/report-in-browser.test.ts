import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryStore } from '@motionreg/grow';
import { dynamicAspects, narrativeAspects } from '@motionreg/primitives';
import type { RegistryExport } from '@motionreg/primitives';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { growFixtureRegistry, hostilePrompt } from '../__fixtures__/grown-registry.js';
import { makeTestClip } from '../__fixtures__/make-clip.js';
import { writeReport } from './write-report.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(executablePath);
if (!hasBrowser) {
  console.warn(`[report test] SKIPPED the report in a browser: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}
/** Screenshots are kept as CI artefacts (`.ci/artifacts/`), or where MOTIONREG_ARTIFACTS says. */
const artifacts = process.env.MOTIONREG_ARTIFACTS ?? fileURLToPath(new URL('../../../../.ci/artifacts/', import.meta.url));

let directory: string;
let registries: RegistryExport;
let server: Server;
let pageUrl: string;
let context: BrowserContext;
let origin: string;
/** Requests for anything but the page itself (and inline data:), refused; and for clips, served only when a reader asks to play one. */
const outside: string[] = [];
const clipRequests: string[] = [];

beforeAll(async () => {
  if (!hasBrowser) return;
  directory = await mkdtemp(join(tmpdir(), 'motionreg-report-browser-'));
  const store = createMemoryStore();
  try {
    const clips = join(directory, 'clips');
    const grown = await growFixtureRegistry(store, (index) => join(clips, `clip-${index}.mp4`));
    for (const index of grown.jobIds.keys()) await makeTestClip(join(clips, `clip-${index}.mp4`), { hue: index * 90 });
    await writeReport({ store, out: join(directory, 'report.html') });
    registries = await store.exportRegistries();
  } finally {
    await store.close();
  }
  const html = await readFile(join(directory, 'report.html'));
  server = createServer((request, response) => {
    const clip = /^\/clips\/(clip-\d+\.mp4)$/.exec(request.url ?? '');
    if (request.url === '/report.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (clip !== null) void readFile(join(directory, 'clips', clip[1]!)).then((bytes) => response.writeHead(200, { 'content-type': 'video/mp4' }).end(bytes));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pageUrl = `${origin}/report.html`;
  context = await chromium.launchPersistentContext(join(directory, 'profile'), {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Every request other than the page itself (and inline data:) is recorded and refused.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === pageUrl || url.startsWith('data:')) return route.continue();
    if (url.startsWith(`${origin}/clips/`)) {
      clipRequests.push(url);
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url !== pageUrl && !url.startsWith('data:') && !url.startsWith(`${origin}/clips/`) && !outside.includes(url)) outside.push(url);
  });
}, 120_000);

afterAll(async () => {
  if (!hasBrowser) return;
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

async function openReport(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(pageUrl, { waitUntil: 'load' });
  return page;
}

const itemSchema = z.array(z.object({ registry: z.string(), name: z.string(), count: z.number(), hidden: z.boolean() }));
// why: run in the page; as a string it needs no DOM types in this Node-only TypeScript project.
const readItems = `Array.from(document.querySelectorAll('.filterable')).map((item) => ({
  registry: item.getAttribute('data-registry'), name: item.getAttribute('data-name'), count: Number(item.getAttribute('data-count')),
  hidden: item.hidden || item.offsetParent === null,
}))`;

describe.skipIf(!hasBrowser)('the report in Chromium', () => {
  it('renders every registry section filled, with the names and counts of the export, and asks for nothing outside the page', async () => {
    const page = await openReport(1280);
    try {
      const text = await page.evaluate('document.body.innerText') as string;
      const items = itemSchema.parse(await page.evaluate(readItems));
      const expected = [
        ...registries.static.colors.map((entry) => ({ registry: 'static.colors', entry })),
        ...registries.static.sound.map((entry) => ({ registry: 'static.sound', entry })),
        ...dynamicAspects.flatMap((aspect) => registries.dynamic[aspect].map((entry) => ({ registry: `dynamic.${aspect}`, entry }))),
        ...narrativeAspects.flatMap((aspect) => registries.narrative[aspect].map((entry) => ({ registry: `narrative.${aspect}`, entry }))),
      ];
      for (const { registry, entry } of expected) {
        expect(text).toContain(entry.name);
        expect(items).toContainEqual({ registry, name: entry.name.toLowerCase(), count: entry.count, hidden: false });
      }
      for (const mapping of registries.linguistic) expect(items).toContainEqual({ registry: 'linguistic', name: mapping.span.toLowerCase(), count: mapping.count, hidden: false });
      // each section and each dynamic registry holds entries, no "nothing yet" line anywhere
      for (const aspect of dynamicAspects) expect(registries.dynamic[aspect].length, aspect).toBeGreaterThan(0);
      expect(await page.locator('.empty').count()).toBe(0);
      expect(await page.locator('.growth-chart rect.bar').count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('.strip[role=img]').count()).toBeGreaterThan(0);
      // the hostile prompt is shown as text and never ran
      expect(text).toContain(hostilePrompt);
      expect(await page.evaluate('window.__pwned === undefined')).toBe(true);
      expect(outside).toEqual([]);
      expect(clipRequests).toEqual([]);
      await mkdir(artifacts, { recursive: true });
      const screenshot = join(artifacts, 'report-desktop.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`[report test] screenshot: ${screenshot}`);
    } finally {
      await page.close();
    }
  });

  it('filters by search, registry and count, offline', async () => {
    const page = await openReport(1280);
    try {
      const all = itemSchema.parse(await page.evaluate(readItems));
      const target = [...registries.static.colors].sort((left, right) => right.name.length - left.name.length)[0]!;
      await page.fill('#search', target.name.toUpperCase());
      // the search applies on the next animation frame (polled from here: the page's CSP forbids eval, which waitForFunction needs)
      await expect.poll(() => page.textContent('#shown')).toMatch(/ shown$/);
      let items = itemSchema.parse(await page.evaluate(readItems));
      const visible = items.filter((item) => !item.hidden);
      expect(visible).toContainEqual({ registry: 'static.colors', name: target.name.toLowerCase(), count: target.count, hidden: false });
      expect(visible.length).toBeLessThan(all.length / 4);
      expect(await page.textContent('#shown')).toBe(`${visible.length} of ${all.length} shown`);

      await page.fill('#search', '');
      await page.selectOption('#registry', 'static.sound');
      items = itemSchema.parse(await page.evaluate(readItems));
      expect(items.filter((item) => !item.hidden).map((item) => item.registry)).toEqual(registries.static.sound.map(() => 'static.sound'));
      expect(await page.locator('#colors').isVisible()).toBe(false);

      await page.selectOption('#registry', '');
      const most = Math.max(...all.map((item) => item.count));
      await page.fill('#min-count', String(most));
      await expect.poll(() => page.textContent('#shown')).toMatch(/ shown$/);
      items = itemSchema.parse(await page.evaluate(readItems));
      const left = items.filter((item) => !item.hidden);
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((item) => item.count >= most)).toBe(true);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('plays a clip that found an entry in a dialog, fetching it only then', async () => {
    const page = await openReport(1280);
    try {
      expect(clipRequests).toEqual([]);
      await page.locator('#dynamic-camera .play').first().click();
      expect(await page.locator('#player').isVisible()).toBe(true);
      // why: run in the page; as a string it needs no DOM types in this Node-only TypeScript project.
      await expect.poll(async () => page.evaluate("document.querySelector('#player video').readyState"), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      expect(await page.evaluate("Math.round(document.querySelector('#player video').duration)")).toBe(2);
      expect(clipRequests.length).toBeGreaterThan(0);
      expect(clipRequests.every((url) => /\/clips\/clip-\d+\.mp4$/.test(url))).toBe(true);
      await page.click('.player-close');
      expect(await page.locator('#player').isVisible()).toBe(false);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('reads on a phone in the dark theme, and the toggle switches themes', async () => {
    const page = await openReport(390, 'dark');
    try {
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      // a frame strip stays inside its card, play button included
      const play = await page.locator('#dynamic-camera .play').first().boundingBox();
      const card = await page.locator('#dynamic-camera .entry').first().boundingBox();
      expect(play!.x + play!.width).toBeLessThanOrEqual(card!.x + card!.width);
      const darkBackground = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      await page.click('#theme-toggle');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
      expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).not.toBe(darkBackground);
      await page.click('#theme-toggle');
      await mkdir(artifacts, { recursive: true });
      const screenshot = join(artifacts, 'report-phone-dark.png');
      await page.screenshot({ path: screenshot, fullPage: false });
      console.log(`[report test] screenshot: ${screenshot}`);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
