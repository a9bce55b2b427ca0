/**
 * @packageDocumentation
 * `@motionreg/create`: an instruction plus what the registries know into a scene spec. Every choice comes
 * from the origin vocabularies plus registry entries, constrained by the prompt, drawn from a seeded PRNG
 * (explore favours underused entries, exploit the most used), with provenance for each.
 */
export { buildSpec, buildSpecOptionsSchema, maxRegistryColors, recentAudioShare, tempoBpmRange, shotSecondsByCutFrequency } from './build-spec/build-spec.js';
export type { BuildSpecOptions } from './build-spec/build-spec.js';
export { buildColorPool, colorConstraints, fitsModifier, fittingOriginPalettes, instructionColorConcept, lch, lightingBias, lightnessBias, registryColorFitsConcept } from './palette/color-pool.js';
export { colorConceptOf, colorFamilies, colorFamilyOf, conceptNearness, fitsConcept, isNeutralFamily, neutralFamilyChroma } from './palette/color-family.js';
export type { ColorConcept, ColorFamily } from './palette/color-family.js';
export { conceptPrimitives, conceptTables, conceptValues, narrowPool } from './pools/concept-pool.js';
export type { PoolColor } from './palette/color-pool.js';
export { chooseSounds } from './sound/sound-pool.js';
export type { ChooseSoundsOptions, PoolSound } from './sound/sound-pool.js';
export { chooseByStrategy, chooseManyByStrategy, creditedEntry, enumPool, sourceOf, strategyWeight } from './pools/choice-pool.js';
export type { PoolItem } from './pools/choice-pool.js';
