/**
 * @packageDocumentation
 * `@motionreg/media`: finding ffmpeg and reading media facts with it, shared by `@motionreg/render`
 * (which streams frames into ffmpeg) and `@motionreg/extract` (which streams frames out of it).
 */
export { resolveFfmpeg } from './ffmpeg/resolve-ffmpeg.js';
export type { FfmpegSource, ResolveFfmpegOptions, ResolvedFfmpeg } from './ffmpeg/resolve-ffmpeg.js';
export { ffmpegFailureCause, mediaProbeSchema, probeMedia } from './probe/probe-media.js';
export type { MediaProbe, ProbeMediaOptions } from './probe/probe-media.js';
