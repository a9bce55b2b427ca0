import type { PureSound } from '@motionreg/primitives';
import { createSeededRandom } from '@motionreg/primitives';
import type { RandomSource } from '@motionreg/primitives';

/** The audible primitives a voice is built from (silence has no signal). */
export type AudibleComponent = 'rumble' | 'tone' | 'hiss';
export const audibleComponents: readonly AudibleComponent[] = ['rumble', 'tone', 'hiss'];

/** Rumble keeps its energy below this frequency (its noise is low-passed at most here). */
export const rumbleCutoffCeilingHz = 150;
/** Hiss is band-limited noise inside this range. */
export const hissBandHz = [2000, 16000] as const;
/** Tones below this would be read as rumble; tone frequencies are raised to at least this. */
export const toneFloorHz = 220;

/**
 * A second-order IIR section with the coefficients of Robert Bristow-Johnson's "Audio EQ Cookbook",
 * Butterworth Q (1/√2). Twenty lines do not justify a dependency.
 */
class Biquad {
  private readonly b0: number;
  private readonly b1: number;
  private readonly b2: number;
  private readonly a1: number;
  private readonly a2: number;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  constructor(kind: 'lowpass' | 'highpass', frequencyHz: number, sampleRate: number) {
    const omega = (2 * Math.PI * frequencyHz) / sampleRate;
    const alpha = Math.sin(omega) / (2 * Math.SQRT1_2);
    const cosine = Math.cos(omega);
    const a0 = 1 + alpha;
    // lowpass: b = ((1 − cos)/2, 1 − cos, (1 − cos)/2); highpass: b = ((1 + cos)/2, −(1 + cos), (1 + cos)/2)
    const outer = kind === 'lowpass' ? (1 - cosine) / 2 : (1 + cosine) / 2;
    this.b0 = outer / a0;
    this.b1 = (kind === 'lowpass' ? 1 - cosine : -(1 + cosine)) / a0;
    this.b2 = outer / a0;
    this.a1 = (-2 * cosine) / a0;
    this.a2 = (1 - alpha) / a0;
  }

  process(input: number): number {
    const output = this.b0 * input + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = input;
    this.y2 = this.y1;
    this.y1 = output;
    return output;
  }
}

/** A chain of biquads. */
class FilterChain {
  constructor(private readonly sections: Biquad[]) {}
  process(input: number): number {
    let value = input;
    for (const section of this.sections) value = section.process(value);
    return value;
  }
}

/** RMS of a filter chain's output for uniform white noise in [−1, 1] (variance 1/3), from its impulse response. */
function noiseRms(build: () => FilterChain, sampleRate: number): number {
  const chain = build();
  let energy = 0;
  // why: every filter here has its corner at 60 Hz or above, so its impulse response has died out long before 0.25 s.
  for (let index = 0; index < sampleRate / 4; index += 1) {
    const value = chain.process(index === 0 ? 1 : 0);
    energy += value * value;
  }
  return Math.sqrt(energy / 3);
}

/** One unit-RMS signal generator (phase and filter state carry across calls, so frames join seamlessly). */
interface Generator {
  next(): number;
  /** Moves on by `count` samples that will not be heard (a sine keeps its phase; noise may simply pause). */
  skip(count: number): void;
}

function sine(frequencyHz: number, sampleRate: number): Generator & { setFrequency(hz: number): void } {
  let phase = 0;
  let increment = (2 * Math.PI * frequencyHz) / sampleRate;
  return {
    next() {
      const value = Math.SQRT2 * Math.sin(phase);
      phase += increment;
      if (phase > 2 * Math.PI) phase -= 2 * Math.PI;
      return value;
    },
    skip(count: number) {
      phase = (phase + count * increment) % (2 * Math.PI);
    },
    setFrequency(hz: number) {
      increment = (2 * Math.PI * hz) / sampleRate;
    },
  };
}

function filteredNoise(build: () => FilterChain, sampleRate: number, random: RandomSource): Generator {
  const chain = build();
  const scale = 1 / noiseRms(build, sampleRate);
  // why: a silent stretch of noise needs no samples; resuming from the held filter state is inaudible under the gain ramp.
  return { next: () => chain.process(2 * random.next() - 1) * scale, skip: () => {} };
}

/**
 * Rumble: half its energy a sub sine at `frequencyHz`, half white noise low-passed (4th-order Butterworth)
 * at `frequencyHz + bandwidth / 2`, capped at {@link rumbleCutoffCeilingHz}, so nearly all energy sits below 200 Hz.
 */
function rumble(sound: PureSound, sampleRate: number, random: RandomSource): Generator {
  const frequency = Math.min(Math.max(sound.frequencyHz, 30), 120);
  const cutoff = Math.min(Math.max(frequency + sound.bandwidthHz / 2, 60), rumbleCutoffCeilingHz);
  const build = () => new FilterChain([new Biquad('lowpass', cutoff, sampleRate), new Biquad('lowpass', cutoff, sampleRate)]);
  const noise = filteredNoise(build, sampleRate, random);
  const sub = sine(frequency, sampleRate);
  return {
    next: () => Math.SQRT1_2 * (noise.next() + sub.next()),
    skip: (count) => {
      noise.skip(count);
      sub.skip(count);
    },
  };
}

/** Hiss: white noise band-passed (4th-order high-pass and low-pass) to `frequencyHz ± bandwidth / 2` inside {@link hissBandHz}. */
function hiss(sound: PureSound, sampleRate: number, random: RandomSource): Generator {
  const nyquistGuard = sampleRate * 0.45;
  const low = Math.min(Math.max(sound.frequencyHz - sound.bandwidthHz / 2, hissBandHz[0]), hissBandHz[1] / 2);
  const high = Math.min(Math.max(sound.frequencyHz + sound.bandwidthHz / 2, low * 1.5), hissBandHz[1], nyquistGuard);
  const build = () =>
    new FilterChain([
      new Biquad('highpass', low, sampleRate), new Biquad('highpass', low, sampleRate),
      new Biquad('lowpass', high, sampleRate), new Biquad('lowpass', high, sampleRate),
    ]);
  return filteredNoise(build, sampleRate, random);
}

/**
 * One pure sound of the spec, able to produce its signal sample by sample as up to three components
 * (rumble, tone, hiss) so the mixer can account for each primitive's energy exactly. An origin primitive
 * has one component; a discovered sound has one per primitive of its measured mix, each at its share of
 * the energy. The whole voice has unit RMS times √(1 − silence share).
 */
export class SoundVoice {
  readonly sound: PureSound;
  /** Component amplitudes (√ energy share) per audible primitive, 0 where absent. */
  readonly weights: Record<AudibleComponent, number>;
  private readonly generators: Partial<Record<AudibleComponent, Generator>>;

  constructor(sound: PureSound, sampleRate: number, seed: number) {
    this.sound = sound;
    const mix = sound.mix ?? { silence: sound.primitive === 'silence' ? 1 : 0, rumble: 0, tone: 0, hiss: 0, [sound.primitive]: 1 };
    this.weights = { rumble: Math.sqrt(mix.rumble), tone: Math.sqrt(mix.tone), hiss: Math.sqrt(mix.hiss) };
    this.generators = {};
    const origin = (primitive: AudibleComponent): PureSound =>
      sound.primitive === primitive ? sound : { ...sound, primitive, frequencyHz: defaultFrequency[primitive], bandwidthHz: defaultBandwidth[primitive] };
    if (this.weights.rumble > 0) this.generators.rumble = rumble(origin('rumble'), sampleRate, createSeededRandom(`${seed}:rumble`));
    if (this.weights.tone > 0) this.generators.tone = sine(Math.max(origin('tone').frequencyHz, toneFloorHz), sampleRate);
    if (this.weights.hiss > 0) this.generators.hiss = hiss(origin('hiss'), sampleRate, createSeededRandom(`${seed}:hiss`));
  }

  /** True when the voice makes no sound at all (silence). */
  get silent(): boolean {
    return this.weights.rumble === 0 && this.weights.tone === 0 && this.weights.hiss === 0;
  }

  /**
   * Adds `count` samples of this voice, times `gains[i]`, into the component buffers from `offset`.
   * A frame where the voice is silent skips its samples (sines keep their phase), so voices stay continuous.
   */
  addInto(buffers: Record<AudibleComponent, Float64Array>, offset: number, count: number, gains: Float64Array): void {
    let audible = false;
    for (let index = 0; index < count && !audible; index += 1) audible = gains[index] !== 0;
    for (const component of audibleComponents) {
      const generator = this.generators[component];
      if (!generator) continue;
      if (!audible) {
        generator.skip(count);
        continue;
      }
      const weight = this.weights[component];
      const buffer = buffers[component];
      for (let index = 0; index < count; index += 1) buffer[offset + index]! += generator.next() * weight * gains[index]!;
    }
  }
}

const defaultFrequency: Record<AudibleComponent, number> = { rumble: 60, tone: 440, hiss: 8000 };
const defaultBandwidth: Record<AudibleComponent, number> = { rumble: 140, tone: 0, hiss: 8000 };

/** A melody voice: a sine whose pitch changes on beats, phase-continuous. */
export class MelodyVoice {
  private readonly generator: ReturnType<typeof sine>;

  constructor(sampleRate: number) {
    this.generator = sine(440, sampleRate);
  }

  setFrequency(hz: number): void {
    this.generator.setFrequency(hz);
  }

  addInto(buffer: Float64Array, offset: number, count: number, gains: Float64Array): void {
    for (let index = 0; index < count; index += 1) buffer[offset + index]! += this.generator.next() * gains[index]!;
  }
}
