import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const installedBin = fileURLToPath(new URL('../../../node_modules/.bin/motionreg', import.meta.url));
const builtBin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const { version } = (await import('../package.json', { with: { type: 'json' } })).default as { version: string };

describe('motionreg from node_modules/.bin (after npm ci && npm run build)', () => {
  // why: in CI the build always ran first, so a missing bin is a failure there; locally it may just be unbuilt.
  const runnable = existsSync(installedBin) && existsSync(builtBin);
  const maybe = runnable || process.env.CI ? it : it.skip;

  maybe('prints the version', async () => {
    const result = await execa(installedBin, ['--version']);
    expect(result.stdout.trim()).toBe(version);
  });

  maybe('prints help naming the program and exits 0', async () => {
    const result = await execa(installedBin, ['--help']);
    expect(result.stdout).toContain('Usage: motionreg');
    expect(result.exitCode).toBe(0);
  });

  maybe('exits non-zero with one line for an unknown command', async () => {
    const result = await execa(installedBin, ['no-such-command'], { reject: false });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[motionreg:cli\] unknown command 'no-such-command'/)]);
  });
});

describe('runCli', () => {
  it('returns a non-zero exit code for an unknown option', async () => {
    const code = await runCli(['node', 'motionreg', '--no-such-option']);
    expect(code).not.toBe(0);
  });
});
