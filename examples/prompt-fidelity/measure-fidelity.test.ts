import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSpec } from '@motionreg/create';
import { extractClip } from '@motionreg/extract';
import { interpret } from '@motionreg/interpret';
import { emptyKnowledge } from '@motionreg/primitives';
import { renderClip } from '@motionreg/render';
import { judgeClip, summarize } from './measure-fidelity.js';

const work = await mkdtemp(join(tmpdir(), 'motionreg-fidelity-test-'));
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function judge(prompt: string, seed: number) {
  const instruction = interpret(prompt);
  const spec = { ...buildSpec(instruction, emptyKnowledge(), { seed, mode: 'explore', durationSeconds: 2 }), durationSeconds: 2 };
  const rendered = await renderClip(spec, { out: join(work, `${seed}.mp4`), width: 320, height: 180, fps: 12, durationSeconds: 2 });
  return judgeClip(instruction, spec, await extractClip(rendered.out, { spec, prompt }));
}

describe('prompt fidelity', () => {
  it('measures the asked camera direction and colour family of a rendered clip', async () => {
    const row = await judge('slow pan left across a deep blue harbour', 3);
    expect(row.camera).toMatchObject({ asked: 'pan left', expected: 'pan left', measured: 'pan left', ok: true });
    expect(row.colors?.asked).toEqual(['blue']);
    expect(row.colors?.share).toBeGreaterThanOrEqual(0.75);
  }, 120_000);

  it('finds only neutral colours in a black-and-white clip, and counts it in the summary', async () => {
    const row = await judge('black and white film of a street', 4);
    expect(row.blackAndWhite?.ok).toBe(true);
    expect(row.colors).toBeUndefined();
    expect(summarize([row]).blackAndWhite).toEqual({ right: 1, of: 1 });
  }, 120_000);
});
