/**
 * Every number the cut detector decides with, in one table: its value, why, and the evidence for it.
 * `ShotBoundaryOptions` can override any of them by name. "Round trips" are the rendered clips of
 * `examples/extract-round-trip` (seeds 5–839, 200 clips each); "real set" is `eval-real/` (tune half).
 */
export interface Threshold {
  value: number;
  reason: string;
  evidence: string;
}

export const cutThresholdTable = {
  cutRatio: {
    value: 3,
    reason: 'a cut changes the picture at least 3× more than the frames around it do (their median, ±3, or upper quartile, ±5)',
    evidence: "PySceneDetect's AdaptiveDetector uses the same ratio (adaptive_threshold 3.0); round trips (6d069da)",
  },
  strongRatio: {
    value: 5,
    reason: 'a change standing out 5× in colour is a cut even where alignment could partly explain it',
    evidence: 'content moving in whole blocks jumps every few frames by ~3× in both measures (round trips, 6d069da)',
  },
  cutMinimum: {
    value: 8,
    reason: 'mean ΔE76 per thumbnail cell from which a change is large enough to be a cut at all',
    evidence: 'round trips (8d6ec3e)',
  },
  paletteMinimum: {
    value: 10,
    reason: 'palette distance from which the colours present changed at once (unmoved by camera motion)',
    evidence: 'round trips: red → blue cuts of equal brightness (8d6ec3e)',
  },
  paletteBeside: {
    value: 1.5,
    reason: 'a palette cut exceeds the palette change of the frames just beside it 1.5×: a short dissolve spreads its change',
    evidence: 'round trips: three-frame dissolves read as cuts before (6ad2c8e)',
  },
  gainResidualMinimum: {
    value: 0.03,
    reason: 'a palette cut leaves ≥ 3 % of the thumbnail unexplained by one brightness gain (a fade step leaves less)',
    evidence: 'round trips (8d6ec3e)',
  },
  gainRise: {
    value: 2,
    reason: 'and at least twice what the gain leaves between the frames around it',
    evidence: 'round trips (8d6ec3e, 3c01304)',
  },
  residualExplained: {
    value: 0.02,
    reason: 'alignment leaving under 2 % grey change explains the change (motion, not a new shot)',
    evidence: 'round trips: pans and zooms over cells (6d069da)',
  },
  residualMinimum: {
    value: 0.06,
    reason: 'an aligned residual spike of ≥ 6 % is a cut inside a fast pan, where every frame changes a lot',
    evidence: 'round trips: whip pans at 60 fps (6d069da)',
  },
  residualRatio: {
    value: 4,
    reason: '…and 4× the residual of its neighbours (content moving in blocks leaves smaller spikes)',
    evidence: 'round trips (6d069da)',
  },
  motionVisible: {
    value: 0.9,
    reason: 'a motion cut still changes the picture at least 0.9× as much as the neighbours do',
    evidence: 'round trips: a new shot of the same low-contrast texture (3c01304)',
  },
  motionJump: {
    value: 0.025,
    reason: "a jump in the camera's per-frame motion (|Δ ln scale|, |Δ rotation|, |Δ shift|/diagonal) no camera makes in one frame",
    evidence: 'round trips: cuts between two moves over one texture (6d069da)',
  },
  smallMotionJump: {
    value: 0.009,
    reason: 'a smaller jump is a cut when the residual rises (5/6 of cutRatio) and the gain residual doubles, alone within the look-ahead',
    evidence: 'round trips seed 97 clips 14, 66 (3c01304)',
  },
  jumpDeviation: {
    value: 6,
    reason: 'a jump must stand 6× the median frame-to-frame change of the motion around it (a shaking hand is no cut)',
    evidence: 'round trips: handheld clips (6d069da)',
  },
  darkLuma: {
    value: 0.08,
    reason: 'motion read from frames darker than this (or whose light changes by > 20 %) is unreliable: no camera-jump cut',
    evidence: 'round trips: fades (6d069da)',
  },
  lightRamp: {
    value: 0.3,
    reason: 'no camera-jump cut while the light over ±3 frames varies by more than this (|ln| of brightest / darkest): a fade',
    evidence: 'real set (tune): a fade in from black read as a zoom jump (bbb-opening frame 19, light ×2 over ±3 frames)',
  },
  fadeStepLight: {
    value: 0.1,
    reason: 'a change whose light changes by ≥ 10 % (|ln| ratio) and that one gain explains is a fade step, never a cut',
    evidence: 'round trips: fades through black (8d6ec3e)',
  },
  dipDepth: {
    value: 0.7,
    reason: 'a change inside a dip of the light to ≤ 70 % of both sides (within ±4 frames) is a fade through black',
    evidence: 'round trips: four-frame fades beside cuts (6ad2c8e)',
  },
  longDipDepth: {
    value: 0.5,
    reason: 'a dip of six frames or more must reach half the light: a shot that slowly darkens before a cut keeps its cut',
    evidence: 'round trips seed 211: 0.962 → 0.993 (417f51c)',
  },
  rampStep: {
    value: 0.002,
    reason: 'a light ramp (a fade found by the light alone) moves the mean luma at least this much every frame',
    evidence: 'real set (tune): bbb-opening fades in from black by 0.001–0.06 per frame under a moving camera',
  },
  rampRatio: {
    value: 3,
    reason: 'a light ramp runs from black to at least 3× as bright (a shot merely darkening is no fade)',
    evidence: 'real set (tune): bbb-opening 0.000 → 0.845',
  },
  rampGainResidual: {
    value: 0.02,
    reason: 'each step of a light ramp is a change one brightness gain explains to within 2 %',
    evidence: 'real set (tune): bbb-opening steps leave ≤ 0.007; a cut leaves ≥ 0.03',
  },
  gradualStep: {
    value: 1.5,
    reason: 'per-frame distance from which a frame may belong to a gradual transition',
    evidence: 'round trips: one-second dissolves change ~2 per frame (8d6ec3e)',
  },
  gradualTotal: {
    value: 12,
    reason: "a transition's ends differ by at least this distance",
    evidence: 'round trips (8d6ec3e)',
  },
  blendResidual: {
    value: 0.15,
    reason: 'the inner frames of a transition lie within 15 % of the straight blend of its ends',
    evidence: 'round trips (8d6ec3e)',
  },
  blackLuma: {
    value: 0.06,
    reason: 'an end of a transition at or below this mean luma is black: a fade, not a dissolve',
    evidence: 'round trips (8d6ec3e)',
  },
  maxTransitionFrames: {
    value: 240,
    reason: 'longest gradual transition considered, in frames (also bounds memory)',
    evidence: 'four seconds at 60 fps',
  },
  shortTransitionFrames: {
    value: 5,
    reason: 'a fade or dissolve of at most 5 frames may change abruptly on its own frames; inside a longer one an abrupt change is a cut',
    evidence: 'round trips seed 503: 0.977 → 0.994 (6c26ad2)',
  },
  lookAheadFrames: {
    value: 8,
    reason: 'frames a decision waits for; a small-jump or unreadable-motion cut must stand alone within this many on either side',
    evidence: 'round trips: content snapping in blocks repeats within 8 frames (3c01304, b702a9e)',
  },
} as const satisfies Record<string, Threshold>;

export type CutThresholds = { -readonly [name in keyof typeof cutThresholdTable]: number };

/** The table's values, with any overrides applied. */
export function cutThresholds(overrides: Partial<CutThresholds> = {}): CutThresholds {
  const values = Object.fromEntries(Object.entries(cutThresholdTable).map(([name, threshold]) => [name, threshold.value])) as CutThresholds;
  for (const [name, value] of Object.entries(overrides)) if (value !== undefined) values[name as keyof CutThresholds] = value;
  return values;
}
