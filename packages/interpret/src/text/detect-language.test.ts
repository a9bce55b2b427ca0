import { describe, expect, it } from 'vitest';
import { interpret } from '../interpret/interpret.js';
import { detectLanguage } from './detect-language.js';
import { normalizePrompt } from './normalize-prompt.js';
import { tokenize } from './tokenize.js';

const read = (prompt: string) => detectLanguage(tokenize(normalizePrompt(prompt)));

describe('detectLanguage', () => {
  it.each(['coucher de soleil sur la mer', 'ein Hund im Park', 'una playa al atardecer', 'Закат над морем', '夕日の海'])('%s is not English', (prompt) => {
    expect(read(prompt).english).toBe(false);
  });

  it.each(['a sunset over the sea', 'a café in la, très chic, at dusk', 'de la soul on the radio in a car', 'im so tired of grey skies'])('%s is English', (prompt) => {
    expect(read(prompt).english).toBe(true);
  });

  it('makes interpret warn and set nothing from the words instead of matching stray ones', () => {
    const instruction = interpret('coucher de soleil sur la mer');
    expect(instruction.warnings?.map((warning) => warning.code)).toEqual(['not_english']);
    expect(instruction.mappings).toEqual([]);
    expect(instruction.narrative.settings).toEqual([]);
    expect(interpret('a sunset over the sea').warnings).toBeUndefined();
  });
});
