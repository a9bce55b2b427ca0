#!/usr/bin/env node
// Fails when a package imports another workspace package that docs/architecture.md does not allow,
// or reaches into another package's files by a relative path. The graph lives in the doc so the doc
// and the check can never disagree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Parses the ```package-graph block of an architecture document. */
export function parsePackageGraph(markdown) {
  const block = /```package-graph\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error('docs/architecture.md has no ```package-graph block');
  const graph = new Map();
  for (const line of block.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const [name, rest = ''] = line.split(':', 2).length === 2 ? [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] : [line, ''];
    const [sourcePart, testPart = ''] = rest.split('| tests:');
    const words = (text) => text.trim().split(/\s+/).filter(Boolean);
    graph.set(name.trim(), { source: new Set(words(sourcePart)), tests: new Set(words(testPart)) });
  }
  return graph;
}

function listTypeScriptFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...listTypeScriptFiles(path));
    else if (/\.(m?ts|tsx|mjs|js)$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Returns every violation of the graph found under `root` (empty when the graph holds). */
export function checkPackageGraph(root) {
  const graph = parsePackageGraph(readFileSync(join(root, 'docs', 'architecture.md'), 'utf8'));
  const violations = [];
  const units = [
    ...readdirSync(join(root, 'packages')).map((name) => ({ name, directory: join(root, 'packages', name) })),
    { name: 'examples', directory: join(root, 'examples') },
  ].filter((unit) => {
    try {
      return statSync(unit.directory).isDirectory();
    } catch {
      return false;
    }
  });
  for (const unit of units) {
    const allowed = graph.get(unit.name);
    if (!allowed) {
      violations.push(`${unit.name}: not in the package graph of docs/architecture.md`);
      continue;
    }
    const sourceRoot = unit.name === 'examples' ? unit.directory : join(unit.directory, 'src');
    let files = [];
    try {
      files = listTypeScriptFiles(sourceRoot);
    } catch {
      continue;
    }
    for (const benchDirectory of ['bench', 'eval', 'scripts']) {
      try {
        files.push(...listTypeScriptFiles(join(unit.directory, benchDirectory)));
      } catch {
        // the folder is optional
      }
    }
    for (const file of files) {
      const isTest = /\.test\.[mc]?ts$/.test(file) || file.includes(`${sep}__fixtures__${sep}`) || file.includes(`${sep}bench${sep}`) || file.includes(`${sep}eval${sep}`);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (!specifier) continue;
        const where = relative(root, file);
        const workspace = /^@motionreg\/([a-z-]+)/.exec(specifier)?.[1];
        if (workspace) {
          if (workspace === unit.name) {
            if (unit.name !== 'examples' && !isTest) violations.push(`${where}: imports its own package by name (${specifier}); use a relative import`);
            continue;
          }
          const ok = allowed.source.has(workspace) || (isTest && allowed.tests.has(workspace));
          if (!ok) violations.push(`${where}: ${unit.name} may not import ${specifier} (allowed: ${[...allowed.source].join(', ') || 'none'})`);
        } else if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (!target.startsWith(unit.directory + sep) && target !== unit.directory) {
            violations.push(`${where}: reaches outside ${unit.name} by a relative path (${specifier})`);
          }
        }
      }
    }
    // Declared dependencies must agree with the graph too, so a published package can never pull in a layer above it.
    try {
      const manifest = JSON.parse(readFileSync(join(unit.directory, 'package.json'), 'utf8'));
      for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
        const workspace = /^@motionreg\/([a-z-]+)$/.exec(dependency)?.[1];
        if (workspace && !allowed.source.has(workspace)) violations.push(`packages/${unit.name}/package.json: depends on ${dependency}, which the graph does not allow`);
      }
    } catch {
      // no package.json: nothing declared
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const violations = checkPackageGraph(root);
  if (violations.length > 0) {
    for (const violation of violations) process.stderr.write(`package graph: ${violation}\n`);
    process.exit(1);
  }
  process.stdout.write('package graph: every import follows docs/architecture.md\n');
}
