/**
 * The "for every 8-bit colour" proof of the one depth concept: runs `colorDepth` on all 16,777,216
 * sRGB colours and checks that each depth sums to 100 (±0.01), uses at most four primitives and mixes
 * back (in linear light) within CIEDE2000 1.0. Prints the worst ΔE00 and a one-line JSON summary.
 *
 * Run after `npm run build`: `npx tsx packages/primitives/bench/color-depth.bench.ts [--step N] [--budget-seconds S]`.
 * `--step N` checks every N-th level per channel (default 1 = all colours); with a time budget it stops
 * early and reports how far it got (`checked` / `total`), and `pass` is then false.
 */
import { colorDepth, deltaE2000Components, linearToLabInto, linearToRgb, mixDepthLinear, rgbToLabInto } from '@motionreg/primitives';
import { benchOption, writeSummary } from '@motionreg/primitives/bench';

const step = Math.floor(benchOption('step', 1));
const budgetSeconds = benchOption('budget-seconds', 3600);
const levels: number[] = [];
for (let level = 0; level < 256; level += step) levels.push(level);
if (levels[levels.length - 1] !== 255) levels.push(255);
const total = levels.length ** 3;

const labs = new Float64Array(6);
let checked = 0;
let worst = 0;
let worstColour: [number, number, number] = [0, 0, 0];
let worstSumError = 0;
let maxPrimitives = 0;
let failures = 0;
let roundTripMismatches = 0;
const started = performance.now();
let stoppedEarly = false;

outer: for (const red of levels) {
  for (const green of levels) {
    if ((performance.now() - started) / 1000 > budgetSeconds) {
      stoppedEarly = true;
      break outer;
    }
    for (const blue of levels) {
      const depth = colorDepth([red, green, blue]);
      let sum = 0;
      let used = 0;
      for (const key in depth) {
        const pct = depth[key as keyof typeof depth];
        sum += pct;
        if (pct > 0) used += 1;
      }
      const mixed = mixDepthLinear(depth);
      rgbToLabInto(red, green, blue, labs, 0);
      linearToLabInto(mixed[0], mixed[1], mixed[2], labs, 3);
      const delta = deltaE2000Components(labs[0]!, labs[1]!, labs[2]!, labs[3]!, labs[4]!, labs[5]!);
      const back = linearToRgb(mixed);
      if (back[0] !== red || back[1] !== green || back[2] !== blue) roundTripMismatches += 1;
      const sumError = Math.abs(sum - 100);
      if (delta > worst) {
        worst = delta;
        worstColour = [red, green, blue];
      }
      if (sumError > worstSumError) worstSumError = sumError;
      if (used > maxPrimitives) maxPrimitives = used;
      if (delta > 1 || sumError > 0.01 || used > 4) failures += 1;
      checked += 1;
    }
  }
  process.stderr.write(`\rred ${red}/255 checked ${checked} worst ΔE00 ${worst.toFixed(4)}   `);
}
process.stderr.write('\n');

const seconds = (performance.now() - started) / 1000;
const pass = failures === 0 && !stoppedEarly && checked === total;
writeSummary({
  bench: 'color-depth-all-8-bit',
  checked,
  total,
  step,
  worstDeltaE2000: Number(worst.toFixed(4)),
  worstColour,
  worstSumError: Number(worstSumError.toFixed(6)),
  maxPrimitives,
  failures,
  // colours whose depth mixes back to a different 8-bit colour (informational, not part of the target)
  roundTripMismatches,
  seconds: Number(seconds.toFixed(1)),
  coloursPerSecond: Math.round(checked / seconds),
  ratio: Number((worst / 1).toFixed(4)),
  target: 'worst ΔE00 ≤ 1.0, sum 100 ± 0.01, ≤ 4 primitives, for every colour',
  pass,
});
process.exit(pass ? 0 : 1);
