#!/usr/bin/env node
// Checks every published package after build, for ESM `import` and CommonJS `require()` consumers:
//  1. its exports map: every entry offers `types` and `default` (the condition `require()` matches on
//     Node >= 20.19; an `import`-only map gives CommonJS users ERR_PACKAGE_PATH_NOT_EXPORTED);
//  2. publint (manifest and files, strict);
//  3. arethetypeswrong with the node16 profile, which resolves every entry as a CommonJS `require`
//     consumer and as an ESM one. Its one rule we ignore, cjs-resolves-to-esm, predates require(esm):
//     attw still models Node < 20.19 (arethetypeswrong.github.io#252); check 4 proves the real thing;
//  4. a real `require()` of every entry in a fresh Node process (fails on top-level await,
//     ERR_REQUIRE_ASYNC_MODULE, or any entry require() cannot load).
// Decision: docs/decisions/0005-esm-with-require.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';

const root = new URL('..', import.meta.url).pathname;
const problems = [];
const report = (name, text) => problems.push(`${name}: ${text}`);

/** The subpaths a consumer can load (every exports key but ./package.json), as specifiers. */
function entrySpecifiers(manifest) {
  return Object.keys(manifest.exports ?? {})
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
}

function checkExportsMap(manifest) {
  if (manifest.type !== 'module') report(manifest.name, '"type" must be "module"');
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    if (key === './package.json') continue;
    if (typeof target !== 'object' || target === null) {
      report(manifest.name, `exports["${key}"] must be { types, default }`);
      continue;
    }
    if (typeof target.types !== 'string') report(manifest.name, `exports["${key}"] has no "types"`);
    if (typeof target.default !== 'string' && typeof target.require !== 'string') {
      report(manifest.name, `exports["${key}"] offers no condition require() matches (add "default"): CommonJS users get ERR_PACKAGE_PATH_NOT_EXPORTED`);
    }
  }
}

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((directory) => existsSync(join(directory, 'package.json')))
  .map((directory) => ({ directory, manifest: JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

for (const { directory, manifest } of packages) {
  if (!existsSync(join(directory, 'dist'))) {
    report(manifest.name, 'no dist/: run `npm run build` first');
    continue;
  }
  checkExportsMap(manifest);

  const { messages } = await publint({ pkgDir: directory, level: 'warning', strict: true });
  for (const message of messages) report(manifest.name, `publint ${message.code} ${JSON.stringify(message.args ?? {})}`);

  const attw = spawnSync(join(root, 'node_modules', '.bin', 'attw'), [
    '--pack', directory, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', '--no-emoji', '--no-color',
  ], { encoding: 'utf8' });
  if (attw.status !== 0) report(manifest.name, `attw (node16: CommonJS and ESM consumers):\n${attw.stdout}${attw.stderr}`);

  // why: a fresh process per package, so one entry's failure (or top-level await) cannot hide another's.
  const loader = 'const load = require("node:module").createRequire(process.argv[1]); for (const specifier of JSON.parse(process.argv[2])) { try { load(specifier); } catch (error) { console.error(specifier + ": " + (error.code ?? "") + " " + error.message.split("\\n")[0]); process.exitCode = 1; } }';
  const required = spawnSync(process.execPath, ['-e', loader, join(directory, 'package.json'), JSON.stringify(entrySpecifiers(manifest))], { encoding: 'utf8' });
  if (required.status !== 0) report(manifest.name, `require() failed:\n${required.stderr.trim()}`);
}

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\ncheck-packages: ${problems.length} problem(s) in ${packages.length} packages\n`);
  process.exit(1);
}
process.stdout.write(`check-packages: ${packages.length} packages pass: exports offer default, publint, attw (node16, CommonJS and ESM), require() of every entry\n`);
