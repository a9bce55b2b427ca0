import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOrThrow } from './parse-or-throw.js';
import { thrownError } from './__fixtures__/thrown-error.js';

const schema = z.object({ name: z.string(), sizes: z.array(z.object({ width: z.number().int().positive() })).default([]) });
const context = { component: 'render', what: 'render option' };


describe('parseOrThrow', () => {
  it('returns the parsed output, defaults applied', () => {
    expect(parseOrThrow(schema, { name: 'a' }, context)).toEqual({ name: 'a', sizes: [] });
  });

  it('throws invalid_input naming what, the dotted path of the first issue and its message, on one line', () => {
    const error = thrownError(() => parseOrThrow(schema, { name: 'a', sizes: [{ width: 3 }, { width: -1 }] }, context));
    expect(error.code).toBe('invalid_input');
    expect(error.component).toBe('render');
    expect(error.message).toMatch(/^\[motionreg:render\] invalid render option at sizes\.1\.width: \S.*$/);
    expect(error.message).not.toContain('\n');
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it('leaves the path out when the value itself is wrong, and flattens a multi-line message', () => {
    expect(thrownError(() => parseOrThrow(schema, 42, context)).message).toMatch(/^\[motionreg:render\] invalid render option: \S/);
    const custom = z.string().refine((value) => value.length > 3, { message: 'too short:\n  give four letters' });
    expect(thrownError(() => parseOrThrow(custom, 'abc', { component: 'cli', what: 'name' })).message).toBe('[motionreg:cli] invalid name: too short: give four letters');
  });
});
