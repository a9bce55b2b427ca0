import { genres, sceneTypes, settings, styles, tensionCurves, themes, tones } from '@motionreg/primitives';
import type { MotionSpeed, NarrativeReading, SceneSpec, Setting, Tone } from '@motionreg/primitives';

type Pace = NonNullable<NarrativeReading['pace']>;

const paceOfSpeed: Record<MotionSpeed, Pace> = { static: 'still', slow: 'slow', medium: 'moderate', fast: 'fast' };

function wordsOf(prompt: string): Set<string> {
  return new Set(prompt.toLowerCase().split(/[^a-z_-]+/).filter(Boolean));
}

function firstIn<T extends string>(vocabulary: readonly T[], words: Set<string>): T | undefined {
  return vocabulary.find((word) => words.has(word) || words.has(word.replace(/_/g, '-')));
}

/**
 * The intended narrative: what the spec asked for (and, when there is only a prompt, the origin words
 * the prompt names literally). Null when neither is given. Never mixed with what was observed.
 */
export function intendedNarrative(spec?: SceneSpec, prompt?: string): NarrativeReading | null {
  if (spec) {
    return {
      genre: spec.narrative.genre,
      mood: spec.narrative.tone,
      plots: spec.narrative.tensionCurve,
      settings: [...spec.narrative.settings],
      themes: [...spec.narrative.themes],
      style: spec.narrative.style,
      sceneType: spec.narrative.sceneType,
      pace: paceOfSpeed[spec.motion.speed],
    };
  }
  if (prompt === undefined || prompt.trim() === '') return null;
  const words = wordsOf(prompt);
  const reading: NarrativeReading = {};
  const genre = firstIn(genres, words);
  const mood = firstIn(tones, words);
  const plots = firstIn(tensionCurves, words);
  const style = firstIn(styles, words);
  const sceneType = firstIn(sceneTypes, words);
  const foundSettings = settings.filter((setting): setting is Setting => words.has(setting));
  const foundThemes = themes.filter((theme) => words.has(theme));
  if (genre) reading.genre = genre;
  if (mood) reading.mood = mood;
  if (plots) reading.plots = plots;
  if (style) reading.style = style;
  if (sceneType) reading.sceneType = sceneType;
  if (foundSettings.length > 0) reading.settings = foundSettings;
  if (foundThemes.length > 0) reading.themes = foundThemes;
  return reading;
}

/** What the observed narrative is read from (clip-level means and counts). */
export interface NarrativeEvidence {
  meanBrightness: number;
  meanContrast: number;
  meanSaturation: number;
  /** Mean warmth (see window lighting): > 0 warm, < 0 cool. */
  meanWarmth: number;
  /** Share of windows at each motion speed. */
  speedShares: Record<MotionSpeed, number>;
  cutsPerMinute: number;
}

/**
 * The observed narrative, read only from measurements: pace from motion speed and cut rate, mood
 * (the tone vocabulary) from brightness, contrast, saturation, warmth and pace. Rules (first match):
 * dark (brightness < 0.2) · energetic (fast pace, saturation ≥ 0.3) · moody (brightness < 0.4 and cool
 * or grey) · dreamy (brightness ≥ 0.6, saturation < 0.25, contrast < 0.35) · bright (brightness ≥ 0.6)
 * · calm (still or slow, contrast < 0.4) · neutral.
 */
export function observedNarrative(evidence: NarrativeEvidence): NarrativeReading {
  const { meanBrightness, meanContrast, meanSaturation, meanWarmth, speedShares, cutsPerMinute } = evidence;
  const moving = speedShares.slow + speedShares.medium + speedShares.fast;
  let pace: Pace;
  if (cutsPerMinute >= 30 || speedShares.fast >= 0.5) pace = 'fast';
  else if (cutsPerMinute >= 10 || speedShares.medium + speedShares.fast >= 0.5) pace = 'moderate';
  else if (moving >= 0.25 || cutsPerMinute > 0) pace = 'slow';
  else pace = 'still';
  let mood: Tone;
  if (meanBrightness < 0.2) mood = 'dark';
  else if (pace === 'fast' && meanSaturation >= 0.3) mood = 'energetic';
  else if (meanBrightness < 0.4 && (meanWarmth < -6 || meanSaturation < 0.1)) mood = 'moody';
  else if (meanBrightness >= 0.6 && meanSaturation < 0.25 && meanContrast < 0.35) mood = 'dreamy';
  else if (meanBrightness >= 0.6) mood = 'bright';
  else if ((pace === 'still' || pace === 'slow') && meanContrast < 0.4) mood = 'calm';
  else mood = 'neutral';
  return { mood, pace };
}
