import { z } from 'zod';
import { createSeededRandom, knowledgeSchema, parseOrThrow, linguisticEntrySchema, type Knowledge, type LinguisticEntry, type RandomSource } from '@motionreg/primitives';
import type { EnglishVariety } from '../lexicon/lexicon-types.js';
import { createLexicon, isKnownWord, type Lexicon } from '../lexicon/lexicon.js';
import { normalizePrompt } from '../text/normalize-prompt.js';
import { tokenize } from '../text/tokenize.js';

/** One slot a generated prompt was built from: the field it speaks to and the value it asks for. */
export interface PromptSlot {
  /** An instruction path: `camera.motion`, `palette.colors`, `avoid.camera`, `durationSeconds`... */
  field: string;
  value: string | number;
}

/** A generated prompt and the slots it was built from (what interpreting it should recover). */
export interface GeneratedPrompt {
  prompt: string;
  slots: PromptSlot[];
  /** The varieties of English its words came from (`general` for standard words). */
  varieties: EnglishVariety[];
}

/** Options of {@link generatePrompts}. */
export interface GeneratePromptsOptions {
  /** How many prompts. At most 100,000. */
  count: number;
  /** Seed of the choices: the same seed and options give the same prompts. */
  seed: number | string;
  /** Registry knowledge: learned colour names join the colour slots, earlier prompts are avoided. */
  knowledge?: Knowledge;
  /** Grown linguistic entries: their spans count as known slang for the gibberish filter. */
  linguistic?: readonly LinguisticEntry[];
  /** Prompts never to produce (compared case- and space-insensitively). */
  avoid?: Iterable<string>;
  /** Share of slots filled with slang or dialect words rather than standard ones. @default 0.35 */
  variantShare?: number;
}

const optionsSchema = z.object({
  count: z.number().int().min(0).max(100_000),
  seed: z.union([z.number(), z.string()]),
  knowledge: knowledgeSchema.optional(),
  linguistic: z.array(linguisticEntrySchema).optional(),
  variantShare: z.number().min(0).max(1).optional(),
});

/** A way of saying a value: the words, and the variety of English they belong to. */
type Surface = readonly [text: string, variety: EnglishVariety];
interface Pool {
  field: string;
  values: Record<string, readonly Surface[]>;
}

const g = (...texts: string[]): Surface[] => texts.map((text) => [text, 'general']);
const v = (variety: EnglishVariety, ...texts: string[]): Surface[] => texts.map((text) => [text, variety]);

/** Camera moves as noun phrases ("a slow {camera} over..."). */
const cameraPool: Pool = {
  field: 'camera.motion',
  values: {
    pan: [...g('pan', 'panning shot', 'pan across')],
    dolly: [...g('push in', 'dolly shot', 'pull back', 'dolly in')],
    crane: [...g('crane shot', 'jib shot', 'crane up')],
    tracking: [...g('tracking shot', 'follow shot')],
    birds_eye: [...g("bird's eye view", 'drone shot', 'overhead shot', 'top-down shot')],
    arc: [...g('orbit', 'arc shot', 'orbiting shot')],
    zoom: [...g('zoom in', 'crash zoom', 'slow zoom')],
    zoom_out: [...g('zoom out')],
    tilt: [...g('tilt up', 'tilt down')],
    whip_pan: [...g('whip pan')],
    pedestal: [...g('pedestal up')],
    truck: [...g('trucking shot')],
    rotate: [...g('turntable shot')],
    handheld: [...g('handheld shot'), ...v('general', 'run and gun shot')],
    static: [...g('locked-off shot', 'static shot', 'tripod shot')],
  },
};

/** Speed adjectives ("a {speed} ..."). */
const speedPool: Pool = {
  field: 'motion.speed',
  values: {
    slow: [...g('slow', 'unhurried', 'leisurely', 'sluggish', 'languid', 'lazy', 'gentle', 'slow-mo')],
    fast: [...g('fast', 'quick', 'rapid', 'speedy', 'frantic', 'breakneck', 'zippy', 'brisk'), ...v('australian', 'flat out'), ...v('internet', 'sped-up')],
    medium: [...g('moderate', 'steady-paced', 'mid-paced')],
  },
};

/** Places as noun phrases ("over {setting}", "in {setting}"). */
const settingPool: Pool = {
  field: 'narrative.settings',
  values: {
    nature: [
      ...g('a misty forest', 'a quiet lake', 'rolling hills', 'a mountain valley', 'a wildflower meadow', 'a rocky coastline', 'a waterfall', 'the countryside'),
      ...v('scottish', 'a glen', 'the loch', 'the highlands'), ...v('australian', 'the outback', 'the bush', 'a billabong'), ...v('irish', 'the bog'),
      ...v('american', 'the bayou'),
    ],
    urban: [
      ...g('a city street', 'downtown', 'a rooftop', 'a narrow alley', 'a busy intersection', 'a skyline', 'a subway station'),
      ...v('british', 'the high street', 'a council estate'), ...v('american', 'a bodega', 'a brownstone stoop'), ...v('australian', 'a servo'),
    ],
    interior: [
      ...g('a small kitchen', 'a quiet library', 'a hotel corridor', 'an empty warehouse', 'a dim bar', 'a bedroom'),
      ...v('irish', 'the gaff'), ...v('british', 'a bedsit', 'the front room'), ...v('scottish', 'a bothy'), ...v('new_zealand', 'the bach'),
    ],
    studio: [...g('a white studio', 'a photo studio', 'a green screen set')],
    abstract: [...g('an endless void', 'a dreamscape')],
  },
};

/** Tone adjectives ("{tone} and ..."). */
const tonePool: Pool = {
  field: 'narrative.tone',
  values: {
    calm: [...g('calm', 'peaceful', 'serene', 'tranquil', 'relaxed'), ...v('internet', 'chill', 'vibey')],
    energetic: [...g('energetic', 'lively', 'dynamic', 'explosive'), ...v('internet', 'hype', 'bussin'), ...v('irish', 'full of craic'), ...v('australian', 'hectic')],
    dark: [...g('dark', 'sinister', 'haunted', 'macabre', 'menacing', 'eerie')],
    dreamy: [...g('dreamy', 'ethereal', 'surreal', 'whimsical', 'otherworldly')],
    moody: [...g('moody', 'brooding', 'wistful', 'nostalgic', 'pensive'), ...v('scottish', 'dreich')],
    bright: [...g('cheerful', 'sunny', 'vibrant', 'playful'), ...v('scottish', 'bonnie', 'braw'), ...v('welsh', 'lush'), ...v('australian', 'beaut')],
  },
};

/** Lighting as phrases ("in {lighting}", "at {lighting}"). */
const lightingPool: Pool = {
  field: 'lighting.preset',
  values: {
    golden_hour: [...g('golden hour', 'magic hour', 'golden light'), ...v('scottish', 'the gloaming')],
    neon: [...g('neon light', 'a neon glow', 'neon signs'), ...v('australian', 'fluoro light')],
    noir: [...g('film noir shadows', 'noir lighting', 'low-key lighting')],
    moody: [...g('candlelight', 'dim light', 'low light')],
    documentary: [...g('natural daylight', 'broad daylight', 'available light')],
  },
};

/** Sound as phrases ("with {audio}"). */
const audioPool: Pool = {
  field: 'audio.presence',
  values: {
    music: [...g('a jazz soundtrack', 'a piano melody', 'orchestral strings', 'a techno beat'), ...v('internet', 'lo-fi beats', 'a banger'), ...v('british', 'a proper choon'), ...v('irish', 'a trad session')],
    ambient: [...g('ambient birdsong', 'room tone', 'distant traffic noise', 'a soft hum')],
    sfx: [...g('sound effects', 'whooshes and impacts', 'foley footsteps')],
    silence: [...g('total silence', 'no sound at all')],
  },
};

/** Camera moves that read naturally after "no" ("no {avoid}"). */
const avoidCameraPool: Pool = { field: 'avoid.camera', values: { zoom: g('zoom', 'zooms'), pan: g('pan', 'panning'), handheld: g('handheld'), tilt: g('tilt') } };
const avoidPresencePool: Pool = { field: 'avoid.presence', values: { music: g('music', 'soundtrack'), sfx: g('sound effects') } };

const standardColors = [
  'crimson', 'teal', 'amber', 'violet', 'turquoise', 'magenta', 'scarlet', 'indigo', 'ochre', 'maroon', 'navy', 'olive', 'coral', 'lavender',
  'chartreuse', 'vermilion', 'cerulean', 'azure', 'emerald', 'sapphire', 'ivory', 'charcoal', 'beige', 'cyan', 'burgundy', 'red', 'blue', 'green',
  'yellow', 'purple', 'pink', 'orange', 'gray', 'black', 'white', 'brown', 'sky blue', 'burnt orange', 'hot pink', 'forest green', 'dusty rose',
  'mint green', 'baby blue', 'electric blue', 'dark green',
];

const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty'];
const numberValues = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 30];

interface Filled {
  text: string;
  slot: PromptSlot | undefined;
  variety: EnglishVariety;
}

function fill(pool: Pool, random: RandomSource, variantShare: number): Filled {
  const value = random.pick(Object.keys(pool.values));
  const surfaces = pool.values[value] ?? [];
  const variants = surfaces.filter(([, variety]) => variety !== 'general');
  const standard = surfaces.filter(([, variety]) => variety === 'general');
  const [text, variety] = variants.length > 0 && (standard.length === 0 || random.next() < variantShare) ? random.pick(variants) : random.pick(standard);
  return { text, slot: { field: pool.field, value }, variety };
}

function fillColor(random: RandomSource, learned: readonly string[], variantShare: number, taken: Set<string>): Filled {
  if (learned.length > 0 && random.next() < 0.3) {
    const name = random.pick(learned.filter((candidate) => !taken.has(candidate)).concat(learned).slice(0, Math.max(1, learned.length)));
    taken.add(name);
    return { text: name.toLowerCase(), slot: { field: 'palette.colors', value: name }, variety: 'general' };
  }
  let name = random.pick(standardColors);
  for (let attempt = 0; attempt < 5 && taken.has(name); attempt += 1) name = random.pick(standardColors);
  taken.add(name);
  // A British spelling now and then: "grey" is still gray.
  const text = name === 'gray' && random.next() < variantShare + 0.3 ? 'grey' : name;
  return { text, slot: { field: 'palette.colors', value: name }, variety: text === 'grey' ? 'british' : 'general' };
}

function fillDuration(random: RandomSource): Filled {
  const index = random.int(0, numberValues.length - 1);
  const seconds = numberValues[index] as number;
  const word = numberWords[index] as string;
  const forms = [`${seconds} seconds`, `${seconds} sec`, `${seconds}s`, `${word} seconds`, `a ${word}-second clip`, `${seconds} secs long`];
  return { text: random.pick(forms), slot: { field: 'durationSeconds', value: seconds }, variety: 'general' };
}

const intensifierWords: readonly Surface[] = [
  ['really', 'general'], ['very', 'general'], ['super', 'general'], ['proper', 'british'], ['dead', 'british'], ['well', 'british'],
  ['pure', 'scottish'], ['hella', 'american'], ['wicked', 'american'], ['heaps', 'australian'], ['fierce', 'irish'], ['kinda', 'general'], ['slightly', 'general'],
];

type Template = (parts: (pool: Pool) => Filled, color: () => Filled, duration: () => Filled, intensify: () => string, random: RandomSource) => Filled[];

const literal = (text: string): Filled => ({ text, slot: undefined, variety: 'general' });
const article = (phrase: string): string => (/^(a|an|the)\s/.test(phrase) || /^(downtown|dim|low|broad|natural|golden|magic|candlelight|neon|film|noir|available|total|no|ambient|room|distant|sound|whooshes|foley|orchestral|lo-fi|fluoro|low-key)\b/.test(phrase) ? phrase : /^[aeiou]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`);

/** Puts "a"/"an" before a filled slot (and an optional intensifier) unless its words start with one. */
function withArticle(filled: Filled, intensifier = ''): Filled {
  const text = intensifier.length > 0 ? `${intensifier} ${filled.text}` : filled.text;
  return { ...filled, text: article(text) };
}

/** Slot templates: each returns the parts of one readable sentence. */
const templates: readonly Template[] = [
  (part, color) => [withArticle(part(speedPool)), part(cameraPool), literal('over'), part(settingPool), literal('in'), color(), literal('and'), color()],
  (part, _color, duration) => [withArticle(part(tonePool)), literal('scene in'), part(settingPool), literal('at'), part(lightingPool), literal(','), duration()],
  (part, color, _duration, intensify) => [literal('make it'), literal(intensify()), part(tonePool), literal('and'), part(speedPool), literal(', with'), part(audioPool), literal(','), color(), literal('tones')],
  (part, _color, _duration, intensify) => {
    const camera = part(cameraPool);
    let avoided = part(avoidCameraPool);
    // Never ask for a move and rule it out in one breath.
    for (let attempt = 0; attempt < 5 && avoided.slot?.value === camera.slot?.value; attempt += 1) avoided = part(avoidCameraPool);
    if (avoided.slot?.value === camera.slot?.value) return [withArticle(part(tonePool), intensify()), camera, literal('over'), part(settingPool)];
    return [withArticle(part(tonePool), intensify()), camera, literal('over'), part(settingPool), literal(', no'), avoided];
  },
  (part, color, duration) => [part(settingPool), literal('in'), part(lightingPool), literal(','), color(), literal('palette,'), part(speedPool), literal('drift,'), duration()],
  (part, _color, duration) => [withArticle(part(cameraPool)), literal('through'), part(settingPool), literal(', without'), part(avoidPresencePool), literal(','), duration()],
  (part, color, _duration, intensify) => [literal(intensify()), part(tonePool), literal('vibes,'), color(), literal('hues over'), part(settingPool), literal(', with'), part(audioPool)],
];

/** The words of a prompt that are neither English nor known slang (empty for a readable prompt). */
export function gibberishWords(prompt: string, lexicon: Lexicon, slang: ReadonlySet<string>): string[] {
  let text: string;
  try {
    text = normalizePrompt(prompt);
  } catch {
    return [prompt];
  }
  return tokenize(text)
    .map((token) => token.text)
    .filter((word) => !/^\d/.test(word) && !slang.has(word) && !isKnownWord(lexicon, word));
}

/**
 * A gibberish filter: true when every word of `prompt` is English (a WordNet word or an inflection
 * or British spelling of one, a function word) or known slang (the built-in lexicon's, or a grown
 * linguistic entry's). Registry names are not exempt: "Zorblax teal" is gibberish.
 */
export function isReadablePrompt(prompt: string, linguistic: readonly LinguisticEntry[] = []): boolean {
  const lexicon = createLexicon();
  return gibberishWords(prompt, lexicon, slangWords(linguistic)).length === 0;
}

function slangWords(linguistic: readonly LinguisticEntry[]): Set<string> {
  const words = new Set<string>();
  for (const entry of linguistic) for (const word of tokenize(entry.span.toLowerCase()).map((token) => token.text)) words.add(word);
  return words;
}

const normalizeForAvoid = (prompt: string): string => prompt.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Generates readable English prompts from slot templates filled from the origin vocabularies, the
 * built-in slang and dialect words and registry knowledge (learned colour names), each with the
 * slots it was built from. No prompt repeats another, one in `avoid` or one of knowledge's earlier
 * prompts; every word passes the gibberish filter ({@link isReadablePrompt}), so a learned name
 * that is not English never appears.
 *
 * @example
 * ```ts
 * const prompts = generatePrompts({ count: 3, seed: 7 });
 * prompts[0]; // { prompt: 'a sluggish crane shot over the outback in teal and amber', slots: [...], varieties: [...] }
 * ```
 */
export function generatePrompts(options: GeneratePromptsOptions): GeneratedPrompt[] {
  parseOrThrow(optionsSchema, options, { component: 'interpret', what: 'prompt generation option' });
  const { count, seed, knowledge, linguistic = [] } = options;
  const variantShare = options.variantShare ?? 0.35;
  const random = createSeededRandom(seed);
  const lexicon = createLexicon(linguistic, knowledge);
  const slang = slangWords([...linguistic, ...(knowledge?.linguistic ?? [])]);
  const seen = new Set<string>();
  for (const prompt of options.avoid ?? []) seen.add(normalizeForAvoid(prompt));
  for (const earlier of knowledge?.prompts ?? []) seen.add(normalizeForAvoid(earlier.prompt));
  const plainLexicon = createLexicon();
  // Learned names join the colour slots only when every word of the name is English.
  const learned = (knowledge?.static.colors ?? []).map((entry) => entry.name).filter((name) => gibberishWords(name, plainLexicon, new Set()).length === 0);
  const result: GeneratedPrompt[] = [];
  const maxAttempts = count * 50 + 100;
  for (let attempt = 0; attempt < maxAttempts && result.length < count; attempt += 1) {
    const taken = new Set<string>();
    const parts = random.pick(templates)(
      (pool) => fill(pool, random, variantShare),
      () => fillColor(random, learned, variantShare, taken),
      () => fillDuration(random),
      () => (random.next() < 0.6 ? random.pick(intensifierWords)[0] : ''),
      random,
    );
    const prompt = parts.map((part) => part.text).filter((text) => text.length > 0).join(' ').replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
    const key = normalizeForAvoid(prompt);
    if (seen.has(key)) continue;
    if (gibberishWords(prompt, lexicon, slang).length > 0) continue;
    seen.add(key);
    const slots: PromptSlot[] = [];
    for (const part of parts) {
      if (part.slot === undefined || part.text.length === 0) continue;
      if (!slots.some((slot) => slot.field === part.slot?.field && slot.value === part.slot.value)) slots.push(part.slot);
    }
    result.push({ prompt, slots, varieties: [...new Set(parts.map((part) => part.variety))] });
  }
  return result;
}
