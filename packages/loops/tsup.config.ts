import { defineConfig } from 'tsup';

// why: tsup reads a default export; every package keeps this same small config.
export default defineConfig({
  entry: { index: 'src/index.ts', job: 'src/job/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
