import type { CameraDirection, CameraMotion, CameraTransform, SceneSpec } from '@motionreg/primitives';
import { unit3 } from '../hash/cell-hash.js';

/**
 * Apparent motion of each camera speed as a share of the frame diagonal per second, the same measure a
 * global-motion estimate uses: translation |t| / diagonal, zoom |ln s| / 2, rotation |θ rad| / 2 (a
 * frame corner sits half a diagonal from the centre). Every class is well above 0.02 (still) and the
 * steps are a factor 2 apart so speed classes stay distinguishable.
 */
export const cameraRates = { slow: 0.06, medium: 0.12, fast: 0.24 } as const;

/** Whip pans sweep this many frame widths per second. */
export const whipPanWidthsPerSecond = 1.0;

/**
 * Zooms keep the camera scale inside this range over a shot, so cells never shrink below 80 % of their
 * size (they must stay large enough to survive the codec) nor grow past 3× (the frame must stay textured).
 */
export const zoomScaleRange = [0.8, 3] as const;

/**
 * Handheld shake amplitude (share of the diagonal) for each steadiness: always several block sizes (2 px)
 * even at 320×240, so the shake survives the 2 px sampling, and larger the shakier the spec.
 */
const shakeAmplitude = { locked: 0.014, stable: 0.016, handheld: 0.019, shaky: 0.025 } as const;
/** Shake frequencies (Hz) and weights: fast enough that any half-second window holds well over a cycle. */
const shakeFrequencies = [2.9, 4.1, 5.3] as const;
const shakeWeights = [1, 0.7, 0.5] as const;

const defaultDirections: Record<CameraMotion, CameraDirection> = {
  static: 'none', handheld: 'none',
  pan: 'right', truck: 'right', tracking: 'right', arc: 'right', whip_pan: 'right',
  tilt: 'up', pedestal: 'up', crane: 'up',
  zoom: 'in', dolly: 'in', zoom_out: 'out', birds_eye: 'out',
  rotate: 'clockwise', roll: 'clockwise',
};

const allowedDirections: Record<CameraMotion, readonly CameraDirection[]> = {
  static: ['none'], handheld: ['none'],
  pan: ['left', 'right'], truck: ['left', 'right'], tracking: ['left', 'right'], arc: ['left', 'right'], whip_pan: ['left', 'right'],
  tilt: ['up', 'down'], pedestal: ['up', 'down'], crane: ['up', 'down'],
  zoom: ['in'], dolly: ['in', 'out'], zoom_out: ['out'], birds_eye: ['out'],
  rotate: ['clockwise', 'counterclockwise'], roll: ['clockwise', 'counterclockwise'],
};

/** The camera directions a motion can take (`none` for static and handheld). */
export function cameraDirectionsFor(motion: CameraMotion): readonly CameraDirection[] {
  return allowedDirections[motion];
}

/** The direction the renderer uses for a motion: the spec's when it fits the motion, else the default. */
export function resolveCameraDirection(motion: CameraMotion, direction: CameraDirection | undefined): CameraDirection {
  return direction !== undefined && allowedDirections[motion].includes(direction) ? direction : defaultDirections[motion];
}

/** One shot's camera: a transform per shot-local frame and what a motion estimate should read from it. */
export interface CameraPath {
  readonly motion: CameraMotion;
  /** The class a global-motion estimate sees (a truck reads as a pan, a dolly in as a zoom...). */
  readonly observedType: CameraMotion;
  readonly direction: CameraDirection;
  /** Largest apparent motion component, share of the diagonal per second. */
  readonly rate: number;
  /** The transform at a shot-local frame (negative frames extrapolate, for transitions into the shot). */
  transformAt(localFrame: number): CameraTransform;
}

/** Inputs of {@link planCameraPath}. */
export interface CameraPathOptions {
  camera: SceneSpec['camera'];
  width: number;
  height: number;
  fps: number;
  /** Frames in the shot (bounds the zoom so the scale stays in {@link zoomScaleRange}). */
  shotFrames: number;
  /** Seed of the shot: phases of the handheld shake. */
  seed: number;
}

/**
 * Plans one shot's camera. Moves run at constant velocity (or constant zoom factor per second) so every
 * window of the shot reads as the same camera type; handheld is a sum of three seeded sines (2.9, 4.1 and
 * 5.3 Hz) that goes back and forth without getting anywhere.
 */
export function planCameraPath(options: CameraPathOptions): CameraPath {
  const { camera, width, height, fps } = options;
  const diagonal = Math.hypot(width, height);
  const seconds = Math.max(options.shotFrames, 1) / fps;
  const motion = camera.motion;
  const direction = resolveCameraDirection(motion, camera.direction);
  const rate = cameraRates[camera.speed];
  const x0 = width / 2;
  const y0 = height / 2;
  const sign = direction === 'right' || direction === 'down' || direction === 'in' || direction === 'counterclockwise' ? 1 : -1;
  const [minScale, maxScale] = zoomScaleRange;
  // why: a zoom is exponential in time; cap its rate so the shot's whole zoom fits inside the scale range.
  const zoomRate = Math.min(2 * rate, Math.log(maxScale / minScale) / seconds);
  const identity = (): CameraTransform => ({ x: x0, y: y0, scale: 1, rotationDegrees: 0 });
  const radiansToDegrees = 180 / Math.PI;

  const translate = (speed: number, horizontal: boolean) => (frame: number): CameraTransform => {
    const distance = speed * (frame / fps);
    return horizontal ? { x: x0 + sign * distance, y: y0, scale: 1, rotationDegrees: 0 } : { x: x0, y: y0 + sign * distance, scale: 1, rotationDegrees: 0 };
  };
  const zoomIn = (factorRate: number) => (frame: number): CameraTransform => ({
    x: x0, y: y0, scale: minScale * Math.exp(factorRate * (frame / fps)), rotationDegrees: 0,
  });
  const zoomOut = (factorRate: number) => (frame: number): CameraTransform => ({
    x: x0, y: y0, scale: minScale * Math.exp(factorRate * (seconds - frame / fps)), rotationDegrees: 0,
  });
  // camera clockwise = content turns counterclockwise = rotationDegrees falls
  const turnSign = direction === 'clockwise' ? -1 : 1;

  let observedType: CameraMotion = motion;
  let apparentRate: number = rate;
  let transformAt: (frame: number) => CameraTransform;
  switch (motion) {
    case 'static':
      apparentRate = 0;
      transformAt = identity;
      break;
    case 'pan': case 'truck': case 'tracking':
      observedType = 'pan';
      transformAt = translate(rate * diagonal, true);
      break;
    case 'whip_pan':
      apparentRate = (whipPanWidthsPerSecond * width) / diagonal;
      transformAt = translate(whipPanWidthsPerSecond * width, true);
      break;
    case 'arc': {
      observedType = 'pan';
      const base = translate(rate * diagonal, true);
      // why: a quarter-rate turn makes the arc without letting rotation rival the translation.
      transformAt = (frame) => ({ ...base(frame), rotationDegrees: -sign * 0.5 * rate * (frame / fps) * radiansToDegrees });
      break;
    }
    case 'tilt': case 'pedestal':
      observedType = 'tilt';
      // tilt up = content moves down = camera y falls, which `sign` (−1 for up) already gives
      transformAt = translate(rate * diagonal, false);
      break;
    case 'crane':
      // why: a crane rises or falls; a zoom on top would make windows read as zooms, so it stays a vertical move
      observedType = 'tilt';
      transformAt = translate(rate * diagonal, false);
      break;
    case 'zoom':
      observedType = 'zoom';
      apparentRate = zoomRate / 2;
      transformAt = zoomIn(zoomRate);
      break;
    case 'dolly':
      observedType = direction === 'out' ? 'zoom_out' : 'zoom';
      apparentRate = zoomRate / 2;
      transformAt = direction === 'out' ? zoomOut(zoomRate) : zoomIn(zoomRate);
      break;
    case 'zoom_out':
      apparentRate = zoomRate / 2;
      transformAt = zoomOut(zoomRate);
      break;
    case 'birds_eye': {
      observedType = 'zoom_out';
      apparentRate = zoomRate / 2;
      const base = zoomOut(zoomRate);
      // a slow turn (a fifth of the zoom's rate) makes the overhead drift without rivalling the zoom
      transformAt = (frame) => ({ ...base(frame), rotationDegrees: 0.2 * zoomRate * (frame / fps) * radiansToDegrees });
      break;
    }
    case 'rotate': case 'roll':
      observedType = 'rotate';
      transformAt = (frame) => ({ x: x0, y: y0, scale: 1, rotationDegrees: turnSign * 2 * rate * (frame / fps) * radiansToDegrees });
      break;
    case 'handheld': {
      const amplitude = shakeAmplitude[camera.steadiness] * diagonal;
      const weightSum = shakeWeights.reduce((sum, weight) => sum + weight, 0);
      const phase = (axis: number, index: number) => 2 * Math.PI * unit3(axis, index, 0, options.seed);
      const shake = (axis: number, t: number) =>
        shakeFrequencies.reduce((sum, frequency, index) => sum + shakeWeights[index]! * Math.sin(2 * Math.PI * frequency * t + phase(axis, index)), 0) / weightSum;
      // path per second of a sine of amplitude A and frequency f is 4·A·f; the lowest frequency bounds it below
      apparentRate = (amplitude * 4 * shakeFrequencies[0]) / weightSum / diagonal;
      transformAt = (frame) => {
        const t = frame / fps;
        return { x: x0 + amplitude * shake(0, t), y: y0 + amplitude * shake(1, t), scale: 1, rotationDegrees: 0.1 * shake(2, t) };
      };
      break;
    }
  }
  const plan = transformAt;
  // why: `+ 0` turns −0 (a zero rotation times −1) into 0, so equal transforms compare and serialise equal.
  const normalised = (frame: number): CameraTransform => {
    const transform = plan(frame);
    return { x: transform.x + 0, y: transform.y + 0, scale: transform.scale, rotationDegrees: transform.rotationDegrees + 0 };
  };
  return { motion, observedType, direction, rate: apparentRate, transformAt: normalised };
}
