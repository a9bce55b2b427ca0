import type { Extraction } from '@motionreg/primitives';

/**
 * What a learning run keeps of an extraction: the clip's shape and its headline measurements, small
 * enough to store per job (the registries hold the detail).
 */
export function summarizeExtraction(extraction: Extraction): Record<string, unknown> {
  return {
    durationSeconds: extraction.source.durationSeconds,
    fps: extraction.source.fps,
    width: extraction.source.width,
    height: extraction.source.height,
    frames: extraction.frames.length,
    windows: extraction.windows.length,
    cuts: extraction.cuts.length,
    transitions: extraction.transitions.map((transition) => transition.type),
    tempoBpm: extraction.audio?.tempoBpm ?? null,
    meanBrightness: extraction.summary.meanBrightness,
    dominantColors: extraction.summary.dominantColors.slice(0, 5).map((color) => ({ rgb: color.rgb, coverage: color.coverage, ...(color.name === undefined ? {} : { name: color.name }) })),
    dominantSound: extraction.summary.dominantSound,
    cameraTypes: extraction.summary.cameraTypes,
    narrativeObserved: extraction.narrative.observed,
  };
}
