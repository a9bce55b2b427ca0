import { colorDepth, colorPrimitives, deltaE2000Components, rgbToLabInto } from '@motionreg/primitives';
import type { ColorDepthBreakdown, Rgb } from '@motionreg/primitives';

/** A registry colour extraction may recognise: its name, sRGB value and (optionally) registry key. */
export interface KnownColor {
  name: string;
  rgb: Rgb;
  key?: string;
}

/** What a measured colour is: its depth vs the 16 primitives and, when it matches one, a known colour. */
export interface ColorDescription {
  depth: ColorDepthBreakdown;
  name?: string;
  registryKey?: string;
}

/** The default known colours: the 16 colour origin primitives. */
export const primitiveKnownColors: readonly KnownColor[] = colorPrimitives.map((primitive) => ({
  name: primitive.name,
  rgb: [...primitive.rgb] as Rgb,
}));

/** Colours remembered at most; the cache starts over when full (it only saves work, never changes a description). */
const cacheLimit = 8192;

/**
 * Describes measured colours: depth from `colorDepth` and the nearest known colour when it lies within
 * `tolerance` CIEDE2000 (default 3: about three just-noticeable differences, the error H.264 at CRF ≤ 18
 * leaves on flat colour). Results are cached per colour, so a clip's repeated colours cost one lookup.
 */
export class ColorNamer {
  private readonly known: readonly KnownColor[];
  private readonly knownLab: Float64Array;
  private readonly tolerance: number;
  private readonly cache = new Map<number, ColorDescription>();
  private readonly lab = new Float64Array(3);

  constructor(known: readonly KnownColor[] = primitiveKnownColors, tolerance = 3) {
    this.known = known;
    this.tolerance = tolerance;
    this.knownLab = new Float64Array(known.length * 3);
    known.forEach((color, index) => rgbToLabInto(color.rgb[0], color.rgb[1], color.rgb[2], this.knownLab, index * 3));
  }

  describe(rgb: Rgb): ColorDescription {
    const cacheKey = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    rgbToLabInto(rgb[0], rgb[1], rgb[2], this.lab, 0);
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let index = 0; index < this.known.length; index += 1) {
      const distance = deltaE2000Components(this.lab[0]!, this.lab[1]!, this.lab[2]!, this.knownLab[index * 3]!, this.knownLab[index * 3 + 1]!, this.knownLab[index * 3 + 2]!);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = index;
      }
    }
    const description: ColorDescription = { depth: colorDepth(rgb) };
    const match = best >= 0 && bestDistance <= this.tolerance ? this.known[best] : undefined;
    if (match) {
      description.name = match.name;
      if (match.key !== undefined) description.registryKey = match.key;
    }
    // why: bound the cache; a noisy natural clip can produce many distinct means (each entry costs about
    // 200 bytes, so 50,000 of them were ~10 MB of a long extraction's heap; a miss costs only microseconds).
    if (this.cache.size >= cacheLimit) this.cache.clear();
    this.cache.set(cacheKey, description);
    return description;
  }
}
