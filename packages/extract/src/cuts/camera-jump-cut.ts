import type { CutNeighbourhood, FrameMotion } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { changeLevel, gainRise, residualRise } from './change-level.js';
import { median } from './frame-change.js';
import { standsAlone } from './stands-alone.js';

/** The measured motion of the frames around the current one, when there is enough to compare with. */
function neighbourMotion(neighbourhood: CutNeighbourhood): FrameMotion[] | null {
  const { current, around } = neighbourhood;
  const moving = around.flatMap((frame) => (frame.motion ? [frame.motion] : []));
  // a cut still changes the picture visibly (a new shot of the same low-contrast texture may change it no
  // more than the camera's motion did, but not less than 2)
  return current.motion && moving.length >= 2 && current.distance >= 2 ? moving : null;
}

/** The picture changes at least `motionVisible` × as much as the frames around it. */
function visible(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  return neighbourhood.current.distance >= thresholds.motionVisible * changeLevel(neighbourhood).level;
}

/**
 * A cut inside a fast pan: every frame differs a lot from the last but aligns with it; at the cut, what
 * alignment cannot explain spikes (`residualMinimum`, `residualRatio` × its neighbours').
 */
export function isAlignedResidualCut(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  if (!neighbourMotion(neighbourhood)) return false;
  const residual = neighbourhood.current.motion!.residual;
  return visible(neighbourhood, thresholds) && residual >= thresholds.residualMinimum && residualRise(neighbourhood) >= thresholds.residualRatio;
}

/** How far `value` deviates from the median of `others`, when that is `deviation` × their median frame-to-frame change; else 0. */
function standingOut(value: number, others: readonly number[], deviation: number): number {
  const changes = others.slice(1).map((other, index) => Math.abs(other - others[index]!));
  const distance = Math.abs(value - median(others));
  return distance >= deviation * median(changes) ? distance : 0;
}

/**
 * A cut shown by the camera: a jump in zoom, roll or shift no camera makes in one frame (`motionJump`), or a
 * smaller one (`smallMotionJump`) the picture confirms — the residual rises 5/6 of `cutRatio`, the gain
 * residual doubles and the rise stands alone. Motion read from dark or darkening frames is not trusted.
 * Under a shaking hand ordinary frames may change more than such a cut; a jump twice `motionJump` that
 * alignment cannot follow either (residual rising 1.5×) is a cut anyway.
 */
export function isCameraJumpCut(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  const moving = neighbourMotion(neighbourhood);
  const { current, previous } = neighbourhood;
  const motion = current.motion;
  if (!moving || !motion || !motion.observable) return false;
  const steady = moving.filter((entry) => entry.observable);
  if (steady.length < 2) return false;
  // why: motion read from dark frames, or while the light ramps (a fade in or out over the frames around),
  // is unreliable; a camera jump keeps the light
  if (!previous || previous.luma < thresholds.darkLuma || current.luma < thresholds.darkLuma || Math.abs(Math.log(current.luma / previous.luma)) > 0.2) return false;
  const lights = [...neighbourhood.around.map((frame) => frame.luma), current.luma];
  if (Math.log(Math.max(...lights) / Math.max(Math.min(...lights), 1e-3)) > thresholds.lightRamp) return false;
  const jump = Math.max(
    standingOut(motion.logScale, steady.map((entry) => entry.logScale), thresholds.jumpDeviation),
    standingOut(motion.rotation, steady.map((entry) => entry.rotation), thresholds.jumpDeviation),
    standingOut(motion.shift, steady.map((entry) => entry.shift), thresholds.jumpDeviation),
  );
  const rise = residualRise(neighbourhood);
  if (!visible(neighbourhood, thresholds)) return jump >= 2 * thresholds.motionJump && rise >= 1.5;
  if (jump >= thresholds.motionJump) return true;
  if (jump < thresholds.smallMotionJump) return false;
  if (rise < (thresholds.cutRatio * 5) / 6 || gainRise(neighbourhood) < 2) return false;
  return standsAlone(neighbourhood, thresholds.lookAheadFrames, (frame) => frame.motion?.residual);
}
