import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = fileURLToPath(new URL('.', import.meta.url));

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'node' || name === '__fixtures__' ? [] : files(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the main entry', () => {
  it('imports no Node module and not @motionreg/media, so the service can render the page on Workers', () => {
    const offending = files(source).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .map((match) => match[1]!)
        .filter((specifier) => specifier.startsWith('node:') || specifier === '@motionreg/media' || specifier.startsWith('./node/') || specifier.startsWith('../node/'))
        .map((specifier) => `${relative(source, path)} imports ${specifier}`),
    );
    expect(files(source).length).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });
});
