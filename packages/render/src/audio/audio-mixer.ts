import type { AudioMood, SceneSpec, SoundPrimitive, TruthAudioFrame, TruthSound } from '@motionreg/primitives';
import { hash3, unit3 } from '../hash/cell-hash.js';
import { MelodyVoice, SoundVoice, audibleComponents } from './sound-voice.js';
import type { AudibleComponent } from './sound-voice.js';

/** At or below this RMS level (dBFS) a frame is all silence. */
export const silenceThresholdDb = -60;
/** At or above this RMS level (dBFS) a frame has no silence share; between the two it falls linearly. */
export const audibleThresholdDb = -45;
/** Level reported for digital silence. */
export const silenceFloorDb = -120;

/** How far below the lead each other sound of a frame sits: 12–20 dB, so the lead holds ≥ ~80 % of the energy. */
const minorDropDb = [12, 20] as const;
/** The melody sits this far below the lead. */
const melodyDropDb = 14;
/** When the lead is silence, the other sounds stay this quiet (their sum stays below −66 dBFS). */
const underSilenceDb = [-84, -76] as const;
/** Beat accent: the lead's amplitude gains this much at the beat, decaying with this time constant. */
const accentGain = 0.8;
const accentSeconds = 0.04;
/** Beat click: this many samples (1 ms at 48 kHz) of Hann-windowed noise, with this share of the frame's energy. */
const clickSamples = 48;
const clickEnergyShare = 0.03;
/** Samples over which the lead fades in at a segment start (2 ms at 48 kHz): a clean onset. */
const attackSamples = 96;

const presenceOffsetDb = { silence: 0, ambient: -4, music: 0, sfx: 0, full: 2 } as const;

/** Scale degrees (semitones) of the melody for each mood. */
const moodScales: Record<AudioMood, readonly number[]> = {
  uplifting: [0, 2, 4, 5, 7, 9, 11],
  calm: [0, 2, 4, 7, 9],
  neutral: [0, 2, 4, 7, 9],
  tense: [0, 1, 3, 6, 7],
  dark: [0, 2, 3, 5, 7, 8, 10],
};

const decibelsToAmplitude = (db: number) => 10 ** (db / 20);
const amplitudeToDecibels = (amplitude: number) => (amplitude > 1e-6 ? Math.max(silenceFloorDb, 20 * Math.log10(amplitude)) : silenceFloorDb);

/** Inputs of {@link AudioMixer}. */
export interface AudioMixerOptions {
  spec: SceneSpec;
  sampleRate: number;
  fps: number;
  frameCount: number;
  seed: number;
}

/** What one audio frame plays, decided before synthesis. */
interface FramePlan {
  lead: number;
  /** Linear gain per voice (0 = not mixed). */
  gains: Float64Array;
  beat: boolean;
  melodyHz: number | null;
  melodyGain: number;
  leadChanged: boolean;
  /** Frames the lead has held, this one included. */
  framesSinceChange: number;
}

/**
 * Mixes the spec's pure sounds, one audio frame (1/fps s) at a time, into one sound per frame:
 *
 * - each frame has a lead sound (at a level from its amplitude, the presence and the intensity) and one
 *   to three other sounds 12–20 dB below it, so the frame's dominant primitive is clear;
 * - the lead changes only at segment starts: on beats when the clip has a pulse, otherwise every 3–10
 *   frames. The others' gains glide linearly across each frame, so they add no onsets of their own;
 * - the blended layer: on each beat (the spec's bpm) an accent on the lead (+0.8 × amplitude decaying over
 *   40 ms) and a 1 ms broadband click with 3 % of the frame's energy, and for `music`/`full` a melody note
 *   per beat from the mood's scale, 14 dB under the lead. The accent adds to the lead, the melody to tone,
 *   the click a few per cent of noise: none can change which primitive dominates.
 *
 * Beats start every `round(60 · fps / bpm)`-th audio frame, so the rendered tempo is `60 · fps` over that
 * whole number (150 bpm at 24 fps renders as 144); `tempoBpm` and the truth give the rendered value.
 */
export class AudioMixer {
  readonly beats: number[];
  readonly tempoBpm: number | null;
  private readonly voices: SoundVoice[];
  private readonly melody: MelodyVoice | null;
  private readonly options: AudioMixerOptions;
  private readonly leadDb: number[];
  private readonly beatFrames: Set<number>;
  private previous: FramePlan | null = null;
  private upcoming: FramePlan | null = null;
  private readonly buffers: Record<AudibleComponent, Float64Array>;
  private readonly gainRamp: Float64Array;
  private readonly mix: Float64Array;

  constructor(options: AudioMixerOptions) {
    this.options = options;
    const { spec, sampleRate, fps, frameCount, seed } = options;
    this.voices = spec.pureSounds.map((sound, index) => new SoundVoice(sound, sampleRate, hash3(index, 0, 0, seed)));
    const presence = spec.audio.presence;
    const pulse = presence !== 'silence' && presence !== 'ambient' && spec.audio.bpm !== null && this.voices.some((voice) => !voice.silent);
    // why: beats start audio frames, so a whole number of frames per beat keeps every inter-beat interval
    // equal; the rendered tempo is the spec's rounded to that grid (truth records it).
    const framesPerBeat = pulse ? Math.max(1, Math.round((60 * fps) / spec.audio.bpm!)) : 0;
    this.tempoBpm = pulse ? (60 * fps) / framesPerBeat : null;
    this.beatFrames = new Set();
    this.beats = [];
    for (let frame = 0; pulse && frame < frameCount; frame += framesPerBeat) {
      this.beatFrames.add(frame);
      this.beats.push(frame / fps);
    }
    this.melody = this.tempoBpm !== null && (presence === 'music' || presence === 'full') ? new MelodyVoice(sampleRate) : null;
    const intensityDb = (spec.intensity - 0.5) * 6;
    this.leadDb = spec.pureSounds.map((sound) => Math.min(-14, Math.max(-40, -34 + 18 * sound.amplitude + presenceOffsetDb[presence] + intensityDb)));
    const maxFrameSamples = Math.ceil(sampleRate / fps) + 1;
    this.buffers = { rumble: new Float64Array(maxFrameSamples), tone: new Float64Array(maxFrameSamples), hiss: new Float64Array(maxFrameSamples) };
    this.gainRamp = new Float64Array(maxFrameSamples);
    this.mix = new Float64Array(maxFrameSamples);
  }

  /** The sample range of audio frame `index`. */
  frameSamples(index: number): { start: number; end: number } {
    const { sampleRate, fps } = this.options;
    return { start: Math.round((index * sampleRate) / fps), end: Math.round(((index + 1) * sampleRate) / fps) };
  }

  /** What frame `index` plays, given the plan of the frame before it (null for the first). */
  private planFrame(index: number, previous: FramePlan | null): FramePlan {
    const { spec, seed } = this.options;
    const voices = this.voices;
    const beat = this.beatFrames.has(index);
    const silentClip = spec.audio.presence === 'silence' || voices.every((voice) => voice.silent);
    let segmentStart: boolean;
    if (previous === null) segmentStart = true;
    else if (this.tempoBpm !== null) segmentStart = beat;
    // without a pulse a lead holds 3 to 10 frames: after 3 it changes with probability 1/4 per frame
    else segmentStart = previous.framesSinceChange >= 10 || (previous.framesSinceChange >= 3 && unit3(index, 7, 0, seed) < 0.25);
    const framesSinceChange = segmentStart ? 1 : (previous?.framesSinceChange ?? 0) + 1;
    let lead = previous?.lead ?? -1;
    if (segmentStart) {
      const candidates = voices
        .map((voice, voiceIndex) => ({ voice, voiceIndex }))
        .filter(({ voice }) => (silentClip ? voice.silent : this.tempoBpm === null || !voice.silent));
      const fresh = candidates.length > 1 ? candidates.filter(({ voiceIndex }) => voiceIndex !== lead) : candidates;
      if (fresh.length === 0) lead = -1;
      else {
        const total = fresh.reduce((sum, { voice }) => sum + voice.sound.weight, 0);
        let target = unit3(index, 11, 0, seed) * total;
        lead = fresh[fresh.length - 1]!.voiceIndex;
        for (const { voice, voiceIndex } of fresh) {
          target -= voice.sound.weight;
          if (target < 0) {
            lead = voiceIndex;
            break;
          }
        }
      }
    }
    const gains = new Float64Array(voices.length);
    const leadIsSilent = lead < 0 || voices[lead]!.silent;
    const leadDb = lead >= 0 ? this.leadDb[lead]! : silenceFloorDb;
    if (lead >= 0 && !leadIsSilent) gains[lead] = decibelsToAmplitude(leadDb);
    // one to three other sounds, a new draw every frame
    const others = voices.map((_, voiceIndex) => voiceIndex).filter((voiceIndex) => voiceIndex !== lead && !voices[voiceIndex]!.silent);
    const wanted = Math.min(others.length, 1 + (hash3(index, 13, 0, seed) % 3));
    for (let pick = 0; pick < wanted; pick += 1) {
      const position = hash3(index, 17, pick, seed) % others.length;
      const voiceIndex = others.splice(position, 1)[0]!;
      const u = unit3(index, 19, voiceIndex, seed);
      const db = leadIsSilent ? underSilenceDb[0] + u * (underSilenceDb[1] - underSilenceDb[0]) : leadDb - minorDropDb[0] - u * (minorDropDb[1] - minorDropDb[0]);
      gains[voiceIndex] = decibelsToAmplitude(db);
    }
    let melodyHz = previous?.melodyHz ?? null;
    if (this.melody && beat) {
      const scale = moodScales[spec.audio.mood];
      const degree = scale[hash3(index, 23, 0, seed) % scale.length]!;
      const octave = hash3(index, 29, 0, seed) % 2;
      melodyHz = 261.63 * 2 ** ((degree + 12 * octave) / 12);
    }
    const melodyGain = this.melody && !leadIsSilent && melodyHz !== null ? decibelsToAmplitude(leadDb - melodyDropDb) : 0;
    return { lead, gains, beat: beat && !leadIsSilent, melodyHz: this.melody ? melodyHz : null, melodyGain, leadChanged: segmentStart, framesSinceChange };
  }

  /**
   * Synthesises audio frame `index` into `out` (Float32, length = the frame's sample count) and returns
   * its truth: the sounds mixed with their levels, the blended layer, the energy by primitive and the
   * dominant primitive. Frames must be rendered in order.
   */
  renderFrame(index: number, out: Float32Array): TruthAudioFrame {
    const { start, end } = this.frameSamples(index);
    const count = end - start;
    const previous = this.previous;
    const plan = this.upcoming ?? this.planFrame(index, previous);
    const next = index + 1 < this.options.frameCount ? this.planFrame(index + 1, plan) : null;
    this.upcoming = next;
    const { sampleRate } = this.options;
    for (const component of audibleComponents) this.buffers[component].fill(0, 0, count);
    const ramp = this.gainRamp;
    const voiceEnergy: number[] = [];
    const tailStart = count - attackSamples;
    this.voices.forEach((voice, voiceIndex) => {
      const target = plan.gains[voiceIndex]!;
      const from = previous?.gains[voiceIndex] ?? 0;
      const isLead = voiceIndex === plan.lead;
      // why: at a lead change every voice meets the boundary at the lower of its two levels: the frame before
      // lets go in its last 2 ms, this one rises in its first 2 ms. Each frame keeps only its own sounds (a
      // frame turning silent is silent from its first sample) and the change is a clean onset.
      const boundaryIn = plan.leadChanged ? Math.min(from, target) : from;
      const boundaryOut = next && next.leadChanged ? Math.min(target, next.gains[voiceIndex]!) : target;
      for (let sample = 0; sample < count; sample += 1) {
        let gain: number;
        if (plan.leadChanged) gain = boundaryIn + (target - boundaryIn) * Math.min(1, sample / attackSamples);
        else if (isLead) gain = target;
        // the other sounds glide across the frame, so their changes add no onsets
        else gain = from + ((target - from) * (sample + 1)) / count;
        if (sample > tailStart && boundaryOut !== target) gain += (boundaryOut - target) * ((sample - tailStart) / attackSamples);
        if (isLead && plan.beat) gain *= 1 + accentGain * Math.exp(-sample / (accentSeconds * sampleRate));
        ramp[sample] = gain;
      }
      let energy = 0;
      for (let sample = 0; sample < count; sample += 1) energy += ramp[sample]! * ramp[sample]!;
      voiceEnergy.push(energy / Math.max(1, count));
      voice.addInto(this.buffers, 0, count, ramp);
    });
    if (plan.beat && plan.lead >= 0) {
      // why: an accent on a narrow-band lead (a rumble, a tone) raises only a few spectral bins, so onset
      // detectors that sum the rise over all bins barely see it. A 1 ms broadband click makes every beat an
      // onset whatever the lead; it carries ~3 % of the frame's energy (noise-like, so it counts as hiss).
      const leadAmplitude = plan.gains[plan.lead]!;
      const amplitude = leadAmplitude * Math.sqrt((clickEnergyShare * 8 * count) / clickSamples);
      for (let sample = 0; sample < Math.min(clickSamples, count); sample += 1) {
        const envelope = 0.5 - 0.5 * Math.cos((2 * Math.PI * sample) / (clickSamples - 1));
        this.buffers.hiss[sample]! += amplitude * envelope * (2 * unit3(index, 31, sample, this.options.seed) - 1);
      }
    }
    if (this.melody && plan.melodyHz !== null) {
      this.melody.setFrequency(plan.melodyHz);
      const from = previous && previous.melodyHz === plan.melodyHz ? previous.melodyGain : 0;
      for (let sample = 0; sample < count; sample += 1) {
        ramp[sample] = from === plan.melodyGain ? plan.melodyGain : plan.melodyGain * Math.min(1, sample / attackSamples);
      }
      this.melody.addInto(this.buffers.tone, 0, count, ramp);
    }
    // mix, and the energy each primitive contributes
    const componentEnergy = { rumble: 0, tone: 0, hiss: 0 };
    let total = 0;
    for (let sample = 0; sample < count; sample += 1) {
      const rumble = this.buffers.rumble[sample]!;
      const tone = this.buffers.tone[sample]!;
      const hiss = this.buffers.hiss[sample]!;
      componentEnergy.rumble += rumble * rumble;
      componentEnergy.tone += tone * tone;
      componentEnergy.hiss += hiss * hiss;
      const value = rumble + tone + hiss;
      this.mix[sample] = value;
      total += value * value;
      out[sample] = value > 1 ? 1 : value < -1 ? -1 : value;
    }
    const rmsDb = amplitudeToDecibels(Math.sqrt(total / Math.max(1, count)));
    const componentSum = componentEnergy.rumble + componentEnergy.tone + componentEnergy.hiss;
    // why: the silence share follows the level (all silence at −60 dBFS, none from −45 dBFS), the rest splits by energy
    const silenceShare = Math.min(1, Math.max(0, (audibleThresholdDb - rmsDb) / (audibleThresholdDb - silenceThresholdDb)));
    const share = (component: AudibleComponent) => (componentSum > 0 ? ((1 - silenceShare) * componentEnergy[component]) / componentSum : 0);
    const energy = { silence: componentSum > 0 ? silenceShare : 1, rumble: share('rumble'), tone: share('tone'), hiss: share('hiss') };
    // the dominant is the largest share, silence included (below −60 dBFS silence holds everything)
    let dominant: SoundPrimitive = 'silence';
    let dominantShare = energy.silence;
    for (const component of audibleComponents) {
      if (energy[component] > dominantShare) {
        dominant = component;
        dominantShare = energy[component];
      }
    }
    const sounds: TruthSound[] = this.voices
      .map((voice, voiceIndex) => ({ voice, voiceIndex }))
      .filter(({ voiceIndex }) => plan.gains[voiceIndex]! > 0 || (previous?.gains[voiceIndex] ?? 0) > 0 || voiceIndex === plan.lead)
      .map(({ voice, voiceIndex }) => ({
        name: voice.sound.name,
        primitive: voice.sound.primitive,
        frequencyHz: voice.sound.frequencyHz,
        levelDb: voice.silent ? silenceFloorDb : amplitudeToDecibels(Math.sqrt(voiceEnergy[voiceIndex]! * (1 - (voice.sound.mix?.silence ?? 0)))),
        lead: voiceIndex === plan.lead,
      }));
    this.previous = plan;
    return {
      index,
      startSample: start,
      endSample: end,
      sounds,
      melody: plan.melodyHz !== null && plan.melodyGain > 0 ? { frequencyHz: plan.melodyHz, levelDb: amplitudeToDecibels(plan.melodyGain) } : null,
      beat: plan.beat,
      energy,
      dominant,
      dominantShare,
      rmsDb,
    };
  }
}
