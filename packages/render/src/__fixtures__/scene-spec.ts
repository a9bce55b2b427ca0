import { colorPrimitives } from '@motionreg/primitives';
import type { PureSound, SceneSpec } from '@motionreg/primitives';

/** The four origin sounds with typical parameters. */
export const originSounds: PureSound[] = [
  { name: 'tone', primitive: 'tone', frequencyHz: 440, bandwidthHz: 0, amplitude: 0.7, weight: 1, source: { kind: 'origin', domain: 'sound' } },
  { name: 'rumble', primitive: 'rumble', frequencyHz: 60, bandwidthHz: 140, amplitude: 0.7, weight: 1, source: { kind: 'origin', domain: 'sound' } },
  { name: 'hiss', primitive: 'hiss', frequencyHz: 8000, bandwidthHz: 8000, amplitude: 0.7, weight: 1, source: { kind: 'origin', domain: 'sound' } },
  { name: 'silence', primitive: 'silence', frequencyHz: 0, bandwidthHz: 0, amplitude: 0, weight: 1, source: { kind: 'origin', domain: 'sound' } },
];

/**
 * A hand-built scene spec for render tests (render must not depend on `@motionreg/create`): the 16 origin
 * colours, the four origin sounds, a static camera, one shot. Override any field.
 */
export function sceneSpecFixture(overrides: Partial<SceneSpec> = {}): SceneSpec {
  return {
    schemaVersion: 1,
    prompt: 'fixture',
    seed: 7,
    strategy: 'explore',
    creationMode: 'pure_per_frame',
    durationSeconds: 1,
    palette: [
      { name: 'red', rgb: [255, 0, 0] },
      { name: 'navy', rgb: [0, 0, 128] },
      { name: 'yellow', rgb: [255, 255, 0] },
    ],
    pureColors: colorPrimitives.map((primitive) => ({
      name: primitive.name,
      rgb: [...primitive.rgb] as [number, number, number],
      weight: 1,
      source: { kind: 'origin', domain: 'color' },
    })),
    pureSounds: originSounds,
    motion: { speed: 'medium', smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' },
    camera: { motion: 'static', speed: 'medium', steadiness: 'stable' },
    gradient: 'horizontal',
    shape: 'none',
    lighting: { preset: 'neutral', temperature: 'neutral', contrast: 'normal' },
    composition: { framing: 'wide', balance: 'balanced', symmetry: 'slight' },
    audio: { mood: 'neutral', tempo: 'medium', presence: 'music', bpm: 120 },
    narrative: { genre: 'general', tone: 'neutral', style: 'abstract', settings: ['abstract'], themes: ['general'], sceneType: 'b-roll', tensionCurve: 'flat' },
    transition: { in: 'cut', out: 'cut' },
    intensity: 0.5,
    provenance: [],
    ...overrides,
  };
}
