import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractClip } from '@motionreg/extract';
import type { ExtractClipOptions, KnownColor } from '@motionreg/extract';
import { invalidInput, namedColorSchema, parseOrThrow, sceneSpecSchema } from '@motionreg/primitives';
import type { Extraction } from '@motionreg/primitives';
import { createProgressReporter } from '../terminal/progress.js';

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
    `camera: ${windows.map((window) => (window.camera.direction === 'none' ? window.camera.type : `${window.camera.type} ${window.camera.direction}`)).join(' · ')}`,
    `cuts: ${cuts.length > 0 ? cuts.join(', ') : 'none'}; transitions: ${transitions.length > 0 ? transitions.map((t) => `${t.type} ${t.startFrame}–${t.endFrame}`).join(', ') : 'none'}`,
    `narrative (observed): mood ${narrative.observed.mood ?? '?'}, pace ${narrative.observed.pace ?? '?'}`,
  ];
  if (narrative.intended) lines.push(`narrative (intended): ${JSON.stringify(narrative.intended)}`);
  return `${lines.join('\n')}\n`;
}

/** Options of `motionreg extract` as commander hands them over (strings until checked). */
export interface ExtractFlags {
  json?: boolean;
  window: string;
  colors?: string;
  spec?: string;
  prompt?: string;
}

/** The action of `motionreg extract FILE` (defined in `define-extract.ts`). */
export async function extractAction(file: string, flags: ExtractFlags): Promise<void> {
  const windowSeconds = Number(flags.window);
  if (!(windowSeconds > 0)) throw invalidInput('cli', `--window ${flags.window}: must be a positive number of seconds`);
  const options: ExtractClipOptions = { windowSeconds };
  if (flags.colors) options.knownColors = (await readJsonOption(flags.colors, knownColorsSchema, 'colours file')) as KnownColor[];
  if (flags.spec) options.spec = await readJsonOption(flags.spec, sceneSpecSchema, 'spec file');
  if (flags.prompt !== undefined) options.prompt = flags.prompt;
  // Progress on stderr while the frames are measured (a terminal only, never with --json).
  const progress = createProgressReporter({ label: `extract ${basename(file)}`, total: 1, json: flags.json === true });
  options.onProgress = ({ frames, expectedFrames }) => {
    if (expectedFrames > 0) progress.setTotal(Math.max(expectedFrames, frames));
    progress.update(frames);
  };
  let extraction: Extraction;
  try {
    extraction = await extractClip(file, options);
  } finally {
    progress.stop();
  }
  // a file cut short or damaged is measured as far as it decodes; say so (the record is marked partial)
  for (const warning of extraction.warnings ?? []) process.stderr.write(`${warning}\n`);
  process.stdout.write(flags.json ? `${JSON.stringify(extraction, null, 2)}\n` : describeExtraction(extraction));
}
