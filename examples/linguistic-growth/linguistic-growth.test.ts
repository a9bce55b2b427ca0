/**
 * A slang word the built-in lexicon does not know is understood once the linguistic registry has
 * grown it, and not before, through the real memory store: a prompt explains the word, its
 * interpretation is grown into the store, and the store's entries teach the interpreter.
 * (This lives in examples/ because @motionreg/interpret must not depend on @motionreg/grow.)
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore, growFromPrompt } from '@motionreg/grow';
import { extractLinguisticMappings, interpret } from '@motionreg/interpret';

describe('linguistic registry growth', () => {
  it('teaches the interpreter a slang word through the memory store', async () => {
    const store = createMemoryStore();
    try {
      const before = interpret('a skrrt drone shot over the docks');
      expect(before.motion.speed).toBe('medium');
      expect(before.unknown).toContain('skrrt');

      const teaching = interpret('make it skrrt (meaning really fast)');
      expect(extractLinguisticMappings(teaching.prompt, teaching)).toContainEqual({ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang' });
      await growFromPrompt(store, teaching, { sourceId: 'job-1', source: 'web' });

      const linguistic = await store.listLinguistic();
      expect(linguistic.some((entry) => entry.span === 'skrrt' && entry.canonical === 'fast')).toBe(true);
      const after = interpret('a skrrt drone shot over the docks', { linguistic });
      expect(after.motion.speed).toBe('fast');
      expect(after.unknown).not.toContain('skrrt');
      expect(after.mappings).toContainEqual({ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'registry' });

      // The store also knows every built-in meaning the prompts used; they change nothing.
      expect(interpret('a slow pan', { linguistic }).camera.motion).toBe('pan');
    } finally {
      await store.close();
    }
  });
});
