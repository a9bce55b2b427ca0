import type { CameraMotion, Instruction, LinguisticDomain, Mapping, MappingKind, NamedColor, Rgb } from '@motionreg/primitives';
import {
  audioMoods, audioPresences, audioTempos, balances, cameraMotions, cameraSpeeds, cameraSteadinesses, colorTemperatures, contrastRatios,
  framings, genres, gradientTypes, lightingPresets, motionAccelerations, motionDirections, motionRhythms, motionSmoothnesses, motionSpeeds,
  paletteModifiers, sceneTypes, settings, shapeOverlays, styles, symmetries, tensionCurves, themes, tones, transitionTypes,
} from '@motionreg/primitives';
import { colorFamily, hexToRgb, modifyColor, paletteColors, paletteStops } from '../colors/palettes.js';
import type { Effect, Sense } from '../lexicon/lexicon-types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import type { Item } from './match-tokens.js';
import { readCameraDirection } from './camera-direction.js';

/** A term with its chosen sense and what negation and intensifiers did to it. */
export interface ResolvedTerm {
  item: Extract<Item, { type: 'term' }>;
  sense: Sense;
  negated: boolean;
  factor: number;
  span: string;
}

/** Everything the assembler needs from the earlier passes. */
export interface AssemblyInput {
  prompt: string;
  tokens: readonly Token[];
  terms: readonly ResolvedTerm[];
  durations: readonly Extract<Item, { type: 'duration' }>[];
  tempos: readonly Extract<Item, { type: 'bpm' }>[];
  controls: readonly { item: Extract<Item, { type: 'negator' | 'intensifier' }>; span: string }[];
  /** Spans understood as things in the scene (WordNet nouns), and words nothing understood. */
  subjects: readonly { span: string; lemma: string }[];
  unknown: readonly string[];
  /** Meanings the prompt itself gave a word ("skrrt (meaning fast)"). */
  glosses: readonly Mapping[];
  lexicon: Lexicon;
}

/** Allowed values per single-valued domain: anything else (a registry typo) is ignored. */
const allowed: Partial<Record<LinguisticDomain, readonly string[]>> = {
  'motion.speed': motionSpeeds, 'motion.smoothness': motionSmoothnesses, 'motion.direction': motionDirections,
  'motion.rhythm': motionRhythms, 'motion.acceleration': motionAccelerations, 'camera.motion': cameraMotions,
  'camera.speed': cameraSpeeds, 'camera.steadiness': cameraSteadinesses, gradient: gradientTypes, shape: shapeOverlays,
  'lighting.temperature': colorTemperatures, 'lighting.contrast': contrastRatios, 'lighting.preset': lightingPresets,
  'audio.mood': audioMoods, 'audio.tempo': audioTempos, 'audio.presence': audioPresences, 'narrative.genre': genres,
  'narrative.tone': tones, 'narrative.style': styles, 'narrative.settings': settings, 'narrative.themes': themes,
  'narrative.sceneType': sceneTypes, 'narrative.tensionCurve': tensionCurves, 'composition.framing': framings,
  'composition.balance': balances, 'composition.symmetry': symmetries, transition: transitionTypes, 'palette.modifiers': paletteModifiers,
  intensity: ['high', 'low'],
};

/** Field-level inferences a careful reader makes when the prompt does not say ("calm" → slow motion). */
const inferences: Partial<Record<LinguisticDomain, Record<string, Partial<Record<LinguisticDomain, string>>>>> = {
  'narrative.tone': {
    calm: { 'motion.speed': 'slow', 'motion.smoothness': 'smooth', 'audio.mood': 'calm', 'audio.tempo': 'slow', 'camera.speed': 'slow' },
    energetic: { 'motion.speed': 'fast', 'audio.tempo': 'fast', 'audio.mood': 'uplifting', 'camera.speed': 'fast' },
    dark: { 'lighting.preset': 'noir', 'audio.mood': 'tense', 'lighting.contrast': 'high' },
    dreamy: { 'motion.speed': 'slow', 'motion.smoothness': 'fluid', 'audio.mood': 'calm', 'audio.tempo': 'slow' },
    moody: { 'lighting.preset': 'moody', 'audio.mood': 'dark' },
    bright: { 'audio.mood': 'uplifting', 'lighting.preset': 'documentary' },
  },
  'audio.mood': {
    calm: { 'narrative.tone': 'calm', 'audio.tempo': 'slow' },
    tense: { 'narrative.tone': 'dark' },
    uplifting: { 'narrative.tone': 'bright' },
    dark: { 'narrative.tone': 'moody', 'audio.tempo': 'slow' },
  },
  'narrative.genre': {
    thriller: { 'narrative.tone': 'dark', 'audio.mood': 'tense', 'narrative.tensionCurve': 'slow_build' },
    documentary: { 'narrative.style': 'realistic', 'lighting.preset': 'documentary' },
    ad: { 'narrative.tone': 'bright', 'audio.presence': 'music' },
    tutorial: { 'narrative.style': 'minimal', 'narrative.tone': 'neutral' },
    educational: { 'narrative.style': 'minimal' },
    explainer: { 'narrative.style': 'minimal' },
  },
  'audio.tempo': { fast: { 'audio.presence': 'music' }, slow: { 'audio.presence': 'music' }, medium: { 'audio.presence': 'music' } },
  'lighting.preset': {
    golden_hour: { 'lighting.temperature': 'warm' },
    noir: { 'lighting.contrast': 'high', 'narrative.tone': 'dark' },
    neon: { 'narrative.settings': 'urban' },
    moody: { 'narrative.tone': 'moody' },
  },
  'composition.framing': { close: { 'narrative.sceneType': 'closeup' }, extreme_close: { 'narrative.sceneType': 'closeup' }, wide: { 'narrative.sceneType': 'wide' }, medium: { 'narrative.sceneType': 'medium' } },
};

const defaults = {
  'motion.speed': 'medium', 'motion.smoothness': 'smooth', 'motion.direction': 'none', 'motion.rhythm': 'steady', 'motion.acceleration': 'constant',
  'camera.motion': 'static', 'camera.speed': 'medium', 'camera.steadiness': 'stable', gradient: 'vertical', shape: 'none',
  'lighting.temperature': 'neutral', 'lighting.contrast': 'normal', 'lighting.preset': 'neutral', 'audio.mood': 'neutral', 'audio.tempo': 'medium',
  'audio.presence': 'ambient', 'narrative.genre': 'general', 'narrative.tone': 'neutral', 'narrative.style': 'cinematic',
  'narrative.sceneType': 'medium', 'narrative.tensionCurve': 'standard', 'composition.framing': 'medium', 'composition.balance': 'balanced',
  'composition.symmetry': 'slight',
} as const satisfies Partial<Record<LinguisticDomain, string>>;
type SingleDomain = keyof typeof defaults;

interface Vote {
  canonical: string;
  weight: number;
  order: number;
}

function isAllowed(domain: LinguisticDomain, canonical: string): boolean {
  const values = allowed[domain];
  return values === undefined || values.includes(canonical);
}

function kindFor(term: ResolvedTerm, effect: Effect): MappingKind {
  if (term.sense.source === 'registry') return 'registry';
  if (term.item.route === 'spelling') return 'spelling';
  if (term.sense.kind === 'slang' || term.sense.kind === 'dialect') return term.sense.kind;
  const plain = term.item.key.replaceAll(' ', '_');
  if (plain === effect.canonical || term.item.key === effect.canonical) return 'exact';
  if (term.sense.source === 'wordnet') return 'wordnet';
  if (term.sense.source === 'color') return 'exact';
  return term.sense.kind === 'exact' ? 'synonym' : term.sense.kind;
}

const clipWords = new Set(['clip', 'video', 'loop', 'long', 'lasting', 'total', 'runtime', 'film', 'reel', 'short', 'piece', 'animation', 'sequence', 'max', 'maximum', 'duration', 'length', 'only']);

function pickDuration(input: AssemblyInput): number | null {
  if (input.durations.length === 0) return null;
  const near = input.durations.find((duration) => {
    for (let index = Math.max(0, duration.start - 2); index < Math.min(input.tokens.length, duration.end + 2); index += 1) {
      if (clipWords.has(input.tokens[index]?.text ?? '')) return true;
    }
    return false;
  });
  return (near ?? input.durations[0])?.seconds ?? null;
}

/** Builds the instruction: votes per field, negation into `avoid`, inference, then neutral defaults. */
export function assembleInstruction(input: AssemblyInput): Instruction {
  const explicit = new Map<LinguisticDomain, Vote[]>();
  const implied = new Map<LinguisticDomain, Vote[]>();
  const negated = new Map<LinguisticDomain, string[]>();
  const mappings: Mapping[] = [];
  const mappingKeys = new Set<string>();
  const addMapping = (mapping: Mapping): void => {
    const key = `${mapping.span}\u0000${mapping.domain}\u0000${mapping.canonical}`;
    if (!mappingKeys.has(key)) {
      mappingKeys.add(key);
      mappings.push(mapping);
    }
  };
  const vote = (table: Map<LinguisticDomain, Vote[]>, effect: Effect, weight: number, order: number): void => {
    if (!isAllowed(effect.domain, effect.canonical)) return;
    const list = table.get(effect.domain) ?? [];
    const existing = list.find((candidate) => candidate.canonical === effect.canonical);
    if (existing === undefined) list.push({ canonical: effect.canonical, weight, order });
    else existing.weight += weight;
    table.set(effect.domain, list);
  };

  let energy = 0;
  for (const [order, term] of input.terms.entries()) {
    const factor = term.factor;
    if (term.negated) {
      // "not spooky" also rules out the tone spooky implies.
      for (const effect of [...term.sense.effects, ...term.sense.implied.filter((implied) => implied.domain === 'narrative.tone')]) {
        const list = negated.get(effect.domain) ?? [];
        if (!list.includes(effect.canonical)) list.push(effect.canonical);
        negated.set(effect.domain, list);
      }
      energy -= 0.5 * term.sense.energy;
      continue;
    }
    for (const effect of term.sense.effects) {
      // Intensifiers strengthen a vote; downtoners soften intensity, not the choice ("a little bit shaky" is still shaky).
      vote(explicit, effect, effect.weight * Math.min(Math.max(factor, 1), 1.6), order);
      if (effect.domain !== 'subject') addMapping({ span: term.span, canonical: effect.canonical, domain: effect.domain, kind: kindFor(term, effect) });
      else addMapping({ span: term.span, canonical: effect.canonical, domain: 'subject', kind: term.sense.kind === 'slang' || term.sense.kind === 'dialect' ? term.sense.kind : 'exact' });
    }
    for (const effect of term.sense.implied) vote(implied, effect, effect.weight, order);
    let termEnergy = term.sense.energy;
    for (const effect of term.sense.effects) {
      if (effect.domain === 'intensity' && termEnergy === 0) termEnergy = effect.canonical === 'high' ? 0.7 : -0.6;
    }
    // An intensifier pushes intensity up (or further down for calm words: "dead calm"); a downtoner pulls it down.
    // Words of mood and atmosphere carry intensity when intensified ("proper moody"); a colour barely does.
    const atmospheric = term.sense.effects.some((effect) => /^(narrative\.tone|audio\.mood|lighting\.|motion\.|camera\.speed|camera\.steadiness)/.test(effect.domain));
    if (factor > 1) energy += (termEnergy === 0 ? (atmospheric ? 0.35 : 0.1) : termEnergy) * factor;
    else if (factor < 1) energy += termEnergy * factor - (1 - factor) * 0.2;
    else energy += termEnergy;
  }
  for (const { item, span } of input.controls) {
    if (item.type === 'negator') addMapping({ span, canonical: 'not', domain: 'negation', kind: item.key === 'nae' ? 'dialect' : span === item.key ? 'exact' : 'synonym' });
    else addMapping({ span, canonical: item.factor >= 1 ? 'very' : 'slightly', domain: 'intensity', kind: item.variety === 'internet' || item.variety === 'american' ? 'slang' : item.variety === 'general' ? (span === 'very' || span === 'slightly' ? 'exact' : 'synonym') : 'dialect' });
  }
  for (const gloss of input.glosses) addMapping(gloss);
  for (const subject of input.subjects) addMapping({ span: subject.span, canonical: subject.lemma, domain: 'subject', kind: subject.span === subject.lemma ? 'exact' : 'wordnet' });

  const durationSeconds = pickDuration(input);
  if (durationSeconds !== null) {
    const duration = input.durations.find((candidate) => candidate.seconds === durationSeconds);
    const span = duration === undefined ? String(durationSeconds) : input.tokens.slice(duration.start, duration.end).map((token) => token.text).join(' ');
    addMapping({ span, canonical: String(durationSeconds), domain: 'durationSeconds', kind: 'exact' });
  }
  for (const tempo of input.tempos) {
    const canonical = tempo.bpm < 90 ? 'slow' : tempo.bpm <= 128 ? 'medium' : 'fast';
    vote(explicit, { domain: 'audio.tempo', canonical, weight: 1.2 }, 1.2, -1);
    vote(explicit, { domain: 'audio.presence', canonical: 'music', weight: 0.6 }, 0.6, -1);
    addMapping({ span: `${tempo.bpm} bpm`, canonical, domain: 'audio.tempo', kind: 'exact' });
  }

  const avoided = (domain: LinguisticDomain): readonly string[] => negated.get(domain) ?? [];
  const resolved = new Map<LinguisticDomain, string>();
  const best = (votes: Vote[] | undefined, domain: LinguisticDomain): string | undefined => {
    const usable = (votes ?? []).filter((candidate) => !avoided(domain).includes(candidate.canonical));
    usable.sort((left, right) => right.weight - left.weight || left.order - right.order);
    return usable[0]?.canonical;
  };
  const singleDomains = Object.keys(defaults) as SingleDomain[];
  for (const domain of singleDomains) {
    const chosen = best(explicit.get(domain), domain);
    if (chosen !== undefined) resolved.set(domain, chosen);
  }
  // Inference in rounds: what the prompt said implies more, weaker than anything it said.
  for (let round = 0; round < 2; round += 1) {
    const inferred = new Map<LinguisticDomain, Vote[]>();
    for (const [source, targets] of Object.entries(inferences) as [LinguisticDomain, Record<string, Partial<Record<LinguisticDomain, string>>>][]) {
      const value = resolved.get(source);
      const effects = value === undefined ? undefined : targets[value];
      for (const [domain, canonical] of Object.entries(effects ?? {}) as [LinguisticDomain, string][]) {
        vote(inferred, { domain, canonical, weight: 0.4 }, 0.4, 0);
      }
    }
    for (const domain of singleDomains) {
      if (resolved.has(domain)) continue;
      const fromTerms = best(implied.get(domain), domain);
      const chosen = fromTerms ?? best(inferred.get(domain), domain);
      if (chosen !== undefined) resolved.set(domain, chosen);
    }
  }
  // Camera speed: a speed word next to a camera move, else the motion's speed while the camera moves.
  if (!resolved.has('camera.speed') && resolved.has('camera.motion') && resolved.get('camera.motion') !== 'static') {
    const nearSpeed = input.terms.find((term) => !term.negated && term.sense.effects.some((effect) => effect.domain === 'motion.speed') && input.terms.some((other) => other !== term && !other.negated && other.sense.effects.some((effect) => effect.domain === 'camera.motion') && Math.abs(other.item.start - term.item.end) <= 1));
    const speedValue = nearSpeed?.sense.effects.find((effect) => effect.domain === 'motion.speed')?.canonical ?? resolved.get('motion.speed');
    if (speedValue === 'slow' || speedValue === 'fast' || speedValue === 'medium') resolved.set('camera.speed', speedValue);
  }
  if (!resolved.has('camera.steadiness') && resolved.get('camera.motion') === 'handheld') resolved.set('camera.steadiness', 'handheld');
  // Direction: only of a move the prompt named ("pan left"), never of one a reader inferred ("shaky" → handheld).
  const namedMove = best(explicit.get('camera.motion'), 'camera.motion') as CameraMotion | undefined;
  const cameraDirection = namedMove === undefined ? undefined : readCameraDirection(input.tokens, input.terms, namedMove);
  if (cameraDirection !== undefined && !avoided('camera.motion').includes(cameraDirection.motion)) {
    if (cameraDirection.motion !== namedMove) {
      resolved.set('camera.motion', cameraDirection.motion);
      for (const mapping of mappings) if (mapping.domain === 'camera.motion' && mapping.canonical === namedMove) mapping.canonical = cameraDirection.motion;
    }
    // The direction word was read as the camera's: not also as a thing in the scene ("left") or an intensifier ("right").
    for (let index = mappings.length - 1; index >= 0; index -= 1) {
      const mapping = mappings[index] as Mapping;
      if (mapping.span === cameraDirection.span && (mapping.domain === 'subject' || mapping.domain === 'intensity')) mappings.splice(index, 1);
    }
    addMapping({ span: cameraDirection.span, canonical: cameraDirection.direction, domain: 'camera.direction', kind: cameraDirection.kind });
  }
  const valueOf = <D extends SingleDomain>(domain: D): string => {
    const chosen = resolved.get(domain);
    if (chosen !== undefined) return chosen;
    const fallback: string = defaults[domain];
    if (!avoided(domain).includes(fallback)) return fallback;
    return (allowed[domain] ?? []).find((candidate) => !avoided(domain).includes(candidate)) ?? fallback;
  };

  // Presence: music and sound effects both asked for is a full mix.
  const presenceVotes = (explicit.get('audio.presence') ?? []).filter((candidate) => !avoided('audio.presence').includes(candidate.canonical)).map((candidate) => candidate.canonical);
  if (presenceVotes.includes('music') && presenceVotes.includes('sfx')) resolved.set('audio.presence', 'full');
  // "without music" with no other audio words: ambience remains; "no sound at all": silence.
  if (!resolved.has('audio.presence') && avoided('audio.presence').includes('ambient')) resolved.set('audio.presence', 'silence');

  const multi = (domain: LinguisticDomain): string[] => {
    const fromExplicit = (explicit.get(domain) ?? []).filter((candidate) => !avoided(domain).includes(candidate.canonical)).sort((left, right) => left.order - right.order).map((candidate) => candidate.canonical);
    if (fromExplicit.length > 0) return [...new Set(fromExplicit)];
    const fromImplied = (implied.get(domain) ?? []).filter((candidate) => !avoided(domain).includes(candidate.canonical)).sort((left, right) => left.order - right.order).map((candidate) => candidate.canonical);
    if (fromImplied.length > 0) return [...new Set(fromImplied)];
    const inferredSetting = domain === 'narrative.settings' && resolved.get('lighting.preset') === 'neon' ? ['urban'] : [];
    return inferredSetting;
  };

  const colors = buildColors(input, explicit, implied, avoided('palette.colors'), resolved);
  const modifiers = multi('palette.modifiers') as Instruction['palette']['modifiers'];
  const transitions = transitionOf(input, avoided('transition'));
  const intensity = Math.round(Math.min(1, Math.max(0, 0.5 + 0.45 * Math.tanh(energy))) * 100) / 100;

  const toneAvoid = avoided('narrative.tone').filter((value) => (tones as readonly string[]).includes(value)) as Instruction['avoid']['tone'];
  const motionAvoid = [...avoided('motion.speed'), ...avoided('motion.rhythm'), ...avoided('motion.smoothness'), ...avoided('motion.direction').filter((value) => value !== 'none')];
  const cameraAvoid = [...avoided('camera.motion')];
  if (avoided('camera.steadiness').includes('shaky') || avoided('camera.steadiness').includes('handheld')) cameraAvoid.push('handheld');
  const colorAvoid = avoided('palette.colors');

  return {
    schemaVersion: 1,
    prompt: input.prompt,
    palette: { colors, modifiers },
    motion: {
      speed: valueOf('motion.speed'),
      smoothness: valueOf('motion.smoothness'),
      direction: valueOf('motion.direction'),
      rhythm: valueOf('motion.rhythm'),
      acceleration: valueOf('motion.acceleration'),
    } as Instruction['motion'],
    camera: {
      motion: valueOf('camera.motion'),
      speed: valueOf('camera.speed'),
      steadiness: valueOf('camera.steadiness'),
      ...(cameraDirection === undefined || valueOf('camera.motion') !== cameraDirection.motion ? {} : { direction: cameraDirection.direction }),
    } as Instruction['camera'],
    gradient: valueOf('gradient') as Instruction['gradient'],
    shape: valueOf('shape') as Instruction['shape'],
    lighting: { temperature: valueOf('lighting.temperature'), contrast: valueOf('lighting.contrast'), preset: valueOf('lighting.preset') } as Instruction['lighting'],
    audio: {
      mood: valueOf('audio.mood'),
      tempo: valueOf('audio.tempo'),
      presence: resolved.get('audio.presence') ?? valueOf('audio.presence'),
      // why: only a playable pulse; "9000 bpm" is a joke, not a tempo, and the contract bounds it.
      ...(input.tempos[0] !== undefined && input.tempos[0].bpm >= 20 && input.tempos[0].bpm <= 400 ? { bpm: input.tempos[0].bpm } : {}),
    } as Instruction['audio'],
    narrative: {
      genre: valueOf('narrative.genre'),
      tone: valueOf('narrative.tone'),
      style: valueOf('narrative.style'),
      settings: multi('narrative.settings'),
      themes: multi('narrative.themes'),
      sceneType: valueOf('narrative.sceneType'),
      tensionCurve: valueOf('narrative.tensionCurve'),
    } as Instruction['narrative'],
    composition: { framing: valueOf('composition.framing'), balance: valueOf('composition.balance'), symmetry: valueOf('composition.symmetry') } as Instruction['composition'],
    transition: transitions,
    intensity,
    durationSeconds,
    avoid: {
      camera: [...new Set(cameraAvoid)] as Instruction['avoid']['camera'],
      motion: [...new Set(motionAvoid)] as Instruction['avoid']['motion'],
      colors: [...new Set(colorAvoid)],
      tone: [...new Set(toneAvoid)],
      presence: [...new Set(avoided('audio.presence'))] as Instruction['avoid']['presence'],
    },
    mappings,
    unknown: [...input.unknown],
  };
}

function transitionOf(input: AssemblyInput, avoided: readonly string[]): Instruction['transition'] {
  let transitionIn: string | undefined;
  let transitionOut: string | undefined;
  for (const term of input.terms) {
    if (term.negated) continue;
    const effect = term.sense.effects.find((candidate) => candidate.domain === 'transition');
    if (effect === undefined || avoided.includes(effect.canonical) || !isAllowed('transition', effect.canonical)) continue;
    const words = term.item.key.split(' ');
    const isIn = words.includes('in') || words.includes('from') || words.includes('up');
    const isOut = words.includes('out') || words.includes('to') || words.includes('down');
    if (isIn && !isOut) transitionIn ??= effect.canonical;
    else if (isOut && !isIn) transitionOut ??= effect.canonical;
    else {
      transitionIn ??= effect.canonical;
      transitionOut ??= effect.canonical;
    }
  }
  const fallback = avoided.includes('cut') ? (transitionTypes.find((candidate) => !avoided.includes(candidate)) ?? 'cut') : 'cut';
  return { in: (transitionIn ?? fallback) as Instruction['transition']['in'], out: (transitionOut ?? fallback) as Instruction['transition']['out'] };
}

const directModifiers = new Map<string, string>(Object.entries({
  dark: 'dark', deep: 'dark', light: 'light', pale: 'light', pastel: 'pastel', soft: 'pastel', dusty: 'muted', muted: 'muted', dull: 'muted',
  faded: 'muted', bright: 'vivid', electric: 'vivid', neon: 'vivid', vivid: 'vivid', vibrant: 'vivid', hot: 'vivid', rich: 'dark', baby: 'pastel',
}));

function buildColors(
  input: AssemblyInput,
  explicit: Map<LinguisticDomain, Vote[]>,
  implied: Map<LinguisticDomain, Vote[]>,
  avoided: readonly string[],
  resolved: Map<LinguisticDomain, string>,
): NamedColor[] {
  const avoidedFamilies = new Set<string>();
  for (const name of avoided) {
    const rgb = colorRgb(input.lexicon, name);
    if (rgb !== undefined) avoidedFamilies.add(colorFamily(rgb));
    if (Object.hasOwn(paletteStops, name)) for (const color of paletteColors(name)) avoidedFamilies.add(colorFamily(color.rgb));
  }
  const keep = (color: NamedColor): boolean => !avoided.includes(color.name) && !avoidedFamilies.has(colorFamily(color.rgb));
  const named: NamedColor[] = [];
  const concepts: string[] = [];
  for (const term of input.terms) {
    if (term.negated) continue;
    for (const effect of term.sense.effects) {
      if (effect.domain !== 'palette.colors') continue;
      if (Object.hasOwn(paletteStops, effect.canonical)) {
        if (!concepts.includes(effect.canonical)) concepts.push(effect.canonical);
        continue;
      }
      let rgb = colorRgb(input.lexicon, effect.canonical);
      if (rgb === undefined) continue;
      let name = effect.canonical;
      // A modifier word right before a one-word colour ("dusty teal") shifts it, unless the dataset named the pair.
      const before = input.tokens[term.item.start - 1]?.text;
      const modifier = before === undefined ? undefined : directModifiers.get(before);
      if (modifier !== undefined && !name.includes(' ')) {
        rgb = modifyColor(rgb, modifier);
        name = `${before} ${name}`;
      }
      named.push({ name, rgb });
    }
  }
  // "greyscale ocean waves": black and white takes the colour out of the scene's palette words (the sea's
  // blues); a colour the prompt named ("black and white, one red coat") stays.
  const fromConcepts = (concepts.includes('mono') ? ['mono'] : concepts).flatMap((concept) => paletteColors(concept));
  let colors = [...named, ...fromConcepts].filter(keep);
  if (colors.length === 0 && named.length === 0 && concepts.length === 0) {
    const impliedConcepts = (implied.get('palette.colors') ?? []).map((candidate) => candidate.canonical).filter((name) => Object.hasOwn(paletteStops, name));
    const toneConcept = resolved.get('narrative.tone') === 'dark' ? ['night'] : resolved.get('narrative.tone') === 'dreamy' ? ['dreamy'] : [];
    colors = (impliedConcepts.length > 0 ? impliedConcepts : toneConcept).flatMap((concept) => paletteColors(concept)).filter(keep);
  }
  const unique = new Map<string, NamedColor>();
  for (const color of colors) if (!unique.has(color.name)) unique.set(color.name, color);
  void explicit;
  return [...unique.values()].slice(0, 12);
}

/** The RGB of a colour name: a learned name, then the colour dataset. */
export function colorRgb(lexicon: Lexicon, name: string): Rgb | undefined {
  const learned = lexicon.learnedColors.get(name.toLowerCase());
  if (learned !== undefined) return learned.rgb;
  const word = lexicon.wordnet.colors.get(name) ?? lexicon.wordnet.colors.get(name.replace('gray', 'grey'));
  return word === undefined ? undefined : hexToRgb(word.hex);
}
