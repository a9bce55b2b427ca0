import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registryApi } from '@motionreg/primitives';
import { describe, expect, it } from 'vitest';
import { renderRouteTable } from './route-table.js';

const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
const block = /<!-- routes:start -->\n([\s\S]*?)\n?<!-- routes:end -->/;

describe('the README route table', () => {
  it('lists every route of registryApi as served (MOTIONREG_UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const expected = renderRouteTable();
    if (process.env.MOTIONREG_UPDATE_README === '1') writeFileSync(readmePath, readme.replace(block, `<!-- routes:start -->\n${expected}\n<!-- routes:end -->`));
    const table = block.exec(readFileSync(readmePath, 'utf8'))?.[1];
    expect(table).toBe(expected);
    for (const route of Object.values(registryApi)) expect(table).toContain(`| ${route.method} | \`${route.path}\` |`);
  });
});
