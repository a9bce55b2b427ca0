/** Small hand-made frames for the cut rules' unit tests: the measures are set directly, not computed. */
import { cutNeighbourhood } from '../cuts/cut-frame.js';
import type { CutFrame, CutNeighbourhood, FrameMotion } from '../cuts/cut-frame.js';

export const steadyMotion: FrameMotion = { residual: 0.005, logScale: 0, rotation: 0, shift: 0.004, observable: true };

/** A frame with the given measures (a flat grey picture unless `grey` is given). */
export function cutFrame(index: number, measures: Partial<Omit<CutFrame, 'index'>> & { grey?: number } = {}): CutFrame {
  const grey = measures.grey ?? 120;
  return {
    index,
    rgb: measures.rgb ?? new Float32Array(12).fill(grey),
    lab: measures.lab ?? new Float64Array(12),
    luma: measures.luma ?? grey / 255,
    distance: measures.distance ?? 1,
    paletteDistance: measures.paletteDistance ?? 0.5,
    gainResidual: measures.gainResidual ?? 0.004,
    whiteResidual: measures.whiteResidual ?? 0.05,
    palette: measures.palette ?? [{ lab: [50, 0, 0], coverage: 1 }],
    motion: 'motion' in measures ? measures.motion : index === 0 ? undefined : steadyMotion,
  };
}

/** `count` ordinary frames with `special` (by index) replaced, and the neighbourhood of frame `at`. */
export function neighbourhoodOf(count: number, at: number, special: Record<number, Partial<Omit<CutFrame, 'index'>>> = {}): CutNeighbourhood {
  const history = Array.from({ length: count }, (_, index) => cutFrame(index, special[index] ?? {}));
  return cutNeighbourhood(history, at);
}
