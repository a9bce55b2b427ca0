import {
  colorDepth, narrativeAspects, rgbToLinear, linearToRgb, roundPercentages, soundDepth,
} from '@motionreg/primitives';
import type {
  Extraction, GrowthFocus, NarrativeAspect, NarrativeOrigin, NarrativeReading, ObservationInput, Rgb, SceneSpec,
  SoundMix, WindowMeasurement,
} from '@motionreg/primitives';
import { brightnessWords, columnWords, contrastWords, gradientStrengthWords, rowWords, tenthWord, valueWords } from './key-words.js';
import {
  colorKey, contrastRatioOf, cutFrequencyOf, gradientStrengthBand, gradientStrengthFloor, latticeColor, lightingContrastShares, nearestShotLength,
  nearestTransitionDuration, oneSignificantFigure, pitchBand, pitchBandCentreHz, quantizeMix, quantizeStrength,
  soundKey, tempoMarking, tenth, third,
} from './quantize.js';

/** Collects observations, merging the ones with the same identity (their occurrences add up). */
class ObservationSet {
  private readonly byKey = new Map<string, ObservationInput>();

  add(observation: ObservationInput): void {
    const id = `${observation.registry}|${observation.aspect}|${observation.origin ?? ''}|${observation.key}`;
    const current = this.byKey.get(id);
    if (current === undefined) this.byKey.set(id, observation);
    else current.occurrences += observation.occurrences;
  }

  list(): ObservationInput[] {
    return [...this.byKey.values()];
  }
}

const mixShares = (mix: SoundMix) => [mix.silence, mix.rumble, mix.tone, mix.hiss];

/** A sound mix normalised to sum 1 (all-zero is silence). */
function normalizeMix(mix: SoundMix): SoundMix {
  const total = mixShares(mix).reduce((sum, share) => sum + share, 0);
  if (total <= 0) return { silence: 1, rumble: 0, tone: 0, hiss: 0 };
  return { silence: mix.silence / total, rumble: mix.rumble / total, tone: mix.tone / total, hiss: mix.hiss / total };
}

/** Per-frame pure colours: one observation per lattice colour, counted once per frame it appears in. */
function observeColors(extraction: Extraction, into: ObservationSet): void {
  const seen = new Map<string, { lattice: Rgb; measured: [number, number, number]; coverage: number; sightings: number; frames: number }>();
  for (const frame of extraction.frames) {
    const inFrame = new Set<string>();
    for (const color of frame.colors) {
      const key = colorKey(color.rgb);
      const current = seen.get(key) ?? { lattice: latticeColor(color.rgb), measured: [0, 0, 0], coverage: 0, sightings: 0, frames: 0 };
      current.measured = [current.measured[0] + color.rgb[0], current.measured[1] + color.rgb[1], current.measured[2] + color.rgb[2]];
      current.coverage += color.coverage;
      current.sightings += 1;
      if (!inFrame.has(key)) {
        current.frames += 1;
        inFrame.add(key);
      }
      seen.set(key, current);
    }
  }
  for (const [key, { lattice, measured, coverage, sightings, frames }] of seen) {
    into.add({
      registry: 'static',
      aspect: 'colors',
      key,
      occurrences: frames,
      depth: colorDepth(lattice),
      value: {
        rgb: lattice,
        measuredRgb: measured.map((sum) => Math.round(sum / sightings)),
        meanCoverage: Math.round((coverage / sightings) * 1000) / 1000,
      },
      naming: { kind: 'color', rgb: lattice },
    });
  }
}

/** Per-frame pure sounds, keyed by dominant primitive, mix, strength and pitch band. */
function observeSounds(extraction: Extraction, into: ObservationSet): void {
  for (const frame of extraction.frames) {
    const sound = frame.sound;
    if (sound === null) continue;
    const mix = normalizeMix(quantizeMix(sound.mix));
    const strengthPct = quantizeStrength(sound.strengthPct);
    const band = pitchBand(sound.peakHz);
    const { strengthPct: _strength, ...shares } = soundDepth(mix, strengthPct / 100);
    into.add({
      registry: 'static',
      aspect: 'sound',
      key: soundKey(sound.dominant, sound.mix, sound.strengthPct, sound.peakHz),
      occurrences: 1,
      depth: shares,
      value: {
        dominant: sound.dominant,
        mix,
        strengthPct,
        pitchBand: band,
        // The first sighting's measurements, at the top level where creation reads a tone's pitch.
        peakHz: sound.peakHz,
        centroidHz: sound.centroidHz,
        rmsDb: sound.rmsDb,
        flatness: sound.flatness,
      },
      naming: { kind: 'sound', dominant: sound.dominant, mix, strengthPct, ...(band === 0 ? {} : { frequencyHz: pitchBandCentreHz(band) }) },
    });
  }
}

/** A naming depth: the first word weighs most, so names read most-important-first. */
function namingDepth(words: readonly (string | undefined)[]): Record<string, number> {
  const present = words.filter((word): word is string => word !== undefined && word !== 'none');
  const weights = [50, 30, 20, 10, 5];
  return Object.fromEntries(present.map((word, index) => [word, weights[index] ?? 5]));
}

function cameraSpeedOf(camera: WindowMeasurement['camera']): 'still' | 'slow' | 'medium' | 'fast' {
  if (camera.type === 'static') return 'still';
  const translation = camera.translation === undefined ? 0 : Math.hypot(camera.translation[0], camera.translation[1]);
  const tiers = [
    translation < 1 ? 0 : translation < 4 ? 1 : 2,
    camera.scale === undefined ? 0 : Math.abs(camera.scale - 1) < 0.005 ? 0 : Math.abs(camera.scale - 1) < 0.02 ? 1 : 2,
    camera.rotationDegrees === undefined ? 0 : Math.abs(camera.rotationDegrees) < 0.5 ? 0 : Math.abs(camera.rotationDegrees) < 2 ? 1 : 2,
  ];
  return (['slow', 'medium', 'fast'] as const)[Math.max(...tiers)]!;
}

/** Colour blend of a window: the coverage-weighted linear-light mean of its frames' colours and its inputs. */
function windowBlend(extraction: Extraction, window: WindowMeasurement): ObservationInput | null {
  const weights = new Map<string, { rgb: Rgb; weight: number }>();
  let total = 0;
  let red = 0;
  let green = 0;
  let blue = 0;
  for (const frame of extraction.frames) {
    if (frame.index < window.startFrame || frame.index > window.endFrame) continue;
    for (const color of frame.colors) {
      if (color.coverage <= 0) continue;
      const linear = rgbToLinear(color.rgb);
      red += linear[0] * color.coverage;
      green += linear[1] * color.coverage;
      blue += linear[2] * color.coverage;
      total += color.coverage;
      const key = colorKey(color.rgb);
      const current = weights.get(key) ?? { rgb: latticeColor(color.rgb), weight: 0 };
      current.weight += color.coverage;
      weights.set(key, current);
    }
  }
  if (total <= 0 || weights.size < 2) return null;
  const output = latticeColor(linearToRgb([red / total, green / total, blue / total]));
  const top = [...weights.entries()].sort(([keyA, a], [keyB, b]) => b.weight - a.weight || (keyA < keyB ? -1 : 1)).slice(0, 4);
  const topWeight = top.reduce((sum, [, input]) => sum + input.weight, 0);
  const shares = roundPercentages(top.map(([, input]) => input.weight / topWeight));
  const inputs = top.map(([key, input], index) => ({ registry: 'static', aspect: 'colors', key, rgb: input.rgb, weightPct: shares[index]! }));
  return {
    registry: 'dynamic',
    aspect: 'blends',
    key: `${colorKey(output)}<${inputs.map((input) => input.key).sort().join('+')}`,
    occurrences: 1,
    depth: colorDepth(output),
    value: { domain: 'color', output: { rgb: output }, inputs },
    // why: blend keys (output × inputs) outnumber any descriptive vocabulary; colour names do not run out.
    naming: { kind: 'color', rgb: output },
  };
}

function observeWindows(extraction: Extraction, into: ObservationSet): void {
  for (const window of extraction.windows) {
    const { motion, camera, gradient, lighting, composition, audio } = window;
    into.add({
      registry: 'dynamic', aspect: 'motion', key: `${motion.speed}:${motion.direction}`, occurrences: 1,
      depth: { [motion.speed]: 100 },
      value: { speed: motion.speed, direction: motion.direction, energy: oneSignificantFigure(motion.energy) },
      naming: { kind: 'motion', speed: motion.speed, direction: motion.direction, detail: [...valueWords(motion.speed), ...valueWords(motion.direction, 'aimless')] },
    });

    const cameraSpeed = cameraSpeedOf(camera);
    into.add({
      registry: 'dynamic', aspect: 'camera', key: `${camera.type}:${camera.direction}:${cameraSpeed}`, occurrences: 1,
      depth: { [camera.type]: 100 },
      value: {
        type: camera.type, direction: camera.direction, speed: cameraSpeed,
        ...(camera.translation === undefined ? {} : { translation: camera.translation.map((value) => Math.round(value * 100) / 100) }),
        ...(camera.scale === undefined ? {} : { scale: Math.round(camera.scale * 10_000) / 10_000 }),
        ...(camera.rotationDegrees === undefined ? {} : { rotationDegrees: Math.round(camera.rotationDegrees * 100) / 100 }),
      },
      naming: {
        kind: 'blend', domain: 'camera',
        depth: namingDepth([camera.type, cameraSpeed === 'still' ? undefined : cameraSpeed, camera.direction]),
        detail: [cameraSpeed, ...valueWords(camera.direction, 'fixed'), ...valueWords(camera.type)],
      },
    });

    const band = gradient.strength === undefined ? null : gradientStrengthBand(gradient.strength);
    const strengthWord = band === null ? 'unmeasured' : gradientStrengthWords[band]!;
    into.add({
      registry: 'dynamic', aspect: 'gradient', key: `${gradient.type}:${band === null ? 'unmeasured' : `s${gradientStrengthFloor(band)}`}`, occurrences: 1,
      depth: { [gradient.type]: 100 },
      value: { type: gradient.type, strength: gradient.strength === undefined ? null : Math.round(gradient.strength * 100) / 100 },
      naming: { kind: 'blend', domain: 'gradient', depth: namingDepth([gradient.type === 'none' ? 'flat' : gradient.type, strengthWord]), detail: [strengthWord, ...valueWords(gradient.type)] },
    });

    const brightness = tenth(lighting.brightness);
    const contrast = tenth(lighting.contrast);
    const shares = lightingContrastShares(lighting.contrast);
    const sharePercentages = roundPercentages([shares.flat, shares.normal, shares.high, shares.chiaroscuro]);
    const brightnessWord = tenthWord(brightnessWords, brightness);
    into.add({
      registry: 'dynamic', aspect: 'lighting', key: `${lighting.temperature}:b${brightness}:c${contrast}`, occurrences: 1,
      depth: { flat: sharePercentages[0]!, normal: sharePercentages[1]!, high: sharePercentages[2]!, chiaroscuro: sharePercentages[3]! },
      value: { temperature: lighting.temperature, brightness, contrast, contrastRatio: contrastRatioOf(lighting.contrast), ...(lighting.saturation === undefined ? {} : { saturation: tenth(lighting.saturation) }) },
      naming: {
        kind: 'blend', domain: 'lighting',
        depth: namingDepth([brightnessWord, lighting.temperature, contrastRatioOf(lighting.contrast)]),
        detail: [brightnessWord, tenthWord(contrastWords, contrast), lighting.temperature],
      },
    });

    const [x, y] = composition.centerOfMass;
    const column = columnWords[third(x)];
    const row = rowWords[third(y)];
    into.add({
      registry: 'dynamic', aspect: 'composition', key: `${composition.balance}:${composition.symmetry}:${column}-${row}`, occurrences: 1,
      depth: { [composition.balance]: 100 },
      value: { balance: composition.balance, symmetry: composition.symmetry, centerOfMass: [tenth(x), tenth(y)], symmetryScore: tenth(composition.symmetryScore) },
      naming: {
        kind: 'blend', domain: 'composition',
        depth: namingDepth([composition.balance, composition.symmetry]),
        detail: [...valueWords(composition.balance), composition.symmetry, column, row],
      },
    });

    if (audio !== null) {
      const dominant = audio.dominant ?? 'mixed';
      into.add({
        registry: 'dynamic', aspect: 'sound', key: `${audio.presence}:${audio.tempo}:${dominant}`, occurrences: 1,
        depth: { [audio.presence]: 100 },
        value: { presence: audio.presence, tempo: audio.tempo, ...(audio.dominant === undefined ? {} : { dominant: audio.dominant }) },
        naming: { kind: 'blend', domain: 'sound', depth: namingDepth([audio.tempo, audio.presence, audio.dominant]), detail: [audio.tempo, audio.presence, dominant] },
      });
    }

    const blend = windowBlend(extraction, window);
    if (blend !== null) into.add(blend);
  }
}

const shotWords: Record<number, string> = { 1: 'brief', 2: 'short', 4: 'medium', 6: 'long', 10: 'lingering' };
const transitionDurationWords: Record<number, string> = { 0: 'instant', 0.25: 'quick', 0.5: 'gentle', 1: 'slow' };

/** Per clip: pacing (cut frequency, shot length, tempo marking) and every gradual transition. */
function observeClip(extraction: Extraction, into: ObservationSet): void {
  const duration = extraction.source.durationSeconds;
  const cutFrequency = cutFrequencyOf(extraction.cuts.length, duration);
  const shotLength = nearestShotLength(duration / (extraction.cuts.length + 1));
  const tempoBpm = extraction.audio?.tempoBpm ?? null;
  const marking = tempoMarking(tempoBpm);
  const cutWord = cutFrequency === 'none' ? 'unbroken' : cutFrequency;
  into.add({
    registry: 'dynamic', aspect: 'temporal', key: `${cutFrequency}:${shotLength}s:${marking}`, occurrences: 1,
    depth: { [cutFrequency]: 100 },
    value: { cutFrequency, shotLengthSeconds: shotLength, tempoMarking: marking, cuts: extraction.cuts.length, durationSeconds: duration, tempoBpm },
    naming: { kind: 'blend', domain: 'temporal', depth: namingDepth([cutWord, shotWords[shotLength]]), detail: [cutWord, shotWords[shotLength]!, marking] },
  });
  for (const transition of extraction.transitions) {
    const seconds = (transition.endFrame - transition.startFrame + 1) / extraction.source.fps;
    const band = nearestTransitionDuration(seconds);
    const durationWord = transitionDurationWords[band]!;
    into.add({
      registry: 'dynamic', aspect: 'transition', key: `${transition.type}:${band}s`, occurrences: 1,
      depth: { [transition.type]: 100 },
      value: { type: transition.type, durationSeconds: Math.round(seconds * 1000) / 1000, frames: transition.endFrame - transition.startFrame + 1 },
      naming: { kind: 'blend', domain: 'transition', depth: namingDepth([durationWord, transition.type]), detail: [durationWord, transition.type] },
    });
  }
}

const aspectNouns: Record<NarrativeAspect, string> = {
  genre: 'genre', mood: 'mood', plots: 'plot', settings: 'setting', themes: 'theme', style: 'style', sceneType: 'scene',
};

/** What the spec meant, as a narrative reading (tone is the mood, the tension curve the plot). */
export function intendedNarrativeOf(spec: SceneSpec): NarrativeReading {
  const { narrative } = spec;
  return {
    genre: narrative.genre,
    mood: narrative.tone,
    plots: narrative.tensionCurve,
    settings: [...narrative.settings],
    themes: [...narrative.themes],
    style: narrative.style,
    sceneType: narrative.sceneType,
  };
}

function observeNarrative(reading: NarrativeReading, origin: NarrativeOrigin, into: ObservationSet): void {
  for (const aspect of narrativeAspects) {
    const raw = reading[aspect];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    for (const value of new Set(values.map((item) => item.trim().toLowerCase()).filter((item) => item.length > 0))) {
      const words = value.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
      into.add({
        registry: 'narrative', aspect, origin, key: value, occurrences: 1,
        depth: { [value]: 100 },
        value: { value },
        naming: { kind: 'words', words: words.length > 0 ? words : [aspectNouns[aspect]], qualifiers: [aspectNouns[aspect], origin] },
      });
    }
  }
}

/**
 * Turns one clip's extraction into keyed observations for the registries (see the package README
 * for every key). `frame` observes the static registries (colours and sound of every frame);
 * `window` the dynamic ones (per window: motion, camera, gradient, lighting, composition, sound and
 * the window's colour blend; per clip: temporal pacing and transitions) and narrative (intended from
 * the extraction, or from the spec when extraction had none, and observed); `all` both.
 */
export function observeExtraction(extraction: Extraction, spec: SceneSpec | null, focus: GrowthFocus): ObservationInput[] {
  const into = new ObservationSet();
  if (focus === 'frame' || focus === 'all') {
    observeColors(extraction, into);
    observeSounds(extraction, into);
  }
  if (focus === 'window' || focus === 'all') {
    observeWindows(extraction, into);
    observeClip(extraction, into);
    const intended = extraction.narrative.intended ?? (spec === null ? null : intendedNarrativeOf(spec));
    if (intended !== null) observeNarrative(intended, 'intended', into);
    observeNarrative(extraction.narrative.observed, 'observed', into);
  }
  return into.list();
}
