import { deltaE2000Components, rgbToLabInto } from '@motionreg/primitives';

/** How well one frame's placed colours survived encoding: per colour, the share of its pixels within tolerance. */
export interface FrameFidelity {
  /** Worst share over the frame's colours (1 when no colour was placed). */
  worstShare: number;
  worstColor: string;
  /** Share of all placed pixels within tolerance. */
  overallShare: number;
}

/**
 * Compares a decoded frame with the frame as rendered: every pixel of the source holds a pure colour; its
 * decoded pixel passes when CIEDE2000 between the two is at most `tolerance`. ΔE00 values are memoised
 * per (source, decoded) pair, since flat cells decode to few distinct values.
 */
export function frameFidelity(source: Uint8Array, decoded: Uint8Array, tolerance = 3, memo = new Map<string, number>()): FrameFidelity {
  const placed = new Map<number, number>();
  const passed = new Map<number, number>();
  const lab = new Float64Array(6);
  let total = 0;
  let good = 0;
  for (let offset = 0; offset < source.length; offset += 3) {
    const key = (source[offset]! << 16) | (source[offset + 1]! << 8) | source[offset + 2]!;
    const decodedKey = (decoded[offset]! << 16) | (decoded[offset + 1]! << 8) | decoded[offset + 2]!;
    const memoKey = `${key}:${decodedKey}`;
    let difference = memo.get(memoKey);
    if (difference === undefined) {
      rgbToLabInto(source[offset]!, source[offset + 1]!, source[offset + 2]!, lab, 0);
      rgbToLabInto(decoded[offset]!, decoded[offset + 1]!, decoded[offset + 2]!, lab, 3);
      difference = deltaE2000Components(lab[0]!, lab[1]!, lab[2]!, lab[3]!, lab[4]!, lab[5]!);
      memo.set(memoKey, difference);
    }
    placed.set(key, (placed.get(key) ?? 0) + 1);
    total += 1;
    if (difference <= tolerance) {
      passed.set(key, (passed.get(key) ?? 0) + 1);
      good += 1;
    }
  }
  let worstShare = 1;
  let worstColor = '';
  for (const [key, count] of placed) {
    const share = (passed.get(key) ?? 0) / count;
    if (share < worstShare) {
      worstShare = share;
      worstColor = `${key >> 16},${(key >> 8) & 255},${key & 255}`;
    }
  }
  return { worstShare, worstColor, overallShare: total > 0 ? good / total : 1 };
}
