/**
 * What the cut detector keeps of each frame, and the neighbourhood every cut rule looks at.
 */

/** A frame's dominant colours (Lab and coverage), as the detector compares them. */
export interface PaletteColor {
  lab: readonly [number, number, number] | [number, number, number];
  coverage: number;
}

/** The motion between a frame and the previous one, as the detector uses it. */
export interface FrameMotion {
  /** Mean absolute grey difference after alignment and one brightness gain (0–1). */
  residual: number;
  logScale: number;
  rotation: number;
  /** Translation as a share of the frame diagonal. */
  shift: number;
  observable: boolean;
}

/** One frame as the detector holds it, with its changes from the previous frame (0 for the first). */
export interface CutFrame {
  index: number;
  rgb: Float32Array;
  lab: Float64Array;
  luma: number;
  /** Mean Lab distance of the thumbnails (see `labDistance`). */
  distance: number;
  /** Palette distance (see `paletteDistance`). */
  paletteDistance: number;
  /** Thumbnail change left after one gain (see `gainResidual`). */
  gainResidual: number;
  /** Thumbnail change left after a mix with white (see `whiteMixResidual`). */
  whiteResidual: number;
  palette: PaletteColor[];
  motion: FrameMotion | undefined;
}

/** The frames around the one being decided, as every rule sees them. */
export interface CutNeighbourhood {
  current: CutFrame;
  /** The frame before (undefined for the first). */
  previous: CutFrame | undefined;
  /** The frame after, when known. */
  next: CutFrame | undefined;
  /** ±3 frames (not the clip's first frame, which has no change of its own). */
  around: CutFrame[];
  /** ±5 frames, likewise. */
  wide: CutFrame[];
  /** Any frame still held, by clip index. */
  frame(index: number): CutFrame | undefined;
}

/** The neighbourhood of `history[position]`. */
export function cutNeighbourhood(history: readonly CutFrame[], position: number): CutNeighbourhood {
  const span = (reach: number) => {
    const frames: CutFrame[] = [];
    for (let offset = -reach; offset <= reach; offset += 1) {
      const neighbour = history[position + offset];
      if (offset !== 0 && neighbour && neighbour.index > 0) frames.push(neighbour);
    }
    return frames;
  };
  const first = history[0];
  return {
    current: history[position]!,
    previous: history[position - 1],
    next: history[position + 1],
    around: span(3),
    wide: span(5),
    frame: (index) => (first ? history[index - first.index] : undefined),
  };
}
