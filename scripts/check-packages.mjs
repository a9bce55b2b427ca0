#!/usr/bin/env node
// Checks every published package after build: publint (manifest and files) and
// arethetypeswrong with the esm-only profile (types resolve for Node 16+ and bundlers).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';

const root = new URL('..', import.meta.url).pathname;
let failures = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const directory = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const { messages } = await publint({ pkgDir: directory, level: 'warning', strict: true });
  for (const message of messages) {
    failures += 1;
    process.stderr.write(`publint ${manifest.name}: ${message.code} ${JSON.stringify(message.args ?? {})}\n`);
  }
  const attw = spawnSync(join(root, 'node_modules', '.bin', 'attw'), ['--pack', directory, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color'], {
    encoding: 'utf8',
  });
  if (attw.status !== 0) {
    failures += 1;
    process.stderr.write(`attw ${manifest.name}:\n${attw.stdout}${attw.stderr}\n`);
  }
}
if (failures > 0) {
  process.stderr.write(`check-packages: ${failures} problem(s)\n`);
  process.exit(1);
}
process.stdout.write('check-packages: publint and attw pass for every package\n');
