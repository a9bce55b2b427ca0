import { z } from 'zod';

/**
 * The origin vocabularies: the canonical words every motionreg package uses (instruction, spec,
 * extraction, registries, CLI JSON), spelled exactly as the reference system listed them.
 * Each list is `as const` data with a zod enum beside it.
 */

// ---- colour -------------------------------------------------------------------------------------
/** RGB primaries of the colour origin domain. */
export const rgbPrimaries = [
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
] as const;
export const hslDimensions = ['hue', 'saturation', 'lightness'] as const;
export const contrastValues = [0.5, 0.75, 1.0, 1.25, 1.5] as const;
export const saturationValues = [0.0, 0.5, 1.0, 1.25, 1.5] as const;
export const brightnessRange = [0, 255] as const;

// ---- lighting -----------------------------------------------------------------------------------
export const keyIntensities = [0.5, 0.75, 1.0, 1.25] as const;
export const fillRatios = [0.2, 0.4, 0.6, 0.8] as const;
export const rimStrengths = [0.0, 0.2, 0.5, 0.8] as const;
export const ambientLevels = [0.2, 0.4, 0.6, 0.8] as const;
export const colorTemperatures = ['warm', 'neutral', 'cool'] as const;
export const colorTemperatureSchema = z.enum(colorTemperatures);
export type ColorTemperature = z.infer<typeof colorTemperatureSchema>;
export const contrastRatios = ['flat', 'normal', 'high', 'chiaroscuro'] as const;
export const contrastRatioSchema = z.enum(contrastRatios);
export type ContrastRatio = z.infer<typeof contrastRatioSchema>;
/** Lighting presets (grades) of the reference renderer. */
export const lightingPresets = ['neutral', 'noir', 'golden_hour', 'neon', 'documentary', 'moody'] as const;
export const lightingPresetSchema = z.enum(lightingPresets);
export type LightingPreset = z.infer<typeof lightingPresetSchema>;

// ---- motion -------------------------------------------------------------------------------------
export const motionSpeeds = ['static', 'slow', 'medium', 'fast'] as const;
export const motionSpeedSchema = z.enum(motionSpeeds);
export type MotionSpeed = z.infer<typeof motionSpeedSchema>;
export const motionSmoothnesses = ['jerky', 'rough', 'smooth', 'fluid'] as const;
export const motionSmoothnessSchema = z.enum(motionSmoothnesses);
export type MotionSmoothness = z.infer<typeof motionSmoothnessSchema>;
export const motionDirections = ['none', 'horizontal', 'vertical', 'diagonal', 'radial'] as const;
export const motionDirectionSchema = z.enum(motionDirections);
export type MotionDirection = z.infer<typeof motionDirectionSchema>;
export const motionRhythms = ['steady', 'pulsing', 'wave', 'random'] as const;
export const motionRhythmSchema = z.enum(motionRhythms);
export type MotionRhythm = z.infer<typeof motionRhythmSchema>;
export const motionAccelerations = ['constant', 'ease_in', 'ease_out', 'ease_in_out'] as const;
export const motionAccelerationSchema = z.enum(motionAccelerations);
export type MotionAcceleration = z.infer<typeof motionAccelerationSchema>;

// ---- camera -------------------------------------------------------------------------------------
export const cameraMotions = [
  'static', 'pan', 'tilt', 'dolly', 'crane', 'zoom', 'zoom_out', 'handheld',
  'roll', 'truck', 'pedestal', 'arc', 'tracking', 'birds_eye', 'whip_pan', 'rotate',
] as const;
export const cameraMotionSchema = z.enum(cameraMotions);
export type CameraMotion = z.infer<typeof cameraMotionSchema>;
export const cameraSpeeds = ['slow', 'medium', 'fast'] as const;
export const cameraSpeedSchema = z.enum(cameraSpeeds);
export type CameraSpeed = z.infer<typeof cameraSpeedSchema>;
export const cameraSteadinesses = ['locked', 'stable', 'handheld', 'shaky'] as const;
export const cameraSteadinessSchema = z.enum(cameraSteadinesses);
export type CameraSteadiness = z.infer<typeof cameraSteadinessSchema>;
/** Directions a measured or requested camera move can have (`none` for static). */
export const cameraDirections = ['none', 'left', 'right', 'up', 'down', 'in', 'out', 'clockwise', 'counterclockwise'] as const;
export const cameraDirectionSchema = z.enum(cameraDirections);
export type CameraDirection = z.infer<typeof cameraDirectionSchema>;

// ---- composition --------------------------------------------------------------------------------
export const framings = ['wide', 'medium', 'close', 'extreme_close', 'pov'] as const;
export const framingSchema = z.enum(framings);
export type Framing = z.infer<typeof framingSchema>;
export const ruleOfThirdsValues = [true, false] as const;
export const centerOfMassRange = [[0, 1], [0, 1]] as const;
export const balances = ['left_heavy', 'balanced', 'right_heavy', 'top_heavy', 'bottom_heavy'] as const;
export const balanceSchema = z.enum(balances);
export type Balance = z.infer<typeof balanceSchema>;
export const symmetries = ['asymmetric', 'slight', 'bilateral'] as const;
export const symmetrySchema = z.enum(symmetries);
export type Symmetry = z.infer<typeof symmetrySchema>;

// ---- temporal -----------------------------------------------------------------------------------
export const pacingValues = [0.5, 0.75, 1.0, 1.25, 1.5] as const;
export const cutFrequencies = ['none', 'rare', 'normal', 'fast', 'rapid'] as const;
export const cutFrequencySchema = z.enum(cutFrequencies);
export type CutFrequency = z.infer<typeof cutFrequencySchema>;
export const shotLengthsSeconds = [1, 2, 4, 6, 10] as const;
export const storyBeats = ['setup', 'development', 'climax', 'resolution'] as const;
export const storyBeatSchema = z.enum(storyBeats);
export type StoryBeat = z.infer<typeof storyBeatSchema>;

// ---- transition ---------------------------------------------------------------------------------
export const transitionTypes = ['cut', 'fade', 'dissolve', 'wipe'] as const;
export const transitionTypeSchema = z.enum(transitionTypes);
export type TransitionType = z.infer<typeof transitionTypeSchema>;
export const transitionDurationsSeconds = [0.0, 0.25, 0.5, 1.0] as const;

// ---- graphics -----------------------------------------------------------------------------------
export const gradientTypes = ['vertical', 'horizontal', 'radial', 'angled'] as const;
export const gradientTypeSchema = z.enum(gradientTypes);
export type GradientType = z.infer<typeof gradientTypeSchema>;
/** What extraction may observe: a gradient type, or `none` for a flat or unstructured frame. */
export const observedGradientTypes = ['none', ...gradientTypes] as const;
export const observedGradientTypeSchema = z.enum(observedGradientTypes);
export type ObservedGradientType = z.infer<typeof observedGradientTypeSchema>;
export const shapeOverlays = ['none', 'circle', 'rect'] as const;
export const shapeOverlaySchema = z.enum(shapeOverlays);
export type ShapeOverlay = z.infer<typeof shapeOverlaySchema>;
/** edge density, spatial variance and busyness each range over 0–1. */
export const graphicsMeasureRange = [0, 1] as const;

// ---- audio --------------------------------------------------------------------------------------
export const audioTempos = ['slow', 'medium', 'fast'] as const;
export const audioTempoSchema = z.enum(audioTempos);
export type AudioTempo = z.infer<typeof audioTempoSchema>;
export const audioMoods = ['neutral', 'calm', 'tense', 'uplifting', 'dark'] as const;
export const audioMoodSchema = z.enum(audioMoods);
export type AudioMood = z.infer<typeof audioMoodSchema>;
export const audioIntensities = [0, 0.25, 0.5, 0.75, 1.0] as const;
export const audioPresences = ['silence', 'ambient', 'music', 'sfx', 'full'] as const;
export const audioPresenceSchema = z.enum(audioPresences);
export type AudioPresence = z.infer<typeof audioPresenceSchema>;

// ---- narrative ----------------------------------------------------------------------------------
export const genres = ['general', 'documentary', 'thriller', 'ad', 'tutorial', 'educational', 'explainer'] as const;
export const genreSchema = z.enum(genres);
export type Genre = z.infer<typeof genreSchema>;
export const tones = ['neutral', 'dreamy', 'dark', 'bright', 'calm', 'energetic', 'moody'] as const;
export const toneSchema = z.enum(tones);
export type Tone = z.infer<typeof toneSchema>;
export const styles = ['cinematic', 'abstract', 'minimal', 'realistic', 'anime'] as const;
export const styleSchema = z.enum(styles);
export type Style = z.infer<typeof styleSchema>;
export const tensionCurves = ['flat', 'slow_build', 'standard', 'immediate'] as const;
export const tensionCurveSchema = z.enum(tensionCurves);
export type TensionCurve = z.infer<typeof tensionCurveSchema>;
export const settings = ['general', 'urban', 'nature', 'interior', 'exterior', 'studio', 'outdoor', 'abstract'] as const;
export const settingSchema = z.enum(settings);
export type Setting = z.infer<typeof settingSchema>;
export const themes = ['general', 'transformation', 'conflict', 'journey', 'identity', 'connection', 'loss', 'hope'] as const;
export const themeSchema = z.enum(themes);
export type Theme = z.infer<typeof themeSchema>;
export const sceneTypes = ['establishing', 'closeup', 'wide', 'medium', 'dialogue', 'action', 'montage', 'b-roll'] as const;
export const sceneTypeSchema = z.enum(sceneTypes);
export type SceneType = z.infer<typeof sceneTypeSchema>;
/** The narrative registry's aspects, and the origin list that seeds each (tone→mood, tension_curve→plots). */
export const narrativeAspects = ['genre', 'mood', 'plots', 'settings', 'themes', 'style', 'sceneType'] as const;
export const narrativeAspectSchema = z.enum(narrativeAspects);
export type NarrativeAspect = z.infer<typeof narrativeAspectSchema>;
export const narrativeAspectOrigins = {
  genre: genres,
  mood: tones,
  plots: tensionCurves,
  settings,
  themes,
  style: styles,
  sceneType: sceneTypes,
} as const satisfies Record<NarrativeAspect, readonly string[]>;

// ---- technical ----------------------------------------------------------------------------------
export const resolutions = [
  [256, 256],
  [512, 512],
  [720, 480],
  [1280, 720],
  [1920, 1080],
] as const;
export const frameRates = [12, 24, 30, 60] as const;
export const aspectRatios = ['1:1', '16:9', '4:3', '9:16'] as const;
export const aspectRatioSchema = z.enum(aspectRatios);
export type AspectRatio = z.infer<typeof aspectRatioSchema>;

// ---- depth (parallax layers; not the colour depth concept) --------------------------------------
export const parallaxStrengths = [0.0, 0.05, 0.1, 0.2] as const;
export const layerCounts = [1, 2, 3, 4] as const;

/** The twelve origin domains, as the reference system's `get_all_origins()` returned them. */
export const origins = {
  color: { rgbPrimaries, hslDimensions, contrastValues, saturationValues, brightnessRange },
  lighting: { keyIntensities, fillRatios, rimStrengths, ambientLevels, colorTemperatures, contrastRatios, presets: lightingPresets },
  motion: { speeds: motionSpeeds, smoothnesses: motionSmoothnesses, directions: motionDirections, rhythms: motionRhythms, accelerations: motionAccelerations },
  camera: { motions: cameraMotions, speeds: cameraSpeeds, steadinesses: cameraSteadinesses },
  composition: { framings, ruleOfThirds: ruleOfThirdsValues, centerOfMassRange, balances, symmetries },
  temporal: { pacing: pacingValues, cutFrequencies, shotLengthsSeconds, storyBeats },
  transition: { types: transitionTypes, durationsSeconds: transitionDurationsSeconds },
  graphics: { gradientTypes, shapeOverlays, edgeDensityRange: graphicsMeasureRange, spatialVarianceRange: graphicsMeasureRange, busynessRange: graphicsMeasureRange },
  audio: { tempos: audioTempos, moods: audioMoods, intensities: audioIntensities, presences: audioPresences },
  narrative: { genres, tones, styles, tensionCurves, settings, themes, sceneTypes },
  technical: { resolutions, frameRates, aspectRatios },
  depth: { parallaxStrengths, layerCounts },
} as const;

/** The names of the twelve origin domains. */
export const originDomains = Object.keys(origins) as (keyof typeof origins)[];
