/**
 * `@motionreg/primitives/bench`: what every package's `bench/*.bench.ts` shares: reading its numeric
 * options, the median of timed rounds, and the one JSON summary line that `npm run bench`
 * (scripts/run-benchmarks.mjs) collects. A subpath of its own, so no runtime entry (or Worker bundle)
 * carries it; it lives here because every package may import primitives, and the package graph forbids
 * reaching into another folder by a relative path.
 */

/** The positive number after `--name` on the command line, or `fallback` when absent or not positive. */
export function benchOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The median of timings (the upper of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Rounds to two decimals, as the summaries print ratios. */
export const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/** A benchmark's summary: its name, whether it met its target, and any figures. */
export type BenchSummary = { bench: string; pass: boolean } & Record<string, unknown>;

/** Prints the summary as the one JSON line `npm run bench` reads. */
export function writeSummary(summary: BenchSummary): void {
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
