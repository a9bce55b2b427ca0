import type {
  AudioPresence, AudioTempo, Balance, ColorTemperature, CompositionMeasurement, FrameSound, ObservedGradientType, SoundPrimitive, Symmetry,
} from '@motionreg/primitives';
import type { FrameFeatures } from './frame-features.js';

/** Thresholds of the window readings; the defaults are documented in the package README. */
export interface WindowThresholds {
  /** Warmth (mean (a* + b*)/√2) above which light is warm, below minus which it is cool. @default 6 */
  warmth?: number;
  /** Centre of mass this far (0–1) from the middle makes a frame heavy on that side. @default 0.05 */
  balance?: number;
  /** Symmetry score from which a window is bilateral. @default 0.9 */
  bilateral?: number;
  /** Symmetry score from which a window is slightly symmetric. @default 0.7 */
  slight?: number;
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

/** The most frequent value (ties: the first seen). */
export function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Lighting of a window: mean brightness and contrast, temperature from mean warmth, mean saturation. */
export function windowLighting(features: readonly FrameFeatures[], thresholds: WindowThresholds = {}) {
  const warmthLimit = thresholds.warmth ?? 6;
  const warmth = mean(features.map((frame) => frame.warmth));
  const temperature: ColorTemperature = warmth > warmthLimit ? 'warm' : warmth < -warmthLimit ? 'cool' : 'neutral';
  return {
    brightness: mean(features.map((frame) => frame.brightness)),
    contrast: mean(features.map((frame) => frame.contrast)),
    temperature,
    saturation: mean(features.map((frame) => frame.saturation)),
    warmth,
  };
}

/**
 * One window's frames folded into a single entry that the window readings read the same way (means of
 * every number, the most common gradient type), so a long video keeps one entry per window, not per frame.
 */
export function foldFeatures(features: readonly FrameFeatures[]): FrameFeatures {
  const average = (pick: (frame: FrameFeatures) => number) => mean(features.map(pick));
  return {
    brightness: average((frame) => frame.brightness),
    contrast: average((frame) => frame.contrast),
    warmth: average((frame) => frame.warmth),
    saturation: average((frame) => frame.saturation),
    centerOfMass: [average((frame) => frame.centerOfMass[0]), average((frame) => frame.centerOfMass[1])],
    symmetryScore: average((frame) => frame.symmetryScore),
    gradient: majority(features.map((frame) => frame.gradient)) ?? 'none',
    gradientStrength: average((frame) => frame.gradientStrength),
  };
}

/** One window's frame sounds folded into a single entry `windowAudio` reads the same way. */
export function foldSounds<T extends Pick<FrameSound, 'dominant' | 'mix' | 'rmsDb'>>(sounds: readonly T[]): Pick<FrameSound, 'dominant' | 'mix' | 'rmsDb'> {
  const share = (primitive: SoundPrimitive) => mean(sounds.map((sound) => sound.mix[primitive]));
  return {
    dominant: majority(sounds.map((sound) => sound.dominant)) ?? 'silence',
    mix: { silence: share('silence'), rumble: share('rumble'), tone: share('tone'), hiss: share('hiss') },
    rmsDb: mean(sounds.map((sound) => sound.rmsDb)),
  };
}

/** Composition of a window from its frames' centre of mass and mirror symmetry. */
export function windowComposition(features: readonly FrameFeatures[], thresholds: WindowThresholds = {}): CompositionMeasurement {
  const offset = thresholds.balance ?? 0.05;
  const centerX = mean(features.map((frame) => frame.centerOfMass[0]));
  const centerY = mean(features.map((frame) => frame.centerOfMass[1]));
  const dx = centerX - 0.5;
  const dy = centerY - 0.5;
  let balance: Balance = 'balanced';
  if (Math.max(Math.abs(dx), Math.abs(dy)) >= offset) {
    balance = Math.abs(dx) >= Math.abs(dy) ? (dx < 0 ? 'left_heavy' : 'right_heavy') : dy < 0 ? 'top_heavy' : 'bottom_heavy';
  }
  const symmetryScore = mean(features.map((frame) => frame.symmetryScore));
  const symmetry: Symmetry = symmetryScore >= (thresholds.bilateral ?? 0.9) ? 'bilateral' : symmetryScore >= (thresholds.slight ?? 0.7) ? 'slight' : 'asymmetric';
  return { centerOfMass: [centerX, centerY], balance, symmetry, symmetryScore };
}

/** The window's gradient: the type most of its frames show, and their mean strength. */
export function windowGradient(features: readonly FrameFeatures[]): { type: ObservedGradientType; strength: number } {
  return { type: majority(features.map((frame) => frame.gradient)) ?? 'none', strength: mean(features.map((frame) => frame.gradientStrength)) };
}

/**
 * The window's audio: presence, tempo class and dominant primitive.
 * presence: silence when most frames are silence; music when the clip has a pulse and the window has
 * onsets; sfx when it has onsets without a pulse; full when music is loud (≥ −12 dBFS) with broadband
 * noise (rumble + hiss ≥ 0.3); otherwise ambient. tempo: from the clip's BPM (< 90 slow, < 130 medium,
 * else fast) when there is a pulse, otherwise from the window's onset rate (< 1/s slow, < 2.5/s medium).
 */
export function windowAudio(sounds: readonly Pick<FrameSound, 'dominant' | 'mix' | 'rmsDb'>[], onsetsInWindow: number, seconds: number, clipBpm: number | null) {
  const dominant = majority(sounds.map((sound) => sound.dominant)) ?? 'silence';
  const share = (primitive: SoundPrimitive) => mean(sounds.map((sound) => sound.mix[primitive]));
  const loudness = mean(sounds.map((sound) => sound.rmsDb));
  let presence: AudioPresence;
  if (dominant === 'silence' && share('silence') >= 0.5) presence = 'silence';
  else if (clipBpm !== null && onsetsInWindow > 0) presence = loudness >= -12 && share('rumble') + share('hiss') >= 0.3 ? 'full' : 'music';
  else if (onsetsInWindow > 0) presence = 'sfx';
  else presence = 'ambient';
  let tempo: AudioTempo;
  if (clipBpm !== null) tempo = clipBpm < 90 ? 'slow' : clipBpm < 130 ? 'medium' : 'fast';
  else {
    const rate = seconds > 0 ? onsetsInWindow / seconds : 0;
    tempo = rate < 1 ? 'slow' : rate < 2.5 ? 'medium' : 'fast';
  }
  const mix = { silence: share('silence'), rumble: share('rumble'), tone: share('tone'), hiss: share('hiss') };
  return { tempo, presence, dominant, mix };
}
