import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainLoop } from './main-loop.js';
import { threeWorkflows } from '../three-workflows/three-workflows.js';

const tiny = { width: 96, height: 64, fps: 12, durationSeconds: 1 };

describe('reference loops (smoke tests on a fresh SQLite file)', () => {
  it('the main loop leaves no job without its learning and discovery runs', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-example-main-'));
    const diagnostics = await mainLoop(2, `sqlite:${join(directory, 'registry.db')}`, directory, tiny);
    expect(diagnostics.jobs).toHaveLength(2);
    expect(diagnostics).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
  });

  it('the three workflows together fill the static colours and the dynamic camera and gradient registries', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-example-three-'));
    const exported = await threeWorkflows(1, `sqlite:${join(directory, 'registry.db')}`, directory, tiny);
    expect(exported.static.colors.length).toBeGreaterThan(0);
    expect(exported.dynamic.camera.length).toBeGreaterThan(0);
    expect(exported.dynamic.gradient.length).toBeGreaterThan(0);
  });
});
