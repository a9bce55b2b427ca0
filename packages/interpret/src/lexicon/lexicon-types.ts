import type { LinguisticDomain, MappingKind } from '@motionreg/primitives';

/** The varieties of English the built-in lexicon labels its dialect and slang words with. */
export const englishVarieties = [
  'british', 'scottish', 'irish', 'welsh', 'australian', 'new_zealand', 'american', 'internet', 'general',
] as const;
export type EnglishVariety = (typeof englishVarieties)[number];

/** One field a sense sets: `canonical` in `domain`, with a strength 0–1. */
export interface Effect {
  domain: LinguisticDomain;
  canonical: string;
  weight: number;
}

/** Context tags a sense may prefer: derived from the words around it (see `context-tags.ts`). */
export type CueTag =
  | 'camera' | 'music' | 'light_source' | 'party' | 'animal' | 'water' | 'food' | 'kitchen' | 'vehicle'
  | 'color' | 'weather' | 'nature' | 'building' | 'motion' | 'person' | 'time' | 'sport';

/** What makes a sense likely: nearby words and tags, and the word right before or after. */
export interface SenseCues {
  words?: readonly string[];
  tags?: readonly CueTag[];
  next?: readonly string[];
  previous?: readonly string[];
  /** Words right after the term that rule this sense out ("a fall of snow" is not autumn). */
  notNext?: readonly string[];
}

/** One meaning of a term. A term with several senses is resolved by its context. */
export interface Sense {
  effects: readonly Effect[];
  /** What a careful reader infers from it, weaker than `effects` ("lo-fi" → calm). */
  implied: readonly Effect[];
  kind: MappingKind;
  variety: EnglishVariety;
  /** How it moves intensity: −1 (calm, subtle) … +1 (intense, hype); 0 for none. */
  energy: number;
  cues: SenseCues | undefined;
  /** Score before context: the sense a reader assumes without cues. */
  prior: number;
  /** Where the sense came from: the built-in lexicon, WordNet, a colour name or the registry. */
  source: 'builtin' | 'wordnet' | 'color' | 'registry';
}

/** A hand-written lexicon entry; `terms` are `|`-separated surface forms (lemmas or phrases). */
export interface BuiltinEntry {
  terms: string;
  /** Fields it sets; a list sets several values of a multi-valued field ("bonfire night": fire and night). */
  sets: Partial<Record<LinguisticDomain, string | readonly string[]>>;
  implies?: Partial<Record<LinguisticDomain, string | readonly string[]>>;
  kind?: MappingKind;
  variety?: EnglishVariety;
  energy?: number;
  cues?: SenseCues;
  prior?: number;
  weight?: number;
}
