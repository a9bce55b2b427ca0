import { describe, expect, it } from 'vitest';
import { buildSpec } from '@motionreg/create';
import { interpret } from '@motionreg/interpret';
import { emptyKnowledge, extractionSchema } from '@motionreg/primitives';
import { renderSoundExtraction } from './render-sound.js';

describe('renderSoundExtraction', () => {
  it('measures every segment of the sound and nothing of a picture', () => {
    const spec = buildSpec(interpret('a deep rumble and a soft hiss, slow beat'), emptyKnowledge(), { seed: 3, durationSeconds: 1.5 });
    const extraction = renderSoundExtraction(spec, { segmentsPerSecond: 20 });
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
    expect(extraction.frames).toHaveLength(30);
    expect(extraction.frames.every((frame) => frame.sound !== null && frame.colors.length === 0)).toBe(true);
    expect(extraction.windows).toEqual([]);
    expect(extraction.summary.dominantSound).not.toBeNull();
  });

  it('is deterministic for a spec, and a silent spec measures silence', () => {
    const spec = buildSpec(interpret('a steady tone'), emptyKnowledge(), { seed: 8, durationSeconds: 1 });
    expect(renderSoundExtraction(spec)).toEqual(renderSoundExtraction(spec));
    const silent = { ...spec, pureSounds: spec.pureSounds.map((sound) => ({ ...sound, primitive: 'silence' as const })), audio: { ...spec.audio, presence: 'silence' as const, bpm: null } };
    expect(renderSoundExtraction(silent).frames.every((frame) => frame.sound?.dominant === 'silence')).toBe(true);
  });
});
