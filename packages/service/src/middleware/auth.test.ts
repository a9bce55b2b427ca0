import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenCheck, secretsEqual } from './auth.js';

describe('secretsEqual', () => {
  it('is true exactly when the two strings are equal, whatever their lengths', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), async (left, right) => {
        expect(await secretsEqual(left, right)).toBe(left === right);
        expect(await secretsEqual(left, left)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('createTokenCheck', () => {
  const check = createTokenCheck('s3cret-token');
  it('accepts the bearer token in any case of the scheme, and nothing else', async () => {
    await expect(check.verify('Bearer s3cret-token', 'POST /x')).resolves.toBeUndefined();
    await expect(check.verify('bearer   s3cret-token', 'POST /x')).resolves.toBeUndefined();
    for (const header of [undefined, '', 's3cret-token', 'Basic s3cret-token', 'Bearer s3cret-tokenx', 'Bearer s3cret', 'Bearer  ']) {
      await expect(check.verify(header, 'POST /x')).rejects.toMatchObject({ code: 'unauthorized', httpStatus: 401 });
    }
  });

  it('refuses every write when no token is configured', async () => {
    await expect(createTokenCheck(undefined).verify('Bearer anything', 'POST /x')).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(createTokenCheck('').verify('Bearer ', 'POST /x')).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
