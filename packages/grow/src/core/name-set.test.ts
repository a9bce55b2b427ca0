import { describe, expect, it } from 'vitest';
import { NameSet } from './name-set.js';

describe('NameSet', () => {
  it('compares names without case, like the unique name index', () => {
    const names = new NameSet(['Sea']);
    expect(names.has('sea')).toBe(true);
    expect(names.has('SEA')).toBe(true);
    expect(names.has('Seaweed')).toBe(false);
    names.add('SEAWEED');
    expect(names.has('seaweed')).toBe(true);
    expect(names.size).toBe(2);
    expect(names.delete('sea')).toBe(true);
    expect(names.has('Sea')).toBe(false);
  });
});
