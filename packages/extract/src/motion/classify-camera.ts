import type { CameraDirection, CameraMotion, MotionDirection, MotionSpeed } from '@motionreg/primitives';
import type { GlobalMotion } from './global-motion.js';

/** One measured frame pair, in full-frame pixels, and the seconds between its frames. */
export interface MotionStep extends GlobalMotion {
  seconds: number;
}

/** Thresholds of {@link classifyCamera}; the defaults are the documented tolerances (package README). */
export interface CameraThresholds {
  /** Below this apparent motion (share of the frame diagonal per second) the camera is static. @default 0.02 */
  staticRate?: number;
  /** Horizontal motion at or above this many frame widths per second is a whip pan. @default 0.8 */
  whipPanRate?: number;
  /**
   * Shake: when the path travelled is at least this many times the net displacement (and above the
   * static rate), the camera is handheld rather than moving in one direction. @default 2.5
   */
  handheldPathRatio?: number;
  /**
   * Shake: when the frame-to-frame velocity varies by at least this share of its mean (RMS deviation over
   * mean speed), the camera is handheld: a pan or tilt keeps a steady velocity, a hand does not. @default 0.6
   */
  handheldVelocitySpread?: number;
}

/** The camera of one window, with the motion it was read from. */
export interface CameraReading {
  type: CameraMotion;
  direction: CameraDirection;
  /** Mean content translation per frame pair step, in pixels (+x right, +y down). */
  translation: [number, number];
  /** Mean scale change per second (1 = none; > 1 content grows). */
  scale: number;
  /** Mean content rotation in degrees per second (+ = clockwise on screen). */
  rotationDegrees: number;
  /** Apparent motion as a share of the frame diagonal per second (the largest component). */
  rate: number;
  /** Shake: path length over net displacement (1 = one direction; large = back and forth). */
  pathRatio: number;
  /** Shake: RMS deviation of the step velocities over the mean velocity (0 = perfectly steady). */
  velocitySpread: number;
  /** False when no frame pair had texture enough to measure (flat frames): reported as static. */
  observable: boolean;
}

/**
 * Reads the camera of a window from its measured frame-pair motions. Conventions: content moving left
 * means the camera pans right; content moving down means it tilts up; content growing means zoom in;
 * content turning clockwise means the camera rolls counterclockwise.
 *
 * Each component is turned into the share of the frame diagonal that a corner moves per second:
 * translation |t|/diagonal, zoom |ln s|/2, rotation |θ|/2 (a corner sits half a diagonal from the centre).
 */
export function classifyCamera(steps: readonly MotionStep[], width: number, height: number, thresholds: CameraThresholds = {}): CameraReading {
  const staticRate = thresholds.staticRate ?? 0.02;
  const whipPanRate = thresholds.whipPanRate ?? 0.8;
  const handheldPathRatio = thresholds.handheldPathRatio ?? 2.5;
  const handheldVelocitySpread = thresholds.handheldVelocitySpread ?? 0.6;
  const usable = steps.filter((step) => step.observable);
  const diagonal = Math.hypot(width, height);
  if (usable.length === 0) {
    return { type: 'static', direction: 'none', translation: [0, 0], scale: 1, rotationDegrees: 0, rate: 0, pathRatio: 1, velocitySpread: 0, observable: false };
  }
  let seconds = 0;
  let netX = 0;
  let netY = 0;
  let logScale = 0;
  let rotation = 0;
  let path = 0;
  for (const step of usable) {
    seconds += step.seconds;
    netX += step.translationX;
    netY += step.translationY;
    logScale += Math.log(step.scale);
    rotation += step.rotation;
    path += Math.hypot(step.translationX, step.translationY);
  }
  const net = Math.hypot(netX, netY);
  // velocity spread: RMS deviation of the step velocities from their mean, over the mean speed
  const meanVelocityX = netX / seconds;
  const meanVelocityY = netY / seconds;
  let deviation = 0;
  for (const step of usable) {
    deviation += step.seconds * ((step.translationX / step.seconds - meanVelocityX) ** 2 + (step.translationY / step.seconds - meanVelocityY) ** 2);
  }
  const velocitySpread = Math.sqrt(deviation / seconds) / Math.max(1e-9, Math.hypot(meanVelocityX, meanVelocityY));
  const translationRate = net / diagonal / seconds;
  const pathRate = path / diagonal / seconds;
  const zoomRate = Math.abs(logScale) / 2 / seconds;
  const rotationRate = Math.abs(rotation) / 2 / seconds;
  const rate = Math.max(translationRate, zoomRate, rotationRate);
  const pathRatio = net > 0 ? path / net : path > 0 ? Number.POSITIVE_INFINITY : 1;
  const reading = {
    translation: [netX / usable.length, netY / usable.length] as [number, number],
    scale: Math.exp(logScale / seconds),
    rotationDegrees: (rotation * 180) / Math.PI / seconds,
    rate: Math.max(rate, pathRate),
    pathRatio: Number.isFinite(pathRatio) ? pathRatio : 1e6,
    velocitySpread: Math.min(velocitySpread, 1e6),
    observable: true,
  };
  // why: velocity spread is reported but does not decide: content that moves in whole blocks makes a
  // steady pan advance in uneven steps (0, 2, 0, 2 px…), which looks like spread but is not shake.
  void handheldVelocitySpread;
  const shaky = pathRatio >= handheldPathRatio;
  if (pathRate >= staticRate && shaky && pathRate >= 2 * Math.max(zoomRate, rotationRate)) {
    return { ...reading, type: 'handheld', direction: 'none' };
  }
  if (rate < staticRate) return { ...reading, type: 'static', direction: 'none' };
  if (rate === translationRate) {
    if (Math.abs(netX) >= Math.abs(netY)) {
      // content moving left (netX < 0) means the camera turns right
      const direction: CameraDirection = netX < 0 ? 'right' : 'left';
      const type: CameraMotion = Math.abs(netX) / width / seconds >= whipPanRate ? 'whip_pan' : 'pan';
      return { ...reading, type, direction };
    }
    // content moving down (netY > 0) means the camera tilts up
    return { ...reading, type: 'tilt', direction: netY > 0 ? 'up' : 'down' };
  }
  if (rate === zoomRate) return logScale > 0 ? { ...reading, type: 'zoom', direction: 'in' } : { ...reading, type: 'zoom_out', direction: 'out' };
  // content turning clockwise on screen (rotation > 0) means the camera rolls counterclockwise
  return { ...reading, type: 'rotate', direction: rotation > 0 ? 'counterclockwise' : 'clockwise' };
}

/** One window's net content translation (pixels) and length, for {@link shakesAcrossWindows}. */
export interface WindowDrift {
  netX: number;
  netY: number;
  seconds: number;
}

/**
 * Whether neighbouring windows of one shot go back and forth: the path through their net translations
 * is at least `ratio` times the net translation across them, and fast enough to be seen. A hand drifts
 * one way for half a second, then another; a pan keeps its direction.
 */
export function shakesAcrossWindows(windows: readonly WindowDrift[], width: number, height: number, options: { ratio?: number; staticRate?: number } = {}): boolean {
  if (windows.length < 2) return false;
  const ratio = options.ratio ?? 1.6;
  const staticRate = options.staticRate ?? 0.02;
  const diagonal = Math.hypot(width, height);
  let path = 0;
  let netX = 0;
  let netY = 0;
  let seconds = 0;
  for (const window of windows) {
    path += Math.hypot(window.netX, window.netY);
    netX += window.netX;
    netY += window.netY;
    seconds += window.seconds;
  }
  if (seconds <= 0 || path / diagonal / seconds < staticRate) return false;
  return path >= ratio * Math.hypot(netX, netY);
}

/** Options for {@link describeMotion}. */
export interface MotionSpeedThresholds {
  /** Rate (share of the diagonal per second, see {@link CameraReading.rate}) below which motion is static. @default 0.02 */
  slow?: number;
  /** @default 0.12 */
  medium?: number;
  /** @default 0.4 */
  fast?: number;
  /**
   * Residual grey change per second (0–1 grey levels) that the camera model cannot explain — moving
   * objects, flicker, morphing — at which a window counts as medium motion. @default 0.5
   */
  residualMedium?: number;
}

/** The window's `motion`: speed class, direction and energy. */
export function describeMotion(
  camera: CameraReading,
  steps: readonly MotionStep[],
  thresholds: MotionSpeedThresholds = {},
): { speed: MotionSpeed; direction: MotionDirection; energy: number } {
  const slow = thresholds.slow ?? 0.02;
  const medium = thresholds.medium ?? 0.12;
  const fast = thresholds.fast ?? 0.4;
  const residualMedium = thresholds.residualMedium ?? 0.5;
  const seconds = steps.reduce((sum, step) => sum + step.seconds, 0);
  // energy: mean absolute grey change per second before alignment
  const energy = seconds > 0 ? steps.reduce((sum, step) => sum + step.difference, 0) / seconds : 0;
  const residualRate = seconds > 0 ? steps.reduce((sum, step) => sum + step.residual, 0) / seconds : 0;
  // why: object motion has no single rate; its unexplained grey change is mapped onto the same scale,
  // so that `residualMedium` of it counts like a medium camera move.
  const rate = Math.max(camera.rate, (residualRate / residualMedium) * medium);
  const speed: MotionSpeed = rate < slow ? 'static' : rate < medium ? 'slow' : rate < fast ? 'medium' : 'fast';
  let direction: MotionDirection = 'none';
  if (speed !== 'static' && camera.observable) {
    if (camera.type === 'zoom' || camera.type === 'zoom_out' || camera.type === 'rotate') direction = 'radial';
    else if (camera.type !== 'static' && camera.type !== 'handheld') {
      const [x, y] = camera.translation;
      const angle = Math.abs((Math.atan2(y, x) * 180) / Math.PI) % 180;
      direction = angle < 22.5 || angle > 157.5 ? 'horizontal' : angle > 67.5 && angle < 112.5 ? 'vertical' : 'diagonal';
    }
  }
  return { speed, direction, energy };
}
