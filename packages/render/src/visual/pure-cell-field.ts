import type { CameraTransform, MotionDirection, Rgb } from '@motionreg/primitives';
import { hash2, hash3 } from '../hash/cell-hash.js';
import type { ContentClock } from './content-clock.js';

/**
 * Pixels per side of the square blocks every frame is sampled in. With 2 × 2 blocks each block of the
 * H.264 4:2:0 chroma grid holds exactly one colour, so chroma subsampling (with `-sws_flags neighbor`)
 * never mixes two placed colours; motion is still resolved to 2 px.
 */
export const blockSize = 2;

/** Inputs of {@link PureCellField}. */
export interface PureCellFieldOptions {
  width: number;
  height: number;
  /** Edge of a world cell in world pixels. */
  cellSize: number;
  /** The pure colours and their placement weights. */
  colors: readonly { rgb: Rgb; weight: number }[];
  clock: ContentClock;
  /** Direction in which cell changes sweep across the world (`none`: every cell has its own phase). */
  direction: MotionDirection;
  /** Mirror the world left–right about the frame's starting centre line. */
  symmetric: boolean;
}

/** Entries of the per-frame cell cache (a power of two). */
const cacheSize = 4096;

/** Slots of the weighted colour table: a hash picks a slot, a slot names a colour. */
function buildColorTable(weights: readonly number[]): Uint16Array {
  const size = Math.max(4096, 1 << Math.ceil(Math.log2(weights.length * 8)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // largest-remainder apportionment, at least one slot per colour so every colour can be placed
  const exact = weights.map((weight) => (weight / total) * (size - weights.length));
  const slots = exact.map((value) => 1 + Math.floor(value));
  let left = size - slots.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let position = 0; left > 0; position = (position + 1) % order.length, left -= 1) slots[order[position]!.index]! += 1;
  const table = new Uint16Array(size);
  let offset = 0;
  slots.forEach((count, index) => {
    table.fill(index, offset, offset + count);
    offset += count;
  });
  return table;
}

/**
 * The pure-per-frame picture: an infinite world of square cells, each holding one pure colour chosen by
 * a seeded hash of (cell x, cell y, epoch, seed) from a weighted table, seen through the camera. The epoch
 * of a cell advances with the content clock at the cell's own phase, so a share of the cells takes a new
 * colour every frame while the rest stay put: the frame changes from frame to frame, yet consecutive
 * frames share most of their content, which is what lets the camera be measured.
 *
 * Each 2 × 2 block takes the colour of the world point under its centre, so every pixel holds exactly one
 * of the pool's colours and the per-colour pixel counts are exact.
 */
export class PureCellField {
  readonly colorCount: number;
  private readonly width: number;
  private readonly height: number;
  private readonly inverseCell: number;
  private readonly table: Uint16Array;
  private readonly tableMask: number;
  private readonly palette: Uint8Array;
  private readonly clock: ContentClock;
  private readonly direction: MotionDirection;
  private readonly mirrorColumn: number | null;
  private readonly sweepPeriod = 16;
  // why: a 16 px cell spans eight block rows, so each cell would be hashed eight times per frame; a small
  // direct-mapped cache, stamped per render call, keeps each cell's colour for the rest of the frame.
  private readonly cacheX = new Int32Array(cacheSize);
  private readonly cacheY = new Int32Array(cacheSize);
  private readonly cacheStamp = new Int32Array(cacheSize);
  private readonly cacheColor = new Int32Array(cacheSize);
  private readonly cacheChanged = new Uint8Array(cacheSize);
  private stamp = 0;

  constructor(options: PureCellFieldOptions) {
    if (options.colors.length === 0) throw new RangeError('PureCellField needs at least one colour');
    this.width = options.width;
    this.height = options.height;
    this.inverseCell = 1 / options.cellSize;
    this.table = buildColorTable(options.colors.map((color) => color.weight));
    this.tableMask = this.table.length - 1;
    this.palette = new Uint8Array(options.colors.length * 3);
    options.colors.forEach((color, index) => this.palette.set(color.rgb, index * 3));
    this.colorCount = options.colors.length;
    this.clock = options.clock;
    this.direction = options.direction;
    this.mirrorColumn = options.symmetric ? Math.round(options.width / 2 / options.cellSize) : null;
  }

  /** The phase (0–1) at which a cell changes: its own random phase, or a sweep along the motion direction. */
  private phaseOf(cellX: number, cellY: number, seed: number): number {
    const period = this.sweepPeriod;
    let phase: number;
    switch (this.direction) {
      case 'horizontal': phase = (((cellX % period) + period) % period) / period; break;
      case 'vertical': phase = (((cellY % period) + period) % period) / period; break;
      case 'diagonal': phase = ((((cellX + cellY) % period) + period) % period) / period; break;
      case 'radial': phase = (Math.floor(Math.hypot(cellX, cellY)) % period) / period; break;
      default: phase = hash2(cellX, cellY, seed) / 4294967296;
    }
    const groups = this.clock.phaseGroups;
    return groups > 0 ? Math.floor(phase * groups) / groups : phase;
  }

  /**
   * Renders one frame into `target` (rgb24, width × height × 3) and adds each colour's pixel count into
   * `counts` (indexed like the constructor's colours). Returns the number of pixels whose cell changed
   * colour since `previousFrame` (pass -1 for none).
   */
  render(target: Uint8Array, camera: CameraTransform, frame: number, previousFrame: number, seed: number, counts: Float64Array): number {
    const { width, height, table, tableMask, palette, inverseCell } = this;
    const now = (this.clock.values[frame] ?? 0) / this.clock.lifetime;
    const before = previousFrame >= 0 ? (this.clock.values[previousFrame] ?? 0) / this.clock.lifetime : Number.NaN;
    const radians = (camera.rotationDegrees * Math.PI) / 180;
    // world = camera + R(−θ)·(p − centre) / scale
    const cosine = Math.cos(radians) / camera.scale;
    const sine = Math.sin(radians) / camera.scale;
    const centreX = width / 2;
    const centreY = height / 2;
    const stepX = cosine * blockSize;
    const stepY = -sine * blockSize;
    const rowBytes = width * 3;
    const mirror = this.mirrorColumn;
    let changedPixels = 0;
    // stamps start at 1, so the zero-filled cache never matches; wrapping after 2^31 frames is harmless
    this.stamp = (this.stamp % 0x7fffffff) + 1;
    const stamp = this.stamp;
    let cachedX = Number.NaN;
    let cachedY = Number.NaN;
    let cachedColor = 0;
    let cachedChanged = false;
    const blockPixels = blockSize * blockSize;
    let red = 0;
    let green = 0;
    let blue = 0;
    for (let blockY = 0; blockY < height; blockY += blockSize) {
      const dy = blockY + blockSize / 2 - centreY;
      const dx = blockSize / 2 - centreX;
      let worldX = camera.x + cosine * dx + sine * dy;
      let worldY = camera.y - sine * dx + cosine * dy;
      let offset = blockY * rowBytes;
      // blocks of the current run of one cell, counted once when the run ends
      let run = 0;
      for (let blockX = 0; blockX < width; blockX += blockSize) {
        let cellX = Math.floor(worldX * inverseCell);
        const cellY = Math.floor(worldY * inverseCell);
        if (mirror !== null && cellX < mirror) cellX = 2 * mirror - 1 - cellX;
        if (cellX !== cachedX || cellY !== cachedY) {
          if (run > 0) {
            counts[cachedColor]! += run * blockPixels;
            if (cachedChanged) changedPixels += run * blockPixels;
            run = 0;
          }
          cachedX = cellX;
          cachedY = cellY;
          const slot = (Math.imul(cellX, 73856093) ^ Math.imul(cellY, 19349663)) & (cacheSize - 1);
          if (this.cacheStamp[slot] === stamp && this.cacheX[slot] === cellX && this.cacheY[slot] === cellY) {
            cachedColor = this.cacheColor[slot]!;
            cachedChanged = this.cacheChanged[slot] === 1;
          } else {
            const phase = this.phaseOf(cellX, cellY, seed);
            const epoch = Math.floor(now + phase);
            cachedColor = table[hash3(cellX, cellY, epoch, seed) & tableMask]!;
            cachedChanged = false;
            if (before === before) {
              const previousEpoch = Math.floor(before + phase);
              cachedChanged = previousEpoch !== epoch && table[hash3(cellX, cellY, previousEpoch, seed) & tableMask]! !== cachedColor;
            }
            this.cacheStamp[slot] = stamp;
            this.cacheX[slot] = cellX;
            this.cacheY[slot] = cellY;
            this.cacheColor[slot] = cachedColor;
            this.cacheChanged[slot] = cachedChanged ? 1 : 0;
          }
          red = palette[cachedColor * 3]!;
          green = palette[cachedColor * 3 + 1]!;
          blue = palette[cachedColor * 3 + 2]!;
        }
        target[offset] = red;
        target[offset + 1] = green;
        target[offset + 2] = blue;
        target[offset + 3] = red;
        target[offset + 4] = green;
        target[offset + 5] = blue;
        run += 1;
        offset += 3 * blockSize;
        worldX += stepX;
        worldY += stepY;
      }
      counts[cachedColor]! += run * blockPixels;
      if (cachedChanged) changedPixels += run * blockPixels;
      // why: both pixel rows of a block are identical; copy the first instead of sampling again.
      target.copyWithin((blockY + 1) * rowBytes, blockY * rowBytes, (blockY + 1) * rowBytes);
    }
    return changedPixels;
  }
}
