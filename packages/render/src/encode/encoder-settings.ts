/**
 * The H.264/AAC settings every clip is encoded with, shared by the renderer and its benchmark (which times
 * ffmpeg alone on the same frames with the same settings).
 *
 * Why these values (measured on random 16 px cell grids under pan, zoom and rotation, see the README):
 * - `scale=out_range=full:flags=neighbor` (and `-sws_flags neighbor`): rgb24 → yuv420p takes each 2 × 2
 *   block's chroma from one pixel instead of averaging (our blocks are uniform, so chroma is exact), and uses
 *   the full 0–255 range. One chroma code step of limited range (16–240) moves mid grey by ΔE00 ≈ 2.3, so the
 *   ±1 rounding the codec always leaves put 1 % of grey next to saturated cells past ΔE00 3 under rotation;
 *   full range has finer steps. Signalled in the stream (`-color_range pc`), which decoders and browsers honour.
 * - CRF 10 (≤ 18 as required): at 14 the edges between saturated cells still ring enough to push > 1 % of
 *   grey past ΔE00 3 under a fast rotation; at 10 every colour keeps ≥ 99.8 % of its area in our measurements.
 * - `no-deblock`: the deblocking filter smooths across block edges, which here are real colour edges.
 * - `psy-rd=0,0` and `aq-mode=0`: psychovisual tuning and adaptive quantisation trade colour fidelity in flat
 *   cells for perceived detail; we need fidelity.
 * - `chroma-qp-offset=-12`: spends bits on chroma, where ΔE00 errors of saturated colours come from.
 * - BT.601 tags: the matrix ffmpeg used for rgb → yuv, so browsers decode the same colours.
 * - `+bitexact` and no metadata: the same inputs give byte-identical files.
 */
export const defaultCrf = 10;
export const defaultPreset = 'veryfast';
export const x264Params = 'no-deblock=1:psy-rd=0,0:aq-mode=0:chroma-qp-offset=-12';
export const audioSampleRate = 48_000;
export const audioBitrate = '192k';

/** Options of {@link encoderArguments}. */
export interface EncoderArgumentsOptions {
  width: number;
  height: number;
  fps: number;
  crf: number;
  preset?: string;
  /**
   * Raw mono s16le PCM at {@link audioSampleRate}: a file, `pipe:3` when the renderer streams it beside
   * the frames, or null for a clip without audio (benchmarks).
   */
  audioPath: string | null;
  out: string;
}

/** ffmpeg arguments that read rgb24 frames from stdin (and PCM from a file) and write the MP4. */
export function encoderArguments(options: EncoderArgumentsOptions): string[] {
  const { width, height, fps, crf, audioPath, out } = options;
  const args = [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`, '-framerate', String(fps), '-i', 'pipe:0',
  ];
  // why: raw PCM needs no probing; without these ffmpeg would wait for 5 MB (54 s) of a streamed soundtrack
  // before reading any frame, while the renderer writes sound only as fast as ffmpeg takes frames.
  if (audioPath !== null) args.push('-probesize', '32', '-analyzeduration', '0', '-f', 's16le', '-ar', String(audioSampleRate), '-ac', '1', '-i', audioPath);
  args.push('-map', '0:v:0');
  if (audioPath !== null) args.push('-map', '1:a:0');
  args.push(
    '-sws_flags', 'neighbor', '-vf', 'scale=out_range=full:flags=neighbor',
    '-c:v', 'libx264', '-preset', options.preset ?? defaultPreset, '-crf', String(crf), '-x264-params', x264Params,
    '-pix_fmt', 'yuv420p',
    '-colorspace', 'smpte170m', '-color_primaries', 'smpte170m', '-color_trc', 'smpte170m', '-color_range', 'pc',
  );
  if (audioPath !== null) args.push('-c:a', 'aac', '-b:a', audioBitrate);
  args.push(
    '-movflags', '+faststart',
    '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    out,
  );
  return args;
}
