import { z } from 'zod';
import {
  audioMoods, audioPresences, audioTempos, balances, cameraMotions, cameraSpeeds, cameraSteadinesses, colorTemperatures,
  checkClipDuration, contrastRatios, createSeededRandom, creationStrategySchema, cutFrequencies, framings, genres, gradientTypes, instructionSchema,
  invalidInput, knowledgeSchema, lightingPresets, motionAccelerations, motionDirections, motionRhythms, motionSmoothnesses, parseOrThrow,
  maxClipSeconds, motionSpeeds, originPalettes, promptSource, sceneSpecSchema, sceneTypes, settings, shapeOverlays, shotLengthsSeconds, styles, symmetries,
  tensionCurves, themes, tones, transitionTypes, weightedChoiceFavorRecent,
} from '@motionreg/primitives';
import type {
  AudioMood, AudioPresence, AudioTempo, CameraDirection, CameraMotion, CreationStrategy, CutFrequency, Instruction, Knowledge,
  LinguisticDomain, PaletteModifier, PureColor, RandomSource, RegistryEntry, Rgb, SceneCut, SceneSpec, TransitionType,
} from '@motionreg/primitives';
import {
  buildColorPool, colorConstraints, fittingOriginPalettes, hasFittingColor, instructionColorConcept, lightingBias, lightnessBias, registryColorFitsConcept,
} from '../palette/color-pool.js';
import { conceptNearness } from '../palette/color-family.js';
import type { ColorConcept } from '../palette/color-family.js';
import type { PoolColor } from '../palette/color-pool.js';
import { ProvenanceLog, chooseByStrategy, chooseManyByStrategy, enumPool, sourceOf, strategyWeight } from '../pools/choice-pool.js';
import type { PoolItem } from '../pools/choice-pool.js';
import { chooseSounds } from '../sound/sound-pool.js';
import { conceptPrimitives, conceptTables, conceptValues, narrowPool } from '../pools/concept-pool.js';

const component = 'create';

/** Options of {@link buildSpec}. */
export const buildSpecOptionsSchema = z.object({
  /** Every random choice comes from a PRNG seeded with this, so the same inputs give the same spec. */
  seed: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  /** explore favours underused registry entries; exploit favours the most used. @default 'explore' */
  mode: creationStrategySchema.default('explore'),
  /** Clip length when the prompt gives none. @default a seeded pick of the origin shot lengths up to 4 s */
  durationSeconds: z.number().positive().max(maxClipSeconds).optional(),
});
export type BuildSpecOptions = z.input<typeof buildSpecOptionsSchema>;

/** The share of clips whose audio follows a recently seen sound blend (seed 000 §2.2); the rest use the most common. */
export const recentAudioShare = 0.35;

/** Beats per minute drawn for each tempo. */
export const tempoBpmRange: Record<AudioTempo, readonly [number, number]> = { slow: [60, 84], medium: [90, 126], fast: [130, 170] };

/** Mean shot length in seconds for each cut frequency (`none`: one shot). */
export const shotSecondsByCutFrequency: Record<CutFrequency, number | null> = { none: null, rare: 4, normal: 2, fast: 1, rapid: 0.5 };

/** Camera directions that fit each camera motion (mirrors the renderer's reading of the spec). */
const cameraDirections: Record<CameraMotion, readonly CameraDirection[]> = {
  static: ['none'], handheld: ['none'],
  pan: ['left', 'right'], truck: ['left', 'right'], tracking: ['left', 'right'], arc: ['left', 'right'], whip_pan: ['left', 'right'],
  tilt: ['up', 'down'], pedestal: ['up', 'down'], crane: ['up', 'down'],
  zoom: ['in'], dolly: ['in', 'out'], zoom_out: ['out'], birds_eye: ['out'],
  rotate: ['clockwise', 'counterclockwise'], roll: ['clockwise', 'counterclockwise'],
};

/** Whether the instruction asked a direction for the camera move the spec has. */
function askedDirection(source: Instruction, motion: CameraMotion): boolean {
  const direction = source.camera.direction;
  return direction !== undefined && source.camera.motion === motion && cameraDirections[motion].includes(direction);
}

/** Registry colours a spec takes at most (besides the 16 origins and the asked-for colours). */
export const maxRegistryColors = 48;

/** Placement weight boosts of pure colours: asked for by the prompt, chosen as a palette hint. */
const askedColorBoost = 4;
const hintColorBoost = 2;

/**
 * Builds a scene spec from an instruction and what the registries know. Every choice comes from the pool of
 * origin values plus registry entries, constrained by the prompt, and is drawn from a PRNG seeded with
 * `options.seed`, so the same instruction, knowledge and seed always give the same spec, and different seeds
 * give different clips:
 *
 * - a field the prompt set (it has a mapping for that domain) keeps the prompt's value, unless avoided;
 * - any other field draws from its pool: explore favours underused values (`1 / (1 + count)`), exploit the
 *   most used (`1 + count`), where a value's count is the sum of the counts of the registry entries holding it;
 * - audio: the prompt's mood/tempo/presence, else 35 % of the time a sound blend of the registry chosen
 *   favouring the recently seen, otherwise its most common one, else the origins;
 * - 3–5 pure sounds from the origin primitives and the registry's static sounds, favouring the underused;
 * - pure colours: the 16 origin primitives, the registry's static colours (at most 48, drawn by strategy when
 *   there are more) and the colours asked for, filtered by
 *   the prompt's modifiers (warm, pastel...) and avoid list; 2–3 palette hints among them favouring the
 *   underused. `creationMode` is `pure_per_frame` when that pool is non-empty, else `blended` over an origin palette.
 *
 * `provenance` records, for every choice, whether it came from the prompt, an origin vocabulary or which
 * registry entry.
 *
 * @example
 * ```ts
 * const spec = buildSpec(interpret('a slow warm pan over the sea'), emptyKnowledge(), { seed: 7, mode: 'explore' });
 * spec.creationMode; // 'pure_per_frame'
 * ```
 */
export function buildSpec(instruction: Instruction, knowledge: Knowledge, options: BuildSpecOptions): SceneSpec {
  const source = parseOrThrow(instructionSchema, instruction, { component, what: 'instruction' });
  const known = parseOrThrow(knowledgeSchema, knowledge, { component, what: 'knowledge' });
  const parsedOptions = parseOrThrow(buildSpecOptionsSchema, options, { component, what: 'option' });
  // why: a prompt that names its own length ("6 hours long") is refused here, before anything is rendered.
  if (source.durationSeconds !== null) checkClipDuration(source.durationSeconds, promptSource(source.prompt), component);
  const { seed, mode } = parsedOptions;
  const random = createSeededRandom(seed);
  const log = new ProvenanceLog();
  const explicit = (...domains: LinguisticDomain[]) => source.mappings.some((mapping) => domains.includes(mapping.domain));

  /** The prompt's value when it set the field (and does not avoid it), else a strategy choice from the pool. */
  function pick<T extends string>(field: string, domain: string, prompt: T, promptSet: boolean, pool: PoolItem<T>[], avoid: readonly string[] = []): T {
    if (promptSet && !avoid.includes(prompt)) {
      log.add(field, prompt, { kind: 'instruction', field });
      return prompt;
    }
    if (pool.length === 0) throw invalidInput(component, `nothing left to choose for ${field}: every value is avoided`);
    const item = chooseByStrategy(pool, mode, random);
    log.add(field, item.value, sourceOf(item, domain, mode));
    return item.value;
  }

  // ---- motion (seed 000 §2.2: weightedChoiceFavorUnderused over the motion registry) --------------------
  const motionEntries = known.dynamic.motion;
  const motionAvoid = source.avoid.motion as readonly string[];
  const motion = {
    speed: pick('motion.speed', 'motion', source.motion.speed, explicit('motion.speed'), enumPool(motionSpeeds, motionEntries, ['speed'], motionAvoid), motionAvoid),
    smoothness: pick('motion.smoothness', 'motion', source.motion.smoothness, explicit('motion.smoothness'), enumPool(motionSmoothnesses, motionEntries, ['smoothness'], motionAvoid), motionAvoid),
    direction: pick('motion.direction', 'motion', source.motion.direction, explicit('motion.direction'), enumPool(motionDirections, motionEntries, ['direction'], motionAvoid), motionAvoid),
    rhythm: pick('motion.rhythm', 'motion', source.motion.rhythm, explicit('motion.rhythm'), enumPool(motionRhythms, motionEntries, ['rhythm'], motionAvoid), motionAvoid),
    acceleration: pick('motion.acceleration', 'motion', source.motion.acceleration, explicit('motion.acceleration'), enumPool(motionAccelerations, motionEntries, ['acceleration'], motionAvoid), motionAvoid),
  };

  // ---- camera ----------------------------------------------------------------------------------------
  const cameraEntries = known.dynamic.camera;
  const cameraMotion = pick('camera.motion', 'camera', source.camera.motion, explicit('camera.motion'), enumPool(cameraMotions, cameraEntries, ['type', 'motion'], source.avoid.camera), source.avoid.camera);
  // "a fast roll": when the prompt gave a motion speed but no camera speed, the camera moves at that speed
  const speedWord = source.motion.speed === 'static' ? null : source.motion.speed;
  const cameraSpeedSaid = explicit('camera.speed') || (explicit('motion.speed') && speedWord !== null && explicit('camera.motion'));
  const camera: SceneSpec['camera'] = {
    motion: cameraMotion,
    speed: pick('camera.speed', 'camera', explicit('camera.speed') ? source.camera.speed : (speedWord ?? source.camera.speed), cameraSpeedSaid, enumPool(cameraSpeeds, cameraEntries, ['speed'])),
    steadiness: pick('camera.steadiness', 'camera', source.camera.steadiness, explicit('camera.steadiness'), enumPool(cameraSteadinesses, cameraEntries, ['steadiness'])),
    // The asked direction when it fits the move (it always does unless the move was avoided and redrawn); else drawn.
    direction: pick('camera.direction', 'camera', source.camera.direction ?? ('none' as CameraDirection), askedDirection(source, cameraMotion), enumPool(cameraDirections[cameraMotion], cameraEntries.filter((entry) => entry.value.type === cameraMotion), ['direction'])),
  };

  // ---- graphics, lighting, composition ----------------------------------------------------------------
  const gradient = pick('gradient', 'graphics', source.gradient, explicit('gradient'), enumPool(gradientTypes, known.dynamic.gradient, ['type']));
  const shape = pick('shape', 'graphics', source.shape, explicit('shape'), enumPool(shapeOverlays, [], []));
  const lightingEntries = known.dynamic.lighting;
  const modifierTemperature = source.palette.modifiers.includes('warm') ? 'warm' : source.palette.modifiers.includes('cool') ? 'cool' : null;
  // The asked light keeps the rest of the light in its concept ("golden hour" draws a warm temperature,
  // "warm light" a preset made of warm light); asked nothing, every value stays in the pool.
  const presetAsked = explicit('lighting.preset') ? source.lighting.preset : null;
  const temperatureAsked = modifierTemperature ?? (explicit('lighting.temperature') ? source.lighting.temperature : null);
  const presetsOfTemperature = temperatureAsked === null ? null : new Set([
    ...lightingPresets.filter((preset) => (conceptTables.presetTemperatures[preset] as readonly string[]).includes(temperatureAsked)),
    ...conceptValues<typeof lightingPresets[number]>([], lightingEntries, 'temperature', temperatureAsked, 'preset'),
  ]);
  // A bright or dark tone ("a bright sunny beach") is lit to match; the narrative is drawn later, so read the prompt's.
  const toneAsked = explicit('narrative.tone') && (source.narrative.tone === 'bright' || source.narrative.tone === 'dark') ? source.narrative.tone : null;
  const presetsOfTone = toneAsked === null ? null : new Set<typeof lightingPresets[number]>(conceptTables.tonePresets[toneAsked]);
  const presetConcept = presetsOfTemperature === null ? presetsOfTone
    : presetsOfTone === null ? presetsOfTemperature
    : new Set([...presetsOfTemperature].filter((preset) => presetsOfTone.has(preset)));
  const contrastConcept = presetAsked !== null
    ? conceptValues(conceptTables.presetContrasts[presetAsked], lightingEntries, 'preset', presetAsked, 'contrast')
    : toneAsked === null ? null : new Set<typeof contrastRatios[number]>(conceptTables.toneContrasts[toneAsked]);
  const lighting: SceneSpec['lighting'] = {
    preset: pick('lighting.preset', 'lighting', source.lighting.preset, explicit('lighting.preset'), narrowPool(enumPool(lightingPresets, lightingEntries, ['preset']), presetConcept)),
    temperature: pick('lighting.temperature', 'lighting', modifierTemperature ?? source.lighting.temperature, modifierTemperature !== null || explicit('lighting.temperature'), narrowPool(enumPool(colorTemperatures, lightingEntries, ['temperature']), presetAsked === null ? null : conceptValues(conceptTables.presetTemperatures[presetAsked], lightingEntries, 'preset', presetAsked, 'temperature'))),
    contrast: pick('lighting.contrast', 'lighting', source.lighting.contrast, explicit('lighting.contrast'), narrowPool(enumPool(contrastRatios, lightingEntries, ['contrast']), contrastConcept)),
  };
  const compositionEntries = known.dynamic.composition;
  const composition: SceneSpec['composition'] = {
    framing: pick('composition.framing', 'composition', source.composition.framing, explicit('composition.framing'), enumPool(framings, compositionEntries, ['framing'])),
    balance: pick('composition.balance', 'composition', source.composition.balance, explicit('composition.balance'), enumPool(balances, compositionEntries, ['balance'])),
    symmetry: pick('composition.symmetry', 'composition', source.composition.symmetry, explicit('composition.symmetry'), enumPool(symmetries, compositionEntries, ['symmetry'])),
  };

  // ---- narrative (pools counted from the narrative registry's keys) ----------------------------------------
  const narrativeEntries = (aspect: string) => (known.narrative[aspect] ?? []).map((entry) => ({ ...entry, value: { ...entry.value, key: entry.key } }));
  const toneAvoid = source.avoid.tone as readonly string[];
  const narrative: SceneSpec['narrative'] = {
    genre: pick('narrative.genre', 'narrative', source.narrative.genre, explicit('narrative.genre'), enumPool(genres, narrativeEntries('genre'), ['key'])),
    tone: pick('narrative.tone', 'narrative', source.narrative.tone, explicit('narrative.tone'), enumPool(tones, narrativeEntries('mood'), ['key'], toneAvoid), toneAvoid),
    style: pick('narrative.style', 'narrative', source.narrative.style, explicit('narrative.style'), enumPool(styles, narrativeEntries('style'), ['key'])),
    settings: explicit('narrative.settings') ? source.narrative.settings : [pick('narrative.settings', 'narrative', 'general', false, enumPool(settings, narrativeEntries('settings'), ['key']))],
    themes: explicit('narrative.themes') ? source.narrative.themes : [pick('narrative.themes', 'narrative', 'general', false, enumPool(themes, narrativeEntries('themes'), ['key']))],
    sceneType: pick('narrative.sceneType', 'narrative', source.narrative.sceneType, explicit('narrative.sceneType'), enumPool(sceneTypes, narrativeEntries('sceneType'), ['key'])),
    tensionCurve: pick('narrative.tensionCurve', 'narrative', source.narrative.tensionCurve, explicit('narrative.tensionCurve'), enumPool(tensionCurves, narrativeEntries('plots'), ['key'])),
  };
  if (explicit('narrative.settings')) log.add('narrative.settings', narrative.settings.join(','), { kind: 'instruction', field: 'narrative.settings' });
  if (explicit('narrative.themes')) log.add('narrative.themes', narrative.themes.join(','), { kind: 'instruction', field: 'narrative.themes' });

  // ---- intensity and duration ----------------------------------------------------------------------------
  let intensity = source.intensity;
  if (explicit('intensity')) log.add('intensity', intensity, { kind: 'instruction', field: 'intensity' });
  else {
    intensity = Math.round((0.3 + 0.5 * random.next()) * 1000) / 1000;
    log.add('intensity', intensity, { kind: 'origin', domain: 'audio' });
  }
  let durationSeconds: number;
  if (source.durationSeconds !== null) {
    durationSeconds = source.durationSeconds;
    log.add('durationSeconds', durationSeconds, { kind: 'instruction', field: 'durationSeconds' });
  } else if (parsedOptions.durationSeconds !== undefined) {
    durationSeconds = parsedOptions.durationSeconds;
    log.add('durationSeconds', durationSeconds, { kind: 'origin', domain: 'temporal' });
  } else {
    durationSeconds = random.pick(shotLengthsSeconds.filter((seconds) => seconds <= 4));
    log.add('durationSeconds', durationSeconds, { kind: 'origin', domain: 'temporal' });
  }

  // ---- transitions and shots -------------------------------------------------------------------------------
  const transitionPool = enumPool(transitionTypes, known.dynamic.transition, ['type']);
  const transition: SceneSpec['transition'] = {
    in: pick('transition.in', 'transition', source.transition.in, explicit('transition'), transitionPool),
    out: pick('transition.out', 'transition', source.transition.out, explicit('transition'), transitionPool),
  };
  const montage = narrative.sceneType === 'montage';
  const cutPool = enumPool(cutFrequencies, known.dynamic.temporal, ['cutFrequency']).filter((item) => !montage || item.value === 'fast' || item.value === 'rapid');
  const cutFrequency = pick('temporal.cutFrequency', 'temporal', 'none' as CutFrequency, false, cutPool);
  const cuts: SceneCut[] = [];
  const shotSeconds = shotSecondsByCutFrequency[cutFrequency];
  if (shotSeconds !== null) {
    for (let at = shotSeconds * (0.75 + 0.5 * random.next()); at < durationSeconds - 0.25; at += shotSeconds * (0.75 + 0.5 * random.next())) {
      const type: TransitionType = explicit('transition') ? source.transition.in : chooseByStrategy(transitionPool, mode, random).value;
      cuts.push({ atSeconds: Math.round(at * 1000) / 1000, transition: type, durationSeconds: type === 'cut' ? 0 : 0.25 });
      log.add('temporal.cuts', `${cuts.at(-1)!.atSeconds}:${type}`, explicit('transition') ? { kind: 'instruction', field: 'transition' } : { kind: 'origin', domain: 'transition' });
    }
  }

  // ---- audio (seed 000 §2.2: 35 % favour recent, otherwise the most common blend) -------------------------
  const audio = chooseAudio(source, known, mode, random, log, explicit);
  const primitives = conceptPrimitives(explicit('audio.mood') ? audio.mood : null, explicit('audio.presence') ? audio.presence : null);
  const pureSounds = chooseSounds({ registrySounds: known.static.sound, strategy: mode, random, silent: audio.presence === 'silence', ...(primitives === null ? {} : { primitives }) });
  for (const sound of pureSounds) log.add('pureSounds', sound.name, sound.source);

  // ---- colours ---------------------------------------------------------------------------------------------
  const paletteModifiers = colorConstraints(source, lighting.temperature === 'neutral' ? null : explicit('lighting.temperature') || modifierTemperature !== null ? lighting.temperature : null);
  const concept = instructionColorConcept(source, known.static.colors, paletteModifiers);
  // A dark or bright tone ("a bright sunny beach") keeps the other colours to its lightness, when some
  // colour of the asked concept has that lightness (it never empties the concept).
  const toneLightness: PaletteModifier | null = !explicit('narrative.tone') ? null : narrative.tone === 'bright' ? 'light' : narrative.tone === 'dark' ? 'dark' : null;
  const modifiers = toneLightness !== null && !paletteModifiers.includes('light') && !paletteModifiers.includes('dark') && hasFittingColor(source, known.static.colors, [...paletteModifiers, toneLightness], concept)
    ? [...paletteModifiers, toneLightness]
    : paletteModifiers;
  // why: a frame holds a few hundred cells, so thousands of registry colours could never all be placed; a spec
  // takes at most `maxRegistryColors` of them, drawn by strategy (explore: the underused first).
  // A prompt that asked for colours takes registry colours of those families only, so the cap is drawn
  // among them (with none asked, the filter keeps every colour and the draw is as it always was).
  const conceptColors = known.static.colors.filter((entry) => registryColorFitsConcept(entry, concept));
  const registryColors = conceptColors.length <= maxRegistryColors
    ? conceptColors
    : chooseManyByStrategy(conceptColors.map((entry) => ({ value: entry, entries: [entry], count: entry.count })), maxRegistryColors, mode, random).map((item) => item.value);
  const colorPool = buildColorPool(source, registryColors, modifiers, concept);
  const asked = colorPool.filter((color) => color.asked);
  const hintPool = colorPool.filter((color) => !color.asked).map((color) => ({ value: color, entries: color.entry ? [color.entry] : [], count: color.count }));
  const hints = chooseManyByStrategy(hintPool, Math.min(hintPool.length, random.int(2, 3)), mode, random).map((item) => item.value);
  for (const hint of hints) log.add('palette', hint.name, hint.source);
  for (const color of asked) log.add('palette', color.name, color.source);
  const hinted = new Set(hints);
  // The lightness asked, by a palette modifier or by the tone ("a bright sunny beach"); null when neither was.
  const askedDark = modifiers.includes('dark') || (explicit('narrative.tone') && narrative.tone === 'dark');
  const askedBright = modifiers.includes('light') || (explicit('narrative.tone') && narrative.tone === 'bright');
  const lightness = askedDark === askedBright ? null : askedDark ? 'dark' : 'bright';
  const pureColors: PureColor[] = colorPool.map((color) => ({
    name: color.name,
    rgb: color.rgb,
    weight: Math.round(placementWeight(color, hinted.has(color), lighting.preset, mode, concept) * lightnessBias(color.rgb, lightness) * 1000) / 1000,
    source: color.source,
  }));
  for (const color of colorPool) if (color.source.kind === 'registry') log.add('pureColors', color.name, color.source);
  let palette: SceneSpec['palette'] = [...asked, ...hints].map((color) => ({ name: color.name, rgb: color.rgb }));
  if (palette.length === 0) {
    // blended mode: the pool is empty, so the gradient runs over an origin palette that fits the constraints
    const fitting = fittingOriginPalettes(modifiers);
    const names = fitting.length > 0 ? fitting : (Object.keys(originPalettes) as (keyof typeof originPalettes)[]);
    const name = chooseByStrategy(names.map((value) => ({ value, entries: [], count: 0 })), mode, random).value;
    palette = originPalettes[name].map((stop, index) => ({ name: `${name} ${index + 1}`, rgb: [...stop] as Rgb }));
    log.add('palette', name, { kind: 'origin', domain: 'palette' });
  }
  const creationMode = pureColors.length > 0 ? 'pure_per_frame' : 'blended';

  const spec: SceneSpec = {
    schemaVersion: 1,
    prompt: source.prompt,
    seed,
    strategy: mode,
    creationMode,
    durationSeconds,
    palette,
    pureColors,
    pureSounds,
    motion,
    camera,
    gradient,
    shape,
    lighting,
    composition,
    audio,
    narrative,
    transition,
    temporal: { cutFrequency, cuts },
    intensity,
    provenance: log.records,
  };
  // why: the spec crosses into render and the stores; parsing proves every choice is a valid contract value.
  return sceneSpecSchema.parse(spec);
}

/**
 * Placement weight of a pure colour: base 1 (explore adds the underused weight), times the asked, hint and
 * lighting boosts, and, when the prompt asked for colours, its nearness to them (1–2, see `conceptNearness`).
 */
function placementWeight(color: PoolColor, hint: boolean, preset: SceneSpec['lighting']['preset'], mode: CreationStrategy, concept: ColorConcept | null): number {
  const base = mode === 'explore' ? 1 + strategyWeight(color.count, 'explore') : Math.log2(2 + color.count);
  const near = color.asked ? 1 : conceptNearness(color.rgb, concept);
  return base * (color.asked ? askedColorBoost : 1) * (hint ? hintColorBoost : 1) * lightingBias(color.rgb, preset) * near;
}

const presenceWithPulse = new Set<AudioPresence>(['music', 'sfx', 'full']);

/** The audio blend: the prompt's, else a registry sound blend (35 % recent, otherwise most common), else the origins. */
function chooseAudio(
  source: Instruction,
  known: Knowledge,
  mode: CreationStrategy,
  random: RandomSource,
  log: ProvenanceLog,
  explicit: (...domains: LinguisticDomain[]) => boolean,
): SceneSpec['audio'] {
  const avoidPresence = source.avoid.presence;
  const asked = {
    mood: explicit('audio.mood') ? source.audio.mood : null,
    tempo: explicit('audio.tempo') ? source.audio.tempo : null,
    presence: explicit('audio.presence') ? source.audio.presence : null,
  };
  const allowedBlends = known.dynamic.sound.filter((entry) => {
    const presence = entry.value.presence;
    return typeof presence !== 'string' || !(avoidPresence as readonly string[]).includes(presence);
  });
  // Blends heard with what the prompt asked ("calm": calm blends) lend the fields it did not ask for.
  const consistent = allowedBlends.filter((entry) => (Object.entries(asked) as [string, string | null][]).every(([name, value]) => value === null || entry.value[name] === undefined || entry.value[name] === value));
  const blends = consistent.length > 0 ? consistent : allowedBlends;
  let blend: RegistryEntry | undefined;
  if (blends.length > 0) {
    if (random.next() < recentAudioShare) blend = weightedChoiceFavorRecent(blends, (entry) => entry.lastSeenAt, known.generatedAt, random);
    else blend = [...blends].sort((a, b) => b.count - a.count || (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0) || a.key.localeCompare(b.key))[0];
  }
  const fromBlend = <T extends string>(field: string, values: readonly T[]): T | undefined => {
    const value = blend?.value[field];
    return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const field = <T extends string>(name: 'mood' | 'tempo' | 'presence', values: readonly T[], prompt: T, promptSet: boolean, avoid: readonly string[] = [], concept: ReadonlySet<T> | null = null): T => {
    const path = `audio.${name}`;
    if (promptSet && !avoid.includes(prompt)) {
      log.add(path, prompt, { kind: 'instruction', field: path });
      return prompt;
    }
    const learned = fromBlend(name, values);
    if (learned !== undefined && !avoid.includes(learned) && (concept === null || concept.has(learned)) && blend) {
      log.add(path, learned, { kind: 'registry', aspect: blend.aspect, key: blend.key, name: blend.name, count: blend.count });
      return learned;
    }
    const pool = narrowPool(enumPool(values, known.dynamic.sound, [name], avoid), concept);
    if (pool.length === 0) throw invalidInput(component, `nothing left to choose for ${path}: every value is avoided`);
    const item = chooseByStrategy(pool, mode, random);
    log.add(path, item.value, sourceOf(item, 'audio', mode));
    return item.value;
  };
  const moodsOfTempo = asked.tempo === null ? null : new Set(audioMoods.filter((mood) => (conceptTables.moodTempos[mood] as readonly string[]).includes(asked.tempo as string)));
  const mood = field<AudioMood>('mood', audioMoods, source.audio.mood, explicit('audio.mood'), [], moodsOfTempo);
  const temposOfMood = asked.mood === null ? null : conceptValues<AudioTempo>(conceptTables.moodTempos[asked.mood], known.dynamic.sound, 'mood', asked.mood, 'tempo');
  const tempo = field<AudioTempo>('tempo', audioTempos, source.audio.tempo, explicit('audio.tempo'), [], temposOfMood);
  const presence = field<AudioPresence>('presence', audioPresences, source.audio.presence, explicit('audio.presence'), avoidPresence);
  let bpm: number | null = null;
  if (presenceWithPulse.has(presence) && source.audio.bpm !== undefined && !avoidPresence.includes('music')) {
    // "128 bpm": the asked beat, not a draw within its tempo class.
    bpm = source.audio.bpm;
    log.add('audio.bpm', bpm, { kind: 'instruction', field: 'audio.tempo' });
  } else if (presenceWithPulse.has(presence)) {
    const [low, high] = tempoBpmRange[tempo];
    bpm = random.int(low, high);
    log.add('audio.bpm', bpm, { kind: 'origin', domain: 'audio' });
  }
  return { mood, tempo, presence, bpm };
}
