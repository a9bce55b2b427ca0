#!/usr/bin/env node
// Runs on `npm ci` / `npm install` at the root so `npm ci && npm run loop` works with no other step.
// CI sets MOTIONREG_SKIP_PREPARE_BUILD=1 and builds in its own, visible step instead of twice.
import { spawnSync } from 'node:child_process';

if (process.env.MOTIONREG_SKIP_PREPARE_BUILD === '1') {
  process.stdout.write('prepare: build skipped (MOTIONREG_SKIP_PREPARE_BUILD=1)\n');
  process.exit(0);
}
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
