import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsWholeWord, replaceWholeWord, replaceWholeWordInJson } from './whole-word.js';

describe('replaceWholeWord', () => {
  it('replaces the name as a word and leaves longer words alone', () => {
    expect(replaceWholeWord('Sea, Seaweed and a Sea-green Sea.', 'Sea', 'Brine')).toBe('Brine, Seaweed and a Sea-green Brine.');
    expect(replaceWholeWord("the Sea's glow (Sea)", 'Sea', 'Brine')).toBe("the Brine's glow (Brine)");
    expect(replaceWholeWord('a calm sea', 'Sea', 'Brine')).toBe('a calm sea');
  });

  it('leaves other registry names that contain the name as a word', () => {
    expect(replaceWholeWord('Sea Breeze over the Sea', 'Sea', 'Brine', ['Sea Breeze'])).toBe('Sea Breeze over the Brine');
    expect(containsWholeWord('Sea Breeze only', 'Sea', ['Sea Breeze'])).toBe(false);
  });

  it('handles names of several words and regex characters', () => {
    expect(replaceWholeWord('Low Rumble, Low Rumbles', 'Low Rumble', 'Deep Growl')).toBe('Deep Growl, Low Rumbles');
    expect(replaceWholeWord('a (b) c', '(b)', 'x')).toBe('a x c');
  });

  it('replaces inside JSON string values, never keys', () => {
    const json = JSON.stringify({ Sea: 'Sea', inputs: [{ name: 'Sea' }, { name: 'Seaweed' }], depth: { blue: 40 } });
    expect(JSON.parse(replaceWholeWordInJson(json, 'Sea', 'Brine'))).toEqual({ Sea: 'Brine', inputs: [{ name: 'Brine' }, { name: 'Seaweed' }], depth: { blue: 40 } });
    expect(replaceWholeWordInJson('{"a":"Seaweed"}', 'Sea', 'Brine')).toBe('{"a":"Seaweed"}');
  });

  it('after a replacement the old name is never left as a whole word (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,6}$/);
    const separator = fc.constantFrom(' ', ', ', '. ', "'s ", '(', ')', '-x ', 'weed ', '');
    fc.assert(
      fc.property(word, word, fc.array(fc.tuple(fc.boolean(), separator), { maxLength: 12 }), (oldName, newName, parts) => {
        fc.pre(!newName.includes(oldName) && !oldName.includes(newName));
        const text = parts.map(([useName, glue]) => (useName ? oldName : 'x') + glue).join('');
        const replaced = replaceWholeWord(text, oldName, newName);
        expect(containsWholeWord(replaced, oldName)).toBe(false);
        // Renaming back restores the text when the new name was not in it already.
        if (!containsWholeWord(text, newName)) expect(replaceWholeWord(replaced, newName, oldName)).toBe(text);
      }),
    );
  });
});
