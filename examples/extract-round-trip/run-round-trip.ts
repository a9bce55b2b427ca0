/**
 * The acceptance run of issue 5: `npx tsx examples/extract-round-trip/run-round-trip.ts --clips 200`
 * (after `npm run build`). Prints progress, the misses, and one JSON summary line; exits 1 on a miss.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRoundTrip, summarise, targets } from './round-trip.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const clips = Math.floor(option('clips', 200));
const seed = Math.floor(option('seed', 5));
const directory = join(tmpdir(), `motionreg-round-trip-${seed}`);
const started = performance.now();
const counts = await runRoundTrip({
  clips,
  seed,
  directory,
  onClip: (index, running) => {
    if ((index + 1) % 10 === 0) {
      const { rates } = summarise(running);
      process.stderr.write(`${index + 1}/${clips} ${JSON.stringify(rates)}\n`);
    }
  },
});
const { rates, pass } = summarise(counts);
const show = <T,>(label: string, misses: T[]) => {
  if (misses.length > 0) process.stderr.write(`${label} (${misses.length}):\n${misses.slice(0, 25).map((miss) => `  ${JSON.stringify(miss)}`).join('\n')}\n`);
};
show('colour misses', counts.colorMisses);
show('sound misses', counts.soundMisses);
show('camera misses', counts.cameraMisses);
show('cut misses', counts.cutMisses);
show('tempo misses', counts.tempoMisses);
show('tempo reported without a pulse', counts.tempoFalse);
process.stdout.write(
  `${JSON.stringify({
    bench: 'extract-round-trip',
    clips: counts.clips,
    pass,
    rates: Object.fromEntries(Object.entries(rates).map(([key, value]) => [key, Math.round(value * 10000) / 10000])),
    targets,
    checked: { colors: counts.colorsChecked, soundFrames: counts.soundFrames, cameraWindows: counts.cameraWindows, cuts: counts.cutsTruth, tempoClips: counts.tempoClips, pulselessClips: counts.pulselessClips },
    seconds: Math.round((performance.now() - started) / 1000),
  })}\n`,
);
if (!pass) process.exitCode = 1;
