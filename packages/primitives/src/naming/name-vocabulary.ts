import { colorNameIndex } from './color-name-index.js';

/**
 * The curated English words motionreg adds to dataset colour names and uses for sounds, motions and
 * blends. Every generated name is built only from these words and the words of color-name-list, which
 * is what {@link isKnownNameWord} checks. Each list is ordered: the first word is the plainest.
 */
export const colorQualifierWords = {
  lighter: ['Light', 'Pale', 'Pastel'],
  darker: ['Dark', 'Deep', 'Dusky'],
  moreChroma: ['Vivid', 'Bright', 'Rich'],
  lessChroma: ['Muted', 'Soft', 'Dull'],
  warmer: ['Warm'],
  cooler: ['Cool'],
  /** Hue shifts, by the direction the colour moves in the a*b* plane (see `name-color.ts`). */
  tint: ['Reddish', 'Orangish', 'Yellowish', 'Greenish', 'Bluish', 'Purplish'],
} as const;

/** Sound words: strength tiers (quietest first), pitch tiers (lowest first), nouns and textures by primitive. */
export const soundWords = {
  strength: [
    ['faint', 'quiet', 'hushed'],
    ['soft', 'gentle', 'mild'],
    ['steady', 'full', 'firm'],
    ['loud', 'strong', 'heavy'],
  ],
  pitch: [
    ['deep', 'sunken', 'bass'],
    ['low', 'dark', 'husky'],
    ['mellow', 'warm', 'round'],
    ['high', 'bright', 'clear'],
    ['shrill', 'airy', 'crisp'],
  ],
  noun: {
    silence: ['silence', 'hush', 'stillness', 'lull', 'quiet'],
    rumble: ['rumble', 'drone', 'roar', 'growl', 'thunder'],
    tone: ['tone', 'hum', 'note', 'ring', 'chime', 'whistle'],
    hiss: ['hiss', 'rustle', 'whisper', 'static', 'sizzle', 'wash'],
  },
  texture: {
    silence: ['sparse', 'broken', 'gapped'],
    rumble: ['rumbling', 'booming', 'throaty'],
    tone: ['ringing', 'humming', 'tonal'],
    hiss: ['hissing', 'breathy', 'grainy'],
  },
  stillness: ['deep', 'calm', 'empty'],
} as const;

/** Motion words by measured speed, direction, rhythm and smoothness. */
export const motionWords = {
  speed: {
    static: ['still', 'frozen', 'idle'],
    slow: ['slow', 'gentle', 'lazy', 'languid'],
    medium: ['steady', 'easy', 'even', 'measured'],
    fast: ['quick', 'rapid', 'swift', 'brisk'],
  },
  noun: {
    none: { static: ['hold', 'pause', 'rest'], slow: ['shimmer', 'stir', 'tremor'], medium: ['flicker', 'stir', 'quiver'], fast: ['flutter', 'jitter', 'shudder'] },
    horizontal: { static: ['hold', 'pause', 'rest'], slow: ['drift', 'glide', 'slide'], medium: ['glide', 'slide', 'sweep'], fast: ['sweep', 'dash', 'streak', 'rush'] },
    vertical: { static: ['hold', 'pause', 'rest'], slow: ['rise', 'float', 'lift'], medium: ['lift', 'climb', 'rise'], fast: ['leap', 'surge', 'shoot'] },
    diagonal: { static: ['hold', 'pause', 'rest'], slow: ['slant', 'drift', 'lean'], medium: ['slant', 'sweep', 'cross'], fast: ['streak', 'slash', 'dart'] },
    radial: { static: ['hold', 'pause', 'rest'], slow: ['bloom', 'swell', 'spread'], medium: ['swell', 'spread', 'ripple'], fast: ['burst', 'flare', 'blast'] },
  },
  rhythm: {
    steady: ['steady', 'even', 'regular'],
    pulsing: ['pulsing', 'throbbing', 'beating'],
    wave: ['rolling', 'swaying', 'undulating'],
    random: ['erratic', 'restless', 'wandering'],
  },
  smoothness: {
    jerky: ['jerky', 'jolting', 'halting'],
    rough: ['rough', 'choppy', 'rugged'],
    smooth: ['smooth', 'silky', 'easy'],
    fluid: ['fluid', 'flowing', 'liquid'],
  },
} as const;

/** Blend words: a noun per domain and adjectives for origin values whose own spelling is not a plain word. */
export const blendWords = {
  noun: {
    blends: ['blend', 'mix', 'medley', 'fusion', 'weave'],
    color: ['tint', 'hue', 'shade', 'cast'],
    lighting: ['light', 'glow', 'gleam', 'shade'],
    motion: ['motion', 'movement', 'flow', 'shift'],
    camera: ['shot', 'move', 'view', 'take'],
    gradient: ['fade', 'wash', 'gradient', 'ramp'],
    composition: ['frame', 'layout', 'arrangement', 'balance'],
    temporal: ['pace', 'rhythm', 'tempo', 'cadence'],
    transition: ['passage', 'fade', 'change', 'turn'],
    sound: ['sound', 'chord', 'murmur', 'timbre'],
  },
  /** Origin values (as spelled in `origins.ts`) mapped to an adjective. Values not listed are used as spelled when every word of them is known. */
  adjective: {
    static: 'still', medium: 'steady', golden_hour: 'golden', documentary: 'plain', chiaroscuro: 'shadowed',
    high: 'stark', normal: 'even', zoom: 'zooming', zoom_out: 'receding', whip_pan: 'whipping', birds_eye: 'overhead',
    pan: 'panning', tilt: 'tilting', dolly: 'gliding', crane: 'soaring', roll: 'rolling', truck: 'sliding',
    pedestal: 'rising', arc: 'arcing', rotate: 'turning', tracking: 'tracking', handheld: 'handheld',
    ease_in: 'easing', ease_out: 'settling', ease_in_out: 'eased', slow_build: 'building', immediate: 'sudden',
    left_heavy: 'leftward', right_heavy: 'rightward', top_heavy: 'lofty', bottom_heavy: 'grounded',
    extreme_close: 'intimate', close: 'close', pov: 'personal', wide: 'wide', rare: 'sparse', rapid: 'rapid',
    gray: 'grey', none: 'plain', in_out: 'crossing', 'b-roll': 'incidental',
  } as Record<string, string>,
  extra: ['and', 'with', 'over', 'into'],
} as const;

function collectWords(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const word of value.split(' ')) into.add(word.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const item of value) collectWords(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectWords(item, into);
  }
}

/** Every curated word (lower case): the qualifier, sound, motion and blend vocabularies above. */
export const curatedNameWords: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  collectWords([colorQualifierWords, soundWords, motionWords, blendWords], words);
  return words;
})();

/**
 * True when `word` (any case) is a word motionreg may put in a name: a curated English word
 * ({@link curatedNameWords}) or a word of a usable color-name-list name. Digits never pass.
 *
 * @example
 * ```ts
 * isKnownNameWord('Pale');      // true (curated)
 * isKnownNameWord('Cerulean');  // true (colour-name dataset)
 * isKnownNameWord('Velvetber'); // false
 * ```
 */
export function isKnownNameWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  const lower = word.toLowerCase();
  return curatedNameWords.has(lower) || colorNameIndex().words.has(lower);
}
