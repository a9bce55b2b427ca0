/**
 * @packageDocumentation
 * `@motionreg/report/node`: the Node-only half of the report. Reads a store, makes frame strips of
 * the clips with ffmpeg, and writes the page (`writeReport`); writes a job's extraction JSON beside
 * its clip (`writeJobExtraction`).
 */
export { writeReport, writeReportOptionsSchema } from './write-report.js';
export type { WriteReportOptions, WriteReportResult } from './write-report.js';
export { makeThumbnailStrip, thumbnailStripOptionsSchema } from './thumbnail-strip.js';
export type { ThumbnailStripOptions } from './thumbnail-strip.js';
export { chooseClips } from './choose-clips.js';
export { extractionPathOf, writeJobExtraction } from './write-job-extraction.js';
