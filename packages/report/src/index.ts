/**
 * @packageDocumentation
 * `@motionreg/report`: the registry report, one self-contained HTML page (inline CSS, script and
 * pictures; no request at view time) built from a registry export and the loop diagnostics. The
 * renderer is pure and runs anywhere (the CLI writes it to a file, the service serves it live);
 * reading a store and making thumbnails with ffmpeg live in the Node-only `@motionreg/report/node`.
 */
export { renderReportHtml } from './render-report-html.js';
export { growthPointSchema, reportInputSchema, thumbnailStripSchema } from './report-input.js';
export type {
  GrowthPoint, ParsedReportInput, RenderReportOptions, ReportInput, ThumbnailStrip, ThumbnailStripInput,
} from './report-input.js';
export { growthPointsFromExport } from './sections/growth.js';
export { escapeHtml } from './html/escape.js';
