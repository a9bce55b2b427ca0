import { z } from 'zod';
import {
  audioMoodSchema, audioPresenceSchema, audioTempoSchema, balanceSchema, cameraDirectionSchema, cameraMotionSchema,
  cameraSpeedSchema, cameraSteadinessSchema, colorTemperatureSchema, contrastRatioSchema, framingSchema,
  genreSchema, gradientTypeSchema, lightingPresetSchema, motionAccelerationSchema, motionDirectionSchema,
  motionRhythmSchema, motionSmoothnessSchema, motionSpeedSchema, sceneTypeSchema, settingSchema,
  shapeOverlaySchema, styleSchema, symmetrySchema, tensionCurveSchema, themeSchema, toneSchema,
  transitionTypeSchema,
} from '../origins/origins.js';
import { namedColorSchema, schemaVersionSchema } from './common.js';

/** How a span of the prompt was understood. */
export const mappingKinds = ['exact', 'synonym', 'spelling', 'dialect', 'slang', 'wordnet', 'registry'] as const;
export const mappingKindSchema = z.enum(mappingKinds);
export type MappingKind = z.infer<typeof mappingKindSchema>;

/**
 * The field an interpreted span sets, as a path into the instruction (`camera.motion`,
 * `palette.colors`, `narrative.settings`...). The linguistic registry is unique per (span, domain),
 * which is how one word keeps different meanings in different domains ("crane" the shot vs the bird).
 */
export const linguisticDomains = [
  'palette.colors', 'palette.modifiers',
  'motion.speed', 'motion.smoothness', 'motion.direction', 'motion.rhythm', 'motion.acceleration',
  'camera.motion', 'camera.speed', 'camera.steadiness',
  'gradient', 'shape',
  'lighting.temperature', 'lighting.contrast', 'lighting.preset',
  'audio.mood', 'audio.tempo', 'audio.presence',
  'narrative.genre', 'narrative.tone', 'narrative.style', 'narrative.settings', 'narrative.themes',
  'narrative.sceneType', 'narrative.tensionCurve',
  'composition.framing', 'composition.balance', 'composition.symmetry',
  'transition', 'intensity', 'durationSeconds', 'negation', 'subject',
  // added last so existing indices stay as they were
  'camera.direction',
] as const;
export const linguisticDomainSchema = z.enum(linguisticDomains);
export type LinguisticDomain = z.infer<typeof linguisticDomainSchema>;

/** One understood span: what the words were, what they mean, in which field, and how we knew. */
export const mappingSchema = z.object({
  span: z.string().min(1),
  canonical: z.string().min(1),
  domain: linguisticDomainSchema,
  kind: mappingKindSchema,
});
export type Mapping = z.infer<typeof mappingSchema>;

/** Palette modifiers a prompt may apply to its colours. */
export const paletteModifiers = ['pastel', 'muted', 'vivid', 'dark', 'light', 'warm', 'cool', 'monochrome'] as const;
export const paletteModifierSchema = z.enum(paletteModifiers);
export type PaletteModifier = z.infer<typeof paletteModifierSchema>;

/** What the prompt asked not to have. Values are canonical origin words (colours: colour names). */
export const avoidSchema = z.object({
  camera: z.array(cameraMotionSchema),
  motion: z.array(z.union([motionSpeedSchema, motionRhythmSchema, motionSmoothnessSchema, motionDirectionSchema])),
  colors: z.array(z.string().min(1)),
  tone: z.array(toneSchema),
  presence: z.array(audioPresenceSchema),
});
export type Avoid = z.infer<typeof avoidSchema>;

/** Why an instruction may not reflect its prompt: `not_english` when most words are not English. */
export const instructionWarningCodes = ['not_english'] as const;
export const instructionWarningSchema = z.object({
  code: z.enum(instructionWarningCodes),
  /** A sentence naming what was seen, e.g. which words were read as another language. */
  message: z.string().min(1),
});
export type InstructionWarning = z.infer<typeof instructionWarningSchema>;

/**
 * A prompt, understood: every field is an origin word. Fields the prompt did not speak to hold what a
 * careful reader would infer, otherwise a neutral origin value; `mappings` shows which came from words.
 */
export const instructionSchema = z.object({
  schemaVersion: schemaVersionSchema,
  prompt: z.string(),
  palette: z.object({
    colors: z.array(namedColorSchema),
    modifiers: z.array(paletteModifierSchema),
  }),
  motion: z.object({
    speed: motionSpeedSchema,
    smoothness: motionSmoothnessSchema,
    direction: motionDirectionSchema,
    rhythm: motionRhythmSchema,
    acceleration: motionAccelerationSchema,
  }),
  camera: z.object({
    motion: cameraMotionSchema,
    speed: cameraSpeedSchema,
    steadiness: cameraSteadinessSchema,
    /**
     * The direction the prompt asked for ("pan left", "crane up", "pull back"), in the scene spec's
     * convention (pan right = the camera turns right); absent when the prompt named none.
     */
    direction: cameraDirectionSchema.optional(),
  }),
  gradient: gradientTypeSchema,
  shape: shapeOverlaySchema,
  lighting: z.object({ temperature: colorTemperatureSchema, contrast: contrastRatioSchema, preset: lightingPresetSchema }),
  audio: z.object({
    mood: audioMoodSchema,
    tempo: audioTempoSchema,
    presence: audioPresenceSchema,
    /** The beats per minute the prompt named ("128 bpm"); absent when it named none. */
    bpm: z.number().positive().max(400).optional(),
  }),
  narrative: z.object({
    genre: genreSchema,
    tone: toneSchema,
    style: styleSchema,
    settings: z.array(settingSchema),
    themes: z.array(themeSchema),
    sceneType: sceneTypeSchema,
    tensionCurve: tensionCurveSchema,
  }),
  composition: z.object({ framing: framingSchema, balance: balanceSchema, symmetry: symmetrySchema }),
  transition: z.object({ in: transitionTypeSchema, out: transitionTypeSchema }),
  /** 0–1: how strong the prompt asked things to be ("dead calm" is low, "hella intense" high). */
  intensity: z.number().min(0).max(1),
  durationSeconds: z.number().positive().nullable(),
  avoid: avoidSchema,
  mappings: z.array(mappingSchema),
  /** Words of the prompt that nothing understood. */
  unknown: z.array(z.string()),
  /** Why the instruction may not reflect the prompt (absent or empty when nothing is wrong). */
  warnings: z.array(instructionWarningSchema).optional(),
});
export type Instruction = z.infer<typeof instructionSchema>;
