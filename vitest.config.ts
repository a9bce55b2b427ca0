import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testProjects } from './vitest.workspace.js';

const packagesDirectory = fileURLToPath(new URL('./packages/', import.meta.url));

// why: tests run against sources, not dist, so `npm test` needs no build and a change is tested at once.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@motionreg\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packagesDirectory}$1/src/$2/index.ts` },
      { find: /^@motionreg\/([a-z-]+)$/, replacement: `${packagesDirectory}$1/src/index.ts` },
    ],
  },
  test: {
    projects: testProjects,
    // why: in CI a JSON report lets .ci/run print the plain "N passed, N failed, N skipped" closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: '.ci/test-report.json' } : {},
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
