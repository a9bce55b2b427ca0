import type { Instruction, Knowledge, Mapping, RegistryEntry } from '@motionreg/primitives';
import { emptyKnowledge } from '@motionreg/primitives';

/**
 * A hand-built instruction (create must not depend on `@motionreg/interpret`): the neutral values a prompt that
 * said nothing would get, with no mappings. Override fields and add mappings to make the prompt "say" things.
 */
export function instructionFixture(overrides: Partial<Instruction> = {}): Instruction {
  return {
    schemaVersion: 1,
    prompt: 'something',
    palette: { colors: [], modifiers: [] },
    motion: { speed: 'medium', smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' },
    camera: { motion: 'static', speed: 'medium', steadiness: 'stable' },
    gradient: 'vertical',
    shape: 'none',
    lighting: { temperature: 'neutral', contrast: 'normal', preset: 'neutral' },
    audio: { mood: 'neutral', tempo: 'medium', presence: 'ambient' },
    narrative: { genre: 'general', tone: 'neutral', style: 'cinematic', settings: ['general'], themes: ['general'], sceneType: 'medium', tensionCurve: 'standard' },
    composition: { framing: 'medium', balance: 'balanced', symmetry: 'slight' },
    transition: { in: 'cut', out: 'cut' },
    intensity: 0.5,
    durationSeconds: null,
    avoid: { camera: [], motion: [], colors: [], tone: [], presence: [] },
    mappings: [],
    unknown: [],
    ...overrides,
  };
}

/** A mapping as interpret would record it for a word of the prompt. */
export function mapping(domain: Mapping['domain'], canonical: string, span = canonical): Mapping {
  return { span, canonical, domain, kind: 'exact' };
}

/** A registry entry for knowledge fixtures. */
export function entryFixture(
  registry: RegistryEntry['registry'], aspect: string, key: string, count: number, value: Record<string, unknown>,
  lastSeenAt = '2026-01-01T00:00:00.000Z', name = `${aspect} ${key}`,
): RegistryEntry {
  return {
    schemaVersion: 1, registry, aspect, key, name, count,
    depth: {}, value, sources: [], firstSeenAt: '2025-12-01T00:00:00.000Z', lastSeenAt,
  };
}

/** Empty knowledge at a fixed time, so recency weights are the same on every run. */
export function knowledgeFixture(change: (knowledge: Knowledge) => void = () => {}): Knowledge {
  const knowledge = emptyKnowledge(new Date('2026-01-31T00:00:00.000Z'));
  change(knowledge);
  return knowledge;
}
