import { defineConfig } from 'tsup';

// why: tsup reads a default export; every package keeps this same small config.
export default defineConfig({
  entry: {"index":"src/index.ts","bin":"src/bin.ts"},
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // why: a command loads several hundred ESM files (our packages, zod, culori, the colour names, execa) and resolving
  // and compiling each was most of a short render's start-up; bundled, each command's chunk is a few files. CommonJS
  // and native dependencies (commander, cli-progress, libsql, undici, hono, ...) stay external. Tests read src/.
  // An absolute path (`/`) is never external: the .d.ts bundler sees our own files by absolute path, and
  // treating them as external left `export … from './program.ts'` in dist/index.d.ts (attw: unresolved).
  // execa and its dependencies (about 140 files) are bundled too; the CommonJS among them (cross-spawn) needs a
  // real `require`, which the banner gives.
  noExternal: [/^(?!(commander|cli-progress|hono|@hono\/node-server|pngjs|wavefile|fft\.js|ffmpeg-static|@ffmpeg-installer\/ffmpeg|vitest|miniflare|playwright-core)(\/|$))/],
  external: ['commander', 'cli-progress', 'hono', '@hono/node-server', 'pngjs', 'wavefile', 'fft.js', 'ffmpeg-static', '@ffmpeg-installer/ffmpeg', 'vitest', 'miniflare', 'playwright-core'],
  banner: { js: "import { createRequire as __motionregCreateRequire } from 'node:module'; const require = __motionregCreateRequire(import.meta.url);" },
  splitting: true,
  esbuildOptions(options) {
    // why: undici is needed only by d1:// stores and libsql only by sqlite: ones; see build/*-on-demand.ts.
    options.alias = { ...options.alias, undici: './build/undici-on-demand.ts', libsql: './build/libsql-on-demand.ts' };
  },
});
