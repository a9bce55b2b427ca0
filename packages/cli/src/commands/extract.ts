import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { extractClip, writeExtractionLines } from '@motionreg/extract';
import type { ExtractClipOptions, KnownColor } from '@motionreg/extract';
import { MotionregError, invalidInput, namedColorSchema, parseOrThrow, sceneSpecSchema } from '@motionreg/primitives';
import type { Extraction } from '@motionreg/primitives';
import { createProgressReporter } from '../terminal/progress.js';
import { runSignal } from '../terminal/shutdown.js';

// why: the CLI does not depend on zod itself; the schemas' own methods build what it needs.
const knownColorsSchema = namedColorSchema.extend({ key: namedColorSchema.shape.name.optional() }).array().min(1);

/** Reads and validates a JSON file given to an option; any failure is `invalid_input` naming the file. */
async function readJsonOption<Schema extends Parameters<typeof parseOrThrow>[0]>(path: string, schema: Schema, what: string): Promise<ReturnType<typeof parseOrThrow<Schema>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw invalidInput('cli', `cannot read ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput('cli', `${what} ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  return parseOrThrow(schema, value, { component: 'cli', what: `${what} ${path}` });
}

function describeExtraction(extraction: Extraction): string {
  const { source, summary, cuts, transitions, audio, narrative, windows } = extraction;
  const colours = summary.dominantColors
    .slice(0, 5)
    .map((color) => `${color.name ?? `rgb(${color.rgb.join(',')})`} ${(color.coverage * 100).toFixed(1)}%`)
    .join(', ');
  const lines = [
    `${source.path}: ${source.width}×${source.height}, ${source.fps} fps, ${source.frameCount} frames, ${source.durationSeconds.toFixed(2)} s, ${source.hasAudio ? 'with audio' : 'no audio'}`,
    `colours: ${colours}`,
    `brightness: ${summary.meanBrightness.toFixed(3)}; sound: ${summary.dominantSound ?? 'none'}; tempo: ${audio?.tempoBpm ? `${audio.tempoBpm} BPM` : 'no pulse'}`,
    // streamed windows are not kept: the summary's camera types stand in for them
    `camera: ${windows.length > 0 ? windows.map((window) => (window.camera.direction === 'none' ? window.camera.type : `${window.camera.type} ${window.camera.direction}`)).join(' · ') : summary.cameraTypes.join(', ')}`,
    `cuts: ${cuts.length > 0 ? cuts.join(', ') : 'none'}; transitions: ${transitions.length > 0 ? transitions.map((t) => `${t.type} ${t.startFrame}–${t.endFrame}`).join(', ') : 'none'}`,
    `narrative (observed): mood ${narrative.observed.mood ?? '?'}, pace ${narrative.observed.pace ?? '?'}`,
  ];
  if (narrative.intended) lines.push(`narrative (intended): ${JSON.stringify(narrative.intended)}`);
  return `${lines.join('\n')}\n`;
}

/** Options of `motionreg extract` as commander hands them over (strings until checked). */
export interface ExtractFlags {
  json?: boolean;
  /** `--jsonl` alone is `true` (stdout), `--jsonl -` too; otherwise the file to write. */
  jsonl?: string | true;
  window: string;
  colors?: string;
  spec?: string;
  prompt?: string;
}

/**
 * Streams the extraction as JSON Lines to stdout or a file (`writeExtractionLines`: frames as measured,
 * then windows, then the whole-clip record), so memory stays flat whatever the video's length. A reader
 * that goes away (EPIPE) aborts the run signal, which stops the extraction at the next record.
 */
async function streamExtraction(file: string, target: string | true, options: ExtractClipOptions): Promise<Extraction> {
  const toStdout = target === true || target === '-';
  const output: Writable = toStdout ? process.stdout : await openLinesFile(target);
  try {
    const extraction = await writeExtractionLines(file, output, { ...options, signal: runSignal() });
    if (!toStdout) {
      output.end();
      await finished(output);
    }
    return extraction;
  } catch (error) {
    if (!toStdout) output.destroy();
    if (MotionregError.isInstance(error) || runSignal().aborted) throw error;
    throw invalidInput('cli', `--jsonl ${String(target)}: cannot write: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

/** Opens the JSON Lines file before any frame is measured, so a bad path fails at once. */
async function openLinesFile(path: string): Promise<Writable> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw invalidInput('cli', `--jsonl ${path}: cannot write: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  return stream;
}

/** The action of `motionreg extract FILE` (defined in `define-extract.ts`). */
export async function extractAction(file: string, flags: ExtractFlags): Promise<void> {
  const windowSeconds = Number(flags.window);
  if (!(windowSeconds > 0)) throw invalidInput('cli', `--window ${flags.window}: must be a positive number of seconds`);
  if (flags.json && flags.jsonl !== undefined) throw invalidInput('cli', '--json and --jsonl: choose one (--json prints one record, --jsonl streams lines)');
  const options: ExtractClipOptions = { windowSeconds };
  if (flags.colors) options.knownColors = (await readJsonOption(flags.colors, knownColorsSchema, 'colours file')) as KnownColor[];
  if (flags.spec) options.spec = await readJsonOption(flags.spec, sceneSpecSchema, 'spec file');
  if (flags.prompt !== undefined) options.prompt = flags.prompt;
  const linesToStdout = flags.jsonl === true || flags.jsonl === '-';
  // Progress on stderr while the frames are measured (a terminal only, never with JSON on stdout).
  const progress = createProgressReporter({ label: `extract ${basename(file)}`, total: 1, json: flags.json === true || linesToStdout });
  options.onProgress = ({ frames, expectedFrames }) => {
    if (expectedFrames > 0) progress.setTotal(Math.max(expectedFrames, frames));
    progress.update(frames);
  };
  let extraction: Extraction;
  try {
    extraction = flags.jsonl === undefined ? await extractClip(file, options) : await streamExtraction(file, flags.jsonl, options);
  } finally {
    progress.stop();
  }
  // a file cut short or damaged is measured as far as it decodes; say so (the record is marked partial)
  for (const warning of extraction.warnings ?? []) process.stderr.write(`${warning}\n`);
  if (linesToStdout) return;
  process.stdout.write(flags.json ? `${JSON.stringify(extraction, null, 2)}\n` : describeExtraction(extraction));
  if (flags.jsonl !== undefined) process.stdout.write(`records: ${extraction.source.frameCount} frames and their windows as JSON Lines in ${flags.jsonl}\n`);
}
