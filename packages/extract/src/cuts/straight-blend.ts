import type { CutFrame } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { labDistance } from './frame-change.js';

/**
 * Whether frames `first` … `last` (with `inner` between them) form a gradual transition: every inner frame
 * lies close to the straight blend (1 − α)·first + α·last of the thumbnails' RGB (encoders blend
 * gamma-coded values), α rising about as evenly as its place in the run (fades and dissolves progress
 * evenly; a still frame beside a cut does not), and the ends differ by `gradualTotal`. Returns the type —
 * `fade` when an end is black or white — or null.
 */
export function straightBlend(first: CutFrame, last: CutFrame, inner: readonly CutFrame[], thresholds: Pick<CutThresholds, 'gradualTotal' | 'blendResidual' | 'blackLuma'>): 'fade' | 'dissolve' | null {
  if (inner.length < 1) return null;
  if (labDistance(first.lab, last.lab) < thresholds.gradualTotal) return null;
  const span = new Float64Array(first.rgb.length);
  let spanSquared = 0;
  for (let k = 0; k < span.length; k += 1) {
    span[k] = last.rgb[k]! - first.rgb[k]!;
    spanSquared += span[k]! * span[k]!;
  }
  if (spanSquared <= 0) return null;
  let residualSum = 0;
  let previousAlpha = -Infinity;
  const steps = inner.length + 1;
  for (const [position, frame] of inner.entries()) {
    let dot = 0;
    for (let k = 0; k < span.length; k += 1) dot += (frame.rgb[k]! - first.rgb[k]!) * span[k]!;
    const alpha = dot / spanSquared;
    let residual = 0;
    for (let k = 0; k < span.length; k += 1) residual += (frame.rgb[k]! - first.rgb[k]! - alpha * span[k]!) ** 2;
    residualSum += Math.sqrt(residual / spanSquared);
    if (alpha < previousAlpha - 0.05 || Math.abs(alpha - (position + 1) / steps) > 0.3) return null;
    previousAlpha = alpha;
  }
  if (residualSum / inner.length > thresholds.blendResidual) return null;
  const plain = (frame: CutFrame) => frame.luma <= thresholds.blackLuma || frame.luma >= 1 - thresholds.blackLuma;
  return plain(first) || plain(last) ? 'fade' : 'dissolve';
}
