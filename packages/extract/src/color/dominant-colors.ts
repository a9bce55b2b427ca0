import { deltaE2000Components, rgbToLabInto } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';
import type { FrameSampler } from './frame-sampler.js';

/** Options for {@link dominantColors}; the defaults are the documented tolerances (package README). */
export interface DominantColorOptions {
  /** Most colours reported per frame; smaller ones fold into their nearest. @default 12 */
  maxColors?: number;
  /** Colours covering less than this share fold into their nearest reported colour. @default 0.002 */
  minCoverage?: number;
  /**
   * CIEDE2000 within which a histogram bin joins an existing colour rather than starting one.
   * why: H.264 at CRF ≤ 18 keeps flat colours within ΔE00 ≈ 3 of the source; 3.5 gathers that noise
   * while two source colours 3.5 apart stay distinct.
   * @default 3.5
   */
  joinTolerance?: number;
  /** Colours whose means end up within this CIEDE2000 of each other are merged. @default 2.5 */
  mergeTolerance?: number;
}

/** One dominant colour of a frame before naming: its exact mean sRGB colour, Lab and coverage. */
export interface ColorCluster {
  rgb: Rgb;
  lab: [number, number, number];
  coverage: number;
}

interface Cluster {
  count: number;
  red: number;
  green: number;
  blue: number;
  /** Lab of the seed bin (assignment) and of the current mean (merging, output). */
  seedL: number;
  seedA: number;
  seedB: number;
}

// why: ΔE00 compresses chroma differences up to ~3× relative to Euclidean Lab (ΔE76), so a bin more than
// this many ΔE76 units away can never be within the join tolerance and the costly ΔE00 is skipped.
const deltaE76Gate = 4;
const maxLeaders = 64;
const lab = new Float64Array(3);

function labOfMean(cluster: { count: number; red: number; green: number; blue: number }): [number, number, number] {
  const rgb = meanRgb(cluster);
  rgbToLabInto(rgb[0], rgb[1], rgb[2], lab, 0);
  return [lab[0]!, lab[1]!, lab[2]!];
}

function meanRgb(cluster: { count: number; red: number; green: number; blue: number }): Rgb {
  const channel = (sum: number) => Math.min(255, Math.max(0, Math.round(sum / cluster.count)));
  return [channel(cluster.red), channel(cluster.green), channel(cluster.blue)];
}

/**
 * The dominant colours of the frame last sampled, largest coverage first. Exact-colour histogram
 * (5 bits per channel, exact mean colour per bin), then greedy clustering of bins in CIE Lab by
 * CIEDE2000, largest bins first, then merging of near means. Coverages sum to 1.
 *
 * @example
 * ```ts
 * sampler.sample(frame.data);
 * const colors = dominantColors(sampler); // [{ rgb: [255, 0, 0], coverage: 1, lab: [...] }]
 * ```
 */
export function dominantColors(sampler: FrameSampler, options: DominantColorOptions = {}): ColorCluster[] {
  const maxColors = options.maxColors ?? 12;
  const minCoverage = options.minCoverage ?? 0.002;
  const joinTolerance = options.joinTolerance ?? 3.5;
  const mergeTolerance = options.mergeTolerance ?? 2.5;
  const { binCounts, binRed, binGreen, binBlue, touched, touchedCount, sampleCount } = sampler;
  if (sampleCount === 0) return [];

  // Bins too small to matter on their own never start a colour; they join the nearest one (ΔE76, cheap).
  // why: only the large bins need to be visited in order of size, so only they are sorted.
  const leaderMinimum = Math.max(1, sampleCount * minCoverage * 0.25);
  const large: number[] = [];
  const small: number[] = [];
  for (let index = 0; index < touchedCount; index += 1) {
    const bin = touched[index]!;
    (binCounts[bin]! >= leaderMinimum ? large : small).push(bin);
  }
  large.sort((a, b) => binCounts[b]! - binCounts[a]!);
  const order = large.concat(small);
  const clusters: Cluster[] = [];
  const binLab = new Float64Array(3);
  for (const bin of order) {
    const count = binCounts[bin]!;
    const red = binRed[bin]!;
    const green = binGreen[bin]!;
    const blue = binBlue[bin]!;
    rgbToLabInto(Math.round(red / count), Math.round(green / count), Math.round(blue / count), binLab, 0);
    const l = binLab[0]!;
    const a = binLab[1]!;
    const b = binLab[2]!;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    const canLead = count >= leaderMinimum && clusters.length < maxLeaders;
    for (let index = 0; index < clusters.length; index += 1) {
      const cluster = clusters[index]!;
      const dl = l - cluster.seedL;
      const da = a - cluster.seedA;
      const db = b - cluster.seedB;
      const euclidean = Math.sqrt(dl * dl + da * da + db * db);
      if (canLead) {
        if (euclidean > joinTolerance * deltaE76Gate) continue;
        const distance = deltaE2000Components(l, a, b, cluster.seedL, cluster.seedA, cluster.seedB);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = index;
        }
      } else if (euclidean < bestDistance) {
        bestDistance = euclidean;
        best = index;
      }
    }
    if (best >= 0 && (!canLead || bestDistance <= joinTolerance)) {
      const cluster = clusters[best]!;
      cluster.count += count;
      cluster.red += red;
      cluster.green += green;
      cluster.blue += blue;
    } else {
      clusters.push({ count, red, green, blue, seedL: l, seedA: a, seedB: b });
    }
  }

  let merged = clusters.map((cluster) => ({ ...cluster, lab: labOfMean(cluster) }));
  // Merge near means, largest first, until no two are within the merge tolerance.
  merged.sort((x, y) => y.count - x.count);
  for (let i = 0; i < merged.length; i += 1) {
    for (let j = merged.length - 1; j > i; j -= 1) {
      const x = merged[i]!;
      const y = merged[j]!;
      const euclidean = Math.hypot(x.lab[0] - y.lab[0], x.lab[1] - y.lab[1], x.lab[2] - y.lab[2]);
      if (euclidean <= mergeTolerance * deltaE76Gate && deltaE2000Components(x.lab[0], x.lab[1], x.lab[2], y.lab[0], y.lab[1], y.lab[2]) <= mergeTolerance) {
        x.count += y.count;
        x.red += y.red;
        x.green += y.green;
        x.blue += y.blue;
        x.lab = labOfMean(x);
        merged.splice(j, 1);
      }
    }
  }
  // Fold colours that are too small, or beyond the maximum count, into their nearest kept colour.
  merged.sort((x, y) => y.count - x.count);
  const keep = merged.filter((cluster, index) => index < maxColors && cluster.count / sampleCount >= minCoverage);
  if (keep.length === 0 && merged[0]) keep.push(merged[0]);
  const folded = merged.filter((cluster) => !keep.includes(cluster));
  const extra = keep.map(() => 0);
  for (const small of folded) {
    let nearest = 0;
    let nearestDistance = Number.POSITIVE_INFINITY;
    keep.forEach((kept, index) => {
      const distance = Math.hypot(small.lab[0] - kept.lab[0], small.lab[1] - kept.lab[1], small.lab[2] - kept.lab[2]);
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = index;
      }
    });
    // why: folded pixels count toward coverage but do not shift the kept colour's mean (they are noise
    // around edges or minor colours; averaging them in would pull a pure colour away from its value).
    extra[nearest]! += small.count;
  }
  merged = keep;
  return merged
    .map((cluster, index) => ({ rgb: meanRgb(cluster), lab: cluster.lab, coverage: (cluster.count + extra[index]!) / sampleCount }))
    .sort((x, y) => y.coverage - x.coverage);
}
