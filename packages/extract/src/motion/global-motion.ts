import type { PyramidLevel } from './image-pyramid.js';

/**
 * The global motion of image content from one frame to a later one, as a similarity transform about
 * the image centre: a point at offset (u, v) from the centre moves to
 * (s·cosθ·u − s·sinθ·v + tx, s·sinθ·u + s·cosθ·v + ty). Pixels of the finest pyramid level; +x right,
 * +y down, so θ > 0 turns content clockwise on screen.
 */
export interface GlobalMotion {
  translationX: number;
  translationY: number;
  /** Scale factor (> 1: content grows). */
  scale: number;
  /** Rotation in radians (> 0: content turns clockwise on screen). */
  rotation: number;
  /** False when the images have too little texture to pin the motion down (flat frames). */
  observable: boolean;
  /** Mean absolute grey difference (0–1) before alignment. */
  difference: number;
  /** Mean absolute grey difference (0–1) after alignment, over the overlap: what the model cannot explain. */
  residual: number;
  /**
   * As `residual`, after also fitting one brightness gain between the aligned frames (either way round):
   * a fade step leaves almost nothing, a new picture leaves a lot.
   */
  residualAfterGain: number;
}

/** Options for {@link estimateGlobalMotion}. */
export interface GlobalMotionOptions {
  /** Gauss–Newton iterations per pyramid level at most. @default 8 */
  iterations?: number;
}

/**
 * Mean squared grey gradient (per pixel, grey 0–1) below which a frame has no usable texture at all.
 * why: H.264 at CRF ≤ 18 reproduces flat colour exactly (0); a soft gradient of cells gives ~2·10⁻⁵.
 */
const minimumTexture = 1e-6;
/**
 * Ridge added to the normal equations (per pixel), so a direction without texture (stripes, a one-way
 * gradient) gets no motion rather than an unbounded one: the aperture problem, resolved towards rest.
 */
const ridge = 1e-7;

// The warp as a 2×3 matrix [m0 m1 m2; m3 m4 m5] acting on centred coordinates.
type Warp = [number, number, number, number, number, number];

function sample(level: PyramidLevel, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const { width, values } = level;
  const index = y0 * width + x0;
  const top = values[index]! + (values[index + 1]! - values[index]!) * fx;
  const bottom = values[index + width]! + (values[index + width + 1]! - values[index + width]!) * fx;
  return top + (bottom - top) * fy;
}

function brightnessMatch(template: Float32Array, image: Float32Array): { gain: number; offset: number } {
  let templateSum = 0;
  let templateSquares = 0;
  let imageSum = 0;
  let imageSquares = 0;
  for (let index = 0; index < template.length; index += 1) {
    templateSum += template[index]!;
    templateSquares += template[index]! * template[index]!;
    imageSum += image[index]!;
    imageSquares += image[index]! * image[index]!;
  }
  const count = Math.max(1, template.length);
  const templateMean = templateSum / count;
  const imageMean = imageSum / count;
  const templateDeviation = Math.sqrt(Math.max(0, templateSquares / count - templateMean * templateMean));
  const imageDeviation = Math.sqrt(Math.max(0, imageSquares / count - imageMean * imageMean));
  const gain = imageDeviation > 1e-4 && templateDeviation > 1e-4 ? templateDeviation / imageDeviation : 1;
  return { gain, offset: templateMean - gain * imageMean };
}

function solve4(matrix: Float64Array, vector: Float64Array): Float64Array | null {
  // Gaussian elimination with partial pivoting on a 4×4 system (copied, so the inputs survive).
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(vector);
  for (let column = 0; column < 4; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < 4; row += 1) if (Math.abs(a[row * 4 + column]!) > Math.abs(a[pivot * 4 + column]!)) pivot = row;
    if (Math.abs(a[pivot * 4 + column]!) < 1e-12) return null;
    if (pivot !== column) {
      for (let k = 0; k < 4; k += 1) {
        const swap = a[column * 4 + k]!;
        a[column * 4 + k] = a[pivot * 4 + k]!;
        a[pivot * 4 + k] = swap;
      }
      const swap = b[column]!;
      b[column] = b[pivot]!;
      b[pivot] = swap;
    }
    for (let row = column + 1; row < 4; row += 1) {
      const factor = a[row * 4 + column]! / a[column * 4 + column]!;
      for (let k = column; k < 4; k += 1) a[row * 4 + k] = a[row * 4 + k]! - factor * a[column * 4 + k]!;
      b[row] = b[row]! - factor * b[column]!;
    }
  }
  const x = new Float64Array(4);
  for (let row = 3; row >= 0; row -= 1) {
    let sum = b[row]!;
    for (let k = row + 1; k < 4; k += 1) sum -= a[row * 4 + k]! * x[k]!;
    x[row] = sum / a[row * 4 + row]!;
  }
  return x;
}

/** warp ∘ inverse(delta), both similarities in the (1+a, −b; b, 1+a | tx, ty) form. */
function composeInverse(warp: Warp, a: number, b: number, tx: number, ty: number): Warp {
  // inverse of [[p, −q, tx], [q, p, ty]] with p = 1 + a, q = b
  const p = 1 + a;
  const q = b;
  const determinant = p * p + q * q;
  const ip = p / determinant;
  const iq = -q / determinant;
  const itx = -(ip * tx - iq * ty);
  const ity = -(iq * tx + ip * ty);
  const [m0, m1, m2, m3, m4, m5] = warp;
  return [
    m0 * ip + m1 * iq,
    m0 * -iq + m1 * ip,
    m0 * itx + m1 * ity + m2,
    m3 * ip + m4 * iq,
    m3 * -iq + m4 * ip,
    m3 * itx + m4 * ity + m5,
  ];
}

/**
 * Estimates the similarity motion from `from` to `to` (pyramids of the same size) by inverse-compositional
 * Gauss–Newton image alignment, coarse to fine (Baker & Matthews 2004), in plain least squares.
 * why not robust (Huber) weights: content that moves in whole blocks (rendered cells snap to a 2-px grid)
 * shows sub-block motion as a few large jumps; down-weighting large residuals treats exactly those jumps
 * as outliers and measured zooms came out at a third of their size. Unweighted, they averaged out.
 */
export function estimateGlobalMotion(from: readonly PyramidLevel[], to: readonly PyramidLevel[], options: GlobalMotionOptions = {}): GlobalMotion {
  const iterations = options.iterations ?? 8;
  const finest = from[0]!;
  let warp: Warp = [1, 0, 0, 0, 1, 0];
  let observable = true;
  const hessian = new Float64Array(16);
  const gradient = new Float64Array(4);
  for (let levelIndex = from.length - 1; levelIndex >= 0; levelIndex -= 1) {
    const template = from[levelIndex]!;
    const image = to[levelIndex]!;
    const { width, height } = template;
    const centreX = (width - 1) / 2;
    const centreY = (height - 1) / 2;
    // why: relative to the finest level passed in, so a pyramid's coarse levels can be aligned on their own.
    const levelScale = template.scale / finest.scale;
    // Bring the warp's translation to this level's pixels.
    warp = [warp[0], warp[1], warp[2] / levelScale, warp[3], warp[4], warp[5] / levelScale];
    // why: the finest level starts from the coarser levels' answer and needs only a few refinements.
    const maxIterations = levelIndex === 0 ? Math.min(iterations, 4) : iterations;
    // Alignment runs on each level's detail (texture without its local mean), see PyramidLevel.detail.
    const { gradientX, gradientY, detail: templateValues } = template;
    const imageValues = image.detail;
    // why: match the image's contrast to the template's (error = gain·I(W(x)) + offset − T(x)), so a fade
    // or flicker does not read as motion.
    const { gain, offset } = brightnessMatch(templateValues, imageValues);
    for (let iteration = 0; iteration < maxIterations; iteration += 1) {
      // Hessian (upper triangle) and gradient accumulated in locals: this loop is the hot path.
      let h00 = 0, h01 = 0, h02 = 0, h03 = 0, h11 = 0, h12 = 0, h13 = 0, h22 = 0, h23 = 0, h33 = 0;
      let g0 = 0, g1 = 0, g2 = 0, g3 = 0;
      let count = 0;
      const [m0, m1, m2, m3, m4, m5] = warp;
      for (let y = 1; y < height - 1; y += 1) {
        const v = y - centreY;
        for (let x = 1; x < width - 1; x += 1) {
          const u = x - centreX;
          const warpedX = m0 * u + m1 * v + m2 + centreX;
          const warpedY = m3 * u + m4 * v + m5 + centreY;
          if (warpedX < 0 || warpedY < 0 || warpedX >= width - 1 || warpedY >= height - 1) continue;
          const x0 = warpedX | 0;
          const y0 = warpedY | 0;
          const fx = warpedX - x0;
          const fy = warpedY - y0;
          const corner = y0 * width + x0;
          const top = imageValues[corner]! + (imageValues[corner + 1]! - imageValues[corner]!) * fx;
          const bottom = imageValues[corner + width]! + (imageValues[corner + width + 1]! - imageValues[corner + width]!) * fx;
          const index = y * width + x;
          const error = gain * (top + (bottom - top) * fy) + offset - templateValues[index]!;
          count += 1;
          const gx = gradientX[index]!;
          const gy = gradientY[index]!;
          const s0 = gx * u + gy * v;
          const s1 = gy * u - gx * v;
          h00 += s0 * s0; h01 += s0 * s1; h02 += s0 * gx; h03 += s0 * gy;
          h11 += s1 * s1; h12 += s1 * gx; h13 += s1 * gy;
          h22 += gx * gx; h23 += gx * gy;
          h33 += gy * gy;
          g0 += s0 * error; g1 += s1 * error; g2 += gx * error; g3 += gy * error;
        }
      }
      hessian[0] = h00; hessian[1] = h01; hessian[2] = h02; hessian[3] = h03;
      hessian[5] = h11; hessian[6] = h12; hessian[7] = h13;
      hessian[10] = h22; hessian[11] = h23;
      hessian[15] = h33;
      gradient[0] = g0; gradient[1] = g1; gradient[2] = g2; gradient[3] = g3;
      for (let row = 0; row < 4; row += 1) for (let column = 0; column < row; column += 1) hessian[row * 4 + column] = hessian[column * 4 + row]!;
      if (count < 16) {
        observable = false;
        break;
      }
      // why: a flat image leaves the Hessian near zero: its motion is unknowable (reported as not observable).
      const textureX = hessian[2 * 4 + 2]! / count;
      const textureY = hessian[3 * 4 + 3]! / count;
      if (levelIndex === 0 && Math.max(textureX, textureY) < minimumTexture) observable = false;
      const radiusSquared = (centreX * centreX + centreY * centreY) / 2;
      hessian[0] = hessian[0]! + ridge * count * radiusSquared;
      hessian[5] = hessian[5]! + ridge * count * radiusSquared;
      hessian[10] = hessian[10]! + ridge * count;
      hessian[15] = hessian[15]! + ridge * count;
      const delta = solve4(hessian, gradient);
      if (!delta) {
        observable = false;
        break;
      }
      warp = composeInverse(warp, delta[0]!, delta[1]!, delta[2]!, delta[3]!);
      const radius = Math.hypot(centreX, centreY);
      const change = Math.hypot(delta[2]!, delta[3]!) + Math.hypot(delta[0]!, delta[1]!) * radius;
      if (change < 0.003) break;
    }
    warp = [warp[0], warp[1], warp[2] * levelScale, warp[3], warp[4], warp[5] * levelScale];
  }
  const { difference, residual, residualAfterGain } = differences(finest, to[0]!, warp);
  return {
    translationX: warp[2],
    translationY: warp[5],
    scale: Math.hypot(warp[0], warp[3]),
    rotation: Math.atan2(warp[3], warp[0]),
    observable: observable && Number.isFinite(warp[2]) && Number.isFinite(warp[5]),
    difference,
    residual,
    residualAfterGain,
  };
}

// Scratch buffers of `differences`, grown as needed and reused (JavaScript runs one call at a time).
let scratchWarped = new Float32Array(0);
let scratchValid = new Uint8Array(0);

function differences(template: PyramidLevel, image: PyramidLevel, warp: Warp): { difference: number; residual: number; residualAfterGain: number } {
  const { width, height } = template;
  const centreX = (width - 1) / 2;
  const centreY = (height - 1) / 2;
  let raw = 0;
  let aligned = 0;
  let alignedCount = 0;
  let crossProduct = 0;
  let templateSquares = 0;
  let imageSquares = 0;
  if (scratchWarped.length < width * height) {
    scratchWarped = new Float32Array(width * height);
    scratchValid = new Uint8Array(width * height);
  }
  const warped = scratchWarped;
  const valid = scratchValid;
  valid.fill(0, 0, width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = y * width + x;
      raw += Math.abs(image.values[index]! - template.values[index]!);
      const u = x - centreX;
      const v = y - centreY;
      const warpedX = warp[0] * u + warp[1] * v + warp[2] + centreX;
      const warpedY = warp[3] * u + warp[4] * v + warp[5] + centreY;
      if (warpedX < 0 || warpedY < 0 || warpedX >= width - 1 || warpedY >= height - 1) continue;
      const value = sample(image, warpedX, warpedY);
      const reference = template.values[index]!;
      warped[index] = value;
      valid[index] = 1;
      aligned += Math.abs(value - reference);
      alignedCount += 1;
      crossProduct += value * reference;
      templateSquares += reference * reference;
      imageSquares += value * value;
    }
  }
  const rawMean = raw / (width * height);
  if (alignedCount === 0) return { difference: rawMean, residual: rawMean, residualAfterGain: rawMean };
  // gain either way round: image ≈ g·template (fade out) or template ≈ g·image (fade in from black)
  const gainForward = templateSquares > 0 ? crossProduct / templateSquares : 0;
  const gainBackward = imageSquares > 0 ? crossProduct / imageSquares : 0;
  let forward = 0;
  let backward = 0;
  for (let index = 0; index < width * height; index += 1) {
    if (!valid[index]) continue;
    forward += Math.abs(warped[index]! - gainForward * template.values[index]!);
    backward += Math.abs(template.values[index]! - gainBackward * warped[index]!);
  }
  return { difference: rawMean, residual: aligned / alignedCount, residualAfterGain: Math.min(forward, backward) / alignedCount };
}
