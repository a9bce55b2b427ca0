import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ProcessClaimers } from '../../testing/conformance-context.js';

const child = fileURLToPath(new URL('./claim-jobs.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const idsSchema = z.array(z.string());

/**
 * Starts one `claim-jobs.ts` process per worker on the store a URL names (the `spawnClaimers` of a
 * conformance harness). Resolves when every process has opened the store and waits at the barrier,
 * so that `start()` lets them race for real.
 */
export async function spawnClaimers(url: string, workers: readonly string[], env: Record<string, string> = {}): Promise<ProcessClaimers> {
  const environment = { ...process.env, ...env, TSX_TSCONFIG_PATH: join(repositoryRoot, 'tsconfig.json') };
  const children = workers.map((worker) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, url, worker], { cwd: repositoryRoot, env: environment, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    process_.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const ready = new Promise<void>((resolve, reject) => {
      process_.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.startsWith('ready\n')) resolve();
      });
      process_.once('exit', (code) => reject(new Error(`claimer ${worker} exited ${code} before it was ready: ${stderr.slice(-500)}`)));
    });
    const claimed = new Promise<string[]>((resolve, reject) => {
      process_.once('exit', (code) => {
        if (code !== 0) reject(new Error(`claimer ${worker} exited ${code}: ${stderr.slice(-500)}`));
        else resolve(idsSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1)!)));
      });
    });
    // why: if a sibling fails at the barrier nobody awaits this one; the caller still sees the first failure.
    claimed.catch(() => undefined);
    return { process: process_, ready, claimed };
  });
  await Promise.all(children.map((entry) => entry.ready));
  return {
    start: () => { for (const entry of children) entry.process.stdin.end('go\n'); },
    claimed: Promise.all(children.map((entry) => entry.claimed)),
  };
}
