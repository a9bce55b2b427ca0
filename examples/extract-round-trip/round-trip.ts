/**
 * The extraction round trip: render varied scene specs with `@motionreg/render` (which writes the ground
 * truth of every frame), extract each clip with `@motionreg/extract`, and score what came back against
 * what was placed. Used by `run-round-trip.ts` (the ≥ 200-clip acceptance run) and by the small test.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractClip } from '@motionreg/extract';
import { cameraDirectionsFor, renderClip } from '@motionreg/render';
import { colorPrimitives, createSeededRandom, deltaE2000Rgb } from '@motionreg/primitives';
import type {
  AudioPresence, CameraMotion, ClipTruth, Extraction, PureColor, PureSound, RandomSource, Rgb, SceneCut, SceneSpec, TransitionType,
} from '@motionreg/primitives';

/** Acceptance targets of issue 5. */
export const targets = { colors: 0.99, sound: 0.97, camera: 0.95, cutsF1: 0.98, tempo: 1 } as const;

const cameraMotions: CameraMotion[] = [
  'static', 'pan', 'tilt', 'zoom', 'zoom_out', 'rotate', 'handheld', 'whip_pan', 'truck', 'pedestal', 'dolly', 'roll', 'tracking', 'crane', 'arc', 'birds_eye',
];
const presences: AudioPresence[] = ['silence', 'ambient', 'music', 'sfx', 'full'];

function origin(domain: string) {
  return { kind: 'origin' as const, domain };
}

function randomColors(random: RandomSource): PureColor[] {
  const count = random.int(2, 8);
  const colors: PureColor[] = [];
  for (let index = 0; index < count; index += 1) {
    if (random.next() < 0.6) {
      const primitive = random.pick(colorPrimitives);
      if (colors.some((color) => color.name === primitive.name)) continue;
      colors.push({ name: primitive.name, rgb: [...primitive.rgb] as Rgb, weight: 0.2 + random.next() * 2, source: origin('color') });
    } else {
      const rgb: Rgb = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
      colors.push({ name: `c${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`, rgb, weight: 0.2 + random.next() * 2, source: origin('color') });
    }
  }
  return colors.length >= 2 ? colors : [...colors, { name: 'white', rgb: [255, 255, 255], weight: 1, source: origin('color') }];
}

function randomSounds(random: RandomSource): PureSound[] {
  const sounds: PureSound[] = [];
  const count = random.int(1, 4);
  for (let index = 0; index < count; index += 1) {
    const primitive = random.pick(['rumble', 'tone', 'tone', 'hiss', 'silence'] as const);
    const frequencyHz = primitive === 'tone' ? random.int(220, 2000) : primitive === 'rumble' ? random.int(40, 120) : primitive === 'hiss' ? random.int(3000, 9000) : 0;
    sounds.push({
      name: `${primitive}-${index}`,
      primitive,
      frequencyHz,
      bandwidthHz: primitive === 'hiss' ? 6000 : primitive === 'rumble' ? 100 : 0,
      amplitude: primitive === 'silence' ? 0 : 0.3 + random.next() * 0.7,
      weight: 0.5 + random.next(),
      source: origin('sound'),
    });
  }
  return sounds;
}

function randomCuts(random: RandomSource, seconds: number): SceneSpec['temporal'] {
  if (random.next() < 0.55) return undefined;
  const count = random.int(1, 2);
  const cuts: SceneCut[] = [];
  for (let index = 0; index < count; index += 1) {
    const transition: TransitionType = random.next() < 0.7 ? 'cut' : random.pick(['fade', 'dissolve'] as const);
    cuts.push({ atSeconds: Math.round((0.4 + random.next() * (seconds - 0.8)) * 100) / 100, transition, durationSeconds: transition === 'cut' ? 0 : 0.3 + random.next() * 0.4 });
  }
  return { cutFrequency: count > 1 ? 'fast' : 'normal', cuts };
}

/** A varied spec for clip `index` of a run (deterministic in the run's seed). */
export function roundTripSpec(runSeed: number, index: number, seconds: number): SceneSpec {
  const random = createSeededRandom(`${runSeed}:${index}`);
  const motion = cameraMotions[index % cameraMotions.length]!;
  const directions = cameraDirectionsFor(motion);
  const bpm = random.next() < 0.6 ? random.int(60, 180) : null;
  return {
    schemaVersion: 1,
    prompt: `round trip ${index}`,
    seed: random.int(0, 2 ** 31 - 1),
    strategy: 'explore',
    creationMode: random.next() < 0.88 ? 'pure_per_frame' : 'blended',
    durationSeconds: seconds,
    palette: [
      { name: 'a', rgb: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] },
      { name: 'b', rgb: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] },
      { name: 'c', rgb: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] },
    ],
    pureColors: randomColors(random),
    pureSounds: randomSounds(random),
    motion: { speed: random.pick(['slow', 'medium', 'fast'] as const), smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' },
    camera: {
      motion,
      speed: random.pick(['slow', 'medium', 'fast'] as const),
      steadiness: random.pick(['locked', 'stable', 'handheld', 'shaky'] as const),
      direction: random.pick(directions),
    },
    gradient: random.pick(['horizontal', 'vertical', 'radial', 'angled'] as const),
    shape: 'none',
    lighting: { preset: 'neutral', temperature: 'neutral', contrast: 'normal' },
    composition: { framing: random.pick(['wide', 'medium', 'close'] as const), balance: 'balanced', symmetry: 'slight' },
    audio: { mood: random.pick(['neutral', 'calm', 'tense', 'uplifting', 'dark'] as const), tempo: 'medium', presence: bpm ? random.pick(presences.filter((presence) => presence !== 'silence')) : random.pick(presences), bpm },
    narrative: { genre: 'general', tone: 'neutral', style: 'abstract', settings: ['abstract'], themes: ['general'], sceneType: 'b-roll', tensionCurve: 'flat' },
    transition: { in: random.next() < 0.2 ? 'fade' : 'cut', out: random.next() < 0.2 ? 'fade' : 'cut' },
    temporal: randomCuts(random, seconds),
    intensity: 0.3 + random.next() * 0.7,
    provenance: [],
  };
}

/** Counts of one clip (or a whole run) against the truth. */
export interface RoundTripCounts {
  clips: number;
  colorsChecked: number;
  colorsRecovered: number;
  colorMisses: { clip: string; frame: number; rgb: Rgb; share: number; nearest: number }[];
  soundFrames: number;
  soundCorrect: number;
  soundMisses: { clip: string; frame: number; truth: string; measured: string; dominantShare: number }[];
  cameraWindows: number;
  cameraCorrect: number;
  cameraMisses: { clip: string; window: number; truth: string; measured: string }[];
  cutsTruth: number;
  cutsFound: number;
  cutsMatched: number;
  cutMisses: { clip: string; truth: number[]; measured: number[] }[];
  tempoClips: number;
  tempoCorrect: number;
  tempoMisses: { clip: string; truth: number; measured: number | null }[];
  /** Clips without a pulse where extraction still reported a tempo. */
  tempoFalse: { clip: string; measured: number }[];
  pulselessClips: number;
}

export function emptyCounts(): RoundTripCounts {
  return {
    clips: 0, colorsChecked: 0, colorsRecovered: 0, colorMisses: [], soundFrames: 0, soundCorrect: 0, soundMisses: [],
    cameraWindows: 0, cameraCorrect: 0, cameraMisses: [], cutsTruth: 0, cutsFound: 0, cutsMatched: 0, cutMisses: [],
    tempoClips: 0, tempoCorrect: 0, tempoMisses: [], tempoFalse: [], pulselessClips: 0,
  };
}

/** Colours with a smaller share than this are below what extraction reports (its `minCoverage`). */
export const smallestScoredShare = 0.002;

/**
 * Scores one extraction against its truth:
 * - colours: every colour placed in an exact frame (share ≥ 0.2 %) must have a measured colour of that frame within ΔE00 3;
 * - sound: each frame's measured dominant primitive equals the truth's;
 * - camera: each window lying inside one shot, clear of cuts and transitions, reads the shot's observed type;
 * - cuts: a measured cut matches a true cut at the same frame (±1); F1 over the run;
 * - tempo: within 4 % of the rendered tempo when the clip has a pulse; none reported when it has none.
 */
export function scoreClip(name: string, truth: ClipTruth, extraction: Extraction, counts: RoundTripCounts): void {
  counts.clips += 1;
  for (const frame of truth.frames) {
    if (!frame.exact) continue;
    const measured = extraction.frames[frame.index]?.colors ?? [];
    for (const color of frame.colors) {
      if (color.share < smallestScoredShare) continue;
      counts.colorsChecked += 1;
      const nearest = Math.min(...measured.map((candidate) => deltaE2000Rgb(candidate.rgb, color.rgb)));
      if (nearest <= 3) counts.colorsRecovered += 1;
      else counts.colorMisses.push({ clip: name, frame: frame.index, rgb: color.rgb, share: color.share, nearest });
    }
  }
  if (extraction.frames.some((frame) => frame.sound)) {
    for (const audioFrame of truth.audioFrames) {
      const measured = extraction.frames[audioFrame.index]?.sound;
      if (!measured) continue;
      counts.soundFrames += 1;
      if (measured.dominant === audioFrame.dominant) counts.soundCorrect += 1;
      else counts.soundMisses.push({ clip: name, frame: audioFrame.index, truth: audioFrame.dominant, measured: measured.dominant, dominantShare: audioFrame.dominantShare });
    }
  }
  extraction.windows.forEach((window, index) => {
    const inside = truth.shots.find((shot) => shot.startFrame <= window.startFrame && window.endFrame < shot.endFrame);
    if (!inside) return;
    const disturbed = truth.transitions.some((transition) => transition.startFrame <= window.endFrame && window.startFrame < transition.endFrame);
    if (disturbed || window.endFrame - window.startFrame < 3) return;
    counts.cameraWindows += 1;
    if (window.camera.type === inside.observedType) counts.cameraCorrect += 1;
    else counts.cameraMisses.push({ clip: name, window: index, truth: `${inside.observedType}/${inside.direction}@${inside.rate.toFixed(3)}`, measured: `${window.camera.type}/${window.camera.direction}@${window.camera.rate ?? '?'}` });
  });
  const truthCuts = truth.cuts;
  const measuredCuts = extraction.cuts;
  const unmatched = [...measuredCuts];
  let matched = 0;
  for (const cut of truthCuts) {
    const at = unmatched.findIndex((candidate) => Math.abs(candidate - cut) <= 1);
    if (at >= 0) {
      matched += 1;
      unmatched.splice(at, 1);
    }
  }
  counts.cutsTruth += truthCuts.length;
  counts.cutsFound += measuredCuts.length;
  counts.cutsMatched += matched;
  if (matched !== truthCuts.length || matched !== measuredCuts.length) counts.cutMisses.push({ clip: name, truth: truthCuts, measured: measuredCuts });
  if (truth.audio.tempoBpm !== null) {
    counts.tempoClips += 1;
    const measured = extraction.audio?.tempoBpm ?? null;
    if (measured !== null && Math.abs(measured - truth.audio.tempoBpm) / truth.audio.tempoBpm <= 0.04) counts.tempoCorrect += 1;
    else counts.tempoMisses.push({ clip: name, truth: truth.audio.tempoBpm, measured });
  } else if (extraction.audio) {
    counts.pulselessClips += 1;
    if (extraction.audio.tempoBpm !== null) counts.tempoFalse.push({ clip: name, measured: extraction.audio.tempoBpm });
  }
}

/** Rates and pass/fail of a run. */
export function summarise(counts: RoundTripCounts) {
  const rate = (good: number, total: number) => (total > 0 ? good / total : 1);
  const precision = rate(counts.cutsMatched, counts.cutsFound);
  const recall = rate(counts.cutsMatched, counts.cutsTruth);
  const cutsF1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const rates = {
    colors: rate(counts.colorsRecovered, counts.colorsChecked),
    sound: rate(counts.soundCorrect, counts.soundFrames),
    camera: rate(counts.cameraCorrect, counts.cameraWindows),
    cutsF1,
    tempo: rate(counts.tempoCorrect, counts.tempoClips),
    noFalsePulse: counts.pulselessClips > 0 ? 1 - counts.tempoFalse.length / counts.pulselessClips : 1,
  };
  const pass = rates.colors >= targets.colors && rates.sound >= targets.sound && rates.camera >= targets.camera && rates.cutsF1 >= targets.cutsF1 && rates.tempo >= targets.tempo * 0.999;
  return { rates, pass };
}

/** Options of {@link runRoundTrip}. */
export interface RoundTripOptions {
  clips: number;
  seed: number;
  directory: string;
  seconds?: number;
  /** Only these clip indices of the run (each renders exactly as in the full run). */
  indices?: number[];
  /** Sizes and rates cycled through clip by clip. */
  formats?: { width: number; height: number; fps: number }[];
  onClip?: (index: number, counts: RoundTripCounts) => void;
}

/** Renders, extracts and scores `clips` clips. */
export async function runRoundTrip(options: RoundTripOptions): Promise<RoundTripCounts> {
  const counts = emptyCounts();
  const formats = options.formats ?? [
    { width: 320, height: 240, fps: 24 },
    { width: 320, height: 240, fps: 30 },
    { width: 480, height: 270, fps: 25 },
    { width: 320, height: 240, fps: 60 },
  ];
  await mkdir(options.directory, { recursive: true });
  for (let index = 0; index < options.clips; index += 1) {
    if (options.indices && !options.indices.includes(index)) continue;
    const spec = roundTripSpec(options.seed, index, options.seconds ?? 2);
    const format = formats[index % formats.length]!;
    const out = join(options.directory, `clip-${options.seed}-${index}.mp4`);
    const { truth } = await renderClip(spec, { out, ...format });
    const extraction = await extractClip(out, { spec });
    scoreClip(`clip-${index} (${spec.camera.motion}, ${format.width}x${format.height}@${format.fps})`, truth, extraction, counts);
    options.onClip?.(index, counts);
  }
  return counts;
}
