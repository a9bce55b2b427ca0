import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error why: a plain .mjs script without type declarations
import { checkPackageGraph } from './check-package-graph.mjs';

function makeRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'motionreg-graph-'));
  const graph = ['```package-graph', 'primitives:', 'create: primitives', 'client: primitives | tests: create', '```'].join('\n');
  const all = { 'docs/architecture.md': `# graph\n\n${graph}\n`, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('checkPackageGraph', () => {
  it('accepts imports that follow the graph', () => {
    const root = makeRepository({
      'packages/primitives/src/index.ts': "export const a = 1;\n",
      'packages/create/src/index.ts': "import { a } from '@motionreg/primitives';\nexport const b = a;\n",
      'packages/client/src/index.test.ts': "import { b } from '@motionreg/create';\n",
    });
    expect(checkPackageGraph(root)).toEqual([]);
  });

  it('fails when a lower package imports a higher one', () => {
    const root = makeRepository({
      'packages/primitives/src/index.ts': "import { b } from '@motionreg/create';\n",
      'packages/create/src/index.ts': "export const b = 1;\n",
    });
    expect(checkPackageGraph(root)).toEqual([expect.stringContaining('primitives may not import @motionreg/create')]);
  });

  it('fails when source (not a test) uses a test-only edge, or reaches into another package by path', () => {
    const root = makeRepository({
      'packages/client/src/index.ts': "import { b } from '@motionreg/create';\nimport { c } from '../../create/src/index.js';\n",
      'packages/create/src/index.ts': "export const b = 1;\n",
    });
    const violations = checkPackageGraph(root);
    expect(violations).toHaveLength(2);
    expect(violations.join('\n')).toMatch(/client may not import @motionreg\/create/);
    expect(violations.join('\n')).toMatch(/reaches outside client/);
  });

  it('fails when a manifest declares a dependency the graph forbids', () => {
    const root = makeRepository({
      'packages/primitives/package.json': JSON.stringify({ dependencies: { '@motionreg/create': '0.1.0' } }),
      'packages/primitives/src/index.ts': 'export {};\n',
    });
    expect(checkPackageGraph(root)).toEqual([expect.stringContaining('depends on @motionreg/create')]);
  });

  it('holds for this repository', () => {
    expect(checkPackageGraph(join(__dirname, '..'))).toEqual([]);
  });
});
