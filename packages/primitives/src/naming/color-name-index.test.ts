import { describe, expect, it } from 'vitest';
import { colornames } from 'color-name-list';
import { colorNameIndex, isUsableColorName, nearestColorNames } from './color-name-index.js';

describe('colorNameIndex', () => {
  it('keeps real names and drops those with digits or punctuation', () => {
    expect(isUsableColorName('Sea Blue')).toBe(true);
    expect(isUsableColorName('Robin’s Egg')).toBe(true);
    expect(isUsableColorName('Blue-Green')).toBe(true);
    for (const junk of ['24 Carrot', 'Ahoy! Blue', 'H₂O', 'Dr. White', 'Arts & Crafts Gold', 'C-3PO']) expect(isUsableColorName(junk)).toBe(false);
  });

  it('indexes most of color-name-list with Lab and OKLab beside every name', () => {
    const index = colorNameIndex();
    expect(index.names.length).toBeGreaterThan(0.99 * colornames.length);
    expect(index.names.some((name) => /\d/.test(name))).toBe(false);
    expect(index.lab.length).toBe(index.names.length * 3);
    expect(index.oklab.length).toBe(index.names.length * 3);
    expect(colorNameIndex()).toBe(index);
  });

  it('finds an exact dataset colour first with ΔE00 0', () => {
    const [first] = nearestColorNames([0, 128, 128], 1);
    expect(first?.deltaE2000).toBe(0);
    expect(first?.name).toBe('Teal');
  });

  it('returns matches sorted by CIEDE2000', () => {
    const matches = nearestColorNames([200, 120, 60], 20);
    for (let position = 1; position < matches.length; position += 1) {
      expect(matches[position]!.deltaE2000).toBeGreaterThanOrEqual(matches[position - 1]!.deltaE2000);
    }
  });

  it('the OKLab shortlist finds the same nearest name as an exhaustive CIEDE2000 search', () => {
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) % 256;
    for (let sample = 0; sample < 30; sample += 1) {
      const rgb: [number, number, number] = [next(), next(), next()];
      expect(nearestColorNames(rgb, 1)[0]!.index).toBe(nearestColorNames(rgb, 1, { shortlist: Infinity })[0]!.index);
    }
  });
});
