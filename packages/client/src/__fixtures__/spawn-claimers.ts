import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const child = fileURLToPath(new URL('./claim-jobs.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const idsSchema = z.array(z.string());

/**
 * Starts one `claim-jobs.ts` process per worker, each with its own client of the service at `url`
 * (the `spawnClaimers` of a conformance harness). Resolves when every process waits at the barrier.
 */
export async function spawnClaimers(url: string, token: string, workers: readonly string[]): Promise<{ start(): void; claimed: Promise<string[][]> }> {
  const environment = { ...process.env, MOTIONREG_TOKEN: token, TSX_TSCONFIG_PATH: join(repositoryRoot, 'tsconfig.json') };
  const children = workers.map((worker) => {
    const running = spawn(process.execPath, ['--import', 'tsx', child, url, worker], { cwd: repositoryRoot, env: environment, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    running.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const ready = new Promise<void>((resolve, reject) => {
      running.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.startsWith('ready\n')) resolve();
      });
      running.once('exit', (code) => reject(new Error(`claimer ${worker} exited ${code} before it was ready: ${stderr.slice(-500)}`)));
    });
    const claimed = new Promise<string[]>((resolve, reject) => {
      running.once('exit', (code) => {
        if (code !== 0) reject(new Error(`claimer ${worker} exited ${code}: ${stderr.slice(-500)}`));
        else resolve(idsSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1)!)));
      });
    });
    // why: if a sibling fails at the barrier nobody awaits this one; the caller still sees the first failure.
    claimed.catch(() => undefined);
    return { running, ready, claimed };
  });
  await Promise.all(children.map((entry) => entry.ready));
  return {
    start: () => { for (const entry of children) entry.running.stdin.end('go\n'); },
    claimed: Promise.all(children.map((entry) => entry.claimed)),
  };
}
