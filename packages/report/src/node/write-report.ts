import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import { renderReportHtml } from '../render-report-html.js';
import type { ThumbnailStrip } from '../report-input.js';
import { chooseClips } from './choose-clips.js';
import { makeThumbnailStrip } from './thumbnail-strip.js';

/** Options of {@link writeReport} besides the store. */
export const writeReportOptionsSchema = z.object({
  /** Where the page goes (its folder is created). */
  out: z.string().min(1),
  /** A folder holding clips as `<jobId>.mp4` (the loop's `motionreg-out/clips`), tried when a job's recorded clip path is gone. */
  clipsDirectory: z.string().min(1).optional(),
  /** Make frame strips of the clips (needs ffmpeg). @default true */
  thumbnails: z.boolean().default(true),
  /** At most this many clips are read for strips. @default 48 */
  maxClips: z.number().int().nonnegative().max(1_000).default(48),
  /** How many of the most recent jobs diagnostics checks. @default 20 */
  last: z.number().int().positive().max(10_000).default(20),
  title: z.string().min(1).max(200).optional(),
  ffmpegPath: z.string().min(1).optional(),
});
export type WriteReportOptions = z.input<typeof writeReportOptionsSchema> & {
  /** The store to read (only read: nothing is written to it). */
  store: RegistryStore;
};

/** What {@link writeReport} wrote. */
export interface WriteReportResult {
  /** The page's absolute path. */
  path: string;
  bytes: number;
  /** Registry entries on the page. */
  entries: number;
  /** Clips frames were taken from. */
  clips: number;
  /** Clips whose frames could not be made (unreadable or missing), with the reason. */
  skippedClips: { jobId: string; reason: string }[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** A link from the page's folder to a clip, with `/` separators and each segment percent-encoded. */
function relativeLink(fromDirectory: string, target: string): string {
  return relative(fromDirectory, target).split(sep).map(encodeURIComponent).join('/');
}

/**
 * Reads a store and writes the registry report to `out`: the export, the diagnostics, and a strip of
 * frames (ffmpeg) from the fewest clips that show every dynamic entry; each clip is linked relative
 * to the page so it plays from the folder. Only reads the store. The file is written next to `out`
 * and renamed over it, so a reader never sees half a page.
 *
 * @example
 * ```ts
 * const store = openStore('sqlite:./motionreg-out/registry.db');
 * const { path } = await writeReport({ store, out: './motionreg-out/report.html', clipsDirectory: './motionreg-out/clips' });
 * ```
 */
export async function writeReport(options: WriteReportOptions): Promise<WriteReportResult> {
  const { store, ...rest } = options;
  const parsed = writeReportOptionsSchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MotionregError('invalid_input', `invalid report option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { component: 'report', cause: parsed.error });
  }
  const settings = parsed.data;
  const out = resolve(settings.out);
  const pageDirectory = dirname(out);
  const registries = await store.exportRegistries();
  const diagnostics = await store.diagnostics({ last: settings.last });

  const clipPaths = new Map<string, string>();
  const jobs = await store.listJobs({ limit: 10_000 });
  for (const job of jobs) {
    const candidates = [
      ...(job.clipPath === null ? [] : [isAbsolute(job.clipPath) ? job.clipPath : resolve(job.clipPath)]),
      ...(settings.clipsDirectory === undefined ? [] : [join(resolve(settings.clipsDirectory), `${job.id}.mp4`)]),
    ];
    for (const candidate of candidates) {
      if (await exists(candidate)) {
        clipPaths.set(job.id, candidate);
        break;
      }
    }
  }

  const thumbnails: Record<string, ThumbnailStrip> = {};
  const skippedClips: WriteReportResult['skippedClips'] = [];
  if (settings.thumbnails && settings.maxClips > 0) {
    for (const jobId of chooseClips(registries, (id) => clipPaths.has(id), settings.maxClips)) {
      try {
        thumbnails[jobId] = await makeThumbnailStrip(clipPaths.get(jobId)!, settings.ffmpegPath === undefined ? {} : { ffmpegPath: settings.ffmpegPath });
      } catch (error) {
        // why: one unreadable clip must not cost the whole page; the entry says it has no frames.
        skippedClips.push({ jobId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  const html = renderReportHtml(
    { export: registries, diagnostics, thumbnails, jobs: jobs.slice(0, 200), ...(settings.title === undefined ? {} : { title: settings.title }) },
    { clipUrl: (jobId) => { const path = clipPaths.get(jobId); return path === undefined ? undefined : relativeLink(pageDirectory, path); } },
  );
  await mkdir(pageDirectory, { recursive: true });
  const partial = `${out}.${process.pid}.partial`;
  await writeFile(partial, html, 'utf8');
  await rename(partial, out);
  return {
    path: out,
    bytes: Buffer.byteLength(html),
    entries: registries.totals.entries,
    clips: Object.keys(thumbnails).length,
    skippedClips,
  };
}
