import { diagnosticsSchema, isoTimestampSchema, jobSchema, loopProgressSchema, registryExportSchema } from '@motionreg/primitives';
import { z } from 'zod';

/**
 * A strip of frames from one clip, as an inline image: the page stays self-contained (no request at
 * view time), so the picture travels as a base64 data URI. `width` and `height` are the whole strip's
 * pixel size, used to keep its aspect ratio.
 */
export const thumbnailStripSchema = z.object({
  src: z.string().max(2_000_000).regex(/^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, 'a base64 PNG, JPEG or WebP data URI'),
  width: z.number().int().positive().max(20_000),
  height: z.number().int().positive().max(20_000),
  /** How many frames the strip holds, side by side. @default 1 */
  frames: z.number().int().positive().max(64).default(1),
});
export type ThumbnailStrip = z.infer<typeof thumbnailStripSchema>;
export type ThumbnailStripInput = z.input<typeof thumbnailStripSchema>;

/** One point of the growth chart: how many entries one run added, and when. */
export const growthPointSchema = z.object({
  at: isoTimestampSchema,
  added: z.number().int().nonnegative(),
  /** The job whose growth this was, when known. */
  jobId: z.string().min(1).optional(),
});
export type GrowthPoint = z.infer<typeof growthPointSchema>;

/**
 * Everything the report shows. Only `export` and `diagnostics` are required; without `growth` the
 * chart is read from the entries' first-seen times (every entry one growth added shares its time).
 */
export const reportInputSchema = z.object({
  export: registryExportSchema,
  diagnostics: diagnosticsSchema,
  /** Loop progress (the service's live page). */
  progress: loopProgressSchema.optional(),
  /** The most recent jobs (the page lists up to 200, each with its clip when `clipUrl` gives one). @default none listed */
  jobs: z.array(jobSchema).default([]),
  /** Entries added per run, oldest first. @default read from the export's first-seen times */
  growth: z.array(growthPointSchema).optional(),
  /** Frame strips by job id, for the dynamic entries that job's clip found. */
  thumbnails: z.record(z.string(), thumbnailStripSchema).default({}),
  /** The page title. @default 'motionreg registries' */
  title: z.string().min(1).max(200).default('motionreg registries'),
});
export type ReportInput = z.input<typeof reportInputSchema>;
export type ParsedReportInput = z.output<typeof reportInputSchema>;

/** Options of `renderReportHtml` that are not data. */
export interface RenderReportOptions {
  /**
   * Where a job's clip can be played (the service's `/api/jobs/:id/clip`, or a path relative to the
   * report file); `undefined` for a job without a clip. Followed only when the reader asks to play one.
   */
  clipUrl?: (jobId: string) => string | undefined;
}
