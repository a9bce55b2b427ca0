/**
 * The one pass over a frame's pixels. Everything else extraction measures per frame works on what this
 * pass leaves behind: a colour histogram (exact mean colour per bin), luma statistics, a small
 * grey image for motion and a small colour image for cuts, gradient, lighting and composition.
 */

/** Options for {@link FrameSampler}. */
export interface FrameSamplerOptions {
  /**
   * Pixels to visit per frame at most; the sampling stride is the smallest that stays under it.
   * why: 720p has 921,600 pixels and extraction must keep pace with ffmpeg's decoder; a regular grid of
   * ~65k samples gives coverage within a fraction of a percent (exact for cells on a multiple of the stride).
   * @default 65536
   */
  maxSamples?: number;
  /** Longest side of the grey motion image in pixels. @default 160 */
  motionSize?: number;
  /** Longest side of the colour thumbnail in cells. @default 32 */
  thumbnailSize?: number;
}

/** Bits kept per channel for the histogram: 5 bits → 32,768 bins of 8 levels per channel. */
export const histogramBits = 5;
const binShift = 8 - histogramBits;
const binMask = (0xff << binShift) & 0xff;
const binCount = 1 << (3 * histogramBits);

// Rec.709 luma weights scaled to sum to 256 (54 + 183 + 19), so luma sums stay integers.
const lumaRed = 54;
const lumaGreen = 183;
const lumaBlue = 19;

/** A small image: `values` row-major, `channels` values per pixel. */
export interface SmallImage {
  width: number;
  height: number;
  channels: number;
  values: Float32Array;
}

/** Per-frame sampler; reuses its buffers, so outputs are valid until the next {@link FrameSampler.sample}. */
export class FrameSampler {
  readonly width: number;
  readonly height: number;
  readonly stride: number;
  /** Histogram: sample count per bin, and summed R, G, B per bin (for the exact mean colour). */
  readonly binCounts = new Uint32Array(binCount);
  readonly binRed = new Uint32Array(binCount);
  readonly binGreen = new Uint32Array(binCount);
  readonly binBlue = new Uint32Array(binCount);
  /** Bins that received samples in the last frame (the first `touchedCount` entries). */
  readonly touched = new Uint32Array(binCount);
  touchedCount = 0;
  sampleCount = 0;
  /** Mean Rec.709 luma of the samples, 0–1. */
  brightness = 0;
  /** Standard deviation of the samples' luma, 0–1 (0.5 for half black, half white). */
  lumaDeviation = 0;
  /** Grey (luma 0–1) image for motion, box-averaged from the samples. */
  readonly motion: SmallImage;
  /** RGB (0–255) thumbnail, box-averaged from the samples. */
  readonly thumbnail: SmallImage;

  private readonly sampleXs: Int32Array;
  private readonly sampleYs: Int32Array;
  private readonly thumbXs: Int32Array;
  private readonly thumbYs: Int32Array;
  private readonly motionColumn: Int32Array;
  private readonly motionRow: Int32Array;
  private readonly motionWeight: Float32Array;
  private readonly thumbColumn: Int32Array;
  private readonly thumbRow: Int32Array;
  private readonly thumbWeight: Float32Array;

  constructor(width: number, height: number, options: FrameSamplerOptions = {}) {
    this.width = width;
    this.height = height;
    const maxSamples = options.maxSamples ?? 65_536;
    this.stride = Math.max(1, Math.ceil(Math.sqrt((width * height) / maxSamples)));
    // why: start half a stride in, so a regular pattern of cells is sampled at its centres, not its edges.
    const start = Math.floor(this.stride / 2);
    this.sampleXs = Int32Array.from({ length: Math.ceil((width - start) / this.stride) }, (_, index) => start + index * this.stride);
    this.sampleYs = Int32Array.from({ length: Math.ceil((height - start) / this.stride) }, (_, index) => start + index * this.stride);

    // why: whole-pixel cells (an integer factor) keep the small images free of uneven-cell distortion.
    const motionFactor = Math.max(1, Math.ceil(Math.max(width, height) / (options.motionSize ?? 160)));
    const thumbFactor = Math.max(1, Math.ceil(Math.max(width, height) / (options.thumbnailSize ?? 32)));
    const motionWidth = Math.max(1, Math.floor(width / motionFactor));
    const motionHeight = Math.max(1, Math.floor(height / motionFactor));
    const thumbWidth = Math.max(1, Math.floor(width / thumbFactor));
    const thumbHeight = Math.max(1, Math.floor(height / thumbFactor));
    this.motion = { width: motionWidth, height: motionHeight, channels: 1, values: new Float32Array(motionWidth * motionHeight) };
    this.thumbnail = { width: thumbWidth, height: thumbHeight, channels: 3, values: new Float32Array(thumbWidth * thumbHeight * 3) };
    const cellOf = (positions: Int32Array, factor: number, cells: number) =>
      Int32Array.from(positions, (position) => Math.min(cells - 1, Math.floor(position / factor)));
    this.motionColumn = cellOf(this.sampleXs, motionFactor, motionWidth);
    this.motionRow = cellOf(this.sampleYs, motionFactor, motionHeight);
    // why: the thumbnail is a coarse picture (cells of tens of pixels); a sparser grid of its own, about
    // 16 samples per cell, costs a fraction of the main pass.
    const thumbStride = Math.max(this.stride, Math.floor(thumbFactor / 4));
    const thumbStart = Math.floor(thumbStride / 2);
    this.thumbXs = Int32Array.from({ length: Math.ceil((width - thumbStart) / thumbStride) }, (_, index) => thumbStart + index * thumbStride);
    this.thumbYs = Int32Array.from({ length: Math.ceil((height - thumbStart) / thumbStride) }, (_, index) => thumbStart + index * thumbStride);
    this.thumbColumn = cellOf(this.thumbXs, thumbFactor, thumbWidth);
    this.thumbRow = cellOf(this.thumbYs, thumbFactor, thumbHeight);
    this.motionWeight = this.cellWeights(this.motionColumn, this.motionRow, motionWidth, motionHeight);
    this.thumbWeight = this.cellWeights(this.thumbColumn, this.thumbRow, thumbWidth, thumbHeight);
  }

  /** 1 / (samples per cell), so accumulated sums become means with one multiply. */
  private cellWeights(columns: Int32Array, rows: Int32Array, cellsX: number, cellsY: number): Float32Array {
    const counts = new Float32Array(cellsX * cellsY);
    for (const row of rows) for (const column of columns) counts[row * cellsX + column]! += 1;
    return counts.map((count) => (count > 0 ? 1 / count : 0));
  }

  /** Visits the frame's samples once (rgb24, `width * height * 3` bytes). */
  sample(data: Uint8Array): void {
    const { binCounts, binRed, binGreen, binBlue, touched, sampleXs, sampleYs, motionColumn, motionRow } = this;
    for (let index = 0; index < this.touchedCount; index += 1) {
      const bin = touched[index]!;
      binCounts[bin] = 0;
      binRed[bin] = 0;
      binGreen[bin] = 0;
      binBlue[bin] = 0;
    }
    const motion = this.motion.values;
    motion.fill(0);
    const motionWidth = this.motion.width;
    const rowBytes = this.width * 3;
    const step = this.stride * 3;
    const firstColumn = sampleXs[0]! * 3;
    let touchedCount = 0;
    let lumaSum = 0;
    let lumaSquares = 0;
    const columns = sampleXs.length;
    // The hot loop: a pointer walks each sampled row (no per-sample index lookups but the motion cell).
    for (let yIndex = 0; yIndex < sampleYs.length; yIndex += 1) {
      const motionRowStart = motionRow[yIndex]! * motionWidth;
      let pixel = sampleYs[yIndex]! * rowBytes + firstColumn;
      for (let xIndex = 0; xIndex < columns; xIndex += 1, pixel += step) {
        const red = data[pixel]!;
        const green = data[pixel + 1]!;
        const blue = data[pixel + 2]!;
        const bin = ((red & binMask) << (2 * histogramBits - binShift)) | ((green & binMask) << (histogramBits - binShift)) | (blue >> binShift);
        const count = binCounts[bin]!;
        if (count === 0) touched[touchedCount++] = bin;
        binCounts[bin] = count + 1;
        binRed[bin]! += red;
        binGreen[bin]! += green;
        binBlue[bin]! += blue;
        const luma = lumaRed * red + lumaGreen * green + lumaBlue * blue;
        lumaSum += luma;
        lumaSquares += luma * luma;
        motion[motionRowStart + motionColumn[xIndex]!]! += luma;
      }
    }
    this.sampleThumbnail(data);
    this.touchedCount = touchedCount;
    const count = sampleYs.length * columns;
    this.sampleCount = count;
    const lumaScale = 1 / (255 * 256);
    const mean = lumaSum / count;
    this.brightness = mean * lumaScale;
    this.lumaDeviation = Math.sqrt(Math.max(0, lumaSquares / count - mean * mean)) * lumaScale;
    const motionWeight = this.motionWeight;
    for (let cell = 0; cell < motion.length; cell += 1) motion[cell] = motion[cell]! * motionWeight[cell]! * lumaScale;
  }

  /** The RGB thumbnail from its own sparser grid. */
  private sampleThumbnail(data: Uint8Array): void {
    const thumb = this.thumbnail.values;
    thumb.fill(0);
    const { thumbXs, thumbYs, thumbColumn, thumbRow } = this;
    const thumbWidth = this.thumbnail.width;
    const rowBytes = this.width * 3;
    for (let yIndex = 0; yIndex < thumbYs.length; yIndex += 1) {
      const rowStart = thumbYs[yIndex]! * rowBytes;
      const cellRow = thumbRow[yIndex]! * thumbWidth;
      for (let xIndex = 0; xIndex < thumbXs.length; xIndex += 1) {
        const pixel = rowStart + thumbXs[xIndex]! * 3;
        const cell = (cellRow + thumbColumn[xIndex]!) * 3;
        thumb[cell]! += data[pixel]!;
        thumb[cell + 1]! += data[pixel + 1]!;
        thumb[cell + 2]! += data[pixel + 2]!;
      }
    }
    const thumbWeight = this.thumbWeight;
    for (let cell = 0; cell < thumbWeight.length; cell += 1) {
      const weight = thumbWeight[cell]!;
      thumb[cell * 3] = thumb[cell * 3]! * weight;
      thumb[cell * 3 + 1] = thumb[cell * 3 + 1]! * weight;
      thumb[cell * 3 + 2] = thumb[cell * 3 + 2]! * weight;
    }
  }
}
