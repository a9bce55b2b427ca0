import {
  cameraMotions, colorDepth, extractionSchema, instructionSchema, sceneSpecSchema, soundPrimitives,
} from '@motionreg/primitives';
import type {
  CameraMotion, Extraction, FrameMeasurement, Instruction, Mapping, NarrativeReading, Rgb, SceneSpec,
  SoundPrimitive, WindowMeasurement,
} from '@motionreg/primitives';

/** A small deterministic generator (mulberry32), so fixtures are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Options of {@link buildExtraction}. */
export interface ExtractionFixtureOptions {
  /** Changes every random choice. @default 1 */
  seed?: number;
  /** @default 2 */
  durationSeconds?: number;
  /** @default 24 */
  fps?: number;
  /** The pure colours frames are made of (each measured with up to ±3 levels of codec error). */
  palette?: readonly Rgb[];
  /** Colours measured per frame. @default 4 */
  colorsPerFrame?: number;
  /** Whether frames and windows carry sound. @default true */
  audio?: boolean;
  /** Frames per window. @default fps (one-second windows) */
  windowFrames?: number;
  /** Camera motions of the windows, in turn. @default ['pan', 'zoom'] */
  cameraTypes?: readonly CameraMotion[];
  /** Frame indices of hard cuts. @default [] */
  cuts?: readonly number[];
  /** What the spec meant; `null` for a clip made elsewhere. */
  intended?: NarrativeReading | null;
  observed?: NarrativeReading;
}

const defaultPalette: readonly Rgb[] = [
  [0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221], [136, 0, 68], [102, 170, 51],
];

/**
 * A hand-built extraction of the shape `@motionreg/extract` produces (parsed with its schema), for
 * tests of growth and of stores: frames with measured colours and sound, one-second windows with
 * camera, motion, gradient, lighting, composition and audio, narrative intended and observed.
 *
 * @example
 * ```ts
 * const extraction = buildExtraction({ seed: 7, palette: [[0, 128, 128], [255, 136, 0]] });
 * ```
 */
export function buildExtraction(options: ExtractionFixtureOptions = {}): Extraction {
  const random = seededRandom(options.seed ?? 1);
  const fps = options.fps ?? 24;
  const durationSeconds = options.durationSeconds ?? 2;
  const frameCount = Math.round(fps * durationSeconds);
  const palette = options.palette ?? defaultPalette;
  const colorsPerFrame = Math.min(options.colorsPerFrame ?? 4, palette.length);
  const withAudio = options.audio ?? true;
  const jitter = (channel: number) => Math.min(255, Math.max(0, channel + Math.round(random() * 6 - 3)));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const frames: FrameMeasurement[] = [];
  for (let index = 0; index < frameCount; index += 1) {
    const start = Math.floor(random() * palette.length);
    const chosen = Array.from({ length: colorsPerFrame }, (_, offset) => palette[(start + offset) % palette.length]!);
    const weights = chosen.map(() => 0.2 + random());
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const dominant: SoundPrimitive = pick(soundPrimitives);
    const rest = soundPrimitives.filter((primitive) => primitive !== dominant);
    const second = pick(rest);
    const mix = { silence: 0, rumble: 0, tone: 0, hiss: 0 };
    mix[dominant] = 0.7;
    mix[second] = 0.3;
    frames.push({
      index,
      time: index / fps,
      brightness: Math.round(random() * 1000) / 1000,
      colors: chosen.map((rgb, position) => {
        const measured: Rgb = [jitter(rgb[0]), jitter(rgb[1]), jitter(rgb[2])];
        return { rgb: measured, coverage: Math.round((weights[position]! / total) * 1000) / 1000, depth: colorDepth(measured) };
      }),
      sound: withAudio
        ? {
            dominant,
            mix,
            rmsDb: -20 - Math.round(random() * 20),
            strengthPct: 30 + Math.round(random() * 2) * 20,
            centroidHz: 200 + Math.round(random() * 2000),
            flatness: Math.round(random() * 100) / 100,
            lowBandShare: Math.round(random() * 100) / 100,
            peakHz: dominant === 'silence' ? 0 : pick([110, 440, 3520]),
            peakStrength: Math.round(random() * 100) / 10,
          }
        : null,
    });
  }

  const windowFrames = options.windowFrames ?? fps;
  const cameraTypes = options.cameraTypes ?? (['pan', 'zoom'] as const);
  const windows: WindowMeasurement[] = [];
  for (let start = 0, position = 0; start < frameCount; start += windowFrames, position += 1) {
    const type = cameraTypes[position % cameraTypes.length]!;
    windows.push({
      startFrame: start,
      endFrame: Math.min(frameCount, start + windowFrames) - 1,
      camera: {
        type,
        direction: type === 'static' ? 'none' : type === 'zoom' ? 'in' : type === 'zoom_out' ? 'out' : pick(['left', 'right'] as const),
        translation: type === 'pan' ? [2.5, 0] : [0, 0],
        scale: type === 'zoom' ? 1.01 : 1,
        rotationDegrees: 0,
      },
      motion: { speed: pick(['slow', 'medium'] as const), direction: pick(['horizontal', 'none'] as const), energy: Math.round(random() * 80) / 10 },
      gradient: { type: pick(['vertical', 'radial', 'horizontal'] as const), strength: Math.round(random() * 100) / 100 },
      lighting: { brightness: 0.5, contrast: 0.3, temperature: pick(['warm', 'cool'] as const), saturation: 0.6 },
      composition: { centerOfMass: [0.5, 0.5], balance: 'balanced', symmetry: 'slight', symmetryScore: 0.7 },
      audio: withAudio ? { tempo: 'medium', presence: 'ambient', dominant: 'rumble' } : null,
    });
  }

  return extractionSchema.parse({
    schemaVersion: 1,
    source: { path: 'fixture.mp4', durationSeconds, fps, width: 320, height: 240, frameCount, hasAudio: withAudio },
    frames,
    windows,
    cuts: [...(options.cuts ?? [])],
    transitions: frameCount > 12 ? [{ type: 'fade', startFrame: 0, endFrame: 5 }] : [],
    audio: withAudio ? { tempoBpm: 96 } : null,
    narrative: {
      intended: options.intended === undefined ? { genre: 'documentary', mood: 'calm', plots: 'slow_build', settings: ['nature'], themes: ['journey'], style: 'cinematic', sceneType: 'wide' } : options.intended,
      observed: options.observed ?? { mood: 'calm', settings: ['outdoor'], pace: 'slow' },
    },
    summary: { meanBrightness: 0.5, dominantColors: frames[0]?.colors.slice(0, 2) ?? [], dominantSound: withAudio ? 'rumble' : null, cameraTypes: [...new Set(windows.map((window) => window.camera.type))] },
  });
}

/** A valid scene spec whose palette and pure colours carry the given names (they reach learning runs). */
export function buildSceneSpec(prompt: string, colorNames: readonly string[] = ['Teal']): SceneSpec {
  const colors = colorNames.map((name, index) => ({ name, rgb: [(index * 40) % 256, 128, 128] as Rgb }));
  return sceneSpecSchema.parse({
    schemaVersion: 1,
    prompt,
    seed: 7,
    strategy: 'explore',
    creationMode: 'pure_per_frame',
    durationSeconds: 2,
    palette: colors,
    pureColors: colors.map((color) => ({ ...color, weight: 1, source: { kind: 'registry', aspect: 'colors', key: color.rgb.join(','), name: color.name, count: 1 } })),
    pureSounds: [],
    motion: { speed: 'slow', smoothness: 'smooth', direction: 'horizontal', rhythm: 'steady', acceleration: 'constant' },
    camera: { motion: 'pan', speed: 'slow', steadiness: 'stable' },
    gradient: 'vertical',
    shape: 'none',
    lighting: { preset: 'neutral', temperature: 'warm', contrast: 'normal' },
    composition: { framing: 'wide', balance: 'balanced', symmetry: 'slight' },
    audio: { mood: 'calm', tempo: 'slow', presence: 'ambient', bpm: null },
    narrative: { genre: 'documentary', tone: 'calm', style: 'cinematic', settings: ['nature'], themes: ['journey'], sceneType: 'wide', tensionCurve: 'slow_build' },
    transition: { in: 'cut', out: 'fade' },
    intensity: 0.4,
    provenance: [],
  });
}

/** A valid instruction for `prompt` with the given mappings (the rest neutral origin values). */
export function buildInstruction(prompt: string, mappings: readonly Mapping[] = [], colorNames: readonly string[] = []): Instruction {
  return instructionSchema.parse({
    schemaVersion: 1,
    prompt,
    palette: { colors: colorNames.map((name) => ({ name, rgb: [0, 128, 128] })), modifiers: [] },
    motion: { speed: 'slow', smoothness: 'smooth', direction: 'horizontal', rhythm: 'steady', acceleration: 'constant' },
    camera: { motion: 'pan', speed: 'slow', steadiness: 'stable' },
    gradient: 'vertical',
    shape: 'none',
    lighting: { temperature: 'neutral', contrast: 'normal', preset: 'neutral' },
    audio: { mood: 'calm', tempo: 'slow', presence: 'ambient' },
    narrative: { genre: 'general', tone: 'calm', style: 'cinematic', settings: [], themes: [], sceneType: 'wide', tensionCurve: 'standard' },
    composition: { framing: 'wide', balance: 'balanced', symmetry: 'slight' },
    transition: { in: 'cut', out: 'cut' },
    intensity: 0.5,
    durationSeconds: null,
    avoid: { camera: [], motion: [], colors: [], tone: [], presence: [] },
    mappings: [...mappings],
    unknown: [],
  });
}

/** Every camera motion, for fixtures that want them all. */
export const allCameraMotions: readonly CameraMotion[] = cameraMotions;
