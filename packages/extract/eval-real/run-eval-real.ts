/**
 * Scores `extractClip` on the real-footage set (`videos/*.mp4` beside their labels) and prints a table per
 * video — cuts (P/R/F1 at ±1 frame), transitions matched by span, camera type+direction per labelled shot —
 * for the held-back half, the tuning half and all. Exits 1 when the held-back cuts F1 is under 0.95.
 * Where `pyscenedetect-cuts.json` exists (written by `pyscenedetect/run-pyscenedetect.py`, outside CI),
 * PySceneDetect's adaptive detector is scored on the same labels beside it.
 *
 * Usage (repository root, no network): `npm run eval:real [-- --details]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extractClip } from '../src/index.js';
import { addScores, cutFigures, realFootageLabelSchema, scoreFootage } from '../src/eval/score-real-footage.js';
import type { FootageScore, RealFootageLabel } from '../src/eval/score-real-footage.js';
import { matchCuts } from '../src/eval/score-real-footage.js';

const here = dirname(fileURLToPath(import.meta.url));
const videos = join(here, 'videos');
const details = process.argv.includes('--details');
const labels: RealFootageLabel[] = readdirSync(videos)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => realFootageLabelSchema.parse(JSON.parse(readFileSync(join(videos, file), 'utf8'))));
const pysceneFile = join(here, 'pyscenedetect-cuts.json');
const pyscene = existsSync(pysceneFile)
  ? z.record(z.string(), z.object({ cuts: z.array(z.number().int()), seconds: z.number() })).parse(JSON.parse(readFileSync(pysceneFile, 'utf8')))
  : null;

interface Row {
  label: RealFootageLabel;
  score: FootageScore;
  seconds: number;
  found: number[];
  transitions: string;
}

const rows: Row[] = [];
for (const label of labels) {
  const started = performance.now();
  const extraction = await extractClip(join(videos, `${label.name}.mp4`));
  const seconds = (performance.now() - started) / 1000;
  if (extraction.source.frameCount !== label.frames) throw new Error(`[motionreg:extract] ${label.name}: ${extraction.source.frameCount} frames decoded, labels count ${label.frames}`);
  rows.push({
    label,
    score: scoreFootage(label, extraction),
    seconds,
    found: extraction.cuts,
    transitions: extraction.transitions.map((transition) => `${transition.type} ${transition.startFrame}–${transition.endFrame}`).join(', '),
  });
}

const percent = (value: number) => value.toFixed(2);
const cell = (score: FootageScore) => {
  const { precision, recall, f1 } = cutFigures(score.cuts);
  return `${percent(precision)} | ${percent(recall)} | ${percent(f1)}`;
};
const pysceneCell = (subset: Row[]) => {
  if (!pyscene) return '';
  const counts = subset.map((row) => matchCuts(row.label.cuts, pyscene[row.label.name]?.cuts ?? []));
  const total = counts.reduce((sum, count) => ({ truePositives: sum.truePositives + count.truePositives, falsePositives: sum.falsePositives + count.falsePositives, falseNegatives: sum.falseNegatives + count.falseNegatives }), { truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  return ` ${percent(cutFigures(total).f1)} |`;
};
const lines: string[] = [];
const header = `| video | split | kind | cuts | found (TP/FP/FN) | P | R | F1 | transitions matched | camera right |${pyscene ? ' PySceneDetect F1 |' : ''} seconds |`;
lines.push(header, `|${header.split('|').slice(1, -1).map(() => ' --- ').join('|')}|`);
for (const split of ['report', 'tune'] as const) {
  for (const row of rows.filter((candidate) => candidate.label.split === split)) {
    const { cuts, transitions, camera } = row.score;
    lines.push(
      `| ${row.label.name} | ${split} | ${row.label.kind} | ${row.label.cuts.length} | ${cuts.truePositives}/${cuts.falsePositives}/${cuts.falseNegatives} | ${cell(row.score)} | ${transitions.matched}/${transitions.labelled} (${transitions.reported} reported) | ${camera.right}/${camera.labelled} |${pysceneCell([row])} ${row.seconds.toFixed(2)} |`,
    );
  }
}
const totals = (name: string, subset: Row[]) => {
  const score = addScores(subset.map((row) => row.score));
  const seconds = subset.reduce((sum, row) => sum + row.seconds, 0);
  const pysceneSeconds = pyscene ? subset.reduce((sum, row) => sum + (pyscene[row.label.name]?.seconds ?? 0), 0) : 0;
  lines.push(
    `| **${name}** | | | ${subset.reduce((sum, row) => sum + row.label.cuts.length, 0)} | ${score.cuts.truePositives}/${score.cuts.falsePositives}/${score.cuts.falseNegatives} | ${cell(score)} | ${score.transitions.matched}/${score.transitions.labelled} (${score.transitions.reported} reported) | ${score.camera.right}/${score.camera.labelled} |${pysceneCell(subset)} ${seconds.toFixed(2)}${pyscene ? ` (PySceneDetect ${pysceneSeconds.toFixed(2)})` : ''} |`,
  );
  return score;
};
const held = totals('held back (report)', rows.filter((row) => row.label.split === 'report'));
totals('tuning', rows.filter((row) => row.label.split === 'tune'));
totals('all', rows);
if (details) {
  for (const row of rows) {
    lines.push(`- ${row.label.name}: cuts ${JSON.stringify(row.label.cuts)} found ${JSON.stringify(row.found)}; transitions ${JSON.stringify(row.label.transitions.map((span) => [span.startFrame, span.endFrame]))} found [${row.transitions}]${row.score.camera.wrong.length ? `; camera: ${row.score.camera.wrong.join('; ')}` : ''}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = cutFigures(held.cuts).f1 >= 0.95 ? 0 : 1;
