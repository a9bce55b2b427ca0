import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mainLoop } from './main-loop.js';
import { threeWorkflows } from '../three-workflows/three-workflows.js';

const tiny = { width: 96, height: 64, fps: 8, durationSeconds: 1 };
const directories: string[] = [];
function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('reference loops (smoke tests on a fresh SQLite file)', () => {
  it('the main loop leaves no job without its learning and discovery runs', async () => {
    const directory = temporaryDirectory('motionreg-example-main-');
    const diagnostics = await mainLoop(2, `sqlite:${join(directory, 'registry.db')}`, directory, tiny);
    expect(diagnostics.jobs).toHaveLength(2);
    expect(diagnostics).toMatchObject({ missingLearning: 0, missingDiscovery: 0, failed: [] });
  });

  it('the three workflows together fill the static colours and the dynamic camera and gradient registries', async () => {
    const directory = temporaryDirectory('motionreg-example-three-');
    const exported = await threeWorkflows(1, `sqlite:${join(directory, 'registry.db')}`, directory, tiny);
    expect(exported.static.colors.length).toBeGreaterThan(0);
    expect(exported.dynamic.camera.length).toBeGreaterThan(0);
    expect(exported.dynamic.gradient.length).toBeGreaterThan(0);
  });
});
