import { deltaE2000Components, rgbToLabInto } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';
import type { ColorCluster } from './dominant-colors.js';

interface Entry {
  weight: number;
  red: number;
  green: number;
  blue: number;
  lab: Float64Array;
}

/**
 * The clip's dominant colours: every frame's colours pooled by coverage, colours within `tolerance`
 * CIEDE2000 of each other counted as one. Holds at most `capacity` entries whatever the clip length.
 */
export class ClipPalette {
  private readonly entries: Entry[] = [];
  private frames = 0;

  constructor(
    private readonly tolerance = 3,
    private readonly capacity = 96,
  ) {}

  add(colors: readonly ColorCluster[]): void {
    this.frames += 1;
    for (const color of colors) {
      let best: Entry | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const entry of this.entries) {
        const distance = deltaE2000Components(color.lab[0], color.lab[1], color.lab[2], entry.lab[0]!, entry.lab[1]!, entry.lab[2]!);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = entry;
        }
      }
      if (best && (bestDistance <= this.tolerance || this.entries.length >= this.capacity)) {
        best.weight += color.coverage;
        best.red += color.rgb[0] * color.coverage;
        best.green += color.rgb[1] * color.coverage;
        best.blue += color.rgb[2] * color.coverage;
        const mean = meanOf(best);
        rgbToLabInto(mean[0], mean[1], mean[2], best.lab, 0);
      } else {
        this.entries.push({
          weight: color.coverage,
          red: color.rgb[0] * color.coverage,
          green: color.rgb[1] * color.coverage,
          blue: color.rgb[2] * color.coverage,
          lab: Float64Array.from(color.lab),
        });
      }
    }
  }

  /** The `limit` largest colours, with their share of all frames' pixels. */
  top(limit = 8): { rgb: Rgb; coverage: number }[] {
    return [...this.entries]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, limit)
      .map((entry) => ({ rgb: meanOf(entry), coverage: this.frames > 0 ? Math.min(1, entry.weight / this.frames) : 0 }));
  }
}

function meanOf(entry: Entry): Rgb {
  const channel = (sum: number) => Math.min(255, Math.max(0, Math.round(sum / entry.weight)));
  return [channel(entry.red), channel(entry.green), channel(entry.blue)];
}
