/**
 * `npm run eval:fidelity`: does a clip show what its prompt asked (issue 15)? Grows a fresh SQLite registry
 * with the main loop (`--growth-runs`, default 6, at least 4), then renders each prompt of `prompts.ts` on it
 * (interpret → create → render, 320×180, 12 fps, 2 s), extracts it, and compares what was measured with what
 * was asked (`measure-fidelity.ts`). Prints a per-prompt table and a JSON summary line; `--write <file>`
 * also writes the table as Markdown. Exits 1 when an acceptance target is missed.
 *
 * Usage: `npm run eval:fidelity [-- --seed 15 --growth-runs 6 --write docs/guides/prompt-fidelity.md]`
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSpec } from '@motionreg/create';
import { extractClip } from '@motionreg/extract';
import { createSqliteStore } from '@motionreg/grow';
import { interpret } from '@motionreg/interpret';
import { runMainLoop } from '@motionreg/loops';
import { colorValueSchema } from '@motionreg/primitives';
import type { Knowledge } from '@motionreg/primitives';
import { renderClip } from '@motionreg/render';
import { fidelityPrompts } from './prompts.js';
import { fidelityTargets, judgeClip, summarize } from './measure-fidelity.js';
import type { FidelityRow } from './measure-fidelity.js';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const seed = Number.parseInt(argument('seed') ?? '15', 10);
const growthRuns = Math.max(4, Number.parseInt(argument('growth-runs') ?? '6', 10));
const writePath = argument('write');
const clip = { width: 320, height: 180, fps: 12, durationSeconds: 2 } as const;

function knownColorsOf(knowledge: Knowledge) {
  return knowledge.static.colors.flatMap((entry) => {
    const value = colorValueSchema.safeParse(entry.value);
    return value.success ? [{ name: entry.name, rgb: value.data.rgb, key: entry.key }] : [];
  });
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function tableOf(rows: readonly FidelityRow[]): string {
  const lines = [
    '| prompt | camera asked → measured (majority of windows) | asked colour families (or modifiers): share of coverage | black and white: neutral share | brightness | tempo |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(`| ${row.prompt} | ${row.camera === undefined ? '' : `${mark(row.camera.ok)} ${row.camera.asked} → ${row.camera.measured} (expected ${row.camera.expected})`} | ${row.colors === undefined ? (row.modifiers === undefined ? '' : `${mark(row.modifiers.ok)} ${row.modifiers.asked.join(' + ')} (modifiers): ${percent(row.modifiers.share)}`) : `${mark(row.colors.ok)} ${row.colors.asked.join(', ')}: ${percent(row.colors.share)}`} | ${row.blackAndWhite === undefined ? '' : `${mark(row.blackAndWhite.ok)} ${percent(row.blackAndWhite.neutralShare)}`} | ${row.brightness === undefined ? '' : `${mark(row.brightness.ok)} ${row.brightness.asked}: ${row.brightness.measured.toFixed(2)}`} | ${row.tempo === undefined ? '' : `${mark(row.tempo.ok)} ${row.tempo.asked}${row.tempo.playable === '' ? '' : ` (plays as ${row.tempo.playable} at ${clip.fps} fps)`} → ${row.tempo.measured}`} |`);
  }
  return lines.join('\n');
}

const work = await mkdtemp(join(tmpdir(), 'motionreg-fidelity-'));
const started = Date.now();
try {
  const store = createSqliteStore({ path: join(work, 'registry.db') });
  // The registry the prompts render on: grown by the main loop, as a user's would be.
  const growth = await runMainLoop({
    store, runs: growthRuns, seed, outDir: join(work, 'growth'), width: clip.width, height: clip.height, fps: clip.fps,
    defaultDurationSeconds: clip.durationSeconds, exploitRatio: 0, maxConsecutiveFailures: 0, log: () => {},
  });
  const knowledge = await store.getKnowledge();
  // Growth records the camera's direction: every grown camera entry carries one (`none` for a still camera).
  const cameraWithDirection = knowledge.dynamic.camera.filter((entry) => typeof entry.value.direction === 'string').length;
  process.stdout.write(`registry grown by ${growth.completed} loop runs (${growth.failed} failed): ${knowledge.static.colors.length} colours, ${knowledge.dynamic.camera.length} camera entries (${cameraWithDirection} with a direction)\n`);
  await mkdir(join(work, 'clips'), { recursive: true });
  const rows: FidelityRow[] = [];
  for (const [index, prompt] of fidelityPrompts.entries()) {
    const instruction = interpret(prompt, { linguistic: knowledge.linguistic, knowledge });
    const spec = buildSpec(instruction, knowledge, { seed: seed + index, mode: 'explore', durationSeconds: clip.durationSeconds });
    const sized = { ...spec, durationSeconds: clip.durationSeconds };
    const rendered = await renderClip(sized, { out: join(work, 'clips', `${index}.mp4`), width: clip.width, height: clip.height, fps: clip.fps, durationSeconds: clip.durationSeconds });
    const extraction = await extractClip(rendered.out, { spec: sized, prompt, knownColors: knownColorsOf(knowledge) });
    const row = judgeClip(instruction, sized, extraction);
    rows.push(row);
    process.stdout.write(`${String(index + 1).padStart(2)} ${prompt}\n`);
  }
  const summary = summarize(rows);
  const table = tableOf(rows);
  process.stdout.write(`${table}\n`);
  process.stdout.write(`camera type and direction right: ${summary.camera.right}/${summary.camera.of}; colour prompts with asked families ≥ ${percent(fidelityTargets.colorShare)}: ${summary.colors.atTarget}/${summary.colors.of} (≥ ${percent(fidelityTargets.colorGoal)}: ${summary.colors.atGoal}, lowest ${percent(summary.colors.lowest)}); modifier-only prompts: ${summary.modifiers.right}/${summary.modifiers.of}; black and white only neutral: ${summary.blackAndWhite.right}/${summary.blackAndWhite.of}; brightness: ${summary.brightness.right}/${summary.brightness.of}; tempo: ${summary.tempo.right}/${summary.tempo.of} of the asked (${summary.tempo.rightOfPlayable}/${summary.tempo.of} of what the frame grid can play)\n`);
  if (writePath !== undefined) {
    const header = `# Prompt fidelity\n\nWritten by \`npm run eval:fidelity -- --seed ${seed} --growth-runs ${growthRuns} --write ${writePath}\` on a registry grown by ${growth.completed} main-loop runs (${knowledge.static.colors.length} colours, ${knowledge.dynamic.camera.length} camera entries, ${cameraWithDirection} of them with a direction); each prompt rendered at ${clip.width}×${clip.height}, ${clip.fps} fps, ${clip.durationSeconds} s, then extracted. Camera: the majority (type, direction) of the 0.5 s windows against what the asked move reads as (a truck as a pan, a dolly as a zoom). Colours: the asked families' share of the measured colour coverage, outside fades. ${Math.round((Date.now() - started) / 1000)} s in all.\n\n`;
    await writeFile(writePath, `${header}${table}\n\n${JSON.stringify(summary)}\n`);
  }
  process.stdout.write(`${JSON.stringify({ bench: 'prompt-fidelity', ...summary, seconds: Math.round((Date.now() - started) / 1000) })}\n`);
  process.exitCode = summary.pass ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
