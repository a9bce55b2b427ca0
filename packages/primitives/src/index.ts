/**
 * @packageDocumentation
 * `@motionreg/primitives`: the origin vocabularies, the contracts every package meets at (zod schemas
 * with inferred types), colour science, the one depth concept, authentic names, seeded choice and
 * the one error class. Every other motionreg package depends on this one and on nothing above it.
 */
export { MotionregError, errorCodes, invalidInput } from './errors/motionreg-error.js';
export { parseOrThrow } from './errors/parse-or-throw.js';
export type { ParseOrThrowContext } from './errors/parse-or-throw.js';
export type { ErrorCode, MotionregErrorOptions } from './errors/motionreg-error.js';

// why: the origin and contract modules are public data and schemas, every export of which is API.
export * from './origins/origins.js';
export * from './origins/primitives.js';
export * from './contracts/common.js';
export * from './contracts/instruction.js';
export * from './contracts/scene-spec.js';
export * from './contracts/clip-truth.js';
export * from './contracts/extraction.js';
export * from './contracts/registry.js';
export * from './contracts/knowledge.js';
export { checkClipDuration, maxClipSeconds, promptSource } from './contracts/clip-duration.js';

// colour science and the one depth concept
export {
  srgbToLinearTable,
  rgbToLinear,
  linearToRgb,
  linearToSrgbLevel,
  linearToLab,
  linearToLabInto,
  rgbToLab,
  rgbToLabInto,
  labToRgb,
  linearToOklab,
  rgbToOklab,
  oklabToRgb,
} from './color/rgb-to-lab.js';
export type { LinearRgb, Lab, Oklab } from './color/rgb-to-lab.js';
export { deltaE2000, deltaE2000Components, deltaE2000Rgb } from './color/delta-e-2000.js';
export { colorDepth, linearColorDepthInto, mixDepth, mixDepthLinear } from './color/color-depth.js';
export { soundDepth } from './color/sound-depth.js';
export { roundPercentages } from './color/round-percentages.js';

// the store contract and the registry export (owned with @motionreg/grow)
export * from './contracts/store.js';
export * from './contracts/registry-api.js';
export * from './contracts/registry-export.js';

// authentic names
export { colorNameIndex, isUsableColorName, nearestColorNames } from './naming/color-name-index.js';
export { clientSafeNames, deniedReason, hasNonLatinLetter, isDeniedName } from './naming/denied-names.js';
export type { ColorNameIndex, ColorNameMatch, NearestColorNamesOptions } from './naming/color-name-index.js';
export { nameColor, colorNameCandidates, describeColorDifference } from './naming/name-color.js';
export type { ColorDifference } from './naming/name-color.js';
export { nameSound, soundNameCandidates, soundNamePropertiesSchema } from './naming/name-sound.js';
export type { SoundNameProperties } from './naming/name-sound.js';
export { nameMotion, motionNameCandidates, motionNamePropertiesSchema } from './naming/name-motion.js';
export type { MotionNameProperties } from './naming/name-motion.js';
export { nameBlend, blendNameCandidates, blendNamePropertiesSchema, blendAdjective } from './naming/name-blend.js';
export type { BlendNameProperties } from './naming/name-blend.js';
export { isKnownNameWord, curatedNameWords, colorQualifierWords, soundWords, motionWords, blendWords } from './naming/name-vocabulary.js';

// seeded and secure choice
export { randomSourceFromUint32 } from './choice/random-source.js';
export type { RandomSource } from './choice/random-source.js';
export { createSeededRandom } from './choice/seeded-random.js';
export type { Seed } from './choice/seeded-random.js';
export { createSecureRandom } from './choice/secure-random.js';
export {
  weightedChoice,
  weightedChoiceFavorUnderused,
  weightedChoiceFavorRecent,
  underusedWeight,
  recentWeight,
} from './choice/weighted-choice.js';
export type { Moment } from './choice/weighted-choice.js';
export { firstFreeName } from './naming/first-free-name.js';
