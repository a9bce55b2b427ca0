import type { EnglishVariety } from './lexicon-types.js';

/** A word or phrase that scales the next content word: > 1 strengthens ("hella"), < 1 softens ("kinda"). */
export interface Intensifier {
  factor: number;
  variety: EnglishVariety;
}

const intensifierTable: readonly [string, number, EnglishVariety][] = [
  ['very', 1.5, 'general'], ['really', 1.5, 'general'], ['so', 1.4, 'general'], ['super', 1.6, 'general'], ['extremely', 1.8, 'general'],
  ['incredibly', 1.8, 'general'], ['insanely', 1.9, 'general'], ['totally', 1.5, 'general'], ['utterly', 1.7, 'general'], ['seriously', 1.6, 'general'],
  ['absolutely', 1.7, 'general'], ['completely', 1.6, 'general'], ['truly', 1.4, 'general'], ['deeply', 1.5, 'general'], ['highly', 1.5, 'general'],
  ['ultra', 1.8, 'general'], ['uber', 1.7, 'general'], ['mega', 1.7, 'british'], ['massively', 1.7, 'british'], ['crazy', 1.7, 'american'],
  ['ridiculously', 1.8, 'general'], ['stupidly', 1.8, 'general'], ['way', 1.6, 'american'], ['too', 1.4, 'general'], ['overly', 1.5, 'general'],
  ['proper', 1.6, 'british'], ['properly', 1.5, 'british'], ['dead', 1.7, 'british'], ['well', 1.5, 'british'], ['right', 1.4, 'british'],
  ['bloody', 1.6, 'australian'], ['flipping', 1.5, 'british'], ['flippin', 1.5, 'british'], ['bare', 1.6, 'british'], ['pure', 1.6, 'scottish'],
  ['fierce', 1.6, 'irish'], ['wile', 1.6, 'irish'], ['heaps', 1.6, 'australian'], ['hella', 1.8, 'american'], ['mad', 1.7, 'american'],
  ['wicked', 1.7, 'american'], ['freaking', 1.6, 'american'], ['frickin', 1.6, 'american'], ['friggin', 1.6, 'american'], ['damn', 1.5, 'american'],
  ['highkey', 1.5, 'internet'], ['deadass', 1.5, 'internet'], ['straight', 1.3, 'internet'], ['hyper', 1.6, 'general'],
  ['majorly', 1.6, 'american'], ['real', 1.4, 'american'], ['awfully', 1.5, 'british'], ['terribly', 1.5, 'british'], ['jolly', 1.4, 'british'],
  ['quite', 1.15, 'general'], ['pretty', 1.2, 'general'], ['fairly', 0.85, 'general'], ['rather', 0.9, 'british'], ['reasonably', 0.8, 'general'],
  ['somewhat', 0.7, 'general'], ['kinda', 0.7, 'general'], ['sorta', 0.7, 'general'], ['slightly', 0.5, 'general'], ['mildly', 0.5, 'general'],
  ['barely', 0.3, 'general'], ['hardly', 0.3, 'general'], ['not stop', 1.3, 'general'], ['never stop', 1.3, 'general'], ['nonstop', 1.3, 'general'],
  ['marginally', 0.5, 'general'], ['faintly', 0.5, 'general'], ['partly', 0.7, 'general'],
  ['kind of', 0.7, 'general'], ['sort of', 0.7, 'general'], ['a bit', 0.6, 'general'], ['a little', 0.6, 'general'], ['a little bit', 0.55, 'general'],
  ['a touch', 0.6, 'general'], ['a tad', 0.6, 'general'], ['a smidge', 0.55, 'general'], ['a wee bit', 0.55, 'scottish'], ['wee bit', 0.55, 'scottish'],
  ['a wee', 0.6, 'scottish'], ['wee', 0.6, 'scottish'], ['a hint of', 0.5, 'general'], ['a dash of', 0.6, 'general'], ['a bit more', 1.2, 'general'],
  ['not very', 0.5, 'general'], ['not that', 0.6, 'general'], ['not overly', 0.6, 'general'], ['nowhere near', 0.4, 'general'],
  ['more', 1.2, 'general'], ['extra', 1.5, 'general'], ['double', 1.5, 'general'], ['dead set', 1.5, 'australian'],
];

/** Intensifiers and downtoners by phrase (longest phrases are matched first by the interpreter). */
export const intensifiers: ReadonlyMap<string, Intensifier> = new Map(
  intensifierTable.map(([phrase, factor, variety]) => [phrase, { factor, variety }]),
);

/**
 * Words and phrases that negate what follows, within a clause. `nae` and `cannae`-style forms are
 * Scots; "-free" ("music-free") is handled by the interpreter as a suffix.
 */
export const negators: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'without', 'none', 'nothing', 'nae', 'avoid', 'avoiding', 'skip', 'skipping', 'ditch', 'lose', 'minus',
  'zero', 'free of', 'free from', 'rather than', 'instead of', 'anything but', 'nor', 'no more', 'hold the', 'leave out', 'cut out',
  'stay away from', 'steer clear of', 'get rid of', 'ban', 'forget', 'forget the', 'nix', 'drop the', 'keep out', 'keep away from', 'absent',
  'lacking', 'sans', 'less', 'fewer', 'dont want', 'nah', 'none of', 'not too', 'not so', 'not overly', 'not any', 'no need for', 'no more of',
]);

/** Words that end a negation's scope: a new clause begins ("no zoom, but a slow pan"). */
export const scopeBreakers: ReadonlySet<string> = new Set([
  'but', 'yet', 'though', 'although', 'however', 'instead', 'just', 'only', 'rather', 'so', 'while', 'whilst', 'then', 'except',
  'apart', 'which', 'that', 'where', 'when', 'because', 'as', 'plus', 'also', 'keep', 'make', 'let', 'use', 'add', 'give', 'want', 'prefer',
]);
