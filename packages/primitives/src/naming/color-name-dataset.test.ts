import { colornames } from 'color-name-list';
import { describe, expect, it } from 'vitest';
import { colorNameDataset } from './color-name-dataset.js';

describe('colorNameDataset', () => {
  it('is exactly the list color-name-list exports, read from its JSON copy on first use', () => {
    const dataset = colorNameDataset();
    expect(dataset).toEqual(colornames);
    expect(dataset).not.toBe(colornames);
    expect(colorNameDataset()).toBe(dataset);
  });
});
