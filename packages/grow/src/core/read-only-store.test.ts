import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../memory/memory-store.js';
import { readOnlyStore, storeWriteMethods } from './read-only-store.js';

describe('readOnlyStore', () => {
  it('refuses every write method with invalid_input naming it, and passes reads through', async () => {
    const inner = createMemoryStore();
    await inner.createJob({ id: 'job-1', prompt: 'kept' });
    const store = readOnlyStore(inner, 'store memory:');
    for (const method of storeWriteMethods) {
      const call = store[method] as (...args: unknown[]) => Promise<unknown>;
      await expect(call({}), method).rejects.toMatchObject({ code: 'invalid_input', message: `[motionreg:grow] ${method}: store memory: was opened read-only` });
    }
    expect((await store.getJob('job-1'))?.prompt).toBe('kept');
    expect(await store.countJobs()).toMatchObject({ pending: 1 });
    await store.close();
  });
});
