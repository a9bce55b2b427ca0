import { defaultStoreUrl } from '@motionreg/grow';
import { describe, expect, it } from 'vitest';
import { defaultStoreUrlForHelp, storeHelp } from './store-help.js';

describe('storeHelp', () => {
  it('names the default store the store resolver really opens', () => {
    expect(defaultStoreUrlForHelp).toBe(defaultStoreUrl);
    expect(storeHelp).toContain(defaultStoreUrl);
  });
});
