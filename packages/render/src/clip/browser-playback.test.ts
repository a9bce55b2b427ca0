import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { renderClip } from './render-clip.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(executablePath);
if (!hasBrowser) {
  console.warn(`[render test] SKIPPED browser playback: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

/** Waits for metadata, plays past 0.3 s, draws the current frame and reports what the <video> knows. */
const playbackScript = `(async () => {
  const video = document.getElementById('clip');
  if (video.readyState < 1) {
    await new Promise((resolve, reject) => {
      video.addEventListener('loadedmetadata', () => resolve(), { once: true });
      video.addEventListener('error', () => reject(new Error('media error ' + (video.error ? video.error.code : '?'))), { once: true });
    });
  }
  await video.play();
  await new Promise((resolve) => {
    const check = () => (video.currentTime > 0.3 ? resolve() : requestAnimationFrame(check));
    check();
  });
  video.pause();
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  context.drawImage(video, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let sum = 0;
  for (let index = 0; index < pixels.length; index += 4) sum += pixels[index] + pixels[index + 1] + pixels[index + 2];
  return { duration: video.duration, videoWidth: video.videoWidth, videoHeight: video.videoHeight, meanLevel: sum / (pixels.length / 4) / 3, error: video.error ? video.error.code : null };
})()`;
const playbackFactsSchema = z.object({
  duration: z.number(),
  videoWidth: z.number(),
  videoHeight: z.number(),
  meanLevel: z.number(),
  error: z.number().nullable(),
});

/** Serves the clip and a page with a <video> on 127.0.0.1, answering byte ranges as browsers ask for them. */
async function serve(clip: Buffer): Promise<{ server: Server; origin: string }> {
  const page = '<!doctype html><meta charset="utf-8"><video id="clip" src="/clip.mp4" muted playsinline preload="auto"></video>';
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    if (request.url !== '/clip.mp4') {
      response.writeHead(404).end();
      return;
    }
    const range = /bytes=(\d*)-(\d*)/.exec(request.headers.range ?? '');
    if (!range) {
      response.writeHead(200, { 'content-type': 'video/mp4', 'content-length': clip.length, 'accept-ranges': 'bytes' }).end(clip);
      return;
    }
    const start = range[1] ? Number(range[1]) : 0;
    const end = range[2] ? Math.min(Number(range[2]), clip.length - 1) : clip.length - 1;
    response
      .writeHead(206, { 'content-type': 'video/mp4', 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${clip.length}`, 'accept-ranges': 'bytes' })
      .end(clip.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.skipIf(!hasBrowser)('renderClip: plays in Chromium', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'motionreg-browser-test-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('loads in a <video>, reports its duration and width, and decodes frames', async () => {
    const { out } = await renderClip(sceneSpecFixture({ camera: { motion: 'pan', speed: 'medium', steadiness: 'stable' } }), {
      out: join(directory, 'browser.mp4'), width: 320, height: 240, fps: 24, durationSeconds: 2,
    });
    const { server, origin } = await serve(await readFile(out));
    const context = await chromium.launchPersistentContext(join(directory, 'profile'), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      // why: the script runs in the page; as a string it needs no DOM types in this Node-only TypeScript project.
      const facts = playbackFactsSchema.parse(await page.evaluate(playbackScript));
      expect(facts.error).toBeNull();
      expect(facts.duration).toBeCloseTo(2, 1);
      expect([facts.videoWidth, facts.videoHeight]).toEqual([320, 240]);
      // random pure cells average far above black: the browser really decoded pictures
      expect(facts.meanLevel).toBeGreaterThan(40);
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
