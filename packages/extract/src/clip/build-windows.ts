import type { MotionSpeed, TransitionMeasurement, WindowMeasurement } from '@motionreg/primitives';
import { classifyCamera, describeMotion, shakesAcrossWindows } from '../motion/classify-camera.js';
import type { CameraReading, MotionStep, WindowDrift } from '../motion/classify-camera.js';
import type { Onset } from '../tempo/onset-envelope.js';
import type { FrameFeatures } from '../window/frame-features.js';
import { windowAudio, windowComposition, windowGradient, windowLighting } from '../window/summarize-window.js';
import type { ExtractClipOptions } from './extract-options.js';
import { round } from './extract-options.js';
import type { SoundSummary } from './frame-sound-join.js';
import type { MotionStepLog, TaggedStep } from './motion-step-log.js';

/** What the windows are read from. */
export interface WindowInputs {
  framesPerWindow: number;
  width: number;
  height: number;
  times: readonly number[];
  fps: number;
  /** One folded entry per window (see `foldFeatures`). */
  windowFeatures: readonly FrameFeatures[];
  steps: MotionStepLog;
  cuts: readonly number[];
  transitions: readonly TransitionMeasurement[];
  /** One folded entry per window (see `foldSounds`), or null without audio. */
  windowSounds: readonly SoundSummary[] | null;
  onsets: readonly Onset[];
  tempoBpm: number | null;
}

interface Span {
  start: number;
  end: number;
  /** The window's motion steps are those of the log from `firstStep` (inclusive) to `endStep`, less the excluded. */
  firstStep: number;
  endStep: number;
  camera: CameraReading;
  drift: WindowDrift;
}

/**
 * Reads every window of `framesPerWindow` frames: camera (from the motion steps inside it that cross no cut
 * and lie in no fade or dissolve; a window drifting one way between neighbours of the same shot that drift
 * back is handheld), motion, lighting, composition, gradient and audio. Linear in the clip's length.
 */
export function buildWindows(inputs: WindowInputs, options: ExtractClipOptions): { windows: WindowMeasurement[]; speeds: MotionSpeed[] } {
  const { framesPerWindow, width, height, times, fps, cuts, transitions } = inputs;
  const frameCount = times.length;
  const timeOf = (frame: number) => times[Math.min(Math.max(0, frame), frameCount - 1)] ?? frame / fps;
  const timeAfter = (frame: number) => (frame + 1 < frameCount ? timeOf(frame + 1) : timeOf(frame) + 1 / fps);
  // why: a frame pair across a cut measures no camera at all, nor does one inside a fade or dissolve (two
  // pictures mixed, or one sinking into black, move on their own); their motion is left out.
  const acrossCut = (step: TaggedStep) => cuts.some((cut) => cut > step.frame - step.stride && cut <= step.frame);
  const inTransition = (step: TaggedStep) => transitions.some((transition) => step.frame > transition.startFrame && step.frame - step.stride < transition.endFrame);
  const log = inputs.steps;
  // why: a window's steps are read back from the log when needed, never all at once (a long video has
  // tens of thousands of them; as objects they would be most of the extraction's memory)
  const stepsOf = (span: { firstStep: number; endStep: number }): MotionStep[] => {
    const kept: MotionStep[] = [];
    for (let index = span.firstStep; index < span.endStep; index += 1) {
      const step = log.at(index);
      if (!acrossCut(step) && !inTransition(step)) kept.push(step);
    }
    return kept;
  };
  const driftOf = (steps: readonly MotionStep[]): WindowDrift => {
    const observed = steps.filter((step) => step.observable);
    return {
      netX: observed.reduce((sum, step) => sum + step.translationX, 0),
      netY: observed.reduce((sum, step) => sum + step.translationY, 0),
      seconds: observed.reduce((sum, step) => sum + step.seconds, 0),
    };
  };
  const spans: Span[] = [];
  let next = 0;
  for (let start = 0; start < frameCount; start += framesPerWindow) {
    const end = Math.min(frameCount, start + framesPerWindow) - 1;
    // steps are in frame order: each window takes the next run of them
    while (next < log.length && log.frameAt(next) <= start) next += 1;
    let endStep = next;
    while (endStep < log.length && log.frameAt(endStep) <= end) endStep += 1;
    const windowSteps = stepsOf({ firstStep: next, endStep });
    spans.push({ start, end, firstStep: next, endStep, camera: classifyCamera(windowSteps, width, height, options.camera), drift: driftOf(windowSteps) });
  }
  // A window that drifts one way may be half a hand's shake: look at its neighbours in the same shot.
  const boundaries = [...cuts, ...transitions.flatMap((transition) => [transition.startFrame, transition.endFrame])];
  const sameShot = (a: Span, b: Span) => !boundaries.some((frame) => frame > Math.min(a.start, b.start) && frame <= Math.max(a.end, b.end));
  spans.forEach((span, index) => {
    if (!span.camera.observable || !['pan', 'tilt', 'static', 'handheld'].includes(span.camera.type)) return;
    const around = [spans[index - 1], span, spans[index + 1]].filter((other): other is Span => other !== undefined && sameShot(other, span));
    if (shakesAcrossWindows(around.map((other) => other.drift), width, height, { staticRate: options.camera?.staticRate ?? 0.02 })) {
      span.camera = { ...span.camera, type: 'handheld', direction: 'none' };
    }
  });
  const windows: WindowMeasurement[] = [];
  const speeds: MotionSpeed[] = [];
  let onset = 0;
  for (const [index, span] of spans.entries()) {
    const { start, end, camera } = span;
    const windowSteps = stepsOf(span);
    const windowFeatures = inputs.windowFeatures.slice(index, index + 1);
    const motion = describeMotion(camera, windowSteps, options.motionSpeed);
    speeds.push(motion.speed);
    const lighting = windowLighting(windowFeatures, options.window);
    const startTime = timeOf(start);
    const endTime = timeAfter(end);
    while (onset < inputs.onsets.length && inputs.onsets[onset]!.time < startTime) onset += 1;
    let onsetsInside = 0;
    while (onset + onsetsInside < inputs.onsets.length && inputs.onsets[onset + onsetsInside]!.time < endTime) onsetsInside += 1;
    const audioReading = inputs.windowSounds ? windowAudio(inputs.windowSounds.slice(index, index + 1), onsetsInside, endTime - startTime, inputs.tempoBpm) : null;
    const composition = windowComposition(windowFeatures, options.window);
    const gradient = windowGradient(windowFeatures);
    windows.push({
      startFrame: start,
      endFrame: end,
      startTime: round(startTime, 6),
      endTime: round(endTime, 6),
      camera: {
        type: camera.type,
        direction: camera.direction,
        translation: [round(camera.translation[0], 3), round(camera.translation[1], 3)],
        scale: round(camera.scale, 5),
        rotationDegrees: round(camera.rotationDegrees, 3),
        rate: round(camera.rate),
        observable: camera.observable,
      },
      motion: { speed: motion.speed, direction: motion.direction, energy: round(motion.energy) },
      gradient: { type: gradient.type, strength: round(gradient.strength, 3) },
      lighting: {
        brightness: round(lighting.brightness),
        contrast: round(lighting.contrast),
        temperature: lighting.temperature,
        saturation: round(lighting.saturation),
        warmth: round(lighting.warmth, 2),
      },
      composition: {
        centerOfMass: [round(composition.centerOfMass[0]), round(composition.centerOfMass[1])],
        balance: composition.balance,
        symmetry: composition.symmetry,
        symmetryScore: round(composition.symmetryScore),
      },
      audio: audioReading
        ? {
            tempo: audioReading.tempo,
            presence: audioReading.presence,
            dominant: audioReading.dominant,
            mix: { silence: round(audioReading.mix.silence), rumble: round(audioReading.mix.rumble), tone: round(audioReading.mix.tone), hiss: round(audioReading.mix.hiss) },
          }
        : null,
    });
  }
  return { windows, speeds };
}
