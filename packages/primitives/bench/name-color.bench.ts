/**
 * Naming speed: builds the colour-name index (first use), then names 2,000 random colours in sequence
 * with one shared `taken` set, as a registry growing from empty would. Target: median `nameColor`
 * under 1 ms. The floor is one bare OKLab distance pass over every dataset name (the least work any
 * exhaustive nearest search must do); `ratio` is median nameColor time / that floor.
 *
 * Run after `npm run build`: `npx tsx packages/primitives/bench/name-color.bench.ts`.
 */
import { colorNameIndex, createSeededRandom, nameColor, nearestColorNames, rgbToOklab } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';
import { median, writeSummary } from '@motionreg/primitives/bench';

const targetMedianMs = 1;
const count = 2000;

const buildStarted = performance.now();
const index = colorNameIndex();
const firstUseMs = performance.now() - buildStarted;

const random = createSeededRandom('name-color-bench');
const colours: Rgb[] = Array.from({ length: count }, () => [random.int(0, 255), random.int(0, 255), random.int(0, 255)]);

// Floor: one pass of squared OKLab distances over all names, the irreducible part of a linear scan.
const floorTimes: number[] = [];
let sink = 0;
for (const rgb of colours.slice(0, 300)) {
  const started = performance.now();
  const [l, a, b] = rgbToOklab(rgb);
  let best = Infinity;
  for (let position = 0; position < index.names.length; position += 1) {
    const dl = index.oklab[position * 3]! - l;
    const da = index.oklab[position * 3 + 1]! - a;
    const db = index.oklab[position * 3 + 2]! - b;
    const distance = dl * dl + da * da + db * db;
    if (distance < best) best = distance;
  }
  sink += best;
  floorTimes.push(performance.now() - started);
}

// Warm the JIT on a separate taken set so the timed run measures steady state, not compilation.
const warmTaken = new Set<string>();
for (const rgb of colours.slice(0, 200)) warmTaken.add(nameColor(rgb, warmTaken));

const taken = new Set<string>();
const times: number[] = [];
for (const rgb of colours) {
  const started = performance.now();
  const name = nameColor(rgb, taken);
  times.push(performance.now() - started);
  if (taken.has(name)) throw new Error(`duplicate name ${name}`);
  taken.add(name);
}

// The same colour named 500 times: the escalation path (qualifiers, then the whole-dataset ranking).
const crowded = new Set<string>();
const crowdedStarted = performance.now();
for (let round = 0; round < 500; round += 1) crowded.add(nameColor([120, 60, 200], crowded));
const crowdedMs = performance.now() - crowdedStarted;

const exhaustiveStarted = performance.now();
for (const rgb of colours.slice(0, 20)) nearestColorNames(rgb, 1, { shortlist: Infinity });
const exhaustiveMs = (performance.now() - exhaustiveStarted) / 20;

const sorted = (values: number[]) => [...values].sort((first, second) => first - second);
const percentile = (values: number[], fraction: number) => sorted(values)[Math.floor(values.length * fraction)]!;
const medianMs = median(times);
const floorMs = median(floorTimes);
const pass = medianMs < targetMedianMs && taken.size === count;
writeSummary({
  bench: 'name-color',
  names: index.names.length,
  indexFirstUseMs: Number(firstUseMs.toFixed(1)),
  medianMs: Number(medianMs.toFixed(3)),
  p99Ms: Number(percentile(times, 0.99).toFixed(3)),
  maxMs: Number(Math.max(...times).toFixed(3)),
  meanMs: Number((times.reduce((sum, time) => sum + time, 0) / count).toFixed(3)),
  sameColour500TimesMs: Number(crowdedMs.toFixed(1)),
  exhaustiveCiede2000RankMs: Number(exhaustiveMs.toFixed(2)),
  floorOklabScanMs: Number(floorMs.toFixed(3)),
  ratio: Number((medianMs / floorMs).toFixed(2)),
  target: `median nameColor < ${targetMedianMs} ms with 2,000 distinct names`,
  pass,
  sink: sink > 0,
});
process.exit(pass ? 0 : 1);
