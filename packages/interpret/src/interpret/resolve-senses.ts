import type { LinguisticDomain } from '@motionreg/primitives';
import type { CueTag, Sense } from '../lexicon/lexicon-types.js';
import { posAdjective, posNoun, type WordnetIndex } from '../lexicon/wordnet-index.js';
import { isFunctionWord } from './match-tokens.js';
import type { Token } from '../text/tokenize.js';
import { wordForms, type Item } from './match-tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const domainTags: Partial<Record<LinguisticDomain, CueTag>> = {
  'camera.motion': 'camera', 'camera.speed': 'camera', 'camera.steadiness': 'camera', 'composition.framing': 'camera',
  'narrative.sceneType': 'camera', transition: 'camera', 'palette.colors': 'color', 'palette.modifiers': 'color',
  'lighting.preset': 'light_source', 'lighting.temperature': 'light_source', 'lighting.contrast': 'light_source',
  'audio.tempo': 'music', 'motion.speed': 'motion', 'motion.rhythm': 'motion', 'motion.direction': 'motion', 'motion.smoothness': 'motion',
};

const lexnameTags: Record<string, CueTag> = {
  'noun.animal': 'animal', 'noun.food': 'food', 'noun.plant': 'nature', 'noun.object': 'nature', 'noun.person': 'person',
  'noun.time': 'time', 'noun.phenomenon': 'weather',
};

const extraTags: Record<string, CueTag> = {
  party: 'party', club: 'party', rave: 'party', festival: 'party', crowd: 'party', dancefloor: 'party', gig: 'party', concert: 'party',
  candle: 'light_source', candles: 'light_source', lamp: 'light_source', lamps: 'light_source', lantern: 'light_source', lanterns: 'light_source',
  moonlight: 'light_source', sunlight: 'light_source', neon: 'light_source', torches: 'light_source', bulbs: 'light_source', lights: 'light_source',
  kitchen: 'kitchen', stove: 'kitchen', hob: 'kitchen', cooking: 'kitchen', chef: 'kitchen', pond: 'water', lake: 'water', river: 'water',
  sea: 'water', ocean: 'water', marsh: 'water', stream: 'water', beach: 'water', water: 'water', shore: 'water', car: 'vehicle', road: 'vehicle',
  highway: 'vehicle', motorway: 'vehicle', building: 'building', construction: 'building', tower: 'building', site: 'building',
  music: 'music', beat: 'music', beats: 'music', song: 'music', track: 'music', playlist: 'music', dj: 'music', bpm: 'music', tune: 'music',
  camera: 'camera', shot: 'camera', lens: 'camera', footage: 'camera', frame: 'camera', cam: 'camera',
  colour: 'color', color: 'color', colours: 'color', colors: 'color', tones: 'color', hue: 'color', hues: 'color', palette: 'color', shades: 'color',
};

/** The cue tags of every token: from the domains of terms covering it and WordNet noun categories. */
export function tokenTags(tokens: readonly Token[], items: readonly (Item | undefined)[], wordnet: WordnetIndex): Set<CueTag>[] {
  const tags = tokens.map(() => new Set<CueTag>());
  for (const item of items) {
    if (item?.type !== 'term') continue;
    for (const sense of item.senses) {
      for (const effect of sense.effects) {
        const tag = domainTags[effect.domain];
        if (tag !== undefined) for (let index = item.start; index < item.end; index += 1) tags[index]?.add(tag);
        if (effect.domain === 'audio.presence' && effect.canonical === 'music') for (let index = item.start; index < item.end; index += 1) tags[index]?.add('music');
        if (effect.domain === 'narrative.settings' && effect.canonical === 'nature') for (let index = item.start; index < item.end; index += 1) tags[index]?.add('nature');
      }
    }
  }
  for (const token of tokens) {
    const set = tags[token.index] as Set<CueTag>;
    const extra = Object.hasOwn(extraTags, token.text) ? extraTags[token.text] : undefined;
    if (extra !== undefined) set.add(extra);
    const info = wordnet.words.get(token.text);
    if (info?.nounLexname !== undefined && (info.pos & posNoun) !== 0) {
      const tag = Object.hasOwn(lexnameTags, info.nounLexname) ? lexnameTags[info.nounLexname] : undefined;
      if (tag !== undefined) set.add(tag);
    }
  }
  return tags;
}

const distanceWeight = [0, 1, 0.6, 0.45, 0.35, 0.3];

const colorModifierWords = new Set(['dark', 'light', 'pale', 'deep', 'bright', 'dusty', 'soft', 'muted', 'vivid', 'electric', 'neon', 'pastel', 'hot', 'baby', 'rich', 'warm', 'cool', 'dull', 'faded', 'vibrant', 'glowing', 'shimmering', 'metallic', 'brilliant']);

/**
 * Colour words that mean other things too ("orange", "gold", "lilac") read as colours in adjective
 * position ("a gold necklace") or after a colour modifier ("pale lilac").
 */
function colorPositionBonus(item: Extract<Item, { type: 'term' }>, tokens: readonly Token[], lexicon: Lexicon): number {
  const color = lexicon.wordnet.colors.get(item.key);
  if (color === undefined || item.end - item.start !== 1) return 0;
  let bonus = 0;
  const before = tokens[item.start - 1];
  if (color.level === 2) {
    // "sage, terracotta and cream": a dataset-only name counts when coordinated with another colour.
    const isColorAt = (index: number): boolean => {
      const word = tokens[index]?.text ?? '';
      const other = lexicon.wordnet.colors.get(word) ?? lexicon.wordnet.colors.get(wordForms(word, lexicon).lemmas[0] ?? '');
      return other !== undefined && other.level < 2;
    };
    // "turquoise water": a noun after a colour is the thing coloured.
    if (isColorAt(item.start - 1) && before !== undefined && !(tokens[item.start] as Token).boundaryBefore) return 0;
    const self = tokens[item.start] as Token;
    const afterToken = tokens[item.end];
    const isConjunction = (token: Token | undefined): boolean => token?.text === 'and' || token?.text === 'or';
    // "teal, cream" (comma, adjacent) or "sage and cream" (a conjunction between).
    const coordinated =
      (self.boundaryBefore && isColorAt(item.start - 1) && isConjunction(afterToken)) ||
      (isConjunction(before) && isColorAt(item.start - 2)) ||
      (isConjunction(afterToken) && isColorAt(item.end + 1));
    if (coordinated) bonus += 0.6;
    return bonus;
  }
  if (before !== undefined && !before.boundaryBefore && colorModifierWords.has(before.text)) bonus += 0.4;
  const after = tokens[item.end];
  const info = lexicon.wordnet.words.get(item.key);
  // Adjective position: an adjective colour ("orange sphere"), or a colour noun that is not mainly a
  // food, plant or animal ("emerald hills", but not "coffee cup" or "salmon fillet").
  const adjectival = info !== undefined && ((info.pos & posAdjective) !== 0 || !['noun.food', 'noun.plant', 'noun.animal'].includes(info.nounLexname ?? ''));
  if (color.level < 2 && after !== undefined && !after.boundaryBefore && adjectival) {
    const nextLemma = [after.text, ...wordForms(after.text, lexicon).lemmas].find((candidate) => lexicon.wordnet.words.has(candidate));
    const next = nextLemma === undefined ? undefined : lexicon.wordnet.words.get(nextLemma);
    const compound = lexicon.wordnet.compounds.has(`${item.key} ${after.text}`);
    if (next !== undefined && (next.pos & posNoun) !== 0 && !isFunctionWord(after.text) && !compound) bonus += 0.45;
  }
  return bonus;
}

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'my', 'our', 'your']);

/**
 * A colour word that is also something else (WordNet level 0: "bay", "orange", "gold") standing alone
 * between a determiner and the end of its phrase ("over the bay", "eating an orange") is that thing, not
 * a colour, whatever colours stand nearby ("a red and gold sunset over the bay").
 */
function isNounPosition(item: Extract<Item, { type: 'term' }>, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (item.end - item.start !== 1 || lexicon.wordnet.colors.get(item.key)?.level !== 0) return false;
  const before = tokens[item.start - 1];
  const after = tokens[item.end];
  if (before === undefined || !determiners.has(before.text) || (tokens[item.start] as Token).boundaryBefore) return false;
  // "an ochre and grey street": a colour coordinated with another is still a colour.
  return after === undefined || after.boundaryBefore || (isFunctionWord(after.text) && !['and', 'or', 'nor'].includes(after.text));
}

/**
 * Picks one sense for every term with several (or with cues): prior plus the evidence of the five
 * words either side (cue words, cue tags, the exact word before or after), nearer words counting
 * more. A WordNet compound around the word ("frying pan", "crane fly") favours a thing-sense.
 * Senses that all need cues compete with "no meaning here" at 0.45, so "still" alone sets nothing.
 */
export function chooseSense(item: Extract<Item, { type: 'term' }>, tokens: readonly Token[], tags: readonly Set<CueTag>[], lexicon: Lexicon): Sense | undefined {
  const { senses } = item;
  if (senses.length === 1 && senses[0]?.cues === undefined) return senses[0];
  let best: Sense | undefined;
  let bestScore = senses.every((sense) => sense.cues !== undefined) ? 0.45 : Number.NEGATIVE_INFINITY;
  const before = tokens[item.start - 1];
  const after = tokens[item.end];
  const compound =
    item.end - item.start === 1 &&
    ((before !== undefined && lexicon.wordnet.compounds.has(`${before.text} ${tokens[item.start]?.text ?? ''}`)) ||
      (after !== undefined && lexicon.wordnet.compounds.has(`${tokens[item.start]?.text ?? ''} ${after.text}`)));
  for (const sense of senses) {
    let score = sense.prior;
    const cues = sense.cues;
    if (sense.source === 'color') {
      if (isNounPosition(item, tokens, lexicon)) continue;
      score += colorPositionBonus(item, tokens, lexicon);
    }
    if (after !== undefined && cues?.notNext?.includes(after.text)) continue;
    if (cues !== undefined) {
      if (before !== undefined && cues.previous?.includes(before.text)) score += 1;
      if (after !== undefined && cues.next?.includes(after.text)) score += 1;
      for (let distance = 1; distance <= 5; distance += 1) {
        for (const position of [item.start - distance, item.end - 1 + distance]) {
          const token = tokens[position];
          if (token === undefined) continue;
          let hit = 0;
          if (cues.words !== undefined) {
            const lemmas = wordForms(token.text, lexicon).lemmas;
            if (cues.words.includes(token.text) || lemmas.some((lemma) => cues.words?.includes(lemma))) hit += 0.6;
          }
          if (cues.tags !== undefined && cues.tags.some((tag) => tags[position]?.has(tag))) hit += 0.6;
          score += Math.min(hit, 1) * (distanceWeight[distance] ?? 0.3);
        }
      }
    }
    if (compound && senses.length > 1) score += sense.effects.some((effect) => effect.domain === 'subject') ? 1.5 : -0.5;
    if (score > bestScore) {
      bestScore = score;
      best = sense;
    }
  }
  return best;
}
