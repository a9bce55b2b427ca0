import { defineConfig } from 'tsup';

// why: tsup reads a default export; every package keeps this same small config.
export default defineConfig({
  entry: {"index":"src/index.ts","bench":"src/bench/index.ts"},
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // why: culori's ESM entry is ~150 files, each resolved and compiled at start-up, for the three conversions
  // used here; bundled (tree-shaken) they cost one file. Tests and the Worker bundle read src/ and import it as usual.
  noExternal: ['culori'],
});
