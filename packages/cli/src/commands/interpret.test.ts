import { afterEach, describe, expect, it, vi } from 'vitest';
import { instructionSchema } from '@motionreg/primitives';
import { captureOutput as capture } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';

describe('motionreg interpret', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the instruction JSON', async () => {
    const { out } = capture();
    const code = await runCli(['node', 'motionreg', 'interpret', 'a slow pan over a dreich glen, no music, 8 seconds', '--json']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const instruction = instructionSchema.parse(JSON.parse(out.join('')));
    expect(instruction.camera.motion).toBe('pan');
    expect(instruction.durationSeconds).toBe(8);
    expect(instruction.avoid.presence).toEqual(['music']);
  });

  it('prints a readable summary without --json', async () => {
    const { out } = capture();
    const code = await runCli(['node', 'motionreg', 'interpret', 'hella fast neon city']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(out.join('')).toContain('camera:');
  });

  it('exits non-zero with one line on stderr for an empty prompt', async () => {
    const { out, err } = capture();
    const code = await runCli(['node', 'motionreg', 'interpret', '   ']);
    vi.restoreAllMocks();
    expect(code).not.toBe(0);
    expect(out.join('')).toBe('');
    expect(err.join('').trim().split('\n')).toHaveLength(1);
  });
});
