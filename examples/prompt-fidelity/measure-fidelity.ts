/**
 * What a clip showed against what its prompt asked (issue 15): the camera's type and direction in most
 * windows, the asked colour families' share of the measured colour coverage, neutrality for black and
 * white, brightness for dark and bright, the beat for an asked tempo. Pure functions of an instruction, a
 * spec and an extraction, so the runner (`run-fidelity.ts`) and the test share them.
 */
import { colorFamilyOf, fitsModifier, isNeutralFamily } from '@motionreg/create';
import type { ColorFamily } from '@motionreg/create';
import { planCameraPath } from '@motionreg/render';
import type { CameraDirection, CameraMotion, Extraction, Instruction, PaletteModifier, SceneSpec } from '@motionreg/primitives';

/** Acceptance of issue 15, and the brightness a dark or bright prompt must reach (mean luma 0–1). */
export const fidelityTargets = {
  camera: 0.95,
  colorShare: 0.6,
  colorPrompts: 0.9,
  colorGoal: 0.75,
  /** A dark prompt's clip averages below this luma, a bright one above `bright`. */
  dark: 0.35,
  bright: 0.55,
  /** A measured colour whose LCh chroma is under this is neutral (codec noise keeps greys within a few units). */
  neutralShare: 0.98,
  /** An asked bpm is met within this share (the extractor's tempo tolerance). */
  bpmTolerance: 0.04,
} as const;

/** One prompt's verdicts; a field is absent when the prompt asked nothing of that kind. */
export interface FidelityRow {
  prompt: string;
  camera?: { asked: string; expected: string; measured: string; ok: boolean };
  colors?: { asked: ColorFamily[]; share: number; ok: boolean };
  /** A prompt that asked modifiers but no colour ("warm pastel sky"): the share of coverage fitting them all. */
  modifiers?: { asked: PaletteModifier[]; share: number; ok: boolean };
  blackAndWhite?: { neutralShare: number; ok: boolean };
  brightness?: { asked: 'dark' | 'bright'; measured: number; ok: boolean };
  /**
   * `playable`: the tempo the frame grid allows (render starts beats every round(60 · fps / bpm) frames, so
   * 128 bpm plays as 120 at 12 fps); `ok` compares the measured tempo with the asked one, `playableOk` with that.
   */
  tempo?: { asked: string; playable: string; measured: string; ok: boolean; playableOk: boolean };
}

/** The move a global-motion reading shows for an asked move (a truck reads as a pan, a dolly in as a zoom). */
export function expectedCamera(motion: CameraMotion, direction: CameraDirection | undefined, spec: SceneSpec): { type: CameraMotion; direction: CameraDirection } {
  const path = planCameraPath({ camera: { ...spec.camera, motion, ...(direction === undefined ? {} : { direction }) }, width: 320, height: 180, fps: 12, shotFrames: 24, seed: 1 });
  return { type: path.observedType, direction: path.direction };
}

/**
 * The most frequent (type, direction) of the clip's windows, leaving out windows that overlap a fade,
 * dissolve or wipe the extraction found (the clip's opening and closing fades read as a zoom), unless that
 * would leave none.
 */
export function majorityCamera(extraction: Extraction): string {
  const skip = transitionFrames(extraction);
  const clear = extraction.windows.filter((window) => ![...skip].some((frame) => frame >= window.startFrame && frame <= window.endFrame));
  const counts = new Map<string, number>();
  for (const window of clear.length > 0 ? clear : extraction.windows) {
    const key = `${window.camera.type} ${window.camera.direction}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((left, right) => right[1] - left[1])[0]?.[0] ?? 'none';
}

/** Frames the extraction found inside a fade, dissolve or wipe: their colours are blends, not the clip's. */
function transitionFrames(extraction: Extraction): Set<number> {
  const frames = new Set<number>();
  for (const transition of extraction.transitions) for (let index = transition.startFrame; index <= transition.endFrame; index += 1) frames.add(index);
  return frames;
}

/** Measured colour coverage grouped by `keyOf`, over the frames outside transitions (shares summing to 1). */
function coverageBy<K>(extraction: Extraction, keyOf: (rgb: [number, number, number]) => K): Map<K, number> {
  const skip = transitionFrames(extraction);
  const coverage = new Map<K, number>();
  let total = 0;
  for (const frame of extraction.frames) {
    if (skip.has(frame.index)) continue;
    for (const color of frame.colors) {
      const key = keyOf(color.rgb);
      coverage.set(key, (coverage.get(key) ?? 0) + color.coverage);
      total += color.coverage;
    }
  }
  for (const [key, value] of coverage) coverage.set(key, total === 0 ? 0 : value / total);
  return coverage;
}

/** Measured colour coverage by family, over the frames outside transitions (shares summing to 1). */
export function familyCoverage(extraction: Extraction): Map<ColorFamily, number> {
  return coverageBy(extraction, colorFamilyOf);
}

const tempoOfBpm = (bpm: number): 'slow' | 'medium' | 'fast' => (bpm < 90 ? 'slow' : bpm <= 128 ? 'medium' : 'fast');

/** Judges one clip against its instruction. */
export function judgeClip(instruction: Instruction, spec: SceneSpec, extraction: Extraction): FidelityRow {
  const row: FidelityRow = { prompt: instruction.prompt };
  const asked = (domain: string) => instruction.mappings.some((mapping) => mapping.domain === domain);

  if (asked('camera.motion') && instruction.camera.motion !== 'static') {
    const expected = expectedCamera(instruction.camera.motion, instruction.camera.direction, spec);
    const measured = majorityCamera(extraction);
    // With no asked direction only the type is judged (the direction was the draw's to make).
    const ok = instruction.camera.direction === undefined ? measured.split(' ')[0] === expected.type : measured === `${expected.type} ${expected.direction}`;
    row.camera = { asked: `${instruction.camera.motion} ${instruction.camera.direction ?? '(any)'}`, expected: `${expected.type} ${expected.direction}`, measured, ok };
  }

  const coverage = familyCoverage(extraction);
  const monochrome = instruction.palette.modifiers.includes('monochrome');
  if (monochrome && instruction.palette.colors.every((color) => isNeutralFamily(colorFamilyOf(color.rgb)))) {
    const neutral = [...coverage].filter(([family]) => isNeutralFamily(family)).reduce((sum, [, share]) => sum + share, 0);
    row.blackAndWhite = { neutralShare: neutral, ok: neutral >= fidelityTargets.neutralShare };
  } else if (instruction.palette.colors.length > 0) {
    const families = [...new Set(instruction.palette.colors.map((color) => colorFamilyOf(color.rgb)))];
    const share = families.reduce((sum, family) => sum + (coverage.get(family) ?? 0), 0);
    row.colors = { asked: families, share, ok: share >= fidelityTargets.colorShare };
  } else {
    const modifiers = instruction.palette.modifiers.filter((modifier) => modifier !== 'monochrome');
    if (modifiers.length > 0) {
      const share = coverageBy(extraction, (rgb) => modifiers.every((modifier) => fitsModifier(rgb, modifier, null))).get(true) ?? 0;
      row.modifiers = { asked: modifiers, share, ok: share >= fidelityTargets.colorShare };
    }
  }

  const dark = instruction.palette.modifiers.includes('dark') || instruction.narrative.tone === 'dark' && asked('narrative.tone');
  const bright = instruction.palette.modifiers.includes('light') || (instruction.narrative.tone === 'bright' && asked('narrative.tone'));
  if (dark !== bright) {
    // Outside fades, like the colours: the clip's opening and closing fades through black are no scene.
    const skip = transitionFrames(extraction);
    const lit = extraction.frames.filter((frame) => !skip.has(frame.index));
    const measured = lit.length === 0 ? extraction.summary.meanBrightness : lit.reduce((sum, frame) => sum + frame.brightness, 0) / lit.length;
    row.brightness = dark
      ? { asked: 'dark', measured, ok: measured <= fidelityTargets.dark }
      : { asked: 'bright', measured, ok: measured >= fidelityTargets.bright };
  }

  const bpmMapping = instruction.mappings.find((mapping) => mapping.domain === 'audio.tempo' && / bpm$/.test(mapping.span));
  if (bpmMapping !== undefined || asked('audio.tempo')) {
    const measuredBpm = extraction.audio?.tempoBpm ?? null;
    const askedBpm = bpmMapping === undefined ? null : Number.parseFloat(bpmMapping.span);
    const fps = extraction.source.fps;
    const playableBpm = askedBpm === null ? null : (60 * fps) / Math.max(1, Math.round((60 * fps) / askedBpm));
    const near = (target: number) => measuredBpm !== null && Math.abs(measuredBpm - target) <= target * fidelityTargets.bpmTolerance;
    const ok = measuredBpm !== null && (askedBpm !== null ? near(askedBpm) : tempoOfBpm(measuredBpm) === instruction.audio.tempo);
    const playableOk = playableBpm === null ? ok : near(playableBpm);
    row.tempo = {
      asked: askedBpm !== null ? `${askedBpm} bpm` : instruction.audio.tempo,
      playable: playableBpm === null ? '' : `${Math.round(playableBpm * 10) / 10} bpm`,
      measured: measuredBpm === null ? 'no pulse' : `${Math.round(measuredBpm * 10) / 10} bpm`,
      ok,
      playableOk,
    };
  }
  return row;
}

/** Totals over the rows, against {@link fidelityTargets}. */
export function summarize(rows: readonly FidelityRow[]) {
  const cameraRows = rows.flatMap((row) => (row.camera === undefined ? [] : [row.camera]));
  const colorRows = rows.flatMap((row) => (row.colors === undefined ? [] : [row.colors]));
  const share = (list: readonly { ok: boolean }[]) => (list.length === 0 ? 1 : list.filter((item) => item.ok).length / list.length);
  const summary = {
    prompts: rows.length,
    camera: { right: cameraRows.filter((row) => row.ok).length, of: cameraRows.length, share: share(cameraRows) },
    colors: {
      atTarget: colorRows.filter((row) => row.ok).length,
      atGoal: colorRows.filter((row) => row.share >= fidelityTargets.colorGoal).length,
      of: colorRows.length,
      share: share(colorRows),
      lowest: Math.min(...colorRows.map((row) => row.share), 1),
    },
    modifiers: { right: rows.filter((row) => row.modifiers?.ok === true).length, of: rows.filter((row) => row.modifiers !== undefined).length },
    blackAndWhite: { right: rows.filter((row) => row.blackAndWhite?.ok === true).length, of: rows.filter((row) => row.blackAndWhite !== undefined).length },
    brightness: { right: rows.filter((row) => row.brightness?.ok === true).length, of: rows.filter((row) => row.brightness !== undefined).length },
    tempo: {
      right: rows.filter((row) => row.tempo?.ok === true).length,
      rightOfPlayable: rows.filter((row) => row.tempo?.playableOk === true).length,
      of: rows.filter((row) => row.tempo !== undefined).length,
    },
  };
  const pass = summary.prompts >= 30 && summary.camera.share >= fidelityTargets.camera && summary.colors.share >= fidelityTargets.colorPrompts
    && summary.blackAndWhite.right === summary.blackAndWhite.of;
  return { ...summary, pass };
}
