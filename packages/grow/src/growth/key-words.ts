/*
 * Words for the parts of registry keys. Each list gives one distinct English word per quantised value,
 * so the words of a key name it uniquely within its aspect (the `detail` of a naming hint): the
 * fallback that keeps a busy registry nameable without digits.
 */

/** A word for each gradient strength band (see `gradientStrengthBand`). */
export const gradientStrengthWords = ['still', 'faint', 'slight', 'light', 'mild', 'moderate', 'marked', 'strong', 'intense'] as const;
/** A word for each tenth 0.0–1.0 of a brightness. */
export const brightnessWords = ['black', 'murky', 'dark', 'dusky', 'dim', 'medium', 'clear', 'bright', 'brilliant', 'glaring', 'blazing'] as const;
/** A word for each tenth 0.0–1.0 of a contrast. */
export const contrastWords = ['flat', 'level', 'low', 'soft', 'mild', 'balanced', 'firm', 'crisp', 'sharp', 'stark', 'harsh'] as const;
/** Thirds of the frame, across and down. */
export const columnWords = ['left', 'central', 'right'] as const;
export const rowWords = ['top', 'middle', 'bottom'] as const;

/** The word of a tenth (0–1) on a ladder of eleven words. */
export function tenthWord(ladder: readonly string[], value: number): string {
  return ladder[Math.min(10, Math.max(0, Math.round(value * 10)))]!;
}

/** The words of an origin value (`zoom_out` → `zoom out`, `b-roll` → `b roll`), `none` spelled as given. */
export function valueWords(value: string, none = 'plain'): string[] {
  if (value === 'none') return [none];
  return value.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
}
