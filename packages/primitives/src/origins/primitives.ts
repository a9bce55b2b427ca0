import { z } from 'zod';

/** An 8-bit sRGB colour `[r, g, b]`, each 0–255. */
export const rgbSchema = z.tuple([
  z.number().int().min(0).max(255),
  z.number().int().min(0).max(255),
  z.number().int().min(0).max(255),
]);
export type Rgb = z.infer<typeof rgbSchema>;

/**
 * The 16 colour origin primitives: the basis of the one depth concept. The eight corners of the RGB
 * cube are among them, so every colour is an exact linear-light mixture of at most four of them.
 */
export const colorPrimitives = [
  { name: 'black', rgb: [0, 0, 0] },
  { name: 'white', rgb: [255, 255, 255] },
  { name: 'red', rgb: [255, 0, 0] },
  { name: 'green', rgb: [0, 255, 0] },
  { name: 'blue', rgb: [0, 0, 255] },
  { name: 'yellow', rgb: [255, 255, 0] },
  { name: 'cyan', rgb: [0, 255, 255] },
  { name: 'magenta', rgb: [255, 0, 255] },
  { name: 'orange', rgb: [255, 165, 0] },
  { name: 'purple', rgb: [128, 0, 128] },
  { name: 'pink', rgb: [255, 192, 203] },
  { name: 'brown', rgb: [165, 42, 42] },
  { name: 'navy', rgb: [0, 0, 128] },
  { name: 'gray', rgb: [128, 128, 128] },
  { name: 'olive', rgb: [128, 128, 0] },
  { name: 'teal', rgb: [0, 128, 128] },
] as const satisfies readonly { name: string; rgb: readonly [number, number, number] }[];

export const colorPrimitiveNames = colorPrimitives.map((primitive) => primitive.name) as unknown as readonly [
  'black', 'white', 'red', 'green', 'blue', 'yellow', 'cyan', 'magenta',
  'orange', 'purple', 'pink', 'brown', 'navy', 'gray', 'olive', 'teal',
];
export const colorPrimitiveNameSchema = z.enum(colorPrimitiveNames);
export type ColorPrimitiveName = z.infer<typeof colorPrimitiveNameSchema>;

/** The four sound primitives (origin noises). */
export const soundPrimitives = ['silence', 'rumble', 'tone', 'hiss'] as const;
export const soundPrimitiveSchema = z.enum(soundPrimitives);
export type SoundPrimitive = z.infer<typeof soundPrimitiveSchema>;

/**
 * Default synthesis parameters of each sound primitive, the origin every discovered sound is
 * measured against. rumble: low-passed noise plus a sub tone; tone: a sine; hiss: high-passed noise.
 */
export const soundPrimitiveDefaults = {
  silence: { frequencyHz: 0, bandwidthHz: 0 },
  rumble: { frequencyHz: 60, bandwidthHz: 140 },
  tone: { frequencyHz: 440, bandwidthHz: 0 },
  hiss: { frequencyHz: 8000, bandwidthHz: 8000 },
} as const satisfies Record<SoundPrimitive, { frequencyHz: number; bandwidthHz: number }>;

/** Named four-stop palettes of the reference system's procedural data (origin palettes). */
export const originPalettes = {
  warm_sunset: [[255, 120, 80], [255, 80, 100], [180, 60, 120], [100, 40, 100]],
  ocean: [[20, 80, 140], [40, 120, 180], [80, 160, 220], [140, 200, 240]],
  neon: [[255, 0, 128], [128, 0, 255], [0, 255, 255], [255, 255, 0]],
  forest: [[20, 80, 40], [40, 120, 60], [80, 140, 90], [120, 160, 100]],
  night: [[10, 10, 30], [30, 20, 60], [60, 40, 100], [100, 80, 140]],
  dreamy: [[240, 220, 255], [220, 200, 255], [200, 180, 240], [180, 160, 220]],
  fire: [[255, 200, 50], [255, 120, 20], [200, 60, 10], [100, 20, 5]],
  mono: [[240, 240, 240], [180, 180, 180], [100, 100, 100], [40, 40, 40]],
} as const satisfies Record<string, readonly (readonly [number, number, number])[]>;
export type OriginPaletteName = keyof typeof originPalettes;
export const originPaletteNames = Object.keys(originPalettes) as OriginPaletteName[];
